//! A pattern that is only ever searched anchored, built without what an
//! unanchored search needs.
//!
//! A `meta::Regex` builds, beside the forward NFA and lazy DFA that find
//! where a match ends, a reverse NFA and lazy DFA that find where it
//! begins, and extracts literals for a prefilter. An anchored search
//! knows where its match begins and uses neither. For the 19 exact
//! patterns the actors search at the starts their relaxed forms found
//! (`WsRegex`), a cold pass took 28.6 M instructions fewer without
//! those parts (callgrind, docs/benchmarks.md, eighteenth pass). This type
//! builds the forward engines only and searches as `meta::Regex` searches
//! an anchored input: the lazy DFA finds the match's end, then the one-pass
//! DFA, the bounded backtracker or the PikeVM, on the match alone, its
//! groups. Every engine finds the leftmost-first match, so the answers are
//! those of `meta::Regex`.

use regex_automata::nfa::thompson::{self, NFA, backtrack, pikevm};
use regex_automata::util::captures::Captures;
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input, Match, MatchKind, dfa::onepass, hybrid};

/// Each thread's scratch space for the engines.
struct Caches {
    dfa: hybrid::dfa::Cache,
    onepass: Option<onepass::Cache>,
    backtrack: backtrack::Cache,
    /// Made when first needed, as `meta::Regex` makes it: for a long
    /// pattern it is the largest (985 KB for one of the actors').
    pikevm: Option<pikevm::Cache>,
}

type MakeCaches = Box<dyn Fn() -> Caches + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

/// The engines of one pattern, searched anchored at the input's start.
struct Engines {
    nfa: NFA,
    dfa: hybrid::dfa::DFA,
    onepass: Option<onepass::DFA>,
    backtrack: backtrack::BoundedBacktracker,
    pikevm: pikevm::PikeVM,
}

/// A pattern searched only anchored at the start of its input's span (an
/// unanchored input is searched anchored all the same: callers never pass
/// one).
pub(crate) struct AnchoredRegex {
    engines: std::sync::Arc<Engines>,
    caches: Pool<Caches, MakeCaches>,
}

impl AnchoredRegex {
    /// The engines for `hir`, with `dfa_cache_bytes` of room for the lazy
    /// DFA of each thread.
    ///
    /// # Errors
    /// When the NFA or an engine cannot be built (a pattern too large).
    pub(crate) fn new(
        hir: &regex_syntax::hir::Hir,
        dfa_cache_bytes: usize,
    ) -> Result<AnchoredRegex, Box<dyn std::error::Error + Send + Sync>> {
        // The configuration a `meta::Regex` gives its forward engines.
        let nfa = thompson::Compiler::new()
            .configure(thompson::Config::new().shrink(false))
            .build_from_hir(hir)?;
        let dfa = hybrid::dfa::Builder::new()
            .configure(
                hybrid::dfa::Config::new()
                    .match_kind(MatchKind::LeftmostFirst)
                    .starts_for_each_pattern(true)
                    .unicode_word_boundary(true)
                    .cache_capacity(dfa_cache_bytes)
                    .minimum_cache_clear_count(Some(3))
                    .minimum_bytes_per_state(Some(10)),
            )
            .build_from_nfa(nfa.clone())?;
        let onepass = (hir.properties().explicit_captures_len() > 0
            || hir.properties().look_set().contains_word_unicode())
        .then(|| {
            onepass::Builder::new()
                .configure(
                    onepass::Config::new()
                        .match_kind(MatchKind::LeftmostFirst)
                        .starts_for_each_pattern(true)
                        .size_limit(Some(1 << 20)),
                )
                .build_from_nfa(nfa.clone())
                .ok()
        })
        .flatten();
        let backtrack = backtrack::BoundedBacktracker::new_from_nfa(nfa.clone())?;
        let pikevm = pikevm::PikeVM::new_from_nfa(nfa.clone())?;
        let engines = std::sync::Arc::new(Engines {
            nfa,
            dfa,
            onepass,
            backtrack,
            pikevm,
        });
        let for_caches = std::sync::Arc::clone(&engines);
        let make: MakeCaches = Box::new(move || Caches {
            dfa: for_caches.dfa.create_cache(),
            onepass: for_caches.onepass.as_ref().map(onepass::DFA::create_cache),
            backtrack: for_caches.backtrack.create_cache(),
            pikevm: None,
        });
        Ok(AnchoredRegex {
            engines,
            caches: Pool::new(make),
        })
    }

    /// Captures with room for every group of the pattern.
    pub(crate) fn create_captures(&self) -> Captures {
        Captures::all(self.engines.nfa.group_info().clone())
    }

    /// The match beginning at the start of `input`'s span.
    pub(crate) fn search(&self, input: &Input<'_>) -> Option<Match> {
        let input = input.clone().anchored(Anchored::Yes);
        let mut caches = self.caches.get();
        match self.engines.dfa.try_search_fwd(&mut caches.dfa, &input) {
            Ok(end) => end.map(|end| Match::new(end.pattern(), input.start()..end.offset())),
            // The lazy DFA gave up (its cache cleared too often) or met a
            // byte it cannot decide (a Unicode word boundary): the NFA's
            // engines decide.
            Err(_) => {
                let mut groups = self.create_captures();
                self.groups_nofail(&mut caches, &input, &mut groups);
                groups.get_match()
            }
        }
    }

    /// The groups of the match beginning at the start of `input`'s span,
    /// in `groups` (no match: `groups` holds none).
    pub(crate) fn search_captures(&self, input: &Input<'_>, groups: &mut Captures) {
        let input = input.clone().anchored(Anchored::Yes);
        let mut caches = self.caches.get();
        if self.engines.onepass.is_none() {
            match self.engines.dfa.try_search_fwd(&mut caches.dfa, &input) {
                Ok(None) => {
                    groups.set_pattern(None);
                    return;
                }
                Ok(Some(end)) => {
                    let span = input.clone().span(input.start()..end.offset());
                    self.groups_nofail(&mut caches, &span, groups);
                    return;
                }
                Err(_) => {}
            }
        }
        self.groups_nofail(&mut caches, &input, groups);
    }

    /// The groups by the NFA's engines: the one-pass DFA when the pattern
    /// has one, the bounded backtracker when the span fits it, else the
    /// PikeVM.
    fn groups_nofail(&self, caches: &mut Caches, input: &Input<'_>, groups: &mut Captures) {
        let engines = &self.engines;
        if let (Some(onepass), Some(cache)) = (&engines.onepass, &mut caches.onepass) {
            onepass.captures(cache, input.clone(), groups);
        } else if input.get_span().len() <= engines.backtrack.max_haystack_len() {
            engines
                .backtrack
                .try_captures(&mut caches.backtrack, input.clone(), groups)
                .expect("the span fits the backtracker");
        } else {
            let cache = caches.pikevm.get_or_insert_with(|| engines.pikevm.create_cache());
            engines.pikevm.captures(cache, input.clone(), groups);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// At every character of a resolution (S/RES/2100 (2013), 34 KB:
    /// five `Decides`, 47 `(year)` numbers), the match and the groups are
    /// those a `meta::Regex` finds anchored there: for a pattern with a
    /// long counted gap and groups (no one-pass DFA), one with groups and a
    /// one-pass DFA, and one without groups.
    #[test]
    fn anchored_searches_find_what_the_meta_regex_finds() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/corpus/sc-resolutions/S-RES-2100(2013).txt"
        );
        let text = crate::corpus::read_file(std::path::Path::new(path), crate::corpus::DEFAULT_MAX_FILE_SIZE)
            .expect("the bundled corpus is readable")
            .text;
        let patterns = [
            r"(?-u:\b)(?:[Dd]ecides|DECIDES)(?P<gap>(?-u:[^.;:]){0,220}?)(?-u:\b)[Tt]o\s+(?P<verb>[a-z]+)",
            r"(?P<n>[0-9]{1,4})\s*\((?P<y>[0-9]{4})\)",
            r"Requests\s+the\s+Secretary-General(?-u:[^;]){0,300}?report",
        ];
        let mut matched = 0;
        for pattern in patterns {
            let hir = regex_syntax::ParserBuilder::new()
                .utf8(false)
                .build()
                .parse(pattern)
                .expect("valid pattern");
            let meta = regex_automata::meta::Regex::builder()
                .build_from_hir(&hir)
                .expect("compiles");
            let ours = AnchoredRegex::new(&hir, 1 << 20).expect("compiles");
            let (mut theirs_groups, mut our_groups) = (meta.create_captures(), ours.create_captures());
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let input = Input::new(&text).span(start..text.len()).anchored(Anchored::Yes);
                let found = ours.search(&input);
                assert_eq!(found, meta.search(&input), "{pattern} at {start}");
                meta.search_captures(&input, &mut theirs_groups);
                ours.search_captures(&input, &mut our_groups);
                let spans = |groups: &Captures| groups.iter().collect::<Vec<_>>();
                assert_eq!(spans(&our_groups), spans(&theirs_groups), "{pattern} at {start}");
                matched += usize::from(found.is_some());
            }
        }
        // Each pattern matches somewhere: 5 + 47 and more.
        assert!(matched > 50, "{matched} matches");
    }
}
