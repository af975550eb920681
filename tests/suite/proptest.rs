//! Property tests: symbols survive parse → display → parse; extraction does
//! not depend on line endings or on where a reference is wrapped, on real
//! paragraphs of data/ and of the sc-resolutions corpus.

use crate::common;

use std::collections::BTreeSet;
use std::sync::LazyLock;

use proptest::prelude::*;
use regex::Regex;
use unxref::{EdgeKind, Extractor, Symbol};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data");

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

// ---------------------------------------------------------------- symbols

/// Spaces where running headers and PDF extraction put them.
fn gap() -> impl Strategy<Value = &'static str> {
    prop_oneof![4 => Just(""), 1 => Just(" "), 1 => Just("  ")]
}

fn year() -> impl Strategy<Value = u32> {
    1946u32..2100
}

/// The written forms of every symbol family, with stray spaces.
fn written_symbol() -> impl Strategy<Value = String> {
    let suffix = prop::collection::vec(
        (
            prop::sample::select(vec!["Add.", "Corr.", "Rev.", "Amend.", "add.", "CORR."]),
            1u32..40,
        ),
        0..3,
    )
    .prop_map(|parts| parts.iter().map(|(w, n)| format!("/{w}{n}")).collect::<String>());
    prop_oneof![
        (1u32..99_999, year(), gap(), gap()).prop_map(|(n, y, a, b)| format!("S{a}/RES/{n}{b}({y})")),
        (year(), 1u32..999, gap()).prop_map(|(y, n, a)| format!("S/PRST/{y}{a}/{n}")),
        (1u32..99_999, gap()).prop_map(|(n, a)| format!("S/PV.{a}{n}")),
        (1u32..999, 1u32..9_999, any::<bool>()).prop_map(|(s, n, es)| {
            let es = if es { "ES-" } else { "" };
            format!("A/{es}{s}/PV.{n}")
        }),
        (
            1u32..999,
            1u32..9_999,
            prop::option::of(prop::char::range('A', 'F')),
            gap()
        )
            .prop_map(|(s, n, part, a)| format!(
                "A/RES/{s}/{n}{a}{}",
                part.map(String::from).unwrap_or_default()
            )),
        (
            1u32..9_999,
            prop::option::of(prop::char::range('A', 'C')),
            prop::sample::select(vec!["I", "V", "XIV", "ii"])
        )
            .prop_map(|(n, part, session)| {
                let part = part.map(|p| format!(" {p}")).unwrap_or_default();
                format!("A/RES/{n}{part} ({session})")
            }),
        (1u32..20, 1u32..99).prop_map(|(s, n)| format!("A/RES/ES-{s}/{n}")),
        (year(), 1u32..9_999, gap()).prop_map(|(y, p, a)| format!("YUN {y},{a} p. {p}")),
        (year(), 1u32..9_999, suffix.clone()).prop_map(|(y, n, s)| format!("S/{y}/{n}{s}")),
        (1u32..99_999, suffix.clone()).prop_map(|(n, s)| format!("S/{n}{s}")),
        (1u32..99, 1u32..9_999, any::<bool>(), suffix).prop_map(|(s, n, l, x)| {
            let l = if l { "L." } else { "" };
            format!("A/{s}/{l}{n}{x}")
        }),
    ]
}

/// Flip the case of some letters (symbols are read case-insensitively).
fn recase(s: &str, flips: &[bool]) -> String {
    s.chars()
        .zip(flips.iter().cycle())
        .map(|(c, &f)| if f { c.to_ascii_lowercase() } else { c })
        .collect()
}

fn assert_round_trip(input: &str, symbol: &Symbol) -> Result<(), TestCaseError> {
    let shown = symbol.to_string();
    let again: Symbol = shown.parse().map_err(|e| {
        TestCaseError::fail(format!(
            "{input:?} parsed to {shown:?}, which does not parse: {e}"
        ))
    })?;
    prop_assert_eq!(
        &again,
        symbol,
        "{:?} → {:?} → {:?}",
        input,
        shown,
        again.to_string()
    );
    prop_assert_eq!(again.to_string(), shown);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Every written form of a symbol parses, and its canonical form parses
    /// back to the same symbol.
    #[test]
    fn written_symbols_round_trip(form in written_symbol(), flips in prop::collection::vec(any::<bool>(), 1..8)) {
        let input = recase(&form, &flips);
        let symbol: Symbol = input
            .parse()
            .map_err(|e| TestCaseError::fail(format!("{input:?} does not parse: {e}")))?;
        assert_round_trip(&input, &symbol)?;
    }

    /// Whatever string parses at all displays as a string that parses back
    /// to the same symbol.
    #[test]
    fn any_parsed_string_round_trips(input in "[SAYUNRESPVTLCOrdAm/. ()0-9,-]{1,24}") {
        if let Ok(symbol) = input.parse::<Symbol>() {
            assert_round_trip(&input, &symbol)?;
        }
    }

    /// Years and numbers with leading zeros (`S/RES/1 (0999)`) either are
    /// refused or round-trip; they must not display as a form that no longer
    /// parses.
    #[test]
    fn zero_padded_numbers_round_trip(
        input in "(S/RES/0{0,2}[0-9]{1,3} \\(0?[0-9]{3,4}\\)|S/PRST/0?[0-9]{3,4}/0?[0-9]{1,2}|YUN 0?[0-9]{3,4}, p\\. 0?[0-9]{1,3}|S/PV\\.0{0,2}[0-9]{1,3}|A/0?[0-9]{1,2}/PV\\.0?[0-9]{1,3})"
    ) {
        if let Ok(symbol) = input.parse::<Symbol>() {
            assert_round_trip(&input, &symbol)?;
        }
    }

    /// Arbitrary text never makes the parser panic.
    #[test]
    fn arbitrary_text_never_panics(input in "\\PC{0,40}") {
        let _ = input.parse::<Symbol>();
    }
}

// ------------------------------------------------------------- extraction

/// The texts paragraphs are drawn from: data/ and, when present, every
/// 40th file of the sc-resolutions corpus.
static TEXTS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut paths: Vec<_> = std::fs::read_dir(DATA)
        .expect("data/ is there")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    if let Some(Ok(entries)) = common::sc_corpus().map(std::fs::read_dir) {
        let mut corpus: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        corpus.sort();
        paths.extend(corpus.into_iter().step_by(40));
    } else {
        println!("skipped: ../shared/corpus not found (using data/ only)");
    }
    paths.sort();
    paths
        .iter()
        .map(|p| {
            unxref::corpus::read_file(p, u64::MAX)
                .expect("real files decode")
                .text
        })
        .collect()
});

/// Paragraphs (blank-line separated blocks) of real text that cite a
/// resolution in running prose: `… resolution 1526 (2004) …`, with the
/// reference not at the start of the paragraph, so headings stay headings.
static CITING_PARAGRAPHS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut out = BTreeSet::new();
    for text in TEXTS.iter() {
        for para in text.split("\n\n") {
            let para = para.trim();
            if para.len() > 60
                && para.len() < 3000
                && !para.contains('\n')
                && REFERENCE.find(para).is_some_and(|m| m.start() > 0)
            {
                out.insert(para.to_string());
            }
        }
    }
    assert!(out.len() >= 20, "only {} citing paragraphs found", out.len());
    out.into_iter().collect()
});

/// A resolution reference in prose.
static REFERENCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bresolutions? \d{1,4} \(\d{4}\)").expect("valid pattern"));

/// The ids a text cites, extracted as a file of its own.
fn cited(text: &str) -> BTreeSet<String> {
    EXTRACTOR
        .extract_str("paragraph.txt", text)
        .links
        .into_iter()
        .filter(|l| l.kind == EdgeKind::Cites)
        .map(|l| l.target.id)
        .collect()
}

/// Up to 30 consecutive lines of one real text.
fn window() -> impl Strategy<Value = Vec<String>> {
    (0..TEXTS.len(), any::<prop::sample::Index>(), 5usize..30).prop_map(|(file, start, len)| {
        let lines: Vec<&str> = TEXTS[file].split('\n').collect();
        let start = start.index(lines.len());
        lines[start..(start + len).min(lines.len())]
            .iter()
            .map(|l| l.to_string())
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Any mix of `\n`, `\r\n` and `\r\r\n` line endings gives the same
    /// extraction as `\n` alone: documents, links, evidence lines, quotes;
    /// and so does `\r` alone (an old Mac file). Lines are counted as
    /// `grep -n` counts them: where a file has `\n`, only `\n` ends a line.
    #[test]
    fn extraction_ignores_line_endings(
        lines in window(),
        endings in prop::collection::vec(prop::sample::select(vec!["\n", "\r\n", "\r\r\n", "\r"]), 1..8),
    ) {
        let lf = lines.join("\n");
        let cr_only = endings.iter().all(|e| *e == "\r");
        let mut mixed = String::new();
        for (i, line) in lines.iter().enumerate() {
            mixed.push_str(line);
            if i + 1 < lines.len() {
                // A lone `\r` ends a line only in a file without `\n`.
                let ending = match endings[i % endings.len()] {
                    "\r" if !cr_only => "\r\n",
                    e => e,
                };
                mixed.push_str(ending);
            }
        }
        let a = EXTRACTOR.extract_str("window.txt", &lf);
        let b = EXTRACTOR.extract_str("window.txt", &mixed);
        prop_assert_eq!(a, b, "line endings changed the extraction of {:?}", lf);
    }

    /// A reference wrapped across lines (`resolution\n1526 (2004)`,
    /// `resolution 1526\n\n(2004)`) is still read, and nothing else changes.
    #[test]
    fn wrapped_reference_is_still_read(
        para in any::<prop::sample::Index>(),
        which in any::<prop::sample::Index>(),
        space in any::<prop::sample::Index>(),
        wrap in prop::sample::select(vec!["\n", "\n\n", "\r\n", "\n\n\n"]),
    ) {
        let text = &CITING_PARAGRAPHS[para.index(CITING_PARAGRAPHS.len())];
        let refs: Vec<_> = REFERENCE.find_iter(text).collect();
        let m = refs[which.index(refs.len())];
        let spaces: Vec<usize> = m.as_str().match_indices(' ').map(|(i, _)| m.start() + i).collect();
        let at = spaces[space.index(spaces.len())];
        let wrapped = format!("{}{wrap}{}", &text[..at], &text[at + 1..]);
        let want = cited(text);
        prop_assert!(!want.is_empty(), "nothing cited in {:?}", text);
        prop_assert_eq!(cited(&wrapped), want, "wrapping changed what {:?} cites", wrapped);
    }
}

// ------------------------------------------------------------------ queries

/// The graph of data/, built once.
static DATA_GRAPH: LazyLock<&'static unxref::CitationGraph> = LazyLock::new(|| &unxref::fuzzing::DATA_GRAPH);

/// A node to start from, written the ways a user writes one.
fn start() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "2531",
        "1325",
        "2518",
        "2553",
        "S/PRST/2018/10",
        "S/2020/600",
        "\"S/RES/2531 (2020)\"",
        "MINUSMA",
        "all resolutions",
        "all documents",
    ])
    .prop_map(str::to_string)
}

/// A condition of `where`, nested with `and`, `or`, `not` and parentheses.
fn condition() -> impl Strategy<Value = String> {
    let leaf = prop::sample::select(vec![
        "kind = resolution",
        "kind = \"presidential_statement\"",
        "year >= 2015",
        "year < 2000",
        "year in 2010..2018",
        "held",
        "stub",
        "label ~ \"mali\"",
        "relation ~ \"recall\"",
        "mentions MINUSMA",
    ])
    .prop_map(str::to_string);
    leaf.prop_recursive(3, 8, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} and {b}")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} or {b})")),
            inner.prop_map(|a| format!("not ({a})")),
        ]
    })
}

/// A start, steps, a filter.
fn simple_query() -> impl Strategy<Value = String> {
    let step = prop::sample::select(vec![
        "-> cites",
        "<- cites",
        "-> cites*1..2",
        "-> cites*",
        "<-> any",
        "-> mentions",
        "-> adopted_as",
        "<- adopted_as",
    ]);
    (
        start(),
        prop::collection::vec(step, 0..3),
        prop::option::of(condition()),
    )
        .prop_map(|(s, steps, cond)| {
            let mut q = s;
            for st in steps {
                q = format!("{q} {st}");
            }
            if let Some(c) = cond {
                q = format!("{q} where {c}");
            }
            q
        })
}

/// A formal expression: a simple one, maybe combined with another, staged.
fn formal_query() -> impl Strategy<Value = String> {
    let stage = prop::sample::select(vec![
        "| count",
        "| top 5 by citations",
        "| sort by year desc",
        "| limit 3",
        "| group by kind",
    ]);
    (
        simple_query(),
        prop::option::of((
            prop::sample::select(vec!["union", "intersect", "except"]),
            simple_query(),
        )),
        prop::collection::vec(stage, 0..2),
    )
        .prop_map(|(a, other, stages)| {
            let mut q = match other {
                Some((op, b)) => format!("({a}) {op} ({b})"),
                None => a,
            };
            for st in stages {
                q = format!("{q} {st}");
            }
            q
        })
}

/// A plain-English question.
fn natural_query() -> impl Strategy<Value = String> {
    let id = prop::sample::select(vec!["2531", "1325", "2518", "2553", "S/PRST/2018/10"]);
    (
        prop::sample::select(vec![
            "what does {} cite",
            "what cites {}",
            "what does {} cite within 3 steps",
            "which resolutions cite {} since 2015",
            "path from {} to 1325",
            "who voted against {}",
            "how did the United Kingdom vote on {}",
            "show {}",
            "what cites {} the most",
        ]),
        id,
    )
        .prop_map(|(form, id)| form.replace("{}", id))
}

fn formal_form(q: &str) -> Result<String, TestCaseError> {
    unxref::query::parse(q)
        .map(|p| p.to_string())
        .map_err(|e| TestCaseError::fail(format!("{q:?} does not parse: {e}")))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// A query's formal form (what `explain` prints) parses back to the same
    /// formal form, and asks the same thing: the same rows on data/.
    #[test]
    fn query_pretty_print_round_trips(q in prop_oneof![3 => formal_query(), 1 => natural_query()]) {
        let formal = formal_form(&q)?;
        prop_assert_eq!(formal_form(&formal)?, formal.clone(), "{:?}", q);
        let graph = *DATA_GRAPH;
        match (graph.query(&q), graph.query(&formal)) {
            (Ok(a), Ok(b)) => prop_assert_eq!(a.rows(), b.rows(), "{:?} and its formal form {:?}", q, formal),
            (Err(a), Err(b)) => prop_assert_eq!(a.to_string().replace(&q, ""), b.to_string().replace(&formal, "")),
            (a, b) => prop_assert!(false, "{:?} gives {:?} but its formal form {:?} gives {:?}", q, a.map(|t| t.len()), formal, b.map(|t| t.len())),
        }
    }
}
