//! A read-only copy of the graph's adjacency laid out for walks: each node's
//! edges in one contiguous run per direction (compressed sparse rows), plus
//! one bit per node saying whether it is an adopted draft or a resolution
//! with drafts. petgraph keeps each node's edges as a linked list threaded
//! through the edge array, so a walk jumps from edge to edge across memory
//! and reads every kind of edge to find the ones it follows; here a node's
//! edges are one slice of 8-byte entries, each with its kind's place in
//! [`EdgeKind::ALL`] ([`EdgeKind::slot`]), which is also the kind's bit in a
//! query's set of kinds, so the set is tested before the entry is decoded.
//!
//! The copy is built on the first walk ([`CitationGraph::adjacency`]) in
//! two passes over the edge array, costs 8 bytes per edge in each direction
//! and 8 bytes per node, and is dropped whenever a node or edge is added.
//! Each run lists a node's edges in petgraph's own order (the most recently
//! added first), so a walk over it meets edges in the order a walk over
//! petgraph would, and finds the same first paths.

use std::collections::HashMap;

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef as _, IntoEdgeReferences as _, NodeIndexable as _};

use crate::model::{Edge, EdgeKind, Node};

#[cfg(doc)]
use super::CitationGraph;

/// One direction of the adjacency: for node `n`, its edges are the entries
/// `start[n]..start[n + 1]`, each the node at the far end and, in one more
/// `u32`, the edge's kind (top 4 bits, [`EdgeKind::slot`]) and
/// its index in petgraph (28 bits). The edges of a graph past 2^28 - 1
/// edges keep their index in `far_edges`, by entry.
#[derive(Debug, Clone, Default)]
pub(crate) struct Rows {
    start: Vec<u32>,
    entries: Vec<[u32; 2]>,
    far_edges: HashMap<u32, u32>,
}

/// An edge seen from one of its ends: the far end, the edge, its kind.
pub(crate) type Entry = (NodeIndex, EdgeIndex, EdgeKind);

const EDGE_BITS: u32 = 28;
const EDGE_MASK: u32 = (1 << EDGE_BITS) - 1;
/// The packed index of an edge kept in `far_edges`.
const FAR_EDGE: u32 = EDGE_MASK;
const _: () = assert!(EdgeKind::ALL.len() <= 1 << (32 - EDGE_BITS));

impl Rows {
    /// Where the edges of `n` lie in `entries`.
    #[inline]
    fn run(&self, n: NodeIndex) -> (u32, u32) {
        match (self.start.get(n.index()), self.start.get(n.index() + 1)) {
            (Some(&a), Some(&b)) => (a, b),
            _ => (0, 0),
        }
    }

    /// The edges of `n` in this direction, in petgraph's order.
    #[inline]
    pub(crate) fn of(&self, n: NodeIndex) -> impl Iterator<Item = Entry> + '_ {
        self.with_kinds(n, u16::MAX)
            .map(|(other, edge, bit)| (other, edge, EdgeKind::ALL[bit.trailing_zeros() as usize]))
    }

    /// The edges of `n` whose kind is in `kinds` (bit `i` for
    /// `EdgeKind::ALL[i]`), in petgraph's order, each with its kind's bit:
    /// the kind is tested on the packed entry, before anything is decoded.
    #[inline]
    pub(crate) fn with_kinds(
        &self,
        n: NodeIndex,
        kinds: u16,
    ) -> impl Iterator<Item = (NodeIndex, EdgeIndex, u16)> + '_ {
        let (a, b) = self.run(n);
        self.entries[a as usize..b as usize]
            .iter()
            .zip(a..)
            .filter_map(move |(&[other, packed], at)| {
                let bit = 1u16 << (packed >> EDGE_BITS);
                (kinds & bit != 0).then(|| {
                    (
                        NodeIndex::new(other as usize),
                        EdgeIndex::new(self.edge_at(packed, at) as usize),
                        bit,
                    )
                })
            })
    }

    /// The petgraph index of the edge packed as `packed` in entry `at`.
    #[inline]
    fn edge_at(&self, packed: u32, at: u32) -> u32 {
        match packed & EDGE_MASK {
            FAR_EDGE => self.far_edges.get(&at).copied().unwrap_or(FAR_EDGE),
            near => near,
        }
    }

    /// The number of edges of `n` in this direction.
    #[inline]
    pub(crate) fn len_of(&self, n: NodeIndex) -> usize {
        let (a, b) = self.run(n);
        (b - a) as usize
    }

    /// Build one direction: count each node's edges, then place each node's
    /// run in petgraph's order.
    fn build(g: &StableDiGraph<Node, Edge>, dir: Direction) -> Rows {
        let bound = g.node_bound();
        let end = |s: NodeIndex, t: NodeIndex| match dir {
            Direction::Outgoing => (s, t),
            Direction::Incoming => (t, s),
        };
        let mut start = vec![0u32; bound + 1];
        for e in g.edge_references() {
            let (here, _) = end(e.source(), e.target());
            start[here.index() + 1] += 1;
        }
        for i in 1..start.len() {
            start[i] += start[i - 1];
        }
        let total = start[bound] as usize;
        let mut entries = vec![[0u32; 2]; total];
        let mut far_edges = HashMap::new();
        // Each node's run in petgraph's own order (newest edge first). That
        // is the order of edge indices, highest first, until an edge is
        // removed and its slot reused (a fold of two nodes, a renewed body
        // folded into its first): walking each list keeps the two equal.
        for n in g.node_indices() {
            for (at, e) in (start[n.index()]..).zip(g.edges_directed(n, dir)) {
                let there = match dir {
                    Direction::Outgoing => e.target(),
                    Direction::Incoming => e.source(),
                };
                let index = e.id().index() as u32;
                let packed = if index < FAR_EDGE {
                    index
                } else {
                    far_edges.insert(at, index);
                    FAR_EDGE
                };
                entries[at as usize] = [
                    there.index() as u32,
                    (e.weight().kind.slot() as u32) << EDGE_BITS | packed,
                ];
            }
        }
        Rows {
            start,
            entries,
            far_edges,
        }
    }
}

/// A set of nodes: one bit per node index.
#[derive(Debug, Clone, Default)]
struct NodeBits(Vec<u64>);

impl NodeBits {
    fn new(bound: usize) -> NodeBits {
        NodeBits(vec![0; bound.div_ceil(64)])
    }

    fn insert(&mut self, n: NodeIndex) {
        self.0[n.index() / 64] |= 1 << (n.index() % 64);
    }

    #[inline]
    fn contains(&self, n: NodeIndex) -> bool {
        self.0
            .get(n.index() / 64)
            .is_some_and(|w| w & (1 << (n.index() % 64)) != 0)
    }
}

/// The graph's adjacency in both directions, for walks
/// (see the module doc).
#[derive(Debug, Clone, Default)]
pub(crate) struct Adjacency {
    out: Rows,
    into: Rows,
    /// Nodes with an `adopted_as` edge leaving them: adopted drafts.
    adopted: NodeBits,
    /// Nodes with an `adopted_as` edge reaching them: resolutions with drafts.
    has_drafts: NodeBits,
    /// For each state, the `signed_by` edges whose signatory represents it
    /// (the edge's `represents`): (document, edge, person), in edge order.
    represented: HashMap<NodeIndex, Vec<(NodeIndex, EdgeIndex, NodeIndex)>>,
}

impl Adjacency {
    /// The adjacency of `g`.
    pub(crate) fn build(g: &StableDiGraph<Node, Edge>) -> Adjacency {
        let mut adopted = NodeBits::new(g.node_bound());
        let mut has_drafts = NodeBits::new(g.node_bound());
        let mut represented: HashMap<NodeIndex, Vec<(NodeIndex, EdgeIndex, NodeIndex)>> = HashMap::new();
        let mut states: Option<HashMap<&str, NodeIndex>> = None;
        for e in g.edge_references() {
            match e.weight().kind {
                EdgeKind::AdoptedAs => {
                    adopted.insert(e.source());
                    has_drafts.insert(e.target());
                }
                EdgeKind::SignedBy => {
                    let Some(state) = e.weight().attrs().represents.as_deref() else {
                        continue;
                    };
                    let states = states.get_or_insert_with(|| {
                        g.node_indices()
                            .filter(|&n| g[n].kind == crate::model::NodeKind::State)
                            .map(|n| (g[n].id.as_str(), n))
                            .collect()
                    });
                    if let Some(&s) = states.get(state) {
                        represented
                            .entry(s)
                            .or_default()
                            .push((e.source(), e.id(), e.target()));
                    }
                }
                _ => {}
            }
        }
        Adjacency {
            out: Rows::build(g, Direction::Outgoing),
            into: Rows::build(g, Direction::Incoming),
            adopted,
            has_drafts,
            represented,
        }
    }

    /// The edges of one direction.
    #[inline]
    pub(crate) fn rows(&self, dir: Direction) -> &Rows {
        match dir {
            Direction::Outgoing => &self.out,
            Direction::Incoming => &self.into,
        }
    }

    /// True when `n` has an `adopted_as` edge leaving it.
    #[inline]
    pub(crate) fn is_adopted_draft(&self, n: NodeIndex) -> bool {
        self.adopted.contains(n)
    }

    /// True when `n` has an `adopted_as` edge reaching it.
    #[inline]
    pub(crate) fn has_drafts(&self, n: NodeIndex) -> bool {
        self.has_drafts.contains(n)
    }

    /// The `signed_by` edges whose signatory represents the state `n`, as
    /// the text says ("Permanent Representative of France to the United
    /// Nations"): (document, edge, person) each.
    pub(crate) fn represented(&self, n: NodeIndex) -> &[(NodeIndex, EdgeIndex, NodeIndex)] {
        self.represented.get(&n).map_or(&[], Vec::as_slice)
    }

    /// The resolutions the draft `n` was adopted as, in petgraph's order.
    pub(crate) fn adopted_as(&self, n: NodeIndex) -> impl Iterator<Item = NodeIndex> + '_ {
        let edges = self.is_adopted_draft(n).then(|| self.out.of(n));
        edges
            .into_iter()
            .flatten()
            .filter(|&(_, _, kind)| kind == EdgeKind::AdoptedAs)
            .map(|(other, _, _)| other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CitationGraph;

    /// Every node's run, in both directions, is petgraph's edge list in
    /// petgraph's order; the draft bits match the `adopted_as` edges.
    fn assert_same_as_petgraph(graph: &CitationGraph) {
        let g = graph.petgraph();
        let adjacency = graph.adjacency();
        for n in g.node_indices() {
            for dir in [Direction::Outgoing, Direction::Incoming] {
                let ours: Vec<Entry> = adjacency.rows(dir).of(n).collect();
                let theirs: Vec<Entry> = g
                    .edges_directed(n, dir)
                    .map(|e| {
                        let other = if dir == Direction::Outgoing {
                            e.target()
                        } else {
                            e.source()
                        };
                        (other, e.id(), e.weight().kind)
                    })
                    .collect();
                assert_eq!(ours, theirs, "node {} {dir:?}", g[n].id);
            }
            let adopted: Vec<NodeIndex> = adjacency.adopted_as(n).collect();
            let expected: Vec<NodeIndex> = g
                .edges_directed(n, Direction::Outgoing)
                .filter(|e| e.weight().kind == EdgeKind::AdoptedAs)
                .map(|e| e.target())
                .collect();
            assert_eq!(adopted, expected, "adopted_as of {}", g[n].id);
            assert_eq!(
                adjacency.has_drafts(n),
                !graph.drafts_of(n).is_empty(),
                "drafts of {}",
                g[n].id
            );
        }
    }

    fn seeds() -> CitationGraph {
        let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
        CitationGraph::from_extractions(crate::extract_paths(&[data]).extractions)
    }

    #[test]
    fn runs_are_petgraphs_edge_lists_on_the_seeds() {
        let graph = seeds();
        assert!(graph.edge_count() > 200, "the seeds make a real graph");
        assert!(
            graph
                .petgraph()
                .node_indices()
                .any(|n| graph.adjacency().has_drafts(n))
        );
        assert_same_as_petgraph(&graph);
    }

    #[test]
    fn runs_are_petgraphs_edge_lists_on_the_corpus() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/sc-resolutions");
        if !std::path::Path::new(dir).is_dir() {
            println!("skipped: {dir} not found");
            return;
        }
        let graph = CitationGraph::from_extractions(crate::extract_paths(&[dir]).extractions);
        assert!(graph.edge_count() > 20_000);
        assert_same_as_petgraph(&graph);
    }

    #[test]
    fn runs_follow_the_graph_as_it_grows() {
        let mut graph = seeds();
        let before: Vec<Entry> = {
            let ix = graph.index_of("S/RES/2531 (2020)").expect("2531 is in the seeds");
            graph.adjacency().rows(Direction::Outgoing).of(ix).collect()
        };
        assert!(!before.is_empty());
        // A new edge and a new node after the copy was built: the copy is
        // dropped and rebuilt, and shows them.
        let other = seeds();
        let mut extra = crate::Node::stub(&"S/RES/9 (1946)".parse().expect("a symbol"));
        extra.label = "added".into();
        let added = graph.add_node(extra);
        let res = graph.index_of("S/RES/2531 (2020)").expect("still there");
        let e = graph.add_edge_unchecked(res, added, crate::Edge::bare(EdgeKind::Cites));
        let after: Vec<Entry> = graph.adjacency().rows(Direction::Outgoing).of(res).collect();
        assert_eq!(after.len(), before.len() + 1);
        assert_eq!(
            after[0],
            (added, e, EdgeKind::Cites),
            "the newest edge comes first, as in petgraph"
        );
        assert_same_as_petgraph(&graph);
        // Merging rebuilds too.
        graph.merge(&other);
        assert_same_as_petgraph(&graph);
    }

    #[test]
    fn an_empty_graph_has_no_edges_anywhere() {
        let graph = CitationGraph::new();
        let adjacency = graph.adjacency();
        assert_eq!(
            adjacency.rows(Direction::Outgoing).of(NodeIndex::new(7)).count(),
            0
        );
        assert!(!adjacency.has_drafts(NodeIndex::new(7)));
    }
}
