//! Extraction throughput (one thread and all cores, with and without the
//! actor pass), graph build time, and snapshot size, save and load time, over
//! the sc-resolutions corpus (`../shared/corpus/sc-resolutions`), or over
//! `data/` when it is absent.
//!
//! `cargo bench --bench extract`

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use rayon::prelude::*;
use unxref::corpus::{self, SourceText};
use unxref::extract::ActorDictionary;
use unxref::{CitationGraph, Extractor};

fn corpus_dir() -> PathBuf {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/sc-resolutions");
    if shared.is_dir() {
        shared
    } else {
        eprintln!("note: ../shared/corpus not found; benchmarking the bundled data/ instead");
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
    }
}

fn load_sources(dir: &Path) -> Vec<SourceText> {
    let (files, _) = corpus::collect_files(&[dir.to_path_buf()]);
    files
        .iter()
        .filter_map(|f| corpus::read_file(f, corpus::DEFAULT_MAX_FILE_SIZE).ok())
        .collect()
}

fn extraction(c: &mut Criterion) {
    let dir = corpus_dir();
    let sources = load_sources(&dir);
    let bytes: u64 = sources.iter().map(|s| s.bytes).sum();
    let with_actors = Extractor::new();
    let without_actors = Extractor::with_actors(ActorDictionary::empty());

    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10).measurement_time(Duration::from_secs(15));
    group.bench_function("one_thread", |b| {
        b.iter(|| {
            sources
                .iter()
                .map(|s| with_actors.extract(s).links.len())
                .sum::<usize>()
        })
    });
    group.bench_function("one_thread_no_actors", |b| {
        b.iter(|| {
            sources
                .iter()
                .map(|s| without_actors.extract(s).links.len())
                .sum::<usize>()
        })
    });
    group.bench_function("all_cores", |b| {
        b.iter(|| {
            sources
                .par_iter()
                .map(|s| with_actors.extract(s).links.len())
                .sum::<usize>()
        })
    });
    group.finish();

    let extractions: Vec<_> = sources.par_iter().map(|s| with_actors.extract(s)).collect();
    let graph = CitationGraph::from_extractions(extractions.clone());
    let snapshot = graph.to_snapshot_bytes();
    eprintln!(
        "corpus: {bytes} bytes in {} files; graph: {} nodes, {} edges; snapshot: {} bytes ({:.1} bytes/edge)",
        sources.len(),
        graph.node_count(),
        graph.edge_count(),
        snapshot.len(),
        snapshot.len() as f64 / graph.edge_count().max(1) as f64,
    );

    let mut group = c.benchmark_group("graph");
    group.sample_size(10);
    group.bench_function("build_from_extractions", |b| {
        b.iter_batched(
            || extractions.clone(),
            CitationGraph::from_extractions,
            BatchSize::LargeInput,
        )
    });
    let tmp = tempfile::tempdir().expect("temp dir");
    let path = tmp.path().join("graph.unxref");
    group.bench_function("snapshot_save", |b| {
        b.iter(|| graph.save(&path, unxref::graph::Overwrite::Any).expect("save"))
    });
    graph.save(&path, unxref::graph::Overwrite::Any).expect("save");
    group.bench_function("snapshot_load", |b| {
        b.iter(|| CitationGraph::load(&path).expect("load"))
    });
    group.bench_function("rebuild_from_files", |b| {
        b.iter(|| CitationGraph::from_extractions(with_actors.extract_paths(&[&dir]).extractions))
    });
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
