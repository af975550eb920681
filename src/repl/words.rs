//! The words the shell knows: query keywords (for completion and
//! highlighting), the dot-commands with their usage and help, and the help
//! topics. One place, so completion, highlighting and `.help` agree.

use std::sync::OnceLock;

/// The query grammar. Its `kw_*` rules are the keywords, so completion and
/// highlighting know exactly the words the parser knows.
const GRAMMAR: &str = include_str!("../../grammar/query.pest");

/// The word a keyword rule matches: `kw_cite = @{ ^"cite" ~ word_end }` → `cite`.
fn keyword_rule(line: &str) -> Option<(&str, &str)> {
    let rest = line.trim_start().strip_prefix("kw_")?;
    let (name, def) = rest.split_once('=')?;
    let word = def
        .trim_start()
        .strip_prefix("@{")?
        .trim_start()
        .strip_prefix("^\"")?;
    Some((name.trim(), word.split('"').next()?))
}

/// Query keywords, lowercase, sorted: every `kw_*` rule of
/// `grammar/query.pest`. Completion offers them and the highlighter colours them.
pub fn keywords() -> &'static [&'static str] {
    static KEYWORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    KEYWORDS.get_or_init(|| {
        let mut words: Vec<&str> = GRAMMAR.lines().filter_map(keyword_rule).map(|(_, w)| w).collect();
        words.sort_unstable();
        words.dedup();
        words
    })
}

/// The keywords a bare name cannot hold (the grammar's `reserved` rule): a
/// name with one of them must be quoted.
pub fn reserved() -> &'static [&'static str] {
    static RESERVED: OnceLock<Vec<&'static str>> = OnceLock::new();
    RESERVED.get_or_init(|| {
        let rules: std::collections::HashMap<&str, &str> = GRAMMAR.lines().filter_map(keyword_rule).collect();
        let block = GRAMMAR
            .split_once("\nreserved")
            .and_then(|(_, rest)| rest.split_once('}'))
            .map_or("", |(block, _)| block);
        let mut words: Vec<&str> = block
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter_map(|rule| rules.get(rule.strip_prefix("kw_")?).copied())
            .collect();
        words.sort_unstable();
        words.dedup();
        words
    })
}

/// Words after which the grammar expects a node (a document or an actor), so
/// completion offers entity ids and names first.
pub const ENTITY_CONTEXT: &[&str] = &[
    "abstained",
    "against",
    "as",
    "cite",
    "cites",
    "did",
    "does",
    "establish",
    "established",
    "establishes",
    "extend",
    "extended",
    "extends",
    "for",
    "from",
    "has",
    "is",
    "mention",
    "mentions",
    "of",
    "on",
    "show",
    "signed",
    "to",
    "with",
];

/// Words that cannot end a query: input ending with one of them continues on
/// the next line.
pub const CONTINUATION: &[&str] = &["and", "except", "intersect", "or", "union", "where"];

/// A dot-command: its name, its arguments and a one-line description.
#[derive(Debug, Clone, Copy)]
pub struct DotCommand {
    /// The name with its dot: `.format`.
    pub name: &'static str,
    /// Its arguments as shown in help: `table|json|csv`.
    pub args: &'static str,
    /// What it does.
    pub help: &'static str,
    /// Longer help for `.help NAME`: examples and details.
    pub details: &'static str,
}

/// Every dot-command, in the order `.help` lists them.
pub const DOT_COMMANDS: &[DotCommand] = &[
    DotCommand {
        name: ".help",
        args: "[TOPIC]",
        help: "show help; topics: queries, commands, keys, formats, or a command",
        details: "`.help` alone gives an overview; `.help queries` shows example queries;\n\
                  `.help keys` the keyboard shortcuts; `.help .render` one command.\n\
                  `help` without the dot works too.",
    },
    DotCommand {
        name: ".load",
        args: "PATH...",
        help: "load a corpus (folders, .txt, .pdf, .docx, .doc or .html files) or a graph snapshot",
        details: "Replaces the graph the session works on.\n\
                  `.load data` reads every .txt, .pdf, .docx, .doc and .html file under data/;\n\
                  `.load graph.unxref` reads a snapshot written by `.save` or `unxref build`.",
    },
    DotCommand {
        name: ".save",
        args: "FILE [--force]",
        help: "save the graph as a snapshot (written atomically)",
        details: "Writes the current graph to FILE as a snapshot that `.load FILE`,\n\
                  `unxref repl --graph FILE` and `unxref query --graph FILE` read back.\n\
                  An existing snapshot is replaced; any other existing file is left alone\n\
                  unless --force is given.",
    },
    DotCommand {
        name: ".format",
        args: "table|json|csv",
        help: "how results are printed",
        details: "`table` (default) aligns columns; `json` prints an array of objects\n\
                  (nodes have id, kind, label; paths have path); `csv` prints a header\n\
                  and one line a row. `.format` alone shows the current format.",
    },
    DotCommand {
        name: ".timer",
        args: "on|off",
        help: "print how long each query took",
        details: "`.timer on` prints `Time: 1.234 ms` after each result.",
    },
    DotCommand {
        name: ".maxrows",
        args: "N|all",
        help: "rows shown before a result is cut short",
        details: "Longer results end with `… N more rows (add `limit`)`.\n\
                  `.maxrows all` (or `0`, or `off`) shows every row.\n\
                  The default is 40 at a terminal and all rows when input is piped.",
    },
    DotCommand {
        name: ".render",
        args: "QUERY to FILE.svg",
        help: "draw a query's result as a diagram (.svg, .html, .png, .pdf or .dot)",
        details: "`.render what does 2531 cite to 2531.svg` writes the diagram of the\n\
                  result; `render QUERY to FILE.svg` without the dot is the same.\n\
                  `.render --open what cites 1325 to 1325.html` writes the interactive\n\
                  page (pan, zoom, search, evidence) and opens it in the browser.",
    },
    DotCommand {
        name: ".stats",
        args: "",
        help: "counts of nodes and edges in the graph",
        details: "Nodes (held documents, stubs cited but not held, actors) and edges\n\
                  (all, citations, resolution-to-resolution citations).",
    },
    DotCommand {
        name: ".quit",
        args: "",
        help: "leave the shell (also .exit, or Ctrl-D)",
        details: "Leaves the shell. History is kept for the next session.",
    },
];

/// Names accepted for `.quit`.
pub const QUIT_NAMES: &[&str] = &[".quit", ".exit", ".q", "quit", "exit", "\\q"];

/// Topics of `.help` besides the command names.
pub const HELP_TOPICS: &[&str] = &["commands", "formats", "keys", "queries", "scripts"];

/// Output formats accepted by `.format`.
pub const FORMATS: &[&str] = &["csv", "json", "table"];

/// Example queries for `.help queries`, each with what it asks.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("what does 2531 cite", "documents a resolution cites"),
    ("what cites 1325", "documents that cite a resolution"),
    (
        "what does 2531 cite within 3 steps",
        "citations of citations, to a depth",
    ),
    ("path from 2531 to 1325", "how one document leads to another"),
    ("who voted against 2531", "votes on a resolution"),
    ("how did the United Kingdom vote on 2553", "one member's vote"),
    ("what mentions MINUSMA", "documents that name an actor"),
    (
        "which resolutions established the panel of experts",
        "who created a body",
    ),
    ("show S/PRST/2018/10", "one node and its facts"),
    ("render what does 2531 cite to 2531.svg", "draw a result"),
];

/// What `.help scripts` says: how piped input behaves.
pub const SCRIPTS: &str = "\
With standard input not a terminal, unxref reads one query or command a line
(a line ending in \\, |, `and` or an open bracket goes on to the next):

  unxref < queries.txt > answers.txt
  printf '.format json\\nwhat does 2531 cite\\n' | unxref | jq '.[].id'

Standard output holds the results alone: no prompt, no colour, settings
change silently, and `.load`, `.save` and `.render` say what they did on
standard error. An error is reported there as `line N: error: …` and the
script goes on; the exit status is 1 if any line failed, 0 otherwise.
`.quit` stops reading.
";

/// Keyboard shortcuts, for `.help keys`.
pub const KEYS: &[(&str, &str)] = &[
    (
        "Tab",
        "complete a keyword, a command, a document id or an actor's name",
    ),
    ("→ or Ctrl-F at the end", "accept the grey hint"),
    (
        "Enter",
        "run; an unfinished query (open bracket or quote, trailing \\ | and) goes on",
    ),
    ("↑ ↓", "walk the history (kept across sessions)"),
    ("Ctrl-R", "search the history"),
    ("Ctrl-C", "cancel the line being typed, or the query running"),
    ("Ctrl-D", "leave (on an empty line)"),
    ("Ctrl-L", "clear the screen"),
];

/// The dot-command with this name (`.format`), if any.
pub fn dot_command(name: &str) -> Option<&'static DotCommand> {
    DOT_COMMANDS.iter().find(|c| c.name.eq_ignore_ascii_case(name))
}

/// True if `word` (any case) is a query keyword.
pub fn is_keyword(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    keywords().binary_search(&lower.as_str()).is_ok()
}

/// True if `word` (any case) cannot stand in a bare name.
pub fn is_reserved(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    reserved().binary_search(&lower.as_str()).is_ok()
}

/// The closest of `candidates` to `word`, when it is close enough to be a
/// likely typo (Levenshtein distance at most 2, or a prefix).
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_ascii_lowercase();
    candidates
        .into_iter()
        .map(|c| (distance(&word, &c.to_ascii_lowercase()), c))
        .filter(|&(d, c)| d <= 2 || c.to_ascii_lowercase().starts_with(&word))
        .min_by_key(|&(d, c)| (d, c))
        .map(|(_, c)| c)
}

/// Levenshtein distance over chars.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            let next = (row[j + 1] + 1).min(row[j] + 1).min(prev + cost);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_come_from_the_grammar() {
        let rules = GRAMMAR.lines().filter(|l| l.starts_with("kw_")).count();
        assert!(rules > 50, "the grammar has its keyword rules");
        assert!(keywords().len() <= rules && keywords().len() > 50);
        assert!(keywords().iter().all(|k| *k == k.to_ascii_lowercase()));
        assert!(is_keyword("CITE") && is_keyword("within") && is_keyword("the") && !is_keyword("minusma"));
        assert!(is_reserved("cites") && is_reserved("AND") && !is_reserved("the") && !is_reserved("of"));
        assert!(reserved().len() > 40 && reserved().len() < keywords().len());
    }

    #[test]
    fn typos_of_commands_find_the_command() {
        let names = DOT_COMMANDS.iter().map(|c| c.name);
        assert_eq!(closest(".fromat", names.clone()), Some(".format"));
        assert_eq!(closest(".stat", names.clone()), Some(".stats"));
        assert_eq!(closest(".xyzzy", names), None);
    }
}
