//! The REPL through a pseudo-terminal, as a person uses it: keys go in, and
//! the assertions read the screen a terminal would show (a vt100 emulator
//! fed with everything the shell prints). Each test has its own history
//! folder (`XDG_DATA_HOME`).
//!
//! Waiting for the screen has a generous deadline only so that a broken
//! shell fails the test instead of hanging it; no assertion is on time.

#![cfg(unix)]

use std::io::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const COLS: u16 = 110;
const ROWS: u16 = 40;
const DEADLINE: Duration = Duration::from_secs(60);

const TAB: &str = "\t";
const ENTER: &str = "\r";
const CTRL_C: &str = "\x03";
const CTRL_D: &str = "\x04";
const CTRL_R: &str = "\x12";
const UP: &str = "\x1b[A";
const RIGHT: &str = "\x1b[C";
const CTRL_U: &str = "\x15";
const PASTE_START: &str = "\x1b[200~";
const PASTE_END: &str = "\x1b[201~";

/// A shell running in a pseudo-terminal, and the screen it drew.
struct Shell {
    session: expectrl::session::OsSession,
    screen: vt100::Parser,
    /// Prompts seen so far.
    prompts: usize,
}

impl Shell {
    /// Start `unxref ARGS` on the bundled corpus with history under `data_home`.
    fn start(data_home: &Path, args: &[&str]) -> Shell {
        Shell::start_sized(data_home, args, COLS)
    }

    /// [`Shell::start`] on a terminal `cols` columns wide.
    fn start_sized(data_home: &Path, args: &[&str], cols: u16) -> Shell {
        let mut command = Command::new(env!("CARGO_BIN_EXE_unxref"));
        command
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("XDG_DATA_HOME", data_home)
            .env("TERM", "xterm-256color")
            .env("UNXREF_DATA", concat!(env!("CARGO_MANIFEST_DIR"), "/data"))
            .env_remove("NO_COLOR");
        let mut session = expectrl::Session::spawn(command).expect("spawn unxref in a pty");
        session
            .get_process_mut()
            .set_window_size(cols, ROWS)
            .expect("set the pty size");
        Shell {
            session,
            screen: vt100::Parser::new(nonzero(ROWS), nonzero(cols), 1000),
            prompts: 0,
        }
    }

    /// Type `keys`.
    fn send(&mut self, keys: &str) {
        self.session.write_all(keys.as_bytes()).expect("write to the pty");
        self.session.flush().expect("flush the pty");
    }

    /// Read what the shell printed so far into the screen. False once the
    /// shell has closed the terminal.
    ///
    /// Cursor-position requests (`ESC [6n`, sent by the editor before each
    /// prompt) go unanswered: the editor then waits briefly and goes on. An
    /// answer that came late would be read as keys; keys typed during that
    /// wait would be read as an answer, which is why input is typed only once
    /// the prompt shows (see [`Shell::prompt`]).
    fn pump(&mut self) -> bool {
        let mut buf = [0u8; 8192];
        let mut open = true;
        loop {
            match self.session.try_read(&mut buf) {
                Ok(0) => {
                    open = false;
                    break;
                }
                Ok(n) => self.screen.process(&buf[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                // EIO: the child closed its side of the terminal.
                Err(_) => {
                    open = false;
                    break;
                }
            }
        }
        open
    }

    /// The screen as text, including what scrolled off the top.
    fn text(&mut self) -> String {
        let screen = self.screen.screen_mut();
        screen.set_scrollback(usize::MAX);
        let back = screen.scrollback();
        screen.set_scrollback(0);
        let mut lines = Vec::new();
        for offset in (1..=back).rev() {
            screen.set_scrollback(offset);
            lines.push(screen.rows(0, COLS).next().unwrap_or_default());
        }
        screen.set_scrollback(0);
        lines.extend(screen.rows(0, COLS));
        while lines.last().is_some_and(|l| l.trim().is_empty()) {
            lines.pop();
        }
        lines.join("\n")
    }

    /// Wait until `pred` holds for the screen text; fail with the screen if
    /// the deadline passes or the shell exits first.
    fn wait_until(&mut self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let open = self.pump();
            let text = self.text();
            if pred(&text) {
                // The editor redraws a line in several writes (text, hint,
                // cursor moves) that may arrive apart: the screen is read
                // once they have all arrived.
                self.settle();
                return self.text();
            }
            if !open || start.elapsed() > DEADLINE {
                panic!(
                    "the screen never showed {what} ({}); it shows:\n{text}",
                    if open {
                        "deadline passed"
                    } else {
                        "the shell exited"
                    }
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Read until the shell has written nothing for 100 ms.
    fn settle(&mut self) {
        let state = |s: &vt100::Screen| (s.contents_formatted(), s.cursor_position());
        let start = Instant::now();
        let mut last = state(self.screen.screen());
        let mut quiet_since = Instant::now();
        while quiet_since.elapsed() < Duration::from_millis(100) && start.elapsed() < DEADLINE {
            std::thread::sleep(Duration::from_millis(20));
            if !self.pump() {
                return;
            }
            let now = state(self.screen.screen());
            if now != last {
                last = now;
                quiet_since = Instant::now();
            }
        }
    }

    /// Wait until the screen shows `needle` at least `times` times.
    fn wait_for_n(&mut self, needle: &str, times: usize) -> String {
        self.wait_until(&format!("{needle:?} ×{times}"), |t| {
            t.matches(needle).count() >= times
        })
    }

    /// Wait until the screen shows `needle`.
    fn wait_for(&mut self, needle: &str) -> String {
        self.wait_for_n(needle, 1)
    }

    /// Wait for the next prompt, with the cursor on it, ready for keys.
    fn prompt(&mut self) -> String {
        let seen = self.prompts;
        let text = self.wait_until(&format!("prompt #{}", seen + 1), |t| {
            t.matches(PROMPT).count() > seen && t.lines().last().is_some_and(|l| l.starts_with(PROMPT))
        });
        self.prompts = text.matches(PROMPT).count();
        text
    }

    /// Count the prompts on the screen now as seen.
    fn mark(&mut self) {
        self.pump();
        self.prompts = self.text().matches(PROMPT).count();
    }

    /// The text and style of the cells of the cursor's row from column `from`
    /// for `len` cells: (text, foreground colour, bold, inverse) each.
    fn cells(&self, from: u16, len: u16) -> Vec<(String, vt100::Color, bool, bool)> {
        let screen = self.screen.screen();
        let (row, _) = screen.cursor_position();
        (from..from + len)
            .filter_map(|col| screen.cell(row, col))
            .map(|c| (c.contents().to_string(), c.fgcolor(), c.bold(), c.inverse()))
            .collect()
    }

    /// The cursor's column.
    fn cursor_col(&self) -> u16 {
        self.screen.screen().cursor_position().1
    }

    /// Wait for the shell to exit and return its status.
    fn wait_exit(&mut self) -> bool {
        let start = Instant::now();
        while self.pump() {
            if start.elapsed() > DEADLINE {
                panic!("the shell did not exit; screen:\n{}", self.text());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let status = self.session.get_process_mut().wait().expect("wait for unxref");
        matches!(status, expectrl::process::unix::WaitStatus::Exited(_, 0))
    }
}

const PROMPT: &str = "unxref data ";
/// The prompt of a query's later lines (right-aligned under [`PROMPT`]).
const CONTINUATION: &str = "...>";

/// The lines of `text` after the last one holding `marker`.
fn after<'t>(text: &'t str, marker: &str) -> &'t str {
    text.rfind(marker).map_or("", |i| &text[i..])
}

#[test]
fn banner_prompt_help_and_ctrl_d() {
    let home = tempfile::tempdir().unwrap();
    let mut shell = Shell::start(home.path(), &[]);
    let text = shell.prompt();
    assert!(text.contains("Try:"), "banner with examples:\n{text}");
    assert!(text.contains("Type .help for help"), "{text}");
    let prompt_line = text.lines().last().unwrap();
    assert!(
        prompt_line.starts_with("unxref data ")
            && prompt_line.contains("n/")
            && prompt_line.trim_end().ends_with("e>"),
        "prompt names the graph and its size: {prompt_line:?}"
    );
    shell.send(&format!(".help{ENTER}"));
    let text = shell.prompt();
    assert!(
        text.contains(".render QUERY to FILE.svg") && text.contains(".format table|json|csv"),
        "{text}"
    );
    shell.send(CTRL_D);
    assert!(shell.wait_exit(), "Ctrl-D on an empty line leaves with status 0");
}

#[test]
fn tab_completes_commands_and_their_arguments() {
    let home = tempfile::tempdir().unwrap();
    let mut shell = Shell::start(home.path(), &[]);
    shell.prompt();
    shell.send(&format!(".form{TAB}"));
    shell.wait_for("> .format");
    shell.send(&format!(" j{TAB}{ENTER}"));
    let text = shell.prompt();
    assert!(text.contains("> .format json\nformat: json\n"), "{text}");
    shell.send(&format!(".timer o{TAB}{TAB}"));
    shell.wait_until("both .timer choices listed under the line", |t| {
        t.lines().any(|l| l.split_whitespace().eq(["off", "on"]))
            && t.lines()
                .last()
                .is_some_and(|l| l.starts_with(PROMPT) && l.contains(".timer o"))
    });
    // Listing the choices drew the prompt again: that one is not a new prompt.
    shell.mark();
    shell.send(CTRL_C);
    shell.prompt();
    shell.send(&format!(".quit{ENTER}"));
    assert!(shell.wait_exit());
}

#[test]
fn an_error_does_not_end_the_session() {
    let home = tempfile::tempdir().unwrap();
    let mut shell = Shell::start(home.path(), &[]);
    shell.prompt();
    shell.send(&format!(".fromat json{ENTER}"));
    let text = shell.prompt();
    assert!(
        text.contains("Error: unknown command .fromat (did you mean .format?)"),
        "{text}"
    );
    shell.send(&format!(".format csv{ENTER}"));
    let text = shell.prompt();
    assert!(after(&text, "> .format csv").contains("format: csv"), "{text}");
    shell.send(&format!("what dose 2531 cite{ENTER}"));
    let text = shell.prompt();
    assert!(
        after(&text, "> what dose 2531 cite").contains("Error: syntax error"),
        "{text}"
    );
    shell.send(&format!("what does 2531 cite{ENTER}"));
    let text = shell.prompt();
    let answer = after(&text, "> what does 2531 cite");
    assert!(
        answer.contains("S/RES/2391 (2017)") && answer.contains("id,"),
        "a csv answer:\n{text}"
    );
    shell.send(CTRL_D);
    assert!(shell.wait_exit());
}

#[test]
fn ctrl_c_cancels_the_line_being_typed() {
    let home = tempfile::tempdir().unwrap();
    let mut shell = Shell::start(home.path(), &[]);
    shell.prompt();
    shell.send("what does 2531 ci");
    shell.wait_for("what does 2531 ci");
    shell.send(CTRL_C);
    // The typed line is dropped: a fresh prompt comes, and nothing ran.
    let text = shell.prompt();
    assert!(!text.contains("Error"), "{text}");
    shell.send(&format!(".stats{ENTER}"));
    let text = shell.prompt();
    assert!(text.contains("resolution → resolution"), "{text}");
    shell.send(CTRL_D);
    assert!(shell.wait_exit());
}

#[test]
fn ctrl_c_interrupts_a_running_query() {
    let home = tempfile::tempdir().unwrap();
    let mut shell = Shell::start(home.path(), &[]);
    shell.prompt();
    // Every undirected path up to 14 steps, with the limits raised: minutes of work.
    shell.send(&format!(
        "set max_visits = 1000000000; set max_paths = 1000000; all paths from 2531 to 2553 max 14 undirected | count{ENTER}"
    ));
    shell.wait_for("undirected | count");
    // The key may reach the terminal before the editor has let go of it
    // (then it only clears an empty prompt): press it until the query stops.
    let mut tries = 0;
    let text = loop {
        std::thread::sleep(Duration::from_millis(300));
        shell.send(CTRL_C);
        tries += 1;
        let start = Instant::now();
        let mut found = None;
        while start.elapsed() < Duration::from_secs(3) {
            shell.pump();
            let text = shell.text();
            if text.contains("Interrupted.") {
                found = Some(text);
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        if let Some(text) = found {
            break text;
        }
        assert!(
            tries < 10,
            "Ctrl-C never interrupted the query:\n{}",
            shell.text()
        );
    };
    assert!(
        !text.contains("count\n-----"),
        "the query did not finish:\n{text}"
    );
    shell.prompt();
    shell.send(&format!(".stats{ENTER}"));
    let text = shell.prompt();
    assert!(
        text.contains("resolution → resolution"),
        "the session goes on:\n{text}"
    );
    shell.send(CTRL_D);
    assert!(shell.wait_exit());
}

#[test]
fn an_unfinished_query_continues_on_the_next_line() {
    let home = tempfile::tempdir().unwrap();
    let mut shell = Shell::start(home.path(), &[]);
    shell.prompt();
    // An open bracket: Enter shows the continuation prompt instead of running.
    shell.send(&format!("(1325 <- cites{ENTER}"));
    let text = shell.wait_for(CONTINUATION);
    assert_eq!(
        text.matches(PROMPT).count(),
        1,
        "still one query being typed:\n{text}"
    );
    assert!(
        text.lines().last().is_some_and(|l| l.trim() == CONTINUATION),
        "the continuation prompt, lined up under the prompt:\n{text}"
    );
    shell.send(&format!("union 2242 <- cites){ENTER}"));
    let text = shell.prompt();
    let answer = after(&text, "(1325 <- cites");
    assert!(
        answer.contains(&format!("{CONTINUATION} union 2242 <- cites)")),
        "{text}"
    );
    assert!(
        answer.contains("S/RES/2553 (2020)"),
        "the query ran whole:\n{text}"
    );
    assert!(!answer.contains("Error"), "{text}");
    // An unclosed quote continues too; Ctrl-C drops every line of it.
    shell.send(&format!("show \"Security{ENTER}"));
    shell.wait_for_n(CONTINUATION, 2);
    shell.send(CTRL_C);
    let text = shell.prompt();
    assert!(!after(&text, "show \"Security").contains("Error"), "{text}");
    // A trailing backslash continues, and the two lines run as one query.
    shell.send(&format!("what does 2531 \\{ENTER}"));
    shell.wait_for_n(CONTINUATION, 3);
    shell.send(&format!("cite{ENTER}"));
    let text = shell.prompt();
    let answer = after(&text, "2531 \\");
    assert!(
        answer
            .lines()
            .nth(1)
            .is_some_and(|l| l.trim_start() == format!("{CONTINUATION} cite")),
        "{text}"
    );
    assert!(answer.contains("S/RES/2391 (2017)"), "{text}");
    shell.send(CTRL_D);
    assert!(shell.wait_exit());
}

#[test]
fn a_pasted_block_runs_every_query_it_holds() {
    let home = tempfile::tempdir().unwrap();
    let mut shell = Shell::start(home.path(), &[]);
    shell.prompt();
    // A bracketed paste of three lines: one whole query, then one whose
    // bracket the last line leaves open.
    shell.send(&format!(
        "{PASTE_START}what does 2531 cite | count\n(1325 <- cites\nunion 2242 <- cites{PASTE_END}"
    ));
    shell.wait_for("union 2242");
    shell.send(ENTER);
    let text = shell.wait_for(CONTINUATION);
    let answer = after(&text, "what does 2531 cite | count");
    assert!(answer.contains("(1 row)"), "the first query ran:\n{text}");
    shell.send(&format!("){ENTER}"));
    let text = shell.prompt();
    let answer = after(&text, "union 2242 <- cites");
    assert!(answer.contains("S/RES/2553 (2020)"), "no line was lost:\n{text}");
    assert!(!text.contains("Error"), "{text}");
    shell.send(CTRL_D);
    assert!(shell.wait_exit());
}

#[test]
fn history_is_kept_across_sessions() {
    let home = tempfile::tempdir().unwrap();
    let mut first = Shell::start(home.path(), &[]);
    first.prompt();
    first.send(&format!(".format csv{ENTER}"));
    first.prompt();
    first.send(&format!(".timer on{ENTER}"));
    first.prompt();
    first.send(CTRL_D);
    assert!(first.wait_exit());
    assert!(
        home.path().join("unxref/history").is_file(),
        "history file under XDG_DATA_HOME"
    );

    let mut second = Shell::start(home.path(), &[]);
    second.prompt();
    // ↑ brings back the last line of the first session.
    second.send(UP);
    second.wait_until("the last entry", |t| {
        t.lines().last().is_some_and(|l| l.contains("> .timer on"))
    });
    second.send(CTRL_C);
    second.prompt();
    // Ctrl-R finds an older one; Enter takes it, Enter runs it.
    second.send(&format!("{CTRL_R}form"));
    let text = second.wait_for(".format csv");
    assert!(
        text.contains("reverse-i-search") || text.contains("i-search"),
        "{text}"
    );
    // Enter takes the entry found (and, as in readline, runs it).
    second.send(ENTER);
    let text = second.wait_until("the entry run", |t| {
        t.contains("\nformat: csv\n") && t.lines().last().is_some_and(|l| l.starts_with(PROMPT))
    });
    assert!(!text.contains("Error"), "{text}");
    second.mark();
    second.send(CTRL_D);
    assert!(second.wait_exit());
}

#[test]
fn tab_completes_names_from_the_graph() {
    let home = tempfile::tempdir().unwrap();
    let mut shell = Shell::start(home.path(), &[]);
    shell.prompt();
    shell.send(&format!("what mentions MINU{TAB}"));
    shell.wait_for("> what mentions MINUSMA");
    shell.send(CTRL_C);
    shell.prompt();
    shell.send(&format!("what does 2531{TAB}"));
    shell.wait_for("> what does S/RES/2531 (2020)");
    shell.send(&format!(" cite{ENTER}"));
    let text = shell.prompt();
    assert!(
        after(&text, "> what does S/RES/2531 (2020) cite").contains("S/RES/2391 (2017)"),
        "{text}"
    );
    shell.send(CTRL_D);
    assert!(shell.wait_exit());
}

#[test]
fn hints_and_highlighting_show_on_screen() {
    use vt100::Color::{Default, Idx};
    let home = tempfile::tempdir().unwrap();
    let mut shell = Shell::start(home.path(), &[]);
    let prompt = shell.prompt();
    let start = prompt.lines().last().unwrap().len() as u16;
    // A grey hint finishes the name; keywords are bold blue, ids yellow.
    shell.send("what mentions MINU");
    shell.wait_for("> what mentions MINUSMA");
    let cursor = shell.cursor_col();
    let hint: Vec<_> = shell.cells(cursor, 3);
    assert_eq!(
        hint.iter().map(|c| (c.0.as_str(), c.1)).collect::<Vec<_>>(),
        [("S", Idx(8)), ("M", Idx(8)), ("A", Idx(8))],
        "grey hint after the cursor"
    );
    let what = shell.cells(start, 4);
    assert!(
        what.iter().all(|c| c.1 == Idx(4) && c.2),
        "`what` is a bold blue keyword: {what:?}"
    );
    // → takes the hint (else the text would read `MINU | limit 20`).
    shell.send(RIGHT);
    shell.send(" | limit 20");
    shell.wait_for("MINUSMA | limit 20");
    let limit = shell.cells(shell.cursor_col() - 2, 2);
    assert!(
        limit.iter().all(|c| c.1 == Idx(3)),
        "a number is coloured as an id: {limit:?}"
    );
    // A closing bracket lights up its opening one.
    shell.send(CTRL_U);
    shell.send("show (2531)");
    shell.wait_for("> show (2531)");
    let cells = shell.cells(start, 11);
    let marked: Vec<&str> = cells.iter().filter(|c| c.3).map(|c| c.0.as_str()).collect();
    assert_eq!(marked, ["(", ")"], "matching brackets shown inverse: {cells:?}");
    assert!(cells[6..10].iter().all(|c| c.1 == Idx(3)), "{cells:?}");
    assert!(cells[..4].iter().all(|c| c.1 == Idx(4)) && cells[4].1 == Default);
    shell.send(CTRL_C);
    shell.prompt();
    shell.send(CTRL_D);
    assert!(shell.wait_exit());
}

#[test]
fn format_json_prints_json() {
    let home = tempfile::tempdir().unwrap();
    let mut shell = Shell::start(home.path(), &[]);
    shell.prompt();
    shell.send(&format!(".format json{ENTER}"));
    shell.prompt();
    shell.send(&format!("what does 2531 cite{ENTER}"));
    let text = shell.prompt();
    let answer = after(&text, "> what does 2531 cite");
    assert!(answer.contains("\"id\": \"S/RES/2391 (2017)\""), "{text}");
    assert!(answer.contains("\"kind\": \"resolution\""), "{text}");
    shell.send(CTRL_D);
    assert!(shell.wait_exit());
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a screen size is not zero")
}

#[test]
fn a_wide_table_shows_every_value_at_80_and_100_columns() {
    for cols in [80u16, 100] {
        let home = tempfile::tempdir().unwrap();
        let mut shell = Shell::start_sized(home.path(), &[], cols);
        shell.prompt();
        shell.send(&format!("what does 2518 cite{ENTER}"));
        let text = shell.prompt();
        let answer = after(&text, "what does 2518 cite");
        assert!(answer.contains("-[ RECORD 1 ]"), "{cols} columns:\n{text}");
        // The id and the relation of each row are on screen, whole.
        for (id, relation) in [
            ("S/RES/2378 (2017)", "requesting; mandated by"),
            ("S/RES/2436 (2018)", "recalling; requesting"),
        ] {
            assert!(
                answer
                    .lines()
                    .any(|l| l.starts_with("id ") && l.trim_end().ends_with(id)),
                "{cols}: {id}\n{text}"
            );
            assert!(
                answer
                    .lines()
                    .any(|l| l.starts_with("relation ") && l.trim_end().ends_with(relation)),
                "{cols}: {relation}\n{text}"
            );
        }
        assert!(!answer.contains('…'), "nothing is cut at {cols} columns:\n{text}");
        assert!(answer.contains("(2 rows)"), "{text}");
        shell.send(CTRL_D);
        assert!(shell.wait_exit());
    }
}
