//! Plan → rows. Walks the graph's walk adjacency (`graph::Adjacency`, each
//! node's edges in one run), breadth first with a visited bitmap so each
//! walk is O(V+E); shortest paths from both ends; bounded path
//! enumeration; an O(V+E)-per-iteration PageRank.
//!
//! One rule joins a resolution to the draft it was adopted from: a
//! resolution's text-derived edges (cites, mentions, establishes,
//! extends_mandate, submitted_by going out; voted coming in) include its
//! draft's. The extractor records votes and the text on the draft
//! (`S/2020/600`), while people ask about the resolution (`2531`).

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

use petgraph::Direction as PDir;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef as _, IntoEdgeReferences as _, NodeIndexable as _};

use super::Metric;
use super::ast::{CmpOp, SetOp};
use super::error::QueryError;
use super::natural_cmp;
use super::resolve::{Dir, EdgeMask, Field, KindMask, PCond, PExpr, PStage, PValue, Plan, SortKey, Walk};
use crate::graph::CitationGraph;
use crate::model::{Edge, EdgeKind, Node};

mod aggregate;
mod filter;
mod paths;
mod walk;

pub(crate) use filter::meeting_of;

#[cfg(test)]
pub(crate) use aggregate::pagerank;
pub(crate) use aggregate::{first_by_id, top_scored};
pub(crate) use filter::{is_council_draft, vetoed};

type G = StableDiGraph<Node, Edge>;

/// A set of visited nodes for one walk: a bitmap over node indices, taken
/// from a per-thread pool and cleared on drop word by word where it was
/// written, so a small walk in a million-node graph neither allocates nor
/// zeroes 125 KB.
struct Marks {
    words: Vec<u64>,
    /// Indices of the words made non-zero, to clear them.
    touched: Vec<u32>,
}

thread_local! {
    static MARKS: std::cell::RefCell<Vec<(Vec<u64>, Vec<u32>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Marks {
    /// An empty set over node indices below `bound`.
    fn new(bound: usize) -> Marks {
        let (mut words, touched) = MARKS
            .try_with(|pool| pool.borrow_mut().pop())
            .ok()
            .flatten()
            .unwrap_or_default();
        let len = bound.div_ceil(64);
        if words.len() < len {
            words.resize(len, 0);
        }
        Marks { words, touched }
    }

    /// Mark `n`; true when it was not marked before.
    fn visit(&mut self, n: NodeIndex) -> bool {
        let i = n.index();
        let (w, bit) = (i / 64, 1u64 << (i % 64));
        let word = &mut self.words[w];
        if *word & bit != 0 {
            return false;
        }
        if *word == 0 {
            self.touched.push(w as u32);
        }
        *word |= bit;
        true
    }

    fn is_visited(&self, n: &NodeIndex) -> bool {
        let i = n.index();
        self.words[i / 64] & (1u64 << (i % 64)) != 0
    }

    /// Unmark `n`.
    fn unvisit(&mut self, n: NodeIndex) {
        let i = n.index();
        self.words[i / 64] &= !(1u64 << (i % 64));
    }
}

impl Drop for Marks {
    fn drop(&mut self) {
        let (mut words, mut touched) = (std::mem::take(&mut self.words), std::mem::take(&mut self.touched));
        if touched.len() > words.len() / 8 {
            words.fill(0);
        } else {
            for &w in &touched {
                words[w as usize] = 0;
            }
        }
        touched.clear();
        // During thread teardown the pool may be gone: then the set is freed.
        let _ = MARKS.try_with(|pool| {
            let mut pool = pool.borrow_mut();
            if pool.len() < 8 {
                pool.push((words, touched));
            }
        });
    }
}

thread_local! {
    static HITS: std::cell::RefCell<Vec<Vec<Hit>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A vector of hits taken from a per-thread pool, empty, and given back
/// (with its capacity) on drop.
struct Scratch(Vec<Hit>);

impl Scratch {
    fn take() -> Scratch {
        Scratch(
            HITS.try_with(|pool| pool.borrow_mut().pop())
                .ok()
                .flatten()
                .unwrap_or_default(),
        )
    }
}

impl std::ops::Deref for Scratch {
    type Target = Vec<Hit>;
    fn deref(&self) -> &Vec<Hit> {
        &self.0
    }
}

impl std::ops::DerefMut for Scratch {
    fn deref_mut(&mut self) -> &mut Vec<Hit> {
        &mut self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let mut hits = std::mem::take(&mut self.0);
        hits.clear();
        // A buffer grown by a huge walk is not kept.
        if hits.capacity() <= 1 << 16 {
            let _ = HITS.try_with(|pool| {
                let mut pool = pool.borrow_mut();
                if pool.len() < 4 {
                    pool.push(hits);
                }
            });
        }
    }
}

/// The two flags a walk keeps for each node, side by side in one bitmap
/// (bit 2i: reported, bit 2i + 1: expanded), so that the looks at a node's
/// two flags read one word.
struct WalkFlags(Marks);

impl WalkFlags {
    fn new(bound: usize) -> WalkFlags {
        WalkFlags(Marks::new(2 * bound))
    }

    fn is_reported(&self, n: NodeIndex) -> bool {
        self.0.is_visited(&NodeIndex::new(2 * n.index()))
    }

    /// Flag `n` reported; true when it was not before.
    fn report(&mut self, n: NodeIndex) -> bool {
        self.0.visit(NodeIndex::new(2 * n.index()))
    }

    /// Flag `n` expanded; true when it was not before.
    fn expand(&mut self, n: NodeIndex) -> bool {
        self.0.visit(NodeIndex::new(2 * n.index() + 1))
    }
}

/// A node reached by a query, with how it was reached.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub node: NodeIndex,
    pub depth: u32,
    /// The node the walk came from.
    pub from: Option<NodeIndex>,
    /// The edge followed, and whether it was followed forwards.
    pub edge: Option<(EdgeIndex, bool)>,
    /// The draft whose edge this is, when inherited by its resolution.
    pub via: Option<NodeIndex>,
    pub score: Option<f64>,
}

impl Hit {
    fn at(node: NodeIndex) -> Hit {
        Hit {
            node,
            depth: 0,
            from: None,
            edge: None,
            via: None,
            score: None,
        }
    }
}

impl Eval<'_> {
    /// [`PExpr::Renamed`]: the bodies each start was renamed from (`back`:
    /// renamed to), each reached by the `establishes` edge whose relation
    /// says so (`renames MONUC`, 1925 (2010) to MONUSCO), its evidence. The
    /// former body is the one the renaming resolution links to under the
    /// name its relation gives.
    fn renamed(&self, starts: &[Hit], back: bool) -> Vec<Hit> {
        let g = self.g;
        fn former(e: &Edge) -> Option<&str> {
            (e.kind == EdgeKind::Establishes)
                .then(|| e.attrs().relation.as_deref()?.strip_prefix("renames "))
                .flatten()
        }
        let mut out: Vec<Hit> = Vec::new();
        let mut seen: HashSet<NodeIndex> = HashSet::new();
        for start in starts.iter().map(|h| h.node) {
            // The renaming edges: into the start, or out of a resolution
            // that links to it, naming it as the former body.
            let edges: Vec<EdgeIndex> = if back {
                let by: HashSet<NodeIndex> = g
                    .edges_directed(start, PDir::Incoming)
                    .map(|e| e.source())
                    .collect();
                by.into_iter()
                    .flat_map(|r| g.edges_directed(r, PDir::Outgoing))
                    .filter(|e| {
                        former(e.weight()).is_some_and(|name| super::resolve::is_named(&g[start], name))
                    })
                    .map(|e| e.id())
                    .collect()
            } else {
                g.edges_directed(start, PDir::Incoming)
                    .filter(|e| former(e.weight()).is_some())
                    .map(|e| e.id())
                    .collect()
            };
            for e in edges {
                let Some((resolution, renamed)) = g.edge_endpoints(e) else {
                    continue;
                };
                let found: Vec<NodeIndex> = if back {
                    vec![renamed]
                } else {
                    let name = former(&g[e]).unwrap_or_default();
                    let mut linked: Vec<NodeIndex> = g
                        .edges_directed(resolution, PDir::Outgoing)
                        .map(|l| l.target())
                        .filter(|n| *n != renamed && super::resolve::is_named(&g[*n], name))
                        .collect();
                    linked.sort_unstable();
                    linked.dedup();
                    linked
                };
                for node in found {
                    if seen.insert(node) {
                        out.push(Hit {
                            node,
                            depth: 1,
                            from: Some(start),
                            edge: Some((e, back)),
                            via: None,
                            score: None,
                        });
                    }
                }
            }
        }
        out
    }
}

/// A path: its nodes and the edges between them (edge, followed forwards).
#[derive(Debug, Clone)]
pub(crate) struct PathVal {
    pub nodes: Vec<NodeIndex>,
    pub edges: Vec<(EdgeIndex, bool)>,
}

/// The order of a set of nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    /// By depth, then id: the default.
    ById,
    /// As a ranking or `sort by` left them.
    Ranked,
    /// Not yet ordered (`all`, a union): sorted by depth and id when
    /// needed, and then only as far as needed (`limit 3` of a million nodes
    /// selects three before sorting them).
    Unordered,
    /// Scored but not yet ranked (`cocited`): ranked by score when needed,
    /// as far as needed.
    Scored,
}

impl Order {
    /// The first `n` hits in this order, sorted.
    pub(crate) fn first(self, mut hits: Vec<Hit>, n: usize, graph: &CitationGraph) -> Vec<Hit> {
        match self {
            Order::Unordered => first_by_id(hits, n, graph),
            Order::Scored => top_scored(hits, n, graph),
            Order::ById | Order::Ranked => {
                hits.truncate(n);
                hits
            }
        }
    }

    /// The order after taking the first hits.
    fn settled(self) -> Order {
        match self {
            Order::Unordered => Order::ById,
            Order::Scored => Order::Ranked,
            other => other,
        }
    }
}

/// The value of an expression.
#[derive(Debug, Clone)]
pub(crate) enum Val {
    Nodes(Vec<Hit>, Order),
    Paths(Vec<PathVal>),
    /// Groups by a field's value: the key, how many are known to be in the
    /// group, and how many more may be (left undecided by a condition for
    /// lack of a record).
    Groups {
        field: Field,
        rows: Vec<(String, u64, u64)>,
    },
    /// How many are known to meet the conditions, and how many more may
    /// (undecided for lack of a record), `open` when a number no record
    /// gives may too (texts of the years asked missing): exact only when
    /// `unknown` is 0 and it is not `open`.
    Count {
        known: u64,
        unknown: u64,
        open: bool,
    },
    /// One hit per edge matched (`| edges`): `from` is the far end, `edge`
    /// the edge, `node` the node the walk reported.
    Edges(Vec<Hit>),
}

/// What the evaluator hands to the table: the value, notes, and the metric
/// a score column stands for.
pub(crate) struct Output {
    pub val: Val,
    pub notes: Vec<String>,
    pub metric: Option<Metric>,
    /// A condition kept nothing its records decide and left candidates it
    /// could not decide: an empty answer is unknown, not none.
    pub undecided: bool,
}

/// One edge followed from a node.
#[derive(Clone, Copy)]
struct Hop {
    to: NodeIndex,
    edge: EdgeIndex,
    forward: bool,
    via: Option<NodeIndex>,
}

/// The kinds a resolution takes over from its draft in this direction: its
/// text's edges going out, the votes on it coming in.
fn inherited_mask(dir: PDir) -> EdgeMask {
    let of = |k| EdgeMask::of(k).0;
    EdgeMask(match dir {
        PDir::Outgoing => {
            of(EdgeKind::Cites)
                | of(EdgeKind::Mentions)
                | of(EdgeKind::Establishes)
                | of(EdgeKind::ExtendsMandate)
                | of(EdgeKind::Authorizes)
                | of(EdgeKind::Terminates)
                | of(EdgeKind::ModifiesMandate)
                | of(EdgeKind::ActsUnder)
                | of(EdgeKind::AuthorizesForce)
                | of(EdgeKind::SubmittedBy)
        }
        PDir::Incoming => of(EdgeKind::Voted),
    })
}

/// The direction that retraces hops taken in `dir`.
fn reversed(dir: Dir) -> Dir {
    match dir {
        Dir::Out => Dir::In,
        Dir::In => Dir::Out,
        Dir::Both => Dir::Both,
    }
}

pub(crate) struct Eval<'g> {
    graph: &'g CitationGraph,
    g: &'g G,
    plan: &'g Plan,
    vars: Vec<Val>,
    notes: Vec<String>,
    pagerank: Option<Vec<f64>>,
    metric: Option<Metric>,
    /// The years a vote metric counts the votes of (`top 10 by
    /// abstained_1990_1999`); `None`: every year.
    vote_years: Option<(u16, u16)>,
    /// A walk over the votes cast on documents some of which carry no vote
    /// record was taken: a count of what it found is no total.
    votes_unrecorded: bool,
    /// See [`Output::undecided`].
    undecided: bool,
}

type R<T> = Result<T, QueryError>;

impl<'g> Eval<'g> {
    pub fn new(graph: &'g CitationGraph, plan: &'g Plan) -> Eval<'g> {
        Eval {
            graph,
            g: graph.petgraph(),
            plan,
            vars: Vec::new(),
            notes: Vec::new(),
            pagerank: None,
            metric: None,
            vote_years: None,
            votes_unrecorded: false,
            undecided: false,
        }
    }

    /// Evaluate the bindings, then `expr`.
    pub fn run(mut self, expr: &PExpr) -> R<Output> {
        for b in &self.plan.bindings {
            let v = self.expr(b)?;
            self.vars.push(v);
        }
        let val = self.expr(expr)?;
        Ok(Output {
            val,
            notes: self.notes,
            metric: self.metric,
            undecided: self.undecided,
        })
    }

    // ------------------------------------------------------------ adjacency

    /// The resolutions `n` was adopted as.
    fn adopted_as(&self, n: NodeIndex) -> impl Iterator<Item = NodeIndex> + 'g {
        self.graph.adjacency().adopted_as(n)
    }

    /// Every edge of a kind in `mask` leaving `n` in direction `dir`, with
    /// the draft rule applied both ways.
    #[inline(always)]
    fn hops(&self, n: NodeIndex, dir: PDir, mask: EdgeMask, f: &mut impl FnMut(Hop)) {
        let adjacency = self.graph.adjacency();
        let rows = adjacency.rows(dir);
        let forward = dir == PDir::Outgoing;
        let inherits_there = inherited_mask(dir.opposite());
        for (other, edge, bit) in rows.with_kinds(n, mask.0) {
            f(Hop {
                to: other,
                edge,
                forward,
                via: None,
            });
            // The other end is a draft: its resolution stands there too.
            if inherits_there.0 & bit != 0 && adjacency.is_adopted_draft(other) {
                for r in adjacency.adopted_as(other) {
                    if r != n {
                        f(Hop {
                            to: r,
                            edge,
                            forward,
                            via: Some(other),
                        });
                    }
                }
            }
        }
        // `n` is a state: what its representatives signed, it signed through
        // them (the person is the hit's `via`).
        if dir == PDir::Incoming && mask.has(EdgeKind::SignedBy) {
            for &(doc, edge, person) in adjacency.represented(n) {
                f(Hop {
                    to: doc,
                    edge,
                    forward,
                    via: Some(person),
                });
            }
        }
        // `n` is a resolution: its drafts' edges are its own.
        let inherits_here = inherited_mask(dir);
        let inherited_kinds = mask.0 & inherits_here.0;
        if inherited_kinds != 0 && adjacency.has_drafts(n) {
            for &d in self.graph.drafts_of(n) {
                for (other, edge, _) in rows.with_kinds(d, inherited_kinds) {
                    if other != n {
                        f(Hop {
                            to: other,
                            edge,
                            forward,
                            via: Some(d),
                        });
                    }
                }
            }
        }
    }

    /// The rows of `n` in `dir` when its hops along `mask` are its own
    /// edges and nothing more: one direction, no kind a draft passes on to
    /// its resolution at the far end, and no drafts of `n` to read.
    fn direct_only(&self, n: NodeIndex, dir: Dir, mask: EdgeMask) -> Option<&'g crate::graph::Rows> {
        let pdir = match dir {
            Dir::Out => PDir::Outgoing,
            Dir::In => PDir::Incoming,
            Dir::Both => return None,
        };
        let adjacency = self.graph.adjacency();
        let far_drafts = mask.0 & inherited_mask(pdir.opposite()).0 != 0;
        let own_drafts = mask.0 & inherited_mask(pdir).0 != 0 && adjacency.has_drafts(n);
        let represented =
            pdir == PDir::Incoming && mask.has(EdgeKind::SignedBy) && !adjacency.represented(n).is_empty();
        (!far_drafts && !own_drafts && !represented).then(|| adjacency.rows(pdir))
    }

    /// The number of edges of any kind `n` has in direction `dir`.
    fn edge_count(&self, n: NodeIndex, dir: Dir) -> usize {
        let adjacency = self.graph.adjacency();
        match dir {
            Dir::Out => adjacency.rows(PDir::Outgoing).len_of(n),
            Dir::In => adjacency.rows(PDir::Incoming).len_of(n),
            Dir::Both => adjacency.rows(PDir::Outgoing).len_of(n) + adjacency.rows(PDir::Incoming).len_of(n),
        }
    }

    #[inline(always)]
    fn hops_dir(&self, n: NodeIndex, dir: Dir, mask: EdgeMask, f: &mut impl FnMut(Hop)) {
        match dir {
            Dir::Out => self.hops(n, PDir::Outgoing, mask, f),
            Dir::In => self.hops(n, PDir::Incoming, mask, f),
            Dir::Both => {
                self.hops(n, PDir::Outgoing, mask, f);
                self.hops(n, PDir::Incoming, mask, f);
            }
        }
    }

    // ------------------------------------------------------------ expressions

    fn expr(&mut self, e: &PExpr) -> R<Val> {
        Ok(match e {
            PExpr::Nodes(nodes) => {
                let mut hits: Vec<Hit> = nodes.iter().map(|n| Hit::at(*n)).collect();
                self.sort_by_id(&mut hits);
                Val::Nodes(hits, Order::ById)
            }
            PExpr::All(mask) => {
                let hits: Vec<Hit> = match mask {
                    None => self.g.node_indices().map(Hit::at).collect(),
                    Some(m) => {
                        self.note_untold_kinds(*m);
                        self.g
                            .node_indices()
                            .filter(|ix| m.has(self.g[*ix].kind))
                            .map(Hit::at)
                            .collect()
                    }
                };
                Val::Nodes(hits, Order::Unordered)
            }
            PExpr::Var(i) => self
                .vars
                .get(*i)
                .cloned()
                .ok_or_else(|| QueryError::invalid("a binding is used before it is defined"))?,
            PExpr::Walk(w) => {
                let (starts, _) = self.nodes(&w.from, "a step (->, <-)")?;
                self.note_vote_records(&w.from, &starts, w.dir, w.kinds);
                let hits = self.walk(&starts, w, None);
                self.note_represented(&starts, &hits);
                Val::Nodes(hits, Order::ById)
            }
            // Conditions: see `decided`.
            PExpr::Where { .. } => self.decided(e)?.0,
            PExpr::Renamed { from, back } => {
                let (starts, _) = self.nodes(from, "a step (->, <-)")?;
                Val::Nodes(self.renamed(&starts, *back), Order::ById)
            }
            PExpr::Set { op, left, right } => {
                let (a, order) = self.nodes(left, "union, intersect and except")?;
                let (b, _) = self.nodes(right, "union, intersect and except")?;
                let in_b: HashSet<NodeIndex> = b.iter().map(|h| h.node).collect();
                let in_a: HashSet<NodeIndex> = a.iter().map(|h| h.node).collect();
                match op {
                    SetOp::Union => Val::Nodes(
                        a.into_iter()
                            .chain(b.into_iter().filter(|h| !in_a.contains(&h.node)))
                            .collect(),
                        Order::Unordered,
                    ),
                    SetOp::Intersect => {
                        Val::Nodes(a.into_iter().filter(|h| in_b.contains(&h.node)).collect(), order)
                    }
                    SetOp::Except => {
                        Val::Nodes(a.into_iter().filter(|h| !in_b.contains(&h.node)).collect(), order)
                    }
                }
            }
            PExpr::Path {
                from,
                to,
                all,
                kinds,
                undirected,
                max,
            } => {
                let dir = if *undirected { Dir::Both } else { Dir::Out };
                let paths = if *all {
                    let paths = self.all_paths(*from, *to, dir, *kinds, *max);
                    if !paths.is_empty() {
                        // Longer paths are not looked for: say so.
                        self.notes.push(format!(
                            "paths of at most {max} steps; end the query with `max N` for longer ones"
                        ));
                    }
                    paths
                } else {
                    self.shortest_path(*from, *to, dir, *kinds).into_iter().collect()
                };
                self.note_suspect_steps(&paths);
                Val::Paths(paths)
            }
            PExpr::Pipe { input, stage } => match (&**input, stage) {
                // `all | top N by M` with a metric of the node alone: rank
                // straight from the scores, without a hit for every node.
                (PExpr::All(mask), PStage::Top { n, metric, .. })
                    if matches!(
                        metric,
                        Metric::Citations
                            | Metric::References
                            | Metric::Mentions
                            | Metric::Degree
                            | Metric::PageRank
                    ) =>
                {
                    Val::Nodes(self.top_of_all(*mask, *n, *metric), Order::Ranked)
                }
                (input, PStage::Edges) => Val::Edges(self.edge_rows(input)?),
                // A count or grouping of what conditions chose counts apart
                // those the conditions could not decide for lack of a record:
                // a count is never a 0 that means "unknown".
                (input, PStage::Count | PStage::GroupBy(_)) => {
                    let (v, undecided) = self.decided(input)?;
                    self.aggregate(v, &undecided, stage)?
                }
                (_, PStage::Where(_)) => self.decided(e)?.0,
                _ => {
                    let chosen = match &**input {
                        PExpr::Where { cond, .. }
                        | PExpr::Pipe {
                            stage: PStage::Where(cond),
                            ..
                        } => Some(cond),
                        _ => None,
                    };
                    if let (
                        Some(cond),
                        PStage::Top {
                            metric: Metric::Citations,
                            ..
                        },
                    ) = (chosen, stage)
                        && dated(cond)
                    {
                        // `the most cited resolutions in 2010` could mean
                        // citations made in 2010: say which reading this is.
                        self.notes.push(
                            "the time condition chooses the documents ranked; their citations are counted from every year"
                                .to_string(),
                        );
                    }
                    let v = self.expr(input)?;
                    self.stage(v, stage)?
                }
            },
        })
    }

    /// The value of `e`, and the nodes a condition of it could not decide
    /// for lack of a record (a vote, a date) and left out, less those a
    /// later condition decides against: `a | where c1 | where c2` keeps
    /// undecided what neither condition rules out and one leaves unknown
    /// (three-valued `and`).
    fn decided(&mut self, e: &PExpr) -> R<(Val, Vec<Hit>)> {
        let (input, cond) = match e {
            // A walk's results filtered: a node passes when any edge that
            // reaches it at its depth passes, so the walk tests each such
            // edge rather than only the first one it met.
            PExpr::Where { input, cond } if matches!(&**input, PExpr::Walk(_)) => {
                let PExpr::Walk(w) = &**input else {
                    unreachable!("matched above")
                };
                let (starts, _) = self.nodes(&w.from, "a step (->, <-)")?;
                self.note_vote_records(&w.from, &starts, w.dir, w.kinds);
                let hits = self.walk(&starts, w, Some(cond));
                let (hits, mut undecided) = self.keep_split(hits, cond);
                if hits.is_empty() && undecided.is_empty() {
                    undecided = self.unread_candidates(w, cond);
                }
                self.note_represented(&starts, &hits);
                return Ok((Val::Nodes(hits, Order::ById), undecided));
            }
            PExpr::Where { input, cond }
            | PExpr::Pipe {
                input,
                stage: PStage::Where(cond),
            } => (&**input, cond),
            other => return Ok((self.expr(other)?, Vec::new())),
        };
        let (v, before) = self.decided(input)?;
        match v {
            Val::Nodes(hits, order) => {
                let (kept, mut undecided) = self.keep_split(hits, cond);
                undecided.extend(before.into_iter().filter(|h| self.truth(cond, h) != Some(false)));
                Ok((Val::Nodes(kept, order), undecided))
            }
            Val::Edges(hits) if matches!(e, PExpr::Pipe { .. }) => {
                Ok((Val::Edges(self.keep(hits, cond)), before))
            }
            other if matches!(e, PExpr::Pipe { .. }) => Err(QueryError::invalid(format!(
                "`where` cannot follow {}; it needs a set of nodes",
                describe(&other)
            ))),
            other => Err(QueryError::invalid(format!(
                "where needs a set of nodes, but its input gives {}",
                describe(&other)
            ))),
        }
    }

    fn nodes(&mut self, e: &PExpr, what: &str) -> R<(Vec<Hit>, Order)> {
        match self.expr(e)? {
            Val::Nodes(h, order) => Ok((h, order)),
            other => Err(QueryError::invalid(format!(
                "{what} needs a set of nodes, but its input gives {}",
                describe(&other)
            ))),
        }
    }

    fn sort_by_id(&self, hits: &mut Vec<Hit>) {
        Ids::new(self.graph).sort(hits);
    }
}

/// Whether `cond` asks for a year or a date.
fn dated(cond: &PCond) -> bool {
    match cond {
        PCond::And(a, b) | PCond::Or(a, b) => dated(a) || dated(b),
        PCond::Not(c) => dated(c),
        PCond::Cmp { field, .. } => matches!(field, Field::Year | Field::Date),
        PCond::Link { .. } | PCond::True => false,
    }
}

/// The natural order of node ids, through the graph's id rank
/// ([`CitationGraph::id_rank`], built on the first sort and kept until a node
/// is added): comparing two nodes is comparing two integers.
#[derive(Clone, Copy)]
pub(crate) struct Ids<'g> {
    rank: &'g [u32],
}

impl<'g> Ids<'g> {
    pub(crate) fn new(graph: &'g CitationGraph) -> Ids<'g> {
        Ids {
            rank: graph.id_rank(),
        }
    }

    fn cmp(&self, a: NodeIndex, b: NodeIndex) -> Ordering {
        self.rank[a.index()].cmp(&self.rank[b.index()])
    }

    /// Highest score first; ties by id.
    fn by_score(&self, a: &Hit, b: &Hit) -> Ordering {
        let (x, y) = (a.score.unwrap_or(0.0), b.score.unwrap_or(0.0));
        y.partial_cmp(&x)
            .unwrap_or(Ordering::Equal)
            .then_with(|| self.cmp(a.node, b.node))
    }

    fn by_depth_id(&self, a: &Hit, b: &Hit) -> Ordering {
        a.depth.cmp(&b.depth).then_with(|| self.cmp(a.node, b.node))
    }

    /// Sort by depth, then id (stable: equal keys keep their order).
    fn sort(&self, hits: &mut Vec<Hit>) {
        *hits = self.sorted(hits);
    }

    /// `hits` sorted by depth, then id, into a new vector.
    fn sorted(&self, hits: &[Hit]) -> Vec<Hit> {
        let rank = self.rank;
        // Each hit's key read once (one look into the rank array): depth
        // and rank in one integer, radix-sorted (a few passes over the keys,
        // where a comparison sort makes n log n comparisons), then the hits
        // copied once, in that order.
        let bound = rank.len() as u64;
        let key = |h: &Hit| u64::from(h.depth) * bound + u64::from(rank[h.node.index()]);
        let deepest = hits.iter().map(|h| h.depth).max().unwrap_or(0);
        let narrow = (u64::from(deepest) + 1) * bound <= u64::from(u32::MAX);
        if narrow && hits.len() < 256 {
            // Few keys of 32 bits: each with its position in one integer,
            // and a comparison sort (a radix sort's fixed cost, four tables
            // of 256 counts, is more than sorting them).
            let mut keys: Vec<u64> = hits
                .iter()
                .enumerate()
                .map(|(i, h)| key(h) << 32 | i as u64)
                .collect();
            keys.sort_unstable();
            keys.into_iter()
                .map(|k| hits[(k & u64::from(u32::MAX)) as usize])
                .collect()
        } else if narrow {
            // Keys of 32 bits: half the digits to sort on.
            let mut keys: Vec<(u32, u32)> = hits
                .iter()
                .enumerate()
                .map(|(i, h)| (key(h) as u32, i as u32))
                .collect();
            radsort::sort_by_key(&mut keys, |&(key, _)| key);
            keys.into_iter().map(|(_, i)| hits[i as usize]).collect()
        } else {
            let mut keys: Vec<(u64, u32)> =
                hits.iter().enumerate().map(|(i, h)| (key(h), i as u32)).collect();
            radsort::sort_by_key(&mut keys, |&(key, _)| key);
            keys.into_iter().map(|(_, i)| hits[i as usize]).collect()
        }
    }

    fn sort_scored(&self, hits: &mut [Hit]) {
        hits.sort_by(|a, b| self.by_score(a, b));
    }
}

fn describe(v: &Val) -> &'static str {
    match v {
        Val::Nodes(..) => "a set of nodes",
        Val::Paths(_) => "paths",
        Val::Groups { .. } => "groups",
        Val::Count { .. } => "a count",
        Val::Edges(_) => "edges",
    }
}

fn stage_name(s: &PStage) -> &'static str {
    match s {
        PStage::Where(_) => "where",
        PStage::Count => "count",
        PStage::GroupBy(_) => "group by",
        PStage::Top { .. } => "top",
        PStage::Sort { .. } => "sort by",
        PStage::Limit(_) => "limit",
        PStage::Cocited => "cocited",
        PStage::Coupled => "coupled",
        PStage::Cited => "cited",
        PStage::Edges => "edges",
        PStage::Select(_) => "select",
    }
}

#[cfg(test)]
mod path_tests;
