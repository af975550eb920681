//! Word 97-2003 `.doc`, the format the Official Document System still
//! serves for many older documents: an OLE compound file whose
//! `WordDocument` stream holds the characters, located by the piece table
//! (the `Clx`) in the `0Table` or `1Table` stream ([MS-DOC] §2.4.1). The
//! main text comes first, then the footnotes and endnotes (where UN
//! documents put many of their references); running heads, comments and
//! text boxes are left out. A paragraph, a table cell and a manual line
//! break end a line; a field's code (`HYPERLINK "https://undocs.org/…"`,
//! `PAGE`) is dropped and its shown result kept.
//!
//! A file named `.doc` that is really a `.docx`, an HTML page or an RTF file
//! (the Official Document System has served all three under that name) is
//! recognised by its first bytes: the first two are read as such, RTF is
//! refused by name.
//!
//! [MS-DOC]: https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-doc/
//!
//! # Examples
//!
//! ```
//! // Not a compound file: a clear reason, no panic.
//! let err = unxref::read::doc::text(b"Recalling its resolution 1325 (2000)").unwrap_err();
//! assert!(err.starts_with("not a Word 97-2003 .doc file"), "{err}");
//! ```

use std::io::{Cursor, Read};

/// The first eight bytes of every OLE compound file.
const COMPOUND_FILE_SIGNATURE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Largest stream read out of a `.doc`: 256 MiB, as for a `.docx` part.
const MAX_STREAM: u64 = 256 * 1024 * 1024;

/// What a file named `.doc` holds, by its first bytes.
///
/// ```
/// use unxref::read::doc::Content;
/// assert_eq!(Content::sniff(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), Content::Binary);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// A Word 97-2003 binary document (an OLE compound file).
    Binary,
    /// A zip archive: a `.docx` under the old name.
    Docx,
    /// An HTML page (Word's "Web page" saved as `.doc`).
    Html,
    /// Rich Text Format, which unxref does not read.
    Rtf,
}

impl Content {
    /// What the bytes of a file named `.doc` are (a binary document when
    /// they start as no other).
    ///
    /// ```
    /// use unxref::read::doc::Content;
    /// assert_eq!(Content::sniff(b"PK\x03\x04..."), Content::Docx);
    /// assert_eq!(Content::sniff(b"{\\rtf1\\ansi ..."), Content::Rtf);
    /// assert_eq!(Content::sniff(b"\xEF\xBB\xBF<html><body>"), Content::Html);
    /// ```
    pub fn sniff(bytes: &[u8]) -> Content {
        let head = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let head = &head[..head.len().min(512)];
        let start = head.trim_ascii_start();
        if head.starts_with(b"PK\x03\x04") {
            Content::Docx
        } else if start.starts_with(b"{\\rtf") {
            Content::Rtf
        } else if start.starts_with(b"<") {
            Content::Html
        } else {
            Content::Binary
        }
    }
}

/// The text of a Word 97-2003 file's bytes, or why it cannot be read.
///
/// ```
/// let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
/// bytes.resize(512, 0);
/// let err = unxref::read::doc::text(&bytes).unwrap_err();
/// assert!(err.starts_with("damaged Word 97-2003 file"), "{err}");
/// ```
pub fn text(bytes: &[u8]) -> Result<String, String> {
    let (body, notes) = body_and_notes(bytes)?;
    Ok(super::with_notes(body, notes).0)
}

/// The main text and the notes' text (footnotes, then endnotes; empty when
/// there are none) of a Word 97-2003 file's bytes, or why they cannot be
/// read.
///
/// ```
/// assert!(unxref::read::doc::body_and_notes(b"plain text").is_err());
/// ```
pub fn body_and_notes(bytes: &[u8]) -> Result<(String, String), String> {
    if !bytes.starts_with(COMPOUND_FILE_SIGNATURE) {
        return Err("not a Word 97-2003 .doc file (no compound file signature)".into());
    }
    // The compound file reader is defensive, but a damaged file must never
    // take the whole build down: a panic is reported as damage.
    std::panic::catch_unwind(|| read_compound(bytes))
        .unwrap_or_else(|_| Err("damaged Word 97-2003 file (its structure cannot be followed)".into()))
}

/// The streams of the compound file, then the text they hold.
fn read_compound(bytes: &[u8]) -> Result<(String, String), String> {
    let damaged = |e: std::io::Error| format!("damaged Word 97-2003 file ({e})");
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(damaged)?;
    let mut stream = |name: &str| -> Result<Vec<u8>, String> {
        let reader = file
            .open_stream(name)
            .map_err(|_| format!("no {name} stream in it: not a Word document"))?;
        let mut out = Vec::new();
        reader
            .take(MAX_STREAM + 1)
            .read_to_end(&mut out)
            .map_err(|e| format!("damaged Word 97-2003 file ({name}: {e})"))?;
        if out.len() as u64 > MAX_STREAM {
            return Err(format!("its {name} stream is larger than {MAX_STREAM} bytes"));
        }
        Ok(out)
    };
    let word = stream("WordDocument")?;
    let fib = Fib::read(&word)?;
    let table = stream(if fib.table_one { "1Table" } else { "0Table" })?;
    let clx = table
        .get(fib.clx.clone())
        .ok_or("damaged Word 97-2003 file (its piece table lies outside the table stream)")?;
    let characters = characters(&word, pieces(clx)?)?;
    let body = shown_text(characters.get(fib.main.clone()).unwrap_or(&[]));
    let mut notes = String::new();
    for story in [&fib.footnotes, &fib.endnotes] {
        if let Some(story) = characters.get(story.clone()).filter(|n| !n.is_empty()) {
            if !notes.is_empty() && !notes.ends_with('\n') {
                notes.push('\n');
            }
            notes.push_str(&shown_text(story));
        }
    }
    Ok((body, notes))
}

/// What the text reader needs of the File Information Block at the start
/// of the `WordDocument` stream ([MS-DOC] §2.5.1).
#[derive(Debug)]
struct Fib {
    /// The piece table lies in `1Table` (else `0Table`).
    table_one: bool,
    /// Where the `Clx` lies in the table stream.
    clx: std::ops::Range<usize>,
    /// The character positions of the main text, the footnotes and the
    /// endnotes.
    main: std::ops::Range<usize>,
    footnotes: std::ops::Range<usize>,
    endnotes: std::ops::Range<usize>,
}

impl Fib {
    fn read(word: &[u8]) -> Result<Fib, String> {
        let short = || "damaged Word 97-2003 file (its WordDocument stream is too short)".to_string();
        let u16_at = |at: usize| {
            word.get(at..at + 2)
                .map(|b| u16::from_le_bytes([b[0], b[1]]))
                .ok_or_else(short)
        };
        let u32_at = |at: usize| {
            word.get(at..at + 4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .ok_or_else(short)
        };
        if u16_at(0)? != 0xA5EC {
            return Err("not a Word document (its WordDocument stream has no Word signature)".into());
        }
        let n_fib = u16_at(2)?;
        let flags = u16_at(0x0A)?;
        if flags & 0x0100 != 0 {
            return Err(
                "an encrypted (password-protected) Word file: open it in Word and save it without a password"
                    .into(),
            );
        }
        // Word 97 wrote nFib 193 (0xC1); Word 6 and 95 wrote 101 to 105, with
        // another layout.
        if n_fib < 0x00C1 {
            return Err(format!(
                "a Word 6/95 file (format version {n_fib}), which unxref does not read: save it as .docx"
            ));
        }
        // FibBase (32 bytes), then three arrays each led by its length: of
        // 16-bit words, of 32-bit words (the story lengths), of offset and
        // length pairs (the Clx's is the 34th).
        let csw = usize::from(u16_at(32)?);
        let rg_lw = 32 + 2 + 2 * csw + 2;
        let cslw = usize::from(u16_at(rg_lw - 2)?);
        let rg_fc_lcb = rg_lw + 4 * cslw + 2;
        let cb_rg_fc_lcb = usize::from(u16_at(rg_fc_lcb - 2)?);
        if cslw < 11 || cb_rg_fc_lcb < 34 {
            return Err("damaged Word 97-2003 file (its File Information Block is too short)".into());
        }
        let count = |i: usize| u32_at(rg_lw + 4 * i).map(|n| n as usize);
        let (text, footnotes, headers, macros, comments, endnotes) =
            (count(3)?, count(4)?, count(5)?, count(6)?, count(7)?, count(8)?);
        let fc_clx = u32_at(rg_fc_lcb + 33 * 8)? as usize;
        let lcb_clx = u32_at(rg_fc_lcb + 33 * 8 + 4)? as usize;
        let footnotes_end = text.saturating_add(footnotes);
        let endnotes_start = footnotes_end
            .saturating_add(headers)
            .saturating_add(macros)
            .saturating_add(comments);
        Ok(Fib {
            table_one: flags & 0x0200 != 0,
            clx: fc_clx..fc_clx.saturating_add(lcb_clx),
            main: 0..text,
            footnotes: text..footnotes_end,
            endnotes: endnotes_start..endnotes_start.saturating_add(endnotes),
        })
    }
}

/// One run of characters in the `WordDocument` stream: how many, where, and
/// whether stored one byte each (Windows-1252) or two (UTF-16LE).
#[derive(Debug, PartialEq, Eq)]
struct Piece {
    count: usize,
    offset: usize,
    compressed: bool,
}

/// The pieces of a `Clx` ([MS-DOC] §2.9.38): property runs (`Prc`, led by
/// the byte 1) are passed over; the piece table (`Pcdt`, led by the byte 2)
/// gives n + 1 character positions, then n 8-byte descriptors whose bytes
/// 2..6 locate each piece.
fn pieces(clx: &[u8]) -> Result<Vec<Piece>, String> {
    let damaged = || "damaged Word 97-2003 file (its piece table cannot be read)".to_string();
    let mut at = 0;
    while clx.get(at) == Some(&1) {
        let len = clx.get(at + 1..at + 3).ok_or_else(damaged)?;
        at += 3 + usize::from(u16::from_le_bytes([len[0], len[1]]));
    }
    if clx.get(at) != Some(&2) {
        return Err(damaged());
    }
    let lcb = clx.get(at + 1..at + 5).ok_or_else(damaged)?;
    let lcb = u32::from_le_bytes([lcb[0], lcb[1], lcb[2], lcb[3]]) as usize;
    let plc = clx.get(at + 5..at + 5 + lcb).ok_or_else(damaged)?;
    if lcb < 4 || !(lcb - 4).is_multiple_of(12) {
        return Err(damaged());
    }
    let n = (lcb - 4) / 12;
    let u32_at = |at: usize| u32::from_le_bytes([plc[at], plc[at + 1], plc[at + 2], plc[at + 3]]);
    (0..n)
        .map(|i| {
            let (start, end) = (u32_at(4 * i), u32_at(4 * (i + 1)));
            let fc = u32_at(4 * (n + 1) + 8 * i + 2);
            let compressed = fc & 0x4000_0000 != 0;
            let fc = (fc & 0x3FFF_FFFF) as usize;
            Ok(Piece {
                count: end.checked_sub(start).ok_or_else(damaged)? as usize,
                offset: if compressed { fc / 2 } else { fc },
                compressed,
            })
        })
        .collect()
}

/// Every character of the document, in character-position order (the
/// pieces decoded one after another).
fn characters(word: &[u8], pieces: Vec<Piece>) -> Result<Vec<char>, String> {
    let outside = || "damaged Word 97-2003 file (a piece of its text lies outside the document)".to_string();
    let mut out = Vec::new();
    for piece in pieces {
        if piece.compressed {
            let bytes = word
                .get(piece.offset..piece.offset.saturating_add(piece.count))
                .ok_or_else(outside)?;
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            out.extend(text.chars());
        } else {
            let bytes = word
                .get(piece.offset..piece.offset.saturating_add(piece.count.saturating_mul(2)))
                .ok_or_else(outside)?;
            let units = bytes.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]]));
            out.extend(char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)));
        }
    }
    Ok(out)
}

/// A story's characters as the reader sees them: paragraph marks, cell
/// marks, manual line and page breaks end lines; a field's code is dropped
/// (its result kept); object anchors and the automatic footnote mark are
/// dropped; a non-breaking hyphen is a hyphen, an optional one nothing.
fn shown_text(story: &[char]) -> String {
    let mut out = String::with_capacity(story.len());
    // For each open field: whether its code has ended (its result shows).
    let mut fields: Vec<bool> = Vec::new();
    for &c in story {
        match c {
            '\u{13}' => fields.push(false),
            '\u{14}' => {
                if let Some(showing) = fields.last_mut() {
                    *showing = true;
                }
            }
            '\u{15}' => {
                fields.pop();
            }
            _ if fields.last() == Some(&false) => {}
            '\r' | '\u{7}' | '\u{b}' | '\u{c}' | '\u{e}' => out.push('\n'),
            '\t' => out.push('\t'),
            '\u{1e}' => out.push('-'),
            c if c < ' ' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A piece table of two pieces, one stored a byte a character, one two:
    /// the bytes the specification lays out, read back in order.
    #[test]
    fn a_piece_table_locates_one_byte_and_two_byte_runs() {
        let mut clx = vec![1u8, 2, 0, 0xAA, 0xBB]; // a Prc of 2 bytes, passed over
        clx.push(2);
        clx.extend(28u32.to_le_bytes()); // 3 positions + 2 descriptors
        for cp in [0u32, 5, 8] {
            clx.extend(cp.to_le_bytes());
        }
        for fc in [0x4000_0000u32 | (100 * 2), 200] {
            clx.extend([0, 0]);
            clx.extend(fc.to_le_bytes());
            clx.extend([0, 0]);
        }
        let found = pieces(&clx).unwrap();
        assert_eq!(
            found,
            [
                Piece {
                    count: 5,
                    offset: 100,
                    compressed: true
                },
                Piece {
                    count: 3,
                    offset: 200,
                    compressed: false
                }
            ]
        );
        let mut word = vec![0u8; 210];
        word[100..105].copy_from_slice(b"Caf\xE9 ");
        for (i, unit) in "ще\r".encode_utf16().enumerate() {
            word[200 + 2 * i..202 + 2 * i].copy_from_slice(&unit.to_le_bytes());
        }
        let chars: String = characters(&word, found).unwrap().into_iter().collect();
        assert_eq!(chars, "Café ще\r");
        // A piece past the stream's end is damage, not a panic.
        let far = vec![Piece {
            count: 5,
            offset: 1000,
            compressed: true,
        }];
        assert!(
            characters(&word, far)
                .unwrap_err()
                .contains("outside the document")
        );
        assert!(pieces(&clx[..12]).is_err());
    }

    /// A hyperlink field's code goes, its shown text stays; nested fields
    /// too; paragraph and cell marks end lines.
    #[test]
    fn field_codes_are_dropped_and_results_kept() {
        let story: Vec<char> =
            "(\u{13} HYPERLINK \"https://undocs.org/S/2012/894\" \u{14}S/2012/894\u{15})\r\u{13}PAGE\u{15}cell\u{7}x\u{2}\u{1e}y"
                .chars()
                .collect();
        assert_eq!(shown_text(&story), "(S/2012/894)\ncell\nx-y");
    }
}
