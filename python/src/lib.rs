//! `unxref._unxref`, the native half of the Python package: a thin layer
//! over the crate's public API. It hands Python plain values (lists, dicts,
//! strings) built from the crate's JSON forms (the query JSON contract,
//! `graph::export::node_json`, the serde form of extractions), so a column
//! or attribute the library gains reaches Python without an edit here; the
//! pure-Python half (`python/unxref/`) turns them into DataFrames, Arrow
//! tables and NetworkX or igraph graphs. The GIL is released while Rust
//! works: extraction (on rayon's pool, every core), graph building,
//! queries, snapshots and rendering.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use pythonize::pythonize;
use serde_json::{Value, json};
use unxref::corpus::DEFAULT_MAX_FILE_SIZE;
use unxref::error::LoadError;
use unxref::graph::Overwrite;
use unxref::graph::export::{edge_json, node_json_in};
use unxref::query::QueryError;
use unxref::read::Format;
use unxref::render::{self, EngineChoice, RenderOptions};
use unxref::{CitationGraph, Extractor};

/// The extractor with the bundled actor dictionary, made once.
fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

/// A Python exception of `unxref.errors` (where the classes, their
/// attributes and docstrings live), with `message` and keyword details.
fn error<'py>(py: Python<'py>, class: &str, message: String, details: &[(&str, Bound<'py, PyAny>)]) -> PyErr {
    let make = || -> PyResult<PyErr> {
        let cls = py.import("unxref.errors")?.getattr(class)?;
        let kwargs = PyDict::new(py);
        for (key, value) in details {
            kwargs.set_item(key, value)?;
        }
        Ok(PyErr::from_value(cls.call((message.clone(),), Some(&kwargs))?))
    };
    make().unwrap_or_else(|e| e)
}

/// Keyword details of an exception: attribute names and values.
type Details<'py> = Vec<(&'static str, Bound<'py, PyAny>)>;

/// A query error as the matching `unxref.errors` exception: the CLI's
/// message (with its note on characters of `query` that are not what they
/// look like: a Cyrillic `С` in `S/RES`, a control character), and the
/// position and suggestions as attributes.
fn query_error(py: Python<'_>, err: QueryError, query: &str) -> PyErr {
    let mut message = err.to_string();
    if let Some(note) = unxref::error::unexpected_characters(query) {
        message.push_str("\nnote: ");
        message.push_str(&note);
    }
    let details = || -> PyResult<(&'static str, Details<'_>)> {
        Ok(match &err {
            QueryError::Syntax(e) => (
                "QuerySyntaxError",
                vec![
                    ("line", e.line.into_pyobject(py)?.into_any()),
                    ("column", e.column.into_pyobject(py)?.into_any()),
                    ("expected", e.expected.as_str().into_pyobject(py)?.into_any()),
                    ("found", e.found.as_str().into_pyobject(py)?.into_any()),
                    ("snippet", e.snippet.as_str().into_pyobject(py)?.into_any()),
                ],
            ),
            QueryError::Names(problems) => {
                let list = PyList::empty(py);
                for p in problems {
                    let d = PyDict::new(py);
                    d.set_item("name", &p.name)?;
                    d.set_item("column", p.column)?;
                    d.set_item("ambiguous", p.ambiguous)?;
                    d.set_item("candidates", &p.candidates)?;
                    d.set_item("what", p.what)?;
                    d.set_item("hint", &p.hint)?;
                    d.set_item("message", p.to_string())?;
                    list.append(d)?;
                }
                ("QueryNameError", vec![("problems", list.into_any())])
            }
            _ => ("QueryError", Vec::new()),
        })
    };
    match details() {
        Ok((class, details)) => error(py, class, message, &details),
        Err(e) => e,
    }
}

/// A citation graph held by Rust; `unxref.Graph` wraps it.
#[pyclass(frozen, module = "unxref._unxref")]
struct NativeGraph {
    graph: Arc<CitationGraph>,
}

#[pymethods]
impl NativeGraph {
    /// Read and extract every `.txt` file the paths name (on all cores),
    /// and link them. Returns the graph and the load warnings (files that
    /// could not be read), as the CLI prints them.
    #[staticmethod]
    fn build(py: Python<'_>, paths: Vec<PathBuf>) -> PyResult<(NativeGraph, Vec<String>)> {
        let (graph, warnings) = py.detach(|| {
            let corpus = extractor().extract_paths(&paths);
            let warnings: Vec<String> = corpus.errors.iter().map(ToString::to_string).collect();
            let graph =
                (!corpus.extractions.is_empty()).then(|| CitationGraph::from_extractions(corpus.extractions));
            (graph, warnings)
        });
        match graph {
            Some(graph) => Ok((
                NativeGraph {
                    graph: Arc::new(graph),
                },
                warnings,
            )),
            None => {
                let listed = paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>();
                let mut message = format!("no readable text files in {}", listed.join(", "));
                for w in &warnings {
                    message.push_str(&format!("\nwarning: {w}"));
                }
                Err(error(
                    py,
                    "LoadError",
                    message,
                    &[("warnings", warnings.into_pyobject(py)?.into_any())],
                ))
            }
        }
    }

    /// Read a snapshot written by `save` or `unxref build -o`.
    #[staticmethod]
    fn load(py: Python<'_>, path: PathBuf) -> PyResult<NativeGraph> {
        match py.detach(|| CitationGraph::load(&path)) {
            Ok(graph) => Ok(NativeGraph {
                graph: Arc::new(graph),
            }),
            Err(e) => Err(error(py, "SnapshotError", e.to_string(), &[])),
        }
    }

    /// Write a snapshot (to a temporary file, then renamed). A file that is
    /// not a snapshot is only replaced with `overwrite`.
    fn save(&self, py: Python<'_>, path: PathBuf, overwrite: bool) -> PyResult<()> {
        let graph = &self.graph;
        let overwrite = if overwrite {
            Overwrite::Any
        } else {
            Overwrite::Snapshots
        };
        py.detach(|| graph.save(&path, overwrite))
            .map_err(|e| error(py, "SnapshotError", e.to_string(), &[]))
    }

    /// Run a query: JSON of an object with `columns`, `rows` (the JSON
    /// contract of `unxref query --format json`), `notes`, `empty_note`,
    /// `render_target` and `edges` (the edges the query followed). JSON
    /// text, because Python's `json.loads` makes the rows' dicts several
    /// times faster than building them one item at a time from Rust.
    fn query(&self, py: Python<'_>, text: &str) -> PyResult<String> {
        let graph = &self.graph;
        let answer = py.detach(|| {
            graph.query(text).map(|table| {
                let rows = serde_json::to_value(&table).unwrap_or(Value::Array(Vec::new()));
                let edges: Vec<Value> = table
                    .edges()
                    .iter()
                    .map(|e| json!({"source": e.source, "target": e.target, "kind": e.kind.as_str()}))
                    .collect();
                let answer = json!({
                    "columns": table.columns(),
                    "rows": rows,
                    "notes": table.notes(),
                    "empty_note": if table.is_empty() { table.empty_note() } else { None },
                    "render_target": table.render_target(),
                    "edges": edges,
                });
                answer.to_string()
            })
        });
        match answer {
            Ok(json) => Ok(json),
            Err(e) => Err(query_error(py, e, text)),
        }
    }

    /// JSON of every node as an object of its set attributes (as `unxref
    /// export --format json` writes them), in the graph's order.
    fn nodes(&self, py: Python<'_>) -> String {
        let graph = &self.graph;
        // With the graph's one citation count, as the export writes it.
        py.detach(|| Value::Array(graph.nodes().map(|node| node_json_in(graph, node)).collect()).to_string())
    }

    /// JSON of every edge as an object: `source`, `target`, `kind` and its
    /// set attributes (as `unxref export --format json` writes them).
    fn edges(&self, py: Python<'_>) -> String {
        let graph = &self.graph;
        py.detach(|| Value::Array(graph.edges().map(edge_json).collect()).to_string())
    }

    /// The graph's counts (`unxref`'s `.stats`).
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize(py, &self.graph.stats())?)
    }

    /// Number of nodes.
    fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges.
    fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Benchmark hook (`benches/python_overhead.py`): seconds for each of
    /// `runs` runs of the query in Rust alone, its rows read as a Rust
    /// program reads them (`Table::rows`), nothing handed to Python.
    fn _bench_query(&self, py: Python<'_>, text: &str, runs: usize) -> PyResult<Vec<f64>> {
        let graph = &self.graph;
        py.detach(|| {
            (0..runs)
                .map(|_| {
                    let start = std::time::Instant::now();
                    let table = graph.query(text)?;
                    std::hint::black_box(table.rows());
                    Ok(start.elapsed().as_secs_f64())
                })
                .collect::<Result<Vec<f64>, QueryError>>()
        })
        .map_err(|e| query_error(py, e, text))
    }

    /// Benchmark hook: seconds for each of `runs` builds of the paths in
    /// Rust alone (`extract_paths` then `CitationGraph::from_extractions`).
    #[staticmethod]
    fn _bench_build(py: Python<'_>, paths: Vec<PathBuf>, runs: usize) -> Vec<f64> {
        py.detach(|| {
            (0..runs)
                .map(|_| {
                    let start = std::time::Instant::now();
                    let corpus = extractor().extract_paths(&paths);
                    std::hint::black_box(CitationGraph::from_extractions(corpus.extractions));
                    start.elapsed().as_secs_f64()
                })
                .collect()
        })
    }

    /// Draw a query's result into `path` (.svg, .dot or .png), as `unxref
    /// render` does. Returns a dict: `path`, `engine`, `shown`, `total`,
    /// `notes`.
    fn render<'py>(
        &self,
        py: Python<'py>,
        query: &str,
        path: PathBuf,
        overwrite: bool,
        engine: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        let choice = match engine {
            "auto" => EngineChoice::Auto,
            "graphviz" => EngineChoice::Graphviz,
            "builtin" => EngineChoice::Fallback,
            other => {
                return Err(pyo3::exceptions::PyValueError::new_err(format!(
                    "unknown engine {other:?}; use \"auto\", \"graphviz\" or \"builtin\""
                )));
            }
        };
        let graph = &self.graph;
        let drawn = py.detach(|| draw(graph, query, &path, overwrite, choice));
        match drawn {
            Ok(value) => Ok(pythonize(py, &value)?),
            Err(Drawn::Query(e)) => Err(query_error(py, e, query)),
            Err(Drawn::Render(message)) => Err(error(py, "RenderError", message, &[])),
        }
    }
}

/// Why a drawing failed.
enum Drawn {
    Query(QueryError),
    Render(String),
}

/// What `unxref render` does: the result's subgraph, drawn with the
/// query as its title and the walk's start as its focus.
fn draw(
    graph: &CitationGraph,
    query: &str,
    path: &Path,
    overwrite: bool,
    engine: EngineChoice,
) -> Result<Value, Drawn> {
    let table = graph.query(query).map_err(Drawn::Query)?;
    let result = render::result_graph(graph, &table);
    if result.empty {
        return Err(Drawn::Render(format!(
            "nothing to draw: {}",
            render::explain_empty(graph, query, &table)
        )));
    }
    // As `unxref render` draws it: the answer's tree or paths, sized by the
    // graph's one citation count.
    let options = RenderOptions {
        title: Some(query.trim().to_string()),
        date: Some(render::today()),
        engine,
        ..RenderOptions::default()
    }
    .for_result(&result)
    .with_citations_from(graph);
    let written = render::write(path, &result.graph, &options, overwrite)
        .map_err(|e| Drawn::Render(format!("cannot draw into {}: {e}", path.display())))?;
    let notes: Vec<&String> = table.notes().iter().chain(&written.notes).collect();
    Ok(json!({
        "path": written.path.display().to_string(),
        "engine": written.engine.map(|e| e.to_string()),
        "shown": written.shown,
        "total": written.total,
        "notes": notes,
    }))
}

/// Extract one text: a dict with `file`, `documents`, `links` and
/// `diagnostics`, the serde form of the crate's `Extraction`.
#[pyfunction]
fn extract<'py>(py: Python<'py>, text: &str, name: &str) -> PyResult<Bound<'py, PyAny>> {
    // Through serde_json's form, so pairs are lists as in the CLI's JSON.
    let extraction = py.detach(|| serde_json::to_value(extractor().extract_str(name, text)));
    let extraction = extraction.map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    Ok(pythonize(py, &extraction)?)
}

/// One file's rows as the Spark job stores them: the serde form (JSON text)
/// of each document and link, the reason the file cannot be read, and the
/// joint symbols it cites as JSON pairs.
type FileRows = (Vec<String>, Vec<String>, Option<String>, Option<String>);

/// Read and extract one file's bytes as a build reads the file: `name` is
/// the file's name in the build (its extension says the format: text, PDF,
/// Word, HTML) and `data` its content. Returns `(documents, links, error,
/// aliases)`: each document and link the JSON text of its serde form (what
/// `unxref build --from-parquet` reads back), the reason the file cannot be
/// read (too large, binary, empty, a PDF without text), and the joint
/// symbols it cites as JSON pairs.
#[pyfunction]
fn extract_bytes(py: Python<'_>, name: &str, data: &[u8]) -> FileRows {
    py.detach(|| {
        let size = data.len() as u64;
        let source = if size > DEFAULT_MAX_FILE_SIZE {
            Err(LoadError::TooLarge {
                path: name.into(),
                size,
                limit: DEFAULT_MAX_FILE_SIZE,
            })
        } else {
            unxref::read::extract(name, data, Format::of(Path::new(name)))
        };
        match source {
            Ok(source) => {
                let extraction = extractor().extract(&source);
                // Records of plain fields and string keys: serde_json cannot fail on them.
                let documents = extraction
                    .documents
                    .iter()
                    .map(|d| serde_json::to_string(d).unwrap_or_default())
                    .collect();
                let links = extraction
                    .links
                    .iter()
                    .map(|l| serde_json::to_string(l).unwrap_or_default())
                    .collect();
                // The joint symbols the file cites (`A/67/970-S/2013/480`),
                // which the graph needs to make both symbols one document.
                let aliases = (!extraction.aliases.is_empty())
                    .then(|| serde_json::to_string(&extraction.aliases).unwrap_or_default());
                (documents, links, None, aliases)
            }
            Err(e) => (Vec::new(), Vec::new(), Some(e.to_string()), None),
        }
    })
}

/// Whether a folder walk takes the file `name` (by its extension: `.txt`,
/// `.pdf`, `.docx`, `.doc`, `.html`, `.htm`); a file named on its own is always read.
#[pyfunction]
fn wanted_file(name: &str) -> bool {
    Format::wanted(Path::new(name))
}

/// The message a build gives for a path it cannot read, for the Spark job's
/// listing: `kind` is `"missing"` (no such file or folder), `"no_files"` (a
/// folder with nothing to read) or `"too_large"` (with `size` in bytes).
#[pyfunction]
#[pyo3(signature = (kind, path, size=None))]
fn load_error(kind: &str, path: &str, size: Option<u64>) -> PyResult<String> {
    let path = PathBuf::from(path);
    let error = match kind {
        // Error 2 is "not found" on Linux, macOS and Windows alike: the
        // message a local build gives for a path that does not exist.
        "missing" => LoadError::Io {
            path,
            source: std::io::Error::from_raw_os_error(2),
        },
        "no_files" => LoadError::NoFiles { path },
        "too_large" => LoadError::TooLarge {
            path,
            size: size.unwrap_or_default(),
            limit: DEFAULT_MAX_FILE_SIZE,
        },
        other => {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "load_error: unknown kind {other:?} (missing, no_files, too_large)"
            )));
        }
    };
    Ok(error.to_string())
}

/// The warnings a local build gives for `path` (a file or folder on this
/// machine) before reading any file, in the build's words: what its walk
/// met (FIFOs, devices and sockets named as documents, symbolic links to
/// nothing, documents of a format it does not read, a folder with nothing
/// to read, a missing path), and a FIFO or device given itself. Hadoop's
/// listing leaves the first ones out without a word; the Spark job says
/// them for inputs on the local file system, as the build does.
#[pyfunction]
fn walk_errors(path: &str) -> Vec<String> {
    let path = PathBuf::from(path);
    // A FIFO or device given itself: refused from its metadata, never
    // opened (Spark's reader would wait on a FIFO for a writer).
    if std::fs::metadata(&path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        return unxref::corpus::read_file(&path, DEFAULT_MAX_FILE_SIZE)
            .err()
            .map(|e| e.to_string())
            .into_iter()
            .collect();
    }
    let (_, errors) = unxref::corpus::collect_files(&[path]);
    errors.iter().map(ToString::to_string).collect()
}

/// The native module.
#[pymodule]
fn _unxref(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<NativeGraph>()?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(wanted_file, m)?)?;
    m.add_function(wrap_pyfunction!(load_error, m)?)?;
    m.add_function(wrap_pyfunction!(walk_errors, m)?)?;
    m.add("MAX_FILE_SIZE", DEFAULT_MAX_FILE_SIZE)?;
    m.add("CRATE_VERSION", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
