//! Render time for a 200-node result with each engine.
//!
//! The result is the 200 nodes nearest resolution 2100 (2013) along
//! citations in the sc-resolutions corpus, when `../shared/corpus` is
//! present and the extractor finds enough citations; otherwise a generated
//! graph of the same size (200 resolutions over 1990–2020, each citing three
//! earlier ones). `max_nodes` and `max_edges` are raised so nothing is
//! trimmed; the same result is also drawn with the default limits. The growth
//! group draws generated graphs of 100 to 400 nodes (Graphviz up to 150,
//! the default `max_nodes`; above it dot runs with fewer passes).
//!
//! Run: `cargo bench --bench render`.

use std::collections::{BTreeSet, VecDeque};
use std::path::PathBuf;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use unxref::graph::CitationGraph;
use unxref::render::{self, EngineChoice, RenderOptions};
use unxref::{EdgeAttrs, EdgeKind, Extractor, Link, NodeRef, Symbol};

fn corpus() -> Option<PathBuf> {
    [
        concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/sc-resolutions"),
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus/sc-resolutions"),
    ]
    .into_iter()
    .map(PathBuf::from)
    .find(|p| p.is_dir())
}

/// The `n` nodes nearest `start` along citations (either way), breadth first.
fn nearest(graph: &CitationGraph, start: &str, n: usize) -> CitationGraph {
    let mut seen: BTreeSet<String> = BTreeSet::from([start.to_string()]);
    let mut queue = VecDeque::from([start.to_string()]);
    while let Some(id) = queue.pop_front() {
        for direction in [petgraph::Direction::Outgoing, petgraph::Direction::Incoming] {
            for other in graph.neighbors(&id, EdgeKind::Cites, direction) {
                if seen.len() >= n {
                    break;
                }
                if seen.insert(other.id.clone()) {
                    queue.push_back(other.id.clone());
                }
            }
        }
    }
    graph.subgraph(&seen)
}

/// 200 resolutions (or `n`), 1990–2020, each citing three earlier ones
/// chosen by a fixed linear congruential sequence.
fn generated(n: usize) -> CitationGraph {
    let mut graph = CitationGraph::new();
    let mut state: u64 = 2100;
    let mut next = |m: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize % m
    };
    let symbol = |i: usize| Symbol::sc_resolution(700 + i as u32 * 8, 1990 + (i * 31 / n) as u16);
    for i in 1..n {
        for _ in 0..3 {
            let j = next(i);
            graph.add_link(&Link {
                source: NodeRef::document(&symbol(i)),
                target: NodeRef::document(&symbol(j)),
                kind: EdgeKind::Cites,
                attrs: EdgeAttrs {
                    relation: Some("recalling".into()),
                    ..EdgeAttrs::default()
                },
            });
        }
    }
    graph
}

fn result_of_200() -> (CitationGraph, &'static str) {
    if let Some(path) = corpus() {
        let extracted = Extractor::new().extract_paths(&[path]);
        let graph = CitationGraph::from_extractions(extracted.extractions);
        let result = nearest(&graph, "S/RES/2100 (2013)", 200);
        if result.node_count() == 200 {
            return (result, "corpus: 200 nodes nearest 2100 (2013)");
        }
    }
    (generated(200), "generated: 200 resolutions, 3 citations each")
}

fn bench(c: &mut Criterion) {
    let (graph, source) = result_of_200();
    eprintln!(
        "render bench on {source}: {} nodes, {} edges",
        graph.node_count(),
        graph.edge_count()
    );
    // No trimming, and time enough for dot on a dense graph of a loaded machine.
    let options = |engine| RenderOptions {
        max_nodes: 1000,
        max_edges: usize::MAX,
        timeout: std::time::Duration::from_secs(600),
        ..RenderOptions::with_engine(engine)
    };
    let mut group = c.benchmark_group("render 200 nodes");
    group.sample_size(10);
    group.bench_function("dot text", |b| {
        b.iter(|| render::to_dot(&graph, &options(EngineChoice::Fallback)))
    });
    group.bench_function("fallback svg", |b| {
        b.iter(|| render::to_svg(&graph, &options(EngineChoice::Fallback)).unwrap())
    });
    if render::graphviz_available(&options(EngineChoice::Graphviz)) {
        group.bench_function("graphviz svg", |b| {
            b.iter(|| render::to_svg(&graph, &options(EngineChoice::Graphviz)).unwrap())
        });
    } else {
        eprintln!("skipped: Graphviz dot not on PATH");
    }
    // The same result with the default limits (150 nodes, 600 edges): what
    // `unxref render` draws.
    let defaults = |engine| RenderOptions {
        focus: vec!["S/RES/2100 (2013)".to_string()],
        ..RenderOptions::with_engine(engine)
    };
    let shown = render::to_svg(&graph, &defaults(EngineChoice::Fallback)).unwrap();
    eprintln!(
        "with the default limits: {} of {} nodes drawn",
        shown.shown, shown.total
    );
    group.bench_function("fallback svg, default limits", |b| {
        b.iter(|| render::to_svg(&graph, &defaults(EngineChoice::Fallback)).unwrap())
    });
    if render::graphviz_available(&defaults(EngineChoice::Graphviz)) {
        group.bench_function("graphviz svg, default limits", |b| {
            b.iter(|| render::to_svg(&graph, &defaults(EngineChoice::Graphviz)).unwrap())
        });
    }
    group.finish();

    let mut group = c.benchmark_group("growth");
    group.sample_size(10);
    for n in [100, 150, 200, 400] {
        let g = generated(n);
        group.bench_with_input(BenchmarkId::new("fallback", n), &g, |b, g| {
            b.iter(|| render::to_svg(g, &options(EngineChoice::Fallback)).unwrap())
        });
        if n <= 150 && render::graphviz_available(&options(EngineChoice::Graphviz)) {
            group.bench_with_input(BenchmarkId::new("graphviz", n), &g, |b, g| {
                b.iter(|| render::to_svg(g, &options(EngineChoice::Graphviz)).unwrap())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
