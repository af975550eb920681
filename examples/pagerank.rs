//! The most central resolutions: PageRank over the citation edges, computed
//! on the petgraph graph that [`CitationGraph::petgraph`] exposes.
//!
//! ```text
//! cargo run --release --example pagerank                          # data/
//! cargo run --release --example pagerank -- ../shared/corpus/sc-resolutions
//! ```
//!
//! petgraph's own `page_rank` tests every pair of nodes on each iteration
//! (O(V²) per step, and each test walks an edge list): hours on a corpus of
//! thousands. The power iteration below pushes rank along each edge once per
//! step instead, O(V + E), and stops when the ranks settle.

use std::path::PathBuf;

use petgraph::stable_graph::StableDiGraph;
use petgraph::visit::{EdgeRef, IntoEdgeReferences, NodeIndexable};
use unxref::{CitationGraph, Edge, EdgeKind, Extractor, Node, NodeKind};

/// PageRank over the edges `keep` accepts, by power iteration: rank flows
/// along each kept edge, a node with no kept out-edge spreads its rank over
/// every node, and `1 - damping` of it is spread evenly. Stops after
/// `max_iterations` or when the L1 change falls under `tolerance`. Returns
/// one score a node index slot (`node_bound()` long; vacant slots score 0);
/// the scores sum to 1.
fn page_rank(
    graph: &StableDiGraph<Node, Edge>,
    keep: impl Fn(&Edge) -> bool,
    damping: f64,
    max_iterations: usize,
    tolerance: f64,
) -> Vec<f64> {
    let bound = graph.node_bound();
    let n = graph.node_count();
    if n == 0 {
        return vec![0.0; bound];
    }
    let live: Vec<usize> = graph.node_indices().map(|ix| ix.index()).collect();
    let edges: Vec<(usize, usize)> = graph
        .edge_references()
        .filter(|e| keep(e.weight()))
        .map(|e| (e.source().index(), e.target().index()))
        .collect();
    let mut out_degree = vec![0u32; bound];
    for &(s, _) in &edges {
        out_degree[s] += 1;
    }
    let mut rank = vec![0.0; bound];
    for &i in &live {
        rank[i] = 1.0 / n as f64;
    }
    let mut next = vec![0.0; bound];
    for _ in 0..max_iterations {
        let dangling: f64 = live
            .iter()
            .filter(|&&i| out_degree[i] == 0)
            .map(|&i| rank[i])
            .sum();
        let base = (1.0 - damping) / n as f64 + damping * dangling / n as f64;
        for &i in &live {
            next[i] = base;
        }
        for &(s, t) in &edges {
            next[t] += damping * rank[s] / f64::from(out_degree[s]);
        }
        let change: f64 = live.iter().map(|&i| (next[i] - rank[i]).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if change < tolerance {
            break;
        }
    }
    rank
}

fn main() -> anyhow::Result<()> {
    let mut paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        paths.push(PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data")));
    }
    let corpus = Extractor::new().extract_paths(&paths);
    for error in &corpus.errors {
        eprintln!("warning: {error}");
    }
    let graph = CitationGraph::from_extractions(corpus.extractions);
    let pg = graph.petgraph();

    let rank = page_rank(pg, |e| e.kind == EdgeKind::Cites, 0.85, 100, 1e-10);
    let total: f64 = rank.iter().sum();
    assert!((total - 1.0).abs() < 1e-6, "ranks sum to 1, not {total}");

    let mut resolutions: Vec<(f64, &Node)> = pg
        .node_indices()
        .map(|ix| (rank[ix.index()], &pg[ix]))
        .filter(|(_, node)| node.kind == NodeKind::Resolution)
        .collect();
    // Highest rank first; ties (and NaN, which cannot occur) by id, for a stable listing.
    resolutions.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
    println!(
        "PageRank over {} citations among {} nodes; the 15 most central of {} resolutions:",
        graph.stats().cites,
        graph.node_count(),
        resolutions.len()
    );
    println!("{:>4}  {:>9}  {:>8}  resolution", "rank", "score", "cited by");
    for (i, (score, node)) in resolutions.iter().take(15).enumerate() {
        let cited_by = graph
            .edges_of(&node.id, EdgeKind::Cites, petgraph::Direction::Incoming)
            .len();
        let title = node.title.as_deref().unwrap_or("");
        println!(
            "{:>4}  {:>9.6}  {:>8}  {}  {}",
            i + 1,
            score,
            cited_by,
            node.id,
            title
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use unxref::EdgeAttrs;

    fn graph_of(n: usize, edges: &[(usize, usize, EdgeKind)]) -> StableDiGraph<Node, Edge> {
        let mut g = StableDiGraph::new();
        let ix: Vec<_> = (0..n)
            .map(|i| g.add_node(Node::new(format!("n{i}"), NodeKind::Resolution, "")))
            .collect();
        for &(s, t, kind) in edges {
            g.add_edge(ix[s], ix[t], Edge::new(kind, EdgeAttrs::default()));
        }
        g
    }

    /// The textbook definition on a dense matrix, iterated to convergence.
    fn dense_page_rank(n: usize, edges: &[(usize, usize)], d: f64) -> Vec<f64> {
        let mut out = vec![0.0; n];
        for &(s, _) in edges {
            out[s] += 1.0;
        }
        let mut m = vec![vec![0.0; n]; n];
        for &(s, t) in edges {
            m[t][s] += 1.0 / out[s];
        }
        let mut r = vec![1.0 / n as f64; n];
        for _ in 0..2000 {
            let dangling: f64 = (0..n).filter(|&i| out[i] == 0.0).map(|i| r[i]).sum();
            r = (0..n)
                .map(|i| {
                    (1.0 - d) / n as f64
                        + d * ((0..n).map(|j| m[i][j] * r[j]).sum::<f64>() + dangling / n as f64)
                })
                .collect();
        }
        r
    }

    #[test]
    fn a_cycle_ranks_every_node_equally() {
        let g = graph_of(
            3,
            &[
                (0, 1, EdgeKind::Cites),
                (1, 2, EdgeKind::Cites),
                (2, 0, EdgeKind::Cites),
            ],
        );
        for r in page_rank(&g, |_| true, 0.85, 100, 1e-12) {
            assert!((r - 1.0 / 3.0).abs() < 1e-9);
        }
    }

    #[test]
    fn matches_the_dense_definition_and_ignores_other_edge_kinds() {
        // Node 4 is dangling; the mentions edge must not count.
        let cites = [(0, 1), (0, 2), (1, 2), (2, 0), (3, 2), (3, 4), (5, 3)];
        let mut edges: Vec<_> = cites.iter().map(|&(s, t)| (s, t, EdgeKind::Cites)).collect();
        edges.push((4, 0, EdgeKind::Mentions));
        let g = graph_of(6, &edges);
        let ours = page_rank(&g, |e| e.kind == EdgeKind::Cites, 0.85, 500, 1e-14);
        let reference = dense_page_rank(6, &cites, 0.85);
        for (a, b) in ours.iter().zip(&reference) {
            assert!((a - b).abs() < 1e-9, "{ours:?} vs {reference:?}");
        }
        assert!((ours.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(ours[2] > ours[5], "the most cited node outranks an uncited one");
    }

    #[test]
    fn removed_nodes_leave_vacant_slots_at_zero() {
        let mut g = graph_of(3, &[(0, 1, EdgeKind::Cites), (2, 1, EdgeKind::Cites)]);
        g.remove_node(petgraph::stable_graph::NodeIndex::new(0));
        let r = page_rank(&g, |_| true, 0.85, 100, 1e-12);
        assert_eq!(r[0], 0.0);
        assert!((r[1] + r[2] - 1.0).abs() < 1e-9);
    }
}
