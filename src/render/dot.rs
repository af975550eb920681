//! A [`Scene`] as DOT, built with graphviz-rust's structures and printer.
//!
//! The picture is placed by `render::frame`: every node, heading line,
//! legend glyph and edge label is pinned (`pos="x,y!"`, in points, sizes
//! fixed), and every edge carries its route from [`super::layout`] as a
//! spline (`pos="e,…"`). Graphviz runs as `neato -n2`, which keeps both and
//! draws them with its own renderers (SVG, PNG, PDF and fonts). Its own
//! spline router was tried and left: it takes seconds from 100 nodes and
//! gives up (straight lines through nodes) when two nodes come within its
//! margin. Node and edge elements carry the ids `n<i>` and `e<i>` of the
//! scene, in both engines.
//!
//! # Examples
//!
//! ```
//! # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
//! use unxref::render::{RenderOptions, Scene, dot};
//! let sub = graph.subgraph(["S/2020/240", "S/RES/2518 (2020)", "S/RES/2436 (2018)"]);
//! let text = dot::to_dot(&Scene::build(&sub, &RenderOptions::default()), &RenderOptions::default());
//! assert!(text.contains("pos="));
//! assert!(text.contains("\"S/RES/2518 (2020)\""));
//! ```

use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use super::frame::{self, EDGE_FONT, Item, text_width};
use super::style::{self, Line, Shape};
use super::{MARKER, RenderOptions, Scene};

const FONT: &str = "Helvetica,Arial,sans-serif";

/// The DOT text of a scene, with a comment naming unxref on its first line.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{RenderOptions, Scene, dot};
/// let scene = Scene::build(&graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]), &RenderOptions::default());
/// let text = dot::to_dot(&scene, &RenderOptions::default());
/// assert!(text.starts_with("// unxref citation diagram\ndigraph"));
/// // The draft cites the resolution: the edge runs from citing to cited.
/// assert!(text.contains("\"S/2020/600\" -> \"S/RES/2391 (2017)\""));
/// ```
pub fn to_dot(scene: &Scene, options: &RenderOptions) -> String {
    let graph = build(scene, options);
    let mut ctx = PrinterContext::default();
    format!("// {MARKER}\n{}\n", graph.print(&mut ctx))
}

fn build(scene: &Scene, options: &RenderOptions) -> Graph {
    let frame = frame::frame(scene, options.aspect);
    let height = frame.height;
    // Graphviz's y axis points up.
    let pos = |p: (f64, f64)| format!("{:.1},{:.1}!", p.0, height - p.1);
    let inches = |v: f64| format!("{:.3}", v / 72.0);
    let mut stmts: Vec<Stmt> = vec![
        GraphAttributes::Graph(vec![
            attr("splines", "true"),
            attr("outputorder", "edgesfirst"),
            attr("bgcolor", "white"),
            attr("pad", "0"),
            attr("fontname", FONT),
            attr("tooltip", &scene.title),
        ])
        .into(),
        GraphAttributes::Node(vec![
            attr("fontname", FONT),
            attr("fixedsize", "true"),
            attr("margin", "0"),
        ])
        .into(),
        GraphAttributes::Edge(vec![
            attr("fontname", FONT),
            attr("fontsize", &EDGE_FONT.to_string()),
            attr("fontcolor", "#333333"),
            attr("arrowsize", "0.6"),
        ])
        .into(),
    ];
    // The corners fix the picture's extent.
    for (name, p) in [
        ("corner:0", (0.0, 0.0)),
        ("corner:1", (frame.width, frame.height)),
    ] {
        stmts.push(node(
            name,
            vec![
                attr("shape", "point"),
                attr("style", "invis"),
                attr("width", "0.01"),
                attr("pos", &pos(p)),
                attr("label", ""),
            ],
        ));
    }
    for (k, item) in frame.items.iter().enumerate() {
        match item {
            Item::Text {
                at,
                text,
                size,
                bold,
                colour,
                start,
                class,
            } => {
                let w = text_width(text, *size);
                let centre = (if *start { at.0 + w / 2.0 } else { at.0 }, at.1 - size * 0.35);
                // `\l` ends a left-justified line: the text starts where
                // the built-in drawing starts it.
                let label = if *start {
                    let q = quote(text);
                    Id::Escaped(format!("{}\\l\"", &q[..q.len() - 1]))
                } else {
                    Id::Escaped(quote(text))
                };
                stmts.push(node(
                    &format!("text:{k}"),
                    vec![
                        attr("shape", "plaintext"),
                        Attribute(id("label"), label),
                        attr("fontsize", &format!("{size:.1}")),
                        attr("fontcolor", colour),
                        attr("fontname", if *bold { "Helvetica-Bold" } else { FONT }),
                        attr("width", &inches(w)),
                        attr("height", &inches(size * 1.25)),
                        attr("pos", &pos(centre)),
                        attr("class", class),
                        attr("tooltip", text),
                    ],
                ));
            }
            Item::Glyph {
                shape,
                centre,
                w,
                h,
                fill,
                stroke,
                pen,
                dashed,
                rings,
            } => {
                let mut styles = vec!["filled"];
                if *shape == Shape::Rounded {
                    styles.push("rounded");
                }
                if *dashed {
                    styles.push("dashed");
                }
                stmts.push(node(
                    &format!("glyph:{k}"),
                    vec![
                        attr("shape", shape.graphviz()),
                        attr("style", &styles.join(",")),
                        attr("fillcolor", fill),
                        attr("color", stroke),
                        attr("penwidth", &pen.to_string()),
                        attr("peripheries", &(rings + 1).to_string()),
                        attr("width", &inches(*w)),
                        attr("height", &inches(*h)),
                        attr("label", ""),
                        attr("pos", &pos(*centre)),
                        attr("class", "legend"),
                    ],
                ));
            }
            Item::Stroke {
                from,
                to,
                colour,
                width,
                line,
                faint,
            } => {
                let ends = [format!("stroke:{k}:a"), format!("stroke:{k}:b")];
                for (name, p) in ends.iter().zip([*from, *to]) {
                    stmts.push(node(
                        name,
                        vec![
                            attr("shape", "point"),
                            attr("style", "invis"),
                            attr("width", "0.01"),
                            attr("pos", &pos(p)),
                            attr("label", ""),
                        ],
                    ));
                }
                let colour = if *faint {
                    format!("{colour}59")
                } else {
                    colour.to_string()
                };
                let mut attrs = vec![
                    attr("color", &colour),
                    attr("penwidth", &format!("{width:.1}")),
                    attr("class", "legend"),
                    attr("pos", &spline(&[*from, *to], height, true)),
                ];
                if *line != Line::Solid {
                    attrs.push(attr("style", line.graphviz()));
                }
                stmts.push(edge(&ends[0], &ends[1], attrs));
            }
        }
    }

    for (i, n) in scene.nodes.iter().enumerate() {
        let look = style::node_style(n.kind);
        let b = frame.boxes[i];
        let mut styles = vec!["filled"];
        if look.shape == Shape::Rounded {
            styles.push("rounded");
        }
        if !n.held {
            styles.push("dashed");
        }
        let mut attrs = vec![
            attr("id", &format!("n{i}")),
            attr("class", if n.focus { "focus" } else { "answer" }),
            attr("label", &n.lines.join("\n")),
            attr("shape", look.shape.graphviz()),
            attr("style", &styles.join(",")),
            attr("fillcolor", if n.held { look.fill } else { style::STUB_FILL }),
            attr("color", look.stroke),
            attr("penwidth", if n.focus { "3" } else { "1.2" }),
            attr("fontsize", &format!("{:.1}", b.font)),
            attr("width", &inches(b.w)),
            attr("height", &inches(b.h)),
            attr("peripheries", &(b.rings + 1).to_string()),
            attr("pos", &pos(frame.centre(i))),
            attr("tooltip", &n.tooltip),
        ];
        if let Some(url) = &n.url {
            attrs.push(attr("URL", url));
            attrs.push(attr("target", "_blank"));
        }
        stmts.push(node(&n.id, attrs));
    }

    for (i, e) in scene.edges.iter().enumerate() {
        let look = if e.suspect {
            style::SUSPECT
        } else {
            style::edge_style(e.kind, e.position)
        };
        let (source, target) = (&scene.nodes[e.source], &scene.nodes[e.target]);
        let mut attrs = vec![attr("id", &format!("e{i}")), attr("tooltip", &e.tooltip)];
        if e.suspect && e.answer {
            attrs.push(attr("class", "suspect"));
        }
        if e.answer {
            attrs.push(attr("color", look.color));
            attrs.push(attr("penwidth", &format!("{:.1}", look.width)));
        } else {
            attrs.push(attr("color", &format!("{}4d", look.color)));
            attrs.push(attr("penwidth", "0.8"));
            attrs.push(attr("arrowhead", "none"));
            attrs.push(attr(
                "class",
                if e.suspect { "context suspect" } else { "context" },
            ));
        }
        if look.line != Line::Solid {
            attrs.push(attr("style", look.line.graphviz()));
        }
        attrs.push(attr("pos", &spline(&frame.route(i), height, e.answer)));
        stmts.push(edge(&source.id, &target.id, attrs));
        if let (Some(label), Some(at)) = (&e.label, frame.label(i)) {
            stmts.push(node(
                &format!("label:{i}"),
                vec![
                    attr("shape", "plaintext"),
                    attr("label", label),
                    attr("fontsize", &EDGE_FONT.to_string()),
                    attr("fontcolor", "#333333"),
                    attr("width", &inches(text_width(label, EDGE_FONT))),
                    attr("height", &inches(EDGE_FONT * 1.25)),
                    attr("pos", &pos(at)),
                    attr("class", "edgelabel"),
                    attr("tooltip", &e.tooltip),
                ],
            ));
        }
    }

    Graph::DiGraph {
        id: id("unxref"),
        strict: false,
        stmts,
    }
}

/// A route as a Graphviz spline in its coordinates (y up): each straight
/// stretch a cubic with its control points on the line; with an arrow, the
/// spline stops short of the end by the arrowhead's length and `e,` names
/// the tip.
fn spline(route: &[(f64, f64)], height: f64, arrow: bool) -> String {
    const ARROW: f64 = 6.0;
    let mut pts: Vec<(f64, f64)> = route.to_vec();
    let tip = *pts.last().unwrap_or(&(0.0, 0.0));
    if arrow && pts.len() >= 2 {
        let n = pts.len();
        let (a, b) = (pts[n - 2], pts[n - 1]);
        let len = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
        if len > ARROW {
            pts[n - 1] = (b.0 - (b.0 - a.0) / len * ARROW, b.1 - (b.1 - a.1) / len * ARROW);
        }
    }
    let p = |(x, y): (f64, f64)| format!("{x:.1},{:.1}", height - y);
    let mut out = Vec::new();
    if arrow {
        out.push(format!("e,{}", p(tip)));
    }
    if let Some(&first) = pts.first() {
        out.push(p(first));
    }
    for pair in pts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let at = |t: f64| (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
        out.push(p(at(1.0 / 3.0)));
        out.push(p(at(2.0 / 3.0)));
        out.push(p(b));
    }
    out.join(" ")
}

fn node(name: &str, attributes: Vec<Attribute>) -> Stmt {
    Stmt::Node(Node::new(node_id(name), attributes))
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
