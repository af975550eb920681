//! The `unxref` binary as a user runs it: `extract`, `build`, `export`, bad
//! input and exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn unxref(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_unxref"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        // The five seed texts, not the bundled resolutions beside them.
        .env("UNXREF_DATA", "data")
        .output()
        .expect("the unxref binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn data(file: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(file)
        .display()
        .to_string()
}

#[test]
fn help_lists_every_subcommand() {
    let out = unxref(&["--help"]);
    assert!(out.status.success());
    for sub in ["repl", "query", "extract", "build", "render", "export"] {
        assert!(
            stdout(&out).contains(sub),
            "--help does not mention {sub}:\n{}",
            stdout(&out)
        );
    }
    for sub in ["extract", "build", "export"] {
        let out = unxref(&[sub, "--help"]);
        assert!(out.status.success(), "{sub} --help failed");
        assert!(stdout(&out).contains("Usage:"), "{sub} --help has no usage line");
    }
}

#[test]
fn extract_shows_a_letter_and_what_it_cites() {
    let out = unxref(&["extract", &data("003_cdd006968fa2855b.txt")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("S/2014/660"), "{text}");
    assert!(text.contains("cites S/RES/2164 (2014)"), "{text}");
}

#[test]
fn extract_json_is_one_object_per_file() {
    let out = unxref(&["extract", "--format", "json", &data("001_8bf2fcad3f891cf4.txt")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let value: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    let files = value.as_array().expect("an array of extractions");
    assert_eq!(files.len(), 1);
    let ids: Vec<&str> = files[0]["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .filter_map(|d| d["node"]["id"].as_str())
        .collect();
    assert!(ids.contains(&"S/RES/2518 (2020)"), "{ids:?}");
}

#[test]
fn a_missing_file_is_named_and_fails() {
    let out = unxref(&["extract", "no/such/file.txt"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("no/such/file.txt") && err.contains("cannot read"),
        "{err}"
    );
}

#[test]
fn a_binary_file_is_reported_and_the_rest_still_loads() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("scan.txt");
    std::fs::write(&bin, b"%PDF-1.4\0\0\x01\x02binary").unwrap();
    let good = dir.path().join("letter.txt");
    std::fs::copy(data("003_cdd006968fa2855b.txt"), &good).unwrap();
    let out = unxref(&["extract", dir.path().to_str().unwrap()]);
    let err = stderr(&out);
    assert!(err.contains("scan.txt") && err.contains("binary"), "{err}");
    assert!(stdout(&out).contains("S/2014/660"), "the good file did not load");
    assert!(
        !out.status.success(),
        "a file that could not be read must make the exit code non-zero"
    );
}

/// A folder of documents in formats unxref does not read (RTF,
/// OpenDocument) beside a text and a damaged Word 97-2003 `.doc` (the
/// compound file signature, then nothing): each is named with what to do,
/// never passed over in silence, and the text still loads.
#[test]
fn a_document_in_a_format_unxref_does_not_read_is_named_with_a_remedy() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    doc.extend(std::iter::repeat_n(0u8, 512));
    std::fs::write(dir.path().join("S_RES_827(1993).doc"), &doc).unwrap();
    std::fs::write(dir.path().join("S_RES_808(1993).odt"), b"PK\x03\x04").unwrap();
    std::fs::write(
        dir.path().join("notes.rtf"),
        b"{\\rtf1\\ansi resolution 827 (1993)}",
    )
    .unwrap();
    std::fs::copy(data("003_cdd006968fa2855b.txt"), dir.path().join("letter.txt")).unwrap();
    let out = unxref(&["extract", dir.path().to_str().unwrap()]);
    let err = stderr(&out);
    assert!(
        err.lines()
            .any(|l| l.contains("S_RES_827(1993).doc") && l.contains("damaged Word 97-2003 file")),
        "{err}"
    );
    for (file, format) in [
        ("S_RES_808(1993).odt", "OpenDocument text (.odt)"),
        ("notes.rtf", "Rich Text Format (.rtf)"),
    ] {
        assert!(
            err.lines()
                .any(|l| l.contains(file) && l.contains(format) && l.contains("convert it to .docx or PDF")),
            "{file}: {err}"
        );
    }
    assert!(stdout(&out).contains("S/2014/660"), "the good file did not load");
    assert!(
        !out.status.success(),
        "a file left unread makes the exit code non-zero"
    );
    // Given by name, the same.
    let out = unxref(&[
        "extract",
        dir.path().join("S_RES_808(1993).odt").to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("OpenDocument text (.odt)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn snapshot_export_equals_corpus_export() {
    let dir = tempfile::tempdir().unwrap();
    let snap = dir.path().join("data.unxref");
    // The tests run the binary from the crate's folder, where the bundled
    // corpus is shown as `data/…`: build the snapshot from the same path.
    let out = unxref(&["build", "data", "-o", snap.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let from_snapshot = unxref(&["export", "--format", "json", "--graph", snap.to_str().unwrap()]);
    let from_corpus = unxref(&["export", "--format", "json"]);
    assert!(from_snapshot.status.success() && from_corpus.status.success());
    assert!(
        stdout(&from_snapshot) == stdout(&from_corpus),
        "the snapshot's export differs from the corpus's"
    );
}

#[test]
fn export_json_follows_the_contract() {
    let out = unxref(&["export", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let value: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    let nodes = value["nodes"].as_array().expect("nodes array");
    let edges = value["edges"].as_array().expect("edges array");
    let ids: std::collections::HashSet<&str> = nodes.iter().filter_map(|n| n["id"].as_str()).collect();
    for n in nodes {
        assert!(
            n["kind"].is_string() && n["label"].is_string(),
            "node without kind/label: {n}"
        );
    }
    assert!(ids.contains("S/RES/2531 (2020)") && ids.contains("S/2020/600"));
    let kinds = unxref::EdgeKind::ALL.map(|k| k.as_str());
    for e in edges {
        let (s, t) = (e["source"].as_str().unwrap(), e["target"].as_str().unwrap());
        assert!(
            ids.contains(s) && ids.contains(t),
            "edge end missing from nodes: {e}"
        );
        assert!(
            kinds.contains(&e["kind"].as_str().unwrap()),
            "unknown edge kind: {e}"
        );
    }
    assert!(
        edges.iter().any(|e| e["source"] == "S/2020/600"
            && e["target"] == "S/RES/2531 (2020)"
            && e["kind"] == "adopted_as"),
        "no adopted_as edge from the draft to 2531"
    );
}

#[test]
fn build_will_not_overwrite_a_file_that_is_not_a_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let precious = dir.path().join("notes.txt");
    std::fs::write(&precious, "my notes").unwrap();
    let out = unxref(&["build", "data", "-o", precious.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("refusing to overwrite"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "my notes");
    let out = unxref(&["build", "data", "-o", precious.to_str().unwrap(), "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_damaged_snapshot_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let snap: PathBuf = dir.path().join("g.unxref");
    assert!(
        unxref(&["build", "data", "-o", snap.to_str().unwrap()])
            .status
            .success()
    );
    let mut bytes = std::fs::read(&snap).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0xff;
    std::fs::write(&snap, &bytes).unwrap();
    let out = unxref(&["export", "--format", "json", "--graph", snap.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("corrupted"), "{}", stderr(&out));

    let text = dir.path().join("plain.txt");
    std::fs::write(&text, "hello").unwrap();
    let out = unxref(&["export", "--format", "json", "--graph", text.to_str().unwrap()]);
    assert!(
        stderr(&out).contains("not an unxref graph snapshot"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn extracting_an_empty_text_says_why_it_found_nothing() {
    let extraction = unxref::Extractor::new().extract_str("blank.txt", " \n\t\n");
    assert!(extraction.documents.is_empty() && extraction.links.is_empty());
    assert_eq!(extraction.diagnostics.len(), 1, "{:?}", extraction.diagnostics);
    assert!(
        extraction.diagnostics[0].message.contains("empty"),
        "{:?}",
        extraction.diagnostics
    );
    let letter = std::fs::read_to_string(data("003_cdd006968fa2855b.txt")).unwrap();
    let extraction = unxref::Extractor::new().extract_str("letter.txt", &letter);
    assert!(extraction.diagnostics.is_empty(), "{:?}", extraction.diagnostics);
    assert!(
        extraction
            .links
            .iter()
            .any(|l| l.target.id == "S/RES/2164 (2014)")
    );
}

/// The remedy a too-large file's error names is a real option: the same
/// command with `--max-file-size` raised reads the file.
#[test]
fn the_too_large_error_names_an_option_that_exists() {
    let file = data("000_5084318a0e7514bb.txt");
    let small = unxref(&["extract", &file, "--max-file-size", "1K"]);
    let err = stderr(&small);
    assert!(err.contains("raise it with --max-file-size BYTES"), "{err}");
    let raised = unxref(&["extract", &file, "--max-file-size", "256M"]);
    assert!(raised.status.success(), "{}", stderr(&raised));
    assert!(!stderr(&raised).contains("more than the limit"));
}

#[test]
fn query_binds_parameters_given_with_param() {
    let json = |args: &[&str]| -> serde_json::Value {
        let out = unxref(args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    // The bound query answers as the query with the values written in.
    let bound = json(&[
        "query",
        "--format",
        "json",
        "$1 -> cites where year >= $since",
        "--param",
        "1=2531",
        "--param",
        "since=2018",
    ]);
    let written = json(&["query", "--format", "json", "2531 -> cites where year >= 2018"]);
    assert_eq!(bound, written);
    assert!(!bound.as_array().expect("rows").is_empty());
    // A value is one name, never query syntax.
    let out = unxref(&["query", "what cites $1", "--param", "1=1325 union all"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no node of that name"), "{}", stderr(&out));
    // A missing value, a gap in the numbers and a malformed pair are named.
    let out = unxref(&["query", "$1 -> cites where year >= $since", "--param", "1=2531"]);
    assert!(stderr(&out).contains("no value bound for $since; give one with `--param NAME=VALUE`"));
    let out = unxref(&["query", "what cites $2", "--param", "2=1325"]);
    assert!(
        stderr(&out).contains("--param 2= is given without --param 1="),
        "{}",
        stderr(&out)
    );
    let out = unxref(&["query", "what cites $1", "--param", "1325"]);
    assert!(stderr(&out).contains("is not NAME=VALUE"), "{}", stderr(&out));
    let out = unxref(&["query", "what cites $1", "--param", "1="]);
    assert!(
        stderr(&out).contains("`--param 1=` has no value"),
        "{}",
        stderr(&out)
    );
}

/// `unxref build … 2>&1 | head -1` closes standard error after a line: the
/// build still writes its snapshot and exits 0, without a panic on the
/// warnings it can no longer print (audit 5, F18: exit 101).
#[test]
fn a_closed_stderr_or_stdout_is_not_a_failure() {
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    // An empty file gives a warning to print.
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::copy(data("002_4635c25849462a9e.txt"), dir.path().join("seed.txt")).unwrap();
    let snapshot = dir.path().join("g.unxref");
    let mut child = Command::new(env!("CARGO_BIN_EXE_unxref"))
        .args([
            "build",
            &dir.path().display().to_string(),
            "-o",
            &snapshot.display().to_string(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the unxref binary runs");
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert!(status.success(), "{status}");
    assert!(snapshot.is_file());
    // And `unxref stats … | head -0`: standard output closed.
    let mut child = Command::new(env!("CARGO_BIN_EXE_unxref"))
        .args(["stats", "--graph", &snapshot.display().to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the unxref binary runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}
