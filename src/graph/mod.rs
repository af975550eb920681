//! The citation graph: a petgraph [`StableDiGraph`] of [`Node`]s and
//! [`Edge`]s behind an id index. Merging extractions makes one node per id
//! (a document met in two files, a state met in many), creates stub nodes for
//! documents cited but not held, and folds repeated facts into one edge with
//! a count.
//!
//! `StableDiGraph` rather than `Graph`: indices stay valid when nodes are
//! removed (subgraphs for rendering, pruning stubs, a stub folded into the
//! document it is another symbol of), and the id index holds them.
//!
//! **Aliases.** A document issued under a joint symbol
//! (`A/67/970-S/2013/480`) is one node: its id is its Security Council
//! symbol (`S/2013/480`, the series the Council's texts cite it by, whose
//! kind a citation's words tell), whichever symbol was met first, and
//! [`Node::aliases`] lists the others. An alias index beside the id index
//! maps each other symbol to the node, so that [`CitationGraph::add_node`],
//! [`CitationGraph::ensure`] (a citation of `S/2013/480` alone),
//! [`CitationGraph::node`] and [`CitationGraph::index_of`] reach the same
//! node by either symbol. When a symbol becomes an alias after a stub was
//! made for it, the stub is folded into the node: its edges move over (an
//! edge between the two halves is dropped: a document does not cite
//! itself) and its id joins the aliases; a kind that the folded stub's
//! symbol alone gave it (`ga_document` for `A/67/970`) is not the
//! document's. Only documents' aliases are indexed; an actor's aliases are
//! names, not ids.
//!
//! # Examples
//!
//! ```
//! # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
//! use unxref::EdgeKind;
//! use petgraph::Direction::Incoming;
//! // Who cites resolution 1325 (2000), by the graph's own walk …
//! let citing: Vec<&str> = graph.neighbors("S/RES/1325 (2000)", EdgeKind::Cites, Incoming).map(|n| n.id.as_str()).collect();
//! assert_eq!(citing, ["002_4635c25849462a9e#letter/annex-XIX", "S/2020/600", "S/2020/1158"]);
//! // … and by petgraph's, on the same indices.
//! let ix = graph.index_of("S/RES/1325 (2000)").unwrap();
//! assert_eq!(graph.petgraph().neighbors_directed(ix, Incoming).count(), 3);
//! ```

mod adjacency;
pub mod check;
pub mod export;
pub mod import;
pub mod parquet;
mod renewed;
pub mod snapshot;
pub use snapshot::Overwrite;
pub mod subgraph;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef as _, IntoEdgeReferences as _};

use crate::model::{DocumentRecord, Edge, EdgeKind, Extraction, Link, Node, NodeRef, Tally, VotePosition};
pub(crate) use adjacency::{Adjacency, Rows};

/// A UN citation graph.
///
/// ```
/// use unxref::{CitationGraph, EdgeKind};
/// let graph = CitationGraph::from_extractions(unxref::extract_paths(&["data/001_8bf2fcad3f891cf4.txt"]).extractions);
/// let cited: Vec<&str> = graph
///     .neighbors("S/RES/2518 (2020)", EdgeKind::Cites, petgraph::Direction::Outgoing)
///     .map(|n| n.id.as_str())
///     .collect();
/// assert!(cited.contains(&"S/RES/2436 (2018)"));
/// # Ok::<(), anyhow::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct CitationGraph {
    graph: StableDiGraph<Node, Edge>,
    index: HashMap<String, NodeIndex>,
    /// The other symbols of documents known by more than one (joint
    /// symbols), to the node whose id is the Security Council's symbol:
    /// never an id of the `index`.
    aliases: HashMap<String, NodeIndex>,
    /// The drafts adopted as each resolution (sources of `adopted_as`
    /// edges), so that a query reads a resolution's text and votes from its
    /// draft without scanning the resolution's incoming edges.
    adopted_from: HashMap<NodeIndex, Vec<NodeIndex>>,
    /// Incoming edges of each kind (indexed as [`EdgeKind::ALL`]) by node
    /// index, kept as edges are added; a kind's vector reaches only as far as
    /// the last node an edge of that kind points at (4 bytes a node for each
    /// kind in use).
    in_degree: [Vec<u32>; EdgeKind::ALL.len()],
    /// Each node's position in the natural order of ids, by node index:
    /// built on first use, dropped when a node is added.
    id_rank: OnceLock<Vec<u32>>,
    /// The node indices in the natural order of ids ([`CitationGraph::nodes`]):
    /// built on first use, dropped when a node is added.
    node_order: OnceLock<Vec<NodeIndex>>,
    /// The edge indices by source, target (natural order of ids) and kind
    /// ([`CitationGraph::edges`]): built on first use, dropped when a node
    /// or edge is added.
    edge_order: OnceLock<Vec<EdgeIndex>>,
    /// The adjacency laid out for walks: built on the first walk, dropped
    /// when a node or edge is added.
    adjacency: OnceLock<Adjacency>,
    /// Each node's citations ([`CitationGraph::citers`]), by node index:
    /// built on first use, dropped when a node or edge is added.
    citations: OnceLock<Vec<u32>>,
    /// The file whose text each held document was read from, to tell a
    /// second file claiming the same document (kept while building from
    /// texts; a snapshot does not carry it).
    held_in: HashMap<NodeIndex, String>,
    /// The document and file each held text digest was first read as
    /// ([`DocumentRecord::text_digest`]), by the document's kind, to tell a
    /// second file holding the same text under another heading (kept while
    /// building from texts). A draft and the resolution adopted from it may
    /// share their text: they are two kinds.
    held_texts: HashMap<(u64, crate::model::NodeKind), (String, String)>,
    /// Documents two files claimed, found while adding extractions.
    conflicts: Vec<Conflict>,
}

/// Two files that claim the same document, or that hold the same text under
/// two documents' headings. The first file's text is kept; the second
/// file's document and every fact read from it are left out of the graph
/// (never merged into the first), and reported. Of two files holding one
/// text (`S-RES-266(1969).txt` carries 266's heading over 265's text), the
/// text is read as the first file's document: nothing in a text says which
/// heading is its own, and a copy is the later of two neighbours in every
/// such defect known; the report names both, so a reader can check.
///
/// Two files that hold each other's text are the one case read otherwise
/// ([`Conflict::read_as`]): the second file's heading is garbled, so its
/// document was named by its file name, which the first file's text holds;
/// when the first file's name names a resolution one digit off the garbled
/// heading that no file holds (`S-RES-290(1970).txt` under `Resolution 239
/// (1970)`, beside `S-RES-289(1970).txt` holding 290), the second text is
/// read as that resolution.
///
/// # Examples
///
/// ```
/// use unxref::{CitationGraph, Extractor};
/// let a = Extractor::new().extract_str("a.txt", "Resolution 290 (1970)\n\nThe Security Council,\n\nRecalling its resolution 218 (1965),\n");
/// let b = Extractor::new().extract_str("b.txt", "Resolution 290 (1970)\n\nThe Security Council,\n\nRecalling its resolution 275 (1969),\n");
/// let graph = CitationGraph::from_extractions([a, b]);
/// let conflict = &graph.conflicts()[0];
/// assert_eq!((conflict.id.as_str(), conflict.kept.as_str(), conflict.left_out.as_str()), ("S/RES/290 (1970)", "a.txt", "b.txt"));
/// // b.txt's citation of 275 (1969) is not merged into 290.
/// assert!(graph.node("S/RES/275 (1969)").is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Conflict {
    /// The document both files claim.
    pub id: String,
    /// The file whose text the graph holds.
    pub kept: String,
    /// The file left out.
    pub left_out: String,
    /// How many facts of the file left out were not added.
    pub facts_left_out: usize,
    /// When the two files hold one text under two headings: the document
    /// the first file holds, whose text the second one repeats.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub same_text_as: Option<String>,
    /// When the two files hold each other's text: the document the second
    /// file's text was read as, with its facts (nothing was left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_as: Option<String>,
}

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(read_as) = &self.read_as {
            return write!(
                f,
                "{} and {} hold each other's text: the first holds {}, the second's heading is garbled and its \
                 file name names {} too; read the second as {read_as}, which the first's file name names \
                 and its heading is one digit off",
                self.kept, self.left_out, self.id, self.id
            );
        }
        match &self.same_text_as {
            None => write!(
                f,
                "{} and {} both hold {}: kept the text of the first, left out the second and its {} facts",
                self.kept, self.left_out, self.id, self.facts_left_out
            ),
            Some(first) => write!(
                f,
                "{} holds the same text as {} ({first}) under the heading of {}: read the text as {first}'s, \
                 left out {} and its {} facts (its text is not in the corpus)",
                self.left_out, self.kept, self.id, self.id, self.facts_left_out
            ),
        }
    }
}

/// An edge seen from the graph: its two ends and its data.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::EdgeKind;
/// use petgraph::Direction::Incoming;
/// // Who signed S/2014/660? The signature edge leaves the letter.
/// let signed = graph.edges_of("person:Ban Ki-moon", EdgeKind::SignedBy, Incoming);
/// let view = &signed[0];
/// assert_eq!((view.source.id.as_str(), view.target.label.as_str()), ("S/2014/660", "Ban Ki-moon"));
/// assert_eq!(graph.petgraph()[view.index].kind, EdgeKind::SignedBy);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct EdgeView<'g> {
    /// The node the edge leaves.
    pub source: &'g Node,
    /// The node the edge reaches.
    pub target: &'g Node,
    /// The edge's kind and attributes.
    pub edge: &'g Edge,
    /// The edge's index in the underlying petgraph.
    pub index: EdgeIndex,
}

/// Counts that describe a graph, for `.stats` and reports.
///
/// # Examples
///
/// ```
/// use unxref::{CitationGraph, EdgeAttrs, EdgeKind, Link, NodeRef};
/// let doc = |s: &str| NodeRef::document(&s.parse().unwrap());
/// let mut graph = CitationGraph::new();
/// graph.add_link(&Link { source: doc("S/2014/660"), target: doc("S/RES/2164 (2014)"), kind: EdgeKind::Cites, attrs: EdgeAttrs::default() });
/// let stats = graph.stats();
/// assert_eq!((stats.nodes, stats.edges, stats.cites), (2, 1, 1));
/// // Both ends are stubs: the graph holds no text yet.
/// assert_eq!((stats.held_documents, stats.stub_documents, stats.resolution_to_resolution), (0, 2, 0));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct GraphStats {
    /// All nodes.
    pub nodes: usize,
    /// All edges.
    pub edges: usize,
    /// Document nodes whose text the corpus holds.
    pub held_documents: usize,
    /// Document nodes known only because something cites them.
    pub stub_documents: usize,
    /// Edges of kind `cites`.
    pub cites: usize,
    /// Citations, by the one definition ([`CitationGraph::citers`]): pairs
    /// of a citing document and a document it cites, a draft adopted as a
    /// resolution counted as the resolution.
    pub citations: usize,
    /// Citations from a resolution to a resolution.
    pub resolution_to_resolution: usize,
    /// Actor, state, person, place and Charter chapter nodes.
    pub actors: usize,
    /// What the corpus holds about its resolutions.
    pub coverage: Coverage,
}

/// What the graph holds of each kind of fact about the Security Council
/// resolutions whose text it holds (directly or through the draft adopted
/// as them). A resolution not counted under a fact is one the corpus says
/// nothing about: the fact is unknown, not absent.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// let coverage = graph.stats().coverage;
/// // data/ holds 2518, 2531 and 2553 (the last two through their drafts),
/// // each with the vote the cover letter reports.
/// assert_eq!((coverage.resolutions, coverage.with_vote), (3, 3));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Coverage {
    /// Resolutions held.
    pub resolutions: usize,
    /// … with an adoption date.
    pub with_date: usize,
    /// … with the meeting that adopted them (`adopted_at`).
    pub with_meeting: usize,
    /// … with a vote record (a tally or a `voted` edge, on them or their
    /// draft: [`CitationGraph::has_vote_record`]).
    pub with_vote: usize,
    /// … with a mandate fact (`establishes`, `extends_mandate`, `authorizes`,
    /// `terminates` or `modifies_mandate`).
    pub with_mandate: usize,
    /// … citing at least one document.
    pub citing: usize,
    /// Documents cited by something but not held.
    pub cited_not_held: usize,
}

impl GraphStats {
    /// The counts as aligned lines, with what the corpus holds of each kind
    /// of fact about its resolutions; what `.stats` and `unxref stats` print.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let report = graph.stats().report();
    /// assert!(report.contains("resolutions held"));
    /// assert!(report.contains("unknown, not none"));
    /// ```
    pub fn report(&self) -> String {
        let c = &self.coverage;
        let of = |n: usize| {
            if c.resolutions == 0 {
                format!("{n}")
            } else {
                format!("{n} of {} ({} not recorded)", c.resolutions, c.resolutions - n)
            }
        };
        let rows: [(&str, String); 15] = [
            ("nodes", self.nodes.to_string()),
            ("  documents held", self.held_documents.to_string()),
            ("  documents cited, not held", self.stub_documents.to_string()),
            ("  actors, states, persons, places", self.actors.to_string()),
            ("edges", self.edges.to_string()),
            ("  cites edges", self.cites.to_string()),
            ("citations", self.citations.to_string()),
            (
                "  resolution → resolution",
                self.resolution_to_resolution.to_string(),
            ),
            ("  of documents not held", c.cited_not_held.to_string()),
            ("resolutions held", c.resolutions.to_string()),
            ("  with a date", of(c.with_date)),
            ("  with a meeting", of(c.with_meeting)),
            ("  with a vote record", of(c.with_vote)),
            ("  with mandate facts", of(c.with_mandate)),
            ("  citing something", of(c.citing)),
        ];
        let mut out = String::new();
        for (label, n) in &rows {
            out.push_str(&format!("{label:<28} {n}\n"));
        }
        out.push_str("(a fact not recorded for a resolution: unknown, not none; the corpus does not say)\n");
        out
    }
}

impl CitationGraph {
    /// An empty graph.
    ///
    /// # Examples
    ///
    /// ```
    /// let graph = unxref::CitationGraph::new();
    /// assert_eq!((graph.node_count(), graph.edge_count()), (0, 0));
    /// ```
    pub fn new() -> CitationGraph {
        CitationGraph::default()
    }

    /// Build a graph from extractions, in order; then a body named after
    /// the resolution that renewed it ("the Panel of Experts appointed
    /// pursuant to paragraph 4 of resolution 1854 (2008)") is folded into
    /// the body that resolution renewed, as a build of files does.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{CitationGraph, Extractor};
    /// let corpus = Extractor::new().extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]);
    /// let graph = CitationGraph::from_extractions(corpus.extractions);
    /// // Draft S/2020/600 was adopted as resolution 2531 (2020).
    /// assert!(graph.node("S/2020/600").unwrap().held);
    /// assert!(graph.node("S/RES/2531 (2020)").is_some());
    /// ```
    pub fn from_extractions(extractions: impl IntoIterator<Item = Extraction>) -> CitationGraph {
        let mut graph = CitationGraph::new();
        for extraction in extractions {
            graph.add_extraction_owned(extraction);
        }
        graph.fold_renewed_bodies();
        graph.resolve_unnamed_operations();
        graph.name_actors(&crate::extract::ActorDictionary::bundled());
        graph
    }

    /// Give each actor, state and place the dictionary holds the name it
    /// gives in full, where the node has none: MINUSMA's "United Nations
    /// Multidimensional Integrated Stabilization Mission in Mali", the
    /// United Kingdom's "United Kingdom of Great Britain and Northern
    /// Ireland". The links an extraction makes carry an actor's id, label
    /// and category only, so a build names its actors once every file is
    /// read, from the dictionary its extractor used
    /// ([`CitationGraph::from_extractions`] from the bundled one).
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{CitationGraph, Extractor};
    /// let extraction = Extractor::new().extract_str("x.txt", "United Nations S/2014/660\n\nLetter dated 11 September 2014\n\nMINUSMA and the United Kingdom.\n");
    /// let graph = CitationGraph::from_extractions([extraction]);
    /// assert_eq!(
    ///     graph.node("actor:MINUSMA").unwrap().title.as_deref(),
    ///     Some("United Nations Multidimensional Integrated Stabilization Mission in Mali")
    /// );
    /// assert_eq!(
    ///     graph.node("state:United Kingdom").unwrap().title.as_deref(),
    ///     Some("United Kingdom of Great Britain and Northern Ireland")
    /// );
    /// ```
    pub fn name_actors(&mut self, actors: &crate::extract::ActorDictionary) {
        for node in self.graph.node_weights_mut() {
            if node.title.is_some()
                || !matches!(
                    node.kind,
                    crate::NodeKind::Actor | crate::NodeKind::State | crate::NodeKind::Place
                )
            {
                continue;
            }
            if let Some(title) = actors.node(&node.id).and_then(|n| n.title)
                && title != node.label
            {
                node.title = Some(title);
            }
        }
    }

    /// Add a file's documents and facts.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{CitationGraph, Extractor};
    /// let extraction = Extractor::new().extract_str("2553.txt", "Resolution 2553 (2020)\n\nThe Security Council,\n\nRecalling its resolutions 2151 (2014) and 1325 (2000),\n");
    /// let mut graph = CitationGraph::new();
    /// graph.add_extraction(&extraction);
    /// assert!(graph.node("S/RES/2553 (2020)").unwrap().held);
    /// assert!(!graph.node("S/RES/1325 (2000)").unwrap().held);
    /// ```
    pub fn add_extraction(&mut self, extraction: &Extraction) {
        self.add_extraction_parts(
            &extraction.file,
            extraction.documents.iter().map(Cow::Borrowed),
            &extraction.aliases,
            extraction.links.iter().map(Cow::Borrowed),
        );
    }

    /// [`CitationGraph::add_extraction`], moving the extraction's nodes and
    /// edge attributes into the graph instead of copying them (what a build
    /// does: the extraction is not needed afterwards).
    ///
    /// ```
    /// use unxref::{CitationGraph, Extractor};
    /// let extraction = Extractor::new().extract_str("2553.txt", "Resolution 2553 (2020)\n\nThe Security Council,\n\nRecalling its resolutions 2151 (2014) and 1325 (2000),\n");
    /// let (mut copied, mut moved) = (CitationGraph::new(), CitationGraph::new());
    /// copied.add_extraction(&extraction);
    /// moved.add_extraction_owned(extraction);
    /// assert_eq!(copied.to_snapshot_bytes(), moved.to_snapshot_bytes());
    /// ```
    pub fn add_extraction_owned(&mut self, extraction: Extraction) {
        let Extraction {
            file,
            documents,
            links,
            aliases,
            ..
        } = extraction;
        self.add_extraction_parts(
            &file,
            documents.into_iter().map(Cow::Owned),
            &aliases,
            links.into_iter().map(Cow::Owned),
        );
    }

    /// The one body of [`CitationGraph::add_extraction`] and
    /// [`CitationGraph::add_extraction_owned`].
    fn add_extraction_parts<'a>(
        &mut self,
        file: &str,
        documents: impl Iterator<Item = Cow<'a, DocumentRecord>>,
        aliases: &[(String, String)],
        links: impl Iterator<Item = Cow<'a, Link>>,
    ) {
        // Each conflict of this file, with the lines of the document left out.
        let mut left_out: Vec<(usize, (u32, u32))> = Vec::new();
        // Each document of this file read as another (`Conflict::read_as`):
        // its id, the id it is read as, its lines.
        let mut renamed: Vec<(String, String, (u32, u32))> = Vec::new();
        for mut document in documents {
            // A document not held (a tally's, `Extractor::extract`) claims
            // no text.
            let mut claimed = self
                .lookup(&document.node.id)
                .filter(|_| document.node.held)
                .and_then(|ix| self.held_in.get(&ix))
                .filter(|kept| *kept != file)
                .map(|kept| (kept.clone(), None));
            if let Some((kept, _)) = &claimed
                && let Some(reading) = self.swapped_reading(&document, kept)
            {
                self.conflicts.push(Conflict {
                    id: document.node.id.clone(),
                    kept: kept.clone(),
                    left_out: file.to_string(),
                    facts_left_out: 0,
                    same_text_as: None,
                    read_as: Some(reading.as_str().to_string()),
                });
                renamed.push((
                    document.node.id.clone(),
                    reading.as_str().to_string(),
                    document.lines,
                ));
                document = Cow::Owned(read_as(document.into_owned(), &reading));
                claimed = None;
            }
            let repeated = || {
                let digest = document.text_digest.filter(|_| document.node.held)?;
                let (first, kept) = self.held_texts.get(&(digest, document.node.kind))?;
                (kept != file && *first != document.node.id).then(|| (kept.clone(), Some(first.clone())))
            };
            if let Some((kept, same_text_as)) = claimed.or_else(repeated) {
                left_out.push((self.conflicts.len(), document.lines));
                self.conflicts.push(Conflict {
                    id: document.node.id.clone(),
                    kept,
                    left_out: file.to_string(),
                    facts_left_out: 0,
                    same_text_as,
                    read_as: None,
                });
                continue;
            }
            let held = document.node.held;
            if let Some(digest) = document.text_digest.filter(|_| held) {
                self.held_texts
                    .entry((digest, document.node.kind))
                    .or_insert_with(|| (document.node.id.clone(), file.to_string()));
            }
            let ix = self.add_document_cow(document);
            if held {
                self.held_in.entry(ix).or_insert_with(|| file.to_string());
            }
        }
        for (id, alias) in aliases {
            if let Ok(symbol) = id.parse::<crate::Symbol>() {
                let ix = self.ensure(&NodeRef::document(&symbol));
                self.add_alias(ix, alias);
            }
        }
        for mut link in links {
            // A fact of a document read as another: what it says, or a vote
            // on it that its text records (as below).
            let within = |id: &str, lines: (u32, u32), link: &Link| {
                id == link.source.id
                    || id == link.target.id
                        && link
                            .attrs
                            .evidence
                            .as_ref()
                            .is_some_and(|e| (lines.0..=lines.1).contains(&e.line))
            };
            if let Some((old, new, _)) = renamed.iter().find(|(old, _, lines)| within(old, *lines, &link)) {
                let link = link.to_mut();
                for end in [&mut link.source, &mut link.target] {
                    if end.id == *old {
                        end.id.clone_from(new);
                        end.label = new
                            .parse()
                            .map_or_else(|_| new.clone(), |s| crate::model::label_for(&s));
                    }
                }
            }
            // A fact read from the text left out: what the document says
            // (it is the source), or a vote on it that its text records (it
            // is the target, and the evidence lies within its lines). What
            // another document of the file says of it stays.
            let conflict = left_out
                .iter()
                .find(|&&(c, lines)| within(&self.conflicts[c].id, lines, &link));
            if let Some(&(c, _)) = conflict {
                self.conflicts[c].facts_left_out += 1;
                continue;
            }
            let Some((s, t)) = self.link_ends(&link) else {
                continue;
            };
            let kind = link.kind;
            let attrs = match link {
                Cow::Borrowed(link) => link.attrs.clone(),
                Cow::Owned(link) => link.attrs,
            };
            self.add_edge(s, t, kind, attrs);
        }
    }

    /// The resolution a document claimed by the file `kept` is read as
    /// when the two files hold each other's text ([`Conflict::read_as`]):
    /// the one of its [`DocumentRecord::other_readings`] that `kept`'s
    /// name names, if no file holds it.
    fn swapped_reading(&self, document: &DocumentRecord, kept: &str) -> Option<crate::Symbol> {
        let named = crate::extract::segment::resolution_named_by_file(kept)?;
        let reading = document.other_readings.iter().find(|r| **r == named.as_str())?;
        let held = self
            .lookup(reading)
            .is_some_and(|ix| self.held_in.contains_key(&ix));
        (!held).then_some(named)
    }

    /// Documents two files claimed while the graph was built from texts
    /// (see [`Conflict`]), in the order met.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// // The five files of data/ hold different documents.
    /// assert!(graph.conflicts().is_empty());
    /// ```
    pub fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }

    /// True when the edge is a citation of a document adopted after the
    /// citing one: a Security Council resolution citing a resolution of a
    /// higher number, or any document citing one of a later year (by their
    /// symbols). A text cannot cite what did not exist yet: such an edge is
    /// an OCR slip or a misread, kept but marked (`where suspect`) and
    /// listed by `unxref check`.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{CitationGraph, EdgeAttrs, EdgeKind, Link, NodeRef};
    /// let doc = |s: &str| NodeRef::document(&s.parse().unwrap());
    /// let mut graph = CitationGraph::new();
    /// // S-RES-692(1991).txt: "Recalling its resolutions 694 (1991) …", an OCR slip for 674.
    /// let slip = graph.add_link(&Link { source: doc("S/RES/692 (1991)"), target: doc("S/RES/694 (1991)"), kind: EdgeKind::Cites, attrs: EdgeAttrs::default() }).unwrap();
    /// let fine = graph.add_link(&Link { source: doc("S/RES/692 (1991)"), target: doc("S/RES/687 (1991)"), kind: EdgeKind::Cites, attrs: EdgeAttrs::default() }).unwrap();
    /// assert!(graph.is_suspect(slip) && !graph.is_suspect(fine));
    /// ```
    pub fn is_suspect(&self, e: EdgeIndex) -> bool {
        self.suspect_with(e, |ix| self.dating(ix))
    }

    /// [`CitationGraph::is_suspect`], with the dating of each end given.
    fn suspect_with(&self, e: EdgeIndex, dating: impl Fn(NodeIndex) -> Option<Dating>) -> bool {
        let Some((s, t)) = self.graph.edge_endpoints(e) else {
            return false;
        };
        if self.graph[e].kind != EdgeKind::Cites {
            return false;
        }
        let (Some(from), Some(to)) = (dating(s), dating(t)) else {
            return false;
        };
        if let (Some(a), Some(b)) = (from.number, to.number) {
            return b > a;
        }
        matches!((from.year, to.year), (Some(a), Some(b)) if b > a)
    }

    /// The resolution number and year a node's symbol gives.
    fn dating(&self, ix: NodeIndex) -> Option<Dating> {
        let symbol = self.graph[ix].id.parse::<crate::Symbol>().ok()?;
        Some(Dating {
            number: symbol.resolution_number(),
            year: symbol.year(),
        })
    }

    /// Every suspect edge ([`CitationGraph::is_suspect`]), sorted like
    /// [`CitationGraph::edges`].
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// // No text of data/ cites a document later than itself.
    /// assert!(graph.suspect_edges().is_empty());
    /// ```
    pub fn suspect_edges(&self) -> Vec<EdgeView<'_>> {
        // The few suspects are found first and only they are sorted: a build
        // lists them once, and sorting every edge for it cost more than the
        // check itself.
        // Each node's symbol is read once, not at every edge that ends there.
        let dating: Vec<Option<Dating>> = (0..petgraph::visit::NodeIndexable::node_bound(&self.graph))
            .map(|i| {
                let ix = NodeIndex::new(i);
                self.graph.contains_node(ix).then(|| self.dating(ix)).flatten()
            })
            .collect();
        let mut found: Vec<EdgeView<'_>> = self
            .graph
            .edge_indices()
            .filter(|&e| self.suspect_with(e, |ix| dating[ix.index()]))
            .filter_map(|e| self.edge_view(e))
            .collect();
        // In the order of `edges`: by the ends' ids, then the kind.
        found.sort_by(|a, b| {
            id_order(&a.source.id, &b.source.id)
                .then_with(|| id_order(&a.target.id, &b.target.id))
                .then_with(|| a.edge.kind.cmp(&b.edge.kind))
                .then_with(|| a.index.index().cmp(&b.index.index()))
        });
        found
    }

    /// Add a held document, merging with a stub or an earlier copy of it.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{CitationGraph, Extractor};
    /// let extraction = Extractor::new().extract_str("2518.txt", "Resolution 2518 (2020)\n\nAdopted by the Security Council at its 8744th meeting, on 30 March 2020\n\nThe Security Council,\n");
    /// let mut graph = CitationGraph::new();
    /// let ix = graph.add_document(&extraction.documents[0]);
    /// assert_eq!(graph.node_at(ix).unwrap().id, "S/RES/2518 (2020)");
    /// // The meeting that adopted it becomes a node too.
    /// assert!(graph.node("S/PV.8744").is_some());
    /// ```
    pub fn add_document(&mut self, document: &DocumentRecord) -> NodeIndex {
        self.add_document_cow(Cow::Borrowed(document))
    }

    /// [`CitationGraph::add_document`], the node moved when the record is owned.
    fn add_document_cow(&mut self, document: Cow<'_, DocumentRecord>) -> NodeIndex {
        let (node, adopted_at) = match document {
            Cow::Borrowed(d) => (d.node.clone(), d.adopted_at.clone()),
            Cow::Owned(d) => (d.node, d.adopted_at),
        };
        let ix = self.add_node(node);
        // A document held under a joint symbol is named by its Council's.
        self.name_by_council_symbol(ix);
        if let Some(meeting) = &adopted_at
            && let Ok(symbol) = meeting.parse::<crate::Symbol>()
        {
            let meeting_ix = self.ensure(&NodeRef::document(&symbol));
            self.add_edge(ix, meeting_ix, EdgeKind::AdoptedAt, Default::default());
        }
        ix
    }

    /// Add a node, or merge it into the node with the same id.
    ///
    /// A held node replaces a stub's kind and fills its missing fields; two
    /// held copies keep the first one's values and fill gaps from the second.
    /// The node keeps the id it is given, and its aliases become aliases
    /// (a snapshot or an export read back is the graph that was written);
    /// [`CitationGraph::add_alias`] is what names a joint document by its
    /// Council symbol.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{CitationGraph, Node};
    /// let mut graph = CitationGraph::new();
    /// let symbol = "S/RES/1325 (2000)".parse()?;
    /// let stub = graph.add_node(Node::stub(&symbol));
    /// let mut held = Node::stub(&symbol);
    /// held.held = true;
    /// held.title = Some("Women and peace and security".into());
    /// // Same id: merged into one node, which is now held.
    /// assert_eq!(graph.add_node(held), stub);
    /// assert_eq!(graph.node_count(), 1);
    /// assert!(graph.node_at(stub).unwrap().held);
    /// # Ok::<(), unxref::error::SymbolError>(())
    /// ```
    pub fn add_node(&mut self, mut node: Node) -> NodeIndex {
        let aliases = if node.kind.is_document() {
            node.aliases.clone()
        } else {
            Vec::new()
        };
        let ix = if let Some(ix) = self.lookup(&node.id) {
            // Known by another symbol: the node keeps its id, this one is
            // among its aliases.
            if self.graph[ix].id != node.id {
                let id = std::mem::replace(&mut node.id, self.graph[ix].id.clone());
                node.aliases.push(id);
            }
            let old = &mut self.graph[ix];
            let was_held = old.held;
            merge_node(old, node);
            if !was_held && self.graph[ix].held {
                self.citations.take();
                let adopted: Vec<(NodeIndex, Option<crate::Date>)> = self
                    .graph
                    .edges_directed(ix, Direction::Outgoing)
                    .filter(|e| e.weight().kind == EdgeKind::AdoptedAs)
                    .map(|e| (e.target(), e.weight().attrs().date))
                    .collect();
                for (resolution, date) in adopted {
                    self.hold_through_draft(ix, resolution, date);
                }
            }
            ix
        } else {
            let id = node.id.clone();
            let ix = self.graph.add_node(node);
            self.index.insert(id, ix);
            self.id_rank.take();
            self.adjacency.take();
            self.citations.take();
            ix
        };
        for alias in aliases {
            self.attach_alias(ix, &alias);
        }
        ix
    }

    /// Record that `alias` is another symbol of the document at `ix` (the
    /// other half of a joint symbol): [`CitationGraph::node`],
    /// [`CitationGraph::ensure`] and every lookup by `alias` reach `ix`. A
    /// node that already stands for `alias` (a stub made when it was cited
    /// alone) is folded into `ix`: its edges move over, an edge between the
    /// two dropped, and its id joins `ix`'s aliases. The document is then
    /// named by its Security Council symbol, whichever of the two named it
    /// before: `ix` stays its index, the other symbol joins the aliases, and
    /// a stub's kind and label that came from the other symbol alone
    /// (`ga_document`) give way to the Council symbol's, which a citation's
    /// words may then tell (`the report of the Secretary-General`: a report).
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{CitationGraph, EdgeAttrs, EdgeKind, Link, NodeRef};
    /// let doc = |s: &str| NodeRef::document(&s.parse().unwrap());
    /// let cite = |a: &str, b: &str| Link { source: doc(a), target: doc(b), kind: EdgeKind::Cites, attrs: EdgeAttrs::default() };
    /// let mut graph = CitationGraph::new();
    /// // 2106 (2013) cites the letter by its second symbol, 2122 (2013) by its first.
    /// graph.add_link(&cite("S/RES/2106 (2013)", "S/2013/480"));
    /// graph.add_link(&cite("S/RES/2122 (2013)", "A/67/970"));
    /// assert_eq!(graph.node_count(), 4);
    /// // "A/67/970-S/2013/480" names one document.
    /// let ix = graph.index_of("A/67/970").unwrap();
    /// graph.add_alias(ix, "S/2013/480");
    /// assert_eq!(graph.node_count(), 3);
    /// assert_eq!(graph.index_of("S/2013/480"), Some(ix));
    /// // Named by the Council's symbol, found by either.
    /// let node = graph.node("A/67/970").unwrap();
    /// assert_eq!((node.id.as_str(), node.aliases.as_slice()), ("S/2013/480", &["A/67/970".to_string()][..]));
    /// assert_eq!(node.kind, unxref::NodeKind::Document);
    /// assert_eq!(graph.citers(ix).len(), 2);
    /// ```
    pub fn add_alias(&mut self, ix: NodeIndex, alias: &str) {
        self.attach_alias(ix, alias);
        self.name_by_council_symbol(ix);
    }

    /// [`CitationGraph::add_alias`] without the naming: `ix` keeps its id.
    fn attach_alias(&mut self, ix: NodeIndex, alias: &str) {
        let Some(node) = self.graph.node_weight(ix) else {
            return;
        };
        if node.id == alias {
            return;
        }
        match self.lookup(alias) {
            Some(other) if other == ix => {}
            Some(other) => self.absorb(other, ix),
            None => {
                self.aliases.insert(alias.to_string(), ix);
            }
        }
        let node = &mut self.graph[ix];
        if !node.aliases.iter().any(|a| a == alias) {
            node.aliases.push(alias.to_string());
        }
    }

    /// Name the document at `ix` by its Security Council symbol when it is
    /// among its aliases and the id is of another series (the halves of a
    /// joint symbol, `A/66/782` and `S/2012/261`, name `S/2012/261`, in
    /// whichever order they were met). The index stays; the id and the
    /// alias change places; a stub's label and kind that its old symbol
    /// alone gave it (`ga_document`) become the new symbol's, and a year the
    /// new symbol carries fills a gap.
    fn name_by_council_symbol(&mut self, ix: NodeIndex) {
        let Some(node) = self.graph.node_weight(ix) else {
            return;
        };
        if !node.kind.is_document() {
            return;
        }
        let Some(at) = node
            .aliases
            .iter()
            .enumerate()
            .filter(|(_, a)| crate::model::names_joint_document(a, &node.id))
            .min_by(|x, y| x.1.cmp(y.1))
            .map(|(i, _)| i)
        else {
            return;
        };
        let node = &mut self.graph[ix];
        let new_id = std::mem::take(&mut node.aliases[at]);
        let old_id = std::mem::replace(&mut node.id, new_id.clone());
        node.aliases[at] = old_id.clone();
        if let (Ok(old), Ok(new)) = (old_id.parse::<crate::Symbol>(), new_id.parse::<crate::Symbol>()) {
            if node.label == crate::model::label_for(&old) {
                node.label = crate::model::label_for(&new);
            }
            if !node.held && node.kind == crate::NodeKind::from_symbol(&old) {
                node.kind = crate::NodeKind::from_symbol(&new);
            }
            fill(&mut node.year, new.year());
        }
        self.index.remove(&old_id);
        self.aliases.remove(&new_id);
        self.index.insert(new_id, ix);
        self.aliases.insert(old_id, ix);
        self.id_rank.take();
        self.node_order.take();
        self.edge_order.take();
        self.adjacency.take();
    }

    /// Fold the node at `from` into the node at `into`: `from`'s id and
    /// aliases become `into`'s aliases, its fields fill `into`'s gaps, its
    /// edges move to `into` (merging with edges already there; one between
    /// the two is dropped), and `from` is removed.
    fn absorb(&mut self, from: NodeIndex, into: NodeIndex) {
        let moved: Vec<(NodeIndex, NodeIndex, EdgeKind, crate::model::EdgeAttrs)> = self
            .graph
            .edges_directed(from, Direction::Outgoing)
            .chain(self.graph.edges_directed(from, Direction::Incoming))
            .map(|e| {
                (
                    e.source(),
                    e.target(),
                    e.weight().kind,
                    e.weight().attrs().clone(),
                )
            })
            .collect();
        let Some(mut node) = self.graph.remove_node(from) else {
            return;
        };
        self.index.remove(&node.id);
        for target in self.aliases.values_mut() {
            if *target == from {
                *target = into;
            }
        }
        let old_id = std::mem::replace(&mut node.id, self.graph[into].id.clone());
        // A stub's kind that its own symbol alone gave (`ga_document` for
        // `A/66/782`) says nothing of the document `into` stands for.
        if !node.held && symbol_kind(&old_id) == Some(node.kind) {
            node.kind = crate::NodeKind::Document;
        }
        self.aliases.insert(old_id.clone(), into);
        node.aliases.push(old_id);
        let was_held = self.graph[into].held;
        merge_node(&mut self.graph[into], node);
        if let Some(file) = self.held_in.remove(&from) {
            self.held_in.entry(into).or_insert(file);
        }
        // The removed edges leave the in-degree and draft indices: rebuild
        // them (folds are rare: one a joint symbol first cited by halves).
        self.rebuild_indices();
        for (s, t, kind, attrs) in moved {
            let s = if s == from { into } else { s };
            let t = if t == from { into } else { t };
            if s != t {
                self.add_edge(s, t, kind, attrs);
            }
        }
        if !was_held && self.graph[into].held {
            let adopted: Vec<(NodeIndex, Option<crate::Date>)> = self
                .graph
                .edges_directed(into, Direction::Outgoing)
                .filter(|e| e.weight().kind == EdgeKind::AdoptedAs)
                .map(|e| (e.target(), e.weight().attrs().date))
                .collect();
            for (resolution, date) in adopted {
                self.hold_through_draft(into, resolution, date);
            }
        }
    }

    /// Rebuild the in-degree and draft indices from the edges, and drop the
    /// orders and caches, after nodes or edges were removed.
    fn rebuild_indices(&mut self) {
        for counts in &mut self.in_degree {
            counts.clear();
        }
        self.adopted_from.clear();
        let kept: Vec<(NodeIndex, NodeIndex, EdgeKind)> = (&self.graph)
            .edge_references()
            .map(|e| (e.source(), e.target(), e.weight().kind))
            .collect();
        for (s, t, kind) in kept {
            self.note_edge(s, t, kind);
        }
        self.id_rank.take();
        self.node_order.take();
        self.edge_order.take();
        self.adjacency.take();
        self.citations.take();
    }

    /// The node an id or another symbol of it (an alias) names.
    fn lookup(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).or_else(|| self.aliases.get(id)).copied()
    }

    /// The index of the node `r` names, creating a stub node if it is absent.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{CitationGraph, NodeRef};
    /// let mut graph = CitationGraph::new();
    /// let r = NodeRef::document(&"S/RES/2164 (2014)".parse()?);
    /// let ix = graph.ensure(&r);
    /// assert_eq!(graph.ensure(&r), ix);
    /// assert_eq!(graph.node_at(ix).unwrap().year, Some(2014));
    /// # Ok::<(), unxref::error::SymbolError>(())
    /// ```
    pub fn ensure(&mut self, r: &NodeRef) -> NodeIndex {
        if let Some(ix) = self.lookup(&r.id) {
            // What this reference knows (a kind the text gives, a category,
            // a year) fills what the node lacks, whichever file came first.
            let known = &self.graph[ix];
            // Not a kind that another symbol of it gives by its series
            // alone (`ga_document` for `A/66/782`, the other half of
            // `S/2012/261`): the text said nothing of the document.
            let adds_kind = matches!(
                known.kind,
                crate::NodeKind::Document | crate::NodeKind::GaDocument
            ) && !matches!(r.kind, crate::NodeKind::Document | crate::NodeKind::GaDocument)
                && r.kind.is_document()
                && (r.id == known.id || symbol_kind(&r.id) != Some(r.kind));
            let adds_category = known.category.is_none() && r.category.is_some();
            // A symbol's year is the node's already when the node was made
            // from that symbol; another symbol of it (a joint half) may give one.
            let adds_year = known.year.is_none() && r.kind.is_document() && r.id != known.id;
            if adds_kind || adds_category || adds_year {
                let mut stub = Node::new(&known.id, r.kind, &r.label);
                stub.category = r.category;
                if r.kind.is_document()
                    && let Ok(symbol) = r.id.parse::<crate::Symbol>()
                {
                    stub.year = symbol.year();
                }
                merge_node(&mut self.graph[ix], stub);
            }
            return ix;
        }
        // A chapter of the Charter is known in full: its title, its names.
        let charter = (r.kind == crate::NodeKind::Charter).then(|| crate::charter::node_for_id(&r.id));
        let mut node = charter
            .flatten()
            .unwrap_or_else(|| Node::new(&r.id, r.kind, &r.label));
        node.category = r.category;
        node.held = !r.kind.is_document();
        if r.kind.is_document()
            && let Ok(symbol) = r.id.parse::<crate::Symbol>()
        {
            node.year = symbol.year();
        }
        self.add_node(node)
    }

    /// Add one fact. A fact already present (same ends, same kind) adds its
    /// count to the existing edge and keeps the first evidence.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{CitationGraph, EdgeAttrs, EdgeKind, Link, NodeRef};
    /// let doc = |s: &str| NodeRef::document(&s.parse().unwrap());
    /// let link = Link { source: doc("S/RES/2518 (2020)"), target: doc("S/RES/2378 (2017)"), kind: EdgeKind::Cites, attrs: EdgeAttrs::default() };
    /// let mut graph = CitationGraph::new();
    /// let e = graph.add_link(&link).unwrap();
    /// // The same fact again (paragraphs 11 and 14) is one edge counted twice.
    /// assert_eq!(graph.add_link(&link), Some(e));
    /// assert_eq!((graph.edge_count(), graph.petgraph()[e].attrs().count), (1, 2));
    /// ```
    pub fn add_link(&mut self, link: &Link) -> Option<EdgeIndex> {
        let (s, t) = self.link_ends(link)?;
        Some(self.add_edge(s, t, link.kind, link.attrs.clone()))
    }

    /// The nodes a link joins (made if absent), or `None` when it would be
    /// a loop.
    fn link_ends(&mut self, link: &Link) -> Option<(NodeIndex, NodeIndex)> {
        if link.source.id == link.target.id {
            return None;
        }
        let s = self.ensure(&link.source);
        let t = self.ensure(&link.target);
        // Two symbols of one document (a letter citing its own joint half).
        if s == t {
            return None;
        }
        Some((s, t))
    }

    fn add_edge(
        &mut self,
        s: NodeIndex,
        t: NodeIndex,
        kind: EdgeKind,
        mut attrs: crate::model::EdgeAttrs,
    ) -> EdgeIndex {
        attrs.count = attrs.count.max(1);
        // A linear look among `s`'s edges to `t`: out-degrees are small, and
        // an index of edges would cost more memory than the edges themselves.
        let existing = self
            .graph
            .edges_connecting(s, t)
            .find(|e| e.weight().kind == kind)
            .map(|e| e.id());
        if let Some(e) = existing {
            let old = self.graph[e].attrs_mut();
            old.count += attrs.count;
            add_relation(&mut old.relation, attrs.relation);
            fill(&mut old.paragraph, attrs.paragraph);
            fill(&mut old.pinpoint, attrs.pinpoint);
            fill(&mut old.position, attrs.position);
            fill(&mut old.date, attrs.date);
            fill(&mut old.role, attrs.role);
            fill(&mut old.represents, attrs.represents);
            fill(&mut old.evidence, attrs.evidence);
            return e;
        }
        self.note_edge(s, t, kind);
        if kind == EdgeKind::AdoptedAs {
            self.hold_through_draft(s, t, attrs.date);
        }
        self.graph.add_edge(s, t, Edge::new(kind, attrs))
    }

    /// Book-keeping for a new edge: the target's in-degree, and the draft
    /// index for `adopted_as`.
    fn note_edge(&mut self, source: NodeIndex, target: NodeIndex, kind: EdgeKind) {
        self.edge_order.take();
        self.adjacency.take();
        self.citations.take();
        let counts = &mut self.in_degree[kind.slot()];
        if counts.len() <= target.index() {
            counts.resize(target.index() + 1, 0);
        }
        counts[target.index()] += 1;
        if kind == EdgeKind::AdoptedAs {
            self.adopted_from.entry(target).or_default().push(source);
        }
    }

    /// A resolution adopted from a held draft is held: the draft carries
    /// its text. It takes the draft's place as its source and agenda, and
    /// the adoption date the `adopted_as` edge records (the cover letter's
    /// "adopted on 29 June 2020"); never the draft's own date, which is the
    /// date the draft was issued.
    fn hold_through_draft(
        &mut self,
        draft: NodeIndex,
        resolution: NodeIndex,
        adopted_on: Option<crate::Date>,
    ) {
        let d = &self.graph[draft];
        if !d.held || !d.kind.is_document() || self.graph[resolution].held {
            return;
        }
        let (source, agenda) = (d.source.clone(), d.agenda.clone());
        let r = &mut self.graph[resolution];
        r.held = true;
        fill(&mut r.source, source);
        fill(&mut r.agenda, agenda);
        fill(&mut r.date, adopted_on);
        if r.title.is_none() && r.kind == crate::NodeKind::Resolution {
            r.title = Some(r.label.clone());
        }
    }

    /// The number of `kind` edges reaching the node at `ix`, kept as edges
    /// are added (no walk of the node's edges).
    ///
    /// ```
    /// use unxref::{CitationGraph, Edge, EdgeKind, Node, NodeKind};
    /// let mut graph = CitationGraph::new();
    /// let a = graph.add_node(Node::new("S/RES/1 (1946)", NodeKind::Resolution, "1"));
    /// let b = graph.add_node(Node::new("S/RES/2 (1946)", NodeKind::Resolution, "2"));
    /// graph.add_edge_unchecked(b, a, Edge::bare(EdgeKind::Cites));
    /// assert_eq!(graph.in_degree(a, EdgeKind::Cites), 1);
    /// assert_eq!(graph.in_degree(b, EdgeKind::Cites), 0);
    /// ```
    pub fn in_degree(&self, ix: NodeIndex, kind: EdgeKind) -> usize {
        self.in_degrees(kind).get(ix.index()).map_or(0, |&d| d as usize)
    }

    /// The in-degrees along `kind` of every node, by node index. The slice
    /// may be shorter than the node bound: nodes past its end have none.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::EdgeKind;
    /// let cites = graph.in_degrees(EdgeKind::Cites);
    /// let ix = graph.index_of("S/RES/1325 (2000)").unwrap();
    /// assert_eq!(cites[ix.index()], 3);
    /// ```
    pub fn in_degrees(&self, kind: EdgeKind) -> &[u32] {
        &self.in_degree[kind.slot()]
    }

    /// Each node's rank in the natural order of ids ([`crate::symbol::natural_cmp`],
    /// ties by bytes), by node index: sorting by rank sorts by id without
    /// comparing strings. Built on first use (one sort of all ids) and kept
    /// until a node is added.
    pub(crate) fn id_rank(&self) -> &[u32] {
        self.id_rank.get_or_init(|| {
            let g = &self.graph;
            let mut order: Vec<NodeIndex> = g.node_indices().collect();
            order.sort_unstable_by(|&a, &b| id_order(&g[a].id, &g[b].id));
            let mut rank = vec![u32::MAX; petgraph::visit::NodeIndexable::node_bound(g)];
            for (r, ix) in order.into_iter().enumerate() {
                rank[ix.index()] = r as u32;
            }
            rank
        })
    }

    /// The adjacency laid out for walks (see [`Adjacency`]), built on first
    /// use.
    pub(crate) fn adjacency(&self) -> &Adjacency {
        self.adjacency.get_or_init(|| Adjacency::build(&self.graph))
    }

    /// The drafts adopted as the node at `ix` (the sources of its incoming
    /// `adopted_as` edges), without scanning its edges.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let res = graph.index_of("S/RES/2531 (2020)").unwrap();
    /// let drafts: Vec<&str> = graph.drafts_of(res).iter().map(|&d| graph.node_at(d).unwrap().id.as_str()).collect();
    /// assert_eq!(drafts, ["S/2020/600"]);
    /// ```
    pub fn drafts_of(&self, ix: NodeIndex) -> &[NodeIndex] {
        if self.adopted_from.is_empty() {
            return &[];
        }
        self.adopted_from.get(&ix).map_or(&[], Vec::as_slice)
    }

    /// True when some draft was adopted as a resolution (the draft rule has
    /// something to do).
    pub(crate) fn has_adopted_drafts(&self) -> bool {
        !self.adopted_from.is_empty()
    }

    /// The resolutions the draft at `ix` was adopted as (the targets of its
    /// `adopted_as` edges); empty for any other node.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let draft = graph.index_of("S/2020/600").unwrap();
    /// assert_eq!(graph.adopted_as_of(draft), [graph.index_of("S/RES/2531 (2020)").unwrap()]);
    /// ```
    pub fn adopted_as_of(&self, ix: NodeIndex) -> Vec<NodeIndex> {
        if self.adopted_from.is_empty() {
            return Vec::new();
        }
        self.graph
            .edges_directed(ix, Direction::Outgoing)
            .filter(|e| e.weight().kind == EdgeKind::AdoptedAs)
            .map(|e| e.target())
            .collect()
    }

    /// The documents that cite the node at `ix`: the one definition of a
    /// citation, which `top N by citations`, `X <- cites`, `show`'s
    /// `cited_by`, `.stats`, diagram node sizes and exports all read.
    ///
    /// A document cites `X` when its own text does (a `cites` edge). A draft
    /// adopted as a resolution is the resolution's text: its citations are
    /// the resolution's, and count once, for the resolution (a resolution
    /// and its draft citing `X` are one citation). An annex or enclosure is
    /// a document of its own: it cites what its text cites, and the letter
    /// that contains it does not cite that a second time. A document never
    /// cites itself. Sorted by node index, each once.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let ix = graph.index_of("S/RES/1325 (2000)").unwrap();
    /// let mut citers: Vec<&str> = graph.citers(ix).into_iter().map(|c| graph.node_at(c).unwrap().id.as_str()).collect();
    /// citers.sort();
    /// // Drafts S/2020/600 and S/2020/1158 cite it as resolutions 2531 and 2553.
    /// assert_eq!(citers, ["002_4635c25849462a9e#letter/annex-XIX", "S/RES/2531 (2020)", "S/RES/2553 (2020)"]);
    /// assert_eq!(graph.citation_count(ix), 3);
    /// ```
    pub fn citers(&self, ix: NodeIndex) -> Vec<NodeIndex> {
        let mut out = Vec::new();
        for e in self.graph.edges_directed(ix, Direction::Incoming) {
            if e.weight().kind != EdgeKind::Cites {
                continue;
            }
            let adopted = self.adopted_as_of(e.source());
            if adopted.is_empty() {
                out.push(e.source());
            } else {
                out.extend(adopted.into_iter().filter(|&r| r != ix));
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The documents the node at `ix` cites, by the definition of
    /// [`CitationGraph::citers`]: its own `cites` edges and those of the
    /// drafts adopted as it. Sorted by node index, each once.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// // Resolution 2531 (2020) cites through its draft S/2020/600.
    /// let ix = graph.index_of("S/RES/2531 (2020)").unwrap();
    /// assert_eq!(graph.cited(ix).len(), 14);
    /// ```
    pub fn cited(&self, ix: NodeIndex) -> Vec<NodeIndex> {
        let mut out = Vec::new();
        for &n in std::iter::once(&ix).chain(self.drafts_of(ix)) {
            for e in self.graph.edges_directed(n, Direction::Outgoing) {
                if e.weight().kind == EdgeKind::Cites && e.target() != ix {
                    out.push(e.target());
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The number of documents citing the node at `ix`
    /// ([`CitationGraph::citers`]), read from a table built once.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// // S/2020/600 and S/2020/1158 cite 2151 (2014): as 2531 and 2553.
    /// let ix = graph.index_of("S/RES/2151 (2014)").unwrap();
    /// assert_eq!(graph.citation_count(ix), graph.citers(ix).len());
    /// ```
    pub fn citation_count(&self, ix: NodeIndex) -> usize {
        self.citation_counts().get(ix.index()).map_or(0, |&c| c as usize)
    }

    /// The number of documents citing each node ([`CitationGraph::citers`]),
    /// by node index: the count a diagram sizes a node by and `top N by
    /// citations` ranks by. Built on first use from the in-degrees, with
    /// only the documents a draft cites counted again; kept until a node or
    /// edge is added.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let counts = graph.citation_counts();
    /// for node in graph.nodes() {
    ///     let ix = graph.index_of(&node.id).unwrap();
    ///     assert_eq!(counts[ix.index()] as usize, graph.citers(ix).len());
    /// }
    /// ```
    pub fn citation_counts(&self) -> &[u32] {
        self.citations.get_or_init(|| {
            let bound = petgraph::visit::NodeIndexable::node_bound(&self.graph);
            let mut counts = self.in_degrees(EdgeKind::Cites).to_vec();
            counts.resize(bound, 0);
            let mut recount: Vec<NodeIndex> = Vec::new();
            for drafts in self.adopted_from.values() {
                for &d in drafts {
                    recount.extend(
                        self.graph
                            .edges_directed(d, Direction::Outgoing)
                            .filter(|e| e.weight().kind == EdgeKind::Cites)
                            .map(|e| e.target()),
                    );
                }
            }
            recount.sort_unstable();
            recount.dedup();
            for t in recount {
                counts[t.index()] = self.citers(t).len() as u32;
            }
            counts
        })
    }

    /// The number of documents each node cites ([`CitationGraph::cited`]),
    /// by node index, in one pass over the edges.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let ix = graph.index_of("S/RES/2531 (2020)").unwrap();
    /// assert_eq!(graph.reference_counts()[ix.index()], 14);
    /// ```
    pub fn reference_counts(&self) -> Vec<u32> {
        let bound = petgraph::visit::NodeIndexable::node_bound(&self.graph);
        let mut counts = vec![0u32; bound];
        for e in (&self.graph).edge_references() {
            if e.weight().kind == EdgeKind::Cites {
                counts[e.source().index()] += 1;
            }
        }
        for &r in self.adopted_from.keys() {
            counts[r.index()] = self.cited(r).len() as u32;
        }
        counts
    }

    /// Add an edge known not to duplicate one already present, for bulk loads
    /// (snapshots, generated graphs): no look for an existing edge with the
    /// same ends and kind, no id lookups. A duplicate makes a parallel edge.
    ///
    /// Panics if `s` or `t` is not a node of this graph (take them from
    /// [`CitationGraph::add_node`] or [`CitationGraph::index_of`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{CitationGraph, Edge, EdgeKind, Node};
    /// let mut graph = CitationGraph::new();
    /// let a = graph.add_node(Node::stub(&"S/RES/2164 (2014)".parse()?));
    /// let b = graph.add_node(Node::stub(&"S/2014/660".parse()?));
    /// graph.add_edge_unchecked(b, a, Edge::bare(EdgeKind::Cites));
    /// assert_eq!(graph.neighbors("S/2014/660", EdgeKind::Cites, petgraph::Direction::Outgoing).count(), 1);
    /// # Ok::<(), unxref::error::SymbolError>(())
    /// ```
    pub fn add_edge_unchecked(&mut self, s: NodeIndex, t: NodeIndex, edge: Edge) -> EdgeIndex {
        self.note_edge(s, t, edge.kind);
        if edge.kind == EdgeKind::AdoptedAs {
            self.hold_through_draft(s, t, edge.attrs().date);
        }
        self.graph.add_edge(s, t, edge)
    }

    /// Make room for `nodes` more nodes and `edges` more edges before a bulk
    /// load, so the storage grows once rather than by doubling.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{CitationGraph, Node};
    /// let mut graph = CitationGraph::new();
    /// graph.reserve(2_259, 0);
    /// for n in 1..=2_259 {
    ///     graph.add_node(Node::stub(&unxref::Symbol::sc_resolution_by_number(n).unwrap()));
    /// }
    /// assert_eq!(graph.node_count(), 2_259);
    /// ```
    pub fn reserve(&mut self, nodes: usize, edges: usize) {
        self.graph.reserve_exact_nodes(nodes);
        self.graph.reserve_exact_edges(edges);
        self.index.reserve(nodes);
    }

    /// Merge another graph into this one.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{CitationGraph, extract_paths};
    /// let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    /// let mut graph = CitationGraph::from_extractions(extract_paths(&[format!("{data}/000_5084318a0e7514bb.txt")]).extractions);
    /// let other = CitationGraph::from_extractions(extract_paths(&[format!("{data}/002_4635c25849462a9e.txt")]).extractions);
    /// graph.merge(&other);
    /// // Resolution 1325 (2000), cited in both files, is one node.
    /// let cited_by = graph.neighbors("S/RES/1325 (2000)", unxref::EdgeKind::Cites, petgraph::Direction::Incoming).count();
    /// assert_eq!(cited_by, 3);
    /// ```
    pub fn merge(&mut self, other: &CitationGraph) {
        let mut map = HashMap::with_capacity(other.graph.node_count());
        for ix in other.graph.node_indices() {
            map.insert(ix, self.add_node(other.graph[ix].clone()));
        }
        for e in (&other.graph).edge_references() {
            let edge = e.weight();
            self.add_edge(
                map[&e.source()],
                map[&e.target()],
                edge.kind,
                edge.attrs().clone(),
            );
        }
    }

    /// What the graph records of the vote on `ix` (the draft adopted as it
    /// included): its tally and the states named with each position; `None`
    /// when nothing is recorded.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::VotePosition;
    /// // The voting letters of data/ name all fifteen members' votes on 2531 (2020).
    /// let record = graph.vote_record(graph.index_of("S/RES/2531 (2020)").unwrap()).unwrap();
    /// assert_eq!(record.named(VotePosition::InFavour), 15);
    /// assert!(record.names_all(VotePosition::Against));
    /// assert!(graph.vote_record(graph.index_of("S/RES/1325 (2000)").unwrap()).is_none());
    /// ```
    pub fn vote_record(&self, ix: NodeIndex) -> Option<VoteRecord> {
        if !self.graph.contains_node(ix) {
            return None;
        }
        let node = &self.graph[ix];
        let mut tally = node.tally.clone();
        let mut states: Vec<(NodeIndex, VotePosition)> = Vec::new();
        for n in std::iter::once(ix).chain(self.drafts_of(ix).iter().copied()) {
            if tally.is_none() {
                tally = self.graph[n].tally.clone();
            }
            for e in self.graph.edges_directed(n, Direction::Incoming) {
                if e.weight().kind == EdgeKind::Voted
                    && let Some(position) = e.weight().attrs().position
                {
                    states.push((e.source(), position));
                }
            }
        }
        states.sort();
        states.dedup();
        if tally.is_none() && states.is_empty() {
            return None;
        }
        let year = node
            .year
            .or_else(|| node.date.and_then(|d| u16::try_from(d.year()).ok()))
            .or_else(|| {
                node.id
                    .parse::<crate::symbol::Symbol>()
                    .ok()
                    .and_then(|s| s.year())
            });
        let mut named = [0u32; 6];
        for (_, position) in &states {
            named[VoteRecord::slot(*position)] += 1;
        }
        Some(VoteRecord {
            tally,
            named,
            members: voting_members(&node.id, year),
        })
    }

    /// True when the graph records how `ix` was voted on: a tally of the
    /// resolution ("Adopted unanimously …"), a state's vote on it, or either
    /// on the draft adopted as it. False means no record, not no vote.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// // The voting letters of data/ record the votes on draft S/2020/600, adopted as 2531 (2020).
    /// assert!(graph.has_vote_record(graph.index_of("S/RES/2531 (2020)").unwrap()));
    /// assert!(!graph.has_vote_record(graph.index_of("S/RES/1325 (2000)").unwrap()));
    /// ```
    pub fn has_vote_record(&self, ix: NodeIndex) -> bool {
        self.vote_record(ix).is_some()
    }

    /// The number of the Security Council meeting that adopted `ix`: its
    /// tally's meeting, else the meeting record it was `adopted_at`
    /// (`S/PV.7198` → 7198; "Adopted by the Security Council at its 7198th
    /// meeting" states a meeting without a tally). `None` when the corpus
    /// does not say, or names a meeting of another organ (`A/77/PV.39`).
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Resolution 2160 (2014)\n\nAdopted by the Security Council at its 7198th meeting, on 17 June 2014\n\nThe Security Council,\n\n1. Decides to remain seized of the matter.\n";
    /// let extraction = unxref::Extractor::new().extract_str("S-RES-2160(2014).txt", text);
    /// let graph = unxref::CitationGraph::from_extractions(vec![extraction]);
    /// let ix = graph.index_of("S/RES/2160 (2014)").unwrap();
    /// assert!(graph.petgraph()[ix].tally.is_none());
    /// assert_eq!(graph.adopting_meeting(ix), Some(7198));
    /// ```
    pub fn adopting_meeting(&self, ix: NodeIndex) -> Option<u32> {
        let node = self.graph.node_weight(ix)?;
        node.tally.as_ref().and_then(|t| t.meeting).or_else(|| {
            self.graph
                .edges_directed(ix, Direction::Outgoing)
                .filter(|e| e.weight().kind == EdgeKind::AdoptedAt)
                .find_map(|e| {
                    // `S/PV.4568 (Resumption 1)` is the 4568th meeting.
                    let rest = self.graph[e.target()].id.strip_prefix("S/PV.")?;
                    rest.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
                })
        })
    }

    /// The node with this exact id, or with this symbol among its aliases
    /// (the other half of a joint symbol).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// assert_eq!(graph.node("S/PRST/2018/10").unwrap().label, "S/PRST/2018/10");
    /// // Exact ids only; the query language resolves short names ("2531").
    /// assert!(graph.node("2531").is_none());
    /// ```
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.lookup(id).map(|ix| &self.graph[ix])
    }

    /// The petgraph index of the node with this exact id or alias.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let ix = graph.index_of("state:Mali").unwrap();
    /// assert_eq!(graph.petgraph()[ix].label, "Mali");
    /// ```
    pub fn index_of(&self, id: &str) -> Option<NodeIndex> {
        self.lookup(id)
    }

    /// The node at a petgraph index.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let ix = graph.index_of("actor:MINUSMA").unwrap();
    /// assert_eq!(graph.node_at(ix).unwrap().category, Some(unxref::Category::Mission));
    /// ```
    pub fn node_at(&self, ix: NodeIndex) -> Option<&Node> {
        self.graph.node_weight(ix)
    }

    /// Every node, in the natural order of ids ([`natural_cmp`]: `S/RES/2
    /// (1946)` before `S/RES/1000 (1966)`), the order query results use. The
    /// order is computed once (one sort of the ids) and kept until a node is
    /// added, so each call only walks it.
    ///
    /// [`natural_cmp`]: crate::symbol::natural_cmp
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::symbol::natural_cmp;
    /// let ids: Vec<&str> = graph.nodes().map(|n| n.id.as_str()).collect();
    /// assert!(ids.windows(2).all(|w| natural_cmp(w[0], w[1]).is_lt()));
    /// assert_eq!(ids.len(), graph.node_count());
    /// let resolutions: Vec<&str> = ids.iter().copied().filter(|id| id.starts_with("S/RES/")).collect();
    /// assert_eq!(resolutions[..2], ["S/RES/1261 (1999)", "S/RES/1265 (1999)"]);
    /// ```
    pub fn nodes(&self) -> impl ExactSizeIterator<Item = &Node> + '_ {
        self.node_order().iter().map(|&ix| &self.graph[ix])
    }

    /// The node indices in the natural order of ids, built once.
    fn node_order(&self) -> &[NodeIndex] {
        self.node_order.get_or_init(|| {
            let rank = self.id_rank();
            let mut order: Vec<NodeIndex> = self.graph.node_indices().collect();
            order.sort_unstable_by_key(|ix| rank[ix.index()]);
            order
        })
    }

    /// Every edge, by source, then target (each in the natural order of
    /// ids, as [`CitationGraph::nodes`]), then kind. The order is computed
    /// once and kept until a node or edge is added.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::EdgeKind;
    /// let adopted: Vec<(&str, &str)> = graph.edges()
    ///     .filter(|e| e.edge.kind == EdgeKind::AdoptedAs)
    ///     .map(|e| (e.source.id.as_str(), e.target.id.as_str()))
    ///     .collect();
    /// assert_eq!(adopted, [("S/2020/240", "S/RES/2518 (2020)"), ("S/2020/600", "S/RES/2531 (2020)"), ("S/2020/1158", "S/RES/2553 (2020)")]);
    /// ```
    pub fn edges(&self) -> impl Iterator<Item = EdgeView<'_>> + '_ {
        let order = self.edge_order.get_or_init(|| {
            let rank = self.id_rank();
            let g = &self.graph;
            let mut order: Vec<EdgeIndex> = g.edge_indices().collect();
            order.sort_unstable_by_key(|&e| {
                let ends = g
                    .edge_endpoints(e)
                    .map(|(s, t)| (rank[s.index()], rank[t.index()]));
                (ends, g[e].kind, e.index())
            });
            order
        });
        order.iter().filter_map(|&e| self.edge_view(e))
    }

    /// The view of the edge at `e`, if there is one.
    fn edge_view(&self, e: EdgeIndex) -> Option<EdgeView<'_>> {
        let (s, t) = self.graph.edge_endpoints(e)?;
        Some(EdgeView {
            source: &self.graph[s],
            target: &self.graph[t],
            edge: &self.graph[e],
            index: e,
        })
    }

    fn view<'g>(&'g self, e: petgraph::stable_graph::EdgeReference<'g, Edge>) -> EdgeView<'g> {
        EdgeView {
            source: &self.graph[e.source()],
            target: &self.graph[e.target()],
            edge: e.weight(),
            index: e.id(),
        }
    }

    /// The edges of `kind` leaving (`Outgoing`) or reaching (`Incoming`) the
    /// node `id`, by the other end in the natural order of ids. Empty for an
    /// unknown id.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::EdgeKind;
    /// use petgraph::Direction::Outgoing;
    /// let cites = graph.edges_of("S/RES/2518 (2020)", EdgeKind::Cites, Outgoing);
    /// let relations: Vec<&str> = cites.iter().filter_map(|e| e.edge.attrs().relation.as_deref()).collect();
    /// assert_eq!(relations, ["requesting; mandated by", "recalling; requesting"]);
    /// ```
    pub fn edges_of(&self, id: &str, kind: EdgeKind, direction: Direction) -> Vec<EdgeView<'_>> {
        let Some(ix) = self.lookup(id) else {
            return Vec::new();
        };
        let mut edges: Vec<EdgeView<'_>> = self
            .graph
            .edges_directed(ix, direction)
            .filter(|e| e.weight().kind == kind)
            .map(|e| self.view(e))
            .collect();
        let rank = self.id_rank();
        let other = |v: &EdgeView<'_>| {
            let far = self.graph.edge_endpoints(v.index).map(|(s, t)| match direction {
                Direction::Outgoing => rank[t.index()],
                Direction::Incoming => rank[s.index()],
            });
            (far, v.index.index())
        };
        // Integers compared, no id copied.
        edges.sort_by_key(other);
        edges
    }

    /// The nodes one `kind` edge away from `id`, in `direction`, in the
    /// natural order of ids (as [`CitationGraph::edges_of`]).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::EdgeKind;
    /// use petgraph::Direction::Incoming;
    /// let citing: Vec<&str> = graph.neighbors("S/RES/2164 (2014)", EdgeKind::Cites, Incoming).map(|n| n.id.as_str()).collect();
    /// assert_eq!(citing, ["S/2014/660"]);
    /// ```
    pub fn neighbors(&self, id: &str, kind: EdgeKind, direction: Direction) -> impl Iterator<Item = &Node> {
        self.edges_of(id, kind, direction)
            .into_iter()
            .map(move |v| match direction {
                Direction::Outgoing => v.target,
                Direction::Incoming => v.source,
            })
    }

    /// Number of nodes.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// assert_eq!(graph.node_count(), graph.nodes().count());
    /// ```
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// assert_eq!(graph.edge_count(), graph.edges().count());
    /// ```
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Counts of nodes and edges by kind.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let stats = graph.stats();
    /// assert_eq!(stats.nodes, stats.held_documents + stats.stub_documents + stats.actors);
    /// assert!(stats.cites > stats.resolution_to_resolution);
    /// ```
    pub fn stats(&self) -> GraphStats {
        let mut stats = GraphStats {
            nodes: self.node_count(),
            edges: self.edge_count(),
            ..GraphStats::default()
        };
        let counts = self.citation_counts();
        let resolution = |ix: NodeIndex| self.graph[ix].kind == crate::NodeKind::Resolution;
        for ix in self.graph.node_indices() {
            let node = &self.graph[ix];
            match (node.kind.is_document(), node.held) {
                (true, true) => stats.held_documents += 1,
                (true, false) => stats.stub_documents += 1,
                (false, _) => stats.actors += 1,
            }
            let cited_by = counts[ix.index()] as usize;
            stats.citations += cited_by;
            if cited_by > 0 && node.kind.is_document() && !node.held {
                stats.coverage.cited_not_held += 1;
            }
            if resolution(ix) && cited_by > 0 {
                stats.resolution_to_resolution +=
                    self.citers(ix).into_iter().filter(|&c| resolution(c)).count();
            }
            if resolution(ix) && node.held {
                self.cover(ix, &mut stats.coverage);
            }
        }
        stats.cites = (&self.graph)
            .edge_references()
            .filter(|e| e.weight().kind == EdgeKind::Cites)
            .count();
        stats
    }

    /// Count what the graph knows of the held resolution at `ix`, reading
    /// its drafts' edges as its own.
    fn cover(&self, ix: NodeIndex, coverage: &mut Coverage) {
        coverage.resolutions += 1;
        coverage.with_date += usize::from(self.graph[ix].date.is_some());
        let own = std::iter::once(&ix).chain(self.drafts_of(ix));
        let has = |dir: Direction, kinds: &[EdgeKind]| {
            own.clone().any(|&n| {
                self.graph
                    .edges_directed(n, dir)
                    .any(|e| kinds.contains(&e.weight().kind))
            })
        };
        coverage.with_meeting += usize::from(has(Direction::Outgoing, &[EdgeKind::AdoptedAt]));
        // The one definition of a vote record: a tally or a state's vote, on
        // the resolution or its draft (the vote questions use it too).
        coverage.with_vote += usize::from(self.has_vote_record(ix));
        coverage.with_mandate += usize::from(has(
            Direction::Outgoing,
            &[
                EdgeKind::Establishes,
                EdgeKind::ExtendsMandate,
                EdgeKind::Authorizes,
                EdgeKind::Terminates,
                EdgeKind::ModifiesMandate,
            ],
        ));
        coverage.citing += usize::from(has(Direction::Outgoing, &[EdgeKind::Cites]));
    }

    /// The underlying petgraph, for its algorithms.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use petgraph::algo::toposort;
    /// // Citations point back in time: the citation graph of data/ has no cycle.
    /// let cites = petgraph::visit::EdgeFiltered::from_fn(graph.petgraph(), |e| e.weight().kind == unxref::EdgeKind::Cites);
    /// assert!(toposort(&cites, None).is_ok());
    /// ```
    pub fn petgraph(&self) -> &StableDiGraph<Node, Edge> {
        &self.graph
    }
}

/// The natural order of ids ([`crate::symbol::natural_cmp`]), ties broken by
/// bytes so that it is total.
pub(crate) fn id_order(a: &str, b: &str) -> std::cmp::Ordering {
    crate::symbol::natural_cmp(a, b).then_with(|| a.cmp(b))
}

/// A fact met again under another verb keeps both: 1284 (1999) recalls
/// resolution 687 (1991) in its preamble and "Reaffirms its resolutions 687
/// (1991), …" in paragraph 4, so the edge's relation is `recalling;
/// reaffirms` ([`RELATION_SEPARATOR`]), verbs in the order read, each once.
fn add_relation(slot: &mut Option<String>, value: Option<String>) {
    match (slot.as_mut(), value) {
        (Some(old), Some(new)) => {
            // `new` may itself hold two verbs ("Recalling and reaffirming").
            for verb in new.split(RELATION_SEPARATOR) {
                if !old.split(RELATION_SEPARATOR).any(|r| r == verb) {
                    old.push_str(RELATION_SEPARATOR);
                    old.push_str(verb);
                }
            }
        }
        (None, value) => *slot = value,
        (Some(_), None) => {}
    }
}

/// What separates the verbs of an edge met under several
/// ([`EdgeAttrs::relation`](crate::model::EdgeAttrs::relation)).
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::{EdgeKind, graph::RELATION_SEPARATOR};
/// // 2518 (2020) recalls its resolution 2436 (2018), and requests again what it requested.
/// let cites = graph.edges_of("S/RES/2518 (2020)", EdgeKind::Cites, petgraph::Direction::Outgoing);
/// let to_2436 = cites.iter().find(|e| e.target.id == "S/RES/2436 (2018)").expect("a citation");
/// let verbs: Vec<&str> = to_2436.edge.attrs().relation.as_deref().unwrap_or("").split(RELATION_SEPARATOR).collect();
/// assert_eq!(verbs, ["recalling", "requesting"]);
/// ```
pub const RELATION_SEPARATOR: &str = "; ";

fn fill<T>(slot: &mut Option<T>, value: Option<T>) {
    if slot.is_none() {
        *slot = value;
    }
}

fn merge_node(old: &mut Node, new: Node) {
    if new.held && !old.held {
        let aliases = std::mem::take(&mut old.aliases);
        let category = old.category.take();
        // A tally another file states of it (an Assembly meeting record's
        // of a resolution it adopted) stays when its text arrives.
        let tally = old.tally.take();
        *old = new;
        for alias in aliases {
            if !old.aliases.contains(&alias) {
                old.aliases.push(alias);
            }
        }
        fill(&mut old.category, category);
        fill(&mut old.tally, tally);
        return;
    }
    // A document the symbol alone calls `document` (or `ga_document`:
    // `A/77/69`, the Assembly's half of the joint `A/77/69-E/2022/47`)
    // takes a kind the text gives.
    let symbol_alone =
        |k: crate::NodeKind| matches!(k, crate::NodeKind::Document | crate::NodeKind::GaDocument);
    if symbol_alone(old.kind) && !symbol_alone(new.kind) && new.kind.is_document() {
        old.kind = new.kind;
    }
    fill(&mut old.title, new.title);
    fill(&mut old.date, new.date);
    fill(&mut old.year, new.year);
    fill(&mut old.agenda, new.agenda);
    fill(&mut old.category, new.category);
    fill(&mut old.source, new.source);
    fill(&mut old.tally, new.tally);
    for alias in new.aliases {
        if !old.aliases.contains(&alias) {
            old.aliases.push(alias);
        }
    }
}

/// The kind a document's symbol alone gives it (`ga_document` for
/// `A/66/782`, `document` for `S/2012/261`), when `id` is a symbol.
/// `document` named `reading` instead (see [`Conflict::read_as`]).
fn read_as(mut document: DocumentRecord, reading: &crate::Symbol) -> DocumentRecord {
    let node = &mut document.node;
    node.id = reading.as_str().to_string();
    node.label = crate::model::label_for(reading);
    node.title = Some(node.label.clone());
    node.year = reading.year();
    if let Some(source) = &mut node.source {
        source.quote.clone_from(&node.label);
    }
    document.other_readings.clear();
    document
}

fn symbol_kind(id: &str) -> Option<crate::NodeKind> {
    id.parse::<crate::Symbol>()
        .ok()
        .map(|s| crate::NodeKind::from_symbol(&s))
}

/// What [`CitationGraph::is_suspect`] compares of a document: its resolution
/// number, else its year.
#[derive(Debug, Clone, Copy)]
struct Dating {
    number: Option<u32>,
    year: Option<u16>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EdgeAttrs;
    use crate::{NodeKind, Symbol};

    fn doc_ref(s: &str) -> NodeRef {
        NodeRef::document(&s.parse::<Symbol>().unwrap())
    }

    fn cite(from: &str, to: &str) -> Link {
        Link {
            source: doc_ref(from),
            target: doc_ref(to),
            kind: EdgeKind::Cites,
            attrs: EdgeAttrs::default(),
        }
    }

    /// The suspects, found first and sorted alone, are the edges `edges`
    /// lists that `is_suspect` flags, in the same order.
    #[test]
    fn suspect_edges_are_the_flagged_edges_in_edge_order() {
        let mut g = CitationGraph::new();
        for (from, to) in [
            ("S/RES/692 (1991)", "S/RES/694 (1991)"),
            ("S/RES/39 (1948)", "S/RES/47 (1948)"),
            ("S/RES/39 (1948)", "S/RES/40 (1948)"),
            ("S/RES/692 (1991)", "S/RES/687 (1991)"),
            ("S/2010/5", "S/2012/7"),
            ("S/RES/100 (1953)", "S/2001/10"),
            ("S/RES/1000 (1995)", "S/RES/999 (1995)"),
        ] {
            g.add_link(&cite(from, to)).unwrap();
        }
        let flagged: Vec<(&str, &str)> = g
            .edges()
            .filter(|e| g.is_suspect(e.index))
            .map(|e| (e.source.id.as_str(), e.target.id.as_str()))
            .collect();
        let found: Vec<(&str, &str)> = g
            .suspect_edges()
            .iter()
            .map(|e| (e.source.id.as_str(), e.target.id.as_str()))
            .collect();
        assert_eq!(found, flagged);
        assert_eq!(
            found,
            [
                ("S/2010/5", "S/2012/7"),
                ("S/RES/39 (1948)", "S/RES/40 (1948)"),
                ("S/RES/39 (1948)", "S/RES/47 (1948)"),
                ("S/RES/100 (1953)", "S/2001/10"),
                ("S/RES/692 (1991)", "S/RES/694 (1991)"),
            ]
        );
    }

    #[test]
    fn stubs_then_held_merge_into_one_node() {
        let mut g = CitationGraph::new();
        g.add_link(&cite("S/RES/2531 (2020)", "S/RES/1325 (2000)"));
        assert!(!g.node("S/RES/1325 (2000)").unwrap().held);
        let mut held = Node::new(
            "S/RES/1325 (2000)",
            NodeKind::Resolution,
            "Resolution 1325 (2000)",
        );
        held.held = true;
        held.title = Some("Women and peace and security".into());
        g.add_node(held);
        assert_eq!(g.node_count(), 2);
        let node = g.node("S/RES/1325 (2000)").unwrap();
        assert!(node.held);
        assert_eq!(node.year, None, "held node's own fields win");
    }

    #[test]
    fn repeated_fact_is_one_edge_with_a_count() {
        let mut g = CitationGraph::new();
        g.add_link(&cite("S/RES/2531 (2020)", "S/RES/2391 (2017)"));
        g.add_link(&cite("S/RES/2531 (2020)", "S/RES/2391 (2017)"));
        assert_eq!(g.edge_count(), 1);
        assert_eq!(g.edges().next().unwrap().edge.attrs().count, 2);
    }

    #[test]
    fn self_citation_is_dropped() {
        let mut g = CitationGraph::new();
        assert!(
            g.add_link(&cite("S/RES/2531 (2020)", "S/RES/2531 (2020)"))
                .is_none()
        );
        assert_eq!(g.edge_count(), 0);
    }
}

/// How many members vote in the organ whose document `id` is, in `year`: the
/// size against which a list of named states is complete. The Security
/// Council grew from eleven members to fifteen in 1966 (the default, for a
/// document of no known organ). For the other organs, the most they have
/// had, so that a list is never taken for complete when it is not: 193 for
/// the General Assembly (since 2011), 47 for the Human Rights Council, 54
/// for the Economic and Social Council (since 1973), 53 for the Commission
/// on Human Rights.
fn voting_members(id: &str, year: Option<u16>) -> u32 {
    use crate::symbol::Organ;
    match id.parse::<crate::symbol::Symbol>().map(|s| s.organ()) {
        Ok(Organ::GeneralAssembly) => 193,
        Ok(Organ::HumanRightsCouncil) => 47,
        Ok(Organ::EconomicAndSocialCouncil) => 54,
        Ok(Organ::CommissionOnHumanRights) => 53,
        _ if year.is_some_and(|y| y < 1966) => 11,
        _ => 15,
    }
}

/// What the graph records of the vote on one document ([`CitationGraph::vote_record`]):
/// its tally, if the text gives one, and the states its texts name with
/// each position. A tally says how many voted each way; the states named
/// may be fewer ("by 9 votes to none, with 2 abstentions (Lebanon, USSR)"
/// names no state in favour), so an empty list of states is no answer
/// unless the record names them all ([`VoteRecord::names_all`]).
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// let record = graph.vote_record(graph.index_of("S/RES/2531 (2020)").unwrap()).unwrap();
/// assert_eq!((record.members, record.tally.is_none()), (15, true));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct VoteRecord {
    /// The tally ("Adopted unanimously", "13-0-2").
    pub tally: Option<Tally>,
    /// The states named with each position, in the order of
    /// [`VotePosition::ALL`].
    named: [u32; 6],
    /// The voting body's size: the Security Council's in the document's
    /// year (11 before 1966, then 15); for another organ's document, the
    /// most members that organ has had (193 for the General Assembly, 47
    /// for the Human Rights Council, 54 for the Economic and Social
    /// Council).
    pub members: u32,
}

impl VoteRecord {
    fn slot(position: VotePosition) -> usize {
        VotePosition::ALL.iter().position(|p| *p == position).unwrap_or(0)
    }

    /// The count the tally gives of `position`: votes cast, and members
    /// not participating ("One member (China) did not participate in the
    /// voting"); an absent member or one present and not voting is only
    /// named, never counted by the tally.
    fn tallied(&self, position: VotePosition) -> Option<u32> {
        let t = self.tally.as_ref()?;
        let none_if_unanimous = (t.unanimous || t.without_vote).then_some(0);
        match position {
            VotePosition::InFavour => t.in_favour.or(t.without_vote.then_some(0)),
            VotePosition::Against => t.against.or(none_if_unanimous),
            VotePosition::Abstention => t.abstaining.or(none_if_unanimous),
            VotePosition::NotParticipating => t.not_participating.or(none_if_unanimous),
            VotePosition::Absent | VotePosition::PresentNotVoting => None,
        }
    }

    /// Whether the record accounts for every member: the tally's counts,
    /// and the states named where it gives none, add up to the Council
    /// (83 (1950): 7 in favour, 1 against, 0 abstaining, 2 not
    /// participating and the USSR named absent are its eleven). Each
    /// position then has as many members as that says, none more.
    fn accounts_for_all(&self) -> bool {
        let sum: u32 = VotePosition::ALL
            .into_iter()
            .map(|p| self.tallied(p).unwrap_or_else(|| self.named(p)))
            .sum();
        sum >= self.members
    }

    /// How many states the record names with `position`.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// # let record = graph.vote_record(graph.index_of("S/RES/2531 (2020)").unwrap()).unwrap();
    /// use unxref::VotePosition;
    /// assert_eq!(record.named(VotePosition::Abstention), 0);
    /// ```
    pub fn named(&self, position: VotePosition) -> u32 {
        self.named[Self::slot(position)]
    }

    /// How many members took `position`, by the tally, or by the states
    /// named when they are the whole Council; `None` when the record does
    /// not say ("Adopted unanimously" gives no number in favour).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// # let record = graph.vote_record(graph.index_of("S/RES/2531 (2020)").unwrap()).unwrap();
    /// use unxref::VotePosition;
    /// // All fifteen members' votes are named: the record is the count.
    /// assert_eq!(record.cast(VotePosition::InFavour), Some(15));
    /// ```
    ///
    /// For a member that cast no vote, the same: the tally's count of
    /// members not participating, else the states named absent, present
    /// and not voting (or not participating) when the record accounts for
    /// every member. 83 (1950), 7-1-0 with two not participating and the
    /// USSR named absent, had one absent member; 305 (1971), 14-0-0 with
    /// China not participating, none.
    pub fn cast(&self, position: VotePosition) -> Option<u32> {
        if let Some(n) = self.tallied(position) {
            return Some(n);
        }
        (self.named_total() >= self.members || self.accounts_for_all()).then(|| self.named(position))
    }

    /// Whether the Council adopted it unanimously, as far as the record
    /// says: by the tally ("Adopted unanimously", "13-0-2"), else by the
    /// states named: one named against or abstaining says no, every member
    /// named in favour says yes ("In favour: Belgium, China, … Against:
    /// None. Abstaining: None.", the letters of 2020). `None` when the
    /// record does not decide: no vote taken ("Adopted without vote"), or
    /// too few states named.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// // Seed 001: "In favour: Belgium, China, … Viet Nam. Against: None.
    /// // Abstaining: None." on the draft adopted as 2518 (2020).
    /// let record = graph.vote_record(graph.index_of("S/RES/2518 (2020)").unwrap()).unwrap();
    /// assert_eq!(record.unanimous(), Some(true));
    /// ```
    pub fn unanimous(&self) -> Option<bool> {
        if let Some(t) = &self.tally {
            return (!t.without_vote).then_some(t.unanimous);
        }
        // One named against or abstaining, or not voting at all (absent,
        // not participating): not unanimous.
        if VotePosition::ALL
            .into_iter()
            .any(|p| p != VotePosition::InFavour && self.named(p) > 0)
        {
            return Some(false);
        }
        (self.cast(VotePosition::InFavour) == Some(self.members)).then_some(true)
    }

    /// How many states the record names, whatever their position.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// # let record = graph.vote_record(graph.index_of("S/RES/2531 (2020)").unwrap()).unwrap();
    /// use unxref::VotePosition;
    /// assert_eq!(record.named_total(), 15);
    /// ```
    pub fn named_total(&self) -> u32 {
        self.named.iter().sum()
    }

    /// Whether the record names every state's vote, in each position.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// # let record = graph.vote_record(graph.index_of("S/RES/2531 (2020)").unwrap()).unwrap();
    /// use unxref::VotePosition;
    /// assert!(record.names_every_vote());
    /// ```
    ///
    /// A member that cast no vote counts when the record names one or
    /// gives a count of them: a General Assembly tally of 185-2-2 names
    /// every vote cast, whoever of its 193 members cast none.
    pub fn names_every_vote(&self) -> bool {
        VotePosition::ALL
            .into_iter()
            .filter(|&p| p.is_cast() || self.named(p) > 0 || self.tallied(p).is_some_and(|n| n > 0))
            .all(|p| self.names_all(p))
    }

    /// The tally in a few words ([`Tally::summary`]), with the members
    /// named as absent or present and not voting, which a tally does not
    /// count: "7 in favour, 1 against, 0 abstaining, 2 not participating,
    /// 1 absent" (83 (1950)); `None` without a tally.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// # let record = graph.vote_record(graph.index_of("S/RES/2531 (2020)").unwrap()).unwrap();
    /// // The letters of 2020 name the votes; no tally is written out.
    /// assert_eq!(record.summary(), None);
    /// ```
    pub fn summary(&self) -> Option<String> {
        let t = self.tally.as_ref()?;
        let mut text = t.summary();
        if t.without_vote {
            return Some(text);
        }
        for (p, words) in [
            (VotePosition::Absent, "absent"),
            (VotePosition::PresentNotVoting, "present and not voting"),
        ] {
            let n = self.named(p);
            if n > 0 {
                if !text.is_empty() {
                    text.push_str(", ");
                }
                text.push_str(&format!("{n} {words}"));
            }
        }
        Some(text)
    }

    /// Whether the states named with `position` are all that took it: only
    /// then does an empty list of them mean that none did.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// # let record = graph.vote_record(graph.index_of("S/RES/2531 (2020)").unwrap()).unwrap();
    /// use unxref::VotePosition;
    /// assert!(record.names_all(VotePosition::Against));
    /// ```
    pub fn names_all(&self, position: VotePosition) -> bool {
        self.cast(position).is_some_and(|n| self.named(position) >= n)
    }
}
