//! SVG output: the choice of engine, Graphviz `dot` run as a subprocess with
//! a time limit, and the built-in drawing over [`layout`] for
//! machines without Graphviz.
//!
//! Both engines give each node a `<g class="node">` whose `<title>` starts
//! with the node's id, its label as `<text>`, and an `<a>` carrying the
//! tooltip (`xlink:title`) and, for documents, the link (`xlink:href`).
//!
//! # Examples
//!
//! ```
//! # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
//! use unxref::render::{EngineChoice, RenderOptions, svg};
//! let sub = graph.subgraph(["S/2020/240", "S/RES/2518 (2020)", "S/RES/2436 (2018)"]);
//! let drawn = svg::to_svg(&sub, &RenderOptions::with_engine(EngineChoice::Fallback))?;
//! // Each node's group is titled with its id and links to the document.
//! assert!(drawn.svg.contains("<title>S/RES/2518 (2020)"));
//! assert!(drawn.svg.contains("xlink:href=\"https://undocs.org/en/S/RES/2518(2020)\""));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::layout::{self, Point};
use super::style::{self, Line, Shape};
use super::{
    CitationGraph, Engine, EngineChoice, MARKER, RenderError, RenderOptions, Rendered, Scene, column_label,
};

/// The key to the drawing, under the heading.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{self, EngineChoice, RenderOptions, svg::KEY};
/// let drawn = render::to_svg(&graph.subgraph(["S/2020/600"]), &RenderOptions::with_engine(EngineChoice::Fallback))?;
/// assert!(drawn.svg.contains(&unxref::render::svg::xml_escape(KEY)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const KEY: &str = "x = year (time reads left to right) · size = citations received · colour and shape = kind · hover for details, click to open the document";

const FONT: &str = "Helvetica, Arial, sans-serif";
/// Average advance of a character, as a fraction of the font size; a little
/// generous so labels never overflow their boxes.
const CHAR_WIDTH: f64 = 0.6;
const MARGIN: f64 = 24.0;

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

/// True when the Graphviz program of `options` can be found: an explicit
/// path that is a file, or a bare name found in a folder of the PATH.
///
/// # Examples
///
/// ```
/// use unxref::render::{RenderOptions, graphviz_available};
/// let missing = RenderOptions { dot_program: "/no/such/dot".into(), ..RenderOptions::default() };
/// assert!(!graphviz_available(&missing));
/// ```
pub fn graphviz_available(options: &RenderOptions) -> bool {
    find_program(&options.dot_program).is_some()
}

fn find_program(program: &Path) -> Option<PathBuf> {
    if program.components().count() > 1 {
        return program.is_file().then(|| program.to_path_buf());
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

pub(crate) fn draw(scene: &Scene, options: &RenderOptions) -> Result<Rendered, RenderError> {
    let missing = || RenderError::GraphvizMissing {
        program: options.dot_program.clone(),
        hint: "install it (apt-get install graphviz) or use the built-in layout",
    };
    match options.engine {
        EngineChoice::Fallback => Ok(fallback(scene)),
        EngineChoice::Graphviz if !graphviz_available(options) => Err(missing()),
        EngineChoice::Graphviz => graphviz(scene, options),
        EngineChoice::Auto if !graphviz_available(options) => Ok(fallback(scene)),
        EngineChoice::Auto => graphviz(scene, options).or_else(|e| {
            let mut rendered = fallback(scene);
            rendered.notes.push(format!(
                "Graphviz failed ({e}); drawn by the built-in layout instead."
            ));
            Ok(rendered)
        }),
    }
}

fn graphviz(scene: &Scene, options: &RenderOptions) -> Result<Rendered, RenderError> {
    let out = run_dot(&super::dot::to_dot(scene), "svg", options)?;
    let svg = String::from_utf8(out).map_err(|_| RenderError::Graphviz {
        status: "exit status 0".into(),
        stderr: "its SVG output is not UTF-8".into(),
    })?;
    let marker = format!("<!-- {MARKER}, drawn by Graphviz dot -->\n");
    let svg = match svg.find("<svg") {
        Some(at) => format!("{}{marker}{}", &svg[..at], &svg[at..]),
        None => format!("{marker}{svg}"),
    };
    Ok(Rendered {
        svg,
        engine: Engine::Graphviz,
        shown: scene.nodes.len(),
        total: scene.total,
        notes: scene.notes.clone(),
    })
}

/// Run `dot -T<format>` on `dot_text` and return its output, stopping it
/// after `options.timeout`.
pub(crate) fn run_dot(dot_text: &str, format: &str, options: &RenderOptions) -> Result<Vec<u8>, RenderError> {
    let program = find_program(&options.dot_program).ok_or_else(|| RenderError::GraphvizMissing {
        program: options.dot_program.clone(),
        hint: "install it (apt-get install graphviz) or use the built-in layout",
    })?;
    let io = |source| RenderError::Io {
        path: program.clone(),
        source,
    };
    let mut child = Command::new(&program)
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(io)?;
    // Pipes are fed and drained on threads so a large graph cannot deadlock
    // us against dot's full output pipe.
    let input = dot_text.as_bytes().to_vec();
    let mut stdin = child.stdin.take();
    let writer = std::thread::spawn(move || {
        if let Some(stdin) = stdin.as_mut() {
            // dot may exit early on an error; its stderr says why.
            let _ = stdin.write_all(&input);
        }
    });
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut buf);
            }
            buf
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let deadline = Instant::now() + options.timeout;
    let mut pause = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child.try_wait().map_err(io)? {
            break status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(RenderError::Timeout {
                seconds: options.timeout.as_secs(),
            });
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    let _ = writer.join();
    let out = stdout.join().unwrap_or_default();
    let err = stderr.join().unwrap_or_default();
    if !status.success() {
        return Err(RenderError::Graphviz {
            status: status.to_string(),
            stderr: String::from_utf8_lossy(&err).trim().to_string(),
        });
    }
    Ok(out)
}

/// A PNG with a `tEXt` chunk (`Software: unxref citation diagram`) after its
/// header, so [`super::write`] can recognise it later. Bytes that are not a
/// PNG come back unchanged.
pub(crate) fn mark_png(png: Vec<u8>) -> Vec<u8> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    // Signature, then IHDR: length, type, 13 bytes of data, CRC.
    let after_header = 8 + 4 + 4 + 13 + 4;
    if png.len() < after_header || &png[..8] != SIGNATURE || &png[12..16] != b"IHDR" {
        return png;
    }
    let mut data = b"tEXtSoftware\0".to_vec();
    data.extend_from_slice(MARKER.as_bytes());
    let mut chunk = ((data.len() - 4) as u32).to_be_bytes().to_vec();
    chunk.extend_from_slice(&data);
    chunk.extend_from_slice(&crc32fast::hash(&data).to_be_bytes());
    let mut out = Vec::with_capacity(png.len() + chunk.len());
    out.extend_from_slice(&png[..after_header]);
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&png[after_header..]);
    out
}

/// Text and attribute values for XML, escaped as the GraphML export escapes
/// them: the five special characters, line breaks and tabs as character
/// references, characters XML 1.0 cannot carry replaced.
///
/// # Examples
///
/// ```
/// use unxref::render::svg::xml_escape;
/// assert_eq!(xml_escape("Côte d'Ivoire & <Mali>"), "Côte d&apos;Ivoire &amp; &lt;Mali&gt;");
/// ```
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    crate::graph::export::xml_escape_into(s, &mut out);
    out
}

fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * CHAR_WIDTH
}

/// A node's font size, and its width and height with room for its shape.
fn node_box(node: &super::SceneNode) -> (f64, f64, f64) {
    let scale = node.scale();
    let font = 11.0 * scale.sqrt();
    let text_w = node.lines.iter().map(|l| text_width(l, font)).fold(0.0, f64::max);
    let mut w = text_w + 20.0;
    let mut h = (node.lines.len() as f64 * font * 1.25 + 12.0).max(26.0 * scale);
    match style::node_style(node.kind).shape {
        Shape::Ellipse => {
            w *= 1.25;
            h *= 1.2;
        }
        Shape::Hexagon | Shape::Parallelogram => w += h * 0.6,
        Shape::Octagon => w += 10.0,
        Shape::Cylinder => h += 8.0,
        Shape::Note | Shape::Tab => w += 6.0,
        Shape::Rounded | Shape::Box => {}
    }
    (font, w, h)
}

/// The outline of `shape` centred on `c`, as SVG elements (after the first
/// one, decorations such as a note's fold).
fn shape_svg(shape: Shape, c: Point, w: f64, h: f64, paint: &str) -> String {
    let (x0, y0, x1, y1) = (c.0 - w / 2.0, c.1 - h / 2.0, c.0 + w / 2.0, c.1 + h / 2.0);
    let poly = |pts: &[Point]| {
        let list: Vec<String> = pts.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
        format!(r#"<polygon points="{}" {paint}/>"#, list.join(" "))
    };
    match shape {
        Shape::Rounded => {
            format!(r#"<rect x="{x0:.1}" y="{y0:.1}" width="{w:.1}" height="{h:.1}" rx="7" {paint}/>"#)
        }
        Shape::Box => format!(r#"<rect x="{x0:.1}" y="{y0:.1}" width="{w:.1}" height="{h:.1}" {paint}/>"#),
        Shape::Note => {
            let f = 9.0;
            format!(
                r#"{}<polyline points="{:.1},{y0:.1} {:.1},{:.1} {x1:.1},{:.1}" fill="none" {}/>"#,
                poly(&[(x0, y0), (x1 - f, y0), (x1, y0 + f), (x1, y1), (x0, y1)]),
                x1 - f,
                x1 - f,
                y0 + f,
                y0 + f,
                stroke_only(paint)
            )
        }
        Shape::Tab => format!(
            r#"<rect x="{x0:.1}" y="{y0:.1}" width="{w:.1}" height="{h:.1}" {paint}/><rect x="{:.1}" y="{:.1}" width="14" height="5" fill="none" {}/>"#,
            x0 + 4.0,
            y0 + 2.0,
            stroke_only(paint)
        ),
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
        Shape::Ellipse => format!(
            r#"<ellipse cx="{:.1}" cy="{:.1}" rx="{:.1}" ry="{:.1}" {paint}/>"#,
            c.0,
            c.1,
            w / 2.0,
            h / 2.0
        ),
        Shape::Cylinder => {
            let (rx, ry) = (w / 2.0, 4.0);
            format!(
                r#"<path d="M{x0:.1},{:.1} A{rx:.1},{ry} 0 0 1 {x1:.1},{:.1} V{:.1} A{rx:.1},{ry} 0 0 1 {x0:.1},{:.1} Z" {paint}/><path d="M{x0:.1},{:.1} A{rx:.1},{ry} 0 0 0 {x1:.1},{:.1}" fill="none" {}/>"#,
                y0 + ry,
                y0 + ry,
                y1 - ry,
                y1 - ry,
                y0 + ry,
                y0 + ry,
                stroke_only(paint)
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

/// A legend entry: its width, and a function drawing it at (x, baseline y).
struct LegendItem {
    width: f64,
    svg: Box<dyn Fn(f64, f64) -> String>,
}

fn legend(scene: &Scene) -> Vec<LegendItem> {
    let mut items = Vec::new();
    let (kinds, stubs) = scene.kinds();
    for kind in kinds {
        let look = style::node_style(kind);
        let name = look.name;
        items.push(LegendItem {
            width: 30.0 + text_width(name, 10.0) + 18.0,
            svg: Box::new(move |x, y| {
                let paint = format!(
                    r#"fill="{}" stroke="{}" stroke-width="1""#,
                    look.fill, look.stroke
                );
                format!(
                    r#"{}<text x="{:.1}" y="{y:.1}" font-size="10">{}</text>"#,
                    shape_svg(look.shape, (x + 12.0, y - 4.0), 24.0, 15.0, &paint),
                    x + 30.0,
                    xml_escape(name)
                )
            }),
        });
    }
    if stubs {
        let name = "not in the corpus";
        items.push(LegendItem {
            width: 30.0 + text_width(name, 10.0) + 18.0,
            svg: Box::new(move |x, y| {
                format!(
                    r##"<rect x="{x:.1}" y="{:.1}" width="24" height="15" rx="4" fill="#ffffff" stroke="#777777" stroke-dasharray="4,3"/><text x="{:.1}" y="{y:.1}" font-size="10">{name}</text>"##,
                    y - 11.5,
                    x + 30.0
                )
            }),
        });
    }
    for (kind, position) in scene.edge_kinds() {
        let look = style::edge_style(kind, position);
        let name = match position {
            Some(p) => format!("voted {}", p.as_str().replace('_', " ")),
            None => look.verb.to_string(),
        };
        items.push(LegendItem {
            width: 36.0 + text_width(&name, 10.0) + 18.0,
            svg: Box::new(move |x, y| {
                format!(
                    r#"<line x1="{x:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{}" stroke-width="{:.1}"{}/><polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="{}"/><text x="{:.1}" y="{y:.1}" font-size="10">{}</text>"#,
                    y - 4.0,
                    x + 22.0,
                    y - 4.0,
                    look.color,
                    look.width,
                    dash(look.line),
                    x + 30.0,
                    y - 4.0,
                    x + 22.0,
                    y - 7.5,
                    x + 22.0,
                    y - 0.5,
                    look.color,
                    x + 36.0,
                    xml_escape(&name)
                )
            }),
        });
    }
    items
}

/// Draw a scene with the built-in layered layout.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{Engine, RenderOptions, Scene, svg};
/// let scene = Scene::build(&graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]), &RenderOptions::default());
/// let drawn = svg::fallback(&scene);
/// assert_eq!((drawn.engine, drawn.shown), (Engine::Fallback, 2));
/// assert_eq!(drawn.svg.matches("class=\"node\"").count(), 2);
/// ```
pub fn fallback(scene: &Scene) -> Rendered {
    let boxes: Vec<(f64, f64, f64)> = scene.nodes.iter().map(node_box).collect();
    let labels = scene.edges.iter().any(|e| e.label.is_some());
    let spacing = layout::Spacing {
        column_gap: if labels { 110.0 } else { 70.0 },
        // Each lane through a column carries its edge's label there.
        lane_gap: if labels { 12.0 } else { 5.0 },
        ..layout::Spacing::default()
    };
    let input = layout::Input {
        sizes: boxes.iter().map(|&(_, w, h)| (w, h)).collect(),
        columns: scene.nodes.iter().map(|n| n.column).collect(),
        column_count: scene.columns.len(),
        edges: scene.edges.iter().map(|e| (e.source, e.target)).collect(),
    };
    let plot = layout::layered(&input, &spacing);

    // Heading: title, notes, key, legend rows.
    let mut head = String::new();
    let mut y = MARGIN + 18.0;
    let mut width: f64 = MARGIN * 2.0 + plot.width;
    let _ = write!(
        head,
        r#"<text x="{MARGIN}" y="{y:.1}" font-size="18" font-weight="bold">{}</text>"#,
        xml_escape(&scene.title)
    );
    width = width.max(MARGIN * 2.0 + text_width(&scene.title, 18.0));
    for note in &scene.notes {
        y += 20.0;
        let _ = write!(
            head,
            r##"<text class="note" x="{MARGIN}" y="{y:.1}" font-size="13" fill="#b71c1c">{}</text>"##,
            xml_escape(note)
        );
        width = width.max(MARGIN * 2.0 + text_width(note, 13.0));
    }
    y += 18.0;
    let _ = write!(
        head,
        r##"<text x="{MARGIN}" y="{y:.1}" font-size="10" fill="#666666">{}</text>"##,
        xml_escape(KEY)
    );
    width = width.max(MARGIN * 2.0 + text_width(KEY, 10.0));
    let legend_width = width.max(700.0) - MARGIN * 2.0;
    let mut x = MARGIN;
    y += 24.0;
    head.push_str(r#"<g class="legend">"#);
    for item in legend(scene) {
        if x > MARGIN && x + item.width > MARGIN + legend_width {
            x = MARGIN;
            y += 22.0;
        }
        head.push_str(&(item.svg)(x, y));
        x += item.width;
        width = width.max(x + MARGIN);
    }
    head.push_str("</g>");

    // Year axis and column bands.
    let axis_y = y + 34.0;
    let top = axis_y + 16.0;
    let height = top + plot.height + MARGIN;
    let mut body = String::new();
    body.push_str(r#"<g class="axis">"#);
    for (c, &year) in scene.columns.iter().enumerate() {
        let cx = MARGIN + plot.column_x[c];
        let w = plot.column_width[c] + spacing.column_gap * 0.5;
        if c % 2 == 0 {
            let _ = write!(
                body,
                r##"<rect x="{:.1}" y="{:.1}" width="{w:.1}" height="{:.1}" fill="#f5f7fa"/>"##,
                cx - w / 2.0,
                axis_y - 18.0,
                height - axis_y + 18.0 - MARGIN / 2.0
            );
        }
        let _ = write!(
            body,
            r##"<text x="{cx:.1}" y="{axis_y:.1}" font-size="14" fill="#888888" text-anchor="middle">{}</text>"##,
            column_label(year)
        );
    }
    body.push_str("</g>");

    let shift = |p: Point| (p.0 + MARGIN, p.1 + top);
    // Many edges are drawn lighter so the nodes stay readable among them.
    let opacity = if scene.dense() { r#" opacity="0.55""# } else { "" };
    for (i, e) in scene.edges.iter().enumerate() {
        let look = style::edge_style(e.kind, e.position);
        let mut path: Vec<layout::Cubic> = plot.paths[i].iter().map(|c| c.map(shift)).collect();
        let Some(last) = path.last_mut() else { continue };
        // Stop the line short of the target so the arrowhead shows its tip.
        let tip = last[3];
        let (dx, dy) = {
            let (dx, dy) = (last[3].0 - last[2].0, last[3].1 - last[2].1);
            let len = (dx * dx + dy * dy).sqrt();
            if len > 1e-6 {
                (dx / len, dy / len)
            } else {
                (1.0, 0.0)
            }
        };
        let arrow = 8.0;
        let base = (tip.0 - dx * arrow, tip.1 - dy * arrow);
        last[2] = (last[2].0 - dx * arrow, last[2].1 - dy * arrow);
        last[3] = base;
        let (px, py) = (-dy * 3.5, dx * 3.5);
        let mut d = format!("M{:.1},{:.1}", path[0][0].0, path[0][0].1);
        for c in &path {
            let _ = write!(
                d,
                " C{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}",
                c[1].0, c[1].1, c[2].0, c[2].1, c[3].0, c[3].1
            );
        }
        let _ = write!(
            body,
            r#"<g class="edge"><title>{} → {}</title><a xlink:title="{}"><path d="{d}" fill="none" stroke="{}" stroke-width="{:.1}"{}{opacity}/><polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="{}"{opacity}/>"#,
            xml_escape(&scene.nodes[e.source].id),
            xml_escape(&scene.nodes[e.target].id),
            xml_escape(&e.tooltip),
            look.color,
            look.width,
            dash(look.line),
            tip.0,
            tip.1,
            base.0 + px,
            base.1 + py,
            base.0 - px,
            base.1 - py,
            look.color,
        );
        if let Some(label) = &e.label {
            let segment = path[plot.label_segments[i].min(path.len() - 1)];
            let (lx, ly) = layout::bezier_at(&segment, 0.5);
            let _ = write!(
                body,
                r##"<text x="{lx:.1}" y="{:.1}" font-size="9" fill="#444444" text-anchor="middle" stroke="#ffffff" stroke-width="3" paint-order="stroke">{}</text>"##,
                ly - 3.0,
                xml_escape(label)
            );
        }
        body.push_str("</a></g>");
    }

    for (i, node) in scene.nodes.iter().enumerate() {
        let look = style::node_style(node.kind);
        let (font, w, h) = boxes[i];
        let c = shift(plot.centres[i]);
        let paint = format!(
            r#"fill="{}" stroke="{}" stroke-width="{}"{}"#,
            if node.held { look.fill } else { style::STUB_FILL },
            look.stroke,
            if node.focus { "2.6" } else { "1.2" },
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
            r#"<g id="node{}" class="node"><title>{}</title><a{href} xlink:title="{}">{}"#,
            i + 1,
            xml_escape(&node.tooltip),
            xml_escape(&node.tooltip),
            shape_svg(look.shape, c, w, h, &paint)
        );
        let line_h = font * 1.25;
        let first = c.1 - line_h * (node.lines.len() as f64 - 1.0) / 2.0 + font * 0.35;
        for (k, line) in node.lines.iter().enumerate() {
            let _ = write!(
                body,
                r#"<text x="{:.1}" y="{:.1}" font-size="{font:.1}" text-anchor="middle">{}</text>"#,
                c.0,
                first + k as f64 * line_h,
                xml_escape(line)
            );
        }
        body.push_str("</a></g>");
    }

    let svg = format!(
        r##"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- {MARKER}, drawn by the unxref layered layout -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="{FONT}">
<title>{}</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<g class="graph">
{head}
{body}
</g>
</svg>
"##,
        xml_escape(&scene.title)
    );
    Rendered {
        svg,
        engine: Engine::Fallback,
        shown: scene.nodes.len(),
        total: scene.total,
        notes: scene.notes.clone(),
    }
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

    #[test]
    fn png_marker_is_a_valid_chunk_after_the_header() {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend_from_slice(&13u32.to_be_bytes());
        png.extend_from_slice(b"IHDR");
        png.extend_from_slice(&[0; 13]);
        png.extend_from_slice(&[0; 4]);
        png.extend_from_slice(b"rest");
        let marked = mark_png(png.clone());
        assert_eq!(&marked[33 + 4..33 + 8], b"tEXt");
        let len = u32::from_be_bytes(marked[33..37].try_into().unwrap()) as usize;
        let data = &marked[37..37 + 4 + len];
        let crc = u32::from_be_bytes(marked[37 + 4 + len..37 + 8 + len].try_into().unwrap());
        assert_eq!(crc, crc32fast::hash(data));
        assert!(marked.ends_with(b"rest"));
        assert_eq!(mark_png(b"not a png".to_vec()), b"not a png");
    }
}
