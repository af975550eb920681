//! Audit 23: concurrency, then names and standard input, through the binary.
//!
//! Attacked, each in a loop (counts by hand on 8 Dec 2026, release build,
//! data/): four `build data -o g` at once (60 rounds, 240 builds), four
//! `export --format csv` and `neo4j` into one folder at once (40 rounds
//! each), four `render -o d.svg`, `.html`, `.dot` at once (30 rounds each),
//! `query --graph G` while another process replaced G in turn with
//! snapshots of 46 and 20 documents (1,787 queries), `check` of a folder
//! into which another process copied, and from which it removed, files and
//! folders (225 runs), 8 Python threads on one graph (see
//! `python/tests/test_audit23_robustness.py`), two shells keeping history
//! (two ptys, 60 queries each), two Spark jobs over one
//! OUTPUT (3 rounds); then `-o` with names starting with `-` or `--`, holding
//! a space, a newline or bytes that are not UTF-8, and `-` as the query.
//!
//! What was wrong:
//!
//! * two Spark jobs at once both wrote the rows of every file, and
//!   `build --from-parquet` read both: every edge's count doubled, without
//!   a word (now a file is read from one run only; the job side is in the
//!   Python test);
//! * `build data -o -g.unxref` said "unexpected argument '-g' found; to
//!   pass '-g' as a value, use '-- -g'", which gives it to no option: now
//!   "-o -g.unxref: the value starts with '-' and reads as an option; write
//!   -o=-g.unxref (or -o ./-g.unxref for a path)", for every option that
//!   takes a value;
//! * `query -` answered "-: no node of that name; did you mean 3R?": `-`
//!   now reads the query from standard input (`query` and `render`), and
//!   an empty one is refused by name;
//! * two shells started without a history file lost the first query of one
//!   of them in 2 of 3 trials (rustyline creates a missing file before it
//!   locks it): the shell now creates it at start (`repl::tests`).
//!
//! Found sound: every concurrent writer (each `build` succeeded and no
//! temporary file was left; the folder exports refuse a second writer as
//! busy, at least one of each round succeeded, and the folder always held
//! one export's two files); every query on a snapshot being replaced
//! answered; a file removed between the listing and the read is a warning
//! naming it ("cannot read: No such file or directory").

use super::audit20_robustness::data_tables;
use crate::common::cli::{ROOT, build, run, stderr, stdout, unxref};
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Child, Stdio};

/// Hidden temporary files a writer left in `dir`.
fn temporary_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect()
}

fn spawn(args: &[&str]) -> Child {
    unxref()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the unxref binary runs")
}

#[test]
fn concurrent_builds_of_one_snapshot_all_succeed() {
    // CI once failed with "g.unxref: cannot write: No such file or
    // directory": writers removed each other's temporary files.
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("g.unxref");
    let out = target.to_str().unwrap();
    let alone = dir.path().join("alone.unxref");
    build(&["data"], &alone);
    for round in 0..8 {
        let builds: Vec<Child> = (0..4).map(|_| spawn(&["build", "data", "-o", out])).collect();
        for done in builds.into_iter().map(|b| b.wait_with_output().unwrap()) {
            assert!(done.status.success(), "round {round}: {}", stderr(&done));
        }
        assert_eq!(temporary_files(dir.path()), Vec::<String>::new(), "round {round}");
        assert!(
            fs::read(&target).unwrap() == fs::read(&alone).unwrap(),
            "round {round}"
        );
    }
}

#[test]
fn concurrent_folder_exports_write_one_export_or_say_busy() {
    let dir = tempfile::tempdir().unwrap();
    let snapshot = dir.path().join("g.unxref");
    build(&["data"], &snapshot);
    let g = snapshot.to_str().unwrap();
    for (format, files) in [
        ("csv", ["edges.csv", "nodes.csv"]),
        ("neo4j", ["nodes.csv", "relationships.csv"]),
    ] {
        let alone = dir.path().join(format!("{format}-alone"));
        let done = run(&[
            "export",
            "--graph",
            g,
            "--format",
            format,
            "-o",
            alone.to_str().unwrap(),
        ]);
        assert!(done.status.success(), "{}", stderr(&done));
        for round in 0..6 {
            let folder = dir.path().join(format!("{format}-{round}"));
            let o = folder.to_str().unwrap();
            let exports: Vec<Child> = (0..4)
                .map(|_| spawn(&["export", "--graph", g, "--format", format, "-o", o]))
                .collect();
            let mut succeeded = 0;
            for done in exports.into_iter().map(|e| e.wait_with_output().unwrap()) {
                let err = stderr(&done);
                if done.status.success() {
                    succeeded += 1;
                } else {
                    assert!(
                        err.contains("another unxref is exporting into this folder now"),
                        "{format} round {round}: {err}"
                    );
                }
            }
            assert!(succeeded >= 1, "{format} round {round}: no export succeeded");
            let mut names: Vec<String> = fs::read_dir(&folder)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            assert_eq!(names, files, "{format} round {round}");
            for file in files {
                assert!(
                    fs::read(folder.join(file)).unwrap() == fs::read(alone.join(file)).unwrap(),
                    "{format} round {round}: {file}"
                );
            }
        }
    }
}

#[test]
fn tables_of_two_jobs_at_once_count_each_file_once() {
    // Two Spark jobs over one OUTPUT both find every file new and both
    // write its rows, each in its own run (what `data_tables` writes, put
    // in two run folders). Read twice, every edge's count was doubled.
    let dir = tempfile::tempdir().unwrap();
    let flat = dir.path().join("flat");
    data_tables(&flat);
    let tables = dir.path().join("tables");
    for table in ["nodes", "edges", "files"] {
        for run_name in ["run=20261208T000000000000Z", "run=20261208T000001000000Z"] {
            let folder = tables.join(table).join(run_name);
            fs::create_dir_all(&folder).unwrap();
            fs::copy(
                flat.join(table).join("part-0.parquet"),
                folder.join("part-0.parquet"),
            )
            .unwrap();
        }
    }
    let (from_tables, local) = (dir.path().join("tables.unxref"), dir.path().join("local.unxref"));
    let done = run(&[
        "build",
        "--from-parquet",
        tables.to_str().unwrap(),
        "-o",
        from_tables.to_str().unwrap(),
    ]);
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(stderr(&done).contains("0 files skipped"), "{}", stderr(&done));
    // `data_tables` names the files by their absolute path.
    build(&[Path::new(ROOT).join("data").to_str().unwrap()], &local);
    let counts = |g: &Path| {
        stdout(&run(&[
            "export",
            "--graph",
            g.to_str().unwrap(),
            "--format",
            "json",
        ]))
    };
    assert_eq!(
        counts(&from_tables),
        counts(&local),
        "a file in two runs was read twice"
    );
}

#[test]
fn a_value_starting_with_a_hyphen_is_said_to_need_the_equals_form() {
    let dir = tempfile::tempdir().unwrap();
    for (args, says) in [
        (
            vec!["build", "data", "-o", "-g.unxref"],
            "-o -g.unxref: the value starts with '-' and reads as an option; write -o=-g.unxref (or -o ./-g.unxref for a path)",
        ),
        (
            vec!["build", "data", "--output", "--g.unxref"],
            "--output --g.unxref: the value starts with '-' and reads as an option; write --output=--g.unxref",
        ),
        (
            vec!["query", "--param", "-1", "what does $1 cite"],
            "--param -1: the value starts with '-' and reads as an option; write --param=-1",
        ),
        (
            vec!["render", "what cites 2164", "-o", "-d.svg"],
            "-o -d.svg: the value starts with '-' and reads as an option; write -o=-d.svg",
        ),
    ] {
        let done = unxref().current_dir(dir.path()).args(&args).output().unwrap();
        let err = stderr(&done);
        assert_eq!(done.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!err.contains("use '--"), "{args:?}: {err}");
    }
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0, "nothing written");
    // The form the message gives writes the file, and a query word that
    // starts with '-' keeps clap's own advice.
    let data = Path::new(ROOT).join("data");
    let done = unxref()
        .current_dir(dir.path())
        .args(["build", data.to_str().unwrap(), "-o=-g.unxref"])
        .output()
        .unwrap();
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(dir.path().join("-g.unxref").is_file());
    let err = stderr(&run(&["query", "what", "cites", "-x"]));
    assert!(err.contains("unexpected argument '-x'"), "{err}");
}

/// `unxref ARGS` with `input` on standard input.
fn with_stdin(args: &[&str], input: &str) -> std::process::Output {
    let mut child = unxref()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_lone_hyphen_reads_the_query_from_standard_input() {
    let words = run(&["query", "--format", "json", "what", "cites", "2164"]);
    assert!(words.status.success(), "{}", stderr(&words));
    assert!(stdout(&words).contains("S/2014/660"), "{}", stdout(&words));
    for input in ["what cites 2164\n", "what cites\n  2164\n"] {
        let piped = with_stdin(&["query", "--format", "json", "-"], input);
        assert!(piped.status.success(), "{input:?}: {}", stderr(&piped));
        assert_eq!(stdout(&piped), stdout(&words), "{input:?}");
    }
    for input in ["", "  \n\n"] {
        let done = with_stdin(&["query", "-"], input);
        let err = stderr(&done);
        assert_eq!(done.status.code(), Some(1), "{err}");
        assert!(
            err.contains("`-` reads the query from standard input, which held none"),
            "{err}"
        );
        assert!(!err.contains("no node of that name"), "{err}");
    }
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("d.svg");
    let done = with_stdin(&["render", "-o", svg.to_str().unwrap(), "-"], "what cites 2164");
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(fs::read_to_string(&svg).unwrap().contains("S/2014/660"));
}
