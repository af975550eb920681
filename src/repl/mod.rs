//! The interactive shell (`unxref`, `unxref repl`): a rustyline line editor
//! with a prompt that names the graph, Tab completion of keywords, commands
//! and node names, grey hints, highlighting, multi-line queries, persistent
//! history and dot-commands. With standard input not a terminal it reads
//! queries line by line, prints results without prompt or colour, and
//! reports failure in its exit status, so scripts and tests can drive it.
//!
//! [`Session`] holds the state and runs one input; this module owns the
//! terminal loop around it (which gathers lines into queries, with a
//! continuation prompt); `helper` the editor's completion, hints and
//! highlighting.
//!
//! # Examples
//!
//! ```
//! # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
//! use unxref::repl::{Session, run_script};
//! let mut session = Session::new(graph, "data");
//! let script = "# the citations of resolution 2518\nwhat does 2518 cite\n.format json\nwhat does 2518 cite | count\n";
//! let (mut out, mut err) = (Vec::new(), Vec::new());
//! let outcome = run_script(&mut session, script.as_bytes(), &mut out, &mut err)?;
//! assert_eq!(outcome.failures, 0);
//! assert!(String::from_utf8_lossy(&out).contains("\"count\": 2"));
//! # Ok::<(), std::io::Error>(())
//! ```

mod helper;
mod lexer;
mod names;
mod session;
mod words;

use std::io::{self, BufRead, IsTerminal as _, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;

use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{CompletionType, Config, EditMode, Editor};

pub use helper::ReplHelper;
pub use session::{
    DEFAULT_MAX_ROWS, Format, ReplError, Reply, Session, failure_notes, help, load_paths, load_paths_with,
    size_label, source_name,
};

const RED: &str = "\x1b[31m";
const DIM: &str = "\x1b[2m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// How a session ended.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::repl::{Session, run_script};
/// let mut session = Session::new(graph, "data");
/// let script = "what does 2518 cite | count\nwhat dose 2518 cite\n";
/// let (mut out, mut err) = (Vec::new(), Vec::new());
/// let outcome = run_script(&mut session, script.as_bytes(), &mut out, &mut err)?;
/// assert_eq!((outcome.inputs, outcome.failures, outcome.interactive), (2, 1, false));
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Outcome {
    /// Inputs that ran.
    pub inputs: usize,
    /// Inputs that failed (a query error, an unknown command, …).
    pub failures: usize,
    /// True for a session at a terminal, whose failures a person has seen
    /// and which therefore do not make the exit status non-zero.
    pub interactive: bool,
}

/// Open the shell on a session (its graph, its name in the prompt, the
/// inputs its writes must spare: [`Session::set_inputs`]): interactive when
/// standard input is a terminal, a script reader otherwise (see
/// [`run_script`]). A script's standard output holds its results alone:
/// settings change silently, and what `.load`, `.save` and `.render` did is
/// said on standard error.
///
/// Errors only when the terminal itself fails; a failed query is reported
/// and counted in the [`Outcome`], never fatal.
///
/// # Examples
///
/// ```no_run
/// // Not run here: it would read the doctest's standard input.
/// let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&["data"]).extractions);
/// let mut session = unxref::repl::Session::new(graph, "data");
/// session.set_inputs(vec!["data".into()]);
/// // As `unxref repl` does: a prompt at a terminal, a script reader otherwise.
/// let outcome = unxref::repl::run(session)?;
/// if outcome.failures > 0 && !outcome.interactive {
///     std::process::exit(1);
/// }
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn run(mut session: Session) -> io::Result<Outcome> {
    if io::stdin().is_terminal() {
        session.set_max_rows(Some(DEFAULT_MAX_ROWS));
        interactive(&mut session)
    } else {
        // Ctrl-C ends a script as it ends any other command, but first
        // removes the temporary file of a `.save` or `render … to FILE`
        // under way (the target keeps its old content); exit status 130.
        let _ = ctrlc::set_handler(|| crate::output::exit_removing_unfinished(130));
        session.set_quiet(true);
        run_script(
            &mut session,
            io::stdin().lock(),
            &mut io::stdout(),
            &mut io::stderr(),
        )
    }
}

/// Run the inputs read from `input`: one a line, a line continuing while
/// the query is unfinished (an open bracket or quote, a trailing `\`, `|`
/// or `and`). Results go to `out`; errors to `err` as `line N: error: …`.
/// Every input runs, even after a failure (like `sqlite3` without
/// `-bail`); the [`Outcome`] counts the failures so the caller can exit
/// non-zero. `.quit` stops reading.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::repl::{Session, run_script};
/// let mut session = Session::new(graph, "data");
/// session.set_quiet(true);
/// let script = ".format csv\nwhat does 2518 cite\n.fromat json\n";
/// let (mut out, mut err) = (Vec::new(), Vec::new());
/// let outcome = run_script(&mut session, script.as_bytes(), &mut out, &mut err)?;
/// let out = String::from_utf8_lossy(&out);
/// assert!(out.starts_with("id,kind,label,relation"));
/// assert!(out.contains("S/RES/2436 (2018),resolution"));
/// assert_eq!(outcome.failures, 1);
/// assert!(String::from_utf8_lossy(&err).starts_with("line 3: error: unknown command .fromat (did you mean .format?)"));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn run_script(
    session: &mut Session,
    input: impl BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Outcome> {
    let mut outcome = Outcome::default();
    let mut pending = String::new();
    let mut first_line = 0;
    let mut lines = input.split(b'\n').enumerate().peekable();
    while let Some((number, line)) = lines.next() {
        let mut line = line?;
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        // A line that is not UTF-8 (a script saved as Latin-1) fails with
        // the query it belongs to; the lines after it still run.
        let Ok(line) = String::from_utf8(line) else {
            outcome.inputs += 1;
            outcome.failures += 1;
            pending.clear();
            let _ = writeln!(
                err,
                "line {}: error: not UTF-8 text (a byte of another encoding, such as Latin-1); save the script as UTF-8",
                number + 1
            );
            continue;
        };
        if pending.is_empty() {
            first_line = number + 1;
        } else {
            pending.push('\n');
        }
        pending.push_str(&line);
        if !lexer::is_complete(&pending) && lines.peek().is_some() {
            continue;
        }
        let text = std::mem::take(&mut pending);
        if text.trim().is_empty() {
            continue;
        }
        outcome.inputs += 1;
        match session.execute(&text) {
            Ok(reply) => {
                if !written(out.write_all(reply.text.as_bytes()).and_then(|()| out.flush()))? {
                    break;
                }
                for note in &reply.notes {
                    let _ = writeln!(err, "{note}");
                }
                if reply.quit {
                    break;
                }
            }
            Err(e) => {
                outcome.failures += 1;
                if !written(out.flush())? {
                    break;
                }
                let _ = writeln!(
                    err,
                    "line {first_line}: error: {}",
                    crate::error::for_terminal(&e.to_string())
                );
                for note in failure_notes(&text) {
                    let _ = writeln!(err, "note: {note}");
                }
            }
        }
    }
    Ok(outcome)
}

/// `eprintln!` that ignores a standard error it cannot write to
/// (`eprintln!` panics): a closed standard error ends nothing.
macro_rules! to_stderr {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stderr().lock(), $($arg)*);
    }};
}

/// Whether a write of results went through: `Ok(false)` when the reader
/// has gone (`unxref repl < script | head -1`: a broken pipe), which ends
/// the session quietly, as `unxref query … | head -1` ends; other errors
/// (a full disk) are errors. Notes and errors on standard error are
/// written as they can be: a closed standard error ends nothing.
fn written(result: io::Result<()>) -> io::Result<bool> {
    match result {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e),
    }
}

/// The prompt of a query's second and later lines: `...> `, right-aligned
/// under the main prompt so the lines of a query line up.
fn continuation_prompt(prompt: &str) -> String {
    format!("{:>width$}", "...> ", width = prompt.chars().count())
}

/// Where history is kept: `$XDG_DATA_HOME/unxref/history`, else
/// `~/.local/share/unxref/history`; None when neither is known.
///
/// # Examples
///
/// ```
/// if let Some(path) = unxref::repl::history_path() {
///     assert!(path.ends_with("unxref/history"));
/// }
/// ```
pub fn history_path() -> Option<PathBuf> {
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
    Some(data.join("unxref").join("history"))
}

/// Make the history file at `path` ready and read it into `editor`: its
/// folder created, the file read if there is one. Anything but a regular
/// file (a folder, a FIFO, whose opening would wait for ever) and a file
/// that does not read as history is left alone, and why is returned: the
/// session then keeps no history rather than append to it.
fn open_history(editor: &mut Editor<ReplHelper, FileHistory>, path: &Path) -> Result<(), String> {
    if let Some(dir) = path.parent()
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        let why = if dir.is_file() || e.kind() == io::ErrorKind::AlreadyExists {
            "a file is there, not a folder".to_string()
        } else {
            e.to_string()
        };
        return Err(format!("cannot make the folder {}: {why}", dir.display()));
    }
    match std::fs::metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => create_history(path),
        Err(e) => Err(format!("{}: {e}", path.display())),
        Ok(meta) if !meta.is_file() => Err(format!(
            "{} is {}, not a regular file; remove it (or set XDG_DATA_HOME to another folder)",
            path.display(),
            crate::corpus::file_kind(&meta.file_type())
        )),
        Ok(_) => editor.load_history(path).map_err(|e| {
            format!(
                "{} does not read as history ({e}); move it away or delete it to start a new one",
                path.display()
            )
        }),
    }
}

/// Create an empty history file at `path`. Rustyline appends to an
/// existing file under a lock, but creates a missing one (truncating it)
/// before it locks: two shells started without a history file lost the
/// first query of one of them in 2 of 3 trials (two shells, 60 queries
/// each). Made here, before any query, the file exists for every append.
/// Owner-only, as rustyline makes it; one made meanwhile by another shell
/// is fine.
fn create_history(path: &Path) -> Result<(), String> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(format!("cannot create {}: {e}", path.display())),
    }
}

/// True when colours should be used: a terminal on standard output, no
/// `NO_COLOR` (<https://no-color.org>), and a terminal that takes escape
/// sequences (`TERM=dumb`, Emacs's shell buffer, got them as text).
fn use_color() -> bool {
    io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
}

/// Make Ctrl-C interrupt a running query instead of the process. At the
/// prompt the editor reads Ctrl-C itself, as a key.
fn catch_interrupts() {
    static INSTALLED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    INSTALLED
        .get_or_init(|| ctrlc::set_handler(|| session::INTERRUPTED.store(true, Ordering::SeqCst)).is_ok());
}

fn interactive(session: &mut Session) -> io::Result<Outcome> {
    let color = use_color();
    let config = Config::builder()
        .max_history_size(10_000)
        .and_then(|b| b.history_ignore_dups(true))
        .map_err(io::Error::other)?
        .history_ignore_space(true)
        .auto_add_history(false)
        .completion_type(CompletionType::List)
        .edit_mode(EditMode::Emacs)
        .build();
    let mut editor: Editor<ReplHelper, FileHistory> =
        Editor::with_config(config).map_err(io::Error::other)?;
    editor.set_helper(Some(ReplHelper::new(names::Names::new(session.graph()), color)));
    let history = match history_path() {
        // Said, as for a history file that cannot be used: the user may
        // wonder where the history went.
        None => {
            Err("neither HOME nor XDG_DATA_HOME (an absolute path) is set; set one to keep it".to_string())
        }
        Some(path) => open_history(&mut editor, &path).map(|()| path),
    };
    let history = history
        .map_err(|why| to_stderr!("note: history will not be kept: {why}"))
        .ok();
    catch_interrupts();

    let banner = session.banner();
    let banner = if color {
        let (first, rest) = banner.split_once('\n').unwrap_or((&banner, ""));
        format!("{BOLD}{first}{RESET}\n{rest}")
    } else {
        banner
    };
    // `print!` panicked when the reader of standard output had gone
    // (`unxref repl | tee log` and tee ended); that ends the session.
    let show = |text: &str| {
        let mut out = io::stdout().lock();
        written(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
    };
    if !show(&banner)? {
        return Ok(Outcome::default());
    }
    let mut outcome = Outcome {
        interactive: true,
        ..Outcome::default()
    };
    // Lines gather into queries: an unclosed quote or bracket, a trailing
    // `|` or `\\` keeps the query open under a continuation prompt, and a
    // pasted block runs every query it holds.
    let mut gather = lexer::Gather::default();
    'read: loop {
        let raw = if gather.is_empty() {
            session.prompt()
        } else {
            continuation_prompt(&session.prompt())
        };
        let styled = if color {
            format!("{BOLD}{raw}{RESET}")
        } else {
            raw.clone()
        };
        let line = match editor.readline(&(raw.as_str(), styled.as_str())) {
            Ok(line) => line,
            // Ctrl-C at the prompt drops the query being typed, all its lines.
            Err(ReadlineError::Interrupted) => {
                gather.clear();
                continue;
            }
            Err(ReadlineError::Eof) => break,
            Err(e) => return Err(io::Error::other(e)),
        };
        for query in gather.push(&line) {
            let _ = editor.add_history_entry(query.as_str());
            if let Some(path) = &history {
                // Appending after each input keeps history even if the session is killed.
                let _ = editor.append_history(path);
            }
            outcome.inputs += 1;
            session.set_width(editor.dimensions().map(|(columns, _)| usize::from(columns)));
            match session.execute(&query) {
                Ok(reply) => {
                    if !show(&reply.text)? {
                        break 'read;
                    }
                    for note in &reply.notes {
                        if color {
                            to_stderr!("{DIM}{note}{RESET}");
                        } else {
                            to_stderr!("{note}");
                        }
                    }
                    if reply.graph_changed
                        && let Some(helper) = editor.helper_mut()
                    {
                        helper.set_names(names::Names::new(session.graph()));
                    }
                    if reply.quit {
                        break 'read;
                    }
                }
                Err(ReplError::Interrupted) => {
                    // The terminal echoed ^C on the query's line.
                    to_stderr!("\nInterrupted.");
                }
                Err(e) => {
                    outcome.failures += 1;
                    let e = crate::error::for_terminal(&e.to_string());
                    if color {
                        to_stderr!("{RED}Error:{RESET} {e}");
                    } else {
                        to_stderr!("Error: {e}");
                    }
                    for note in failure_notes(&query) {
                        to_stderr!("note: {note}");
                    }
                }
            }
        }
    }
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn editor() -> Editor<ReplHelper, FileHistory> {
        Editor::with_config(Config::default()).expect("an editor without a terminal")
    }

    /// What the shell does with a history path that is not a history file:
    /// found by audit 21, where a FIFO hung the shell at start and the
    /// others were written to after a note that they could not be read.
    #[test]
    fn a_history_path_that_is_not_a_history_file_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("folder");
        std::fs::create_dir(&folder).unwrap();
        let why = open_history(&mut editor(), &folder).unwrap_err();
        assert!(why.contains("is a folder, not a regular file"), "{why}");
        let garbage = dir.path().join("garbage");
        let bytes: Vec<u8> = (0..5000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8 | 0x80)
            .collect();
        std::fs::write(&garbage, &bytes).unwrap();
        let why = open_history(&mut editor(), &garbage).unwrap_err();
        assert!(
            why.contains("does not read as history") && why.contains("move it away"),
            "{why}"
        );
        assert_eq!(std::fs::read(&garbage).unwrap(), bytes, "left as it was");
        let file = dir.path().join("file");
        std::fs::write(&file, "x").unwrap();
        let why = open_history(&mut editor(), &file.join("history")).unwrap_err();
        assert!(why.contains("a file is there, not a folder"), "{why}");
        let pipe = dir.path().join("pipe");
        if std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .is_ok_and(|s| s.success())
        {
            // Returns at once (opening it would wait for a writer).
            let why = open_history(&mut editor(), &pipe).unwrap_err();
            assert!(why.contains("a FIFO (named pipe), not a regular file"), "{why}");
        } else {
            eprintln!("skipped the FIFO: mkfifo is not available here");
        }
        // A new path, and a real history file, are fine.
        let new = dir.path().join("new/history");
        assert_eq!(open_history(&mut editor(), &new), Ok(()));
        // Made empty before any query, so that every append is locked.
        assert_eq!(std::fs::read(&new).unwrap(), b"");
        assert_eq!(open_history(&mut editor(), &new), Ok(()));
        std::fs::write(&new, "#V2\nwhat cites 1325\n").unwrap();
        let mut ed = editor();
        assert_eq!(open_history(&mut ed, &new), Ok(()));
        assert_eq!(rustyline::history::History::len(ed.history()), 1);
    }
}
