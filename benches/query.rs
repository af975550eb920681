//! The four benchmark queries (1-hop, 3-hop transitive, shortest path,
//! top-10 most cited), through the query language (as text, and prepared
//! once) and through the direct graph API, on the sc-resolutions graph (when `../shared/corpus` is
//! present) and on the synthetic graph of 1,000,000 documents and
//! 10,000,000 citations (`benches/common/synthetic.rs`).
//!
//! `cargo bench --bench query`; `UNXREF_SYNTHETIC_NODES` and
//! `UNXREF_SYNTHETIC_EDGES` shrink the synthetic graph for a quick run. The
//! side-by-side comparison with NetworkX and Kuzu is `benches/compare.sh`.

mod common;

use std::hint::black_box;
use std::time::Duration;

use common::synthetic::{self, Spec};
use common::workload::{self, Workload, api};
use criterion::{Criterion, criterion_group, criterion_main};
use unxref::CitationGraph;

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.replace('_', "").parse().ok()
}

fn synthetic_graph() -> CitationGraph {
    let spec = Spec {
        nodes: env_number("UNXREF_SYNTHETIC_NODES").map_or(Spec::FULL.nodes, |n| n as u32),
        edges: env_number("UNXREF_SYNTHETIC_EDGES").unwrap_or(Spec::FULL.edges),
        ..Spec::FULL
    };
    synthetic::build(spec.nodes, &synthetic::citations(&spec))
}

fn bench_graph(c: &mut Criterion, name: &str, graph: &CitationGraph) {
    let Some(work) = Workload::choose(graph) else {
        eprintln!("{name}: no document cites 10 others; skipped");
        return;
    };
    let mut group = c.benchmark_group(format!("query/{name}"));
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    group.bench_function("api/1-hop", |b| {
        b.iter(|| api::one_hop(graph, black_box(work.one_hop)))
    });
    group.bench_function("api/3-hop", |b| {
        b.iter(|| api::three_hop(graph, black_box(work.three_hop)))
    });
    group.bench_function("api/shortest path", |b| {
        b.iter(|| api::shortest_path(graph, black_box(work.path.0), black_box(work.path.1)))
    });
    group.bench_function("api/top-10 cited", |b| {
        b.iter(|| api::top_cited(graph, black_box(10)))
    });
    for (query, text) in work.ql(graph) {
        if let Err(e) = graph.query(&text) {
            eprintln!("{name}: query language {query} ({text}): {e}; skipped");
            continue;
        }
        group.bench_function(format!("ql/{query}"), |b| {
            b.iter(|| graph.query(black_box(&text)))
        });
        if let Ok(prepared) = graph.prepare(&text) {
            group.bench_function(format!("ql prepared/{query}"), |b| b.iter(|| prepared.run()));
        }
    }
    group.finish();
}

fn queries(c: &mut Criterion) {
    match workload::corpus_graph() {
        Some(graph) => bench_graph(c, "sc-resolutions", &graph),
        None => eprintln!("sc-resolutions: ../shared/corpus not found; skipped"),
    }
    bench_graph(c, "synthetic", &synthetic_graph());
}

criterion_group!(benches, queries);
criterion_main!(benches);
