//! Replays every saved fuzz input (`fuzz/corpus/<target>/` and
//! `fuzz/regressions/<target>/`) through the same entry functions the fuzz
//! targets call, so CI keeps each crash fixed without a nightly compiler or
//! libFuzzer.

use std::fs;
use std::path::{Path, PathBuf};

const FUZZ: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz");

/// The saved inputs of one target, in sorted order.
fn inputs(target: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = fs::read_dir(Path::new(FUZZ).join(dir).join(target)) else {
            continue;
        };
        files.extend(
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file()),
        );
    }
    files.sort();
    files
}

/// Run `entry` on every saved input of `target`, naming the input that panics.
fn replay(target: &str, entry: fn(&[u8])) {
    let files = inputs(target);
    assert!(
        files.len() >= 5,
        "fuzz/corpus/{target} holds {} inputs; the seed corpus is missing",
        files.len()
    );
    for file in &files {
        let data = fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        if std::panic::catch_unwind(|| entry(&data)).is_err() {
            panic!(
                "fuzz input {} fails; run it with `cargo fuzz run {target} {}`",
                file.display(),
                file.display()
            );
        }
    }
    println!("{target}: replayed {} inputs", files.len());
}

#[test]
fn query_corpus_replays() {
    replay("query", unxref::fuzzing::query);
}

#[test]
fn extract_corpus_replays() {
    replay("extract", unxref::fuzzing::extract);
}

#[test]
fn pdf_corpus_replays() {
    replay("pdf", unxref::fuzzing::pdf);
}

#[test]
fn snapshot_corpus_replays() {
    replay("snapshot", unxref::fuzzing::snapshot);
}

/// The snapshot target's seeds include real snapshots that load; if none
/// did, the target would be fuzzing only the header checks.
#[test]
fn snapshot_seeds_load() {
    let loaded = inputs("snapshot")
        .iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().ends_with("-file"))
        })
        .filter(|p| unxref::CitationGraph::load(p).is_ok())
        .count();
    assert!(loaded >= 3, "only {loaded} seed snapshots load");
}

/// The query target's seeds are real queries that answer on data/; if they
/// all failed, the target would be fuzzing only the error paths.
#[test]
fn query_seeds_answer() {
    let answered = inputs("query")
        .iter()
        .filter_map(|p| fs::read_to_string(p).ok())
        .filter(|q| unxref::fuzzing::DATA_GRAPH.query(q).is_ok_and(|t| !t.is_empty()))
        .count();
    assert!(answered >= 40, "only {answered} seed queries answer on data/");
}
