//! The query language: `grammar/query.pest` → AST → resolution of names to
//! nodes → evaluation to a [`Table`].

use thiserror::Error;

use crate::graph::CitationGraph;

/// A query that could not be parsed, resolved or evaluated.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum QueryError {
    /// The query language is not built yet.
    #[error("queries are not available yet")]
    Unavailable,
}

/// The result of a query: rows of nodes or paths.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {}

impl CitationGraph {
    /// Run a query written in the query language.
    pub fn query(&self, _query: &str) -> Result<Table, QueryError> {
        Err(QueryError::Unavailable)
    }
}
