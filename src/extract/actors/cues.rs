//! Cues: the few words that tell the fact finders whether a text can hold
//! what they look for ("vote", "Against:", "to extend", "established"), and
//! where. One Aho-Corasick pass over the folded text finds them all, so that
//! a finder whose cue is absent costs nothing and one whose cue is present
//! runs its patterns only near it, not over the whole text.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// What a cue announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cue {
    /// "to establish", "to create", "to set up", and "Establishes" opening
    /// an operative paragraph.
    Establish,
    /// "to extend", "to renew", "Extends", "be extended", "to continue the
    /// mandate", "Approves the continuation", "Decides to continue" (1277
    /// (1999): "Decides to continue MIPONUH"): an extension.
    Extend,
    /// "established", "set up", "created", "appointed": a body named by its
    /// founding resolution.
    Founded,
    /// "vote", "abstain": a voting letter or statement.
    Vote,
    /// "Against:": a voting block.
    Against,
    /// "Adopted": an adoption note.
    Adopted,
    /// "submitted": a list of sponsors.
    Submitted,
}

const CUES: usize = 7;

const PATTERNS: [(&str, Cue); 29] = [
    ("to establish", Cue::Establish),
    ("Establishes", Cue::Establish),
    ("to create", Cue::Establish),
    ("to set up", Cue::Establish),
    ("to extend", Cue::Extend),
    ("to renew", Cue::Extend),
    ("To extend", Cue::Extend),
    ("To renew", Cue::Extend),
    ("Extends", Cue::Extend),
    ("Renews", Cue::Extend),
    ("Prolongs", Cue::Extend),
    ("to prolong", Cue::Extend),
    ("and extend", Cue::Extend),
    ("be extended", Cue::Extend),
    ("be renewed", Cue::Extend),
    ("to continue the mandate", Cue::Extend),
    ("to continue the presence", Cue::Extend),
    ("Approves the continu", Cue::Extend),
    ("Decides to continue", Cue::Extend),
    ("Secretary-General renew", Cue::Extend),
    ("stablished", Cue::Founded),
    ("set up", Cue::Founded),
    ("created", Cue::Founded),
    ("appointed", Cue::Founded),
    ("vote", Cue::Vote),
    ("abstain", Cue::Vote),
    ("Against:", Cue::Against),
    ("Adopted", Cue::Adopted),
    ("submitted", Cue::Submitted),
];

/// Where each cue occurs in a text (byte offsets of the cue word, sorted).
#[derive(Debug, Default)]
pub(super) struct Cues {
    at: [Vec<usize>; CUES],
}

impl Cues {
    pub fn new(text: &str) -> Cues {
        static AUTOMATON: OnceLock<AhoCorasick> = OnceLock::new();
        let ac = AUTOMATON.get_or_init(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(PATTERNS.map(|(p, _)| p))
                .expect("cue words build an automaton")
        });
        let mut cues = Cues::default();
        for m in ac.find_iter(text) {
            let (word, cue) = PATTERNS[m.pattern().as_usize()];
            cues.at[cue as usize].push(m.start());
            // "to set up" holds "set up"; no other cue holds another.
            if word == "to set up" {
                cues.at[Cue::Founded as usize].push(m.start() + 3);
            }
        }
        for at in &mut cues.at {
            at.sort_unstable();
        }
        cues
    }

    /// True when the text holds the cue.
    pub fn has(&self, cue: Cue) -> bool {
        !self.at[cue as usize].is_empty()
    }

    /// Where the cue occurs.
    pub fn at(&self, cue: Cue) -> &[usize] {
        &self.at[cue as usize]
    }
}

/// The spans of `text` from `before` bytes before to `after` bytes after
/// each of `anchors` (sorted), widened to character boundaries and merged
/// where they overlap: where a pattern that must hold an anchor can match.
pub(super) fn near(text: &str, anchors: &[usize], before: usize, after: usize) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for &a in anchors {
        let mut start = a.saturating_sub(before);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (a + after).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        match spans.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => spans.push((start, end)),
        }
    }
    spans
}

/// The matches of `re` in `text` that lie within `before` bytes before and
/// `after` bytes after one of `anchors` and that `keep` accepts, in order
/// and not overlapping: what `find_iter` over the whole text gives when
/// every match holds an anchor. Each search sees the text before its span,
/// so `\b` holds where it would. A match `keep` refuses is searched for
/// again one byte further on, as a bounded repetition would have moved on.
pub(super) fn matches_near(
    re: &regex::bytes::Regex,
    text: &str,
    anchors: &[usize],
    before: usize,
    after: usize,
    keep: impl Fn(&[u8]) -> bool,
) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for (from, to) in near(text, anchors, before, after) {
        let haystack = &text.as_bytes()[..to];
        let mut at = from;
        while let Some(m) = re.find_at(haystack, at) {
            if keep(m.as_bytes()) {
                out.push(m.range());
                at = m.end().max(at + 1);
            } else {
                at = m.start() + 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_cue_with_its_offsets() {
        let text = "Decides to set up a committee; decides to extend the mandate. Against: none.";
        let cues = Cues::new(text);
        assert!(cues.has(Cue::Establish) && cues.has(Cue::Founded));
        assert_eq!(cues.at(Cue::Establish), &[8]);
        assert_eq!(cues.at(Cue::Founded), &[11]);
        assert_eq!(cues.at(Cue::Extend), &[39]);
        assert_eq!(cues.at(Cue::Against), &[62]);
        assert!(!cues.has(Cue::Vote) && !cues.has(Cue::Submitted));
    }

    #[test]
    fn near_merges_overlapping_windows_and_clamps_to_the_text() {
        let text = "x".repeat(100);
        assert_eq!(near(&text, &[5, 20, 90], 10, 10), vec![(0, 30), (80, 100)]);
        assert!(near(&text, &[], 10, 10).is_empty());
    }
}
