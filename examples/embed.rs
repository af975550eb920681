//! Embed unxref in a program: load a corpus, ask a question, walk the graph.
//!
//! ```text
//! cargo run --example embed                       # the bundled corpus, data/
//! cargo run --example embed -- PATH...            # files or folders of .txt
//! ```

use std::path::PathBuf;

use petgraph::Direction;
use unxref::{CitationGraph, EdgeKind, Extractor, NodeKind};

fn main() -> anyhow::Result<()> {
    let mut paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        paths.push(PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data")));
    }

    // 1. Load: read and extract every file, then merge into one graph.
    let corpus = Extractor::new().extract_paths(&paths);
    for error in &corpus.errors {
        eprintln!("warning: {error}");
    }
    let graph = CitationGraph::from_extractions(corpus.extractions);
    let stats = graph.stats();
    println!(
        "{} nodes ({} documents held, {} cited only, {} actors), {} edges ({} citations)",
        stats.nodes, stats.held_documents, stats.stub_documents, stats.actors, stats.edges, stats.cites
    );

    // 2. Query: the query language, as the REPL and `unxref query` speak it.
    match graph.query("what cites 1325") {
        Ok(table) => println!("what cites 1325: {table:?}"),
        Err(e) => println!("query failed: {e}"),
    }

    // 3. Walk: the most cited document, who cites it, and what those cite in turn.
    let Some(top) = graph.nodes().filter(|n| n.kind.is_document()).max_by_key(|n| {
        let cited_by = graph.edges_of(&n.id, EdgeKind::Cites, Direction::Incoming).len();
        (cited_by, std::cmp::Reverse(n.id.clone()))
    }) else {
        println!("the graph holds no document");
        return Ok(());
    };
    let citing = graph.edges_of(&top.id, EdgeKind::Cites, Direction::Incoming);
    println!(
        "\nmost cited: {} ({}), cited by {}",
        top.id,
        top.label,
        citing.len()
    );
    for edge in citing.iter().take(10) {
        let attrs = edge.edge.attrs();
        let how = [attrs.relation.as_deref(), attrs.paragraph.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", paragraph ");
        println!(
            "  <- {} {}",
            edge.source.id,
            if how.is_empty() {
                String::new()
            } else {
                format!("({how})")
            }
        );
        let onward: Vec<&str> = graph
            .neighbors(&edge.source.id, EdgeKind::Cites, Direction::Outgoing)
            .filter(|n| n.id != top.id && n.kind == NodeKind::Resolution)
            .map(|n| n.id.as_str())
            .take(5)
            .collect();
        if !onward.is_empty() {
            println!("       which also cites {}", onward.join(", "));
        }
    }

    // 4. Typed edges: who voted on it, and how.
    for edge in graph
        .edges_of(&top.id, EdgeKind::Voted, Direction::Incoming)
        .iter()
        .take(15)
    {
        if let Some(position) = edge.edge.attrs().position {
            println!("  {} voted {position}", edge.source.label);
        }
    }
    Ok(())
}
