//! GraphML: one `<key>` per attribute with its `attr.type`, node ids equal to
//! our ids, edge attributes flattened (`evidence` becomes `evidence_file`,
//! `evidence_line`, `evidence_page` (PDFs), `evidence_quote`). Read by Gephi, yEd, NetworkX
//! `read_graphml` and igraph `Graph.Read_GraphML`.
//!
//! An attribute a node or edge does not record has no `<data>` element,
//! and every reader must see it as missing. igraph's reader fills a
//! missing `boolean` with false, so the true/false facts only some nodes
//! record (a tally's `unanimous`, `without_vote`) are `int` keys, 1 or 0,
//! which igraph fills with NaN and NetworkX leaves out; `held`, which every
//! node has, stays a `boolean`.

use std::fmt::Write as _;

use super::{Column, ColumnType, EDGE_COLUMNS, Field, NODE_COLUMNS, edge_fields, join_list, node_fields};
use crate::graph::CitationGraph;

/// The separator of the `aliases` list in GraphML and in the CSV edge list;
/// a `|` or `\` inside an alias is escaped with a backslash.
pub(crate) const ALIAS_SEPARATOR: char = '|';

/// The graph as GraphML.
///
/// Unset attributes have no `<data>` element. `aliases` is one string, the
/// aliases joined by `|` (a `|` or `\` inside an alias is escaped with `\`).
/// Every value is XML-escaped, including tabs and line breaks (as character
/// references, so parsers keep them); the few control characters XML 1.0
/// cannot carry at all become U+FFFD.
///
/// ```
/// use unxref::{CitationGraph, Node, NodeKind};
/// let mut graph = CitationGraph::new();
/// graph.add_node(Node::new("actor:R&D <panel>", NodeKind::Actor, "R&D"));
/// let xml = unxref::graph::export::to_graphml(&graph);
/// assert!(xml.contains(r#"<node id="actor:R&amp;D &lt;panel&gt;">"#));
/// assert!(xml.contains(r#"<key id="v_year" for="node" attr.name="year" attr.type="int"/>"#));
/// ```
pub fn to_graphml(graph: &CitationGraph) -> String {
    let mut out = String::with_capacity(256 + graph.node_count() * 300 + graph.edge_count() * 400);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for column in NODE_COLUMNS {
        key(&mut out, "v", "node", column.name, column.ty);
    }
    for column in EDGE_COLUMNS {
        key(&mut out, "e", "edge", column.name, column.ty);
    }
    out.push_str("  <graph id=\"unxref\" edgedefault=\"directed\">\n");
    for node in graph.nodes() {
        out.push_str("    <node id=\"");
        escape(&node.id, &mut out);
        out.push_str("\">\n");
        for (column, field) in NODE_COLUMNS.iter().zip(node_fields(graph, node)) {
            data(&mut out, "v", *column, field);
        }
        out.push_str("    </node>\n");
    }
    for (i, edge) in graph.edges().enumerate() {
        let _ = write!(out, "    <edge id=\"e{i}\" source=\"");
        escape(&edge.source.id, &mut out);
        out.push_str("\" target=\"");
        escape(&edge.target.id, &mut out);
        out.push_str("\">\n");
        for (column, field) in EDGE_COLUMNS.iter().zip(edge_fields(edge.edge)) {
            data(&mut out, "e", *column, field);
        }
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

fn key(out: &mut String, prefix: &str, domain: &str, name: &str, ty: ColumnType) {
    let ty = match ty {
        ColumnType::Text | ColumnType::Date | ColumnType::List => "string",
        ColumnType::Int | ColumnType::OptionalBool => "int",
        ColumnType::Bool => "boolean",
    };
    let _ = writeln!(
        out,
        "  <key id=\"{prefix}_{name}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
    );
}

fn data(out: &mut String, prefix: &str, column: Column, field: Option<Field<'_>>) {
    let Some(field) = field else {
        return;
    };
    let _ = write!(out, "      <data key=\"{prefix}_{}\">", column.name);
    match field {
        Field::Text(s) => escape(&s, out),
        Field::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Field::Bool(b) if column.ty == ColumnType::OptionalBool => out.push(if b { '1' } else { '0' }),
        Field::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        Field::List(items) => escape(&join_list(items, ALIAS_SEPARATOR), out),
    }
    out.push_str("</data>\n");
}

/// XML-escape `s` for use in text or in a double- or single-quoted attribute.
pub(crate) fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Character references survive attribute-value and end-of-line
            // normalization, which would turn a raw tab or CR into a space or LF.
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            // Not representable in XML 1.0, not even as a character reference.
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_breaks_and_illegal_controls() {
        let mut out = String::new();
        escape("a&b<c>\"d'\te\nf\rg\u{c}h", &mut out);
        assert_eq!(out, "a&amp;b&lt;c&gt;&quot;d&apos;&#9;e&#10;f&#13;g\u{fffd}h");
    }
}
