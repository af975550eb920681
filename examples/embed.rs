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
        "{} nodes ({} documents held, {} cited only, {} actors and places), {} edges ({} citations)",
        stats.nodes, stats.held_documents, stats.stub_documents, stats.actors, stats.edges, stats.cites
    );

    // 2. Query: the query language, as the REPL and `unxref query` speak it.
    for query in ["what cites 1325", "what does 2531 cite within 2 steps"] {
        match graph.query(query) {
            Ok(table) => println!(
                "\n> {query}: {} rows\n{}",
                table.len(),
                table.to_text_truncated(8)
            ),
            Err(e) => println!("\n> {query}: {e}"),
        }
    }

    // 3. Walk: the most cited resolution (the most connected one while nothing
    // cites), what cites it, and what those documents cite in turn.
    let degree = |id: &str, direction| -> usize {
        EdgeKind::ALL
            .iter()
            .map(|&k| graph.edges_of(id, k, direction).len())
            .sum()
    };
    let Some(top) = graph
        .nodes()
        .filter(|n| n.kind == NodeKind::Resolution)
        .max_by_key(|n| {
            let cited_by = graph.edges_of(&n.id, EdgeKind::Cites, Direction::Incoming).len();
            let links = degree(&n.id, Direction::Incoming) + degree(&n.id, Direction::Outgoing);
            (cited_by, links, std::cmp::Reverse(n.id.clone()))
        })
    else {
        println!("the graph holds no resolution");
        return Ok(());
    };
    let citing = graph.edges_of(&top.id, EdgeKind::Cites, Direction::Incoming);
    println!("\n{} ({}): cited by {}", top.id, top.label, citing.len());
    for edge in citing.iter().take(10) {
        let attrs = edge.edge.attrs();
        let how: Vec<String> = [attrs.relation.clone(), attrs.paragraph.map(|p| p.to_string())]
            .into_iter()
            .flatten()
            .collect();
        let how = if how.is_empty() {
            String::new()
        } else {
            format!(" ({})", how.join(", paragraph "))
        };
        println!("  <- {}{how}", edge.source.id);
        let onward: Vec<&str> = graph
            .neighbors(&edge.source.id, EdgeKind::Cites, Direction::Outgoing)
            .filter(|n| n.id != top.id)
            .map(|n| n.id.as_str())
            .take(5)
            .collect();
        if !onward.is_empty() {
            println!("       which also cites {}", onward.join(", "));
        }
    }
    let cites: Vec<&str> = graph
        .neighbors(&top.id, EdgeKind::Cites, Direction::Outgoing)
        .map(|n| n.id.as_str())
        .collect();
    println!("  cites {}: {}", cites.len(), cites.join(", "));

    // 4. Typed edges: everything else it is joined to, kind by kind.
    for kind in EdgeKind::ALL.into_iter().filter(|&k| k != EdgeKind::Cites) {
        for (direction, arrow) in [(Direction::Outgoing, "->"), (Direction::Incoming, "<-")] {
            let edges = graph.edges_of(&top.id, kind, direction);
            if edges.is_empty() {
                continue;
            }
            let ends: Vec<&str> = edges
                .iter()
                .map(|e| match direction {
                    Direction::Outgoing => e.target.id.as_str(),
                    Direction::Incoming => e.source.id.as_str(),
                })
                .take(6)
                .collect();
            println!("  {kind} {arrow} {} ({})", ends.join(", "), edges.len());
        }
    }

    // 5. Votes are cast on the draft a resolution was adopted from.
    let drafts: Vec<&str> = graph
        .neighbors(&top.id, EdgeKind::AdoptedAs, Direction::Incoming)
        .map(|n| n.id.as_str())
        .collect();
    let mut votes: std::collections::BTreeMap<String, Vec<&str>> = Default::default();
    for on in std::iter::once(top.id.as_str()).chain(drafts.iter().copied()) {
        for edge in graph.edges_of(on, EdgeKind::Voted, Direction::Incoming) {
            if let Some(position) = edge.edge.attrs().position {
                votes
                    .entry(position.to_string())
                    .or_default()
                    .push(&edge.source.label);
            }
        }
    }
    for (position, states) in &votes {
        println!("  {position} ({}): {}", states.len(), states.join(", "));
    }
    Ok(())
}
