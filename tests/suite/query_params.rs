//! Bound parameters in text queries (`$1`, `$name`): values are bound as
//! literals after parsing, so no value can change a query's structure.

use unxref::CitationGraph;
use unxref::query::{Params, QueryError};

fn graph() -> CitationGraph {
    CitationGraph::from_extractions(
        unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions,
    )
}

#[test]
fn positional_and_named_values_answer_as_the_literal_text_does() {
    let g = graph();
    let prepared = g
        .prepare("$1 -> cites where year >= $since | sort by id")
        .unwrap();
    for (doc, since) in [("2531", 2015u32), ("S/2020/600", 2018), ("2553", 2000)] {
        let bound = prepared
            .run_with(&Params::new().push(doc).set("since", since))
            .unwrap();
        let literal = g
            .query(&format!("{doc} -> cites where year >= {since} | sort by id"))
            .unwrap();
        assert_eq!(bound, literal, "{doc} {since}");
    }
}

#[test]
fn a_date_and_a_string_bind_as_literals() {
    let g = graph();
    let date: unxref::Date = "2017-01-01".parse().unwrap();
    let bound = g
        .query_params("2531 -> cites where date >= $d", &Params::new().set("d", date))
        .unwrap();
    assert_eq!(bound, g.query("2531 -> cites where date >= 2017-01-01").unwrap());
    let bound = g
        .query_params(
            "2531 -> cites where relation = $r",
            &Params::new().set("r", "recalling"),
        )
        .unwrap();
    assert_eq!(
        bound,
        g.query("2531 -> cites where relation = \"recalling\"").unwrap()
    );
}

#[test]
fn an_injection_attempt_is_one_name_not_query_syntax() {
    let g = graph();
    // Spliced as text, each of these would change the query: a union that
    // adds every node, a second statement, a closing quote.
    for hostile in [
        "2531 union all",
        "2531 -> cites; explain all",
        "2531\" or kind = \"resolution",
        "2531 | count",
    ] {
        let err = g
            .query_params("what cites $1", &Params::new().push(hostile))
            .unwrap_err();
        assert!(matches!(err, QueryError::Names(_)), "{hostile}: {err}");
        // As a value, the same text is one string compared with a field.
        let table = g
            .query_params("all resolution where label = $1", &Params::new().push(hostile))
            .unwrap();
        assert!(table.is_empty(), "{hostile}");
    }
    // A text that would read as a `let` reference stays a name.
    let table = g.query_params("let x = 2531 -> cites; $1", &Params::new().push("$x"));
    assert!(matches!(table, Err(QueryError::Names(_))), "{table:?}");
}

#[test]
fn a_parameter_without_a_value_is_named_in_the_error() {
    let g = graph();
    let err = g
        .query_params("$1 -> cites where year >= $since", &Params::new().push("2531"))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "no value bound for $since; give one with `--param NAME=VALUE` (command line) or `Params` (library)"
    );
    let err = g.prepare("$2 -> cites").unwrap().run().unwrap_err();
    assert!(err.to_string().contains("$2"), "{err}");
}

#[test]
fn a_let_binding_is_not_a_parameter() {
    let g = graph();
    let table = g.query("let x = 2531 -> cites; $x | count").unwrap();
    assert_eq!(
        g.query_params("let x = 2531 -> cites; $x | count", &Params::new())
            .unwrap(),
        table
    );
}
