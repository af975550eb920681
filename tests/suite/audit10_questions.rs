//! Researchers' wordings of audit 10: changes to a mandate, the title many
//! reports share, the kind said without its verb (`missions established in
//! 2004`), co-citation said the other way round, resolutions with votes
//! against, `dont` and `UNSC`, a body that replaced another, a state's name
//! typed in lower case, a question inside a question (`what does the latest
//! resolution on Haiti cite`) and times counted back from the end. Asked of
//! graphs of the sc-resolutions corpus (skipped where it is not there); the
//! line quoted beside an assertion is the one that makes it right.

use unxref::CitationGraph;

use crate::common::{answer_ids as ids, corpus_files_graph, count, error_of, formal, sc_corpus_graph};

/// The answer as text: the rows, or "No results: …" and the notes.
fn text(graph: &CitationGraph, q: &str) -> String {
    graph.query(q).unwrap_or_else(|e| panic!("{q}: {e}")).to_text()
}

#[test]
fn a_change_to_a_mandate_is_asked_in_the_words_people_use() {
    // 1346 (2001), line 16: "2. Further decides to increase the military
    // component of UNAMSIL to a strength of 17,500"; 1270 (1999) established
    // UNAMSIL and changes no mandate.
    let Some(g) = corpus_files_graph(&["S-RES-1270(1999).txt", "S-RES-1346(2001).txt"]) else {
        return;
    };
    for q in [
        "which resolutions modified the mandate of UNAMSIL",
        "resolutions that expanded UNAMSIL's mandate",
        "what changed the mandate of UNAMSIL",
        "when was the mandate of UNAMSIL modified",
        "changes to the mandate of UNAMSIL",
        "UNAMSIL's mandate changes",
    ] {
        assert_eq!(ids(&g, q), ["S/RES/1346 (2001)"], "{q}");
    }
    assert_eq!(ids(&g, "which mandates did 1346 modify"), ["actor:UNAMSIL"]);
    // None recorded: said as such, with the question that asks for extensions.
    let none = text(&g, "which resolutions changed the mandate of UNAMSIL in 1999");
    assert!(
        none.contains("no change to the mandate of actor:UNAMSIL is recorded"),
        "{none}"
    );
}

#[test]
fn the_title_many_reports_share_is_a_kind_not_one_report() {
    // "the report of the Secretary-General" is the title of S/1994/561/Add.1,
    // S/2018/527 and S/2019/805 among others: read as one of them, the
    // question asked about S/1994/561/Add.1 alone and found nothing. 725
    // (1991), line 34: "Having considered the report of the Secretary-General
    // on the situation concerning Western Sahara (S/23299)", which it welcomes.
    let Some(g) = sc_corpus_graph() else { return };
    let q = "resolutions that welcome the report of the secretary-general";
    let got = ids(g, q);
    assert_eq!(
        got,
        ids(
            g,
            "all reports <- cites where kind = resolution and relation ~ welcom"
        ),
        "{q}"
    );
    assert!(got.contains(&"S/RES/725 (1991)".to_string()), "{got:?}");
    assert!(got.len() > 100, "{}", got.len());
    assert!(!formal(g, q).contains("S/1994/561"), "{}", formal(g, q));
    assert_eq!(
        ids(g, "what cites the reports of the Secretary-General"),
        ids(g, "all reports <- cites")
    );
}

#[test]
fn a_kind_and_its_verb_need_no_auxiliary() {
    // 1542 (2004), line 24 "Decides to establish the United Nations
    // Stabilization Mission in Haiti (MINUSTAH)"; 1528 (2004) UNOCI; 1545
    // (2004) "authorizes the deployment of an operation entitled ONUB".
    let Some(g) = corpus_files_graph(&[
        "S-RES-1528(2004).txt",
        "S-RES-1542(2004).txt",
        "S-RES-1545(2004).txt",
    ]) else {
        return;
    };
    let want = ["actor:MINUSTAH", "actor:ONUB", "actor:UNOCI"];
    for q in [
        "missions established in 2004",
        "missions set up in 2004",
        "which missions were established in 2004",
    ] {
        assert_eq!(ids(&g, q), want, "{q}");
    }
}

#[test]
fn co_citation_is_read_with_the_adverb_on_either_side() {
    let Some(g) = sc_corpus_graph() else { return };
    let want = ids(g, "1820 | cocited | top 10 by score");
    // 1325 (2000) is cited beside 1820 (2008) by 149 texts (1888 (2009),
    // line 10: "Reaffirming its commitment to the continued and full
    // implementation of resolutions 1325 (2000), 1612 (2005), 1674 (2006)
    // and 1820 (2008)").
    assert_eq!(want.first().map(String::as_str), Some("S/RES/1325 (2000)"));
    for q in [
        "what is cited most often together with 1820",
        "what is co-cited most often with 1820",
        "what was cited most frequently together with 1820",
        "co-cited with 1820",
    ] {
        assert_eq!(ids(g, q), want, "{q}");
    }
    assert_eq!(
        ids(g, "resolutions co-cited with 1820"),
        ids(g, "1820 | cocited | where kind = resolution | top 10 by score")
    );
}

#[test]
fn resolutions_with_votes_against_are_those_whose_tally_has_some() {
    // 87 (1950), line 34: "Adopted at the 506th meeting by 7 votes to 3
    // (China, Cuba, United States of America), with 1 abstention (Egypt)."
    let Some(g) = sc_corpus_graph() else { return };
    let want = ids(g, "all resolutions where against > 0");
    assert!(want.contains(&"S/RES/87 (1950)".to_string()), "{want:?}");
    for q in [
        "which resolutions had votes against",
        "resolutions with votes against",
        "which resolutions got votes against",
        "resolutions adopted with negative votes",
    ] {
        assert_eq!(ids(g, q), want, "{q}");
    }
    // Unknown tallies are left out, and the answer says so.
    let answer = text(g, "which resolutions had votes against");
    assert!(answer.contains("left out for lack of a record"), "{answer}");
}

#[test]
fn negations_without_apostrophes_and_the_councils_abbreviation_read_as_spelt_out() {
    let Some(g) = sc_corpus_graph() else { return };
    for (short, long) in [
        (
            "resolutions on Cyprus that dont mention Turkey",
            "resolutions on Cyprus that do not mention Turkey",
        ),
        (
            "which resolutions on Haiti didnt cite 1542",
            "which resolutions on Haiti did not cite 1542",
        ),
        (
            "what did UNSC say about Kosovo in 1999",
            "what did the Security Council say about Kosovo in 1999",
        ),
        (
            "how many resolutions did the unsc adopt on Liberia between 2003 and 2015",
            "how many resolutions did the Security Council adopt on Liberia between 2003 and 2015",
        ),
        (
            "what did the UN Security Council say about Rwanda in 1994",
            "what did the Security Council say about Rwanda in 1994",
        ),
    ] {
        assert_eq!(formal(g, short), formal(g, long), "{short}");
    }
    assert_eq!(
        count(
            g,
            "how many resolutions did the unsc adopt on Liberia between 2003 and 2015"
        ),
        count(
            g,
            "all resolutions where mentions Liberia and year in 2003..2015 | count"
        )
    );
}

#[test]
fn a_body_or_an_entity_is_an_actor() {
    // 1270 (1999), line 42: "the mandate of UNOMSIL shall terminate
    // immediately on the establishment of UNAMSIL".
    let Some(g) = corpus_files_graph(&["S-RES-1181(1998).txt", "S-RES-1270(1999).txt"]) else {
        return;
    };
    for q in ["which body replaced UNOMSIL", "what entity succeeded UNOMSIL"] {
        assert_eq!(ids(&g, q), ["actor:UNAMSIL"], "{q}");
    }
    assert_eq!(
        ids(&g, "which organization came before UNAMSIL"),
        ["actor:UNOMSIL"]
    );
}

#[test]
fn a_state_typed_in_lower_case_is_the_state() {
    // 1454 (2002), line 2: "by a vote of 13 to 0, with 2 abstentions (Russian
    // Federation, Syria)". "Russia" is an alias of the actor dictionary,
    // read case-sensitively; no node label holds it.
    let Some(g) = corpus_files_graph(&["S-RES-1454(2002).txt"]) else {
        return;
    };
    for q in [
        "how many times did russia abstain",
        "how many times did RUSSIA abstain",
    ] {
        assert_eq!(count(&g, q), 1, "{q}");
    }
    assert_eq!(ids(&g, "show russia"), ["state:Russian Federation"]);
    // Mixed case is as typed: a misspelling still gets its suggestion.
    assert!(
        error_of(&g, "show Russiaa").contains("no node"),
        "{}",
        error_of(&g, "show Russiaa")
    );
}

#[test]
fn a_question_in_the_place_of_a_document_is_asked_first() {
    let Some(g) = sc_corpus_graph() else { return };
    // 2243 (2015) is the latest resolution of the corpus on Haiti (line 50:
    // "Taking note of the Secretary-General's report S/2015/667").
    assert_eq!(ids(g, "the latest resolution on Haiti"), ["S/RES/2243 (2015)"]);
    assert_eq!(
        ids(g, "what does the latest resolution on Haiti cite"),
        ids(g, "2243 -> cites")
    );
    assert_eq!(
        ids(g, "what does the most recent resolution on Haiti mention"),
        ids(g, "2243 -> mentions")
    );
    assert_eq!(
        ids(g, "what does the first resolution on Haiti cite"),
        ids(
            g,
            "(all resolutions where mentions Haiti | sort by date | limit 1) -> cites"
        )
    );
    // A vote asked of it would lose the note that tells an unrecorded vote
    // from a "no": refused, with the question to ask first.
    let e = error_of(g, "who voted against the latest resolution on Syria");
    assert!(e.contains("is a question of its own"), "{e}");
    assert!(e.contains("sort by date desc | limit 1"), "{e}");
}

#[test]
fn a_time_counted_back_from_the_end_asks_for_the_years() {
    let Some(g) = sc_corpus_graph() else { return };
    for (q, said) in [
        (
            "which resolutions cited 1325 in the last five years of the corpus",
            "the last five years",
        ),
        (
            "what resolutions were adopted in the last year of the corpus",
            "the last year",
        ),
        ("resolutions on Iraq in the past decade", "the past decade"),
        ("resolutions on Mali in recent years", "recent years"),
    ] {
        let e = error_of(g, q);
        assert!(
            e.contains(&format!("\"{said}\" is a time counted back from the end")),
            "{q}: {e}"
        );
        assert!(e.contains("since 2011"), "{q}: {e}");
    }
    // Inside quotes the words are a value, in single quotes as in double;
    // an apostrophe opens no quote.
    assert!(
        g.query("all resolutions where title ~ \"last year\" | count")
            .is_ok()
    );
    let e = error_of(g, "which resolutions mention 'the last year'");
    assert!(e.contains("no node of that name"), "{e}");
    let e = error_of(
        g,
        "which of the Council's resolutions on 'Haiti' came in the last five years",
    );
    assert!(
        e.contains("\"the last five years\" is a time counted back"),
        "{e}"
    );
}

#[test]
fn what_a_resolution_authorized_points_at_the_use_of_force_when_it_deployed_nothing() {
    // 678 (1990), line 39: "Authorizes Member States co-operating with the
    // Government of Kuwait … to use all necessary means": no deployment.
    let Some(g) = corpus_files_graph(&["S-RES-678(1990).txt"]) else {
        return;
    };
    let answer = text(&g, "what did resolution 678 authorize");
    assert!(
        answer.contains("did S/RES/678 (1990) authorize the use of force"),
        "{answer}"
    );
    assert_eq!(
        ids(&g, "did 678 authorize the use of force"),
        ["actor:Member States"]
    );
}

#[test]
fn in_the_corpus_after_a_kind_is_the_texts_held() {
    let Some(g) = sc_corpus_graph() else { return };
    // The latest resolution whose text the corpus holds, not one known only
    // from a citation.
    assert_eq!(
        ids(g, "what was the latest resolution in the corpus"),
        ids(g, "all resolutions where held | sort by date desc | limit 1")
    );
    assert_eq!(
        count(g, "how many resolutions in the corpus mention Haiti"),
        count(g, "Haiti <- mentions where kind = resolution and held | count")
    );
}

#[test]
fn what_cites_what_a_text_cites_walks_out_then_back() {
    // 1820 (2008), line 10: "Reaffirming its commitment to the continuing
    // and full implementation of resolution 1325 (2000), 1612 (2005) and
    // 1674 (2006)"; what cites those is asked in one question.
    let Some(g) = sc_corpus_graph() else { return };
    let got = ids(g, "what cites what 1820 cites");
    assert_eq!(got, ids(g, "1820 -> cites <- cites"));
    assert!(got.contains(&"S/RES/1888 (2009)".to_string()), "{got:?}");
}
