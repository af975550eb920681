//! Writes a seeded synthetic UN corpus (`benches/common/synthetic_corpus.rs`)
//! for the scale benchmarks:
//!
//! ```sh
//! cargo bench --bench gen_corpus -- --seed 7 --docs 1000000 --out target/scale/1m
//! cargo bench --bench gen_corpus -- --docs 100000 --size-factor 3 --out target/scale/big
//! ```
//!
//! One file a document under `OUT/genre/year/`; prints one JSON line with
//! the files, bytes and citations written. Without `--out` (as `cargo bench`
//! runs every bench) it prints its usage and does nothing.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

mod common;

use common::synthetic_corpus::{Citations, CorpusSpec, plan, render};

fn main() -> ExitCode {
    let mut spec = CorpusSpec {
        docs: 10_000,
        seed: 7,
        size_factor: 1.0,
    };
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_default();
        match arg.as_str() {
            "--docs" => spec.docs = value().parse().unwrap_or(0),
            "--seed" => spec.seed = value().parse().unwrap_or(7),
            "--size-factor" => spec.size_factor = value().parse().unwrap_or(1.0),
            "--out" => out = Some(PathBuf::from(value())),
            // cargo bench passes --bench.
            _ => {}
        }
    }
    let Some(out) = out else {
        eprintln!("usage: gen_corpus --out DIR [--docs N] [--seed S] [--size-factor F]");
        return ExitCode::SUCCESS;
    };
    if spec.docs == 0 {
        eprintln!("gen_corpus: --docs needs a positive number");
        return ExitCode::FAILURE;
    }
    match write(&spec, &out) {
        Ok((files, bytes, citations)) => {
            println!(
                "{{\"docs\": {files}, \"bytes\": {bytes}, \"citations\": {citations}, \"seed\": {}, \"size_factor\": {}}}",
                spec.seed, spec.size_factor
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_corpus: {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}

fn write(spec: &CorpusSpec, out: &std::path::Path) -> std::io::Result<(u32, u64, u64)> {
    let docs = plan(spec);
    let mut draw = Citations::new(spec);
    let (mut bytes, mut citations) = (0u64, 0u64);
    let mut made = std::collections::HashSet::new();
    for (i, doc) in docs.iter().enumerate() {
        let targets = draw.of(i as u32, doc);
        citations += targets.len() as u64;
        let text = render(i as u32, &docs, &targets, spec);
        let path = out.join(doc.file_name());
        let folder = path.parent().expect("a file name has a folder");
        if made.insert(folder.to_path_buf()) {
            std::fs::create_dir_all(folder)?;
        }
        let mut file = std::io::BufWriter::new(std::fs::File::create(&path)?);
        file.write_all(text.as_bytes())?;
        file.flush()?;
        bytes += text.len() as u64;
    }
    Ok((docs.len() as u32, bytes, citations))
}
