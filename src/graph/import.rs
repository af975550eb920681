//! Reading back what [`crate::graph::export`] writes: the JSON export and
//! GraphML (ours, or any GraphML whose nodes carry a `kind` and whose edges
//! carry a `kind`, such as ours after a NetworkX `write_graphml`). A graph
//! exported and imported again equals the original: same node ids, kinds and
//! attributes, same edges with the same attributes.
//!
//! # Examples
//!
//! ```
//! use unxref::graph::{export, import};
//! # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
//! let back = import::from_graphml(&export::to_graphml(&graph))?;
//! assert_eq!((back.node_count(), back.edge_count()), (graph.node_count(), graph.edge_count()));
//! let back = import::from_json(&export::to_json(&graph))?;
//! assert_eq!(back.stats(), graph.stats());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use serde_json::Value;
use thiserror::Error;

use super::CitationGraph;
use super::export::split_list;
use crate::model::{EdgeAttrs, EdgeKind, Evidence, Link, Node, NodeKind, NodeRef, VotePosition};

/// A graph file that could not be read back.
///
/// ```
/// use unxref::graph::import::{self, ImportError};
/// let err = import::from_json(r#"{"nodes": [{"id": "actor:X", "kind": "planet"}], "edges": []}"#).unwrap_err();
/// assert!(matches!(err, ImportError::Invalid { .. }));
/// assert_eq!(err.to_string(), r#"node "actor:X": unknown node kind "planet""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ImportError {
    /// The text is not well-formed JSON or XML: a file cut short, `{"nodes": [`.
    #[error("not valid {format}: {message}")]
    Syntax {
        /// `JSON` or `GraphML`.
        format: &'static str,
        /// The parser's message, with its position.
        message: String,
    },
    /// The text parses but an element lacks something or holds a wrong value:
    /// a node without `kind`, `"year": "soon"`, `"kind": "quotes"` on an edge.
    #[error("{context}: {message}")]
    Invalid {
        /// Which node or edge (`node "S/RES/1325 (2000)"`, `edge 3`).
        context: String,
        /// What is wrong.
        message: String,
    },
    /// Two nodes have the same id.
    #[error("node {id:?} appears twice")]
    DuplicateNode {
        /// The repeated id.
        id: String,
    },
    /// An edge names a node the file does not define.
    #[error("edge {edge} {end} {id:?} is not a node of the file")]
    UnknownNode {
        /// Position of the edge in the file (0-based).
        edge: usize,
        /// `source` or `target`.
        end: &'static str,
        /// The id it names.
        id: String,
    },
}

fn invalid(context: impl Into<String>, message: impl Into<String>) -> ImportError {
    ImportError::Invalid {
        context: context.into(),
        message: message.into(),
    }
}

/// Rebuild a graph from the text [`export::to_json`](crate::graph::export::to_json) wrote.
///
/// ```
/// use unxref::{CitationGraph, Node, NodeKind};
/// let mut graph = CitationGraph::new();
/// let mut node = Node::new("S/RES/1325 (2000)", NodeKind::Resolution, "Resolution 1325 (2000)");
/// node.year = Some(2000);
/// graph.add_node(node.clone());
/// let back = unxref::graph::import::from_json(&unxref::graph::export::to_json(&graph))?;
/// assert_eq!(back.node("S/RES/1325 (2000)"), Some(&node));
/// # Ok::<(), unxref::graph::import::ImportError>(())
/// ```
pub fn from_json(text: &str) -> Result<CitationGraph, ImportError> {
    let root: Value = serde_json::from_str(text).map_err(|e| ImportError::Syntax {
        format: "JSON",
        message: e.to_string(),
    })?;
    let array = |key: &str| -> Result<&Vec<Value>, ImportError> {
        root.get(key)
            .and_then(Value::as_array)
            .ok_or_else(|| invalid("the top-level object", format!("has no {key:?} array")))
    };
    let mut builder = Builder::default();
    for (i, value) in array("nodes")?.iter().enumerate() {
        let obj = value
            .as_object()
            .ok_or_else(|| invalid(format!("node {i}"), "is not an object"))?;
        let id = json_str(obj, "id", &format!("node {i}"))?
            .ok_or_else(|| invalid(format!("node {i}"), "has no \"id\""))?;
        let ctx = format!("node {id:?}");
        let mut node = node_with_kind(&id, json_str(obj, "kind", &ctx)?.as_deref())?;
        if let Some(label) = json_str(obj, "label", &ctx)? {
            node.label = label;
        }
        node.title = json_str(obj, "title", &ctx)?;
        node.date = typed(json_str(obj, "date", &ctx)?, "date", &ctx)?;
        node.year = json_int(obj, "year", &ctx)?;
        node.agenda = json_str(obj, "agenda", &ctx)?;
        node.category = typed(json_str(obj, "category", &ctx)?, "category", &ctx)?;
        if let Some(aliases) = obj.get("aliases") {
            node.aliases = aliases
                .as_array()
                .and_then(|a| a.iter().map(|v| v.as_str().map(String::from)).collect())
                .ok_or_else(|| invalid(&ctx, "\"aliases\" is not an array of strings"))?;
        }
        if let Some(held) = obj.get("held") {
            node.held = held
                .as_bool()
                .ok_or_else(|| invalid(&ctx, format!("\"held\" is {held}, not true or false")))?;
        }
        node.source = json_evidence(obj, "source", &ctx)?;
        if let Some(tally) = obj.get("tally") {
            node.tally = Some(
                serde_json::from_value(tally.clone())
                    .map_err(|e| invalid(&ctx, format!("\"tally\" is not a tally: {e}")))?,
            );
        }
        builder.node(node)?;
    }
    for (i, value) in array("edges")?.iter().enumerate() {
        let ctx = format!("edge {i}");
        let obj = value
            .as_object()
            .ok_or_else(|| invalid(&ctx, "is not an object"))?;
        let end =
            |key: &str| json_str(obj, key, &ctx)?.ok_or_else(|| invalid(&ctx, format!("has no {key:?}")));
        let (source, target) = (end("source")?, end("target")?);
        let kind = edge_kind(json_str(obj, "kind", &ctx)?.as_deref(), &ctx)?;
        let attrs = EdgeAttrs {
            relation: json_str(obj, "relation", &ctx)?,
            paragraph: typed(json_str(obj, "paragraph", &ctx)?, "paragraph", &ctx)?,
            pinpoint: json_str(obj, "pinpoint", &ctx)?,
            position: json_str(obj, "position", &ctx)?
                .map(|p| vote_position(&p, &ctx))
                .transpose()?,
            date: typed(json_str(obj, "date", &ctx)?, "date", &ctx)?,
            role: json_str(obj, "role", &ctx)?,
            represents: json_str(obj, "represents", &ctx)?,
            count: json_int(obj, "count", &ctx)?.unwrap_or(1),
            evidence: json_evidence(obj, "evidence", &ctx)?,
        };
        builder.edge(i, source, target, kind, attrs)?;
    }
    Ok(builder.graph)
}

/// Rebuild a graph from GraphML, such as [`export::to_graphml`](crate::graph::export::to_graphml) writes.
///
/// Attributes are matched by their `<key>`'s `attr.name`, whatever the key's
/// id, so GraphML rewritten by NetworkX or igraph reads back too. Attributes
/// unxref does not know are ignored; a node or edge without `kind` is an error.
///
/// ```
/// use unxref::{CitationGraph, EdgeAttrs, EdgeKind, Link, NodeRef};
/// let mut graph = CitationGraph::new();
/// let doc = |s: &str| NodeRef::document(&s.parse().unwrap());
/// graph.add_link(&Link {
///     source: doc("S/RES/2531 (2020)"),
///     target: doc("S/RES/1325 (2000)"),
///     kind: EdgeKind::Cites,
///     attrs: EdgeAttrs { paragraph: Some(unxref::Paragraph::Preamble), ..EdgeAttrs::default() },
/// });
/// let back = unxref::graph::import::from_graphml(&unxref::graph::export::to_graphml(&graph))?;
/// let edge = back.edges().next().unwrap();
/// assert_eq!(edge.target.id, "S/RES/1325 (2000)");
/// assert_eq!(edge.edge.attrs().paragraph, Some(unxref::Paragraph::Preamble));
/// # Ok::<(), unxref::graph::import::ImportError>(())
/// ```
pub fn from_graphml(text: &str) -> Result<CitationGraph, ImportError> {
    let mut reader = quick_xml::Reader::from_str(text);
    let syntax = |message: String| ImportError::Syntax {
        format: "GraphML",
        message,
    };
    // key id → attribute name, per domain ("node", "edge").
    let mut keys: HashMap<(String, String), String> = HashMap::new();
    let mut element: Option<Element> = None;
    let mut data_key: Option<String> = None;
    let mut data_text = String::new();
    let mut edges = 0usize;
    let mut builder = Builder::default();
    loop {
        let position = reader.buffer_position();
        let at = |e: quick_xml::Error| syntax(format!("{e} (at byte {position})"));
        let event = reader.read_event().map_err(at)?;
        match event {
            Event::Start(ref tag) | Event::Empty(ref tag) => {
                let empty = matches!(event, Event::Empty(_));
                let attrs = attributes(tag).map_err(|m| syntax(format!("{m} (at byte {position})")))?;
                match tag.local_name().as_ref() {
                    "key" => {
                        if let (Some(id), Some(name)) = (attrs.get("id"), attrs.get("attr.name")) {
                            let domain = attrs.get("for").cloned().unwrap_or_else(|| "all".into());
                            keys.insert((domain, id.clone()), name.clone());
                        }
                    }
                    "node" => {
                        let id = attrs
                            .get("id")
                            .cloned()
                            .ok_or_else(|| invalid(format!("node at byte {position}"), "has no id"))?;
                        element = Some(Element::node(id));
                    }
                    "edge" => {
                        let end = |name: &str| {
                            attrs.get(name).cloned().ok_or_else(|| {
                                invalid(format!("edge {edges}"), format!("has no {name} attribute"))
                            })
                        };
                        element = Some(Element::edge(end("source")?, end("target")?));
                    }
                    "data" => {
                        data_key = attrs.get("key").cloned();
                        data_text.clear();
                    }
                    _ => {}
                }
                if empty {
                    close(
                        tag.local_name().as_ref(),
                        &mut element,
                        &mut data_key,
                        &mut data_text,
                        &keys,
                        &mut builder,
                        &mut edges,
                    )?;
                }
            }
            Event::Text(t) if data_key.is_some() => data_text.push_str(&t.xml10_content()),
            Event::CData(t) if data_key.is_some() => data_text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if data_key.is_some() => {
                let resolved = match r.resolve_char_ref().map_err(at)? {
                    Some(c) => c.to_string(),
                    None => quick_xml::escape::resolve_predefined_entity(&r)
                        .ok_or_else(|| syntax(format!("unknown entity &{};", &*r)))?
                        .to_string(),
                };
                data_text.push_str(&resolved);
            }
            Event::End(tag) => close(
                tag.local_name().as_ref(),
                &mut element,
                &mut data_key,
                &mut data_text,
                &keys,
                &mut builder,
                &mut edges,
            )?,
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(builder.graph)
}

/// A node or edge being read, with its `<data>` values by attribute name.
struct Element {
    id: String,
    target: Option<String>,
    data: HashMap<String, String>,
}

impl Element {
    fn node(id: String) -> Element {
        Element {
            id,
            target: None,
            data: HashMap::new(),
        }
    }
    fn edge(source: String, target: String) -> Element {
        Element {
            id: source,
            target: Some(target),
            data: HashMap::new(),
        }
    }
}

fn close(
    name: &str,
    element: &mut Option<Element>,
    data_key: &mut Option<String>,
    data_text: &mut String,
    keys: &HashMap<(String, String), String>,
    builder: &mut Builder,
    edges: &mut usize,
) -> Result<(), ImportError> {
    match name {
        "data" => {
            if let (Some(key), Some(el)) = (data_key.take(), element.as_mut()) {
                let domain = if el.target.is_some() { "edge" } else { "node" };
                let name = keys
                    .get(&(domain.to_string(), key.clone()))
                    .or_else(|| keys.get(&("all".to_string(), key.clone())))
                    .cloned()
                    .unwrap_or(key);
                el.data.insert(name, std::mem::take(data_text));
            }
        }
        "node" => {
            if let Some(el) = element.take() {
                builder.node(graphml_node(el)?)?;
            }
        }
        "edge" => {
            if let Some(el) = element.take() {
                let i = *edges;
                *edges += 1;
                let (source, target, kind, attrs) = graphml_edge(el, i)?;
                builder.edge(i, source, target, kind, attrs)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn attributes(tag: &BytesStart<'_>) -> Result<HashMap<String, String>, String> {
    let mut out = HashMap::new();
    for attr in tag.attributes() {
        let attr = attr.map_err(|e| e.to_string())?;
        let key = attr.key.local_name().as_ref().to_string();
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| e.to_string())?;
        out.insert(key, value.into_owned());
    }
    Ok(out)
}

fn graphml_node(mut el: Element) -> Result<Node, ImportError> {
    let ctx = format!("node {:?}", el.id);
    let mut node = node_with_kind(&el.id, el.data.remove("kind").as_deref())?;
    let mut take = |k: &str| el.data.remove(k);
    if let Some(label) = take("label") {
        node.label = label;
    }
    node.title = take("title");
    node.date = typed(take("date"), "date", &ctx)?;
    node.year = parse_int(take("year"), "year", &ctx)?;
    node.agenda = take("agenda");
    node.category = typed(take("category"), "category", &ctx)?;
    node.aliases = take("aliases").map(|a| split_list(&a, '|')).unwrap_or_default();
    if let Some(held) = take("held") {
        node.held =
            parse_bool(&held).ok_or_else(|| invalid(&ctx, format!("held is {held:?}, not true or false")))?;
    }
    node.source = graphml_evidence(
        take("source_file"),
        take("source_line"),
        take("source_page"),
        take("source_quote"),
        "source",
        &ctx,
    )?;
    // A tally is there when `unanimous` is, or, for a resolution adopted
    // without a vote (which is neither unanimous nor not), `without_vote`.
    let unanimous = take("unanimous");
    let without_vote = take("without_vote").is_some_and(|w| parse_bool(&w) == Some(true));
    if unanimous.is_some() || without_vote {
        node.tally = Some(crate::model::Tally {
            unanimous: match &unanimous {
                Some(u) => parse_bool(u)
                    .ok_or_else(|| invalid(&ctx, format!("unanimous is {u:?}, not true or false")))?,
                None => false,
            },
            in_favour: parse_int(take("votes_in_favour"), "votes_in_favour", &ctx)?,
            against: parse_int(take("votes_against"), "votes_against", &ctx)?,
            abstaining: parse_int(take("abstentions"), "abstentions", &ctx)?,
            not_participating: parse_int(take("not_participating"), "not_participating", &ctx)?,
            meeting: parse_int(take("meeting"), "meeting", &ctx)?,
            without_vote,
            evidence: graphml_evidence(
                take("tally_file"),
                take("tally_line"),
                None,
                take("tally_quote"),
                "tally",
                &ctx,
            )?,
        });
    }
    Ok(node)
}

fn graphml_edge(mut el: Element, i: usize) -> Result<(String, String, EdgeKind, EdgeAttrs), ImportError> {
    let ctx = format!("edge {i}");
    let mut take = |k: &str| el.data.remove(k);
    let kind = edge_kind(take("kind").as_deref(), &ctx)?;
    let attrs = EdgeAttrs {
        relation: take("relation"),
        paragraph: typed(take("paragraph"), "paragraph", &ctx)?,
        pinpoint: take("pinpoint"),
        position: take("position").map(|p| vote_position(&p, &ctx)).transpose()?,
        date: typed(take("date"), "date", &ctx)?,
        role: take("role"),
        represents: take("represents"),
        count: parse_int(take("count"), "count", &ctx)?.unwrap_or(1),
        evidence: graphml_evidence(
            take("evidence_file"),
            take("evidence_line"),
            take("evidence_page"),
            take("evidence_quote"),
            "evidence",
            &ctx,
        )?,
    };
    let target = el.target.unwrap_or_default();
    Ok((el.id, target, kind, attrs))
}

fn graphml_evidence(
    file: Option<String>,
    line: Option<String>,
    page: Option<String>,
    quote: Option<String>,
    what: &str,
    ctx: &str,
) -> Result<Option<Evidence>, ImportError> {
    if file.is_none() && line.is_none() && quote.is_none() {
        return Ok(None);
    }
    Ok(Some(Evidence {
        file: file.unwrap_or_default(),
        line: parse_int(line, &format!("{what}_line"), ctx)?.unwrap_or(0),
        quote: quote.unwrap_or_default(),
        page: parse_int(page, &format!("{what}_page"), ctx)?,
    }))
}

fn parse_int<T: std::str::FromStr>(
    value: Option<String>,
    name: &str,
    ctx: &str,
) -> Result<Option<T>, ImportError> {
    value
        .map(|v| {
            v.trim()
                .parse()
                .map_err(|_| invalid(ctx, format!("{name} is {v:?}, not a whole number in range")))
        })
        .transpose()
}

fn parse_bool(v: &str) -> Option<bool> {
    match v.trim().to_ascii_lowercase().as_str() {
        "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

/// Adds nodes and edges, checking ids.
#[derive(Default)]
struct Builder {
    graph: CitationGraph,
}

impl Builder {
    fn node(&mut self, node: Node) -> Result<(), ImportError> {
        if self.graph.index_of(&node.id).is_some() {
            return Err(ImportError::DuplicateNode { id: node.id });
        }
        self.graph.add_node(node);
        Ok(())
    }

    fn edge(
        &mut self,
        i: usize,
        source: String,
        target: String,
        kind: EdgeKind,
        attrs: EdgeAttrs,
    ) -> Result<(), ImportError> {
        let end = |id: String, end: &'static str| -> Result<NodeRef, ImportError> {
            match self.graph.node(&id) {
                Some(node) => Ok(NodeRef {
                    id: node.id.clone(),
                    kind: node.kind,
                    label: node.label.clone(),
                    category: node.category,
                }),
                None => Err(ImportError::UnknownNode { edge: i, end, id }),
            }
        };
        let link = Link {
            source: end(source, "source")?,
            target: end(target, "target")?,
            kind,
            attrs,
        };
        if link.source.id == link.target.id {
            return Err(invalid(
                format!("edge {i}"),
                "joins a node to itself, which a citation graph never holds",
            ));
        }
        self.graph.add_link(&link);
        Ok(())
    }
}

fn node_with_kind(id: &str, kind: Option<&str>) -> Result<Node, ImportError> {
    let ctx = format!("node {id:?}");
    let kind: NodeKind = kind
        .ok_or_else(|| invalid(&ctx, "has no kind"))?
        .parse()
        .map_err(|e: crate::model::ParseKindError| invalid(&ctx, e.to_string()))?;
    Ok(Node::new(id, kind, id))
}

fn edge_kind(kind: Option<&str>, ctx: &str) -> Result<EdgeKind, ImportError> {
    kind.ok_or_else(|| invalid(ctx, "has no kind"))?
        .parse()
        .map_err(|e: crate::model::ParseKindError| invalid(ctx, e.to_string()))
}

fn vote_position(text: &str, ctx: &str) -> Result<VotePosition, ImportError> {
    VotePosition::from_name(text).ok_or_else(|| {
        let names: Vec<&str> = VotePosition::ALL.iter().map(|p| p.as_str()).collect();
        invalid(
            ctx,
            format!("position {text:?} is not one of {}", names.join(", ")),
        )
    })
}

/// A text field read as its type (a date, a category, a paragraph); a
/// text that is not one is an error naming the field.
fn typed<T: std::str::FromStr>(value: Option<String>, key: &str, ctx: &str) -> Result<Option<T>, ImportError>
where
    T::Err: std::fmt::Display,
{
    value
        .map(|v| v.parse().map_err(|e| invalid(ctx, format!("{key:?}: {e}"))))
        .transpose()
}

fn json_str(
    obj: &serde_json::Map<String, Value>,
    key: &str,
    ctx: &str,
) -> Result<Option<String>, ImportError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(invalid(ctx, format!("{key:?} is {other}, not a string"))),
    }
}

fn json_int<T: TryFrom<u64>>(
    obj: &serde_json::Map<String, Value>,
    key: &str,
    ctx: &str,
) -> Result<Option<T>, ImportError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_u64()
            .and_then(|n| T::try_from(n).ok())
            .map(Some)
            .ok_or_else(|| invalid(ctx, format!("{key:?} is {v}, not a whole number in range"))),
    }
}

fn json_evidence(
    obj: &serde_json::Map<String, Value>,
    key: &str,
    ctx: &str,
) -> Result<Option<Evidence>, ImportError> {
    let Some(value) = obj.get(key) else {
        return Ok(None);
    };
    let ctx = format!("{ctx} {key}");
    let e = value
        .as_object()
        .ok_or_else(|| invalid(&ctx, "is not an object"))?;
    Ok(Some(Evidence {
        file: json_str(e, "file", &ctx)?.unwrap_or_default(),
        line: json_int(e, "line", &ctx)?.unwrap_or(0),
        quote: json_str(e, "quote", &ctx)?.unwrap_or_default(),
        page: json_int(e, "page", &ctx)?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_problem() {
        let err = from_json(r#"{"nodes": [{"id": "x"}], "edges": []}"#).unwrap_err();
        assert_eq!(err.to_string(), "node \"x\": has no kind");
        let err = from_json(r#"{"nodes": [{"id": "x", "kind": "actor", "year": "soon"}], "edges": []}"#)
            .unwrap_err();
        assert!(err.to_string().contains("\"year\" is \"soon\""), "{err}");
        let err = from_json(
            r#"{"nodes": [{"id": "a", "kind": "actor"}], "edges": [{"source": "a", "target": "b", "kind": "cites"}]}"#,
        )
        .unwrap_err();
        assert_eq!(
            err,
            ImportError::UnknownNode {
                edge: 0,
                end: "target",
                id: "b".into()
            }
        );
        assert!(matches!(
            from_json("{\"nodes\": ["),
            Err(ImportError::Syntax { .. })
        ));
        assert!(matches!(
            from_graphml("<graphml><graph><node id=\"a\"></graph>"),
            Err(ImportError::Syntax { .. })
        ));
        let err = from_graphml(r#"<graphml><graph><node id="a"/></graph></graphml>"#).unwrap_err();
        assert_eq!(err.to_string(), "node \"a\": has no kind");
    }
}
