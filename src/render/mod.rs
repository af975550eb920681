//! Citation diagrams: DOT (graphviz-rust) and SVG, drawn by Graphviz `dot`
//! when it is installed and by a pure-Rust layout otherwise.

use thiserror::Error;

/// A diagram that could not be drawn or written.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum RenderError {
    /// Rendering is not built yet.
    #[error("rendering is not available yet")]
    Unavailable,
}
