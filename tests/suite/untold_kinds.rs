//! A document cited by its symbol alone, with no word of what it is
//! (`document`, `ga_document`), may be a report, a letter or a draft: a
//! condition on its kind is neither true nor false, and the answer says how
//! many it left out, rather than answering as if they were none of these.

use crate::common::{answer_ids, corpus_files_graph, notes, sc_corpus_graph};

/// 1325 (2000) cites five resolutions, `S/2000/693`, three General
/// Assembly documents (`A/52/231`, `A/53/123`, `A/55/138`) with no word of
/// what they are, and a press release (`SC/6816`, audit 20), whose series
/// says it is no report (audit 21): "Recalling also the commitments of the Beijing
/// Declaration and Platform for Action (A/52/231) as well as those
/// contained in the outcome document of the twenty-third Special Session".
#[test]
fn reports_a_text_cites_by_symbol_alone_are_unknown_not_none() {
    let Some(g) = corpus_files_graph(&["S-RES-1325(2000).txt"]) else {
        return;
    };
    let q = "S/RES/1325 (2000) -> cites where kind = report";
    assert!(answer_ids(&g, q).is_empty());
    let said = notes(&g, q).join("\n");
    assert!(
        said.contains("4 left out for lack of a record: no text says what kind of document these are"),
        "{said}"
    );
    assert!(said.contains("so the answer is unknown, not none"), "{said}");
    // Negated, the condition is no more decided; the press release is no
    // report.
    let q = "S/RES/1325 (2000) -> cites where kind != report";
    let ids = answer_ids(&g, q);
    assert_eq!(ids.len(), 6, "{ids:?}");
    assert!(
        ids.iter().all(|id| id.starts_with("S/RES/") || id == "SC/6816"),
        "{ids:?}"
    );
    assert!(
        notes(&g, q).join("\n").contains("4 left out"),
        "{:?}",
        notes(&g, q)
    );
}

#[test]
fn a_kind_the_symbol_rules_out_is_decided() {
    let Some(g) = corpus_files_graph(&["S-RES-1325(2000).txt"]) else {
        return;
    };
    // A bare symbol is of no resolution's series: `kind = resolution` is
    // false for it, `kind = document` (every document) true.
    let q = "S/RES/1325 (2000) -> cites where kind = resolution";
    assert_eq!(answer_ids(&g, q).len(), 5);
    assert!(
        notes(&g, q).iter().all(|n| !n.contains("left out")),
        "{:?}",
        notes(&g, q)
    );
    let q = "S/RES/1325 (2000) -> cites where kind = document";
    assert_eq!(answer_ids(&g, q).len(), 10);
    assert!(
        notes(&g, q).iter().all(|n| !n.contains("left out")),
        "{:?}",
        notes(&g, q)
    );
}

#[test]
fn all_reports_says_how_many_documents_of_no_recorded_kind_it_leaves_out() {
    let Some(g) = corpus_files_graph(&["S-RES-1325(2000).txt", "S-RES-1103(1997).txt"]) else {
        return;
    };
    let said = notes(&g, "all reports").join("\n");
    assert!(
        said.contains("documents are left out for lack of a record"),
        "{said}"
    );
    // Resolutions have a series of their own: nothing is left out.
    assert!(
        notes(&g, "all resolutions")
            .iter()
            .all(|n| !n.contains("left out"))
    );
}

/// The most cited reports: the Dayton Peace Agreement (`S/1995/999`,
/// "collectively the Peace Agreement, S/1995/999, annex", 1103 (1997) on)
/// is cited more often than the tenth report, and no text says what kind
/// of document it is. The ranking names it rather than rank without it.
#[test]
fn a_ranking_names_the_untold_documents_that_score_as_high() {
    let Some(g) = sc_corpus_graph() else { return };
    let q = "all reports | top 10 by citations";
    let said = notes(g, q).join("\n");
    assert!(said.contains("S/1995/999"), "{said}");
    let table = g.query(q).expect("ranking").to_csv();
    let last: u64 = table
        .lines()
        .last()
        .and_then(|l| l.rsplit(',').next())
        .and_then(|c| c.parse().ok())
        .expect("a score");
    // Every document named scores at least as high, and is of no kind.
    let note = said
        .lines()
        .find(|n| n.contains("of no recorded kind score"))
        .expect("the note on untold documents");
    let named = note
        .split_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .map(|(ids, _)| ids.to_string())
        .expect("ids in parentheses");
    let ids: Vec<&str> = named
        .split(", ")
        .map(|id| id.split(" and ").next().unwrap_or(id))
        .collect();
    assert_eq!(ids.len(), 5, "{note}");
    for id in ids {
        let row = g
            .query(&format!("\"{id}\" | top 1 by citations"))
            .expect(id)
            .to_csv();
        let kind_and_score = row.lines().nth(1).unwrap_or_default();
        assert!(
            kind_and_score.contains(",document,") || kind_and_score.contains(",ga_document,"),
            "{row}"
        );
        let score: u64 = kind_and_score
            .rsplit(',')
            .next()
            .and_then(|c| c.parse().ok())
            .expect("score");
        assert!(score >= last, "{id}: {score} < {last}");
    }
}
