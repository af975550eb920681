//! Parts of a graph: the subgraph induced by a set of node ids (what a query
//! result draws), and trimming a subgraph too large to read down to its most
//! connected nodes.
//!
//! # Examples
//!
//! ```
//! # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
//! // Resolution 2531 (2020), its draft and what the draft cites.
//! let draft_cites = graph.neighbors("S/2020/600", unxref::EdgeKind::Cites, petgraph::Direction::Outgoing);
//! let mut ids: Vec<String> = draft_cites.map(|n| n.id.clone()).collect();
//! ids.extend(["S/2020/600".to_string(), "S/RES/2531 (2020)".to_string()]);
//! let sub = graph.subgraph(&ids);
//! assert_eq!(sub.node_count(), ids.len());
//! // Too many to draw? Keep the eight most connected, and the resolution.
//! let small = sub.trim_to(8, &["S/RES/2531 (2020)"]);
//! assert_eq!(small.node_count(), 8);
//! assert!(small.node("S/RES/2531 (2020)").is_some());
//! ```

use std::collections::{BTreeMap, BTreeSet};

use petgraph::visit::{EdgeRef as _, IntoEdgeReferences as _};

use super::CitationGraph;

impl CitationGraph {
    /// The induced subgraph on `ids`: those nodes (unknown ids are skipped)
    /// and every edge of this graph between two of them, with their data.
    ///
    /// ```
    /// use unxref::{CitationGraph, EdgeAttrs, EdgeKind, Link, NodeRef};
    /// let r = |s: &str| NodeRef::document(&s.parse().unwrap());
    /// let mut g = CitationGraph::new();
    /// for (a, b) in [("S/RES/2531 (2020)", "S/RES/2391 (2017)"), ("S/RES/2391 (2017)", "S/RES/1325 (2000)")] {
    ///     g.add_link(&Link { source: r(a), target: r(b), kind: EdgeKind::Cites, attrs: EdgeAttrs::default() });
    /// }
    /// let sub = g.subgraph(["S/RES/2531 (2020)", "S/RES/2391 (2017)", "no such id"]);
    /// assert_eq!((sub.node_count(), sub.edge_count()), (2, 1));
    /// ```
    pub fn subgraph<I, S>(&self, ids: I) -> CitationGraph
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        // Sorted so the new graph's insertion order (and anything that
        // iterates it by index) does not depend on the caller's order.
        let wanted: BTreeSet<_> = ids
            .into_iter()
            .filter_map(|id| self.index_of(id.as_ref()))
            .collect();
        let mut sub = CitationGraph::new();
        let mut map = BTreeMap::new();
        for &ix in &wanted {
            map.insert(ix, sub.add_node(self.graph[ix].clone()));
        }
        let mut edges: Vec<_> = (&self.graph)
            .edge_references()
            .filter_map(|e| Some((*map.get(&e.source())?, *map.get(&e.target())?, e.weight())))
            .collect();
        edges.sort_by_key(|&(s, t, e)| (s, t, e.kind));
        for (s, t, edge) in edges {
            sub.add_edge_unchecked(s, t, edge.clone());
        }
        sub
    }

    /// The number of edges at each node (in and out, any kind), by id.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let degrees = graph.degrees();
    /// // Draft S/2020/240, adopted as resolution 2518 (2020), has 44 sponsors and
    /// // 15 votes: many edges.
    /// assert!(degrees["S/2020/240"] > 3);
    /// assert_eq!(degrees.len(), graph.node_count());
    /// ```
    pub fn degrees(&self) -> BTreeMap<&str, usize> {
        let mut degrees: BTreeMap<&str, usize> =
            self.graph.node_weights().map(|n| (n.id.as_str(), 0)).collect();
        for e in (&self.graph).edge_references() {
            for ix in [e.source(), e.target()] {
                *degrees.entry(self.graph[ix].id.as_str()).or_default() += 1;
            }
        }
        degrees
    }

    /// The ids of at most `n` nodes to keep when the graph is too large to
    /// draw: every id of `keep` that the graph holds (a query's sources),
    /// then the nodes with the most edges, ties broken by id. Sorted by id.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let top = graph.top_by_degree(3, &["S/RES/2391 (2017)"]);
    /// assert_eq!(top.len(), 3);
    /// // The kept id is there, whatever its degree.
    /// assert!(top.contains(&"S/RES/2391 (2017)".to_string()));
    /// ```
    pub fn top_by_degree<S: AsRef<str>>(&self, n: usize, keep: &[S]) -> Vec<String> {
        let mut chosen: BTreeSet<String> = keep
            .iter()
            .map(AsRef::as_ref)
            .filter(|id| self.index_of(id).is_some())
            .take(n)
            .map(str::to_string)
            .collect();
        let mut ranked: Vec<(&str, usize)> = self.degrees().into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        for (id, _) in ranked {
            if chosen.len() >= n {
                break;
            }
            chosen.insert(id.to_string());
        }
        chosen.into_iter().collect()
    }

    /// The subgraph of at most `n` nodes chosen by [`CitationGraph::top_by_degree`].
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let small = graph.trim_to(10, &["S/2014/660"]);
    /// assert_eq!(small.node_count(), 10);
    /// assert!(small.node("S/2014/660").is_some());
    /// ```
    pub fn trim_to<S: AsRef<str>>(&self, n: usize, keep: &[S]) -> CitationGraph {
        self.subgraph(self.top_by_degree(n, keep))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{EdgeAttrs, EdgeKind, Link, NodeRef};
    use crate::{CitationGraph, Symbol};

    fn doc(s: &str) -> NodeRef {
        NodeRef::document(&s.parse::<Symbol>().unwrap())
    }

    fn star() -> CitationGraph {
        // 2531 cites five resolutions; 2480 cites two of them too.
        let mut g = CitationGraph::new();
        let cited = [
            "S/RES/2100 (2013)",
            "S/RES/2164 (2014)",
            "S/RES/2227 (2015)",
            "S/RES/2295 (2016)",
            "S/RES/2364 (2017)",
        ];
        for to in cited {
            g.add_link(&Link {
                source: doc("S/RES/2531 (2020)"),
                target: doc(to),
                kind: EdgeKind::Cites,
                attrs: EdgeAttrs::default(),
            });
        }
        for to in &cited[..2] {
            g.add_link(&Link {
                source: doc("S/RES/2480 (2019)"),
                target: doc(to),
                kind: EdgeKind::Cites,
                attrs: EdgeAttrs::default(),
            });
        }
        g
    }

    #[test]
    fn induced_subgraph_keeps_edges_among_chosen_nodes_only() {
        let g = star();
        let sub = g.subgraph(["S/RES/2480 (2019)", "S/RES/2100 (2013)", "S/RES/2227 (2015)"]);
        assert_eq!(sub.node_count(), 3);
        let edges: Vec<(String, String)> = sub
            .edges()
            .map(|e| (e.source.id.clone(), e.target.id.clone()))
            .collect();
        assert_eq!(
            edges,
            [("S/RES/2480 (2019)".to_string(), "S/RES/2100 (2013)".to_string())]
        );
    }

    #[test]
    fn top_by_degree_keeps_sources_then_hubs() {
        let g = star();
        assert_eq!(
            g.top_by_degree(3, &["S/RES/2364 (2017)"]),
            ["S/RES/2100 (2013)", "S/RES/2364 (2017)", "S/RES/2531 (2020)"]
        );
        let trimmed = g.trim_to(3, &["S/RES/2164 (2014)"]);
        assert_eq!(trimmed.node_count(), 3);
        assert!(trimmed.node("S/RES/2164 (2014)").is_some());
        assert!(trimmed.node("S/RES/2531 (2020)").is_some());
        assert_eq!(trimmed.edge_count(), 2);
    }
}
