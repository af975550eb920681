//! Robustness audit 19: bad input on every surface gets a clear message,
//! never a panic, a silently wrong answer or a half-written file.
//!
//! Attacked, through the binary as a user meets it (surface × input): the
//! files `extract` and `build` read (random bytes named `.txt`, a text
//! named `.pdf`, a PDF cut short, a `.docx` cut short or not a zip, a zip
//! with no `word/document.xml`, HTML named `.doc`, UTF-16 with and without
//! a byte order mark either way round, Windows-1252, CRLF and CR line
//! ends, NUL bytes, a 0-byte and a blank file, a symbolic-link loop, a
//! folder of 10,000 empty files, a 200 MB line); output paths (a missing
//! or read-only folder, a folder, the input itself); snapshots (cut,
//! one byte flipped, another format version, an export, a folder); queries
//! (unbalanced and 10,000 nested brackets, 20-digit numbers, the years 1900
//! and 2099, empty and blank, control characters, a Cyrillic `С` and `Е`
//! inside `S/RES`, an unclosed quote); REPL dot-commands with missing,
//! extra and wrong arguments. Beside them two property tests: random
//! mutations of the bundled texts (byte flips, cuts, splices of two texts,
//! inserted NULs, carriage returns and markup), whose extraction must not
//! panic and whose every citation's quote must stand on the line its
//! evidence names; and random queries made of the grammar's own words.
//!
//! What was wrong:
//! * UTF-16 without a byte order mark (LE or BE) was refused as "a binary
//!   file", although its NUL high bytes say what it is: now read as the
//!   same text with a BOM is;
//! * `build -o FILE --force` replaced the very file it read (and `-o` a
//!   `.txt` inside a corpus folder put the next build's snapshot among its
//!   documents); `export --graph G -o G --force` replaced the snapshot it
//!   read: a command no longer writes over its own input, `--force` or not;
//! * a query holding a Cyrillic `С` or `Е` inside `S/RES/…` failed with a
//!   syntax error pointing at a letter that looks right ("found
//!   \"ЕS/2164\"; did you mean \"as\"?"); control characters were echoed
//!   to the terminal as they were (an escape sequence recoloured it) and
//!   read as nothing (`found ""`): the error now says which characters are
//!   not what they look like, and shows control characters as `�`;
//! * in the REPL, `.quit now` answered "unknown command .quit (did you mean
//!   .quit?)".

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::LazyLock;

use crate::common::cli::{LETTER, ROOT, assert_clean_failure, run, stderr, stdout, unxref};
use proptest::prelude::*;
use unxref::corpus::SourceText;
use unxref::{Extraction, Extractor};

fn letter() -> String {
    fs::read_to_string(Path::new(ROOT).join(LETTER)).expect("the bundled letter reads")
}

/// What `extract --format json` states of a file, without the file's name.
fn extracted(path: &Path) -> serde_json::Value {
    let out = run(&["extract", "--format", "json", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}: {}", path.display(), stderr(&out));
    let mut json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = json.to_string().replace(path.to_str().unwrap(), "FILE");
    json = serde_json::from_str(&text).unwrap();
    json
}

#[test]
fn utf16_without_a_byte_order_mark_reads_as_the_text_with_one() {
    let dir = tempfile::tempdir().unwrap();
    let text = letter();
    let units: Vec<u16> = text.encode_utf16().collect();
    let with_bom = dir.path().join("bom.txt");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(units.iter().flat_map(|u| u.to_le_bytes()));
    fs::write(&with_bom, bytes).unwrap();
    let expected = extracted(&with_bom);
    assert!(expected.to_string().contains("S/RES/2164 (2014)"), "{expected}");
    for (name, bytes) in [
        (
            "le.txt",
            units.iter().flat_map(|u| u.to_le_bytes()).collect::<Vec<u8>>(),
        ),
        ("be.txt", units.iter().flat_map(|u| u.to_be_bytes()).collect()),
    ] {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        assert_eq!(extracted(&path), expected, "{name}");
    }
}

/// Each kind of unreadable file, alone: one warning that names the file
/// and says why it was skipped, then the error that nothing was read.
#[test]
fn each_unreadable_file_is_named_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let text = letter();
    let mut docx = Vec::new();
    {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut docx));
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("word/document.xml", options).unwrap();
        zip.write_all(br#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Recalling its resolution 1325 (2000)</w:t></w:r></w:p></w:body></w:document>"#).unwrap();
        zip.finish().unwrap();
    }
    let mut not_word = Vec::new();
    {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut not_word));
        zip.start_file("a.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(b"hello").unwrap();
        zip.finish().unwrap();
    }
    let random: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("random.txt", random, "binary"),
        ("nul.txt", format!("{text}\0\0\0").into_bytes(), "binary"),
        ("empty.txt", Vec::new(), "empty"),
        ("blank.txt", b"  \n\t\r\n".to_vec(), "empty"),
        ("text.pdf", text.clone().into_bytes(), "not a PDF"),
        ("cut.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog".to_vec(), "PDF"),
        ("text.docx", text.clone().into_bytes(), "not a Word .docx file"),
        (
            "cut.docx",
            docx[..docx.len() / 2].to_vec(),
            "not a Word .docx file",
        ),
        ("other.docx", not_word, "word/document.xml"),
    ];
    for (name, bytes, why) in &cases {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        let out = run(&["extract", path.to_str().unwrap()]);
        let err = assert_clean_failure(&out, name);
        let warning = err
            .lines()
            .find(|l| l.starts_with("warning:"))
            .unwrap_or_else(|| panic!("{name}: no warning\n{err}"));
        assert!(
            warning.contains(name) && warning.contains(why),
            "{name}: {warning}"
        );
    }
    // Together with a good file: every bad one is named, the good one read,
    // and the build still saves the graph of what it could read.
    fs::write(dir.path().join("letter.txt"), &text).unwrap();
    let snapshot = dir.path().join("out.unxref");
    let out = run(&[
        "build",
        dir.path().to_str().unwrap(),
        "-o",
        snapshot.to_str().unwrap(),
    ]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    for (name, _, _) in &cases {
        assert!(
            err.lines().any(|l| l.starts_with("warning:") && l.contains(name)),
            "{name}\n{err}"
        );
    }
    assert!(err.contains(&format!("{} files skipped", cases.len())), "{err}");
    let answer = run(&["query", "--graph", snapshot.to_str().unwrap(), "what cites 2164"]);
    assert!(stdout(&answer).contains("S/2014/660"), "{}", stdout(&answer));
}

#[test]
fn a_build_does_not_write_over_its_own_input_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("letter.txt");
    fs::write(&input, letter()).unwrap();
    let path = input.to_str().unwrap();
    let out = run(&["build", path, "-o", path, "--force"]);
    let err = assert_clean_failure(&out, "build -o INPUT --force");
    assert!(err.contains("is the input of this command"), "{err}");
    assert_eq!(fs::read_to_string(&input).unwrap(), letter());
    // A text inside the folder read: the next build would read the snapshot.
    let folder = dir.path().to_str().unwrap();
    let inside = dir.path().join("graph.txt");
    fs::write(&inside, "my notes\n").unwrap();
    let out = run(&["build", folder, "-o", inside.to_str().unwrap(), "--force"]);
    let err = assert_clean_failure(&out, "build DIR -o DIR/x.txt --force");
    assert!(
        err.contains("is a file of the corpus this command reads"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&inside).unwrap(), "my notes\n");
    // A snapshot beside the texts, not named as one of them, is fine.
    let snapshot = dir.path().join("graph.unxref");
    let out = run(&["build", folder, "-o", snapshot.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn export_and_render_do_not_write_over_the_snapshot_they_read() {
    let dir = tempfile::tempdir().unwrap();
    let snapshot = dir.path().join("g.unxref");
    let out = run(&["build", "data", "-o", snapshot.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let before = fs::read(&snapshot).unwrap();
    let g = snapshot.to_str().unwrap();
    for args in [
        vec!["export", "--format", "json", "--graph", g, "-o", g, "--force"],
        vec!["render", "what cites 2164", "--graph", g, "-o", g, "--force"],
    ] {
        let out = run(&args);
        let err = assert_clean_failure(&out, &args.join(" "));
        assert!(err.contains("is the input of this command"), "{err}");
        assert_eq!(
            fs::read(&snapshot).unwrap(),
            before,
            "{args:?} changed the snapshot"
        );
    }
    // The output folder of a CSV export may be the folder of the snapshot.
    let out = run(&[
        "export",
        "--format",
        "csv",
        "--graph",
        g,
        "-o",
        dir.path().to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn letters_of_another_script_that_look_latin_are_named() {
    for (query, named) in [
        (
            "what cites \u{421}/RES/2164 (2014)",
            "U+0421, a Cyrillic letter drawn like the Latin \"C\"",
        ),
        (
            "what cites S/R\u{415}S/2164 (2014)",
            "U+0415, a Cyrillic letter drawn like the Latin \"E\"",
        ),
        ("what cites \u{ff33}/RES/2164", "the full-width form of \"S\""),
        ("what cites 2164\u{200b}", "U+200B (an invisible character)"),
    ] {
        let out = run(&["query", query]);
        let err = assert_clean_failure(&out, query);
        let note = err.lines().find(|l| l.starts_with("note: the input holds"));
        assert!(note.is_some_and(|n| n.contains(named)), "{query}: {err}");
    }
    // The same query in Latin letters is answered; a Cyrillic name is not
    // taken for a mistake.
    let out = run(&["query", "what cites S/RES/2164 (2014)"]);
    assert!(stdout(&out).contains("S/2014/660"), "{}", stderr(&out));
    let out = run(&["query", "what mentions Россия"]);
    assert!(!stderr(&out).contains("the input holds"), "{}", stderr(&out));
}

#[test]
fn control_characters_of_a_query_are_not_echoed_to_the_terminal() {
    let query = "what cites \u{1b}[31m2164";
    let out = run(&["query", query]);
    let err = assert_clean_failure(&out, "escape sequence");
    assert!(
        !err.contains('\u{1b}'),
        "the escape reached the terminal: {err:?}"
    );
    assert!(err.contains("\u{fffd}[31m2164"), "{err}");
    assert!(err.contains("U+001B (a control character)"), "{err}");
    // The caret still stands under the column the error names.
    let column: usize = err
        .split("column ")
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .and_then(|n| n.parse().ok())
        .expect("a column");
    let caret = err.lines().find(|l| l.trim() == "^").expect("a caret line");
    assert_eq!(caret.chars().count() - 2, column, "{err}");
}

/// Feed `script` to `unxref repl` on the data/ snapshot; (stdout, stderr).
fn repl(script: &str) -> (String, String, Option<i32>) {
    let mut child = unxref()
        .args(["repl", "--corpus", "data"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the repl starts");
    child.stdin.take().unwrap().write_all(script.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (stdout(&out), stderr(&out), out.status.code())
}

#[test]
fn repl_commands_with_wrong_arguments_say_what_is_wrong() {
    let script = ".quit now\n.format xml\n.maxrows -1\n.timer maybe\n.render what cites 2164\n.load\n.save\nwhat cites \u{421}/RES/2164\nwhat cites \u{1b}c2164\nwhat cites 2164\n";
    let (out, err, code) = repl(script);
    for (line, says) in [
        (1, ".quit takes no argument"),
        (2, "unknown format \"xml\""),
        (3, "expected a number of rows or `all`, not \"-1\""),
        (4, "expected on or off, not \"maybe\""),
        (5, "give a query and a file"),
        (6, "give a corpus folder"),
        (7, "give one file to write"),
    ] {
        let prefix = format!("line {line}: error: ");
        let said = err.lines().find(|l| l.starts_with(&prefix));
        assert!(said.is_some_and(|l| l.contains(says)), "line {line}: {err}");
    }
    assert!(!err.contains("did you mean .quit"), "{err}");
    assert!(err.contains("note: the input holds \"С\" (U+0421"), "{err}");
    assert!(!err.contains('\u{1b}') && !err.contains("panicked"), "{err:?}");
    // `.quit now` did not end the session: the last query was answered.
    assert!(out.contains("S/2014/660"), "{out}");
    assert_eq!(code, Some(1), "a piped script with errors exits 1");
}

#[test]
fn malformed_queries_fail_with_a_message() {
    let nested = format!("what cites {}2164{}", "(".repeat(10_000), ")".repeat(10_000));
    let long = format!("what cites {}", "S/RES/2164 (2014) or ".repeat(2_000));
    for query in [
        "what cites 2164 (",
        "what cites 2164 ]",
        "what cites \"S/RES/2164 (2014)",
        "what cites 99999999999999999999",
        "top 99999999999999999999 most cited",
        "",
        "   ",
        "\\",
        nested.as_str(),
        long.as_str(),
    ] {
        let out = run(&["query", query]);
        let err = assert_clean_failure(&out, &query[..query.len().min(40)]);
        assert!(
            err.lines().count() < 40,
            "{}: {} lines",
            &query[..query.len().min(40)],
            err.lines().count()
        );
    }
}

// ---------------------------------------------------------------------
// Property tests.

/// The texts mutated: the five of data/ and a fixed sample of the bundled
/// resolutions (every 150th file of a sorted listing: 16 of 1946–2015).
static TEXTS: LazyLock<Vec<(String, Vec<u8>)>> = LazyLock::new(|| {
    let mut texts = Vec::new();
    for (dir, step) in [("data", 1), ("corpus/sc-resolutions", 150)] {
        let mut files: Vec<PathBuf> = fs::read_dir(Path::new(ROOT).join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        for file in files.into_iter().step_by(step) {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            texts.push((name, fs::read(&file).unwrap()));
        }
    }
    assert!(texts.len() >= 20, "{} texts", texts.len());
    texts
});

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// Markdown and markup characters, removed from both sides before a quote
/// and a line are compared: normalization strips them from the text it
/// quotes.
fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}', '\u{2007}'], " ")
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '*' | '_' | '[' | ']' | '(' | ')' | '#' | '`' | '>' | '|' | '\u{feff}' | '\u{200b}'
                    ..='\u{200d}' | '\u{2060}'
            )
        })
        .collect()
}

/// What is wrong with the evidence of `extraction` of `source`: a citation's
/// line outside the file, or a quote that shares no word with the line its
/// evidence names (the quote is cut around the citation, whose first word
/// stands on that line).
fn evidence_problems(source: &SourceText, extraction: &Extraction) -> Vec<String> {
    let lines: Vec<&str> = source.text.split('\n').collect();
    let mut problems = Vec::new();
    for link in &extraction.links {
        let Some(ev) = &link.attrs.evidence else {
            continue;
        };
        let Some(line) = (ev.line as usize).checked_sub(1).and_then(|i| lines.get(i)) else {
            problems.push(format!(
                "{} -> {}: line {} of {}",
                link.source.id,
                link.target.id,
                ev.line,
                lines.len()
            ));
            continue;
        };
        let line = plain(line);
        let quote = plain(&ev.quote);
        let shared = quote.split_whitespace().any(|word| line.contains(word));
        if !shared {
            problems.push(format!(
                "{} -> {} ({}): quote {:?} shares no word with line {} {:?}",
                link.source.id, link.target.id, link.kind, ev.quote, ev.line, line
            ));
        }
    }
    problems
}

/// Every bundled text (data/ and the 2,259 resolutions): each citation's
/// quote stands on the line its evidence names.
#[test]
fn every_quote_of_the_bundled_texts_stands_on_its_line() {
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in ["data", "corpus/sc-resolutions"] {
        files.extend(
            fs::read_dir(Path::new(ROOT).join(dir))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt")),
        );
    }
    let mut problems = Vec::new();
    let mut quotes = 0;
    for file in &files {
        let source = unxref::corpus::read_file(file, 1 << 30).unwrap();
        let extraction = EXTRACTOR.extract(&source);
        quotes += extraction
            .links
            .iter()
            .filter(|l| l.attrs.evidence.is_some())
            .count();
        problems.extend(evidence_problems(&source, &extraction));
    }
    assert!(
        files.len() > 2_000 && quotes > 20_000,
        "{} files, {quotes} quotes",
        files.len()
    );
    assert!(
        problems.is_empty(),
        "{} of {quotes}:\n{}",
        problems.len(),
        problems[..problems.len().min(20)].join("\n")
    );
}

/// One change to a text's bytes.
#[derive(Debug, Clone)]
enum Mutation {
    /// Bytes at fractions of the length set to the given values.
    Flip(Vec<(f64, u8)>),
    /// The text cut at a fraction of its length.
    Cut(f64),
    /// The head of this text up to a fraction, then the tail of text `other` from a fraction.
    Splice { other: usize, at: f64, from: f64 },
    /// A run of bytes that mislead readers inserted at a fraction.
    Insert(f64, &'static [u8]),
}

const INSERTS: &[&[u8]] = &[
    b"\0",
    b"\r",
    b"\r\r\n",
    b"\n\n\n",
    b"\xef\xbb\xbf",
    b"\xe2\x80",
    b"\xff\xfe",
    b"**",
    b"[",
    b"](#)",
    b"resolution\n",
    b"S/RES/",
    b"\x0c",
    b"\xc2\xa0",
    b"\xe2\x80\x8b",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    let fraction = 0.0..1.0f64;
    prop_oneof![
        prop::collection::vec((fraction.clone(), any::<u8>()), 1..12).prop_map(Mutation::Flip),
        fraction.clone().prop_map(Mutation::Cut),
        (0..1000usize, fraction.clone(), fraction.clone()).prop_map(|(other, at, from)| Mutation::Splice {
            other,
            at,
            from
        }),
        (fraction, prop::sample::select(INSERTS)).prop_map(|(at, bytes)| Mutation::Insert(at, bytes)),
    ]
}

fn at(len: usize, fraction: f64) -> usize {
    ((len as f64 * fraction) as usize).min(len)
}

fn mutate(text: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = text.to_vec();
    for m in mutations {
        match m {
            Mutation::Flip(flips) => {
                for (f, b) in flips {
                    if !bytes.is_empty() {
                        let i = at(bytes.len() - 1, *f);
                        bytes[i] = *b;
                    }
                }
            }
            Mutation::Cut(f) => bytes.truncate(at(bytes.len(), *f)),
            Mutation::Splice { other, at: a, from } => {
                let other = &TEXTS[other % TEXTS.len()].1;
                bytes.truncate(at(bytes.len(), *a));
                bytes.extend_from_slice(&other[at(other.len(), *from)..]);
            }
            Mutation::Insert(f, run) => {
                let i = at(bytes.len(), *f);
                bytes.splice(i..i, run.iter().copied());
            }
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    /// A damaged text is refused with its name, or read: its extraction
    /// does not panic, every quote stands on its evidence's line, and the
    /// graph of it holds together.
    #[test]
    fn mutated_texts_extract_without_panic_and_quote_their_lines(
        which in 0..1000usize,
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let (name, text) = &TEXTS[which % TEXTS.len()];
        let bytes = mutate(text, &mutations);
        let path = format!("mutant-{name}");
        let source = match unxref::corpus::decode(&path, &bytes) {
            Ok(source) => source,
            Err(e) => {
                prop_assert!(e.to_string().contains(&path), "{}", e);
                return Ok(());
            }
        };
        let extraction = EXTRACTOR.extract(&source);
        let problems = evidence_problems(&source, &extraction);
        prop_assert!(problems.is_empty(), "{}", problems.join("\n"));
        let graph = unxref::CitationGraph::from_extractions([extraction]);
        let _ = graph.stats().report();
        // The fuzz target's own checks (segments on character boundaries,
        // evidence inside the file, canonical ids).
        unxref::fuzzing::extract(&bytes);
    }
}

/// Words, symbols and punctuation of the query grammar (`grammar/query.pest`),
/// and inputs a careless user types: huge numbers, far years, look-alike
/// letters, control characters, unbalanced brackets and quotes.
const QUERY_TOKENS: &[&str] = &[
    "what",
    "which",
    "who",
    "how",
    "many",
    "does",
    "did",
    "cite",
    "cites",
    "cited",
    "mention",
    "mentions",
    "by",
    "of",
    "in",
    "since",
    "before",
    "after",
    "between",
    "and",
    "or",
    "not",
    "the",
    "to",
    "from",
    "path",
    "paths",
    "shortest",
    "within",
    "steps",
    "step",
    "transitively",
    "top",
    "most",
    "often",
    "count",
    "group",
    "sort",
    "limit",
    "select",
    "where",
    "let",
    "set",
    "show",
    "explain",
    "history",
    "all",
    "resolutions",
    "reports",
    "union",
    "intersect",
    "except",
    "voted",
    "against",
    "abstained",
    "unanimously",
    "adopted",
    "established",
    "extends",
    "mandate",
    "Chapter VII",
    "Article 41",
    "render",
    "asc",
    "desc",
    "year",
    "2164",
    "1325",
    "S/RES/2164 (2014)",
    "S/2014/660",
    "MINUSMA",
    "Mali",
    "1900",
    "2099",
    "0",
    "-1",
    "99999999999999999999",
    "2014-02-30",
    "$1",
    "$since",
    "(",
    ")",
    "[",
    "]",
    "|",
    "->",
    "<-",
    "<->",
    "*",
    "..",
    ",",
    ";",
    "=",
    "!=",
    ">=",
    "<",
    "~",
    "\"",
    "'",
    "’s",
    "?",
    "#",
    "\\",
    "С/RES/2164",
    "\u{1}",
    "\u{1b}[31m",
    "\u{200b}",
    "\n",
    "\t",
    "",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any sequence of the grammar's words parses or fails with a message,
    /// prints back to a formal form that parses the same, and evaluates or
    /// fails with a message on the data/ graph: never a panic.
    #[test]
    fn queries_of_grammar_words_never_panic(
        words in prop::collection::vec(prop::sample::select(QUERY_TOKENS), 0..14),
        glue in prop::collection::vec(prop::sample::select(&[" ", " ", " ", ""][..]), 14),
    ) {
        let mut query = String::new();
        for (word, glue) in words.iter().zip(&glue) {
            query.push_str(word);
            query.push_str(glue);
        }
        unxref::fuzzing::query(query.as_bytes());
    }
}
