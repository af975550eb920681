//! The Rust side of the side-by-side comparison with NetworkX and Kuzu
//! (`benches/compare.sh` drives it): builds one graph (the sc-resolutions
//! corpus or the synthetic one), measures build time and memory, chooses the
//! query sources, writes the edge list and the sources for the Python side,
//! and times the four queries through the query language (sent as text;
//! prepared once with `CitationGraph::prepare`; prepared with every row of the
//! table read) and through the direct graph API. Prints one JSON object a line on stdout.
//!
//! ```text
//! cargo bench --bench side_by_side -- --graph synthetic --out target/bench-data/synthetic
//! cargo bench --bench side_by_side -- --graph corpus --out target/bench-data/corpus
//! ```
//!
//! Options: `--nodes N --edges E --seed S` (synthetic graph size, default
//! 1,000,000 / 10,000,000 / 2531), `--attractiveness K` (Price's initial
//! attractiveness, default 1), `--api-only` (skip the query language),
//! `--min-time SECONDS` (time spent on each
//! query, default 1), `--max-runs N` (default 50), `--only QUERY` (time one
//! query, e.g. `--only 3-hop`, for profiling).

mod common;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use common::synthetic::{self, Spec};
use common::workload::{self, Workload, api};
use serde_json::json;
use unxref::CitationGraph;

struct Options {
    graph: String,
    spec: Spec,
    out: Option<PathBuf>,
    min_time: f64,
    max_runs: usize,
    api_only: bool,
    only: Option<String>,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        graph: "synthetic".into(),
        spec: Spec::FULL,
        out: None,
        min_time: 1.0,
        max_runs: 50,
        api_only: false,
        only: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        // `cargo bench` passes `--bench` to every bench binary.
        if arg == "--bench" {
            continue;
        }
        if arg == "--api-only" {
            options.api_only = true;
            continue;
        }
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        let number = |v: String| {
            v.replace('_', "")
                .parse::<u64>()
                .map_err(|e| format!("{arg}: {e}"))
        };
        match arg.as_str() {
            "--graph" => options.graph = value()?,
            "--nodes" => options.spec.nodes = number(value()?)? as u32,
            "--edges" => options.spec.edges = number(value()?)?,
            "--seed" => options.spec.seed = number(value()?)?,
            "--attractiveness" => options.spec.attractiveness = number(value()?)? as u32,
            "--out" => options.out = Some(PathBuf::from(value()?)),
            "--min-time" => options.min_time = value()?.parse().map_err(|e| format!("--min-time: {e}"))?,
            "--max-runs" => options.max_runs = number(value()?)? as usize,
            "--only" => options.only = Some(value()?),
            _ => return Err(format!("unknown argument {arg:?}")),
        }
    }
    if !matches!(options.graph.as_str(), "synthetic" | "corpus") {
        return Err(format!(
            "--graph must be synthetic or corpus, not {:?}",
            options.graph
        ));
    }
    Ok(options)
}

/// A query to time: returns the size of its answer.
type Timed<'a> = Box<dyn Fn() -> usize + 'a>;

/// Median and minimum seconds of `f` over runs after one warm-up run, the
/// number of runs, the size of its answer, and the warm-up run's seconds
/// (which include building any index the query builds on first use).
fn time(options: &Options, f: impl Fn() -> usize) -> (f64, f64, usize, usize, f64) {
    let first = Instant::now();
    let answer = f();
    let first_s = first.elapsed().as_secs_f64();
    let mut samples = Vec::new();
    let started = Instant::now();
    while samples.len() < 3
        || (started.elapsed().as_secs_f64() < options.min_time && samples.len() < options.max_runs)
    {
        let t = Instant::now();
        std::hint::black_box(f());
        samples.push(t.elapsed().as_secs_f64());
    }
    samples.sort_by(f64::total_cmp);
    (
        samples[samples.len() / 2],
        samples[0],
        samples.len(),
        answer,
        first_s,
    )
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("side_by_side: {message}");
            return ExitCode::FAILURE;
        }
    };
    let name = options.graph.as_str();

    // Build, measuring the graph's memory as resident memory after the build
    // minus before it. The input (the generator's edge list, the corpus's
    // extractions) is made before the first reading and kept alive until
    // the second, so the difference is the graph's own allocations.
    let started = Instant::now();
    let (graph, prepare_s, rss_before) = if name == "synthetic" {
        let citations = synthetic::citations(&options.spec);
        let prepare_s = started.elapsed().as_secs_f64();
        let (rss_before, _) = workload::memory();
        let graph = synthetic::build(options.spec.nodes, &citations);
        (graph, prepare_s, rss_before)
    } else {
        let Some(extractions) = workload::corpus_extractions() else {
            eprintln!("side_by_side: the sc-resolutions corpus was not found; set UNXREF_CORPUS");
            return ExitCode::FAILURE;
        };
        let prepare_s = started.elapsed().as_secs_f64();
        let (rss_before, _) = workload::memory();
        let mut graph = CitationGraph::new();
        for extraction in &extractions {
            graph.add_extraction(extraction);
        }
        (graph, prepare_s, rss_before)
    };
    let build_s = started.elapsed().as_secs_f64() - prepare_s;
    let (rss_after, _) = workload::memory();
    let graph_bytes = rss_after.saturating_sub(rss_before);
    let edges = graph.edge_count();
    let (alpha, max_in, mean_out) = workload::degree_shape(&graph);
    println!(
        "{}",
        json!({
            "kind": "build", "graph": name, "system": "unxref",
            "nodes": graph.node_count(), "edges": edges,
            "prepare_s": prepare_s, "build_s": build_s,
            "graph_bytes": graph_bytes,
            "bytes_per_edge": graph_bytes as f64 / edges.max(1) as f64,
            "in_degree_exponent": alpha, "max_in_degree": max_in, "mean_out_degree": mean_out,
        })
    );

    let Some(work) = Workload::choose(&graph) else {
        eprintln!("side_by_side: no document cites 10 others; nothing to benchmark");
        return ExitCode::FAILURE;
    };
    // The first query builds the indexes queries read: the walk adjacency
    // (`graph::adjacency`) and the natural order of ids. Their time and
    // memory (the resident growth across that query) are reported apart.
    let (rss_before_index, _) = workload::memory();
    let started = Instant::now();
    let first = graph.query(&format!("{} -> cites | count", graph.petgraph()[work.one_hop].id));
    let index_s = started.elapsed().as_secs_f64();
    let (rss_after_index, _) = workload::memory();
    let index_bytes = rss_after_index.saturating_sub(rss_before_index);
    println!(
        "{}",
        json!({
            "kind": "index", "graph": name, "system": "unxref",
            "ok": first.is_ok(), "index_s": index_s, "index_bytes": index_bytes,
            "index_bytes_per_edge": index_bytes as f64 / edges.max(1) as f64,
            "bytes_per_edge_with_index": (graph_bytes + index_bytes) as f64 / edges.max(1) as f64,
        })
    );
    if let Some(dir) = &options.out {
        let written = workload::write_csv(&graph, dir)
            .and_then(|()| std::fs::write(dir.join("workload.json"), work.to_json(&graph, name)));
        if let Err(e) = written {
            eprintln!("side_by_side: cannot write {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    }

    let report = |system: &str,
                  query: &str,
                  text: &str,
                  (median, min, runs, answer, first): (f64, f64, usize, usize, f64)| {
        println!(
            "{}",
            json!({
                "kind": "query", "graph": name, "system": system, "query": query, "text": text,
                "median_s": median, "min_s": min, "runs": runs, "answer": answer, "first_s": first,
            })
        );
    };
    let wanted = |query: &str| options.only.as_deref().is_none_or(|only| only == query);
    let api_queries: [(&str, Timed<'_>); 4] = [
        ("1-hop", Box::new(|| api::one_hop(&graph, work.one_hop).len())),
        ("3-hop", Box::new(|| api::three_hop(&graph, work.three_hop).len())),
        (
            "shortest path",
            Box::new(|| {
                api::shortest_path(&graph, work.path.0, work.path.1)
                    .len()
                    .saturating_sub(1)
            }),
        ),
        (
            "top-10 cited",
            Box::new(|| api::top_cited(&graph, 10)[9].1 as usize),
        ),
    ];
    for (query, f) in &api_queries {
        if wanted(query) {
            report("unxref-api", query, "", time(&options, f));
        }
    }

    let ql = if options.api_only {
        Vec::new()
    } else {
        work.ql(&graph).to_vec()
    };
    for (query, text) in ql {
        if !wanted(query) {
            continue;
        }
        match graph.prepare(&text) {
            Ok(prepared) => {
                // As a user sends it: parsed and resolved each time.
                report(
                    "unxref",
                    query,
                    &text,
                    time(&options, || ql_answer(graph.query(&text), query)),
                );
                // Prepared once (Kuzu's prepared statements are the counterpart).
                report(
                    "unxref-prepared",
                    query,
                    &text,
                    time(&options, || ql_answer(prepared.run(), query)),
                );
                // Prepared, and every row read: the ids, labels and evidence
                // a table reads from the graph when its rows are asked for.
                report(
                    "unxref-rows",
                    query,
                    &text,
                    time(&options, || {
                        let table = prepared.run();
                        let read = table.as_ref().map_or(0, |t| t.rows().len());
                        std::hint::black_box(read);
                        ql_answer(table, query)
                    }),
                );
            }
            Err(e) => println!(
                "{}",
                json!({"kind": "error", "graph": name, "system": "unxref", "query": query, "text": text, "error": e.to_string()})
            ),
        }
    }

    let (_, peak) = workload::memory();
    println!(
        "{}",
        json!({"kind": "peak", "graph": name, "system": "unxref", "peak_rss": peak})
    );
    ExitCode::SUCCESS
}

/// The size of a query-language answer, comparable with the API's: rows,
/// edges along the path, or the 10th row's citation count.
fn ql_answer(table: Result<unxref::query::Table, unxref::query::QueryError>, query: &str) -> usize {
    let Ok(table) = table else {
        return usize::MAX;
    };
    match query {
        "shortest path" => table.paths().first().map_or(0, |p| p.len().saturating_sub(1)),
        "top-10 cited" => match table.rows().get(9) {
            Some(unxref::query::Row::Node(row)) => row.score.unwrap_or(-1.0) as usize,
            _ => usize::MAX,
        },
        _ => table.len(),
    }
}
