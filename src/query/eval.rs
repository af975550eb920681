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
use super::resolve::{Dir, EdgeMask, Field, KindMask, PCond, PExpr, PStage, PValue, Plan, SortKey};
use crate::graph::CitationGraph;
use crate::model::{Edge, EdgeKind, Node};

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
    Groups {
        field: Field,
        rows: Vec<(String, u64)>,
    },
    Count(u64),
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

/// One side of a breadth-first search: the nodes seen, and the layers
/// they were found in (layer k: k hops from the start), one after another
/// in one vector.
struct Layers {
    seen: Marks,
    nodes: Vec<NodeIndex>,
    /// Where each layer starts in `nodes`; the last runs to the end.
    starts: Vec<usize>,
    /// The hops taken expanding each layer but the last.
    layer_hops: Vec<usize>,
    /// Their sum: with the nodes expanded, the average number of hops per
    /// node, to guess what expanding the frontier costs.
    hops: usize,
}

impl Layers {
    fn new(start: NodeIndex, bound: usize) -> Layers {
        let mut seen = Marks::new(bound);
        seen.visit(start);
        let mut nodes = Vec::with_capacity(64);
        nodes.push(start);
        Layers {
            seen,
            nodes,
            starts: vec![0],
            layer_hops: Vec::new(),
            hops: 0,
        }
    }

    /// The number of the last layer: how far the search has gone.
    fn depth(&self) -> usize {
        self.starts.len() - 1
    }

    /// Where layer `k` lies in `nodes`.
    fn span(&self, k: usize) -> std::ops::Range<usize> {
        self.starts[k]..self.starts.get(k + 1).copied().unwrap_or(self.nodes.len())
    }

    fn layer(&self, k: usize) -> &[NodeIndex] {
        &self.nodes[self.span(k)]
    }

    fn frontier(&self) -> &[NodeIndex] {
        self.layer(self.depth())
    }

    /// Unmark the nodes of layer `k` as seen.
    fn forget(&mut self, k: usize) {
        for i in self.span(k) {
            self.seen.unvisit(self.nodes[i]);
        }
    }

    /// The hops expanding the frontier is expected to take: its size times
    /// the hops per node seen so far on this side (one before any).
    fn cost(&self) -> f64 {
        let expanded = self.starts[self.depth()];
        self.frontier().len() as f64 * (self.hops + 1) as f64 / (expanded + 1) as f64
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
                    Some(m) => self
                        .g
                        .node_indices()
                        .filter(|ix| m.has(self.g[*ix].kind))
                        .map(Hit::at)
                        .collect(),
                };
                Val::Nodes(hits, Order::Unordered)
            }
            PExpr::Var(i) => self
                .vars
                .get(*i)
                .cloned()
                .ok_or_else(|| QueryError::invalid("a binding is used before it is defined"))?,
            PExpr::Walk {
                from,
                dir,
                kinds,
                lo,
                hi,
                capped,
                hop,
            } => {
                let (starts, _) = self.nodes(from, "a step (->, <-)")?;
                let hits = self.walk(&starts, *dir, *kinds, *lo, *hi, *capped, hop.as_ref(), None);
                self.note_represented(&starts, &hits);
                Val::Nodes(hits, Order::ById)
            }
            // A walk's results filtered: a node passes when any edge that
            // reaches it at its depth passes, so the walk tests each such
            // edge rather than only the first one it met.
            PExpr::Where { input, cond } if matches!(&**input, PExpr::Walk { .. }) => {
                let PExpr::Walk {
                    from,
                    dir,
                    kinds,
                    lo,
                    hi,
                    capped,
                    hop,
                } = &**input
                else {
                    unreachable!("matched above")
                };
                let (starts, _) = self.nodes(from, "a step (->, <-)")?;
                let hits = self.walk(&starts, *dir, *kinds, *lo, *hi, *capped, hop.as_ref(), Some(cond));
                let hits = self.keep(hits, cond);
                self.note_represented(&starts, &hits);
                Val::Nodes(hits, Order::ById)
            }
            PExpr::Where { input, cond } => {
                let (hits, order) = self.nodes(input, "where")?;
                Val::Nodes(self.keep(hits, cond), order)
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
                    self.all_paths(*from, *to, dir, *kinds, *max)
                } else {
                    self.shortest_path(*from, *to, dir, *kinds).into_iter().collect()
                };
                Val::Paths(paths)
            }
            PExpr::Pipe { input, stage } => match (&**input, stage) {
                // `all | top N by M` with a metric of the node alone: rank
                // straight from the scores, without a hit for every node.
                (PExpr::All(mask), PStage::Top { n, metric })
                    if matches!(
                        metric,
                        Metric::Citations | Metric::References | Metric::Degree | Metric::PageRank
                    ) =>
                {
                    Val::Nodes(self.top_of_all(*mask, *n, *metric), Order::Ranked)
                }
                (input, PStage::Edges) => Val::Edges(self.edge_rows(input)?),
                _ => {
                    let v = self.expr(input)?;
                    self.stage(v, stage)?
                }
            },
        })
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

    /// Breadth-first walk. Levels below `lo` are walked without a visited
    /// set (a node two steps away is reported by `*2..` even if it is also
    /// one step away); from `lo` on, each node is reported once, at the
    /// smallest depth, and expanded once, so the walk is O(V+E). A start
    /// node is a result when a walk of the range reaches it (a set whose
    /// members cite each other), or for `lo = 0`. The hits come sorted by
    /// depth and id.
    ///
    /// With `keep` (the condition of a `where` on the walk), a node is
    /// reported with the first edge reaching it at its depth that passes
    /// `keep`, and not at all when none does (it is still walked through):
    /// a node reached by several edges passes if any of them does.
    #[allow(clippy::too_many_arguments)]
    fn walk(
        &mut self,
        starts: &[Hit],
        dir: Dir,
        mask: EdgeMask,
        lo: u32,
        hi: u32,
        capped: bool,
        hop: Option<&PCond>,
        keep: Option<&PCond>,
    ) -> Vec<Hit> {
        // The hits gather in a buffer kept from walk to walk (growing a
        // fresh vector copies it at each doubling) and leave sorted by depth
        // and id, copied once into a vector of their size.
        let mut hits = Scratch::take();
        // Reported: nodes already in the result; expanded: nodes whose
        // edges the breadth-first phase has followed. A start node is a
        // result only when reached again (or for `lo = 0`).
        let mut flags = WalkFlags::new(self.g.node_bound());
        let mut frontier: Vec<NodeIndex> = Vec::new();
        {
            let mut dedup = Marks::new(self.g.node_bound());
            for s in starts {
                if dedup.visit(s.node) {
                    frontier.push(s.node);
                    if lo == 0 {
                        flags.report(s.node);
                        hits.push(Hit::at(s.node));
                    }
                }
            }
        }
        let passes = |this: &Self, h: &Hop, depth: u32| {
            hop.is_none_or(|c| {
                this.test(
                    c,
                    &Hit {
                        node: h.to,
                        depth,
                        from: None,
                        edge: Some((h.edge, h.forward)),
                        via: h.via,
                        score: None,
                    },
                )
            })
        };
        let mut depth = 0;
        // Walk semantics below `lo`: a level set per depth.
        while depth + 1 < lo && !frontier.is_empty() {
            let mut level = Marks::new(self.g.node_bound());
            let mut next = Vec::new();
            for &n in &frontier {
                self.hops_dir(n, dir, mask, &mut |h| {
                    if passes(self, &h, depth + 1) && level.visit(h.to) {
                        next.push(h.to);
                    }
                });
            }
            frontier = next;
            depth += 1;
        }
        for &n in &frontier {
            flags.expand(n);
        }
        // Each node's hops to new nodes are gathered into `buf` and handled
        // in a plain loop: a closure that did all the work per hop would not
        // be inlined, and cost a call per hop.
        let mut buf: Vec<Hop> = Vec::new();
        let mut next: Vec<NodeIndex> = Vec::new();
        // For `keep`: nodes reached at an earlier depth by no edge that
        // passes it, and those reached so at this depth so far.
        let mut failed = Marks::new(if keep.is_some() { self.g.node_bound() } else { 0 });
        let mut failing: Vec<NodeIndex> = Vec::new();
        let plain = hop.is_none() && keep.is_none();
        let forward = dir == Dir::Out;
        while depth < hi && !frontier.is_empty() {
            // Room for every edge of the level at once, rather than growing
            // by doubling (drafts' edges, rare, may still grow it).
            let edges: usize = frontier.iter().map(|&n| self.edge_count(n, dir)).sum();
            next.clear();
            next.reserve(edges);
            for &n in &frontier {
                // Where the draft rule adds no hop and no hop filter applies
                // (most nodes of most walks), the hops are the node's own
                // edges: walked straight off the adjacency, as `hops` would
                // give them, in the same order.
                if let Some(rows) = plain.then(|| self.direct_only(n, dir, mask)).flatten() {
                    for (to, edge, _) in rows.with_kinds(n, mask.0) {
                        if flags.report(to) {
                            hits.push(Hit {
                                node: to,
                                depth: depth + 1,
                                from: Some(n),
                                edge: Some((edge, forward)),
                                via: None,
                                score: None,
                            });
                            if flags.expand(to) {
                                next.push(to);
                            }
                        }
                    }
                    continue;
                }
                buf.clear();
                // Only hops to nodes not yet reported (checked again below:
                // a node may be reached twice from `n`).
                self.hops_dir(n, dir, mask, &mut |h| {
                    if !flags.is_reported(h.to) {
                        buf.push(h);
                    }
                });
                for h in &buf {
                    if flags.is_reported(h.to) || !passes(self, h, depth + 1) {
                        continue;
                    }
                    let hit = Hit {
                        node: h.to,
                        depth: depth + 1,
                        from: Some(n),
                        edge: Some((h.edge, h.forward)),
                        via: h.via,
                        score: None,
                    };
                    if let Some(keep) = keep {
                        if failed.is_visited(&h.to) {
                            continue;
                        }
                        if !self.test(keep, &hit) {
                            failing.push(h.to);
                            if flags.expand(h.to) {
                                next.push(h.to);
                            }
                            continue;
                        }
                    }
                    flags.report(h.to);
                    hits.push(hit);
                    if flags.expand(h.to) {
                        next.push(h.to);
                    }
                }
            }
            for n in failing.drain(..) {
                if !flags.is_reported(n) {
                    failed.visit(n);
                }
            }
            std::mem::swap(&mut frontier, &mut next);
            depth += 1;
        }
        if capped && !frontier.is_empty() {
            let mut more = false;
            for &n in &frontier {
                self.hops_dir(n, dir, mask, &mut |h| {
                    more |= !flags.is_reported(h.to) && passes(self, &h, depth + 1);
                });
                if more {
                    break;
                }
            }
            if more {
                self.notes.push(format!(
                    "the walk stopped at the depth limit of {hi} steps; write *1..N or `set max_depth = N;` to go further"
                ));
            }
        }
        if self.graph.has_adopted_drafts() {
            hits.retain(|h| !self.stands_for_resolution(h));
        }
        Ids::new(self.graph).sorted(&hits)
    }

    /// The edges a walk matched (`… | edges`): for each node the walk
    /// reports at depth d, every edge joining it to a node of depth d - 1
    /// (a start, for d = 1) along the steps' kinds that passes the hop
    /// filter and the `where` condition; an adopted draft's edge is given
    /// once, as its resolution's, when both stand at that depth. Rows come
    /// in the order of the walk's nodes, then by the far end's id.
    fn edge_rows(&mut self, e: &PExpr) -> R<Vec<Hit>> {
        let (walk, keep) = match e {
            PExpr::Where { input, cond } if matches!(&**input, PExpr::Walk { .. }) => (&**input, Some(cond)),
            PExpr::Walk { .. } => (e, None),
            _ => {
                return Err(QueryError::invalid(
                    "`| edges` needs a step (->, <-, <->) before it, as in `all resolutions -> extends_mandate | edges`",
                ));
            }
        };
        let PExpr::Walk {
            from,
            dir,
            kinds,
            lo,
            hi,
            capped,
            hop,
        } = walk
        else {
            unreachable!("matched above")
        };
        let (starts, _) = self.nodes(from, "a step (->, <-)")?;
        let hits = self.walk(&starts, *dir, *kinds, *lo, *hi, *capped, hop.as_ref(), keep);
        let start_set: HashSet<NodeIndex> = starts.iter().map(|h| h.node).collect();
        let depth_of: HashMap<NodeIndex, u32> = hits.iter().map(|h| (h.node, h.depth)).collect();
        let at = |n: NodeIndex, d: u32| {
            if d == 0 {
                start_set.contains(&n)
            } else {
                depth_of.get(&n) == Some(&d)
            }
        };
        let back = reversed(*dir);
        let ids = Ids::new(self.graph);
        let mut rows = Vec::new();
        for h in &hits {
            let Some(d) = h.depth.checked_sub(1) else { continue };
            // Levels below `lo` are not kept: the edge the walk followed.
            if d > 0 && *lo > 1 {
                rows.push(*h);
                continue;
            }
            let mut found: Vec<Hit> = Vec::new();
            self.hops_dir(h.node, back, *kinds, &mut |hp| {
                if at(hp.to, d) {
                    found.push(Hit {
                        node: h.node,
                        depth: h.depth,
                        from: Some(hp.to),
                        edge: Some((hp.edge, !hp.forward)),
                        via: hp.via,
                        score: None,
                    });
                }
            });
            let passes = |this: &Self, r: &Hit| {
                hop.as_ref().is_none_or(|c| this.test(c, r)) && keep.is_none_or(|c| this.test(c, r))
            };
            found.retain(|r| passes(self, r));
            // A draft standing beside its resolution: the resolution's row.
            let adjacency = self.graph.adjacency();
            let has_row = |n: NodeIndex, found: &[Hit]| found.iter().any(|r| r.from == Some(n));
            let keep_rows: Vec<Hit> = found
                .iter()
                .copied()
                .filter(|r| {
                    let u = r.from.expect("set above");
                    !(r.via.is_none()
                        && adjacency.is_adopted_draft(u)
                        && adjacency.adopted_as(u).any(|res| has_row(res, &found)))
                })
                .collect();
            let mut keep_rows = keep_rows;
            keep_rows.sort_by(|a, b| ids.cmp(a.from.expect("set"), b.from.expect("set")));
            keep_rows.dedup_by(|a, b| a.from == b.from && a.edge == b.edge);
            rows.extend(keep_rows);
        }
        Ok(rows)
    }

    /// True when the hit is an adopted draft reached through an edge its
    /// resolution takes over (a citation its text makes, a vote on it): the
    /// walk reports the resolution in its place (with the draft as `via`),
    /// so that a text and its votes count once
    /// ([`CitationGraph::citers`]).
    fn stands_for_resolution(&self, h: &Hit) -> bool {
        let Some((e, forward)) = h.edge else {
            return false;
        };
        if !self.graph.adjacency().is_adopted_draft(h.node) {
            return false;
        }
        // Followed forwards, the draft is the edge's target.
        let side = if forward { PDir::Incoming } else { PDir::Outgoing };
        inherited_mask(side).0 & EdgeMask::of(self.g[e].kind).0 != 0
    }

    /// The shortest path from `from` to `to` along hops of `mask` in `dir`
    /// (None when there is none): of the paths with the fewest edges, the
    /// one whose node ids come first, compared node by node in the natural
    /// id order ([`id_order`](crate::graph::id_order)); between two nodes joined by several hops,
    /// the first one [`Eval::hops_dir`] gives. So the answer depends on the
    /// graph, not on the order its edges were added in, and is the first of
    /// [`Eval::all_paths`] for the same ends.
    ///
    /// A breadth-first search from both ends, level by level (the backward
    /// side follows the reversed hops), expanding the side expected to take
    /// fewer hops: its frontier's size times the hops per node it has seen
    /// so far (a frontier of a few hubs can cost more than a larger one).
    /// When they meet, the finished level gives the distance. The
    /// nodes that lie on some shortest path are then marked from the
    /// meeting layer back to each end, and the path is read from `from`,
    /// taking at each step the marked neighbour one layer on with the
    /// smallest id. Relies on the hops being symmetric: `hops_dir(u, dir)`
    /// reaches `v` exactly when `hops_dir(v, reversed(dir))` reaches `u`.
    fn shortest_path(&self, from: NodeIndex, to: NodeIndex, dir: Dir, mask: EdgeMask) -> Option<PathVal> {
        if from == to {
            return Some(PathVal {
                nodes: vec![from],
                edges: Vec::new(),
            });
        }
        let bound = self.g.node_bound();
        let back = reversed(dir);
        let mut fwd = Layers::new(from, bound);
        let mut bwd = Layers::new(to, bound);
        let forward_last = loop {
            let forward = fwd.cost() <= bwd.cost();
            let met = if forward {
                self.expand(&mut fwd, &bwd, dir, mask)
            } else {
                self.expand(&mut bwd, &fwd, back, mask)
            };
            if met {
                break forward;
            }
            if fwd.frontier().is_empty() || bwd.frontier().is_empty() {
                return None;
            }
        };
        // Distance `d = a + b`: every node met lies `a` steps from `from`
        // and `b` steps from `to` (the searches had not met one level
        // earlier, so no node is nearer to both).
        let (a, b) = (fwd.depth(), bwd.depth());
        let d = a + b;
        // The nodes on some shortest path, level by level (level p: p steps
        // from `from`), one level after another in `marked`; `level[p]` is
        // where level p lies in it.
        let mut marked: Vec<NodeIndex> = Vec::with_capacity(2 * d + 2);
        let mut level = vec![(0usize, 0usize); d + 1];
        let mut on_path = Marks::new(bound);
        let (new, other) = if forward_last {
            (fwd.layer(a), &bwd.seen)
        } else {
            (bwd.layer(b), &fwd.seen)
        };
        for &x in new {
            if other.is_visited(&x) && on_path.visit(x) {
                marked.push(x);
            }
        }
        level[a] = (0, marked.len());
        // Towards `from`, level by level, then towards `to` along the
        // backward layers.
        for p in (1..=a).rev() {
            level[p - 1] = self.mark_level(&mut fwd, p, dir, mask, level[p], &mut marked, &mut on_path);
        }
        for q in (1..=b).rev() {
            let p = d - q;
            level[p + 1] = self.mark_level(&mut bwd, q, back, mask, level[p], &mut marked, &mut on_path);
        }
        // Read the path: with the levels up to p unmarked, a marked
        // neighbour of the node at p (at most p + 1 steps from `from`) is
        // one of level p + 1.
        let ids = Ids::new(self.graph);
        let mut nodes = Vec::with_capacity(d + 1);
        let mut edges = Vec::with_capacity(d);
        let mut at = from;
        nodes.push(at);
        for &(start, end) in &level[..d] {
            for &x in &marked[start..end] {
                on_path.unvisit(x);
            }
            let mut best: Option<Hop> = None;
            self.hops_dir(at, dir, mask, &mut |h| {
                if on_path.is_visited(&h.to) && best.is_none_or(|b| ids.cmp(h.to, b.to) == Ordering::Less) {
                    best = Some(h);
                }
            });
            // Only asymmetric hops could leave no marked neighbour.
            let h = best?;
            nodes.push(h.to);
            edges.push((h.edge, h.forward));
            at = h.to;
        }
        Some(PathVal { nodes, edges })
    }

    /// One level of the marking of nodes on shortest paths: the nodes of
    /// `side`'s layer `k - 1` with a hop (in `out`, the direction `side`
    /// searched) into the marked level `marked[lo..hi]`, pushed onto
    /// `marked` and flagged in `on_path`; returns where they lie in
    /// `marked`. With `side`'s layers from `k` on forgotten, a node reached
    /// back from the level and still seen is exactly `k - 1` steps from the
    /// side's start. When the reversed hops of the level would cost more
    /// than the hops of layer `k - 1` did (a hub cited by thousands), the
    /// layer is scanned instead for nodes with a hop into the level.
    #[allow(clippy::too_many_arguments)]
    fn mark_level(
        &self,
        side: &mut Layers,
        k: usize,
        out: Dir,
        mask: EdgeMask,
        (lo, hi): (usize, usize),
        marked: &mut Vec<NodeIndex>,
        on_path: &mut Marks,
    ) -> (usize, usize) {
        side.forget(k);
        let start = marked.len();
        let back = reversed(out);
        if self.hop_cost(&marked[lo..hi], back) <= side.layer_hops[k - 1] {
            for i in lo..hi {
                let x = marked[i];
                self.hops_dir(x, back, mask, &mut |h| {
                    if side.seen.is_visited(&h.to) && on_path.visit(h.to) {
                        marked.push(h.to);
                    }
                });
            }
        } else {
            for &u in side.layer(k - 1) {
                if self.hops_into(u, out, mask, on_path) {
                    marked.push(u);
                }
            }
            // Marked only now: a hop within the layer must not count.
            for &u in &marked[start..] {
                on_path.visit(u);
            }
        }
        (start, marked.len())
    }

    /// Roughly how many hops `hops_dir` takes from `nodes`: their edges
    /// of every kind in direction `dir` (a draft's inherited ones aside).
    fn hop_cost(&self, nodes: &[NodeIndex], dir: Dir) -> usize {
        nodes.iter().map(|&n| self.edge_count(n, dir)).sum()
    }

    /// Does a hop from `n` reach a node in `set`?
    fn hops_into(&self, n: NodeIndex, dir: Dir, mask: EdgeMask, set: &Marks) -> bool {
        let mut found = false;
        self.hops_dir(n, dir, mask, &mut |h| found |= set.is_visited(&h.to));
        found
    }

    /// One level of a breadth-first search: the nodes one hop beyond
    /// `side`'s frontier that it has not seen become its next layer. True
    /// when the two searches meet: a node of the new layer is on the other
    /// side's frontier (not one of its earlier layers, or they would have
    /// met a level before), looked for from the smaller of the two.
    fn expand(&self, side: &mut Layers, other: &Layers, dir: Dir, mask: EdgeMask) -> bool {
        let mut hops = 0;
        let (start, end) = (side.starts[side.depth()], side.nodes.len());
        side.starts.push(end);
        let Layers { seen, nodes, .. } = side;
        for i in start..end {
            let n = nodes[i];
            self.hops_dir(n, dir, mask, &mut |h| {
                hops += 1;
                if seen.visit(h.to) {
                    nodes.push(h.to);
                }
            });
        }
        side.layer_hops.push(hops);
        side.hops += hops;
        let new = &side.nodes[end..];
        if new.len() <= other.frontier().len() {
            new.iter().any(|x| other.seen.is_visited(x))
        } else {
            other.frontier().iter().any(|x| side.seen.is_visited(x))
        }
    }

    /// Every simple path from `from` to `to` of at most `max` hops, shortest
    /// first: the paths of one edge, then of two, … (iterative deepening),
    /// so that a larger `max` never gives fewer paths. A breadth-first pass
    /// from `to` along the reversed hops gives each node's distance to it,
    /// and a path of `len` edges is only extended through nodes that can
    /// still reach `to` in the edges left: the search reads only prefixes
    /// of paths it can finish. Within a length, hops are taken in the
    /// natural order of ids, so that when `max_paths` or `max_visits` cuts
    /// the answer, it is the first paths in the order shown, and a note
    /// says where the search stopped. Memory: the distances (4 bytes a
    /// node), the current path and its untried hops, and the paths kept.
    fn all_paths(
        &mut self,
        from: NodeIndex,
        to: NodeIndex,
        dir: Dir,
        mask: EdgeMask,
        max: u32,
    ) -> Vec<PathVal> {
        let plan: &'g Plan = self.plan;
        let limits = &plan.limits;
        let mut paths = Vec::new();
        if from == to || max == 0 {
            return paths;
        }
        let dist = self.distances_to(to, reversed(dir), mask, max);
        let Some(&shortest) = dist.get(from.index()).filter(|&&d| d != u32::MAX) else {
            return paths;
        };
        let rank = self.graph.id_rank();
        let mut visits = 0usize;
        let mut stopped = None;
        let mut on_path = Marks::new(self.g.node_bound());
        'lengths: for len in shortest..=max {
            on_path.visit(from);
            let mut nodes = vec![from];
            let mut edges: Vec<(EdgeIndex, bool)> = Vec::new();
            // Each stack entry: the hops not yet tried from a node of the
            // path, the one to try first last.
            let mut stack: Vec<Vec<Hop>> = vec![self.hops_toward(from, dir, mask, &dist, len, rank)];
            while let Some(top) = stack.last_mut() {
                let Some(h) = top.pop() else {
                    stack.pop();
                    if let Some(n) = nodes.pop() {
                        on_path.unvisit(n);
                    }
                    edges.pop();
                    continue;
                };
                visits += 1;
                let cancelled = visits.is_multiple_of(4096) && limits.cancelled();
                if cancelled || visits > limits.max_visits {
                    stopped = Some(if cancelled {
                        format!(
                            "the path search was cancelled after {visits} steps, among the paths of {len} edges"
                        )
                    } else {
                        format!(
                            "the path search stopped after {} steps, among the paths of {len} edges: those of fewer edges are all shown; `set max_visits = N;` for more",
                            limits.max_visits
                        )
                    });
                    for n in nodes.drain(..) {
                        on_path.unvisit(n);
                    }
                    break 'lengths;
                }
                if on_path.is_visited(&h.to) {
                    continue;
                }
                let used = edges.len() as u32 + 1;
                if h.to == to {
                    if used == len {
                        let mut p = nodes.clone();
                        p.push(to);
                        let mut e = edges.clone();
                        e.push((h.edge, h.forward));
                        paths.push(PathVal { nodes: p, edges: e });
                        if paths.len() >= limits.max_paths {
                            stopped = Some(format!(
                                "stopped after {} paths (the shortest first); `set max_paths = N;` for more",
                                limits.max_paths
                            ));
                            for n in nodes.drain(..) {
                                on_path.unvisit(n);
                            }
                            break 'lengths;
                        }
                    }
                    continue;
                }
                if used < len {
                    on_path.visit(h.to);
                    nodes.push(h.to);
                    edges.push((h.edge, h.forward));
                    stack.push(self.hops_toward(h.to, dir, mask, &dist, len - used, rank));
                }
            }
        }
        if let Some(note) = stopped {
            self.notes.push(note);
        }
        // Fewest edges first, then by node ids in the natural order; the
        // same nodes by different edges in the order of the hops taken.
        let ids = Ids::new(self.graph);
        paths.sort_by(|a, b| {
            a.nodes
                .len()
                .cmp(&b.nodes.len())
                .then_with(|| {
                    let mut pairs = a.nodes.iter().zip(&b.nodes);
                    pairs
                        .find_map(|(x, y)| Some(ids.cmp(*x, *y)).filter(|o| o.is_ne()))
                        .unwrap_or(Ordering::Equal)
                })
                .then_with(|| self.hop_order(a, b, dir, mask))
        });
        paths
    }

    /// Two paths through the same nodes, in the order of the hops they take:
    /// at the first step where their edges differ, the hop
    /// [`Eval::hops_dir`] gives first comes first.
    fn hop_order(&self, a: &PathVal, b: &PathVal, dir: Dir, mask: EdgeMask) -> Ordering {
        let steps = a.edges.iter().zip(&b.edges).enumerate();
        let Some((i, (ea, eb))) = steps.into_iter().find(|(_, (x, y))| x != y) else {
            return Ordering::Equal;
        };
        let (n, next) = (a.nodes[i], a.nodes[i + 1]);
        let mut first = None;
        self.hops_dir(n, dir, mask, &mut |h| {
            if first.is_none() && h.to == next && ((h.edge, h.forward) == *ea || (h.edge, h.forward) == *eb) {
                first = Some((h.edge, h.forward));
            }
        });
        match first {
            Some(e) if e == *ea => Ordering::Less,
            Some(_) => Ordering::Greater,
            None => Ordering::Equal,
        }
    }

    /// Each node's number of hops to `to` along `dir` (the reversed
    /// direction of a search toward `to`), up to `max`; `u32::MAX` beyond.
    fn distances_to(&self, to: NodeIndex, dir: Dir, mask: EdgeMask, max: u32) -> Vec<u32> {
        let mut dist = vec![u32::MAX; self.g.node_bound()];
        dist[to.index()] = 0;
        let mut frontier = vec![to];
        let mut d = 0;
        while !frontier.is_empty() && d < max {
            d += 1;
            let mut next = Vec::new();
            for &n in &frontier {
                self.hops_dir(n, dir, mask, &mut |h| {
                    if dist[h.to.index()] == u32::MAX {
                        dist[h.to.index()] = d;
                        next.push(h.to);
                    }
                });
            }
            frontier = next;
        }
        dist
    }

    /// The hops from `n` to nodes that can reach the end in at most `left`
    /// hops after this one, the one with the largest id first (the stack
    /// takes the smallest first).
    fn hops_toward(
        &self,
        n: NodeIndex,
        dir: Dir,
        mask: EdgeMask,
        dist: &[u32],
        left: u32,
        rank: &[u32],
    ) -> Vec<Hop> {
        let mut v = Vec::new();
        self.hops_dir(n, dir, mask, &mut |h| {
            if dist[h.to.index()] < left {
                v.push(h);
            }
        });
        v.reverse();
        v.sort_by_key(|h| std::cmp::Reverse(rank[h.to.index()]));
        v
    }

    // ------------------------------------------------------------ stages

    fn stage(&mut self, v: Val, stage: &PStage) -> R<Val> {
        Ok(match (stage, v) {
            (PStage::Select(_), v) => v,
            (PStage::Where(c), Val::Nodes(h, order)) => Val::Nodes(self.keep(h, c), order),
            (PStage::Count, v) => Val::Count(match v {
                Val::Nodes(h, _) | Val::Edges(h) => h.len() as u64,
                Val::Paths(p) => p.len() as u64,
                Val::Groups { rows, .. } => rows.len() as u64,
                Val::Count(_) => 1,
            }),
            (PStage::GroupBy(field), Val::Nodes(hits, _)) => {
                let mut counts: HashMap<String, u64> = HashMap::new();
                for h in &hits {
                    let key = self.field_text(*field, h).unwrap_or_else(|| "(none)".to_string());
                    *counts.entry(key).or_default() += 1;
                }
                let mut rows: Vec<(String, u64)> = counts.into_iter().collect();
                rows.sort_by(|a, b| natural_cmp(&a.0, &b.0));
                Val::Groups { field: *field, rows }
            }
            (PStage::Top { n, metric }, Val::Nodes(hits, _)) => {
                let hits = self.score(hits, *metric);
                if hits.len() > *n {
                    // A cut answer says so.
                    self.notes
                        .push(format!("the top {n} of {}; `| top N` for more", hits.len()));
                }
                Val::Nodes(top_scored(hits, *n, self.graph), Order::Ranked)
            }
            (PStage::Top { n, .. }, Val::Groups { field, mut rows }) => {
                rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| natural_cmp(&a.0, &b.0)));
                rows.truncate(*n);
                Val::Groups { field, rows }
            }
            (PStage::Limit(n), Val::Edges(mut e)) => {
                e.truncate(*n);
                Val::Edges(e)
            }
            (PStage::Where(c), Val::Edges(e)) => Val::Edges(self.keep(e, c)),
            (PStage::Top { n, .. } | PStage::Limit(n), Val::Paths(mut p)) => {
                p.truncate(*n);
                Val::Paths(p)
            }
            (PStage::Sort { key, desc }, Val::Nodes(mut hits, order)) => {
                // Ties keep the order by depth and id: the sorts below are
                // stable, and an unordered input is put in that order first.
                if order == Order::Unordered {
                    self.sort_by_id(&mut hits);
                }
                let mut hits = match key {
                    SortKey::Metric(m) => self.score(hits, *m),
                    SortKey::Field(_) => hits,
                };
                match key {
                    SortKey::Metric(_) => {
                        Ids::new(self.graph).sort_scored(&mut hits);
                        if !desc {
                            hits.reverse();
                        }
                    }
                    SortKey::Field(f) => {
                        let keys: Vec<Option<String>> = hits.iter().map(|h| self.field_text(*f, h)).collect();
                        let mut order: Vec<usize> = (0..hits.len()).collect();
                        order.sort_by(|&a, &b| {
                            let o = match (&keys[a], &keys[b]) {
                                (Some(x), Some(y)) => natural_cmp(x, y),
                                (Some(_), None) => Ordering::Less,
                                (None, Some(_)) => Ordering::Greater,
                                (None, None) => Ordering::Equal,
                            };
                            if *desc { o.reverse() } else { o }
                        });
                        let mut slots: Vec<Option<Hit>> = hits.into_iter().map(Some).collect();
                        hits = order.into_iter().filter_map(|i| slots[i].take()).collect();
                    }
                }
                Val::Nodes(hits, Order::Ranked)
            }
            (PStage::Sort { desc, .. }, Val::Groups { field, mut rows }) => {
                rows.sort_by(|a, b| {
                    let o = a.1.cmp(&b.1);
                    if *desc { o.reverse() } else { o }
                });
                Val::Groups { field, rows }
            }
            (PStage::Limit(n), Val::Nodes(h, order)) => {
                Val::Nodes(order.first(h, *n, self.graph), order.settled())
            }
            (PStage::Limit(n), Val::Groups { field, mut rows }) => {
                rows.truncate(*n);
                Val::Groups { field, rows }
            }
            (PStage::Cocited, Val::Nodes(h, _)) => {
                self.metric = Some(Metric::Score);
                Val::Nodes(self.cocited(&h), Order::Scored)
            }
            (PStage::Coupled, Val::Nodes(h, _)) => {
                self.metric = Some(Metric::Score);
                Val::Nodes(self.coupled(&h), Order::Scored)
            }
            (stage, v) => {
                return Err(QueryError::invalid(format!(
                    "`{}` cannot follow {}; it needs a set of nodes",
                    stage_name(stage),
                    describe(&v)
                )));
            }
        })
    }

    /// The `n` best nodes (of the kinds in `mask`) by a metric of the node
    /// alone, as `all | top n by metric` would give them: a bounded heap
    /// finds the n-th best score over the scores alone, then only the nodes
    /// scoring at least that become hits, ranked by score and id. A node's
    /// kind is read only when its score could enter the top.
    fn top_of_all(&mut self, mask: Option<KindMask>, n: usize, metric: Metric) -> Vec<Hit> {
        use std::cmp::Reverse;
        use std::collections::BinaryHeap;
        self.metric = Some(metric);
        if n == 0 {
            return Vec::new();
        }
        if metric == Metric::PageRank && self.pagerank.is_none() {
            self.pagerank = Some(pagerank(self.g, EdgeMask::of(EdgeKind::Cites), 0.85, 100, 1e-9));
        }
        let references = (metric == Metric::References).then(|| self.graph.reference_counts());
        let citations = self.graph.citation_counts();
        let score = |ix: NodeIndex| -> f64 {
            let i = ix.index();
            match metric {
                Metric::Citations => f64::from(citations.get(i).copied().unwrap_or(0)),
                Metric::References => references.as_ref().map_or(0.0, |d| f64::from(d[i])),
                Metric::PageRank => self
                    .pagerank
                    .as_ref()
                    .and_then(|p| p.get(i).copied())
                    .unwrap_or(0.0),
                // A vacant slot has no edges to walk.
                _ if !self.g.contains_node(ix) => 0.0,
                _ => (self.degree(ix, PDir::Incoming, None) + self.degree(ix, PDir::Outgoing, None)) as f64,
            }
        };
        // Slots are walked by number, and a node read (is it there, is it of
        // the kind asked) only when its score could enter the top: reading
        // every node would stream the whole node array through the cache.
        let kind_ok = |ix: NodeIndex| {
            self.g
                .node_weight(ix)
                .is_some_and(|node| mask.is_none_or(|m| m.has(node.kind)))
        };
        let slots = || (0..self.g.node_bound()).map(NodeIndex::new);
        // Scores are counts or ranks, never negative: their bit patterns
        // order like the numbers.
        let mut best: BinaryHeap<Reverse<u64>> = BinaryHeap::with_capacity(n + 1);
        for ix in slots() {
            let key = score(ix).to_bits();
            if best.len() == n && best.peek().is_some_and(|Reverse(min)| key <= *min) {
                continue;
            }
            if !kind_ok(ix) {
                continue;
            }
            best.push(Reverse(key));
            if best.len() > n {
                best.pop();
            }
        }
        let threshold = match best.peek() {
            Some(Reverse(min)) if best.len() == n => f64::from_bits(*min),
            _ => f64::NEG_INFINITY,
        };
        let hits: Vec<Hit> = slots()
            .filter_map(|ix| {
                let s = score(ix);
                (s >= threshold && kind_ok(ix)).then(|| Hit {
                    score: Some(s),
                    ..Hit::at(ix)
                })
            })
            .collect();
        top_scored(hits, n, self.graph)
    }

    /// Give each hit its score for `metric`.
    fn score(&mut self, mut hits: Vec<Hit>, metric: Metric) -> Vec<Hit> {
        self.metric = Some(metric);
        if metric == Metric::PageRank && self.pagerank.is_none() {
            self.pagerank = Some(pagerank(self.g, EdgeMask::of(EdgeKind::Cites), 0.85, 100, 1e-9));
        }
        // Citations are counted by the graph (`CitationGraph::citers`, one
        // definition everywhere). References of many nodes: one pass over
        // the edge array beats a walk of each node's edge list.
        let references = if metric == Metric::References && hits.len().saturating_mul(8) > self.g.node_count()
        {
            Some(self.graph.reference_counts())
        } else {
            None
        };
        let citations = self.graph.citation_counts();
        for h in &mut hits {
            h.score = Some(match metric {
                Metric::Citations => f64::from(citations.get(h.node.index()).copied().unwrap_or(0)),
                Metric::References if references.is_some() => {
                    references.as_ref().map_or(0.0, |d| f64::from(d[h.node.index()]))
                }
                Metric::References => self.graph.cited(h.node).len() as f64,
                Metric::Degree => {
                    (self.degree(h.node, PDir::Incoming, None) + self.degree(h.node, PDir::Outgoing, None))
                        as f64
                }
                Metric::PageRank => self
                    .pagerank
                    .as_ref()
                    .and_then(|p| p.get(h.node.index()).copied())
                    .unwrap_or(0.0),
                Metric::Count => h.edge.map_or(0.0, |(e, _)| f64::from(self.g[e].attrs().count)),
                Metric::Score => h.score.unwrap_or(0.0),
            });
        }
        hits
    }

    pub(crate) fn degree(&self, n: NodeIndex, dir: PDir, kind: Option<EdgeKind>) -> usize {
        self.g
            .edges_directed(n, dir)
            .filter(|e| kind.is_none_or(|k| e.weight().kind == k))
            .count()
    }

    /// A document and the draft it was adopted from count as one citing document.
    fn canonical(&self, n: NodeIndex) -> NodeIndex {
        self.adopted_as(n).next().unwrap_or(n)
    }

    /// Documents cited by the documents that cite the input, scored by how
    /// many citing documents they share with it (co-citation).
    fn cocited(&self, input: &[Hit]) -> Vec<Hit> {
        let cites = EdgeMask::of(EdgeKind::Cites);
        let mut citers = Vec::new();
        let mut seen = Marks::new(self.g.node_bound());
        for h in input {
            self.hops(h.node, PDir::Incoming, cites, &mut |hop| {
                let c = self.canonical(hop.to);
                if seen.visit(c) {
                    citers.push(c);
                }
            });
        }
        let seeds: Vec<NodeIndex> = input.iter().map(|h| h.node).collect();
        self.tally(&citers, PDir::Outgoing, &seeds)
    }

    /// Documents that cite what the input cites, scored by how many
    /// references they share with it (bibliographic coupling).
    fn coupled(&self, input: &[Hit]) -> Vec<Hit> {
        let cites = EdgeMask::of(EdgeKind::Cites);
        let mut refs = Vec::new();
        let mut seen = Marks::new(self.g.node_bound());
        for h in input {
            self.hops(h.node, PDir::Outgoing, cites, &mut |hop| {
                if seen.visit(hop.to) {
                    refs.push(hop.to);
                }
            });
        }
        let seeds: Vec<NodeIndex> = input.iter().map(|h| self.canonical(h.node)).collect();
        // From each reference back to the (canonical) documents citing it.
        let mut scores = vec![0u32; self.g.node_bound()];
        let mut stamp = vec![u32::MAX; self.g.node_bound()];
        for (k, &r) in refs.iter().enumerate() {
            self.hops(r, PDir::Incoming, cites, &mut |hop| {
                let c = self.canonical(hop.to).index();
                if stamp[c] != k as u32 {
                    stamp[c] = k as u32;
                    scores[c] += 1;
                }
            });
        }
        self.scored_hits(scores, &seeds)
    }

    /// For each node reached by one `cites` step (in `dir`) from `from`, the
    /// number of `from` nodes reaching it; dense arrays with a stamp per
    /// source instead of hash sets, so a hub's sixty thousand citers cost
    /// one pass over their edges.
    fn tally(&self, from: &[NodeIndex], dir: PDir, exclude: &[NodeIndex]) -> Vec<Hit> {
        let cites = EdgeMask::of(EdgeKind::Cites);
        let mut scores = vec![0u32; self.g.node_bound()];
        let mut stamp = vec![u32::MAX; self.g.node_bound()];
        for (k, &c) in from.iter().enumerate() {
            self.hops(c, dir, cites, &mut |hop| {
                let r = hop.to.index();
                if hop.to != c && stamp[r] != k as u32 {
                    stamp[r] = k as u32;
                    scores[r] += 1;
                }
            });
        }
        self.scored_hits(scores, exclude)
    }

    fn scored_hits(&self, mut scores: Vec<u32>, exclude: &[NodeIndex]) -> Vec<Hit> {
        for x in exclude {
            scores[x.index()] = 0;
        }
        scores
            .iter()
            .enumerate()
            .filter(|(_, s)| **s > 0)
            .map(|(i, s)| Hit {
                score: Some(f64::from(*s)),
                ..Hit::at(NodeIndex::new(i))
            })
            .collect()
    }

    // ------------------------------------------------------------ conditions

    /// Say so when a state's signatures were reached through the people
    /// who signed for it (the hits' `via`).
    fn note_represented(&mut self, starts: &[Hit], hits: &[Hit]) {
        let adjacency = self.graph.adjacency();
        for s in starts {
            let signed = adjacency.represented(s.node);
            let through = hits
                .iter()
                .filter(|h| {
                    h.from == Some(s.node) && signed.iter().any(|&(d, _, p)| d == h.node && h.via == Some(p))
                })
                .count();
            if through > 0 {
                self.notes.push(format!(
                    "{} signed {through} of these through its representatives, as the signature \
                     blocks name them (the via column)",
                    self.g[s.node].id
                ));
            }
        }
    }

    /// True when `c` holds for `h`; a condition left unknown for lack of a
    /// record does not hold (see [`Eval::truth`]).
    pub(crate) fn test(&self, c: &PCond, h: &Hit) -> bool {
        self.truth(c, h) == Some(true)
    }

    /// Whether `c` holds for `h`, in three-valued logic: `None` when it
    /// depends on a vote record `h` does not have ("unanimous" of a
    /// resolution without a tally is neither true nor false, and neither is
    /// its negation). `and` is false if either side is, `or` true if either is.
    pub(crate) fn truth(&self, c: &PCond, h: &Hit) -> Option<bool> {
        match c {
            PCond::True => Some(true),
            PCond::And(a, b) => match (self.truth(a, h), self.truth(b, h)) {
                (Some(false), _) | (_, Some(false)) => Some(false),
                (Some(true), Some(true)) => Some(true),
                _ => None,
            },
            PCond::Or(a, b) => match (self.truth(a, h), self.truth(b, h)) {
                (Some(true), _) | (_, Some(true)) => Some(true),
                (Some(false), Some(false)) => Some(false),
                _ => None,
            },
            PCond::Not(a) => self.truth(a, h).map(|b| !b),
            PCond::Link { kinds, target } => {
                let mut found = false;
                self.hops(h.node, PDir::Outgoing, *kinds, &mut |hop| {
                    found |= hop.to == *target
                });
                Some(found)
            }
            PCond::Cmp { field, op, value } => {
                let recorded = !matches!(
                    field,
                    Field::Unanimous
                        | Field::InFavour
                        | Field::Against
                        | Field::Abstentions
                        | Field::NotParticipating
                        | Field::Position
                ) || self.field_text(*field, h).is_some();
                recorded.then(|| self.compare(*field, *op, value, h))
            }
        }
    }

    /// The hits `c` holds for. Those it cannot decide for lack of a vote
    /// record are left out too, and a note says how many.
    fn keep(&mut self, hits: Vec<Hit>, c: &PCond) -> Vec<Hit> {
        let mut unknown = 0usize;
        let kept: Vec<Hit> = hits
            .into_iter()
            .filter(|h| {
                let t = self.truth(c, h);
                unknown += usize::from(t.is_none());
                t == Some(true)
            })
            .collect();
        if unknown > 0 {
            self.notes.push(format!(
                "{unknown} left out for lack of a record: without a vote record the condition \
                 is neither true nor false for {}",
                if unknown == 1 { "it" } else { "them" }
            ));
        }
        kept
    }

    fn compare(&self, field: Field, op: CmpOp, value: &PValue, h: &Hit) -> bool {
        let node = &self.g[h.node];
        let edge = h.edge.map(|(e, _)| &self.g[e]);
        let eq = |b: bool| match op {
            CmpOp::Eq | CmpOp::Contains | CmpOp::Le | CmpOp::Ge => b,
            CmpOp::Ne => !b,
            CmpOp::Lt | CmpOp::Gt => false,
        };
        match (field, value) {
            (Field::Kind, PValue::Kind(m)) => eq(m.has(node.kind)),
            (Field::Edge, PValue::Edge(m)) => edge.is_some_and(|e| eq(m.has(e.kind))),
            (Field::Position, PValue::Position(p)) => edge
                .and_then(|e| e.attrs().position)
                .is_some_and(|pos| eq(pos == *p)),
            (Field::Node, PValue::Node(n)) => eq(h.node == *n),
            (Field::Actor, PValue::Node(n)) => {
                let mut found = false;
                self.hops_dir(h.node, Dir::Both, EdgeMask::ALL, &mut |hop| found |= hop.to == *n);
                eq(found)
            }
            (Field::Held, PValue::Bool(b)) => eq(node.held == *b),
            (Field::Stub, PValue::Bool(b)) => eq((node.kind.is_document() && !node.held) == *b),
            (Field::Suspect, PValue::Bool(b)) => {
                eq(h.edge.is_some_and(|(e, _)| self.graph.is_suspect(e)) == *b)
            }
            // Only a recorded tally answers: no record is neither true nor false.
            (Field::Unanimous, PValue::Bool(b)) => node.tally.as_ref().is_some_and(|t| eq(t.unanimous == *b)),
            (_, PValue::Int(want)) => {
                let have = match field {
                    Field::Year => year(node).map(i64::from),
                    Field::Count => edge.map(|e| i64::from(e.attrs().count)),
                    Field::Depth => Some(i64::from(h.depth)),
                    Field::Score => h.score.map(|s| s.round() as i64),
                    _ => self.field_text(field, h).and_then(|t| t.parse().ok()),
                };
                have.is_some_and(|have| cmp_ord(have.cmp(want), op))
            }
            (_, PValue::Str(want)) => {
                let Some(have) = self.field_text(field, h) else {
                    return false;
                };
                let have = have.to_lowercase();
                match op {
                    CmpOp::Contains => have.contains(want.as_str()),
                    _ => cmp_ord(natural_cmp(&have, want), op),
                }
            }
            _ => false,
        }
    }

    /// A field's value as text, for grouping, sorting and string comparison.
    pub(crate) fn field_text(&self, field: Field, h: &Hit) -> Option<String> {
        let node = &self.g[h.node];
        let attrs = h.edge.map(|(e, _)| self.g[e].attrs());
        match field {
            Field::Id | Field::Node => Some(node.id.clone()),
            Field::Label => Some(node.label.clone()),
            Field::Title => node.title.clone(),
            Field::Kind => Some(node.kind.to_string()),
            Field::Year => year(node).map(|y| y.to_string()),
            Field::Date => node.date.clone(),
            Field::Category => node.category.clone(),
            Field::Agenda => node.agenda.clone(),
            Field::Held => Some(node.held.to_string()),
            Field::Stub => Some((node.kind.is_document() && !node.held).to_string()),
            Field::Suspect => h.edge.map(|(e, _)| self.graph.is_suspect(e).to_string()),
            Field::Actor => None,
            Field::Edge => h.edge.map(|(e, _)| self.g[e].kind.to_string()),
            Field::Relation => attrs.and_then(|a| a.relation.clone()),
            Field::Paragraph => attrs.and_then(|a| a.paragraph.clone()),
            Field::Pinpoint => attrs.and_then(|a| a.pinpoint.clone()),
            Field::Position => attrs.and_then(|a| a.position).map(|p| p.to_string()),
            Field::EndDate => attrs.and_then(|a| a.date.clone()),
            Field::Role => attrs.and_then(|a| a.role.clone()),
            Field::Count => attrs.map(|a| a.count.to_string()),
            Field::Depth => Some(h.depth.to_string()),
            Field::Score => h.score.map(|s| format!("{s}")),
            Field::Via => h.via.map(|v| self.g[v].id.clone()),
            Field::Unanimous => node.tally.as_ref().map(|t| t.unanimous.to_string()),
            Field::InFavour => node
                .tally
                .as_ref()
                .and_then(|t| t.in_favour)
                .map(|n| n.to_string()),
            Field::Against => node.tally.as_ref().and_then(|t| t.against).map(|n| n.to_string()),
            Field::Abstentions => node
                .tally
                .as_ref()
                .and_then(|t| t.abstaining)
                .map(|n| n.to_string()),
            Field::NotParticipating => node
                .tally
                .as_ref()
                .and_then(|t| t.not_participating)
                .map(|n| n.to_string()),
            Field::Meeting => node.tally.as_ref().and_then(|t| t.meeting).map(|n| n.to_string()),
        }
    }
}

fn year(node: &Node) -> Option<u16> {
    node.year.or_else(|| {
        node.date
            .as_deref()
            .and_then(|d| d.get(..4))
            .and_then(|y| y.parse().ok())
    })
}

fn cmp_ord(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Eq | CmpOp::Contains => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
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

/// The `n` best hits by score, sorted: the n-th score is found on the
/// scores alone, so a million hits cost a selection, not a sort by id.
pub(crate) fn top_scored(hits: Vec<Hit>, n: usize, graph: &CitationGraph) -> Vec<Hit> {
    if n == 0 {
        return Vec::new();
    }
    let mut hits = hits;
    if hits.len() > n {
        let mut scores: Vec<f64> = hits.iter().map(|h| h.score.unwrap_or(0.0)).collect();
        let (_, nth, _) =
            scores.select_nth_unstable_by(n - 1, |a, b| b.partial_cmp(a).unwrap_or(Ordering::Equal));
        let threshold = *nth;
        hits.retain(|h| h.score.unwrap_or(0.0) >= threshold);
        if hits.len() > n {
            let ids = Ids::new(graph);
            hits.select_nth_unstable_by(n - 1, |a, b| ids.by_score(a, b));
            hits.truncate(n);
        }
    }
    Ids::new(graph).sort_scored(&mut hits);
    hits
}

/// The first `n` hits by depth and id, sorted, selecting before sorting.
pub(crate) fn first_by_id(mut hits: Vec<Hit>, n: usize, graph: &CitationGraph) -> Vec<Hit> {
    if n == 0 {
        return Vec::new();
    }
    let ids = Ids::new(graph);
    if hits.len() > n {
        hits.select_nth_unstable_by(n - 1, |a, b| ids.by_depth_id(a, b));
        hits.truncate(n);
    }
    ids.sort(&mut hits);
    hits
}

fn describe(v: &Val) -> &'static str {
    match v {
        Val::Nodes(..) => "a set of nodes",
        Val::Paths(_) => "paths",
        Val::Groups { .. } => "groups",
        Val::Count(_) => "a count",
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
        PStage::Edges => "edges",
        PStage::Select(_) => "select",
    }
}

/// PageRank over the edges in `mask`, by power iteration: each iteration
/// visits every node and edge once (O(V+E)), unlike petgraph's `page_rank`
/// (O(V²·E) per iteration). Rank of dangling nodes is spread evenly.
/// Indexed by `NodeIndex::index()`; vacant slots hold 0.
pub(crate) fn pagerank(g: &G, mask: EdgeMask, damping: f64, max_iter: usize, tolerance: f64) -> Vec<f64> {
    let bound = g.node_bound();
    let n = g.node_count();
    if n == 0 {
        return vec![0.0; bound];
    }
    let present: Vec<usize> = g.node_indices().map(|i| i.index()).collect();
    // Edges as flat (source, target) pairs: cache-friendly inner loop.
    let mut out_degree = vec![0u32; bound];
    let mut pairs: Vec<(u32, u32)> = Vec::with_capacity(g.edge_count());
    for e in g.edge_references() {
        if mask.has(e.weight().kind) {
            let (s, t) = (e.source().index(), e.target().index());
            out_degree[s] += 1;
            pairs.push((s as u32, t as u32));
        }
    }
    let nf = n as f64;
    let mut rank = vec![0.0; bound];
    for &i in &present {
        rank[i] = 1.0 / nf;
    }
    let mut next = vec![0.0; bound];
    // What each node passes along each of its edges, computed once a step.
    let mut share = vec![0.0; bound];
    for _ in 0..max_iter {
        let mut dangling = 0.0;
        for &i in &present {
            if out_degree[i] == 0 {
                dangling += rank[i];
            } else {
                share[i] = damping * rank[i] / f64::from(out_degree[i]);
            }
        }
        let base = (1.0 - damping) / nf + damping * dangling / nf;
        for &i in &present {
            next[i] = base;
        }
        for &(s, t) in &pairs {
            next[t as usize] += share[s as usize];
        }
        let diff: f64 = present.iter().map(|&i| (next[i] - rank[i]).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if diff < tolerance {
            break;
        }
    }
    rank
}

#[cfg(test)]
mod path_tests;
