//! CSV tables, quoted by the `csv` crate (RFC 4180: fields holding a comma,
//! a quote or a line break are quoted, quotes doubled; an unset attribute is
//! an empty field).
//!
//! - Neo4j bulk import: `nodes.csv` (`id:ID,:LABEL,…,year:int,held:boolean,…`)
//!   and `relationships.csv` (`:START_ID,:END_ID,:TYPE,…,count:int,…`). Load with
//!   `neo4j-admin database import full --nodes=nodes.csv
//!   --relationships=relationships.csv --multiline-fields=true neo4j`
//!   (evidence quotes may span lines). Labels are the node kind in
//!   CamelCase (`Resolution`, `GaDocument`, `State`), plus `Document` for every
//!   document; relationship types are the edge kind in upper case (`CITES`,
//!   `ADOPTED_AS`). `aliases` is a `string[]` split on `;`, Neo4j's default
//!   array delimiter; `date` columns are `date` (ISO `2000-10-31`). An
//!   unrecorded attribute is an empty, unquoted field, which the import
//!   leaves unset.
//! - Edge list: `nodes.csv` (`id,kind,label,…`) and `edges.csv`
//!   (`src,dst,kind,…`), the column names Spark GraphFrames expects. DuckDB
//!   reads them directly (`SELECT * FROM read_csv('edges.csv')`, and `COPY …
//!   TO 'edges.parquet'` makes Parquet); Spark needs `header=true`,
//!   `multiLine=true` and `escape='"'`. `aliases` is joined by `|` (a `|` or `\`
//!   inside an alias escaped with `\`), `held` is `true` or `false`.

use super::graphml::ALIAS_SEPARATOR;
use super::{EDGE_COLUMNS, Field, NODE_COLUMNS, edge_fields, join_list, node_fields};
use crate::graph::CitationGraph;
use crate::model::NodeKind;

/// The graph as Neo4j bulk-import CSV: `(nodes.csv, relationships.csv)`.
///
/// ```
/// use unxref::{CitationGraph, Node, NodeKind};
/// let mut graph = CitationGraph::new();
/// let mut node = Node::new("S/RES/1325 (2000)", NodeKind::Resolution, "Resolution 1325 (2000)");
/// node.year = Some(2000);
/// graph.add_node(node);
/// let (nodes, relationships) = unxref::graph::export::to_neo4j_csv(&graph);
/// let mut lines = nodes.lines();
/// assert!(lines.next().unwrap().starts_with("id:ID,:LABEL,kind,label,title,date:date,year:int,"));
/// assert!(lines.next().unwrap().starts_with("S/RES/1325 (2000),Resolution;Document,resolution,"));
/// assert!(relationships.starts_with(":START_ID,:END_ID,:TYPE,relation,"));
/// ```
pub fn to_neo4j_csv(graph: &CitationGraph) -> (String, String) {
    let mut header = vec!["id:ID".to_string(), ":LABEL".to_string()];
    header.extend(NODE_COLUMNS.iter().map(|c| neo4j_column(c.name, c.ty)));
    let mut nodes = Table::new(&header);
    for node in graph.nodes() {
        let mut labels = neo4j_label(node.kind);
        if node.kind.is_document() && node.kind != NodeKind::Document {
            labels.push_str(";Document");
        }
        let mut row = vec![node.id.clone(), labels];
        row.extend(node_fields(graph, node).into_iter().map(|f| cell(f, ';')));
        nodes.row(&row);
    }

    let mut header = vec![
        ":START_ID".to_string(),
        ":END_ID".to_string(),
        ":TYPE".to_string(),
    ];
    // The kind is the relationship type; no need to repeat it as a property.
    header.extend(EDGE_COLUMNS[1..].iter().map(|c| neo4j_column(c.name, c.ty)));
    let mut relationships = Table::new(&header);
    for edge in graph.edges() {
        let mut row = vec![
            edge.source.id.clone(),
            edge.target.id.clone(),
            edge.edge.kind.as_str().to_ascii_uppercase(),
        ];
        row.extend(edge_fields(edge.edge)[1..].iter().map(|f| cell(f.clone(), ';')));
        relationships.row(&row);
    }
    (nodes.finish(), relationships.finish())
}

/// The graph as a CSV edge list: `(nodes.csv, edges.csv)`, with an `id`
/// column for nodes and `src`, `dst` columns for edges.
///
/// ```
/// use unxref::{CitationGraph, EdgeAttrs, EdgeKind, Link, NodeRef};
/// let mut graph = CitationGraph::new();
/// let doc = |s: &str| NodeRef::document(&s.parse().unwrap());
/// graph.add_link(&Link {
///     source: doc("S/2020/600"),
///     target: doc("S/RES/2531 (2020)"),
///     kind: EdgeKind::AdoptedAs,
///     attrs: EdgeAttrs::default(),
/// });
/// let (nodes, edges) = unxref::graph::export::to_edge_list(&graph);
/// assert!(nodes.starts_with("id,kind,label,"));
/// assert_eq!(edges.lines().nth(1).unwrap(), "S/2020/600,S/RES/2531 (2020),adopted_as,,,,,,,,1,,,,");
/// ```
pub fn to_edge_list(graph: &CitationGraph) -> (String, String) {
    let mut header = vec!["id".to_string()];
    header.extend(NODE_COLUMNS.iter().map(|c| c.name.to_string()));
    let mut nodes = Table::new(&header);
    for node in graph.nodes() {
        let mut row = vec![node.id.clone()];
        row.extend(
            node_fields(graph, node)
                .into_iter()
                .map(|f| cell(f, ALIAS_SEPARATOR)),
        );
        nodes.row(&row);
    }
    let mut header = vec!["src".to_string(), "dst".to_string()];
    header.extend(EDGE_COLUMNS.iter().map(|c| c.name.to_string()));
    let mut edges = Table::new(&header);
    for edge in graph.edges() {
        let mut row = vec![edge.source.id.clone(), edge.target.id.clone()];
        row.extend(
            edge_fields(edge.edge)
                .into_iter()
                .map(|f| cell(f, ALIAS_SEPARATOR)),
        );
        edges.row(&row);
    }
    (nodes.finish(), edges.finish())
}

/// `kind` in CamelCase: `ga_resolution` → `GaResolution`.
fn neo4j_label(kind: NodeKind) -> String {
    kind.as_str()
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn neo4j_column(name: &str, ty: super::ColumnType) -> String {
    use super::ColumnType;
    match ty {
        ColumnType::Text => name.to_string(),
        ColumnType::Int => format!("{name}:int"),
        ColumnType::Bool | ColumnType::OptionalBool => format!("{name}:boolean"),
        ColumnType::Date => format!("{name}:date"),
        ColumnType::List => format!("{name}:string[]"),
    }
}

fn cell(field: Option<Field<'_>>, list_separator: char) -> String {
    match field {
        None => String::new(),
        Some(Field::Text(s)) => s.to_string(),
        Some(Field::Int(n)) => n.to_string(),
        Some(Field::Bool(b)) => b.to_string(),
        // Neo4j's arrays have no escape for the delimiter; the edge list's do.
        Some(Field::List(items)) if list_separator == ';' => items.join(";"),
        Some(Field::List(items)) => join_list(items, list_separator),
    }
}

/// A CSV table written to memory.
struct Table(::csv::Writer<Vec<u8>>);

impl Table {
    fn new(header: &[String]) -> Table {
        let mut writer = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        writer
            .write_record(header)
            .expect("writing to memory cannot fail");
        Table(writer)
    }

    fn row(&mut self, row: &[String]) {
        self.0.write_record(row).expect("writing to memory cannot fail");
    }

    fn finish(self) -> String {
        let bytes = self.0.into_inner().expect("writing to memory cannot fail");
        String::from_utf8(bytes).expect("every cell is a Rust string, so the table is UTF-8")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_camel_case() {
        assert_eq!(neo4j_label(NodeKind::GaResolution), "GaResolution");
        assert_eq!(
            neo4j_label(NodeKind::PresidentialStatement),
            "PresidentialStatement"
        );
        assert_eq!(neo4j_label(NodeKind::State), "State");
    }
}
