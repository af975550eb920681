//! Follow-up questions: in a session, a question may ask about the answer
//! before it. One mechanism: the session keeps what it answered last
//! ([`Answered`]: the query, in the formal language, and the set of nodes
//! it is about), and a follow-up is rewritten into a whole query over that
//! set, which then runs as any query:
//!
//! - `how many` (`how many of them`, `count them`): `(SET) | count`;
//! - `which of them were adopted unanimously`, `only those after 2010`,
//!   `how many of them mention Mali`: the condition read as a question of
//!   documents (`which documents were adopted unanimously`), asked of the
//!   set in the place of all documents: `(SET) where unanimous`;
//! - `and 1820?`, `what about 1820`, `same for UNMISS`: the query asked
//!   again of another name, in the place of its first;
//! - `draw it`, `draw them to map.html`: `render (SET) to FILE`.
//!
//! A follow-up with no answer before it is an error that says so.

use super::ast::{self, Expr, Stage, Statement};
use super::names::Names;
use super::{QueryError, parser, resolve};
use crate::graph::CitationGraph;

/// What a session keeps of a query it answered, for the questions that
/// follow it.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// let answered = graph.answered("how many resolutions cite 1325").unwrap();
/// assert!(answered.query.ends_with("| count"));
/// assert!(!answered.set.as_deref().unwrap().contains("count"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answered {
    /// The query as the formal language writes it (`1325 <- cites | count`).
    pub query: String,
    /// The set of nodes the answer is about: the query without a last
    /// stage that counts or groups them. `None` where the answer is no set.
    pub set: Option<String>,
}

/// The file `draw it` writes when no file is named.
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// let before = graph.answered("what cites 1325");
/// let query = graph.follow_up("draw it", before.as_ref())?.unwrap();
/// assert_eq!(query, format!("render (1325 <- cites) to \"{}\"", unxref::query::DEFAULT_DRAWING));
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
pub const DEFAULT_DRAWING: &str = "answer.svg";

/// What a follow-up asks of the previous answer.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ask {
    /// `how many`: the size of the set.
    Count,
    /// `which of them …`, `only those …`: the set under a condition, counted
    /// when `count`.
    Filter { condition: String, count: bool },
    /// `and 1820?`: the query again, of another name.
    Same(String),
    /// `draw it`: the set drawn, into this file.
    Draw(Option<String>),
}

/// Words that open a follow-up and change nothing.
const LEADS: &[&str] = &["and", "so", "ok", "okay", "now", "then", "but", "also"];

/// Words that stand for the previous answer.
const REFERENCES: &[&str] = &["them", "those", "these", "it", "they", "that", "this"];

/// Words that ask for a drawing.
const DRAW_WORDS: &[&str] = &["draw", "render", "plot", "visualize", "visualise", "graph", "map"];

/// The words of a question as typed, without the punctuation at its end
/// or the commas in it, and without a lead (`and`, `so`) or `please`.
fn typed_words(question: &str) -> Vec<String> {
    let text = question
        .trim()
        .trim_end_matches(['?', '.', '!'])
        .replace(',', " ");
    let mut out: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    let filler = |w: &str| LEADS.contains(&w.to_lowercase().as_str()) || w.eq_ignore_ascii_case("please");
    while out.len() > 1 && filler(&out[0]) {
        out.remove(0);
    }
    while out.len() > 1 && out.last().is_some_and(|w| w.eq_ignore_ascii_case("please")) {
        out.pop();
    }
    out
}

/// The words of a question (see [`typed_words`]), lower case.
fn words(question: &str) -> Vec<String> {
    typed_words(question).iter().map(|w| w.to_lowercase()).collect()
}

/// The text after `skip` words of `question` as typed (names keep their case).
fn rest_as_typed(question: &str, skip: usize) -> String {
    typed_words(question)
        .get(skip..)
        .map(|w| w.join(" "))
        .unwrap_or_default()
}

/// What a question asks of the previous answer, if it is a follow-up.
/// `known` says whether the graph knows a name (for `and 1820?`).
fn read(question: &str, known: &dyn Fn(&str) -> bool) -> Option<Ask> {
    let w = words(question);
    let w: Vec<&str> = w.iter().map(String::as_str).collect();
    let led = question
        .split_whitespace()
        .next()
        .is_some_and(|f| LEADS.contains(&f.to_lowercase().as_str()));
    // `draw it`, `draw them to map.html`
    if let Some(first) = w.first()
        && DRAW_WORDS.contains(first)
    {
        let mut i = 1;
        while i < w.len()
            && (REFERENCES.contains(&w[i]) || ["the", "answer", "result", "results"].contains(&w[i]))
        {
            i += 1;
        }
        if i == 1 {
            return None;
        }
        return match &w[i..] {
            [] => Some(Ask::Draw(None)),
            [to, _] if ["to", "as", "in", "into"].contains(to) => {
                Some(Ask::Draw(Some(rest_as_typed(question, i + 1))))
            }
            _ => None,
        };
    }
    // `how many`, `how many of them`, `count them`, `how many of them …`
    let count_words = match w.as_slice() {
        ["how", "many", ..] => 2,
        ["count", ..] => 1,
        ["what", "is", "the", "number", ..] => 4,
        ["the", "number", ..] => 2,
        ["number", ..] => 1,
        _ => 0,
    };
    let (count, mut i) = (count_words > 0, count_words);
    let mut referred = false;
    if w.get(i) == Some(&"of") && w.get(i + 1).is_some_and(|r| REFERENCES.contains(r)) {
        (i, referred) = (i + 2, true);
    } else if count && w.get(i).is_some_and(|r| REFERENCES.contains(r)) {
        (i, referred) = (i + 1, true);
    } else if !count {
        // `which of them`, `only those`, `just the ones`, `of these, which`
        match w.as_slice() {
            ["which" | "what", "of", r, ..] if REFERENCES.contains(r) => (i, referred) = (3, true),
            ["of", r, "which" | "what", ..] if REFERENCES.contains(r) => (i, referred) = (3, true),
            ["only" | "just", "the", "ones", ..] => (i, referred) = (3, true),
            ["only" | "just", r, ..] if REFERENCES.contains(r) => (i, referred) = (2, true),
            ["only" | "just", ..] => (i, referred) = (1, true),
            ["the", "ones", ..] => (i, referred) = (2, true),
            [r, ..] if ["those", "these"].contains(r) && w.len() > 1 => (i, referred) = (1, true),
            _ => {}
        }
    }
    // `how many are there`, `how many is that`: nothing more asked.
    let tail: &[&str] = &w[i.min(w.len())..];
    let nothing_more = tail.is_empty()
        || [
            &["are", "there"][..],
            &["were", "there"],
            &["is", "that"],
            &["are", "they"],
            &["were", "they"],
            &["in", "total"],
            &["altogether"],
            &["are", "there", "in", "total"],
        ]
        .contains(&tail);
    if count && nothing_more {
        return Some(Ask::Count);
    }
    if referred && !tail.is_empty() {
        return Some(Ask::Filter {
            condition: rest_as_typed(question, i),
            count,
        });
    }
    // `and 1820?`, `what about 1820`, `same for UNMISS`
    let about = match w.as_slice() {
        ["what" | "how", "about", ..] => 2,
        ["same", "for" | "with", ..] => 2,
        ["the", "same", "for" | "with", ..] => 3,
        ["same", "question", "for", ..] => 3,
        ["for", ..] if led => 1,
        [_, ..] if led => 0,
        _ => return None,
    };
    let name = rest_as_typed(question, about);
    (!name.is_empty() && (names_a_document(&name) || known(name.trim_matches('"'))))
        .then_some(Ask::Same(name))
}

/// Whether a name is written as a document is (`1820`, `1820 (2008)`,
/// `S/2014/660`, `resolution 1820`), which the resolver looks up (and
/// reports, when no document has it).
fn names_a_document(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    let lower = lower.strip_prefix("resolution ").unwrap_or(&lower);
    lower.starts_with(|c: char| c.is_ascii_digit())
        && lower.chars().all(|c| c.is_ascii_digit() || " ()".contains(c))
        || lower.contains('/') && lower.starts_with(|c: char| c.is_ascii_alphabetic()) && !lower.contains(' ')
}

/// The formal text of an expression, names as typed.
fn formal(expr: &Expr) -> String {
    let mut out = String::new();
    expr.write(&mut out, &ast::typed);
    out
}

/// The last stage of a pipeline, if it counts or groups.
fn counting(expr: &Expr) -> Option<&Expr> {
    match expr {
        Expr::Pipe {
            input,
            stage: Stage::Count | Stage::GroupBy(_),
        } => Some(input),
        _ => None,
    }
}

impl CitationGraph {
    /// What a session keeps of a query it answered (see [`Answered`]):
    /// `None` for a query that does not parse, an `explain`, and one with
    /// `let` or `set` lines (whose names live in that query only).
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let answered = graph.answered("what does 2531 cite | count").unwrap();
    /// assert_eq!(answered.query, "2531 -> cites | count");
    /// assert_eq!(answered.set.as_deref(), Some("2531 -> cites"));
    /// assert!(graph.answered("explain what cites 1325").is_none());
    /// ```
    pub fn answered(&self, query: &str) -> Option<Answered> {
        let names = Names::new(self);
        let program = parser::parse_with_names(query, &|name| resolve::knows(&names, name)).ok()?;
        if !program.bindings.is_empty() || !program.settings.is_empty() {
            return None;
        }
        let expr = match &program.statement {
            Statement::Query { expr, .. } => expr,
            Statement::Render { query, .. } => match query.as_ref() {
                Statement::Query { expr, .. } => expr,
                _ => return None,
            },
            Statement::Explain(_) => return None,
        };
        let set = match counting(expr) {
            Some(input) => formal(input),
            None => formal(expr),
        };
        Some(Answered {
            query: formal(expr),
            set: (!matches!(expr, Expr::Path(_))).then_some(set),
        })
    }

    /// A follow-up question (`how many`, `which of them were adopted
    /// unanimously`, `and 1820?`, `draw it`) rewritten as a whole query
    /// over `previous`, the answer before it; `Ok(None)` when the question
    /// is not a follow-up, an error when it is one and there is no answer
    /// before it, or its condition reads as no question.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let before = graph.answered("what cites 1325");
    /// let query = graph.follow_up("how many?", before.as_ref())?.unwrap();
    /// assert_eq!(query, "(1325 <- cites) | count");
    /// assert_eq!(graph.follow_up("what cites 1325", before.as_ref())?, None);
    /// assert!(graph.follow_up("how many", None).is_err());
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn follow_up(
        &self,
        question: &str,
        previous: Option<&Answered>,
    ) -> Result<Option<String>, QueryError> {
        let names = Names::new(self);
        let known = |name: &str| resolve::knows(&names, name);
        let Some(ask) = read(question, &known) else {
            return Ok(None);
        };
        let asked = question.trim();
        let Some(previous) = previous else {
            return Err(QueryError::invalid(format!(
                "`{asked}` asks about the previous answer, and there is none yet: ask a question first \
                 (`what cites 1325`), then `{asked}`"
            )));
        };
        let set = || {
            previous.set.clone().ok_or_else(|| {
                QueryError::invalid(format!(
                    "`{asked}` asks about the nodes of the previous answer, and it holds none (a path or an \
                     explanation): ask for a set first (`what cites 1325`)"
                ))
            })
        };
        Ok(Some(match ask {
            Ask::Count => format!("({}) | count", set()?),
            Ask::Draw(file) => format!(
                "render ({}) to {}",
                set()?,
                ast::quote(file.as_deref().unwrap_or(DEFAULT_DRAWING))
            ),
            Ask::Filter { condition, count } => {
                let within = self.condition_over(&set()?, &condition, asked)?;
                if count {
                    format!("{within} | count")
                } else {
                    within
                }
            }
            Ask::Same(name) => {
                let program = parser::parse_with_names(&previous.query, &known)?;
                let Statement::Query { expr, .. } = &program.statement else {
                    return Ok(None);
                };
                let first = std::cell::Cell::new(true);
                let mut out = String::new();
                expr.write(&mut out, &|n| {
                    if first.replace(false) && n.form != ast::NameForm::Var {
                        ast::quote(&name)
                    } else {
                        ast::typed(n)
                    }
                });
                if first.get() {
                    return Ok(None);
                }
                out
            }
        }))
    }

    /// The nodes of `set` that meet a condition said in words (`were
    /// adopted unanimously`, `after 2010`, `mention Mali`): the condition
    /// read as a question of documents, with the set in the place of all
    /// documents (`(SET) where unanimous`); where it reads otherwise, the
    /// set intersected with its answer.
    fn condition_over(&self, set: &str, condition: &str, asked: &str) -> Result<String, QueryError> {
        let names = Names::new(self);
        let known = |name: &str| resolve::knows(&names, name);
        let mut first_error = None;
        for lead in ["which documents ", "which documents that ", "which "] {
            let program = match parser::parse_with_names(&format!("{lead}{condition}"), &known) {
                Ok(p) => p,
                Err(e) => {
                    first_error.get_or_insert(e);
                    continue;
                }
            };
            let Statement::Query {
                expr, show: false, ..
            } = &program.statement
            else {
                continue;
            };
            if !program.bindings.is_empty() || counting(expr).is_some() {
                continue;
            }
            let text = formal(expr);
            let all = "all documents";
            return Ok(if text.matches(all).count() == 1 {
                text.replacen(all, &format!("({set})"), 1)
            } else {
                format!("({set}) intersect ({text})")
            });
        }
        Err(QueryError::invalid(format!(
            "`{asked}` asks about the previous answer, but `{condition}` reads as no condition ({}); \
             say it as a question of documents would (`which of them were adopted unanimously`, `only those \
             after 2010`, `which of them mention Mali`)",
            first_error.map_or_else(
                || "no reading".to_string(),
                |e| e.to_string().lines().next().unwrap_or("").to_string()
            )
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn knows(name: &str) -> bool {
        ["1820", "UNMISS", "1325"].contains(&name)
    }

    #[test]
    fn follow_ups_are_read_and_other_questions_are_not() {
        let k: &dyn Fn(&str) -> bool = &knows;
        assert_eq!(read("how many", k), Some(Ask::Count));
        assert_eq!(read("And how many are there?", k), Some(Ask::Count));
        assert_eq!(read("count them", k), Some(Ask::Count));
        assert_eq!(
            read("which of them were adopted unanimously", k),
            Some(Ask::Filter {
                condition: "were adopted unanimously".into(),
                count: false
            })
        );
        assert_eq!(
            read("how many of them mention Mali?", k),
            Some(Ask::Filter {
                condition: "mention Mali".into(),
                count: true
            })
        );
        assert_eq!(
            read("only those after 2010", k),
            Some(Ask::Filter {
                condition: "after 2010".into(),
                count: false
            })
        );
        assert_eq!(read("and 1820?", k), Some(Ask::Same("1820".into())));
        // A number is asked as a document; the resolver says when none has it.
        assert_eq!(read("and 9999", k), Some(Ask::Same("9999".into())));
        assert_eq!(read("what about UNMISS", k), Some(Ask::Same("UNMISS".into())));
        assert_eq!(read("draw it", k), Some(Ask::Draw(None)));
        assert_eq!(
            read("draw them to Map.html", k),
            Some(Ask::Draw(Some("Map.html".into())))
        );
        // Questions of their own.
        for q in [
            "what cites 1325",
            "how many resolutions cite 1325",
            "how many were adopted in 2010",
            "1820",
            "draw",
            "count",
        ] {
            assert!(
                read(q, k).is_none() || matches!(read(q, k), Some(Ask::Count)) && q == "count",
                "{q}: {:?}",
                read(q, k)
            );
        }
    }
}
