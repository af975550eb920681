//! A mission's mandate timeline as CSV: every resolution that establishes,
//! authorizes, extends, modifies or terminates the mandate of one body, in
//! order of adoption, with the end date the text gives.
//!
//! ```text
//! cargo run --release --example mandate_timeline                     # MINUSMA, corpus/sc-resolutions
//! cargo run --release --example mandate_timeline -- UNFICYP > unficyp.csv
//! cargo run --release --example mandate_timeline -- MONUSCO PATH...
//! ```
//!
//! The mission is named as in a query (`MINUSMA`, `actor:MINUSMA`, "the
//! United Nations Mission in Liberia"); the same question in the query
//! language is `mandate history of MINUSMA`.

use std::path::PathBuf;

use anyhow::{Context, bail};
use unxref::query::{Params, Row};
use unxref::{CitationGraph, Extractor};

/// The mandate relations, as the query language names them.
const MANDATE: &str = "establishes|authorizes|extends_mandate|modifies_mandate|terminates";

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let mission = args.next().unwrap_or_else(|| "MINUSMA".to_string());
    let mut paths: Vec<PathBuf> = args.map(PathBuf::from).collect();
    if paths.is_empty() {
        paths.push(PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/corpus/sc-resolutions"
        )));
    }
    let corpus = Extractor::new().extract_paths(&paths);
    let graph = CitationGraph::from_extractions(corpus.extractions);

    // The mission's name is bound as a parameter: whatever it holds, it is
    // one name, never query syntax.
    let query = format!("$mission <- {MANDATE} | edges");
    let table = graph
        .query_params(&query, &Params::new().set("mission", mission.as_str()))
        .with_context(|| format!("the mandate of {mission:?}"))?;
    let mut rows: Vec<_> = table
        .rows()
        .iter()
        .filter_map(|r| match r {
            Row::Edge(e) => Some(e),
            _ => None,
        })
        .collect();
    if rows.is_empty() {
        bail!("the corpus records no mandate decision about {mission}");
    }
    // In order of adoption: the resolution's date, then its number.
    let adopted = |id: &str| graph.node(id).map(|n| (n.date, n.number()));
    rows.sort_by_key(|e| adopted(&e.source));

    let mut out = csv::Writer::from_writer(std::io::stdout().lock());
    out.write_record([
        "resolution",
        "number",
        "adopted",
        "decision",
        "wording",
        "end_date",
        "paragraph",
    ])?;
    for e in rows {
        let node = graph.node(&e.source);
        let text = |v: Option<String>| v.unwrap_or_default();
        out.write_record([
            e.source.clone(),
            text(node.and_then(|n| n.number()).map(|n| n.to_string())),
            text(node.and_then(|n| n.date).map(|d| d.to_string())),
            e.kind.to_string(),
            text(e.relation.clone()),
            text(e.end_date.map(|d| d.to_string())),
            text(e.paragraph.map(|p| p.to_string())),
        ])?;
    }
    out.flush()?;
    Ok(())
}
