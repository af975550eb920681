//! The benchmarks' direct-API queries (`benches/common/workload.rs`) give the
//! same answers as the query language on a synthetic graph, so the two
//! columns of `benches/compare.sh` time the same work.

use std::collections::BTreeSet;

use crate::bench_common::synthetic::{Spec, build, citations};
use crate::bench_common::workload::{Workload, api};

fn graph() -> unxref::CitationGraph {
    let spec = Spec {
        nodes: 3_000,
        edges: 30_000,
        seed: 11,
        attractiveness: 1,
    };
    build(spec.nodes, &citations(&spec))
}

#[test]
fn api_and_query_language_agree_on_the_four_queries() {
    let graph = graph();
    let work = Workload::choose(&graph).expect("documents citing 10 others");
    let id = |ix| graph.node_at(ix).map(|n| n.id.clone()).unwrap();
    let ids = |v: Vec<_>| v.into_iter().map(id).collect::<BTreeSet<String>>();
    let [one, three, path, top] = work.ql(&graph);

    let table = graph.query(&one.1).expect("1-hop runs");
    let ql: BTreeSet<String> = table.node_ids().into_iter().map(str::to_string).collect();
    assert_eq!(ql, ids(api::one_hop(&graph, work.one_hop)));
    assert!(!ql.is_empty());

    let table = graph.query(&three.1).expect("3-hop runs");
    let ql: BTreeSet<String> = table.node_ids().into_iter().map(str::to_string).collect();
    assert_eq!(ql, ids(api::three_hop(&graph, work.three_hop)));

    let table = graph.query(&path.1).expect("shortest path runs");
    let api_path = api::shortest_path(&graph, work.path.0, work.path.1);
    assert!(
        api_path.len() >= 3,
        "the farthest document is more than one step away"
    );
    assert_eq!(table.paths()[0].len(), api_path.len());

    let table = graph.query(&top.1).expect("top 10 runs");
    let top10 = api::top_cited(&graph, 10);
    let ql: Vec<&str> = table.node_ids();
    let api_ids: Vec<String> = top10.iter().map(|&(ix, _)| id(ix)).collect();
    assert_eq!(ql.len(), 10);
    // Ties may order differently; the in-degrees in order must match.
    let degree = |name: &str| {
        graph
            .edges_of(name, unxref::EdgeKind::Cites, petgraph::Direction::Incoming)
            .len() as u32
    };
    let ql_degrees: Vec<u32> = ql.iter().map(|n| degree(n)).collect();
    let api_degrees: Vec<u32> = top10.iter().map(|&(_, d)| d).collect();
    assert_eq!(ql_degrees, api_degrees);
    assert_eq!(api_ids.len(), 10);
}
