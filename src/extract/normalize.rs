//! Normalization: markdown artefacts, broken references, page furniture and
//! web clutter removed, with a map back to the original line numbers.
//!
//! The pass is line by line and keeps line structure where it carries
//! meaning (headings, numbered paragraphs): a line is dropped when it is page
//! furniture (job numbers, barcodes, page footers, repeated running headers),
//! markdown is stripped inside a line, and a line that continues the previous
//! one (it starts in lower case, or with `1526 (2004)` after `resolution`) is
//! joined to it with one space, across any blank lines between. Every byte of
//! the output maps to the 1-based line of the original text it came from.
//!
//! # Examples
//!
//! ```
//! use unxref::extract::normalize::normalize;
//! // Page furniture goes, markdown links keep their text, a broken line is joined.
//! let text = "15-12345 (E)\n*1512345*\nin [resolution 2164 (2014)](#) and\nresolution\n2100 (2013)\n";
//! let normalized = normalize(text);
//! assert!(normalized.text.contains("in resolution 2164 (2014) and resolution 2100 (2013)"));
//! assert!(!normalized.text.contains("15-12345"));
//! // Offsets map back to the lines of the original.
//! assert_eq!(normalized.line_at(normalized.text.find("2100").unwrap()), 5);
//! ```

use std::collections::HashSet;

use super::patterns::{FURNITURE, MD_LINK, RUNNING_HEADER_PAGE};

/// A file's text after normalization, with a map from byte offsets in
/// [`Normalized::text`] back to 1-based lines of the original file.
///
/// # Examples
///
/// ```
/// use unxref::extract::normalize::normalize;
/// let normalized = normalize("The draft resolution contained in document [S/2020/240](#)\nwas adopted.\n");
/// assert_eq!(normalized.text.trim_end(), "The draft resolution contained in document S/2020/240 was adopted.");
/// assert_eq!(normalized.line_at(normalized.text.find("adopted").unwrap()), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Normalized {
    /// The cleaned text.
    pub text: String,
    /// `(offset in text, original line)` at each point where the mapping
    /// changes, sorted by offset.
    pub(crate) line_marks: Vec<(usize, u32)>,
    /// A web copy's `Publication Date` metadata (`Publication Date 8
    /// November 1994`), kept aside as its block is removed from the text.
    pub(crate) publication_date: Option<String>,
}

impl Normalized {
    /// The original 1-based line of the byte at `offset` in [`Normalized::text`].
    ///
    /// # Examples
    ///
    /// ```
    /// # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/003_cdd006968fa2855b.txt");
    /// # let text = std::fs::read_to_string(path)?;
    /// use unxref::extract::normalize::normalize;
    /// let normalized = normalize(&text);
    /// let at = normalized.text.find("resolution 2164 (2014)").unwrap();
    /// assert_eq!(normalized.line_at(at), 27);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn line_at(&self, offset: usize) -> u32 {
        let i = self.line_marks.partition_point(|&(o, _)| o <= offset);
        if i == 0 { 1 } else { self.line_marks[i - 1].1 }
    }
}

/// No-break space, narrow no-break space, figure space.
const NO_BREAK_SPACES: [char; 3] = ['\u{a0}', '\u{202f}', '\u{2007}'];

/// Byte-order marks and zero-width characters, which a line may open with
/// but which are no part of its text.
const ZERO_WIDTH: [char; 5] = ['\u{feff}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}'];

/// Normalize a decoded text (line endings already `\n`).
///
/// # Examples
///
/// ```
/// use unxref::extract::normalize::normalize;
/// // A reference broken across lines by the converter is joined again.
/// let normalized = normalize("acting pursuant to resolution\n\n1526 (2004), the Committee\n");
/// assert!(normalized.text.contains("resolution 1526 (2004), the Committee"));
/// // A no-break space is a space.
/// assert!(normalize("resolution 2531\u{a0}(2020)").text.contains("resolution 2531 (2020)"));
/// ```
pub fn normalize(text: &str) -> Normalized {
    // `text.split('\n')`, with the line breaks found by `memchr`.
    // Counted first: growing the list line by line cost more than a second
    // `memchr` pass.
    let mut lines: Vec<&str> = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    let mut line_start = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        lines.push(&text[line_start..i]);
        line_start = i + 1;
    }
    lines.push(&text[line_start..]);
    let skip = clutter_block(&lines);
    let mut out = Normalized {
        text: String::with_capacity(text.len()),
        line_marks: Vec::with_capacity(lines.len() / 2 + 1),
        publication_date: skip.as_ref().and_then(|r| publication_date(&lines[r.clone()])),
    };
    let mut seen_symbol_lines: HashSet<String> = HashSet::new();
    // Whether the last emitted line may be continued by the next one.
    let mut last_open = false;
    let mut pending_blank = 0usize;
    let mut clean = String::new();
    // Most texts hold no no-break space: look once, not on every line.
    let any_no_break = has_no_break(text.as_bytes());
    // Where the next byte markdown cleaning acts on stands: most lines hold
    // none and are copied as they are. Two cursors over the whole text
    // (`memchr3`, `memchr`), each moved on only when a line passes it.
    let mut marks = MarkBytes::default();
    for (i, raw) in lines.iter().enumerate() {
        let line_no = i as u32 + 1;
        if skip.as_ref().is_some_and(|r| r.contains(&i)) {
            continue;
        }
        // The line's place in `text` (it is a slice of it).
        let line_start = raw.as_ptr() as usize - text.as_ptr() as usize;
        // No-break spaces (common in converted PDFs and HTML: "resolution
        // 2531\u{a0}(2020)") are spaces to every pattern that follows.
        let spaced;
        let raw = if any_no_break && has_no_break(raw.as_bytes()) {
            spaced = raw.replace(NO_BREAK_SPACES, " ");
            spaced.as_str()
        } else {
            raw
        };
        let raw = raw.trim_end_matches([' ', '\t']);
        // A run of byte-order marks and zero-width characters (two BOMs
        // where files were joined, a BOM and spaces) opens no line: the
        // text starts after it (`\u{feff}\u{feff}Resolution 2302 (2016)`).
        let raw = if raw.trim_start().starts_with(ZERO_WIDTH) {
            raw.trim_start_matches(|c: char| ZERO_WIDTH.contains(&c) || c.is_whitespace())
        } else {
            raw
        };
        let trimmed = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
        if trimmed.is_empty() {
            pending_blank += 1;
            continue;
        }
        if is_furniture(trimmed, &mut seen_symbol_lines) {
            continue;
        }
        // Trimming and the no-break spaces change no byte markdown
        // cleaning acts on: the line holds one where the text's line does.
        let stripped = strip_heading(raw.trim_start_matches('\u{c}'));
        let cleaned = if marks.within(text.as_bytes(), line_start, line_start + lines[i].len()) {
            clean.clear();
            clean_marks(stripped, &mut clean);
            clean.as_str()
        } else {
            stripped
        };
        let content = cleaned.trim_end();
        let content_trim = content.trim_start();
        if content_trim.is_empty() {
            pending_blank += 1;
            continue;
        }
        let join = last_open && continues(content_trim);
        if join {
            out.text.push(' ');
            out.line_marks.push((out.text.len(), line_no));
            out.text.push_str(content_trim);
        } else {
            if !out.text.is_empty() {
                out.text.push('\n');
                for _ in 0..pending_blank.min(1) {
                    out.text.push('\n');
                }
            }
            out.line_marks.push((out.text.len(), line_no));
            out.text.push_str(content);
        }
        pending_blank = 0;
        last_open = is_open(content_trim);
    }
    out.text.push('\n');
    out
}

/// Lines of web clutter before the text: the refworld block from
/// `Publisher` to the `Cite as … available at: http://www.refworld.org…`
/// line, and a scraped `Similar documents` list up to `Transcription:`.
/// The title lines above `Publisher` are kept: they name the document.
fn clutter_block(lines: &[&str]) -> Option<std::ops::Range<usize>> {
    let head = lines.len().min(60);
    let find =
        |from: usize, to: usize, pred: &dyn Fn(&str) -> bool| (from..to).find(|&i| pred(lines[i].trim()));
    if let Some(start) = find(0, head, &|l| l == "Publisher") {
        let end = find(start, lines.len().min(start + 60), &|l| {
            l.contains("refworld.org") || l.contains("[accessed")
        })?;
        return Some(start..end + 1);
    }
    if let Some(start) = find(0, lines.len().min(12), &|l| l == "Similar documents") {
        let end = find(start, lines.len(), &|l| l == "Transcription:")?;
        return Some(start..end + 1);
    }
    None
}

/// The `Publication Date` line of a refworld block and the line under it,
/// on one line: `Publication Date 8 November 1994`.
fn publication_date(block: &[&str]) -> Option<String> {
    let at = block.iter().position(|l| l.trim() == "Publication Date")?;
    let date = block[at + 1..].iter().map(|l| l.trim()).find(|l| !l.is_empty())?;
    Some(format!("Publication Date {date}"))
}

/// Page furniture, and running headers: a line holding only a symbol is kept
/// the first time (it identifies the document) and dropped when repeated.
///
/// The letterhead's symbol (`United Nations    S/2015/579`, `S/2000/1105*`)
/// counts as seen: it identifies the document, and the first running header
/// after it (`S/2015/579` at the top of page 2, which a PDF's text layer
/// may set inside a sentence: "the report of January" / `S/2015/579` /
/// `2011 of the Special Rapporteur`) is furniture like the others.
fn is_furniture(line: &str, seen_symbol_lines: &mut HashSet<String>) -> bool {
    if let Some(rest) = line.strip_prefix("United Nations") {
        let symbol = rest.trim().trim_end_matches('*');
        if is_symbol_line(symbol) && symbol.contains('/') {
            seen_symbol_lines.insert(symbol.chars().filter(|c| !c.is_whitespace()).collect());
        }
        return false;
    }
    if line.len() <= 40 {
        let first = line.as_bytes()[0];
        if (first.is_ascii_digit() || matches!(first, b'*' | b'/' | b'-' | b'_' | b'=' | b'P'))
            && FURNITURE.is_match(line)
        {
            return true;
        }
        if line.starts_with("S/") || line.starts_with("A/") {
            if RUNNING_HEADER_PAGE.is_match(line) {
                return true;
            }
            if is_symbol_line(line) {
                let key: String = line.chars().filter(|c| !c.is_whitespace()).collect();
                return !seen_symbol_lines.insert(key);
            }
        }
    }
    false
}

/// A line that is only a symbol (`S/RES/2100 (2013)`, `S/2020/600`):
/// short, made of symbol characters, with a digit.
fn is_symbol_line(line: &str) -> bool {
    line.len() <= 32
        && line.bytes().any(|b| b.is_ascii_digit())
        && line
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'(' | b')' | b'-' | b' '))
        && !line.contains("  ")
}

/// Markdown removed from one line: heading marks, emphasis stars (a star
/// run between two words becomes a space: `Annex IX**Letter` → `Annex IX
/// Letter`; before `The Security Council` a line break), links `[x](#)` → `x`,
/// escapes `\(` → `(`.
#[cfg(test)]
fn clean_markdown(line: &str, out: &mut String) {
    let s = strip_heading(line);
    if !s.bytes().any(is_mark_byte) {
        out.push_str(s);
        return;
    }
    clean_marks(s, out);
}

/// The bytes [`clean_marks`] acts on: a line with none is left as it is.
#[cfg(test)]
fn is_mark_byte(b: u8) -> bool {
    matches!(b, b'*' | b'[' | b'\\' | b'_')
}

/// Where the next [`is_mark_byte`] of a text stands at or after a point:
/// `*`, `[` and `\` found with `memchr3`, `_` with `memchr`, each search
/// made again only once a line has passed its last find.
#[derive(Default)]
struct MarkBytes {
    /// `(searched from, next found)`, `usize::MAX` when there is none.
    three: Option<(usize, usize)>,
    underscore: Option<(usize, usize)>,
}

impl MarkBytes {
    /// Whether `text[start..end]` holds a mark byte; `start` never goes back.
    fn within(&mut self, text: &[u8], start: usize, end: usize) -> bool {
        let next = |cached: &mut Option<(usize, usize)>, find: &dyn Fn(&[u8]) -> Option<usize>| match *cached
        {
            Some((from, at)) if from <= start && at >= start => at,
            _ => {
                let at = find(&text[start..]).map_or(usize::MAX, |i| start + i);
                *cached = Some((start, at));
                at
            }
        };
        next(&mut self.three, &|t| memchr::memchr3(b'*', b'[', b'\\', t)) < end
            || next(&mut self.underscore, &|t| memchr::memchr(b'_', t)) < end
    }
}

/// Whether a line holds a no-break space ([`NO_BREAK_SPACES`]), read off its
/// UTF-8 bytes: `C2 A0`, `E2 80 AF`, `E2 80 87` (in UTF-8 a `C2` or `E2`
/// byte always starts a character).
fn has_no_break(b: &[u8]) -> bool {
    memchr::memchr2_iter(0xC2, 0xE2, b).any(|i| match b[i] {
        0xC2 => b.get(i + 1) == Some(&0xA0),
        _ => matches!(b.get(i + 1..i + 3), Some([0x80, 0xAF | 0x87])),
    })
}

/// A line without its heading marks (`## Annex I` → `Annex I`).
fn strip_heading(line: &str) -> &str {
    let mut s = line;
    let indent = s.len() - s.trim_start().len();
    let rest = &s[indent..];
    if rest.starts_with('#') {
        let after = rest.trim_start_matches('#');
        if after.starts_with(' ') || after.is_empty() {
            s = after.trim_start();
        }
    }
    s
}

/// [`clean_markdown`] of a line that holds a mark byte, its heading marks
/// already stripped.
fn clean_marks(s: &str, out: &mut String) {
    let mut s = s;
    let linked;
    if s.contains("](") {
        linked = MD_LINK.replace_all(s, "$1");
        s = &linked;
    }
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                if let Some(&(_, next)) = chars.peek()
                    && "()[]*_#-.".contains(next)
                {
                    out.push(next);
                    chars.next();
                } else {
                    out.push('\\');
                }
            }
            '*' | '_' if c == '*' || is_emphasis_underscore(s, i) => {
                let mut end = i + 1;
                while let Some(&(j, d)) = chars.peek() {
                    if d == c {
                        chars.next();
                        end = j + 1;
                    } else {
                        break;
                    }
                }
                let before = out.chars().last();
                let after = s[end..].chars().next();
                let word = |x: Option<char>| x.is_some_and(|x| x.is_alphanumeric());
                let closes = |x: Option<char>| x.is_some_and(|x| x.is_alphanumeric() || ")”.:,".contains(x));
                if closes(before) && word(after) {
                    let run = end - i;
                    let upper = after.is_some_and(|a| a.is_uppercase());
                    if s[end..].starts_with("The Security Council") {
                        out.push('\n');
                    } else if run >= 2 || upper {
                        out.push(' ');
                    }
                }
            }
            _ => out.push(c),
        }
    }
}

/// `_` is emphasis when it opens or closes a word (`_text_`), not inside one.
fn is_emphasis_underscore(s: &str, i: usize) -> bool {
    let before = s[..i].chars().last();
    let after = s[i + 1..].chars().next();
    let alnum = |x: Option<char>| x.is_some_and(|x| x.is_alphanumeric());
    !(alnum(before) && alnum(after))
}

/// A line that does not end a sentence or a heading-like unit and may run on.
fn is_open(line: &str) -> bool {
    line.chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '(' | '-' | '–'))
}

/// A line that continues the previous one: it starts in lower case, or with
/// a reference such as `1526 (2004)`, or with the `(2004)` of one.
fn continues(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => true,
        Some(c) if c.is_ascii_digit() => {
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            let rest = line[digits..].trim_start();
            digits <= 4
                && rest.starts_with('(')
                && rest[1..].trim_start().bytes().take(4).all(|b| b.is_ascii_digit())
                && rest.len() > 5
        }
        // The year of a reference wrapped before it: `resolution 2368` / `(2017);`.
        Some('(') => {
            let b = line.as_bytes();
            b.len() >= 6 && b[1..5].iter().all(u8::is_ascii_digit) && b[5] == b')'
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> String {
        let mut out = String::new();
        clean_markdown(s, &mut out);
        out
    }

    /// Whether each line of `text` holds a mark byte, by [`MarkBytes`] and by
    /// looking at every byte.
    fn assert_marks_found(text: &str) {
        let mut marks = MarkBytes::default();
        let mut start = 0;
        for line in text.split('\n') {
            let end = start + line.len();
            assert_eq!(
                marks.within(text.as_bytes(), start, end),
                line.bytes().any(is_mark_byte),
                "{line:?} in {text:?}"
            );
            start = end + 1;
        }
    }

    /// Every line of the bundled texts: the mark bytes and the no-break
    /// spaces found by `memchr` are those a byte or character scan finds.
    #[test]
    fn mark_bytes_and_no_break_spaces_found_as_a_scan_finds_them_in_the_corpus() {
        let mut marked = 0;
        let mut no_break = 0;
        for (path, text) in crate::corpus::bundled_texts() {
            assert_marks_found(&text);
            assert_eq!(
                has_no_break(text.as_bytes()),
                text.contains(NO_BREAK_SPACES),
                "{path}"
            );
            for line in text.split('\n') {
                let has = line.contains(NO_BREAK_SPACES);
                assert_eq!(has_no_break(line.as_bytes()), has, "{line:?} in {path}");
                no_break += usize::from(has);
                marked += usize::from(line.bytes().any(is_mark_byte));
            }
        }
        assert!(
            marked > 1_000 && no_break > 1_000,
            "{marked} lines marked, {no_break} with no-break spaces"
        );
    }

    proptest::proptest! {
        #[test]
        fn mark_bytes_found_as_a_scan_finds_them(text in "[a*\\[_\n ]{0,40}") {
            assert_marks_found(&text);
        }

        #[test]
        fn no_break_spaces_found_as_a_scan_finds_them(text in "[a \u{a0}\u{202f}\u{2007}\u{2019}\u{80}\u{2080}\u{20af}\u{e9}]{0,12}") {
            proptest::prop_assert_eq!(has_no_break(text.as_bytes()), text.contains(NO_BREAK_SPACES));
        }
    }

    #[test]
    fn markdown_artefacts() {
        assert_eq!(clean("[S/2020/240](#), related"), "S/2020/240, related");
        assert_eq!(
            clean(r"resolution [2518 \(2020\)](#) of"),
            "resolution 2518 (2020) of"
        );
        assert_eq!(clean("Annex IX**Letter dated"), "Annex IX Letter dated");
        assert_eq!(clean("*Recalling* its resolution"), "Recalling its resolution");
        assert_eq!(clean("and *demand*s that"), "and demands that");
        assert_eq!(clean("## Annex I"), "Annex I");
        assert_eq!(
            clean("France: draft resolution*The Security Council,*"),
            "France: draft resolution\nThe Security Council,"
        );
        assert_eq!(
            clean("**Security Council**Provisional"),
            "Security Council Provisional"
        );
    }

    #[test]
    fn joins_broken_reference_and_keeps_lines() {
        let text = "established by resolution\n\n1526 (2004), including\nUnion Training\n";
        let n = normalize(text);
        assert_eq!(
            n.text,
            "established by resolution 1526 (2004), including\nUnion Training\n"
        );
        let at = n.text.find("1526").unwrap();
        assert_eq!(n.line_at(at), 3);
        assert_eq!(n.line_at(0), 1);
        assert_eq!(n.line_at(n.text.find("Union").unwrap()), 4);
    }

    #[test]
    fn drops_page_furniture_and_repeated_headers() {
        let text = "S/RES/2100 (2013)\nResolution 2100 (2013)\nfirst page ends\n13-31417 (E)\n*1331417*\n\n\u{c}S/RES/2100 (2013)\nnext page\n2 13-31417\n2/11\n";
        let n = normalize(text);
        assert_eq!(
            n.text,
            "S/RES/2100 (2013)\nResolution 2100 (2013)\nfirst page ends next page\n"
        );
        assert_eq!(n.line_at(n.text.find("next").unwrap()), 8);
    }

    #[test]
    fn drops_refworld_block_keeps_title() {
        let text = "Security Council Resolution S/RES/500 (1982)\nResolution 500 (1982) Adopted by the Security Council at its 2330th meeting,\n\nPublisher\nUN Security Council\nCite as\nUN Security Council, Security Council Resolution S/RES/500 (1982), available at: http://www.refworld.org/docid/3b00f12424.html [accessed 4 April 2016]\n\nThe Security Council,\n";
        let n = normalize(text);
        assert!(!n.text.contains("Publisher"));
        assert!(!n.text.contains("refworld"));
        assert!(n.text.contains("Resolution 500 (1982) Adopted"));
        assert_eq!(n.line_at(n.text.find("The Security").unwrap()), 9);
    }
}
