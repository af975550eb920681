//! The structure of the citations, with petgraph's algorithms on the graph
//! [`CitationGraph::petgraph`] exposes: Tarjan's strongly connected
//! components (documents that cite each other, directly or around a cycle)
//! and, on the acyclic condensation, the longest chain of citations (each
//! document citing the next), found by dynamic programming in topological
//! order.
//!
//! ```text
//! cargo run --release --example citation_chains                       # corpus/sc-resolutions
//! cargo run --release --example citation_chains -- PATH...
//! ```

use std::path::PathBuf;

use unxref::petgraph::algo::{condensation, toposort};
use unxref::petgraph::graph::{DiGraph, NodeIndex};
use unxref::petgraph::visit::{EdgeRef, IntoEdgeReferences};
use unxref::{CitationGraph, EdgeKind, Extractor};

fn main() -> anyhow::Result<()> {
    let mut paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        paths.push(PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/corpus/sc-resolutions"
        )));
    }
    let corpus = Extractor::new().extract_paths(&paths);
    let graph = CitationGraph::from_extractions(corpus.extractions);

    // The citations alone, as a plain petgraph graph of node ids.
    let whole = graph.petgraph();
    let mut cites: DiGraph<&str, ()> = DiGraph::new();
    let mut at = vec![None; whole.node_indices().map(|i| i.index() + 1).max().unwrap_or(0)];
    for ix in whole.node_indices() {
        at[ix.index()] = Some(cites.add_node(whole[ix].id.as_str()));
    }
    for e in whole
        .edge_references()
        .filter(|e| e.weight().kind == EdgeKind::Cites)
    {
        if let (Some(s), Some(t)) = (at[e.source().index()], at[e.target().index()]) {
            cites.add_edge(s, t, ());
        }
    }

    // Tarjan's algorithm (inside `condensation`): each strongly connected
    // component becomes one node of an acyclic graph.
    let dag = condensation(cites, true);
    let mut cycles: Vec<&Vec<&str>> = dag.node_weights().filter(|c| c.len() > 1).collect();
    cycles.sort_by_key(|c| std::cmp::Reverse(c.len()));
    println!(
        "{} documents; {} groups of documents cite one another around a cycle",
        graph.node_count(),
        cycles.len()
    );
    for c in cycles.iter().take(5) {
        let mut ids = (*c).clone();
        ids.sort_by(|a, b| unxref::symbol::natural_cmp(a, b));
        println!("  {}", ids.join(", "));
    }

    // The longest chain: walk the components in reverse topological order,
    // each one's chain is one more than its longest successor's.
    let order = toposort(&dag, None).map_err(|_| anyhow::anyhow!("a condensation has no cycle"))?;
    let mut longest: Vec<(usize, Option<NodeIndex>)> = vec![(1, None); dag.node_count()];
    for &c in order.iter().rev() {
        let best = dag
            .neighbors(c)
            .map(|n| (longest[n.index()].0 + 1, Some(n)))
            .max_by_key(|(len, _)| *len);
        if let Some(best) = best {
            longest[c.index()] = best;
        }
    }
    let Some(start) = dag.node_indices().max_by_key(|c| longest[c.index()].0) else {
        println!("no citations");
        return Ok(());
    };
    let mut chain = vec![dag[start][0]];
    let mut next = longest[start.index()].1;
    while let Some(c) = next {
        chain.push(dag[c][0]);
        next = longest[c.index()].1;
    }
    println!("the longest chain of citations: {} documents", chain.len());
    println!("  {}", chain.join("\n  cites "));
    Ok(())
}
