//! A plain Graphviz DOT writer for the whole graph: every node and edge with
//! its attributes, no styling. Diagrams of query results, with styling, are
//! [`crate::render`]'s job.

use std::fmt::Write as _;

use super::{EDGE_COLUMNS, Field, NODE_COLUMNS, edge_fields, join_list, node_fields};
use crate::graph::CitationGraph;

/// The graph as DOT: `digraph unxref { "id" [kind="…", label="…", …]; "a" -> "b" [kind="cites", …]; }`.
///
/// Node and edge attributes are those of the GraphML export (Graphviz keeps
/// attributes it does not know, and pydot or NetworkX `read_dot` read them).
/// Every id and value is a quoted DOT string with `"` and `\` escaped and
/// line breaks written as `\n`.
///
/// ```
/// use unxref::{CitationGraph, Node, NodeKind};
/// let mut graph = CitationGraph::new();
/// graph.add_node(Node::new("actor:MINUSMA", NodeKind::Actor, "MINUSMA \"Mali\""));
/// let dot = unxref::graph::export::to_dot(&graph);
/// assert!(dot.starts_with("digraph unxref {\n"));
/// assert!(dot.contains(r#""actor:MINUSMA" [kind="actor", label="MINUSMA \"Mali\"", held="false", citations="0"];"#));
/// ```
pub fn to_dot(graph: &CitationGraph) -> String {
    let mut out = String::from("digraph unxref {\n");
    for node in graph.nodes() {
        out.push_str("  ");
        quote(&node.id, &mut out);
        attributes(
            &mut out,
            NODE_COLUMNS.iter().map(|c| c.name).zip(node_fields(graph, node)),
        );
    }
    for edge in graph.edges() {
        out.push_str("  ");
        quote(&edge.source.id, &mut out);
        out.push_str(" -> ");
        quote(&edge.target.id, &mut out);
        attributes(
            &mut out,
            EDGE_COLUMNS.iter().map(|c| c.name).zip(edge_fields(edge.edge)),
        );
    }
    out.push_str("}\n");
    out
}

fn attributes<'a>(out: &mut String, fields: impl Iterator<Item = (&'static str, Option<Field<'a>>)>) {
    out.push_str(" [");
    let mut first = true;
    for (name, field) in fields {
        let Some(field) = field else { continue };
        if !first {
            out.push_str(", ");
        }
        first = false;
        let _ = write!(out, "{name}=");
        match field {
            Field::Text(s) => quote(&s, out),
            Field::Int(n) => {
                let _ = write!(out, "\"{n}\"");
            }
            Field::Bool(b) => {
                let _ = write!(out, "\"{b}\"");
            }
            Field::List(items) => quote(&join_list(items, '|'), out),
        }
    }
    out.push_str("];\n");
}

/// Append `s` to `out` as a DOT double-quoted string: `"` and `\` escaped
/// (Graphviz reads `\N`, `\G`, `\l` in labels as escapes), line feeds
/// written `\n`, carriage returns dropped, other control characters made
/// spaces, and U+FFFE and U+FFFF (which XML forbids: Graphviz copied them
/// into its SVG, which no XML parser then read) made U+FFFD, as the
/// GraphML export makes them. The one quoting rule of the DOT export and of
/// rendered diagrams.
pub(crate) fn quote(s: &str, out: &mut String) {
    out.reserve(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out.push('"');
}
