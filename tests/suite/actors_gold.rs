//! Precision and recall of the actors unxref finds, against the gold
//! annotations of `tests/gold/actors/` (real texts annotated by reading: see
//! its README). The texts read from `../shared/corpus` (reports of the
//! Secretary-General, as PDF) are scored when that corpus is present.

use crate::common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use unxref::{EdgeKind, Extractor};

const GOLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold/actors");

/// One annotated text.
struct Gold {
    name: String,
    source: PathBuf,
    /// Each actor with its accepted ids.
    actors: Vec<Vec<String>>,
    /// Borderline ids: neither hits nor errors.
    optional: BTreeSet<String>,
}

fn read_gold(path: &Path) -> Option<Gold> {
    let text = std::fs::read_to_string(path).expect("gold file is readable");
    let mut lines = text.lines();
    let source = lines
        .next()
        .and_then(|l| l.strip_prefix("source: "))
        .unwrap_or_else(|| panic!("{} must begin with `source: PATH`", path.display()));
    let source = match source.strip_prefix("shared:") {
        Some(rest) => common::sc_corpus()?.parent()?.join(rest),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join(source),
    };
    let mut gold = Gold {
        name: path.file_stem()?.to_string_lossy().into_owned(),
        source,
        actors: Vec::new(),
        optional: BTreeSet::new(),
    };
    for line in lines
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (optional, line) = match line.strip_prefix('?') {
            Some(rest) => (true, rest.trim()),
            None => (false, line),
        };
        let ids: Vec<String> = line.split(" | ").map(|s| s.trim().to_string()).collect();
        assert!(
            ids.iter()
                .all(|id| id.starts_with("actor:") || id.starts_with("state:")),
            "{}: {line:?} is not an actor or state id",
            path.display()
        );
        if optional {
            gold.optional.extend(ids);
        } else {
            gold.actors.push(ids);
        }
    }
    Some(gold)
}

/// The actors unxref finds mentioned anywhere in a file.
fn found(source: &Path) -> BTreeSet<String> {
    let corpus = Extractor::new().extract_paths(&[source]);
    assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
    corpus
        .extractions
        .iter()
        .flat_map(|x| &x.links)
        .filter(|l| l.kind == EdgeKind::Mentions)
        .map(|l| l.target.id.clone())
        .collect()
}

#[test]
fn actors_found_in_annotated_texts_have_precision_and_recall_of_at_least_0_9() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(GOLD)
        .expect("tests/gold/actors exists")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "gold"))
        .collect();
    files.sort();
    let (mut hits, mut found_total, mut gold_hits, mut gold_total, mut texts) = (0, 0, 0, 0, 0);
    let mut skipped = Vec::new();
    for path in &files {
        let Some(gold) = read_gold(path) else {
            skipped.push(path.display().to_string());
            continue;
        };
        let got = found(&gold.source);
        let accepted: BTreeSet<&String> = gold.actors.iter().flatten().collect();
        let missed: Vec<&String> = gold
            .actors
            .iter()
            .filter(|ids| !ids.iter().any(|id| got.contains(id)))
            .map(|ids| &ids[0])
            .collect();
        let wrong: Vec<&String> = got
            .iter()
            .filter(|id| !accepted.contains(id) && !gold.optional.contains(*id))
            .collect();
        let scored = got.iter().filter(|id| !gold.optional.contains(*id)).count();
        let right = scored - wrong.len();
        println!(
            "{}: {right}/{scored} found right, {}/{} of the gold found; missed {missed:?}; wrong {wrong:?}",
            gold.name,
            gold.actors.len() - missed.len(),
            gold.actors.len()
        );
        hits += right;
        found_total += scored;
        gold_hits += gold.actors.len() - missed.len();
        gold_total += gold.actors.len();
        texts += 1;
    }
    if !skipped.is_empty() {
        println!("skipped (../shared/corpus not found): {skipped:?}");
    }
    assert!(texts >= 5, "only {texts} gold texts were scored");
    let precision = hits as f64 / found_total.max(1) as f64;
    let recall = gold_hits as f64 / gold_total.max(1) as f64;
    println!(
        "{texts} texts: precision {precision:.3} ({hits}/{found_total}), recall {recall:.3} ({gold_hits}/{gold_total})"
    );
    assert!(precision >= 0.9, "precision {precision:.3}");
    assert!(recall >= 0.9, "recall {recall:.3}");
}
