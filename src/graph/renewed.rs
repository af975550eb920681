//! Bodies named after the resolution that renewed them: a later text calls
//! the Panel of Experts on Liberia "the Panel of Experts appointed pursuant
//! to paragraph 4 of resolution 1854 (2008)" (1903 (2009) and later), and
//! the extractor, reading that text alone, names a body after 1854. Once
//! every file is read, such a body is folded into the one its resolution
//! renewed ([`CitationGraph::fold_renewed_bodies`]).

use petgraph::Direction;
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::EdgeRef as _;

use super::CitationGraph;
use crate::model::{EdgeKind, NodeKind};

/// The words of a body's name that the extractor gives after the
/// resolution that named it ("actor:Panel of Experts established pursuant
/// to resolution 1854 (2008)").
const NAMED_AFTER: &str = " established pursuant to resolution ";

/// The relation of the link a body named after a resolution gets from it,
/// when nothing else says the resolution created it.
const NAMED_ONLY: &str = "established pursuant to";

impl CitationGraph {
    /// Fold each body named after a resolution ("the Panel of Experts
    /// established pursuant to resolution 1854 (2008)") into the body that
    /// resolution's own text extends, renews or re-establishes, when it does
    /// so for exactly one body of the same category: 1854 (2008) "Decides to
    /// extend the mandate of the Panel of Experts appointed pursuant to
    /// paragraph 1 of resolution 1819 (2008)", which in turn renewed the
    /// panel of 1760 (2007), and so on to the Panel of Experts on Liberia.
    /// The resolutions are taken in their order, so that a chain of
    /// renewals ends in its first body. The folded name stays as an alias;
    /// the link saying the renewing resolution "established" the body, which
    /// only its name gave, is dropped. A body its resolution created (no
    /// renewal in its text: "Requests the Secretary-General to establish
    /// … a Panel of Experts", 1760 (2007)) stays as it is.
    pub(crate) fn fold_renewed_bodies(&mut self) {
        let mut named: Vec<(crate::Symbol, String)> = self
            .graph
            .node_weights()
            .filter(|n| n.kind == NodeKind::Actor)
            .filter_map(|n| {
                let (_, symbol) = n.id.split_once(NAMED_AFTER)?;
                let symbol = format!("S/RES/{symbol}").parse::<crate::Symbol>().ok()?;
                symbol.resolution_number()?;
                Some((symbol, n.id.clone()))
            })
            .collect();
        named.sort_by_key(|(s, id)| (s.resolution_number(), id.clone()));
        for (symbol, id) in named {
            let Some(&ix) = self.index.get(&id) else {
                continue;
            };
            let Some(resolution) = self.lookup(symbol.as_str()) else {
                continue;
            };
            let establishes: Vec<_> = self
                .graph
                .edges_connecting(resolution, ix)
                .filter(|e| e.weight().kind == EdgeKind::Establishes)
                .map(|e| (e.id(), e.weight().attrs().relation.as_deref() == Some(NAMED_ONLY)))
                .collect();
            // The resolution's own text creates it ("decides to establish").
            if establishes.iter().any(|&(_, named_only)| !named_only) {
                continue;
            }
            let Some(into) = self.renewed_by(resolution, ix) else {
                continue;
            };
            let named_only: Vec<_> = establishes.into_iter().map(|(e, _)| e).collect();
            for e in named_only {
                self.graph.remove_edge(e);
            }
            // The in-degrees and orders are rebuilt as `ix` is absorbed.
            self.attach_alias(into, &id);
        }
    }

    /// The one body other than `body`, of its category, that `resolution`
    /// extends, renews or re-establishes.
    fn renewed_by(&self, resolution: NodeIndex, body: NodeIndex) -> Option<NodeIndex> {
        let category = self.graph.node_weight(body)?.category?;
        let mut renewed = self
            .graph
            .edges_directed(resolution, Direction::Outgoing)
            .filter(|e| e.weight().kind == EdgeKind::ExtendsMandate && e.target() != body)
            .map(|e| e.target())
            .filter(|&t| {
                self.graph
                    .node_weight(t)
                    .is_some_and(|n| n.kind == NodeKind::Actor && n.category == Some(category))
            });
        let first = renewed.next()?;
        renewed.all(|t| t == first).then_some(first)
    }
}
