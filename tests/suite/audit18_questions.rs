//! Questions of audit 18: 114 questions not in the tests before, typed as a
//! researcher, a diplomat's staff member or a journalist would (citations,
//! mandates, votes, actors, documents, counts, typos, REPL follow-ups),
//! asked of the graph of the sc-resolutions corpus, the SG reports and the
//! bundled data, each answer checked against the texts with grep.
//!
//! Of the 114, 101 were right (with honest notes where the record is short:
//! `which letters does 1244 cite` says the 3 documents of no recorded kind
//! may be letters), 11 were refused though answerable or with a misleading
//! error, and 2 were answered wrongly or incompletely without saying so:
//! - `which country abstained most in the 1990s`, `who voted against the
//!   most in the 1960s`: a syntax error; no metric narrowed votes by period.
//!   Now the time narrows the votes counted (`top 10 by abstained_1960_1969`),
//!   and over years with no vote recorded the ranking is empty and says so.
//! - `how many abstentions did France cast in the 1990s` answered 0 with a
//!   note over all 2,261 resolutions; no resolution of the 1990s held
//!   carries a vote record, and the note now says that, not "at least 0".
//! - `what mentions Bosnia`, `resolutions on Bosnia in 1995`: ambiguous
//!   among eight bodies "(Bosnia and Herzegovina)"; `which resolutions
//!   mention Macedonia`: "no node". Both are now question names of the
//!   states (`asked_as` in `data/actors.toml`).
//! - `what mentions the Secretary-General`: "did you mean Mission of the
//!   Secretary-General (Zimbabwe)?"; now it says the office is no node and
//!   how to ask for its reports and envoys.
//! - `what mentions article 99`: "Chapter XV: … did you mean Chapter V";
//!   Article 99 is in Chapter XV, which no text is recorded as naming (the
//!   extractor records no "Article 99 of the Charter", S-RES-1366(2001).txt
//!   and 3 others): the error now says so and lists the chapters recorded.
//! - `which missions were terminated in 1999`: UNOMSIL alone, with no word
//!   that MONUA, whose mandate ran out that year ("Takes note that the
//!   mandate of MONUA expires on 26 February 1999", S-RES-1229(1999).txt),
//!   is not in such a list; a list of ends now says what it counts.
//!
//! Left refused: `who vetoed the most` (the corpus holds no vetoed draft),
//! `reso 242` alone, `which resolutions cite 1325 grouped by year`, and
//! topics that are no node (`apartheid`, `the occupied territories`, `the
//! genocide convention`), whose errors say how to search the texts; and
//! REPL follow-ups (`how many`, `only since 2010`, `which of them mention
//! Afghanistan` after `what cites 1325`), which the REPL does not take.

use crate::common::{answer_ids as ids, count, error_of, formal, notes, sc_corpus_graph};

/// The (state, score) rows of a ranking, in order.
fn ranked(g: &unxref::CitationGraph, q: &str) -> Vec<(String, u64)> {
    let csv = g.query(q).unwrap_or_else(|e| panic!("{q}: {e}")).to_csv();
    csv.lines()
        .skip(1)
        .filter_map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            Some((cells.first()?.to_string(), cells.last()?.trim().parse().ok()?))
        })
        .collect()
}

/// The abstentions of the 1960s, counted by hand from the texts of
/// 1960–1969 that record one, all in the form "Adopted at the 856th meeting
/// by 9 votes to none, with 2 abstentions (France, United Kingdom of Great
/// Britain and Northern Ireland)" (S-RES-134(1960).txt): France 21, the
/// United Kingdom 13, the USSR 12, the United States 12, then Colombia,
/// Poland and Spain 3. (S-RES-266(1969).txt holds the text of 265 under
/// 266's heading, "by 11 votes to none, with 4 abstentions (Colombia,
/// Paraguay, United Kingdom …, United States …)": one vote, read once.)
/// Every tally of the 1960s is "by N votes to none": no vote against.
#[test]
fn a_vote_ranking_is_narrowed_to_the_years_asked() {
    let Some(g) = sc_corpus_graph() else { return };
    let q = "which country abstained most in the 1960s";
    assert!(
        formal(g, q).contains("top 10 by abstained_1960_1969"),
        "{}",
        formal(g, q)
    );
    let rows = ranked(g, q);
    assert_eq!(
        rows[..4],
        [
            ("state:France".to_string(), 21),
            ("state:United Kingdom".to_string(), 13),
            ("state:USSR".to_string(), 12),
            ("state:United States".to_string(), 12),
        ]
    );
    assert_eq!(rows[4], ("state:Colombia".to_string(), 3));
    // Over all years the USSR leads: the years changed the answer.
    assert_eq!(ids(g, "which country abstained most")[0], "state:USSR");
    let said = notes(g, q);
    assert!(
        said.iter()
            .any(|n| n.contains("recorded on the resolutions of 1960–1969")),
        "{said:?}"
    );
    // The same count as the question for one state.
    assert_eq!(count(g, "how many times did France abstain in the 1960s"), 21);
    // No vote against is recorded in the 1960s: an empty ranking, not ten
    // states with 0.
    assert!(ids(g, "who voted against the most in the 1960s").is_empty());
    // `since`: the votes of 1970 on.
    assert!(
        formal(g, "which countries voted in favour most often since 1970")
            .contains("by voted_in_favour_since_1970")
    );
}

/// No resolution of the 1990s held records a vote: of the 638 texts of
/// 1990–1999 none says "abstention" or "votes to", and the two that say
/// "unanimously" say it of other bodies (S-RES-819(1993).txt: the
/// International Court of Justice "unanimously indicated as a provisional
/// measure"; S-RES-933(1994).txt: a resolution "adopted unanimously by the
/// ad hoc meeting of Ministers of Foreign Affairs of the Organization of
/// American States"). A ranking of those years is empty and says why; a
/// count of them is no "none".
#[test]
fn years_without_a_vote_record_read_as_unrecorded() {
    let Some(g) = sc_corpus_graph() else { return };
    let q = "which country abstained most in the 1990s";
    assert!(ids(g, q).is_empty(), "{:?}", ids(g, q));
    let said = notes(g, q);
    assert!(
        said.iter()
            .any(|n| n.contains("no vote on a resolution of 1990–1999 is recorded") && n.contains("1946–")),
        "{said:?}"
    );
    let against = "who voted against the most in the 1990s";
    assert!(ids(g, against).is_empty());
    let q = "how many abstentions did France cast in the 1990s";
    assert_eq!(count(g, q), 0);
    let said = notes(g, q);
    assert!(
        said.iter()
            .any(|n| n.contains("no vote on a resolution of 1990–1999 is recorded")
                && n.contains("a count of 0 is no record, not no vote")),
        "{said:?}"
    );
}

/// "Bosnia" and "Macedonia" are what a question calls Bosnia and
/// Herzegovina and the former Yugoslav Republic of Macedonia:
/// S-RES-1031(1995).txt is on the Peace Agreement for Bosnia and
/// Herzegovina; S-RES-795(1992).txt, line 33, sends UNPROFOR to "the former
/// Yugoslav Republic of Macedonia".
#[test]
fn bosnia_and_macedonia_are_question_names() {
    let Some(g) = sc_corpus_graph() else { return };
    assert_eq!(
        ids(g, "what mentions Bosnia"),
        ids(g, "what mentions Bosnia and Herzegovina")
    );
    let in_1995 = ids(g, "resolutions on Bosnia in 1995");
    assert!(in_1995.contains(&"S/RES/1031 (1995)".to_string()), "{in_1995:?}");
    assert!(formal(g, "resolutions on bosnia in 1995").contains("state:Bosnia and Herzegovina"));
    let macedonia = ids(g, "which resolutions mention Macedonia");
    assert!(
        macedonia.contains(&"S/RES/795 (1992)".to_string()),
        "{macedonia:?}"
    );
    assert_eq!(
        macedonia,
        ids(
            g,
            "which resolutions mention the former Yugoslav Republic of Macedonia"
        )
    );
}

/// The Secretary-General and an article of a chapter no text is recorded
/// as naming: the errors say what the graph records and what to ask.
#[test]
fn the_secretary_general_and_article_99_are_explained() {
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "what mentions the Secretary-General",
        "which resolutions mention the secretary general",
    ] {
        let e = error_of(g, q);
        assert!(e.contains("the Secretary-General is not a node"), "{e}");
        assert!(e.contains("`all reports`"), "{e}");
        assert!(!e.contains("Zimbabwe"), "{e}");
    }
    // A longer name holding it is still a name.
    assert!(
        error_of(
            g,
            "what mentions the Special Envoy of the Secretary-General for Mars"
        )
        .contains("no node")
    );
    let e = error_of(g, "what mentions article 99");
    assert!(e.contains("Chapter XV of the Charter"), "{e}");
    assert!(e.contains("Chapter VII"), "{e}");
    assert!(!e.contains("did you mean"), "{e}");
    // An article of a recorded chapter is answered: Article 41 is in
    // Chapter VII (S-RES-1737(2006).txt: "Acting under Article 41 of
    // Chapter VII of the Charter of the United Nations").
    assert!(ids(g, "what mentions article 41").contains(&"S/RES/1737 (2006)".to_string()));
}

/// Questions audit 18 found answered right, checked by grep: the 1970s
/// texts that cite "242 (1967)" are S-RES-338(1973).txt and
/// S-RES-344(1973).txt, and before 1980 also S-RES-258(1968).txt.
#[test]
fn citations_by_period_are_right() {
    let Some(g) = sc_corpus_graph() else { return };
    assert_eq!(
        ids(g, "which resolutions cite resolution 242 in the 1970s"),
        ["S/RES/338 (1973)", "S/RES/344 (1973)"]
    );
    assert_eq!(count(g, "how many resolutions cited 242 before 1980"), 3);
}

/// S-RES-1270(1999).txt, line 42: "decides that the mandate of UNOMSIL shall
/// terminate immediately on the establishment of UNAMSIL". MONUA's mandate
/// ran out the same year without such a decision (S-RES-1229(1999).txt:
/// "Takes note that the mandate of MONUA expires on 26 February 1999"): the
/// list says it holds ends decided, not mandates that ran out.
#[test]
fn a_list_of_ends_says_what_it_counts() {
    let Some(g) = sc_corpus_graph() else { return };
    let q = "which missions were terminated in 1999";
    assert_eq!(ids(g, q), ["actor:UNOMSIL"]);
    let said = notes(g, q);
    assert!(
        said.iter()
            .any(|n| n.contains("an end is recorded only where") && n.contains("MONUA")),
        "{said:?}"
    );
}
