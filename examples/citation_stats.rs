//! Per-year citation statistics: for each year of adoption, how many
//! Security Council resolutions the corpus holds, how many citations they
//! make, how many they receive, and the most cited of them.
//!
//! ```text
//! cargo run --release --example citation_stats                        # corpus/sc-resolutions
//! cargo run --release --example citation_stats -- data > by-year.tsv   # any files or folders
//! ```
//!
//! Typed values throughout: `node.year()`, `node.number()`, the graph's
//! citation counts by node index, and nodes in the natural order of ids.

use std::collections::BTreeMap;
use std::path::PathBuf;

use unxref::{CitationGraph, Extractor, NodeKind};

#[derive(Default)]
struct Year {
    resolutions: u32,
    made: u32,
    received: u32,
    /// The most cited resolution of the year: (citations, number).
    top: Option<(u32, u32)>,
}

fn main() -> anyhow::Result<()> {
    let mut paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        paths.push(PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/corpus/sc-resolutions"
        )));
    }
    let corpus = Extractor::new().extract_paths(&paths);
    for error in &corpus.errors {
        eprintln!("warning: {error}");
    }
    let graph = CitationGraph::from_extractions(corpus.extractions);

    let mut years: BTreeMap<u16, Year> = BTreeMap::new();
    for node in graph.nodes().filter(|n| n.kind == NodeKind::Resolution && n.held) {
        let (Some(year), Some(ix)) = (node.year(), graph.index_of(&node.id)) else {
            continue;
        };
        let row = years.entry(year).or_default();
        row.resolutions += 1;
        row.made += graph.cited(ix).len() as u32;
        // The documents citing it, a resolution's draft's citers included.
        let citations = graph.citation_count(ix) as u32;
        row.received += citations;
        if let Some(number) = node.number()
            && row.top.is_none_or(|(c, _)| citations > c)
        {
            row.top = Some((citations, number));
        }
    }

    println!("year\tresolutions\tcitations_made\tcitations_received\tmost_cited");
    for (year, row) in &years {
        let top = row
            .top
            .filter(|(c, _)| *c > 0)
            .map_or_else(String::new, |(c, n)| format!("{n} ({year}), cited {c} times"));
        println!(
            "{year}\t{}\t{}\t{}\t{top}",
            row.resolutions, row.made, row.received
        );
    }
    let total: u32 = years.values().map(|y| y.resolutions).sum();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    eprintln!(
        "{} over {}",
        plural(total as usize, "resolution"),
        plural(years.len(), "year")
    );
    Ok(())
}
