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
mod builder;
mod coverage;
mod error;
mod eval;
mod followup;
mod names;
mod natural;
mod params;
mod parser;
mod resolve;
mod stack;
mod table;

/// Re-exported from [`crate::symbol`], where the order of ids lives.
pub use crate::symbol::natural_cmp;
pub use ast::Program;
pub use builder::{Filter, Metric, Query};
pub use error::{NameProblem, QueryError, SyntaxError};
pub use followup::{Answered, DEFAULT_DRAWING};
pub use params::{Param, Params};
pub use parser::parse;
pub use table::{
    EdgeRow, GroupKey, GroupRow, NodeRow, NodeView, PartialCount, PathRow, PathStep, Row, Table, TableEdge,
};

use resolve::PStatement;

use crate::graph::CitationGraph;
use crate::model::EdgeKind;

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
    /// assert!(err.to_string().starts_with("syntax error at column 16: expected \"act\", \"and\" with another name, \"authorize\", \"cite\""));
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
        let names = names::Names::new(self);
        let (program, readings) = parser::parse_with_readings(query, &|name| resolve::knows(&names, name))?;
        if params::has_params(&program) {
            // Names are resolved once the parameters are bound.
            return Ok(PreparedQuery {
                graph: self,
                plan: None,
                program: Some((program, limits)),
                text: query.to_string(),
            });
        }
        let mut plan = self.resolve_located(&names, query, &program, limits)?;
        plan.notes.splice(0..0, readings);
        Ok(PreparedQuery {
            graph: self,
            plan: Some(plan),
            program: None,
            text: query.to_string(),
        })
    }

    /// Run a query whose `$1`, `$2`, … and `$name` take the values of
    /// `params`, bound as literals after parsing (never spliced into the
    /// text): [`CitationGraph::prepare`] then [`PreparedQuery::run_with`].
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Params;
    /// let table = graph.query_params("what cites $1", &Params::new().push("1325"))?;
    /// assert_eq!(table, graph.query("what cites 1325")?);
    /// // A bound value is one name, whatever it holds.
    /// let hostile = Params::new().push("1325 union all");
    /// assert!(graph.query_params("what cites $1", &hostile).is_err());
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn query_params(&self, query: &str, params: &Params) -> Result<Table<'_>, QueryError> {
        self.prepare(query)?.run_with(params)
    }

    fn resolve_located(
        &self,
        names: &names::Names,
        query: &str,
        program: &Program,
        limits: Limits,
    ) -> Result<resolve::Plan, QueryError> {
        stack::with_stack(|| resolve::resolve(names, program, limits)).map_err(|e| match e {
            QueryError::Names(mut problems) => {
                for p in &mut problems {
                    p.locate(query);
                }
                QueryError::Names(problems)
            }
            other => other,
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
        // Checked before the tree is cloned: cloning recurses too.
        query.check_size()?;
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
        stack::check_size(program)?;
        let names = names::Names::new(self);
        let plan = stack::with_stack(|| resolve::resolve(&names, program, limits))?;
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
                if let Some(note) = self.cited_only_among_all(plan, expr, &out.val)? {
                    out.notes.push(note);
                }
                // An expiry the corpus could not have seen renewed is left
                // out; with none left, the reason is the answer's note.
                let mut unconfirmed = coverage::unconfirmed_expiries(self, expr, &mut out.val);
                // What a count may be missing: candidates no record decides.
                let mut missing = plan.missing.clone();
                if let Some(counted) = coverage::counted_expiry(expr) {
                    let mut bodies = eval::Eval::new(self, plan).run(counted)?.val;
                    let before = match &bodies {
                        eval::Val::Nodes(hits, _) => hits.len(),
                        _ => 0,
                    };
                    unconfirmed = coverage::unconfirmed_expiries(self, counted, &mut bodies);
                    if let eval::Val::Nodes(hits, _) = bodies {
                        // The bodies left out may have expired then: unknown.
                        missing.push(Some(before.saturating_sub(hits.len()) as u64));
                        out.val = eval::Val::Count {
                            known: hits.len() as u64,
                            unknown: 0,
                            open: false,
                        };
                    }
                }
                let emptied = matches!(&out.val, eval::Val::Nodes(hits, _) if hits.is_empty());
                if !emptied && let Some(left_out) = unconfirmed.take() {
                    out.notes.push(left_out);
                }
                if let Some(note) = coverage::years_without_texts(self, expr, emptied) {
                    out.notes.push(note);
                    // Texts of the years asked are missing: so may be what
                    // they would add to a count, by a number not recorded.
                    if coverage::asks_years(expr) {
                        missing.push(None);
                    }
                }
                if let eval::Val::Count { unknown, open, .. } = &mut out.val {
                    for m in missing {
                        match m {
                            Some(n) => *unknown += n,
                            None => *open = true,
                        }
                    }
                }
                let note = match (unconfirmed, note) {
                    (Some(left_out), _) => Some(left_out),
                    (None, note) => note.clone(),
                };
                let note = match &note {
                    Some(note) if matches!(&out.val, eval::Val::Nodes(hits, _) if hits.is_empty()) => {
                        Some(self.emptied_by_conditions(plan, expr, note)?)
                    }
                    note => note.clone(),
                };
                let mut table = Table::build(self, out, *show, note, plan.limits.max_rows);
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
    /// The note of an empty answer to a question about what a document cites
    /// that asked for conditions (`which reports does 2068 cite`: `with kind
    /// = "reports": no citation is recorded in the text of S/RES/2068
    /// (2012)`), when the answer without them is not empty: what the
    /// conditions left out is said ("none of the 9 documents cited in the
    /// text of S/RES/2068 (2012) (by kind: resolution 9)"), for "no citation
    /// is recorded" reads as if 2068 cited nothing. The same for what cites
    /// a document (`which resolutions cite 1325 in 1990`): "none of the 230
    /// documents that cite S/RES/1325 (2000) (by kind: …; of 2001 to
    /// 2020)", not "nothing in the graph cites" it.
    fn emptied_by_conditions(
        &self,
        plan: &resolve::Plan,
        expr: &resolve::PExpr,
        note: &str,
    ) -> Result<String, QueryError> {
        // One step: a walk deeper finds more than the text cites.
        let resolve::PExpr::Where { input, .. } = expr else {
            return Ok(note.to_string());
        };
        if !matches!(**input, resolve::PExpr::Walk(resolve::Walk { lo: 1, hi: 1, .. })) {
            return Ok(note.to_string());
        }
        // The note's two wordings: what a text cites, what cites a document.
        let Some((asked, id, cited)) = note.strip_prefix("with ").and_then(|n| {
            n.split_once(": no citation is recorded in the text of ")
                .map(|(asked, id)| (asked, id, true))
                .or_else(|| {
                    n.split_once(": nothing in the graph cites ")
                        .map(|(asked, id)| (asked, id.trim_end_matches('.'), false))
                })
        }) else {
            return Ok(note.to_string());
        };
        let unfiltered = eval::Eval::new(self, plan).run(input)?;
        let eval::Val::Nodes(hits, _) = &unfiltered.val else {
            return Ok(note.to_string());
        };
        let mut seen = std::collections::HashSet::new();
        let mut kinds: Vec<(crate::NodeKind, usize)> = Vec::new();
        let (mut first, mut last) = (u16::MAX, 0);
        for node in hits
            .iter()
            .filter(|h| seen.insert(h.node))
            .filter_map(|h| self.node_at(h.node))
        {
            match kinds.iter_mut().find(|(k, _)| *k == node.kind) {
                Some((_, n)) => *n += 1,
                None => kinds.push((node.kind, 1)),
            }
            if let Some(year) = node.year() {
                (first, last) = (first.min(year), last.max(year));
            }
        }
        if seen.is_empty() {
            return Ok(note.to_string());
        }
        kinds.sort_by_key(|&(k, _)| crate::NodeKind::ALL.iter().position(|&a| a == k));
        let by_kind: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
        let n = seen.len();
        Ok(if cited {
            format!(
                "with {asked}: none of the {n} documents cited in the text of {id} (by kind: {})",
                by_kind.join(", ")
            )
        } else {
            let years = match (first, last) {
                (u16::MAX, _) => String::new(),
                (a, b) if a == b => format!("; of {a}"),
                (a, b) => format!("; of {a} to {b}"),
            };
            format!(
                "with {asked}: none of the {n} documents that cite {id} (by kind: {}{years})",
                by_kind.join(", ")
            )
        })
    }

    /// For a question over all documents of a kind (`how many resolutions
    /// were adopted in 2017`, `all resolutions where year = 2017`), how many
    /// of those counted or listed the corpus knows only from citations:
    /// a resolution cited is one adopted, but its text is not held, so a
    /// count of them is no count of the corpus.
    fn cited_only_among_all(
        &self,
        plan: &resolve::Plan,
        expr: &resolve::PExpr,
        val: &eval::Val,
    ) -> Result<Option<String>, QueryError> {
        let mut base = expr;
        while let resolve::PExpr::Where { input, .. } | resolve::PExpr::Pipe { input, .. } = base {
            base = input;
        }
        if !matches!(base, resolve::PExpr::All(_)) {
            return Ok(None);
        }
        let counted;
        let hits = match (expr, val) {
            (
                resolve::PExpr::Pipe {
                    input,
                    stage: resolve::PStage::Count,
                },
                _,
            ) => {
                counted = eval::Eval::new(self, plan).run(input)?;
                match &counted.val {
                    eval::Val::Nodes(hits, _) => hits,
                    _ => return Ok(None),
                }
            }
            (_, eval::Val::Nodes(hits, _)) => hits,
            _ => return Ok(None),
        };
        // A draft whose vote a meeting record or letter records is known
        // from that record too: its vote was read, only its text was not.
        let (mut all, mut cited_only, mut voted_drafts) = (0, 0, 0);
        for h in hits {
            let Some(n) = self.node_at(h.node).filter(|n| n.kind.is_document()) else {
                continue;
            };
            all += 1;
            if !n.held {
                cited_only += 1;
                if n.kind == crate::model::NodeKind::DraftResolution && self.has_vote_record(h.node) {
                    voted_drafts += 1;
                }
            }
        }
        if cited_only > 0 && voted_drafts == cited_only {
            return Ok(Some(format!(
                "the text of {} not read into this graph; {} known from the record of the vote on {}",
                if cited_only == 1 {
                    "this draft was"
                } else {
                    "these drafts were"
                },
                if cited_only == 1 { "it is" } else { "they are" },
                if cited_only == 1 { "it" } else { "them" },
            )));
        }
        let (which, whose) = match (cited_only, all) {
            (0, _) => return Ok(None),
            (1, 1) => ("this document is".to_string(), "its"),
            (c, a) if c == a => (format!("all {a} of these documents are"), "their"),
            (1, a) => (format!("1 of these {a} documents is"), "its"),
            (c, a) => (format!("{c} of these {a} documents are"), "their"),
        };
        Ok(Some(format!(
            "{which} known only from citations ({whose} text was not read into this graph); \
             add `where held` to count or list only those held"
        )))
    }

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
    /// The resolved plan, for a query without parameters.
    plan: Option<resolve::Plan>,
    /// The parsed program, for a query with parameters (resolved per run).
    program: Option<(Program, Limits)>,
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
        self.run_with(&Params::new())
    }

    /// Evaluate the query with its parameters bound to `params`: `$1` to
    /// the first value pushed, `$name` to the value set for `name`. Each
    /// value takes the place of a node name or a literal in the parsed
    /// query, so no value can change the query's structure; a parameter
    /// without a value is an error naming it.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::{Params, Row};
    /// let cites = graph.prepare("$doc -> cites | count")?;
    /// for (doc, n) in [("2531", 14), ("1325", 0)] {
    ///     let table = cites.run_with(&Params::new().set("doc", doc))?;
    ///     assert_eq!(table.rows()[0], Row::Count(n));
    /// }
    /// assert!(cites.run().unwrap_err().to_string().contains("$doc"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn run_with(&self, params: &Params) -> Result<Table<'g>, QueryError> {
        match (&self.plan, &self.program) {
            (Some(plan), _) => stack::with_stack(|| self.graph.run_statement(plan, &plan.statement)),
            (None, Some((program, limits))) => {
                let mut program = program.clone();
                stack::with_stack(|| params::bind(&mut program, params))?;
                let names = names::Names::new(self.graph);
                let plan = self
                    .graph
                    .resolve_located(&names, &self.text, &program, limits.clone())?;
                stack::with_stack(|| self.graph.run_statement(&plan, &plan.statement))
            }
            (None, None) => unreachable!("a prepared query holds a plan or a program"),
        }
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
    "vetoed",
    "acts_under",
];

#[cfg(test)]
mod tests;
