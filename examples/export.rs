//! Export a graph to every format research tools read, into one folder.
//!
//! ```text
//! cargo run --example export -- OUT_DIR [CORPUS_PATH...]
//! ```
//!
//! With no corpus path, exports the bundled corpus (data/). OUT_DIR receives
//! graph.json, graph.graphml, graph.dot, neo4j/ (nodes.csv,
//! relationships.csv), csv/ (nodes.csv, edges.csv) and graph.nt.

use std::path::PathBuf;

use anyhow::Context;
use unxref::graph::export::{self, Format};
use unxref::graph::import;
use unxref::{CitationGraph, Extractor};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let out = args.next().context("usage: export OUT_DIR [CORPUS_PATH...]")?;
    let mut paths: Vec<PathBuf> = args.collect();
    if paths.is_empty() {
        paths.push(PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data")));
    }
    let corpus = Extractor::new().extract_paths(&paths);
    for error in &corpus.errors {
        eprintln!("warning: {error}");
    }
    let graph = CitationGraph::from_extractions(corpus.extractions);
    std::fs::create_dir_all(&out).with_context(|| format!("cannot create {}", out.display()))?;

    for format in Format::ALL {
        let target = out.join(format.default_name());
        for file in export::write(&graph, format, &target)? {
            let size = std::fs::metadata(&file)?.len();
            println!("{:>8}  {size:>10} bytes  {}", format.as_str(), file.display());
        }
    }

    // What was written reads back as the same graph.
    let json = std::fs::read_to_string(out.join("graph.json"))?;
    let back = import::from_json(&json)?;
    let graphml = std::fs::read_to_string(out.join("graph.graphml"))?;
    let back_ml = import::from_graphml(&graphml)?;
    anyhow::ensure!(
        export::to_json(&back) == json && export::to_json(&back_ml) == json,
        "the graph did not survive a round trip"
    );
    println!(
        "read back {} nodes and {} edges from JSON and from GraphML: same graph",
        back.node_count(),
        back.edge_count()
    );
    Ok(())
}
