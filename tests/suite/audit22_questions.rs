//! Questions of audit 22: the "which year had the most …" family with a
//! vote before the kind, by decade and by month, bounds at a year's edge,
//! parts of a year said without dates, `SC`, and a mandate's possessive
//! before `still`; asked of the graph of the sc-resolutions corpus and
//! checked against its files.
//!
//! Of 71 questions typed as researchers and the desk type them (votes,
//! mandates, `since`, `between March 2003 and 2005`, `res`, `SCRs`,
//! `PRSTs`, `SG reports`, `last year`, possessives, counts, rankings),
//! 58 read right (checked against the files: the 186 resolutions of
//! March 2003 to 2005, 1968's 11 unanimous ones, 1972's 14 split ones, the
//! months of 2014), and these read wrong or not at all:
//! - `which years had the most unanimous resolutions` was a syntax error:
//!   a vote before the kind was read by two phrases of their own, not by
//!   the kind. `unanimous`, `unanimously adopted`, `non-unanimous`,
//!   `split` before a kind of resolution or draft are now the kind's
//!   condition in every phrase; the years rank by the counts known, and
//!   `sort by count` of groups now says (as `top` did) that groups with
//!   undecided members (1,999 resolutions without a vote record) may rank
//!   higher.
//! - `in which years were most resolutions adopted` (no `the`), `which
//!   decade had the most resolutions`, `which month …`, `how many
//!   resolutions per decade`, `… per month in 2014`: syntax errors. Read,
//!   with `group by decade` and `group by month` (a month of a year); a
//!   group without the field (`(none)`: 21 resolutions known by their year
//!   alone) ranked first by month, and now ranks last with a note; a count
//!   of all resolutions by a field now carries the note on the years the
//!   corpus does not hold (the 2010s' 367 lack 2016–2019).
//! - `before the end of 2004`, `by the end of 2004`, `since the beginning
//!   of 2003`: syntax errors; now bounds on the year. `in late 2004`, `at
//!   the end of 2004`, `since the end of 2004` were read as part of a name
//!   or a syntax error; now refused with a message that asks for the year
//!   or the months (which weeks they take in would be a guess).
//! - `how many resolutions did the SC adopt in 2014`: `SC` is now the
//!   Security Council, as `UNSC` was.
//! - `is UNAMA's mandate still running`, `is the mandate of UNAMA still in
//!   force`: `no node of that name`; now its latest recorded decision, as
//!   `is UNAMA still active`.
//!
//! - `which PRSTs mention Mali`, `which resolutions of 2017 cite 1325`:
//!   "No results" and a count of 0, where no text of the kind or years
//!   asked is held (the corpus holds no presidential statement and no
//!   resolution of 2017): what they cite or name is unknown. An empty walk
//!   back along what texts say, whose condition no text held could meet,
//!   now leaves those documents undecided, with the note (the count reads
//!   `unknown`). The empty answer's phrase note ("nothing in the graph
//!   mentions …") still stands above it: left.
//!
//! Left: `which year had the fewest resolutions on Somalia` (a year with
//! none is no group, so the fewest would be a guess), `what year had the
//! most resolutions citing 1325`, `which reports does 2100 ask for` (the
//! graph records citations of documents that exist, not reports asked for).

use crate::common::{answer_ids as ids, count_cell, error_of, formal, notes, read_dir_texts};

/// The texts of the sc-resolutions corpus whose file name is of a year in
/// `years` (each text with its whitespace folded).
fn texts_of(years: std::ops::RangeInclusive<u16>) -> Vec<(String, String)> {
    let Some(dir) = crate::common::sc_corpus() else {
        return Vec::new();
    };
    read_dir_texts(&dir)
        .filter(|(name, _)| years.clone().any(|y| name.ends_with(&format!("({y}).txt"))))
        .collect()
}

/// The cell of a group row in an answer's CSV (`1968` → `at least 11`).
fn group_cell(g: &unxref::CitationGraph, q: &str, key: &str) -> String {
    let csv = g.query(q).unwrap_or_else(|e| panic!("{q}: {e}")).to_csv();
    csv.lines()
        .find_map(|l| l.strip_prefix(&format!("{key},")).map(str::to_string))
        .unwrap_or_else(|| panic!("{q}: no row {key} in {csv}"))
}

#[test]
fn which_years_had_the_most_unanimous_resolutions_ranks_what_is_known() {
    let g = graph_or_skip!();
    let q = "which years had the most unanimous resolutions";
    assert_eq!(
        formal(g, q),
        "all resolutions where unanimous | group by year | sort by count desc | limit 5"
    );
    // 1968: 11 of its 18 texts say "Adopted unanimously".
    let unanimous = texts_of(1968..=1968)
        .iter()
        .filter(|(_, t)| t.to_lowercase().contains("adopted unanimously"))
        .count();
    assert!(unanimous > 0);
    let csv = g.query(q).unwrap().to_csv();
    let first = csv.lines().nth(1).unwrap_or_default();
    assert!(first.starts_with("1968,"), "{csv}");
    assert!(first.ends_with(&format!(" {unanimous}")), "{csv}");
    // Years without a vote record do not rank as having none.
    assert_eq!(
        group_cell(g, "how many unanimous resolutions per year", "1999"),
        "unknown"
    );
    assert!(
        notes(g, q).iter().any(|n| n.contains("may rank higher")),
        "{:?}",
        notes(g, q)
    );
    // The same vote before the kind in other phrases.
    assert_eq!(
        formal(g, "which years had the most non-unanimous resolutions"),
        "all resolutions where not unanimous | group by year | sort by count desc | limit 5"
    );
    // Each text found says so (by its number: `S-RES-231(1965).txt` holds
    // 231 (1966), a defect the corpus's README lists).
    let texts = texts_of(1946..=2015);
    let cyprus = ids(g, "unanimous resolutions on Cyprus");
    assert!(!cyprus.is_empty());
    for id in cyprus {
        let number = id
            .trim_start_matches("S/RES/")
            .split(' ')
            .next()
            .unwrap_or_default();
        let text = texts
            .iter()
            .find(|(name, _)| name.starts_with(&format!("S-RES-{number}(")))
            .map(|(_, t)| t.to_lowercase())
            .unwrap_or_else(|| panic!("{id}"));
        assert!(text.contains("unanimously"), "{id}");
        assert!(text.contains("cyprus"), "{id}");
    }
    // A vote is no condition on a kind that is not voted on.
    assert!(g.query("unanimous states").is_err());
}

#[test]
fn the_year_family_reads_without_the_and_by_decade_and_month() {
    let g = graph_or_skip!();
    let busiest = count_cell(g, "how many resolutions were adopted in 1993");
    assert_eq!(busiest, texts_of(1993..=1993).len().to_string());
    for q in [
        "in which years were most resolutions adopted",
        "which year had most resolutions",
    ] {
        let csv = g.query(q).unwrap_or_else(|e| panic!("{q}: {e}")).to_csv();
        assert_eq!(
            csv.lines().nth(1),
            Some(format!("1993,{busiest}").as_str()),
            "{q}: {csv}"
        );
    }
    // Decades: each the sum of its years' files.
    assert_eq!(
        group_cell(g, "how many resolutions per decade", "1990s"),
        texts_of(1990..=1999).len().to_string()
    );
    let q = "which decade had the most resolutions";
    assert!(
        notes(g, q)
            .iter()
            .any(|n| n.contains("no count of all the Council adopted")),
        "{:?}",
        notes(g, q)
    );
    // Months of 2014, by each text's adoption line (its first date after
    // `meeting, on`; later dates are of texts it cites).
    let adopted = regex::Regex::new(r"meeting,? on \d{1,2} ([A-Z][a-z]+) 2014").unwrap();
    let march = texts_of(2014..=2014)
        .iter()
        .filter(|(_, t)| adopted.captures(t).is_some_and(|c| &c[1] == "March"))
        .count();
    assert!(march > 0);
    assert_eq!(
        group_cell(
            g,
            "how many resolutions were adopted per month in 2014",
            "2014-03"
        ),
        march.to_string()
    );
    // Resolutions known by their year alone are no month: last.
    let q = "which month had the most resolutions";
    let csv = g.query(q).unwrap().to_csv();
    assert!(
        !csv.lines().nth(1).unwrap_or_default().starts_with("(none)"),
        "{csv}"
    );
    assert!(
        notes(g, q)
            .iter()
            .any(|n| n.contains("with no month recorded are ranked last")),
        "{:?}",
        notes(g, q)
    );
}

#[test]
fn a_bound_at_a_years_edge_is_a_bound_on_the_year() {
    let g = graph_or_skip!();
    for (q, same) in [
        (
            "which resolutions on Liberia were adopted before the end of 2004",
            "resolutions on Liberia until 2004",
        ),
        (
            "which resolutions on Liberia were adopted by the end of 2004",
            "resolutions on Liberia until 2004",
        ),
        (
            "resolutions on Iraq since the beginning of 2003",
            "resolutions on Iraq since 2003",
        ),
        (
            "resolutions on Iraq before the start of 2003",
            "resolutions on Iraq before 2003",
        ),
        (
            "resolutions on Iraq after the end of 2003",
            "resolutions on Iraq after 2003",
        ),
    ] {
        let a = ids(g, q);
        assert!(!a.is_empty(), "{q}");
        assert_eq!(a, ids(g, same), "{q}");
    }
    // A part of a year without its dates is refused, never guessed.
    for q in [
        "resolutions on Liberia in late 2004",
        "resolutions adopted at the end of 2004",
        "resolutions on Liberia since the end of 2004",
        "resolutions on Iraq in early 2003",
    ] {
        let e = error_of(g, q);
        assert!(e.contains("names no dates"), "{q}: {e}");
    }
}

#[test]
fn sc_and_a_mandates_possessive_read() {
    let g = graph_or_skip!();
    assert_eq!(
        count_cell(g, "how many resolutions did the SC adopt in 2014"),
        texts_of(2014..=2014).len().to_string()
    );
    let active = ids(g, "is UNAMA still active");
    assert!(!active.is_empty());
    for q in [
        "is UNAMA's mandate still running",
        "is the mandate of UNAMA still in force",
    ] {
        assert_eq!(ids(g, q), active, "{q}");
    }
}

#[test]
fn a_walk_back_to_a_kind_no_text_is_held_of_is_unknown_not_none() {
    let g = graph_or_skip!();
    // The corpus holds no presidential statement: each is known from the
    // resolutions that cite it.
    assert!(ids(g, "all presidential_statements where held").is_empty());
    let prsts = ids(g, "all presidential_statements").len();
    assert!(prsts > 0);
    assert_eq!(count_cell(g, "how many PRSTs mention Mali"), "unknown");
    let q = "which PRSTs cite 1325";
    assert!(ids(g, q).is_empty());
    assert!(
        notes(g, q)
            .iter()
            .any(|n| n.starts_with(&format!("{prsts} left out for lack of a record"))),
        "{:?}",
        notes(g, q)
    );
    // Years held keep their figure.
    let cell = count_cell(g, "how many resolutions cite 1325 in 2014");
    assert!(cell.parse::<u64>().is_ok_and(|n| n > 0), "{cell}");
}

/// A mandate a later resolution extended for a period the text does not
/// date did not expire on the earlier end date: 2083 (2012) ran the
/// Ombudsperson's mandate to 17 June 2015, and 2161 (2014) extended it "for
/// a period of thirty months from the date of expiration of its current
/// mandate in June 2015". `which mandates expired in 2015` listed it; it is
/// now left out with a note, and the count reads `at least`.
#[test]
fn a_later_undated_extension_leaves_an_expiry_unknown() {
    let g = graph_or_skip!();
    let text = std::fs::read_to_string(crate::common::sc_corpus().unwrap().join("S-RES-2161(2014).txt"))
        .expect("2161 (2014) is in the corpus");
    assert!(
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .contains("thirty months from the date of expiration"),
        "the undated extension is in the text"
    );
    let extended = ids(g, "what extended the Office of the Ombudsperson");
    assert!(
        extended.contains(&"S/RES/2161 (2014)".to_string()),
        "{extended:?}"
    );
    let expired = ids(g, "which mandates expired in 2015");
    assert!(
        !expired.contains(&"actor:Office of the Ombudsperson".to_string()),
        "{expired:?}"
    );
    // The bodies that did run out then are still there.
    assert!(expired.contains(&"actor:EUFOR RCA".to_string()), "{expired:?}");
    let said = notes(g, "which mandates expired in 2015");
    assert!(
        said.iter()
            .any(|n| n.contains("1 body") && n.contains("does not date")),
        "{said:?}"
    );
    assert!(count_cell(g, "how many mandates expired in 2015").starts_with("at least"));
}

/// An empty answer that records cannot decide says so in its first line:
/// no presidential statement's text is held, so which of them mention Mali
/// is unknown ("No known results"), while no resolution of 1990 can cite
/// 1325 (2000), a plain "No results".
#[test]
fn an_undecided_empty_answer_is_no_known_result() {
    let g = graph_or_skip!();
    let unknown = g.query("which PRSTs mention Mali").unwrap().to_text();
    assert!(unknown.starts_with("No known results: "), "{unknown}");
    assert!(unknown.contains("unknown, not none"), "{unknown}");
    let none = g.query("which resolutions cite 1325 in 1990").unwrap().to_text();
    assert!(none.starts_with("No results: "), "{none}");
}

/// A name of 200,000 letters is refused for its length. Before, every
/// node's names and every phrase word were compared with it letter by
/// letter for spelling suggestions first (a name of 120,000 letters took
/// 43 s, one of a megabyte minutes): the suggestions now skip names whose
/// length alone puts them out of reach.
#[test]
fn a_huge_name_is_refused_for_its_length() {
    let g = graph_or_skip!();
    for q in [
        format!("what cites {}", "x".repeat(200_000)),
        format!("what mentions {} in 2004", "Ab".repeat(100_000)),
    ] {
        let e = error_of(g, &q);
        assert!(
            e.contains("a name of 200000 characters"),
            "{}",
            &e[..e.len().min(300)]
        );
    }
}
