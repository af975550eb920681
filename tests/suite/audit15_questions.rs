//! Questions of audit 15, asked as a researcher types them: a refused
//! question whose words a phrase took for a name ("list the current
//! peacekeeping operations" was "no node of that name"), what replaced a
//! renamed mission (MONUC, renamed MONUSCO by 1925 (2010)), what cites a
//! document near the corpus's end (2231 (2015): "nothing cites" without a
//! word on the years the corpus lacks), the part of a text a citation stands
//! in, a bare year ending a question, and "how often did … abstain". Asked of
//! the graph of the sc-resolutions corpus (skipped where it is not there).

use crate::common::{answer_ids as ids, count, error_of, formal, notes, sc_corpus_graph};

#[test]
fn a_refusal_read_as_a_name_is_the_refusal() {
    let Some(g) = sc_corpus_graph() else { return };
    // The grammar took the whole question for one name; a phrase took
    // `the current peacekeeping operations` or `use of force in Libya`.
    for q in [
        "list the current peacekeeping operations",
        "list all active missions",
        "show the ongoing operations",
    ] {
        let e = error_of(g, q);
        assert!(
            e.contains("which bodies are active now is not in the graph"),
            "{q}: {e}"
        );
        assert!(!e.contains("no node of that name"), "{q}: {e}");
    }
    let e = error_of(g, "which resolution authorized the use of force in Libya");
    assert!(e.contains("authorizes_force"), "{e}");
    // A name the graph knows is still asked: S-RES-2252(2015).txt extends
    // UNMISS to 31 July 2016.
    assert_eq!(ids(g, "is UNMISS still active"), ["S/RES/2252 (2015)"]);
}

#[test]
fn what_replaced_a_body_follows_a_renaming() {
    // S-RES-1925(2010).txt, line 34: "… the United Nations mission in that
    // country, MONUC, shall, as from 1 July 2010, bear the title of the
    // United Nations Organization Stabilization Mission in the Democratic
    // Republic of the Congo (MONUSCO)". 1925 extends MONUC, it ends nothing.
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "what replaced MONUC",
        "what replaced monuc",
        "the successor of MONUC",
        "which mission replaced MONUC",
    ] {
        assert_eq!(ids(g, q), ["actor:MONUSCO"], "{q}");
    }
    let csv = g.query("what replaced MONUC").unwrap().to_csv();
    assert!(
        csv.contains("renames MONUC") && csv.contains("S-RES-1925(2010).txt"),
        "{csv}"
    );
    // S-RES-1270(1999).txt ends UNOMSIL and establishes UNAMSIL: still found.
    assert_eq!(ids(g, "what replaced UNOMSIL"), ["actor:UNAMSIL"]);
    // S-RES-2245(2015).txt renames UNSOA UNSOS and names AMISOM: a renaming
    // of another body is no successor of AMISOM.
    assert!(ids(g, "what replaced UNSOA").contains(&"actor:UNSOS".to_string()));
    assert!(!ids(g, "what replaced AMISOM").contains(&"actor:UNSOS".to_string()));
}

#[test]
fn what_cites_a_document_says_which_later_years_the_corpus_lacks() {
    // The sc-resolutions corpus ends with 2259 (2015): nothing in it cites
    // 2231 (2015), which says nothing of later texts.
    let Some(g) = sc_corpus_graph() else { return };
    assert!(ids(g, "what cites 2231").is_empty());
    for q in [
        "what cites 2231",
        "how many resolutions cite 1325",
        "how often is 1325 cited",
    ] {
        let found = notes(g, q);
        assert!(
            found
                .iter()
                .any(|n| n.contains("no resolution after 2015") && n.contains("missing from this answer")),
            "{q}: {found:?}"
        );
    }
    // A list of what cites a document older than the last five years held
    // reads as what the texts held say; what a text cites is read from the
    // text: no such note.
    for q in ["what cites 1325", "what does 1325 cite"] {
        let found = notes(g, q);
        assert!(
            !found.iter().any(|n| n.contains("missing from this answer")),
            "{q}: {found:?}"
        );
    }
    // A time asked has its own note, not this one twice.
    let since = notes(g, "what cites 1325 since 2010");
    assert!(
        since.iter().filter(|n| n.contains("after 2015")).count() <= 1,
        "{since:?}"
    );
}

#[test]
fn the_part_of_a_text_a_citation_stands_in_is_refused_with_what_is_kept() {
    // An edge keeps the first paragraph citing a document: S-RES-2242(2015).txt
    // cites 1325 in its preamble (line 10) and again in operative paragraphs.
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "which resolutions cite 1325 in the preamble",
        "which resolutions cite 1325 in operative paragraphs",
        "which resolutions mention 1325 in their preambular paragraphs",
    ] {
        let e = error_of(g, q);
        assert!(e.contains("the first paragraph citing it"), "{q}: {e}");
        assert!(e.contains("1325 <- cites where paragraph = preamble"), "{q}: {e}");
    }
    // The formal question the message gives answers what is known.
    let preamble = ids(g, "1325 <- cites where paragraph = preamble");
    assert!(preamble.contains(&"S/RES/2242 (2015)".to_string()));
    let operative = ids(g, "1325 <- cites where paragraph != preamble");
    assert!(!operative.contains(&"S/RES/2242 (2015)".to_string()));
    assert!(preamble.len() + operative.len() <= ids(g, "what cites 1325").len());
}

#[test]
fn a_bare_year_ending_a_question_is_the_year_where_no_phrase_reads_the_number() {
    let Some(g) = sc_corpus_graph() else { return };
    assert_eq!(
        formal(g, "resolutions on libya 2011"),
        "all resolutions where mentions \"state:Libya\" and year = 2011"
    );
    assert_eq!(
        ids(g, "resolutions on libya 2011"),
        ids(g, "resolutions on Libya in 2011")
    );
    // S-RES-1970(2011).txt is on Libya.
    assert!(ids(g, "resolutions on libya 2011").contains(&"S/RES/1970 (2011)".to_string()));
    let q = g.query("resolutions on libya 2011").unwrap();
    assert!(
        q.notes().iter().any(|n| n.contains("read as the year")),
        "{:?}",
        q.notes()
    );
    // Where a phrase reads the number, it is the document.
    assert!(formal(g, "did china veto 1973").contains("S/RES/1973 (2011)"));
    assert!(formal(g, "what cites resolution 2011").contains("S/RES/2011 (2011)"));
}

#[test]
fn how_often_did_a_state_abstain_is_how_many_times() {
    // S-RES-51(1948).txt: China abstained.
    let Some(g) = sc_corpus_graph() else { return };
    assert_eq!(
        count(g, "how often did China abstain"),
        count(g, "how many times did China abstain")
    );
    assert!(count(g, "how often did China abstain") > 0);
    assert_eq!(
        formal(g, "how often did Russia abstain"),
        "\"state:Russian Federation\" -> voted where position = \"abstention\" | count"
    );
}

/// A mistyped word where the grammar expected one of its words gets the
/// nearest one ("what ciets 1325": "cites"), where it used to get only the
/// list of every word expected there; a word near none gets no guess.
#[test]
fn a_mistyped_grammar_word_gets_a_did_you_mean() {
    let g = crate::common::data_graph();
    for (q, near) in [("what ciets 1325", "cites"), ("what dose 2242 cite", "does")] {
        let e = error_of(&g, q);
        assert!(e.contains(&format!("did you mean \"{near}\"?")), "{q}: {e}");
    }
    let e = error_of(&g, "what zzyzx 1325");
    assert!(!e.contains("did you mean"), "{e}");
}
