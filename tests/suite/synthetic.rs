//! The benchmarks' synthetic graph generator (`benches/common/synthetic.rs`):
//! seeded, citations pointing back in time, no repeats, exact sizes, and an
//! in-degree tail shaped like the corpus's.

use crate::bench_common::synthetic::{Spec, build, citations, year_of};
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
