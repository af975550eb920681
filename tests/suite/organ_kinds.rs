//! Other organs' resolutions as a kind of their own (`organ_resolution`),
//! and the query field `organ`: "which resolutions cite Human Rights Council
//! resolutions" is answered from the symbols' series, on real lines of the
//! corpus (cited by file), and an organ none of the texts cites reads as
//! absence, not as another organ's resolutions.

use unxref::{Extractor, NodeKind};

use crate::common::{answer_ids, corpus_files_graph, data_graph, formal};

/// The Council resolutions of the corpus that cite another organ's
/// resolution: seven cite the Human Rights Council's, one (1234) the
/// Commission on Human Rights' (`E/CN.4/RES/1999/61`).
const CITING: &[&str] = &[
    "S-RES-1234(1999).txt",
    "S-RES-1970(2011).txt",
    "S-RES-1975(2011).txt",
    "S-RES-2000(2011).txt",
    "S-RES-2014(2011).txt",
    "S-RES-2112(2013).txt",
    "S-RES-2140(2014).txt",
];

#[test]
fn a_resolution_of_another_organ_is_typed_by_its_symbol() {
    // S-RES-1970(2011).txt: "Welcoming the Human Rights Council resolution
    // A/HRC/RES/S-15/1 of 25 February 2011".
    let text = "Welcoming the Human Rights Council resolution A/HRC/RES/S-15/1 of 25 February 2011, \
                recalling Economic and Social Council resolution 2004/39 and the report A/HRC/40/3,";
    let x = Extractor::new().extract_str("hrc.txt", text);
    let kind_of = |id: &str| {
        x.links
            .iter()
            .find(|l| l.target.id == id)
            .map(|l| l.target.kind)
            .unwrap_or_else(|| panic!("{id} not cited"))
    };
    assert_eq!(kind_of("A/HRC/RES/S-15/1"), NodeKind::OrganResolution);
    assert_eq!(kind_of("E/RES/2004/39"), NodeKind::OrganResolution);
    // A report of the Human Rights Council is what the text calls it, not a
    // resolution.
    assert_eq!(kind_of("A/HRC/40/3"), NodeKind::Report);
}

#[test]
fn the_resolutions_citing_one_organs_resolutions_are_told_apart_by_organ() {
    let Some(graph) = corpus_files_graph(CITING) else {
        return;
    };
    let hrc = "which resolutions cite Human Rights Council resolutions";
    assert_eq!(
        formal(&graph, hrc),
        "(all organ_resolutions where organ = \"Human Rights Council\") <- cites where kind = \"resolutions\""
    );
    assert_eq!(
        answer_ids(&graph, hrc),
        [
            "S/RES/1970 (2011)",
            "S/RES/1975 (2011)",
            "S/RES/2000 (2011)",
            "S/RES/2014 (2011)",
            "S/RES/2112 (2013)",
            "S/RES/2140 (2014)",
        ]
    );
    // The same, the organ abbreviated, after the kind, or in the formal form.
    for q in [
        "which resolutions cite HRC resolutions",
        "which resolutions cite resolutions of the Human Rights Council",
    ] {
        assert_eq!(answer_ids(&graph, q), answer_ids(&graph, hrc), "{q}");
    }
    assert_eq!(
        answer_ids(
            &graph,
            "(all organ_resolutions where organ = \"HRC\") <- cites | where kind = resolutions"
        ),
        answer_ids(&graph, hrc)
    );
    // The Commission on Human Rights is another organ: 1234 (1999) cites
    // E/CN.4/RES/1999/61 ("in accordance with").
    assert_eq!(
        answer_ids(
            &graph,
            "which resolutions cite Commission on Human Rights resolutions"
        ),
        ["S/RES/1234 (1999)"]
    );
    // No text here cites the Economic and Social Council's: an empty
    // answer that says so, not the other organs' resolutions.
    let table = graph
        .query("which resolutions cite ECOSOC resolutions")
        .expect("answered");
    assert!(table.node_ids().is_empty(), "{}", table.to_text());
    assert!(
        table
            .to_text()
            .contains("nothing in the graph cites ecosoc resolutions"),
        "{}",
        table.to_text()
    );
}

#[test]
fn the_organ_field_tells_the_documents_cited_apart() {
    let Some(graph) = corpus_files_graph(&["S-RES-2000(2011).txt"]) else {
        return;
    };
    // 2000 (2011), on Côte d'Ivoire, cites the Human Rights Council's report
    // A/HRC/17/48 and its resolutions 16/25 and 17/27, and 24 documents of
    // the Council's own.
    let hrc = answer_ids(
        &graph,
        "S/RES/2000 (2011) -> cites where organ = \"Human Rights Council\"",
    );
    assert_eq!(hrc, ["A/HRC/17/48", "A/HRC/RES/16/25", "A/HRC/RES/17/27"]);
    assert_eq!(
        answer_ids(&graph, "which HRC resolutions does 2000 cite"),
        ["A/HRC/RES/16/25", "A/HRC/RES/17/27"]
    );
    let sc = answer_ids(&graph, "S/RES/2000 (2011) -> cites where organ = SC");
    assert_eq!(sc.len(), 24);
    assert!(sc.iter().all(|id| id.starts_with("S/")), "{sc:?}");
    assert!(answer_ids(&graph, "S/RES/2000 (2011) -> cites where organ = GA").is_empty());
    // Actors have no organ: the field holds for documents only.
    assert!(answer_ids(&graph, "all actors where organ = \"Security Council\"").is_empty());
}

#[test]
fn a_document_known_by_no_symbol_has_no_organ_rather_than_another() {
    // The seed letters of data/ are held under their files' names
    // (`000_5084318a0e7514bb#letter`): their organ is unknown, so `not organ
    // = "Security Council"` leaves them out with a note, never lists them as
    // another organ's.
    let graph = data_graph();
    let q = "all documents where held and not organ = \"Security Council\"";
    let table = graph.query(q).expect("answered");
    assert!(table.node_ids().is_empty(), "{}", table.to_text());
    assert!(
        table
            .notes()
            .iter()
            .any(|n| n.contains("without a recorded organ")),
        "{:?}",
        table.notes()
    );
    // The documents held by their symbols are the Council's.
    let council = answer_ids(&graph, "all documents where held and organ = SC");
    assert!(council.contains(&"S/RES/2531 (2020)".to_string()), "{council:?}");
}
