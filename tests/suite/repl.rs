//! The REPL with piped standard input, through the built binary: queries
//! and dot-commands line by line, results on stdout without prompt or
//! colour, errors on stderr with their line number, a non-zero exit status
//! when any input failed.

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

/// Run `unxref ARGS` with `script` on standard input.
pub(crate) fn run(args: &[&str], script: &str, data_home: &std::path::Path) -> Output {
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
    // Settings change silently; `.format` alone says what it is.
    assert!(stdout.starts_with("format: json\n`table` (default)"), "{stdout}");
    assert!(stdout.contains("`json` prints an array of objects"), "{stdout}");
    assert!(text(&out.stderr).is_empty(), "{}", text(&out.stderr));
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
        "format: csv\n",
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
    let stats = text(&out.stdout);
    assert!(stats.starts_with("graph: data\nnodes "), "{stats}");
    let said = text(&out.stderr);
    assert!(
        said.starts_with("saved ") && said.ends_with(&format!(" to {}\n", snapshot.display())),
        "{said}"
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
    assert_eq!(text(&out.stdout), stats, "{}", text(&out.stderr));
    assert!(text(&out.stderr).starts_with("loaded data: "));
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
    assert_eq!(
        lines[0],
        "line 1: error: /no/such/corpus: does not exist; give files, folders or a snapshot"
    );
    assert!(
        lines[1].starts_with("line 2: error: ") && lines[1].contains("refusing to overwrite"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 3: error: give one file to write (and --force to overwrite any file)\nusage: .save FILE [--force]"),
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

/// The results of a table-format output, one block a query: each ends
/// with its `(N rows)` line or its `No results: …` line.
fn blocks(stdout: &str) -> Vec<String> {
    let mut blocks = vec![String::new()];
    for line in stdout.lines() {
        let last = blocks.last_mut().expect("one block at least");
        last.push_str(line);
        last.push('\n');
        let rows = line
            .strip_prefix('(')
            .and_then(|l| l.strip_suffix(" rows)").or(l.strip_suffix(" row)")));
        if rows.is_some_and(|n| n.parse::<usize>().is_ok()) || line.starts_with("No results") {
            blocks.push(String::new());
        }
    }
    blocks.pop();
    blocks
}

/// The acceptance script: ten queries on the bundled corpus, the last one
/// misspelt.
#[test]
fn a_script_of_ten_queries() {
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
    assert_eq!(
        out.status.code(),
        Some(1),
        "the last query fails, so the status is 1:\n{stderr}"
    );
    assert!(
        stderr.starts_with("line 10: error: syntax error at column 6: ") && stderr.contains("found \"dose\""),
        "{stderr}"
    );
    let results = blocks(&stdout);
    assert_eq!(results.len(), 9, "nine answers:\n{stdout}");
    let cites_2531 = &results[0];
    for id in [
        "S/RES/2391 (2017)",
        "S/RES/2480 (2019)",
        "S/RES/1325 (2000)",
        "S/PRST/2018/10",
    ] {
        assert!(cites_2531.contains(id), "2531 cites {id}:\n{cites_2531}");
    }
    assert!(
        results[1].contains("S/RES/2531 (2020)"),
        "2531 cites 1325:\n{}",
        results[1]
    );
    assert!(results[2].contains("S/RES/2391 (2017)"), "{}", results[2]);
    assert!(
        results[3].contains("S/RES/2531 (2020) -cites-> S/RES/1325 (2000)"),
        "{}",
        results[3]
    );
    assert!(
        results[4].starts_with("No results: no state voted against S/RES/2531 (2020)"),
        "{}",
        results[4]
    );
    assert!(
        results[5].contains("state:United Kingdom") && results[5].contains("in_favour"),
        "{}",
        results[5]
    );
    assert!(
        results[6].contains("S/RES/2531 (2020)") && results[6].contains("S/2020/600"),
        "{}",
        results[6]
    );
    assert!(
        results[7]
            .lines()
            .nth(2)
            .is_some_and(|l| l.starts_with("S/RES/2531 (2020)  resolution")),
        "{}",
        results[7]
    );
    // `| count` agrees with the rows of the first answer.
    let rows = cites_2531.lines().count() - 3;
    assert_eq!(results[8], format!("count\n-----\n{rows}\n(1 row)\n"));
}

#[test]
fn render_writes_a_diagram_of_the_result() {
    let home = tempfile::tempdir().unwrap();
    let svg = home.path().join("2531.svg");
    let out = run(
        &[],
        &format!(".render what does 2531 cite to {}\n", svg.display()),
        home.path(),
    );
    let said = text(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(text(&out.stdout).is_empty());
    assert!(
        said.starts_with(&format!("wrote {} (", svg.display())) && said.contains(" nodes"),
        "{said}"
    );
    let drawing = std::fs::read_to_string(&svg).expect("the diagram was written");
    assert!(
        drawing.contains("<svg") && drawing.contains("S/RES/1325"),
        "what 2531 cites is drawn"
    );
    assert!(!drawing.contains("S/2014/660"));

    // `render` without the dot is the same; a diagram unxref wrote is
    // replaced, any other file left alone.
    let mine = home.path().join("mine.svg");
    std::fs::write(&mine, "<svg>my own drawing</svg>").unwrap();
    let script = format!(
        "render what mentions MINUSMA to {}\nrender what mentions MINUSMA to {}\n.render\n\
         .render what does 2531 cite | count to {0}\n",
        svg.display(),
        mine.display()
    );
    let out = run(&[], &script, home.path());
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let drawing = std::fs::read_to_string(&svg).unwrap();
    assert!(
        drawing.contains("S/2014/660") && !drawing.contains("S/RES/1325"),
        "replaced"
    );
    assert_eq!(
        std::fs::read_to_string(&mine).unwrap(),
        "<svg>my own drawing</svg>"
    );
    let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("line ")).collect();
    assert_eq!(errors.len(), 3, "{stderr}");
    assert!(errors[0].starts_with("line 2: error: "), "{stderr}");
    assert!(
        errors[1].starts_with("line 3: error: give a query and a file"),
        "{stderr}"
    );
}

#[test]
fn json_format_applies_to_later_queries() {
    let home = tempfile::tempdir().unwrap();
    let out = run(&[], ".format json\nwhat does 2531 cite\n", home.path());
    let stdout = text(&out.stdout);
    // Standard output is the JSON alone, ready for a pipe into jq.
    let rows: serde_json::Value = serde_json::from_str(&stdout).expect("a JSON result");
    let ids: Vec<&str> = rows
        .as_array()
        .expect("an array")
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert!(ids.contains(&"S/RES/2391 (2017)"), "{ids:?}");
}

#[test]
fn long_results_are_cut_short_with_a_count_of_the_rest() {
    let home = tempfile::tempdir().unwrap();
    let out = run(
        &[],
        "what does 2531 cite\n.maxrows 3\nwhat does 2531 cite\n",
        home.path(),
    );
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let results = blocks(&stdout);
    let all = results[0].lines().count() - 3;
    assert!(all > 3, "{stdout}");
    let cut = &stdout[results[0].len()..];
    let lines: Vec<&str> = cut.lines().collect();
    assert_eq!(lines.len(), 2 + 3 + 1, "{cut}");
    assert_eq!(lines[5], format!("… {} more rows (add `limit`)", all - 3));
    let first_ids = |lines: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        lines
            .skip(2)
            .take(3)
            .map(|l| l.split("  ").next().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(
        first_ids(&mut lines.iter().copied()),
        first_ids(&mut results[0].lines()),
        "the first rows"
    );
}

#[test]
fn save_force_overwrites_and_render_without_a_file_prints_its_usage() {
    let home = tempfile::tempdir().unwrap();
    let notes = home.path().join("notes.txt");
    std::fs::write(&notes, "my notes").unwrap();
    let script = format!(
        ".save {0}\n.save {0} --force\n.render what does 2531 cite\n",
        notes.display()
    );
    let out = run(&[], &script, home.path());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("line 1: error: ") && stderr.contains("(use --force)"),
        "{stderr}"
    );
    assert!(stderr.contains("saved "), "{stderr}");
    assert!(
        std::fs::read(&notes).unwrap().starts_with(b"UNXREF"),
        "overwritten by a snapshot"
    );
    assert!(
        stderr.contains(
            "line 3: error: give a query and a file: .render what does 2531 cite to 2531.svg\nusage: .render"
        ),
        "{stderr}"
    );
}

#[test]
fn unquoted_words_on_the_command_line_are_one_query() {
    let out = Command::new(env!("CARGO_BIN_EXE_unxref"))
        .args([
            "query", "what", "does", "2531", "cite", "--format", "csv", "--corpus",
        ])
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/data"))
        .output()
        .expect("run unxref");
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(stdout.starts_with("id,kind,label"), "{stdout}");
    assert!(stdout.contains("S/RES/2391 (2017),resolution"), "{stdout}");
}

/// The README's tour is a real session on the seed texts at a 100-column
/// terminal: replayed through the REPL's session at that width, the same
/// inputs give the same banner, prompts, answers and notes, line for line.
#[test]
fn the_readme_tour_is_what_the_repl_answers() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let tour = readme
        .split("## A short tour")
        .nth(1)
        .and_then(|s| s.split("```text\n").nth(1))
        .and_then(|s| s.split("\n```").next())
        .expect("the README has a tour in a text block");
    let (command, shown) = tour.split_once('\n').expect("a command, then the session");
    assert!(command.starts_with("$ unxref repl --corpus data"), "{command}");

    // As `unxref repl --corpus data` reads it from the repository root
    // (where cargo runs the tests).
    let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&["data"]).extractions);
    let mut session = unxref::repl::Session::new(graph, "data");
    session.set_width(Some(100));
    let prompt = session.prompt();
    let mut replayed = session.banner();
    for input in shown.lines().filter_map(|l| l.strip_prefix(prompt.as_str())) {
        replayed.push_str(&format!("{prompt}{input}\n"));
        let reply = session.execute(input).expect("the tour's inputs run");
        replayed.push_str(&reply.text);
        for note in reply.notes {
            replayed.push_str(&note);
            replayed.push('\n');
        }
    }
    let shown: Vec<&str> = shown.lines().map(str::trim_end).collect();
    let replayed: Vec<&str> = replayed.lines().map(str::trim_end).collect();
    assert!(shown.len() > 20, "{shown:?}");
    assert_eq!(
        shown, replayed,
        "the README's tour differs from the REPL's answers"
    );
}

/// A name that ends with a joining word (`the African Union`) ends its
/// question: the next line is a question of its own, not the rest of a
/// `union`. The lower-case operator still carries the query on.
#[test]
fn a_name_ending_in_union_ends_its_question() {
    let home = tempfile::tempdir().unwrap();
    let script = ".format csv\nwhat mentions the African Union | count\nwhich resolutions mention the African Union\nwhat cites 2518 | count\nwhat does 2531 cite union\n2518 -> cites\n";
    let out = run(&["repl", "--corpus", "data"], script, home.path());
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "stderr: {stderr}");
    let stdout = text(&out.stdout);
    // Four answers: the count of mentions, the resolutions, the count of
    // what cites 2518, and one union over two lines.
    let counts: Vec<&str> = stdout
        .lines()
        .filter(|l| l.chars().all(|c| c.is_ascii_digit()))
        .collect();
    assert_eq!(counts.len(), 2, "{stdout}");
    assert!(
        stdout.contains("S/RES/2531 (2020),resolution"),
        "the resolutions that mention the African Union: {stdout}"
    );
    assert!(!stderr.contains("error"), "{stderr}");
}
