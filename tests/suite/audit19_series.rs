//! References audit 19, beyond the Security Council's own texts: the
//! leftovers of audit 18 on the hand-made documents of other organs
//! (`tests/fixtures/series/`), a press release as the UN website serves
//! it (`tests/fixtures/press/SC-10200.html`, whose README says from what
//! wording), and 10 of the Secretary-General's 40 PDF reports drawn with
//! a fixed seed (`ls | shuf --random-source=<(yes 19) | head -10`:
//! S/1998/1004, S/2019/805, S/1998/887, S/1999/330, S/1995/46/Add.1,
//! S/1999/908, S/2005/269, S/1997/432, S/1998/491, S/1997/686; three of
//! them, S/1999/330, S/1998/491 and S/1997/686, are scans with no text
//! layer), each report's symbols compared with `pdftotext -layout`'s and
//! S/2019/805's citations read by hand (their symbols were all found).
//! None of the 40 PDFs has a numbered footnote carrying a citation (the
//! two footnotes they hold, `* Reissued for technical reasons.` and `*
//! Since renamed …`, cite nothing), so none gets a wrong paragraph.
//! What was wrong: a list broken inside a date (`30/1 of 1 October 2015,
//! 34/1 of` / `23 March 2017 and 40/1 of 21 March 2019`) lost its next
//! item; a tally stated of a document the file does not hold (an Assembly
//! meeting record's `Draft resolution A/75/L.52 was adopted by 122 votes
//! to 4, with 35 abstentions (resolution 75/265).`, a Human Rights Council
//! report's `draft resolution A/HRC/46/L.1 was adopted by a recorded vote
//! of …`) was dropped, leaving the votes named without their tally; an
//! Assembly meeting record (`62nd plenary meeting`) had no title; a web
//! page's menu was read as its first lines (the press release was titled
//! `Home`); the press's `Adopting resolution 1973 (2011) by a vote of 10
//! in favour to none against, with 5 abstentions (Brazil, …)` gave no
//! vote.

use std::path::PathBuf;

use unxref::{CitationGraph, EdgeKind, Extraction, VotePosition};

use crate::audit17_series::cites;

/// The path of a hand-made fixture under `tests/fixtures/`.
fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The extraction of one hand-made fixture.
fn fixture(name: &str) -> Extraction {
    let mut corpus = unxref::extract_paths(&[fixture_path(name)]);
    assert!(corpus.errors.is_empty(), "{name}: {:?}", corpus.errors);
    corpus.extractions.pop().expect("one extraction")
}

/// `(in favour, against, abstaining)` of a tally the graph records for `id`.
fn tally_of(graph: &CitationGraph, id: &str) -> Option<(Option<u32>, Option<u32>, Option<u32>)> {
    let record = graph.vote_record(graph.index_of(id)?)?;
    record.tally.map(|t| (t.in_favour, t.against, t.abstaining))
}

/// "Recalling Human Rights Council resolutions 30/1 of 1 October 2015, 34/1
/// of" / "23 March 2017 and 40/1 of 21 March 2019," (A-HRC-RES-46-1.txt,
/// line 27): the date broken over two lines is still a date inside the
/// list, and 40/1 is recalled in the preamble as the two before it (it
/// was cited only where operative paragraph 1 names it, "as requested in
/// resolution 40/1").
#[test]
fn a_list_broken_inside_a_date_keeps_its_next_item() {
    let x = fixture("series/A-HRC-RES-46-1.txt");
    for target in ["A/HRC/RES/30/1", "A/HRC/RES/34/1", "A/HRC/RES/40/1"] {
        let recalled = cites(&x, target).into_iter().any(|l| {
            l.attrs.relation.as_deref() == Some("recalling")
                && l.attrs.paragraph == Some(unxref::Paragraph::Preamble)
        });
        assert!(recalled, "{target} is recalled in the preamble");
    }
    // The same break in a Council list, and a break between the day and
    // the month: each item once, none lost.
    let text = "Resolution 2000 (2012)\n\nThe Security Council,\n\nRecalling its resolutions 1970 (2011) of 26 February 2011, 1973 (2011) of\n17 March 2011 and 2009 (2011) of 16\nSeptember 2011 and 2040 (2012),\n\n1. Decides to remain seized of the matter.\n";
    let x = unxref::Extractor::new().extract_str("2000.txt", text);
    let recalled: Vec<&str> = x
        .links
        .iter()
        .filter(|l| l.kind == EdgeKind::Cites && l.attrs.relation.as_deref() == Some("recalling"))
        .map(|l| l.target.id.as_str())
        .collect();
    assert_eq!(
        recalled,
        [
            "S/RES/1970 (2011)",
            "S/RES/1973 (2011)",
            "S/RES/2009 (2011)",
            "S/RES/2040 (2012)"
        ]
    );
}

/// An Assembly meeting record is titled by its meeting, as the Council's
/// verbatim records are (`62nd plenary meeting`, A-75-PV-62.txt line 4).
#[test]
fn an_assembly_meeting_record_is_titled_by_its_meeting() {
    let x = fixture("series/A-75-PV-62.txt");
    let record = &x.documents[0].node;
    assert_eq!(record.id, "A/75/PV.62");
    assert_eq!(record.title.as_deref(), Some("62nd plenary meeting"));
}

/// "Draft resolution A/75/L.52 was adopted by 122 votes to 4, with 35
/// abstentions (resolution 75/265)." (A-75-PV-62.txt): the record does not
/// hold resolution 75/265, whose text is A-RES-75-265.txt; the tally it
/// states is the resolution's all the same, read before or after the
/// resolution's own file, and the record claims no text of it.
#[test]
fn a_tally_stated_of_a_document_held_elsewhere_is_kept() {
    let x = fixture("series/A-75-PV-62.txt");
    let carried: Vec<(&str, bool)> = x
        .documents
        .iter()
        .filter(|d| d.node.tally.is_some())
        .map(|d| (d.node.id.as_str(), d.node.held))
        .collect();
    assert_eq!(carried, [("A/RES/75/265", false)]);
    let record = fixture("series/A-75-PV-62.txt");
    let resolution = fixture("series/A-RES-75-265.txt");
    for order in [
        vec![record.clone(), resolution.clone()],
        vec![resolution.clone(), record.clone()],
    ] {
        let graph = CitationGraph::from_extractions(order);
        assert_eq!(
            tally_of(&graph, "A/RES/75/265"),
            Some((Some(122), Some(4), Some(35)))
        );
        assert!(graph.node("A/RES/75/265").is_some_and(|n| n.held));
        assert!(graph.conflicts().is_empty(), "{:?}", graph.conflicts());
    }
    // The meeting record's other adoption states no vote: no tally.
    let graph = CitationGraph::from_extractions([record]);
    assert_eq!(tally_of(&graph, "A/RES/75/266"), None);
}

/// A Human Rights Council report says each adoption of the session:
/// "draft resolution A/HRC/46/L.1 was adopted by a recorded vote of 22 to
/// 11, with 14 abstentions. The voting was as follows:" and the three
/// lists. The draft's tally is kept with the states named.
#[test]
fn a_council_report_keeps_the_tally_of_a_draft_it_adopted() {
    let text = "United Nations A/HRC/46/2\nGeneral Assembly Distr.: General\n1 June 2021\n\nHuman Rights Council\nForty-sixth session\n\nReport of the Human Rights Council on its forty-sixth session\n\n1. At the 44th meeting, on 23 March 2021, the representative of the United\nKingdom introduced draft resolution A/HRC/46/L.1.\n\n2. At the same meeting, draft resolution A/HRC/46/L.1 was adopted by a\nrecorded vote of 22 to 11, with 14 abstentions. The voting was as follows:\n\nIn favour:\nArgentina, Austria, Brazil\n\nAgainst:\nBangladesh, China, Cuba\n\nAbstaining:\nBahrain, India, Japan\n";
    let x = unxref::Extractor::new().extract_str("A-HRC-46-2.txt", text);
    let graph = CitationGraph::from_extractions([x]);
    assert_eq!(
        tally_of(&graph, "A/HRC/46/L.1"),
        Some((Some(22), Some(11), Some(14)))
    );
    assert!(graph.node("A/HRC/46/L.1").is_some_and(|n| !n.held));
}

/// The press release as the website serves it (SC-10200.html): its menu is
/// no part of it; it cites the resolution it reports and the paragraphs it
/// quotes ("Recalling its resolution 1970 (2011) of 26 February 2011",
/// "Taking note of the decision … (S/2011/137)"); and "Adopting resolution
/// 1973 (2011) by a vote of 10 in favour to none against, with 5
/// abstentions (Brazil, China, Germany, India, Russian Federation)" is the
/// resolution's tally, the five named abstaining.
#[test]
fn a_press_release_reads_its_citations_and_the_vote_it_reports() {
    let x = fixture("press/SC-10200.html");
    let own = x.documents.iter().find(|d| d.node.held).expect("the release");
    assert_ne!(own.node.title.as_deref(), Some("Home"));
    assert!(!cites(&x, "S/RES/1973 (2011)").is_empty());
    let relations = |target: &str| -> Vec<Option<String>> {
        cites(&x, target)
            .into_iter()
            .map(|l| l.attrs.relation.clone())
            .collect()
    };
    assert!(relations("S/RES/1970 (2011)").contains(&Some("recalling".to_string())));
    assert!(relations("S/2011/137").contains(&Some("taking note of".to_string())));
    let mut abstaining: Vec<&str> = x
        .links
        .iter()
        .filter(|l| {
            l.kind == EdgeKind::Voted
                && l.target.id == "S/RES/1973 (2011)"
                && l.attrs.position == Some(VotePosition::Abstention)
        })
        .map(|l| l.source.label.as_str())
        .collect();
    abstaining.sort_unstable();
    assert_eq!(
        abstaining,
        ["Brazil", "China", "Germany", "India", "Russian Federation"]
    );
    let graph = CitationGraph::from_extractions([x]);
    assert_eq!(
        tally_of(&graph, "S/RES/1973 (2011)"),
        Some((Some(10), Some(0), Some(5)))
    );
}

/// A sentence that names a resolution adopted by a vote it does not give
/// states no tally, nor does a year that is not the number's.
#[test]
fn a_press_sentence_without_its_counts_states_no_tally() {
    let text = "SC/99999\n\nThe Council adopted resolution 1973 (2011) after a vote.\nAdopting resolution 1973 (2012) by a vote of 10 in favour to none against, with 5 abstentions (Brazil, China, Germany, India, Russian Federation), the Council acted.\n";
    let x = unxref::Extractor::new().extract_str("press.txt", text);
    assert!(
        x.documents.iter().all(|d| d.node.tally.is_none()),
        "{:?}",
        x.documents
    );
}
