//! A [`Scene`] as DOT, built with graphviz-rust's structures and printer.
//!
//! Time reads left to right: `rankdir=LR`, one `rank=same` group per year
//! column headed by a year label, the labels chained by invisible edges so
//! the columns keep their order. The drawn edges are `constraint=false`: a
//! citation points back in time, against the ranks, and must not pull the
//! columns around. The heading, notes and legend form the graph's HTML label.
//!
//! # Examples
//!
//! ```
//! # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
//! use unxref::render::{RenderOptions, Scene, dot};
//! let sub = graph.subgraph(["S/2020/240", "S/RES/2518 (2020)", "S/RES/2436 (2018)"]);
//! let text = dot::to_dot(&Scene::build(&sub, &RenderOptions::default()));
//! assert!(text.contains("rank=same"));
//! assert!(text.contains("\"S/RES/2518 (2020)\""));
//! ```

use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use super::style::{self, Line, Shape};
use super::{MARKER, Scene, column_label};

const FONT: &str = "Helvetica,Arial,sans-serif";
/// Above this many nodes (more than the default `max_nodes`), dot is asked
/// to spend less effort.
const LARGE: usize = 150;

/// The DOT text of a scene, with a comment naming unxref on its first line.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{RenderOptions, Scene, dot};
/// let scene = Scene::build(&graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]), &RenderOptions::default());
/// let text = dot::to_dot(&scene);
/// assert!(text.starts_with("// unxref citation diagram\ndigraph"));
/// // Edges run from the older node (drawn with the arrow back to the citing one).
/// assert!(text.contains("\"S/RES/2391 (2017)\" -> \"S/2020/600\""));
/// assert!(text.contains("dir=\"back\""));
/// ```
pub fn to_dot(scene: &Scene) -> String {
    let graph = build(scene);
    let mut ctx = PrinterContext::default();
    format!("// {MARKER}\n{}\n", graph.print(&mut ctx))
}

fn build(scene: &Scene) -> Graph {
    let mut graph_attrs = vec![
        attr("rankdir", "LR"),
        attr("newrank", "true"),
        attr("ranksep", "0.55"),
        attr("nodesep", "0.2"),
        attr("fontname", FONT),
        attr("labelloc", "t"),
        attr("labeljust", "l"),
        Attribute(id("label"), Id::Html(format!("<{}>", heading(scene)))),
        attr("tooltip", &scene.title),
        attr("bgcolor", "white"),
        attr("pad", "0.3"),
        attr("outputorder", "edgesfirst"),
    ];
    if scene.nodes.len() > LARGE {
        // Fewer network-simplex and crossing-minimisation passes: a
        // 200-node result drops from seconds to under one, at a price: the
        // columns are no longer top-aligned.
        graph_attrs.extend([
            attr("nslimit", "2"),
            attr("nslimit1", "2"),
            attr("mclimit", "0.5"),
        ]);
    }
    let mut stmts: Vec<Stmt> = vec![
        GraphAttributes::Graph(graph_attrs).into(),
        GraphAttributes::Node(vec![
            attr("fontname", FONT),
            attr("fontsize", "10"),
            attr("margin", "0.12,0.05"),
        ])
        .into(),
        GraphAttributes::Edge(vec![
            attr("fontname", FONT),
            attr("fontsize", "8"),
            attr("fontcolor", "#444444"),
            attr("arrowsize", "0.7"),
        ])
        .into(),
    ];

    // The year axis: a label per column, chained so columns keep their order.
    let axis: Vec<String> = scene
        .columns
        .iter()
        .map(|&y| format!("axis:{}", column_label(y)))
        .collect();
    for (name, &year) in axis.iter().zip(&scene.columns) {
        stmts.push(
            Node::new(
                node_id(name),
                vec![
                    attr("label", &column_label(year)),
                    attr("shape", "plaintext"),
                    attr("fontsize", "14"),
                    attr("fontcolor", "#888888"),
                    attr("tooltip", &column_label(year)),
                    attr("class", "axis"),
                ],
            )
            .into(),
        );
    }
    for pair in axis.windows(2) {
        stmts.push(edge(
            &pair[0],
            &pair[1],
            vec![attr("style", "invis"), attr("weight", "100")],
        ));
    }
    for (c, name) in axis.iter().enumerate() {
        let mut group = vec![
            Stmt::Attribute(Attribute(id("rank"), id("same"))),
            Stmt::Node(Node::new(node_id(name), vec![])),
        ];
        for node in scene.nodes.iter().filter(|n| n.column == c) {
            group.push(Stmt::Node(Node::new(node_id(&node.id), vec![])));
            // A flat invisible edge from the year label puts the label first
            // (on top) in its column.
            group.push(edge(name, &node.id, vec![attr("style", "invis")]));
        }
        stmts.push(
            Subgraph {
                id: Id::Escaped(quote(&format!("year {}", column_label(scene.columns[c])))),
                stmts: group,
            }
            .into(),
        );
    }

    for node in &scene.nodes {
        let look = style::node_style(node.kind);
        let mut styles = vec!["filled"];
        if look.shape == Shape::Rounded {
            styles.push("rounded");
        }
        if !node.held {
            styles.push("dashed");
        }
        let scale = node.scale();
        let mut attrs = vec![
            attr("label", &node.lines.join("\n")),
            attr("shape", look.shape.graphviz()),
            attr("style", &styles.join(",")),
            attr("fillcolor", if node.held { look.fill } else { style::STUB_FILL }),
            attr("color", look.stroke),
            attr("penwidth", if node.focus { "2.6" } else { "1.2" }),
            attr("fontsize", &format!("{:.1}", 10.0 * scale.sqrt())),
            attr("height", &format!("{:.2}", 0.36 * scale)),
            attr("tooltip", &node.tooltip),
        ];
        if let Some(url) = &node.url {
            attrs.push(attr("URL", url));
            attrs.push(attr("target", "_blank"));
        }
        stmts.push(Node::new(node_id(&node.id), attrs).into());
    }

    for e in &scene.edges {
        let look = style::edge_style(e.kind, e.position);
        let (source, target) = (&scene.nodes[e.source], &scene.nodes[e.target]);
        // Many edges are drawn lighter (alpha 55%) so the nodes stay readable.
        let color = if scene.dense() {
            format!("{}8c", look.color)
        } else {
            look.color.to_string()
        };
        let mut attrs = vec![
            attr("color", &color),
            attr("penwidth", &format!("{:.1}", look.width)),
            attr("tooltip", &e.tooltip),
        ];
        if look.line != Line::Solid {
            attrs.push(attr("style", look.line.graphviz()));
        }
        if let Some(label) = &e.label {
            attrs.push(attr("label", label));
        }
        // An edge pointing back in time is written forwards and drawn with
        // its arrow reversed: dot routes forward edges cleanly, and then
        // they agree with the year ranks.
        let stmt = match source.column.cmp(&target.column) {
            std::cmp::Ordering::Greater => {
                attrs.push(attr("dir", "back"));
                edge(&target.id, &source.id, attrs)
            }
            std::cmp::Ordering::Less => edge(&source.id, &target.id, attrs),
            std::cmp::Ordering::Equal => {
                attrs.push(attr("constraint", "false"));
                edge(&source.id, &target.id, attrs)
            }
        };
        stmts.push(stmt);
    }

    Graph::DiGraph {
        id: id("unxref"),
        strict: false,
        stmts,
    }
}

/// The graph label: heading, notes, a key to the axes, and the legend of
/// the node and edge kinds present.
fn heading(scene: &Scene) -> String {
    let mut rows = vec![format!(
        r#"<tr><td align="left"><font point-size="18"><b>{}</b></font></td></tr>"#,
        html(&scene.title)
    )];
    for note in &scene.notes {
        rows.push(format!(
            r##"<tr><td align="left"><font color="#b71c1c" point-size="12">{}</font></td></tr>"##,
            html(note)
        ));
    }
    rows.push(format!(
        r##"<tr><td align="left"><font color="#666666" point-size="10">{}</font></td></tr>"##,
        html(super::svg::KEY)
    ));
    // One left-aligned cell of coloured glyphs and words: Graphviz stretches
    // the cells of a nested table to the widest row, which would pull a
    // legend of boxes apart.
    let (kinds, stubs) = scene.kinds();
    let mut items: Vec<String> = kinds
        .iter()
        .map(|&k| {
            let look = style::node_style(k);
            format!(
                r#"<font color="{}">■</font>&#160;{}"#,
                look.stroke,
                html(look.name)
            )
        })
        .collect();
    if stubs {
        items.push(r##"<font color="#777777">┅</font>&#160;dashed: not in the corpus"##.to_string());
    }
    for (kind, position) in scene.edge_kinds() {
        let look = style::edge_style(kind, position);
        let stroke = match look.line {
            Line::Solid => "——",
            Line::Dashed => "– –",
            Line::Dotted => "···",
        };
        let verb = match position {
            Some(p) => format!("voted {}", p.as_str().replace('_', " ")),
            None => look.verb.to_string(),
        };
        items.push(format!(
            r#"<font color="{}">{stroke}▸</font>&#160;{}"#,
            look.color,
            html(&verb)
        ));
    }
    let lines: Vec<String> = items
        .chunks(7)
        .map(|chunk| chunk.join("&#160;&#160;&#160;&#160;"))
        .collect();
    if !lines.is_empty() {
        rows.push(format!(
            r#"<tr><td align="left" balign="left"><font point-size="10">{}</font></td></tr>"#,
            lines.join(r#"<br align="left"/>"#)
        ));
    }
    format!(
        r#"<table border="0" cellborder="0" cellspacing="0" cellpadding="2">{}</table>"#,
        rows.join("")
    )
}

fn id(s: &str) -> Id {
    Id::Plain(s.to_string())
}

fn node_id(name: &str) -> NodeId {
    NodeId(Id::Escaped(quote(name)), None)
}

fn attr(key: &str, value: &str) -> Attribute {
    Attribute(id(key), Id::Escaped(quote(value)))
}

fn edge(from: &str, to: &str, attributes: Vec<Attribute>) -> Stmt {
    Stmt::Edge(Edge {
        ty: EdgeTy::Pair(Vertex::N(node_id(from)), Vertex::N(node_id(to))),
        attributes,
    })
}

/// A DOT double-quoted string ([`crate::graph::export::dot::quote`]).
fn quote(s: &str) -> String {
    let mut out = String::new();
    crate::graph::export::dot::quote(s, &mut out);
    out
}

/// Text inside a Graphviz HTML label.
fn html(s: &str) -> String {
    super::svg::xml_escape(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_keeps_dot_escapes_literal() {
        assert_eq!(quote(r#"say "hi" \N"#), r#""say \"hi\" \\N""#);
        assert_eq!(quote("a\nb"), r#""a\nb""#);
        // Windows line ends lose their carriage return; other controls are spaces.
        assert_eq!(quote("a\r\nb\tc"), r#""a\nb c""#);
    }
}
