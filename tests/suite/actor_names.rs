//! An actor's name in full. The links an extraction makes carry an actor's
//! id, label and category; a build gives each actor, state and place the
//! name its dictionary entry gives in full (`CitationGraph::name_actors`),
//! so that `what is MINUSMA` says what MINUSMA is: once it answered with
//! the acronym alone, no category and a `cited_by` of 0.

use unxref::extract::ActorDictionary;
use unxref::query::Row;
use unxref::{CitationGraph, Extractor, NodeKind};

use crate::common::{answer_ids, data_graph};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data");

/// Every actor, state and place of the seeds' graph has the dictionary's
/// name in full as its title, by either way of building a graph.
#[test]
fn every_actor_the_dictionary_holds_has_its_name_in_full() {
    let dict = ActorDictionary::bundled();
    let streamed = unxref::build::build_graph(
        &Extractor::new(),
        &[DATA.into()],
        &unxref::corpus::ReadOptions::default(),
        &unxref::build::NoProgress,
    )
    .graph;
    let linked = data_graph();
    for graph in [&streamed, &linked] {
        let mut named = 0;
        for node in graph.nodes() {
            if !matches!(node.kind, NodeKind::Actor | NodeKind::State | NodeKind::Place) {
                continue;
            }
            let Some(entry) = dict.node(&node.id) else {
                continue;
            };
            let full = entry.title.filter(|t| *t != node.label);
            assert_eq!(node.title, full, "{}", node.id);
            named += usize::from(full.is_some());
        }
        assert!(named >= 20, "{named} actors named in full");
    }
    assert_eq!(
        streamed.node("actor:MINUSMA").and_then(|n| n.title.as_deref()),
        Some("United Nations Multidimensional Integrated Stabilization Mission in Mali")
    );
    assert_eq!(
        linked
            .node("state:United Kingdom")
            .and_then(|n| n.title.as_deref()),
        Some("United Kingdom of Great Britain and Northern Ireland")
    );
}

/// `what is MINUSMA` shows what it is and how many texts name it: the
/// count is that of the documents `what mentions MINUSMA` lists.
#[test]
fn show_of_an_actor_gives_its_name_category_and_the_texts_naming_it() {
    let graph: CitationGraph = data_graph();
    let table = graph.query("what is MINUSMA").expect("reads");
    assert_eq!(
        table.columns(),
        ["id", "kind", "label", "title", "category", "mentioned_by"]
    );
    let [Row::Node(row)] = table.rows() else {
        panic!("one row: {:?}", table.rows())
    };
    assert_eq!(row.category.map(|c| c.as_str()), Some("mission"));
    let mentioning = answer_ids(&graph, "what mentions MINUSMA");
    assert!(!mentioning.is_empty());
    assert_eq!(row.mentioned_by, Some(mentioning.len()));
    // A document keeps its own columns.
    let doc = graph.query("show S/RES/2531 (2020)").expect("reads");
    assert!(doc.columns().contains(&"cited_by") && !doc.columns().contains(&"mentioned_by"));
    // A word inside an actor's name in full is no name of it: `resolutions`
    // is in the 1267 Committee's, which the question does not name.
    let error = graph
        .query("what mentions resolutions")
        .expect_err("no node")
        .to_string();
    assert!(!error.contains("ambiguous"), "{error}");
}
