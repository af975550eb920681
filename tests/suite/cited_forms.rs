//! A question names a document as the texts cite it: `General Assembly
//! resolution 1514 (XV)`, `Human Rights Council resolution 49/1`, `ECOSOC
//! resolution 2022/15`, in any case. The words are read by the extractor's
//! own reference reader, so what a text cites can be asked as it is written.

use unxref::{CitationGraph, Extractor};

use crate::common::{answer_ids as ids, count, sc_corpus_graph};

/// The preamble of the Human Rights Council's resolution 52/32 (4 April
/// 2023), as the Council's own texts cite other organs' resolutions.
const CITING: &str = "Resolution 9990 (2023)

Adopted by the Security Council at its 9990th meeting, on 4 April 2023

The Security Council,

Recalling General Assembly resolutions ES-11/1 of 2 March 2022 and ES-11/4 of 12 October 2022,

Recalling also Human Rights Council resolution 49/1 of 4 March 2022,

Taking note of Economic and Social Council resolution 2022/15 of 22 July 2022,

Recalling further General Assembly resolution 1514 (XV) of 14 December 1960,

1. Decides to remain seized of the matter.
";

fn graph() -> CitationGraph {
    CitationGraph::from_extractions(vec![Extractor::new().extract_str("res9990.txt", CITING)])
}

#[test]
fn other_organs_resolutions_are_named_as_texts_cite_them() {
    let g = graph();
    for (q, cited) in [
        (
            "what cites Human Rights Council resolution 49/1",
            "A/HRC/RES/49/1",
        ),
        (
            "what cites human rights council resolution 49/1",
            "A/HRC/RES/49/1",
        ),
        ("what cites HRC resolution 49/1", "A/HRC/RES/49/1"),
        (
            "what cites Economic and Social Council resolution 2022/15",
            "E/RES/2022/15",
        ),
        ("what cites ECOSOC resolution 2022/15", "E/RES/2022/15"),
        ("what cites General Assembly resolution ES-11/4", "A/RES/ES-11/4"),
        (
            "what cites General Assembly resolution 1514 (XV)",
            "A/RES/1514 (XV)",
        ),
        (
            "what cites general assembly resolution 1514 (xv)",
            "A/RES/1514 (XV)",
        ),
        ("what cites GA resolution 1514 (XV)", "A/RES/1514 (XV)"),
        ("what cites resolution 1514 (XV)", "A/RES/1514 (XV)"),
    ] {
        assert_eq!(ids(&g, q), ["S/RES/9990 (2023)"], "{q}");
        let formal = unxref::query::parse(q).map(|p| p.to_string());
        assert!(
            formal.as_deref().is_ok_and(|f| f.starts_with(cited)),
            "{q}: {formal:?}"
        );
    }
}

/// A word that is no organ's name before a number is still refused, as a
/// typo is: `dose 2531` names nothing.
#[test]
fn words_before_a_number_that_name_no_organ_are_refused() {
    let g = graph();
    assert!(g.query("what cites dose 2531").is_err());
}

/// Over the corpus: the count asked by the written form is the count asked
/// by the symbol (42 resolutions cite resolution 1514 (XV)).
#[test]
fn a_written_form_counts_as_its_symbol() {
    let Some(g) = sc_corpus_graph() else { return };
    let by_symbol = count(g, "how many resolutions cite A/RES/1514 (XV)");
    assert!(by_symbol > 30, "{by_symbol}");
    for q in [
        "how many resolutions cite General Assembly resolution 1514 (XV)",
        "how many resolutions cite the General Assembly's resolution 1514 (XV)",
        "how many resolutions cite resolution 1514 (XV)",
    ] {
        assert_eq!(count(g, q), by_symbol, "{q}");
    }
}
