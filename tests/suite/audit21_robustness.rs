//! Robustness audit 21: bad input on every surface gets a clear message
//! naming the problem and a suggestion; never a panic, a silently wrong
//! answer or a partly written output file.
//!
//! Attacked through the binary (50 command lines over every subcommand
//! and flag of `unxref --help`: zero, negative, huge, empty, NaN and
//! infinite values, paths with spaces, a newline and non-ASCII letters, a
//! folder where a file is wanted; a folder, a FIFO, a truncated snapshot, a
//! snapshot of a future format version, an empty file and a text file as
//! `--graph`), the shell's history file (4 kinds: a folder, a FIFO, a file
//! where its folder should be, 5,000 random bytes), Parquet tables (a bad
//! JSON cell after a good row; runs the Spark job never finished) and
//! folder exports (a second export while one holds the folder; 6 pairs of
//! exports of two graphs into one folder at once).
//!
//! What was wrong:
//! * `--graph DIR` said "not a regular file (a FIFO, a device or a
//!   folder)": it now says it is a folder and what to give, by what the
//!   folder holds (the snapshots in it, the Spark job's tables, or files
//!   for `--corpus`);
//! * a JSON cell of a Parquet table that does not parse was not placed:
//!   now "row 2: the json column does not parse as JSON";
//! * a run of the Spark job stopped before it wrote `files/` left node and
//!   edge rows that `--from-parquet` linked, and the next run extracted
//!   those files again: counted twice. Such runs are now left out, with a
//!   warning (and the job removes them before its next run);
//! * two `csv` or `neo4j` exports into one folder at once could leave
//!   `nodes.csv` of one beside `edges.csv` of the other: the folder is now
//!   held by one export (a second is refused by name), and its files are
//!   renamed into place only once all are written;
//! * `render --max-nodes 0` drew an empty diagram and succeeded; `--scale
//!   0`, `NaN` and `inf` were taken (NaN reached Graphviz as `-Gdpi=NaN`);
//! * `--param x=1 --param x=2` answered with the last value, silently;
//! * a FIFO as the shell's history file hung the shell at start; a folder
//!   or a file that is not history was reported, then written to each line
//!   (tested in `src/repl/mod.rs`);
//! * (lead, in review) `render -o FOLDER` said it could not tell the
//!   diagram format; a query of spaces only was told it expected "a query
//!   (…) or a query"; `.load ""` said ": does not exist".

use super::audit20_robustness::{Column, build_from, data_tables, repl, write_table};
use crate::common::cli::{LETTER, ROOT, assert_clean_failure, build, run, stderr, stdout, unxref};
use std::fs;
use std::path::Path;
use std::process::Output;

#[test]
fn a_folder_given_as_a_snapshot_says_what_to_give() {
    let root = tempfile::tempdir().unwrap();
    let query = |dir: &Path| run(&["query", "--graph", dir.to_str().unwrap(), "what cites 2164"]);
    // A folder of documents: read them with --corpus.
    let err = assert_clean_failure(&query(&Path::new(ROOT).join("data")), "data/");
    assert!(
        err.contains("is a folder, not a snapshot file") && err.contains("--corpus"),
        "{err}"
    );
    // A folder holding one snapshot: that file is named.
    let snapshots = root.path().join("graphs");
    fs::create_dir(&snapshots).unwrap();
    let snapshot = snapshots.join("letter.unxref");
    build(&[LETTER], &snapshot);
    fs::write(snapshots.join("notes.txt"), "my notes").unwrap();
    let err = assert_clean_failure(&query(&snapshots), "a folder with a snapshot");
    assert!(
        err.contains(&format!("the snapshot in it is {}", snapshot.display())),
        "{err}"
    );
    // The snapshot it names answers.
    let done = run(&["query", "--graph", snapshot.to_str().unwrap(), "what cites 2164"]);
    assert!(done.status.success(), "{}", stderr(&done));
    // The Spark job's tables: build a snapshot from them.
    let tables = root.path().join("tables");
    data_tables(&tables);
    let err = assert_clean_failure(&query(&tables), "tables");
    assert!(err.contains("unxref build --from-parquet"), "{err}");
}

#[test]
fn a_json_cell_that_does_not_parse_is_named_by_its_row() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("bad");
    // A real document record of the letter, then one cut short.
    let letter = unxref::extract_paths(&[Path::new(ROOT).join(LETTER)]);
    let record = serde_json::to_string(&letter.extractions[0].documents[0]).unwrap();
    let cut = record[..record.len() / 2].to_string();
    write_table(
        &dir.join("nodes/part-0.parquet"),
        &[
            Column::Text("file", vec![Some(LETTER.into()), Some(LETTER.into())]),
            Column::Long("seq", vec![0, 1]),
            Column::Text("json", vec![Some(record), Some(cut)]),
        ],
    );
    let err = assert_clean_failure(&build_from(&dir, &root.path().join("g.unxref")), "bad json");
    assert!(
        err.contains("row 2: the json column does not parse as JSON"),
        "{err}"
    );
    assert!(!root.path().join("g.unxref").exists());
}

/// Move each table of `dir` (`nodes/part-0.parquet`) into the partition
/// `run=RUN/`, as the Spark job lays them out.
fn into_run(dir: &Path, run: &str) {
    for table in ["nodes", "edges", "files"] {
        let part = dir.join(table).join(run);
        fs::create_dir_all(&part).unwrap();
        fs::rename(
            dir.join(table).join("part-0.parquet"),
            part.join("part-0.parquet"),
        )
        .unwrap();
    }
}

/// The JSON export of the snapshot at `path`.
fn json_of(path: &Path) -> String {
    let done = run(&["export", "--graph", path.to_str().unwrap(), "--format", "json"]);
    assert!(done.status.success(), "{}", stderr(&done));
    stdout(&done)
}

#[test]
fn a_run_the_spark_job_did_not_finish_is_left_out() {
    let root = tempfile::tempdir().unwrap();
    let tables = root.path().join("tables");
    data_tables(&tables);
    into_run(&tables, "run=1");
    let finished = root.path().join("finished.unxref");
    assert!(build_from(&tables, &finished).status.success());
    // A second run over the same files, stopped after its node and edge
    // tables: no files/ rows.
    for table in ["nodes", "edges"] {
        let part = tables.join(table).join("run=2");
        fs::create_dir_all(&part).unwrap();
        fs::copy(
            tables.join(table).join("run=1/part-0.parquet"),
            part.join("part-0.parquet"),
        )
        .unwrap();
    }
    let from_tables = root.path().join("tables.unxref");
    let done = build_from(&tables, &from_tables);
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(
        stderr(&done).contains("run=2 was not finished"),
        "{}",
        stderr(&done)
    );
    assert!(
        json_of(&from_tables) == json_of(&finished),
        "the unfinished run changed the graph"
    );
    // With no finished run at all, nothing is built.
    fs::remove_dir_all(tables.join("files")).unwrap();
    let out = root.path().join("none.unxref");
    let err = assert_clean_failure(&build_from(&tables, &out), "no finished run");
    assert!(err.contains("no finished run: run=1, run=2"), "{err}");
    assert!(!out.exists());
}

/// `export --format csv -o DIR` of the snapshot `graph`.
fn export_csv(graph: &Path, dir: &Path) -> std::process::Child {
    unxref()
        .args([
            "export",
            "--graph",
            graph.to_str().unwrap(),
            "--format",
            "csv",
            "-o",
        ])
        .arg(dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

/// The texts of `nodes.csv` and `edges.csv` in `dir`.
fn csv_set(dir: &Path) -> (String, String) {
    let read = |file: &str| fs::read_to_string(dir.join(file)).unwrap();
    (read("nodes.csv"), read("edges.csv"))
}

/// The set an export of `graph` alone writes (into `root/name`).
fn alone(graph: &Path, root: &Path, name: &str) -> (String, String) {
    let dir = root.join(name);
    fs::create_dir(&dir).unwrap();
    assert!(export_csv(graph, &dir).wait().unwrap().success());
    csv_set(&dir)
}

#[test]
fn folder_exports_at_once_never_mix_their_files() {
    let root = tempfile::tempdir().unwrap();
    let (data, letter) = (root.path().join("data.unxref"), root.path().join("letter.unxref"));
    build(&["data"], &data);
    build(&[LETTER], &letter);
    let out = root.path().join("csv");
    fs::create_dir(&out).unwrap();
    // While another export holds the folder, a second is refused by name.
    let held = fs::File::open(&out).unwrap();
    held.try_lock().unwrap();
    let refused: Output = export_csv(&data, &out).wait_with_output().unwrap();
    let err = assert_clean_failure(&refused, "a held folder");
    assert!(
        err.contains("another unxref is exporting into this folder now"),
        "{err}"
    );
    assert_eq!(fs::read_dir(&out).unwrap().count(), 0, "the refused export wrote");
    drop(held);
    // Two graphs exported into one folder at once: each run succeeds or
    // is refused by name, and the folder holds one export's whole set.
    let sets = [alone(&data, root.path(), "a"), alone(&letter, root.path(), "b")];
    assert_ne!(sets[0], sets[1]);
    for trial in 0..6 {
        let children = [export_csv(&data, &out), export_csv(&letter, &out)];
        for child in children {
            let done = child.wait_with_output().unwrap();
            let err = stderr(&done);
            assert!(!err.contains("panicked"), "{err}");
            assert!(
                done.status.success() || err.contains("another unxref is exporting"),
                "trial {trial}: {err}"
            );
        }
        let now = csv_set(&out);
        assert!(sets.contains(&now), "trial {trial}: the files of two exports");
    }
}

#[test]
fn render_values_that_draw_nothing_or_nonsense_are_refused() {
    let root = tempfile::tempdir().unwrap();
    let target = root.path().join("r.svg");
    let render = |flag: &str, value: &str| {
        run(&[
            "render",
            "--corpus",
            LETTER,
            "what cites 2164",
            "-o",
            target.to_str().unwrap(),
            flag,
            value,
        ])
    };
    for (flag, value, says) in [
        ("--max-nodes", "0", "0 would draw nothing"),
        ("--scale", "0", "give a factor between 0.25 and 16"),
        ("--scale", "NaN", "give a factor between 0.25 and 16"),
        ("--scale", "inf", "give a factor between 0.25 and 16"),
        ("--scale", "1e308", "give a factor between 0.25 and 16"),
    ] {
        let done = render(flag, value);
        let err = stderr(&done);
        assert_eq!(done.status.code(), Some(2), "{flag} {value}: {err}");
        assert!(err.contains(says), "{flag} {value}: {err}");
        assert!(!target.exists(), "{flag} {value} wrote a file");
    }
    // The limits themselves draw.
    for (flag, value) in [("--max-nodes", "1"), ("--scale", "0.25"), ("--scale", "16")] {
        let done = render(flag, value);
        assert!(done.status.success(), "{flag} {value}: {}", stderr(&done));
    }
}

#[test]
fn a_parameter_given_twice_is_refused() {
    for (first, second) in [("since=2010", "since=2014"), ("1=2164", "1=1325")] {
        let name = first.split('=').next().unwrap();
        let query = if name == "1" {
            "what cites $1"
        } else {
            "all resolutions where year >= $since"
        };
        let done = run(&[
            "query", "--corpus", "data", query, "--param", first, "--param", second,
        ]);
        let err = assert_clean_failure(&done, first);
        assert!(
            err.contains(&format!("--param {name} is given twice ({first}, {second})")),
            "{err}"
        );
    }
}

#[test]
fn a_folder_as_the_diagram_an_empty_query_and_an_empty_load_path_are_named() {
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().to_str().unwrap();
    let done = run(&["render", "--corpus", LETTER, "what cites 2164", "-o", folder]);
    let err = assert_clean_failure(&done, "render -o FOLDER");
    assert!(
        err.contains("is a folder; name a file in it") && err.contains("diagram.svg"),
        "{err}"
    );
    assert_eq!(fs::read_dir(root.path()).unwrap().count(), 0, "nothing written");

    let err = assert_clean_failure(&run(&["query", "--corpus", LETTER, "   "]), "spaces");
    assert!(err.contains("expected a query (what does 2531 cite"), "{err}");
    assert!(!err.contains("or a query"), "the short form repeated: {err}");

    let (_, err, code) = repl(&["--corpus", LETTER], b".load \"\"\n");
    // A script's failed line makes the exit status 1, without a panic.
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("line 1: error: an empty path"), "{err}");
    assert!(!err.contains(": does not exist"), "{err}");
}
