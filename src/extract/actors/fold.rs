//! Folding: the copy of a text that actor names are matched in.
//!
//! A document's text is folded byte for byte ([`Folded::same_length`]): line
//! breaks, tabs, markup stars and backslashes become spaces and a no-break
//! space two spaces, so "Northern\nIreland" matches "Northern Ireland" and
//! every offset stays the source's. (The normalizer has already removed
//! markdown and joined continued lines; collapsing runs of spaces as well
//! would cost a second map for little gain.) Names, short strings, are folded
//! fully ([`Folded::new`]): emphasis dropped, typographic apostrophes made
//! `'`, runs of white space made one space, with a sparse map back to the
//! source offsets.

/// A folded text and the way back to its source.
#[derive(Debug, Clone, Default)]
pub(crate) struct Folded {
    /// The folded text.
    pub text: String,
    /// `(folded offset, source offset)` wherever the difference between the
    /// two changes, sorted.
    marks: Vec<(usize, usize)>,
}

/// A no-break space, C2 A0, searched for with a finder built once.
static NO_BREAK_SPACE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("\u{a0}"));

impl Folded {
    /// Fold a document's text, keeping every offset: ASCII white space, `*`
    /// and `\\` become a space, a no-break space two spaces.
    pub fn same_length(source: &str) -> Folded {
        let bytes = source.as_bytes();
        let rare = memchr::memchr3(b'\r', b'\t', 0x0b, bytes).is_some()
            || memchr::memchr(0x0c, bytes).is_some()
            || memchr::memchr(0xa0, bytes).is_some_and(|_| NO_BREAK_SPACE.find(bytes).is_some());
        let text = if rare {
            Folded::blank_bytes(source)
        } else {
            // Most texts: copied piece by piece between the line breaks and
            // markup that become spaces, found by a vectorised search.
            let mut text = String::with_capacity(source.len());
            let mut from = 0;
            for i in memchr::memchr3_iter(b'\n', b'*', b'\\', bytes) {
                text.push_str(&source[from..i]);
                text.push(' ');
                from = i + 1;
            }
            text.push_str(&source[from..]);
            text
        };
        Folded {
            text,
            marks: vec![(0, 0)],
        }
    }

    /// [`Folded::same_length`]'s text the general way: every byte looked at.
    fn blank_bytes(source: &str) -> String {
        let mut bytes = source.as_bytes().to_vec();
        for b in &mut bytes {
            if matches!(*b, b'\n' | b'\r' | b'\t' | 0x0b | 0x0c | b'*' | b'\\') {
                *b = b' ';
            }
        }
        for i in memchr::memchr_iter(0xa0, source.as_bytes()) {
            if i > 0 && bytes[i - 1] == 0xc2 {
                bytes[i - 1] = b' ';
                bytes[i] = b' ';
            }
        }
        // ASCII replaced by ASCII, and a whole two-byte character by two
        // spaces: still UTF-8.
        String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }

    /// Fold a name or a short text fully.
    pub fn new(source: &str) -> Folded {
        let mut b = FoldBuilder {
            source,
            out: Vec::with_capacity(source.len()),
            marks: vec![(0, 0)],
            delta: 0,
            last_space: true,
        };
        let mut at = 0;
        for line in source.split('\n') {
            if at > 0 {
                b.space();
            }
            if line.bytes().all(ordinary) && !line.contains("  ") {
                // Most lines: copied at once.
                if !line.is_empty() {
                    if line.starts_with(' ') && b.last_space {
                        b.slow(at, line);
                    } else {
                        b.copy(at, line.len());
                        b.last_space = line.ends_with(' ');
                    }
                }
            } else {
                b.slow(at, line);
            }
            at += line.len() + 1;
        }
        // Only whole UTF-8 sequences were copied, or ASCII bytes written.
        let text =
            String::from_utf8(b.out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Folded { text, marks: b.marks }
    }

    /// The source offset of the byte at `folded` in the folded text.
    pub fn source_offset(&self, folded: usize) -> usize {
        let i = self.marks.partition_point(|&(f, _)| f <= folded);
        let (f, s) = if i == 0 { (0, 0) } else { self.marks[i - 1] };
        s + (folded - f)
    }
}

/// A byte that folding leaves as it is wherever it stands: not white space
/// other than a plain space, not markup, and not the lead byte of a
/// character folding changes (no-break spaces, typographic apostrophes, soft
/// hyphens, zero-width characters).
fn ordinary(b: u8) -> bool {
    !matches!(
        b,
        b'\t' | b'\r' | 0x0b | 0x0c | b'*' | b'\\' | 0xc2 | 0xca | 0xe2 | 0xe3 | 0xef
    )
}

struct FoldBuilder<'s> {
    source: &'s str,
    out: Vec<u8>,
    marks: Vec<(usize, usize)>,
    /// Source offset minus folded offset, at the last mark.
    delta: usize,
    last_space: bool,
}

enum Out {
    Skip,
    Space,
    Byte(u8),
    Keep,
}

impl FoldBuilder<'_> {
    /// Copy `len` source bytes from `at` unchanged.
    fn copy(&mut self, at: usize, len: usize) {
        self.mark(at);
        self.out.extend_from_slice(&self.source.as_bytes()[at..at + len]);
    }

    fn mark(&mut self, at: usize) {
        if at - self.out.len() != self.delta {
            self.delta = at - self.out.len();
            self.marks.push((self.out.len(), at));
        }
    }

    /// The line break before a line: one space, unless one was just written.
    fn space(&mut self) {
        if !self.last_space {
            self.out.push(b' ');
            self.last_space = true;
        }
    }

    /// Fold a line character by character.
    fn slow(&mut self, at: usize, line: &str) {
        let bytes = line.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let (width, what): (usize, Out) = if b < 0x80 {
                match b {
                    b' ' | b'\r' | b'\t' | 0x0b | 0x0c => (1, Out::Space),
                    b'\\' => (1, Out::Skip),
                    b'*' => {
                        // A run of `*` between two words ("Annex III**Letter")
                        // separates them; elsewhere it is only emphasis.
                        let mut j = i;
                        while j < bytes.len() && bytes[j] == b'*' {
                            j += 1;
                        }
                        let before = self
                            .out
                            .last()
                            .is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80);
                        let after = line[j..].chars().next().is_some_and(char::is_uppercase);
                        (j - i, if before && after { Out::Space } else { Out::Skip })
                    }
                    _ => (1, Out::Keep),
                }
            } else {
                let c = line[i..].chars().next().unwrap_or('\u{fffd}');
                let what = match c {
                    '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{3000}' | '\u{85}' => Out::Space,
                    '\u{2019}' | '\u{2018}' | '\u{2bc}' => Out::Byte(b'\''),
                    '\u{ad}' | '\u{200b}' | '\u{feff}' => Out::Skip,
                    _ => Out::Keep,
                };
                (c.len_utf8(), what)
            };
            match what {
                Out::Skip => {}
                Out::Space if self.last_space => {}
                Out::Space | Out::Byte(_) | Out::Keep => {
                    self.mark(at + i);
                    match what {
                        Out::Space => self.out.push(b' '),
                        Out::Byte(b) => self.out.push(b),
                        _ => self.out.extend_from_slice(&bytes[i..i + width]),
                    }
                    self.last_space = matches!(what, Out::Space);
                    if width > 1 && matches!(what, Out::Space | Out::Byte(_)) {
                        // The next source byte is further ahead than the next
                        // folded byte: mark it.
                        self.delta = at + i + width - self.out.len();
                        self.marks.push((self.out.len(), at + i + width));
                    }
                }
            }
            i += width;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_markup_and_white_space() {
        let source = "(Signed) Nicolas **de Rivi\u{e8}re**\nPresident of the  \n  Council";
        let f = Folded::new(source);
        assert_eq!(
            f.text,
            "(Signed) Nicolas de Rivi\u{e8}re President of the Council"
        );
        let at = f.text.find("President").unwrap();
        assert_eq!(&source[f.source_offset(at)..f.source_offset(at) + 9], "President");
        let at = f.text.find("Council").unwrap();
        assert_eq!(&source[f.source_offset(at)..f.source_offset(at) + 7], "Council");
    }

    #[test]
    fn same_length_folding_keeps_offsets() {
        let source = "Northern\nIreland,\u{a0}C\u{f4}te d\u{2019}Ivoire";
        let f = Folded::same_length(source);
        assert_eq!(f.text, "Northern Ireland,  C\u{f4}te d\u{2019}Ivoire");
        assert_eq!(f.text.len(), source.len());
        assert_eq!(f.source_offset(10), 10);
    }

    #[test]
    fn both_ways_of_blanking_agree() {
        // "à" is C3 A0: an A0 byte that is no no-break space.
        for source in [
            "*Decides* to extend\nthe mandate\\ of MINUSMA; voilà",
            "Tab\there, form\u{c}feed,\u{a0}no-break; voilà\n",
        ] {
            let f = Folded::same_length(source);
            assert_eq!(f.text, Folded::blank_bytes(source), "{source:?}");
            assert_eq!(f.text.len(), source.len());
            assert!(f.text.contains("voilà") && !f.text.contains(['\n', '*', '\\', '\t', '\u{a0}']));
        }
    }

    #[test]
    fn emphasis_between_words_separates_them() {
        let f = Folded::new("Annex III**Letter dated 26 June; *demand*s; C\u{f4}te d\u{2019}Ivoire");
        assert_eq!(
            f.text,
            "Annex III Letter dated 26 June; demands; C\u{f4}te d'Ivoire"
        );
        let at = f.text.find("Ivoire").unwrap();
        let source = "Annex III**Letter dated 26 June; *demand*s; C\u{f4}te d\u{2019}Ivoire";
        assert_eq!(&source[f.source_offset(at)..], "Ivoire");
    }
}
