//! From a query's [`Table`] to the graph a diagram draws: the nodes of the
//! result, the nodes the walk started from, the edges among them, and the
//! edges the query itself followed.
//!
//! The last matter because a query may answer through another node: "what
//! does 2531 cite" reads the citations of draft S/2020/600, adopted as
//! resolution 2531, so the graph's edges leave the draft while the result
//! says the resolution cites. The diagram draws what the result says, with
//! the row's relation, paragraph and evidence on the edge.

use std::collections::BTreeMap;

use crate::graph::CitationGraph;
use crate::model::{EdgeAttrs, EdgeKind, Link, Node, NodeRef};
use crate::query::{Row, Table};

/// The graph to draw for a query result, and the nodes to emphasise.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// let table = graph.query("what does 2531 cite")?;
/// let result = unxref::render::result_graph(&graph, &table);
/// assert_eq!(result.focus, ["S/RES/2531 (2020)"]);
/// // The 14 documents cited and the resolution itself.
/// assert_eq!(result.graph.node_count(), 15);
/// assert!(!result.empty);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct ResultGraph {
    /// The induced subgraph on the result's nodes and its starting nodes,
    /// plus the edges the query followed.
    pub graph: CitationGraph,
    /// The query's starting nodes (the `from` of the first step, the first
    /// node of each path, the nodes of a plain set), sorted.
    pub focus: Vec<String>,
    /// True when the result has no node or path rows (a count, groups, an
    /// empty answer): nothing to draw.
    pub empty: bool,
    /// The edges the query followed and how far each node is from the
    /// subject: what the diagram draws first.
    pub answer: Answer,
}

/// The structure of an answer: the edges a walk or a path followed (the
/// walk's tree, the union of the paths, each edge with the numbers of the
/// paths using it) and each node's steps from the subject.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// let table = graph.query("what does 2531 cite")?;
/// let answer = unxref::render::result_graph(&graph, &table).answer;
/// // One tree edge per document cited, each one step from 2531.
/// assert_eq!(answer.edges.len(), 14);
/// assert_eq!(answer.depth.get("S/RES/1325 (2000)"), Some(&1));
/// assert_eq!(answer.paths, 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answer {
    /// Each edge followed, as (source, target, kind), with the numbers
    /// (from 1) of the paths using it; empty lists for a walk's tree.
    pub edges: BTreeMap<(String, String, EdgeKind), Vec<usize>>,
    /// Steps from the subject (0) of each node of the answer.
    pub depth: BTreeMap<String, u32>,
    /// How many paths the answer holds (0 for a walk or a set).
    pub paths: usize,
}

/// The graph to draw for `table`, a result of a query on `graph`.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::result_graph;
/// let table = graph.query("what does 2531 cite")?;
/// // The graph holds the citations on draft S/2020/600; the result says 2531
/// // cites, and so does the diagram.
/// let cites = |g: &unxref::CitationGraph| g.edges().any(|e| e.source.id == "S/RES/2531 (2020)" && e.target.id == "S/RES/1325 (2000)");
/// assert!(!cites(&graph));
/// assert!(cites(&result_graph(&graph, &table).graph));
/// // A count has nothing to draw.
/// assert!(result_graph(&graph, &graph.query("what does 2531 cite | count")?).empty);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn result_graph(graph: &CitationGraph, table: &Table) -> ResultGraph {
    let mut ids: Vec<String> = table.node_ids().into_iter().map(str::to_string).collect();
    let mut focus = Vec::new();
    for row in table.rows() {
        match row {
            Row::Node(n) => {
                // The subject is where the query walked from; a set
                // (`all resolutions`) has none, so each of its members is
                // counted and trimmed as part of the answer.
                if let Some(from) = &n.from {
                    ids.push(from.clone());
                    if n.depth <= 1 {
                        focus.push(from.clone());
                    }
                }
            }
            Row::Path(p) => focus.extend(p.nodes.first().cloned()),
            _ => {}
        }
    }
    focus.sort();
    focus.dedup();
    let mut sub = graph.subgraph(&ids);
    let empty = sub.node_count() == 0;
    let mut answer = Answer::default();
    for f in &focus {
        answer.depth.insert(f.clone(), 0);
    }

    // Edges the query followed that the graph holds elsewhere (through a
    // draft): drawn as the result states them.
    for row in table.rows() {
        match row {
            Row::Node(n) => {
                let (Some(from), Some(kind)) = (&n.from, n.edge) else {
                    answer.depth.entry(n.id.clone()).or_insert(n.depth);
                    continue;
                };
                let (source, target) = if n.forward {
                    (from.as_str(), n.id.as_str())
                } else {
                    (n.id.as_str(), from.as_str())
                };
                answer
                    .edges
                    .entry((source.to_string(), target.to_string(), kind))
                    .or_default();
                let depth = answer.depth.entry(n.id.clone()).or_insert(n.depth);
                *depth = (*depth).min(n.depth);
                if has_edge(&sub, source, target, kind) {
                    continue;
                }
                let attrs = EdgeAttrs {
                    relation: n.relation.clone(),
                    paragraph: n.paragraph,
                    pinpoint: n.pinpoint.clone(),
                    position: n.position,
                    date: n.end_date,
                    evidence: n.evidence.clone(),
                    ..EdgeAttrs::default()
                };
                add(&mut sub, source, target, kind, attrs);
            }
            Row::Path(p) => {
                answer.paths += 1;
                for (i, id) in p.nodes.iter().enumerate() {
                    let depth = answer.depth.entry(id.clone()).or_insert(i as u32);
                    *depth = (*depth).min(i as u32);
                }
                for (i, step) in p.steps.iter().enumerate() {
                    let (Some(a), Some(b)) = (p.nodes.get(i), p.nodes.get(i + 1)) else {
                        continue;
                    };
                    let (source, target) = if step.forward { (a, b) } else { (b, a) };
                    answer
                        .edges
                        .entry((source.clone(), target.clone(), step.kind))
                        .or_default()
                        .push(answer.paths);
                    if !has_edge(&sub, source, target, step.kind) {
                        let attrs = through_draft(graph, source, target, step.kind).unwrap_or_default();
                        add(&mut sub, source, target, step.kind, attrs);
                    }
                }
            }
            _ => {}
        }
    }
    ResultGraph {
        graph: sub,
        focus,
        empty,
        answer,
    }
}

/// The attributes of the edge `kind` from a draft adopted as `source` to
/// `target`: where a path through a resolution found its step.
fn through_draft(
    graph: &CitationGraph,
    source: &str,
    target: &str,
    kind: crate::EdgeKind,
) -> Option<EdgeAttrs> {
    graph
        .edges_of(source, crate::EdgeKind::AdoptedAs, petgraph::Direction::Incoming)
        .iter()
        .find_map(|adopted| {
            graph
                .edges_of(&adopted.source.id, kind, petgraph::Direction::Outgoing)
                .into_iter()
                .find(|e| e.target.id == target)
                .map(|e| e.edge.attrs().clone())
        })
}

fn has_edge(graph: &CitationGraph, source: &str, target: &str, kind: crate::EdgeKind) -> bool {
    graph
        .edges_of(source, kind, petgraph::Direction::Outgoing)
        .iter()
        .any(|e| e.target.id == target)
}

fn add(graph: &mut CitationGraph, source: &str, target: &str, kind: crate::EdgeKind, attrs: EdgeAttrs) {
    let end = |id: &str| {
        graph.node(id).map(|n: &Node| NodeRef {
            id: n.id.clone(),
            kind: n.kind,
            label: n.label.clone(),
            category: n.category,
        })
    };
    // Both ends are in the subgraph: they come from the same table.
    if let (Some(source), Some(target)) = (end(source), end(target)) {
        graph.add_link(&Link {
            source,
            target,
            kind,
            attrs,
        });
    }
}
