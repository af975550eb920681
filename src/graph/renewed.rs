//! Bodies a text names only through another text. A later text calls the
//! Panel of Experts on Liberia "the Panel of Experts appointed pursuant to
//! paragraph 4 of resolution 1854 (2008)" (1903 (2009) and later), and the
//! extractor, reading that text alone, names a body after 1854. Once every
//! file is read, such a body is folded into the one its resolution renewed
//! ([`CitationGraph::fold_renewed_bodies`]). A text that extends "the
//! mandate of the United Nations mission" and names no operation (1839
//! (2008)) links to a stand-in, replaced by the one operation the
//! resolutions it cites extended or established, or dropped
//! ([`CitationGraph::resolve_unnamed_operations`]).

use petgraph::Direction;
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::EdgeRef as _;

use super::CitationGraph;
use crate::extract::actors::UNNAMED_OPERATION;
use crate::model::{EdgeAttrs, EdgeKind, NodeKind};

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

/// The categories of the operations a stand-in for an unnamed one may stand
/// for: a United Nations mission or force (category `mission`), a
/// multinational force, an office.
const OPERATIONS: [&str; 3] = ["mission", "force", "office"];

impl CitationGraph {
    /// Replace each link to the stand-in for an operation a text does not
    /// name ([`UNNAMED_OPERATION`]: "Decides to extend the mandate of the
    /// United Nations mission for a new period terminating on 15 February
    /// 2009", 1839 (2008)) by a link to the one operation that the
    /// resolutions the acting text cites extended or established: 1839
    /// recalls 1808 (2008), which extended UNOMIG, and nothing else. The
    /// link keeps the acting text's evidence, date and relation, and its
    /// relation says how it was read ("extends (not named in the text: the one
    /// operation that S/RES/1808 (2008), which it cites, extended or
    /// established)"). With none or several such operations the link is
    /// dropped, never guessed. The acting resolutions are taken in their
    /// order, so that one resolved so serves a later one that cites it. The
    /// stand-in itself is removed.
    pub(crate) fn resolve_unnamed_operations(&mut self) {
        let Some(stand_in) = self.lookup(UNNAMED_OPERATION) else {
            return;
        };
        let mut acts: Vec<(Option<u32>, NodeIndex, EdgeKind, EdgeAttrs)> = self
            .graph
            .edges_directed(stand_in, Direction::Incoming)
            .map(|e| {
                let number = self.graph[e.source()]
                    .id
                    .parse::<crate::Symbol>()
                    .ok()
                    .and_then(|s| s.resolution_number());
                (number, e.source(), e.weight().kind, e.weight().attrs().clone())
            })
            .collect();
        acts.sort_by_key(|(number, source, ..)| (*number, self.graph[*source].id.clone()));
        self.graph.remove_node(stand_in);
        self.index.remove(UNNAMED_OPERATION);
        self.rebuild_indices();
        for (_, source, kind, mut attrs) in acts {
            let Some((operation, through)) = self.operation_cited(source) else {
                continue;
            };
            let mut through: Vec<&str> = through.iter().map(|&r| self.graph[r].id.as_str()).collect();
            through.sort_by_key(|id| {
                id.parse::<crate::Symbol>()
                    .ok()
                    .and_then(|s| s.resolution_number())
            });
            let note = format!(
                "not named in the text: the one operation that {}, which it cites, extended or established",
                through.join(" and ")
            );
            attrs.relation = Some(match attrs.relation.take() {
                Some(r) => format!("{r} ({note})"),
                None => note,
            });
            self.add_edge(source, operation, kind, attrs);
        }
    }

    /// The one operation ([`OPERATIONS`]) that the resolutions `source`
    /// cites extend, renew or establish, with those resolutions.
    fn operation_cited(&self, source: NodeIndex) -> Option<(NodeIndex, Vec<NodeIndex>)> {
        let mut found: Option<NodeIndex> = None;
        let mut through = Vec::new();
        let cited = self
            .graph
            .edges_directed(source, Direction::Outgoing)
            .filter(|e| e.weight().kind == EdgeKind::Cites)
            .map(|e| e.target())
            .filter(|&c| self.graph[c].kind == NodeKind::Resolution);
        for c in cited {
            let bodies = self
                .graph
                .edges_directed(c, Direction::Outgoing)
                .filter(|e| matches!(e.weight().kind, EdgeKind::ExtendsMandate | EdgeKind::Establishes))
                .map(|e| e.target())
                .filter(|&t| {
                    let n = &self.graph[t];
                    n.kind == NodeKind::Actor && n.category.is_some_and(|k| OPERATIONS.contains(&k.as_str()))
                });
            let mut named_here = false;
            for t in bodies {
                match found {
                    Some(f) if f != t => return None,
                    _ => found = Some(t),
                }
                named_here = true;
            }
            if named_here && !through.contains(&c) {
                through.push(c);
            }
        }
        found.map(|f| (f, through))
    }
}

#[cfg(test)]
mod tests {
    use crate::{CitationGraph, Extractor};

    /// A text that extends "the mandate of the United Nations mission" and
    /// cites two resolutions that extended two operations states nothing:
    /// the choice would be a guess.
    #[test]
    fn an_unnamed_operation_two_cited_texts_could_be_is_not_read() {
        let x = Extractor::new();
        let texts = [
            (
                "S-RES-1001(1995).txt",
                "Resolution 1001 (1995)\n\nThe Security Council,\n\n1. Decides to extend the mandate of UNOMIG until 31 January 1996;\n",
            ),
            (
                "S-RES-1002(1995).txt",
                "Resolution 1002 (1995)\n\nThe Security Council,\n\n1. Decides to extend the mandate of UNAVEM III until 8 February 1996;\n",
            ),
            (
                "S-RES-1003(1995).txt",
                "Resolution 1003 (1995)\n\nThe Security Council,\n\nRecalling its resolutions 1001 (1995) and 1002 (1995),\n\n1. Decides to extend the mandate of the United Nations mission for a new period terminating on 15 February 1996;\n",
            ),
        ];
        let extended = |g: &CitationGraph, source: &str| {
            let ix = g.index_of(source).expect("source");
            g.petgraph()
                .edges(ix)
                .filter(|e| e.weight().kind == crate::EdgeKind::ExtendsMandate)
                .count()
        };
        let g = CitationGraph::from_extractions(texts.iter().map(|(f, t)| x.extract_str(f, t)));
        assert_eq!(extended(&g, "S/RES/1003 (1995)"), 0);
        assert!(g.node(crate::extract::actors::UNNAMED_OPERATION).is_none());
        // With one of them only, the operation is that one.
        let g =
            CitationGraph::from_extractions([&texts[0], &texts[2]].iter().map(|(f, t)| x.extract_str(f, t)));
        assert_eq!(extended(&g, "S/RES/1003 (1995)"), 1);
    }
}
