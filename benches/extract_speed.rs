//! Extraction speed per core, in memory: every file of the given folders is
//! read and decoded first, then extracted on one thread again and again,
//! with the bundled actor dictionary and without one (issue 18 §3).
//! Prints one JSON line per mode: bytes, runs, the best and median time of
//! a pass over all texts, and MB/s (10^6 bytes) and MiB/s of the best pass.
//!
//! ```text
//! cargo bench --bench extract_speed -- [--runs N] [--mode actors|no-actors|both] [FOLDER ...]
//! ```
//!
//! Without folders it reads `corpus/sc-resolutions`. The best pass is the
//! figure to quote on a shared machine: other work only ever adds time.
//! `--runs 1 --mode actors` is the run to give `valgrind --tool=callgrind`.
//! `--dump FILE` writes the extractions of the folders as JSON (what
//! `unxref extract --format json` prints), to check that an optimisation
//! changes no output, and exits.

use std::path::PathBuf;
use std::time::Instant;

use unxref::Extractor;
use unxref::corpus::{self, SourceText};
use unxref::extract::ActorDictionary;

fn main() {
    let mut runs = 10usize;
    let mut mode = "both".to_string();
    let mut folders = Vec::new();
    let mut dump = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => runs = args.next().and_then(|n| n.parse().ok()).expect("--runs N"),
            "--mode" => mode = args.next().expect("--mode actors|no-actors|both"),
            "--dump" => dump = Some(PathBuf::from(args.next().expect("--dump FILE"))),
            // cargo bench passes --bench to every bench binary.
            "--bench" => {}
            other => folders.push(PathBuf::from(other)),
        }
    }
    if folders.is_empty() {
        folders.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/sc-resolutions"));
    }
    if let Some(path) = dump {
        let corpus = Extractor::new().extract_paths(&folders);
        let json = serde_json::to_string_pretty(&corpus.extractions).expect("extractions serialize");
        std::fs::write(&path, json).expect("dump file written");
        return;
    }
    let (files, errors) = corpus::collect_files(&folders);
    for e in &errors {
        eprintln!("extract_speed: {e}");
    }
    let sources: Vec<SourceText> = files
        .iter()
        .filter_map(|f| corpus::read_file(f, corpus::DEFAULT_MAX_FILE_SIZE).ok())
        .collect();
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let modes: &[(&str, bool)] = match mode.as_str() {
        "actors" => &[("actors", true)],
        "no-actors" => &[("no-actors", false)],
        _ => &[("actors", true), ("no-actors", false)],
    };
    for &(name, actors) in modes {
        let extractor = if actors {
            Extractor::new()
        } else {
            Extractor::with_actors(ActorDictionary::empty())
        };
        let mut times = Vec::with_capacity(runs);
        let mut links = 0;
        for _ in 0..runs.max(1) {
            let start = Instant::now();
            links = sources
                .iter()
                .map(|s| std::hint::black_box(extractor.extract(s)).links.len())
                .sum::<usize>();
            times.push(start.elapsed().as_secs_f64());
        }
        times.sort_by(f64::total_cmp);
        let best = times[0];
        let median = times[times.len() / 2];
        println!(
            "{{\"mode\":\"{name}\",\"files\":{},\"bytes\":{bytes},\"links\":{links},\"runs\":{},\"best_s\":{best:.4},\"median_s\":{median:.4},\"best_mb_s\":{:.1},\"best_mib_s\":{:.1},\"median_mb_s\":{:.1}}}",
            sources.len(),
            times.len(),
            bytes as f64 / best / 1e6,
            bytes as f64 / best / (1 << 20) as f64,
            bytes as f64 / median / 1e6,
        );
    }
}
