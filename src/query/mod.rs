//! The query language: `grammar/query.pest` → `parser` (the only module
//! that knows pest) → `ast` (strings and spans, natural forms desugared)
//! → `resolve` (names bound to nodes, every unknown name reported) →
//! `eval` (walks the graph's adjacency) → [`Table`]. Programs that would
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
mod natural;
mod parser;
mod resolve;
mod stack;
mod table;

use std::cmp::Ordering;
use std::ops::{Bound, RangeBounds};

pub use ast::Program;
pub use error::{NameProblem, QueryError, SyntaxError};
pub use parser::parse;
pub use table::{EdgeRow, GroupRow, NodeRow, PathRow, PathStep, Row, Table, TableEdge};

use ast::{CmpOp, Cond, Direction, Expr, Name, PathQuery, SetOp, Stage, Statement, Step, Value, Word};
use resolve::PStatement;

use crate::graph::CitationGraph;
use crate::model::{EdgeKind, NodeKind, VotePosition};

/// Limits that keep a query from running away. Each can be raised for one
/// query with `set NAME = N;` or for a program with
/// [`CitationGraph::query_with`].
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::query::Limits;
/// let limits = Limits { max_rows: 3, ..Limits::default() };
/// let table = graph.query_with("what does 2531 cite", limits)?;
/// assert_eq!(table.len(), 3);
/// assert!(table.notes()[0].starts_with("11 more rows not shown"));
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
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
    /// A handle another thread can use to stop the query early (a REPL's
    /// Ctrl-C); a path search then ends, saying so in a note.
    pub cancel: Option<Cancel>,
}

/// Stops a running query from another thread: put a clone in
/// [`Limits::cancel`], call [`Cancel::cancel`] to stop. Path searches check
/// it as they go, so the query ends within a fraction of a second.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::query::{Cancel, Limits};
/// let cancel = Cancel::new();
/// let limits = Limits { cancel: Some(cancel.clone()), max_visits: 100_000_000, max_paths: 1_000_000, ..Limits::default() };
/// cancel.cancel(); // as another thread would, while the search runs
/// let table = graph.query_with("all paths from 2531 to 2553 max 12 undirected", limits)?;
/// assert!(table.notes().iter().any(|n| n.starts_with("the path search was cancelled after 4096 steps")), "{:?}", table.notes());
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Cancel(std::sync::Arc<std::sync::atomic::AtomicBool>);

impl Cancel {
    /// A handle not cancelled yet.
    ///
    /// ```
    /// assert!(!unxref::query::Cancel::new().is_cancelled());
    /// ```
    pub fn new() -> Cancel {
        Cancel::default()
    }

    /// Ask the query holding this handle (or a clone of it) to stop.
    ///
    /// ```
    /// let cancel = unxref::query::Cancel::new();
    /// let held_by_the_query = cancel.clone();
    /// cancel.cancel();
    /// assert!(held_by_the_query.is_cancelled());
    /// ```
    pub fn cancel(&self) {
        self.0.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// True once [`Cancel::cancel`] was called.
    ///
    /// ```
    /// let cancel = unxref::query::Cancel::new();
    /// assert!(!cancel.is_cancelled());
    /// cancel.cancel();
    /// assert!(cancel.is_cancelled());
    /// ```
    pub fn is_cancelled(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// Two handles are equal when they are clones of one another.
impl PartialEq for Cancel {
    fn eq(&self, other: &Cancel) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Cancel {}

impl Limits {
    /// True when the query was asked to stop.
    pub(crate) fn cancelled(&self) -> bool {
        self.cancel.as_ref().is_some_and(Cancel::is_cancelled)
    }
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_depth: 10,
            max_rows: 10_000,
            max_paths: 100,
            max_path_length: 6,
            max_visits: 1_000_000,
            cancel: None,
        }
    }
}

impl CitationGraph {
    /// Run a query written in the query language, with the default [`Limits`].
    ///
    /// A `render … to FILE` statement returns the inner query's table with
    /// [`Table::render_target`] set; drawing it is the caller's job.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let table = graph.query("what cites 1325")?;
    /// assert_eq!(table.node_ids(), ["002_4635c25849462a9e#letter/annex-XIX", "S/RES/2531 (2020)", "S/RES/2553 (2020)"]);
    /// // A misspelt query says where it went wrong.
    /// let err = graph.query("what does 2531 cites").unwrap_err();
    /// assert!(err.to_string().starts_with("syntax error at column 16: expected \"cite\""));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn query(&self, query: &str) -> Result<Table<'_>, QueryError> {
        self.query_with(query, Limits::default())
    }

    /// Run a query with these limits (a query's own `set` lines still apply).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Limits;
    /// let strict = Limits { max_rows: 2, ..Limits::default() };
    /// assert_eq!(graph.query_with("what does 2531 cite", strict.clone())?.len(), 2);
    /// // The query's own settings win.
    /// assert_eq!(graph.query_with("set max_rows = 5; what does 2531 cite", strict)?.len(), 5);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Limits;
    /// let prepared = graph.prepare_with("what does 2531 cite", Limits { max_rows: 5, ..Limits::default() })?;
    /// assert_eq!(prepared.run()?.len(), 5);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn prepare_with(&self, query: &str, limits: Limits) -> Result<PreparedQuery<'_>, QueryError> {
        let program = parser::parse_with_names(query, &|name| resolve::knows(self, name))?;
        let plan = stack::with_stack(|| resolve::resolve(self, &program, limits)).map_err(|e| match e {
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
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let table = graph.run(&Query::node("1325").back(EdgeKind::Cites))?;
    /// assert_eq!(table.len(), 3);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn run(&self, query: &Query) -> Result<Table<'_>, QueryError> {
        self.run_program(&query.program(), Limits::default())
    }

    /// Run a parsed program.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::{Limits, parse};
    /// let program = parse("who voted against 2531")?;
    /// let table = graph.run_program(&program, Limits::default())?;
    /// assert!(table.is_empty());
    /// assert_eq!(table.empty_note(), Some("no state voted against S/RES/2531 (2020) (votes recorded on its draft included)"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn run_program(&self, program: &Program, limits: Limits) -> Result<Table<'_>, QueryError> {
        let plan = stack::with_stack(|| resolve::resolve(self, program, limits))?;
        stack::with_stack(|| self.run_statement(&plan, &plan.statement))
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
                if let Some(note) = self.path_the_other_way(plan, expr, &out.val)? {
                    out.notes.push(note);
                }
                let mut table = Table::build(self, out, *show, note.clone(), plan.limits.max_rows);
                if let Some(columns) = selected_columns(expr) {
                    table.select(columns)?;
                }
                Ok(table)
            }
        }
    }
}

/// The columns the last `| select …` of the pipeline asks for (stages such
/// as `| limit 3` may follow it).
fn selected_columns(expr: &resolve::PExpr) -> Option<&[String]> {
    match expr {
        resolve::PExpr::Pipe {
            stage: resolve::PStage::Select(columns),
            ..
        } => Some(columns),
        resolve::PExpr::Pipe { input, .. } => selected_columns(input),
        _ => None,
    }
}

impl CitationGraph {
    /// When a directed path search found nothing, whether a path leads the
    /// other way round, said as a note with the query that finds it.
    fn path_the_other_way(
        &self,
        plan: &resolve::Plan,
        expr: &resolve::PExpr,
        val: &eval::Val,
    ) -> Result<Option<String>, QueryError> {
        let resolve::PExpr::Path {
            from,
            to,
            all,
            kinds,
            undirected: false,
            max,
        } = expr
        else {
            return Ok(None);
        };
        if !matches!(val, eval::Val::Paths(p) if p.is_empty())
            || *kinds != resolve::EdgeMask::of(EdgeKind::Cites)
        {
            return Ok(None);
        }
        let back = resolve::PExpr::Path {
            from: *to,
            to: *from,
            all: false,
            kinds: *kinds,
            undirected: false,
            max: *max,
        };
        let found = eval::Eval::new(self, plan).run(&back)?;
        let id = |ix: &petgraph::stable_graph::NodeIndex| {
            self.node_at(*ix).map_or(String::new(), |n| n.id.clone())
        };
        Ok(match found.val {
            eval::Val::Paths(p) if !p.is_empty() => Some(format!(
                "no path leads from {} to {}, but one leads the other way round: `{} from \"{}\" to \"{}\"`",
                id(from),
                id(to),
                if *all { "all paths" } else { "path" },
                id(to),
                id(from)
            )),
            _ => None,
        })
    }
}

/// A query parsed and resolved against one graph, ready to run many times
/// ([`CitationGraph::prepare`]). Running it evaluates the plan and builds the
/// table; names were bound to nodes once, when it was prepared.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// let cited = graph.prepare("what cites 1325")?;
/// assert_eq!(cited.text(), "what cites 1325");
/// assert_eq!(cited.run()?.len(), 3);
/// // Unknown names are found when preparing, not when running.
/// assert!(graph.prepare("what cites 99999").is_err());
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Clone)]
pub struct PreparedQuery<'g> {
    graph: &'g CitationGraph,
    plan: resolve::Plan,
    text: String,
}

impl<'g> PreparedQuery<'g> {
    /// Evaluate the query: the same table [`CitationGraph::query`] gives
    /// for its text.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let prepared = graph.prepare("who voted for 2531")?;
    /// assert_eq!(prepared.run()?, graph.query("who voted for 2531")?);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn run(&self) -> Result<Table<'g>, QueryError> {
        stack::with_stack(|| self.graph.run_statement(&self.plan, &self.plan.statement))
    }

    /// The text the query was prepared from.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// assert_eq!(graph.prepare("2531 -> cites | count")?.text(), "2531 -> cites | count");
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
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
///
/// # Examples
///
/// ```
/// let words = unxref::query::vocabulary();
/// assert!(words.keywords.contains(&"cocited"));
/// assert!(words.edge_kinds.contains(&"extends_mandate"));
/// assert!(words.metrics.contains(&"pagerank"));
/// ```
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
///
/// # Examples
///
/// ```
/// let words = unxref::query::vocabulary();
/// assert!(words.node_kinds.contains(&"presidential_statement"));
/// assert!(words.settings.contains(&"max_depth"));
/// assert!(words.fields.windows(2).all(|w| w[0] <= w[1]));
/// ```
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
    "edges",
    "select",
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
    "unanimous",
    "unanimously",
    "was",
    "were",
    "adopted",
    "had",
    "have",
    "abstentions",
    "history",
];

/// Compare two strings with their digit runs as numbers, so that
/// `S/RES/242 (1967)` sorts before `S/RES/1325 (2000)`.
///
/// # Examples
///
/// ```
/// use std::cmp::Ordering;
/// use unxref::query::natural_cmp;
/// assert_eq!(natural_cmp("S/RES/242 (1967)", "S/RES/1325 (2000)"), Ordering::Less);
/// let mut ids = vec!["S/2020/1158", "S/2020/600", "S/2020/240"];
/// ids.sort_by(|a, b| natural_cmp(a, b));
/// assert_eq!(ids, ["S/2020/240", "S/2020/600", "S/2020/1158"]);
/// ```
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
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::{NodeKind, query::{Metric, Query}};
/// let q = Query::all_of(NodeKind::Resolution).top(2, Metric::Citations);
/// assert_eq!(q.to_string(), "all resolution | top 2 by citations");
/// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/2531 (2020)", "S/RES/1325 (2000)"]);
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
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
    /// The metric's word in the query language (`citations`, `pagerank`).
    pub(crate) fn name(self) -> &'static str {
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
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::{EdgeKind, NodeKind, query::{Filter, Query}};
/// let preamble = Filter::paragraph("preamble").and(Filter::kind(NodeKind::Resolution));
/// let q = Query::node("2531").out(EdgeKind::Cites).filter(preamble);
/// assert_eq!(q.to_string(), "2531 -> cites where paragraph = \"preamble\" and kind = \"resolution\"");
/// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/2364 (2017)", "S/RES/2374 (2017)", "S/RES/2480 (2019)"]);
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, NodeKind, query::{Filter, Query}};
    /// let q = Query::node("2531").out(EdgeKind::Cites).filter(Filter::kind(NodeKind::Report));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/2020/476"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn kind(kind: NodeKind) -> Filter {
        Filter::cmp("kind", CmpOp::Eq, Value::Str(kind.as_str().to_string()))
    }

    /// Nodes dated in `year` or later.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Filter, Query}};
    /// let q = Query::node("2518").out(EdgeKind::Cites).filter(Filter::year_from(2018));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/2436 (2018)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn year_from(year: u16) -> Filter {
        Filter::cmp("year", CmpOp::Ge, Value::Int(year.into()))
    }

    /// Nodes dated in `year` or earlier.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{NodeKind, query::{Filter, Query}};
    /// let q = Query::all_of(NodeKind::Resolution).filter(Filter::year_to(1999));
    /// assert_eq!(q.to_string(), "all resolution where year <= 1999");
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/1261 (1999)", "S/RES/1265 (1999)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn year_to(year: u16) -> Filter {
        Filter::cmp("year", CmpOp::Le, Value::Int(year.into()))
    }

    /// Rows reached by an edge with this relation (`recalling`), ignoring case.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Filter, Query}};
    /// let q = Query::node("2531").out(EdgeKind::Cites).filter(Filter::relation("Recalling"));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/PRST/2018/10"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn relation(relation: &str) -> Filter {
        Filter::cmp("relation", CmpOp::Eq, Value::Str(relation.to_string()))
    }

    /// Rows reached by an edge standing in this paragraph.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Filter, Query}};
    /// let q = Query::node("2518").out(EdgeKind::Cites).filter(Filter::paragraph("preamble"));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/2436 (2018)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn paragraph(paragraph: &str) -> Filter {
        Filter::cmp("paragraph", CmpOp::Eq, Value::Str(paragraph.to_string()))
    }

    /// Rows reached by a vote of this position.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, VotePosition, query::{Filter, Query}};
    /// let q = Query::node("2531").back(EdgeKind::Voted).filter(Filter::position(VotePosition::InFavour));
    /// assert_eq!(graph.run(&q)?.len(), 15);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn position(position: VotePosition) -> Filter {
        Filter::cmp("position", CmpOp::Eq, Value::Str(position.as_str().to_string()))
    }

    /// Nodes whose label contains `text`, ignoring case.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::{Filter, Query};
    /// let q = Query::all().filter(Filter::label_contains("resolution 1325"));
    /// assert_eq!(q.to_string(), "all where label ~ \"resolution 1325\"");
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/1325 (2000)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn label_contains(text: &str) -> Filter {
        Filter::cmp("label", CmpOp::Contains, Value::Str(text.to_string()))
    }

    /// Documents whose text the corpus holds.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{NodeKind, query::{Filter, Query}};
    /// let q = Query::all_of(NodeKind::Resolution).filter(Filter::held());
    /// // 2518 in its letter's annex; 2531 and 2553 through their drafts.
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/2518 (2020)", "S/RES/2531 (2020)", "S/RES/2553 (2020)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn held() -> Filter {
        Filter(Cond::Flag(Word::new("held")))
    }

    /// Documents known only because something cites them.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{NodeKind, query::{Filter, Query}};
    /// let q = Query::all_of(NodeKind::Resolution).filter(Filter::stub());
    /// assert_eq!(graph.run(&q)?.len(), 43);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn stub() -> Filter {
        Filter(Cond::Flag(Word::new("stub")))
    }

    /// Nodes that mention the actor `name`.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::{Filter, Query};
    /// let q = Query::all().filter(Filter::mentions("MINUSMA"));
    /// assert_eq!(q.to_string(), "all where mentions \"MINUSMA\"");
    /// assert!(graph.run(&q)?.node_ids().contains(&"S/2014/660"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn mentions(name: &str) -> Filter {
        Filter(Cond::Link {
            kind: Word::new("mentions"),
            target: Name::guess(name),
        })
    }

    /// Nodes joined to `name` by an edge of any kind, either way.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{NodeKind, query::{Filter, Query}};
    /// // Documents France voted on, sponsored, signed or mentioned.
    /// let q = Query::all_of(NodeKind::DraftResolution).filter(Filter::actor("France"));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/2020/240", "S/2020/600", "S/2020/1158"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn actor(name: &str) -> Filter {
        Filter::cmp("actor", CmpOp::Eq, Value::Name(Name::guess(name)))
    }

    /// Exactly the node `name`.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Filter, Query}};
    /// // Does 2531 cite 1325?
    /// let q = Query::node("2531").out(EdgeKind::Cites).filter(Filter::is("1325"));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/1325 (2000)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn is(name: &str) -> Filter {
        Filter::cmp("node", CmpOp::Eq, Value::Name(Name::guess(name)))
    }

    /// Both conditions.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{NodeKind, query::{Filter, Query}};
    /// let q = Query::all_of(NodeKind::Resolution).filter(Filter::year_from(2000).and(Filter::year_to(2000)));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/1296 (2000)", "S/RES/1325 (2000)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn and(self, other: Filter) -> Filter {
        Filter(Cond::And(Box::new(self.0), Box::new(other.0)))
    }

    /// Either condition.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, NodeKind, query::{Filter, Query}};
    /// let q = Query::node("2531").out(EdgeKind::Cites)
    ///     .filter(Filter::kind(NodeKind::Report).or(Filter::kind(NodeKind::Letter)));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/2020/476", "S/2020/481"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn or(self, other: Filter) -> Filter {
        Filter(Cond::Or(Box::new(self.0), Box::new(other.0)))
    }

    /// The opposite condition.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, NodeKind, query::{Filter, Query}};
    /// let q = Query::node("2531").out(EdgeKind::Cites).filter(Filter::kind(NodeKind::Resolution).not());
    /// assert_eq!(q.to_string(), "2531 -> cites where not kind = \"resolution\"");
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/2020/476", "S/2020/481", "S/PRST/2018/10"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Query;
    /// let table = graph.run(&Query::node("2518"))?;
    /// assert_eq!(table.node_ids(), ["S/RES/2518 (2020)"]);
    /// assert_eq!(graph.run(&Query::node("S/PRST/2018/10"))?.len(), 1);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn node(name: &str) -> Query {
        Query::from_expr(Expr::Node(Name::guess(name)))
    }

    /// Every node.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Query;
    /// assert_eq!(graph.run(&Query::all().count())?.rows(), [unxref::query::Row::Count(graph.node_count() as u64)]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn all() -> Query {
        Query::from_expr(Expr::All(None))
    }

    /// Every node of a kind.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{NodeKind, query::Query};
    /// let q = Query::all_of(NodeKind::DraftResolution);
    /// assert_eq!(q.to_string(), "all draft_resolution");
    /// assert_eq!(graph.run(&q)?.node_ids(), ["A/68/L.29", "A/68/L.29/Add.1", "S/2020/240", "S/2020/600", "S/2020/1158"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn all_of(kind: NodeKind) -> Query {
        Query::from_expr(Expr::All(Some(Word::new(kind.as_str()))))
    }

    /// The shortest path from `from` to `to` along `cites`.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Query;
    /// let table = graph.run(&Query::shortest_path("2531", "1325"))?;
    /// assert_eq!(table.paths(), [["S/RES/2531 (2020)", "S/RES/1325 (2000)"]]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Query;
    /// let q = Query::all_paths("2531", "1325", 3);
    /// assert_eq!(q.to_string(), "all paths from 2531 to 1325 max 3");
    /// assert_eq!(graph.run(&q)?.paths().len(), 1);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let table = graph.run(&Query::node("2518").out(EdgeKind::Cites))?;
    /// assert_eq!(table.node_ids(), ["S/RES/2378 (2017)", "S/RES/2436 (2018)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn out(self, kind: EdgeKind) -> Query {
        self.step(Direction::Out, kind)
    }

    /// Follow `kind` edges backwards (`<- kind`).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let q = Query::node("1325").back(EdgeKind::Cites);
    /// assert_eq!(q.to_string(), "1325 <- cites");
    /// assert!(graph.run(&q)?.node_ids().contains(&"S/RES/2553 (2020)"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn back(self, kind: EdgeKind) -> Query {
        self.step(Direction::In, kind)
    }

    /// Follow `kind` edges either way (`<-> kind`).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// // What 2518 cites (2378, 2436), and what cites it (its letter, and
    /// // 2531 through its draft).
    /// let ids = graph.run(&Query::node("2518").either(EdgeKind::Cites))?.node_ids().len();
    /// assert_eq!(ids, 4);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{EdgeKind, query::Query};
    /// assert_eq!(Query::node("2531").out(EdgeKind::Cites).depth(1..=3).to_string(), "2531 -> cites*1..3");
    /// assert_eq!(Query::node("2531").out(EdgeKind::Cites).depth(2..).to_string(), "2531 -> cites*2..");
    /// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, NodeKind, query::{Filter, Query}};
    /// // Walk through resolutions only.
    /// let q = Query::node("2531").out(EdgeKind::Cites).depth(1..).hop(Filter::kind(NodeKind::Resolution));
    /// assert_eq!(q.to_string(), "2531 -> cites*1.. [kind = \"resolution\"]");
    /// assert_eq!(graph.run(&q)?.len(), 11);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn hop(mut self, filter: Filter) -> Query {
        if let Some(step) = self.last_step() {
            step.hop = Some(filter.0);
        }
        self
    }

    /// Keep the rows that meet a condition.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Filter, Query}};
    /// let q = Query::node("2531").out(EdgeKind::Cites).filter(Filter::year_to(2004));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/1325 (2000)", "S/RES/1526 (2004)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let q = Query::node("2531").out(EdgeKind::Cites).union(Query::node("2518").out(EdgeKind::Cites));
    /// assert_eq!(q.to_string(), "2531 -> cites union 2518 -> cites");
    /// // 2518 cites nothing 2531 does not.
    /// assert_eq!(graph.run(&q)?.len(), 14);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn union(self, other: Query) -> Query {
        self.set(SetOp::Union, other)
    }

    /// Nodes in both queries.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let q = Query::node("2531").out(EdgeKind::Cites).intersect(Query::node("2518").out(EdgeKind::Cites));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/2378 (2017)", "S/RES/2436 (2018)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn intersect(self, other: Query) -> Query {
        self.set(SetOp::Intersect, other)
    }

    /// Nodes in this query and not in the other.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let q = Query::node("2531").out(EdgeKind::Cites).except(Query::node("2518").out(EdgeKind::Cites));
    /// assert_eq!(graph.run(&q)?.len(), 12);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Query, Row}};
    /// let table = graph.run(&Query::node("2531").out(EdgeKind::Cites).count())?;
    /// assert_eq!(table.rows(), [Row::Count(14)]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn count(self) -> Query {
        self.stage(Stage::Count)
    }

    /// Rows per value of a field (`year`, `kind`, `relation`, …).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{GroupRow, Query, Row}};
    /// let table = graph.run(&Query::node("2531").out(EdgeKind::Cites).group_by("year"))?;
    /// assert!(table.rows().contains(&Row::Group(GroupRow { key: "2017".into(), count: 5 })));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn group_by(self, field: &str) -> Query {
        self.stage(Stage::GroupBy(Word::new(field)))
    }

    /// The `n` highest rows by a metric.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Metric, Query}};
    /// let q = Query::node("2553").out(EdgeKind::Cites).top(2, Metric::PageRank);
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/1325 (2000)", "S/RES/2151 (2014)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn top(self, n: u64, metric: Metric) -> Query {
        self.stage(Stage::Top {
            n,
            metric: Some(Word::new(metric.name())),
        })
    }

    /// Sort by a field (`year`, `id`, `label`, …); ties stay in the order
    /// by depth and id.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let q = Query::node("2531").out(EdgeKind::Cites).sort_by("year", true).limit(2);
    /// assert_eq!(q.to_string(), "2531 -> cites | sort by year desc | limit 2");
    /// // Both from 2020: the report's symbol comes first in id order.
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/2020/476", "S/2020/481"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn sort_by(self, field: &str, desc: bool) -> Query {
        self.stage(Stage::Sort {
            key: Word::new(field),
            desc,
        })
    }

    /// Sort by a metric.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{NodeKind, query::{Metric, Query}};
    /// let q = Query::all_of(NodeKind::Resolution).sort_by_metric(Metric::Citations, true).limit(2);
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/2531 (2020)", "S/RES/1325 (2000)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn sort_by_metric(self, metric: Metric, desc: bool) -> Query {
        self.sort_by(metric.name(), desc)
    }

    /// The first `n` rows.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let table = graph.run(&Query::node("2531").out(EdgeKind::Cites).limit(2))?;
    /// assert_eq!(table.node_ids(), ["S/2020/476", "S/2020/481"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn limit(self, n: u64) -> Query {
        self.stage(Stage::Limit(n))
    }

    /// One row per edge the steps matched ([`Row::Edge`]), not per node:
    /// `… | edges`.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Query, Row}};
    /// let table = graph.run(&Query::node("2518").out(EdgeKind::Cites).edges())?;
    /// let Row::Edge(row) = &table.rows()[0] else { unreachable!() };
    /// assert_eq!((row.source.as_str(), row.target.as_str()), ("S/RES/2518 (2020)", "S/RES/2378 (2017)"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn edges(self) -> Query {
        self.stage(Stage::Edges)
    }

    /// Documents cited together with these (co-citation).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Query;
    /// // What 2531 cites alongside 2391.
    /// let table = graph.run(&Query::node("2391").cocited())?;
    /// assert!(table.node_ids().contains(&"S/RES/1325 (2000)"));
    /// assert!(!table.node_ids().contains(&"S/RES/2391 (2017)"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn cocited(self) -> Query {
        self.stage(Stage::Cocited)
    }

    /// Documents citing what these cite (bibliographic coupling).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Query;
    /// // Documents that cite some of what 2531 cites.
    /// let table = graph.run(&Query::node("2531").coupled())?;
    /// assert!(table.node_ids().contains(&"S/RES/2518 (2020)"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn coupled(self) -> Query {
        self.stage(Stage::Coupled)
    }

    /// Ask for every detail of the nodes (title, date, degrees).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::{Query, Row};
    /// let table = graph.run(&Query::node("1325").show())?;
    /// assert!(table.columns().contains(&"cited_by"));
    /// let Row::Node(row) = &table.rows()[0] else { unreachable!() };
    /// assert_eq!(row.cited_by, Some(3));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
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
