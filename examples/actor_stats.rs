//! Actors in a corpus: how many resolutions have a known vote, how many
//! distinct actors are named, the most mentioned ones, a random sample of
//! mentions to check by eye, and extraction throughput with and without the
//! actor stage.
//!
//! ```text
//! cargo run --release --example actor_stats -- ../shared/corpus/sc-resolutions
//! cargo run --release --example actor_stats -- data --dump data/000_5084318a0e7514bb.txt
//! ```
//!
//! Options: `--sample N` (mentions to print, default 30), `--seed S`,
//! `--dump FILE` (print every actor link of one file and stop),
//! `--only on|off` (extract the corpus five times with actors on or off and
//! stop: for `perf stat`, whose cycle counts a busy machine disturbs less
//! than wall-clock time).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, bail};
use unxref::corpus::{self, SourceText};
use unxref::extract::ActorDictionary;
use unxref::{EdgeKind, Extractor, NodeKind};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut corpus_dir: Option<PathBuf> = None;
    let mut sample = 30usize;
    let mut seed = 7u64;
    let mut dump: Option<String> = None;
    let mut only: Option<bool> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--sample" => sample = args.next().context("--sample needs a number")?.parse()?,
            "--seed" => seed = args.next().context("--seed needs a number")?.parse()?,
            "--dump" => dump = Some(args.next().context("--dump needs a file")?),
            "--only" => only = Some(args.next().context("--only needs on or off")? == "on"),
            _ if a.starts_with("--") => bail!("unknown option {a}; see the example's doc comment"),
            _ => corpus_dir = Some(PathBuf::from(a)),
        }
    }
    let built = Instant::now();
    let extractor = Extractor::new();
    eprintln!("dictionary built in {:?}", built.elapsed());
    if let Some(file) = dump {
        let source = corpus::read_file(file.as_ref(), corpus::DEFAULT_MAX_FILE_SIZE)?;
        let extraction = extractor.extract(&source);
        for d in &extraction.documents {
            println!("document {} ({}) lines {:?}", d.node.id, d.node.kind, d.lines);
        }
        for l in extraction
            .links
            .iter()
            .filter(|l| !matches!(l.kind, EdgeKind::Cites | EdgeKind::AdoptedAs | EdgeKind::Contains))
        {
            let a = &l.attrs;
            let ev = a
                .evidence
                .as_ref()
                .map(|e| format!("line {}: {}", e.line, e.quote))
                .unwrap_or_default();
            println!(
                "{} --{}--> {} [count {}{}{}{}{}{}] {}",
                l.source.id,
                l.kind,
                l.target.id,
                a.count,
                a.position.map(|p| format!(", {p}")).unwrap_or_default(),
                a.date
                    .as_ref()
                    .map(|d| format!(", until {d}"))
                    .unwrap_or_default(),
                a.role.as_ref().map(|r| format!(", role {r}")).unwrap_or_default(),
                a.represents
                    .as_ref()
                    .map(|r| format!(", represents {r}"))
                    .unwrap_or_default(),
                a.relation.as_ref().map(|r| format!(", {r}")).unwrap_or_default(),
                ev
            );
        }
        return Ok(());
    }
    let dir = corpus_dir.unwrap_or_else(|| {
        PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpus/sc-resolutions"
        ))
    });
    if !dir.exists() {
        println!("skipped: {} not found", dir.display());
        return Ok(());
    }
    let (files, errors) = corpus::collect_files(std::slice::from_ref(&dir));
    let sources: Vec<SourceText> = files
        .iter()
        .filter_map(|p| corpus::read_file(p, corpus::DEFAULT_MAX_FILE_SIZE).ok())
        .collect();
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    println!(
        "{} files ({} unreadable), {:.1} MB of text",
        sources.len(),
        errors.len(),
        bytes as f64 / 1e6
    );

    // Throughput: one thread, text already in memory, best of three runs.
    let without = Extractor::with_actors(ActorDictionary::empty());
    if let Some(on) = only {
        let e = if on { &extractor } else { &without };
        let n: usize = (0..5)
            .map(|_| sources.iter().map(|s| e.extract(s).links.len()).sum::<usize>())
            .sum();
        println!("{n} links");
        return Ok(());
    }
    let time = |e: &Extractor| {
        (0..3)
            .map(|_| {
                let t = Instant::now();
                let n: usize = sources.iter().map(|s| e.extract(s).links.len()).sum();
                (t.elapsed().as_secs_f64(), n)
            })
            .fold((f64::MAX, 0), |a, b| if b.0 < a.0 { b } else { a })
    };
    let (t_off, n_off) = time(&without);
    let (t_on, n_on) = time(&extractor);
    let mb = bytes as f64 / 1e6;
    println!(
        "throughput, one thread: actors off {:.1} MB/s ({} links), actors on {:.1} MB/s ({} links); actors cost {:.0}% of the time",
        mb / t_off,
        n_off,
        mb / t_on,
        n_on,
        100.0 * (t_on - t_off) / t_on
    );

    let extractions: Vec<_> = sources.iter().map(|s| extractor.extract(s)).collect();
    let mut voted: BTreeSet<String> = BTreeSet::new();
    let mut unanimous: BTreeSet<String> = BTreeSet::new();
    let mut actors: BTreeSet<String> = BTreeSet::new();
    let mut kinds: BTreeMap<NodeKind, usize> = BTreeMap::new();
    let mut mentions: BTreeMap<String, (u32, usize)> = BTreeMap::new();
    let mut edge_counts: BTreeMap<EdgeKind, usize> = BTreeMap::new();
    let mut all_mentions = Vec::new();
    for x in &extractions {
        for l in &x.links {
            *edge_counts.entry(l.kind).or_default() += 1;
            for end in [&l.source, &l.target] {
                if !end.kind.is_document() && actors.insert(end.id.clone()) {
                    *kinds.entry(end.kind).or_default() += 1;
                }
            }
            match l.kind {
                EdgeKind::Voted if l.target.kind == NodeKind::Resolution => {
                    voted.insert(l.target.id.clone());
                    if l.attrs.relation.as_deref() == Some("unanimously") {
                        unanimous.insert(l.target.id.clone());
                    }
                }
                EdgeKind::Mentions => {
                    let e = mentions.entry(l.target.id.clone()).or_default();
                    e.0 += l.attrs.count;
                    e.1 += 1;
                    all_mentions.push(l.clone());
                }
                _ => {}
            }
        }
    }
    println!(
        "resolutions with a known vote: {} ({} unanimous)",
        voted.len(),
        unanimous.len()
    );
    println!("distinct actors: {} ({:?})", actors.len(), kinds);
    println!("links by kind: {edge_counts:?}");
    let mut top: Vec<(&String, &(u32, usize))> = mentions.iter().collect();
    top.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    println!("most mentioned (mentions, documents):");
    for (id, (n, docs)) in top.iter().take(20) {
        println!("  {n:6} {docs:5}  {id}");
    }
    // A reproducible random sample of mentions, with their quotes, to check by eye.
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    println!("sample of {sample} mentions:");
    for _ in 0..sample.min(all_mentions.len()) {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let l = &all_mentions[(state >> 33) as usize % all_mentions.len()];
        let ev = l.attrs.evidence.as_ref();
        println!(
            "  {} -> {} | {}:{} | {}",
            l.source.id,
            l.target.id,
            ev.map(|e| e.file.rsplit('/').next().unwrap_or("")).unwrap_or(""),
            ev.map(|e| e.line).unwrap_or(0),
            ev.map(|e| e.quote.as_str()).unwrap_or("")
        );
    }
    Ok(())
}
