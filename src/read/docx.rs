//! Word `.docx`: a zip archive whose `word/document.xml` holds the body as
//! paragraphs (`w:p`) of runs of text (`w:t`). Each paragraph, heading, list
//! item and table cell becomes a line; tabs and line breaks inside a
//! paragraph are kept; the footnotes and endnotes (`word/footnotes.xml`,
//! `word/endnotes.xml`), where UN documents put many of their references,
//! follow the body.
//!
//! # Examples
//!
//! ```
//! // Not a zip archive: a clear reason, no panic.
//! assert!(unxref::read::docx::text(b"PK but not really").is_err());
//! ```

use std::io::{Cursor, Read};

use quick_xml::events::Event;

/// Largest part of a `.docx` unpacked (a zip bomb stops here): 256 MiB.
const MAX_PART: u64 = 256 * 1024 * 1024;

/// The text of a `.docx` file's bytes, or why it cannot be read.
///
/// ```
/// let err = unxref::read::docx::text(b"plain text").unwrap_err();
/// assert!(err.starts_with("not a Word .docx file"));
/// ```
pub fn text(bytes: &[u8]) -> Result<String, String> {
    let (body, notes) = body_and_notes(bytes)?;
    Ok(super::with_notes(body, notes).0)
}

/// The body's text and the notes' text (footnotes, then endnotes; empty
/// when there are none) of a `.docx` file's bytes, or why they cannot be
/// read.
///
/// ```
/// assert!(unxref::read::docx::body_and_notes(b"plain text").is_err());
/// ```
pub fn body_and_notes(bytes: &[u8]) -> Result<(String, String), String> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| format!("not a Word .docx file ({e})"))?;
    let body = part(&mut archive, "word/document.xml")?
        .ok_or_else(|| "no word/document.xml in it: not a Word .docx file".to_string())?;
    let mut notes = String::new();
    for name in ["word/footnotes.xml", "word/endnotes.xml"] {
        if let Some(xml) = part(&mut archive, name)? {
            notes.push_str(&paragraphs(&xml)?);
        }
    }
    Ok((paragraphs(&body)?, notes))
}

/// One part of the archive as text, if it is there.
fn part(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<String>, String> {
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("{name}: {e}")),
    };
    let mut xml = String::new();
    file.take(MAX_PART + 1)
        .read_to_string(&mut xml)
        .map_err(|e| format!("{name}: {e}"))?;
    if xml.len() as u64 > MAX_PART {
        return Err(format!("{name} unpacks to more than {MAX_PART} bytes"));
    }
    Ok(Some(xml))
}

/// The paragraphs of a WordprocessingML part, one per line.
fn paragraphs(xml: &str) -> Result<String, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = String::new();
    // Inside <w:t> (text) or <w:instrText> (a field code, not shown text).
    let mut in_text = false;
    loop {
        let position = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| format!("damaged XML at byte {position}: {e}"))?;
        match event {
            Event::Start(tag) => in_text = tag.local_name().as_ref() == "t",
            Event::Empty(tag) => match tag.local_name().as_ref() {
                "tab" => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                _ => {}
            },
            Event::End(tag) => match tag.local_name().as_ref() {
                "t" => in_text = false,
                // A paragraph ends a line; a table cell holds paragraphs.
                "p" => out.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text => out.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                let c = r
                    .resolve_char_ref()
                    .ok()
                    .flatten()
                    .map(String::from)
                    .or_else(|| quick_xml::escape::resolve_predefined_entity(&r).map(str::to_string));
                out.push_str(c.as_deref().unwrap_or(""));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_tabs_and_entities() {
        let xml = r#"<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Recalling its resolution 1325</w:t></w:r><w:r><w:t xml:space="preserve"> (2000) &amp; 2242</w:t></w:r></w:p><w:p><w:r><w:tab/><w:t>(2015)</w:t></w:r></w:p></w:body></w:document>"#;
        assert_eq!(
            paragraphs(xml).unwrap(),
            "Recalling its resolution 1325 (2000) & 2242\n\t(2015)\n"
        );
    }
}
