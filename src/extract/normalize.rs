//! Normalization: markdown artefacts, broken references, page furniture and
//! web clutter removed, with a map back to the original line numbers.

/// A file's text after normalization, with a map from byte offsets in
/// [`Normalized::text`] back to 1-based lines of the original file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Normalized {
    /// The cleaned text.
    pub text: String,
    /// `(offset in text, original line)` at each point where the mapping
    /// changes, sorted by offset.
    pub(crate) line_marks: Vec<(usize, u32)>,
}

impl Normalized {
    /// The original 1-based line of the byte at `offset` in [`Normalized::text`].
    pub fn line_at(&self, offset: usize) -> u32 {
        let i = self.line_marks.partition_point(|&(o, _)| o <= offset);
        if i == 0 { 1 } else { self.line_marks[i - 1].1 }
    }
}

/// Normalize a decoded text (line endings already `\n`).
pub fn normalize(text: &str) -> Normalized {
    // Identity for now: one mark per line.
    let mut line_marks = vec![(0, 1)];
    for (i, _) in text.match_indices('\n') {
        let line = line_marks.len() as u32 + 1;
        line_marks.push((i + 1, line));
    }
    Normalized {
        text: text.to_string(),
        line_marks,
    }
}
