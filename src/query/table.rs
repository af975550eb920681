//! The result of a query: rows of nodes (with the edge that reached them:
//! relation, paragraph, vote, evidence), of paths, of groups, or a count;
//! printed as an aligned table, JSON (the contract in DESIGN.md) or CSV.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::sync::OnceLock;

use serde_json::{Map, Value as Json, json};

use petgraph::stable_graph::{EdgeIndex, NodeIndex};

use super::Metric;
use super::error::QueryError;
use super::eval::{Hit, Output, PathVal, Val};
use super::resolve::Field;
use crate::graph::CitationGraph;
use crate::model::{Category, Date, Edge, EdgeKind, Evidence, Node, NodeKind, Paragraph, VotePosition};

/// The result of a query.
///
/// A table of nodes borrows the graph it came from: it holds the nodes it
/// found, in order, with the edge that reached each, and reads their ids,
/// labels and evidence from the graph the first time its rows are read
/// ([`Table::rows`], the printers). Counting rows reads nothing.
/// [`Table::into_owned`] gives a table that no longer borrows the graph.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// let table = graph.query("what does 2518 cite")?;
/// assert_eq!(table.columns(), ["id", "kind", "label", "relation", "paragraph", "evidence"]);
/// assert_eq!(table.node_ids(), ["S/RES/2378 (2017)", "S/RES/2436 (2018)"]);
/// assert!(table.to_csv().starts_with("id,kind,label,relation,paragraph,evidence,quote\n"));
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Clone, Default)]
pub struct Table<'g> {
    /// The columns, chosen on first read from `pending` (which optional
    /// columns its hits fill), or at once for other tables.
    columns: OnceLock<Vec<Column>>,
    /// The rows, built on first read from `pending`, or at once for tables
    /// of paths, groups, counts and plans.
    rows: OnceLock<Vec<Row>>,
    pending: Option<Pending<'g>>,
    len: usize,
    note: Option<String>,
    notes: Vec<String>,
    render_to: Option<String>,
    omitted: usize,
    /// True when `| select` chose the columns (json keeps only those keys).
    selected: bool,
    /// An empty answer is unknown, not none ([`Output::undecided`]).
    undecided: bool,
}

/// Node rows not yet read: the hits they come from, and their graph.
#[derive(Clone)]
struct Pending<'g> {
    graph: &'g CitationGraph,
    hits: Vec<Hit>,
    show: bool,
    metric: Option<Metric>,
}

impl PartialEq for Table<'_> {
    fn eq(&self, other: &Table<'_>) -> bool {
        self.cols() == other.cols()
            && self.note == other.note
            && self.notes == other.notes
            && self.render_to == other.render_to
            && self.omitted == other.omitted
            && self.rows() == other.rows()
    }
}

impl std::fmt::Debug for Table<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Table")
            .field("columns", &self.cols())
            .field("rows", &self.rows())
            .field("note", &self.note)
            .field("notes", &self.notes)
            .field("render_to", &self.render_to)
            .field("omitted", &self.omitted)
            .finish()
    }
}

/// One row of a [`Table`].
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::query::Row;
/// let table = graph.query("shortest path from 2531 to 1325")?;
/// match &table.rows()[0] {
///     Row::Path(path) => assert_eq!(path.nodes, ["S/RES/2531 (2020)", "S/RES/1325 (2000)"]),
///     other => panic!("expected a path, got {other:?}"),
/// }
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Row {
    /// A node, and how the query reached it.
    Node(Box<NodeRow>),
    /// A path.
    Path(PathRow),
    /// A group and its size (`group by year`).
    Group(GroupRow),
    /// An exact count (`| count`).
    Count(u64),
    /// A count that candidates left undecided for lack of a record (a
    /// vote, a date) could change: at least `known`, perhaps `unknown`
    /// more. Never an exact figure: shown as `at least N`, or `unknown`
    /// when none is known.
    PartialCount(PartialCount),
    /// A line of a plan (`explain`).
    Plan(String),
    /// An edge (`… | edges`): its two ends, kind and attributes.
    Edge(Box<EdgeRow>),
}

/// An edge row (`… | edges`): one per edge the query matched, with the
/// edge's own direction (source → target) whichever way the walk went.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::{EdgeKind, VotePosition, query::Row};
/// // The United Kingdom's letter (annex XII of the 2553 letter) votes in favour.
/// let table = graph.query("all states -> voted where node = 2553 | edges")?;
/// assert_eq!(table.len(), 15);
/// let Row::Edge(row) = &table.rows()[0] else { unreachable!() };
/// assert_eq!((row.kind, row.target.as_str()), (EdgeKind::Voted, "S/RES/2553 (2020)"));
/// assert_eq!(row.position, Some(VotePosition::InFavour));
/// assert_eq!(row.via.as_deref(), Some("S/2020/1158"));
/// assert_eq!(table.columns()[..3], ["source", "target", "kind"]);
/// // The row leads back to the graph.
/// assert_eq!(graph.node_at(row.target_index).unwrap().id, row.target);
/// // The vote is recorded on the draft: the row's edge ends there.
/// let (s, t) = graph.petgraph().edge_endpoints(row.index).unwrap();
/// assert_eq!((s, graph.node_at(t).unwrap().id.as_str()), (row.source_index, "S/2020/1158"));
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EdgeRow {
    /// The edge in the graph ([`CitationGraph::petgraph`]); for an edge read
    /// from a resolution's draft, the draft's edge. Not serialised: an index
    /// means something only in its graph.
    #[serde(skip)]
    pub index: EdgeIndex,
    /// The graph index of `source`.
    #[serde(skip)]
    pub source_index: NodeIndex,
    /// The graph index of `target`.
    #[serde(skip)]
    pub target_index: NodeIndex,
    /// The node the edge leaves (a resolution for an edge read from its draft).
    pub source: String,
    /// The node the edge reaches.
    pub target: String,
    /// The edge's kind.
    pub kind: EdgeKind,
    /// The relation of a citation (`recalling`).
    pub relation: Option<String>,
    /// The paragraph of the source where the fact stands.
    pub paragraph: Option<Paragraph>,
    /// The paragraph of the cited document.
    pub pinpoint: Option<String>,
    /// The vote, for `voted` edges.
    pub position: Option<VotePosition>,
    /// The end date of an extended mandate.
    pub end_date: Option<Date>,
    /// How often the fact was met.
    pub count: u32,
    /// The draft whose edge this is, when its resolution stands for it.
    pub via: Option<String>,
    /// A citation of a document adopted later than the citing one
    /// ([`CitationGraph::is_suspect`]).
    pub suspect: bool,
    /// Where the fact was read.
    pub evidence: Option<Evidence>,
}

/// A node row: the node's fields, and the edge that reached it where the
/// query followed one.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::{EdgeKind, query::Row};
/// let table = graph.query("what does 2531 cite where node = 2391")?;
/// let Row::Node(row) = &table.rows()[0] else { unreachable!() };
/// assert_eq!((row.id.as_str(), row.edge, row.from.as_deref()), ("S/RES/2391 (2017)", Some(EdgeKind::Cites), Some("S/RES/2531 (2020)")));
/// // Draft S/2020/600, paragraph 37: "… the conditions set by resolution 2391 (2017)";
/// // paragraph 38 names its paragraph 13.
/// // The verbs of its other citations of 2391 follow the first.
/// assert_eq!((row.relation.as_deref(), row.paragraph, row.pinpoint.as_deref()), (Some("set by; recalling; expressing; set out in; implementation of; referred to in"), Some(unxref::Paragraph::Operative(37)), Some("13")));
/// assert_eq!(row.via.as_deref(), Some("S/2020/600"));
/// // The row leads back to the graph, for petgraph's algorithms.
/// assert_eq!(graph.node_at(row.index).map(|n| n.id.as_str()), Some("S/RES/2391 (2017)"));
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct NodeRow {
    /// The node in the graph ([`CitationGraph::petgraph`]). Not serialised:
    /// an index means something only in its graph.
    #[serde(skip)]
    pub index: NodeIndex,
    /// The edge that reached the node, when a walk did (the draft's edge
    /// for one read from a resolution's draft).
    #[serde(skip)]
    pub edge_index: Option<EdgeIndex>,
    /// Node id (`S/RES/2531 (2020)`, `state:France`).
    pub id: String,
    /// Node kind.
    pub kind: NodeKind,
    /// Short label.
    pub label: String,
    /// Title or full name.
    pub title: Option<String>,
    /// ISO date.
    pub date: Option<Date>,
    /// Year.
    pub year: Option<u16>,
    /// True when the corpus holds the document's text.
    pub held: bool,
    /// Steps from the start of the walk (0 for a start node or a plain set).
    pub depth: u32,
    /// The node the walk came from.
    pub from: Option<String>,
    /// The kind of the edge followed.
    pub edge: Option<EdgeKind>,
    /// True when the edge was followed from its source to its target.
    pub forward: bool,
    /// The edge's relation (`recalling`).
    pub relation: Option<String>,
    /// The paragraph of the citing document.
    pub paragraph: Option<Paragraph>,
    /// The paragraph of the cited document.
    pub pinpoint: Option<String>,
    /// The vote, for `voted` edges.
    pub position: Option<VotePosition>,
    /// The end date of an extended mandate.
    pub end_date: Option<Date>,
    /// The draft whose edge this is, when a resolution inherits it.
    pub via: Option<String>,
    /// The score of the ranking (citations, pagerank, count, score).
    pub score: Option<f64>,
    /// Where the edge was read.
    pub evidence: Option<Evidence>,
    /// The documents it cites, through its draft too (for `show`; see
    /// [`CitationGraph::cited`]).
    pub cites: Option<usize>,
    /// The documents citing it (for `show`; see [`CitationGraph::citers`]).
    pub cited_by: Option<usize>,
    /// What kind of actor it is (`mission`, `committee`), for an actor.
    pub category: Option<crate::model::Category>,
    /// The documents naming it (for `show` of an actor, a state or a
    /// place: its `mentions` edges).
    pub mentioned_by: Option<usize>,
    /// How the resolution was adopted, where its text records it.
    pub tally: Option<crate::model::Tally>,
}

/// A path row: node ids from start to end and the edges between them.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::{EdgeKind, query::Row};
/// let table = graph.query("shortest path from 2531 to 1325")?;
/// let Row::Path(path) = &table.rows()[0] else { unreachable!() };
/// assert_eq!(path.steps.len(), path.nodes.len() - 1);
/// assert_eq!(path.steps[0].kind, EdgeKind::Cites);
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PathRow {
    /// Node ids in order.
    pub nodes: Vec<String>,
    /// Edge kinds between consecutive nodes, with their direction.
    pub steps: Vec<PathStep>,
}

/// One edge of a path.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::{EdgeKind, query::{PathStep, Row}};
/// let table = graph.query("shortest path from 2531 to 1325")?;
/// let Row::Path(path) = &table.rows()[0] else { unreachable!() };
/// assert_eq!(path.steps, [PathStep { kind: EdgeKind::Cites, forward: true }]);
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct PathStep {
    /// The edge's kind.
    pub kind: EdgeKind,
    /// True when the path follows the edge from source to target.
    pub forward: bool,
}

/// A node row borrowed from the graph ([`Table::views`]): the node itself
/// and how the query reached it, without copying a string.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// let table = graph.query("what cites 1325")?;
/// let years: Vec<Option<u16>> = table.views().map(|v| v.node.year()).collect();
/// assert_eq!(years.len(), table.len());
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct NodeView<'g> {
    /// The node's index in the graph.
    pub index: NodeIndex,
    /// The node.
    pub node: &'g Node,
    /// Hops from the start of the walk.
    pub depth: u32,
    /// The node the walk came from.
    pub from: Option<&'g Node>,
    /// The edge that reached the node, and its index.
    pub edge: Option<(EdgeIndex, &'g Edge)>,
    /// Whether that edge was followed in its direction.
    pub forward: bool,
    /// The draft whose edge this is, when read from a resolution's draft.
    pub via: Option<&'g Node>,
    /// The score that ranked the row (`top`, `cocited`).
    pub score: Option<f64>,
}

impl<'g> NodeView<'g> {
    fn of(graph: &'g CitationGraph, h: &Hit) -> NodeView<'g> {
        let g = graph.petgraph();
        NodeView {
            index: h.node,
            node: &g[h.node],
            depth: h.depth,
            from: h.from.map(|f| &g[f]),
            edge: h.edge.map(|(e, _)| (e, &g[e])),
            forward: h.edge.is_none_or(|(_, f)| f),
            via: h.via.map(|v| &g[v]),
            score: h.score,
        }
    }
}

/// A count some candidates of which no record decides: `known` meet the
/// conditions, `unknown` may or may not (a condition on a vote of a
/// resolution without a vote record is neither true nor false).
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::query::{PartialCount, Row};
/// // 2553 has a vote record (15 in favour); 1325 has none in data/.
/// let table = graph.query("(2553 union 1325) | where unanimous | count")?;
/// assert_eq!(table.rows(), [Row::PartialCount(PartialCount { known: 1, unknown: Some(1) })]);
/// assert_eq!(PartialCount { known: 1, unknown: Some(1) }.to_string(), "at least 1");
/// assert_eq!(PartialCount { known: 0, unknown: None }.to_string(), "unknown");
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct PartialCount {
    /// How many are known to count.
    pub known: u64,
    /// How many more may count, undecided for lack of a record; `None`
    /// when no record gives the number (the texts of a year the corpus
    /// does not hold).
    pub unknown: Option<u64>,
}

impl std::fmt::Display for PartialCount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.known {
            0 => f.write_str("unknown"),
            n => write!(f, "at least {n}"),
        }
    }
}

/// A count as a cell reads it: the figure when exact, `at least N` when
/// `unknown` more may count, `unknown` when none is known to.
fn count_text(known: u64, unknown: u64) -> String {
    match (known, unknown) {
        (n, 0) => n.to_string(),
        (0, _) => "unknown".to_string(),
        (n, _) => format!("at least {n}"),
    }
}

/// A count in JSON: `{"count": N}` when exact; `{"count": null, "known": N,
/// "unknown": U}` when undecided candidates may add to it (`U` null when no
/// record gives their number), so that no reader takes a lower bound for
/// the figure.
fn count_json(m: &mut Map<String, Json>, known: u64, unknown: Option<u64>) {
    if unknown == Some(0) {
        m.insert("count".into(), json!(known));
    } else {
        m.insert("count".into(), Json::Null);
        m.insert("known".into(), json!(known));
        m.insert("unknown".into(), json!(unknown));
    }
}

/// A group row: a value of the grouped field and how many rows had it.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::query::{GroupRow, Row};
/// let table = graph.query("2531 -> cites | group by year")?;
/// use unxref::query::GroupKey;
/// assert_eq!(table.rows()[0], Row::Group(GroupRow { key: GroupKey::Year(2000), count: 1, unknown: 0 }));
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct GroupRow {
    /// The value (`2017`, `resolution`, none).
    pub key: GroupKey,
    /// How many are known to be in the group: the exact size when
    /// `unknown` is 0.
    pub count: u64,
    /// How many more may be, left undecided by a condition for lack of a
    /// record (a vote, a date).
    pub unknown: u64,
}

/// The value a `group by` grouped on, typed by its field: `group by year`
/// gives years, `group by kind` node kinds, `group by paragraph`
/// paragraphs. Displays as the text the table shows; serialises as a number
/// for years and counts, as that text otherwise.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::{NodeKind, query::{GroupKey, Row}};
/// let table = graph.query("2531 -> cites | group by kind")?;
/// let keys: Vec<&GroupKey> = table.rows().iter().filter_map(|r| match r {
///     Row::Group(g) => Some(&g.key),
///     _ => None,
/// }).collect();
/// assert!(keys.contains(&&GroupKey::Kind(NodeKind::Resolution)));
/// assert_eq!(GroupKey::Kind(NodeKind::Resolution).to_string(), "resolution");
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupKey {
    /// No value (`(none)`): the field is not known for these rows.
    None,
    /// `group by year`.
    Year(u16),
    /// `group by date`, `group by end_date`.
    Date(Date),
    /// `group by kind`.
    Kind(NodeKind),
    /// `group by edge`.
    Edge(EdgeKind),
    /// `group by category`.
    Category(Category),
    /// `group by paragraph`.
    Paragraph(Paragraph),
    /// `group by position`.
    Position(VotePosition),
    /// Counts and numbers: `group by depth`, `group by in_favour`.
    Number(u64),
    /// Yes/no fields: `group by held`, `group by unanimous`.
    Bool(bool),
    /// Any other field's text (`group by agenda`, `group by relation`).
    Text(String),
}

/// The group of rows without a value, as the evaluator names it.
pub(crate) const NO_KEY: &str = "(none)";

impl GroupKey {
    /// The key of a field's text, typed by the field; a text its type
    /// does not read stays text.
    pub(crate) fn of(field: Field, text: String) -> GroupKey {
        if text == NO_KEY {
            return GroupKey::None;
        }
        let typed = match field {
            Field::Year => text.parse().ok().map(GroupKey::Year),
            Field::Date | Field::EndDate => text.parse().ok().map(GroupKey::Date),
            Field::Kind => text.parse().ok().map(GroupKey::Kind),
            Field::Edge => text.parse().ok().map(GroupKey::Edge),
            Field::Category => text.parse().ok().map(GroupKey::Category),
            Field::Paragraph => text.parse().ok().map(GroupKey::Paragraph),
            Field::Position => VotePosition::from_name(&text).map(GroupKey::Position),
            Field::Held | Field::Stub | Field::Suspect | Field::Unanimous | Field::WithoutVote => {
                text.parse().ok().map(GroupKey::Bool)
            }
            Field::Count
            | Field::Depth
            | Field::InFavour
            | Field::Against
            | Field::Abstentions
            | Field::NotParticipating
            | Field::Meeting => text.parse().ok().map(GroupKey::Number),
            _ => None,
        };
        typed.unwrap_or(GroupKey::Text(text))
    }
}

impl std::fmt::Display for GroupKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GroupKey::None => f.write_str("(none)"),
            GroupKey::Year(y) => write!(f, "{y}"),
            GroupKey::Date(d) => write!(f, "{d}"),
            GroupKey::Kind(k) => write!(f, "{k}"),
            GroupKey::Edge(k) => write!(f, "{k}"),
            GroupKey::Category(c) => write!(f, "{c}"),
            GroupKey::Paragraph(p) => write!(f, "{p}"),
            GroupKey::Position(p) => write!(f, "{p}"),
            GroupKey::Number(n) => write!(f, "{n}"),
            GroupKey::Bool(b) => write!(f, "{b}"),
            GroupKey::Text(t) => f.write_str(t),
        }
    }
}

impl serde::Serialize for GroupKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            GroupKey::Year(y) => serializer.serialize_u16(*y),
            GroupKey::Number(n) => serializer.serialize_u64(*n),
            other => serializer.collect_str(other),
        }
    }
}

/// An edge the query followed, for drawing its result.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::{EdgeKind, query::TableEdge};
/// let table = graph.query("what does 2518 cite")?;
/// assert_eq!(table.edges()[0], TableEdge { source: "S/RES/2518 (2020)".into(), target: "S/RES/2378 (2017)".into(), kind: EdgeKind::Cites });
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct TableEdge {
    /// Source node id.
    pub source: String,
    /// Target node id.
    pub target: String,
    /// Edge kind.
    pub kind: EdgeKind,
}

#[derive(Debug, Clone, PartialEq)]
enum Column {
    Id,
    Kind,
    Label,
    Title,
    Date,
    Held,
    Depth,
    From,
    Edge,
    Relation,
    Paragraph,
    Pinpoint,
    Position,
    EndDate,
    Via,
    Tally,
    Score(&'static str),
    Evidence,
    Quote,
    Cites,
    CitedBy,
    Category,
    MentionedBy,
    Length,
    Path,
    Key(&'static str),
    Count,
    Plan,
    Source,
    Target,
    Suspect,
}

impl Column {
    fn name(&self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::Kind => "kind",
            Column::Label => "label",
            Column::Title => "title",
            Column::Date => "date",
            Column::Held => "held",
            Column::Depth => "depth",
            Column::From => "from",
            Column::Edge => "edge",
            Column::Relation => "relation",
            Column::Paragraph => "paragraph",
            Column::Pinpoint => "pinpoint",
            Column::Position => "position",
            Column::EndDate => "end_date",
            Column::Via => "via",
            Column::Tally => "vote",
            Column::Score(name) | Column::Key(name) => name,
            Column::Evidence => "evidence",
            Column::Quote => "quote",
            Column::Cites => "cites",
            Column::CitedBy => "cited_by",
            Column::Category => "category",
            Column::MentionedBy => "mentioned_by",
            Column::Length => "length",
            Column::Path => "path",
            Column::Count => "count",
            Column::Plan => "plan",
            Column::Source => "source",
            Column::Target => "target",
            Column::Suspect => "suspect",
        }
    }
}

impl<'g> Table<'g> {
    /// A table of plan lines (what `explain` returns).
    pub(crate) fn plan(text: &str) -> Table<'g> {
        let mut table = Table {
            columns: OnceLock::from(vec![Column::Plan]),
            ..Table::default()
        };
        table.set_rows(text.lines().map(|l| Row::Plan(l.to_string())).collect());
        table
    }

    fn set_rows(&mut self, rows: Vec<Row>) {
        self.len = rows.len();
        self.rows = OnceLock::from(rows);
        self.pending = None;
    }

    /// Build the table of an evaluation.
    pub(crate) fn build(
        graph: &'g CitationGraph,
        out: Output,
        show: bool,
        note: Option<String>,
        max_rows: usize,
    ) -> Table<'g> {
        let mut table = Table {
            note,
            notes: out.notes,
            undecided: out.undecided,
            ..Table::default()
        };
        match out.val {
            Val::Nodes(mut hits, order) => {
                let total = hits.len();
                hits = order.first(hits, max_rows, graph);
                table.omitted = total - hits.len();
                table.len = hits.len();
                table.pending = Some(Pending {
                    graph,
                    hits,
                    show,
                    metric: out.metric,
                });
            }
            Val::Paths(mut paths) => {
                if paths.len() > max_rows {
                    table.omitted = paths.len() - max_rows;
                    paths.truncate(max_rows);
                }
                table.columns = OnceLock::from(vec![Column::Length, Column::Path]);
                table.set_rows(paths.iter().map(|p| Row::Path(path_row(graph, p))).collect());
            }
            Val::Groups { field, rows } => {
                table.columns = OnceLock::from(vec![Column::Key(field.name()), Column::Count]);
                table.set_rows(
                    rows.into_iter()
                        .map(|(key, count, unknown)| {
                            Row::Group(GroupRow {
                                key: GroupKey::of(field, key),
                                count,
                                unknown,
                            })
                        })
                        .collect(),
                );
            }
            Val::Count { known, unknown, open } => {
                table.columns = OnceLock::from(vec![Column::Count]);
                table.set_rows(vec![if unknown == 0 && !open {
                    Row::Count(known)
                } else {
                    Row::PartialCount(PartialCount {
                        known,
                        unknown: (!open).then_some(unknown),
                    })
                }]);
            }
            Val::Edges(mut hits) => {
                if hits.len() > max_rows {
                    table.omitted = hits.len() - max_rows;
                    hits.truncate(max_rows);
                }
                let rows: Vec<EdgeRow> = hits.iter().filter_map(|h| edge_row(graph, h)).collect();
                table.columns = OnceLock::from(edge_columns(&rows));
                table.set_rows(rows.into_iter().map(|r| Row::Edge(Box::new(r))).collect());
            }
        }
        if table.omitted > 0 {
            table.notes.push(format!(
                "{} more rows not shown (add `| limit N`, or `set max_rows = N;` to see them)",
                table.omitted
            ));
        }
        table
    }

    /// Show these columns, in this order (`| select id, relation, evidence`).
    pub(crate) fn select(&mut self, names: &[String]) -> Result<(), QueryError> {
        let mut available: Vec<Column> = if self.pending.is_some() {
            use Column::*;
            vec![
                Id,
                Kind,
                Label,
                Title,
                Date,
                Held,
                Depth,
                From,
                Edge,
                Relation,
                Paragraph,
                Pinpoint,
                Position,
                EndDate,
                Via,
                Evidence,
                Cites,
                CitedBy,
                Category,
                MentionedBy,
                Tally,
            ]
        } else {
            Vec::new()
        };
        for c in self.cols() {
            if !available.contains(c) {
                available.push(c.clone());
            }
        }
        let mut chosen = Vec::new();
        for name in names {
            match available.iter().find(|c| c.name() == name) {
                Some(c) => chosen.push(c.clone()),
                None => {
                    let known: Vec<&str> = available.iter().map(Column::name).collect();
                    return Err(QueryError::invalid(format!(
                        "select: no column {name:?} here; the columns are {}",
                        known.join(", ")
                    )));
                }
            }
        }
        // The citation counts are read for `show` only, and for a choice
        // of them.
        if chosen
            .iter()
            .any(|c| matches!(c, Column::Cites | Column::CitedBy | Column::MentionedBy))
            && let Some(p) = self.pending.as_mut()
        {
            p.show = true;
        }
        self.columns = OnceLock::from(chosen);
        self.selected = true;
        Ok(())
    }

    pub(crate) fn set_render_target(&mut self, file: String) {
        self.render_to = Some(file);
    }

    /// The column names, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// assert_eq!(graph.query("shortest path from 2531 to 1325")?.columns(), ["length", "path"]);
    /// assert_eq!(graph.query("2531 -> cites | count")?.columns(), ["count"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn columns(&self) -> Vec<&'static str> {
        self.cols().iter().map(Column::name).collect()
    }

    /// The columns, chosen now if they were not yet.
    fn cols(&self) -> &[Column] {
        self.columns.get_or_init(|| match &self.pending {
            Some(p) => node_columns(p.graph, &p.hits, p.show, p.metric),
            None => Vec::new(),
        })
    }

    /// The rows (node rows are read from the graph on the first call).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Row;
    /// assert_eq!(graph.query("what does 2531 cite | count")?.rows(), [Row::Count(14)]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn rows(&self) -> &[Row] {
        self.rows.get_or_init(|| match &self.pending {
            Some(p) => p
                .hits
                .iter()
                .map(|h| Row::Node(Box::new(node_row(p.graph, h, p.show))))
                .collect(),
            None => Vec::new(),
        })
    }

    /// The node rows as views into the graph, built as they are read: no
    /// string is copied, and a program that stops early builds no more.
    /// Empty for tables of paths, groups, counts and edges (read those with
    /// [`Table::rows`]).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let table = graph.query("what does 2531 cite")?;
    /// let first = table.views().next().unwrap();
    /// assert_eq!(first.node.id, table.node_ids()[0]);
    /// assert!(std::ptr::eq(first.node, graph.node_at(first.index).unwrap()));
    /// assert_eq!(first.from.map(|n| n.id.as_str()), Some("S/RES/2531 (2020)"));
    /// assert_eq!(table.views().count(), table.len());
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn views(&self) -> impl Iterator<Item = NodeView<'g>> + '_ {
        self.pending
            .iter()
            .flat_map(|p| p.hits.iter().map(move |h| NodeView::of(p.graph, h)))
    }

    /// Number of rows (reads no row).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// assert_eq!(graph.query("what cites 1325")?.len(), 3);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the query found nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// assert!(graph.query("who voted against 2531")?.is_empty());
    /// assert!(!graph.query("who voted for 2531")?.is_empty());
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The same table, its rows read from the graph now, so that it no
    /// longer borrows the graph (to keep it, or send it to another thread).
    ///
    /// # Examples
    ///
    /// ```
    /// let owned = {
    ///     let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    ///     graph.query("what does 2518 cite")?.into_owned()
    /// };
    /// assert_eq!(owned.node_ids(), ["S/RES/2378 (2017)", "S/RES/2436 (2018)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn into_owned(self) -> Table<'static> {
        let rows = self.rows().to_vec();
        let columns = self.cols().to_vec();
        let mut table = Table {
            columns: OnceLock::from(columns),
            note: self.note,
            notes: self.notes,
            render_to: self.render_to,
            omitted: self.omitted,
            undecided: self.undecided,
            ..Table::default()
        };
        table.set_rows(rows);
        table
    }

    /// What the query's natural form says about an empty result
    /// (`no state voted against S/RES/2531 (2020)`).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let table = graph.query("who voted against 2531")?;
    /// assert_eq!(table.empty_note(), Some("no state voted against S/RES/2531 (2020) (votes recorded on its draft included)"));
    /// // 1325 is only cited in these files: what its text says is unknown, not none.
    /// let table = graph.query("what does 1325 cite")?;
    /// assert_eq!(
    ///     table.empty_note(),
    ///     Some("the text of S/RES/1325 (2000) was not read into this graph (it is cited, not held), so nothing it says is recorded")
    /// );
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn empty_note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    /// Remarks on the result: limits reached, rows left out.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let table = graph.query("set max_rows = 3; what does 2531 cite")?;
    /// assert_eq!(table.notes(), ["11 more rows not shown (add `| limit N`, or `set max_rows = N;` to see them)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// The file a `render … to FILE` statement asks to draw into.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let table = graph.query("render what does 2518 cite to 2518.svg")?;
    /// assert_eq!(table.render_target(), Some("2518.svg"));
    /// assert_eq!(table.len(), 2);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn render_target(&self) -> Option<&str> {
        self.render_to.as_deref()
    }

    /// The ids of the nodes in the result, in row order: node rows, or every
    /// node on the paths (each once).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let table = graph.query("what does 2518 cite")?;
    /// assert_eq!(table.node_ids(), ["S/RES/2378 (2017)", "S/RES/2436 (2018)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn node_ids(&self) -> Vec<&str> {
        let mut seen = BTreeSet::new();
        let mut ids = Vec::new();
        for row in self.rows() {
            let row_ids: Vec<&str> = match row {
                Row::Node(n) => vec![n.id.as_str()],
                Row::Path(p) => p.nodes.iter().map(String::as_str).collect(),
                Row::Edge(e) => vec![e.source.as_str(), e.target.as_str()],
                _ => Vec::new(),
            };
            for id in row_ids {
                if seen.insert(id) {
                    ids.push(id);
                }
            }
        }
        ids
    }

    /// The paths in the result, as node ids.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let table = graph.query("all paths from 2531 to 1325 max 3")?;
    /// assert_eq!(table.paths(), [["S/RES/2531 (2020)", "S/RES/1325 (2000)"]]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn paths(&self) -> Vec<&[String]> {
        self.rows()
            .iter()
            .filter_map(|r| match r {
                Row::Path(p) => Some(p.nodes.as_slice()),
                _ => None,
            })
            .collect()
    }

    /// The edges the query followed (walk edges and path edges), sorted and
    /// without repeats: what a diagram of the result draws.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let table = graph.query("what cites 1325")?;
    /// let edges = table.edges();
    /// assert_eq!(edges.len(), 3);
    /// assert!(edges.iter().all(|e| e.target == "S/RES/1325 (2000)"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn edges(&self) -> Vec<TableEdge> {
        let mut edges = BTreeSet::new();
        for row in self.rows() {
            match row {
                Row::Node(n) => {
                    if let (Some(from), Some(kind)) = (&n.from, n.edge) {
                        let (source, target) = if n.forward {
                            (from.clone(), n.id.clone())
                        } else {
                            (n.id.clone(), from.clone())
                        };
                        edges.insert(TableEdge { source, target, kind });
                    }
                }
                Row::Edge(e) => {
                    edges.insert(TableEdge {
                        source: e.source.clone(),
                        target: e.target.clone(),
                        kind: e.kind,
                    });
                }
                Row::Path(p) => {
                    for (i, step) in p.steps.iter().enumerate() {
                        let (a, b) = (p.nodes[i].clone(), p.nodes[i + 1].clone());
                        let (source, target) = if step.forward { (a, b) } else { (b, a) };
                        edges.insert(TableEdge {
                            source,
                            target,
                            kind: step.kind,
                        });
                    }
                }
                _ => {}
            }
        }
        edges.into_iter().collect()
    }

    /// An aligned text table, every row.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let text = graph.query("what does 2518 cite")?.to_text();
    /// assert!(text.starts_with("id                 kind        label"));
    /// assert!(text.ends_with("(2 rows)\n"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn to_text(&self) -> String {
        self.text(usize::MAX)
    }

    /// An aligned text table of at most `max_rows` rows, ending with
    /// "… N more rows (add `limit`)" when rows were left out.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let text = graph.query("what does 2518 cite")?.to_text_truncated(1);
    /// assert!(text.contains("S/RES/2378 (2017)") && !text.contains("S/RES/2436 (2018)"));
    /// assert!(text.ends_with("… 1 more rows (add `limit`)\n"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn to_text_truncated(&self, max_rows: usize) -> String {
        self.text(max_rows)
    }

    fn text(&self, max_rows: usize) -> String {
        let mut out = String::new();
        if self.cols() == [Column::Plan] {
            for row in self.rows() {
                if let Row::Plan(line) = row {
                    out.push_str(line);
                    out.push('\n');
                }
            }
            return out;
        }
        if self.is_empty() {
            // Undecided candidates (see the notes) make "none" a guess.
            let head = if self.undecided {
                "No known results"
            } else {
                "No results"
            };
            match &self.note {
                Some(note) => {
                    let _ = writeln!(out, "{head}: {note}.");
                }
                None => {
                    let _ = writeln!(out, "{head}.");
                }
            }
        } else {
            let rows = self.rows();
            let shown = &rows[..rows.len().min(max_rows)];
            let cells: Vec<Vec<String>> = shown
                .iter()
                .map(|r| {
                    self.cols()
                        .iter()
                        // A path is never cut: it is the answer. Nor is the
                        // title of a lone row (`show S/2019/805`): it is read
                        // for who issued the document and on what.
                        .map(|c| {
                            if *c == Column::Path || (*c == Column::Title && rows.len() == 1) {
                                cell(r, c, true)
                            } else {
                                clip(&cell(r, c, true), 60)
                            }
                        })
                        .collect()
                })
                .collect();
            let mut widths: Vec<usize> = self.cols().iter().map(|c| c.name().chars().count()).collect();
            for row in &cells {
                for (w, c) in widths.iter_mut().zip(row) {
                    *w = (*w).max(c.chars().count());
                }
            }
            let header: Vec<String> = self.cols().iter().map(|c| c.name().to_string()).collect();
            write_line(&mut out, &header, &widths);
            let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            write_line(&mut out, &rule, &widths);
            for row in &cells {
                write_line(&mut out, row, &widths);
            }
            let hidden = rows.len() - shown.len();
            if hidden > 0 {
                let _ = writeln!(out, "… {hidden} more rows (add `limit`)");
            } else {
                let n = rows.len();
                let _ = writeln!(out, "({n} row{})", if n == 1 { "" } else { "s" });
            }
        }
        for note in &self.notes {
            let _ = writeln!(out, "note: {note}");
        }
        out
    }

    /// A JSON array: node rows are objects with at least `id`, `kind`,
    /// `label`; path rows objects with `path` (an array of ids).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let json: serde_json::Value = serde_json::from_str(&graph.query("what does 2518 cite")?.to_json()).unwrap();
    /// assert_eq!(json[1]["id"], "S/RES/2436 (2018)");
    /// assert_eq!(json[1]["relation"], "recalling; requesting");
    /// assert_eq!(json[1]["evidence"]["line"], 71);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn to_json(&self) -> String {
        let keep: Vec<&str> = self.cols().iter().map(Column::name).collect();
        let rows: Vec<Json> = self
            .rows()
            .iter()
            .map(|r| match self.json_row(r) {
                Json::Object(mut m) if self.selected => {
                    m.retain(|k, _| keep.contains(&k.as_str()));
                    Json::Object(m)
                }
                other => other,
            })
            .collect();
        serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_string())
    }

    fn json_row(&self, row: &Row) -> Json {
        match row {
            Row::Node(n) => {
                let mut m = Map::new();
                m.insert("id".into(), json!(n.id));
                m.insert("kind".into(), json!(n.kind.as_str()));
                m.insert("label".into(), json!(n.label));
                let mut opt = |k: &str, v: Option<Json>| {
                    if let Some(v) = v {
                        m.insert(k.to_string(), v);
                    }
                };
                opt("title", n.title.as_ref().map(|v| json!(v)));
                opt("category", n.category.map(|v| json!(v.as_str())));
                opt("mentioned_by", n.mentioned_by.map(|v| json!(v)));
                opt("date", n.date.as_ref().map(|v| json!(v)));
                opt("year", n.year.map(|v| json!(v)));
                opt("held", Some(json!(n.held)));
                opt("depth", (n.depth > 0).then(|| json!(n.depth)));
                opt("from", n.from.as_ref().map(|v| json!(v)));
                opt("edge", n.edge.map(|v| json!(v.as_str())));
                opt("relation", n.relation.as_ref().map(|v| json!(v)));
                opt("paragraph", n.paragraph.as_ref().map(|v| json!(v)));
                opt("pinpoint", n.pinpoint.as_ref().map(|v| json!(v)));
                opt("position", n.position.map(|v| json!(v.as_str())));
                opt("end_date", n.end_date.as_ref().map(|v| json!(v)));
                opt("via", n.via.as_ref().map(|v| json!(v)));
                if let Some(score) = n.score {
                    let name = self
                        .cols()
                        .iter()
                        .find_map(|c| match c {
                            Column::Score(name) => Some(*name),
                            _ => None,
                        })
                        .unwrap_or("score");
                    // Counts are whole numbers: print them as integers (4, not 4.0).
                    let value = if score.fract() == 0.0 && score.abs() < 9.0e15 {
                        json!(score as i64)
                    } else {
                        json!(score)
                    };
                    opt(name, Some(value));
                }
                opt(
                    "evidence",
                    n.evidence
                        .as_ref()
                        .map(|e| json!({"file": e.file, "page": e.page, "line": e.line, "quote": e.quote})),
                );
                opt("cites", n.cites.map(|v| json!(v)));
                opt("cited_by", n.cited_by.map(|v| json!(v)));
                opt("tally", n.tally.as_ref().map(crate::graph::export::tally_json));
                Json::Object(m)
            }
            Row::Path(p) => json!({
                "path": p.nodes,
                "length": p.steps.len(),
                "edges": p.steps.iter().map(|s| json!({"kind": s.kind.as_str(), "forward": s.forward})).collect::<Vec<_>>(),
            }),
            Row::Group(g) => {
                let name = self.cols().first().map_or("key", Column::name);
                let mut m = Map::new();
                m.insert(name.to_string(), json!(g.key));
                count_json(&mut m, g.count, Some(g.unknown));
                Json::Object(m)
            }
            Row::Count(n) => json!({ "count": n }),
            Row::PartialCount(c) => {
                let mut m = Map::new();
                count_json(&mut m, c.known, c.unknown);
                Json::Object(m)
            }
            Row::Plan(line) => json!({ "plan": line }),
            Row::Edge(e) => {
                let mut m = Map::new();
                m.insert("source".into(), json!(e.source));
                m.insert("target".into(), json!(e.target));
                m.insert("kind".into(), json!(e.kind.as_str()));
                let mut opt = |k: &str, v: Option<Json>| {
                    if let Some(v) = v {
                        m.insert(k.to_string(), v);
                    }
                };
                opt("relation", e.relation.as_ref().map(|v| json!(v)));
                opt("paragraph", e.paragraph.as_ref().map(|v| json!(v)));
                opt("pinpoint", e.pinpoint.as_ref().map(|v| json!(v)));
                opt("position", e.position.map(|v| json!(v.as_str())));
                opt("end_date", e.end_date.as_ref().map(|v| json!(v)));
                opt("count", Some(json!(e.count)));
                opt("via", e.via.as_ref().map(|v| json!(v)));
                opt("suspect", e.suspect.then_some(json!(true)));
                opt(
                    "evidence",
                    e.evidence
                        .as_ref()
                        .map(|ev| json!({"file": ev.file, "line": ev.line, "quote": ev.quote})),
                );
                Json::Object(m)
            }
        }
    }

    /// CSV with a header row; the evidence column holds `file:line` and the
    /// quote its own column.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let csv = graph.query("2531 -> cites | group by year")?.to_csv();
    /// assert!(csv.starts_with("year,count\n2000,1\n2004,1\n"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn to_csv(&self) -> String {
        let mut columns: Vec<&Column> = Vec::new();
        for c in self.cols() {
            columns.push(c);
            if *c == Column::Evidence {
                columns.push(&Column::Quote);
            }
        }
        let mut out = String::new();
        let header: Vec<String> = columns.iter().map(|c| csv_field(c.name())).collect();
        out.push_str(&header.join(","));
        out.push('\n');
        for row in self.rows() {
            let line: Vec<String> = columns.iter().map(|c| csv_field(&cell(row, c, false))).collect();
            out.push_str(&line.join(","));
            out.push('\n');
        }
        out
    }
}

fn write_line(out: &mut String, cells: &[String], widths: &[usize]) {
    let mut line = String::new();
    for (i, (c, w)) in cells.iter().zip(widths).enumerate() {
        if i > 0 {
            line.push_str("  ");
        }
        line.push_str(c);
        if i + 1 < cells.len() {
            line.push_str(&" ".repeat(w.saturating_sub(c.chars().count())));
        }
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max - 1).collect();
    t.push('…');
    t
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn cell(row: &Row, column: &Column, short: bool) -> String {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let shown = |v: Option<&dyn std::fmt::Display>| v.map(|v| v.to_string()).unwrap_or_default();
    match row {
        Row::Node(n) => match column {
            Column::Id => n.id.clone(),
            Column::Kind => n.kind.to_string(),
            Column::Label => n.label.clone(),
            Column::Title => opt(&n.title),
            Column::Date => shown(n.date.as_ref().map(|v| v as _)),
            // Held is said of documents: an actor has no text to hold.
            Column::Held if !n.kind.is_document() => String::new(),
            Column::Held => if n.held { "yes" } else { "no" }.to_string(),
            Column::Depth => n.depth.to_string(),
            Column::From => opt(&n.from),
            Column::Edge => n
                .edge
                .map(|e| {
                    if n.forward {
                        e.to_string()
                    } else {
                        format!("<-{e}")
                    }
                })
                .unwrap_or_default(),
            Column::Relation => opt(&n.relation),
            Column::Paragraph => shown(n.paragraph.as_ref().map(|v| v as _)),
            Column::Pinpoint => opt(&n.pinpoint),
            Column::Position => n.position.map(|p| p.to_string()).unwrap_or_default(),
            Column::EndDate => shown(n.end_date.as_ref().map(|v| v as _)),
            Column::Via => opt(&n.via),
            Column::Tally => n
                .tally
                .as_ref()
                .map(crate::model::Tally::summary)
                .unwrap_or_default(),
            Column::Score(_) => n.score.map(format_score).unwrap_or_default(),
            Column::Evidence => n
                .evidence
                .as_ref()
                .map(|e| {
                    let file = if short {
                        e.file.rsplit(['/', '\\']).next().unwrap_or(&e.file)
                    } else {
                        e.file.as_str()
                    };
                    if short {
                        format!(
                            "{} {}",
                            e.location_in(file),
                            clip(&format!("\"{}\"", e.quote), 40)
                        )
                    } else {
                        e.location_in(file)
                    }
                })
                .unwrap_or_default(),
            Column::Quote => n.evidence.as_ref().map(|e| e.quote.clone()).unwrap_or_default(),
            Column::Cites => n.cites.map(|c| c.to_string()).unwrap_or_default(),
            Column::CitedBy => n.cited_by.map(|c| c.to_string()).unwrap_or_default(),
            Column::Category => n.category.map(|c| c.as_str().to_string()).unwrap_or_default(),
            Column::MentionedBy => n.mentioned_by.map(|c| c.to_string()).unwrap_or_default(),
            _ => String::new(),
        },
        Row::Path(p) => match column {
            Column::Length => p.steps.len().to_string(),
            Column::Path => {
                let mut s = p.nodes.first().cloned().unwrap_or_default();
                for (step, node) in p.steps.iter().zip(p.nodes.iter().skip(1)) {
                    if step.forward {
                        let _ = write!(s, " -{}-> {node}", step.kind);
                    } else {
                        let _ = write!(s, " <-{}- {node}", step.kind);
                    }
                }
                s
            }
            _ => String::new(),
        },
        Row::Group(g) => match column {
            Column::Count => count_text(g.count, g.unknown),
            _ => g.key.to_string(),
        },
        Row::Count(n) => n.to_string(),
        Row::PartialCount(c) => c.to_string(),
        Row::Plan(line) => line.clone(),
        Row::Edge(e) => match column {
            Column::Source => e.source.clone(),
            Column::Target => e.target.clone(),
            Column::Kind => e.kind.to_string(),
            Column::Relation => opt(&e.relation),
            Column::Paragraph => shown(e.paragraph.as_ref().map(|v| v as _)),
            Column::Pinpoint => opt(&e.pinpoint),
            Column::Position => e.position.map(|p| p.to_string()).unwrap_or_default(),
            Column::EndDate => shown(e.end_date.as_ref().map(|v| v as _)),
            Column::Count => e.count.to_string(),
            Column::Via => opt(&e.via),
            Column::Suspect => if e.suspect { "yes" } else { "" }.to_string(),
            Column::Evidence => e
                .evidence
                .as_ref()
                .map(|ev| {
                    if short {
                        let file = ev.file.rsplit(['/', '\\']).next().unwrap_or(&ev.file);
                        format!("{file}:{} {}", ev.line, clip(&format!("\"{}\"", ev.quote), 40))
                    } else {
                        format!("{}:{}", ev.file, ev.line)
                    }
                })
                .unwrap_or_default(),
            Column::Quote => e.evidence.as_ref().map(|ev| ev.quote.clone()).unwrap_or_default(),
            _ => String::new(),
        },
    }
}

/// The row of one matched edge, in the edge's own direction.
fn edge_row(graph: &CitationGraph, h: &Hit) -> Option<EdgeRow> {
    let g = graph.petgraph();
    let (e, forward) = h.edge?;
    let far = h.from?;
    let (source, target) = if forward { (far, h.node) } else { (h.node, far) };
    let edge = &g[e];
    let a = edge.attrs();
    Some(EdgeRow {
        index: e,
        source_index: source,
        target_index: target,
        source: g[source].id.clone(),
        target: g[target].id.clone(),
        kind: edge.kind,
        relation: a.relation.clone(),
        paragraph: a.paragraph,
        pinpoint: a.pinpoint.clone(),
        position: a.position,
        end_date: a.date,
        count: a.count,
        via: h.via.map(|v| g[v].id.clone()),
        suspect: graph.is_suspect(e),
        evidence: a.evidence.clone(),
    })
}

/// `source`, `target`, `kind`, then the attributes some row has.
fn edge_columns(rows: &[EdgeRow]) -> Vec<Column> {
    let mut cols = vec![Column::Source, Column::Target, Column::Kind];
    let optional = [
        (rows.iter().any(|r| r.position.is_some()), Column::Position),
        (rows.iter().any(|r| r.relation.is_some()), Column::Relation),
        (rows.iter().any(|r| r.paragraph.is_some()), Column::Paragraph),
        (rows.iter().any(|r| r.pinpoint.is_some()), Column::Pinpoint),
        (rows.iter().any(|r| r.end_date.is_some()), Column::EndDate),
        (rows.iter().any(|r| r.via.is_some()), Column::Via),
        (rows.iter().any(|r| r.suspect), Column::Suspect),
        (rows.iter().any(|r| r.evidence.is_some()), Column::Evidence),
    ];
    cols.extend(optional.into_iter().filter(|(shown, _)| *shown).map(|(_, c)| c));
    cols
}

/// Whole numbers without decimals, others with six significant decimals.
fn format_score(s: f64) -> String {
    if s.fract() == 0.0 && s.abs() < 1e15 {
        format!("{}", s as i64)
    } else {
        format!("{s:.6}")
    }
}

fn node_row(graph: &CitationGraph, h: &Hit, show: bool) -> NodeRow {
    let g = graph.petgraph();
    let node = &g[h.node];
    let edge = h.edge.map(|(e, fwd)| (&g[e], fwd));
    let attrs = edge.map(|(e, _)| e.attrs());
    NodeRow {
        index: h.node,
        edge_index: h.edge.map(|(e, _)| e),
        id: node.id.clone(),
        kind: node.kind,
        label: node.label.clone(),
        title: node.title.clone(),
        date: node.date,
        year: node.year,
        held: node.held,
        depth: h.depth,
        from: h.from.map(|f| g[f].id.clone()),
        edge: edge.map(|(e, _)| e.kind),
        forward: edge.is_none_or(|(_, f)| f),
        relation: attrs.and_then(|a| a.relation.clone()),
        paragraph: attrs.and_then(|a| a.paragraph),
        pinpoint: attrs.and_then(|a| a.pinpoint.clone()),
        position: attrs.and_then(|a| a.position),
        end_date: attrs.and_then(|a| a.date),
        via: h.via.map(|v| g[v].id.clone()),
        score: h.score,
        evidence: attrs.and_then(|a| a.evidence.clone()),
        // What a document only cited cites is unknown, not none.
        cites: (show && node.held && node.kind.is_document()).then(|| graph.cited(h.node).len()),
        cited_by: show.then(|| graph.citation_count(h.node)),
        category: node.category,
        // A person signs texts; no text's `mentions` edge reaches one.
        mentioned_by: (show && matches!(node.kind, NodeKind::Actor | NodeKind::State | NodeKind::Place))
            .then(|| {
                g.edges_directed(h.node, petgraph::Direction::Incoming)
                    .filter(|e| e.weight().kind == EdgeKind::Mentions)
                    .count()
            }),
        tally: node.tally.clone(),
    }
}

/// The columns of a node table, from the hits: the ones that apply to at
/// least one row (reading each hit's edge, not building its row).
fn node_columns(graph: &CitationGraph, hits: &[Hit], show: bool, metric: Option<Metric>) -> Vec<Column> {
    let g = graph.petgraph();
    let mut cols = vec![Column::Id, Column::Kind, Column::Label];
    // An actor, a state, a place or a person is no document: no date, no
    // text held, no citations; what it is and how many texts name it.
    if show && !hits.is_empty() && hits.iter().all(|h| !g[h.node].kind.is_document()) {
        cols.extend([Column::Title, Column::Category, Column::MentionedBy]);
    } else if show {
        cols.extend([
            Column::Title,
            Column::Date,
            Column::Held,
            Column::Cites,
            Column::CitedBy,
        ]);
    }
    // One pass over the hits (one look at each hit's edge) notes which
    // optional columns have something to show.
    #[derive(Default)]
    struct Seen {
        deep: bool,
        many_froms: bool,
        many_kinds: bool,
        score: bool,
        position: bool,
        relation: bool,
        paragraph: bool,
        pinpoint: bool,
        date: bool,
        via: bool,
        evidence: bool,
        mandate: bool,
        tally: bool,
    }
    let mut seen = Seen::default();
    let (mut first_from, mut first_kind) = (None, None);
    for h in hits {
        seen.deep |= h.depth > 1;
        // A tally shows where the rows are resolutions themselves (a set,
        // `show`), not where they were reached along another fact.
        seen.tally |= (show || h.edge.is_none()) && g[h.node].tally.is_some();
        seen.score |= h.score.is_some();
        seen.via |= h.via.is_some();
        if let Some(from) = h.from {
            seen.many_froms |= *first_from.get_or_insert(from) != from;
        }
        if let Some((e, _)) = h.edge {
            let edge = &g[e];
            seen.many_kinds |= *first_kind.get_or_insert(edge.kind) != edge.kind;
            // A mandate history reads as a timeline: the resolution's date.
            seen.mandate |= matches!(
                edge.kind,
                EdgeKind::Establishes
                    | EdgeKind::Authorizes
                    | EdgeKind::ExtendsMandate
                    | EdgeKind::ModifiesMandate
                    | EdgeKind::Terminates
            );
            let a = edge.attrs();
            seen.position |= a.position.is_some();
            seen.relation |= a.relation.is_some();
            seen.paragraph |= a.paragraph.is_some();
            seen.pinpoint |= a.pinpoint.is_some();
            seen.date |= a.date.is_some();
            seen.evidence |= a.evidence.is_some();
        }
    }
    if seen.mandate && !show {
        cols.push(Column::Date);
    }
    if seen.deep || seen.many_froms {
        cols.extend([Column::Depth, Column::From]);
    }
    if seen.many_kinds {
        cols.push(Column::Edge);
    }
    if let Some(m) = metric
        && seen.score
    {
        cols.push(Column::Score(m.name()));
    }
    let optional = [
        (seen.position, Column::Position),
        (seen.relation, Column::Relation),
        (seen.paragraph, Column::Paragraph),
        (seen.pinpoint, Column::Pinpoint),
        (seen.date, Column::EndDate),
        (seen.tally, Column::Tally),
        (seen.via, Column::Via),
        (seen.evidence, Column::Evidence),
    ];
    cols.extend(
        optional
            .into_iter()
            .filter(|(shown, _)| *shown)
            .map(|(_, column)| column),
    );
    cols
}

fn path_row(graph: &CitationGraph, p: &PathVal) -> PathRow {
    let g = graph.petgraph();
    PathRow {
        nodes: p.nodes.iter().map(|n| g[*n].id.clone()).collect(),
        steps: p
            .edges
            .iter()
            .map(|(e, forward)| PathStep {
                kind: g[*e].kind,
                forward: *forward,
            })
            .collect(),
    }
}

/// A table serializes as [`Table::to_json`] writes it: a sequence of row
/// objects (the JSON contract), so `serde_json::to_value(&table)` or any
/// other serde format gives the same rows as the CLI's `--format json`.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// let table = graph.query("what does 2518 cite")?;
/// let value = serde_json::to_value(&table).unwrap();
/// assert_eq!(value, serde_json::from_str::<serde_json::Value>(&table.to_json()).unwrap());
/// assert_eq!(value[0]["id"], "S/RES/2378 (2017)");
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
impl serde::Serialize for Table<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.rows().iter().map(|r| self.json_row(r)))
    }
}
