//! unxref turns United Nations documents into a cross-reference knowledge
//! graph and lets people question it.
//!
//! The pipeline: [`corpus`] reads files, [`extract`] finds documents,
//! references, actors and votes, [`graph`] links them in a petgraph graph,
//! [`build`] streams a whole corpus from disk into a graph,
//! [`query`] walks it, [`render`] draws it, and [`graph::export`] hands it to
//! other tools (GraphML, Neo4j CSV, edge lists, DOT, N-Triples).
//!
//! ```
//! use unxref::{CitationGraph, Extractor};
//! let corpus = Extractor::new().extract_paths(&["data"]);
//! assert!(corpus.errors.is_empty());
//! let graph = CitationGraph::from_extractions(corpus.extractions);
//! assert!(graph.node("S/RES/2531 (2020)").is_some());
//! ```

#![warn(missing_docs)]
#![forbid(unsafe_code)]

pub mod build;
pub mod charter;
pub mod corpus;
pub mod date;
pub mod error;
pub mod extract;
#[doc(hidden)]
pub mod fuzzing;
pub mod graph;
pub mod model;
pub mod output;
pub mod query;
pub mod read;
pub mod render;
pub mod repl;
pub mod symbol;

/// The [petgraph](https://docs.rs/petgraph/0.8) crate (version 0.8) whose
/// types this API exposes ([`CitationGraph::petgraph`] gives a
/// `StableDiGraph`, rows and lookups give `NodeIndex` and `EdgeIndex`), so
/// a program runs petgraph's algorithms on the graph without naming petgraph
/// in its own `Cargo.toml` or risking a second, incompatible copy.
///
/// ```
/// use unxref::petgraph::{algo::tarjan_scc, visit::EdgeFiltered};
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// let cites = EdgeFiltered::from_fn(graph.petgraph(), |e| e.weight().kind == unxref::EdgeKind::Cites);
/// let components = tarjan_scc(&cites);
/// assert_eq!(components.iter().map(Vec::len).sum::<usize>(), graph.node_count());
/// ```
pub use petgraph;

pub use date::{Date, DateError};
pub use extract::{Corpus, Extractor, extract_paths};
pub use graph::{CitationGraph, VoteRecord};
pub use model::{
    Category, DocumentRecord, Edge, EdgeAttrs, EdgeKind, Evidence, Extraction, Link, Node, NodeKind, NodeRef,
    Paragraph, ParseKindError, Tally, VotePosition,
};
pub use symbol::{Organ, Symbol, SymbolKind};
