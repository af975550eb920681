//! Why a query failed: a syntax error pointing at a column, names that match
//! no node or several, or a well-formed query that asks something the
//! evaluator cannot answer.

use std::fmt;

use thiserror::Error;

/// A query that could not be parsed, resolved or evaluated.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::query::QueryError;
/// assert!(matches!(graph.query("what does 2531 cites"), Err(QueryError::Syntax(_))));
/// assert!(matches!(graph.query("what cites 99999"), Err(QueryError::Names(_))));
/// let err = graph.query("all | group by colour").unwrap_err();
/// assert!(matches!(&err, QueryError::Names(p) if p[0].what == "field"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum QueryError {
    /// The text is not a query: `what does 2531 cites`.
    #[error("{0}")]
    Syntax(SyntaxError),
    /// Names that match no node, or several: `what cites 99999`, `what mentions panel`.
    #[error("{}", NameProblem::list(.0))]
    Names(Vec<NameProblem>),
    /// A well-formed query that cannot be answered as asked:
    /// `all | group by colour`, `2531 -> cites*5..2`.
    #[error("{message}")]
    Invalid {
        /// What is wrong, in plain words, with a suggestion.
        message: String,
    },
}

impl QueryError {
    pub(crate) fn invalid(message: impl Into<String>) -> QueryError {
        QueryError::Invalid {
            message: message.into(),
        }
    }
}

/// Where a query stops making sense, and what was expected there.
///
/// # Examples
///
/// ```
/// use unxref::query::{QueryError, parse};
/// let Err(QueryError::Syntax(e)) = parse("2531 -> cites | top") else { unreachable!() };
/// assert_eq!((e.line, e.column), (1, 20));
/// assert_eq!((e.expected.as_str(), e.found.as_str()), ("a number", "the end of the query"));
/// assert_eq!(e.snippet, "  2531 -> cites | top\n                     ^");
/// // An error type like any other: boxed, or the source of a caller's error.
/// let boxed: Box<dyn std::error::Error> = Box::new(e);
/// assert!(boxed.to_string().starts_with("syntax error at column 20"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based line of the query.
    pub line: usize,
    /// 1-based column (in characters).
    pub column: usize,
    /// What was expected, in plain words (or the problem, for a custom message).
    pub expected: String,
    /// What stands there instead: a word, or "the end of the query".
    pub found: String,
    /// The line of the query with a caret under the column (a long line cut
    /// to 72 characters around it, with `…`).
    pub snippet: String,
    custom: bool,
    /// A word near the one found (`"dose"` → `"does"`), said after the error.
    hint: Option<String>,
}

impl SyntaxError {
    /// A syntax error at byte offset `pos` of `input`. With `message`, the
    /// error says it instead of "expected …".
    pub(crate) fn new(input: &str, pos: usize, expected: &str, message: Option<String>) -> SyntaxError {
        let pos = floor_char_boundary(input, pos.min(input.len()));
        let line_start = input[..pos].rfind('\n').map_or(0, |i| i + 1);
        let line_end = input[pos..].find('\n').map_or(input.len(), |i| pos + i);
        let line = input[..pos].matches('\n').count() + 1;
        let column = input[line_start..pos].chars().count() + 1;
        let text = &input[line_start..line_end];
        let rest = &input[pos..];
        let found = match rest.split_whitespace().next() {
            None => "the end of the query".to_string(),
            Some(w) => format!("\"{}\"", w.chars().take(30).collect::<String>()),
        };
        let snippet = snippet(text.trim_end(), column);
        let custom = message.is_some();
        SyntaxError {
            line,
            column,
            expected: message.unwrap_or_else(|| expected.to_string()),
            found,
            snippet,
            custom,
            hint: None,
        }
    }
}

/// Characters of the query line a snippet shows at most: a longer line is
/// cut around the column, with `…` where it was cut.
const SNIPPET_WIDTH: usize = 72;

/// The line with a caret under `column` (1-based), cut to [`SNIPPET_WIDTH`]
/// characters around the column when longer.
fn snippet(line: &str, column: usize) -> String {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= SNIPPET_WIDTH {
        return format!("  {line}\n  {}^", " ".repeat(column - 1));
    }
    let at = (column - 1).min(chars.len());
    let start = at
        .saturating_sub(SNIPPET_WIDTH / 2)
        .min(chars.len().saturating_sub(SNIPPET_WIDTH));
    let end = (start + SNIPPET_WIDTH).min(chars.len());
    let (open, close) = (
        if start > 0 { "…" } else { "" },
        if end < chars.len() { "…" } else { "" },
    );
    let shown: String = chars[start..end].iter().collect();
    let caret = at - start + usize::from(start > 0);
    format!("  {open}{shown}{close}\n  {}^", " ".repeat(caret))
}

impl SyntaxError {
    /// The same error, suggesting `word` for the word found.
    pub(crate) fn with_hint(mut self, word: &str) -> SyntaxError {
        self.hint = Some(word.to_string());
        self
    }

    /// True when the error says a message of its own or already suggests
    /// a word.
    pub(crate) fn has_message_or_hint(&self) -> bool {
        self.custom || self.hint.is_some()
    }

    fn hint_text(&self) -> String {
        self.hint
            .as_ref()
            .map_or(String::new(), |w| format!("; did you mean \"{w}\"?"))
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.line > 1 {
            format!("line {}, column {}", self.line, self.column)
        } else {
            format!("column {}", self.column)
        };
        if self.custom {
            write!(f, "syntax error at {at}: {}\n{}", self.expected, self.snippet)
        } else if self.expected.is_empty() {
            write!(
                f,
                "syntax error at {at}: unexpected {}{}\n{}",
                self.found,
                self.hint_text(),
                self.snippet
            )
        } else {
            write!(
                f,
                "syntax error at {at}: expected {}, found {}{}\n{}",
                self.expected,
                self.found,
                self.hint_text(),
                self.snippet
            )
        }
    }
}

/// A name that matches no node, or several.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::query::QueryError;
/// let Err(QueryError::Names(problems)) = graph.query("what mentions panel") else { unreachable!() };
/// let p = &problems[0];
/// assert_eq!((p.name.as_str(), p.column, p.ambiguous), ("panel", 15, true));
/// assert_eq!(p.candidates, ["actor:Panel of Experts on Liberia", "actor:Panel of Experts on Mali"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameProblem {
    /// The name as typed.
    pub name: String,
    /// 1-based column where it stands (0 for queries built in code).
    pub column: usize,
    /// True when several nodes match; false when none does.
    pub ambiguous: bool,
    /// Node ids (or binding names) the user may have meant, best first.
    pub candidates: Vec<String>,
    /// What kind of thing was looked for (`node`, `edge kind`, `field`).
    pub what: &'static str,
    /// The whole explanation, when the usual wording does not fit
    /// (`the range is upside down; write *2..5`).
    pub hint: Option<String>,
    /// Byte range of the name in the query (empty for queries built in code).
    pub(crate) span: std::ops::Range<usize>,
    /// The query's line with carets under the name, once located.
    pub(crate) snippet: Option<String>,
}

/// The longest query line an error echoes with carets under the name.
const LONGEST_ECHOED_LINE: usize = 300;

impl NameProblem {
    /// Point at the name in the query text: set the column (in characters)
    /// and a line with carets under the name.
    pub(crate) fn locate(&mut self, input: &str) {
        let (start, end) = (self.span.start, self.span.end);
        if start >= end || end > input.len() || !input.is_char_boundary(start) || !input.is_char_boundary(end)
        {
            return;
        }
        let line_start = input[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = input[start..].find('\n').map_or(input.len(), |i| start + i);
        let column = input[line_start..start].chars().count();
        let width = input[start..end.min(line_end)].chars().count().max(1);
        self.column = column + 1;
        // A line too long to read is not echoed: the column says where.
        let line = input[line_start..line_end].trim_end();
        if line.chars().count() > LONGEST_ECHOED_LINE {
            return;
        }
        self.snippet = Some(format!("  {line}\n  {}{}", " ".repeat(column), "^".repeat(width)));
    }

    fn list(problems: &[NameProblem]) -> String {
        problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl std::error::Error for SyntaxError {}

impl std::error::Error for NameProblem {}

impl fmt::Display for NameProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", clip_middle(&self.name, 80))?;
        let listed = or_list(&self.candidates);
        match (&self.hint, self.ambiguous, self.candidates.is_empty()) {
            (Some(hint), _, _) => f.write_str(hint)?,
            (None, true, _) => {
                write!(
                    f,
                    "ambiguous {}, it could be {listed}; write one of them in full",
                    self.what
                )?;
                // `the panel of experts` names a kind of body: `a panel of
                // experts` asks of every one.
                let lower = self.name.to_lowercase();
                if let Some(kind) = lower.strip_prefix("the ")
                    && super::natural::category_kind_of(kind).is_some()
                {
                    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
                        "an"
                    } else {
                        "a"
                    };
                    write!(f, ", or say \"{article} {kind}\" for every one")?;
                }
            }
            (None, false, true) => write!(f, "no {} of that name", self.what)?,
            (None, false, false) => write!(f, "no {} of that name; did you mean {listed}?", self.what)?,
        }
        if let Some(snippet) = &self.snippet {
            write!(f, "\n{snippet}")?;
        }
        Ok(())
    }
}

/// `text` as is when at most `max` characters, else its start and end
/// around an ellipsis: a pasted page echoed in an error hides the message.
fn clip_middle(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let count = text.chars().count();
    if count <= max {
        return text.into();
    }
    let head: String = text.chars().take(max / 2).collect();
    let tail: String = text.chars().skip(count - max / 2).collect();
    format!("{head}…{tail} ({count} characters)").into()
}

fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {}", init.join(", "), last),
    }
}
