//! The names of a graph's nodes as a query looks them up: each node's names
//! normalized once and indexed by word, so that a name in words is found by
//! a hash probe and a check of the few names holding its rarest word, not by
//! normalizing every node's names again (5 ms a name on the corpus: a
//! question of 200 unknown names took 13 s before its syntax error was
//! said). The index is built on the first lookup that needs it and kept for
//! the query (its phrase reading and its resolution share it): a graph can
//! change its nodes' names through many paths, a query's graph cannot change.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;

use petgraph::stable_graph::NodeIndex;

use super::resolve::{node_names, normalize, scoped_base};
use crate::graph::CitationGraph;

/// A graph with the index of its names, built on first use.
pub(crate) struct Names<'g> {
    /// The graph the names are of.
    pub(crate) graph: &'g CitationGraph,
    index: OnceCell<NameIndex>,
    /// Whether each text asked of the query names a node.
    known: RefCell<HashMap<String, bool>>,
}

impl<'g> Names<'g> {
    /// The names of `graph`, not indexed yet.
    pub(crate) fn new(graph: &'g CitationGraph) -> Self {
        Names {
            graph,
            index: OnceCell::new(),
            known: RefCell::new(HashMap::new()),
        }
    }

    /// Whether `text` names a node: `ask` the first time, the answer kept.
    pub(crate) fn known(&self, text: &str, ask: impl FnOnce() -> bool) -> bool {
        if let Some(&known) = self.known.borrow().get(text) {
            return known;
        }
        let known = ask();
        self.known.borrow_mut().insert(text.to_string(), known);
        known
    }

    /// The index, built on the first call.
    pub(crate) fn index(&self) -> &NameIndex {
        self.index.get_or_init(|| NameIndex::build(self.graph))
    }
}

/// One node's names, normalized ([`normalize`]).
pub(crate) struct Entry {
    pub(crate) ix: NodeIndex,
    /// The names a person may type ([`node_names`]).
    pub(crate) names: Vec<String>,
    /// A scoped actor's name without its country ([`scoped_base`]).
    pub(crate) base: Option<String>,
}

/// Every node's normalized names, by word, by scoped base and by length.
pub(crate) struct NameIndex {
    entries: Vec<Entry>,
    /// The entries a word stands in (in any of their names), each once, in
    /// the graph's order of nodes.
    by_word: HashMap<String, Vec<u32>>,
    /// The scoped actors by their name without the country.
    by_base: HashMap<String, Vec<NodeIndex>>,
    /// The entries with a name or base of this many characters.
    by_length: HashMap<usize, Vec<u32>>,
}

impl NameIndex {
    fn build(graph: &CitationGraph) -> Self {
        let g = graph.petgraph();
        let mut index = NameIndex {
            entries: Vec::with_capacity(g.node_count()),
            by_word: HashMap::new(),
            by_base: HashMap::new(),
            by_length: HashMap::new(),
        };
        for ix in g.node_indices() {
            let node = &g[ix];
            let at = index.entries.len() as u32;
            let names: Vec<String> = node_names(node).map(normalize).collect();
            let base = scoped_base(node).map(normalize);
            for name in &names {
                for word in name.split(' ') {
                    let list = index.by_word.entry(word.to_string()).or_default();
                    if list.last() != Some(&at) {
                        list.push(at);
                    }
                }
            }
            for name in names.iter().chain(&base) {
                let list = index.by_length.entry(name.chars().count()).or_default();
                if list.last() != Some(&at) {
                    list.push(at);
                }
            }
            if let Some(base) = &base {
                index.by_base.entry(base.clone()).or_default().push(ix);
            }
            index.entries.push(Entry { ix, names, base });
        }
        index
    }

    /// The scoped actors whose name without the country is `wanted`
    /// (normalized), in the graph's order.
    pub(crate) fn scoped(&self, wanted: &str) -> &[NodeIndex] {
        self.by_base.get(wanted).map_or(&[], Vec::as_slice)
    }

    /// The nodes one of whose names holds every word of `wanted`
    /// (normalized, not empty): those of the word fewest names hold, in the
    /// graph's order. Every node whose name is `wanted`, starts with it or
    /// holds it as whole words is among them.
    pub(crate) fn holding(&self, wanted: &str) -> impl Iterator<Item = &Entry> {
        let rarest = wanted
            .split(' ')
            .map(|w| self.by_word.get(w).map_or(&[][..], Vec::as_slice))
            .min_by_key(|list| list.len())
            .unwrap_or(&[]);
        rarest.iter().map(|&at| &self.entries[at as usize])
    }

    /// The nodes with a name or base of `lo..=hi` characters, each once, in
    /// the graph's order.
    pub(crate) fn of_lengths(&self, lo: usize, hi: usize) -> Vec<&Entry> {
        let mut at: Vec<u32> = (lo..=hi)
            .filter_map(|n| self.by_length.get(&n))
            .flatten()
            .copied()
            .collect();
        at.sort_unstable();
        at.dedup();
        at.into_iter().map(|at| &self.entries[at as usize]).collect()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::query::resolve::edit_distance;

    fn data_graph() -> CitationGraph {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
        CitationGraph::from_extractions(crate::Extractor::new().extract_paths(&[dir]).extractions)
    }

    /// The nodes a scan of every node's names finds holding `wanted` as
    /// whole words, and those within `limit` edits of it: what the
    /// lookup computed before the index.
    fn scanned(
        graph: &CitationGraph,
        wanted: &str,
        limit: usize,
    ) -> (BTreeSet<NodeIndex>, BTreeSet<NodeIndex>) {
        let g = graph.petgraph();
        let inner = format!(" {wanted} ");
        let holding = g
            .node_indices()
            .filter(|ix| node_names(&g[*ix]).any(|n| format!(" {} ", normalize(n)).contains(&inner)))
            .collect();
        let near = g
            .node_indices()
            .filter(|ix| {
                node_names(&g[*ix])
                    .chain(scoped_base(&g[*ix]))
                    .any(|n| edit_distance(&normalize(n), wanted) <= limit)
            })
            .collect();
        (holding, near)
    }

    #[test]
    fn the_index_finds_what_a_scan_of_every_name_finds() {
        let graph = data_graph();
        let names = Names::new(&graph);
        let index = names.index();
        // Every word and every pair of words of every name, and each with
        // a letter dropped (a typo).
        let mut asked: BTreeSet<String> = BTreeSet::new();
        for entry in &index.entries {
            for name in &entry.names {
                let words: Vec<&str> = name.split(' ').collect();
                for w in words.windows(2) {
                    asked.insert(w.join(" "));
                }
                for w in &words {
                    asked.insert(w.to_string());
                    if w.len() > 3 && w.is_ascii() {
                        asked.insert(w[1..].to_string());
                    }
                }
                asked.insert(name.clone());
            }
        }
        asked.insert("no such name at all".into());
        assert!(asked.len() > 1000, "{}", asked.len());
        for wanted in asked.iter().filter(|w| !w.is_empty()).step_by(7) {
            let length = wanted.chars().count();
            let limit = (length / 3).max(2);
            let (holding, near) = scanned(&graph, wanted, limit);
            let inner = format!(" {wanted} ");
            let found: BTreeSet<NodeIndex> = index
                .holding(wanted)
                .filter(|e| e.names.iter().any(|n| format!(" {n} ").contains(&inner)))
                .map(|e| e.ix)
                .collect();
            assert_eq!(found, holding, "{wanted}");
            let close: BTreeSet<NodeIndex> = index
                .of_lengths(length.saturating_sub(limit), length + limit)
                .into_iter()
                .filter(|e| {
                    e.names
                        .iter()
                        .chain(&e.base)
                        .any(|n| edit_distance(n, wanted) <= limit)
                })
                .map(|e| e.ix)
                .collect();
            assert_eq!(close, near, "{wanted}");
        }
    }

    #[test]
    fn a_question_asks_each_name_once() {
        let graph = data_graph();
        let names = Names::new(&graph);
        let asked = std::cell::Cell::new(0);
        for _ in 0..3 {
            names.known("MINUSMA", || {
                asked.set(asked.get() + 1);
                true
            });
        }
        assert_eq!(asked.get(), 1);
    }
}
