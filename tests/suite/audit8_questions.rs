//! Researchers' wordings of audit 8: which committees are sanctions
//! committees, citations made in a year against citations of a year's
//! resolutions, and what is said of words that name no node (a topic, a
//! misspelt name, a resolution the corpus does not hold). Asked of small
//! graphs made of the Council's own texts (the sc-resolutions corpus,
//! skipped where it is not there); the line quoted beside an assertion is
//! the one that makes it right.

use unxref::CitationGraph;

use crate::common::{answer_ids as ids, corpus_files_graph, error_of, formal};

/// The `score` of each row of a ranking, by id.
fn scores(graph: &CitationGraph, q: &str) -> Vec<(String, String)> {
    let csv = graph.query(q).unwrap_or_else(|e| panic!("{q}: {e}")).to_csv();
    let mut lines = csv.lines();
    let head: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
    let id = head.iter().position(|c| *c == "id").expect("an id column");
    let score = head.iter().position(|c| *c == "score").expect("a score column");
    lines
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            (cells[id].to_string(), cells[score].to_string())
        })
        .collect()
}

#[test]
fn sanctions_committees_are_the_committees_of_sanctions_regimes() {
    // 661 (1990): "Decides to establish, in accordance with rule 28 …, a
    // Committee of the Security Council consisting of all the members of the
    // Council, to undertake the following tasks" (the Iraq measures); 421
    // (1977) the same for the South Africa arms embargo of 418; 841 (1993)
    // for Haiti. 1373 (2001) establishes the Counter-Terrorism Committee and
    // 1540 (2004) its own committee in the same words, and 455 (1979) "an ad
    // hoc committee composed of four members": no sanctions regime.
    let files = [
        "S-RES-661(1990).txt",
        "S-RES-421(1977).txt",
        "S-RES-841(1993).txt",
        "S-RES-1373(2001).txt",
        "S-RES-1540(2004).txt",
        "S-RES-455(1979).txt",
    ];
    let Some(g) = corpus_files_graph(&files) else {
        return;
    };
    let all = ids(&g, "which committees were established");
    for id in ["actor:CTC", "actor:1540 Committee", "actor:661 Committee"] {
        assert!(all.contains(&id.to_string()), "{id} in {all:?}");
    }
    let mut sanctions = ids(&g, "which sanctions committees were established");
    sanctions.sort();
    assert_eq!(
        sanctions,
        [
            "actor:421 Committee",
            "actor:661 Committee",
            "actor:Committee established pursuant to resolution 841 (1993)",
        ]
    );
    assert_eq!(
        formal(&g, "which sanctions committees were established"),
        "all resolutions -> establishes where kind = \"actors\" and category = \"sanctions committee\""
    );
    // The formal condition, and its negation.
    let listed = ids(&g, "all actors where category = \"sanctions committee\"");
    assert_eq!(listed.len(), 3, "{listed:?}");
    let others = ids(
        &g,
        "all actors where category = committee and category != \"sanctions committee\"",
    );
    assert!(others.contains(&"actor:CTC".to_string()), "{others:?}");
    assert!(!others.contains(&"actor:661 Committee".to_string()), "{others:?}");
}

const WPS: &[&str] = &[
    "S-RES-2106(2013).txt",
    "S-RES-2122(2013).txt",
    "S-RES-2242(2015).txt",
    "S-RES-2250(2015).txt",
];

#[test]
fn cited_most_often_in_a_year_counts_the_citations_made_that_year() {
    let Some(g) = corpus_files_graph(WPS) else { return };
    // Citations made in 2015: 2242 and 2250 both recall 1325 (2000); only
    // 2242 recalls 1888 (2009), which 2106 and 2122 (2013) recall too.
    let q = "which resolutions were cited most often in 2015";
    assert_eq!(
        formal(&g, q),
        "all documents where held and year = 2015 | cited | where kind = \"resolutions\" | top 10 by score"
    );
    let s = scores(&g, q);
    let score = |id: &str| s.iter().find(|(i, _)| i == id).map(|(_, v)| v.as_str());
    assert_eq!(score("S/RES/1325 (2000)"), Some("2"), "{s:?}");
    assert_eq!(score("S/RES/1888 (2009)"), Some("1"), "{s:?}");
    assert_eq!(s.first().map(|(_, v)| v.as_str()), Some("2"));
    // Other times read the same way.
    assert!(
        formal(&g, "which resolutions were cited most often since 2010").contains("year >= 2010 | cited")
    );
    assert!(
        formal(
            &g,
            "which resolutions were cited most often between 2000 and 2005"
        )
        .contains("year in 2000..2005 | cited")
    );
    // The resolutions of a year, cited in any year.
    for q in [
        "which resolutions of 2015 were cited most often",
        "the most cited resolutions of 2015",
        "most cited resolutions adopted in 2015",
    ] {
        assert_eq!(
            formal(&g, q),
            "all resolutions where year = 2015 | top 10 by citations",
            "{q}"
        );
        let found = ids(&g, q);
        assert!(
            found.iter().all(|id| id.ends_with("(2015)")) && !found.is_empty(),
            "{q}: {found:?}"
        );
    }
}

#[test]
fn a_topic_is_said_to_be_no_node_with_where_to_look() {
    // 2177 (2014) is the Council's resolution on the Ebola outbreak; 2190
    // (2014) names "the United Nations Mission for Ebola Emergency Response
    // (UNMEER)".
    let Some(g) = corpus_files_graph(&[
        "S-RES-2177(2014).txt",
        "S-RES-2190(2014).txt",
        "S-RES-1132(1997).txt",
    ]) else {
        return;
    };
    let e = error_of(&g, "which resolutions mention Ebola");
    assert!(e.contains("a topic"), "{e}");
    assert!(e.contains("UNMEER"), "{e}");
    assert!(e.contains("grep -r -l -i 'Ebola'"), "{e}");
    assert!(e.contains("sc-resolutions"), "{e}");
    let e = error_of(&g, "which resolutions mention climate change");
    assert!(e.contains("a topic") && !e.contains("hold the words"), "{e}");
    // A misspelt name still gets its suggestion.
    let e = error_of(&g, "which resolutions mention Sierra Leon");
    assert!(e.contains("did you mean state:Sierra Leone"), "{e}");
    // A kind after an article names no node.
    let e = error_of(&g, "which resolutions mention a sanctions committee");
    assert!(e.contains("names a kind of node"), "{e}");
    assert!(e.contains("category = \"sanctions committee\""), "{e}");
    // A resolution of a year the corpus holds nothing of says so.
    let e = error_of(&g, "show S/RES/2400 (2018)");
    assert!(e.contains("holds no resolution text of 2018"), "{e}");
    let e = error_of(&g, "what cites resolution 2400");
    assert!(
        e.contains("no resolution 2400") && e.contains("holds resolution texts of"),
        "{e}"
    );
}

#[test]
fn what_the_council_decided_about_a_state_is_read_as_its_texts() {
    let Some(g) = corpus_files_graph(&["S-RES-1132(1997).txt", "S-RES-2177(2014).txt"]) else {
        return;
    };
    // 1132 (1997): "Acting under Chapter VII …, the situation in Sierra Leone".
    let decided = ids(&g, "what did the Council decide about Sierra Leone");
    assert_eq!(decided, ids(&g, "what did the Council say about Sierra Leone"));
    assert!(decided.contains(&"S/RES/1132 (1997)".to_string()), "{decided:?}");
}
