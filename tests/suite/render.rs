//! Diagrams of real query results (on data/ and the sc-resolutions corpus),
//! drawn by both engines and read back with an XML parser. Every node of
//! the answer is drawn with its label, tooltip and link; tooltips quote the
//! evidence; and the geometry read from the SVG meets the rules a reader
//! needs: no edge through a node it does not join nor through a text not
//! its own (a year of the axis, another edge's label), no two nodes or texts
//! overlapping, a readable aspect ratio from 50 nodes, the answer covered.
//! The interactive page is checked in headless Chromium when it is
//! installed.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use unxref::graph::CitationGraph;
use unxref::render::{self, Engine, EngineChoice, Format, RenderError, RenderOptions, ResultGraph};
use unxref::{EdgeAttrs, EdgeKind, Evidence, Extractor, Link, Node, NodeKind, NodeRef, Symbol};

const XLINK: &str = "http://www.w3.org/1999/xlink";

/// The graph of the bundled corpus. The path is relative (tests run in the
/// package root) so evidence names `data/…` files.
fn data_graph() -> &'static CitationGraph {
    static GRAPH: OnceLock<CitationGraph> = OnceLock::new();
    GRAPH.get_or_init(|| {
        let corpus = Extractor::new().extract_paths(&["data"]);
        assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
        CitationGraph::from_extractions(corpus.extractions)
    })
}

/// The graph of the whole sc-resolutions corpus, read once.
fn sc_graph(corpus: &Path) -> &'static CitationGraph {
    static GRAPH: OnceLock<CitationGraph> = OnceLock::new();
    GRAPH.get_or_init(|| {
        CitationGraph::from_extractions(Extractor::new().extract_paths(&[corpus]).extractions)
    })
}

/// A query's result and the options that draw it with `engine`.
fn drawn(graph: &CitationGraph, query: &str, engine: EngineChoice) -> (ResultGraph, RenderOptions) {
    let table = graph.query(query).unwrap_or_else(|e| panic!("{query}: {e}"));
    let result = render::result_graph(graph, &table);
    assert!(!result.empty, "{query} found nothing");
    let options = RenderOptions {
        title: Some(query.to_string()),
        ..RenderOptions::with_engine(engine)
    }
    .for_result(&result)
    .with_citations_from(graph);
    (result, options)
}

/// Parse SVG as XML (Graphviz writes a DOCTYPE: allow it).
fn parse(svg: &str) -> roxmltree::Document<'_> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(svg, options).expect("well-formed SVG")
}

fn has_class(n: &roxmltree::Node, class: &str) -> bool {
    n.attribute("class")
        .is_some_and(|c| c.split_whitespace().any(|w| w == class))
}

/// `n12` / `e3`: the scene index of a drawn node or edge.
fn index_of(n: &roxmltree::Node, prefix: char) -> Option<usize> {
    n.attribute("id")?.strip_prefix(prefix)?.parse().ok()
}

/// A box: left, top, right, bottom.
type Rect = (f64, f64, f64, f64);
/// A drawn edge: source id, target id, in the context layer?, its points.
type DrawnEdge = (String, String, bool, Vec<(f64, f64)>);
/// A text: the node (its id) or edge (`s->t`) it belongs to, what it says,
/// its box.
type DrawnText = (Option<String>, String, Rect);

/// The geometry of a diagram, read from its SVG in picture coordinates.
#[derive(Debug, Default)]
struct Geometry {
    width: f64,
    height: f64,
    /// Node id → box (left, top, right, bottom).
    nodes: BTreeMap<String, Rect>,
    /// (source id, target id, context?, sampled points).
    edges: Vec<DrawnEdge>,
    /// Text boxes, with the id of the node they belong to.
    texts: Vec<DrawnText>,
}

fn numbers(s: &str) -> Vec<f64> {
    s.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == 'e'))
        .filter(|t| !t.is_empty())
        .filter_map(|t| t.parse().ok())
        .collect()
}

/// Points along an SVG path of absolute M, L and C commands (straight and
/// cubic stretches sampled).
fn sample_path(d: &str) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    let mut command = 'M';
    let mut args: Vec<f64> = Vec::new();
    let mut at = (0.0, 0.0);
    let flush = |command: char, args: &[f64], at: &mut (f64, f64), out: &mut Vec<(f64, f64)>| match command {
        'M' => {
            for p in args.chunks(2).filter(|p| p.len() == 2) {
                *at = (p[0], p[1]);
                out.push(*at);
            }
        }
        // A straight stretch sampled every two units, so that a segment
        // crossing a box is seen even when both its ends lie outside.
        'L' => {
            for p in args.chunks(2).filter(|p| p.len() == 2) {
                let steps = ((p[0] - at.0).hypot(p[1] - at.1) / 2.0).ceil().max(1.0) as usize;
                for k in 1..=steps {
                    let t = k as f64 / steps as f64;
                    out.push((at.0 + t * (p[0] - at.0), at.1 + t * (p[1] - at.1)));
                }
                *at = (p[0], p[1]);
            }
        }
        'C' => {
            for c in args.chunks(6).filter(|c| c.len() == 6) {
                let p = [*at, (c[0], c[1]), (c[2], c[3]), (c[4], c[5])];
                for k in 1..=16 {
                    let t = k as f64 / 16.0;
                    let u = 1.0 - t;
                    let (a, b, cc, dd) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
                    out.push((
                        a * p[0].0 + b * p[1].0 + cc * p[2].0 + dd * p[3].0,
                        a * p[0].1 + b * p[1].1 + cc * p[2].1 + dd * p[3].1,
                    ));
                }
                *at = p[3];
            }
        }
        _ => {}
    };
    let mut token = String::new();
    for ch in d.chars().chain(std::iter::once(' ')) {
        if ch.is_ascii_alphabetic() && ch != 'e' {
            args.extend(numbers(&token));
            token.clear();
            flush(command, &args, &mut at, &mut out);
            args.clear();
            command = ch;
        } else {
            token.push(ch);
        }
    }
    args.extend(numbers(&token));
    flush(command, &args, &mut at, &mut out);
    out
}

/// True when a sampled point of an edge lies inside the box (by more than
/// a pixel: touching its border is no crossing).
fn runs_through(points: &[(f64, f64)], b: &Rect) -> bool {
    points
        .iter()
        .any(|p| p.0 > b.0 + 1.0 && p.0 < b.2 - 1.0 && p.1 > b.1 + 1.0 && p.1 < b.3 - 1.0)
}

impl Geometry {
    fn read(svg: &str) -> Geometry {
        let doc = parse(svg);
        let root = doc.root_element();
        let view = numbers(root.attribute("viewBox").expect("a viewBox"));
        let mut g = Geometry {
            width: view[2],
            height: view[3],
            ..Geometry::default()
        };
        // Graphviz moves its graph group: scale(s) … translate(x y).
        let group = root
            .descendants()
            .find(|n| n.has_tag_name("g") && has_class(n, "graph"))
            .expect("a graph group");
        let (mut sx, mut sy, mut tx, mut ty) = (1.0, 1.0, 0.0, 0.0);
        if let Some(t) = group.attribute("transform") {
            if let Some(s) = t.split("scale(").nth(1) {
                let v = numbers(s.split(')').next().unwrap());
                sx = v[0];
                sy = *v.get(1).unwrap_or(&v[0]);
            }
            if let Some(s) = t.split("translate(").nth(1) {
                let v = numbers(s.split(')').next().unwrap());
                (tx, ty) = (v[0], v[1]);
            }
        }
        let map = |(x, y): (f64, f64)| (sx * (x + tx), sy * (y + ty));
        let shape_points = |el: roxmltree::Node| -> Vec<(f64, f64)> {
            let f = |a: &str| el.attribute(a).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
            let pts = match el.tag_name().name() {
                "polygon" | "polyline" => numbers(el.attribute("points").unwrap_or(""))
                    .chunks(2)
                    .map(|p| (p[0], p[1]))
                    .collect(),
                "rect" => vec![(f("x"), f("y")), (f("x") + f("width"), f("y") + f("height"))],
                "ellipse" => vec![
                    (f("cx") - f("rx"), f("cy") - f("ry")),
                    (f("cx") + f("rx"), f("cy") + f("ry")),
                ],
                "path" => sample_path(el.attribute("d").unwrap_or("")),
                _ => Vec::new(),
            };
            pts.into_iter().map(map).collect()
        };
        let bbox = |pts: &[(f64, f64)]| {
            pts.iter().fold(
                (f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY),
                |b, p| (b.0.min(p.0), b.1.min(p.1), b.2.max(p.0), b.3.max(p.1)),
            )
        };
        let title = |n: roxmltree::Node| -> String {
            n.children()
                .find(|c| c.has_tag_name("title"))
                .and_then(|t| t.text())
                .unwrap_or_default()
                .to_string()
        };
        for n in group.descendants().filter(|n| n.has_tag_name("g")) {
            if has_class(&n, "node") && index_of(&n, 'n').is_some() {
                let pts: Vec<(f64, f64)> = n
                    .descendants()
                    .filter(|c| !c.has_tag_name("text"))
                    .flat_map(shape_points)
                    .collect();
                g.nodes.insert(title(n), bbox(&pts));
            }
            if has_class(&n, "edge") && index_of(&n, 'e').is_some() {
                let t = title(n);
                let (s, e) = t.split_once("->").expect("an edge title names its ends");
                let pts: Vec<(f64, f64)> = n
                    .descendants()
                    .filter(|c| c.has_tag_name("path"))
                    .flat_map(|p| sample_path(p.attribute("d").unwrap_or("")))
                    .map(map)
                    .collect();
                g.edges
                    .push((s.to_string(), e.to_string(), has_class(&n, "context"), pts));
            }
        }
        for t in group.descendants().filter(|n| n.has_tag_name("text")) {
            let text = t.text().unwrap_or_default().trim().to_string();
            if text.is_empty() {
                continue;
            }
            let f = |a: &str| t.attribute(a).and_then(|v| v.parse::<f64>().ok());
            let size = f("font-size").unwrap_or(14.0);
            let (x, y) = map((f("x").unwrap_or(0.0), f("y").unwrap_or(0.0)));
            // Helvetica averages about half an em a character.
            let w = text.chars().count() as f64 * size * 0.5;
            let left = match t.attribute("text-anchor") {
                Some("middle") => x - w / 2.0,
                Some("end") => x - w,
                _ => x,
            };
            let owner = t
                .ancestors()
                .find(|a| {
                    (has_class(a, "node") && index_of(a, 'n').is_some())
                        || (has_class(a, "edge") && index_of(a, 'e').is_some())
                })
                .map(title);
            g.texts
                .push((owner, text, (left, y - 0.75 * size, left + w, y + 0.2 * size)));
        }
        g
    }

    fn aspect(&self) -> f64 {
        self.width / self.height
    }

    /// Edges passing through the box of a node they do not join.
    fn edges_through_nodes(&self) -> Vec<String> {
        let mut bad = Vec::new();
        for (s, t, _, pts) in &self.edges {
            for (id, b) in &self.nodes {
                if id == s || id == t {
                    continue;
                }
                if runs_through(pts, b) {
                    bad.push(format!("{s} -> {t} passes through {id}"));
                }
            }
        }
        bad
    }

    /// Edges passing through a text not their own nor their ends' (a year
    /// of the axis, a band's name, another edge's label).
    fn edges_through_texts(&self) -> Vec<String> {
        let mut bad = Vec::new();
        for (s, t, _, pts) in &self.edges {
            let own = format!("{s}->{t}");
            for (owner, text, b) in &self.texts {
                if matches!(owner.as_deref(), Some(o) if o == s || o == t || o == own) {
                    continue;
                }
                if runs_through(pts, b) {
                    bad.push(format!("{s} -> {t} passes through {text:?}"));
                }
            }
        }
        bad
    }

    /// Pairs of nodes, or of texts, or a text and a node not its own, that
    /// overlap.
    fn overlaps(&self) -> Vec<String> {
        let over = |a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)| {
            a.0 + 0.5 < b.2 && b.0 + 0.5 < a.2 && a.1 + 0.5 < b.3 && b.1 + 0.5 < a.3
        };
        let mut bad = Vec::new();
        let nodes: Vec<_> = self.nodes.iter().collect();
        for (i, a) in nodes.iter().enumerate() {
            for b in &nodes[i + 1..] {
                if over(*a.1, *b.1) {
                    bad.push(format!("nodes {} and {}", a.0, b.0));
                }
            }
        }
        for (i, (owner, text, a)) in self.texts.iter().enumerate() {
            for (other, text2, b) in &self.texts[i + 1..] {
                if over(*a, *b) {
                    bad.push(format!("texts {text:?} and {text2:?}"));
                }
                let _ = other;
            }
            for (id, b) in &self.nodes {
                if owner.as_deref() != Some(id.as_str()) && over(*a, *b) {
                    bad.push(format!("text {text:?} on node {id}"));
                }
            }
        }
        bad
    }
}

/// The rules every diagram of a query meets, in both engines; returns the
/// geometry for more checks.
fn check(name: &str, graph: &CitationGraph, options: &RenderOptions, result: &ResultGraph) -> Geometry {
    let rendered = render::to_svg(&result.graph, options).unwrap();
    save_for_viewing(name, options.engine, &rendered.svg);
    let geometry = Geometry::read(&rendered.svg);
    // Collisions, reported after the figures below.
    let collisions = [
        ("edges cross nodes", geometry.edges_through_nodes()),
        ("edges cross texts", geometry.edges_through_texts()),
        ("overlaps", geometry.overlaps()),
    ];
    let nodes = geometry.nodes.len();
    if nodes >= 50 {
        let a = geometry.aspect();
        assert!(
            (0.5..=3.0).contains(&a),
            "{name} ({:?}): aspect {a:.2} for {nodes} nodes",
            options.engine
        );
    }
    // Coverage: the subject and min(answer, max_nodes) answer nodes drawn,
    // and every answer edge among the drawn nodes.
    let answer_nodes = result.graph.node_count() - result.focus.len();
    assert_eq!(
        nodes,
        result.focus.len() + answer_nodes.min(options.max_nodes),
        "{name}: nodes drawn"
    );
    let drawn_answer: BTreeSet<(&str, &str)> = geometry
        .edges
        .iter()
        .filter(|e| !e.2)
        .map(|e| (e.0.as_str(), e.1.as_str()))
        .collect();
    for (s, t, _) in result.answer.edges.keys() {
        if geometry.nodes.contains_key(s) && geometry.nodes.contains_key(t) {
            assert!(
                drawn_answer.contains(&(s.as_str(), t.as_str())),
                "{name}: answer edge {s} -> {t} not drawn"
            );
        }
    }
    // Edges per node: a walk draws its tree, one edge a node reached.
    if result.answer.paths == 0 {
        assert!(
            drawn_answer.len() < nodes,
            "{name}: {} edges for {nodes} nodes",
            drawn_answer.len()
        );
    }
    // Every node but the subject hangs on an edge.
    for id in geometry.nodes.keys().filter(|id| !result.focus.contains(id)) {
        assert!(
            drawn_answer.iter().any(|(s, t)| s == id || t == id),
            "{name}: {id} is drawn alone"
        );
    }
    // No local path in the picture.
    assert!(
        !rendered.svg.contains("/work/") && !rendered.svg.contains("/home/"),
        "{name}: a local path in the SVG"
    );
    let _ = graph;
    // The figures docs/benchmarks.md tabulates (one line a query and engine).
    let answer_edges = result
        .answer
        .edges
        .keys()
        .filter(|(s, t, _)| geometry.nodes.contains_key(s) && geometry.nodes.contains_key(t))
        .count();
    println!(
        "geometry | {name} | {:?} | nodes {nodes} of {} | answer edges {}/{answer_edges} | edges/node {:.2} | through nodes {} | through texts {} | overlaps {} | aspect {:.2} ({:.0}×{:.0})",
        options.engine,
        result.graph.node_count(),
        drawn_answer.len(),
        geometry.edges.len() as f64 / nodes as f64,
        collisions[0].1.len(),
        collisions[1].1.len(),
        collisions[2].1.len(),
        geometry.aspect(),
        geometry.width,
        geometry.height
    );
    for (what, bad) in &collisions {
        assert!(
            bad.is_empty(),
            "{name} ({:?}): {} {what}: {:?}",
            options.engine,
            bad.len(),
            &bad[..bad.len().min(5)]
        );
    }
    geometry
}

/// With `UNXREF_RENDER_OUT=DIR`, keep the diagrams for a person to look at
/// (docs/*.png are screenshots of these).
fn save_for_viewing(name: &str, engine: EngineChoice, svg: &str) {
    if let Some(dir) = std::env::var_os("UNXREF_RENDER_OUT") {
        let engine = if engine == EngineChoice::Fallback {
            "builtin"
        } else {
            "graphviz"
        };
        let file = format!("{}-{engine}.svg", name.replace(' ', "-"));
        std::fs::write(Path::new(&dir).join(file), svg).unwrap();
    }
}

/// The engines to test: the built-in one, and Graphviz when installed.
fn engines() -> Vec<EngineChoice> {
    let mut out = vec![EngineChoice::Fallback];
    if render::graphviz_available(&RenderOptions::default()) {
        out.push(EngineChoice::Graphviz);
    } else {
        println!("skipped: Graphviz dot not on PATH (the built-in engine only)");
    }
    out
}

#[test]
fn corpus_queries_are_drawn_without_collisions_by_both_engines() {
    let Some(corpus) = common::sc_corpus_or_skip() else {
        return;
    };
    let graph = sc_graph(&corpus);
    for query in [
        "what cites 1325",
        "what does 2100 cite within 2 steps",
        "what does 2242 cite within 3 steps",
        "all paths from 2242 to 1261 max 3",
    ] {
        for engine in engines() {
            let (result, options) = drawn(graph, query, engine);
            check(query, graph, &options, &result);
        }
    }
}

#[test]
fn what_does_2531_cite_is_drawn_without_collisions_by_both_engines() {
    let graph = data_graph();
    for engine in engines() {
        let (result, options) = drawn(graph, "what does 2531 cite", engine);
        let geometry = check("what does 2531 cite", graph, &options, &result);
        for cited in [
            "S/RES/1325 (2000)",
            "S/PRST/2018/10",
            "S/2020/476",
            "S/RES/2374 (2017)",
        ] {
            assert!(geometry.nodes.contains_key(cited), "2531 cites {cited}");
        }
        let svg = render::to_svg(&result.graph, &options).unwrap().svg;
        assert_draws_every_node(&svg, &result.graph);
        assert_tooltips_quote_evidence(&svg, &result);
    }
}

#[test]
fn what_cites_1325_draws_150_citers_by_default_and_all_227_when_asked() {
    let Some(corpus) = common::sc_corpus_or_skip() else {
        return;
    };
    let graph = sc_graph(&corpus);
    let (result, options) = drawn(graph, "what cites 1325", EngineChoice::Fallback);
    let citers = result.graph.node_count() - 1;
    assert!(citers >= 200, "{citers} citers of 1325 in the corpus");
    let scene = render::Scene::build(&result.graph, &options);
    assert_eq!((scene.shown, scene.total), (150, citers));
    assert!(
        scene.caption.contains(&format!("150 of {citers} shown")),
        "{}",
        scene.caption
    );
    // Each year keeps its share of the 150 (so the last years do not look
    // empty), the most cited of the year first; the axis counts the rest.
    assert_years_keep_their_share(graph, &result, &scene);
    for engine in engines() {
        let svg = render::to_svg(
            &result.graph,
            &RenderOptions {
                engine,
                ..options.clone()
            },
        )
        .unwrap()
        .svg;
        assert_not_drawn_counts_sit_under_their_years(&svg, &scene, engine);
    }
    // Every edge drawn points at 1325: the answer, not the citations among citers.
    assert!(
        scene
            .edges
            .iter()
            .all(|e| scene.nodes[e.target].id == "S/RES/1325 (2000)")
    );
    let all = RenderOptions {
        max_nodes: 300,
        ..options
    };
    let scene = render::Scene::build(&result.graph, &all);
    assert_eq!(scene.shown, citers);
    for engine in engines() {
        check(
            "what cites 1325 (all)",
            graph,
            &RenderOptions {
                engine,
                ..all.clone()
            },
            &result,
        );
    }
}

/// The year of a drawn node, as the scene places it.
fn year_of(scene: &render::Scene, id: &str) -> Option<u16> {
    match scene.nodes.iter().find(|n| n.id == id)?.slot {
        render::layout::Slot::Year(y) => Some(y),
        render::layout::Slot::Band(_) => None,
    }
}

/// A trimmed walk keeps, in each year, about the share of the budget its
/// nodes are of the answer (within one node and a half, the Sainte-Laguë
/// rounding), the most cited of the year first; `not_drawn` counts the rest.
fn assert_years_keep_their_share(graph: &CitationGraph, result: &ResultGraph, scene: &render::Scene) {
    let counts = render::citations_received(graph);
    // Every node of the answer at its year, by drawing it alone.
    let alone = render::Scene::build(
        &result.graph,
        &RenderOptions {
            max_nodes: 100_000,
            ..RenderOptions::default()
        }
        .for_result(result),
    );
    let mut answer: BTreeMap<render::layout::Slot, Vec<&str>> = BTreeMap::new();
    for n in alone.nodes.iter().filter(|n| !n.focus) {
        answer.entry(n.slot).or_default().push(n.id.as_str());
    }
    assert_eq!(alone.shown, scene.total, "the whole answer, to compare with");
    assert!(answer.len() >= 10, "{} years", answer.len());
    let kept: BTreeSet<&str> = scene.nodes.iter().map(|n| n.id.as_str()).collect();
    let share = scene.shown as f64 / scene.total as f64;
    let mut report = Vec::new();
    for (slot, ids) in &answer {
        let drawn = ids.iter().filter(|id| kept.contains(**id)).count();
        report.push(format!("{slot:?} {drawn}/{}", ids.len()));
        assert!(
            (drawn as f64 - ids.len() as f64 * share).abs() <= 1.5,
            "{slot:?}: {drawn} of {} drawn, a fair share is {:.1}",
            ids.len(),
            ids.len() as f64 * share
        );
        assert!(drawn >= 1, "{slot:?}: none of its {} drawn", ids.len());
        assert_eq!(
            scene.not_drawn.get(slot).copied().unwrap_or(0),
            ids.len() - drawn,
            "{slot:?}: the count not drawn"
        );
        // Within the year, the most cited are the ones kept.
        let cited = |id: &&str| counts.get(*id).copied().unwrap_or(0);
        let least_kept = ids.iter().filter(|id| kept.contains(**id)).map(cited).min();
        let most_left = ids.iter().filter(|id| !kept.contains(**id)).map(cited).max();
        if let (Some(k), Some(l)) = (least_kept, most_left) {
            assert!(k >= l, "{slot:?}: kept down to {k}, left out up to {l}");
        }
    }
    println!("per year drawn/answer: {}", report.join(", "));
    assert_eq!(scene.not_drawn.values().sum::<usize>(), scene.total - scene.shown);
}

/// Each year with nodes left out says "+N not drawn" just under its label
/// on the axis (same x, within a line below), N as the scene counts them.
fn assert_not_drawn_counts_sit_under_their_years(svg: &str, scene: &render::Scene, engine: EngineChoice) {
    let geometry = Geometry::read(svg);
    let centre = |r: &Rect| ((r.0 + r.2) / 2.0, r.3);
    for (slot, n) in &scene.not_drawn {
        let render::layout::Slot::Year(year) = slot else {
            continue;
        };
        let wanted = format!("+{n} not drawn");
        let label = geometry
            .texts
            .iter()
            .find(|t| t.0.is_none() && t.1 == year.to_string())
            .unwrap_or_else(|| panic!("{engine:?}: {year} is on the axis"));
        let (x, y) = centre(&label.2);
        let note = geometry
            .texts
            .iter()
            .filter(|t| t.0.is_none() && t.1 == wanted)
            .map(|t| centre(&t.2))
            .find(|&(nx, ny)| (nx - x).abs() < 2.0 && ny > y && ny - y < 16.0);
        assert!(note.is_some(), "{engine:?}: {year} lacks {wanted:?} under it");
    }
}

/// The key's first line, and the rows it names when the axis wraps.
fn key_rows(geometry: &Geometry) -> (String, Vec<(u16, u16)>) {
    let key = geometry
        .texts
        .iter()
        .find(|t| t.1.starts_with("Time runs"))
        .map(|t| t.1.clone())
        .expect("a key");
    let rows = key
        .split_once("in order: ")
        .map(|(_, rest)| {
            rest.split(" (")
                .next()
                .unwrap()
                .split(", then ")
                .map(|r| match r.split_once('–') {
                    Some((a, b)) => (a.parse().unwrap(), b.parse().unwrap()),
                    None => (r.parse().unwrap(), r.parse().unwrap()),
                })
                .collect()
        })
        .unwrap_or_default();
    (key, rows)
}

#[test]
fn a_wrapped_axis_says_so_and_its_rows_read_in_order() {
    let Some(corpus) = common::sc_corpus_or_skip() else {
        return;
    };
    let graph = sc_graph(&corpus);
    let mut wrapped = 0;
    for query in ["what cites 1325", "what does 2242 cite", "path from 2259 to 242"] {
        for engine in engines() {
            let (result, options) = drawn(graph, query, engine);
            let svg = render::to_svg(&result.graph, &options).unwrap().svg;
            let geometry = Geometry::read(&svg);
            // The years labelled on the axis, by line (texts on one baseline).
            let mut lines: BTreeMap<i64, Vec<u16>> = BTreeMap::new();
            for t in geometry.texts.iter().filter(|t| t.0.is_none()) {
                if let Ok(y) = t.1.parse::<u16>()
                    && (1900..2100).contains(&y)
                {
                    lines.entry(t.2.3.round() as i64).or_default().push(y);
                }
            }
            let (key, rows) = key_rows(&geometry);
            if key.contains("top to bottom") {
                // One column: the years run down it, in order.
                let down: Vec<u16> = lines.values().flatten().copied().collect();
                assert!(down.windows(2).all(|w| w[0] < w[1]), "{query}: {down:?}");
                assert!(rows.is_empty(), "{query}: {key}");
            } else if lines.len() > 1 {
                wrapped += 1;
                assert!(key.contains("years to scale within each row"), "{query}: {key}");
                assert_eq!(rows.len(), lines.len(), "{query}: {key}");
                // Rows top to bottom hold the years in order, each within
                // the range the key gives it.
                for (years, &(a, b)) in lines.values().zip(&rows) {
                    assert!(
                        years.iter().all(|y| (a..=b).contains(y)),
                        "{query}: row {a}–{b} holds {years:?}"
                    );
                }
                assert!(rows.windows(2).all(|w| w[0].1 < w[1].0), "{query}: {rows:?}");
            } else {
                assert!(
                    key.contains("left to right with years to scale ("),
                    "{query}: {key}"
                );
                assert!(rows.is_empty(), "{query}: {key}");
            }
        }
    }
    assert!(wrapped >= 2, "the corpus queries wrap their axis");
}

#[test]
fn a_path_tells_its_steps_truly_and_marks_a_suspect_citation() {
    let Some(corpus) = common::sc_corpus_or_skip() else {
        return;
    };
    let graph = sc_graph(&corpus);
    let query = "path from 2259 to 242";
    for engine in engines() {
        let (result, options) = drawn(graph, query, engine);
        let deepest = *result.answer.depth.values().max().unwrap();
        assert!(deepest > 4, "the path has {deepest} steps");
        let svg = render::to_svg(&result.graph, &options).unwrap().svg;
        let geometry = Geometry::read(&svg);
        let texts: Vec<&str> = geometry.texts.iter().map(|t| t.1.as_str()).collect();
        // Rings count three steps at most: the last entry says how far it goes.
        assert!(
            texts.contains(&format!("4 to {deepest} steps from the subject").as_str()),
            "{texts:?}"
        );
        assert!(!texts.contains(&"4 steps from the subject"), "{texts:?}");
        assert!(texts.contains(&"2 steps from the subject") && texts.contains(&"3 steps from the subject"));
        // 692 (1991) citing 694 (1991) is suspect: drawn in its own colour,
        // dashed, with a legend entry; the other steps are not.
        let doc = parse(&svg);
        let suspect: Vec<String> = doc
            .descendants()
            .filter(|n| n.has_tag_name("g") && has_class(n, "edge") && index_of(n, 'e').is_some())
            .filter(|n| has_class(n, "suspect"))
            .map(|n| {
                n.children()
                    .find(|c| c.has_tag_name("title"))
                    .and_then(|t| t.text())
                    .unwrap_or_default()
                    .to_string()
            })
            .collect();
        assert_eq!(suspect, ["S/RES/692 (1991)->S/RES/694 (1991)"], "{engine:?}");
        let stroke = |g: roxmltree::Node| {
            g.descendants()
                .find(|c| c.has_tag_name("path"))
                .and_then(|p| p.attribute("stroke"))
                .unwrap_or_default()
                .to_string()
        };
        for g in doc
            .descendants()
            .filter(|n| n.has_tag_name("g") && has_class(n, "edge") && index_of(n, 'e').is_some())
        {
            let is_suspect = has_class(&g, "suspect");
            assert_eq!(
                stroke(g) == render::style::SUSPECT.color,
                is_suspect,
                "{engine:?}"
            );
        }
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("suspect: cites a document adopted later")),
            "{texts:?}"
        );
        assert!(texts.contains(&"#3 on an edge: it lies on path 3"));
    }
}

#[test]
fn the_subject_is_in_view_first_in_its_year() {
    let Some(corpus) = common::sc_corpus_or_skip() else {
        return;
    };
    let graph = sc_graph(&corpus);
    for engine in engines() {
        let (result, options) = drawn(graph, "what does 2242 cite", engine);
        let svg = render::to_svg(&result.graph, &options).unwrap().svg;
        // Scaled down to the window when wider, so the subject (the latest
        // document, at the far end of time) is on screen.
        let doc = parse(&svg);
        let style = doc.root_element().attribute("style").unwrap_or_default();
        assert!(
            style.contains("max-width:100%") && style.contains("height:auto"),
            "{engine:?}: {style:?}"
        );
        // It heads the stack of its year, above the documents of 2015 it cites.
        let geometry = Geometry::read(&svg);
        let scene = render::Scene::build(&result.graph, &options);
        let subject = &geometry.nodes["S/RES/2242 (2015)"];
        let same_year: Vec<&Rect> = geometry
            .nodes
            .iter()
            .filter(|(id, _)| *id != "S/RES/2242 (2015)" && year_of(&scene, id) == Some(2015))
            .map(|(_, r)| r)
            .collect();
        assert!(same_year.len() >= 3);
        assert!(
            same_year.iter().all(|r| r.1 > subject.3 || r.0 > subject.2),
            "{engine:?}: {subject:?} {same_year:?}"
        );
    }
}

#[test]
fn time_is_to_scale_and_actors_sit_apart() {
    let Some(corpus) = common::sc_corpus_or_skip() else {
        return;
    };
    let graph = sc_graph(&corpus);
    let (result, options) = drawn(
        graph,
        "what does 2242 cite within 3 steps",
        EngineChoice::Fallback,
    );
    let svg = render::to_svg(&result.graph, &options).unwrap().svg;
    let doc = parse(&svg);
    // The year labels of the axis, with their positions along time.
    let marks: Vec<(String, f64, f64)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text") && has_class(n, "axis"))
        .map(|t| {
            (
                t.text().unwrap_or_default().to_string(),
                t.attribute("x").unwrap().parse().unwrap(),
                t.attribute("y").unwrap().parse().unwrap(),
            )
        })
        .collect();
    let years: Vec<(u16, f64, f64)> = marks
        .iter()
        .filter_map(|(t, x, y)| Some((t.parse().ok()?, *x, *y)))
        .collect();
    assert!(years.len() >= 4, "{marks:?}");
    // Along the axis (x or y), equal steps a year between years a few
    // years apart on the same line (a folded axis starts a new line):
    // 1994 → 1997 is three times 1997 → 1998.
    let along = |i: usize| {
        let (a, b) = (years[i], years[i + 1]);
        let (dx, dy) = ((b.1 - a.1).abs(), (b.2 - a.2).abs());
        let same_line = dx < 1.0 || dy < 1.0;
        (same_line.then_some(dx.max(dy)), b.0 - a.0)
    };
    let unit: Vec<f64> = (0..years.len() - 1)
        .map(along)
        .filter(|(_, gap)| *gap <= 6)
        .filter_map(|(d, gap)| Some(d? / f64::from(gap)))
        .collect();
    assert!(unit.len() >= 3);
    assert!(unit.iter().all(|u| (u - unit[0]).abs() < 0.5), "{unit:?}");
    // GA documents are placed by their session: A/RES/52/103 in 1997.
    let scene = render::Scene::build(&result.graph, &options);
    let ga = scene
        .nodes
        .iter()
        .find(|n| n.id == "A/RES/52/103")
        .expect("2242 reaches A/RES/52/103");
    assert_eq!(ga.slot, render::layout::Slot::Year(1997));
    assert!(ga.tooltip.contains("session 52"), "{}", ga.tooltip);

    // "what mentions MINUSMA": the actor sits in its band, not on the axis.
    let (result, options) = drawn(data_graph(), "what mentions MINUSMA", EngineChoice::Fallback);
    let scene = render::Scene::build(&result.graph, &options);
    let actor = scene
        .nodes
        .iter()
        .find(|n| n.kind == NodeKind::Actor)
        .expect("an actor");
    assert_eq!(actor.slot, render::layout::Slot::Band(1));
    let svg = render::to_svg(&result.graph, &options).unwrap().svg;
    assert!(
        svg.contains(">actors, states, places, Charter</text>"),
        "the band is named"
    );
}

#[test]
fn paths_are_numbered_and_context_is_opt_in() {
    let Some(corpus) = common::sc_corpus_or_skip() else {
        return;
    };
    let graph = sc_graph(&corpus);
    let (result, options) = drawn(graph, "all paths from 2242 to 1261 max 3", EngineChoice::Fallback);
    let paths = result.answer.paths;
    assert!(paths >= 10, "{paths} paths");
    let scene = render::Scene::build(&result.graph, &options);
    // Only the path edges, each with the numbers of its paths; every path
    // number appears on as many edges as the path has steps.
    assert!(scene.edges.iter().all(|e| e.answer && !e.paths.is_empty()));
    assert_eq!(scene.edges.len(), result.answer.edges.len());
    let steps: usize = scene.edges.iter().map(|e| e.paths.len()).sum();
    let table = graph.query("all paths from 2242 to 1261 max 3").unwrap();
    let expected: usize = table
        .rows()
        .iter()
        .map(|r| match r {
            unxref::query::Row::Path(p) => p.steps.len(),
            _ => 0,
        })
        .sum();
    assert_eq!(steps, expected);
    assert!(
        scene.notes.iter().any(|n| n.contains("--context")),
        "{:?}",
        scene.notes
    );
    let with = render::Scene::build(
        &result.graph,
        &RenderOptions {
            context: true,
            ..options.clone()
        },
    );
    assert!(with.edges.len() > scene.edges.len());
    assert!(with.edges.iter().any(|e| !e.answer));
    let svg = render::to_svg(
        &result.graph,
        &RenderOptions {
            context: true,
            ..options
        },
    )
    .unwrap()
    .svg;
    assert!(svg.contains("class=\"edge context\""));
}

/// Every node of `graph` drawn once, with its label, tooltip and link.
fn assert_draws_every_node(svg: &str, graph: &CitationGraph) {
    let doc = parse(svg);
    let mut groups: BTreeMap<String, roxmltree::Node> = BTreeMap::new();
    for g in doc
        .descendants()
        .filter(|n| n.has_tag_name("g") && has_class(n, "node") && index_of(n, 'n').is_some())
    {
        let title = g
            .children()
            .find(|c| c.has_tag_name("title"))
            .and_then(|t| t.text())
            .unwrap_or_default()
            .to_string();
        groups.insert(title, g);
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
        for known in [node.title.clone(), node.date.map(|d| d.to_string())]
            .into_iter()
            .flatten()
        {
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

/// Each answer edge's tooltip quotes its evidence, and so does the tooltip
/// of the node it reached.
fn assert_tooltips_quote_evidence(svg: &str, result: &ResultGraph) {
    let doc = parse(svg);
    let tooltips = |prefix: char| -> BTreeMap<String, String> {
        doc.descendants()
            .filter(|g| g.has_tag_name("g") && index_of(g, prefix).is_some())
            .filter_map(|g| {
                let title = g
                    .children()
                    .find(|c| c.has_tag_name("title"))?
                    .text()?
                    .to_string();
                let tip = g
                    .descendants()
                    .find(|a| a.has_tag_name("a"))?
                    .attribute((XLINK, "title"))?;
                Some((title, tip.to_string()))
            })
            .collect()
    };
    let (nodes, edges) = (tooltips('n'), tooltips('e'));
    let fragment = |q: &str| q.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    let mut quoted = 0;
    for e in result.graph.edges() {
        let key = (e.source.id.clone(), e.target.id.clone(), e.edge.kind);
        let Some(ev) = &e.edge.attrs().evidence else {
            continue;
        };
        if !result.answer.edges.contains_key(&key) {
            continue;
        }
        let f = fragment(&ev.quote);
        let tip = &edges[&format!("{}->{}", e.source.id, e.target.id)];
        assert!(tip.contains(&f), "the edge tooltip lacks {f:?}: {tip}");
        assert!(!tip.contains("/work/"), "a local path: {tip}");
        let reached = &nodes[&e.target.id];
        assert!(reached.contains(&f), "the tooltip of {} lacks {f:?}", e.target.id);
        quoted += 1;
    }
    assert!(quoted > 0, "the result carries evidence");
}

/// A small graph built by hand: a draft adopted as a resolution, a
/// citation with its evidence (an absolute path), a mention and a vote.
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
    draft.date = "2020-06-29".parse().ok();
    g.add_node(draft);
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
                paragraph: "preamble".parse().ok(),
                evidence: Some(Evidence {
                    file: "/home/someone/corpus/sc/000_5084318a0e7514bb.txt".into(),
                    line: 63,
                    quote: "*recalling* its Presidential Statement of 14 May 2018 (S/PRST/2018/10)".into(),
                    page: None,
                }),
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
fn a_plain_graph_draws_every_kind_and_edge_with_a_full_legend() {
    let g = hand_built();
    for engine in engines() {
        let options = RenderOptions {
            title: Some("show S/2020/600".into()),
            focus: vec!["S/2020/600".into()],
            ..RenderOptions::with_engine(engine)
        };
        let svg = render::to_svg(&g, &options).unwrap().svg;
        assert_draws_every_node(&svg, &g);
        let geometry = Geometry::read(&svg);
        assert_eq!(geometry.edges.len(), 4, "no answer given: every edge is drawn");
        assert!(geometry.edges_through_nodes().is_empty());
        assert!(geometry.overlaps().is_empty(), "{:?}", geometry.overlaps());
        // The legend names every kind, the subject and every relation drawn.
        for words in [
            "draft resolution",
            "actor",
            "member state",
            "subject of the query",
            "adopted as",
            "voted in favour",
            "mentions",
            "text not read into this graph",
        ] {
            assert!(svg.contains(words), "{engine:?}: the legend lacks {words:?}");
        }
        // Tooltips name the file, not where it sits on someone's disk.
        assert!(!svg.contains("/home/someone"), "{engine:?}");
        assert!(svg.contains("sc/000_5084318a0e7514bb.txt line 63"), "{engine:?}");
    }
}

#[test]
fn special_characters_survive_both_engines() {
    let mut g = CitationGraph::new();
    let mut node = Node::new("actor:R&D <\"x\">", NodeKind::Actor, "R&D <\"x\"> \\N");
    node.title = Some("Tom & Jerry's <b>panel</b>".into());
    g.add_node(node);
    for engine in engines() {
        let svg = render::to_svg(&g, &RenderOptions::with_engine(engine))
            .unwrap()
            .svg;
        assert_draws_every_node(&svg, &g);
    }
}

#[test]
fn auto_falls_back_when_dot_is_missing() {
    let (result, _) = drawn(data_graph(), "path from 2531 to 1325", EngineChoice::Auto);
    let options = RenderOptions {
        dot_program: PathBuf::from("/nonexistent/dot"),
        ..RenderOptions::default()
    };
    assert!(!render::graphviz_available(&options));
    let rendered = render::to_svg(&result.graph, &options).unwrap();
    assert_eq!(rendered.engine, Engine::Fallback);
    let forced = RenderOptions {
        engine: EngineChoice::Graphviz,
        ..options
    };
    let err = render::to_svg(&result.graph, &forced).unwrap_err();
    assert!(matches!(err, RenderError::GraphvizMissing { .. }), "{err}");
    assert!(err.to_string().contains("apt-get install graphviz"), "{err}");
}

#[test]
fn write_picks_the_format_and_guards_other_files() {
    let (result, options) = drawn(data_graph(), "path from 2531 to 1325", EngineChoice::Fallback);
    let graph = &result.graph;
    let dir = tempfile::tempdir().unwrap();

    let svg = dir.path().join("path.svg");
    let written = render::write(&svg, graph, &options, false).unwrap();
    assert_eq!(
        (written.format, written.engine),
        (Format::Svg, Some(Engine::Fallback))
    );
    parse(&std::fs::read_to_string(&svg).unwrap());
    render::write(&svg, graph, &options, false).unwrap();

    let dot = dir.path().join("path.dot");
    let written = render::write(&dot, graph, &options, false).unwrap();
    assert_eq!((written.format, written.engine), (Format::Dot, None));
    assert!(std::fs::read_to_string(&dot).unwrap().contains("digraph unxref"));

    let html = dir.path().join("path.html");
    let written = render::write(&html, graph, &options, false).unwrap();
    assert_eq!(written.format, Format::Html);
    let page = std::fs::read_to_string(&html).unwrap();
    // Self-contained: nothing to fetch (links to undocs.org are followed
    // only when clicked).
    for fetch in [" src=", "<link", "@import", "url(", "fetch(", "XMLHttpRequest"] {
        assert!(!page.contains(fetch), "the page fetches something: {fetch}");
    }
    assert!(render::written_by_us(&html));

    let foreign = dir.path().join("drawing.svg");
    std::fs::write(&foreign, "<svg>someone's drawing</svg>").unwrap();
    let err = render::write(&foreign, graph, &options, false).unwrap_err();
    assert!(matches!(err, RenderError::WouldOverwrite { .. }), "{err}");
    assert_eq!(
        std::fs::read_to_string(&foreign).unwrap(),
        "<svg>someone's drawing</svg>"
    );
    render::write(&foreign, graph, &options, true).unwrap();
    assert!(render::written_by_us(&foreign));

    let err = render::write(&dir.path().join("x.jpg"), graph, &options, false).unwrap_err();
    assert!(matches!(err, RenderError::UnknownFormat { .. }), "{err}");

    // The built-in engine says what it writes; it never claims Graphviz is missing.
    let png = dir.path().join("path.png");
    let err = render::write(&png, graph, &options, false).unwrap_err();
    assert!(
        matches!(err, RenderError::BuiltinFormat { format: "png" }),
        "{err}"
    );
    assert!(!err.to_string().contains("not installed"), "{err}");
    assert!(!png.exists());
    let options = RenderOptions {
        engine: EngineChoice::Auto,
        scale: 2.0,
        aspect: Some(16.0 / 9.0),
        ..options
    };
    if !render::graphviz_available(&options) {
        println!("skipped: Graphviz dot not on PATH (png, pdf)");
        return;
    }
    let written = render::write(&png, graph, &options, false).unwrap();
    assert_eq!(written.engine, Some(Engine::Graphviz));
    let bytes = std::fs::read(&png).unwrap();
    assert!(bytes.starts_with(b"\x89PNG"));
    // 16:9 at twice the resolution.
    let (w, h) = (
        u32::from_be_bytes(bytes[16..20].try_into().unwrap()),
        u32::from_be_bytes(bytes[20..24].try_into().unwrap()),
    );
    assert!((f64::from(w) / f64::from(h) - 16.0 / 9.0).abs() < 0.02, "{w}×{h}");
    let single = RenderOptions {
        scale: 1.0,
        ..options.clone()
    };
    let small = dir.path().join("small.png");
    render::write(&small, graph, &single, false).unwrap();
    let small = std::fs::read(&small).unwrap();
    let w1 = u32::from_be_bytes(small[16..20].try_into().unwrap());
    assert!((f64::from(w) / f64::from(w1) - 2.0).abs() < 0.05, "{w} vs {w1}");
    assert!(render::written_by_us(&png));
    let pdf = dir.path().join("path.pdf");
    render::write(&pdf, graph, &options, false).unwrap();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    assert!(render::written_by_us(&pdf));
    render::write(&pdf, graph, &options, false).unwrap();
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
    let (result, _) = drawn(data_graph(), "path from 2531 to 1325", EngineChoice::Auto);
    let graph = &result.graph;
    let dir = tempfile::tempdir().unwrap();
    let hung = RenderOptions {
        engine: EngineChoice::Graphviz,
        dot_program: fake_dot(dir.path(), "exec sleep 30"),
        timeout: std::time::Duration::from_millis(200),
        ..RenderOptions::default()
    };
    let err = render::to_svg(graph, &hung).unwrap_err();
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
    let err = render::to_svg(graph, &failing).unwrap_err();
    assert!(
        matches!(&err, RenderError::Graphviz { stderr, .. } if stderr.contains("not recognized")),
        "{err}"
    );
    let auto = RenderOptions {
        engine: EngineChoice::Auto,
        ..failing
    };
    let rendered = render::to_svg(graph, &auto).unwrap();
    assert_eq!(rendered.engine, Engine::Fallback);
    assert!(
        rendered.notes.iter().any(|n| n.contains("not recognized")),
        "{:?}",
        rendered.notes
    );
    assert_draws_every_node(&rendered.svg, graph);
}

fn unxref(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_unxref"))
        .args(args)
        .env("UNXREF_DATA", concat!(env!("CARGO_MANIFEST_DIR"), "/data"))
        .output()
        .unwrap()
}

#[test]
fn the_cli_draws_a_query_and_explains_what_it_cannot() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("2531.svg");
    let out = unxref(&[
        "render",
        "what does 2531 cite",
        "-o",
        svg.to_str().unwrap(),
        "--max-nodes",
        "5",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("wrote") && stderr.contains("5 of 14"), "{stderr}");
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        text.contains("5 of 14 shown"),
        "the caption says how much is shown"
    );
    assert!(
        text.contains("corpus: the bundled corpus"),
        "the caption names the corpus"
    );

    // An empty result names the filter that emptied it; exit status 1.
    let out = unxref(&[
        "render",
        "what cites 1325 since 2030",
        "-o",
        svg.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("`since 2030` leaves none of them"), "{stderr}");
    assert!(stderr.contains("`what cites 1325` finds "), "{stderr}");

    let out = unxref(&["render", "who voted against 2531", "-o", svg.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("nothing to draw"), "{stderr}");

    let png = dir.path().join("2531.png");
    let out = unxref(&[
        "render",
        "what does 2531 cite",
        "-o",
        png.to_str().unwrap(),
        "--engine",
        "builtin",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("writes .svg and .html only"), "{stderr}");
    assert!(!stderr.contains("not installed"), "{stderr}");

    let out = unxref(&[
        "render",
        "what does 2531 cite",
        "-o",
        png.to_str().unwrap(),
        "--aspect",
        "16:0",
    ]);
    assert_eq!(out.status.code(), Some(2), "a bad ratio is a usage error");
}

/// The interactive page in a real browser: it loads without errors, the
/// subject is in view, the search finds a node and selecting it shows its
/// evidence. Skipped with one line when Chromium is not installed.
#[test]
fn the_html_view_works_in_headless_chromium() {
    let Some(browser) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            std::process::Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
    else {
        println!("skipped: no chromium on PATH (apt-get install chromium)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // (graph, query, search text, node it finds, words its evidence quotes)
    let mut cases = vec![(
        data_graph(),
        "what does 2531 cite",
        "1325",
        "S/RES/1325 (2000)",
        "1325",
    )];
    if let Some(corpus) = common::sc_corpus_or_skip() {
        cases.push((
            sc_graph(&corpus),
            "what cites 1325",
            "1820",
            "S/RES/1820 (2008)",
            "1325 (2000)",
        ));
    }
    for (graph, query, search, expect, quoted) in cases {
        for engine in engines() {
            let (result, options) = drawn(graph, query, engine);
            let page = dir
                .path()
                .join(format!("{}-{engine:?}.html", query.replace(' ', "-")));
            render::write(&page, &result.graph, &options, false).unwrap();
            let profile = tempfile::tempdir().unwrap();
            let out = std::process::Command::new(browser)
                .args([
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=1280,800",
                    "--virtual-time-budget=5000",
                    "--dump-dom",
                ])
                .arg(format!("--user-data-dir={}", profile.path().display()))
                .arg(format!("file://{}#selftest={search}", page.display()))
                .output()
                .unwrap();
            let dom = String::from_utf8_lossy(&out.stdout);
            let json = dom
                .split("<pre id=\"selftest\"")
                .nth(1)
                .and_then(|rest| rest.split_once('>'))
                .and_then(|(_, rest)| rest.split("</pre>").next())
                .unwrap_or_else(|| {
                    panic!(
                        "{query} ({engine:?}): the self-test did not run: {}",
                        String::from_utf8_lossy(&out.stderr)
                    )
                });
            let json = json
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            let report: serde_json::Value = serde_json::from_str(&json).unwrap();
            println!("{query} ({engine:?}): {report}");
            assert_eq!(report["errors"], serde_json::json!([]), "{query}: console errors");
            assert_eq!(report["subjectInView"], true, "{query}: subject out of view");
            let found = report["found"].as_array().unwrap();
            assert!(
                found.iter().any(|f| f == expect),
                "{query}: search for {search}: {found:?}"
            );
            assert!(report["selected"].is_string(), "{query}: nothing selected");
            let quote = report["panelQuote"].as_str().unwrap_or_default();
            assert!(quote.contains(quoted), "{query}: the panel quotes {quote:?}");
            assert!(
                report["panelLink"]
                    .as_str()
                    .is_some_and(|l| l.starts_with("https://undocs.org/en/")),
                "{query}: {report}"
            );
        }
    }
}

/// The REPL's `.render` writes the interactive page too, and `--open`
/// asks the desktop to open it (here no opener is on the PATH: it says so
/// and the page is still written).
#[test]
fn the_repl_renders_a_page_and_opens_it_when_asked() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("2531.html");
    let empty_path = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_unxref"))
        .arg("repl")
        .env("UNXREF_DATA", concat!(env!("CARGO_MANIFEST_DIR"), "/data"))
        .env("PATH", empty_path.path())
        .env("HOME", dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!(".render --open what does 2531 cite to {}\n", page.display()).as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains(&format!("wrote {}", page.display())), "{said}");
    assert!(
        said.contains("could not open") && said.contains("open the file in a browser yourself"),
        "{said}"
    );
    let text = std::fs::read_to_string(&page).unwrap();
    assert!(text.starts_with("<!DOCTYPE html>") && text.contains("S/RES/1325 (2000)"));
}
