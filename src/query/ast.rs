//! The abstract syntax of a query: what the user wrote, as strings with
//! spans, before any name is looked up. Natural forms are already desugared
//! into these formal constructs by the parser; [`std::fmt::Display`] prints
//! the formal text back (what `explain` shows).
//!
//! # Examples
//!
//! ```
//! use unxref::query::{ast::{Expr, Statement}, parse};
//! let program = parse("what does 2531 cite")?;
//! // The natural form is the formal walk `2531 -> cites`.
//! assert_eq!(program.to_string(), "2531 -> cites");
//! let Statement::Query { expr, .. } = &program.statement else { unreachable!() };
//! assert!(matches!(expr, Expr::Walk { .. }));
//! # Ok::<(), unxref::query::QueryError>(())
//! ```

use std::fmt::{self, Write as _};
use std::ops::Range;

/// A byte range of the query text (empty for queries built in code).
///
/// # Examples
///
/// ```
/// use unxref::query::{ast::{Expr, Statement}, parse};
/// let query = "what cites 1325";
/// let program = parse(query)?;
/// let Statement::Query { expr: Expr::Walk { from, .. }, .. } = &program.statement else { unreachable!() };
/// let Expr::Node(name) = from.as_ref() else { unreachable!() };
/// assert_eq!(&query[name.span.clone()], "1325");
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
pub type Span = Range<usize>;

/// A whole query: settings, named bindings, one statement.
///
/// # Examples
///
/// ```
/// use unxref::query::parse;
/// let program = parse("set max_depth = 3; let x = 2531 -> cites; $x where year >= 2017 | count")?;
/// assert_eq!((program.settings.len(), program.bindings.len()), (1, 1));
/// // Display prints the formal text, one line a part.
/// assert_eq!(program.to_string(), "set max_depth = 3;\nlet x = 2531 -> cites;\n$x where year >= 2017 | count");
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    /// `set NAME = N;` lines, in order.
    pub settings: Vec<Setting>,
    /// `let NAME = …;` lines, in order.
    pub bindings: Vec<Binding>,
    /// What the query asks for.
    pub statement: Statement,
}

/// `set max_depth = 20`.
///
/// # Examples
///
/// ```
/// use unxref::query::parse;
/// let setting = &parse("set max_rows = 20; all resolution")?.settings[0];
/// assert_eq!((setting.name.as_str(), setting.value, setting.span.clone()), ("max_rows", 20, 0..17));
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Setting {
    /// The limit's name.
    pub name: String,
    /// The new value.
    pub value: u64,
    /// Where the setting stands.
    pub span: Span,
}

/// `let x = 2531 -> cites`.
///
/// # Examples
///
/// ```
/// use unxref::query::parse;
/// let binding = &parse("let refs = 2531 -> cites; $refs | count")?.bindings[0];
/// assert_eq!(binding.name, "refs");
/// assert_eq!(binding.expr.to_string(), "2531 -> cites");
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    /// The name bound.
    pub name: String,
    /// What it stands for.
    pub expr: Expr,
    /// Where the name stands.
    pub span: Span,
}

/// What a query asks for.
///
/// # Examples
///
/// ```
/// use unxref::query::{ast::Statement, parse};
/// assert!(matches!(parse("explain 2531 -> cites")?.statement, Statement::Explain(_)));
/// let Statement::Render { file, .. } = parse("render 2531 -> cites to x.svg")?.statement else { unreachable!() };
/// assert_eq!(file, "x.svg");
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Statement {
    /// Evaluate an expression; `show` asks for every detail of the nodes.
    Query {
        /// The expression.
        expr: Expr,
        /// True for `show …`: title, date and degree columns.
        show: bool,
        /// What to say when the result is empty (natural forms set it).
        note: Option<Note>,
    },
    /// `explain …`: the formal plan, not the result.
    Explain(Box<Statement>),
    /// `render … to FILE`: the result, to be drawn into FILE.
    Render {
        /// The query whose result is drawn.
        query: Box<Statement>,
        /// The file to write (`2531.svg`).
        file: String,
    },
}

/// A sentence for an empty result, with `{}` holes filled by the resolved
/// ids of `names`, in order: `no state voted against {}`.
///
/// # Examples
///
/// ```
/// use unxref::query::{ast::Statement, parse};
/// let Statement::Query { note: Some(note), .. } = parse("who voted against 2531")?.statement else { unreachable!() };
/// assert_eq!(note.text, "no state voted against {} (votes recorded on its draft included)");
/// assert_eq!(note.names[0].text, "2531");
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// The sentence with `{}` holes.
    pub text: String,
    /// The names that fill the holes.
    pub names: Vec<Name>,
    /// For a question about votes: what to say instead when the document in
    /// question has no such record, for absence of data is never stated as
    /// a negative.
    pub without_record: Option<Absence>,
}

/// The record a vote question needs, and the sentence said without it.
///
/// # Examples
///
/// ```
/// use unxref::query::{ast::{Absence, Statement}, parse};
/// let Statement::Query { note: Some(note), .. } = parse("who voted against 2531")?.statement else { unreachable!() };
/// assert_eq!(note.without_record, Some(Absence::Votes(0)));
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Absence {
    /// Any vote record (a tally, a state's vote) on the `n`th name's
    /// document or its draft: "no vote is recorded for S/RES/1973 (2011) in
    /// this corpus".
    Votes(usize),
    /// A tally of the first name's resolution: "no tally of the vote on … is
    /// recorded in this corpus".
    Tally,
    /// The text of the `n`th name's document, for what it says (`2282 ->
    /// cites`): of a document only cited, "the text of S/RES/2282 (2016) was
    /// not read into this graph".
    Text(usize),
}

/// A name of a node, as typed.
///
/// # Examples
///
/// ```
/// use unxref::query::ast::{Name, NameForm};
/// let name = Name::guess("S/PRST/2018/10");
/// assert_eq!((name.text.as_str(), name.form, name.span.clone()), ("S/PRST/2018/10", NameForm::Symbol, 0..0));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Name {
    /// The text (`2531`, `S/RES/2531 (2020)`, `the G5 Sahel joint force`, `$x`).
    pub text: String,
    /// What form it was written in.
    pub form: NameForm,
    /// Where it stands.
    pub span: Span,
}

/// How a name was written; decides how it is looked up.
///
/// # Examples
///
/// ```
/// use unxref::query::ast::{Name, NameForm};
/// assert_eq!(Name::guess("2531 (2020)").form, NameForm::Number);
/// assert_eq!(Name::guess("$x").form, NameForm::Var);
/// assert_eq!(Name::guess("the G5 Sahel joint force").form, NameForm::Words);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum NameForm {
    /// `$x`: a binding.
    Var,
    /// `S/RES/2531 (2020)`, `S/PRST/2018/10`.
    Symbol,
    /// `2531`, `2531 (2020)`, `resolution 2531`: a Security Council resolution.
    Number,
    /// `resolution 67/135`: a General Assembly resolution.
    GaNumber,
    /// Words (`minusma`) or a quoted string: an actor, a state, a label.
    Words,
}

impl Name {
    /// A name written in code (no span); its form is guessed from the text.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::query::ast::{Name, NameForm};
    /// assert_eq!(Name::guess("2531").form, NameForm::Number);
    /// assert_eq!(Name::guess("MINUSMA").form, NameForm::Words);
    /// ```
    pub fn guess(text: &str) -> Name {
        let t = text.trim();
        let form = if t.starts_with('$') {
            NameForm::Var
        } else if t.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            if t.contains('/') {
                NameForm::GaNumber
            } else {
                NameForm::Number
            }
        } else if t.contains('/') && t.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
            NameForm::Symbol
        } else {
            NameForm::Words
        };
        Name {
            text: t.trim_start_matches('$').to_string(),
            form,
            span: 0..0,
        }
    }
}

/// An expression: a set of nodes, paths, groups or a count.
///
/// # Examples
///
/// ```
/// use unxref::query::{ast::{Expr, Stage, Statement}, parse};
/// let Statement::Query { expr, .. } = parse("2531 -> cites | count")?.statement else { unreachable!() };
/// let Expr::Pipe { input, stage } = expr else { unreachable!() };
/// assert!(matches!(*input, Expr::Walk { .. }));
/// assert_eq!(stage, Stage::Count);
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Expr {
    /// One node by name.
    Node(Name),
    /// Every node, or every node of some kinds (`all resolutions`).
    All(Option<Word>),
    /// Steps from the nodes of `from`.
    Walk {
        /// Where the walk starts.
        from: Box<Expr>,
        /// The step.
        step: Step,
    },
    /// The nodes of `input` that meet `cond`.
    Where {
        /// The set filtered.
        input: Box<Expr>,
        /// The condition.
        cond: Cond,
    },
    /// `a union b`, `a intersect b`, `a except b`.
    Set {
        /// Which operation.
        op: SetOp,
        /// Left operand.
        left: Box<Expr>,
        /// Right operand.
        right: Box<Expr>,
    },
    /// `shortest path from A to B`, `paths from A to B max 4`.
    Path(PathQuery),
    /// `input | stage`.
    Pipe {
        /// The input.
        input: Box<Expr>,
        /// The stage applied to it.
        stage: Stage,
    },
}

/// A word with its span: a kind, an edge kind, a field, a metric.
///
/// # Examples
///
/// ```
/// use unxref::query::ast::Word;
/// let word = Word::new("pagerank");
/// assert_eq!((word.text.as_str(), word.span), ("pagerank", 0..0));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// The text.
    pub text: String,
    /// Where it stands.
    pub span: Span,
}

impl Word {
    /// A word written in code.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::query::ast::Word;
    /// assert_eq!(Word::new("cites").text, "cites");
    /// ```
    pub fn new(text: &str) -> Word {
        Word {
            text: text.to_string(),
            span: 0..0,
        }
    }
}

/// A set operation.
///
/// # Examples
///
/// ```
/// use unxref::query::{ast::{Expr, SetOp, Statement}, parse};
/// let Statement::Query { expr: Expr::Set { op, .. }, .. } = parse("2531 -> cites except 2518 -> cites")?.statement else { unreachable!() };
/// assert_eq!(op, SetOp::Except);
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetOp {
    /// Nodes in either.
    Union,
    /// Nodes in both.
    Intersect,
    /// Nodes in the left, not in the right.
    Except,
}

/// Which way a step follows edges.
///
/// # Examples
///
/// ```
/// use unxref::query::{ast::{Direction, Expr, Statement}, parse};
/// let Statement::Query { expr: Expr::Walk { step, .. }, .. } = parse("1325 <-> cites")?.statement else { unreachable!() };
/// assert_eq!(step.direction, Direction::Both);
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// `->`: from source to target.
    Out,
    /// `<-`: from target to source.
    In,
    /// `<->`: either way.
    Both,
}

/// One step along edges.
///
/// # Examples
///
/// ```
/// use unxref::query::{ast::{Direction, Expr, Statement}, parse};
/// let Statement::Query { expr: Expr::Walk { step, .. }, .. } = parse("2531 -> cites*1..3")?.statement else { unreachable!() };
/// assert_eq!((step.direction, step.depth), (Direction::Out, Some((1, Some(3)))));
/// assert_eq!(step.kinds[0].text, "cites");
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// Which way.
    pub direction: Direction,
    /// Edge kinds followed (`any` for all).
    pub kinds: Vec<Word>,
    /// Depth range: `None` is exactly one hop; `Some((lo, hi))` is `*lo..hi`,
    /// a missing `hi` meaning up to the depth limit.
    pub depth: Option<(u32, Option<u32>)>,
    /// A condition every hop must meet (on the edge and the node reached).
    pub hop: Option<Cond>,
    /// Where the step stands.
    pub span: Span,
}

/// A path query.
///
/// # Examples
///
/// ```
/// use unxref::query::{ast::{Expr, Statement}, parse};
/// let Statement::Query { expr: Expr::Path(path), .. } = parse("all paths from 2531 to 1325 max 4")?.statement else { unreachable!() };
/// assert!(path.all && !path.undirected);
/// assert_eq!((path.from.text.as_str(), path.to.text.as_str(), path.max), ("2531", "1325", Some(4)));
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct PathQuery {
    /// Shortest path only, or every simple path up to `max` edges.
    pub all: bool,
    /// Start node.
    pub from: Name,
    /// End node.
    pub to: Name,
    /// Edge kinds followed (empty: `cites` for directed, every kind for undirected).
    pub via: Vec<Word>,
    /// Follow edges either way.
    pub undirected: bool,
    /// Longest path considered, in edges.
    pub max: Option<u32>,
}

/// A stage of a pipeline.
///
/// # Examples
///
/// ```
/// use unxref::query::{ast::{Expr, Stage, Statement}, parse};
/// let Statement::Query { expr: Expr::Pipe { stage, .. }, .. } = parse("all resolution | top 5 by pagerank")?.statement else { unreachable!() };
/// let Stage::Top { n, metric } = stage else { unreachable!() };
/// assert_eq!((n, metric.map(|w| w.text)), (5, Some("pagerank".to_string())));
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Stage {
    /// Keep rows that meet the condition.
    Where(Cond),
    /// The number of rows.
    Count,
    /// Rows per value of a field.
    GroupBy(Word),
    /// The `n` first rows by a metric, highest first (default: citations).
    Top {
        /// How many.
        n: u64,
        /// By what (`citations`, `pagerank`, `count`, `score`, `degree`).
        metric: Option<Word>,
    },
    /// Sort rows by a field or metric.
    Sort {
        /// The key.
        key: Word,
        /// Highest first.
        desc: bool,
    },
    /// The `n` first rows.
    Limit(u64),
    /// Documents cited together with the input (co-citation), with a score.
    Cocited,
    /// Documents citing what the input cites (bibliographic coupling), with a score.
    Coupled,
    /// The documents the input cites, scored by how many of the input's
    /// documents cite each (a document and its adopted draft count once):
    /// `all documents where year = 2015 | cited` ranks the citations made in 2015.
    Cited,
    /// One row per edge the steps before it matched, rather than per node.
    Edges,
    /// The columns to show, in order (`select id, relation, evidence`).
    Select(Vec<Word>),
}

/// A condition on a row: its node and the edge that reached it.
///
/// # Examples
///
/// ```
/// use unxref::query::{ast::{CmpOp, Cond, Expr, Statement, Value}, parse};
/// let Statement::Query { expr: Expr::Where { cond, .. }, .. } = parse("all where year >= 2017")?.statement else { unreachable!() };
/// let Cond::Compare { field, op, value } = cond else { unreachable!() };
/// assert_eq!((field.text.as_str(), op, value), ("year", CmpOp::Ge, Value::Int(2017)));
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Cond {
    /// Both hold.
    And(Box<Cond>, Box<Cond>),
    /// Either holds.
    Or(Box<Cond>, Box<Cond>),
    /// Does not hold.
    Not(Box<Cond>),
    /// `field OP value`.
    Compare {
        /// The field.
        field: Word,
        /// The operator.
        op: CmpOp,
        /// The value.
        value: Value,
    },
    /// `field in (a, b)` or `field in 2010..2015`.
    In {
        /// The field.
        field: Word,
        /// The values.
        values: Vec<Value>,
    },
    /// `held` or `stub`.
    Flag(Word),
    /// `mentions X`, `cites X`: the node has such an edge to that node.
    Link {
        /// `mentions` or `cites`.
        kind: Word,
        /// The node at the other end.
        target: Name,
    },
}

/// A comparison operator.
///
/// # Examples
///
/// ```
/// use unxref::query::{ast::{CmpOp, Cond, Expr, Statement}, parse};
/// let Statement::Query { expr: Expr::Where { cond: Cond::Compare { op, .. }, .. }, .. } = parse("all where label ~ \"Mali\"")?.statement else { unreachable!() };
/// assert_eq!(op, CmpOp::Contains);
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CmpOp {
    /// `=`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `~`: contains, ignoring case.
    Contains,
}

impl CmpOp {
    fn as_str(self) -> &'static str {
        match self {
            CmpOp::Eq => "=",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::Contains => "~",
        }
    }
}

/// A value in a condition.
///
/// # Examples
///
/// ```
/// use unxref::query::{ast::{Cond, Expr, Statement, Value}, parse};
/// let Statement::Query { expr: Expr::Where { cond, .. }, .. } = parse("all where year in 2010..2015")?.statement else { unreachable!() };
/// let Cond::In { values, .. } = cond else { unreachable!() };
/// assert_eq!(values, [Value::Range(2010, 2015)]);
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Value {
    /// A quoted string.
    Str(String),
    /// A whole number.
    Int(u64),
    /// An ISO date.
    Date(String),
    /// A bare word or node name (`against`, `resolution`, `France`).
    Name(Name),
    /// `2010..2015`, inclusive.
    Range(u64, u64),
}

// ---------------------------------------------------------------- printing

/// How names are printed: as typed, or through a lookup (resolved ids).
pub(crate) type NameFmt<'a> = &'a dyn Fn(&Name) -> String;

/// A name as typed: a number bare, words in quotes.
pub(crate) fn typed(name: &Name) -> String {
    match name.form {
        NameForm::Var => format!("${}", name.text),
        NameForm::Symbol | NameForm::Number => name.text.clone(),
        NameForm::GaNumber => format!("resolution {}", name.text),
        NameForm::Words => quote(&name.text),
    }
}

/// A string in double quotes, a `"` or `\` inside written `\"`, `\\`.
pub(crate) fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The text a quoted string's inside stands for: `\"` is `"`, `\\` is `\`
/// (any other backslash is itself).
pub(crate) fn unescape(inner: &str) -> String {
    if !inner.contains('\\') {
        return inner.to_string();
    }
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(&next @ ('"' | '\\'))) => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// Whether the `"` at byte `at` of a quoted string is written `\"` (after
/// an odd number of backslashes), a quote inside the string, not its end.
pub(crate) fn escaped(text: &str, at: usize) -> bool {
    text[..at].bytes().rev().take_while(|b| *b == b'\\').count() % 2 == 1
}

impl Program {
    /// The formal text of the program, names printed by `names`.
    pub(crate) fn write(&self, out: &mut String, names: NameFmt<'_>) {
        for s in &self.settings {
            let _ = writeln!(out, "set {} = {};", s.name, s.value);
        }
        for b in &self.bindings {
            let _ = write!(out, "let {} = ", b.name);
            b.expr.write(out, names);
            out.push_str(";\n");
        }
        self.statement.write(out, names);
    }
}

impl Statement {
    pub(crate) fn write(&self, out: &mut String, names: NameFmt<'_>) {
        match self {
            Statement::Query { expr, show, .. } => {
                if *show {
                    out.push_str("show ");
                }
                expr.write(out, names);
            }
            Statement::Explain(inner) => {
                out.push_str("explain ");
                inner.write(out, names);
            }
            Statement::Render { query, file } => {
                out.push_str("render ");
                query.write(out, names);
                let _ = write!(out, " to {}", quote(file));
            }
        }
    }
}

impl Expr {
    pub(crate) fn write(&self, out: &mut String, names: NameFmt<'_>) {
        match self {
            Expr::Node(n) => out.push_str(&names(n)),
            Expr::All(None) => out.push_str("all"),
            Expr::All(Some(k)) => {
                let _ = write!(out, "all {}", k.text);
            }
            Expr::Walk { from, step } => {
                from.write_operand(out, names);
                out.push(' ');
                step.write(out, names);
            }
            Expr::Where { input, cond } => {
                input.write_operand(out, names);
                out.push_str(" where ");
                cond.write(out, names);
            }
            Expr::Set { op, left, right } => {
                left.write_set_side(out, names);
                out.push_str(match op {
                    SetOp::Union => " union ",
                    SetOp::Intersect => " intersect ",
                    SetOp::Except => " except ",
                });
                right.write_set_side(out, names);
            }
            Expr::Path(p) => p.write(out, names),
            Expr::Pipe { input, stage } => {
                input.write(out, names);
                out.push_str(" | ");
                stage.write(out, names);
            }
        }
    }

    /// Operands followed by a step or `where` need parentheses when they are
    /// set operations or pipelines.
    fn write_operand(&self, out: &mut String, names: NameFmt<'_>) {
        if matches!(self, Expr::Set { .. } | Expr::Pipe { .. } | Expr::Where { .. }) {
            out.push('(');
            self.write(out, names);
            out.push(')');
        } else {
            self.write(out, names);
        }
    }

    fn write_set_side(&self, out: &mut String, names: NameFmt<'_>) {
        if matches!(self, Expr::Set { .. } | Expr::Pipe { .. }) {
            out.push('(');
            self.write(out, names);
            out.push(')');
        } else {
            self.write(out, names);
        }
    }
}

impl Step {
    fn write(&self, out: &mut String, names: NameFmt<'_>) {
        out.push_str(match self.direction {
            Direction::Out => "-> ",
            Direction::In => "<- ",
            Direction::Both => "<-> ",
        });
        let kinds: Vec<&str> = self.kinds.iter().map(|k| k.text.as_str()).collect();
        out.push_str(&kinds.join("|"));
        match self.depth {
            None => {}
            Some((lo, None)) => {
                let _ = write!(out, "*{lo}..");
            }
            Some((lo, Some(hi))) => {
                let _ = write!(out, "*{lo}..{hi}");
            }
        }
        if let Some(hop) = &self.hop {
            out.push_str(" [");
            hop.write(out, names);
            out.push(']');
        }
    }
}

impl PathQuery {
    fn write(&self, out: &mut String, names: NameFmt<'_>) {
        out.push_str(if self.all { "all paths" } else { "shortest path" });
        let _ = write!(out, " from {} to {}", names(&self.from), names(&self.to));
        if !self.via.is_empty() {
            let kinds: Vec<&str> = self.via.iter().map(|k| k.text.as_str()).collect();
            let _ = write!(out, " via {}", kinds.join("|"));
        }
        if self.undirected {
            out.push_str(" undirected");
        }
        if let Some(max) = self.max {
            let _ = write!(out, " max {max}");
        }
    }
}

impl Stage {
    fn write(&self, out: &mut String, names: NameFmt<'_>) {
        match self {
            Stage::Where(c) => {
                out.push_str("where ");
                c.write(out, names);
            }
            Stage::Count => out.push_str("count"),
            Stage::GroupBy(w) => {
                let _ = write!(out, "group by {}", w.text);
            }
            Stage::Top { n, metric } => {
                let _ = write!(out, "top {n}");
                if let Some(m) = metric {
                    let _ = write!(out, " by {}", m.text);
                }
            }
            Stage::Sort { key, desc } => {
                let _ = write!(out, "sort by {}{}", key.text, if *desc { " desc" } else { "" });
            }
            Stage::Limit(n) => {
                let _ = write!(out, "limit {n}");
            }
            Stage::Cocited => out.push_str("cocited"),
            Stage::Coupled => out.push_str("coupled"),
            Stage::Cited => out.push_str("cited"),
            Stage::Edges => out.push_str("edges"),
            Stage::Select(columns) => {
                let names: Vec<&str> = columns.iter().map(|c| c.text.as_str()).collect();
                let _ = write!(out, "select {}", names.join(", "));
            }
        }
    }
}

impl Cond {
    fn write(&self, out: &mut String, names: NameFmt<'_>) {
        match self {
            Cond::And(a, b) => {
                a.write_side(out, names, Parent::And);
                out.push_str(" and ");
                b.write_side(out, names, Parent::And);
            }
            Cond::Or(a, b) => {
                a.write_side(out, names, Parent::Or);
                out.push_str(" or ");
                b.write_side(out, names, Parent::Or);
            }
            Cond::Not(a) => {
                out.push_str("not ");
                a.write_side(out, names, Parent::Not);
            }
            Cond::Compare { field, op, value } => {
                let _ = write!(out, "{} {} ", field.text, op.as_str());
                value.write(out, names);
            }
            Cond::In { field, values } => {
                let _ = write!(out, "{} in ", field.text);
                if let [Value::Range(a, b)] = values.as_slice() {
                    let _ = write!(out, "{a}..{b}");
                } else {
                    out.push('(');
                    for (i, v) in values.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        v.write(out, names);
                    }
                    out.push(')');
                }
            }
            Cond::Flag(w) => out.push_str(&w.text),
            Cond::Link { kind, target } => {
                let _ = write!(out, "{} {}", kind.text, names(target));
            }
        }
    }

    /// Parenthesise where precedence (`not` > `and` > `or`) requires it.
    fn write_side(&self, out: &mut String, names: NameFmt<'_>, parent: Parent) {
        let paren = match self {
            Cond::Or(..) => parent != Parent::Or,
            Cond::And(..) => parent == Parent::Not,
            _ => false,
        };
        if paren {
            out.push('(');
            self.write(out, names);
            out.push(')');
        } else {
            self.write(out, names);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Parent {
    And,
    Or,
    Not,
}

impl Value {
    fn write(&self, out: &mut String, names: NameFmt<'_>) {
        match self {
            Value::Str(s) => out.push_str(&quote(s)),
            Value::Int(n) => {
                let _ = write!(out, "{n}");
            }
            Value::Date(d) => out.push_str(d),
            Value::Name(n) => out.push_str(&names(n)),
            Value::Range(a, b) => {
                let _ = write!(out, "{a}..{b}");
            }
        }
    }
}

impl fmt::Display for Program {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        super::stack::with_stack(|| self.write(&mut out, &typed));
        f.write_str(&out)
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        super::stack::with_stack(|| self.write(&mut out, &typed));
        f.write_str(&out)
    }
}
