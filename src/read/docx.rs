//! Word `.docx`: a zip archive whose `word/document.xml` holds the body as
//! paragraphs (`w:p`) of runs of text (`w:t`). Each paragraph, heading, list
//! item and table cell becomes a line; tabs and line breaks inside a
//! paragraph are kept; the footnotes and endnotes (`word/footnotes.xml`,
//! `word/endnotes.xml`), where UN documents put many of their references,
//! follow the body. A note's mark, which Word draws and the text does not
//! hold, is written as a plain text's is, `[1]` where the body refers to the
//! note and before the note's own text (`[1]\tA/75/287.`), numbered in the
//! order the body refers to them (a note it does not refer to is numbered
//! past them): the paragraph a note's citation stands in is the one its
//! mark stands in, as in a plain text's footnotes.
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
    let mut marks = Marks::default();
    let body = paragraphs(&body, &mut marks, None)?;
    let mut notes = String::new();
    for (name, kind) in [
        ("word/footnotes.xml", NoteKind::Foot),
        ("word/endnotes.xml", NoteKind::End),
    ] {
        if let Some(xml) = part(&mut archive, name)? {
            notes.push_str(&paragraphs(&xml, &mut marks, Some(kind))?);
        }
    }
    Ok((body, notes))
}

/// A footnote or an endnote: each kind numbers its own ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NoteKind {
    Foot,
    End,
}

/// The number each note the body refers to is marked with, in the order
/// the body refers to them (footnotes and endnotes in one count, so that
/// no two marks are alike).
#[derive(Debug, Default)]
struct Marks(Vec<(NoteKind, String)>);

impl Marks {
    /// The mark of the note `id` of `kind`, numbered when first referred to.
    fn refer(&mut self, kind: NoteKind, id: String) -> usize {
        match self.0.iter().position(|(k, i)| *k == kind && *i == id) {
            Some(at) => at + 1,
            None => {
                self.0.push((kind, id));
                self.0.len()
            }
        }
    }

    /// A number for a note of `kind` the body does not refer to, past every
    /// other (an id no note has: Word's are digits).
    fn unreferenced(&mut self, kind: NoteKind) -> usize {
        self.0.push((kind, String::from("unreferenced")));
        self.0.len()
    }

    /// The mark of the note `id` of `kind`, if the body refers to it.
    fn of(&self, kind: NoteKind, id: &str) -> Option<usize> {
        self.0
            .iter()
            .position(|(k, i)| *k == kind && i == id)
            .map(|at| at + 1)
    }
}

/// Whether a note element is the line Word draws above the notes
/// (`w:type="separator"`, `continuationSeparator`, `continuationNotice`).
fn is_separator(tag: &quick_xml::events::BytesStart<'_>) -> bool {
    tag.attributes()
        .flatten()
        .any(|a| a.key.local_name().as_ref() == "type" && a.value != "normal")
}

/// The value of the `id` attribute (`w:id`) of an element.
fn id_of(tag: &quick_xml::events::BytesStart<'_>) -> Option<String> {
    tag.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == "id")
        .map(|a| a.value.to_string())
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

/// The paragraphs of a WordprocessingML part, one per line: the body
/// (`notes` is `None`), whose references to notes number them in `marks`,
/// or the notes of a kind, each opened by its mark.
fn paragraphs(xml: &str, marks: &mut Marks, notes: Option<NoteKind>) -> Result<String, String> {
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
            Event::Start(tag) => {
                let name = tag.local_name();
                in_text = name.as_ref() == "t";
                // A note of the part opens with its mark; a note the body
                // does not refer to gets a number of its own, no mark of the
                // body's, so that its citation is in no paragraph rather
                // than the one before it. A separator is no note.
                if let Some(kind) = notes
                    && matches!(name.as_ref(), "footnote" | "endnote")
                    && !is_separator(&tag)
                {
                    let mark = id_of(&tag)
                        .and_then(|id| marks.of(kind, &id))
                        .unwrap_or_else(|| marks.unreferenced(kind));
                    out.push_str(&format!("[{mark}]"));
                }
            }
            Event::Empty(tag) => match tag.local_name().as_ref() {
                "tab" => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                "footnoteReference" | "endnoteReference" if notes.is_none() => {
                    let kind = match tag.local_name().as_ref() {
                        "footnoteReference" => NoteKind::Foot,
                        _ => NoteKind::End,
                    };
                    if let Some(id) = id_of(&tag) {
                        out.push_str(&format!("[{}]", marks.refer(kind, id)));
                    }
                }
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
            paragraphs(xml, &mut Marks::default(), None).unwrap(),
            "Recalling its resolution 1325 (2000) & 2242\n\t(2015)\n"
        );
    }

    /// Word draws a note's number; the text gets it as `[n]`, in the body
    /// and before the note, numbered in the order the body refers to the
    /// notes (here id 3 first), a separator (id 0) unmarked.
    #[test]
    fn notes_are_marked_where_they_are_referred_to() {
        let body = r#"<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Taking note of the report,</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r></w:p><w:p><w:r><w:t>1. Welcomes the Agreement;</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p></w:body></w:document>"#;
        let notes = r#"<w:footnotes xmlns:w="x"><w:footnote w:id="0" w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:tab/><w:t>S/2019/145, annex.</w:t></w:r></w:p></w:footnote><w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:tab/><w:t>A/75/287.</w:t></w:r></w:p></w:footnote></w:footnotes>"#;
        let mut marks = Marks::default();
        assert_eq!(
            paragraphs(body, &mut marks, None).unwrap(),
            "Taking note of the report,[1]\n1. Welcomes the Agreement;[2]\n"
        );
        assert_eq!(
            paragraphs(notes, &mut marks, Some(NoteKind::Foot)).unwrap(),
            "\n[2]\tS/2019/145, annex.\n[1]\tA/75/287.\n"
        );
    }
}
