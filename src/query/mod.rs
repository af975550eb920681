//! The query language: `grammar/query.pest` → `parser` (the only module
//! that knows pest) → `ast` (strings and spans, natural forms desugared)
//! → `resolve` (names bound to nodes, every unknown name reported) →
//! `eval` (walks the petgraph adjacency) → [`Table`]. Programs that would
//! rather not write strings build the same AST with [`Query`].
//!
//! ```
//! use unxref::CitationGraph;
//! use unxref::query::Query;
//! use unxref::model::{EdgeKind, Link, NodeRef, NodeKind, EdgeAttrs};
//! let doc = |id: &str| NodeRef { id: id.into(), kind: NodeKind::Resolution, label: id.into(), category: None };
//! let mut graph = CitationGraph::new();
//! graph.add_link(&Link { source: doc("S/RES/2531 (2020)"), target: doc("S/RES/2391 (2017)"),
//!     kind: EdgeKind::Cites, attrs: EdgeAttrs::default() });
//! let table = graph.query("what does 2531 cite")?;
//! assert_eq!(table.node_ids(), ["S/RES/2391 (2017)"]);
//! let same = graph.run(&Query::node("2531").out(EdgeKind::Cites))?;
//! assert_eq!(same.node_ids(), table.node_ids());
//! # Ok::<(), unxref::query::QueryError>(())
//! ```

pub mod ast;
mod error;
mod eval;
mod parser;
mod resolve;
mod table;

use std::cmp::Ordering;
use std::ops::{Bound, RangeBounds};

pub use ast::Program;
pub use error::{NameProblem, QueryError, SyntaxError};
pub use parser::parse;
pub use table::{GroupRow, NodeRow, PathRow, PathStep, Row, Table, TableEdge};

use ast::{CmpOp, Cond, Direction, Expr, Name, PathQuery, SetOp, Stage, Statement, Step, Value, Word};
use resolve::PStatement;

use crate::graph::CitationGraph;
use crate::model::{EdgeKind, NodeKind, VotePosition};

/// Limits that keep a query from running away. Each can be raised for one
/// query with `set NAME = N;` or for a program with
/// [`CitationGraph::query_with`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Deepest walk for `*` without an upper bound (`set max_depth = N;`).
    pub max_depth: u32,
    /// Most rows in a table (`set max_rows = N;`).
    pub max_rows: usize,
    /// Most paths `all paths` returns (`set max_paths = N;`).
    pub max_paths: usize,
    /// Longest path, in edges, when a path query gives no `max` (`set max_path_length = N;`).
    pub max_path_length: u32,
    /// Most edges a path search may try (`set max_visits = N;`).
    pub max_visits: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_depth: 10,
            max_rows: 10_000,
            max_paths: 100,
            max_path_length: 6,
            max_visits: 1_000_000,
        }
    }
}

impl CitationGraph {
    /// Run a query written in the query language, with the default [`Limits`].
    ///
    /// A `render … to FILE` statement returns the inner query's table with
    /// [`Table::render_target`] set; drawing it is the caller's job.
    pub fn query(&self, query: &str) -> Result<Table<'_>, QueryError> {
        self.query_with(query, Limits::default())
    }

    /// Run a query with these limits (a query's own `set` lines still apply).
    pub fn query_with(&self, query: &str, limits: Limits) -> Result<Table<'_>, QueryError> {
        self.prepare_with(query, limits)?.run()
    }

    /// Parse a query and resolve its names against this graph once, to run
    /// it many times with [`PreparedQuery::run`]; the same answers as
    /// [`CitationGraph::query`], without parsing and resolving each time.
    /// The prepared query borrows the graph, so the graph cannot change
    /// under it.
    ///
    /// ```
    /// use unxref::CitationGraph;
    /// use unxref::model::{EdgeAttrs, EdgeKind, Link, NodeKind, NodeRef};
    /// let doc = |id: &str| NodeRef { id: id.into(), kind: NodeKind::Resolution, label: id.into(), category: None };
    /// let mut graph = CitationGraph::new();
    /// graph.add_link(&Link { source: doc("S/RES/2531 (2020)"), target: doc("S/RES/2391 (2017)"),
    ///     kind: EdgeKind::Cites, attrs: EdgeAttrs::default() });
    /// let prepared = graph.prepare("what does 2531 cite")?;
    /// for _ in 0..3 {
    ///     assert_eq!(prepared.run()?.node_ids(), ["S/RES/2391 (2017)"]);
    /// }
    /// assert_eq!(prepared.run()?, graph.query("what does 2531 cite")?);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn prepare(&self, query: &str) -> Result<PreparedQuery<'_>, QueryError> {
        self.prepare_with(query, Limits::default())
    }

    /// [`CitationGraph::prepare`] with these limits (a query's own `set`
    /// lines still apply).
    pub fn prepare_with(&self, query: &str, limits: Limits) -> Result<PreparedQuery<'_>, QueryError> {
        let program = parse(query)?;
        let plan = resolve::resolve(self, &program, limits).map_err(|e| match e {
            QueryError::Names(mut problems) => {
                for p in &mut problems {
                    p.locate(query);
                }
                QueryError::Names(problems)
            }
            other => other,
        })?;
        Ok(PreparedQuery {
            graph: self,
            plan,
            text: query.to_string(),
        })
    }

    /// Run a query built with [`Query`].
    pub fn run(&self, query: &Query) -> Result<Table<'_>, QueryError> {
        self.run_program(&query.program(), Limits::default())
    }

    /// Run a parsed program.
    pub fn run_program(&self, program: &Program, limits: Limits) -> Result<Table<'_>, QueryError> {
        let plan = resolve::resolve(self, program, limits)?;
        self.run_statement(&plan, &plan.statement)
    }

    fn run_statement(&self, plan: &resolve::Plan, statement: &PStatement) -> Result<Table<'_>, QueryError> {
        match statement {
            PStatement::Explain(text) => Ok(Table::plan(text)),
            PStatement::Render { query, file } => {
                let mut table = self.run_statement(plan, query)?;
                table.set_render_target(file.clone());
                Ok(table)
            }
            PStatement::Query { expr, show, note } => {
                let mut out = eval::Eval::new(self, plan).run(expr)?;
                out.notes.splice(0..0, plan.notes.iter().cloned());
                Ok(Table::build(self, out, *show, note.clone(), plan.limits.max_rows))
            }
        }
    }
}

/// A query parsed and resolved against one graph, ready to run many times
/// ([`CitationGraph::prepare`]). Running it evaluates the plan and builds the
/// table; names were bound to nodes once, when it was prepared.
#[derive(Clone)]
pub struct PreparedQuery<'g> {
    graph: &'g CitationGraph,
    plan: resolve::Plan,
    text: String,
}

impl<'g> PreparedQuery<'g> {
    /// Evaluate the query: the same table [`CitationGraph::query`] gives
    /// for its text.
    pub fn run(&self) -> Result<Table<'g>, QueryError> {
        self.graph.run_statement(&self.plan, &self.plan.statement)
    }

    /// The text the query was prepared from.
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Debug for PreparedQuery<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PreparedQuery")
            .field("text", &self.text)
            .finish_non_exhaustive()
    }
}

/// The words of the language, for completion and highlighting in a REPL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vocabulary {
    /// Keywords of the natural and formal forms (`what`, `cite`, `where`, `union`, …).
    pub keywords: Vec<&'static str>,
    /// Edge kinds a step can follow, and `any`.
    pub edge_kinds: Vec<&'static str>,
    /// Node kinds (`resolution`, `presidential_statement`, …), singular.
    pub node_kinds: Vec<&'static str>,
    /// Fields a condition, `sort by` or `group by` can name.
    pub fields: Vec<&'static str>,
    /// Metrics of `top` and `sort by`.
    pub metrics: Vec<&'static str>,
    /// Limits `set` can change.
    pub settings: Vec<&'static str>,
}

/// The words of the language, each list sorted.
pub fn vocabulary() -> Vocabulary {
    let sorted = |mut v: Vec<&'static str>| {
        v.sort_unstable();
        v.dedup();
        v
    };
    Vocabulary {
        keywords: sorted(KEYWORDS.to_vec()),
        edge_kinds: sorted(EdgeKind::ALL.iter().map(|k| k.as_str()).chain(["any"]).collect()),
        node_kinds: sorted(resolve::KIND_NAMES.iter().map(|(n, _)| *n).collect()),
        fields: sorted(resolve::FIELDS.iter().map(|(n, _)| *n).collect()),
        metrics: sorted(resolve::METRICS.iter().map(|(n, _)| *n).collect()),
        settings: sorted(resolve::SETTINGS.iter().map(|(n, _)| *n).collect()),
    }
}

const KEYWORDS: &[&str] = &[
    "what",
    "which",
    "who",
    "how",
    "does",
    "did",
    "is",
    "cite",
    "cites",
    "cited",
    "within",
    "steps",
    "transitively",
    "since",
    "before",
    "after",
    "until",
    "between",
    "in",
    "to",
    "from",
    "via",
    "on",
    "of",
    "for",
    "the",
    "most",
    "often",
    "together",
    "with",
    "same",
    "as",
    "vote",
    "voted",
    "against",
    "favour",
    "abstained",
    "connected",
    "show",
    "render",
    "explain",
    "mention",
    "mentions",
    "signed",
    "submit",
    "sponsor",
    "extend",
    "extends",
    "established",
    "establish",
    "mandate",
    "where",
    "and",
    "or",
    "not",
    "union",
    "intersect",
    "except",
    "let",
    "set",
    "all",
    "top",
    "limit",
    "sort",
    "asc",
    "desc",
    "count",
    "group",
    "by",
    "undirected",
    "max",
    "shortest",
    "path",
    "paths",
    "cocited",
    "coupled",
    "held",
    "stub",
    "resolution",
    "has",
    "step",
    "favor",
    "submitted",
    "sponsored",
    "extended",
    "establishes",
];

/// Compare two strings with their digit runs as numbers, so that
/// `S/RES/242 (1967)` sorts before `S/RES/1325 (2000)`.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a.as_bytes(), b.as_bytes());
    loop {
        match (x.first(), y.first()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => {
                let n = x.iter().take_while(|c| c.is_ascii_digit()).count();
                let m = y.iter().take_while(|c| c.is_ascii_digit()).count();
                let (p, q) = (trim_zeros(&x[..n]), trim_zeros(&y[..m]));
                let o = p.len().cmp(&q.len()).then_with(|| p.cmp(q));
                if o != Ordering::Equal {
                    return o;
                }
                x = &x[n..];
                y = &y[m..];
            }
            (Some(c), Some(d)) => {
                if c != d {
                    return c.cmp(d);
                }
                x = &x[1..];
                y = &y[1..];
            }
        }
    }
}

fn trim_zeros(s: &[u8]) -> &[u8] {
    let z = s.iter().take_while(|c| **c == b'0').count();
    &s[z.min(s.len().saturating_sub(1))..]
}

/// A query built in code; the same language as the text form, checked the
/// same way. [`std::fmt::Display`] prints its formal text.
///
/// ```
/// use unxref::query::{Filter, Metric, Query};
/// use unxref::{EdgeKind, NodeKind};
/// let q = Query::node("2531")
///     .out(EdgeKind::Cites)
///     .depth(1..=3)
///     .filter(Filter::kind(NodeKind::Resolution).and(Filter::year_from(2015)))
///     .top(5, Metric::Citations);
/// assert_eq!(
///     q.to_string(),
///     "2531 -> cites*1..3 where kind = \"resolution\" and year >= 2015 | top 5 by citations"
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    expr: Expr,
    show: bool,
}

/// A ranking for [`Query::top`] and [`Query::sort_by_metric`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Metric {
    /// Incoming `cites` edges.
    Citations,
    /// Outgoing `cites` edges.
    References,
    /// Edges of any kind, either way.
    Degree,
    /// PageRank over `cites`.
    PageRank,
    /// The `count` of the edge that reached the row.
    Count,
    /// The score of `cocited` or `coupled`.
    Score,
}

impl Metric {
    fn word(self) -> &'static str {
        match self {
            Metric::Citations => "citations",
            Metric::References => "references",
            Metric::Degree => "degree",
            Metric::PageRank => "pagerank",
            Metric::Count => "count",
            Metric::Score => "score",
        }
    }
}

/// A condition for [`Query::filter`] and [`Query::hop`].
#[derive(Debug, Clone, PartialEq)]
pub struct Filter(Cond);

impl Filter {
    fn cmp(field: &str, op: CmpOp, value: Value) -> Filter {
        Filter(Cond::Compare {
            field: Word::new(field),
            op,
            value,
        })
    }

    /// Nodes of this kind.
    pub fn kind(kind: NodeKind) -> Filter {
        Filter::cmp("kind", CmpOp::Eq, Value::Str(kind.as_str().to_string()))
    }

    /// Nodes dated in `year` or later.
    pub fn year_from(year: u16) -> Filter {
        Filter::cmp("year", CmpOp::Ge, Value::Int(year.into()))
    }

    /// Nodes dated in `year` or earlier.
    pub fn year_to(year: u16) -> Filter {
        Filter::cmp("year", CmpOp::Le, Value::Int(year.into()))
    }

    /// Rows reached by an edge with this relation (`recalling`), ignoring case.
    pub fn relation(relation: &str) -> Filter {
        Filter::cmp("relation", CmpOp::Eq, Value::Str(relation.to_string()))
    }

    /// Rows reached by an edge standing in this paragraph.
    pub fn paragraph(paragraph: &str) -> Filter {
        Filter::cmp("paragraph", CmpOp::Eq, Value::Str(paragraph.to_string()))
    }

    /// Rows reached by a vote of this position.
    pub fn position(position: VotePosition) -> Filter {
        Filter::cmp("position", CmpOp::Eq, Value::Str(position.as_str().to_string()))
    }

    /// Nodes whose label contains `text`, ignoring case.
    pub fn label_contains(text: &str) -> Filter {
        Filter::cmp("label", CmpOp::Contains, Value::Str(text.to_string()))
    }

    /// Documents whose text the corpus holds.
    pub fn held() -> Filter {
        Filter(Cond::Flag(Word::new("held")))
    }

    /// Documents known only because something cites them.
    pub fn stub() -> Filter {
        Filter(Cond::Flag(Word::new("stub")))
    }

    /// Nodes that mention the actor `name`.
    pub fn mentions(name: &str) -> Filter {
        Filter(Cond::Link {
            kind: Word::new("mentions"),
            target: Name::guess(name),
        })
    }

    /// Nodes joined to `name` by an edge of any kind, either way.
    pub fn actor(name: &str) -> Filter {
        Filter::cmp("actor", CmpOp::Eq, Value::Name(Name::guess(name)))
    }

    /// Exactly the node `name`.
    pub fn is(name: &str) -> Filter {
        Filter::cmp("node", CmpOp::Eq, Value::Name(Name::guess(name)))
    }

    /// Both conditions.
    pub fn and(self, other: Filter) -> Filter {
        Filter(Cond::And(Box::new(self.0), Box::new(other.0)))
    }

    /// Either condition.
    pub fn or(self, other: Filter) -> Filter {
        Filter(Cond::Or(Box::new(self.0), Box::new(other.0)))
    }

    /// The opposite condition.
    #[allow(clippy::should_implement_trait)]
    pub fn not(self) -> Filter {
        Filter(Cond::Not(Box::new(self.0)))
    }
}

impl Query {
    fn from_expr(expr: Expr) -> Query {
        Query { expr, show: false }
    }

    /// One node, named as a user would type it (`2531`, `S/PRST/2018/10`, `France`).
    pub fn node(name: &str) -> Query {
        Query::from_expr(Expr::Node(Name::guess(name)))
    }

    /// Every node.
    pub fn all() -> Query {
        Query::from_expr(Expr::All(None))
    }

    /// Every node of a kind.
    pub fn all_of(kind: NodeKind) -> Query {
        Query::from_expr(Expr::All(Some(Word::new(kind.as_str()))))
    }

    /// The shortest path from `from` to `to` along `cites`.
    pub fn shortest_path(from: &str, to: &str) -> Query {
        Query::from_expr(Expr::Path(PathQuery {
            all: false,
            from: Name::guess(from),
            to: Name::guess(to),
            via: Vec::new(),
            undirected: false,
            max: None,
        }))
    }

    /// Every simple path from `from` to `to` along `cites`, of at most `max` edges.
    pub fn all_paths(from: &str, to: &str, max: u32) -> Query {
        Query::from_expr(Expr::Path(PathQuery {
            all: true,
            from: Name::guess(from),
            to: Name::guess(to),
            via: Vec::new(),
            undirected: false,
            max: Some(max),
        }))
    }

    fn step(self, direction: Direction, kind: EdgeKind) -> Query {
        Query {
            expr: Expr::Walk {
                from: Box::new(self.expr),
                step: Step {
                    direction,
                    kinds: vec![Word::new(kind.as_str())],
                    depth: None,
                    hop: None,
                    span: 0..0,
                },
            },
            show: self.show,
        }
    }

    /// Follow `kind` edges forwards (`-> kind`).
    pub fn out(self, kind: EdgeKind) -> Query {
        self.step(Direction::Out, kind)
    }

    /// Follow `kind` edges backwards (`<- kind`).
    pub fn back(self, kind: EdgeKind) -> Query {
        self.step(Direction::In, kind)
    }

    /// Follow `kind` edges either way (`<-> kind`).
    pub fn either(self, kind: EdgeKind) -> Query {
        self.step(Direction::Both, kind)
    }

    fn last_step(&mut self) -> Option<&mut Step> {
        match &mut self.expr {
            Expr::Walk { step, .. } => Some(step),
            _ => None,
        }
    }

    /// Repeat the last step over a range of depths (`1..=3`, `1..`); no
    /// effect without a step.
    pub fn depth(mut self, range: impl RangeBounds<u32>) -> Query {
        let lo = match range.start_bound() {
            Bound::Included(n) => *n,
            Bound::Excluded(n) => n + 1,
            Bound::Unbounded => 1,
        };
        let hi = match range.end_bound() {
            Bound::Included(n) => Some(*n),
            Bound::Excluded(n) => Some(n.saturating_sub(1)),
            Bound::Unbounded => None,
        };
        if let Some(step) = self.last_step() {
            step.depth = Some((lo, hi));
        }
        self
    }

    /// A condition every hop of the last step must meet.
    pub fn hop(mut self, filter: Filter) -> Query {
        if let Some(step) = self.last_step() {
            step.hop = Some(filter.0);
        }
        self
    }

    /// Keep the rows that meet a condition.
    pub fn filter(self, filter: Filter) -> Query {
        Query {
            expr: Expr::Where {
                input: Box::new(self.expr),
                cond: filter.0,
            },
            show: self.show,
        }
    }

    fn set(self, op: SetOp, other: Query) -> Query {
        Query {
            expr: Expr::Set {
                op,
                left: Box::new(self.expr),
                right: Box::new(other.expr),
            },
            show: self.show,
        }
    }

    /// Nodes in either query.
    pub fn union(self, other: Query) -> Query {
        self.set(SetOp::Union, other)
    }

    /// Nodes in both queries.
    pub fn intersect(self, other: Query) -> Query {
        self.set(SetOp::Intersect, other)
    }

    /// Nodes in this query and not in the other.
    pub fn except(self, other: Query) -> Query {
        self.set(SetOp::Except, other)
    }

    fn stage(self, stage: Stage) -> Query {
        Query {
            expr: Expr::Pipe {
                input: Box::new(self.expr),
                stage,
            },
            show: self.show,
        }
    }

    /// The number of rows.
    pub fn count(self) -> Query {
        self.stage(Stage::Count)
    }

    /// Rows per value of a field (`year`, `kind`, `relation`, …).
    pub fn group_by(self, field: &str) -> Query {
        self.stage(Stage::GroupBy(Word::new(field)))
    }

    /// The `n` highest rows by a metric.
    pub fn top(self, n: u64, metric: Metric) -> Query {
        self.stage(Stage::Top {
            n,
            metric: Some(Word::new(metric.word())),
        })
    }

    /// Sort by a field (`year`, `id`, `label`, …).
    pub fn sort_by(self, field: &str, desc: bool) -> Query {
        self.stage(Stage::Sort {
            key: Word::new(field),
            desc,
        })
    }

    /// Sort by a metric.
    pub fn sort_by_metric(self, metric: Metric, desc: bool) -> Query {
        self.sort_by(metric.word(), desc)
    }

    /// The first `n` rows.
    pub fn limit(self, n: u64) -> Query {
        self.stage(Stage::Limit(n))
    }

    /// Documents cited together with these (co-citation).
    pub fn cocited(self) -> Query {
        self.stage(Stage::Cocited)
    }

    /// Documents citing what these cite (bibliographic coupling).
    pub fn coupled(self) -> Query {
        self.stage(Stage::Coupled)
    }

    /// Ask for every detail of the nodes (title, date, degrees).
    pub fn show(mut self) -> Query {
        self.show = true;
        self
    }

    fn program(&self) -> Program {
        Program {
            settings: Vec::new(),
            bindings: Vec::new(),
            statement: Statement::Query {
                expr: self.expr.clone(),
                show: self.show,
                note: None,
            },
        }
    }
}

impl std::fmt::Display for Query {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.program())
    }
}

#[cfg(test)]
mod tests;
