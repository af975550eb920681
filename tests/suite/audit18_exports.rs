//! Exports audit 18: every export of the graph of the whole corpus
//! (`unxref build sc-resolutions sg-reports-pdf data`: 9,355 nodes, 34,733
//! edges) read with the tool it targets: GraphML with NetworkX
//! `read_graphml` and igraph `Graph.Read_GraphML`, N-Triples with rdflib
//! (and SPARQL "what cites S/RES/1325 (2000)" against `unxref query "what
//! cites 1325"`: the same 230 documents, the two resolutions the query
//! reaches through their drafts by `unx:adoptedAs`), the CSV tables with
//! pandas and DuckDB, the Neo4j tables against the `neo4j-admin database
//! import` header format, JSON with `json.load`; every value compared with
//! the JSON export's. The counts, ids, strings (quotes, commas, `;`,
//! non-ASCII names such as "Côte d'Ivoire") and types matched. What was
//! wrong:
//! * igraph's GraphML reader fills a missing `boolean` with false: the
//!   9,162 nodes without a vote record (1325 (2000) among them) read
//!   `unanimous = False` and `without_vote = False`. The booleans only
//!   some nodes record are now `int` keys (1 or 0), which igraph fills
//!   with NaN and NetworkX leaves out;
//! * the N-Triples left out facts every other format carries: the page of
//!   a PDF's evidence (28 nodes, 1,286 edges), `without_vote` and where a
//!   tally was read (193 resolutions), and the citation count;
//! * the Neo4j tables typed dates as strings; `neo4j-admin` has a `date`
//!   type, so `date` columns are now `date:date`.
//!
//! The snapshot round trip (build → save → load → export equals build →
//! export, byte for byte, in every format) held; damaged snapshots gave
//! their error, never a panic. Both are checked here.

use std::collections::{BTreeMap, BTreeSet};

use oxrdf::{NamedOrBlankNode, Term};
use unxref::error::SnapshotError;
use unxref::graph::export::{self, Format};
use unxref::graph::snapshot::{FORMAT_VERSION, MAGIC};
use unxref::model::{Evidence, Tally};
use unxref::{CitationGraph, Node, NodeKind};

use crate::common::{self, data_graph, sample};

/// The bundled corpus as `unxref` reads it by default: `data/` and the
/// bundled copy of the sc-resolutions (193 of whose resolutions record a
/// vote), built once.
fn bundled_graph() -> &'static CitationGraph {
    static GRAPH: std::sync::OnceLock<CitationGraph> = std::sync::OnceLock::new();
    GRAPH.get_or_init(|| {
        let resolutions = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/sc-resolutions");
        let corpus = unxref::Extractor::new().extract_paths(&[common::DATA, resolutions]);
        CitationGraph::from_extractions(corpus.extractions)
    })
}

/// The GraphML keys of `text`, name → `attr.type`.
fn graphml_key_types(text: &str) -> BTreeMap<String, String> {
    let mut keys = BTreeMap::new();
    for line in text.lines().filter(|l| l.trim_start().starts_with("<key ")) {
        let attr = |name: &str| {
            let start = line.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
            line[start..]
                .split('"')
                .next()
                .expect("closing quote")
                .to_string()
        };
        keys.insert(
            format!("{}:{}", attr("for"), attr("attr.name")),
            attr("attr.type"),
        );
    }
    keys
}

/// A graph of two resolutions: one whose vote was read (unanimously; its
/// heading from a PDF, page 1), one that records no vote at all.
fn voted_and_unrecorded() -> CitationGraph {
    let mut graph = CitationGraph::new();
    let mut voted = Node::new(
        "S/RES/1325 (2000)",
        NodeKind::Resolution,
        "Resolution 1325 (2000)",
    );
    voted.held = true;
    voted.tally = Some(Tally {
        unanimous: true,
        meeting: Some(4213),
        evidence: Some(Evidence {
            file: "S_RES_1325.pdf".into(),
            line: 7,
            quote: "Adopted unanimously at its 4213th meeting".into(),
            // The flattened formats have no column for a tally's page
            // (no tally of the corpus is read from a PDF).
            page: None,
        }),
        ..Tally::default()
    });
    voted.source = Some(Evidence {
        file: "S_RES_1325.pdf".into(),
        line: 1,
        quote: "Resolution 1325 (2000)".into(),
        page: Some(1),
    });
    graph.add_node(voted);
    let mut unrecorded = Node::new(
        "S/RES/1820 (2008)",
        NodeKind::Resolution,
        "Resolution 1820 (2008)",
    );
    unrecorded.held = true;
    graph.add_node(unrecorded);
    graph
}

#[test]
fn graphml_never_declares_a_boolean_that_some_nodes_lack() {
    // igraph reads a missing boolean as false; only `held`, which every
    // node has, may be a boolean key.
    let graph = voted_and_unrecorded();
    let text = export::to_graphml(&graph);
    let keys = graphml_key_types(&text);
    let booleans: Vec<&String> = keys
        .iter()
        .filter(|(_, t)| *t == "boolean")
        .map(|(k, _)| k)
        .collect();
    assert_eq!(booleans, ["node:held"]);
    assert_eq!(keys["node:unanimous"], "int");
    assert_eq!(keys["node:without_vote"], "int");
    // The vote read is 1 and 0; the resolution without one has no data.
    let node_block = |id: &str| {
        let start = text.find(&format!("<node id=\"{id}\">")).expect("the node");
        text[start..text[start..].find("</node>").expect("its end") + start].to_string()
    };
    let voted = node_block("S/RES/1325 (2000)");
    assert!(voted.contains(r#"<data key="v_unanimous">1</data>"#), "{voted}");
    assert!(
        voted.contains(r#"<data key="v_without_vote">0</data>"#),
        "{voted}"
    );
    let unrecorded = node_block("S/RES/1820 (2008)");
    assert!(
        !unrecorded.contains("v_unanimous") && !unrecorded.contains("v_without_vote"),
        "{unrecorded}"
    );
    assert!(unrecorded.contains(r#"<data key="v_held">true</data>"#));
    // The import reads the integers back as the tally they were.
    let back = unxref::graph::import::from_graphml(&text).expect("our GraphML");
    assert_eq!(
        back.node("S/RES/1325 (2000)").unwrap().tally,
        graph.node("S/RES/1325 (2000)").unwrap().tally
    );
    assert_eq!(back.node("S/RES/1820 (2008)").unwrap().tally, None);
}

#[test]
fn graphml_of_the_bundled_corpus_keeps_its_tallies_through_the_import() {
    let graph = bundled_graph();
    let tallies = graph.nodes().filter(|n| n.tally.is_some()).count();
    assert!(tallies > 0, "the bundled resolutions record votes");
    let back = unxref::graph::import::from_graphml(&export::to_graphml(graph)).expect("our GraphML");
    for node in graph.nodes() {
        assert_eq!(
            back.node(&node.id).expect("every node").tally,
            node.tally,
            "{}",
            node.id
        );
    }
}

#[test]
fn neo4j_dates_are_typed_dates_and_unrecorded_ones_empty() {
    let graph = data_graph();
    let (nodes, relationships) = export::to_neo4j_csv(&graph);
    for (text, what) in [(&nodes, "nodes"), (&relationships, "relationships")] {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header = reader.headers().expect("a header").clone();
        let date = header
            .iter()
            .position(|h| h == "date:date")
            .unwrap_or_else(|| panic!("{what}: date:date"));
        assert!(
            !header.iter().any(|h| h == "date"),
            "{what}: an untyped date column"
        );
        let (mut dated, mut empty) = (0, 0);
        for record in reader.records() {
            let cell = record.expect("a record")[date].to_string();
            if cell.is_empty() {
                empty += 1;
            } else {
                cell.parse::<unxref::Date>()
                    .unwrap_or_else(|e| panic!("{what}: {cell:?}: {e}"));
                dated += 1;
            }
        }
        assert!(
            dated > 0 && empty > 0,
            "{what}: {dated} dated, {empty} not recorded"
        );
    }
    // An unrecorded date is an empty, unquoted field (neo4j-admin sets no
    // property); never `""`, which it imports as an empty string.
    let stub = graph
        .nodes()
        .find(|n| !n.held && n.date.is_none())
        .expect("a stub without a date");
    let line = nodes
        .lines()
        .find(|l| l.starts_with(&format!("{},", stub.id)))
        .expect("its row");
    assert!(!line.contains("\"\""), "{line}");
}

fn parse_ntriples(text: &str) -> Vec<oxrdf::Triple> {
    oxttl::NTriplesParser::new()
        .for_slice(text)
        .collect::<Result<Vec<_>, _>>()
        .expect("the N-Triples parse")
}

/// The literal values of each (subject IRI, `unx:` predicate name).
fn unx_literals(triples: &[oxrdf::Triple]) -> BTreeMap<(String, String), Vec<String>> {
    let mut values: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for t in triples {
        let (NamedOrBlankNode::NamedNode(subject), Term::Literal(literal)) = (&t.subject, &t.object) else {
            continue;
        };
        if let Some(name) = t.predicate.as_str().strip_prefix(export::VOCAB) {
            values
                .entry((subject.as_str().to_string(), name.to_string()))
                .or_default()
                .push(literal.value().to_string());
        }
    }
    values
}

#[test]
fn ntriples_carry_pages_tallies_and_citations_and_nothing_unrecorded() {
    let graph = voted_and_unrecorded();
    let literals = unx_literals(&parse_ntriples(&export::to_ntriples(&graph)));
    let values = |iri: &str, name: &str| {
        literals
            .get(&(iri.to_string(), name.to_string()))
            .cloned()
            .unwrap_or_default()
    };
    let voted = export::node_iri("S/RES/1325 (2000)");
    let one = |name: &str| values(&voted, name);
    assert_eq!(one("sourcePage"), ["1"]);
    assert_eq!(one("unanimous"), ["true"]);
    assert_eq!(one("withoutVote"), ["false"]);
    assert_eq!(one("tallyFile"), ["S_RES_1325.pdf"]);
    assert_eq!(one("tallyLine"), ["7"]);
    assert_eq!(one("tallyQuote"), ["Adopted unanimously at its 4213th meeting"]);
    assert_eq!(one("meeting"), ["4213"]);
    assert_eq!(one("citations"), ["0"]);
    // No count was stated: none is written.
    assert!(one("votesInFavour").is_empty() && one("votesAgainst").is_empty());
    // A resolution without a vote record has no vote triple at all.
    let unrecorded = export::node_iri("S/RES/1820 (2008)");
    for name in [
        "unanimous",
        "withoutVote",
        "tallyFile",
        "votesInFavour",
        "meeting",
        "sourcePage",
    ] {
        assert!(values(&unrecorded, name).is_empty(), "{name}");
    }
}

#[test]
fn ntriples_of_the_bundled_corpus_state_what_the_json_states() {
    let graph = bundled_graph();
    let literals = unx_literals(&parse_ntriples(&export::to_ntriples(graph)));
    let json: serde_json::Value = serde_json::from_str(&export::to_json(graph)).expect("JSON");
    let mut tallies = 0;
    for node in json["nodes"].as_array().expect("nodes") {
        let iri = export::node_iri(node["id"].as_str().expect("an id"));
        let values = |name: &str| {
            literals
                .get(&(iri.clone(), name.to_string()))
                .cloned()
                .unwrap_or_default()
        };
        assert_eq!(values("citations"), [node["citations"].to_string()], "{iri}");
        if let Some(tally) = node.get("tally") {
            tallies += 1;
            // Stated in both or in neither (adopted without a vote).
            let unanimous: Vec<String> = tally
                .get("unanimous")
                .map(|u| u.to_string())
                .into_iter()
                .collect();
            assert_eq!(values("unanimous"), unanimous, "{iri}");
            let without_vote = tally.get("without_vote").is_some_and(|w| w == true);
            assert_eq!(values("withoutVote"), [without_vote.to_string()], "{iri}");
            assert_eq!(
                values("tallyLine"),
                [tally["evidence"]["line"].to_string()],
                "{iri}"
            );
            assert_eq!(
                values("tallyQuote"),
                [tally["evidence"]["quote"].as_str().unwrap()],
                "{iri}"
            );
        } else {
            assert!(
                values("unanimous").is_empty() && values("withoutVote").is_empty(),
                "{iri}"
            );
        }
    }
    assert!(tallies > 0);
}

/// Every format of `graph`, as written to disk.
fn all_exports(graph: &CitationGraph) -> Vec<(Format, &'static str, String)> {
    Format::ALL
        .iter()
        .flat_map(|&format| {
            export::render(graph, format)
                .into_iter()
                .map(move |f| (format, f.name, f.text))
        })
        .collect()
}

/// build → save → load → export is build → export, byte for byte.
fn assert_snapshot_round_trip(graph: &CitationGraph, what: &str) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("g.unxref");
    graph
        .save(&path, unxref::graph::Overwrite::Snapshots)
        .expect("saved");
    let back = CitationGraph::load(&path).expect("loaded");
    for ((format, name, built), (_, _, loaded)) in all_exports(graph).into_iter().zip(all_exports(&back)) {
        assert!(
            built == loaded,
            "{what}: {format} {name} differs after a snapshot round trip"
        );
    }
    assert_eq!(
        back.to_snapshot_bytes(),
        graph.to_snapshot_bytes(),
        "{what}: the snapshot itself"
    );
}

#[test]
fn a_snapshot_exports_the_bytes_the_build_exports() {
    assert_snapshot_round_trip(&sample(), "the sample");
    assert_snapshot_round_trip(&data_graph(), "data/");
    assert_snapshot_round_trip(bundled_graph(), "the bundled corpus");
}

#[test]
fn a_snapshot_of_the_sc_resolutions_exports_the_bytes_the_build_exports() {
    let Some(graph) = common::sc_corpus_graph() else {
        return;
    };
    assert_snapshot_round_trip(graph, "sc-resolutions");
}

#[test]
fn damaged_snapshots_are_errors_that_name_the_file() {
    let bytes = data_graph().to_snapshot_bytes();
    let path = std::path::Path::new("g.unxref");
    let load = |b: &[u8]| CitationGraph::from_snapshot_bytes(b, path);
    // Cut at every length of the header and at spread points of the payload.
    let cuts = (0..40).chain((40..bytes.len()).step_by(bytes.len() / 50 + 1));
    for cut in cuts {
        let err = load(&bytes[..cut]).expect_err("a cut snapshot");
        assert!(err.to_string().starts_with("g.unxref: "), "{cut}: {err}");
        let expected = if cut < MAGIC.len() {
            matches!(err, SnapshotError::NotASnapshot { .. })
        } else {
            matches!(err, SnapshotError::Corrupted { .. })
        };
        assert!(expected, "cut at {cut}: {err:?}");
    }
    // Another format version says which, and what to do.
    let mut other = bytes.clone();
    other[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    let err = load(&other).expect_err("another version");
    assert!(
        matches!(err, SnapshotError::Version { found, .. } if found == FORMAT_VERSION + 1),
        "{err:?}"
    );
    assert!(err.to_string().contains("unxref build"), "{err}");
    // A payload of garbage whose header and checksum agree: decoding fails cleanly.
    for seed in 0u8..16 {
        let payload: Vec<u8> = (0..4096u32)
            .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed) ^ 0xa5)
            .collect();
        let mut forged = Vec::new();
        forged.extend_from_slice(MAGIC);
        forged.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        forged.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        forged.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
        forged.extend_from_slice(&payload);
        if let Err(err) = load(&forged) {
            assert!(matches!(err, SnapshotError::Corrupted { .. }), "{err:?}");
        }
    }
}

#[test]
fn damaged_snapshot_files_fail_to_load_with_the_rebuild_advice() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let bytes = data_graph().to_snapshot_bytes();
    let half = dir.path().join("half.unxref");
    std::fs::write(&half, &bytes[..bytes.len() / 2]).expect("written");
    let err = CitationGraph::load(&half).expect_err("half a snapshot");
    assert!(matches!(err, SnapshotError::Corrupted { .. }), "{err:?}");
    assert!(
        err.to_string().contains("rebuild it with `unxref build`"),
        "{err}"
    );
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a graph").expect("written");
    assert!(matches!(
        CitationGraph::load(&text),
        Err(SnapshotError::NotASnapshot { .. })
    ));
}

#[test]
fn every_export_counts_the_nodes_and_edges_of_the_graph() {
    let graph = data_graph();
    let (nodes, edges) = (graph.node_count(), graph.edge_count());
    let csv_rows = |text: &str| csv::Reader::from_reader(text.as_bytes()).records().count();
    for (format, name, text) in all_exports(&graph) {
        let counted = match (format, name) {
            (Format::Json, _) => {
                let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
                assert_eq!(v["nodes"].as_array().unwrap().len(), nodes);
                v["edges"].as_array().unwrap().len()
            }
            (Format::GraphMl, _) => {
                assert_eq!(text.matches("<node id=").count(), nodes);
                text.matches("<edge id=").count()
            }
            (Format::NTriples, _) => {
                let triples = parse_ntriples(&text);
                let ids: BTreeSet<String> = triples
                    .iter()
                    .filter(|t| t.predicate.as_str() == format!("{}id", export::VOCAB))
                    .map(|t| t.subject.to_string())
                    .collect();
                assert_eq!(ids.len(), nodes);
                let statement = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement";
                triples
                    .iter()
                    .filter(|t| t.predicate.as_str() == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
                    .filter(|t| matches!(&t.object, Term::NamedNode(n) if n.as_str() == statement))
                    .count()
            }
            (Format::Dot, _) => text.lines().filter(|l| l.contains(" -> ")).count(),
            (_, "nodes.csv") => {
                assert_eq!(csv_rows(&text), nodes);
                continue;
            }
            _ => csv_rows(&text),
        };
        assert_eq!(counted, edges, "{format} {name}");
    }
}

/// "Adopted without vote" (72 (1949), 214 (1965), 270 (1969), 286 (1970)):
/// no vote was taken, so the resolution was neither adopted unanimously
/// nor not. The exports say `without_vote` and leave `unanimous` unsaid,
/// as the graph's own `VoteRecord::unanimous` does; they had written
/// `unanimous = false`, a split vote to any tool that filters on it.
#[test]
fn a_resolution_adopted_without_a_vote_is_neither_unanimous_nor_not() {
    let graph = bundled_graph();
    let id = "S/RES/72 (1949)";
    assert!(
        graph
            .node(id)
            .and_then(|n| n.tally.as_ref())
            .is_some_and(|t| t.without_vote)
    );
    let json: serde_json::Value = serde_json::from_str(&export::to_json(graph)).expect("JSON");
    let node = json["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .find(|n| n["id"] == id)
        .expect("72 (1949) exported");
    assert_eq!(node["tally"]["without_vote"], true, "{node}");
    assert!(node["tally"].get("unanimous").is_none(), "{node}");
    let triples = export::to_ntriples(graph);
    let without: Vec<&str> = triples
        .lines()
        .filter(|l| l.contains("withoutVote>") && l.contains("\"true\""))
        .map(|l| l.split(' ').next().expect("subject"))
        .collect();
    assert_eq!(
        without.len(),
        4,
        "72, 214, 270 and 286 were adopted without a vote"
    );
    for subject in without {
        assert!(
            !triples
                .lines()
                .any(|l| l.starts_with(subject) && l.contains("unanimous>")),
            "no unanimous triple for {subject}"
        );
    }
    // A resolution adopted unanimously still says so, every one.
    let said = json["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .filter(|n| n["tally"]["unanimous"] == true)
        .count();
    let recorded = graph
        .nodes()
        .filter(|n| n.tally.as_ref().is_some_and(|t| t.unanimous && !t.without_vote))
        .count();
    assert!(recorded > 0);
    assert_eq!(said, recorded);
}
