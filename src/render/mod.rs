//! Citation diagrams that answer the question. A query's result
//! ([`result_graph`]) becomes a [`Scene`]: the subject, the answer's nodes
//! (direct answers first, ranked by citations in the whole graph, up to
//! [`RenderOptions::max_nodes`]) and the answer's edges (a walk's tree, the
//! union of numbered paths); other links among those nodes are an opt-in
//! faint layer ([`RenderOptions::context`]). [`layout`] places the nodes on
//! a time axis to scale, with undated documents and actors in bands apart,
//! folding years into sub-columns and turning the axis to keep the aspect
//! ratio readable. The built-in engine ([`svg`]) routes edges in channels
//! no node enters; Graphviz ([`dot`]) draws the same placement and routes
//! its splines around the nodes. [`html`] wraps a drawing in one
//! self-contained interactive page.
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
mod frame;
mod graphviz;
pub mod html;
pub mod layout;
pub mod markup;
mod result;
mod scene;
pub mod style;
pub mod svg;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use thiserror::Error;

use crate::graph::CitationGraph;
use crate::model::Node;
use crate::symbol::{Symbol, SymbolKind};

pub use graphviz::available as graphviz_available;
pub use result::{Answer, ResultGraph, result_graph};
pub use scene::{BANDS, Scene, SceneEdge, SceneNode, display_file};
pub use svg::to_svg;

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
/// let err = render::write("diagram.jpg".as_ref(), &graph, &RenderOptions::default(), false).unwrap_err();
/// assert!(matches!(err, RenderError::UnknownFormat { .. }));
/// assert!(err.to_string().contains("name the file .svg, .html, .png, .pdf or .dot"));
/// ```
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum RenderError {
    /// Graphviz was asked for (`EngineChoice::Graphviz`, or a `.png` or
    /// `.pdf` file) and `dot` is not on the PATH: `unxref render … -o
    /// out.png` on a fresh machine.
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
    /// The output file's extension names no format we write: `-o out.jpg`.
    #[error(
        "{path}: cannot tell the diagram format from the extension; name the file .svg, .html, .png, .pdf or .dot"
    )]
    UnknownFormat {
        /// The path concerned.
        path: PathBuf,
    },
    /// The output path is a folder: `-o out/`.
    #[error(
        "{path}: is a folder; name a file in it, e.g. {path}/diagram.svg (.svg, .html, .png, .pdf or .dot)"
    )]
    Folder {
        /// The folder given.
        path: PathBuf,
    },
    /// The output file exists and is not a diagram we wrote: `-o notes.svg`
    /// over someone's drawing.
    #[error("{path}: exists and was not written by unxref; refusing to overwrite it (use --force)")]
    WouldOverwrite {
        /// The path concerned.
        path: PathBuf,
    },
    /// PNG or PDF asked of the built-in engine, which writes SVG and HTML
    /// only: `--engine builtin -o x.png`.
    #[error(
        "the built-in layout writes .svg and .html only; {format} is drawn by Graphviz (leave out --engine builtin)"
    )]
    BuiltinFormat {
        /// The format asked for.
        format: &'static str,
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
    /// The built-in layout, even when Graphviz is installed.
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
/// assert_eq!(Engine::Fallback.to_string(), "the built-in layout");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Engine {
    /// Graphviz `dot`.
    Graphviz,
    /// unxref's own timeline layout and edge routing ([`layout`]).
    Fallback,
}

impl std::fmt::Display for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Engine::Graphviz => "Graphviz dot",
            Engine::Fallback => "the built-in layout",
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
    /// The query's subject: always drawn, emphasised, and in the legend.
    pub focus: Vec<String>,
    /// The structure of the answer (see [`result_graph`]): its edges are
    /// drawn, others only with [`RenderOptions::context`]. Empty: every
    /// edge of the graph is drawn.
    pub answer: Answer,
    /// Draw the other links among the nodes drawn, faintly.
    pub context: bool,
    /// The most nodes drawn beside the subject: the direct answers first,
    /// the most cited first.
    pub max_nodes: usize,
    /// The most context edges drawn.
    pub max_edges: usize,
    /// Edge labels (relation verbs, path numbers) are written when there
    /// are at most this many edges; tooltips keep them all.
    pub max_edge_labels: usize,
    /// Citations each node receives in the whole graph, by id, to size and
    /// rank nodes by (see [`RenderOptions::with_citations_from`]). Nodes
    /// missing here count the citations they receive in the drawn graph.
    pub cited_by: BTreeMap<String, usize>,
    /// The width:height ratio to aim for (16:9 is 1.78); the picture is
    /// padded to it exactly when set.
    pub aspect: Option<f64>,
    /// Resolution factor of PNG output (1 = 96 dpi).
    pub scale: f64,
    /// The corpus named in the caption.
    pub corpus: Option<String>,
    /// The date in the caption.
    pub date: Option<String>,
    /// The Graphviz program to run (`dot`; its `-K neato` places nothing,
    /// the positions are ours, and routes the edges).
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
            answer: Answer::default(),
            context: false,
            max_nodes: 150,
            max_edges: 600,
            max_edge_labels: 40,
            cited_by: BTreeMap::new(),
            aspect: None,
            scale: 1.0,
            corpus: None,
            date: None,
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
        self.cited_by = citations_received(whole);
        self
    }

    /// Options for drawing `result`: its subject and its answer's structure.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::render::{self, RenderOptions};
    /// let result = render::result_graph(&graph, &graph.query("what does 2531 cite")?);
    /// let options = RenderOptions::default().for_result(&result);
    /// assert_eq!(options.focus, ["S/RES/2531 (2020)"]);
    /// assert_eq!(options.answer.edges.len(), 14);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_result(mut self, result: &ResultGraph) -> RenderOptions {
        self.focus = result.focus.clone();
        self.answer = result.answer.clone();
        self
    }
}

/// The citations each node receives in `whole`: the one place diagrams
/// read a node's standing from (its size, its rank when trimming).
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// let counts = unxref::render::citations_received(&graph);
/// assert_eq!(counts.get("S/RES/1325 (2000)"), Some(&3));
/// ```
pub fn citations_received(whole: &CitationGraph) -> BTreeMap<String, usize> {
    // The graph's one count of citations (a resolution and its adopted
    // draft count once), as every other view reads it.
    let counts = whole.citation_counts();
    let g = whole.petgraph();
    g.node_indices()
        .filter_map(|ix| {
            let n = counts.get(ix.index()).copied().unwrap_or(0) as usize;
            (n > 0).then(|| (g[ix].id.clone(), n))
        })
        .collect()
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
/// assert!(drawn.notes[0].starts_with("Showing 5 of"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The SVG text.
    pub svg: String,
    /// The engine that drew it.
    pub engine: Engine,
    /// Nodes of the answer drawn (beside the subject).
    pub shown: usize,
    /// Nodes of the answer (more than `shown` when it was trimmed).
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
    /// PDF, drawn by Graphviz only.
    Pdf,
    /// One self-contained interactive HTML page around the SVG.
    Html,
}

impl Format {
    /// The format a path's extension names (`.svg`, `.dot`/`.gv`, `.png`,
    /// `.pdf`, `.html`/`.htm`), case-insensitive.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::render::Format;
    /// assert_eq!(Format::from_path("out/2531.png".as_ref())?, Format::Png);
    /// assert_eq!(Format::from_path("2531.pdf".as_ref())?, Format::Pdf);
    /// assert!(Format::from_path("2531.jpg".as_ref()).is_err());
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
            Some("pdf") => Ok(Format::Pdf),
            Some("html" | "htm") => Ok(Format::Html),
            _ if path.is_dir() => Err(RenderError::Folder {
                path: path.to_path_buf(),
            }),
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
    /// Nodes of the answer drawn.
    pub shown: usize,
    /// Nodes of the answer.
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
/// assert!(dot.contains("pos="));
/// assert!(dot.contains("\"S/RES/2391 (2017)\""));
/// ```
pub fn to_dot(graph: &CitationGraph, options: &RenderOptions) -> String {
    dot::to_dot(&Scene::build(graph, options), options)
}

/// Draw `graph` and write it to `path` in the format its extension names,
/// atomically (a temporary file renamed into place). An existing file is
/// replaced only if unxref wrote it, or when `force` is set. PNG and PDF
/// need Graphviz.
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
        Format::Dot => (
            dot::to_dot(&scene, options).into_bytes(),
            None,
            scene.notes.clone(),
        ),
        Format::Svg => {
            let rendered = svg::draw(&scene, options)?;
            (rendered.svg.into_bytes(), Some(rendered.engine), rendered.notes)
        }
        Format::Html => {
            let rendered = svg::draw(&scene, options)?;
            let page = html::page(&scene, &rendered);
            (page.into_bytes(), Some(rendered.engine), rendered.notes)
        }
        Format::Png | Format::Pdf => {
            let name = if format == Format::Png { "png" } else { "pdf" };
            if options.engine == EngineChoice::Fallback {
                return Err(RenderError::BuiltinFormat { format: name });
            }
            if !graphviz_available(options) {
                return Err(RenderError::GraphvizMissing {
                    program: options.dot_program.clone(),
                    hint: "PNG and PDF output need it (apt-get install graphviz); write an .svg or .html file instead",
                });
            }
            let out = graphviz::run_dot(&dot::to_dot(&scene, options), name, options)?;
            let out = if format == Format::Png {
                graphviz::mark_png(out)
            } else {
                let mut out = out;
                out.extend_from_slice(format!("\n% {MARKER}\n").as_bytes());
                out
            };
            (out, Some(Engine::Graphviz), scene.notes.clone())
        }
    };
    crate::output::write_atomically(path, &bytes)?;
    Ok(Written {
        path: path.to_path_buf(),
        format,
        engine,
        shown: scene.shown,
        total: scene.total,
        notes,
    })
}

/// Why a query's result has nothing to draw, naming the part of the query
/// that emptied it when there is one: the longest shorter query (the same
/// words with a tail cut off) that does find nodes shows that the cut tail,
/// a filter such as `since 2030`, left none. Otherwise the result's own
/// explanation.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// let query = "what cites 1325 since 2030";
/// let table = graph.query(query)?;
/// let why = unxref::render::explain_empty(&graph, query, &table);
/// assert!(why.contains("`since 2030` leaves none of them"), "{why}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn explain_empty(graph: &CitationGraph, query: &str, table: &crate::query::Table) -> String {
    let words: Vec<&str> = query.split_whitespace().collect();
    for cut in (1..words.len()).rev().take(8) {
        let shorter = words[..cut].join(" ");
        let Ok(found) = graph.query(&shorter) else {
            continue;
        };
        let n = found.node_ids().len();
        if n > 0 {
            return format!(
                "`{shorter}` finds {n} node{}, and `{}` leaves none of them",
                if n == 1 { "" } else { "s" },
                words[cut..].join(" ")
            );
        }
        break;
    }
    table
        .empty_note()
        .unwrap_or("the result holds no nodes or paths")
        .to_string()
}

/// Today's date (UTC) as `YYYY-MM-DD`, for captions.
///
/// # Examples
///
/// ```
/// let today = unxref::render::today();
/// assert_eq!((today.len(), &today[4..5]), (10, "-"));
/// ```
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs()) as i64;
    // Days to civil date (Howard Hinnant's algorithm).
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
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
    use std::io::{Read, Seek, SeekFrom};
    let has = |bytes: &[u8]| bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes());
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = Vec::with_capacity(4096);
    if (&mut file).take(4096).read_to_end(&mut head).is_ok() && has(&head) {
        return true;
    }
    // A PDF carries the marker in a comment after its end.
    let mut tail = Vec::with_capacity(256);
    file.seek(SeekFrom::End(-256)).is_ok() && file.read_to_end(&mut tail).is_ok() && has(&tail)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::NodeKind;

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
    fn format_comes_from_the_extension() {
        assert_eq!(Format::from_path(Path::new("a.SVG")).unwrap(), Format::Svg);
        assert_eq!(Format::from_path(Path::new("a.gv")).unwrap(), Format::Dot);
        assert_eq!(Format::from_path(Path::new("a.HTM")).unwrap(), Format::Html);
        assert_eq!(Format::from_path(Path::new("a.pdf")).unwrap(), Format::Pdf);
        let err = Format::from_path(Path::new("a.jpg")).unwrap_err().to_string();
        assert!(err.contains(".svg, .html, .png, .pdf or .dot"), "{err}");
    }
}
