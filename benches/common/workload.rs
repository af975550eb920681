//! The four benchmark queries, their source nodes, and the measuring tools
//! the benches share: the corpus graph, the direct-API versions of the
//! queries (to separate parse and resolve costs from the walk), resident
//! memory, and the CSV edge lists the Python side loads.
//!
//! Source nodes are chosen by rule, from the graph alone, so every system is
//! asked the same question:
//! - 1-hop: the most cited document among those citing at least 10 others;
//! - 3-hop: among the 1,000 newest documents citing at least 10 others, the
//!   one with the most documents within 3 steps (the heaviest recent case);
//! - shortest path: from the 3-hop source to the document farthest from it
//!   (its longest shortest path along `cites`, up to 30 steps);
//! - top 10: no source; the ten documents with the most `cites` edges in.
//!
//! Ties break on the smaller id, so the choice is deterministic.

use std::collections::VecDeque;
use std::fmt::Write as _;
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};

use petgraph::Direction;
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::{EdgeRef as _, IntoEdgeReferences as _, NodeIndexable as _};
use unxref::{CitationGraph, EdgeKind};

/// The sc-resolutions corpus: `$UNXREF_CORPUS`, else `../shared/corpus/sc-resolutions`
/// beside the checkout (or two levels up, from a worktree under `wt/`).
pub fn corpus_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("UNXREF_CORPUS") {
        return Some(PathBuf::from(dir));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        "../shared/corpus/sc-resolutions",
        "../../shared/corpus/sc-resolutions",
    ]
    .iter()
    .map(|rel| root.join(rel))
    .find(|dir| dir.is_dir())
}

/// The extractions of the sc-resolutions corpus, if it is present.
pub fn corpus_extractions() -> Option<Vec<unxref::Extraction>> {
    let dir = corpus_dir()?;
    Some(unxref::extract_paths(&[dir]).extractions)
}

/// The citation graph of the sc-resolutions corpus, if it is present.
pub fn corpus_graph() -> Option<CitationGraph> {
    corpus_extractions().map(CitationGraph::from_extractions)
}

/// Resident and peak resident memory of this process, in bytes
/// (`VmRSS`, `VmHWM` of `/proc/self/status`); zeros where it is unreadable.
pub fn memory() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map_or(0, |kb| kb * 1024)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// In- and out-degrees along `cites`, by node index.
pub fn cites_degrees(graph: &CitationGraph) -> (Vec<u32>, Vec<u32>) {
    let g = graph.petgraph();
    let mut ins = vec![0u32; g.node_bound()];
    let mut outs = vec![0u32; g.node_bound()];
    for e in g.edge_references() {
        if e.weight().kind == EdgeKind::Cites {
            ins[e.target().index()] += 1;
            outs[e.source().index()] += 1;
        }
    }
    (ins, outs)
}

/// The shape of the `cites` degrees: the maximum-likelihood power-law
/// exponent of in-degrees of at least 4 (the discrete approximation of
/// Clauset, Shalizi and Newman), the largest in-degree, and the mean
/// out-degree of the documents that cite anything.
pub fn degree_shape(graph: &CitationGraph) -> (f64, u32, f64) {
    let (ins, outs) = cites_degrees(graph);
    let tail: Vec<f64> = ins.iter().filter(|&&d| d >= 4).map(|&d| f64::from(d)).collect();
    let alpha = 1.0 + tail.len() as f64 / tail.iter().map(|d| (d / 3.5).ln()).sum::<f64>();
    let citing: Vec<u32> = outs.into_iter().filter(|&d| d > 0).collect();
    let mean_out = citing.iter().map(|&d| f64::from(d)).sum::<f64>() / citing.len().max(1) as f64;
    (alpha, ins.into_iter().max().unwrap_or(0), mean_out)
}

/// The source nodes of the four queries (see the module doc).
#[derive(Debug, Clone)]
pub struct Workload {
    /// Source of the 1-hop query.
    pub one_hop: NodeIndex,
    /// Source of the 3-hop query.
    pub three_hop: NodeIndex,
    /// Ends of the shortest-path query.
    pub path: (NodeIndex, NodeIndex),
}

impl Workload {
    /// Choose the sources in `graph`. `None` when no document cites 10 others.
    pub fn choose(graph: &CitationGraph) -> Option<Workload> {
        let g = graph.petgraph();
        let (ins, outs) = cites_degrees(graph);
        let id = |ix: NodeIndex| g[ix].id.as_str();
        let citing: Vec<NodeIndex> = g.node_indices().filter(|ix| outs[ix.index()] >= 10).collect();
        let one_hop = *citing
            .iter()
            .min_by(|&&a, &&b| ins[b.index()].cmp(&ins[a.index()]).then(id(a).cmp(id(b))))?;
        let year = |ix: NodeIndex| g[ix].year.unwrap_or(0);
        let mut newest = citing.clone();
        newest.sort_by(|&a, &b| year(b).cmp(&year(a)).then(b.index().cmp(&a.index())));
        newest.truncate(1_000);
        let reach: Vec<(NodeIndex, usize)> = newest
            .iter()
            .map(|&ix| (ix, api::three_hop(graph, ix).len()))
            .collect();
        let three_hop = reach
            .iter()
            .min_by(|a, b| b.1.cmp(&a.1).then(id(a.0).cmp(id(b.0))))?
            .0;
        // Longest shortest path from the 3-hop source: BFS by levels, the
        // last level's smallest id.
        let mut depth = vec![u32::MAX; g.node_bound()];
        depth[three_hop.index()] = 0;
        let mut queue = VecDeque::from([three_hop]);
        let mut far = three_hop;
        while let Some(ix) = queue.pop_front() {
            let d = depth[ix.index()];
            let better = d > depth[far.index()] || (d == depth[far.index()] && id(ix) < id(far));
            if better {
                far = ix;
            }
            if d == 30 {
                continue;
            }
            for e in g.edges_directed(ix, Direction::Outgoing) {
                if e.weight().kind == EdgeKind::Cites && depth[e.target().index()] == u32::MAX {
                    depth[e.target().index()] = d + 1;
                    queue.push_back(e.target());
                }
            }
        }
        Some(Workload {
            one_hop,
            three_hop,
            path: (three_hop, far),
        })
    }

    /// The four queries in the query language, by name.
    pub fn ql(&self, graph: &CitationGraph) -> [(&'static str, String); 4] {
        let id = |ix: NodeIndex| graph.petgraph()[ix].id.clone();
        [
            ("1-hop", format!("{} -> cites", id(self.one_hop))),
            ("3-hop", format!("{} -> cites*1..3", id(self.three_hop))),
            (
                "shortest path",
                format!(
                    "shortest path from {} to {} via cites",
                    id(self.path.0),
                    id(self.path.1)
                ),
            ),
            ("top-10 cited", "all | top 10 by citations".to_string()),
        ]
    }

    /// The sources as JSON, for the Python side: dense indices (the CSV's
    /// node numbers) and ids.
    pub fn to_json(&self, graph: &CitationGraph, name: &str) -> String {
        let node = |ix: NodeIndex| serde_json::json!({"index": ix.index(), "id": graph.petgraph()[ix].id});
        serde_json::json!({
            "graph": name,
            "nodes": graph.node_count(),
            "edges": graph.edge_count(),
            "one_hop": node(self.one_hop),
            "three_hop": node(self.three_hop),
            "path_from": node(self.path.0),
            "path_to": node(self.path.1),
        })
        .to_string()
    }
}

/// The queries through the graph's own API, without the query language:
/// each returns the size of its answer (nodes, path length, or the in-degree
/// of the 10th most cited) so the systems' answers can be checked against
/// each other.
pub mod api {
    use super::*;

    /// The documents `source` cites.
    pub fn one_hop(graph: &CitationGraph, source: NodeIndex) -> Vec<NodeIndex> {
        graph
            .petgraph()
            .edges_directed(source, Direction::Outgoing)
            .filter(|e| e.weight().kind == EdgeKind::Cites)
            .map(|e| e.target())
            .collect()
    }

    /// The distinct documents 1 to 3 `cites` steps from `source`.
    pub fn three_hop(graph: &CitationGraph, source: NodeIndex) -> Vec<NodeIndex> {
        let g = graph.petgraph();
        let mut seen = vec![false; g.node_bound()];
        seen[source.index()] = true;
        let mut found = Vec::new();
        let mut frontier = vec![source];
        for _ in 0..3 {
            let mut next = Vec::new();
            for ix in frontier {
                for e in g.edges_directed(ix, Direction::Outgoing) {
                    let t = e.target();
                    if e.weight().kind == EdgeKind::Cites && !seen[t.index()] {
                        seen[t.index()] = true;
                        next.push(t);
                    }
                }
            }
            found.extend_from_slice(&next);
            frontier = next;
        }
        found
    }

    /// A shortest `cites` path from `from` to `to`, nodes included; empty if none.
    pub fn shortest_path(graph: &CitationGraph, from: NodeIndex, to: NodeIndex) -> Vec<NodeIndex> {
        let g = graph.petgraph();
        let mut parent = vec![u32::MAX; g.node_bound()];
        parent[from.index()] = from.index() as u32;
        let mut queue = VecDeque::from([from]);
        while let Some(ix) = queue.pop_front() {
            if ix == to {
                let mut path = vec![to];
                let mut at = to;
                while at != from {
                    at = NodeIndex::new(parent[at.index()] as usize);
                    path.push(at);
                }
                path.reverse();
                return path;
            }
            for e in g.edges_directed(ix, Direction::Outgoing) {
                let t = e.target();
                if e.weight().kind == EdgeKind::Cites && parent[t.index()] == u32::MAX {
                    parent[t.index()] = ix.index() as u32;
                    queue.push_back(t);
                }
            }
        }
        Vec::new()
    }

    /// The `n` most cited nodes with their in-degrees, most cited first,
    /// from the in-degrees the graph keeps.
    pub fn top_cited(graph: &CitationGraph, n: usize) -> Vec<(NodeIndex, u32)> {
        let g = graph.petgraph();
        let ins = graph.in_degrees(EdgeKind::Cites);
        let id = |i: usize| g[NodeIndex::new(i)].id.as_str();
        let order = |a: &usize, b: &usize| ins[*b].cmp(&ins[*a]).then_with(|| id(*a).cmp(id(*b)));
        let mut all: Vec<usize> = (0..ins.len()).filter(|&i| ins[i] > 0).collect();
        if all.len() > n {
            all.select_nth_unstable_by(n - 1, order);
            all.truncate(n);
        }
        all.sort_by(order);
        all.into_iter().map(|i| (NodeIndex::new(i), ins[i])).collect()
    }
}

/// Write `nodes.csv` (one `index` a line) and `edges.csv` (`source,target`
/// indices of every `cites` edge) into `dir`, for Kuzu and NetworkX.
pub fn write_csv(graph: &CitationGraph, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let g = graph.petgraph();
    let mut nodes = BufWriter::new(std::fs::File::create(dir.join("nodes.csv"))?);
    writeln!(nodes, "index,id")?;
    for ix in g.node_indices() {
        writeln!(nodes, "{},\"{}\"", ix.index(), g[ix].id.replace('"', "\"\""))?;
    }
    nodes.flush()?;
    let mut edges = BufWriter::with_capacity(1 << 20, std::fs::File::create(dir.join("edges.csv"))?);
    let mut line = String::new();
    for e in g.edge_references() {
        if e.weight().kind == EdgeKind::Cites {
            line.clear();
            let _ = writeln!(line, "{},{}", e.source().index(), e.target().index());
            edges.write_all(line.as_bytes())?;
        }
    }
    edges.flush()
}
