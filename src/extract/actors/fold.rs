//! Folding: the copy of a text that actor names are matched in. Markdown
//! emphasis and backslashes are dropped, typographic apostrophes become `'`,
//! and every run of white space becomes one space, so "Northern\nIreland" and
//! "Nicolas **de Rivière**" match as written in the dictionary. A sparse map
//! leads each folded offset back to the offset in the source text.

/// A folded text and the way back to its source.
#[derive(Debug, Clone, Default)]
pub(crate) struct Folded {
    /// The folded text.
    pub text: String,
    /// `(folded offset, source offset)` wherever the difference between the
    /// two changes, sorted.
    marks: Vec<(usize, usize)>,
}

impl Folded {
    /// Fold `source`.
    pub fn new(source: &str) -> Folded {
        let bytes = source.as_bytes();
        let mut out: Vec<u8> = Vec::with_capacity(source.len());
        let mut marks = vec![(0, 0)];
        let mut delta = 0usize; // source offset - folded offset
        let mut last_space = true; // drop leading white space
        let mut i = 0;
        while i < bytes.len() {
            // Copy a run of ordinary ASCII at once (most of any text).
            let mut j = i;
            while j < bytes.len() {
                let b = bytes[j];
                // A single space between two ordinary bytes is ordinary too.
                let single_space =
                    b == b' ' && j > i && j + 1 < bytes.len() && plain(bytes[j + 1]) && bytes[j - 1] != b' ';
                if plain(b) || single_space {
                    j += 1;
                } else {
                    break;
                }
            }
            let run = j - i;
            if run > 0 {
                if i - out.len() != delta {
                    delta = i - out.len();
                    marks.push((out.len(), i));
                }
                out.extend_from_slice(&bytes[i..i + run]);
                last_space = false;
                i += run;
                continue;
            }
            let b = bytes[i];
            let (width, what): (usize, Out) = if b < 0x80 {
                match b {
                    b' ' | b'\n' | b'\r' | b'\t' | 0x0b | 0x0c => (1, Out::Space),
                    b'\\' => (1, Out::Skip),
                    b'*' => {
                        // A run of `*` between two words ("Annex III**Letter")
                        // separates them; elsewhere it is only emphasis.
                        let mut j = i;
                        while j < bytes.len() && bytes[j] == b'*' {
                            j += 1;
                        }
                        let before = out.last().is_some_and(|c| c.is_ascii_alphanumeric()) || {
                            // a non-ASCII letter just before
                            out.last().is_some_and(|&c| c >= 0x80)
                        };
                        let after = source[j..].chars().next().is_some_and(char::is_uppercase);
                        (j - i, if before && after { Out::Space } else { Out::Skip })
                    }
                    _ => (1, Out::Keep),
                }
            } else {
                let c = source[i..].chars().next().unwrap_or('\u{fffd}');
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
                Out::Space if last_space => {}
                Out::Space | Out::Byte(_) | Out::Keep => {
                    if i - out.len() != delta {
                        delta = i - out.len();
                        marks.push((out.len(), i));
                    }
                    match what {
                        Out::Space => out.push(b' '),
                        Out::Byte(b) => out.push(b),
                        _ => out.extend_from_slice(&bytes[i..i + width]),
                    }
                    last_space = matches!(what, Out::Space);
                    if width > 1 && matches!(what, Out::Space | Out::Byte(_)) {
                        // The next source byte is further ahead than the next
                        // folded byte: mark it.
                        delta = i + width - out.len();
                        marks.push((out.len(), i + width));
                    }
                }
            }
            i += width;
        }
        // Only whole UTF-8 sequences were copied or ASCII bytes written.
        let text =
            String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Folded { text, marks }
    }

    /// The source offset of the byte at `folded` in the folded text.
    pub fn source_offset(&self, folded: usize) -> usize {
        let i = self.marks.partition_point(|&(f, _)| f <= folded);
        let (f, s) = if i == 0 { (0, 0) } else { self.marks[i - 1] };
        s + (folded - f)
    }
}

/// An ASCII byte copied as it is.
fn plain(b: u8) -> bool {
    b > b' ' && b < 0x80 && b != b'*' && b != b'\\'
}

enum Out {
    Skip,
    Space,
    Byte(u8),
    Keep,
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
