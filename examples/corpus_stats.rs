//! Extraction figures over a corpus: documents, citations, stubs, the most
//! cited documents, a naive `N (YYYY)` baseline, and throughput.
//!
//! `cargo run --release --example corpus_stats -- [PATH] [--sample N]`
//! (PATH defaults to ../shared/corpus/sc-resolutions; `--sample N` prints N
//! random resolution→resolution citations with their evidence, for reading
//! by eye).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;
use std::time::Instant;

use regex::Regex;
use unxref::{CitationGraph, EdgeKind, Extractor, NodeKind, corpus};

static NAIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,4})\s?\((\d{4})\)").expect("naive pattern"));

fn main() {
    let mut args = std::env::args().skip(1);
    let mut path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/sc-resolutions").to_string();
    let mut sample = 0usize;
    let mut diff = false;
    let mut extra_only = false;
    while let Some(a) = args.next() {
        if a == "--refs-only" {
            continue;
        } else if a == "--extra" {
            extra_only = true;
        } else if a == "--diff" {
            diff = true;
        } else if a == "--sample" {
            sample = args.next().and_then(|n| n.parse().ok()).unwrap_or(50);
        } else {
            path = a;
        }
    }
    if !std::path::Path::new(&path).exists() {
        eprintln!("{path} not found");
        std::process::exit(1);
    }
    let (files, _) = corpus::collect_files(&[std::path::PathBuf::from(&path)]);
    let sources: Vec<_> = files
        .iter()
        .filter_map(|f| corpus::read_file(f, corpus::DEFAULT_MAX_FILE_SIZE).ok())
        .collect();
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let extractor = Extractor::new();

    // One thread, text in memory: references only (normalize, segment, refs).
    let start = Instant::now();
    let cpu_start = thread_cpu_seconds();
    let mut link_count = 0;
    for s in &sources {
        let normalized = unxref::extract::normalize::normalize(&s.text);
        let segments = unxref::extract::segment::segment(&s.path, &normalized);
        link_count += unxref::extract::refs::references(&s.path, &normalized, &segments).len();
    }
    let refs_only = start.elapsed().as_secs_f64();
    let refs_cpu = thread_cpu_seconds().zip(cpu_start).map(|(b, a)| b - a);
    if let Some(cpu) = refs_cpu {
        // On a loaded machine wall time says little: CPU time is the cost.
        println!(
            "references, 1 thread: {:.0} MB per CPU-second ({cpu:.3} s CPU, {refs_only:.3} s wall)",
            bytes as f64 / 1e6 / cpu
        );
    }
    if std::env::args().any(|a| a == "--refs-only") {
        return;
    }
    // One thread, text in memory: the whole extractor (with actors).
    let start = Instant::now();
    let extractions: Vec<_> = sources.iter().map(|s| extractor.extract(s)).collect();
    let single = start.elapsed().as_secs_f64();
    // All cores, reading from disk included.
    let start = Instant::now();
    let corpus = extractor.extract_paths(&[&path]);
    let all = start.elapsed().as_secs_f64();
    let mb = bytes as f64 / 1e6;
    println!(
        "files: {} ({:.1} MB), load errors: {}",
        sources.len(),
        mb,
        corpus.errors.len()
    );
    println!(
        "references (normalize + segment + refs), 1 thread: {refs_only:.3} s = {:.0} MB/s ({link_count} links)",
        mb / refs_only
    );
    println!(
        "whole extraction with actors, 1 thread: {single:.3} s = {:.0} MB/s",
        mb / single
    );
    println!("read + extraction, all cores: {all:.3} s = {:.0} MB/s", mb / all);

    let diagnostics: Vec<_> = extractions.iter().flat_map(|x| x.diagnostics.iter()).collect();
    for d in &diagnostics {
        println!("diagnostic: {d}");
    }
    let documents: usize = extractions.iter().map(|x| x.documents.len()).sum();
    let graph = CitationGraph::from_extractions(extractions.clone());
    let stats = graph.stats();
    println!("documents: {documents}");
    println!("graph: {stats:?}");

    // Distinct resolution→resolution pairs, ours and the naive regex's.
    let mut ours = BTreeSet::new();
    for e in graph.edges() {
        if e.edge.kind == EdgeKind::Cites
            && e.source.kind == NodeKind::Resolution
            && e.target.kind == NodeKind::Resolution
        {
            ours.insert((e.source.id.clone(), e.target.id.clone()));
        }
    }
    let mut naive = BTreeSet::new();
    for (source, x) in sources.iter().zip(&extractions) {
        let Some(doc) = x.documents.first() else { continue };
        for c in NAIVE.captures_iter(&source.text) {
            let target = format!("S/RES/{} ({})", &c[1], &c[2]);
            if target != doc.node.id {
                naive.insert((doc.node.id.clone(), target));
            }
        }
    }
    println!(
        "resolution→resolution pairs: ours {}, naive N (YYYY) {}",
        ours.len(),
        naive.len()
    );
    println!("  in naive, not ours: {}", naive.difference(&ours).count());
    println!("  in ours, not naive: {}", ours.difference(&naive).count());
    if diff {
        for (s, t) in naive.difference(&ours) {
            println!("  naive only: {s} -> {t}");
        }
        for (s, t) in ours.difference(&naive) {
            println!("  ours only: {s} -> {t}");
        }
    }

    let mut cited_by: BTreeMap<&str, usize> = BTreeMap::new();
    for e in graph.edges() {
        if e.edge.kind == EdgeKind::Cites {
            *cited_by.entry(e.target.id.as_str()).or_default() += 1;
        }
    }
    let mut top: Vec<_> = cited_by.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("most cited (distinct citing documents):");
    for (id, n) in top.iter().take(20) {
        println!("  {n:4}  {id}");
    }

    if sample > 0 {
        // `--extra`: only pairs the naive regex misses.
        let pairs: Vec<_> = if extra_only {
            ours.difference(&naive).collect()
        } else {
            ours.iter().collect()
        };
        // A fixed-seed LCG: the same sample each run.
        let mut state: u64 = 0x5DEECE66D;
        for _ in 0..sample {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let (s, t) = pairs[(state >> 33) as usize % pairs.len()];
            let e = graph
                .edges_of(s, EdgeKind::Cites, petgraph::Direction::Outgoing)
                .into_iter()
                .find(|e| &e.target.id == t)
                .expect("edge");
            let ev = e.edge.attrs().evidence.clone().expect("evidence");
            println!("{s} -> {t} [{}:{}] {:?}", ev.file, ev.line, ev.quote);
        }
    }
}

/// CPU time this thread has run, from /proc (Linux); `None` elsewhere.
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
