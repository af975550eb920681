//! Researchers' wordings of audit 11: a chapter or article of the Charter
//! invoked, cited or referred to (it is acted under or named, never cited as
//! a document is), who vetoed a text, whether the corpus holds a text, a kind
//! held said with its subject, whether a body is still active, counts per
//! year and in total, the year with the most Chapter VII resolutions, the
//! reports a kind of text cites, the kind asked of a document no text
//! describes, and where the force and deployment messages point. Asked of
//! graphs of the sc-resolutions corpus (skipped where it is not there) or of
//! the bundled texts; the line quoted beside an assertion is the one that
//! makes it right.

use unxref::CitationGraph;

use crate::common::{answer_ids as ids, count, data_graph, error_of, formal, notes, sc_corpus_graph};

/// The empty answer's sentence of a question.
fn empty_note(graph: &CitationGraph, q: &str) -> String {
    let t = graph.query(q).unwrap_or_else(|e| panic!("{q}: {e}"));
    assert!(t.node_ids().is_empty(), "{q}: {:?}", t.node_ids());
    t.empty_note().unwrap_or_default().to_string()
}

#[test]
fn a_chapter_invoked_cited_or_referred_to_is_acted_under_or_named() {
    // The graph has no `cites` edge to a chapter of the Charter: "invoking
    // Chapter VII" was read as citing it and answered "nothing in the graph
    // cites charter:Chapter VII". 2134 (2014), line 129: "29. Acting under
    // Chapter VII of the Charter of the United Nations, decides as follows".
    let Some(g) = sc_corpus_graph() else { return };
    let under = ids(
        g,
        "\"Chapter VII\" <- acts_under where kind = resolution and year = 2014",
    );
    assert!(under.contains(&"S/RES/2134 (2014)".to_string()), "{under:?}");
    assert_eq!(ids(g, "resolutions invoking chapter VII in 2014"), under);
    assert_eq!(ids(g, "which resolutions invoked Chapter VII in 2014?"), under);
    let named = ids(
        g,
        "\"Chapter VII\" <- mentions|acts_under where kind = resolution and year = 2014",
    );
    for q in [
        "which resolutions refer to chapter VII in 2014",
        "which resolutions cite Chapter VII in 2014",
    ] {
        assert_eq!(ids(g, q), named, "{q}");
    }
    assert!(under.iter().all(|id| named.contains(id)));
    assert_eq!(
        count(
            g,
            "how many resolutions did the council adopt under chapter VII in 2014"
        ),
        under.len() as u64
    );
    // An article is recorded as the basis a text states: 2141 (2014), line
    // 17: "Acting under Article 41 of Chapter VII of the Charter of the
    // United Nations". A text that names only the chapter is unknown, not
    // a "no", and the answer says so.
    let article = ids(
        g,
        "\"Chapter VII\" <- acts_under where kind = resolution and pinpoint ~ \"41\" and year >= 2014",
    );
    assert!(article.contains(&"S/RES/2141 (2014)".to_string()), "{article:?}");
    for q in [
        "which resolutions cite Article 41 since 2014",
        "which resolutions mention Article 41 since 2014",
        "resolutions invoking Article 41 since 2014",
    ] {
        assert_eq!(ids(g, q), article, "{q}");
        assert!(
            notes(g, q)
                .iter()
                .any(|n| n.contains("chapter of the Charter with no article")),
            "{q}: {:?}",
            notes(g, q)
        );
    }
    // What "mentioning Chapter VII" meant before stays: the texts that name it.
    assert_eq!(
        formal(g, "resolutions mentioning Chapter VII in 1950"),
        "\"charter:Chapter VII\" <- mentions where kind = \"resolutions\" and year = 1950"
    );
}

#[test]
fn who_vetoed_a_text_is_a_permanent_member_against_a_draft_not_adopted() {
    // 1973 (2011) was adopted: no one vetoed it, and the answer says why
    // rather than a bare "No results" (the question was a syntax error).
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "who vetoed resolution 1973",
        "which permanent member vetoed 1973?",
    ] {
        let note = empty_note(g, q);
        assert!(note.contains("not recorded as vetoed"), "{q}: {note}");
        assert!(note.contains("a numbered resolution was adopted"), "{q}: {note}");
    }
    let note = empty_note(g, "did Russia veto 1973");
    assert!(note.contains("not recorded as vetoed by Russia"), "{note}");
    // `permanent`: the five members of Article 23. On S/2020/600 all fifteen
    // voted in favour (000_5084318a0e7514bb.txt, the voting letters).
    let d = data_graph();
    let mut permanent = ids(&d, "S/2020/600 <- voted where permanent = true");
    permanent.sort();
    assert_eq!(
        permanent,
        [
            "state:China",
            "state:France",
            "state:Russian Federation",
            "state:United Kingdom",
            "state:United States"
        ]
    );
    assert_eq!(
        count(&d, "S/2020/600 <- voted where permanent = false | count"),
        10
    );
    assert!(ids(&d, "who vetoed S/2020/600").is_empty());
}

#[test]
fn whether_the_corpus_holds_a_text_is_asked_in_plain_words() {
    // "is S/2015/229 in the corpus" was a syntax error. S/2000/693 is only
    // cited: 1325 (2000), line 20, "… the Namibia Plan of Action on
    // Mainstreaming a Gender Perspective in Multidimensional Peace Support
    // Operations (S/2000/693)".
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "is 1973 held",
        "is resolution 1973 in the corpus?",
        "do we have the text of 1973",
        "does the corpus contain 1973",
    ] {
        assert_eq!(ids(g, q), ["S/RES/1973 (2011)"], "{q}");
    }
    for q in ["is S/2000/693 in the corpus", "is S/2000/693 held?"] {
        let note = empty_note(g, q);
        assert!(
            note.contains("S/2000/693 was not read into this graph"),
            "{q}: {note}"
        );
    }
}

#[test]
fn a_kind_held_is_asked_with_its_subject() {
    // "which reports of the secretary-general on UNMIK are in the corpus"
    // stopped at `in`: the phrase took no subject.
    let Some(g) = sc_corpus_graph() else { return };
    let held = ids(g, "all resolutions where mentions Haiti and held");
    assert!(held.contains(&"S/RES/841 (1993)".to_string()), "{held:?}");
    for q in [
        "which resolutions on Haiti are in the corpus",
        "which resolutions on Haiti are held",
    ] {
        assert_eq!(ids(g, q), held, "{q}");
    }
    assert_eq!(
        count(g, "how many resolutions are held"),
        count(g, "all resolutions where held | count")
    );
}

#[test]
fn whether_a_body_is_still_active_is_its_latest_mandate_record() {
    // "is UNAMID still active" read `UNAMID still active` as a name. 2228
    // (2015), line 53: "1. Decides to extend the mandate of UNAMID, as set
    // out in resolution 1769, until 30 June 2016".
    let Some(g) = sc_corpus_graph() else { return };
    for q in ["is UNAMID still active", "is UNAMID still in operation?"] {
        assert_eq!(ids(g, q), ["S/RES/2228 (2015)"], "{q}");
        assert!(
            notes(g, q)
                .iter()
                .any(|n| n.contains("a later extension may exist")),
            "{q}: {:?}",
            notes(g, q)
        );
    }
}

#[test]
fn a_count_per_year_groups_and_a_total_counts() {
    // `how many … per year` was `| count | group by year`, an error.
    // The corpus holds 77 files of 1994 (S-RES-893(1994).txt to
    // S-RES-969(1994).txt).
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "how many resolutions were adopted per year",
        "number of resolutions per year",
        "the number of resolutions adopted per year",
    ] {
        let csv = g.query(q).unwrap_or_else(|e| panic!("{q}: {e}")).to_csv();
        assert!(csv.lines().any(|l| l == "1994,77"), "{q}: {csv}");
    }
    let all = count(g, "all resolutions | count");
    for q in [
        "how many resolutions were adopted in total",
        "how many resolutions were adopted",
        "how many resolutions are there altogether",
    ] {
        assert_eq!(count(g, q), all, "{q}");
        // The count is of the resolutions the graph knows, and the answer
        // says so: the corpus holds no text of 2016 on.
        let said = notes(g, q).join("\n");
        assert!(
            said.contains("the corpus holds resolution texts of 1946–2015")
                && said.contains("no count of all the Council adopted"),
            "{q}: {said}"
        );
    }
}

#[test]
fn the_year_with_the_most_chapter_vii_resolutions_counts_those_acting_under_it() {
    let Some(g) = sc_corpus_graph() else { return };
    let q = "which year had the most chapter VII resolutions";
    assert_eq!(
        g.query(q).unwrap_or_else(|e| panic!("{q}: {e}")).to_csv(),
        g.query("\"Chapter VII\" <- acts_under where kind = resolution | group by year | sort by count desc | limit 5")
            .expect("formal")
            .to_csv()
    );
}

#[test]
fn the_reports_a_kind_of_text_cites_in_a_year() {
    // 1296 (2000), line 11: "Having considered the report of the
    // Secretary-General of 8 September 1999 on the Protection of Civilians
    // in Armed Conflict (S/1999/957)". The year is the citing texts'.
    let Some(g) = sc_corpus_graph() else { return };
    let q = "which reports are cited by resolutions in 2000";
    let got = ids(g, q);
    assert!(got.contains(&"S/1999/957".to_string()), "{got:?}");
    assert_eq!(
        got,
        ids(
            g,
            "(all resolutions where year = 2000) -> cites where kind = reports"
        )
    );
}

#[test]
fn the_kind_of_a_document_no_text_describes_is_said_unknown_once() {
    // S/2000/693 is cited by symbol alone (1325 (2000), line 20): whether
    // it is a report is unknown. The phrase's sentence said again, in other
    // words, what the note on the unknown says.
    let Some(g) = sc_corpus_graph() else { return };
    let q = "is S/2000/693 a report";
    let note = empty_note(g, q);
    let notes = notes(g, q);
    let all = format!("{note}\n{}", notes.join("\n"));
    assert_eq!(all.matches("no text says what").count(), 1, "{all}");
    assert!(all.contains("unknown, not none"), "{all}");
    // A document whose kind is recorded gets the sentence alone.
    let q = "is 1325 a report";
    assert!(
        empty_note(g, q).contains("does not record S/RES/1325 (2000) as of the kind asked, report"),
        "{}",
        empty_note(g, q)
    );
    assert!(!crate::common::notes(g, q).iter().any(|n| n.contains("unknown")));
}

#[test]
fn the_force_and_deployment_messages_point_at_their_own_words() {
    // The offset was found in a lowercased copy: the Kelvin sign lowercases
    // two bytes shorter, so the caret fell before the words (and could fall
    // inside a character). A double quote anywhere turned the message off.
    let g = data_graph();
    let e = error_of(
        &g,
        "what \u{212A}\u{212A}\u{212A} ü use of force authorized -> ->",
    );
    assert!(e.contains("authorizes_force"), "{e}");
    assert!(e.starts_with("syntax error at column 12:"), "{e}");
    let e = error_of(&g, "where is \u{212A}\u{212A}ü deployed -> ->");
    assert!(e.contains("where a mission or body is deployed"), "{e}");
    let e = error_of(&g, "did \"S/RES/2531 (2020)\" authorize the use of force -> ->");
    assert!(e.contains("authorizes_force"), "{e}");
    // Inside quotes the words are a value, not the question's.
    let e = error_of(&g, "which resolutions mention \"use of force\" authorized -> ->");
    assert!(!e.contains("authorizes_force"), "{e}");
}

#[test]
fn whether_a_state_ever_voted_against_or_abstained_is_its_recorded_votes() {
    // Both were syntax errors. 87 (1950), line 34: "Adopted at the 506th
    // meeting by 7 votes to 3 (China, Cuba, United States of America), with
    // 1 abstention (Egypt)."
    let Some(g) = sc_corpus_graph() else { return };
    let q = "did the United States ever vote against a resolution";
    let got = ids(g, q);
    assert!(got.contains(&"S/RES/87 (1950)".to_string()), "{got:?}");
    assert_eq!(
        got,
        ids(
            g,
            "\"United States\" -> voted where kind = resolution and position = against"
        )
    );
    let q = "has Egypt ever abstained";
    assert!(ids(g, q).contains(&"S/RES/87 (1950)".to_string()), "{q}");
    // None recorded is no "no": most resolutions of the corpus record no vote.
    let q = "did China abstain on any resolution in 1990";
    let note = empty_note(g, q);
    assert!(
        note.contains("no abstention by state:China is recorded"),
        "{note}"
    );
    // No resolution of 1990 held records a vote (audit 18): the note says
    // the record of that year is empty, not merely partial.
    assert!(
        notes(g, q)
            .iter()
            .any(|n| n.contains("no vote on a resolution of 1990 is recorded")
                && n.contains("says nothing of how state:China voted")),
        "{:?}",
        notes(g, q)
    );
}

#[test]
fn the_us_is_the_united_states_in_a_question_and_no_name_in_a_text() {
    // "the US" was no node ("did you mean actor:ARS, actor:CIS …"). The
    // seeds' letter on S/2020/600: "the United States of America votes in
    // favour" (000_5084318a0e7514bb.txt, line 543).
    let g = data_graph();
    let asked = ids(&g, "how did the US vote on S/2020/600");
    assert_eq!(asked, ["state:United States"]);
    assert_eq!(ids(&g, "how did the U.S. vote on S/2020/600"), asked);
    assert_eq!(ids(&g, "how did the United States vote on S/2020/600"), asked);
    // In a text "US" is looked for not at all: it is mostly a currency's
    // ("600 million US dollars", 1302 (2000)).
    let text = "Resolution 1302 (2000)\n\nThe Security Council,\n\nNoting that up to a total of 600 million US dollars and US$ 500,000 may be used,\n";
    let extraction = unxref::Extractor::new().extract_str("x.txt", text);
    assert!(
        extraction
            .links
            .iter()
            .all(|l| l.target.id != "state:United States"),
        "{:?}",
        extraction.links
    );
}

#[test]
fn a_mistyped_name_is_offered_its_near_names_first() {
    // A swap of two letters is one edit: "UNMSI" was offered UNAMI,
    // UNAMSIL, UNCI, UNMA and UNMAS (two edits each), not UNMIS.
    let Some(g) = sc_corpus_graph() else { return };
    let e = error_of(g, "which resolutions mention UNMSI");
    assert!(e.contains("did you mean actor:UNMIS,"), "{e}");
    // A name of two letters is offered only names one edit away: "the XY"
    // was offered ARS, CIS, CSA, DFS and DOS.
    let e = error_of(g, "which resolutions mention the XY");
    assert!(e.contains("nor one near it"), "{e}");
}
