//! Prepared queries give the tables `query` gives, and the indices the fast
//! paths read (per-node in-degrees by edge kind) match a recount of the
//! edges after every way a graph is built: extraction, merge, snapshot.

use crate::common;

use std::path::Path;
use std::sync::OnceLock;

use petgraph::Direction;
use unxref::query::{QueryError, Row};
use unxref::{CitationGraph, EdgeKind, Extractor};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data");

fn graph() -> &'static CitationGraph {
    static GRAPH: OnceLock<CitationGraph> = OnceLock::new();
    GRAPH.get_or_init(|| CitationGraph::from_extractions(Extractor::new().extract_paths(&[DATA]).extractions))
}

/// Queries over every kind of answer: walks, filters, sets, paths, stages,
/// bindings, settings, explain.
const QUERIES: &[&str] = &[
    "what does 2531 cite",
    "what cites 2391",
    "2531 -> cites*1..3",
    "which resolutions cite 1325 since 2015",
    "how is 2531 connected to 1325",
    "shortest path from 2531 to 1325 via cites",
    "all paths from 2531 to 1325 max 3",
    "all | top 10 by citations",
    "all resolutions | top 5 by citations",
    "all | top 5 by references",
    "all | top 3 by pagerank",
    "all | group by kind",
    "all resolutions | count",
    "2531 -> cites | sort by year desc | limit 4",
    "(2531 -> cites) intersect (2518 -> cites)",
    "let a = 2531 -> cites; a except (2518 -> cites)",
    "set max_depth = 2; 2531 -> cites*",
    "who voted against 2531",
    "what is most often cited together with 1325",
    "explain 2531 -> cites*1..3 | top 3 by citations",
];

#[test]
fn a_prepared_query_gives_the_table_of_the_text_every_time() {
    let g = graph();
    for q in QUERIES {
        let expected = g.query(q).unwrap_or_else(|e| panic!("{q}:\n{e}"));
        let prepared = g.prepare(q).unwrap_or_else(|e| panic!("{q}:\n{e}"));
        assert_eq!(prepared.text(), *q);
        for run in 0..3 {
            let table = prepared.run().unwrap_or_else(|e| panic!("{q}:\n{e}"));
            assert_eq!(table, expected, "{q}, run {run}");
            assert_eq!(table.to_text(), expected.to_text(), "{q}, run {run}");
        }
    }
}

#[test]
fn preparing_reports_the_errors_the_query_reports() {
    let g = graph();
    for q in [
        "what does 99999 cite",
        "2531 -> citess",
        "all | top by",
        "2531 ->",
    ] {
        let from_query = g.query(q).expect_err(q).to_string();
        let from_prepare = g.prepare(q).expect_err(q).to_string();
        assert_eq!(from_prepare, from_query, "{q}");
    }
    assert!(matches!(
        g.prepare("what does 99999 cite"),
        Err(QueryError::Names(_))
    ));
}

#[test]
fn top_by_citations_over_all_nodes_ranks_like_a_full_sort() {
    let g = graph();
    for (top, sorted) in [
        (
            "all | top 10 by citations",
            "all | sort by citations desc | limit 10",
        ),
        (
            "all resolutions | top 7 by citations",
            "all resolutions | sort by citations desc | limit 7",
        ),
        (
            "all | top 6 by references",
            "all | sort by references desc | limit 6",
        ),
        ("all | top 5 by degree", "all | sort by degree desc | limit 5"),
        ("all | top 4 by pagerank", "all | sort by pagerank desc | limit 4"),
    ] {
        let scores = |q: &str| -> Vec<(String, Option<f64>)> {
            g.query(q)
                .unwrap_or_else(|e| panic!("{q}:\n{e}"))
                .rows()
                .iter()
                .map(|r| match r {
                    Row::Node(n) => (n.id.clone(), n.score),
                    other => panic!("{q}: a node row, not {other:?}"),
                })
                .collect()
        };
        let (a, b) = (scores(top), scores(sorted));
        assert!(!a.is_empty(), "{top}");
        assert_eq!(a, b, "{top} against {sorted}");
        assert!(a.windows(2).all(|w| w[0].1 >= w[1].1), "{top}: {a:?}");
    }
    // The most cited document of data/ by a count of its incoming edges.
    let top = g.query("all | top 1 by citations").unwrap();
    let Row::Node(first) = &top.rows()[0] else {
        panic!("a node row")
    };
    let ix = g.index_of(&first.id).unwrap();
    let counted = g
        .petgraph()
        .edges_directed(ix, Direction::Incoming)
        .filter(|e| e.weight().kind == EdgeKind::Cites)
        .count();
    assert!(counted > 0);
    assert_eq!(first.score, Some(counted as f64));
}

/// Every node's kept in-degree of every kind equals a count of its edges.
fn assert_in_degrees_match(g: &CitationGraph, what: &str) {
    let pg = g.petgraph();
    let mut checked = 0;
    for ix in pg.node_indices() {
        for kind in EdgeKind::ALL {
            let counted = pg
                .edges_directed(ix, Direction::Incoming)
                .filter(|e| e.weight().kind == kind)
                .count();
            assert_eq!(g.in_degree(ix, kind), counted, "{what}: {} {kind}", pg[ix].id);
            checked += counted;
        }
    }
    assert_eq!(checked, g.edge_count(), "{what}: every edge counted once");
}

#[test]
fn in_degrees_match_the_edges_after_extraction_merge_and_snapshot() {
    let g = graph();
    assert!(g.in_degree(g.index_of("S/RES/1325 (2000)").unwrap(), EdgeKind::Cites) > 0);
    assert_in_degrees_match(g, "data/");

    // Merging files one by one into a graph that already holds some of
    // their nodes and facts: repeated facts fold into one edge and must not
    // count twice.
    let extractions = Extractor::new().extract_paths(&[DATA]).extractions;
    let mut merged = CitationGraph::from_extractions(extractions.iter().take(2).cloned());
    let rest = CitationGraph::from_extractions(extractions.iter().skip(1).cloned());
    merged.merge(&rest);
    merged.merge(&rest);
    assert_eq!(merged.edge_count(), g.edge_count(), "merging twice adds no edge");
    assert_in_degrees_match(&merged, "merged");

    let back = CitationGraph::from_snapshot_bytes(&g.to_snapshot_bytes(), Path::new("data.unxref")).unwrap();
    assert_in_degrees_match(&back, "snapshot");
    for ix in g.petgraph().node_indices() {
        let id = &g.petgraph()[ix].id;
        let jx = back.index_of(id).unwrap();
        assert_eq!(
            back.in_degree(jx, EdgeKind::Cites),
            g.in_degree(ix, EdgeKind::Cites),
            "{id}"
        );
    }
    // Subgraphs keep the in-degrees of the edges they keep.
    let ids: Vec<&str> = g
        .petgraph()
        .node_indices()
        .take(40)
        .map(|ix| g.petgraph()[ix].id.as_str())
        .collect();
    assert_in_degrees_match(&g.subgraph(ids), "subgraph");
}

#[test]
fn in_degrees_match_the_edges_on_the_sc_resolutions_corpus() {
    let Some(corpus) = common::sc_corpus_or_skip() else {
        return;
    };
    let g = CitationGraph::from_extractions(Extractor::new().extract_paths(&[corpus]).extractions);
    assert!(g.edge_count() > 10_000);
    assert_in_degrees_match(&g, "sc-resolutions");
    let prepared = g.prepare("all | top 10 by citations").unwrap();
    assert_eq!(
        prepared.run().unwrap(),
        g.query("all | sort by citations desc | limit 10").unwrap()
    );
}

#[test]
fn a_table_read_late_or_made_owned_has_the_same_rows() {
    let (owned, text, len) = {
        let g = CitationGraph::from_extractions(Extractor::new().extract_paths(&[DATA]).extractions);
        let table = g.query("2531 -> cites*1..2").unwrap();
        let len = table.len();
        assert!(len > 10, "{len}");
        assert_eq!(table.rows().len(), len);
        assert_eq!(table.node_ids().len(), len);
        let owned = table.clone().into_owned();
        assert_eq!(owned, table);
        (owned, table.to_text(), len)
    };
    // The graph is gone; the owned table still prints the same rows.
    assert_eq!(owned.len(), len);
    assert_eq!(owned.to_text(), text);
    assert!(text.contains("S/RES/2391 (2017)"), "{text}");
}
