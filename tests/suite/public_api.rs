//! The public API check: every `pub` declaration of the library (items,
//! fields, methods, re-exports; not `pub(crate)`), one a line with its file,
//! compared with the committed listing `tests/public-api.txt`. A change to
//! a public signature fails here until the listing is regenerated, so it is
//! seen in review and weighed against semver (0.x: a breaking change bumps
//! the minor version). Regenerate with
//! `UNXREF_BLESS=1 cargo test --test suite public_api::`.
//!
//! `cargo semver-checks` would compare rustdoc's JSON against a released
//! baseline; it needs a build from crates.io and a nightly rustdoc format,
//! so this listing, on stable and in seconds, stands in for it.

use std::path::{Path, PathBuf};

const LISTING: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/public-api.txt");

/// The library's source files, sorted (the binary's `cli` is not API).
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if !path.ends_with("cli") {
                sources(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs")
            && !path.ends_with("main.rs")
            && !path.file_name().unwrap().to_string_lossy().contains("tests")
        {
            out.push(path);
        }
    }
}

/// The `pub` declarations of one file, each joined onto one line up to its
/// body (`{`), its end (`;`) or, for a field, its type; test modules left out.
fn declarations(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let t = line.trim();
        if t == "#[cfg(test)]" {
            break;
        }
        if !t.starts_with("pub ") {
            continue;
        }
        let mut decl = t.to_string();
        let balanced = |d: &str| d.matches('(').count() == d.matches(')').count();
        let ends = |d: &str| {
            (balanced(d) && (d.ends_with('{') || d.ends_with(';') || d.ends_with(',') || d.contains(" {")))
                || d.contains(" = ")
        };
        while !ends(&decl) {
            match lines.next() {
                Some(more) => {
                    decl.push(' ');
                    decl.push_str(more.trim());
                }
                None => break,
            }
        }
        // A constant's type, not its value.
        let decl = decl.split(" = ").next().unwrap_or(&decl);
        let decl = decl.split(" {").next().unwrap_or(decl);
        let decl = decl.trim_end_matches(['{', ';', ',']).trim();
        out.push(
            decl.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .replace("( ", "(")
                .replace(", )", ")")
                // A binding's `mut` is the body's business, not the API's.
                .replace("(mut ", "(")
                .replace(", mut ", ", "),
        );
    }
    out
}

fn listing() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    let mut out = String::new();
    for file in files {
        let rel = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        for decl in declarations(&std::fs::read_to_string(&file).unwrap()) {
            out.push_str(&format!("{rel}: {decl}\n"));
        }
    }
    out
}

#[test]
fn the_public_api_matches_the_committed_listing() {
    let now = listing();
    if std::env::var_os("UNXREF_BLESS").is_some() {
        std::fs::write(LISTING, &now).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(LISTING).unwrap_or_default();
    if now != committed {
        let old: Vec<&str> = committed.lines().collect();
        let new: Vec<&str> = now.lines().collect();
        let removed: Vec<&&str> = old.iter().filter(|l| !new.contains(l)).collect();
        let added: Vec<&&str> = new.iter().filter(|l| !old.contains(l)).collect();
        panic!(
            "the public API changed (regenerate tests/public-api.txt with UNXREF_BLESS=1 if intended):\n\
             removed:\n{}\nadded:\n{}",
            removed
                .iter()
                .map(|l| format!("  - {l}"))
                .collect::<Vec<_>>()
                .join("\n"),
            added
                .iter()
                .map(|l| format!("  + {l}"))
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
}

#[test]
fn a_declaration_is_read_whole() {
    let text = "pub fn save(\n    &self,\n    path: impl AsRef<Path>,\n) -> Result<(), E> {\n    body\n}\npub(crate) fn hidden() {}\n    pub date: Option<Date>,\n";
    assert_eq!(
        declarations(text),
        [
            "pub fn save(&self, path: impl AsRef<Path>) -> Result<(), E>",
            "pub date: Option<Date>"
        ]
    );
}
