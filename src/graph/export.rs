//! Exports of the whole graph to the formats research tools read.

use serde_json::{Map, Value, json};

use super::CitationGraph;
use crate::model::{EdgeAttrs, Evidence, Node};

/// The graph as one JSON object: `{"nodes": [{"id", "kind", "label", …}],
/// "edges": [{"source", "target", "kind", …}]}`, attributes that are unset
/// left out, nodes and edges in sorted order.
pub fn to_json(graph: &CitationGraph) -> String {
    let nodes: Vec<Value> = graph.nodes().map(node_json).collect();
    let edges: Vec<Value> = graph
        .edges()
        .map(|e| {
            let mut obj = Map::new();
            obj.insert("source".into(), json!(e.source.id));
            obj.insert("target".into(), json!(e.target.id));
            obj.insert("kind".into(), json!(e.edge.kind.as_str()));
            edge_attrs_json(e.edge.attrs(), &mut obj);
            Value::Object(obj)
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&json!({"nodes": nodes, "edges": edges}))
        .expect("JSON values serialize");
    text.push('\n');
    text
}

/// A node as a JSON object with its set attributes.
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
    Value::Object(obj)
}

/// An edge's set attributes, added to `obj`.
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
    json!({"file": e.file, "line": e.line, "quote": e.quote})
}
