//! Absence reads as absence: a year the corpus holds no text of, a field
//! nothing recorded, a draft folded into its resolution, a verb met at a
//! second citation of the same document. Each once answered with a
//! confident negative or a silent miss.

use std::collections::BTreeSet;

use unxref::EdgeKind;

use crate::common::{count, data_graph, notes, sc_corpus_graph, sc_corpus_or_skip};

/// "How many resolutions cite 1325 in 2019" over texts that hold no
/// resolution of 2019 is no count of 2019's resolutions, and says so; a
/// year the corpus holds texts of gets no such note.
#[test]
fn a_year_the_corpus_holds_no_text_of_is_said_to_be_absent() {
    let graph = data_graph();
    let held: BTreeSet<u16> = graph
        .nodes()
        .filter(|n| n.held && n.kind == unxref::NodeKind::Resolution)
        .filter_map(|n| n.year())
        .collect();
    let (&first, &last) = (
        held.first().expect("held resolutions"),
        held.last().expect("held"),
    );
    let absent = first - 1;
    assert!(!held.contains(&absent));
    let q = format!("how many resolutions cite 1325 in {absent}");
    assert_eq!(count(&graph, &q), 0, "{q}");
    let said = format!("the corpus holds the text of no resolution of {absent}");
    assert!(
        notes(&graph, &q).iter().any(|n| n.starts_with(&said)),
        "{q}: {:?}",
        notes(&graph, &q)
    );
    // A year with texts: the answer is the corpus's count, with no such note.
    let q = format!("how many resolutions cite 1325 in {last}");
    assert!(
        notes(&graph, &q)
            .iter()
            .all(|n| !n.contains("holds the text of no")),
        "{q}: {:?}",
        notes(&graph, &q)
    );
    // Before the texts: every year from the Council's first.
    let q = "how many resolutions cite 1325 before 2000";
    assert!(
        notes(&graph, q)
            .iter()
            .any(|n| n.contains("of no resolution of 1946–1999")),
        "{q}: {:?}",
        notes(&graph, q)
    );
    // An open range names the years past the texts, not those it holds.
    let q = format!("all resolutions where year > {} | count", first - 3);
    let range = format!("of no resolution of {}–{absent}", first - 2);
    assert!(
        notes(&graph, &q).iter().any(|n| n.contains(&range)),
        "{q}: {:?}",
        notes(&graph, &q)
    );
}

/// A field nothing recorded is unknown, not false: `not agenda ~ X` keeps
/// the resolutions whose recorded agenda is another, not every resolution
/// without one, and a note says how many were left out.
#[test]
fn an_unrecorded_agenda_is_unknown_not_false() {
    let graph = data_graph();
    let resolutions = count(&graph, "all resolutions | count");
    let with_agenda = graph
        .nodes()
        .filter(|n| n.kind == unxref::NodeKind::Resolution && n.agenda.is_some())
        .count() as u64;
    assert!(
        with_agenda > 0 && with_agenda < resolutions,
        "{with_agenda} of {resolutions}"
    );
    let on_mali = count(&graph, "all resolutions where agenda ~ mali | count");
    let not_on_mali = count(&graph, "all resolutions where not agenda ~ mali | count");
    assert_eq!(on_mali + not_on_mali, with_agenda);
    let left_out = resolutions - with_agenda;
    assert!(
        notes(&graph, "all resolutions where not agenda ~ mali | count")
            .iter()
            .any(|n| n.starts_with(&format!(
                "{left_out} left out for lack of a record: without a recorded agenda"
            ))),
    );
}

/// A draft adopted as a resolution stands for it, unless the question asks
/// for drafts: "which drafts did France submit" is S/2020/600 ("the draft
/// resolution submitted by France … (S/2020/600)"), and the drafts that
/// cite 1325 are those whose own text does.
#[test]
fn a_question_about_drafts_is_answered_with_the_drafts() {
    let graph = data_graph();
    let ids = |q: &str| -> Vec<String> {
        graph
            .query(q)
            .unwrap_or_else(|e| panic!("{q}: {e}"))
            .node_ids()
            .into_iter()
            .map(String::from)
            .collect()
    };
    let submitted: Vec<String> = graph
        .neighbors(
            "state:France",
            EdgeKind::SubmittedBy,
            petgraph::Direction::Incoming,
        )
        .map(|n| n.id.clone())
        .filter(|id| {
            graph
                .node(id)
                .is_some_and(|n| n.kind == unxref::NodeKind::DraftResolution)
        })
        .collect();
    assert!(submitted.contains(&"S/2020/600".to_string()), "{submitted:?}");
    assert_eq!(ids("which drafts did France submit"), submitted);
    let citing: BTreeSet<String> = graph
        .neighbors(
            "S/RES/1325 (2000)",
            EdgeKind::Cites,
            petgraph::Direction::Incoming,
        )
        .filter(|n| n.kind == unxref::NodeKind::DraftResolution)
        .map(|n| n.id.clone())
        .collect();
    assert!(citing.len() >= 2, "{citing:?}");
    assert_eq!(
        ids("which drafts cite 1325").into_iter().collect::<BTreeSet<_>>(),
        citing
    );
    // The resolution still stands for its draft where drafts are not asked for.
    assert_eq!(ids("what did France submit"), ["S/RES/2531 (2020)"]);
}

/// A document cited twice under two verbs keeps both: every operative
/// paragraph of the corpus that begins "N. Reaffirms its resolution(s) X
/// (Y)" gives its resolution an edge to X whose relation holds "reaffirms",
/// though the same resolution usually recalls X first in its preamble
/// (1284 (1999): "Recalling its previous relevant resolutions …", then "4.
/// Reaffirms its resolutions 687 (1991), …").
#[test]
fn a_citation_under_a_second_verb_keeps_it() {
    let (Some(dir), Some(graph)) = (sc_corpus_or_skip(), sc_corpus_graph()) else {
        return;
    };
    let operative =
        regex::Regex::new(r"(?:^| )\d{1,2}\. Reaffirms its resolutions? (\d+) ?\((\d{4})\)").expect("regex");
    let name = regex::Regex::new(r"^S-RES-(\d+)\(").expect("regex");
    let mut checked = 0;
    for (file, text) in crate::common::read_dir_texts(&dir) {
        let Some(n) = name.captures(&file) else { continue };
        // The file's resolution, by its number (a few files' years are wrong).
        let Some(source) = graph.nodes().find(|x| {
            x.held
                && x.kind == unxref::NodeKind::Resolution
                && x.id.starts_with(&format!("S/RES/{} (", &n[1]))
        }) else {
            continue;
        };
        for c in operative.captures_iter(&text) {
            let target = format!("S/RES/{} ({})", &c[1], &c[2]);
            let relation = graph
                .edges_of(&source.id, EdgeKind::Cites, petgraph::Direction::Outgoing)
                .into_iter()
                .find(|e| e.target.id == target)
                .and_then(|e| e.edge.attrs().relation.clone())
                .unwrap_or_default();
            assert!(
                relation.contains("reaffirm"),
                "{file}: {} → {target}: {relation:?}",
                source.id
            );
            checked += 1;
        }
    }
    assert!(checked >= 40, "{checked} paragraphs checked");
    let table = graph.query("which resolutions reaffirm 687").expect("query");
    assert!(table.node_ids().contains(&"S/RES/1284 (1999)"));
}

/// "Which resolutions mention 1325": in plain words a text mentions the
/// resolutions it cites. It once answered that nothing mentions 1325, since
/// `mentions` edges lead only to actors and places; the same question about
/// a document now follows its citations, and says so.
#[test]
fn mentioning_a_document_is_citing_it() {
    let graph = data_graph();
    let citing = count(&graph, "how many resolutions cite 1325");
    assert!(citing > 0, "data/ cites 1325");
    for q in [
        "how many resolutions mention 1325",
        "how many resolutions mention resolution 1325",
        "how many resolutions mention S/RES/1325 (2000)",
    ] {
        assert_eq!(count(&graph, q), citing, "{q}");
        assert!(
            notes(&graph, q)
                .iter()
                .any(|n| n.contains("texts cite it rather than mention it")),
            "{q}: {:?}",
            notes(&graph, q)
        );
    }
    // An actor is still mentioned, and no such note is made.
    let q = "how many resolutions mention MINUSMA";
    assert!(count(&graph, q) > 0);
    assert!(
        notes(&graph, q)
            .iter()
            .all(|n| !n.contains("rather than mention"))
    );
    // "Does 2531 mention 2374": 2531 cites it (its fourth line of recalls).
    let answer = graph.query("does 2531 mention 2374").expect("a question");
    assert_eq!(answer.len(), 1, "{}", answer.to_csv());
    assert!(answer.to_csv().contains("S/RES/2374 (2017)"));
}

/// What the Council condemns, demands or urges is no edge of the graph: a
/// question about it says what unxref records and which question lists the
/// texts that name the object, never a bare syntax error or an answer.
#[test]
fn a_verb_unxref_does_not_record_is_said_to_be_unrecorded() {
    let graph = data_graph();
    for (q, verb, hint) in [
        (
            "which resolutions condemn Israel",
            "condemn",
            Some("which resolutions mention Israel"),
        ),
        ("Which resolutions demanded a ceasefire?", "demanded", None),
        (
            "which resolutions urge 1325",
            "urge",
            Some("which resolutions cite 1325"),
        ),
        ("which resolutions impose sanctions on Libya", "impose", None),
        (
            "which resolutions call upon the Taliban",
            "call",
            Some("which resolutions mention the Taliban"),
        ),
    ] {
        let e = graph.query(q).expect_err(q).to_string();
        assert!(
            e.contains(&format!("unxref does not record what texts {verb}:")),
            "{q}: {e}"
        );
        assert!(e.contains("recall, reaffirm, welcome"), "{q}: {e}");
        match hint {
            Some(h) => assert!(e.contains(&format!("ask \"{h}\"")), "{q}: {e}"),
            None => assert!(!e.contains("ask \""), "{q}: {e}"),
        }
    }
    // A verb that cites is still a question.
    assert!(graph.query("which resolutions reaffirm 1325").is_ok());
}

/// What a document known only from citations cites is unknown: "do not
/// cite 1325" once listed every such resolution of data/ (43 of them) as
/// not citing it. Now only held texts answer, and a note counts the rest.
#[test]
fn a_document_whose_text_was_not_read_neither_cites_nor_fails_to_cite() {
    let graph = data_graph();
    let q = "all resolutions where not cites 1325";
    let answer = graph.query(q).unwrap();
    let rows: Vec<String> = answer.node_ids().into_iter().map(str::to_string).collect();
    assert!(!rows.is_empty(), "{q}");
    for id in &rows {
        assert!(graph.node(id).is_some_and(|n| n.held), "{q}: {id} is not held");
    }
    let unread = graph
        .nodes()
        .filter(|n| n.kind == unxref::NodeKind::Resolution && !n.held)
        .count();
    assert!(unread > 0);
    let said =
        format!("{unread} left out for lack of a record: these documents are known only from citations");
    assert!(
        answer.notes().iter().any(|n| n.starts_with(&said)),
        "{:?}",
        answer.notes()
    );
    // A held resolution that does cite 1325 is no unknown: 2553 cites it.
    let citing = graph.query("all resolutions where cites 1325").unwrap();
    assert!(citing.node_ids().contains(&"S/RES/2553 (2020)"));
}
