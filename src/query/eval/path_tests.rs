//! Tests of the shortest path: the hops it relies on are symmetric (on the
//! bundled corpus and the sc-resolutions corpus), the query returns what an
//! exhaustive search calls the shortest path with the smallest ids (on
//! random graphs, whatever order their edges were added in), and it is the
//! first of `all paths` for the same ends (on the corpus).

use std::collections::{HashSet, VecDeque};
use std::sync::OnceLock;

use proptest::prelude::*;

use super::*;
use crate::graph::id_order;
use crate::model::{Edge, EdgeKind, Node, NodeKind};
use crate::query::{Limits, PathStep, Row};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
const SC_CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/sc-resolutions");

fn plan() -> Plan {
    Plan {
        limits: Limits::default(),
        bindings: Vec::new(),
        statement: super::super::resolve::PStatement::Explain(String::new()),
        notes: Vec::new(),
        missing: Vec::new(),
    }
}

fn build(dir: &str) -> CitationGraph {
    CitationGraph::from_extractions(crate::Extractor::new().extract_paths(&[dir]).extractions)
}

fn data_graph() -> &'static CitationGraph {
    static GRAPH: OnceLock<CitationGraph> = OnceLock::new();
    GRAPH.get_or_init(|| build(DATA))
}

/// The sc-resolutions graph, or None (after the skip line) without it.
fn sc_graph() -> Option<&'static CitationGraph> {
    static GRAPH: OnceLock<Option<CitationGraph>> = OnceLock::new();
    let graph = GRAPH
        .get_or_init(|| std::path::Path::new(SC_CORPUS).is_dir().then(|| build(SC_CORPUS)))
        .as_ref();
    if graph.is_none() {
        println!("skipped: ../shared/corpus not found");
    }
    graph
}

const CITES: EdgeMask = EdgeMask(1);

fn targets(ev: &Eval, n: NodeIndex, dir: Dir, mask: EdgeMask) -> Vec<NodeIndex> {
    let mut v = Vec::new();
    ev.hops_dir(n, dir, mask, &mut |h| v.push(h.to));
    v
}

/// Every hop `u → v` in `dir` has its reverse `v → u` in the reversed
/// direction; the asymmetric ones, described.
fn asymmetric_hops(graph: &CitationGraph) -> Vec<String> {
    let plan = plan();
    let ev = Eval::new(graph, &plan);
    let mut bad = Vec::new();
    for (mask, mask_name) in [(CITES, "cites"), (EdgeMask::ALL, "any")] {
        for dir in [Dir::Out, Dir::In, Dir::Both] {
            for u in ev.g.node_indices() {
                let mut seen = HashSet::new();
                ev.hops_dir(u, dir, mask, &mut |h| {
                    if !seen.insert(h.to) {
                        return;
                    }
                    let back = targets(&ev, h.to, reversed(dir), mask);
                    if !back.contains(&u) {
                        bad.push(format!(
                            "{} --{mask_name} {dir:?}--> {} (edge {:?}{}) has no hop back",
                            ev.g[u].id,
                            ev.g[h.to].id,
                            ev.g[h.edge].kind,
                            h.via
                                .map(|d| format!(" via draft {}", ev.g[d].id))
                                .unwrap_or_default()
                        ));
                    }
                });
            }
        }
    }
    bad
}

/// Fail with the first asymmetric hops of `graph`, if any.
fn assert_symmetric(graph: &CitationGraph) {
    let bad = asymmetric_hops(graph);
    assert!(
        bad.is_empty(),
        "{} asymmetric hops: {:#?}",
        bad.len(),
        &bad[..bad.len().min(20)]
    );
}

#[test]
fn hops_are_symmetric_on_the_bundled_corpus() {
    let graph = data_graph();
    assert!(graph.node_count() > 20);
    assert_symmetric(graph);
}

#[test]
fn hops_are_symmetric_on_the_sc_corpus() {
    let Some(graph) = sc_graph() else { return };
    assert_symmetric(graph);
}

/// A resolution adopted from a document that is not a draft by kind (a
/// letter) still stands for it both ways: its inherited citation has its
/// way back.
#[test]
fn hops_are_symmetric_through_a_document_of_any_kind_adopted_as_a_resolution() {
    let mut g = CitationGraph::new();
    let letter = g.add_node(Node::new("S/2000/1", NodeKind::Letter, "S/2000/1"));
    let res = g.add_node(Node::new("S/RES/5 (2000)", NodeKind::Resolution, "5"));
    let cited = g.add_node(Node::new("S/RES/3 (2000)", NodeKind::Resolution, "3"));
    g.add_edge_unchecked(letter, res, Edge::bare(EdgeKind::AdoptedAs));
    g.add_edge_unchecked(letter, cited, Edge::bare(EdgeKind::Cites));
    let plan = plan();
    let ev = Eval::new(&g, &plan);
    assert!(targets(&ev, res, Dir::Out, CITES).contains(&cited));
    assert_symmetric(&g);
    let path = query_path(
        &g,
        "shortest path from S/RES/3 (2000) to S/RES/5 (2000) undirected",
    );
    assert_eq!(
        path.map(|p| p.0),
        Some(vec!["S/RES/3 (2000)".to_string(), "S/RES/5 (2000)".to_string()])
    );
}

/// A path as the query shows it: node ids and steps.
type Shown = (Vec<String>, Vec<PathStep>);

fn query_path(graph: &CitationGraph, text: &str) -> Option<Shown> {
    let table = graph.query(text).unwrap_or_else(|e| panic!("{text}: {e}"));
    let rows = table.rows();
    assert!(rows.len() <= 1, "{text}: one path at most");
    rows.first().map(|row| match row {
        Row::Path(p) => (p.nodes.clone(), p.steps.clone()),
        other => panic!("{text}: a path row, not {other:?}"),
    })
}

fn all_paths_first(graph: &CitationGraph, text: &str) -> Option<Shown> {
    let table = graph.query(text).unwrap_or_else(|e| panic!("{text}: {e}"));
    // Not stopped early: the notes say the length searched and the suspect
    // citations passed through, nothing else.
    assert!(
        table
            .notes()
            .iter()
            .all(|n| n.starts_with("paths of at most") || n.starts_with("a path runs through")),
        "{text}: {:?}",
        table.notes()
    );
    table.rows().first().map(|row| match row {
        Row::Path(p) => (p.nodes.clone(), p.steps.clone()),
        other => panic!("{text}: a path row, not {other:?}"),
    })
}

fn shown(graph: &CitationGraph, nodes: &[NodeIndex], edges: &[(EdgeIndex, bool)]) -> Shown {
    let g = graph.petgraph();
    (
        nodes.iter().map(|n| g[*n].id.clone()).collect(),
        edges
            .iter()
            .map(|&(e, forward)| PathStep {
                kind: g[e].kind,
                forward,
            })
            .collect(),
    )
}

/// The reference: every path of `len` edges from `from` to `to`, by
/// exhaustive search over the hops in the order `hops_dir` gives them, for
/// `len` = 0, 1, 2, … until one exists; of those, the one with the smallest
/// ids node by node (the first found among the same ids: the earliest hops).
fn brute_force(ev: &Eval, from: NodeIndex, to: NodeIndex, dir: Dir, mask: EdgeMask) -> Option<PathVal> {
    // Reachable at all? (Walk without a bound on the length.)
    let mut seen = HashSet::from([from]);
    let mut queue = VecDeque::from([from]);
    while let Some(n) = queue.pop_front() {
        for t in targets(ev, n, dir, mask) {
            if seen.insert(t) {
                queue.push_back(t);
            }
        }
    }
    if !seen.contains(&to) {
        return None;
    }
    for len in 0..=ev.g.node_count() {
        let mut best: Option<PathVal> = None;
        let mut nodes = vec![from];
        let mut edges = Vec::new();
        extend(ev, to, dir, mask, len, &mut nodes, &mut edges, &mut best);
        if best.is_some() {
            return best;
        }
    }
    unreachable!("a reachable node is at most node_count edges away")
}

#[allow(clippy::too_many_arguments)]
fn extend(
    ev: &Eval,
    to: NodeIndex,
    dir: Dir,
    mask: EdgeMask,
    len: usize,
    nodes: &mut Vec<NodeIndex>,
    edges: &mut Vec<(EdgeIndex, bool)>,
    best: &mut Option<PathVal>,
) {
    let Some(&at) = nodes.last() else { return };
    if edges.len() == len {
        if at == to {
            let smaller = best.as_ref().is_none_or(|b| {
                let ids = |p: &[NodeIndex]| p.iter().map(|n| ev.g[*n].id.clone()).collect::<Vec<_>>();
                let (mine, theirs) = (ids(nodes), ids(&b.nodes));
                let first_difference = mine
                    .iter()
                    .zip(&theirs)
                    .map(|(x, y)| id_order(x, y))
                    .find(|o| o.is_ne());
                first_difference == Some(Ordering::Less)
            });
            if smaller {
                *best = Some(PathVal {
                    nodes: nodes.clone(),
                    edges: edges.clone(),
                });
            }
        }
        return;
    }
    if at == to {
        return;
    }
    let mut hops = Vec::new();
    ev.hops_dir(at, dir, mask, &mut |h| hops.push(h));
    for h in hops {
        if nodes.contains(&h.to) {
            continue;
        }
        nodes.push(h.to);
        edges.push((h.edge, h.forward));
        extend(ev, to, dir, mask, len, nodes, edges, best);
        nodes.pop();
        edges.pop();
    }
}

/// A small random graph: resolutions and drafts with shuffled numbers of
/// one to three digits (so that natural and byte order differ), `cites`
/// and `mentions` edges among them (parallel ones too), drafts adopted as
/// resolutions (sometimes two).
#[derive(Debug, Clone)]
struct Spec {
    resolutions: Vec<u32>,
    drafts: Vec<u32>,
    /// (source, target, kind: 0 mentions, else cites), indices into all nodes.
    edges: Vec<(usize, usize, u8)>,
    /// (draft, resolution), indices into `drafts` and `resolutions`.
    adopted: Vec<(usize, usize)>,
}

impl Spec {
    fn ids(&self) -> Vec<(String, NodeKind)> {
        let res = self
            .resolutions
            .iter()
            .map(|n| (format!("S/RES/{n} (2000)"), NodeKind::Resolution));
        let drafts = self
            .drafts
            .iter()
            .map(|n| (format!("S/2000/{n}"), NodeKind::DraftResolution));
        res.chain(drafts).collect()
    }

    /// The graph, with its nodes and edges added in order, or in reverse.
    fn graph(&self, reverse: bool) -> CitationGraph {
        let ids = self.ids();
        let mut g = CitationGraph::new();
        let mut order: Vec<usize> = (0..ids.len()).collect();
        if reverse {
            order.reverse();
        }
        for &i in &order {
            g.add_node(Node::new(ids[i].0.clone(), ids[i].1, ids[i].0.clone()));
        }
        let ix = |g: &CitationGraph, i: usize| g.index_of(&ids[i].0).expect("added");
        let r = self.resolutions.len();
        let mut edges: Vec<(usize, usize, EdgeKind)> = self
            .edges
            .iter()
            .map(|&(s, t, k)| {
                let kind = if k == 0 {
                    EdgeKind::Mentions
                } else {
                    EdgeKind::Cites
                };
                (s % ids.len(), t % ids.len(), kind)
            })
            .filter(|(s, t, _)| s != t)
            .collect();
        if !self.drafts.is_empty() {
            for &(d, res) in &self.adopted {
                edges.push((r + d % self.drafts.len(), res % r, EdgeKind::AdoptedAs));
            }
        }
        if reverse {
            edges.reverse();
        }
        for (s, t, kind) in edges {
            let (s, t) = (ix(&g, s), ix(&g, t));
            g.add_edge_unchecked(s, t, Edge::bare(kind));
        }
        g
    }
}

fn spec() -> impl Strategy<Value = Spec> {
    let numbers = |n: std::ops::Range<usize>| {
        proptest::sample::subsequence((1u32..400).collect::<Vec<_>>(), n).prop_shuffle()
    };
    (numbers(3..18), numbers(0..7))
        .prop_flat_map(|(resolutions, drafts)| {
            let n = resolutions.len() + drafts.len();
            let edges = proptest::collection::vec((0..n, 0..n, 0u8..4), 0..n * 2);
            let adopted = proptest::collection::vec((0..8usize, 0..20usize), 0..=drafts.len() + 1);
            (Just(resolutions), Just(drafts), edges, adopted)
        })
        .prop_map(|(resolutions, drafts, edges, adopted)| Spec {
            resolutions,
            drafts,
            edges,
            adopted,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// The query's path is the reference's, node ids and steps, whatever
    /// order the graph was built in; with no path, no row.
    #[test]
    fn the_shortest_path_has_the_smallest_ids(spec in spec(), a in 0usize..64, b in 0usize..64, mode in 0u8..3) {
        let ids = spec.ids();
        let (from_id, to_id) = (&ids[a % ids.len()].0, &ids[b % ids.len()].0);
        let (suffix, dir, mask) = match mode {
            0 => ("", Dir::Out, CITES),
            1 => (" via cites|adopted_as", Dir::Out, EdgeMask(CITES.0 | EdgeMask::of(EdgeKind::AdoptedAs).0)),
            _ => (" undirected", Dir::Both, EdgeMask::ALL),
        };
        let text = format!("shortest path from {from_id} to {to_id}{suffix}");
        let graph = spec.graph(false);
        let plan = plan();
        let ev = Eval::new(&graph, &plan);
        let (from, to) = (graph.index_of(from_id).unwrap(), graph.index_of(to_id).unwrap());
        let expected = brute_force(&ev, from, to, dir, mask);
        // The evaluator's path, edge for edge.
        let got = ev.shortest_path(from, to, dir, mask);
        prop_assert_eq!(
            got.as_ref().map(|p| (&p.nodes, &p.edges)),
            expected.as_ref().map(|p| (&p.nodes, &p.edges)),
            "{}", text
        );
        let expected = expected.map(|p| shown(&graph, &p.nodes, &p.edges));
        prop_assert_eq!(&query_path(&graph, &text), &expected, "{}", text);
        // Built in reverse, the same nodes (between two nodes joined by
        // several edges, the first hop may be another of them).
        let reversed_graph = spec.graph(true);
        prop_assert_eq!(
            query_path(&reversed_graph, &text).map(|p| p.0),
            expected.as_ref().map(|p| p.0.clone()),
            "{} (built in reverse)", text
        );
        // The first of all paths no longer than it.
        if let Some((nodes, _)) = &expected {
            let all = format!("all paths from {from_id} to {to_id} max {}{suffix}", nodes.len().max(2) - 1);
            if nodes.len() > 1 {
                prop_assert_eq!(&all_paths_first(&graph, &all), &expected, "{}", all);
            }
        }
    }
}

/// Breadth-first distances from `from` (an independent reference).
fn distances(ev: &Eval, from: NodeIndex, dir: Dir, mask: EdgeMask) -> Vec<(NodeIndex, usize)> {
    let mut seen = HashSet::from([from]);
    let mut out = vec![(from, 0)];
    let mut i = 0;
    while i < out.len() {
        let (n, d) = out[i];
        for t in targets(ev, n, dir, mask) {
            if seen.insert(t) {
                out.push((t, d + 1));
            }
        }
        i += 1;
    }
    out
}

#[test]
fn on_the_sc_corpus_the_shortest_path_is_the_first_of_all_paths() {
    let Some(graph) = sc_graph() else { return };
    let plan = plan();
    let ev = Eval::new(graph, &plan);
    let mut resolutions: Vec<&Node> = graph
        .nodes()
        .filter(|n| n.kind == NodeKind::Resolution && n.held)
        .collect();
    resolutions.sort_by(|a, b| id_order(&a.id, &b.id));
    assert!(resolutions.len() > 2000);
    let mut compared = 0;
    let mut longest = 0;
    for source in resolutions.iter().step_by(97) {
        let from = graph.index_of(&source.id).unwrap();
        for (suffix, dir, mask, max_len) in [
            ("", Dir::Out, CITES, 4),
            (" undirected", Dir::Both, EdgeMask::ALL, 2),
        ] {
            // Targets the query can name: documents known by their symbol.
            let reached: Vec<(NodeIndex, usize)> = distances(&ev, from, dir, mask)
                .into_iter()
                .filter(|r| graph.petgraph()[r.0].id.parse::<crate::Symbol>().is_ok())
                .collect();
            // A few targets at each distance up to `max_len`, and the farthest.
            let mut picks: Vec<(NodeIndex, usize)> = (1..=max_len)
                .flat_map(|d| reached.iter().filter(move |r| r.1 == d).step_by(7).take(3))
                .copied()
                .collect();
            picks.extend(reached.last().copied().filter(|r| r.1 > max_len));
            for (to, d) in picks {
                let to_id = &graph.petgraph()[to].id;
                // Quoted: an id may hold a space ("A/RES/52/38 J").
                let text = format!("shortest path from \"{}\" to \"{to_id}\"{suffix}", source.id);
                let path = query_path(graph, &text).unwrap_or_else(|| panic!("{text}: a path"));
                assert_eq!(
                    path.0.len() - 1,
                    d,
                    "{text}: as long as the breadth-first distance"
                );
                longest = longest.max(d);
                if d <= max_len {
                    let all = format!(
                        "set max_paths = 1000000; set max_visits = 100000000; all paths from \"{}\" to \"{to_id}\" max {d}{suffix}",
                        source.id
                    );
                    assert_eq!(all_paths_first(graph, &all).as_ref(), Some(&path), "{all}");
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 50, "{compared} pairs compared");
    assert!(longest > 6, "some far pairs too (longest {longest})");
}
