//! Render time for a 300-node answer with each engine, and the HTML view.
//!
//! The answer is "1325 <- cites*1..2" over the sc-resolutions
//! corpus, drawn with `max_nodes: 300` (the subject and 300 nodes: the
//! direct citers first, then the most cited of the next step), when
//! `../shared/corpus` is present; otherwise a generated graph of 300
//! resolutions over 1990–2020, each citing three earlier ones, drawn whole.
//! The growth group draws generated graphs of 100 to 400 nodes with the
//! built-in engine, which must stay under a second at 300.
//!
//! Run: `cargo bench --bench render`.

use std::path::PathBuf;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use unxref::graph::CitationGraph;
use unxref::render::{self, EngineChoice, RenderOptions, Scene};
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

/// `n` resolutions, 1990–2020, each citing three earlier ones
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

/// The graph to draw and the options that draw 300 nodes of it.
fn answer_of_300() -> (CitationGraph, RenderOptions, &'static str) {
    if let Some(path) = corpus() {
        let extracted = Extractor::new().extract_paths(&[path]);
        let graph = CitationGraph::from_extractions(extracted.extractions);
        let query = "1325 <- cites*1..2";
        if let Ok(table) = graph.query(query) {
            let result = render::result_graph(&graph, &table);
            if result.graph.node_count() > 300 {
                let options = RenderOptions {
                    title: Some(query.into()),
                    max_nodes: 300,
                    ..RenderOptions::default()
                }
                .for_result(&result)
                .with_citations_from(&graph);
                return (
                    result.graph,
                    options,
                    "corpus: 1325 <- cites*1..2, 300 nodes drawn",
                );
            }
        }
    }
    let options = RenderOptions {
        max_nodes: 300,
        ..RenderOptions::default()
    };
    (
        generated(300),
        options,
        "generated: 300 resolutions, 3 citations each",
    )
}

fn bench(c: &mut Criterion) {
    let (graph, base, source) = answer_of_300();
    let scene = Scene::build(&graph, &base);
    eprintln!(
        "render bench on {source}: {} nodes and {} edges drawn",
        scene.nodes.len(),
        scene.edges.len()
    );
    let with = |engine| RenderOptions {
        engine,
        timeout: std::time::Duration::from_secs(600),
        ..base.clone()
    };
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("render 300 nodes");
    group.sample_size(10);
    group.bench_function("scene", |b| b.iter(|| Scene::build(&graph, &base)));
    group.bench_function("dot text", |b| b.iter(|| render::to_dot(&graph, &base)));
    group.bench_function("builtin svg", |b| {
        b.iter(|| render::to_svg(&graph, &with(EngineChoice::Fallback)).unwrap())
    });
    group.bench_function("builtin html", |b| {
        let page = dir.path().join("builtin.html");
        b.iter(|| render::write(&page, &graph, &with(EngineChoice::Fallback), true).unwrap())
    });
    if render::graphviz_available(&base) {
        group.bench_function("graphviz svg", |b| {
            b.iter(|| render::to_svg(&graph, &with(EngineChoice::Graphviz)).unwrap())
        });
        group.bench_function("graphviz html", |b| {
            let page = dir.path().join("graphviz.html");
            b.iter(|| render::write(&page, &graph, &with(EngineChoice::Graphviz), true).unwrap())
        });
    } else {
        eprintln!("skipped: Graphviz dot not on PATH");
    }
    group.finish();

    let mut group = c.benchmark_group("growth");
    group.sample_size(10);
    for n in [100, 200, 300, 400] {
        let g = generated(n);
        let options = RenderOptions {
            max_nodes: n,
            ..RenderOptions::with_engine(EngineChoice::Fallback)
        };
        group.bench_with_input(BenchmarkId::new("builtin", n), &g, |b, g| {
            b.iter(|| render::to_svg(g, &options).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
