//! The project's own source text holds no control character but newline
//! and tab. A raw string typed with a literal backspace (U+0008) where `\b`
//! was meant, `r"(?-u:␈)to [a-z]"`, compiled to a pattern that never
//! matched, and nothing else noticed (`joined_decision` in the mandates,
//! found in round 24). Editors show such bytes as nothing or as a blank.

use std::fs;
use std::path::{Path, PathBuf};

/// Every file below `dir` whose name ends in one of `extensions`.
fn files_below(dir: &Path, extensions: &[&str], found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_below(&path, extensions, found);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.contains(&e))
        {
            found.push(path);
        }
    }
}

#[test]
fn no_source_file_holds_a_control_character() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "grammar", "tests", "benches", "examples", "python"] {
        files_below(&root.join(dir), &["rs", "pest", "py", "toml"], &mut files);
    }
    assert!(files.len() > 100, "the sources were not found: {}", files.len());
    let mut found = Vec::new();
    for path in &files {
        let text = fs::read(path).unwrap();
        for (number, line) in text.split(|&b| b == b'\n').enumerate() {
            if let Some(&b) = line
                .iter()
                .find(|&&b| (b < 0x20 && b != b'\t' && b != b'\r') || b == 0x7f)
            {
                found.push(format!("{}:{}: byte {b:#04x}", path.display(), number + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "control characters in the sources:\n{}",
        found.join("\n")
    );
}
