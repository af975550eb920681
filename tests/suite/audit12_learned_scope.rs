//! Actors a text teaches (`learn.rs`) are scoped to the state or place the
//! text is about: until audit 12, `the Independent Electoral Commission` of
//! Côte d'Ivoire's resolutions and that of Afghanistan's were one node,
//! `actor:Independent Electoral Commission`, so the question "what mentions
//! the Independent Electoral Commission" merged two countries' bodies.

use unxref::{CitationGraph, EdgeKind};

use crate::common::{answer_ids, corpus_files_graph, error_of};

/// The documents with a `mentions` edge to `id`, sorted.
fn mentioning(graph: &CitationGraph, id: &str) -> Vec<String> {
    let mut docs: Vec<String> = graph
        .edges()
        .filter(|e| e.edge.kind == EdgeKind::Mentions && e.target.id == id)
        .map(|e| e.source.id.clone())
        .collect();
    docs.sort();
    docs.dedup();
    docs
}

/// The ids of the actor nodes whose id starts with `prefix`, sorted.
fn actors_from(graph: &CitationGraph, prefix: &str) -> Vec<String> {
    let mut ids: Vec<String> = graph
        .nodes()
        .filter(|n| n.id.starts_with(prefix))
        .map(|n| n.id.clone())
        .collect();
    ids.sort();
    ids
}

const CIV: &str = "actor:Independent Electoral Commission (Côte d'Ivoire)";
const AFG: &str = "actor:Independent Electoral Commission (Afghanistan)";

/// 1603 (2005), "Recalling its previous resolutions and statements of its
/// President relating to the situation in Côte d'Ivoire", asks "to invite
/// the United Nations to participate in the work of the Independent
/// Electoral Commission and the Constitutional Council"; 1880 (2009) is
/// another of Côte d'Ivoire's. 1974 (2011), on "the situation in
/// Afghanistan", recognizes "the Afghan leadership in the elections,
/// including the work of the Independent Electoral Commission and the
/// Electoral Complaints Commission". Two commissions, two nodes, each
/// mentioned by its own country's resolutions only; no node of the bare
/// name is left to merge them.
#[test]
fn the_electoral_commissions_of_cote_d_ivoire_and_afghanistan_are_two_nodes() {
    let Some(g) = corpus_files_graph(&[
        "S-RES-1603(2005).txt",
        "S-RES-1880(2009).txt",
        "S-RES-1974(2011).txt",
    ]) else {
        return;
    };
    assert_eq!(
        actors_from(&g, "actor:Independent Electoral Commission"),
        [AFG, CIV],
        "one node a country, none unscoped"
    );
    assert_eq!(mentioning(&g, CIV), ["S/RES/1603 (2005)", "S/RES/1880 (2009)"]);
    assert_eq!(mentioning(&g, AFG), ["S/RES/1974 (2011)"]);
    let label = |id: &str| g.node(id).map(|n| n.label.clone()).unwrap_or_default();
    assert_eq!(label(CIV), "Independent Electoral Commission (Côte d'Ivoire)");
    assert_eq!(label(AFG), "Independent Electoral Commission (Afghanistan)");
}

/// 2035 (2012): "Welcoming the inauguration of the Darfur Regional
/// Authority as an important step in the implementation of the Doha
/// Document"; the name says where the body is, and keeps its id.
#[test]
fn a_learned_name_that_names_its_place_is_not_scoped() {
    let Some(g) = corpus_files_graph(&["S-RES-2035(2012).txt"]) else {
        return;
    };
    assert_eq!(
        actors_from(&g, "actor:Darfur Regional Authority"),
        ["actor:Darfur Regional Authority"]
    );
    assert_eq!(
        mentioning(&g, "actor:Darfur Regional Authority"),
        ["S/RES/2035 (2012)"]
    );
}

/// 1369 (2001) is on "the situation between Ethiopia and Eritrea"; 706
/// (1991) ("half the costs of the Boundary Commission") names no situation
/// but Iraq 26 times, Kuwait twice: the two boundary commissions are two
/// nodes, the first scoped to both states of its situation. 539 (1983) ("the electoral system to be used
/// for the elections of the Constituent Assembly") names no situation and
/// names Namibia ten times, South Africa seven: no country stands out, so
/// its Constituent Assembly keeps the bare name rather than a guessed one,
/// beside Nepal's of 1825 (2008).
#[test]
fn a_situation_between_two_states_scopes_to_both_and_an_unclear_one_to_none() {
    let Some(g) = corpus_files_graph(&[
        "S-RES-1369(2001).txt",
        "S-RES-706(1991).txt",
        "S-RES-539(1983).txt",
        "S-RES-1825(2008).txt",
    ]) else {
        return;
    };
    assert_eq!(
        actors_from(&g, "actor:Boundary Commission"),
        [
            "actor:Boundary Commission (Eritrea and Ethiopia)",
            "actor:Boundary Commission (Iraq)"
        ]
    );
    assert_eq!(
        mentioning(&g, "actor:Boundary Commission (Eritrea and Ethiopia)"),
        ["S/RES/1369 (2001)"]
    );
    assert_eq!(
        actors_from(&g, "actor:Constituent Assembly"),
        ["actor:Constituent Assembly", "actor:Constituent Assembly (Nepal)"]
    );
    assert_eq!(mentioning(&g, "actor:Constituent Assembly"), ["S/RES/539 (1983)"]);
}

/// A question naming the commission without its country picks none of
/// them: the answer is an error listing the countries and how to ask for
/// one, and the name asked in quotes with its country answers with that
/// country's resolutions only.
#[test]
fn a_question_by_the_bare_name_lists_the_countries() {
    let Some(g) = corpus_files_graph(&["S-RES-1603(2005).txt", "S-RES-1974(2011).txt"]) else {
        return;
    };
    let e = error_of(&g, "what mentions the Independent Electoral Commission");
    assert!(
        e.contains(
            "2 actors have this name, one for each country whose texts name it: Afghanistan; Côte d'Ivoire"
        ),
        "{e}"
    );
    assert!(
        e.contains("\"Independent Electoral Commission (Afghanistan)\""),
        "{e}"
    );
    // A misspelt name is near the scoped ones by their name alone.
    let e = error_of(&g, "what mentions the Independant Electoral Commission");
    assert!(
        e.contains("did you mean actor:Independent Electoral Commission (Afghanistan)"),
        "{e}"
    );
    assert_eq!(
        answer_ids(
            &g,
            "what mentions \"Independent Electoral Commission (Afghanistan)\""
        ),
        ["S/RES/1974 (2011)"]
    );
    assert_eq!(
        answer_ids(
            &g,
            "what mentions \"Independent Electoral Commission (Côte d'Ivoire)\""
        ),
        ["S/RES/1603 (2005)"]
    );
}

/// With a text whose country is unclear, the bare name is a node too, and
/// still not the answer alone: 539 (1983)'s Constituent Assembly and
/// Nepal's are both listed.
#[test]
fn a_question_by_the_bare_name_lists_the_unscoped_node_too() {
    let Some(g) = corpus_files_graph(&["S-RES-539(1983).txt", "S-RES-1825(2008).txt"]) else {
        return;
    };
    let e = error_of(&g, "what mentions the Constituent Assembly");
    assert!(
        e.contains("one for each country whose texts name it: Nepal"),
        "{e}"
    );
    assert!(
        e.contains("actor:Constituent Assembly itself, in texts whose country is not clear"),
        "{e}"
    );
}

/// A mission is deployed to one situation, whoever sends it: 2100 (2013)
/// "Welcomes the deployment of the European Union Training Mission (EUTM)
/// in Mali", 2111 (2013) names "the European Union Training Mission (EUTM)
/// in Somalia". The word `European` does not keep the two missions one
/// node, as it keeps the European Commission one.
#[test]
fn a_mission_sent_by_a_region_is_scoped_to_where_it_is_deployed() {
    let Some(g) = corpus_files_graph(&["S-RES-2100(2013).txt", "S-RES-2111(2013).txt"]) else {
        return;
    };
    assert_eq!(
        actors_from(&g, "actor:EUTM"),
        ["actor:EUTM (Mali)", "actor:EUTM (Somalia)"]
    );
    assert_eq!(mentioning(&g, "actor:EUTM (Mali)"), ["S/RES/2100 (2013)"]);
    assert_eq!(mentioning(&g, "actor:EUTM (Somalia)"), ["S/RES/2111 (2013)"]);
}

/// Bodies of the Council and the Secretariat are one body whichever country
/// a text is about, so the dictionary names them and the learner leaves
/// them alone: "the Informal Working Group on General Issues of Sanctions"
/// of 1945 (2010), on the Sudan, and of 2060 (2012), on Somalia, was two
/// scoped nodes; "the Secretariat of the Focal Point" of 1822 (2008), on
/// Al-Qaida and the Taliban, was "(Afghanistan)"; the Department of
/// Humanitarian Affairs of 925 (1994), on Rwanda, is OCHA's predecessor.
#[test]
fn council_and_secretariat_bodies_are_not_scoped_to_a_country() {
    let Some(g) = corpus_files_graph(&[
        "S-RES-1945(2010).txt",
        "S-RES-2060(2012).txt",
        "S-RES-1822(2008).txt",
        "S-RES-925(1994).txt",
    ]) else {
        return;
    };
    assert_eq!(
        mentioning(&g, "actor:Informal Working Group on General Issues of Sanctions"),
        ["S/RES/1945 (2010)", "S/RES/2060 (2012)"]
    );
    assert!(
        actors_from(
            &g,
            "actor:Informal Working Group on General Issues of Sanctions ("
        )
        .is_empty()
    );
    assert_eq!(
        mentioning(&g, "actor:Focal Point for De-listing"),
        ["S/RES/1822 (2008)"]
    );
    assert!(actors_from(&g, "actor:Secretariat of the Focal Point").is_empty());
    assert_eq!(mentioning(&g, "actor:OCHA"), ["S/RES/925 (1994)"]);
    assert!(actors_from(&g, "actor:Department of Humanitarian Affairs").is_empty());
}
