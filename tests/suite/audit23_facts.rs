//! Facts audit 23: mandates extended without naming the body, and a fresh
//! sample of texts read against every fact the graph states.
//!
//! Unnamed bodies. Of the 817 extension clauses of the 2,259 resolutions
//! (a `Decides … to extend|renew|prolong`, `Extends`, `Renews`, or a passive
//! "shall be extended" clause whose object is a mandate, a period, a
//! stationing or an authorization), 229 name their object by a common noun
//! and no acronym or place: "the mandate of the Group of Experts" (13),
//! "its mandate" (21), "the present mandate" (7), "the mandate of the Force"
//! (6), "the mandate of the Commission" (5), "the mandate of the
//! monitoring mechanism" (5), "the mandate of the United Nations mission"
//! (2), "the mandate of the multinational force" (2), "the initial period
//! referred to in paragraph 2 of resolution 1535 (2004)" (1), the
//! authorizations (30), the rest a body named in full by words the
//! dictionary holds (the United Nations Mission for the Referendum in
//! Western Sahara, …). 201 were read, each by the text's own naming (the
//! body of that kind named before, or named in the same sentence, or the
//! one the text names most; the panel the founding resolution cited
//! names); all 201 targets were checked against the text, and were right.
//! Five were not read and now are: 1839 (2008) and 1866 (2009) extend "the
//! mandate of the United Nations mission" in texts that name no operation
//! at all (the Council avoided UNOMIG's name after August 2008), so `which
//! mandates expired in 2008` listed UNOMIG, whose mandate ran to June 2009.
//! They link to a stand-in that the graph, once every file is read,
//! replaces by the one operation that the resolutions the text cites
//! extended or established (1808 (2008), UNOMIG), with the acting text's
//! evidence and a relation saying how it was read, or drops when there is
//! none or several (1839 read alone: nothing). 1637 (2005) and 1723 (2006)
//! extend "the mandate of the multinational force as set forth in
//! resolution 1546 (2004)", the text having named "the multinational force
//! in Iraq": now MNF-I. 1787 (2007) extends "the initial period referred to
//! in paragraph 2 of resolution 1535 (2004)": CTED, the one body the
//! dictionary says 1535 founded ("the period referred to in paragraphs 1, 2
//! and 8 of resolution 1242 (1999)", 1275 and 1280, is an oil-for-food
//! phase: 1242 founded nothing, and they stay unread). Whole graph exported
//! before and after: 5 edges gained, none lost or changed. Left unread as
//! they name no body's mandate: the 23 authorizations given to States
//! (piracy, 1897 and later; 2213's measures), 1692's and 1711's
//! authorization to redeploy from ONUB to MONUC, 1273's "United Nations
//! military liaison personnel deployed under paragraph 8 of resolution 1258
//! (1999)" (no body: 1258 founded none), 1556's "special political mission
//! set out in resolution 1547" (1547 names no mission the dictionary
//! founds by it).

use unxref::{CitationGraph, EdgeKind};

use crate::common::{answer_ids as ids, bundled_facts as facts, bundled_resolution, edges, sc_corpus_graph};

/// The graph of some files of the bundled copy of `sc-resolutions`.
fn bundled_graph(names: &[&str]) -> CitationGraph {
    CitationGraph::from_extractions(names.iter().map(|n| bundled_resolution(n)))
}

/// The (relation, date) of each `extends_mandate` edge from `source` to
/// `target`.
fn extended(g: &CitationGraph, source: &str, target: &str) -> Vec<(String, Option<String>)> {
    edges(g)
        .into_iter()
        .filter(|(s, t, k, _)| s == source && t == target && *k == EdgeKind::ExtendsMandate)
        .map(|(_, _, _, a)| (a.relation.unwrap_or_default(), a.date.map(|d| d.to_string())))
        .collect()
}

/// "Decides to extend the mandate of the United Nations mission for a new
/// period terminating on 15 February 2009" (1839 (2008), recalling 1808
/// (2008), which extended UNOMIG): UNOMIG, with 1839's date and evidence.
#[test]
fn an_unnamed_mission_is_the_one_its_cited_resolutions_extended() {
    let g = bundled_graph(&["S-RES-1808(2008)", "S-RES-1839(2008)", "S-RES-1866(2009)"]);
    for (source, date) in [
        ("S/RES/1839 (2008)", "2009-02-15"),
        ("S/RES/1866 (2009)", "2009-06-15"),
    ] {
        let facts = extended(&g, source, "actor:UNOMIG");
        assert_eq!(facts.len(), 1, "{source}: {facts:?}");
        assert_eq!(facts[0].1.as_deref(), Some(date), "{source}");
        assert!(
            facts[0].0.starts_with("extends (not named in the text"),
            "{facts:?}"
        );
        assert!(facts[0].0.contains("S/RES/1808 (2008)"), "{facts:?}");
    }
    let evidence = edges(&g)
        .into_iter()
        .find(|(s, t, _, _)| s == "S/RES/1839 (2008)" && t == "actor:UNOMIG")
        .and_then(|(_, _, _, a)| a.evidence)
        .expect("evidence");
    assert!(evidence.file.ends_with("S-RES-1839(2008).txt"), "{evidence:?}");
    assert!(evidence.quote.contains("United Nations mission"), "{evidence:?}");
    // The stand-in never stays in a graph.
    assert!(g.node("actor:unnamed operation").is_none());
}

/// Read alone, 1839 names no operation and cites none the graph holds a
/// mandate of: no extension is stated, and no stand-in is left.
#[test]
fn an_unnamed_mission_no_cited_text_names_is_not_read() {
    let g = bundled_graph(&["S-RES-1839(2008)"]);
    let from_1839: Vec<_> = edges(&g)
        .into_iter()
        .filter(|(s, _, k, _)| s == "S/RES/1839 (2008)" && *k == EdgeKind::ExtendsMandate)
        .collect();
    assert!(from_1839.is_empty(), "{from_1839:?}");
    assert!(g.node("actor:unnamed operation").is_none());
}

/// With the whole corpus, UNOMIG's mandate ran to 15 June 2009 (1866): it
/// did not expire in 2008.
#[test]
fn unomig_did_not_expire_in_2008() {
    let Some(g) = sc_corpus_graph() else { return };
    assert!(!ids(g, "which mandates expired in 2008").contains(&"actor:UNOMIG".to_string()));
    assert!(ids(g, "which mandates expired in 2009").contains(&"actor:UNOMIG".to_string()));
}

/// "the mandate of the multinational force as set forth in that
/// resolution" (1637, 1723), in texts that name "the multinational force
/// in Iraq", is MNF-I's; "the initial period referred to in paragraph 2 of
/// resolution 1535 (2004)" (1787) is CTED's, which 1535 founded.
#[test]
fn a_multinational_force_and_an_initial_period_are_read_by_the_text() {
    let ext = EdgeKind::ExtendsMandate;
    for (file, date) in [
        ("S-RES-1637(2005)", "2006-12-31"),
        ("S-RES-1723(2006)", "2007-12-31"),
    ] {
        let facts: Vec<_> = facts(file, ext)
            .into_iter()
            .filter(|f| f.0 == "actor:MNF-I")
            .collect();
        assert_eq!(facts.len(), 1, "{file}: {facts:?}");
        assert_eq!(facts[0].2.as_deref(), Some(date), "{file}");
    }
    assert_eq!(
        facts("S-RES-1787(2007)", ext),
        vec![(
            "actor:CTED".to_string(),
            "extends".to_string(),
            Some("2008-03-31".to_string())
        )]
    );
    // An oil-for-food phase: 1242 (1999) founded no body.
    assert!(facts("S-RES-1275(1999)", ext).is_empty());
}
