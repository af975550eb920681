//! Joint symbols (issue 16 §2): a document issued under two symbols
//! (`A/67/970-S/2013/480`) is one node, reached by a citation of either
//! symbol, in whichever order the files are read; a letter whose own symbol
//! is joint cites neither of its halves.

use crate::common;

use petgraph::Direction::Incoming;
use unxref::{CitationGraph, EdgeKind, Extractor};

const SC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/sc-resolutions");

fn read(path: &str) -> unxref::Extraction {
    let text = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let source = unxref::corpus::decode(path, &text).expect("a text file");
    Extractor::new().extract(&source)
}

fn citers(graph: &CitationGraph, id: &str) -> Vec<String> {
    graph
        .neighbors(id, EdgeKind::Cites, Incoming)
        .map(|n| n.id.clone())
        .collect()
}

/// S-RES-2068(2012) cites "the report of the Secretary-General of 26 April
/// 2012 (A/66/782-S/2012/261)", S-RES-2069(2012) the same report as
/// "(S/2012/261)": one node, cited by both, whichever file comes first.
#[test]
fn either_symbol_reaches_one_document_in_either_order() {
    let a = read(&format!("{SC}/S-RES-2068(2012).txt"));
    let b = read(&format!("{SC}/S-RES-2069(2012).txt"));
    assert_eq!(a.aliases, [("A/66/782".to_string(), "S/2012/261".to_string())]);
    for order in [[a.clone(), b.clone()], [b, a]] {
        let graph = CitationGraph::from_extractions(order);
        let node = graph.node("S/2012/261").expect("the report by its second symbol");
        assert_eq!(
            (node.id.as_str(), node.aliases.as_slice()),
            ("A/66/782", &["S/2012/261".to_string()][..])
        );
        assert_eq!(graph.index_of("A/66/782"), graph.index_of("S/2012/261"));
        for id in ["A/66/782", "S/2012/261"] {
            assert_eq!(
                citers(&graph, id),
                ["S/RES/2068 (2012)", "S/RES/2069 (2012)"],
                "{id}"
            );
        }
        assert_eq!(graph.nodes().filter(|n| n.id == "S/2012/261").count(), 0);
    }
}

/// The Yearbook chapter of data/ cites "a report [A/67/970-S/2013/480]";
/// S-RES-2151(2014) cites the same report as "(S/2013/480)".
#[test]
fn yearbook_and_resolution_cite_one_report() {
    let yearbook = read(&format!("{}/004_67c45e80fbaf56c1.txt", common::DATA));
    let resolution = read(&format!("{SC}/S-RES-2151(2014).txt"));
    let graph = CitationGraph::from_extractions([resolution, yearbook]);
    let citing = citers(&graph, "S/2013/480");
    assert!(citing.contains(&"S/RES/2151 (2014)".to_string()), "{citing:?}");
    assert_eq!(citing.len(), 2, "{citing:?}");
    assert_eq!(citers(&graph, "A/67/970"), citing);
}

/// A letter issued under a joint symbol (the form of the Permanent
/// Observer's letters of 2025, `A/ES-10/1043-S/2025/529`) is held under its
/// first symbol; a citation of its second symbol reaches it, also when the
/// citation was read first; it does not cite itself.
#[test]
fn letter_under_a_joint_symbol_is_one_held_node() {
    let letter = Extractor::new().extract_str(
        "letter.txt",
        "United Nations A/ES-10/1043-S/2025/529\n\nIdentical letters dated 4 August 2025 from the Permanent Observer addressed to the Secretary-General and the President of the Security Council\n\nThis letter (A/ES-10/1043-S/2025/529) follows my letters on resolution 2334 (2016).\n",
    );
    let citing = Extractor::new().extract_str(
        "report.txt",
        "United Nations S/2025/600\n\nReport of the Secretary-General\n\n1. The Permanent Observer wrote to me on 4 August 2025 (S/2025/529).\n",
    );
    for order in [[letter.clone(), citing.clone()], [citing, letter]] {
        let graph = CitationGraph::from_extractions(order);
        let node = graph.node("S/2025/529").expect("the letter by its second symbol");
        assert_eq!(node.id, "A/ES-10/1043");
        assert!(node.held);
        assert_eq!(citers(&graph, "A/ES-10/1043"), ["S/2025/600"]);
        let cited: Vec<String> = graph
            .neighbors("A/ES-10/1043", EdgeKind::Cites, petgraph::Direction::Outgoing)
            .map(|n| n.id.clone())
            .collect();
        assert_eq!(cited, ["S/RES/2334 (2016)"]);
        assert!(graph.conflicts().is_empty());
    }
}

/// A query names the document by either symbol.
#[test]
fn queries_find_either_symbol() {
    let graph = CitationGraph::from_extractions([
        read(&format!("{SC}/S-RES-2068(2012).txt")),
        read(&format!("{SC}/S-RES-2069(2012).txt")),
    ]);
    for q in ["what cites S/2012/261", "what cites A/66/782"] {
        let table = graph.query(q).unwrap_or_else(|e| panic!("{q}: {e}"));
        let ids: Vec<String> = table.node_ids().into_iter().map(str::to_string).collect();
        assert_eq!(ids, ["S/RES/2068 (2012)", "S/RES/2069 (2012)"], "{q}");
    }
}
