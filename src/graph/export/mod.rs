//! Exports of the whole graph to the formats research tools read: JSON
//! (every attribute), GraphML (Gephi, yEd, NetworkX, igraph), CSV for Neo4j's
//! bulk import, CSV edge lists (Spark GraphFrames, DuckDB, pandas), DOT
//! (Graphviz) and N-Triples (any SPARQL store).
//!
//! Every writer is a pure function from a [`CitationGraph`] to text, with
//! nodes sorted by id and edges by (source, target, kind), so the same graph
//! always gives the same bytes. [`write()`] puts a format's files on disk
//! atomically; [`crate::graph::import`] reads JSON and GraphML back.
//!
//! ```
//! use unxref::graph::export::{self, Format};
//! use unxref::{CitationGraph, EdgeAttrs, EdgeKind, Link, NodeRef};
//! let mut graph = CitationGraph::new();
//! let doc = |s: &str| NodeRef::document(&s.parse().unwrap());
//! graph.add_link(&Link {
//!     source: doc("S/RES/2531 (2020)"),
//!     target: doc("S/RES/1325 (2000)"),
//!     kind: EdgeKind::Cites,
//!     attrs: EdgeAttrs { relation: Some("recalling".into()), ..EdgeAttrs::default() },
//! });
//! let files = export::render(&graph, Format::Neo4j);
//! assert_eq!(files[0].name, "nodes.csv");
//! assert!(files[1].text.contains("S/RES/2531 (2020),S/RES/1325 (2000),CITES,recalling"));
//! ```

mod csv;
pub(crate) mod dot;
mod graphml;

/// XML-escape text or an attribute value (used by GraphML here and by the SVG writer).
pub(crate) use graphml::escape as xml_escape_into;
mod ntriples;

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde_json::{Map, Value, json};
use thiserror::Error;

use super::CitationGraph;
use crate::model::{Edge, EdgeAttrs, Evidence, Node};

pub use self::csv::{to_edge_list, to_neo4j_csv};
pub use self::dot::to_dot;
pub use self::graphml::to_graphml;
pub use self::ntriples::{ACTOR_BASE, DOCUMENT_BASE, VOCAB, node_iri, to_ntriples};

/// An export format.
///
/// ```
/// use unxref::graph::export::Format;
/// let format: Format = "graphml".parse()?;
/// assert_eq!(format, Format::GraphMl);
/// assert_eq!(format.default_name(), "graph.graphml");
/// assert_eq!("nt".parse::<Format>()?, Format::NTriples);
/// # Ok::<(), String>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// One JSON object with every attribute ([`to_json`]).
    Json,
    /// GraphML for Gephi, yEd, NetworkX and igraph ([`to_graphml`]).
    GraphMl,
    /// Graphviz DOT of the whole graph ([`to_dot`]).
    Dot,
    /// `nodes.csv` and `relationships.csv` for `neo4j-admin database import` ([`to_neo4j_csv`]).
    Neo4j,
    /// `nodes.csv` (`id,…`) and `edges.csv` (`src,dst,kind,…`) for Spark
    /// GraphFrames, DuckDB and pandas ([`to_edge_list`]).
    EdgeList,
    /// N-Triples with stable IRIs, for SPARQL stores ([`to_ntriples`]).
    NTriples,
}

impl Format {
    /// Every format, in display order.
    ///
    /// ```
    /// use unxref::graph::export::Format;
    /// let names: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
    /// assert_eq!(names, ["json", "graphml", "dot", "neo4j", "csv", "ntriples"]);
    /// ```
    pub const ALL: [Format; 6] = [
        Format::Json,
        Format::GraphMl,
        Format::Dot,
        Format::Neo4j,
        Format::EdgeList,
        Format::NTriples,
    ];

    /// The name used on the command line (`graphml`, `neo4j`, …).
    ///
    /// ```
    /// assert_eq!(unxref::graph::export::Format::EdgeList.as_str(), "csv");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::GraphMl => "graphml",
            Format::Dot => "dot",
            Format::Neo4j => "neo4j",
            Format::EdgeList => "csv",
            Format::NTriples => "ntriples",
        }
    }

    /// The usual name of the export: a file name (`graph.graphml`) for
    /// single-file formats, a folder name (`neo4j`, `csv`) for the others.
    ///
    /// ```
    /// use unxref::graph::export::Format;
    /// assert_eq!(Format::NTriples.default_name(), "graph.nt");
    /// assert_eq!(Format::Neo4j.default_name(), "neo4j");
    /// ```
    pub fn default_name(self) -> &'static str {
        match self {
            Format::Json => "graph.json",
            Format::GraphMl => "graph.graphml",
            Format::Dot => "graph.dot",
            Format::Neo4j => "neo4j",
            Format::EdgeList => "csv",
            Format::NTriples => "graph.nt",
        }
    }

    /// True for formats made of several files, which [`write()`] puts in a folder.
    ///
    /// ```
    /// use unxref::graph::export::Format;
    /// assert!(Format::Neo4j.is_multi_file());
    /// assert!(!Format::GraphMl.is_multi_file());
    /// ```
    pub fn is_multi_file(self) -> bool {
        matches!(self, Format::Neo4j | Format::EdgeList)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Format, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "json" => Ok(Format::Json),
            "graphml" => Ok(Format::GraphMl),
            "dot" | "gv" => Ok(Format::Dot),
            "neo4j" => Ok(Format::Neo4j),
            "csv" | "edgelist" | "edge-list" => Ok(Format::EdgeList),
            "ntriples" | "nt" | "n-triples" => Ok(Format::NTriples),
            _ => Err(format!(
                "unknown export format {s:?} (expected one of: json, graphml, dot, neo4j, csv, ntriples)"
            )),
        }
    }
}

/// One output file of an export: the name it takes inside an output folder
/// and its text.
///
/// ```
/// use unxref::graph::export::{self, Format};
/// let files = export::render(&unxref::CitationGraph::new(), Format::Json);
/// assert_eq!(files[0].name, "graph.json");
/// assert_eq!(files[0].text, "{\n  \"edges\": [],\n  \"nodes\": []\n}\n");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    /// File name (`graph.graphml`, `nodes.csv`, …).
    pub name: &'static str,
    /// The file's contents.
    pub text: String,
}

/// An export that could not be written.
///
/// ```
/// use unxref::graph::export::{self, ExportError, Format};
/// let dir = tempfile::tempdir()?;
/// let file = dir.path().join("graph.json");
/// std::fs::write(&file, "{}")?;
/// let err = export::write(&unxref::CitationGraph::new(), Format::Neo4j, &file).unwrap_err();
/// assert!(matches!(err, ExportError::NotAFolder { .. }));
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ExportError {
    /// A file or folder could not be created or written: a read-only folder, a full disk.
    #[error("{path}: cannot write: {source}")]
    Io {
        /// The path concerned.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// A multi-file format was asked to write to a path that is an existing
    /// file: `unxref export --format neo4j -o graph.json`.
    #[error(
        "{path}: the {format} export writes several files and needs a folder, but this is a file (give a folder with -o DIR)"
    )]
    NotAFolder {
        /// The path concerned.
        path: PathBuf,
        /// The format asked for.
        format: Format,
    },
    /// The target exists and does not look like an earlier export in this
    /// format (a file of notes given as `-o notes.txt`); it is left alone.
    #[error("{path}: exists and is not an unxref {format} export; refusing to overwrite it (use --force)")]
    WouldOverwrite {
        /// The file concerned.
        path: PathBuf,
        /// The format asked for.
        format: Format,
    },
    /// A file could not be written: `-o /dev/null`, `-o missing/graph.json`.
    #[error(transparent)]
    Write(#[from] crate::error::WriteError),
}

/// The files of `graph` exported as `format`: one for single-file formats,
/// two (nodes, then edges) for [`Format::Neo4j`] and [`Format::EdgeList`].
///
/// ```
/// use unxref::graph::export::{self, Format};
/// let files = export::render(&unxref::CitationGraph::new(), Format::EdgeList);
/// let names: Vec<&str> = files.iter().map(|f| f.name).collect();
/// assert_eq!(names, ["nodes.csv", "edges.csv"]);
/// ```
pub fn render(graph: &CitationGraph, format: Format) -> Vec<ExportFile> {
    let one = |text| {
        vec![ExportFile {
            name: format.default_name(),
            text,
        }]
    };
    match format {
        Format::Json => one(to_json(graph)),
        Format::GraphMl => one(to_graphml(graph)),
        Format::Dot => one(to_dot(graph)),
        Format::NTriples => one(to_ntriples(graph)),
        Format::Neo4j => {
            let (nodes, relationships) = to_neo4j_csv(graph);
            vec![
                ExportFile {
                    name: "nodes.csv",
                    text: nodes,
                },
                ExportFile {
                    name: "relationships.csv",
                    text: relationships,
                },
            ]
        }
        Format::EdgeList => {
            let (nodes, edges) = to_edge_list(graph);
            vec![
                ExportFile {
                    name: "nodes.csv",
                    text: nodes,
                },
                ExportFile {
                    name: "edges.csv",
                    text: edges,
                },
            ]
        }
    }
}

/// Export `graph` as `format` to `path` and return the files written.
///
/// Single-file formats write `path` itself. Multi-file formats treat `path`
/// as a folder, create it if needed (but no folder above it, like every
/// writer) and write their files inside it, holding the folder
/// ([`crate::output::lock_folder`]: a second export into it at once is
/// refused) and renaming them into place only once all are written
/// ([`crate::output::write_set_atomically`]). A reader never sees half a
/// file, nor (but for the moment between two renames) files of two
/// exports, and a device or a FIFO is never written to.
///
/// ```
/// use unxref::graph::export::{self, Format};
/// let dir = tempfile::tempdir()?;
/// let written = export::write(&unxref::CitationGraph::new(), Format::Neo4j, &dir.path().join("neo4j"))?;
/// assert_eq!(written.len(), 2);
/// assert!(written[1].ends_with("relationships.csv"));
/// // The folder's parent must exist.
/// assert!(export::write(&unxref::CitationGraph::new(), Format::Neo4j, &dir.path().join("a/b")).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write(graph: &CitationGraph, format: Format, path: &Path) -> Result<Vec<PathBuf>, ExportError> {
    let files = render(graph, format);
    if !format.is_multi_file() {
        crate::output::write_atomically(path, files[0].text.as_bytes())?;
        return Ok(vec![path.to_path_buf()]);
    }
    if !crate::output::ensure_folder(path)? {
        return Err(ExportError::NotAFolder {
            path: path.to_path_buf(),
            format,
        });
    }
    // One writer at a time in the folder, and the files renamed in place
    // only once all are written: the set is one export's, whole.
    let _held = crate::output::lock_folder(path)?;
    let written: Vec<PathBuf> = files.iter().map(|file| path.join(file.name)).collect();
    let set: Vec<(&Path, &[u8])> = written
        .iter()
        .zip(&files)
        .map(|(target, file)| (target.as_path(), file.text.as_bytes()))
        .collect();
    crate::output::write_set_atomically(&set)?;
    Ok(written)
}

/// `write`, but an existing file is replaced only if it looks like an
/// earlier export in the same format (or `force` is set), so that
/// `-o notes.txt` does not destroy someone's notes.
///
/// ```
/// use unxref::graph::export::{self, ExportError, Format};
/// let dir = tempfile::tempdir()?;
/// let file = dir.path().join("graph.json");
/// std::fs::write(&file, "my notes")?;
/// let graph = unxref::CitationGraph::new();
/// let err = export::save(&graph, Format::Json, &file, false).unwrap_err();
/// assert!(matches!(err, ExportError::WouldOverwrite { .. }));
/// export::save(&graph, Format::Json, &file, true)?;
/// export::save(&graph, Format::Json, &file, false)?; // its own export: replaced
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn save(
    graph: &CitationGraph,
    format: Format,
    path: &Path,
    force: bool,
) -> Result<Vec<PathBuf>, ExportError> {
    use crate::output::{Existing, check_target};
    // A multi-file export into a path that is not yet a folder replaces
    // nothing: `write` makes the folder or says why it cannot.
    if !force && (!format.is_multi_file() || path.is_dir()) {
        for file in &render(graph, format) {
            let target = if format.is_multi_file() {
                path.join(file.name)
            } else {
                path.to_path_buf()
            };
            // Checked before anything opens it: reading a FIFO would block.
            if check_target(&target)? == Existing::File && !looks_like_export(&target, format, &file.text) {
                return Err(ExportError::WouldOverwrite { path: target, format });
            }
        }
    }
    write(graph, format, path)
}

/// True when the file at `path` starts the way an export as `format` does:
/// `digraph unxref {`, the GraphML keys, the N-Triples vocabulary, the JSON
/// `edges` list, or for CSV the same header line as `new_text`.
fn looks_like_export(path: &Path, format: Format, new_text: &str) -> bool {
    use std::io::Read;
    let mut head = Vec::with_capacity(4096);
    if std::fs::File::open(path)
        .and_then(|f| f.take(4096).read_to_end(&mut head))
        .is_err()
    {
        return false;
    }
    let head = String::from_utf8_lossy(&head);
    if head.is_empty() {
        return true; // nothing to lose
    }
    match format {
        Format::Json => head.trim_start().starts_with('{') && head.contains("\"edges\": ["),
        Format::GraphMl => head.contains("<graphml") && head.contains("id=\"v_kind\""),
        Format::NTriples => head.contains("<https://unxref.org/ns#"),
        Format::Dot | Format::Neo4j | Format::EdgeList => head.lines().next() == new_text.lines().next(),
    }
}

/// The graph as one JSON object: `{"nodes": [{"id", "kind", "label", …}],
/// "edges": [{"source", "target", "kind", …}]}`, attributes that are unset
/// left out, nodes and edges in sorted order.
///
/// ```
/// use unxref::{CitationGraph, Node, NodeKind};
/// let mut graph = CitationGraph::new();
/// graph.add_node(Node::new("actor:MINUSMA", NodeKind::Actor, "MINUSMA"));
/// let json: serde_json::Value = serde_json::from_str(&unxref::graph::export::to_json(&graph))?;
/// assert_eq!(json["nodes"][0]["id"], "actor:MINUSMA");
/// assert_eq!(json["nodes"][0]["kind"], "actor");
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn to_json(graph: &CitationGraph) -> String {
    let nodes: Vec<Value> = graph.nodes().map(|node| node_json_in(graph, node)).collect();
    let edges: Vec<Value> = graph.edges().map(edge_json).collect();
    let mut text = serde_json::to_string_pretty(&json!({"nodes": nodes, "edges": edges}))
        .expect("JSON values serialize");
    text.push('\n');
    text
}

/// A node of `graph` as the JSON export writes it: [`node_json`], the
/// meeting that adopted it, `meeting`, stated with a tally or not
/// ([`CitationGraph::adopting_meeting`]), and the graph's one count of the
/// documents citing it, `citations` ([`CitationGraph::citation_count`]).
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// let node = graph.node("S/RES/1325 (2000)").expect("cited in the seeds");
/// let value = unxref::graph::export::node_json_in(&graph, node);
/// let ix = graph.index_of(&node.id).expect("a node of the graph");
/// assert_eq!(value["citations"], graph.citation_count(ix));
/// ```
pub fn node_json_in(graph: &CitationGraph, node: &Node) -> Value {
    let mut value = node_json(node);
    if let Value::Object(obj) = &mut value {
        let ix = graph.index_of(&node.id);
        if let Some(meeting) = ix.and_then(|ix| graph.adopting_meeting(ix)) {
            obj.insert("meeting".into(), json!(meeting));
        }
        obj.insert(
            "citations".into(),
            json!(ix.map_or(0, |ix| graph.citation_count(ix))),
        );
    }
    value
}

/// A node as a JSON object with its set attributes.
///
/// ```
/// use unxref::{Node, NodeKind};
/// let value = unxref::graph::export::node_json(&Node::new("state:France", NodeKind::State, "France"));
/// assert_eq!(value["label"], "France");
/// assert_eq!(value["held"], false);
/// assert!(value.get("title").is_none());
/// ```
pub fn node_json(node: &Node) -> Value {
    let mut obj = Map::new();
    obj.insert("id".into(), json!(node.id));
    obj.insert("kind".into(), json!(node.kind.as_str()));
    obj.insert("label".into(), json!(node.label));
    let mut put = |k: &str, v: Option<Value>| {
        if let Some(v) = v {
            obj.insert(k.into(), v);
        }
    };
    put("title", node.title.as_ref().map(|v| json!(v)));
    put("date", node.date.as_ref().map(|v| json!(v)));
    put("year", node.year.map(|v| json!(v)));
    put("agenda", node.agenda.as_ref().map(|v| json!(v)));
    put("category", node.category.as_ref().map(|v| json!(v)));
    put("aliases", (!node.aliases.is_empty()).then(|| json!(node.aliases)));
    put("held", Some(json!(node.held)));
    put("source", node.source.as_ref().map(evidence_json));
    put("tally", node.tally.as_ref().map(tally_json));
    Value::Object(obj)
}

/// An edge as a JSON object: `source`, `target`, `kind` and its set
/// attributes.
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// let first = graph.edges().next().expect("an edge");
/// let value = unxref::graph::export::edge_json(first);
/// assert_eq!(value["source"], first.source.id.as_str());
/// assert_eq!(value["kind"], first.edge.kind.as_str());
/// ```
pub fn edge_json(e: crate::graph::EdgeView<'_>) -> Value {
    let mut obj = Map::new();
    obj.insert("source".into(), json!(e.source.id));
    obj.insert("target".into(), json!(e.target.id));
    obj.insert("kind".into(), json!(e.edge.kind.as_str()));
    edge_attrs_json(e.edge.attrs(), &mut obj);
    Value::Object(obj)
}

/// A resolution's tally as a JSON object with its stated counts.
pub(crate) fn tally_json(t: &crate::model::Tally) -> Value {
    let mut obj = Map::new();
    // Adopted without a vote: neither unanimous nor not, so not said.
    if !t.without_vote {
        obj.insert("unanimous".into(), json!(t.unanimous));
    }
    if t.without_vote {
        obj.insert("without_vote".into(), json!(true));
    }
    for (k, v) in [
        ("in_favour", t.in_favour),
        ("against", t.against),
        ("abstaining", t.abstaining),
        ("not_participating", t.not_participating),
        ("meeting", t.meeting),
    ] {
        if let Some(v) = v {
            obj.insert(k.into(), json!(v));
        }
    }
    if let Some(e) = &t.evidence {
        obj.insert("evidence".into(), evidence_json(e));
    }
    Value::Object(obj)
}

/// An edge's set attributes, added to `obj`.
///
/// ```
/// use unxref::EdgeAttrs;
/// let mut obj = serde_json::Map::new();
/// let attrs = EdgeAttrs { paragraph: Some(unxref::Paragraph::Operative(16)), count: 2, ..EdgeAttrs::default() };
/// unxref::graph::export::edge_attrs_json(&attrs, &mut obj);
/// assert_eq!(obj["paragraph"], "16");
/// assert_eq!(obj["count"], 2);
/// ```
pub fn edge_attrs_json(attrs: &EdgeAttrs, obj: &mut Map<String, Value>) {
    let mut put = |k: &str, v: Option<Value>| {
        if let Some(v) = v {
            obj.insert(k.into(), v);
        }
    };
    put("relation", attrs.relation.as_ref().map(|v| json!(v)));
    put("paragraph", attrs.paragraph.as_ref().map(|v| json!(v)));
    put("pinpoint", attrs.pinpoint.as_ref().map(|v| json!(v)));
    put("position", attrs.position.map(|v| json!(v.as_str())));
    put("date", attrs.date.as_ref().map(|v| json!(v)));
    put("role", attrs.role.as_ref().map(|v| json!(v)));
    put("represents", attrs.represents.as_ref().map(|v| json!(v)));
    put("count", Some(json!(attrs.count)));
    put("evidence", attrs.evidence.as_ref().map(evidence_json));
}

fn evidence_json(e: &Evidence) -> Value {
    json!({"file": e.file, "page": e.page, "line": e.line, "quote": e.quote})
}

/// The type of a flattened column, as the tabular formats declare it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ColumnType {
    Text,
    Int,
    /// A true/false every row has (`held`).
    Bool,
    /// A true/false only some rows record (a tally's `unanimous`): where
    /// a format's readers fill a missing boolean with false (igraph's
    /// GraphML reader), it is written as an integer, 1 or 0, whose
    /// missing value reads as missing (NaN).
    OptionalBool,
    /// An ISO date, `2000-10-31`: a `date` where the format has the type.
    Date,
    List,
}

/// A flattened attribute: its name and type.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Column {
    pub name: &'static str,
    pub ty: ColumnType,
}

const fn col(name: &'static str, ty: ColumnType) -> Column {
    Column { name, ty }
}

/// One cell of a flattened row.
#[derive(Debug, Clone)]
pub(crate) enum Field<'a> {
    Text(std::borrow::Cow<'a, str>),
    Int(i64),
    Bool(bool),
    List(&'a [String]),
}

impl<'a> Field<'a> {
    fn text(s: &'a str) -> Field<'a> {
        Field::Text(s.into())
    }
}

/// The node attributes every tabular format writes, in order (the id comes first, apart).
pub(crate) const NODE_COLUMNS: [Column; 24] = [
    col("kind", ColumnType::Text),
    col("label", ColumnType::Text),
    col("title", ColumnType::Text),
    col("date", ColumnType::Date),
    col("year", ColumnType::Int),
    col("agenda", ColumnType::Text),
    col("category", ColumnType::Text),
    col("aliases", ColumnType::List),
    col("held", ColumnType::Bool),
    col("source_file", ColumnType::Text),
    col("source_line", ColumnType::Int),
    col("source_page", ColumnType::Int),
    col("source_quote", ColumnType::Text),
    col("unanimous", ColumnType::OptionalBool),
    col("votes_in_favour", ColumnType::Int),
    col("votes_against", ColumnType::Int),
    col("abstentions", ColumnType::Int),
    col("not_participating", ColumnType::Int),
    col("meeting", ColumnType::Int),
    col("without_vote", ColumnType::OptionalBool),
    col("tally_file", ColumnType::Text),
    col("tally_line", ColumnType::Int),
    col("tally_quote", ColumnType::Text),
    col("citations", ColumnType::Int),
];

/// A node's cells, in [`NODE_COLUMNS`] order; `None` for an unset attribute.
/// `citations` is the graph's one count of the documents citing the node
/// ([`CitationGraph::citation_count`]); `meeting` the meeting that adopted
/// it, stated with a tally or not ([`CitationGraph::adopting_meeting`]).
pub(crate) fn node_fields<'a>(graph: &CitationGraph, node: &'a Node) -> [Option<Field<'a>>; 24] {
    let ix = graph.index_of(&node.id);
    let citations = ix.map_or(0, |ix| graph.citation_count(ix));
    let meeting = ix.and_then(|ix| graph.adopting_meeting(ix));
    let source = node.source.as_ref();
    let tally = node.tally.as_ref();
    let count = |f: fn(&crate::model::Tally) -> Option<u32>| tally.and_then(f).map(|n| Field::Int(n.into()));
    [
        Some(Field::text(node.kind.as_str())),
        Some(Field::text(&node.label)),
        node.title.as_deref().map(Field::text),
        node.date.map(|d| Field::Text(d.to_string().into())),
        node.year.map(|y| Field::Int(y.into())),
        node.agenda.as_deref().map(Field::text),
        node.category.map(|c| Field::text(c.as_str())),
        (!node.aliases.is_empty()).then_some(Field::List(&node.aliases)),
        Some(Field::Bool(node.held)),
        source.map(|e| Field::text(&e.file)),
        source.map(|e| Field::Int(e.line.into())),
        source.and_then(|e| e.page).map(|p| Field::Int(p.into())),
        source.map(|e| Field::text(&e.quote)),
        tally
            .filter(|t| !t.without_vote)
            .map(|t| Field::Bool(t.unanimous)),
        count(|t| t.in_favour),
        count(|t| t.against),
        count(|t| t.abstaining),
        count(|t| t.not_participating),
        meeting.map(|n| Field::Int(n.into())),
        tally.map(|t| Field::Bool(t.without_vote)),
        tally
            .and_then(|t| t.evidence.as_ref())
            .map(|e| Field::text(&e.file)),
        tally
            .and_then(|t| t.evidence.as_ref())
            .map(|e| Field::Int(e.line.into())),
        tally
            .and_then(|t| t.evidence.as_ref())
            .map(|e| Field::text(&e.quote)),
        Some(Field::Int(citations as i64)),
    ]
}

/// The edge attributes every tabular format writes, in order (the ends come first, apart).
pub(crate) const EDGE_COLUMNS: [Column; 13] = [
    col("kind", ColumnType::Text),
    col("relation", ColumnType::Text),
    col("paragraph", ColumnType::Text),
    col("pinpoint", ColumnType::Text),
    col("position", ColumnType::Text),
    col("date", ColumnType::Date),
    col("role", ColumnType::Text),
    col("represents", ColumnType::Text),
    col("count", ColumnType::Int),
    col("evidence_file", ColumnType::Text),
    col("evidence_line", ColumnType::Int),
    col("evidence_page", ColumnType::Int),
    col("evidence_quote", ColumnType::Text),
];

/// An edge's cells, in [`EDGE_COLUMNS`] order; `None` for an unset attribute.
pub(crate) fn edge_fields(edge: &Edge) -> [Option<Field<'_>>; 13] {
    let a = edge.attrs();
    let evidence = a.evidence.as_ref();
    [
        Some(Field::text(edge.kind.as_str())),
        a.relation.as_deref().map(Field::text),
        a.paragraph.map(|p| Field::Text(p.to_string().into())),
        a.pinpoint.as_deref().map(Field::text),
        a.position.map(|p| Field::text(p.as_str())),
        a.date.map(|d| Field::Text(d.to_string().into())),
        a.role.as_deref().map(Field::text),
        a.represents.as_deref().map(Field::text),
        Some(Field::Int(a.count.into())),
        evidence.map(|e| Field::text(&e.file)),
        evidence.map(|e| Field::Int(e.line.into())),
        evidence.and_then(|e| e.page).map(|p| Field::Int(p.into())),
        evidence.map(|e| Field::text(&e.quote)),
    ]
}

/// Join a list with `sep`, escaping `sep` and `\` inside items with a
/// backslash, so [`split_list`] gives the items back exactly.
pub(crate) fn join_list(items: &[String], sep: char) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        for c in item.chars() {
            if c == sep || c == '\\' {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// The inverse of [`join_list`].
pub(crate) fn split_list(text: &str, sep: char) -> Vec<String> {
    let mut items = vec![String::new()];
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    items.last_mut().expect("never empty").push(next);
                }
            }
            c if c == sep => items.push(String::new()),
            c => items.last_mut().expect("never empty").push(c),
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_escaping_round_trips() {
        let items: Vec<String> = ["a|b", "c\\d", "", "plain"].map(String::from).to_vec();
        let joined = join_list(&items, '|');
        assert_eq!(joined, "a\\|b|c\\\\d||plain");
        assert_eq!(split_list(&joined, '|'), items);
    }

    #[test]
    fn format_names_parse_back() {
        for format in Format::ALL {
            assert_eq!(format.as_str().parse::<Format>(), Ok(format));
        }
        assert!("xlsx".parse::<Format>().unwrap_err().contains("graphml"));
    }
}
