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

/// The word each cue word is found by, and where that word stands in it:
/// `(pattern, anchor, offset)`, `pattern[offset..]` beginning with
/// `anchor`. Searched for the cue words themselves, the automaton stopped at
/// every `to `, `and `, `Secr` and `Deci` of a text to check the words
/// that begin so (`Cues::new` took 60 M instructions a pass over the
/// resolutions, 4.5 a byte; callgrind); the anchors are rarer, and it takes
/// 30 M. No anchor is a prefix of
/// another, so no two stand at one place and a search begun one byte after
/// each find sees them all.
const ANCHORS: [(&str, &str, usize); 29] = [
    ("to establish", "stablish", 4),
    ("Establishes", "stablish", 1),
    ("to create", "creat", 3),
    ("to set up", "set up", 3),
    ("to extend", "xtend", 4),
    ("to renew", "renew", 3),
    ("To extend", "xtend", 4),
    ("To renew", "renew", 3),
    ("Extends", "xtend", 1),
    ("Renews", "Renew", 0),
    ("Prolongs", "rolong", 1),
    ("to prolong", "rolong", 4),
    ("and extend", "xtend", 5),
    ("be extended", "xtend", 4),
    ("be renewed", "renew", 3),
    ("to continue the mandate", "ntinu", 5),
    ("to continue the presence", "ntinu", 5),
    ("Approves the continu", "ntinu", 15),
    ("Decides to continue", "ntinu", 13),
    ("Secretary-General renew", "renew", 18),
    ("stablished", "stablish", 0),
    ("set up", "set up", 0),
    ("created", "creat", 0),
    ("appointed", "appointed", 0),
    ("vote", "vote", 0),
    ("abstain", "abstain", 0),
    ("Against:", "Against:", 0),
    ("Adopted", "Adopted", 0),
    ("submitted", "submitted", 0),
];

/// The distinct anchors of [`ANCHORS`], in order of first use, each with
/// the cue words (indices into [`ANCHORS`]) it finds.
fn anchor_words() -> Vec<(&'static str, Vec<usize>)> {
    let mut words: Vec<(&'static str, Vec<usize>)> = Vec::new();
    for (i, (_, anchor, _)) in ANCHORS.iter().enumerate() {
        match words.iter_mut().find(|(w, _)| w == anchor) {
            Some((_, patterns)) => patterns.push(i),
            None => words.push((anchor, vec![i])),
        }
    }
    words
}

/// Every place a cue word of [`PATTERNS`] occurs in `text`, overlapping or
/// not, as `(start, end, pattern)`, in no set order: each anchor found,
/// the cue words around it compared.
fn all_occurrences(text: &str) -> Vec<(usize, usize, usize)> {
    type Anchors = (AhoCorasick, Vec<(&'static str, Vec<usize>)>);
    static AUTOMATON: OnceLock<Anchors> = OnceLock::new();
    let (ac, words) = AUTOMATON.get_or_init(|| {
        let words = anchor_words();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(words.iter().map(|(w, _)| w))
            .expect("cue anchors build an automaton");
        (ac, words)
    });
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(m) = ac.find(aho_corasick::Input::new(bytes).span(at..bytes.len())) {
        for &i in &words[m.pattern().as_usize()].1 {
            let (word, _, offset) = ANCHORS[i];
            if let Some(start) = m.start().checked_sub(offset)
                && bytes[start..].starts_with(word.as_bytes())
            {
                found.push((start, start + word.len(), i));
            }
        }
        at = m.start() + 1;
    }
    found
}

/// The cue words of `text` as the leftmost-longest search over
/// [`PATTERNS`] reports them: from the start, the occurrence that begins
/// first (the longest of those that begin there), then the same from its
/// end on. `(start, pattern)`.
fn leftmost_longest(text: &str) -> Vec<(usize, usize)> {
    let mut all = all_occurrences(text);
    all.sort_unstable_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
    let mut out = Vec::new();
    let mut from = 0;
    for (start, end, pattern) in all {
        if start >= from {
            out.push((start, pattern));
            from = end;
        }
    }
    out
}

/// Where each cue occurs in a text (byte offsets of the cue word, sorted).
#[derive(Debug, Default)]
pub(super) struct Cues {
    at: [Vec<usize>; CUES],
}

impl Cues {
    pub fn new(text: &str) -> Cues {
        let mut cues = Cues::default();
        for (start, pattern) in leftmost_longest(text) {
            let (word, cue) = PATTERNS[pattern];
            cues.at[cue as usize].push(start);
            // "to set up" holds "set up"; no other cue holds another.
            if word == "to set up" {
                cues.at[Cue::Founded as usize].push(start + 3);
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

    /// The cue words as the automaton over [`PATTERNS`] finds them.
    fn by_automaton(text: &str) -> Vec<(usize, usize)> {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(PATTERNS.map(|(p, _)| p))
            .expect("cue words build an automaton");
        ac.find_iter(text)
            .map(|m| (m.start(), m.pattern().as_usize()))
            .collect()
    }

    #[test]
    fn anchors_stand_in_their_cue_words_and_begin_none_of_each_other() {
        for (i, (word, anchor, offset)) in ANCHORS.iter().enumerate() {
            assert_eq!(*word, PATTERNS[i].0);
            assert!(word[*offset..].starts_with(anchor), "{word}");
        }
        let words: Vec<&str> = anchor_words().into_iter().map(|(w, _)| w).collect();
        for a in &words {
            for b in &words {
                assert!(a == b || !a.starts_with(b), "{a} begins with {b}");
            }
        }
    }

    /// Every bundled text, as read and as the actors see it (normalized,
    /// folded): the anchors find the cue words the automaton over the words
    /// finds.
    #[test]
    fn anchors_find_what_the_automaton_finds_in_the_corpus() {
        let mut found = 0;
        for (path, text) in crate::corpus::bundled_texts() {
            let folded =
                super::super::fold::Folded::same_length(&crate::extract::normalize::normalize(&text).text);
            for t in [text.as_str(), folded.text.as_str()] {
                let expected = by_automaton(t);
                assert_eq!(leftmost_longest(t), expected, "{path}");
                found += expected.len();
            }
        }
        assert!(found > 10_000, "{found} cue words");
    }

    proptest::proptest! {
        /// Texts made of the cue words, their anchors and pieces of them,
        /// overlapping every way they can.
        #[test]
        fn anchors_find_what_the_automaton_finds(pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "to ", "To ", "and ", "be ", "Decides ", "Approves the ", "Secretary-General ",
                "establish", "Establishes", "stablished", "create", "created", "set up", "extend",
                "Extends", "extended", "renew", "Renews", "renewed", "Prolongs", "prolong",
                "continue", "continue the mandate", "continue the presence", "continu",
                "appointed", "vote", "abstain", "Against:", "Adopted", "submitted", "s", "e",
                "d", " ", "x", "é",
            ]),
            0..12,
        )) {
            let text = pieces.concat();
            proptest::prop_assert_eq!(leftmost_longest(&text), by_automaton(&text));
        }
    }

    #[test]
    fn near_merges_overlapping_windows_and_clamps_to_the_text() {
        let text = "x".repeat(100);
        assert_eq!(near(&text, &[5, 20, 90], 10, 10), vec![(0, 30), (80, 100)]);
        assert!(near(&text, &[], 10, 10).is_empty());
    }
}
