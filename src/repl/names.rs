//! The names completion offers for nodes: every id, label and alias of the
//! graph, plus the short forms people type (`2531` for `S/RES/2531 (2020)`,
//! `minusma` for `actor:MINUSMA`), in a sorted index searched by prefix.

use std::collections::HashMap;

use crate::graph::CitationGraph;
use crate::model::Node;

/// One name a node is known by.
#[derive(Debug, Clone)]
struct Entry {
    /// Lowercase text matched against what is typed.
    key: String,
    /// Index into `Names::targets`.
    target: usize,
}

/// What completing to a node inserts and how it ranks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Target {
    /// The text inserted: a document's symbol, an actor's name.
    pub insert: String,
    /// Held documents first, then actors, then documents only cited.
    rank: u8,
}

/// A prefix index over the names of a graph's nodes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Names {
    entries: Vec<Entry>,
    targets: Vec<Target>,
}

/// The form of a node a user types and the query language reads: a
/// document's symbol; an actor's, state's or person's label when no other
/// node has the same label, its id otherwise; in double quotes when a bare
/// name would not read as one (it holds a keyword, a number or punctuation).
fn insert_form(node: &Node, label_count: &HashMap<String, usize>) -> String {
    let text =
        if node.kind.is_document() || label_count.get(&node.label.to_lowercase()).copied().unwrap_or(0) > 1 {
            &node.id
        } else {
            &node.label
        };
    if node.kind.is_document() || !needs_quotes(text) {
        text.clone()
    } else {
        format!("\"{}\"", text.replace('"', "'"))
    }
}

/// True if `name` cannot stand bare in a query: a word of it is a keyword or
/// a number, or it holds characters a bare name cannot.
fn needs_quotes(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        super::words::is_reserved(w)
            || w.chars().all(|c| c.is_ascii_digit())
            || !w
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '\'' | '’'))
    })
}

/// Short forms of a symbol: `S/RES/2531 (2020)` → `2531 (2020)`;
/// `A/RES/67/135` → `67/135`; `S/PV.7015` → `PV.7015`, `7015`.
fn short_forms(id: &str) -> Vec<String> {
    let mut rest = id;
    while let Some((head, tail)) = rest.split_once('/') {
        if head.is_empty() || !head.chars().all(|c| c.is_ascii_alphabetic()) {
            break;
        }
        rest = tail;
    }
    let mut forms = Vec::new();
    if rest != id && !rest.is_empty() {
        forms.push(rest.to_string());
        if let Some((letters, number)) = rest.split_once('.')
            && letters.chars().all(|c| c.is_ascii_alphabetic())
            && !number.is_empty()
        {
            forms.push(number.to_string());
        }
    }
    forms
}

impl Names {
    /// Index every node of `graph`.
    pub fn new(graph: &CitationGraph) -> Names {
        let mut label_count: HashMap<String, usize> = HashMap::new();
        for node in graph.nodes() {
            *label_count.entry(node.label.to_lowercase()).or_default() += 1;
        }
        let mut names = Names::default();
        for node in graph.nodes() {
            let target = names.targets.len();
            let rank = match (node.kind.is_document(), node.held) {
                (true, true) => 0,
                (false, _) => 1,
                (true, false) => 2,
            };
            names.targets.push(Target {
                insert: insert_form(node, &label_count),
                rank,
            });
            let mut keys: Vec<String> = vec![node.id.to_lowercase(), node.label.to_lowercase()];
            keys.extend(node.aliases.iter().map(|a| a.to_lowercase()));
            if node.kind.is_document() {
                keys.extend(short_forms(&node.id).iter().map(|s| s.to_lowercase()));
            }
            if let Some((_, bare)) = node.id.split_once(':')
                && !node.kind.is_document()
            {
                keys.push(bare.to_lowercase());
            }
            keys.sort();
            keys.dedup();
            names.entries.extend(
                keys.into_iter()
                    .filter(|k| !k.is_empty())
                    .map(|key| Entry { key, target }),
            );
        }
        names
            .entries
            .sort_by(|a, b| a.key.cmp(&b.key).then(a.target.cmp(&b.target)));
        names
    }

    /// The nodes whose names start with `prefix` (any case), best first:
    /// exact names, then held documents, actors and stubs, then by text;
    /// at most `limit`, each node once.
    pub fn complete(&self, prefix: &str, limit: usize) -> Vec<&Target> {
        let prefix = prefix.to_lowercase();
        if prefix.is_empty() {
            return Vec::new();
        }
        let from = self.entries.partition_point(|e| e.key.as_str() < prefix.as_str());
        let mut found: Vec<(bool, usize)> = self.entries[from..]
            .iter()
            .take_while(|e| e.key.starts_with(&prefix))
            .map(|e| (e.key != prefix, e.target))
            .collect();
        found.sort_by(|a, b| {
            let (ta, tb) = (&self.targets[a.1], &self.targets[b.1]);
            (a.0, ta.rank, &ta.insert).cmp(&(b.0, tb.rank, &tb.insert))
        });
        let mut seen = std::collections::HashSet::new();
        found
            .into_iter()
            .filter(|&(_, t)| seen.insert(t))
            .take(limit)
            .map(|(_, t)| &self.targets[t])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Node, NodeKind};

    fn graph() -> CitationGraph {
        let mut g = CitationGraph::new();
        let mut res = Node::new(
            "S/RES/2531 (2020)",
            NodeKind::Resolution,
            "Resolution 2531 (2020)",
        );
        res.held = true;
        g.add_node(res);
        g.add_node(Node::new(
            "S/RES/2391 (2017)",
            NodeKind::Resolution,
            "Resolution 2391 (2017)",
        ));
        let mut minusma = Node::new("actor:MINUSMA", NodeKind::Actor, "MINUSMA");
        minusma
            .aliases
            .push("United Nations Multidimensional Integrated Stabilization Mission in Mali".into());
        g.add_node(minusma);
        g.add_node(Node::new("actor:MINUSCA", NodeKind::Actor, "MINUSCA"));
        g.add_node(Node::new("S/PV.8738", NodeKind::MeetingRecord, "S/PV.8738"));
        g
    }

    fn inserts(names: &Names, prefix: &str) -> Vec<String> {
        names
            .complete(prefix, 10)
            .into_iter()
            .map(|t| t.insert.clone())
            .collect()
    }

    #[test]
    fn short_forms_and_names_complete_to_what_the_language_reads() {
        let names = Names::new(&graph());
        assert_eq!(inserts(&names, "2531"), ["S/RES/2531 (2020)"]);
        assert_eq!(inserts(&names, "MINUS"), ["MINUSCA", "MINUSMA"]);
        assert_eq!(inserts(&names, "minusm"), ["MINUSMA"]);
        assert_eq!(inserts(&names, "united nations multi"), ["MINUSMA"]);
        assert_eq!(inserts(&names, "8738"), ["S/PV.8738"]);
        assert_eq!(
            inserts(&names, "resolution 2"),
            ["S/RES/2531 (2020)", "S/RES/2391 (2017)"],
            "held first"
        );
        assert!(inserts(&names, "zzz").is_empty());
        assert!(inserts(&names, "").is_empty());
    }

    #[test]
    fn names_a_bare_word_cannot_hold_are_quoted() {
        let mut g = CitationGraph::new();
        g.add_node(Node::new(
            "actor:1267 Committee",
            NodeKind::Actor,
            "Committee established pursuant to resolution 1267",
        ));
        g.add_node(Node::new("actor:FC-G5S", NodeKind::Actor, "FC-G5S"));
        g.add_node(Node::new("state:Côte d'Ivoire", NodeKind::State, "Côte d'Ivoire"));
        let names = Names::new(&g);
        assert_eq!(
            inserts(&names, "committee"),
            ["\"Committee established pursuant to resolution 1267\""]
        );
        assert_eq!(inserts(&names, "fc-"), ["FC-G5S"]);
        assert_eq!(inserts(&names, "côte"), ["Côte d'Ivoire"]);
    }

    #[test]
    fn symbol_short_forms() {
        assert_eq!(short_forms("S/RES/2531 (2020)"), ["2531 (2020)"]);
        assert_eq!(short_forms("A/RES/67/135"), ["67/135"]);
        assert_eq!(short_forms("S/PV.7015"), ["PV.7015", "7015"]);
        assert!(short_forms("YUN 2005, p. 251").is_empty());
    }
}
