//! SVG output: the choice of engine, Graphviz `dot` run as a subprocess with
//! a time limit, and the built-in drawing over [`super::layout`] for
//! machines without Graphviz.
//!
//! Both engines give each node a `<g id="n<i>" class="node …">` (its index
//! in the scene) whose `<title>` is the node's id, its label as `<text>`,
//! and an `<a>` carrying the tooltip (`xlink:title`) and, for documents,
//! the link (`xlink:href`); each edge a `<g id="e<i>" class="edge">`
//! (`edge context` for the faint layer) titled `source->target`, its
//! tooltip on an `<a>`.
//!
//! # Examples
//!
//! ```
//! # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
//! use unxref::render::{EngineChoice, RenderOptions, svg};
//! let sub = graph.subgraph(["S/2020/240", "S/RES/2518 (2020)", "S/RES/2436 (2018)"]);
//! let drawn = svg::to_svg(&sub, &RenderOptions::with_engine(EngineChoice::Fallback))?;
//! // Each node's group is titled with its id and links to the document.
//! assert!(drawn.svg.contains("<title>S/RES/2518 (2020)</title>"));
//! assert!(drawn.svg.contains("xlink:href=\"https://undocs.org/en/S/RES/2518(2020)\""));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt::Write as _;

/// Re-exported from the module that runs Graphviz.
pub use super::graphviz::available as graphviz_available;
/// Re-exported from [`super::markup`], where the SVG and HTML writers share it.
pub use super::markup::xml_escape;

use super::frame::{self, EDGE_FONT, Frame, Item, RING};
use super::graphviz;
use super::layout::Point;
use super::style::{self, Line, Shape};
use super::{CitationGraph, Engine, EngineChoice, MARKER, RenderError, RenderOptions, Rendered, Scene};

const FONT: &str = "Helvetica, Arial, sans-serif";

/// The style of the root `<svg>` (both engines): a drawing wider than the
/// window is scaled down to fit it, so the whole answer, the subject with
/// it, is in view when the file is opened; a narrower one keeps its size.
pub(crate) const FIT: &str = r#"style="max-width:100%;height:auto""#;

/// Draw `graph` as SVG with the engine `options` choose (trimmed to
/// `options.max_nodes` first).
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{EngineChoice, RenderOptions, svg};
/// let small = graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]);
/// let drawn = svg::to_svg(&small, &RenderOptions::with_engine(EngineChoice::Fallback))?;
/// assert!(drawn.svg.starts_with("<?xml") || drawn.svg.starts_with("<svg"));
/// assert!(drawn.svg.contains("https://undocs.org/en/S/RES/2391(2017)"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_svg(graph: &CitationGraph, options: &RenderOptions) -> Result<Rendered, RenderError> {
    draw(&Scene::build(graph, options), options)
}

pub(crate) fn draw(scene: &Scene, options: &RenderOptions) -> Result<Rendered, RenderError> {
    let missing = || RenderError::GraphvizMissing {
        program: options.dot_program.clone(),
        hint: "install it (apt-get install graphviz) or use the built-in layout",
    };
    match options.engine {
        EngineChoice::Fallback => Ok(fallback(scene, options)),
        EngineChoice::Graphviz if !graphviz::available(options) => Err(missing()),
        EngineChoice::Graphviz => graphviz::draw(scene, options),
        EngineChoice::Auto if !graphviz::available(options) => Ok(fallback(scene, options)),
        EngineChoice::Auto => graphviz::draw(scene, options).or_else(|e| {
            let mut rendered = fallback(scene, options);
            rendered.notes.push(format!(
                "Graphviz failed ({e}); drawn by the built-in layout instead."
            ));
            Ok(rendered)
        }),
    }
}

/// The outline of `shape` centred on `c`, as SVG elements (after the first
/// one, decorations such as a note's fold). Only straight lines and cubic
/// curves, so a reader of the SVG finds each node's box from its points.
fn shape_svg(shape: Shape, c: Point, w: f64, h: f64, paint: &str) -> String {
    let (x0, y0, x1, y1) = (c.0 - w / 2.0, c.1 - h / 2.0, c.0 + w / 2.0, c.1 + h / 2.0);
    let poly = |pts: &[Point]| {
        let list: Vec<String> = pts.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
        format!(r#"<polygon points="{}" {paint}/>"#, list.join(" "))
    };
    let line = |pts: &[Point]| {
        let list: Vec<String> = pts.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
        format!(
            r#"<polyline points="{}" fill="none" {}/>"#,
            list.join(" "),
            stroke_only(paint)
        )
    };
    match shape {
        Shape::Rounded => {
            format!(r#"<rect x="{x0:.1}" y="{y0:.1}" width="{w:.1}" height="{h:.1}" rx="6" {paint}/>"#)
        }
        Shape::Box => format!(r#"<rect x="{x0:.1}" y="{y0:.1}" width="{w:.1}" height="{h:.1}" {paint}/>"#),
        Shape::Note => {
            let f = 8.0_f64.min(h / 2.0);
            poly(&[(x0, y0), (x1 - f, y0), (x1, y0 + f), (x1, y1), (x0, y1)])
                + &line(&[(x1 - f, y0), (x1 - f, y0 + f), (x1, y0 + f)])
        }
        Shape::Tab => {
            poly(&[(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
                + &line(&[
                    (x0 + 4.0, y0),
                    (x0 + 4.0, y0 + 4.0),
                    (x0 + 16.0, y0 + 4.0),
                    (x0 + 16.0, y0),
                ])
        }
        Shape::Folder => poly(&[
            (x0, y0 + 4.0),
            (x1 - 18.0, y0 + 4.0),
            (x1 - 15.0, y0),
            (x1 - 4.0, y0),
            (x1 - 1.0, y0 + 4.0),
            (x1, y0 + 4.0),
            (x1, y1),
            (x0, y1),
        ]),
        Shape::Component => {
            poly(&[(x0 + 4.0, y0), (x1, y0), (x1, y1), (x0 + 4.0, y1)])
                + &poly(&[
                    (x0, y0 + 4.0),
                    (x0 + 8.0, y0 + 4.0),
                    (x0 + 8.0, y0 + 8.0),
                    (x0, y0 + 8.0),
                ])
                + &poly(&[
                    (x0, y1 - 8.0),
                    (x0 + 8.0, y1 - 8.0),
                    (x0 + 8.0, y1 - 4.0),
                    (x0, y1 - 4.0),
                ])
        }
        Shape::Box3d => {
            let d = 4.0;
            poly(&[(x0, y0 + d), (x1 - d, y0 + d), (x1 - d, y1), (x0, y1)])
                + &poly(&[
                    (x0, y0 + d),
                    (x0 + d, y0),
                    (x1, y0),
                    (x1, y1 - d),
                    (x1 - d, y1),
                    (x1 - d, y0 + d),
                ])
        }
        Shape::Octagon => {
            let k = (h * 0.3).min(9.0);
            poly(&[
                (x0 + k, y0),
                (x1 - k, y0),
                (x1, y0 + k),
                (x1, y1 - k),
                (x1 - k, y1),
                (x0 + k, y1),
                (x0, y1 - k),
                (x0, y0 + k),
            ])
        }
        Shape::Hexagon => {
            let k = h * 0.3;
            poly(&[
                (x0, c.1),
                (x0 + k, y0),
                (x1 - k, y0),
                (x1, c.1),
                (x1 - k, y1),
                (x0 + k, y1),
            ])
        }
        Shape::Parallelogram => {
            let k = h * 0.3;
            poly(&[(x0 + k, y0), (x1, y0), (x1 - k, y1), (x0, y1)])
        }
        Shape::Trapezium => {
            let k = h * 0.3;
            poly(&[(x0 + k, y0), (x1 - k, y0), (x1, y1), (x0, y1)])
        }
        Shape::InvTrapezium => {
            let k = h * 0.3;
            poly(&[(x0, y0), (x1, y0), (x1 - k, y1), (x0 + k, y1)])
        }
        Shape::Diamond => poly(&[(c.0, y0), (x1, c.1), (c.0, y1), (x0, c.1)]),
        Shape::House => {
            let k = h * 0.3;
            poly(&[(c.0, y0), (x1, y0 + k), (x1, y1), (x0, y1), (x0, y0 + k)])
        }
        Shape::InvHouse => {
            let k = h * 0.3;
            poly(&[(x0, y0), (x1, y0), (x1, y1 - k), (c.0, y1), (x0, y1 - k)])
        }
        Shape::Ellipse => format!(
            r#"<ellipse cx="{:.1}" cy="{:.1}" rx="{:.1}" ry="{:.1}" {paint}/>"#,
            c.0,
            c.1,
            w / 2.0,
            h / 2.0
        ),
        Shape::Cylinder => {
            let ry = 4.0;
            let k = ry * 1.33;
            format!(
                r#"<path d="M{x0:.1},{a:.1} C{x0:.1},{b:.1} {x1:.1},{b:.1} {x1:.1},{a:.1} L{x1:.1},{d:.1} C{x1:.1},{e:.1} {x0:.1},{e:.1} {x0:.1},{d:.1} Z" {paint}/><path d="M{x0:.1},{a:.1} C{x0:.1},{f:.1} {x1:.1},{f:.1} {x1:.1},{a:.1}" fill="none" {}/>"#,
                stroke_only(paint),
                a = y0 + ry,
                b = y0 + ry - k,
                d = y1 - ry,
                e = y1 - ry + k,
                f = y0 + ry + k,
            )
        }
    }
}

/// The stroke attributes of a paint string (for decorations).
fn stroke_only(paint: &str) -> String {
    paint
        .split(' ')
        .filter(|a| a.starts_with("stroke"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn dash(line: Line) -> String {
    line.dasharray()
        .map(|d| format!(r#" stroke-dasharray="{d}""#))
        .unwrap_or_default()
}

/// A node's outline with its rings (one per step beyond the first).
fn node_svg(shape: Shape, c: Point, w: f64, h: f64, paint: &str, rings: u32) -> String {
    let mut out = shape_svg(shape, c, w, h, paint);
    for r in 1..=rings {
        let grow = 2.0 * RING * r as f64;
        let ring = format!(
            r#"fill="none" {}"#,
            stroke_only(paint).replace("stroke-width=\"3\"", "stroke-width=\"1\"")
        );
        out.push_str(&shape_svg(shape, c, w + grow, h + grow, &ring));
    }
    out
}

/// Heading, legend and axis items as SVG.
fn items_svg(items: &[Item]) -> String {
    let mut out = String::new();
    for item in items {
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
                let _ = write!(
                    out,
                    r#"<text class="{class}" x="{:.1}" y="{:.1}" font-size="{size:.1}"{}{} fill="{colour}">{}</text>"#,
                    at.0,
                    at.1,
                    if *bold { r#" font-weight="bold""# } else { "" },
                    if *start { "" } else { r#" text-anchor="middle""# },
                    xml_escape(text)
                );
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
                let paint = format!(
                    r#"fill="{fill}" stroke="{stroke}" stroke-width="{pen}"{}"#,
                    if *dashed { r#" stroke-dasharray="4,3""# } else { "" }
                );
                let _ = write!(
                    out,
                    r#"<g class="legend">{}</g>"#,
                    node_svg(*shape, *centre, *w, *h, &paint, *rings)
                );
            }
            Item::Stroke {
                from,
                to,
                colour,
                width,
                line,
                faint,
            } => {
                let _ = write!(
                    out,
                    r#"<g class="legend"{}><line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{colour}" stroke-width="{width:.1}"{}/>{}</g>"#,
                    if *faint { r#" opacity="0.35""# } else { "" },
                    from.0,
                    from.1,
                    to.0 - 6.0,
                    to.1,
                    dash(*line),
                    arrowhead((to.0 - 8.0, to.1), *to, colour)
                );
            }
        }
    }
    out
}

/// A filled arrowhead ending at `tip`, pointing away from `from`.
fn arrowhead(from: Point, tip: Point, colour: &str) -> String {
    let (dx, dy) = (tip.0 - from.0, tip.1 - from.1);
    let len = (dx * dx + dy * dy).sqrt().max(1e-9);
    let (ux, uy) = (dx / len, dy / len);
    let base = (tip.0 - ux * 7.0, tip.1 - uy * 7.0);
    let (px, py) = (-uy * 3.2, ux * 3.2);
    format!(
        r#"<polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="{colour}" stroke="none"/>"#,
        tip.0,
        tip.1,
        base.0 + px,
        base.1 + py,
        base.0 - px,
        base.1 - py
    )
}

/// An orthogonal route as an SVG path with rounded corners.
fn route_path(route: &[Point]) -> String {
    let mut d = String::new();
    let Some(first) = route.first() else {
        return d;
    };
    let _ = write!(d, "M{:.1},{:.1}", first.0, first.1);
    for i in 1..route.len() {
        let p = route[i];
        if i + 1 < route.len() {
            let (a, n) = (route[i - 1], route[i + 1]);
            let before = ((p.0 - a.0).abs() + (p.1 - a.1).abs()).min(8.0) / 2.0;
            let after = ((n.0 - p.0).abs() + (n.1 - p.1).abs()).min(8.0) / 2.0;
            let r = before.min(after);
            let towards = |from: Point, to: Point, by: f64| {
                let len = ((to.0 - from.0).abs() + (to.1 - from.1).abs()).max(1e-9);
                (
                    from.0 + (to.0 - from.0) / len * by,
                    from.1 + (to.1 - from.1) / len * by,
                )
            };
            let s = towards(p, a, r);
            let e = towards(p, n, r);
            let _ = write!(
                d,
                " L{:.1},{:.1} C{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}",
                s.0, s.1, p.0, p.1, p.0, p.1, e.0, e.1
            );
        } else {
            let _ = write!(d, " L{:.1},{:.1}", p.0, p.1);
        }
    }
    d
}

/// Draw a scene with the built-in layout and edge routing.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{Engine, RenderOptions, Scene, svg};
/// let scene = Scene::build(&graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]), &RenderOptions::default());
/// let drawn = svg::fallback(&scene, &RenderOptions::default());
/// assert_eq!((drawn.engine, drawn.shown), (Engine::Fallback, 2));
/// assert_eq!(drawn.svg.matches("class=\"node ").count(), 2);
/// ```
pub fn fallback(scene: &Scene, options: &RenderOptions) -> Rendered {
    let frame = frame::frame(scene, options.aspect);
    Rendered {
        svg: fallback_svg(scene, &frame),
        engine: Engine::Fallback,
        shown: scene.shown,
        total: scene.total,
        notes: scene.notes.clone(),
    }
}

fn fallback_svg(scene: &Scene, frame: &Frame) -> String {
    let mut body = String::new();
    for (i, e) in scene.edges.iter().enumerate() {
        let look = if e.suspect {
            style::SUSPECT
        } else {
            style::edge_style(e.kind, e.position)
        };
        let route = frame.route(i);
        let (width, opacity) = if e.answer { (look.width, 1.0) } else { (0.8, 0.3) };
        let n = route.len();
        let end = route[n - 1];
        let before = route[n.saturating_sub(2)];
        let _ = write!(
            body,
            r#"<g id="e{i}" class="edge{}{}"><title>{}-&gt;{}</title><a xlink:title="{}"><path d="{}" fill="none" stroke="{}" stroke-width="{width:.1}" stroke-opacity="{opacity}"{}/>{}</a>"#,
            if e.answer { "" } else { " context" },
            if e.suspect { " suspect" } else { "" },
            xml_escape(&scene.nodes[e.source].id),
            xml_escape(&scene.nodes[e.target].id),
            xml_escape(&e.tooltip),
            route_path(&route),
            look.color,
            dash(look.line),
            if e.answer {
                arrowhead(before, end, look.color)
            } else {
                String::new()
            }
        );
        if let (Some(label), Some(at)) = (&e.label, frame.label(i)) {
            let _ = write!(
                body,
                r##"<text class="edgelabel" x="{:.1}" y="{:.1}" font-size="{EDGE_FONT}" text-anchor="middle" fill="#333333">{}</text>"##,
                at.0,
                at.1 + EDGE_FONT * 0.35,
                xml_escape(label)
            );
        }
        body.push_str("</g>");
    }
    for (i, node) in scene.nodes.iter().enumerate() {
        let look = style::node_style(node.kind);
        let b = frame.boxes[i];
        let c = frame.centre(i);
        let paint = format!(
            r#"fill="{}" stroke="{}" stroke-width="{}"{}"#,
            if node.held { look.fill } else { style::STUB_FILL },
            look.stroke,
            if node.focus { "3" } else { "1.2" },
            if node.held {
                ""
            } else {
                r#" stroke-dasharray="5,3""#
            }
        );
        let href = node
            .url
            .as_deref()
            .map(|u| format!(r#" xlink:href="{}" target="_blank""#, xml_escape(u)))
            .unwrap_or_default();
        let _ = write!(
            body,
            r#"<g id="n{i}" class="node {}"><title>{}</title><a{href} xlink:title="{}">{}"#,
            if node.focus { "focus" } else { "answer" },
            xml_escape(&node.id),
            xml_escape(&node.tooltip),
            node_svg(look.shape, c, b.w, b.h, &paint, b.rings)
        );
        let line_h = b.font * 1.2;
        let first = c.1 - line_h * (node.lines.len() as f64 - 1.0) / 2.0 + b.font * 0.35;
        for (k, line) in node.lines.iter().enumerate() {
            let _ = write!(
                body,
                r#"<text x="{:.1}" y="{:.1}" font-size="{:.1}" text-anchor="middle">{}</text>"#,
                c.0,
                first + k as f64 * line_h,
                b.font,
                xml_escape(line)
            );
        }
        body.push_str("</a></g>");
    }
    let (width, height) = (frame.width, frame.height);
    format!(
        r##"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- {MARKER}, drawn by the unxref built-in layout -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{width:.0}pt" height="{height:.0}pt" viewBox="0 0 {width:.1} {height:.1}" {FIT} font-family="{FONT}">
<title>{}</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<g class="graph">
{}
{body}
</g>
</svg>
"##,
        xml_escape(&scene.title),
        items_svg(&frame.items)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escape_handles_specials_and_controls() {
        assert_eq!(
            xml_escape("a<b & \"c\"\n\u{1}d"),
            "a&lt;b &amp; &quot;c&quot;&#10;\u{fffd}d"
        );
    }
}
