//! What the integration tests share: where the sc-resolutions corpus is, a
//! sample graph built through the API with every attribute set and text that
//! needs escaping, and the graph of the bundled corpus.

#![allow(dead_code)]

pub mod cli;

use unxref::{
    CitationGraph, DocumentRecord, EdgeAttrs, EdgeKind, Evidence, Extractor, Link, Node, NodeKind, NodeRef,
    VotePosition,
};

/// The bundled corpus.
pub const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data");

/// The sc-resolutions corpus, when this machine has it: `$UNXREF_SC_CORPUS`
/// if set, else `shared/corpus/sc-resolutions` beside the checkout (as CI
/// has it) or one level further up (a git worktree under `wt/`).
pub fn sc_corpus() -> Option<std::path::PathBuf> {
    let candidates = [
        std::env::var("UNXREF_SC_CORPUS").ok(),
        Some(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/sc-resolutions").to_string()),
        Some(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus/sc-resolutions").to_string()),
    ];
    candidates
        .into_iter()
        .flatten()
        .map(std::path::PathBuf::from)
        .find(|p| p.is_dir())
}

/// The extraction of one file of the bundled copy of `sc-resolutions`
/// (`S-RES-1127(1997)`), read as a build reads it.
pub fn bundled_resolution(name: &str) -> unxref::Extraction {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus/sc-resolutions")
        .join(format!("{name}.txt"));
    let source =
        unxref::corpus::read_file(&path, 1 << 30).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Extractor::new().extract(&source)
}

/// [`sc_corpus`], printing the one line that says the test is skipped
/// when the corpus is not there.
pub fn sc_corpus_or_skip() -> Option<std::path::PathBuf> {
    let dir = sc_corpus();
    if dir.is_none() {
        println!("skipped: ../shared/corpus not found");
    }
    dir
}

/// The 40 PDF reports of `shared/corpus/sg-reports-pdf`, when this machine
/// has them (beside the checkout, or one level further up in a worktree),
/// printing the one line that says the test is skipped when they are not.
pub fn sg_reports_or_skip() -> Option<std::path::PathBuf> {
    let found = [
        concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/sg-reports-pdf"),
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus/sg-reports-pdf"),
    ]
    .into_iter()
    .map(std::path::PathBuf::from)
    .find(|p| p.is_dir());
    if found.is_none() {
        println!("skipped: ../shared/corpus not found");
    }
    found
}

/// The extractions of the sc-resolutions corpus, made once for the tests
/// that share them; `None` when the corpus is not there.
pub static SC_CORPUS: std::sync::LazyLock<Option<unxref::Corpus>> =
    std::sync::LazyLock::new(|| sc_corpus().map(|dir| Extractor::new().extract_paths(&[dir])));

/// [`SC_CORPUS`], or the one line that says the test is skipped and a
/// return from the test.
macro_rules! corpus_or_skip {
    () => {
        match $crate::common::SC_CORPUS.as_ref() {
            Some(c) => c,
            None => {
                println!("skipped: ../shared/corpus not found");
                return;
            }
        }
    };
}

/// The graph of the sc-resolutions corpus, built once for the tests that
/// share it; `None` (with the line that says so) when the corpus is not there.
pub fn sc_corpus_graph() -> Option<&'static CitationGraph> {
    static GRAPH: std::sync::OnceLock<Option<CitationGraph>> = std::sync::OnceLock::new();
    GRAPH
        .get_or_init(|| {
            let dir = sc_corpus_or_skip()?;
            Some(CitationGraph::from_extractions(
                Extractor::new().extract_paths(&[dir]).extractions,
            ))
        })
        .as_ref()
}

/// [`sc_corpus_graph`], or a return from the test (the function has
/// printed the line that says it is skipped).
macro_rules! graph_or_skip {
    () => {
        match $crate::common::sc_corpus_graph() {
            Some(g) => g,
            None => return,
        }
    };
}

/// Each file of a corpus folder as (file name, text with its whitespace
/// folded to single spaces): what a plain search of the corpus reads.
pub fn read_dir_texts(dir: &std::path::Path) -> impl Iterator<Item = (String, String)> {
    std::fs::read_dir(dir)
        .expect("the corpus folder lists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let bytes = std::fs::read(e.path()).ok()?;
            let words = String::from_utf8_lossy(&bytes)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            Some((e.file_name().to_string_lossy().into_owned(), words))
        })
}

/// `S/RES/2531 (2020)` → `2531`, `S/2020/476` → `476`, `YUN 2005, p. 251` → `251`,
/// `A/68/L.29/Add.1` → `1`, `S/PV.7015` → `7015`: the number a citation of
/// the document must show.
pub fn distinctive_number(id: &str) -> String {
    let head = id.split(" (").next().unwrap_or(id);
    head.rsplit(|c: char| !c.is_ascii_digit())
        .find(|part| !part.is_empty())
        .unwrap_or("")
        .to_string()
}

pub fn doc(symbol: &str) -> NodeRef {
    NodeRef::document(&symbol.parse().expect("test symbols are valid"))
}

pub fn named(id: &str, kind: NodeKind, label: &str) -> NodeRef {
    NodeRef {
        id: id.into(),
        kind,
        label: label.into(),
        category: None,
    }
}

fn evidence(line: u32, quote: &str) -> Option<Evidence> {
    Some(Evidence {
        file: "data/001 letter, \"annex\".txt".into(),
        line,
        quote: quote.into(),
        page: None,
    })
}

/// A graph with every node kind family, every attribute set somewhere, and
/// text that needs escaping in every format: quotes, `&<>`, commas,
/// semicolons, `|`, backslashes, tabs, CR/LF, non-ASCII.
pub fn sample() -> CitationGraph {
    let mut g = CitationGraph::new();
    let mut resolution = Node::new(
        "S/RES/2531 (2020)",
        NodeKind::Resolution,
        "Resolution 2531 (2020)",
    );
    resolution.title = Some("The situation in Mali: \"MINUSMA\" & <the G5 Sahel>, 'joint force'".into());
    resolution.date = "2020-06-29".parse().ok();
    resolution.year = Some(2020);
    resolution.agenda = Some("The situation in Mali\n\tsecond line".into());
    resolution.aliases = vec![
        "A/67/970-S/2013/480".into(),
        "with|pipe".into(),
        "back\\slash".into(),
        "semi;colon".into(),
    ];
    resolution.held = true;
    resolution.source = evidence(
        12,
        "Resolution 2531 (2020)\r\nAdopted by the Security Council, at its 8743rd meeting",
    );
    g.add_document(&DocumentRecord {
        node: resolution,
        lines: (12, 240),
        adopted_at: Some("S/PV.8743".into()),
        parent: Some("S/2020/620".into()),
        text_digest: None,
        other_readings: Vec::new(),
    });
    let mut actor = Node::new("actor:MINUSMA", NodeKind::Actor, "MINUSMA");
    actor.category = "mission".parse().ok();
    actor.title = Some("United Nations Multidimensional Integrated Stabilization Mission in Mali".into());
    actor.held = true;
    g.add_node(actor);

    let link = |source: NodeRef, target: NodeRef, kind: EdgeKind, attrs: EdgeAttrs| Link {
        source,
        target,
        kind,
        attrs,
    };
    let cites = link(
        doc("S/RES/2531 (2020)"),
        doc("S/RES/2391 (2017)"),
        EdgeKind::Cites,
        EdgeAttrs {
            relation: Some("recalling".into()),
            paragraph: "preamble".parse().ok(),
            pinpoint: Some("13".into()),
            evidence: evidence(
                20,
                "Recalling its resolutions 2391 (2017), \"and\" 2423 (2018);\tall",
            ),
            ..EdgeAttrs::default()
        },
    );
    g.add_link(&cites);
    g.add_link(&cites); // count 2
    g.add_link(&link(
        doc("S/RES/2531 (2020)"),
        doc("A/RES/67/135"),
        EdgeKind::Cites,
        EdgeAttrs {
            relation: Some("taking note of".into()),
            paragraph: "16".parse().ok(),
            ..EdgeAttrs::default()
        },
    ));
    g.add_link(&link(
        doc("S/RES/2531 (2020)"),
        doc("YUN 2005, p. 251"),
        EdgeKind::Cites,
        EdgeAttrs::default(),
    ));
    g.add_link(&link(
        doc("S/2020/600"),
        doc("S/RES/2531 (2020)"),
        EdgeKind::AdoptedAs,
        EdgeAttrs::default(),
    ));
    g.add_link(&link(
        named("state:Côte d'Ivoire", NodeKind::State, "Côte d'Ivoire"),
        doc("S/RES/2531 (2020)"),
        EdgeKind::Voted,
        EdgeAttrs {
            position: Some(VotePosition::InFavour),
            ..EdgeAttrs::default()
        },
    ));
    g.add_link(&link(
        doc("S/2020/620"),
        named(
            "person:Nicolas de Rivière",
            NodeKind::Person,
            "Nicolas de Rivière",
        ),
        EdgeKind::SignedBy,
        EdgeAttrs {
            role: Some("President of the Security Council".into()),
            represents: Some("state:France".into()),
            ..EdgeAttrs::default()
        },
    ));
    g.add_link(&link(
        doc("S/RES/2531 (2020)"),
        named("actor:MINUSMA", NodeKind::Actor, "MINUSMA"),
        EdgeKind::ExtendsMandate,
        EdgeAttrs {
            date: "2021-06-30".parse().ok(),
            ..EdgeAttrs::default()
        },
    ));
    g.add_link(&link(
        doc("S/RES/2531 (2020)"),
        named("actor:MINUSMA", NodeKind::Actor, "MINUSMA"),
        EdgeKind::Mentions,
        EdgeAttrs {
            count: 7,
            ..EdgeAttrs::default()
        },
    ));
    g.add_link(&link(
        doc("S/2020/620"),
        doc("S/RES/2531 (2020)"),
        EdgeKind::Contains,
        EdgeAttrs::default(),
    ));
    g
}

pub fn data_graph() -> CitationGraph {
    let corpus = Extractor::new().extract_paths(&[DATA]);
    assert!(
        corpus.errors.is_empty(),
        "data/ reads cleanly: {:?}",
        corpus.errors
    );
    let graph = CitationGraph::from_extractions(corpus.extractions);
    assert!(graph.node_count() >= 5, "data/ gives a graph");
    graph
}

pub fn nodes(g: &CitationGraph) -> Vec<Node> {
    g.nodes().cloned().collect()
}

pub fn edges(g: &CitationGraph) -> Vec<(String, String, EdgeKind, EdgeAttrs)> {
    g.edges()
        .map(|e| {
            (
                e.source.id.clone(),
                e.target.id.clone(),
                e.edge.kind,
                e.edge.attrs().clone(),
            )
        })
        .collect()
}

/// The actors and places a text names (its `mentions` edges), as node ids.
pub fn mentioned(text: &str) -> std::collections::BTreeSet<String> {
    unxref::Extractor::new()
        .extract_str("fragment.txt", text)
        .links
        .iter()
        .filter(|l| l.kind == EdgeKind::Mentions)
        .map(|l| l.target.id.clone())
        .collect()
}

/// Each fragment's mentions hold the ids listed first and none of those
/// listed second.
pub fn assert_mentions(cases: &[(&str, &[&str], &[&str])]) {
    for (text, present, absent) in cases {
        let got = mentioned(text);
        for id in *present {
            assert!(got.contains(*id), "{text:?}: {id} missing from {got:?}");
        }
        for id in *absent {
            assert!(!got.contains(*id), "{text:?}: {id} in {got:?}");
        }
    }
}

/// The number a counting query answers (`… | count`).
///
/// The figure known: the count when exact, the N of `at least N`, 0 for
/// `unknown` (a count some candidates without a record could change:
/// [`count_cell`] gives the cell as it reads).
pub fn count(graph: &CitationGraph, q: &str) -> u64 {
    let cell = count_cell(graph, q);
    match cell.as_str() {
        "unknown" => 0,
        cell => cell
            .strip_prefix("at least ")
            .unwrap_or(cell)
            .parse()
            .unwrap_or_else(|_| panic!("{q}: a count, got {cell}")),
    }
}

/// The cell of a count as the table and CSV read it: `14`, `at least 14`,
/// `unknown`.
pub fn count_cell(graph: &CitationGraph, q: &str) -> String {
    let csv = graph.query(q).unwrap_or_else(|e| panic!("{q}: {e}")).to_csv();
    csv.lines()
        .nth(1)
        .map(|l| l.trim().to_string())
        .unwrap_or_else(|| panic!("{q}: a count, got {csv}"))
}

/// The notes of a query's answer.
pub fn notes(graph: &CitationGraph, q: &str) -> Vec<String> {
    graph
        .query(q)
        .unwrap_or_else(|e| panic!("{q}: {e}"))
        .notes()
        .to_vec()
}

/// The ids of the rows of a question's answer, in the answer's order.
pub fn answer_ids(graph: &CitationGraph, q: &str) -> Vec<String> {
    graph
        .query(q)
        .unwrap_or_else(|e| panic!("{q}: {e}"))
        .node_ids()
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// The links of one kind a text makes, read alone: (target, relation,
/// date), sorted.
pub fn links_of_kind(file: &str, text: &str, kind: EdgeKind) -> Vec<(String, String, Option<String>)> {
    facts_of_kind(&Extractor::new().extract_str(file, text), kind)
}

/// The links of one kind an extraction holds: (target, relation, date),
/// sorted.
pub fn facts_of_kind(x: &unxref::Extraction, kind: EdgeKind) -> Vec<(String, String, Option<String>)> {
    let mut out: Vec<_> = x
        .links
        .iter()
        .filter(|l| l.kind == kind)
        .map(|l| {
            (
                l.target.id.clone(),
                l.attrs.relation.clone().unwrap_or_default(),
                l.attrs.date.map(|d| d.to_string()),
            )
        })
        .collect();
    out.sort();
    out
}

/// [`facts_of_kind`] of a bundled resolution ([`bundled_resolution`]).
pub fn bundled_facts(name: &str, kind: EdgeKind) -> Vec<(String, String, Option<String>)> {
    facts_of_kind(&bundled_resolution(name), kind)
}

/// The ids of the actors, states and places a bundled resolution mentions.
pub fn bundled_mentions(name: &str) -> Vec<String> {
    bundled_facts(name, EdgeKind::Mentions)
        .into_iter()
        .map(|(id, _, _)| id)
        .collect()
}

/// A graph of the named files of the sc-resolutions corpus, or `None`
/// (with the line that says the test is skipped) when it is not there.
pub fn corpus_files_graph(files: &[&str]) -> Option<CitationGraph> {
    let dir = sc_corpus_or_skip()?;
    // Read as a build reads them: a third of the corpus is Windows-1252.
    let paths: Vec<_> = files.iter().map(|f| dir.join(f)).collect();
    let corpus = Extractor::new().extract_paths(&paths);
    assert_eq!(corpus.extractions.len(), files.len(), "{files:?}");
    Some(CitationGraph::from_extractions(corpus.extractions))
}

/// The explain line of a question: the formal query it is read as.
pub fn formal(graph: &CitationGraph, q: &str) -> String {
    let t = graph
        .query(&format!("explain {q}"))
        .unwrap_or_else(|e| panic!("{q}: {e}"));
    t.to_text().lines().next().unwrap_or_default().to_string()
}

/// The error a question gets (the test fails if it gets an answer).
pub fn error_of(graph: &CitationGraph, q: &str) -> String {
    match graph.query(q) {
        Ok(t) => panic!("{q}: an error, got {}", t.to_csv()),
        Err(e) => e.to_string(),
    }
}
