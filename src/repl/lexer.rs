//! A forgiving tokenizer for what is being typed: words, quoted strings,
//! comments, brackets and operators with their byte spans, following the
//! lexical rules of `grammar/query.pest` (double-quoted strings, `#`
//! comments, `->` `<-` `<->` arrows, `'s` possessives inside names). It never fails (an
//! unterminated string is a token too), so the highlighter, the validator and
//! the completer can use it on half-typed input; the query parser proper
//! judges the finished query.

use super::words::{self, CONTINUATION};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, digits and `/ . - : _ $` inside a word: `cite`, `S/RES/2531`,
    /// `FC-G5S`, `$x`, and an apostrophe followed by a letter: `MINUSMA's`.
    Word,
    /// A double-quoted string; `closed` is false while the closing quote is missing.
    Str { closed: bool },
    /// `#` to the end of the line.
    Comment,
    /// `(`, `[` or `{`.
    Open,
    /// `)`, `]` or `}`.
    Close,
    /// Any other punctuation: `|`, `,`, `=`, `<`, `*`, `\`, ….
    Op,
    /// Spaces, tabs and newlines.
    Space,
}

/// A token and where it stands in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

impl Token {
    /// The token's text.
    pub fn text<'s>(&self, input: &'s str) -> &'s str {
        &input[self.start..self.end]
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '/' | '.' | '-' | ':' | '_' | '$')
}

/// True if the word goes on at byte `i` of `input` (char `c`): a `-` before
/// `>` starts an arrow, an apostrophe counts only before a letter.
fn continues_word(input: &str, i: usize, c: char) -> bool {
    let next = input[i + c.len_utf8()..].chars().next();
    match c {
        '-' => next != Some('>'),
        '\'' | '’' => next.is_some_and(char::is_alphabetic),
        _ => is_word_char(c),
    }
}

/// Split `input` into tokens covering it entirely.
pub(crate) fn lex(input: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = input.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let kind = if c.is_whitespace() {
            while chars.next_if(|&(_, c)| c.is_whitespace()).is_some() {}
            Kind::Space
        } else if c == '"' {
            let mut closed = false;
            let mut escaped = false;
            for (_, d) in chars.by_ref() {
                if escaped {
                    escaped = false;
                } else if d == '\\' {
                    escaped = true;
                } else if d == '"' {
                    closed = true;
                    break;
                }
            }
            Kind::Str { closed }
        } else if c == '#' {
            while chars.next_if(|&(_, d)| d != '\n').is_some() {}
            Kind::Comment
        } else if matches!(c, '(' | '[' | '{') {
            Kind::Open
        } else if matches!(c, ')' | ']' | '}') {
            Kind::Close
        } else if is_word_char(c) && continues_word(input, start, c) {
            while chars.next_if(|&(i, d)| continues_word(input, i, d)).is_some() {}
            Kind::Word
        } else {
            match c {
                '-' => {
                    chars.next_if(|&(_, d)| d == '>');
                }
                '<' => {
                    if chars.next_if(|&(_, d)| d == '-').is_some() {
                        chars.next_if(|&(_, d)| d == '>');
                    } else {
                        chars.next_if(|&(_, d)| d == '=');
                    }
                }
                '!' | '>' => {
                    chars.next_if(|&(_, d)| d == '=');
                }
                _ => {}
            }
            Kind::Op
        };
        let end = chars.peek().map_or(input.len(), |&(i, _)| i);
        tokens.push(Token { kind, start, end });
    }
    tokens
}

/// The bracket that closes `open`.
fn closing(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

/// Whether a typed query is finished or continues on the next line.
///
/// Unfinished: an open bracket or quote, a trailing `\`, a trailing
/// operator (`|`, `,`, `->`, …), or a trailing joining word (`and`, `union`,
/// `where`, …); `Union` with its capital ends a name (`what mentions the
/// African Union`), not a query. A
/// dot-command is one line (unless it ends with `\`). A stray closing
/// bracket counts as finished, so the parser can report it.
pub(crate) fn is_complete(input: &str) -> bool {
    let trimmed = input.trim_end();
    if trimmed.ends_with('\\') {
        return false;
    }
    if trimmed.trim_start().starts_with('.') || trimmed.is_empty() {
        return true;
    }
    let tokens = lex(trimmed);
    let mut stack = Vec::new();
    for t in &tokens {
        match t.kind {
            Kind::Open => stack.push(closing(input.as_bytes()[t.start])),
            // A stray closing bracket: finished, for the parser to report.
            Kind::Close if stack.pop() != Some(input.as_bytes()[t.start]) => return true,
            Kind::Str { closed: false } => return false,
            _ => {}
        }
    }
    if !stack.is_empty() {
        return false;
    }
    let last = tokens
        .iter()
        .rev()
        .find(|t| !matches!(t.kind, Kind::Space | Kind::Comment));
    let continues = match last {
        Some(t) if t.kind == Kind::Op => match t.text(trimmed) {
            "|" | "," | "=" | "!=" | "<" | "<=" | ">" | ">=" | "~" | "->" | "<-" | "<->" => true,
            // `let x = …;` and `set …;` need a statement after them.
            ";" => starts_with_prelude(trimmed),
            _ => false,
        },
        // `Union` written with its capital ends a name (`the African
        // Union`, `the European Union`); the operator is `union`.
        Some(t) if t.kind == Kind::Word => {
            let word = t.text(trimmed);
            word != "Union" && CONTINUATION.contains(&word.to_ascii_lowercase().as_str())
        }
        _ => false,
    };
    !continues
}

fn starts_with_prelude(input: &str) -> bool {
    let first = input.split_whitespace().next().unwrap_or("");
    first.eq_ignore_ascii_case("let") || first.eq_ignore_ascii_case("set")
}

/// Lines gathered into whole queries, as the shell reads them: each line
/// joins the query being typed, which is handed out once [`is_complete`]
/// says it is finished. A block of several lines (pasted text) may finish
/// several queries at once and leave the start of another one open.
#[derive(Debug, Default)]
pub(crate) struct Gather {
    pending: String,
}

impl Gather {
    /// Add the lines of `text`; the queries they finish, in order (blank
    /// ones left out).
    pub(crate) fn push(&mut self, text: &str) -> Vec<String> {
        let mut done = Vec::new();
        for line in text.split('\n') {
            if !self.pending.is_empty() {
                self.pending.push('\n');
            }
            self.pending.push_str(line.strip_suffix('\r').unwrap_or(line));
            if is_complete(&self.pending) {
                let query = std::mem::take(&mut self.pending);
                if !query.trim().is_empty() {
                    done.push(query);
                }
            }
        }
        if self.pending.trim().is_empty() {
            self.pending.clear();
        }
        done
    }

    /// True when no query is open.
    pub(crate) fn is_empty(&self) -> bool {
        self.pending.is_empty()
    }

    /// Drop the query being typed.
    pub(crate) fn clear(&mut self) {
        self.pending.clear();
    }
}

/// Turn a query typed over several lines into one line: a `\` at the end of
/// a line joins it to the next, newlines become spaces.
pub(crate) fn join_lines(input: &str) -> String {
    input
        .lines()
        .map(|l| l.trim_end().strip_suffix('\\').unwrap_or(l.trim_end()).trim())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The byte offset of the bracket matching the one at `at`, if `at` holds a
/// bracket and its match exists (strings are skipped).
pub(crate) fn matching_bracket(input: &str, at: usize) -> Option<usize> {
    let tokens = lex(input);
    let index = tokens
        .iter()
        .position(|t| t.start == at && matches!(t.kind, Kind::Open | Kind::Close))?;
    let brackets: Vec<&Token> = tokens
        .iter()
        .filter(|t| matches!(t.kind, Kind::Open | Kind::Close))
        .collect();
    let pos = brackets.iter().position(|t| t.start == tokens[index].start)?;
    let mut depth = 0i32;
    if tokens[index].kind == Kind::Open {
        for t in &brackets[pos..] {
            depth += if t.kind == Kind::Open { 1 } else { -1 };
            if depth == 0 {
                return Some(t.start);
            }
        }
    } else {
        for t in brackets[..=pos].iter().rev() {
            depth += if t.kind == Kind::Close { 1 } else { -1 };
            if depth == 0 {
                return Some(t.start);
            }
        }
    }
    None
}

/// How a word should look: a keyword, an id, or plain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordClass {
    Keyword,
    Id,
    Command,
    Plain,
}

/// Classify a word token for highlighting: the first word of a line that
/// starts with `.` is a command; keywords come from [`words::keywords`]; a
/// word with a digit or a `/`, or a prefixed id (`actor:…`), is an id.
pub(crate) fn classify(word: &str, first: bool) -> WordClass {
    if first && word.starts_with('.') {
        WordClass::Command
    } else if words::is_keyword(word) {
        WordClass::Keyword
    } else if word.chars().any(|c| c.is_ascii_digit() || c == '/')
        || ["actor:", "state:", "person:"]
            .iter()
            .any(|p| word.starts_with(p))
    {
        WordClass::Id
    } else {
        WordClass::Plain
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(Kind, &str)> {
        lex(s).iter().map(|t| (t.kind, t.text(s))).collect()
    }

    #[test]
    fn tokens_cover_symbols_possessives_and_strings() {
        assert_eq!(
            kinds("show S/RES/2531 (2020)"),
            vec![
                (Kind::Word, "show"),
                (Kind::Space, " "),
                (Kind::Word, "S/RES/2531"),
                (Kind::Space, " "),
                (Kind::Open, "("),
                (Kind::Word, "2020"),
                (Kind::Close, ")"),
            ]
        );
        assert_eq!(kinds("MINUSMA's")[0], (Kind::Word, "MINUSMA's"));
        assert_eq!(kinds("\"open")[0], (Kind::Str { closed: false }, "\"open"));
        assert_eq!(
            kinds("2531->cites # note"),
            vec![
                (Kind::Word, "2531"),
                (Kind::Op, "->"),
                (Kind::Word, "cites"),
                (Kind::Space, " "),
                (Kind::Comment, "# note"),
            ]
        );
        assert_eq!(kinds("a <-> b")[2], (Kind::Op, "<->"));
        assert_eq!(
            kinds(r#""a \" b""#)[0],
            (Kind::Str { closed: true }, r#""a \" b""#)
        );
    }

    #[test]
    fn lines_gather_into_queries() {
        let mut g = Gather::default();
        assert!(g.push("what cites (").is_empty());
        assert!(!g.is_empty());
        assert_eq!(g.push("1325)"), ["what cites (\n1325)"]);
        assert!(g.is_empty());
        // A pasted block: two whole queries and the start of a third.
        let done = g.push("what does 2531 cite\n\nwhat cites 1325 |\ncount\nwhat cites (");
        assert_eq!(done, ["what does 2531 cite", "what cites 1325 |\ncount"]);
        assert!(!g.is_empty());
        g.clear();
        // A name ending with a joining word ends its query.
        let done = g.push("what mentions the African Union\nwhat cites 1325 union\n1820");
        assert_eq!(
            done,
            ["what mentions the African Union", "what cites 1325 union\n1820"]
        );
        assert!(g.is_empty());
        assert!(g.push("   ").is_empty());
        assert!(g.is_empty());
    }

    #[test]
    fn unfinished_queries_continue() {
        for unfinished in [
            "what cites (2531",
            "label = \"Mali",
            "what does 2531 cite \\",
            "what cites 1325 union",
            "what mentions Iraq and",
            "what mentions the African Union or",
            "what cites 1325 |",
            "kind = resolution and",
            "2531 ->",
            "let x = 2531 -> cites;",
        ] {
            assert!(!is_complete(unfinished), "{unfinished:?} should continue");
        }
        for finished in [
            "what does 2531 cite",
            "which documents extend MINUSMA's mandate",
            "show S/RES/2531 (2020)",
            "what cites 1325)",
            ".format json",
            "",
            "who voted against 2531?",
            "what cites 1325;",
            "what cites 1325 # (a comment",
            "what extends MINUSMA's mandate",
            // Names that end with a joining word.
            "which resolutions mention the African Union",
            "what mentions the European Union",
            "what mentions the Soviet Union",
        ] {
            assert!(is_complete(finished), "{finished:?} should be complete");
        }
    }

    #[test]
    fn multi_line_input_joins_into_one_line() {
        assert_eq!(join_lines("what does 2531 \\\n  cite"), "what does 2531 cite");
        assert_eq!(join_lines("what cites (\n1325\n)"), "what cites ( 1325 )");
    }

    #[test]
    fn brackets_match_in_both_directions_and_skip_strings() {
        let s = "a (b \")\" [c]) d";
        assert_eq!(matching_bracket(s, 2), Some(12));
        assert_eq!(matching_bracket(s, 12), Some(2));
        assert_eq!(matching_bracket(s, 9), Some(11));
        assert_eq!(matching_bracket("a (b", 2), None);
        assert_eq!(matching_bracket(s, 0), None);
    }
}
