//! The line editor's helper: Tab completion that knows where in a query the
//! cursor is, grey hints, syntax and bracket highlighting.

use std::borrow::Cow;
use std::cell::Cell;

use rustyline::completion::{Completer, FilenameCompleter, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::{Hint, Hinter};
use rustyline::history::SearchDirection;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};

use super::lexer::{self, Kind, WordClass};
use super::names::Names;
use super::words::{self, DOT_COMMANDS, ENTITY_CONTEXT, FORMATS, HELP_TOPICS};

/// Most candidates Tab offers at once.
const MAX_CANDIDATES: usize = 200;

const KEYWORD: &str = "\x1b[1;34m";
const ID: &str = "\x1b[33m";
const STRING: &str = "\x1b[32m";
const COMMAND: &str = "\x1b[1;35m";
const BRACKET: &str = "\x1b[1;7m";
const GREY: &str = "\x1b[90m";
const RESET: &str = "\x1b[0m";

/// The rustyline helper of the shell.
///
/// # Examples
///
/// ```
/// // The shell builds it (completion needs the graph's names); it plugs into
/// // rustyline's editor as a `Helper`.
/// fn is_rustyline_helper<H: rustyline::Helper>() {}
/// is_rustyline_helper::<unxref::repl::ReplHelper>();
/// ```
pub struct ReplHelper {
    names: Names,
    color: bool,
    files: FilenameCompleter,
    /// The byte offset of the bracket under or before the cursor, set by
    /// `highlight_char` and drawn by `highlight`.
    bracket: Cell<Option<usize>>,
}

/// A grey hint after the cursor: the rest of a word or of a history entry
/// (accepted with →), or what a short form stands for (shown only).
#[derive(Debug, Clone)]
pub struct ReplHint {
    display: String,
    completion: Option<String>,
}

impl Hint for ReplHint {
    fn display(&self) -> &str {
        &self.display
    }
    fn completion(&self) -> Option<&str> {
        self.completion.as_deref()
    }
}

/// Where completion stands: what the fragment under the cursor should become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// The first word: a keyword, a dot-command or `help`.
    Start,
    /// After `cite`, `of`, `from`, `to`, `on`, …: a node first.
    Entity,
    /// After `which`, `all`, `most cited`: a kind of node (`resolutions`).
    Kind,
    /// After `->`, `<-`, `<->`: an edge kind (`cites`).
    Edge,
    /// After `|`: a stage (`where`, `count`, `limit`, …).
    Stage,
    /// Elsewhere in a query: a keyword first.
    Keyword,
}

/// The stages a pipeline takes after `|` (the grammar's `stage` rule).
const STAGES: &[&str] = &[
    "cocited", "count", "coupled", "group by", "limit", "sort by", "top", "where",
];

/// Kind names as a query writes them: `resolutions`, `presidential statements`.
fn kind_names() -> Vec<String> {
    crate::model::NodeKind::ALL
        .iter()
        .map(|k| format!("{}s", k.as_str().replace('_', " ")))
        .collect()
}

/// Edge kinds as a step writes them: `cites`, `extends_mandate`, and `any`.
fn edge_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = crate::model::EdgeKind::ALL.iter().map(|k| k.as_str()).collect();
    names.push("any");
    names
}

impl ReplHelper {
    /// A helper completing the names of the graph indexed in `names`;
    /// `color` turns highlighting on.
    pub(crate) fn new(names: Names, color: bool) -> ReplHelper {
        ReplHelper {
            names,
            color,
            files: FilenameCompleter::new(),
            bracket: Cell::new(None),
        }
    }

    /// Replace the names completed (after `.load`).
    pub(crate) fn set_names(&mut self, names: Names) {
        self.names = names;
    }

    /// The candidates for the text before the cursor: the byte offset where
    /// the replaced text starts, and (replacement, display) pairs.
    fn candidates(&self, line: &str) -> (usize, Vec<Pair>) {
        let trimmed = line.trim_start();
        if trimmed.starts_with('.') {
            return self.command_candidates(line);
        }
        let lead = line.len() - trimmed.len();
        if let Some(rest) = strip_word(trimmed, "help") {
            let start = line.len() - rest.len();
            return (
                start,
                word_pairs(
                    rest,
                    HELP_TOPICS
                        .iter()
                        .copied()
                        .chain(DOT_COMMANDS.iter().map(|c| c.name)),
                ),
            );
        }
        if let Some(rest) = strip_word(trimmed, "render")
            && let Some(to) = find_word(rest, "to")
        {
            // `render QUERY to FILE`: after `to` comes a file name.
            let after = &rest[to + 2..];
            if after.starts_with(' ') {
                let file = after.trim_start();
                return (line.len() - file.len(), Vec::new());
            }
        }
        self.query_candidates(line, lead)
    }

    fn command_candidates(&self, line: &str) -> (usize, Vec<Pair>) {
        let trimmed = line.trim_start();
        let lead = line.len() - trimmed.len();
        let Some((name, args)) = trimmed.split_once(char::is_whitespace) else {
            let names = DOT_COMMANDS.iter().map(|c| c.name).chain([".exit"]);
            return (lead, word_pairs(trimmed, names));
        };
        let arg_start = line.len() - args.trim_start().len();
        let arg = &line[arg_start..];
        match name.to_ascii_lowercase().as_str() {
            ".format" | ".mode" => (arg_start, word_pairs(arg, FORMATS.iter().copied())),
            ".timer" => (arg_start, word_pairs(arg, ["off", "on"])),
            ".maxrows" => (arg_start, word_pairs(arg, ["all"])),
            ".help" => (
                arg_start,
                word_pairs(
                    arg,
                    HELP_TOPICS
                        .iter()
                        .copied()
                        .chain(DOT_COMMANDS.iter().map(|c| c.name)),
                ),
            ),
            ".render" => {
                let query = &line[arg_start..];
                if let Some(to) = find_word(query, "to")
                    && query[to + 2..].starts_with(' ')
                {
                    return (line.len(), Vec::new());
                }
                self.query_candidates(line, arg_start)
            }
            _ => (line.len(), Vec::new()),
        }
    }

    /// Candidates inside a query that starts at byte `from` of `line`.
    fn query_candidates(&self, line: &str, from: usize) -> (usize, Vec<Pair>) {
        let query = &line[from..];
        let tokens = lexer::lex(query);
        // The fragment being typed: the last word, if the line does not end in a space.
        let (frag_start, fragment) = match tokens.last() {
            Some(t) if t.kind == Kind::Word => (from + t.start, t.text(query)),
            Some(t) if t.kind == (Kind::Str { closed: false }) => {
                // A name being typed in quotes: `"the G5 Sa`.
                let pairs = self
                    .entity_pairs(&t.text(query)[1..])
                    .into_iter()
                    .map(|p| {
                        let quoted = if p.replacement.starts_with('"') {
                            p.replacement
                        } else {
                            format!("\"{}\"", p.replacement)
                        };
                        Pair {
                            display: quoted.clone(),
                            replacement: quoted,
                        }
                    })
                    .collect();
                return (from + t.start, pairs);
            }
            _ => (line.len(), ""),
        };
        let words_before: Vec<(usize, &str)> = tokens
            .iter()
            .filter(|t| t.kind == Kind::Word && from + t.start < frag_start)
            .map(|t| (from + t.start, t.text(query)))
            .collect();
        let previous = tokens
            .iter()
            .rev()
            .find(|t| from + t.start < frag_start && !matches!(t.kind, Kind::Space | Kind::Comment))
            .map(|t| (t.kind, t.text(query).to_ascii_lowercase()));
        let slot = match previous {
            None => Slot::Start,
            Some((Kind::Op, op)) if matches!(op.as_str(), "->" | "<-" | "<->") => Slot::Edge,
            Some((Kind::Op, op)) if op == "|" => Slot::Stage,
            Some((Kind::Word, w)) if matches!(w.as_str(), "which" | "all" | "cited") => Slot::Kind,
            Some((Kind::Word, w)) if ENTITY_CONTEXT.contains(&w.as_str()) => Slot::Entity,
            Some(_) if words_before.is_empty() => Slot::Start,
            Some(_) => Slot::Keyword,
        };
        // A name of several words (`United Ki`, `panel of exp`): the longest
        // run of words ending at the cursor that does not start with a
        // keyword and names something.
        if !fragment.is_empty() {
            for &(at, word) in &words_before {
                if words::is_keyword(word) {
                    continue;
                }
                let pairs = self.entity_pairs(&line[at..]);
                if !pairs.is_empty() {
                    return (at, pairs);
                }
            }
        }
        let keywords = || word_pairs(fragment, words::keywords().iter().copied());
        let pairs = match slot {
            Slot::Kind => {
                let kinds = kind_names();
                let pairs = word_pairs(fragment, kinds.iter().map(String::as_str));
                if pairs.is_empty() { keywords() } else { pairs }
            }
            Slot::Edge => word_pairs(fragment, edge_names()),
            Slot::Stage => word_pairs(fragment, STAGES.iter().copied()),
            // Tab on a space: list what may come, but not the whole graph.
            _ if fragment.is_empty() => match slot {
                Slot::Entity => Vec::new(),
                _ => keywords(),
            },
            Slot::Start => {
                let mut pairs = keywords();
                pairs.extend(word_pairs(fragment, ["help"]));
                if pairs.is_empty() {
                    pairs = self.entity_pairs(fragment);
                }
                pairs
            }
            Slot::Entity => {
                let pairs = self.entity_pairs(fragment);
                if pairs.is_empty() { keywords() } else { pairs }
            }
            Slot::Keyword => {
                let pairs = keywords();
                if pairs.is_empty() {
                    self.entity_pairs(fragment)
                } else {
                    pairs
                }
            }
        };
        (frag_start, pairs)
    }

    fn entity_pairs(&self, fragment: &str) -> Vec<Pair> {
        self.names
            .complete(fragment, MAX_CANDIDATES)
            .into_iter()
            .map(|t| Pair {
                display: t.insert.clone(),
                replacement: t.insert.clone(),
            })
            .collect()
    }

    fn history_hint(line: &str, pos: usize, ctx: &Context<'_>) -> Option<ReplHint> {
        if line.trim().is_empty() || pos < line.len() {
            return None;
        }
        let history = ctx.history();
        let start = history.len().checked_sub(1)?;
        let found = history
            .starts_with(line, start, SearchDirection::Reverse)
            .ok()??;
        if found.entry.len() <= line.len() || found.entry.contains('\n') {
            return None;
        }
        let rest = found.entry[pos..].to_string();
        Some(ReplHint {
            display: rest.clone(),
            completion: Some(rest),
        })
    }

    fn word_hint(&self, line: &str, pos: usize) -> Option<ReplHint> {
        if pos < line.len() {
            return None;
        }
        let (start, pairs) = self.candidates(line);
        let fragment = &line[start..];
        if fragment.chars().count() < 2 {
            return None;
        }
        let best = pairs.first()?;
        if best.replacement.len() > fragment.len() && best.replacement.starts_with(fragment) {
            let rest = best.replacement[fragment.len()..].to_string();
            Some(ReplHint {
                display: rest.clone(),
                completion: Some(rest),
            })
        } else if !best.replacement.eq_ignore_ascii_case(fragment)
            && !best
                .replacement
                .to_lowercase()
                .starts_with(&fragment.to_lowercase())
        {
            // A short form: say what it stands for, without inserting it.
            let more = if pairs.len() > 1 {
                format!(" (+{} more, Tab)", pairs.len() - 1)
            } else {
                String::new()
            };
            Some(ReplHint {
                display: format!("  → {}{more}", best.replacement),
                completion: None,
            })
        } else {
            None
        }
    }
}

/// `text` without its leading `word` (any case) and the space after it.
fn strip_word<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    let head = text.get(..word.len())?;
    let rest = &text[word.len()..];
    (head.eq_ignore_ascii_case(word) && rest.starts_with(char::is_whitespace)).then_some(rest.trim_start())
}

/// The byte offset of `word` standing alone in `text` (the last one).
fn find_word(text: &str, word: &str) -> Option<usize> {
    lexer::lex(text)
        .iter()
        .rev()
        .find(|t| t.kind == Kind::Word && t.text(text).eq_ignore_ascii_case(word))
        .map(|t| t.start)
}

/// The words starting with `fragment` (any case), as completion pairs.
fn word_pairs<'w>(fragment: &str, words: impl IntoIterator<Item = &'w str>) -> Vec<Pair> {
    let lower = fragment.to_lowercase();
    let mut found: Vec<&str> = words
        .into_iter()
        .filter(|w| w.to_lowercase().starts_with(&lower))
        .collect();
    found.sort_unstable();
    found.dedup();
    found
        .into_iter()
        .map(|w| Pair {
            display: w.to_string(),
            replacement: w.to_string(),
        })
        .collect()
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let trimmed = before.trim_start();
        let file_command = [".load", ".save"]
            .iter()
            .any(|c| trimmed.len() > c.len() && strip_word(trimmed, c).is_some());
        let render_file = [".render", "render"].iter().any(|c| {
            strip_word(trimmed, c)
                .and_then(|query| Some(&query[find_word(query, "to")? + 2..]))
                .is_some_and(|after| after.starts_with(char::is_whitespace))
        });
        if file_command || render_file {
            return self.files.complete(line, pos, ctx);
        }
        Ok(self.candidates(before))
    }
}

impl Hinter for ReplHelper {
    type Hint = ReplHint;

    fn hint(&self, line: &str, pos: usize, ctx: &Context<'_>) -> Option<ReplHint> {
        Self::history_hint(line, pos, ctx).or_else(|| self.word_hint(line, pos))
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.color || line.is_empty() {
            return Cow::Borrowed(line);
        }
        let bracket = self
            .bracket
            .get()
            .and_then(|at| Some((at, lexer::matching_bracket(line, at)?)));
        let mut out = String::with_capacity(line.len() * 2);
        let mut first = true;
        for token in lexer::lex(line) {
            let text = token.text(line);
            let style = match token.kind {
                Kind::Word => {
                    let class = lexer::classify(text, first);
                    first = false;
                    match class {
                        WordClass::Keyword => Some(KEYWORD),
                        WordClass::Id => Some(ID),
                        WordClass::Command => Some(COMMAND),
                        WordClass::Plain => None,
                    }
                }
                Kind::Str { .. } => {
                    first = false;
                    Some(STRING)
                }
                Kind::Open | Kind::Close
                    if bracket.is_some_and(|(a, b)| token.start == a || token.start == b) =>
                {
                    Some(BRACKET)
                }
                Kind::Space => None,
                _ => {
                    first = false;
                    None
                }
            };
            match style {
                Some(style) => {
                    out.push_str(style);
                    out.push_str(text);
                    out.push_str(RESET);
                }
                None => out.push_str(text),
            }
        }
        Cow::Owned(out)
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(&'s self, prompt: &'p str, _default: bool) -> Cow<'b, str> {
        Cow::Borrowed(prompt)
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        if self.color {
            Cow::Owned(format!("{GREY}{hint}{RESET}"))
        } else {
            Cow::Borrowed(hint)
        }
    }

    fn highlight_char(&self, line: &str, pos: usize, kind: CmdKind) -> bool {
        if kind == CmdKind::ForcedRefresh {
            self.bracket.set(None);
            // Redraw once more without the bracket mark, keeping the colours.
            return self.color;
        }
        // The bracket under the cursor, or the one just typed before it.
        let at = [Some(pos), pos.checked_sub(1)].into_iter().flatten().find(|&i| {
            matches!(
                line.as_bytes().get(i),
                Some(b'(' | b')' | b'[' | b']' | b'{' | b'}')
            )
        });
        self.bracket.set(at);
        // Colours depend on whole words, so every keystroke redraws the line.
        self.color
    }
}

/// Enter always hands the line over: the shell gathers lines into queries
/// itself (`lexer::Gather`), so that a query's later lines get a
/// continuation prompt, which rustyline's own multi-line buffer cannot show.
impl Validator for ReplHelper {}

impl Helper for ReplHelper {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::CitationGraph;
    use crate::model::{Node, NodeKind};

    fn helper() -> ReplHelper {
        let mut g = CitationGraph::new();
        let mut res = Node::new(
            "S/RES/2531 (2020)",
            NodeKind::Resolution,
            "Resolution 2531 (2020)",
        );
        res.held = true;
        g.add_node(res);
        g.add_node(Node::new(
            "S/RES/1325 (2000)",
            NodeKind::Resolution,
            "Resolution 1325 (2000)",
        ));
        g.add_node(Node::new("actor:MINUSMA", NodeKind::Actor, "MINUSMA"));
        g.add_node(Node::new(
            "state:United Kingdom",
            NodeKind::State,
            "United Kingdom",
        ));
        g.add_node(Node::new("state:United States", NodeKind::State, "United States"));
        ReplHelper::new(Names::new(&g), true)
    }

    fn complete(line: &str) -> (String, Vec<String>) {
        let (start, pairs) = helper().candidates(line);
        (
            line[start..].to_string(),
            pairs.into_iter().map(|p| p.replacement).collect(),
        )
    }

    #[test]
    fn completion_knows_where_the_cursor_is() {
        assert_eq!(
            complete("what mentions MINU"),
            ("MINU".into(), vec!["MINUSMA".into()])
        );
        assert_eq!(
            complete("what does 2531"),
            ("2531".into(), vec!["S/RES/2531 (2020)".into()])
        );
        assert_eq!(
            complete("what cites 13"),
            ("13".into(), vec!["S/RES/1325 (2000)".into()])
        );
        assert_eq!(
            complete("wh"),
            (
                "wh".into(),
                vec!["what".into(), "where".into(), "which".into(), "who".into()]
            )
        );
        assert_eq!(complete("what does 2531 ci").1, ["cite", "cited", "cites"]);
        assert_eq!(complete(".fo"), (".fo".into(), vec![".format".into()]));
        assert_eq!(complete(".format j"), ("j".into(), vec!["json".into()]));
        assert_eq!(complete(".timer o").1, ["off", "on"]);
        assert_eq!(complete("help que").1, ["queries"]);
        assert_eq!(complete(".render what mentions MIN").1, ["MINUSMA"]);
        assert_eq!(complete("which pres").1, ["presidential statements"]);
        assert_eq!(complete("2531 -> ci").1, ["cites"]);
        assert_eq!(complete("2531 -> cites | li").1, ["limit"]);
        assert_eq!(complete("2531 -> cites |").1, STAGES);
        assert_eq!(
            complete("what mentions \"minu"),
            ("\"minu".into(), vec!["\"MINUSMA\"".into()])
        );
    }

    #[test]
    fn names_of_several_words_complete_whole() {
        assert_eq!(
            complete("how did the United Ki"),
            ("United Ki".into(), vec!["United Kingdom".into()])
        );
        assert_eq!(
            complete("how did the united"),
            (
                "united".into(),
                vec!["United Kingdom".into(), "United States".into()]
            )
        );
    }

    #[test]
    fn hints_grey_the_rest_of_a_word_or_say_what_a_short_form_is() {
        let h = helper();
        let hint = h.word_hint("what mentions MINU", 18).unwrap();
        assert_eq!((hint.display(), hint.completion()), ("SMA", Some("SMA")));
        let hint = h.word_hint("what does 2531", 14).unwrap();
        assert_eq!(hint.display(), "  → S/RES/2531 (2020)");
        assert_eq!(hint.completion(), None);
    }

    #[test]
    fn highlighting_colours_keywords_ids_strings_and_the_matching_bracket() {
        let h = helper();
        let line = "what cites (S/RES/1325 \"x\")";
        let plain = h.highlight(line, 0).into_owned();
        assert!(plain.contains(&format!("{KEYWORD}what{RESET}")));
        assert!(plain.contains(&format!("{ID}S/RES/1325{RESET}")));
        assert!(plain.contains(&format!("{STRING}\"x\"{RESET}")));
        assert!(!plain.contains(BRACKET));
        assert!(h.highlight_char(line, line.len(), CmdKind::MoveCursor));
        let marked = h.highlight(line, line.len()).into_owned();
        assert_eq!(
            marked.matches(BRACKET).count(),
            2,
            "both brackets marked: {marked:?}"
        );
        let no_color = ReplHelper::new(Names::default(), false);
        assert_eq!(no_color.highlight(line, 0), line);
    }
}
