//! Precision and recall of the references found, per genre, against the
//! hand-checked gold lists of `tests/gold/` (see its README): every genre
//! must reach 0.95 in both. `cargo test --test suite gold:: -- --nocapture` prints
//! the numbers and each miss and false find.

use crate::common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use unxref::{EdgeKind, Extractor};

const GOLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold");

/// One gold case: the text it reads and the ids it cites.
struct Case {
    name: String,
    source: PathBuf,
    expected: BTreeSet<String>,
}

/// The cases of a genre; `None` for a case whose text is not on this
/// machine (the shared corpus).
fn cases(genre: &str) -> Vec<Option<Case>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(Path::new(GOLD).join(genre))
        .unwrap_or_else(|e| panic!("tests/gold/{genre}: {e}"))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ids"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "tests/gold/{genre} holds {} cases", files.len());
    files
        .iter()
        .map(|file| {
            let text = std::fs::read_to_string(file).expect("a gold list");
            let source = text
                .lines()
                .find_map(|l| l.strip_prefix("# source: "))
                .unwrap_or_else(|| panic!("{}: no '# source:' line", file.display()))
                .trim();
            let source = match source.strip_prefix("shared:") {
                Some(rest) => common::sc_corpus()?.parent()?.join(rest),
                None => Path::new(env!("CARGO_MANIFEST_DIR")).join(source),
            };
            assert!(
                source.is_file(),
                "{}: {} is missing",
                file.display(),
                source.display()
            );
            let expected = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_string)
                .collect();
            Some(Case {
                name: file
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                source,
                expected,
            })
        })
        .collect()
}

/// The ids the extractor finds cited in a file.
fn found(path: &Path) -> BTreeSet<String> {
    let corpus = Extractor::new().extract_paths(&[path]);
    assert!(
        corpus.errors.is_empty(),
        "{}: {:?}",
        path.display(),
        corpus.errors
    );
    corpus
        .extractions
        .iter()
        .flat_map(|x| &x.links)
        .filter(|l| l.kind == EdgeKind::Cites)
        .map(|l| l.target.id.clone())
        .collect()
}

/// Precision and recall over a genre's cases, printing every difference.
fn measure(genre: &str) -> Option<(f64, f64)> {
    let cases = cases(genre);
    if cases.iter().any(Option::is_none) {
        println!("skipped: {genre}: ../shared/corpus not found");
        return None;
    }
    let (mut hits, mut found_n, mut expected_n) = (0usize, 0usize, 0usize);
    for case in cases.into_iter().flatten() {
        let got = found(&case.source);
        for id in got.difference(&case.expected) {
            println!("{genre}/{}: false find {id}", case.name);
        }
        for id in case.expected.difference(&got) {
            println!("{genre}/{}: missed {id}", case.name);
        }
        hits += got.intersection(&case.expected).count();
        found_n += got.len();
        expected_n += case.expected.len();
    }
    let precision = if found_n == 0 {
        1.0
    } else {
        hits as f64 / found_n as f64
    };
    let recall = hits as f64 / expected_n as f64;
    println!(
        "{genre}: precision {precision:.3} ({hits}/{found_n}), recall {recall:.3} ({hits}/{expected_n})"
    );
    Some((precision, recall))
}

fn check(genre: &str) {
    if let Some((precision, recall)) = measure(genre) {
        assert!(
            precision >= 0.95 && recall >= 0.95,
            "{genre}: precision {precision:.3}, recall {recall:.3} (at least 0.95 each)"
        );
    }
}

#[test]
fn sc_resolutions() {
    check("sc-resolutions");
}

#[test]
fn sg_reports_from_pdf() {
    check("sg-reports");
}

#[test]
fn seeds() {
    check("seeds");
}

#[test]
fn other_organs() {
    check("other-organs");
}
