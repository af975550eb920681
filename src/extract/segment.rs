//! Segmentation: one file into its documents (cover letter, annexes,
//! enclosures, voting letters, statements), each with its identity.

use super::{Normalized, Segment};
use crate::model::{DocumentRecord, Node, NodeKind};

/// Split a normalized file into documents.
pub fn segment(file: &str, normalized: &Normalized) -> Vec<Segment> {
    let id = format!("file:{file}");
    let mut node = Node::new(&id, NodeKind::Document, file);
    node.held = true;
    vec![Segment {
        record: DocumentRecord {
            node,
            lines: (1, normalized.line_at(normalized.text.len())),
            adopted_at: None,
            parent: None,
        },
        range: 0..normalized.text.len(),
    }]
}
