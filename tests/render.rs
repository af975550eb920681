//! Diagrams of real query results (on data/ and the sc-resolutions corpus),
//! drawn by both engines and read back with an XML parser: every node of the
//! result must be drawn with its label, its tooltip and (for documents) its
//! link, and tooltips must quote the evidence.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use unxref::graph::CitationGraph;
use unxref::render::{self, Engine, EngineChoice, Format, RenderError, RenderOptions};
use unxref::{EdgeAttrs, EdgeKind, Evidence, Extractor, Link, Node, NodeKind, NodeRef, Symbol};

const XLINK: &str = "http://www.w3.org/1999/xlink";

/// The graph of the bundled corpus. The path is relative (tests run in the
/// package root) so evidence, and the DOT snapshot, name `data/…` files.
fn data_graph() -> &'static CitationGraph {
    static GRAPH: OnceLock<CitationGraph> = OnceLock::new();
    GRAPH.get_or_init(|| {
        let corpus = Extractor::new().extract_paths(&["data"]);
        assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
        CitationGraph::from_extractions(corpus.extractions)
    })
}

/// What a diagram of `query`'s result draws, and the nodes it emphasises.
fn result(graph: &CitationGraph, query: &str) -> (CitationGraph, Vec<String>) {
    let table = graph.query(query).unwrap_or_else(|e| panic!("{query}: {e}"));
    let result = render::result_graph(graph, &table);
    assert!(!result.empty, "{query} found nothing");
    assert_eq!(
        result.graph.node_count(),
        table.node_ids().len()
            + result
                .focus
                .iter()
                .filter(|f| !table.node_ids().contains(&f.as_str()))
                .count(),
        "{query}: the result's nodes and its starting nodes"
    );
    (result.graph, result.focus)
}

fn what_does_2531_cite() -> (CitationGraph, Vec<String>) {
    result(data_graph(), "what does 2531 cite")
}

fn path_from_2531_to_1325() -> (CitationGraph, Vec<String>) {
    result(data_graph(), "path from 2531 to 1325")
}

/// "what does 2100 cite within 2 steps" over the sc-resolutions corpus.
/// Only the files the walk can reach are read (2100's, then those of the
/// resolutions it cites): the same answer as over the whole corpus, since
/// these texts hold no drafts, in a fraction of the time.
fn chain_from_2100(corpus: &Path) -> (CitationGraph, Vec<String>) {
    let file = |id: &str| corpus.join(format!("{}.txt", id.replace('/', "-").replace(' ', "")));
    let start = "S/RES/2100 (2013)";
    let first = CitationGraph::from_extractions(Extractor::new().extract_paths(&[file(start)]).extractions);
    let mut files = vec![file(start)];
    files.extend(
        first
            .neighbors(start, EdgeKind::Cites, petgraph::Direction::Outgoing)
            .map(|n| file(&n.id))
            .filter(|f| f.is_file()),
    );
    let graph = CitationGraph::from_extractions(Extractor::new().extract_paths(&files).extractions);
    result(&graph, "what does 2100 cite within 2 steps")
}

/// Parse SVG as XML (Graphviz writes a DOCTYPE: allow it).
fn parse(svg: &str) -> roxmltree::Document<'_> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(svg, options)
        .unwrap_or_else(|e| panic!("SVG does not parse: {e}"))
}

/// Check that every node of `graph` is drawn in `svg` with its label, a
/// tooltip naming it (with its title and date when known) and its link.
fn assert_draws_every_node(svg: &str, graph: &CitationGraph) {
    let doc = parse(svg);
    let mut groups: BTreeMap<String, roxmltree::Node> = BTreeMap::new();
    for g in doc
        .descendants()
        .filter(|n| n.has_tag_name("g") && n.attribute("class") == Some("node"))
    {
        let title = g
            .children()
            .find(|c| c.has_tag_name("title"))
            .and_then(|t| t.text())
            .unwrap_or_default();
        let id = title.split(" · ").next().unwrap_or_default().to_string();
        groups.insert(id, g);
    }
    for node in graph.nodes() {
        let g = groups
            .get(&node.id)
            .unwrap_or_else(|| panic!("{} is not drawn", node.id));
        let text: Vec<&str> = g
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect();
        let label = node.label.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(text.join(" "), label, "label of {}", node.id);
        let a = g
            .descendants()
            .find(|n| n.has_tag_name("a"))
            .unwrap_or_else(|| panic!("{} has no tooltip anchor", node.id));
        let tooltip = a
            .attribute((XLINK, "title"))
            .unwrap_or_else(|| panic!("{} has no tooltip", node.id));
        assert!(tooltip.starts_with(&node.id), "tooltip of {}: {tooltip}", node.id);
        for known in [&node.title, &node.date].into_iter().flatten() {
            assert!(
                tooltip.contains(known.as_str()),
                "tooltip of {} lacks {known}",
                node.id
            );
        }
        assert_eq!(
            a.attribute((XLINK, "href")).map(str::to_string),
            render::document_url(node),
            "link of {}",
            node.id
        );
    }
    assert_eq!(groups.len(), graph.node_count(), "no extra nodes");
}

/// Each edge's tooltip quotes its evidence, and each cited node's tooltip
/// quotes at least one of the passages that cite it.
fn assert_tooltips_quote_evidence(svg: &str, graph: &CitationGraph) {
    let doc = parse(svg);
    let tooltips = |class: &str| -> Vec<String> {
        doc.descendants()
            .filter(|g| g.attribute("class").is_some_and(|c| c == class))
            .filter_map(|g| g.descendants().find(|a| a.has_tag_name("a")))
            .filter_map(|a| a.attribute((XLINK, "title")).map(str::to_string))
            .collect()
    };
    let (nodes, edges) = (tooltips("node"), tooltips("edge"));
    let fragment = |q: &str| q.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    let mut quoted: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for e in graph.edges() {
        let Some(ev) = &e.edge.attrs().evidence else {
            continue;
        };
        let f = fragment(&ev.quote);
        assert!(
            edges.iter().any(|t| t.contains(&f)),
            "no edge tooltip quotes {f:?}"
        );
        quoted.entry(e.target.id.as_str()).or_default().push(f);
    }
    assert!(!quoted.is_empty(), "the result carries evidence");
    for (id, fragments) in quoted {
        let tooltip = nodes
            .iter()
            .find(|t| t.starts_with(id))
            .unwrap_or_else(|| panic!("{id} has no tooltip"));
        assert!(
            fragments.iter().any(|f| tooltip.contains(f)),
            "the tooltip of {id} quotes none of {fragments:?}"
        );
    }
}

/// With `UNXREF_RENDER_OUT=DIR`, keep the diagrams for a person to look at
/// (docs/*.png are screenshots of these).
fn save_for_viewing(name: &str, engine: &str, svg: &str) {
    if let Some(dir) = std::env::var_os("UNXREF_RENDER_OUT") {
        let file = format!("{}-{engine}.svg", name.replace(' ', "-"));
        std::fs::write(Path::new(&dir).join(file), svg).unwrap();
    }
}

fn both_engines(name: &str, graph: &CitationGraph, focus: &[String]) {
    let options = RenderOptions {
        title: Some(name.to_string()),
        focus: focus.to_vec(),
        ..RenderOptions::with_engine(EngineChoice::Fallback)
    };
    let fallback = render::to_svg(graph, &options).unwrap();
    save_for_viewing(name, "fallback", &fallback.svg);
    assert_eq!(fallback.engine, Engine::Fallback);
    assert_eq!(
        (fallback.shown, fallback.total),
        (graph.node_count(), graph.node_count())
    );
    assert_draws_every_node(&fallback.svg, graph);
    assert_tooltips_quote_evidence(&fallback.svg, graph);
    let options = RenderOptions {
        engine: EngineChoice::Graphviz,
        ..options
    };
    if !render::graphviz_available(&options) {
        println!("skipped: Graphviz dot not on PATH ({name})");
        return;
    }
    let graphviz = render::to_svg(graph, &options).unwrap();
    save_for_viewing(name, "graphviz", &graphviz.svg);
    assert_eq!(graphviz.engine, Engine::Graphviz);
    assert_draws_every_node(&graphviz.svg, graph);
    assert_tooltips_quote_evidence(&graphviz.svg, graph);
}

#[test]
fn what_does_2531_cite_is_drawn_by_both_engines() {
    let (graph, focus) = what_does_2531_cite();
    for cited in [
        "S/RES/1325 (2000)",
        "S/PRST/2018/10",
        "S/2020/476",
        "S/RES/2374 (2017)",
    ] {
        assert!(graph.node(cited).is_some(), "2531 cites {cited}");
    }
    assert_eq!(focus, ["S/RES/2531 (2020)"]);
    both_engines("what does 2531 cite", &graph, &focus);
}

#[test]
fn path_from_2531_to_1325_is_drawn_by_both_engines() {
    let (graph, focus) = path_from_2531_to_1325();
    both_engines("path from 2531 to 1325", &graph, &focus);
}

#[test]
fn two_step_chain_from_2100_is_drawn_by_both_engines() {
    let Some(corpus) = common::sc_corpus_or_skip() else {
        return;
    };
    let (graph, focus) = chain_from_2100(&corpus);
    assert!(
        graph.node_count() > 10,
        "2100 cites 2056, 2071, 2085, which cite more"
    );
    both_engines("what does 2100 cite within 2 steps", &graph, &focus);
}

#[test]
fn years_read_left_to_right_in_the_fallback() {
    let (graph, focus) = what_does_2531_cite();
    let options = RenderOptions {
        focus,
        ..RenderOptions::with_engine(EngineChoice::Fallback)
    };
    let svg = render::to_svg(&graph, &options).unwrap().svg;
    let doc = parse(&svg);
    // The x of each year label on the axis, in document order.
    let axis = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("axis"))
        .expect("an axis");
    let years: Vec<(u16, f64)> = axis
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|t| Some((t.text()?.parse().ok()?, t.attribute("x")?.parse().ok()?)))
        .collect();
    assert!(years.len() >= 4, "{years:?}");
    assert!(
        years.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1),
        "{years:?}"
    );
    assert_eq!(
        years.first().map(|y| y.0),
        Some(2000),
        "1325 (2000) is the oldest cited"
    );
    assert_eq!(years.last().map(|y| y.0), Some(2020));
}

#[test]
fn a_large_result_is_trimmed_with_a_message() {
    let (graph, focus) = what_does_2531_cite();
    let options = RenderOptions {
        focus: focus.clone(),
        max_nodes: 5,
        ..RenderOptions::with_engine(EngineChoice::Fallback)
    };
    let rendered = render::to_svg(&graph, &options).unwrap();
    assert!(rendered.trimmed());
    assert_eq!((rendered.shown, rendered.total), (5, graph.node_count()));
    assert!(rendered.notes[0].contains(&format!("5 most connected of {}", graph.node_count())));
    let doc = parse(&rendered.svg);
    let drawn = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("node"))
        .count();
    assert_eq!(drawn, 5);
    assert!(
        doc.descendants().any(|n| n.attribute("class") == Some("note")
            && n.text().is_some_and(|t| t.contains("most connected"))),
        "the message is in the diagram"
    );
    assert!(
        rendered.svg.contains("S/RES/2531 (2020)"),
        "the query's source is kept"
    );
    let dot = render::to_dot(&graph, &options);
    assert!(dot.contains("most connected"));
}

#[test]
fn a_dense_result_keeps_fewer_nodes_to_stay_within_the_edge_limit() {
    let Some(corpus) = common::sc_corpus_or_skip() else {
        return;
    };
    let (graph, focus) = chain_from_2100(&corpus);
    let options = RenderOptions {
        focus,
        max_edges: 100,
        ..RenderOptions::with_engine(EngineChoice::Fallback)
    };
    assert!(graph.edge_count() > 100, "{} edges", graph.edge_count());
    let rendered = render::to_svg(&graph, &options).unwrap();
    assert!(rendered.trimmed());
    let doc = parse(&rendered.svg);
    let edges = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("edge"))
        .count();
    assert!(edges <= 100 && edges > 50, "{edges} edges drawn");
    assert!(rendered.notes[0].contains("100 edges"), "{:?}", rendered.notes);
    assert!(
        rendered.svg.contains("S/RES/2100 (2013)"),
        "the query's source is kept"
    );
}

#[test]
fn dot_output_is_deterministic_and_styled() {
    let (graph, focus) = what_does_2531_cite();
    let options = RenderOptions {
        focus,
        ..RenderOptions::default()
    };
    let dot = render::to_dot(&graph, &options);
    // The same nodes added in another order give the same text.
    let mut ids: Vec<String> = graph.nodes().map(|n| n.id.clone()).collect();
    ids.reverse();
    assert_eq!(render::to_dot(&graph.subgraph(&ids), &options), dot);
    assert!(dot.starts_with("// unxref citation diagram\ndigraph unxref {"));
    assert!(
        dot.contains(
            r#""S/RES/2531 (2020)"[label="Resolution 2531 (2020)" shape="box" style="filled,rounded"#
        ),
        "{dot}"
    );
    assert!(dot.contains(r#"URL="https://undocs.org/en/S/PRST/2018/10""#));
    assert!(
        dot.contains(r#"label="taking note of""#),
        "relation verbs label citations"
    );
    assert!(
        dot.contains(r#"style="filled,rounded,dashed""#),
        "stubs are dashed"
    );
}

/// A small graph of facts from the first seed file, built by hand so the
/// snapshot does not move when the extractor improves: a draft adopted as a
/// resolution, a citation with its evidence, a mention and a vote.
fn hand_built() -> CitationGraph {
    let doc = |s: &str| NodeRef::document(&s.parse::<Symbol>().unwrap());
    let named = |id: &str, kind, label: &str| NodeRef {
        id: id.into(),
        kind,
        label: label.into(),
        category: None,
    };
    let mut g = CitationGraph::new();
    let mut draft = Node::stub(&"S/2020/600".parse().unwrap());
    draft.kind = NodeKind::DraftResolution;
    draft.held = true;
    draft.title = Some("France: draft resolution".into());
    draft.date = Some("2020-06-29".into());
    g.add_node(draft);
    let evidence = |line, quote: &str| {
        Some(Evidence {
            file: "data/000_5084318a0e7514bb.txt".into(),
            line,
            quote: quote.into(),
            page: None,
        })
    };
    let facts = [
        (
            doc("S/2020/600"),
            doc("S/RES/2531 (2020)"),
            EdgeKind::AdoptedAs,
            EdgeAttrs::default(),
        ),
        (
            doc("S/2020/600"),
            doc("S/PRST/2018/10"),
            EdgeKind::Cites,
            EdgeAttrs {
                relation: Some("recalling".into()),
                paragraph: Some("preamble".into()),
                evidence: evidence(
                    63,
                    "*recalling* its Presidential Statement of 14 May 2018 (S/PRST/2018/10)",
                ),
                ..EdgeAttrs::default()
            },
        ),
        (
            doc("S/2020/600"),
            named("actor:MINUSMA", NodeKind::Actor, "MINUSMA"),
            EdgeKind::Mentions,
            EdgeAttrs::default(),
        ),
        (
            named("state:France", NodeKind::State, "France"),
            doc("S/2020/600"),
            EdgeKind::Voted,
            EdgeAttrs {
                position: Some(unxref::VotePosition::InFavour),
                ..EdgeAttrs::default()
            },
        ),
    ];
    for (source, target, kind, attrs) in facts {
        g.add_link(&Link {
            source,
            target,
            kind,
            attrs,
        });
    }
    g
}

#[test]
fn dot_snapshot_of_a_small_result() {
    let options = RenderOptions {
        title: Some("show S/2020/600".into()),
        focus: vec!["S/2020/600".into()],
        ..RenderOptions::default()
    };
    insta::assert_snapshot!(render::to_dot(&hand_built(), &options));
}

#[test]
fn every_kind_of_the_small_result_is_drawn_by_both_engines() {
    let g = hand_built();
    both_engines("show S/2020/600", &g, &["S/2020/600".to_string()]);
}

#[test]
fn special_characters_survive_both_engines() {
    let mut g = CitationGraph::new();
    let mut node = Node::new("actor:R&D <\"x\">", NodeKind::Actor, "R&D <\"x\"> \\N");
    node.title = Some("Tom & Jerry's <b>panel</b>".into());
    g.add_node(node);
    for engine in [EngineChoice::Fallback, EngineChoice::Graphviz] {
        let options = RenderOptions::with_engine(engine);
        if engine == EngineChoice::Graphviz && !render::graphviz_available(&options) {
            println!("skipped: Graphviz dot not on PATH (special characters)");
            continue;
        }
        let svg = render::to_svg(&g, &options).unwrap().svg;
        assert_draws_every_node(&svg, &g);
    }
}

#[test]
fn auto_falls_back_when_dot_is_missing() {
    let (graph, _) = path_from_2531_to_1325();
    let options = RenderOptions {
        dot_program: PathBuf::from("/nonexistent/dot"),
        ..RenderOptions::default()
    };
    assert!(!render::graphviz_available(&options));
    let rendered = render::to_svg(&graph, &options).unwrap();
    assert_eq!(rendered.engine, Engine::Fallback);
    let forced = RenderOptions {
        engine: EngineChoice::Graphviz,
        ..options
    };
    let err = render::to_svg(&graph, &forced).unwrap_err();
    assert!(matches!(err, RenderError::GraphvizMissing { .. }), "{err}");
    assert!(err.to_string().contains("apt-get install graphviz"), "{err}");
}

#[test]
fn write_picks_the_format_and_guards_other_files() {
    let (graph, focus) = path_from_2531_to_1325();
    let dir = tempfile::tempdir().unwrap();
    let options = RenderOptions {
        focus,
        ..RenderOptions::with_engine(EngineChoice::Fallback)
    };

    let svg = dir.path().join("path.svg");
    let written = render::write(&svg, &graph, &options, false).unwrap();
    assert_eq!(
        (written.format, written.engine),
        (Format::Svg, Some(Engine::Fallback))
    );
    parse(&std::fs::read_to_string(&svg).unwrap());
    // Our own file may be replaced without --force.
    render::write(&svg, &graph, &options, false).unwrap();

    let dot = dir.path().join("path.dot");
    let written = render::write(&dot, &graph, &options, false).unwrap();
    assert_eq!((written.format, written.engine), (Format::Dot, None));
    assert!(std::fs::read_to_string(&dot).unwrap().contains("digraph unxref"));

    let foreign = dir.path().join("drawing.svg");
    std::fs::write(&foreign, "<svg>someone's drawing</svg>").unwrap();
    let err = render::write(&foreign, &graph, &options, false).unwrap_err();
    assert!(matches!(err, RenderError::WouldOverwrite { .. }), "{err}");
    assert_eq!(
        std::fs::read_to_string(&foreign).unwrap(),
        "<svg>someone's drawing</svg>"
    );
    render::write(&foreign, &graph, &options, true).unwrap();
    assert!(render::written_by_us(&foreign));

    let err = render::write(&dir.path().join("x.pdf"), &graph, &options, false).unwrap_err();
    assert!(matches!(err, RenderError::UnknownFormat { .. }), "{err}");

    let png = dir.path().join("path.png");
    let err = render::write(&png, &graph, &options, false).unwrap_err();
    assert!(err.to_string().contains("write an .svg file instead"), "{err}");
    assert!(!png.exists());
    let options = RenderOptions {
        engine: EngineChoice::Auto,
        ..options
    };
    if !render::graphviz_available(&options) {
        println!("skipped: Graphviz dot not on PATH (png)");
        return;
    }
    let written = render::write(&png, &graph, &options, false).unwrap();
    assert_eq!(written.engine, Some(Engine::Graphviz));
    let bytes = std::fs::read(&png).unwrap();
    assert!(bytes.starts_with(b"\x89PNG"));
    assert!(render::written_by_us(&png));
    render::write(&png, &graph, &options, false).unwrap();
}

/// A stand-in for `dot`: a shell script in a temporary folder.
#[cfg(unix)]
fn fake_dot(dir: &Path, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("dot");
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[cfg(unix)]
#[test]
fn a_hung_dot_is_stopped_and_a_failing_one_reported() {
    let (graph, _) = path_from_2531_to_1325();
    let dir = tempfile::tempdir().unwrap();
    let hung = RenderOptions {
        engine: EngineChoice::Graphviz,
        dot_program: fake_dot(dir.path(), "exec sleep 30"),
        timeout: std::time::Duration::from_millis(200),
        ..RenderOptions::default()
    };
    let err = render::to_svg(&graph, &hung).unwrap_err();
    assert!(matches!(err, RenderError::Timeout { .. }), "{err}");

    let dir = tempfile::tempdir().unwrap();
    let failing = RenderOptions {
        engine: EngineChoice::Graphviz,
        dot_program: fake_dot(
            dir.path(),
            "cat >/dev/null; echo 'Format: \"svg\" not recognized' >&2; exit 1",
        ),
        ..RenderOptions::default()
    };
    let err = render::to_svg(&graph, &failing).unwrap_err();
    assert!(
        matches!(&err, RenderError::Graphviz { stderr, .. } if stderr.contains("not recognized")),
        "{err}"
    );
    // Auto draws it anyway, with the built-in layout, and says why.
    let auto = RenderOptions {
        engine: EngineChoice::Auto,
        ..failing
    };
    let rendered = render::to_svg(&graph, &auto).unwrap();
    assert_eq!(rendered.engine, Engine::Fallback);
    assert!(
        rendered.notes.iter().any(|n| n.contains("not recognized")),
        "{:?}",
        rendered.notes
    );
    assert_draws_every_node(&rendered.svg, &graph);
}

#[test]
fn the_cli_draws_a_query_and_explains_what_it_cannot() {
    let dir = tempfile::tempdir().unwrap();
    let unxref = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_unxref"))
            .args(args)
            .env("UNXREF_DATA", concat!(env!("CARGO_MANIFEST_DIR"), "/data"))
            .output()
            .unwrap()
    };
    let svg = dir.path().join("2531.svg");
    let out = unxref(&["render", "what does 2531 cite", "-o", svg.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("wrote"), "{stderr}");
    let (graph, _) = what_does_2531_cite();
    assert_draws_every_node(&std::fs::read_to_string(&svg).unwrap(), &graph);

    let out = unxref(&["render", "who voted against 2531", "-o", svg.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("nothing to draw: no state voted against"),
        "{stderr}"
    );

    let pdf = dir.path().join("2531.pdf");
    let out = unxref(&["render", "what does 2531 cite", "-o", pdf.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("name the file .svg, .dot or .png"), "{stderr}");
    assert!(!pdf.exists());
}
