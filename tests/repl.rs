//! The REPL with piped standard input, through the built binary: queries
//! and dot-commands line by line, results on stdout without prompt or
//! colour, errors on stderr with their line number, a non-zero exit status
//! when any input failed.

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

/// Run `unxref ARGS` with `script` on standard input.
fn run(args: &[&str], script: &str, data_home: &std::path::Path) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_unxref"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("XDG_DATA_HOME", data_home)
        .env("UNXREF_DATA", concat!(env!("CARGO_MANIFEST_DIR"), "/data"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run unxref");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(script.as_bytes())
        .expect("write the script");
    child.wait_with_output().expect("wait for unxref")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

/// True when queries run on main: the query language and the extractor have
/// landed. Until then the query-dependent tests say so and return.
fn queries_available() -> bool {
    let corpus = unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]);
    let graph = unxref::CitationGraph::from_extractions(corpus.extractions);
    let ok = graph.query("what does 2531 cite").is_ok() && graph.node("actor:MINUSMA").is_some();
    if !ok {
        println!("skipped: the query language or the actor extractor is not on main yet");
    }
    ok
}

#[test]
fn piped_commands_print_plain_results_and_no_prompt() {
    let home = tempfile::tempdir().unwrap();
    let out = run(
        &[],
        ".format json\n.format\n.timer off\nhelp formats\n.maxrows 3\n",
        home.path(),
    );
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    assert!(
        stdout.starts_with("format: json\nformat: json\ntimer: off\n"),
        "{stdout}"
    );
    assert!(stdout.contains("`json` prints an array of objects"), "{stdout}");
    assert!(stdout.ends_with("maxrows: 3\n"), "{stdout}");
    assert!(!stdout.contains("unxref data"), "no prompt or banner: {stdout}");
    assert!(
        !stdout.contains('\x1b') && !text(&out.stderr).contains('\x1b'),
        "no colour"
    );
    assert!(
        !home.path().join("unxref/history").exists(),
        "piped input is not history"
    );
}

#[test]
fn a_failed_input_is_reported_with_its_line_and_the_rest_still_runs() {
    let home = tempfile::tempdir().unwrap();
    let out = run(
        &[],
        ".format csv\n.fromat json\n\n.frobnicate\n.format\n",
        home.path(),
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed input makes the exit status 1"
    );
    let stderr = text(&out.stderr);
    assert_eq!(
        stderr.lines().collect::<Vec<_>>(),
        [
            "line 2: error: unknown command .fromat (did you mean .format?); type .help for the list",
            "line 4: error: unknown command .frobnicate; type .help for the list",
        ]
    );
    assert_eq!(
        text(&out.stdout),
        "format: csv\nformat: csv\n",
        "the failed command changed nothing"
    );
}

#[test]
fn quit_stops_reading_and_a_trailing_backslash_joins_lines() {
    let home = tempfile::tempdir().unwrap();
    let out = run(&[], ".help \\\n  keys\n.quit\n.fromat\n", home.path());
    assert!(
        out.status.success(),
        "nothing after .quit runs: {}",
        text(&out.stderr)
    );
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("Keys:\n") && stdout.contains("Ctrl-R"),
        "{stdout}"
    );
}

#[test]
fn stats_save_and_load_agree() {
    let home = tempfile::tempdir().unwrap();
    let snapshot = home.path().join("seed graph.unxref");
    let script = format!(".stats\n.save \"{}\"\n", snapshot.display());
    let out = run(&[], &script, home.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let stats = stdout.split("saved").next().unwrap().to_string();
    assert!(stats.starts_with("graph: data\nnodes "), "{stdout}");
    assert!(
        stdout.contains(&format!("to {}\n", snapshot.display())),
        "{stdout}"
    );

    // The snapshot opens with --graph and through .load, with the same counts.
    let out = run(
        &["repl", "--graph", snapshot.to_str().unwrap()],
        ".stats\n",
        home.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        stats.replace("graph: data", "graph: seed graph")
    );
    let out = run(
        &["repl", "--graph", snapshot.to_str().unwrap()],
        ".load data\n.stats\n",
        home.path(),
    );
    assert_eq!(
        text(&out.stdout).split_once('\n').unwrap().1,
        stats,
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stdout).starts_with("loaded data: "));
}

#[test]
fn load_and_save_errors_name_the_problem() {
    let home = tempfile::tempdir().unwrap();
    let not_snapshot = home.path().join("notes.txt");
    std::fs::write(&not_snapshot, "my notes").unwrap();
    let script = format!(
        ".load /no/such/corpus\n.save {}\n.save\n.load\n.stats\n",
        not_snapshot.display()
    );
    let out = run(&[], &script, home.path());
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines[0], "line 1: error: /no/such/corpus: no such file or folder");
    assert!(
        lines[1].starts_with("line 2: error: ") && lines[1].contains("refusing to overwrite"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 3: error: give one file to write\nusage: .save FILE"),
        "{stderr}"
    );
    assert!(stderr.contains("line 4: error: give a corpus folder"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&not_snapshot).unwrap(),
        "my notes",
        "left alone"
    );
    assert!(
        text(&out.stdout).starts_with("graph: data\n"),
        "the session went on"
    );
}

/// The acceptance script: ten queries on the bundled corpus.
#[test]
fn a_script_of_ten_queries() {
    if !queries_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let script = "\
what does 2531 cite
what cites 1325
what does 2531 cite within 3 steps
path from 2531 to 1325
who voted against 2531
how did the United Kingdom vote on 2553
what mentions MINUSMA
show S/RES/2531 (2020)
what does 2531 cite | count
what dose 2531 cite
";
    let out = run(&[], script, home.path());
    let stdout = text(&out.stdout);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "the last query fails:\n{stderr}");
    assert!(stderr.starts_with("line 10: error: "), "{stderr}");
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("line ")).count(),
        1,
        "{stderr}"
    );
    for id in [
        "S/RES/2391 (2017)",
        "S/RES/2480 (2019)",
        "S/RES/1325 (2000)",
        "MINUSMA",
        "United Kingdom",
    ] {
        assert!(stdout.contains(id), "{id} in\n{stdout}");
    }
}

#[test]
fn json_format_applies_to_later_queries() {
    if !queries_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let out = run(&[], ".format json\nwhat does 2531 cite\n", home.path());
    let stdout = text(&out.stdout);
    let json = stdout.strip_prefix("format: json\n").expect("confirmation first");
    let rows: serde_json::Value = serde_json::from_str(json).expect("a JSON result");
    let ids: Vec<&str> = rows
        .as_array()
        .expect("an array")
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert!(ids.contains(&"S/RES/2391 (2017)"), "{ids:?}");
}
