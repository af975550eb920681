//! Actors: the dictionary, mentions, votes, sponsors, signatures, mandates.

use super::{Normalized, Segment};
use crate::model::Link;

/// Canonical names, acronyms and aliases of actors and states.
#[derive(Debug, Clone, Default)]
pub struct ActorDictionary {}

impl ActorDictionary {
    /// The dictionary bundled in `data/actors.toml`.
    pub fn bundled() -> ActorDictionary {
        ActorDictionary::default()
    }
}

/// The actor links of each segment.
pub fn actor_links(
    _file: &str,
    _normalized: &Normalized,
    _segments: &[Segment],
    _dict: &ActorDictionary,
) -> Vec<Link> {
    Vec::new()
}
