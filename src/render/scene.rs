//! From a graph and the answer a query gave to what a diagram shows: the
//! nodes kept (the subject, then the direct answers ranked by citations in
//! the whole graph, then the next steps), where each sits in time, the
//! answer's edges (a walk's tree, the union of the paths), the context
//! layer when asked, and the texts: caption, notes, tooltips and evidence.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::layout::Slot;
use super::{RenderOptions, document_url, style};
use crate::graph::CitationGraph;
use crate::model::{Edge, EdgeKind, Evidence, Node, NodeKind, VotePosition};
use crate::symbol::{Symbol, SymbolKind};

/// The bands beside the timeline, by [`Slot::Band`] number.
///
/// # Examples
///
/// ```
/// assert_eq!(unxref::render::BANDS[1], "actors, states, places, Charter");
/// ```
pub const BANDS: [&str; 2] = ["undated documents", "actors, states, places, Charter"];

/// A node as drawn.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{RenderOptions, Scene, layout::Slot};
/// let scene = Scene::build(&graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]), &RenderOptions::default());
/// let res = scene.nodes.iter().find(|n| n.id == "S/RES/2391 (2017)").unwrap();
/// assert!(!res.held);
/// assert_eq!(res.url.as_deref(), Some("https://undocs.org/en/S/RES/2391(2017)"));
/// assert_eq!(res.slot, Slot::Year(2017));
/// ```
#[derive(Debug, Clone)]
pub struct SceneNode {
    /// The node's id.
    pub id: String,
    /// Its label, broken into lines.
    pub lines: Vec<String>,
    /// Its kind.
    pub kind: NodeKind,
    /// False for stubs (documents cited but not held): drawn dashed.
    pub held: bool,
    /// True for the query's subject: drawn with a heavy outline.
    pub focus: bool,
    /// Where it sits: a year, or a band beside the timeline.
    pub slot: Slot,
    /// How its year was found when not stated: "dated from session 64".
    pub dated_from: Option<String>,
    /// Citations received in the whole graph, which set its size.
    pub cited_by: usize,
    /// Steps from the subject, when the answer says.
    pub depth: Option<u32>,
    /// Tooltip text: id, title, date, the edge that reached it.
    pub tooltip: String,
    /// Link to the document.
    pub url: Option<String>,
    /// Its title, when known.
    pub title: Option<String>,
    /// Its date, when known.
    pub date: Option<String>,
}

impl SceneNode {
    /// The size factor: 1 for a node never cited, growing with the log of
    /// the citations it receives, without a cap.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::render::SceneNode;
    /// assert_eq!(SceneNode::scale_of(0), 1.0);
    /// assert!(SceneNode::scale_of(227) > SceneNode::scale_of(93) + 0.1);
    /// ```
    pub fn scale(&self) -> f64 {
        SceneNode::scale_of(self.cited_by)
    }

    /// The size factor of a node cited `count` times.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::render::SceneNode;
    /// // Ten times the citations, a constant step larger: no cap.
    /// let step = SceneNode::scale_of(1000) - SceneNode::scale_of(100);
    /// assert!(step > 0.5);
    /// ```
    pub fn scale_of(count: usize) -> f64 {
        1.0 + 0.28 * (1.0 + count as f64).ln()
    }
}

/// An edge as drawn.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{RenderOptions, Scene};
/// let result = unxref::render::result_graph(&graph, &graph.query("what does 2531 cite")?);
/// let scene = Scene::build(&result.graph, &RenderOptions::default().for_result(&result));
/// // Every edge drawn is one the answer followed, from 2531.
/// assert!(scene.edges.iter().all(|e| e.answer && scene.nodes[e.source].id == "S/RES/2531 (2020)"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct SceneEdge {
    /// Index of the source in [`Scene::nodes`].
    pub source: usize,
    /// Index of the target in [`Scene::nodes`].
    pub target: usize,
    /// Its kind.
    pub kind: EdgeKind,
    /// The vote, for `voted` edges (sets the colour).
    pub position: Option<VotePosition>,
    /// True for an edge of the answer; false for the context layer.
    pub answer: bool,
    /// The numbers of the paths using it (from 1).
    pub paths: Vec<usize>,
    /// True for a citation of a document adopted after the citing one
    /// ([`CitationGraph::is_suspect`]): likely a misread, drawn in its own
    /// colour, dashed.
    pub suspect: bool,
    /// Its label, when labels fit.
    pub label: Option<String>,
    /// Tooltip text: what it says and the evidence.
    pub tooltip: String,
    /// The relation verb (`recalling`).
    pub relation: Option<String>,
    /// The paragraph of the citing document.
    pub paragraph: Option<String>,
    /// Where it was read, the file named relative to the corpus.
    pub evidence: Option<Evidence>,
}

/// Everything a diagram shows, in a fixed order: the input of both engines.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{RenderOptions, Scene};
/// let scene = Scene::build(&graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]), &RenderOptions::default());
/// assert_eq!(scene.title, "Citation diagram");
/// assert_eq!((scene.nodes.len(), scene.edges.len(), scene.total), (2, 1, 2));
/// assert!(scene.caption.contains("2 of 2 shown"));
/// ```
#[derive(Debug, Clone)]
pub struct Scene {
    /// The heading (the query).
    pub title: String,
    /// The line under it: corpus, date, how much is shown.
    pub caption: String,
    /// Messages for the reader (trimming, the context layer).
    pub notes: Vec<String>,
    /// Nodes: the subject first, then by steps and citations.
    pub nodes: Vec<SceneNode>,
    /// Edges: the answer's, then the context layer.
    pub edges: Vec<SceneEdge>,
    /// Nodes of the answer (beside the subject) before trimming.
    pub total: usize,
    /// Nodes of the answer drawn.
    pub shown: usize,
    /// Paths in the answer (0 for a walk or set).
    pub paths: usize,
    /// Nodes of the answer left out when it was trimmed, by where they
    /// would sit (a year, a band): the axis says "+N not drawn" there, so
    /// that a thinned year reads as omission, not absence.
    pub not_drawn: BTreeMap<Slot, usize>,
}

impl Scene {
    /// Prepare `graph` for drawing: keep the subject and at most
    /// `max_nodes` other nodes, place them in time, pick the edges to draw
    /// and write the texts.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::render::{RenderOptions, Scene};
    /// let options = RenderOptions { max_nodes: 4, ..RenderOptions::default() };
    /// let scene = Scene::build(&graph, &options);
    /// assert_eq!(scene.nodes.len(), 4);
    /// assert!(scene.notes[0].starts_with("Showing 4 of"));
    /// ```
    pub fn build(graph: &CitationGraph, options: &RenderOptions) -> Scene {
        let answer = &options.answer;
        let focus: BTreeSet<&str> = options
            .focus
            .iter()
            .map(String::as_str)
            .filter(|f| graph.node(f).is_some())
            .collect();
        let received = received_within(graph);
        let cited = |id: &str| {
            options
                .cited_by
                .get(id)
                .copied()
                .unwrap_or_else(|| received.get(id).copied().unwrap_or(0))
        };
        // The subject first; then by steps from it, the most cited first.
        let mut order: Vec<&Node> = graph.nodes().collect();
        order.sort_by_key(|n| {
            (
                !focus.contains(n.id.as_str()),
                answer.depth.get(&n.id).copied().unwrap_or(u32::MAX),
                std::cmp::Reverse(cited(&n.id)),
                n.id.as_str(),
            )
        });
        let total = order.iter().filter(|n| !focus.contains(n.id.as_str())).count();
        let (order, not_drawn) = trim(order, options.max_nodes, |n| {
            if focus.contains(n.id.as_str()) {
                None
            } else {
                Some(answer.depth.get(&n.id).copied().unwrap_or(u32::MAX))
            }
        });
        let shown = order.len() - focus.len();
        let mut notes = Vec::new();
        if shown < total {
            notes.push(format!(
                "Showing {shown} of {total}: the direct answers first; each year keeps its share, the most cited first within it, and the axis counts the rest (“+N not drawn”) (--max-nodes N to change)."
            ));
        }
        if graph.node_count() == 0 {
            notes.push("The result is empty: nothing to draw.".to_string());
        }
        let position: BTreeMap<&str, usize> = order
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), i))
            .collect();

        // Edges: the answer's, and the others among the nodes kept.
        let structured = !answer.edges.is_empty();
        let mut edges = Vec::new();
        let mut context = Vec::new();
        for e in graph.edges() {
            let (Some(&s), Some(&t)) = (
                position.get(e.source.id.as_str()),
                position.get(e.target.id.as_str()),
            ) else {
                continue;
            };
            let key = (e.source.id.clone(), e.target.id.clone(), e.edge.kind);
            let suspect = graph.is_suspect(e.index);
            match answer.edges.get(&key) {
                Some(paths) => edges.push((s, t, e.source, e.target, e.edge, true, paths.clone(), suspect)),
                None if !structured => {
                    edges.push((s, t, e.source, e.target, e.edge, true, Vec::new(), suspect))
                }
                None => context.push((s, t, e.source, e.target, e.edge, false, Vec::new(), suspect)),
            }
        }
        if structured && !context.is_empty() {
            if options.context {
                // The context layer keeps the edges between the nodes drawn
                // first, up to the limit.
                context.sort_by_key(|c| c.0.max(c.1));
                if context.len() > options.max_edges {
                    notes.push(format!(
                        "Context: {} of the {} other citations among these nodes drawn.",
                        options.max_edges,
                        context.len()
                    ));
                    context.truncate(options.max_edges);
                }
                edges.extend(context);
            } else {
                notes.push(format!(
                    "{} other links among these nodes are not drawn (--context draws them faintly).",
                    context.len()
                ));
            }
        }
        let labels = edges.len() <= options.max_edge_labels;
        let mut incoming: Vec<Option<usize>> = vec![None; order.len()];
        let scene_edges: Vec<SceneEdge> = edges
            .iter()
            .enumerate()
            .map(|(i, (s, t, source, target, edge, is_answer, paths, suspect))| {
                let a = edge.attrs();
                if *is_answer {
                    let reached = if answer.depth.get(&source.id) > answer.depth.get(&target.id) {
                        *s
                    } else {
                        *t
                    };
                    incoming[reached].get_or_insert(i);
                }
                let label = if !labels {
                    None
                } else if !paths.is_empty() {
                    Some(path_label(paths))
                } else {
                    edge_label(edge)
                };
                SceneEdge {
                    source: *s,
                    target: *t,
                    kind: edge.kind,
                    position: a.position,
                    answer: *is_answer,
                    paths: paths.clone(),
                    suspect: *suspect,
                    label,
                    tooltip: edge_tooltip(source, target, edge, paths, *suspect),
                    relation: a.relation.clone(),
                    paragraph: a.paragraph.map(|p| p.to_string()),
                    evidence: a.evidence.as_ref().map(|ev| Evidence {
                        file: display_file(&ev.file),
                        line: ev.line,
                        quote: ev.quote.clone(),
                        page: ev.page,
                    }),
                }
            })
            .collect();

        let nodes = order
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let (slot, dated_from) = slot_of(n);
                let reached = incoming[i].map(|e| &scene_edges[e]);
                SceneNode {
                    id: n.id.clone(),
                    lines: wrap(&n.label, 16),
                    kind: n.kind,
                    held: n.held,
                    focus: focus.contains(n.id.as_str()),
                    slot,
                    cited_by: cited(&n.id),
                    depth: answer.depth.get(&n.id).copied(),
                    tooltip: node_tooltip(
                        n,
                        dated_from.as_deref(),
                        cited(&n.id),
                        reached,
                        answer.depth.get(&n.id).copied(),
                    ),
                    dated_from,
                    url: document_url(n),
                    title: n.title.clone(),
                    date: n.date.map(|d| d.to_string()),
                }
            })
            .collect();
        let mut caption = Vec::new();
        if let Some(corpus) = &options.corpus {
            caption.push(format!("corpus: {corpus}"));
        }
        if let Some(date) = &options.date {
            caption.push(format!("drawn {date}"));
        }
        caption.push(format!("{shown} of {total} shown"));
        if answer.paths > 0 {
            caption.push(match answer.paths {
                1 => "1 path, numbered on its edges".to_string(),
                n => format!("{n} paths, numbered on their edges"),
            });
        }
        Scene {
            title: options
                .title
                .clone()
                .unwrap_or_else(|| "Citation diagram".to_string()),
            caption: caption.join(" · "),
            notes,
            nodes,
            edges: scene_edges,
            total,
            shown,
            paths: answer.paths,
            not_drawn,
        }
    }

    /// The node kinds drawn, in display order, and whether any stub is.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{NodeKind, render::{RenderOptions, Scene}};
    /// let scene = Scene::build(&graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]), &RenderOptions::default());
    /// assert_eq!(scene.kinds(), (vec![NodeKind::Resolution, NodeKind::DraftResolution], true));
    /// ```
    pub fn kinds(&self) -> (Vec<NodeKind>, bool) {
        let present: BTreeSet<NodeKind> = self.nodes.iter().map(|n| n.kind).collect();
        (present.into_iter().collect(), self.nodes.iter().any(|n| !n.held))
    }

    /// The edge styles drawn, one per legend entry, in display order.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, render::{RenderOptions, Scene}};
    /// let scene = Scene::build(&graph.subgraph(["S/2020/600", "S/RES/2391 (2017)"]), &RenderOptions::default());
    /// assert_eq!(scene.edge_kinds(), [(EdgeKind::Cites, None)]);
    /// ```
    pub fn edge_kinds(&self) -> Vec<(EdgeKind, Option<VotePosition>)> {
        let present: BTreeSet<(EdgeKind, Option<VotePosition>)> =
            self.edges.iter().map(|e| (e.kind, e.position)).collect();
        present.into_iter().collect()
    }

    /// The deepest step drawn (rings show steps beyond the first).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::render::{RenderOptions, Scene};
    /// let result = unxref::render::result_graph(&graph, &graph.query("what does 2531 cite")?);
    /// let scene = Scene::build(&result.graph, &RenderOptions::default().for_result(&result));
    /// assert_eq!(scene.max_depth(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn max_depth(&self) -> u32 {
        self.nodes.iter().filter_map(|n| n.depth).max().unwrap_or(0)
    }

    /// The lane group of each edge: a walk's edges from one node share lanes
    /// (a bus from the parent); other edges, path edges among them, gather
    /// at their target (a path stays traceable by its numbers).
    pub(crate) fn edge_groups(&self) -> Vec<usize> {
        self.edges
            .iter()
            .map(|e| {
                if !e.paths.is_empty() {
                    return e.target;
                }
                let (ds, dt) = (self.nodes[e.source].depth, self.nodes[e.target].depth);
                match (ds, dt) {
                    (Some(a), Some(b)) if e.answer && a < b => e.source,
                    _ => e.target,
                }
            })
            .collect()
    }
}

/// Keep the subject (`level` None) and at most `budget` other nodes of
/// `order` (sorted: the subject, then by level, the most cited first). Whole
/// levels are kept while they fit (the direct answers first); the level
/// that does not fit shares what is left among the years (and bands) in
/// proportion to their nodes, by the Sainte-Laguë method, so that every year
/// keeps its share and a thinned year is not drawn as an empty one; within a
/// year, the most cited first. Returns the nodes kept, in `order`'s order,
/// and the count left out at each slot.
fn trim(
    order: Vec<&Node>,
    budget: usize,
    level: impl Fn(&Node) -> Option<u32>,
) -> (Vec<&Node>, BTreeMap<Slot, usize>) {
    let others = order.iter().filter(|n| level(n).is_some()).count();
    if others <= budget {
        return (order, BTreeMap::new());
    }
    let mut keep = vec![false; order.len()];
    let mut left = budget;
    let mut i = 0;
    while i < order.len() {
        let Some(this) = level(order[i]) else {
            keep[i] = true;
            i += 1;
            continue;
        };
        let end = (i..order.len())
            .find(|&j| level(order[j]) != Some(this))
            .unwrap_or(order.len());
        if end - i <= left {
            keep[i..end].fill(true);
            left -= end - i;
        } else if left > 0 {
            // Seats by slot: the highest quotient n / (2s + 1) takes the next.
            let mut members: BTreeMap<Slot, Vec<usize>> = BTreeMap::new();
            for (j, n) in order.iter().enumerate().take(end).skip(i) {
                members.entry(slot_of(n).0).or_default().push(j);
            }
            let mut seats: BTreeMap<Slot, usize> = members.keys().map(|&s| (s, 0)).collect();
            for _ in 0..left {
                let best = members
                    .iter()
                    .filter(|(s, m)| seats[*s] < m.len())
                    .max_by(|(sa, a), (sb, b)| {
                        let qa = a.len() * (2 * seats[*sb] + 1);
                        let qb = b.len() * (2 * seats[*sa] + 1);
                        qa.cmp(&qb).then(a.len().cmp(&b.len())).then(sb.cmp(sa))
                    })
                    .map(|(s, _)| *s);
                let Some(seat) = best.and_then(|s| seats.get_mut(&s)) else {
                    break;
                };
                *seat += 1;
            }
            for (slot, m) in &members {
                for &j in m.iter().take(seats[slot]) {
                    keep[j] = true;
                }
            }
            left = 0;
        }
        i = end;
    }
    let mut not_drawn = BTreeMap::new();
    let mut kept = Vec::with_capacity(budget + 1);
    for (n, k) in order.into_iter().zip(keep) {
        if k {
            kept.push(n);
        } else {
            *not_drawn.entry(slot_of(n).0).or_insert(0) += 1;
        }
    }
    (kept, not_drawn)
}

/// Citations each node receives within `graph` (the fallback size).
fn received_within(graph: &CitationGraph) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for e in graph.edges() {
        if e.edge.kind == EdgeKind::Cites {
            *counts.entry(e.target.id.clone()).or_insert(0) += 1;
        }
    }
    counts
}

/// Where a node sits in time and, when its year was inferred, from what:
/// its own year or date, the year of its symbol, the session of a General
/// Assembly symbol (session n opens in September of 1945 + n). Actors and
/// states go to their band, documents with no year to theirs.
fn slot_of(node: &Node) -> (Slot, Option<String>) {
    if !node.kind.is_document() {
        return (Slot::Band(1), None);
    }
    let stated = node
        .year
        .or_else(|| node.year())
        .or_else(|| node.id.parse::<Symbol>().ok()?.year());
    if let Some(y) = stated {
        return (Slot::Year(y), None);
    }
    if let Some(session) = ga_session(&node.id) {
        let year = 1945 + session as u16;
        return (
            Slot::Year(year),
            Some(format!(
                "dated from General Assembly session {session} ({year}–{})",
                (year + 1) % 100
            )),
        );
    }
    (Slot::Band(0), None)
}

/// The session of a General Assembly symbol that names it in digits:
/// `A/RES/64/290` → 64, `A/45/594/Add.1` → 45, `A/68/PV.69` → 68.
fn ga_session(id: &str) -> Option<u32> {
    let symbol: Symbol = id.parse().ok()?;
    if !matches!(
        symbol.kind(),
        SymbolKind::GaResolution | SymbolKind::GaDocument | SymbolKind::GaMeeting
    ) {
        return None;
    }
    let rest = symbol.as_str().strip_prefix("A/")?;
    let rest = rest.strip_prefix("RES/").unwrap_or(rest);
    let session: u32 = rest.split('/').next()?.parse().ok()?;
    (1..=90).contains(&session).then_some(session)
}

/// A file named for a reader: a relative path as given, an absolute one by
/// its folder and name (`sc-resolutions/S-RES-1325(2000).txt`), so no
/// diagram shows where a corpus sits on someone's disk.
///
/// # Examples
///
/// ```
/// use unxref::render::display_file;
/// assert_eq!(display_file("/home/a/corpus/sc-resolutions/S-RES-1325(2000).txt"), "sc-resolutions/S-RES-1325(2000).txt");
/// assert_eq!(display_file("data/S-RES-2531(2020).txt"), "data/S-RES-2531(2020).txt");
/// ```
pub fn display_file(file: &str) -> String {
    let path = std::path::Path::new(file);
    if !path.has_root() {
        return file.to_string();
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let folder = path
        .parent()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned());
    match (folder, name) {
        (Some(f), Some(n)) => format!("{f}/{n}"),
        (None, Some(n)) => n,
        _ => String::new(),
    }
}

/// `#2,15` for an edge on paths 2 and 15, runs joined (`#4-7,12`): every
/// path number, so that each path can be followed edge by edge, up to
/// eight groups (`+N` counts the paths past them; the tooltip lists all).
fn path_label(paths: &[usize]) -> String {
    let mut sorted = paths.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for p in sorted {
        match runs.last_mut() {
            Some(run) if run.1 + 1 == p => run.1 = p,
            _ => runs.push((p, p)),
        }
    }
    const GROUPS: usize = 8;
    let shown: Vec<String> = runs
        .iter()
        .take(GROUPS)
        .map(|&(a, b)| match b - a {
            0 => a.to_string(),
            1 => format!("{a},{b}"),
            _ => format!("{a}-{b}"),
        })
        .collect();
    let more: usize = runs.iter().skip(GROUPS).map(|(a, b)| b - a + 1).sum();
    if more > 0 {
        format!("#{}+{more}", shown.join(","))
    } else {
        format!("#{}", shown.join(","))
    }
}

/// The label an edge carries: the relation verb of a citation, the vote,
/// the mandate's end date; nothing for mentions (there are too many).
fn edge_label(edge: &Edge) -> Option<String> {
    let a = edge.attrs();
    let text = match edge.kind {
        EdgeKind::Cites => a.relation.clone()?,
        EdgeKind::Voted => a.position?.as_str().replace('_', " "),
        EdgeKind::ExtendsMandate => match &a.date {
            Some(d) => format!("to {d}"),
            None => "extends mandate".to_string(),
        },
        EdgeKind::Mentions => return None,
        kind => style::edge_style(kind, None).verb.to_string(),
    };
    Some(shorten(&text, 22))
}

fn edge_tooltip(source: &Node, target: &Node, edge: &Edge, paths: &[usize], suspect: bool) -> String {
    let a = edge.attrs();
    let mut text = format!(
        "{} {} {}",
        source.label,
        style::edge_style(edge.kind, a.position).verb,
        target.label
    );
    let mut detail = Vec::new();
    if let Some(r) = &a.relation {
        detail.push(r.clone());
    }
    if let Some(p) = a.paragraph {
        detail.push(paragraph_words(p));
    }
    if let Some(p) = &a.pinpoint {
        detail.push(format!("its paragraph {p}"));
    }
    if let Some(p) = a.position {
        detail.push(p.as_str().replace('_', " "));
    }
    if let Some(d) = &a.date {
        detail.push(format!("until {d}"));
    }
    if a.count > 1 {
        detail.push(format!("{} times", a.count));
    }
    if !detail.is_empty() {
        let _ = write!(text, " ({})", detail.join(", "));
    }
    if suspect {
        text.push_str("\nSuspect: it cites a document adopted later (a misread or a typo, as likely as not)");
    }
    if !paths.is_empty() {
        let numbers: Vec<String> = paths.iter().map(|p| p.to_string()).collect();
        let _ = write!(text, "\nOn path {}", numbers.join(", "));
    }
    if let Some(ev) = &a.evidence {
        let _ = write!(
            text,
            "\n“{}”\n{}{} line {}",
            shorten(&ev.quote, 300),
            display_file(&ev.file),
            ev.page.map(|p| format!(" p. {p}")).unwrap_or_default(),
            ev.line
        );
    }
    text
}

fn node_tooltip(
    node: &Node,
    dated_from: Option<&str>,
    cited: usize,
    reached: Option<&SceneEdge>,
    depth: Option<u32>,
) -> String {
    let mut text = node.id.clone();
    let kind = style::node_style(node.kind).name;
    let _ = write!(text, " · {kind}");
    if node.label != node.id {
        let _ = write!(text, "\n{}", node.label);
    }
    if let Some(title) = &node.title {
        let _ = write!(text, "\nTitle: {}", shorten(title, 200));
    }
    if let Some(date) = &node.date {
        let _ = write!(text, "\nDate: {date}");
    } else if let Some(year) = node.year {
        let _ = write!(text, "\nYear: {year}");
    } else if let Some(how) = dated_from {
        let _ = write!(text, "\nPlaced in time: {how}");
    }
    if node.kind.is_document() {
        let _ = write!(text, "\nCited {cited} times in the graph");
    }
    if node.kind.is_document() && !node.held {
        text.push_str("\nNot in the corpus: known only from other documents.");
    }
    match depth {
        Some(1) => text.push_str("\n1 step from the subject"),
        Some(d) if d > 1 => {
            let _ = write!(text, "\n{d} steps from the subject");
        }
        _ => {}
    }
    if let Some(e) = reached {
        let _ = write!(text, "\nReached by: {}", e.tooltip);
    }
    text
}

fn paragraph_words(p: crate::Paragraph) -> String {
    match p {
        crate::Paragraph::Operative(n) => format!("paragraph {n}"),
        crate::Paragraph::Preamble => "preamble".to_string(),
    }
}

/// `text` cut to at most `max` characters, with an ellipsis when cut.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Break a label into lines of about `width` characters at spaces.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_wrap_at_spaces_and_quotes_are_shortened() {
        assert_eq!(wrap("Resolution 2531 (2020)", 16), ["Resolution 2531", "(2020)"]);
        assert_eq!(shorten("a  b\n c", 10), "a b c");
        assert_eq!(shorten("abcdefghij", 5), "abcd…");
    }

    #[test]
    fn path_labels_name_every_path_with_runs_joined() {
        assert_eq!(path_label(&[15, 2]), "#2,15");
        assert_eq!(path_label(&[1, 4, 6, 9, 11, 14, 17]), "#1,4,6,9,11,14,17");
        assert_eq!(path_label(&[4, 5, 6, 7, 12, 13]), "#4-7,12,13");
        let odd: Vec<usize> = (1..=21).step_by(2).collect();
        assert_eq!(path_label(&odd), "#1,3,5,7,9,11,13,15+3");
    }

    #[test]
    fn a_cut_keeps_whole_levels_then_shares_the_rest_among_years() {
        let stub = |n: u32, y: u16| Node::stub(&format!("S/RES/{n} ({y})").parse().unwrap());
        // Ten citers of 2000 (more cited) and two of 2015, all one step away.
        let nodes: Vec<Node> = (0..10)
            .map(|i| stub(1300 + i, 2000))
            .chain((0..2).map(|i| stub(2200 + i, 2015)))
            .collect();
        let order: Vec<&Node> = nodes.iter().collect();
        let (kept, left) = trim(order.clone(), 6, |_| Some(1));
        // Six of twelve: half of each year (5 and 1), not the first six.
        assert_eq!(kept.len(), 6);
        assert_eq!(kept.iter().filter(|n| n.id.ends_with("(2015)")).count(), 1);
        assert_eq!(
            left,
            BTreeMap::from([(Slot::Year(2000), 5), (Slot::Year(2015), 1)])
        );
        // Within a year, the order given (the most cited first) decides.
        assert!(kept.iter().any(|n| n.id == "S/RES/1300 (2000)"));
        assert!(!kept.iter().any(|n| n.id == "S/RES/1309 (2000)"));
        // The direct answers first: level 1 is kept whole, level 2 shares
        // what is left, and the subject (no level) always stays.
        let level = |n: &Node| match n.id.as_str() {
            "S/RES/1300 (2000)" => None,
            id if id.ends_with("(2015)") => Some(1),
            _ => Some(2),
        };
        // (Sorted as Scene::build sorts: the subject, then by level.)
        let mut by_level = order.clone();
        by_level.sort_by_key(|n| level(n).map_or(0, |l| l + 1));
        let (kept, left) = trim(by_level, 4, level);
        assert_eq!(kept.len(), 5);
        assert!(kept.iter().any(|n| n.id == "S/RES/1300 (2000)"));
        assert_eq!(kept.iter().filter(|n| n.id.ends_with("(2015)")).count(), 2);
        assert_eq!(left, BTreeMap::from([(Slot::Year(2000), 7)]));
        // Nothing to cut: nothing counted.
        assert_eq!(trim(order, 12, |_| Some(1)).1, BTreeMap::new());
    }

    #[test]
    fn general_assembly_documents_are_dated_by_session() {
        assert_eq!(ga_session("A/RES/64/290"), Some(64));
        assert_eq!(ga_session("A/45/594"), Some(45));
        assert_eq!(ga_session("S/2013/189"), None);
        let node = Node::stub(&"A/RES/64/290".parse().unwrap());
        let (slot, how) = slot_of(&node);
        assert_eq!(slot, Slot::Year(2009));
        assert!(how.unwrap().contains("session 64 (2009–10)"));
        let actor = Node::new("actor:MINUSMA", NodeKind::Actor, "MINUSMA");
        assert_eq!(slot_of(&actor).0, Slot::Band(1));
    }
}
