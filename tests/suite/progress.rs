//! The progress bar of `unxref build`: drawn on a terminal (files read of
//! all, bytes, throughput, time left), never written when stderr is piped.
#![cfg(unix)]

use std::io::Read as _;
use std::process::Command;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/sc-resolutions");

#[test]
fn piped_build_prints_no_progress() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_unxref"))
        .args(["build", CORPUS, "-o"])
        .arg(dir.path().join("g.unxref"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(lines[0].starts_with("saved "), "{stderr}");
    assert!(lines[1].starts_with("warnings: "), "{stderr}");
    assert!(!stderr.contains("reading") && !stderr.contains('\r'), "{stderr}");
}

#[test]
fn build_on_a_terminal_shows_files_bytes_rate_and_time_left() {
    let dir = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_unxref"));
    command
        .args(["build", CORPUS, "-o"])
        .arg(dir.path().join("g.unxref"))
        .env("TERM", "xterm-256color");
    let mut session = expectrl::Session::spawn(command).expect("spawn unxref in a pty");
    let mut seen = Vec::new();
    // Everything the terminal gets until the process ends.
    let _ = session.read_to_end(&mut seen);
    let seen = String::from_utf8_lossy(&seen);
    let bar = seen
        .split(['\r', '\n'])
        .find(|l| l.contains("reading ") && l.contains("ETA"))
        .unwrap_or_else(|| panic!("no progress line in {seen:?}"));
    let files = std::fs::read_dir(CORPUS).unwrap().count();
    assert!(bar.contains(&format!("/{files} files")), "{bar}");
    // Bytes read of the corpus's 12.7 MiB, and the rate.
    assert!(bar.contains(" MiB "), "{bar}");
    assert!(bar.contains("B/s ETA "), "{bar}");
    // The bar is cleared before the summary.
    assert!(seen.contains("saved "), "{seen:?}");
}
