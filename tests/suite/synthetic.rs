//! The benchmarks' synthetic generators: the graph generator
//! (`benches/common/synthetic.rs`: seeded, citations pointing back in time,
//! no repeats, exact sizes, and an in-degree tail shaped like the corpus's)
//! and the corpus generator built on it (`synthetic_corpus.rs`: texts the
//! extractor reads back into exactly the planned documents and citations).

use crate::bench_common::synthetic::{Spec, build, citations, year_of};
use crate::bench_common::synthetic_corpus;
use unxref::EdgeKind;

const SMALL: Spec = Spec {
    nodes: 20_000,
    edges: 200_000,
    seed: 7,
    attractiveness: 1,
};

#[test]
fn same_seed_same_graph_other_seed_other_graph() {
    let a = citations(&SMALL);
    assert_eq!(a, citations(&SMALL));
    assert_ne!(a, citations(&Spec { seed: 8, ..SMALL }));
}

#[test]
fn exact_sizes_citations_point_back_in_time_and_never_repeat() {
    let edges = citations(&SMALL);
    assert_eq!(edges.len(), 200_000);
    assert!(edges.iter().all(|&(s, t)| t < s));
    assert!(
        edges
            .iter()
            .all(|&(s, t)| year_of(t, SMALL.nodes) <= year_of(s, SMALL.nodes))
    );
    let mut distinct = edges.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), edges.len(), "no document cites another twice");
}

#[test]
fn years_span_1946_to_2025_in_index_order() {
    assert_eq!(year_of(0, SMALL.nodes), 1946);
    assert_eq!(year_of(SMALL.nodes - 1, SMALL.nodes), 2025);
    let years: Vec<u16> = (0..SMALL.nodes).map(|i| year_of(i, SMALL.nodes)).collect();
    assert!(years.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn in_degrees_have_a_heavy_tail_with_exponent_near_two() {
    let edges = citations(&SMALL);
    let mut ins = vec![0u32; SMALL.nodes as usize];
    for &(_, t) in &edges {
        ins[t as usize] += 1;
    }
    // Maximum-likelihood power-law exponent over in-degrees >= 4 (the
    // discrete approximation of Clauset, Shalizi and Newman).
    let tail: Vec<f64> = ins.iter().filter(|&&d| d >= 4).map(|&d| f64::from(d)).collect();
    let alpha = 1.0 + tail.len() as f64 / tail.iter().map(|d| (d / 3.5).ln()).sum::<f64>();
    assert!((1.8..2.6).contains(&alpha), "exponent {alpha}");
    // A heavy tail: the most cited document is cited far more than the mean (10).
    let max = *ins.iter().max().unwrap();
    assert!(max > 500, "most cited has only {max}");
}

#[test]
fn builds_a_citation_graph_with_every_node_and_edge() {
    let spec = Spec {
        nodes: 500,
        edges: 4_000,
        seed: 1,
        attractiveness: 1,
    };
    let graph = build(spec.nodes, &citations(&spec));
    assert_eq!(graph.node_count(), 500);
    assert_eq!(graph.edge_count(), 4_000);
    let node = graph.node("S/RES/500 (2025)").expect("the newest document");
    assert_eq!(node.year, Some(2025));
    let cited = graph.edges_of("S/RES/500 (2025)", EdgeKind::Cites, petgraph::Direction::Outgoing);
    assert!(cited.iter().all(|e| e.target.year <= Some(2025)));
    assert_eq!(graph.stats().cites, 4_000);
}

/// A small synthetic corpus on disk, with its plan and citations.
fn write_corpus(
    spec: &synthetic_corpus::CorpusSpec,
) -> (
    tempfile::TempDir,
    Vec<synthetic_corpus::Doc>,
    Vec<Vec<synthetic_corpus::Target>>,
) {
    use synthetic_corpus::{Citations, plan, render};
    let dir = tempfile::tempdir().unwrap();
    let docs = plan(spec);
    let mut draw = Citations::new(spec);
    let mut all = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        let targets = draw.of(i as u32, doc);
        let path = dir.path().join(doc.file_name());
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, render(i as u32, &docs, &targets, spec)).unwrap();
        all.push(targets);
    }
    (dir, docs, all)
}

#[test]
fn synthetic_corpus_reads_back_as_planned() {
    use synthetic_corpus::{CorpusSpec, Genre, Target};
    let spec = CorpusSpec {
        docs: 1_500,
        seed: 7,
        size_factor: 1.0,
    };
    let (dir, docs, citations) = write_corpus(&spec);
    let built = unxref::build::build_graph(
        &unxref::Extractor::new(),
        &[dir.path().to_path_buf()],
        &unxref::corpus::ReadOptions::default(),
        &unxref::build::NoProgress,
    );
    assert!(
        built.errors.is_empty() && built.notes.is_empty(),
        "{:?} {:?}",
        built.errors,
        built.notes
    );
    let graph = &built.graph;
    // Every document is held under its symbol, of each genre.
    for genre in [
        Genre::ScResolution,
        Genre::GaResolution,
        Genre::Report,
        Genre::Letter,
        Genre::Statement,
    ] {
        assert!(docs.iter().any(|d| d.genre == genre), "no {genre:?}");
    }
    for doc in &docs {
        let node = graph
            .node(&doc.symbol())
            .unwrap_or_else(|| panic!("{} missing", doc.symbol()));
        assert!(node.held, "{} not held", doc.symbol());
    }
    // The extractor finds exactly the planned citations, and the preamble
    // holds about the corpus's share of them (62%).
    let (mut preamble, mut all) = (0usize, 0usize);
    for (doc, targets) in docs.iter().zip(&citations) {
        let found = graph.edges_of(
            &doc.symbol(),
            unxref::EdgeKind::Cites,
            petgraph::Direction::Outgoing,
        );
        let mut found: Vec<String> = found.iter().map(|e| e.target.id.clone()).collect();
        let mut planned: Vec<String> = targets.iter().map(|t| t.symbol(&docs)).collect();
        found.sort();
        planned.sort();
        assert_eq!(found, planned, "citations of {}", doc.symbol());
        // (The extractor places citations in paragraphs in the Council's resolutions.)
        if doc.genre == Genre::ScResolution {
            for e in graph.edges_of(
                &doc.symbol(),
                unxref::EdgeKind::Cites,
                petgraph::Direction::Outgoing,
            ) {
                all += 1;
                preamble += usize::from(e.edge.attrs().paragraph == Some(unxref::Paragraph::Preamble));
            }
        }
    }
    let share = preamble as f64 / all as f64;
    assert!((0.5..0.75).contains(&share), "preamble share {share}");
    // Citations per document and stubs as in the corpus.
    let total: usize = citations.iter().map(Vec::len).sum();
    let mean = total as f64 / docs.len() as f64;
    assert!((5.0..12.0).contains(&mean), "mean citations {mean}");
    let stubs = citations
        .iter()
        .flatten()
        .filter(|t| matches!(t, Target::Stub { .. }))
        .count();
    assert!((0.1..0.2).contains(&(stubs as f64 / total as f64)));
    // Same seed, same texts.
    let (again, _, _) = write_corpus(&spec);
    let first = docs[docs.len() - 1].file_name();
    assert_eq!(
        std::fs::read(dir.path().join(&first)).unwrap(),
        std::fs::read(again.path().join(&first)).unwrap()
    );
}
