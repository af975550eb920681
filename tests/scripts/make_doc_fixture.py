#!/usr/bin/env python3
"""Write the Word 97-2003 (.doc) fixture of tests/suite/inputs.rs.

The text is resolution 2085 (2012) as the bundled corpus holds it
(corpus/sc-resolutions/S-RES-2085(2012).txt, Windows-1252), one paragraph a
line. As in the documents the Official Document System serves, each symbol
in parentheses links to undocs.org (Word stores a link as a HYPERLINK field
whose code holds the URL); one footnote is added to the first paragraph to
test that footnotes are read. LibreOffice writes the .doc:

    python3 tests/scripts/make_doc_fixture.py /tmp/fixture.fodt
    soffice --headless --convert-to doc --outdir tests/fixtures/doc /tmp/fixture.fodt
    mv tests/fixtures/doc/fixture.doc "tests/fixtures/doc/S-RES-2085(2012).doc"
"""
import re
import sys
from xml.sax.saxutils import escape

SOURCE = "corpus/sc-resolutions/S-RES-2085(2012).txt"
FOOTNOTE = "Resolution 2071 (2012) was adopted on 12 October 2012."

text = open(SOURCE, encoding="cp1252").read()
paragraphs = []
for i, line in enumerate(l for l in text.splitlines() if l.strip()):
    body = ""
    last = 0
    for m in re.finditer(r"\((S/[A-Z0-9/.]+)\)", line):
        body += escape(line[last : m.start(1)])
        sym = m.group(1)
        body += f'<text:a xlink:type="simple" xlink:href="https://undocs.org/{sym}">{escape(sym)}</text:a>'
        last = m.end(1)
    body += escape(line[last:])
    if line.startswith("Recalling its resolutions 2056"):
        body = body.replace(
            "2071 (2012),",
            "2071 (2012),<text:note text:id=\"n1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
            f"<text:note-body><text:p>{escape(FOOTNOTE)}</text:p></text:note-body></text:note>",
            1,
        )
    paragraphs.append(f"<text:p>{body}</text:p>")

fodt = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
{chr(10).join(paragraphs)}
</office:text></office:body></office:document>
"""
open(sys.argv[1], "w", encoding="utf-8").write(fodt)
