//! The exports read by the tools their users know: NetworkX and igraph load
//! the GraphML and find the same in-degrees as unxref, rdflib parses the
//! N-Triples, the Neo4j CSV passes neo4j-admin's header and id rules, and
//! DuckDB reads the edge list as it is.
//!
//! The Python side lives in tests/scripts/. It needs python3 and pip: the
//! packages go into a venv under the target folder; without them each test
//! prints one "skipped:" line and returns.

use crate::common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use petgraph::Direction;
use serde_json::Value;
use unxref::graph::export::{self, Format};
use unxref::{CitationGraph, EdgeKind};

const SCRIPTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scripts");
const BIN: &str = env!("CARGO_BIN_EXE_unxref");

/// The venv's python with networkx, igraph and rdflib, made once per test run.
fn python() -> Option<&'static Path> {
    static PYTHON: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let found = PYTHON.get_or_init(|| {
        let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("interop-venv");
        let out = Command::new("bash")
            .arg(Path::new(SCRIPTS).join("setup_venv.sh"))
            .arg(&venv)
            .output()
            .map_err(|e| format!("cannot run bash: {e}"))?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
        }
        Ok(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
    });
    match found {
        Ok(p) => Some(p),
        Err(reason) => {
            println!("skipped: {reason}");
            None
        }
    }
}

/// Run a check script and parse the JSON it prints; fail with its stderr.
fn script(python: &Path, name: &str, args: &[&Path], extra: &[&str]) -> Value {
    let out = Command::new(python)
        .arg(Path::new(SCRIPTS).join(name))
        .args(args)
        .args(extra)
        .output()
        .expect("the venv's python runs");
    assert!(
        out.status.success(),
        "{name} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the script prints JSON")
}

fn unxref(args: &[&str], paths: &[&Path]) {
    let out = Command::new(BIN)
        .args(args)
        .args(paths)
        .output()
        .expect("unxref runs");
    assert!(
        out.status.success(),
        "unxref {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn in_degrees(graph: &CitationGraph, id: &str) -> (usize, usize) {
    let total = EdgeKind::ALL
        .iter()
        .map(|&k| graph.edges_of(id, k, Direction::Incoming).len())
        .sum();
    (
        total,
        graph.edges_of(id, EdgeKind::Cites, Direction::Incoming).len(),
    )
}

/// NetworkX and igraph read `graphml` as `graph`: same counts, same in-degree of `id`.
fn check_graphml(python: &Path, graphml: &Path, graph: &CitationGraph, id: &str) -> Value {
    let report = script(python, "graphml_check.py", &[graphml], &[id]);
    let (total, cites) = in_degrees(graph, id);
    for tool in ["networkx", "igraph"] {
        let r = &report[tool];
        assert_eq!(r["nodes"], graph.node_count(), "{tool} node count");
        assert_eq!(r["edges"], graph.edge_count(), "{tool} edge count");
        assert_eq!(r["in_degree"], total, "{tool} in-degree of {id}");
        assert_eq!(r["in_degree_cites"], cites, "{tool} cites in-degree of {id}");
    }
    assert_eq!(report["igraph"]["directed"], true);
    report
}

/// rdflib parses `nt` and finds as many distinct triples as oxttl.
fn check_ntriples(python: &Path, nt: &Path, graph: &CitationGraph) {
    let text = std::fs::read_to_string(nt).unwrap();
    let triples: HashSet<oxrdf::Triple> = oxttl::NTriplesParser::new()
        .for_slice(&text)
        .collect::<Result<_, _>>()
        .expect("oxttl parses the N-Triples");
    let report = script(python, "ntriples_check.py", &[nt], &[]);
    assert_eq!(report["triples"], triples.len(), "rdflib and oxttl agree");
    assert_eq!(report["nodes"], graph.node_count());
    assert_eq!(report["statements"], graph.edge_count());
}

fn check_neo4j(python: &Path, dir: &Path, graph: &CitationGraph) {
    let report = script(python, "neo4j_check.py", &[dir], &[]);
    assert_eq!(report["nodes"], graph.node_count());
    assert_eq!(report["relationships"], graph.edge_count());
}

/// DuckDB reads the edge list with no options: same counts, GraphFrames'
/// column names, every edge end a node id. Skips with one line without DuckDB.
fn check_edge_list(python: &Path, dir: &Path, graph: &CitationGraph) {
    let out = Command::new(python)
        .arg(Path::new(SCRIPTS).join("edgelist_check.py"))
        .arg(dir)
        .output()
        .expect("the venv's python runs");
    if out.status.code() == Some(3) {
        println!("skipped DuckDB check: duckdb did not install");
        return;
    }
    assert!(
        out.status.success(),
        "edgelist_check.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["nodes"], graph.node_count());
    assert_eq!(report["edges"], graph.edge_count());
    assert_eq!(report["dangling"], 0);
    assert_eq!(report["node_columns"][0], "id");
    assert_eq!(report["edge_columns"][0], "src");
    assert_eq!(report["edge_columns"][1], "dst");
}

#[test]
fn python_tools_read_the_sample_graph() {
    let Some(python) = python() else { return };
    let graph = common::sample();
    let dir = tempfile::tempdir().unwrap();
    let graphml = dir.path().join("sample.graphml");
    export::write(&graph, Format::GraphMl, &graphml).unwrap();
    let report = check_graphml(python, &graphml, &graph, "S/RES/2531 (2020)");
    assert_eq!(
        report["networkx"]["year_type"], "int",
        "attr.type int reads as int"
    );
    assert_eq!(
        report["networkx"]["held_type"], "bool",
        "attr.type boolean reads as bool"
    );
    assert_eq!(report["networkx"]["count_type"], "int");

    // NetworkX writes back what it read; unxref imports that as the same graph.
    let rewritten = dir.path().join("networkx.graphml");
    script(
        python,
        "graphml_check.py",
        &[&graphml],
        &["S/RES/2531 (2020)", rewritten.to_str().unwrap()],
    );
    let back = unxref::graph::import::from_graphml(&std::fs::read_to_string(&rewritten).unwrap())
        .expect("unxref reads NetworkX's GraphML");
    // NetworkX (ElementTree) writes a carriage return raw, and XML parsers
    // read a raw CR LF as LF: the one change its round trip makes.
    let mut expected = common::nodes(&graph);
    for node in &mut expected {
        if let Some(source) = &mut node.source {
            source.quote = source.quote.replace("\r\n", "\n");
        }
    }
    assert_eq!(common::nodes(&back), expected, "nodes after NetworkX");
    assert_eq!(
        common::edges(&back),
        common::edges(&graph),
        "edges after NetworkX"
    );
    let nt = dir.path().join("sample.nt");
    export::write(&graph, Format::NTriples, &nt).unwrap();
    check_ntriples(python, &nt, &graph);
    let neo4j = dir.path().join("neo4j");
    export::write(&graph, Format::Neo4j, &neo4j).unwrap();
    check_neo4j(python, &neo4j, &graph);
    let edge_list = dir.path().join("csv");
    export::write(&graph, Format::EdgeList, &edge_list).unwrap();
    check_edge_list(python, &edge_list, &graph);
}

#[test]
fn python_tools_read_the_bundled_corpus_export() {
    let Some(python) = python() else { return };
    let graph = common::data_graph();
    let dir = tempfile::tempdir().unwrap();
    let (graphml, nt, neo4j) = (
        dir.path().join("data.graphml"),
        dir.path().join("data.nt"),
        dir.path().join("neo4j"),
    );
    unxref(
        &["export", "--corpus", common::DATA, "--format", "graphml", "-o"],
        &[&graphml],
    );
    unxref(
        &["export", "--corpus", common::DATA, "--format", "ntriples", "-o"],
        &[&nt],
    );
    unxref(
        &["export", "--corpus", common::DATA, "--format", "neo4j", "-o"],
        &[&neo4j],
    );
    // The most cited node (ties broken by id), so the in-degree is not trivially 0
    // once the extractor finds citations.
    let id = graph
        .nodes()
        .max_by_key(|n| (in_degrees(&graph, &n.id).0, std::cmp::Reverse(n.id.clone())))
        .map(|n| n.id.clone())
        .expect("data/ gives nodes");
    check_graphml(python, &graphml, &graph, &id);
    check_ntriples(python, &nt, &graph);
    check_neo4j(python, &neo4j, &graph);
    let edge_list = dir.path().join("csv");
    unxref(
        &["export", "--corpus", common::DATA, "--format", "csv", "-o"],
        &[&edge_list],
    );
    check_edge_list(python, &edge_list, &graph);
}

/// The acceptance check: NetworkX and igraph find the same in-degree for
/// S/RES/1325 (2000) over the sc-resolutions corpus as unxref.
#[test]
fn networkx_and_igraph_agree_on_the_in_degree_of_1325() {
    let Some(corpus) = common::sc_corpus_or_skip() else {
        return;
    };
    let corpus = corpus.to_string_lossy().into_owned();
    let Some(python) = python() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (snapshot, graphml) = (dir.path().join("sc.unxref"), dir.path().join("sc.graphml"));
    // Extract once: build a snapshot, export it, and load it here for our numbers.
    unxref(&["build", &corpus, "-o"], &[&snapshot]);
    unxref(
        &["export", "--format", "graphml", "--graph"],
        &[&snapshot, Path::new("-o"), &graphml],
    );
    let graph = CitationGraph::load(&snapshot).unwrap();
    let id = "S/RES/1325 (2000)";
    assert!(graph.node(id).is_some(), "the corpus holds {id}");
    let report = check_graphml(python, &graphml, &graph, id);
    let (total, cites) = in_degrees(&graph, id);
    // The corpus has resolutions 1820 (2008) to 2242 (2015) recalling 1325: far more than a handful.
    assert!(cites >= 50, "only {cites} citations of {id}");
    println!(
        "{id} in-degree (all kinds / cites): unxref {total}/{cites}, NetworkX {}/{}, igraph {}/{}",
        report["networkx"]["in_degree"],
        report["networkx"]["in_degree_cites"],
        report["igraph"]["in_degree"],
        report["igraph"]["in_degree_cites"]
    );
}
