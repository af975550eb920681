//! References: every way a text cites another document.

use super::{Normalized, Segment};
use crate::model::Link;

/// The `cites` (and `adopted_as`, `contains`) links of each segment.
pub fn references(_file: &str, _normalized: &Normalized, _segments: &[Segment]) -> Vec<Link> {
    Vec::new()
}
