//! Joint symbols (issue 16 §2): a document issued under two symbols
//! (`A/67/970-S/2013/480`) is one node, named by its Security Council
//! symbol and reached by a citation of either symbol, in whichever order
//! the files are read and the halves written; its kind is what the citing
//! words tell (`the report of the Secretary-General`: a report), never the
//! `ga_document` of its General Assembly half; a letter whose own symbol is
//! joint cites neither of its halves.

use crate::common;

use petgraph::Direction::{Incoming, Outgoing};
use unxref::{CitationGraph, EdgeKind, Extractor, NodeKind};

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

fn cited(graph: &CitationGraph, id: &str) -> Vec<String> {
    graph
        .neighbors(id, EdgeKind::Cites, Outgoing)
        .map(|n| n.id.clone())
        .collect()
}

/// The node a symbol reaches: its id, kind and aliases.
fn named(graph: &CitationGraph, symbol: &str) -> (String, NodeKind, Vec<String>) {
    let node = graph.node(symbol).unwrap_or_else(|| panic!("{symbol}: no node"));
    (node.id.clone(), node.kind, node.aliases.clone())
}

fn strings(s: &[&str]) -> Vec<String> {
    s.iter().map(|s| s.to_string()).collect()
}

/// S-RES-2068(2012) cites "the report of the Secretary-General of 26 April
/// 2012 (A/66/782-S/2012/261)", S-RES-2069(2012) the same report as
/// "(S/2012/261)": one node, `S/2012/261`, a report, cited by both,
/// whichever file comes first.
#[test]
fn either_symbol_reaches_one_document_in_either_order() {
    let a = read(&format!("{SC}/S-RES-2068(2012).txt"));
    let b = read(&format!("{SC}/S-RES-2069(2012).txt"));
    assert_eq!(a.aliases, [("S/2012/261".to_string(), "A/66/782".to_string())]);
    for order in [[a.clone(), b.clone()], [b, a]] {
        let graph = CitationGraph::from_extractions(order);
        for symbol in ["S/2012/261", "A/66/782"] {
            assert_eq!(
                named(&graph, symbol),
                ("S/2012/261".to_string(), NodeKind::Report, strings(&["A/66/782"])),
                "{symbol}"
            );
            assert_eq!(
                citers(&graph, symbol),
                ["S/RES/2068 (2012)", "S/RES/2069 (2012)"],
                "{symbol}"
            );
        }
        assert_eq!(graph.index_of("A/66/782"), graph.index_of("S/2012/261"));
        assert_eq!(graph.nodes().filter(|n| n.id == "A/66/782").count(), 0);
        assert_eq!(graph.node("S/2012/261").unwrap().label, "S/2012/261");
        assert_eq!(graph.node("S/2012/261").unwrap().year, Some(2012));
    }
}

/// The Yearbook chapter of data/ cites "a report [A/67/970-S/2013/480]";
/// S-RES-2151(2014) cites the same report as "(S/2013/480)".
#[test]
fn yearbook_and_resolution_cite_one_report() {
    let yearbook = read(&format!("{}/004_67c45e80fbaf56c1.txt", common::DATA));
    let resolution = read(&format!("{SC}/S-RES-2151(2014).txt"));
    for order in [
        [resolution.clone(), yearbook.clone()],
        [yearbook.clone(), resolution.clone()],
    ] {
        let graph = CitationGraph::from_extractions(order);
        let citing = citers(&graph, "S/2013/480");
        assert!(citing.contains(&"S/RES/2151 (2014)".to_string()), "{citing:?}");
        assert_eq!(citing.len(), 2, "{citing:?}");
        assert_eq!(citers(&graph, "A/67/970"), citing);
        assert_eq!(
            named(&graph, "A/67/970"),
            ("S/2013/480".to_string(), NodeKind::Report, strings(&["A/67/970"]))
        );
    }
}

/// Every joint symbol the sc-resolutions texts write (all `A/…-S/…`, with
/// a hyphen): the citation is of the Council symbol, and of the kind its
/// words tell as they would before that symbol alone. 1998 (2011) and 2068
/// (2012) "considered the report of the Secretary-General", 1960 (2010)
/// cites "his report", 1824 (2008) "the letter … attaching the letter to
/// him from the President of the International Criminal Tribunal for
/// Rwanda"; the "points of common understanding" (1214) and the joint
/// statement (1362) are documents, as `S/…` alone would be.
#[test]
fn every_joint_citation_of_the_resolutions() {
    let cases = [
        (
            "S-RES-1214(1998).txt",
            "S/1998/913",
            "A/53/455",
            NodeKind::Document,
        ),
        (
            "S-RES-1362(2001).txt",
            "S/2001/617",
            "A/56/116",
            NodeKind::Document,
        ),
        ("S-RES-1824(2008).txt", "S/2008/436", "A/62/896", NodeKind::Letter),
        ("S-RES-1960(2010).txt", "S/2010/181", "A/64/742", NodeKind::Report),
        ("S-RES-1998(2011).txt", "S/2011/250", "A/65/820", NodeKind::Report),
        ("S-RES-2068(2012).txt", "S/2012/261", "A/66/782", NodeKind::Report),
    ];
    for (file, council, assembly, kind) in cases {
        let extraction = read(&format!("{SC}/{file}"));
        assert_eq!(
            extraction.aliases,
            [(council.to_string(), assembly.to_string())],
            "{file}"
        );
        let targets: Vec<_> = extraction
            .links
            .iter()
            .filter(|l| l.target.id == council || l.target.id == assembly)
            .map(|l| (l.target.id.as_str(), l.target.kind))
            .collect();
        assert_eq!(targets, [(council, kind)], "{file}");
        let graph = CitationGraph::from_extractions([extraction]);
        assert_eq!(
            named(&graph, assembly),
            (council.to_string(), kind, strings(&[assembly])),
            "{file}"
        );
    }
}

/// The report S/2010/85 (a PDF) notes "the Secretary-General's report on
/// peacebuilding in the immediate aftermath of conflict
/// (A/63/881-S/2009/304)": a report, named S/2009/304.
#[test]
fn a_pdf_report_cites_a_joint_report() {
    let Some(dir) = common::sg_reports_or_skip() else {
        return;
    };
    let corpus = Extractor::new().extract_paths(&[dir.join("UNMIT_S_2010_85.pdf")]);
    let graph = CitationGraph::from_extractions(corpus.extractions);
    assert_eq!(
        named(&graph, "A/63/881"),
        ("S/2009/304".to_string(), NodeKind::Report, strings(&["A/63/881"]))
    );
    assert_eq!(citers(&graph, "A/63/881"), ["S/2010/85"]);
}

/// The Council's resolutions of 1981 cite the General Assembly's records
/// as "document A/36/533 S/14701" (S-RES-491(1981)) and "document A/36/308
/// S/14506" (S-RES-489(1981)): the old way of writing a joint symbol, one
/// space between the halves. One document, cited once.
#[test]
fn old_joint_symbols_have_a_space_between_the_halves() {
    for (file, council, assembly, citing) in [
        ("S-RES-491(1981).txt", "S/14701", "A/36/533", "S/RES/491 (1981)"),
        ("S-RES-489(1981).txt", "S/14506", "A/36/308", "S/RES/489 (1981)"),
    ] {
        let extraction = read(&format!("{SC}/{file}"));
        assert_eq!(
            extraction.aliases,
            [(council.to_string(), assembly.to_string())],
            "{file}"
        );
        let graph = CitationGraph::from_extractions([extraction]);
        assert_eq!(
            named(&graph, assembly),
            (council.to_string(), NodeKind::Document, strings(&[assembly])),
            "{file}"
        );
        assert_eq!(citers(&graph, assembly), [citing], "{file}");
        let cites = cited(&graph, citing);
        assert_eq!(cites.iter().filter(|c| *c == council).count(), 1, "{cites:?}");
        assert!(!cites.iter().any(|c| c == assembly), "{cites:?}");
    }
    // Not two documents of other series, nor a symbol after a Council one.
    let text = "Resolution 9 (1946)\n\nThe Security Council,\n\nHaving considered documents S/14701 S/14702 and A/36/533 E/1981/12,\n";
    let extraction = Extractor::new().extract_str("9.txt", text);
    assert!(extraction.aliases.is_empty(), "{:?}", extraction.aliases);
}

/// The halves written in either order, with a hyphen, an en or an em
/// dash, spaced or not: one node, `S/2012/261`, a report.
#[test]
fn every_way_of_writing_the_halves() {
    for joint in [
        "A/66/782-S/2012/261",
        "A/66/782 - S/2012/261",
        "A/66/782\u{2013}S/2012/261",
        "A/66/782 \u{2014} S/2012/261",
        "S/2012/261-A/66/782",
        "S/2012/261 \u{2013} A/66/782",
    ] {
        let text = format!(
            "Resolution 2068 (2012)\n\nThe Security Council,\n\nHaving considered the report of the Secretary-General of 26 April 2012 ({joint}),\n"
        );
        let extraction = Extractor::new().extract_str("2068.txt", &text);
        assert_eq!(
            extraction.aliases,
            [("S/2012/261".to_string(), "A/66/782".to_string())],
            "{joint}"
        );
        let graph = CitationGraph::from_extractions([extraction]);
        assert_eq!(
            named(&graph, "A/66/782"),
            ("S/2012/261".to_string(), NodeKind::Report, strings(&["A/66/782"])),
            "{joint}"
        );
        assert_eq!(cited(&graph, "S/RES/2068 (2012)"), ["S/2012/261"], "{joint}");
    }
}

/// A document first cited by its General Assembly symbol alone (a stub of
/// kind `ga_document`, which is all the symbol says), then by the joint
/// symbol after "the report": a report named S/2012/261; and the other way
/// round, the Assembly symbol alone cited after does not undo the kind.
#[test]
fn the_assembly_half_alone_does_not_decide_the_kind() {
    let joint = Extractor::new().extract_str(
        "2068.txt",
        "Resolution 2068 (2012)\n\nThe Security Council,\n\nHaving considered the report of the Secretary-General of 26 April 2012 (A/66/782-S/2012/261),\n",
    );
    let alone = Extractor::new().extract_str(
        "minutes.txt",
        "United Nations S/2012/999\n\nLetter dated 1 June 2012\n\n1. See also document A/66/782.\n",
    );
    let first = CitationGraph::from_extractions([alone.clone()]);
    assert_eq!(first.node("A/66/782").unwrap().kind, NodeKind::GaDocument);
    for order in [[alone.clone(), joint.clone()], [joint, alone]] {
        let graph = CitationGraph::from_extractions(order);
        assert_eq!(
            named(&graph, "A/66/782"),
            ("S/2012/261".to_string(), NodeKind::Report, strings(&["A/66/782"]))
        );
        assert_eq!(citers(&graph, "S/2012/261"), ["S/2012/999", "S/RES/2068 (2012)"]);
    }
    // No words tell the kind (S-RES-1214(1998): the "points of common
    // understanding" (A/53/455-S/1998/913, annex)): a document, as
    // `S/1998/913` alone is, in either order.
    let joint = read(&format!("{SC}/S-RES-1214(1998).txt"));
    let alone = Extractor::new().extract_str(
        "minutes.txt",
        "United Nations S/1998/999\n\nLetter dated 1 December 1998\n\n1. See also document A/53/455.\n",
    );
    for order in [[alone.clone(), joint.clone()], [joint, alone]] {
        let graph = CitationGraph::from_extractions(order);
        assert_eq!(
            named(&graph, "A/53/455"),
            (
                "S/1998/913".to_string(),
                NodeKind::Document,
                strings(&["A/53/455"])
            )
        );
        assert_eq!(citers(&graph, "S/1998/913"), ["S/1998/999", "S/RES/1214 (1998)"]);
    }
}

/// A letter issued under a joint symbol (the form of the Permanent
/// Observer's letters of 2025, `A/ES-10/1043-S/2025/529`) is held under its
/// Council symbol; a citation of either symbol reaches it, also when the
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
    let by_assembly_symbol = Extractor::new().extract_str(
        "note.txt",
        "United Nations S/2025/700\n\nNote by the Secretary-General\n\n1. See the letter of 4 August 2025 (A/ES-10/1043).\n",
    );
    let kind = CitationGraph::from_extractions([letter.clone()])
        .node("A/ES-10/1043")
        .unwrap()
        .kind;
    let orders = [
        [letter.clone(), citing.clone(), by_assembly_symbol.clone()],
        [citing.clone(), letter.clone(), by_assembly_symbol.clone()],
        [citing, by_assembly_symbol, letter],
    ];
    for order in orders {
        let graph = CitationGraph::from_extractions(order);
        for symbol in ["S/2025/529", "A/ES-10/1043"] {
            assert_eq!(
                named(&graph, symbol),
                ("S/2025/529".to_string(), kind, strings(&["A/ES-10/1043"])),
                "{symbol}"
            );
        }
        assert!(graph.node("S/2025/529").unwrap().held);
        assert_eq!(citers(&graph, "A/ES-10/1043"), ["S/2025/600", "S/2025/700"]);
        assert_eq!(cited(&graph, "A/ES-10/1043"), ["S/RES/2334 (2016)"]);
        assert!(graph.conflicts().is_empty());
    }
    // Held, its text citing neither half: named by the Council symbol too.
    let quiet = Extractor::new().extract_str(
        "letter.txt",
        "United Nations A/ES-10/1044-S/2025/530\n\nIdentical letters dated 5 August 2025 from the Permanent Observer addressed to the Secretary-General and the President of the Security Council\n\nI write further to my letters on resolution 2334 (2016).\n",
    );
    let graph = CitationGraph::from_extractions([quiet]);
    assert_eq!(
        named(&graph, "A/ES-10/1044"),
        ("S/2025/530".to_string(), kind, strings(&["A/ES-10/1044"]))
    );
    assert_eq!(cited(&graph, "S/2025/530"), ["S/RES/2334 (2016)"]);
}

/// A snapshot keeps the node as built: named by its Council symbol, found
/// by either.
#[test]
fn a_snapshot_keeps_the_name_and_the_alias() {
    let graph = CitationGraph::from_extractions([read(&format!("{SC}/S-RES-2068(2012).txt"))]);
    let back =
        CitationGraph::from_snapshot_bytes(&graph.to_snapshot_bytes(), std::path::Path::new("g.unxref"))
            .expect("loaded");
    assert_eq!(
        named(&back, "A/66/782"),
        ("S/2012/261".to_string(), NodeKind::Report, strings(&["A/66/782"]))
    );
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

/// The questions of the audit, on the graph of the whole sc-resolutions
/// corpus: the reports 2068 (2012) and 1998 (2011) cite are listed (they
/// were `ga_document`s, and the kind filter dropped them), 2069 cites the
/// report by the symbol it writes, and an answer a kind filter empties
/// says what the text does cite.
#[test]
fn which_reports_a_resolution_cites() {
    let Some(graph) = common::sc_corpus_graph() else {
        return;
    };
    let ids = |q: &str| -> Vec<String> {
        let table = graph.query(q).unwrap_or_else(|e| panic!("{q}: {e}"));
        table.node_ids().into_iter().map(str::to_string).collect()
    };
    assert_eq!(ids("which reports does 2068 cite"), ["S/2012/261"]);
    assert_eq!(ids("which reports does 1998 (2011) cite"), ["S/2011/250"]);
    assert_eq!(ids("does 2069 cite S/2012/261"), ["S/2012/261"]);
    assert_eq!(ids("does 2069 cite A/66/782"), ["S/2012/261"]);
    assert!(
        !graph
            .nodes()
            .any(|n| n.kind == NodeKind::GaDocument && n.aliases.iter().any(|a| a.starts_with("S/")))
    );
    // Nine citations, none of a presidential statement: said so, not "no
    // citation is recorded".
    assert_eq!(cited(graph, "S/RES/2068 (2012)").len(), 9);
    let table = graph
        .query("which presidential statements does 2068 cite")
        .unwrap();
    assert!(table.is_empty());
    assert_eq!(
        table.empty_note(),
        Some(
            "with kind = \"presidential_statements\": none of the 9 documents cited in the text of S/RES/2068 (2012) (by kind: resolution 8, report 1)"
        )
    );
    // A text that cites nothing at all still says so.
    let empty = graph
        .nodes()
        .find(|n| n.held && n.kind == NodeKind::Resolution && cited(graph, &n.id).is_empty())
        .expect("a resolution that cites nothing");
    let q = format!("which reports does {} cite", n_of(&empty.id));
    let table = graph.query(&q).unwrap();
    assert_eq!(
        table.empty_note(),
        Some(
            format!(
                "with kind = \"reports\": no citation is recorded in the text of {}",
                empty.id
            )
            .as_str()
        ),
        "{q}"
    );
}

/// `S/RES/242 (1967)` → `242 (1967)`.
fn n_of(id: &str) -> &str {
    id.strip_prefix("S/RES/").unwrap_or(id)
}
