//! Taking the text out of the formats the UN publishes: PDF (the format of
//! record), Word (`.docx`, and the Word 97-2003 `.doc` of older documents)
//! and HTML pages. Each reader returns the text with its
//! structure as lines (a paragraph, heading, list item or table cell per
//! line; a PDF's pages separated by form feeds, as `pdftotext` writes them),
//! which the extractor then reads like any text file: page furniture, job
//! numbers and lines broken in the middle of a reference are dealt with by
//! [`crate::extract::normalize`], once, for every format.
//!
//! # Examples
//!
//! ```
//! use std::path::Path;
//! use unxref::read::Format;
//! assert_eq!(Format::of(Path::new("S_2012_534.PDF")), Format::Pdf);
//! assert_eq!(Format::of(Path::new("A_79_1.docx")), Format::Docx);
//! assert_eq!(Format::of(Path::new("notes.txt")), Format::Text);
//! assert!(!Format::wanted(Path::new("actors.toml")));
//! ```

pub mod doc;
pub mod docx;
pub mod html;
pub mod pdf;

use std::path::Path;

use crate::corpus::{self, SourceText, TextEncoding};
use crate::error::LoadError;

/// The format of a file, by its extension.
///
/// # Examples
///
/// ```
/// use unxref::read::Format;
/// assert_eq!(Format::of("a/S_RES_2518.docx".as_ref()).name(), "Word");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Plain text: `.txt`, or any file given by name whose extension is
    /// none of the others.
    Text,
    /// PDF: `.pdf`.
    Pdf,
    /// Word: `.docx`.
    Docx,
    /// Word 97-2003: `.doc`.
    Doc,
    /// An HTML page: `.html` or `.htm`.
    Html,
}

impl Format {
    /// The format a path's extension names (plain text when it names none).
    ///
    /// ```
    /// use unxref::read::Format;
    /// assert_eq!(Format::of("report.htm".as_ref()), Format::Html);
    /// assert_eq!(Format::of("README".as_ref()), Format::Text);
    /// ```
    pub fn of(path: &Path) -> Format {
        let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
        match ext.as_deref() {
            Some("pdf") => Format::Pdf,
            Some("docx") => Format::Docx,
            Some("doc") => Format::Doc,
            Some("html" | "htm") => Format::Html,
            _ => Format::Text,
        }
    }

    /// Whether a folder walk takes this file: `.txt`, `.pdf`, `.docx`,
    /// `.doc`, `.html` or `.htm`, in any case.
    ///
    /// ```
    /// use unxref::read::Format;
    /// assert!(Format::wanted("S_2012_534.PDF".as_ref()));
    /// assert!(!Format::wanted("graph.unxref".as_ref()));
    /// ```
    pub fn wanted(path: &Path) -> bool {
        let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
        matches!(
            ext.as_deref(),
            Some("txt" | "pdf" | "docx" | "doc" | "html" | "htm")
        )
    }

    /// The document format a path's extension names that unxref does not
    /// read (`.odt`, `.rtf`, `.wpd`, `.pages`), in words: such files
    /// are reported, never read as text nor passed over in silence.
    ///
    /// ```
    /// use unxref::read::Format;
    /// assert_eq!(Format::unread_document("S_RES_827.odt".as_ref()), Some("OpenDocument text (.odt)"));
    /// assert_eq!(Format::unread_document("S_RES_827.doc".as_ref()), None);
    /// ```
    pub fn unread_document(path: &Path) -> Option<&'static str> {
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        Some(match ext.as_str() {
            "odt" => "OpenDocument text (.odt)",
            "rtf" => "Rich Text Format (.rtf)",
            "wpd" => "WordPerfect (.wpd)",
            "pages" => "Apple Pages (.pages)",
            _ => return None,
        })
    }

    /// The format's name in messages.
    ///
    /// ```
    /// assert_eq!(unxref::read::Format::Pdf.name(), "PDF");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Pdf => "PDF",
            Format::Docx => "Word",
            Format::Doc => "Word 97-2003",
            Format::Html => "HTML",
        }
    }
}

/// The text of a PDF, Word (`.docx`, `.doc`) or HTML file's bytes. `name` is used for
/// messages and the result.
///
/// # Examples
///
/// ```
/// use unxref::read::{Format, extract};
/// let page = b"<html><body><p>Recalling its resolution&nbsp;2531 (2020),</p></body></html>";
/// let source = extract("s.html", page, Format::Html)?;
/// assert_eq!(source.text.trim(), "Recalling its resolution\u{a0}2531 (2020),");
/// assert!(extract("x.pdf", b"not a pdf", Format::Pdf).is_err());
/// # Ok::<(), unxref::error::LoadError>(())
/// ```
pub fn extract(name: &str, bytes: &[u8], format: Format) -> Result<SourceText, LoadError> {
    let unreadable = |reason: String| LoadError::Unreadable {
        path: name.into(),
        format: format.name(),
        reason,
    };
    let mut page_count = 0;
    let mut notes = None;
    let (text, encoding, pages) = match format {
        Format::Text => {
            let source = corpus::decode(name, bytes)?;
            (source.text, source.encoding, Vec::new())
        }
        Format::Pdf => {
            let pages = pdf::pages(bytes).map_err(unreadable)?;
            page_count = pages.len();
            let (text, starts) = pdf::join_pages(&pages);
            (text, TextEncoding::Utf8, starts)
        }
        Format::Docx => marked_word(docx::body_and_notes(bytes).map_err(unreadable)?),
        Format::Html => html_text(name, bytes)?,
        // A `.doc` may hold a `.docx`, a web page or RTF under that name.
        Format::Doc => match doc::Content::sniff(bytes) {
            doc::Content::Binary => word(doc::body_and_notes(bytes).map_err(unreadable)?, &mut notes),
            doc::Content::Docx => marked_word(docx::body_and_notes(bytes).map_err(unreadable)?),
            doc::Content::Html => html_text(name, bytes)?,
            doc::Content::Rtf => {
                return Err(LoadError::UnreadFormat {
                    path: name.into(),
                    format: "Rich Text Format (RTF under a .doc name)",
                });
            }
        },
    };
    let text = corpus::unify_line_endings(&text);
    if text.trim().is_empty() {
        return Err(match format {
            Format::Pdf => LoadError::NoTextLayer {
                path: name.into(),
                pages: page_count,
            },
            _ => LoadError::Empty { path: name.into() },
        });
    }
    Ok(SourceText {
        path: name.to_string(),
        text,
        encoding,
        bytes: bytes.len() as u64,
        format,
        pages,
        notes,
    })
}

/// A Word file's text: the body, then the notes, whose first line is set in
/// `notes`.
fn word((body, footnotes): (String, String), notes: &mut Option<u32>) -> (String, TextEncoding, Vec<u32>) {
    let (text, first) = with_notes(body, footnotes);
    *notes = first;
    (text, TextEncoding::Utf8, Vec::new())
}

/// A `.docx` file's text: the body, then the notes, each note's mark in the
/// text where the body refers to it and before the note ([`docx`]), so that
/// the extractor places a note's citation where its mark stands, as in a
/// plain text's footnotes: the notes are not set apart.
fn marked_word((body, footnotes): (String, String)) -> (String, TextEncoding, Vec<u32>) {
    (with_notes(body, footnotes).0, TextEncoding::Utf8, Vec::new())
}

/// A Word file's body and notes as one text, the notes from a line of
/// their own, and the line they start on (`None` without notes). The
/// body's line count is the same once its line endings are unified, which
/// only ever makes a `\r\n` one line end.
pub(crate) fn with_notes(body: String, notes: String) -> (String, Option<u32>) {
    if notes.trim().is_empty() {
        return (body, None);
    }
    let mut text = corpus::unify_line_endings(&body);
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let first = memchr::memchr_iter(b'\n', text.as_bytes()).count() as u32 + 1;
    text.push_str(&notes);
    (text, Some(first))
}

/// An HTML page's text: its bytes decode like a text file's (UTF-8, UTF-16
/// with a BOM, Windows-1252), then lose their markup.
fn html_text(name: &str, bytes: &[u8]) -> Result<(String, TextEncoding, Vec<u32>), LoadError> {
    let source = corpus::decode(name, bytes)?;
    Ok((html::text(&source.text), source.encoding, Vec::new()))
}
