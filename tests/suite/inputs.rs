//! Reading the files the UN publishes (issue 16 §1) and reading them safely
//! (issue 19): PDF reports read directly with their pages, Word `.docx`,
//! Word 97-2003 `.doc` and HTML fixtures made here from real sentences, UTF-16 and no-break spaces;
//! FIFOs, devices, symbolic links and repeated folders through the binary.

use crate::common;

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::DATA;
use unxref::corpus::{ReadOptions, TextEncoding, read_file, read_file_with};
use unxref::error::LoadError;
use unxref::read::Format;
use unxref::{EdgeKind, Extraction, Extractor};

/// Every document a file's extraction cites.
fn cited(extraction: &Extraction) -> BTreeSet<String> {
    extraction
        .links
        .iter()
        .filter(|l| l.kind == EdgeKind::Cites)
        .map(|l| l.target.id.clone())
        .collect()
}

fn extract_file(path: &Path) -> Extraction {
    let source = read_file(path, 1 << 30).unwrap_or_else(|e| panic!("{e}"));
    Extractor::new().extract(&source)
}

// ---------------------------------------------------------------- PDF

/// S/2012/534 on MINUSTAH: "resolutions 2012 (2011), 1944" ends a line of
/// page 9 and "(2010) and 1892 (2009))." starts the next (as
/// `pdftotext -layout` shows it, 8 form feeds before that line). Read from
/// the PDF directly, the three are found, with page 9 as their place.
#[test]
fn a_pdf_report_is_read_with_its_pages() {
    let Some(dir) = crate::common::sg_reports_or_skip() else {
        return;
    };
    let extraction = extract_file(&dir.join("MINUSTAH_S_2012_534.pdf"));
    assert_eq!(extraction.documents[0].node.id, "S/2012/534");
    let cites = cited(&extraction);
    for id in ["S/RES/2012 (2011)", "S/RES/1944 (2010)", "S/RES/1892 (2009)"] {
        assert!(cites.contains(id), "{id} not in {cites:?}");
    }
    let to_1892 = extraction
        .links
        .iter()
        .find(|l| l.target.id == "S/RES/1892 (2009)")
        .unwrap();
    let evidence = to_1892.attrs.evidence.as_ref().unwrap();
    assert_eq!(evidence.page, Some(9), "{evidence:?}");
    assert!(evidence.quote.contains("1892 (2009)"), "{evidence:?}");
    assert!(evidence.location().contains("MINUSTAH_S_2012_534.pdf p. 9 line "));
    // No evidence of a PDF lacks its page.
    assert!(
        extraction
            .links
            .iter()
            .filter_map(|l| l.attrs.evidence.as_ref())
            .all(|e| e.page.is_some())
    );
}

/// The reports of 1995–2010 cite the resolutions their text names, read from
/// the PDF: UNCRO's S/1995/730 "resolutions 981 (1995), 990 (1995)" and
/// UNMIT's S/2010/85 "resolution 1867 (2009)".
#[test]
fn pdf_reports_of_several_decades_cite_their_resolutions() {
    let Some(dir) = crate::common::sg_reports_or_skip() else {
        return;
    };
    let uncro = cited(&extract_file(&dir.join("UNCRO_S_1995_730.pdf")));
    assert!(
        uncro.contains("S/RES/981 (1995)") && uncro.contains("S/RES/990 (1995)"),
        "{uncro:?}"
    );
    let unmit = cited(&extract_file(&dir.join("UNMIT_S_2010_85.pdf")));
    assert!(unmit.contains("S/RES/1867 (2009)"), "{unmit:?}");
}

/// A scanned report (an image per page, no text layer) says so rather than
/// loading as an empty document.
#[test]
fn a_scanned_pdf_is_reported_as_needing_ocr() {
    let Some(dir) = crate::common::sg_reports_or_skip() else {
        return;
    };
    let err = read_file(&dir.join("UNMOT_S_1996_212.pdf"), 1 << 30).unwrap_err();
    assert!(matches!(err, LoadError::NoTextLayer { pages: 1.., .. }), "{err}");
    let message = err.to_string();
    assert!(
        message.contains("no text layer") && message.contains("scanned PDF") && message.contains("ocrmypdf"),
        "{message}"
    );
}

/// A build over the 40 reports names each of the 12 scans and counts them
/// in its summary line.
#[test]
fn a_build_counts_the_scanned_pdfs() {
    let Some(dir) = crate::common::sg_reports_or_skip() else {
        return;
    };
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_unxref"))
        .args(["check"])
        .arg(&dir)
        .output()
        .expect("unxref runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let all = format!("{stdout}{stderr}");
    let named: Vec<&str> = all
        .lines()
        .filter(|l| l.starts_with("skipped: ") && l.contains("no text layer"))
        .collect();
    assert_eq!(named.len(), 12, "{all}");
    assert!(named.iter().any(|l| l.contains("UNMOT_S_1996_212.pdf")), "{all}");
    assert!(
        all.contains("(12 scanned PDFs without a text layer: OCR needed)"),
        "{all}"
    );
}

/// Damaged PDFs are refused with a reason, never a panic: cut in half, a
/// text file named .pdf, a header and nothing else.
#[test]
fn damaged_pdfs_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("text.pdf", b"Recalling its resolution 2531 (2020),".to_vec()),
        ("header.pdf", b"%PDF-1.7\n".to_vec()),
    ];
    if let Some(reports) = crate::common::sg_reports_or_skip() {
        let whole = fs::read(reports.join("MINUSTAH_S_2012_534.pdf")).unwrap();
        cases.push(("half.pdf", whole[..whole.len() / 2].to_vec()));
    }
    // Found by hand: a page without a MediaBox made the PDF library panic
    // (`expect("MediaBox")`); the panic is caught, and says nothing itself.
    cases.push((
        "no-mediabox.pdf",
        fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fuzz/corpus/pdf/seed-page-without-mediabox"
        ))
        .unwrap(),
    ));
    for (name, bytes) in cases {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        match read_file(&path, 1 << 30) {
            Err(LoadError::Unreadable { format: "PDF", .. }) => {}
            // A PDF cut in half may still yield its first pages.
            Ok(source) if name == "half.pdf" => assert!(!source.pages.is_empty()),
            other => panic!("{name}: {other:?}"),
        }
    }
}

// ---------------------------------------------------------------- Word

/// A minimal `.docx` (the parts Word itself needs to open it) with the given
/// body paragraphs and footnotes.
fn docx(paragraphs: &[&str], footnotes: &[&str]) -> Vec<u8> {
    docx_with_endnotes(paragraphs, footnotes, &[])
}

/// [`docx`] with endnotes too (`word/endnotes.xml`, when there are some).
fn docx_with_endnotes(paragraphs: &[&str], footnotes: &[&str], endnotes: &[&str]) -> Vec<u8> {
    let para = |text: &&str| {
        format!(
            "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            text.replace('&', "&amp;").replace('<', "&lt;")
        )
    };
    let ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    let body: String = paragraphs.iter().map(para).collect();
    let notes: String = footnotes.iter().map(para).collect();
    let end: String = endnotes.iter().map(para).collect();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let parts = [
        (
            "[Content_Types].xml",
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                .to_string(),
        ),
        (
            "word/document.xml",
            format!("<?xml version=\"1.0\"?><w:document {ns}><w:body>{body}</w:body></w:document>"),
        ),
        (
            "word/footnotes.xml",
            format!("<?xml version=\"1.0\"?><w:footnotes {ns}><w:footnote>{notes}</w:footnote></w:footnotes>"),
        ),
    ];
    let endnotes_part = (
        "word/endnotes.xml",
        format!("<?xml version=\"1.0\"?><w:endnotes {ns}><w:endnote>{end}</w:endnote></w:endnotes>"),
    );
    let with_endnotes = (!endnotes.is_empty()).then_some(endnotes_part);
    for (name, xml) in parts.into_iter().chain(with_endnotes) {
        zip.start_file(name, options).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// Paragraphs of resolution 2518 (2020) as a Word file: each paragraph is a
/// line, the references in the body and in a footnote are found.
#[test]
fn a_word_file_is_read_with_its_paragraphs_and_footnotes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("S_RES_2518.docx");
    fs::write(
        &path,
        docx(
            &[
                "Resolution 2518 (2020)",
                "Adopted by the Security Council on 30 March 2020",
                "The Security Council,",
                "Recalling its resolutions 1325 (2000), 1820 (2008), 1888 (2009), and all other relevant resolutions,",
            ],
            &["See the report of the Secretary-General (S/2014/660)."],
        ),
    )
    .unwrap();
    let source = read_file(&path, 1 << 20).unwrap();
    assert_eq!(source.format, Format::Docx);
    assert!(
        source
            .text
            .contains("The Security Council,\nRecalling its resolutions 1325 (2000)")
    );
    let extraction = Extractor::new().extract(&source);
    let cites = cited(&extraction);
    for id in [
        "S/RES/1325 (2000)",
        "S/RES/1820 (2008)",
        "S/RES/1888 (2009)",
        "S/2014/660",
    ] {
        assert!(cites.contains(id), "{id} not in {cites:?}");
    }
    // A footnote the body does not refer to (no `w:footnoteReference`) is
    // numbered past the body's marks: its citation is in no paragraph the
    // text can tell, never the last one before it.
    let note = extraction
        .links
        .iter()
        .find(|l| l.target.id == "S/2014/660")
        .unwrap();
    assert_eq!(note.attrs.paragraph, None, "{note:?}");
    assert!(source.text.contains("\n[1]See the report"), "{:?}", source.text);
    // Endnotes follow the footnotes, in no paragraph either.
    fs::write(
        &path,
        docx_with_endnotes(
            &[
                "Resolution 2518 (2020)",
                "The Security Council,",
                "1. Decides to remain seized of the matter.",
            ],
            &["See S/2014/660."],
            &["See also resolution 2242 (2015)."],
        ),
    )
    .unwrap();
    let source = read_file(&path, 1 << 20).unwrap();
    assert!(
        source.text.contains("\n[1]See S/2014/660.\n[2]See also"),
        "{:?}",
        source.text
    );
    let extraction = Extractor::new().extract(&source);
    let note = extraction
        .links
        .iter()
        .find(|l| l.target.id == "S/RES/2242 (2015)")
        .expect("the endnote is read");
    assert_eq!(note.attrs.paragraph, None);
    // A file named .docx that is not one is refused by name.
    let fake = dir.path().join("fake.docx");
    fs::write(&fake, "Recalling its resolution 1325 (2000)").unwrap();
    let err = read_file(&fake, 1 << 20).unwrap_err();
    assert!(
        err.to_string().contains("fake.docx: cannot read this Word file"),
        "{err}"
    );
}

/// The Word 97-2003 `.doc` fixture: resolution 2085 (2012) as the bundled
/// corpus holds it, saved by LibreOffice with each symbol in parentheses
/// linked to undocs.org (as the Official Document System serves its
/// documents) and one footnote (`tests/scripts/make_doc_fixture.py`).
const DOC_2085: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/doc/S-RES-2085(2012).doc"
);

/// A link, without its evidence (whose lines differ between the two files).
fn fact(link: &unxref::Link) -> String {
    let mut attrs = link.attrs.clone();
    attrs.evidence = None;
    format!("{:?} {} {} {attrs:?}", link.kind, link.source.id, link.target.id)
}

/// The `.doc` of resolution 2085 (2012) states every fact its text does:
/// the same document with the same date, the same citations with their
/// relations and paragraphs, mandates and mentions; the links' codes
/// (`HYPERLINK "https://undocs.org/S/2012/894"`) are not text. Its footnote
/// follows the body and its citation is in no paragraph.
#[test]
fn a_word_97_file_states_what_its_text_states() {
    let doc = read_file(DOC_2085.as_ref(), 1 << 30).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(doc.format, Format::Doc);
    assert!(!doc.text.contains("undocs.org") && !doc.text.contains("HYPERLINK"));
    assert!(doc.text.contains(
        "Taking note of the Secretary-General's report on Mali dated 28 November 2012 (S/2012/894)"
    ));
    let from_doc = Extractor::new().extract(&doc);
    let from_text = common::bundled_resolution("S-RES-2085(2012)");
    assert_eq!(from_doc.documents.len(), 1);
    assert_eq!(from_doc.documents[0].node.date, from_text.documents[0].node.date);
    assert_eq!(from_doc.documents[0].node.id, "S/RES/2085 (2012)");
    let notes_line = doc.notes.expect("the footnote is read");
    let (body, notes): (Vec<_>, Vec<_>) = from_doc
        .links
        .iter()
        .partition(|l| l.attrs.evidence.as_ref().is_some_and(|e| e.line < notes_line));
    let facts = |links: Vec<&unxref::Link>| links.into_iter().map(fact).collect::<BTreeSet<_>>();
    let text_facts = facts(from_text.links.iter().collect());
    assert_eq!(facts(body), text_facts);
    assert!(text_facts.len() > 30, "{}", text_facts.len());
    let [note] = notes.as_slice() else {
        panic!("{notes:?}")
    };
    assert_eq!(note.target.id, "S/RES/2071 (2012)");
    assert_eq!(note.attrs.paragraph, None);
    assert_eq!(
        note.attrs.evidence.as_ref().unwrap().quote,
        "Resolution 2071 (2012) was adopted on 12 October 2012."
    );
}

/// A `.doc` cut short or with its bytes overwritten is refused with the
/// reason, never a panic; a `.doc` that is really a `.docx` or a web page is
/// read as one, and RTF under that name is named as RTF.
#[test]
fn damaged_and_misnamed_word_97_files() {
    let bytes = fs::read(DOC_2085).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("S_RES_2085.doc");
    let mut cases: Vec<Vec<u8>> = [8, 512, 1000, 4096, bytes.len() / 2, bytes.len() - 1]
        .iter()
        .map(|&n| bytes[..n].to_vec())
        .collect();
    // Overwrite a stretch of every 4 KiB block in turn with 0xFF.
    for block in (0..bytes.len()).step_by(4096) {
        let mut damaged = bytes.clone();
        damaged[block..(block + 64).min(bytes.len())].fill(0xFF);
        cases.push(damaged);
    }
    for case in cases {
        fs::write(&path, &case).unwrap();
        match read_file(&path, 1 << 30) {
            Ok(source) => assert!(source.text.contains("2085"), "{} bytes", case.len()),
            Err(LoadError::Unreadable {
                format: "Word 97-2003",
                reason,
                ..
            }) => {
                assert!(!reason.is_empty())
            }
            Err(other) => panic!("{} bytes: {other}", case.len()),
        }
    }
    let docx_bytes = docx(&["Recalling its resolution 1325 (2000),"], &[]);
    fs::write(&path, &docx_bytes).unwrap();
    assert!(cited(&extract_file(&path)).contains("S/RES/1325 (2000)"));
    fs::write(
        &path,
        "<html><body><p>Recalling its resolution 1325 (2000),</p></body></html>",
    )
    .unwrap();
    assert!(cited(&extract_file(&path)).contains("S/RES/1325 (2000)"));
    fs::write(&path, "{\\rtf1\\ansi Recalling its resolution 1325 (2000),}").unwrap();
    let err = read_file(&path, 1 << 30).unwrap_err();
    assert!(err.to_string().contains("Rich Text Format"), "{err}");
}

// ---------------------------------------------------------------- HTML

/// An HTML page of resolution 2553 (2020): blocks become lines, `&nbsp;`
/// between number and year is a space, scripts and the head are not text.
#[test]
fn an_html_page_is_read_as_text_with_its_structure() {
    let page = "<!DOCTYPE html><html><head><title>S/RES/9999 (2020)</title>\
        <script>var cite = 'resolution 9998 (2020)';</script></head><body>\
        <h1>Resolution 2553 (2020)</h1>\
        <p>Adopted by the Security Council at its 8 December 2020</p>\
        <p><i>Recalling</i> its resolutions 2151&nbsp;(2014) and 1325\n      (2000),</p>\
        <table><tr><td>Reaffirming its resolution 2282&#160;(2016)</td><td>S/2020/1170</td></tr></table>\
        </body></html>";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("S_RES_2553.html");
    fs::write(&path, page).unwrap();
    let source = read_file(&path, 1 << 20).unwrap();
    assert_eq!(source.format, Format::Html);
    assert!(
        source.text.starts_with("Resolution 2553 (2020)\nAdopted by"),
        "{}",
        source.text
    );
    assert!(!source.text.contains("9998") && !source.text.contains("9999"));
    let cites = cited(&Extractor::new().extract(&source));
    for id in ["S/RES/2151 (2014)", "S/RES/1325 (2000)", "S/RES/2282 (2016)"] {
        assert!(cites.contains(id), "{id} not in {cites:?}");
    }
}

// ---------------------------------------------------------------- encodings

/// The seed letter S/2014/660 saved as UTF-16 (either byte order, with its
/// BOM) reads as the UTF-8 file does: same text, same citations.
#[test]
fn utf16_files_read_as_their_utf8_original() {
    let original = Path::new(DATA).join("003_cdd006968fa2855b.txt");
    let text = fs::read_to_string(&original).unwrap();
    let want = cited(&extract_file(&original));
    assert!(want.contains("S/RES/2164 (2014)"));
    let dir = tempfile::tempdir().unwrap();
    for (name, bom, encoding) in [
        ("le.txt", [0xFF, 0xFE], TextEncoding::Utf16Le),
        ("be.txt", [0xFE, 0xFF], TextEncoding::Utf16Be),
    ] {
        let mut bytes = bom.to_vec();
        for unit in text.encode_utf16() {
            let pair = if encoding == TextEncoding::Utf16Le {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            };
            bytes.extend_from_slice(&pair);
        }
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        let source = read_file(&path, 1 << 20).unwrap();
        assert_eq!(source.encoding, encoding);
        assert_eq!(source.text, text);
        assert_eq!(cited(&Extractor::new().extract(&source)), want);
    }
}

/// "resolution 2531\u{a0}(2020)", as converted PDFs write it, is found, as
/// are the narrow no-break space and a no-break space between "resolution"
/// and the number.
#[test]
fn a_no_break_space_inside_a_reference_is_a_space() {
    let text = "Letter dated 30 June 2020\n\nI have the honour to refer to Security Council resolution 2531\u{a0}(2020), \
        resolution\u{a0}2518 (2020) and resolution 2553\u{202f}(2020).\n";
    let cites = cited(&Extractor::new().extract_str("letter.txt", text));
    for id in ["S/RES/2531 (2020)", "S/RES/2518 (2020)", "S/RES/2553 (2020)"] {
        assert!(cites.contains(id), "{id} not in {cites:?}");
    }
}

// ---------------------------------------------------------------- folders

/// A folder walk takes .txt, .pdf, .docx, .doc and .html files, and nothing else.
#[test]
fn a_folder_walk_takes_every_format_read() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        Path::new(DATA).join("003_cdd006968fa2855b.txt"),
        dir.path().join("a.txt"),
    )
    .unwrap();
    fs::write(
        dir.path().join("b.docx"),
        docx(&["Recalling its resolution 1325 (2000),"], &[]),
    )
    .unwrap();
    fs::write(
        dir.path().join("c.HTML"),
        "<p>Recalling its resolution 2151 (2014),</p>",
    )
    .unwrap();
    fs::write(dir.path().join("d.toml"), "x = 1").unwrap();
    fs::copy(DOC_2085, dir.path().join("e.DOC")).unwrap();
    let corpus = Extractor::new().extract_paths(&[dir.path()]);
    assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
    let files: Vec<&str> = corpus
        .extractions
        .iter()
        .map(|e| e.file.rsplit('/').next().unwrap())
        .collect();
    assert_eq!(files, ["a.txt", "b.docx", "c.HTML", "e.DOC"]);
}

// ---------------------------------------------------------------- special files

fn unxref() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_unxref"));
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Run unxref and fail (killing it) if it has not finished in 60 s: a hang
/// is the defect these tests guard against. Output goes to files, so a large
/// output cannot fill a pipe and stall the run.
fn finishes(args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let (out_path, err_path) = (dir.path().join("out"), dir.path().join("err"));
    let mut child = unxref()
        .args(args)
        .stdin(Stdio::null())
        .stdout(fs::File::create(&out_path).unwrap())
        .stderr(fs::File::create(&err_path).unwrap())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("unxref {args:?} still running after 60 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: fs::read(&out_path).unwrap(),
        stderr: fs::read(&err_path).unwrap(),
    }
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo runs");
    assert!(status.success());
}

/// A FIFO as `--corpus`, inside a corpus folder, or as `--graph` is refused
/// without being opened (opening it would wait for a writer for ever).
#[cfg(unix)]
#[test]
fn fifos_are_refused_without_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    mkfifo(&fifo);
    let fifo = fifo.to_str().unwrap();

    let out = finishes(&["query", "what cites 1325", "--corpus", fifo]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("pipe.txt: a FIFO (named pipe), not a regular file"),
        "{}",
        stderr(&out)
    );

    fs::copy(
        Path::new(DATA).join("003_cdd006968fa2855b.txt"),
        dir.path().join("letter.txt"),
    )
    .unwrap();
    let out = finishes(&["extract", dir.path().to_str().unwrap()]);
    let err = stderr(&out);
    assert!(err.contains("pipe.txt: a FIFO"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("S/2014/660"));

    let out = finishes(&["query", "what cites 1325", "--graph", fifo]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("not a regular file"), "{}", stderr(&out));
}

/// `/dev/zero` and `/dev/urandom` are character devices: refused at once
/// (before this, the size limit read their size as 0 and memory grew
/// without bound).
#[cfg(unix)]
#[test]
fn devices_are_refused() {
    for device in ["/dev/zero", "/dev/urandom"] {
        if !Path::new(device).exists() {
            continue;
        }
        let out = finishes(&["extract", device]);
        assert!(!out.status.success());
        assert!(
            stderr(&out).contains(&format!("{device}: a character device, not a regular file")),
            "{}",
            stderr(&out)
        );
    }
}

/// The size limit is a real option, and named by the message.
#[test]
fn max_file_size_is_an_option() {
    let letter = Path::new(DATA).join("003_cdd006968fa2855b.txt");
    let letter = letter.to_str().unwrap();
    let out = finishes(&["extract", "--max-file-size", "1K", letter]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("more than the limit of 1024 bytes") && err.contains("--max-file-size"),
        "{err}"
    );
    let out = finishes(&["extract", "--max-file-size", "1M", letter]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = finishes(&["extract", "--max-file-size", "lots", letter]);
    assert!(stderr(&out).contains("is not a size"), "{}", stderr(&out));
    // The library enforces it while reading, not only from the file's size.
    let options = ReadOptions::default().with_max_file_size(100);
    assert!(matches!(
        read_file_with(Path::new(letter), &options),
        Err(LoadError::TooLarge { .. })
    ));
}

/// `--corpus data --corpus data` reads each file once: the graph equals the
/// graph of one `--corpus data` (issue 19: per-edge counts were inflated).
#[test]
fn the_same_folder_twice_is_read_once() {
    let once = finishes(&["export", "--format", "json", "--corpus", DATA]);
    let twice = finishes(&["export", "--format", "json", "--corpus", DATA, "--corpus", DATA]);
    assert!(
        once.status.success() && twice.status.success(),
        "{}",
        stderr(&twice)
    );
    assert_eq!(once.stdout, twice.stdout);
    // And a file given again through a folder.
    let file = Path::new(DATA).join("003_cdd006968fa2855b.txt");
    let corpus = Extractor::new().extract_paths(&[file.as_path(), Path::new(DATA)]);
    assert_eq!(corpus.extractions.len(), 5);
}

/// A symbolic link to a folder is not followed by default (`--corpus /proc`
/// followed `/proc/<pid>/cwd` into the whole file system); `--follow-links`
/// follows it, once.
#[cfg(unix)]
#[test]
fn links_to_folders_are_followed_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    fs::copy(
        Path::new(DATA).join("003_cdd006968fa2855b.txt"),
        outside.path().join("letter.txt"),
    )
    .unwrap();
    fs::copy(
        Path::new(DATA).join("004_67c45e80fbaf56c1.txt"),
        dir.path().join("own.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.path().join("linked")).unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.path().join("again")).unwrap();
    let root = dir.path().to_str().unwrap();
    let listed = |out: &Output| {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| l.ends_with(".txt"))
            .count()
    };
    let out = finishes(&["extract", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(listed(&out), 1, "only own.txt");
    let out = finishes(&["extract", "--follow-links", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(listed(&out), 2, "own.txt and letter.txt once, through two links");
}

/// `--corpus /proc` finishes: no link is followed, no special file opened.
#[cfg(target_os = "linux")]
#[test]
fn proc_as_a_corpus_finishes() {
    let out = finishes(&["extract", "/proc"]);
    // Nothing there is a text: an error naming the folder, promptly.
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("no .txt, .pdf, .docx, .doc or .html files"),
        "{}",
        stderr(&out)
    );
}

// ---------------------------------------------------------------- default corpus

/// [`finishes`] with a longer watchdog, for a first build of the bundled
/// corpus in a debug build on a busy machine.
fn finishes_within(args: &[&str], env: Option<(&str, &Path)>, seconds: u64) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let (out_path, err_path) = (dir.path().join("out"), dir.path().join("err"));
    let mut command = unxref();
    command
        .args(args)
        .env_remove("UNXREF_DATA")
        .stdin(Stdio::null())
        .stdout(fs::File::create(&out_path).unwrap())
        .stderr(fs::File::create(&err_path).unwrap());
    if let Some((name, value)) = env {
        command.env(name, value);
    }
    let mut child = command.spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("unxref {args:?} still running after {seconds} s");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    Output {
        status,
        stdout: fs::read(&out_path).unwrap(),
        stderr: fs::read(&err_path).unwrap(),
    }
}

/// A fresh clone answers "what cites 1325" from the bundled Security Council
/// resolutions (227 of them cite it, issue 16 §4) as well as from the seeds
/// (draft S/2020/600 cites it on line 126 of the first seed file).
#[test]
fn the_default_corpus_answers_what_cites_1325_from_the_bundled_resolutions() {
    let out = finishes_within(&["query", "what cites 1325", "--format", "csv"], None, 600);
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = String::from_utf8_lossy(&out.stdout);
    let from_bundle: BTreeSet<&str> = csv
        .lines()
        .filter(|l| l.contains(",corpus/sc-resolutions/S-RES-"))
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(from_bundle.len(), 227, "{from_bundle:?}");
    assert!(from_bundle.contains("S/RES/1820 (2008)"));
    assert!(csv.lines().any(|l| l.starts_with("S/RES/2531 (2020),")
        && l.contains(",S/2020/600,data/000_5084318a0e7514bb.txt:126,")));
}

/// The default corpus is cached as a snapshot, and a changed file is never
/// answered from the old cache: a citation added to a file of the corpus
/// shows on the next run.
#[test]
fn the_cached_default_corpus_is_never_stale() {
    let dir = tempfile::tempdir().unwrap();
    let letter = dir.path().join("letter.txt");
    fs::copy(Path::new(DATA).join("003_cdd006968fa2855b.txt"), &letter).unwrap();
    let query = ["query", "what does S/2014/660 cite", "--format", "csv"];
    let env = Some(("UNXREF_DATA", dir.path()));
    let before = finishes_within(&query, env, 120);
    assert!(before.status.success(), "{}", stderr(&before));
    assert!(!String::from_utf8_lossy(&before.stdout).contains("S/RES/2242 (2015)"));
    // Same answer from the cache.
    let again = finishes_within(&query, env, 120);
    assert_eq!(before.stdout, again.stdout);
    let mut file = fs::OpenOptions::new().append(true).open(&letter).unwrap();
    writeln!(
        file,
        "\nRecalling its resolution 2242 (2015) on women and peace and security,"
    )
    .unwrap();
    drop(file);
    let after = finishes_within(&query, env, 120);
    assert!(after.status.success(), "{}", stderr(&after));
    assert!(
        String::from_utf8_lossy(&after.stdout).contains("S/RES/2242 (2015)"),
        "{}",
        String::from_utf8_lossy(&after.stdout)
    );
}

/// A PDF of the given pages, each a list of lines in Helvetica, as a UN
/// report lays them out (one text object per page, a line each).
fn make_pdf(pages: &[&[&str]]) -> Vec<u8> {
    let escape = |l: &str| l.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    let n = pages.len();
    // Objects: 1 catalog, 2 pages, 3 font, then a page and its content per page.
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
    ];
    for (i, lines) in pages.iter().enumerate() {
        let shown: Vec<String> = lines.iter().map(|l| format!("({}) Tj T*", escape(l))).collect();
        let content = format!("BT /F1 11 Tf 14 TL 72 740 Td {} ET", shown.join(" "));
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {} 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
            5 + 2 * i
        ));
        objects.push(format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ));
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A reference broken by a page break, with the page's job number and
/// footer below it and the next page's running symbol above its end (the
/// sentence is S/2012/534's, paragraph 27): found, with the page and line
/// where its number stands (page 2, line 2, under the running symbol); the
/// job number is no citation.
#[test]
fn a_reference_split_across_pages_is_found() {
    let pdf = make_pdf(&[
        &[
            "S/2012/534",
            "27. The Government of Haiti has been informed of the ongoing orderly",
            "drawdown requested in Security Council resolution",
            "12-42357 (E)    230712",
            "*1242357*",
        ],
        &[
            "S/2012/534",
            "2012 (2011). It has also been informed of the consolidation plan.",
        ],
    ]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("S_2012_534.pdf");
    fs::write(&path, pdf).unwrap();
    let source = read_file(&path, 1 << 20).unwrap();
    assert_eq!(source.pages.len(), 2, "{:?}", source.text);
    let extraction = Extractor::new().extract(&source);
    let link = extraction
        .links
        .iter()
        .find(|l| l.target.id == "S/RES/2012 (2011)")
        .unwrap_or_else(|| panic!("not found in {:?}", source.text));
    let evidence = link.attrs.evidence.as_ref().unwrap();
    assert_eq!((evidence.page, evidence.line), (Some(2), 2), "{evidence:?}");
    assert!(evidence.quote.contains("Security Council resolution 2012 (2011)"));
    let cites = cited(&extraction);
    assert_eq!(
        cites,
        BTreeSet::from(["S/RES/2012 (2011)".to_string()]),
        "{cites:?}"
    );
}

/// A PDF that makes the PDF library panic is reported in one line, without
/// the library's panic message or a backtrace.
#[test]
fn a_pdf_the_library_panics_on_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-mediabox.pdf");
    fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fuzz/corpus/pdf/seed-page-without-mediabox"
        ),
        &path,
    )
    .unwrap();
    let out = finishes(&["extract", path.to_str().unwrap()]);
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(
        err.contains("no-mediabox.pdf: cannot read this PDF file: damaged PDF"),
        "{err}"
    );
    assert!(!err.contains("panicked") && !err.contains("backtrace"), "{err}");
}
