//! Researchers' wordings of audit 7 (and audit 6, G16 and G17), asked of
//! small graphs made of the Council's own texts (the sc-resolutions
//! corpus, skipped where it is not there). Each answer was checked against
//! a search of the texts; the line quoted beside an assertion is the one
//! that makes it right.

use crate::common::{answer_ids as ids, corpus_files_graph, count, error_of, formal, notes};

const Y1956: &[&str] = &[
    "S-RES-111(1956).txt",
    "S-RES-112(1956).txt",
    "S-RES-113(1956).txt",
    "S-RES-114(1956).txt",
    "S-RES-115(1956).txt",
    "S-RES-116(1956).txt",
    "S-RES-117(1956).txt",
    "S-RES-118(1956).txt",
    "S-RES-119(1956).txt",
    "S-RES-120(1956).txt",
    "S-RES-121(1956).txt",
];

#[test]
fn tallies_asked_in_the_words_of_the_adoption_line() {
    let Some(g) = corpus_files_graph(Y1956) else {
        return;
    };
    // S-RES-119(1956).txt: "Adopted at the 751st meeting by 7 votes to 2
    // (France, United Kingdom …), with 2 abstentions (Australia, Belgium)";
    // 120: "by 10 votes to 1 (Union of Soviet Socialist Republics)"; 111,
    // 113, 114, 118: "Adopted unanimously"; the other five give no tally.
    let q = "how many resolutions were adopted with abstentions in 1956";
    assert_eq!(count(&g, q), 1);
    assert!(
        notes(&g, q)
            .iter()
            .any(|n| n.contains("5 left out for lack of a record")),
        "{:?}",
        notes(&g, q)
    );
    assert_eq!(
        ids(&g, "which resolutions were adopted with abstentions"),
        ["S/RES/119 (1956)"]
    );
    assert_eq!(
        ids(
            &g,
            "which resolutions were adopted by 7 votes to 2 with 2 abstentions"
        ),
        ["S/RES/119 (1956)"]
    );
    assert_eq!(
        ids(&g, "which resolutions were adopted by 10 votes"),
        ["S/RES/120 (1956)"]
    );
    assert_eq!(
        ids(&g, "which resolutions were adopted by a vote of 10 to 1"),
        ["S/RES/120 (1956)"]
    );
    assert_eq!(
        ids(&g, "which resolutions were adopted with votes against in 1956"),
        ["S/RES/119 (1956)", "S/RES/120 (1956)"]
    );
    assert_eq!(ids(&g, "was 119 adopted with abstentions"), ["S/RES/119 (1956)"]);
    assert!(ids(&g, "was 120 adopted with abstentions").is_empty());
    // "Adopted unanimously": no abstention, though the line gives no number.
    assert_eq!(
        count(&g, "how many resolutions were adopted with no abstentions"),
        5
    );
    assert_eq!(
        formal(
            &g,
            "which resolutions were adopted by 13 votes to none with 2 abstentions"
        ),
        "all resolutions where in_favour = 13 and against = 0 and abstentions = 2"
    );
}

#[test]
fn adopted_by_fourteen_votes_is_fourteen_in_favour() {
    // S-RES-228(1966).txt and S-RES-258(1968).txt: "by 14 votes to none,
    // with 1 abstention"; S-RES-119(1956).txt: 7 votes in favour.
    let Some(g) = corpus_files_graph(&[
        "S-RES-228(1966).txt",
        "S-RES-258(1968).txt",
        "S-RES-119(1956).txt",
    ]) else {
        return;
    };
    assert_eq!(
        ids(&g, "which resolutions were adopted by 14 votes"),
        ["S/RES/228 (1966)", "S/RES/258 (1968)"]
    );
    assert_eq!(
        count(
            &g,
            "how many resolutions were adopted by 14 votes to none with 1 abstention"
        ),
        2
    );
}

#[test]
fn the_texts_that_cite_a_resolution_most_often() {
    // "1325" stands 11 times in S-RES-2122(2013).txt, 10 in 1889 (2009), 5
    // in 2210 (2015).
    let Some(g) = corpus_files_graph(&[
        "S-RES-1889(2009).txt",
        "S-RES-2122(2013).txt",
        "S-RES-2210(2015).txt",
    ]) else {
        return;
    };
    assert_eq!(
        ids(&g, "which resolutions cite 1325 most often"),
        ["S/RES/2122 (2013)", "S/RES/1889 (2009)", "S/RES/2210 (2015)"]
    );
    assert_eq!(
        formal(&g, "which resolutions cite 1325 most often"),
        "\"S/RES/1325 (2000)\" <- cites where kind = \"resolutions\" | top 10 by count"
    );
    assert_eq!(
        ids(&g, "top 2 resolutions that cite 1325 most often since 2010"),
        ["S/RES/2122 (2013)", "S/RES/2210 (2015)"]
    );
    // Year comparisons before the verb.
    assert_eq!(
        ids(&g, "resolutions adopted after 2010 that cite 1325"),
        ["S/RES/2122 (2013)", "S/RES/2210 (2015)"]
    );
    assert_eq!(
        ids(&g, "which resolutions adopted before 2010 cite 1325"),
        ["S/RES/1889 (2009)"]
    );
    assert_eq!(
        ids(&g, "which resolutions adopted between 2009 and 2013 cite 1325"),
        ["S/RES/1889 (2009)", "S/RES/2122 (2013)"]
    );
}

#[test]
fn what_one_text_cites_most() {
    // S-RES-2100(2013).txt names 2085 (2012) six times, the report
    // S/2013/189 twice ("Taking note of the report of the Secretary-General
    // (S/2013/189)").
    let Some(g) = corpus_files_graph(&["S-RES-2100(2013).txt"]) else {
        return;
    };
    let top = ids(&g, "what does 2100 cite most");
    assert_eq!(top.first().map(String::as_str), Some("S/RES/2085 (2012)"));
    assert_eq!(ids(&g, "what does 2100 cite most often"), top);
    assert_eq!(
        count(&g, "how many reports of the Secretary-General does 2100 cite"),
        1
    );
    assert_eq!(
        ids(&g, "which reports of the Secretary-General does 2100 cite"),
        ["S/2013/189"]
    );
}

#[test]
fn the_same_day_the_same_meeting_the_same_year() {
    // S-RES-1372(2001).txt: "Adopted by the Security Council at its 4384th
    // meeting, on 28 September 2001"; 1373: "at its 4385th meeting, on 28
    // September 2001"; 941, 942 and 943 (1994) were all adopted at the
    // 3428th meeting.
    let Some(g) = corpus_files_graph(&[
        "S-RES-1372(2001).txt",
        "S-RES-1373(2001).txt",
        "S-RES-941(1994).txt",
        "S-RES-942(1994).txt",
        "S-RES-943(1994).txt",
    ]) else {
        return;
    };
    assert_eq!(
        ids(&g, "which resolutions were adopted on the same day as 1373"),
        ["S/RES/1372 (2001)"]
    );
    assert!(ids(&g, "which resolutions were adopted at the same meeting as 1373").is_empty());
    assert_eq!(
        ids(&g, "which resolutions were adopted at the same meeting as 941"),
        ["S/RES/942 (1994)", "S/RES/943 (1994)"]
    );
    assert_eq!(
        count(&g, "how many resolutions were adopted in the same year as 942"),
        2
    );
    // `explain` gives a query that runs to the same rows.
    let q = "which resolutions were adopted on the same day as 1373";
    assert_eq!(ids(&g, &formal(&g, q)), ids(&g, q));
}

#[test]
fn a_document_without_the_record_says_so() {
    // A resolution only cited (1267 (1999) in 2100) has no recorded meeting.
    let Some(g) = corpus_files_graph(&["S-RES-2100(2013).txt"]) else {
        return;
    };
    let e = error_of(&g, "which resolutions were adopted at the same meeting as 1267");
    assert!(e.contains("the graph records no meeting"), "{e}");
}

#[test]
fn singular_kinds_after_an_article_and_no_time_needed() {
    // S-RES-1528(2004).txt: "Decides to establish the United Nations
    // Operation in Côte d'Ivoire (UNOCI)"; S-RES-1542(2004).txt: "Decides to
    // establish the United Nations Stabilization Mission in Haiti
    // (MINUSTAH)"; S-RES-1533(2004).txt establishes the Group of Experts on
    // the DRC.
    let Some(g) = corpus_files_graph(&[
        "S-RES-1528(2004).txt",
        "S-RES-1542(2004).txt",
        "S-RES-1533(2004).txt",
    ]) else {
        return;
    };
    let missions = ["S/RES/1528 (2004)", "S/RES/1542 (2004)"];
    assert_eq!(
        ids(&g, "which resolutions established a peacekeeping mission"),
        missions
    );
    assert_eq!(
        ids(&g, "which resolutions established a peacekeeping mission in 2004"),
        missions
    );
    assert_eq!(ids(&g, "which resolutions established a mission"), missions);
    let panels = ids(&g, "which panels of experts were established");
    assert!(
        panels
            .iter()
            .any(|p| p.contains("Group of Experts on the Democratic Republic")),
        "{panels:?}"
    );
    assert_eq!(
        ids(&g, "which panels of experts were established in 2004"),
        panels
    );
    assert_eq!(
        ids(&g, "which resolutions established a panel of experts"),
        ["S/RES/1533 (2004)"]
    );
}

#[test]
fn how_many_documents_of_a_kind_are_cited() {
    // S-RES-2100(2013).txt: "its Presidential Statements S/PRST/2012/7 and
    // S/PRST/2012/9" (the two it cites).
    let Some(g) = corpus_files_graph(&["S-RES-2100(2013).txt"]) else {
        return;
    };
    assert_eq!(count(&g, "how many presidential statements are cited"), 2);
    assert_eq!(
        count(&g, "how many presidential statements were cited in 2013"),
        2
    );
}

#[test]
fn chapter_vii_as_an_adjective() {
    // S-RES-1973(2011).txt: "Acting under Chapter VII of the Charter of the
    // United Nations"; S-RES-1701(2006).txt names no chapter.
    let Some(g) = corpus_files_graph(&[
        "S-RES-1973(2011).txt",
        "S-RES-1701(2006).txt",
        "S-RES-1267(1999).txt",
    ]) else {
        return;
    };
    assert_eq!(
        ids(&g, "is 1973 a Chapter VII resolution"),
        ["charter:Chapter VII"]
    );
    assert!(ids(&g, "is 1701 a Chapter VII resolution").is_empty());
    let q = "is 1701 a Chapter VII resolution";
    let t = g.query(q).unwrap();
    assert!(
        t.to_text().contains("does not say it acts under Chapter VII"),
        "{}",
        t.to_text()
    );
    // The use of force is recorded (`authorizes_force`, audit 8 H13): 1973
    // authorizes Member States; 1701, with no chapter named, "authorizes
    // UNIFIL to take all necessary action in areas of deployment of its
    // forces" (paragraph 12). A text that records none says so as an
    // absence.
    assert_eq!(
        ids(&g, "did 1973 authorize the use of force"),
        ["actor:Member States"]
    );
    assert_eq!(ids(&g, "did 1701 authorize the use of force"), ["actor:UNIFIL"]);
    let t = g.query("did 1267 authorize the use of force").unwrap();
    assert!(
        t.to_text().contains("no authorization to use force is recorded"),
        "{}",
        t.to_text()
    );
}

#[test]
fn vetoes_by_a_state_under_any_of_its_names() {
    // S-RES-120(1956).txt: "by 10 votes to 1 (Union of Soviet Socialist
    // Republics)": the USSR is in the graph; no draft's vote is.
    let Some(g) = corpus_files_graph(&["S-RES-120(1956).txt"]) else {
        return;
    };
    for q in [
        "which drafts were vetoed by the Soviet Union",
        "which drafts were vetoed by the USSR",
        "what did the Soviet Union veto",
    ] {
        assert!(
            formal(&g, q).starts_with("\"state:USSR\" -> voted"),
            "{q}: {}",
            formal(&g, q)
        );
        assert!(ids(&g, q).is_empty(), "{q}");
        assert!(
            notes(&g, q).iter().any(|n| n.contains("no vetoed drafts")),
            "{q}: {:?}",
            notes(&g, q)
        );
    }
}

#[test]
fn how_long_a_resolution_extended_a_mandate() {
    // S-RES-2155(2014).txt:51: "3. Decides to extend the mandate of UNMISS
    // until 30 November 2014".
    let Some(g) = corpus_files_graph(&["S-RES-2155(2014).txt"]) else {
        return;
    };
    for q in [
        "how long was the mandate of UNMISS extended by 2155",
        "until when was UNMISS's mandate extended by 2155",
        "for how long did 2155 extend the mandate of UNMISS",
    ] {
        let csv = g.query(q).unwrap_or_else(|e| panic!("{q}: {e}")).to_csv();
        assert!(
            csv.contains("actor:UNMISS") && csv.contains("2014-11-30"),
            "{q}: {csv}"
        );
    }
}

#[test]
fn a_name_no_text_mentions_is_an_absence_not_a_typo() {
    // No text of the corpus names Boko Haram; the actor dictionary does.
    let Some(g) = corpus_files_graph(&["S-RES-2100(2013).txt"]) else {
        return;
    };
    let e = error_of(&g, "what mentions Boko Haram");
    assert!(e.contains("no text in this graph mentions Boko Haram"), "{e}");
    assert!(!e.contains("no node of that name"), "{e}");
    let e = error_of(&g, "how many resolutions mention Boko Haram");
    assert!(e.contains("no text in this graph mentions Boko Haram"), "{e}");
    // A real typo keeps its suggestion.
    let e = error_of(&g, "what mentions Bokoo Haram");
    assert!(
        e.contains("no node of that name; did you mean Boko Haram?"),
        "{e}"
    );
    let e = error_of(&g, "what mentions minusmo");
    assert!(e.contains("did you mean"), "{e}");
}
