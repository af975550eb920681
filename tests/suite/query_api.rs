//! The typed `Query` builder: the filters the text language has (category,
//! year range, end date), a start from a `NodeIndex`, and trees built in
//! code thousands deep refused with a clear error on a small thread stack.

use unxref::query::{Filter, Query, QueryError};
use unxref::{Category, CitationGraph, EdgeKind, NodeKind};

fn graph() -> &'static CitationGraph {
    &unxref::fuzzing::DATA_GRAPH
}

#[test]
fn the_builder_filters_answer_as_their_text() {
    let g = graph();
    let cases = [
        (
            Query::node("2531")
                .out(EdgeKind::Mentions)
                .filter(Filter::category(Category::Mission)),
            "2531 -> mentions where category = \"mission\"",
        ),
        (
            Query::node("2531")
                .out(EdgeKind::Cites)
                .filter(Filter::years(2017..2019)),
            "2531 -> cites where year >= 2017 and year <= 2018",
        ),
        (
            Query::all_of(NodeKind::Resolution).filter(Filter::years(..=1999)),
            "all resolution where year <= 1999",
        ),
        (
            Query::node("actor:MINUSMA")
                .back(EdgeKind::ExtendsMandate)
                .filter(Filter::end_date_from("2020-01-01".parse().unwrap())),
            "\"actor:MINUSMA\" <- extends_mandate where end_date >= 2020-01-01",
        ),
    ];
    for (q, text) in cases {
        assert_eq!(q.to_string(), text);
        let built = g.run(&q).unwrap();
        assert_eq!(built, g.query(text).unwrap(), "{text}");
        assert!(!built.is_empty(), "{text} finds nothing in data/");
    }
}

#[test]
fn a_query_starts_from_a_node_index() {
    let g = graph();
    for id in ["S/RES/2531 (2020)", "actor:MINUSMA", "S/2020/600"] {
        let ix = g.index_of(id).unwrap();
        let q = Query::at(g, ix).unwrap().either(EdgeKind::Cites);
        assert_eq!(
            g.run(&q).unwrap(),
            g.run(&Query::node(id).either(EdgeKind::Cites)).unwrap(),
            "{id}"
        );
    }
}

/// Run `work` on a thread with a 256 KiB stack, as an embedding program may.
fn on_small_stack<T: Send>(work: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn_scoped(s, work)
            .unwrap()
            .join()
            .unwrap()
    })
}

#[test]
fn a_query_built_thousands_deep_is_refused_on_a_small_stack() {
    let g = graph();
    let mut unions = Query::node("2531");
    let mut steps = Query::node("2531");
    let mut filter = Filter::held();
    for _ in 0..5000 {
        unions = Query::node("2531").union(unions);
        steps = steps.out(EdgeKind::Cites);
        filter = filter.not();
    }
    let nots = Query::node("2531").filter(filter);
    for q in [&unions, &steps, &nots] {
        let err = on_small_stack(|| g.run(q)).unwrap_err();
        assert!(matches!(err, QueryError::Invalid { .. }), "{err}");
        assert!(err.to_string().contains("at most 256 are allowed"), "{err}");
    }
    // Within the limit, the same shapes answer as their text does.
    let mut ok = Query::node("2531").out(EdgeKind::Cites);
    for _ in 0..100 {
        ok = Query::node("2531").out(EdgeKind::Cites).union(ok);
    }
    let table = on_small_stack(|| g.run(&ok)).unwrap();
    assert_eq!(table, g.query("2531 -> cites").unwrap());
    // The trees are dropped here, on the test's own stack.
    drop((unions, steps, nots));
}
