//! Citation diagrams. A graph (usually the subgraph a query returned) becomes
//! a [`Scene`]: nodes sorted by id, placed in one column per year so time
//! reads left to right, sized by the citations they receive, styled by kind
//! ([`style`]), with tooltips and links. [`dot`] prints the scene as DOT with
//! graphviz-rust; [`svg`] draws it with Graphviz `dot` when it is installed
//! and with our own layered layout ([`layout`]) otherwise. A graph with more
//! than [`RenderOptions::max_nodes`] nodes or [`RenderOptions::max_edges`]
//! edges is cut down to its most connected nodes, and the diagram says so.
//!
//! ```
//! use unxref::render::{self, EngineChoice, RenderOptions};
//! use unxref::{CitationGraph, Extractor};
//! let graph = CitationGraph::from_extractions(Extractor::new().extract_paths(&["data"]).extractions);
//! let table = graph.query("what does 2531 cite")?;
//! let result = render::result_graph(&graph, &table);
//! let options = RenderOptions {
//!     title: Some("what does 2531 cite".into()),
//!     focus: result.focus.clone(),
//!     ..RenderOptions::with_engine(EngineChoice::Fallback)
//! };
//! let drawn = render::to_svg(&result.graph, &options)?;
//! assert!(drawn.svg.contains("Resolution 1325 (2000)"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Documents with a symbol link to the UN Official Document System through
//! `https://undocs.org/en/<symbol>` (spaces dropped: `S/RES/2531(2020)`),
//! which opens the document itself rather than a search page.

pub mod dot;
pub mod layout;
mod result;
pub mod style;
pub mod svg;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use thiserror::Error;

use crate::graph::CitationGraph;
use crate::model::{Edge, EdgeKind, Node, NodeKind, VotePosition};
use crate::symbol::{Symbol, SymbolKind};

pub use result::{ResultGraph, result_graph};
pub use svg::{graphviz_available, to_svg};

/// The words every file we write carries near its start, so that [`write()`]
/// knows a file it may replace from one it must leave alone.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{self, EngineChoice, MARKER, RenderOptions};
/// let small = graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]);
/// let dot = render::to_dot(&small, &RenderOptions::with_engine(EngineChoice::Fallback));
/// assert!(dot.lines().next().unwrap().contains(MARKER));
/// ```
pub const MARKER: &str = "unxref citation diagram";

/// A diagram that could not be drawn or written.
///
/// # Examples
///
/// ```
/// use unxref::render::{self, RenderError, RenderOptions};
/// let graph = unxref::CitationGraph::new();
/// let err = render::write("diagram.pdf".as_ref(), &graph, &RenderOptions::default(), false).unwrap_err();
/// assert!(matches!(err, RenderError::UnknownFormat { .. }));
/// assert!(err.to_string().contains("name the file .svg, .dot or .png"));
/// ```
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum RenderError {
    /// Graphviz was asked for (`EngineChoice::Graphviz`, or a `.png` file)
    /// and `dot` is not on the PATH: `unxref render … -o out.png` on a fresh
    /// machine.
    #[error("Graphviz `dot` is not installed (looked for {program:?} on the PATH); {hint}")]
    GraphvizMissing {
        /// The program looked for.
        program: PathBuf,
        /// What to do instead.
        hint: &'static str,
    },
    /// `dot` ran and failed: a Graphviz build without SVG or PNG output.
    #[error("Graphviz `dot` failed ({status}): {stderr}")]
    Graphviz {
        /// Its exit status.
        status: String,
        /// What it printed on standard error.
        stderr: String,
    },
    /// `dot` did not finish in time: a huge graph with `max_nodes` raised.
    #[error(
        "Graphviz `dot` did not finish within {seconds} s and was stopped; draw fewer nodes or use the built-in layout"
    )]
    Timeout {
        /// The limit in force.
        seconds: u64,
    },
    /// The output file's extension names no format we write: `-o out.pdf`.
    #[error("{path}: cannot tell the diagram format from the extension; name the file .svg, .dot or .png")]
    UnknownFormat {
        /// The path concerned.
        path: PathBuf,
    },
    /// The output file exists and is not a diagram we wrote: `-o notes.svg`
    /// over someone's drawing.
    #[error("{path}: exists and was not written by unxref; refusing to overwrite it (use --force)")]
    WouldOverwrite {
        /// The path concerned.
        path: PathBuf,
    },
    /// Reading or writing a file failed: a missing folder, a full disk.
    #[error("{path}: {source}")]
    Io {
        /// The path concerned.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The diagram could not be written: `-o /dev/null.svg`, a missing folder.
    #[error(transparent)]
    Write(#[from] crate::error::WriteError),
}

/// Which engine should lay the diagram out.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{self, Engine, EngineChoice, RenderOptions};
/// let small = graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]);
/// // The built-in layout needs no Graphviz.
/// let drawn = render::to_svg(&small, &RenderOptions::with_engine(EngineChoice::Fallback))?;
/// assert_eq!(drawn.engine, Engine::Fallback);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum EngineChoice {
    /// Graphviz when `dot` is installed, the built-in layout otherwise (or
    /// when `dot` fails).
    #[default]
    Auto,
    /// Graphviz `dot` only; an error when it is missing.
    Graphviz,
    /// The built-in layered layout, even when Graphviz is installed.
    Fallback,
}

/// The engine that drew a diagram.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{self, Engine, EngineChoice, RenderOptions};
/// let small = graph.subgraph(["S/2020/600"]);
/// let drawn = render::to_svg(&small, &RenderOptions::default())?;
/// // Auto takes Graphviz when it is installed.
/// let expected = if render::graphviz_available(&RenderOptions::default()) { Engine::Graphviz } else { Engine::Fallback };
/// assert_eq!(drawn.engine, expected);
/// assert_eq!(Engine::Fallback.to_string(), "the built-in layered layout");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Engine {
    /// Graphviz `dot`.
    Graphviz,
    /// unxref's own layered, year-ranked layout ([`layout`]).
    Fallback,
}

impl std::fmt::Display for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Engine::Graphviz => "Graphviz dot",
            Engine::Fallback => "the built-in layered layout",
        })
    }
}

/// What to draw and how.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{self, EngineChoice, RenderOptions};
/// let options = RenderOptions {
///     title: Some("Resolution 2518 and what it cites".into()),
///     focus: vec!["S/RES/2518 (2020)".into()],
///     max_nodes: 10,
///     ..RenderOptions::with_engine(EngineChoice::Fallback)
/// };
/// let table = graph.query("what does 2518 cite")?;
/// let drawn = render::to_svg(&render::result_graph(&graph, &table).graph, &options)?;
/// assert!(drawn.svg.contains("Resolution 2518 and what it cites"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// The engine to use.
    pub engine: EngineChoice,
    /// The heading of the diagram (the query, say).
    pub title: Option<String>,
    /// Nodes to emphasise and always keep when trimming (a query's sources).
    pub focus: Vec<String>,
    /// The most nodes drawn; a larger graph keeps its most connected nodes.
    pub max_nodes: usize,
    /// The most edges drawn; a denser graph keeps fewer nodes (a hairball
    /// is unreadable, and costs Graphviz seconds).
    pub max_edges: usize,
    /// Edge labels (relation verbs) are written when there are at most this
    /// many edges; above it they would cover the drawing (tooltips keep them).
    pub max_edge_labels: usize,
    /// Citations each node receives in the whole graph, by id, to size nodes
    /// by (see [`RenderOptions::with_citations_from`]). Nodes missing here are
    /// sized by the `cites` edges they receive in the drawn graph.
    pub cited_by: BTreeMap<String, usize>,
    /// The Graphviz program to run.
    pub dot_program: PathBuf,
    /// How long `dot` may run before it is stopped.
    pub timeout: Duration,
}

impl Default for RenderOptions {
    fn default() -> RenderOptions {
        RenderOptions {
            engine: EngineChoice::Auto,
            title: None,
            focus: Vec::new(),
            max_nodes: 150,
            max_edges: 600,
            max_edge_labels: 60,
            cited_by: BTreeMap::new(),
            dot_program: PathBuf::from("dot"),
            timeout: Duration::from_secs(30),
        }
    }
}

impl RenderOptions {
    /// Options with the given engine and defaults otherwise.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::render::{EngineChoice, RenderOptions};
    /// let options = RenderOptions::with_engine(EngineChoice::Graphviz);
    /// assert_eq!(options.engine, EngineChoice::Graphviz);
    /// assert_eq!(options.max_nodes, RenderOptions::default().max_nodes);
    /// ```
    pub fn with_engine(engine: EngineChoice) -> RenderOptions {
        RenderOptions {
            engine,
            ..RenderOptions::default()
        }
    }

    /// Size nodes by the `cites` edges they receive in `whole`, the graph the
    /// drawn subgraph was taken from.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::render::RenderOptions;
    /// let options = RenderOptions::default().with_citations_from(&graph);
    /// // Resolution 1325 (2000) is cited by two drafts and a statement of data/.
    /// assert_eq!(options.cited_by.get("S/RES/1325 (2000)"), Some(&3));
    /// ```
    pub fn with_citations_from(mut self, whole: &CitationGraph) -> RenderOptions {
        let mut counts = BTreeMap::new();
        for e in whole.edges() {
            if e.edge.kind == EdgeKind::Cites {
                *counts.entry(e.target.id.clone()).or_insert(0) += 1;
            }
        }
        self.cited_by = counts;
        self
    }
}

/// An SVG diagram and how it was made.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{self, EngineChoice, RenderOptions};
/// let options = RenderOptions { max_nodes: 5, ..RenderOptions::with_engine(EngineChoice::Fallback) };
/// let drawn = render::to_svg(&graph, &options)?;
/// assert_eq!(drawn.shown, 5);
/// assert_eq!(drawn.total, graph.node_count());
/// assert!(drawn.notes[0].starts_with("Too many to read"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The SVG text.
    pub svg: String,
    /// The engine that drew it.
    pub engine: Engine,
    /// Nodes drawn.
    pub shown: usize,
    /// Nodes in the graph given (more than `shown` when it was trimmed).
    pub total: usize,
    /// What the reader should know: the graph was trimmed, Graphviz failed
    /// and the built-in layout drew it instead.
    pub notes: Vec<String>,
}

impl Rendered {
    /// True when some nodes were left out to keep the diagram readable.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::render::{self, EngineChoice, RenderOptions};
    /// let options = RenderOptions { max_nodes: 5, ..RenderOptions::with_engine(EngineChoice::Fallback) };
    /// assert!(render::to_svg(&graph, &options)?.trimmed());
    /// let small = graph.subgraph(["S/2020/600"]);
    /// assert!(!render::to_svg(&small, &options)?.trimmed());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn trimmed(&self) -> bool {
        self.shown < self.total
    }
}

/// A diagram file format, from the output file's extension.
///
/// # Examples
///
/// ```
/// use unxref::render::Format;
/// assert_eq!(Format::from_path("2531.SVG".as_ref())?, Format::Svg);
/// assert_eq!(Format::from_path("2531.gv".as_ref())?, Format::Dot);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// SVG, drawn by either engine.
    Svg,
    /// The DOT source, for other Graphviz tools.
    Dot,
    /// PNG, drawn by Graphviz only.
    Png,
}

impl Format {
    /// The format a path's extension names (`.svg`, `.dot`/`.gv`, `.png`),
    /// case-insensitive.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::render::Format;
    /// assert_eq!(Format::from_path("out/2531.png".as_ref())?, Format::Png);
    /// assert!(Format::from_path("2531.pdf".as_ref()).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_path(path: &Path) -> Result<Format, RenderError> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("svg") => Ok(Format::Svg),
            Some("dot" | "gv") => Ok(Format::Dot),
            Some("png") => Ok(Format::Png),
            _ => Err(RenderError::UnknownFormat {
                path: path.to_path_buf(),
            }),
        }
    }
}

/// What [`write()`] wrote.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{self, Format, RenderOptions};
/// let dir = tempfile::tempdir()?;
/// let path = dir.path().join("2518.dot");
/// let written = render::write(&path, &graph.subgraph(["S/2020/240"]), &RenderOptions::default(), false)?;
/// assert_eq!((written.format, written.engine, written.shown), (Format::Dot, None, 1));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Written {
    /// The file written.
    pub path: PathBuf,
    /// Its format.
    pub format: Format,
    /// The engine that drew it (none for DOT).
    pub engine: Option<Engine>,
    /// Nodes drawn.
    pub shown: usize,
    /// Nodes in the graph given.
    pub total: usize,
    /// What the reader should know (see [`Rendered::notes`]).
    pub notes: Vec<String>,
}

/// The DOT text of a diagram of `graph` (trimmed like [`to_svg`]).
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{self, RenderOptions};
/// let dot = render::to_dot(&graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]), &RenderOptions::default());
/// assert!(dot.contains("rankdir=\"LR\""));
/// assert!(dot.contains("\"S/RES/2391 (2017)\""));
/// ```
pub fn to_dot(graph: &CitationGraph, options: &RenderOptions) -> String {
    dot::to_dot(&Scene::build(graph, options))
}

/// Draw `graph` and write it to `path` in the format its extension names,
/// atomically (a temporary file renamed into place). An existing file is
/// replaced only if unxref wrote it, or when `force` is set. PNG needs
/// Graphviz.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{self, EngineChoice, RenderOptions};
/// let dir = tempfile::tempdir()?;
/// let path = dir.path().join("2531.svg");
/// let options = RenderOptions::with_engine(EngineChoice::Fallback);
/// let small = graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]);
/// render::write(&path, &small, &options, false)?;
/// assert!(std::fs::read_to_string(&path)?.contains("<svg"));
/// // Our own diagram may be replaced; someone else's file is left alone.
/// render::write(&path, &small, &options, false)?;
/// std::fs::write(dir.path().join("notes.svg"), "<svg/>")?;
/// assert!(render::write(&dir.path().join("notes.svg"), &small, &options, false).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write(
    path: &Path,
    graph: &CitationGraph,
    options: &RenderOptions,
    force: bool,
) -> Result<Written, RenderError> {
    let format = Format::from_path(path)?;
    // Checked before anything opens it: a FIFO would block `written_by_us`.
    let existing = crate::output::check_target(path)?;
    if !force && existing == crate::output::Existing::File && !written_by_us(path) {
        return Err(RenderError::WouldOverwrite {
            path: path.to_path_buf(),
        });
    }
    let scene = Scene::build(graph, options);
    let (bytes, engine, notes) = match format {
        Format::Dot => (dot::to_dot(&scene).into_bytes(), None, scene.notes.clone()),
        Format::Svg => {
            let rendered = svg::draw(&scene, options)?;
            (rendered.svg.into_bytes(), Some(rendered.engine), rendered.notes)
        }
        Format::Png => {
            if options.engine == EngineChoice::Fallback || !graphviz_available(options) {
                return Err(RenderError::GraphvizMissing {
                    program: options.dot_program.clone(),
                    hint: "PNG output needs it (apt-get install graphviz); write an .svg file instead",
                });
            }
            let png = svg::run_dot(&dot::to_dot(&scene), "png", options)?;
            (svg::mark_png(png), Some(Engine::Graphviz), scene.notes.clone())
        }
    };
    crate::output::write_atomically(path, &bytes)?;
    Ok(Written {
        path: path.to_path_buf(),
        format,
        engine,
        shown: scene.nodes.len(),
        total: scene.total,
        notes,
    })
}

/// True when the file starts like a diagram unxref wrote (its first 4 KiB
/// hold [`MARKER`]).
///
/// # Examples
///
/// ```
/// use unxref::render::{self, RenderOptions};
/// let dir = tempfile::tempdir()?;
/// let ours = dir.path().join("empty.dot");
/// render::write(&ours, &unxref::CitationGraph::new(), &RenderOptions::default(), false)?;
/// assert!(render::written_by_us(&ours));
/// assert!(!render::written_by_us(concat!(env!("CARGO_MANIFEST_DIR"), "/data/README.md").as_ref()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn written_by_us(path: &Path) -> bool {
    use std::io::Read;
    let mut head = Vec::with_capacity(4096);
    std::fs::File::open(path)
        .and_then(|f| f.take(4096).read_to_end(&mut head))
        .is_ok_and(|_| head.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()))
}

/// The undocs.org link of a document node, if it has a UN symbol.
///
/// # Examples
///
/// ```
/// use unxref::{Node, NodeKind, render::document_url};
/// let node = Node::stub(&"S/RES/2531 (2020)".parse()?);
/// assert_eq!(document_url(&node).as_deref(), Some("https://undocs.org/en/S/RES/2531(2020)"));
/// assert_eq!(document_url(&Node::new("actor:MINUSMA", NodeKind::Actor, "MINUSMA")), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn document_url(node: &Node) -> Option<String> {
    if !node.kind.is_document() {
        return None;
    }
    let symbol: Symbol = node.id.parse().ok()?;
    if symbol.kind() == SymbolKind::Yearbook {
        return None;
    }
    let mut url = String::from("https://undocs.org/en/");
    for b in symbol.as_str().bytes().filter(|&b| b != b' ') {
        if b.is_ascii_alphanumeric() || b"/().-_~".contains(&b) {
            url.push(b as char);
        } else {
            let _ = write!(url, "%{b:02X}");
        }
    }
    Some(url)
}

/// A node as drawn.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{RenderOptions, Scene};
/// let scene = Scene::build(&graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]), &RenderOptions::default());
/// let res = &scene.nodes[1];
/// assert_eq!((res.id.as_str(), res.held), ("S/RES/2391 (2017)", false));
/// assert_eq!(res.url.as_deref(), Some("https://undocs.org/en/S/RES/2391(2017)"));
/// assert_eq!(scene.columns[res.column], Some(2017));
/// ```
#[derive(Debug, Clone)]
pub struct SceneNode {
    /// The node's id (the DOT node name, the first line of its tooltip).
    pub id: String,
    /// Its label, broken into lines.
    pub lines: Vec<String>,
    /// Its kind.
    pub kind: NodeKind,
    /// False for stubs (documents cited but not held): drawn dashed.
    pub held: bool,
    /// True for the query's sources: drawn with a heavy outline.
    pub focus: bool,
    /// Its year column, an index into [`Scene::columns`].
    pub column: usize,
    /// Citations received, which sets its size.
    pub cited_by: usize,
    /// Tooltip text: id, title, date, evidence.
    pub tooltip: String,
    /// Link to the document.
    pub url: Option<String>,
}

impl SceneNode {
    /// The size factor, 1 (never cited) to 2 (cited very often).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::render::{RenderOptions, Scene};
    /// // Sized by the citations received within the drawn graph: none for the draft.
    /// let scene = Scene::build(&graph.subgraph(["S/2020/600", "S/RES/1325 (2000)"]), &RenderOptions::default());
    /// let (draft, res) = (&scene.nodes[0], &scene.nodes[1]);
    /// assert_eq!(draft.scale(), 1.0);
    /// assert!(res.scale() > 1.0 && res.scale() <= 2.0);
    /// ```
    pub fn scale(&self) -> f64 {
        (1.0 + 0.15 * (self.cited_by as f64).sqrt()).min(2.0)
    }
}

/// An edge as drawn.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::EdgeKind;
/// use unxref::render::{RenderOptions, Scene};
/// let scene = Scene::build(&graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]), &RenderOptions::default());
/// let edge = &scene.edges[0];
/// assert_eq!((edge.kind, edge.source, edge.target), (EdgeKind::Cites, 0, 1));
/// assert_eq!(edge.label.as_deref(), Some("set by"));
/// ```
#[derive(Debug, Clone)]
pub struct SceneEdge {
    /// Index of the source in [`Scene::nodes`].
    pub source: usize,
    /// Index of the target in [`Scene::nodes`].
    pub target: usize,
    /// Its kind.
    pub kind: EdgeKind,
    /// The vote, for `voted` edges (sets the colour).
    pub position: Option<VotePosition>,
    /// Its label, when labels fit.
    pub label: Option<String>,
    /// Tooltip text: what it says and the evidence.
    pub tooltip: String,
}

/// Everything a diagram shows, in a fixed order: the input of both engines.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{RenderOptions, Scene};
/// let scene = Scene::build(&graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]), &RenderOptions::default());
/// assert_eq!(scene.title, "Citation diagram");
/// assert_eq!(scene.columns, [Some(2017), Some(2020)]);
/// assert_eq!((scene.nodes.len(), scene.edges.len(), scene.total), (2, 1, 2));
/// ```
#[derive(Debug, Clone)]
pub struct Scene {
    /// The heading.
    pub title: String,
    /// Messages shown under the heading (trimming).
    pub notes: Vec<String>,
    /// Nodes, sorted by id.
    pub nodes: Vec<SceneNode>,
    /// Edges, sorted by source id, target id and kind.
    pub edges: Vec<SceneEdge>,
    /// The year of each column, oldest first; `None` is the last column,
    /// for nodes without a year (actors, states, undated documents).
    pub columns: Vec<Option<u16>>,
    /// Nodes in the graph given, before trimming.
    pub total: usize,
}

impl Scene {
    /// Prepare `graph` for drawing: trim it if it is too large, sort it,
    /// assign year columns and write tooltips.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::render::{RenderOptions, Scene};
    /// let options = RenderOptions { max_nodes: 4, ..RenderOptions::default() };
    /// let scene = Scene::build(&graph, &options);
    /// assert_eq!(scene.nodes.len(), 4);
    /// assert!(scene.nodes.windows(2).all(|w| w[0].id < w[1].id));
    /// ```
    pub fn build(graph: &CitationGraph, options: &RenderOptions) -> Scene {
        let total = graph.node_count();
        let mut notes = Vec::new();
        let trimmed;
        let graph = match kept_nodes(graph, options) {
            Some(keep) => {
                trimmed = graph.subgraph(keep);
                notes.push(format!(
                    "Too many to read: showing the {} most connected of {total} nodes (limits: {} nodes, {} edges). Narrow the query to see the rest.",
                    trimmed.node_count(),
                    options.max_nodes,
                    options.max_edges
                ));
                &trimmed
            }
            None => graph,
        };
        if total == 0 {
            notes.push("The result is empty: nothing to draw.".to_string());
        }
        let focus: BTreeSet<&str> = options.focus.iter().map(String::as_str).collect();
        let nodes: Vec<&Node> = graph.nodes().collect();
        let position: BTreeMap<&str, usize> = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), i))
            .collect();
        let years: Vec<Option<u16>> = nodes.iter().map(|n| year_of(n)).collect();
        let mut columns: Vec<Option<u16>> = years
            .iter()
            .flatten()
            .copied()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .map(Some)
            .collect();
        if years.iter().any(Option::is_none) {
            columns.push(None);
        }

        let edge_views: Vec<_> = graph.edges().collect();
        let labels = edge_views.len() <= options.max_edge_labels;
        let mut received = vec![0usize; nodes.len()];
        let mut incoming: Vec<Vec<(&Node, &Edge)>> = vec![Vec::new(); nodes.len()];
        let mut edges = Vec::with_capacity(edge_views.len());
        for e in &edge_views {
            let (s, t) = (position[e.source.id.as_str()], position[e.target.id.as_str()]);
            if e.edge.kind == EdgeKind::Cites {
                received[t] += 1;
            }
            incoming[t].push((e.source, e.edge));
            edges.push(SceneEdge {
                source: s,
                target: t,
                kind: e.edge.kind,
                position: e.edge.attrs().position,
                label: labels.then(|| edge_label(e.edge)).flatten(),
                tooltip: edge_tooltip(e.source, e.target, e.edge),
            });
        }
        let nodes = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| SceneNode {
                id: n.id.clone(),
                lines: wrap(&n.label, 24),
                kind: n.kind,
                held: n.held,
                focus: focus.contains(n.id.as_str()),
                column: match years[i] {
                    Some(y) => columns.iter().position(|c| *c == Some(y)).unwrap_or(0),
                    None => columns.len().saturating_sub(1),
                },
                cited_by: options.cited_by.get(&n.id).copied().unwrap_or(received[i]),
                tooltip: node_tooltip(n, &incoming[i]),
                url: document_url(n),
            })
            .collect();
        Scene {
            title: options
                .title
                .clone()
                .unwrap_or_else(|| "Citation diagram".to_string()),
            notes,
            nodes,
            edges,
            columns,
            total,
        }
    }

    /// True when there are so many edges (over 120) that they are drawn
    /// lighter.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::render::{RenderOptions, Scene};
    /// let scene = Scene::build(&graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]), &RenderOptions::default());
    /// assert!(!scene.dense());
    /// ```
    pub fn dense(&self) -> bool {
        self.edges.len() > 120
    }

    /// The node kinds drawn, in display order, and whether any stub is.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::NodeKind;
    /// use unxref::render::{RenderOptions, Scene};
    /// let scene = Scene::build(&graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]), &RenderOptions::default());
    /// // Resolutions come first in display order; 2391 is a stub.
    /// assert_eq!(scene.kinds(), (vec![NodeKind::Resolution, NodeKind::DraftResolution], true));
    /// ```
    pub fn kinds(&self) -> (Vec<NodeKind>, bool) {
        let present: BTreeSet<NodeKind> = self.nodes.iter().map(|n| n.kind).collect();
        (present.into_iter().collect(), self.nodes.iter().any(|n| !n.held))
    }

    /// The edge styles drawn, one per legend entry, in display order.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::EdgeKind;
    /// use unxref::render::{RenderOptions, Scene};
    /// let scene = Scene::build(&graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]), &RenderOptions::default());
    /// assert_eq!(scene.edge_kinds(), [(EdgeKind::Cites, None)]);
    /// ```
    pub fn edge_kinds(&self) -> Vec<(EdgeKind, Option<VotePosition>)> {
        let present: BTreeSet<(EdgeKind, Option<VotePosition>)> =
            self.edges.iter().map(|e| (e.kind, e.position)).collect();
        present.into_iter().collect()
    }
}

/// The nodes to keep when `graph` is over the limits of `options` (`None`:
/// draw it all): at most `max_nodes`, and no more than keep the induced
/// edges within `max_edges`; the focus first, then the most connected (ties
/// by id). Each prefix of that order contains the shorter ones, so the edge
/// count grows with the number kept, and a binary search finds the largest
/// number within the limit.
fn kept_nodes(graph: &CitationGraph, options: &RenderOptions) -> Option<Vec<String>> {
    let total = graph.node_count();
    if total <= options.max_nodes && graph.edge_count() <= options.max_edges {
        return None;
    }
    let degrees = graph.degrees();
    let focus: BTreeSet<&str> = options.focus.iter().map(String::as_str).collect();
    let mut order: Vec<&str> = degrees.keys().copied().collect();
    order.sort_by_key(|&id| (!focus.contains(id), std::cmp::Reverse(degrees[id]), id));
    let edges_within = |n: usize| graph.subgraph(&order[..n]).edge_count();
    let (mut lo, mut hi) = (0, total.min(options.max_nodes));
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if edges_within(mid) <= options.max_edges {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    Some(order[..lo].iter().map(|id| id.to_string()).collect())
}

/// The column label of a year (`None`: undated).
///
/// # Examples
///
/// ```
/// use unxref::render::column_label;
/// assert_eq!(column_label(Some(2020)), "2020");
/// assert_eq!(column_label(None), "undated");
/// ```
pub fn column_label(year: Option<u16>) -> String {
    year.map_or_else(|| "undated".to_string(), |y| y.to_string())
}

/// The year a node is placed at: its own, else its date's, else its symbol's.
fn year_of(node: &Node) -> Option<u16> {
    node.year
        .or_else(|| node.date.as_deref().and_then(|d| d.get(..4)?.parse().ok()))
        .or_else(|| {
            node.kind
                .is_document()
                .then(|| node.id.parse::<Symbol>().ok()?.year())
                .flatten()
        })
}

/// The label an edge carries: the relation verb of a citation, the vote,
/// the mandate's end date; nothing for mentions (there are too many).
fn edge_label(edge: &Edge) -> Option<String> {
    let a = edge.attrs();
    let text = match edge.kind {
        EdgeKind::Cites => a.relation.clone()?,
        EdgeKind::Voted => a.position?.as_str().replace('_', " "),
        EdgeKind::ExtendsMandate => match &a.date {
            Some(d) => format!("extends mandate to {d}"),
            None => "extends mandate".to_string(),
        },
        EdgeKind::Mentions => return None,
        kind => style::edge_style(kind, None).verb.to_string(),
    };
    Some(shorten(&text, 28))
}

fn edge_tooltip(source: &Node, target: &Node, edge: &Edge) -> String {
    let a = edge.attrs();
    let mut text = format!(
        "{} {} {}",
        source.label,
        style::edge_style(edge.kind, a.position).verb,
        target.label
    );
    let mut detail = Vec::new();
    if let Some(r) = &a.relation {
        detail.push(r.clone());
    }
    if let Some(p) = &a.paragraph {
        detail.push(paragraph_words(p));
    }
    if let Some(p) = &a.pinpoint {
        detail.push(format!("its paragraph {p}"));
    }
    if let Some(p) = a.position {
        detail.push(p.as_str().replace('_', " "));
    }
    if let Some(d) = &a.date {
        detail.push(format!("until {d}"));
    }
    if a.count > 1 {
        detail.push(format!("{} times", a.count));
    }
    if !detail.is_empty() {
        let _ = write!(text, " ({})", detail.join(", "));
    }
    if let Some(ev) = &a.evidence {
        let _ = write!(
            text,
            "\n“{}”\n{} {}",
            shorten(&ev.quote, 300),
            ev.file,
            ev.place()
        );
    }
    text
}

fn node_tooltip(node: &Node, incoming: &[(&Node, &Edge)]) -> String {
    let mut text = node.id.clone();
    let kind = style::node_style(node.kind).name;
    let _ = write!(text, " · {kind}");
    if node.label != node.id {
        let _ = write!(text, "\n{}", node.label);
    }
    if let Some(title) = &node.title {
        let _ = write!(text, "\nTitle: {}", shorten(title, 200));
    }
    if let Some(date) = &node.date {
        let _ = write!(text, "\nDate: {date}");
    } else if let Some(year) = node.year {
        let _ = write!(text, "\nYear: {year}");
    }
    if let Some(category) = &node.category {
        let _ = write!(text, "\nCategory: {category}");
    }
    if node.kind.is_document() && !node.held {
        text.push_str("\nNot in the corpus: known only from other documents.");
    }
    for (source, edge) in incoming
        .iter()
        .filter(|(_, e)| e.attrs().evidence.is_some())
        .take(2)
    {
        let a = edge.attrs();
        let verb = a
            .relation
            .clone()
            .unwrap_or_else(|| style::edge_style(edge.kind, a.position).verb.to_string());
        if let Some(ev) = &a.evidence {
            let _ = write!(
                text,
                "\n{} ({verb}): “{}” ({} {})",
                source.label,
                shorten(&ev.quote, 240),
                ev.file,
                ev.place()
            );
        }
    }
    text
}

fn paragraph_words(p: &str) -> String {
    if p.chars().all(|c| c.is_ascii_digit()) {
        format!("paragraph {p}")
    } else {
        p.to_string()
    }
}

/// `text` cut to at most `max` characters, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Break a label into lines of about `width` characters at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_go_to_undocs_without_spaces() {
        let node = Node::stub(&"S/RES/2531 (2020)".parse().unwrap());
        assert_eq!(
            document_url(&node).as_deref(),
            Some("https://undocs.org/en/S/RES/2531(2020)")
        );
        let actor = Node::new("actor:MINUSMA", NodeKind::Actor, "MINUSMA");
        assert_eq!(document_url(&actor), None);
        let yun = Node::stub(&"YUN 2005, p. 251".parse().unwrap());
        assert_eq!(document_url(&yun), None);
    }

    #[test]
    fn labels_wrap_at_spaces_and_quotes_are_shortened() {
        assert_eq!(wrap("Resolution 2531 (2020)", 24), ["Resolution 2531 (2020)"]);
        assert_eq!(
            wrap("Group of Five for the Sahel joint force", 24),
            ["Group of Five for the", "Sahel joint force"]
        );
        assert_eq!(shorten("a  b\n c", 10), "a b c");
        assert_eq!(shorten("abcdefghij", 5), "abcd…");
    }

    #[test]
    fn format_comes_from_the_extension() {
        assert_eq!(Format::from_path(Path::new("a.SVG")).unwrap(), Format::Svg);
        assert_eq!(Format::from_path(Path::new("a.gv")).unwrap(), Format::Dot);
        let err = Format::from_path(Path::new("a.pdf")).unwrap_err().to_string();
        assert!(err.contains(".svg, .dot or .png"), "{err}");
    }
}
