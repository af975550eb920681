//! Researchers' wordings of audit 12: a bare year after `in` (`mentioned in
//! 1973`, which is also a resolution's number), the documents a text
//! "mentions" (it cites them), the mandates that expired in a year, lists
//! of three names, what a text "says about" a name, which of two texts
//! cites a document "more" (refused: the graph does not count it), the
//! latest resolution on a state, and counts "each year". Asked of the graph
//! of the sc-resolutions corpus (skipped where it is not there); the line
//! quoted beside an assertion is the one that makes it right.

use crate::common::{answer_ids as ids, error_of, formal, notes, sc_corpus_graph};

#[test]
fn in_a_year_is_the_year_and_the_answer_says_how_to_ask_for_the_resolution() {
    // The same words read the year in one question and resolution 1973 in
    // another: "mentioned in 1973" was S/RES/1973 (2011), "what was
    // mentioned in 1973" the texts of 1973. Both are the year now.
    let Some(g) = sc_corpus_graph() else { return };
    assert_eq!(
        formal(g, "mentioned in 1973"),
        formal(g, "what was mentioned in 1973")
    );
    assert_eq!(
        formal(g, "mentioned in 1973"),
        "(all documents where year = 1973) -> mentions"
    );
    // S-RES-336(1973).txt, line 5: "Having examined the application of the
    // Commonwealth of the Bahamas for admission to membership".
    let of_1973 = ids(g, "which states are mentioned in 1973");
    assert!(of_1973.contains(&"state:Bahamas".to_string()), "{of_1973:?}");
    assert!(!of_1973.contains(&"state:Libya".to_string()), "{of_1973:?}");
    let said = notes(g, "which states are mentioned in 1973");
    assert!(
        said.iter().any(|n| n.contains("is read as the year 1973")
            && n.contains("`which states are mentioned in resolution 1973`")),
        "{said:?}"
    );
    // The document, said as one: resolution 1973 (2011) is about Libya.
    let in_text = ids(g, "which states are mentioned in resolution 1973");
    assert!(in_text.contains(&"state:Libya".to_string()), "{in_text:?}");
    assert!(!in_text.contains(&"state:Bahamas".to_string()), "{in_text:?}");
    assert!(
        !notes(g, "which states are mentioned in resolution 1973")
            .iter()
            .any(|n| n.contains("read as the year")),
    );
    // The same for citations: "documents cited in 2010" was resolution
    // 2010 (2011), "which reports were cited in 2015" the year.
    assert_eq!(
        formal(g, "documents cited in 2010"),
        "(all documents where year = 2010) -> cites where kind = \"documents\""
    );
    // No text is of 2100 yet: that is resolution 2100 (2013).
    assert_eq!(
        formal(g, "resolutions cited in 2100"),
        "\"S/RES/2100 (2013)\" -> cites where kind = \"resolutions\""
    );
}

#[test]
fn the_documents_a_text_mentions_are_those_it_cites() {
    // "resolutions mentioned in resolution 1973" walked `mentions` edges,
    // which lead to no document, and answered "S/RES/1973 (2011) mentions
    // nothing recorded". S-RES-1973(2011).txt, line 10: "Recalling its
    // resolution 1970 (2011) of 26 February 2011".
    let Some(g) = sc_corpus_graph() else { return };
    let cited = ids(g, "which resolutions does 1973 cite");
    assert!(cited.contains(&"S/RES/1970 (2011)".to_string()), "{cited:?}");
    for q in [
        "resolutions mentioned in resolution 1973",
        "what resolutions does resolution 1973 mention",
        "which resolutions are mentioned in S/RES/1973 (2011)",
    ] {
        assert_eq!(ids(g, q), cited, "{q}");
    }
    // Anything else a text mentions is named, as before.
    assert_eq!(
        formal(g, "what states does 2098 mention"),
        "\"S/RES/2098 (2013)\" -> mentions where kind = \"states\""
    );
}

#[test]
fn a_mandate_expired_when_no_later_end_or_decision_is_recorded() {
    // Every body whose mandate a resolution set to run to a date in 2015
    // (27 of them) is no answer: MINUSTAH's ran to 15 October 2015 and
    // S-RES-2243(2015).txt, line 53, "Decides to extend the mandate of
    // MINUSTAH … until 15 October 2016". BINUCA's was last extended by
    // S-RES-2134(2014).txt, line 46: "Decides to extend the mandate of
    // BINUCA until 31 January 2015", and nothing later is recorded.
    let Some(g) = sc_corpus_graph() else { return };
    let set_to_end = ids(
        g,
        "(all resolutions) -> establishes|authorizes|extends_mandate where end_date >= 2015-01-01 and end_date <= 2015-12-31",
    );
    assert!(
        set_to_end.contains(&"actor:MINUSTAH".to_string()),
        "{set_to_end:?}"
    );
    let expired = ids(g, "which mandates expired in 2015");
    assert!(expired.contains(&"actor:BINUCA".to_string()), "{expired:?}");
    assert!(!expired.contains(&"actor:MINUSTAH".to_string()), "{expired:?}");
    assert!(expired.len() < set_to_end.len());
    for q in [
        "what expired in 2015",
        "which mandates ran out in 2015",
        "which mandates were due to expire in 2015",
    ] {
        assert_eq!(ids(g, q), expired, "{q}");
    }
    assert!(
        notes(g, "what expired in 2015")
            .iter()
            .any(|n| n.contains("latest recorded mandate")),
    );
    // A time with no end is refused (see `in_which_year_asks_when`).
}

#[test]
fn a_list_of_names_is_each_of_them() {
    // "MINUSMA, France and Mali" was one name ("no node of that name").
    // S-RES-2100(2013).txt, line 120: "Authorizes French troops … from the
    // commencement of the activities of MINUSMA".
    let Some(g) = sc_corpus_graph() else { return };
    let all_three = ids(
        g,
        "(\"MINUSMA\" <- mentions intersect Mali <- mentions intersect France <- mentions) where kind = resolution",
    );
    assert!(
        all_three.contains(&"S/RES/2100 (2013)".to_string()),
        "{all_three:?}"
    );
    for q in [
        "resolutions that mention both MINUSMA, France and Mali",
        "which resolutions mention France, Mali and MINUSMA",
        "which resolutions mention France, Mali, and MINUSMA?",
    ] {
        let mut got = ids(g, q);
        got.sort();
        let mut want = all_three.clone();
        want.sort();
        assert_eq!(got, want, "{q}");
    }
    // S-RES-1889(2009).txt, line 10: "of resolutions 1325 (2000), 1612
    // (2005), 1674 (2006), 1820 (2008), 1882 (2009), 1888 (2009)".
    let cite_all = ids(
        g,
        "(1325 <- cites intersect 1820 <- cites intersect 1888 <- cites) where kind = resolution and year >= 2009",
    );
    assert!(
        cite_all.contains(&"S/RES/1889 (2009)".to_string()),
        "{cite_all:?}"
    );
    let mut got = ids(g, "which resolutions cite 1325, 1820 and 1888 since 2009");
    got.sort();
    let mut want = cite_all.clone();
    want.sort();
    assert_eq!(got, want);
    assert!(
        notes(g, "which resolutions cite 1325, 1820 and 1888 since 2009")
            .iter()
            .any(|n| n.contains("1325, 1820 and 1888")),
    );
    // `or`: any of them.
    let mut any = ids(g, "what cites 1325, 1820 or 1888");
    any.sort();
    let mut union = ids(g, "1325 <- cites union 1820 <- cites union 1888 <- cites");
    union.sort();
    assert_eq!(any, union);
}

#[test]
fn what_a_text_says_about_a_name_is_where_it_names_it() {
    // The text is not read for what it says; the answer is the place it
    // names MONUSCO, and says so.
    let Some(g) = sc_corpus_graph() else { return };
    let q = "what does resolution 2098 say about MONUSCO";
    assert_eq!(ids(g, q), ["actor:MONUSCO"]);
    assert_eq!(ids(g, q), ids(g, "does 2098 mention MONUSCO"));
    assert!(
        notes(g, q).iter().any(|n| n.contains("not what it says")),
        "{:?}",
        notes(g, q)
    );
    // A name the text does not hold: an empty answer that says so.
    let t = g
        .query("what does resolution 1325 say about MONUSCO")
        .expect("runs");
    assert!(t.node_ids().is_empty());
    assert!(
        t.empty_note()
            .unwrap_or_default()
            .contains("no mention of MONUSCO is recorded in the text of S/RES/1325 (2000)"),
        "{:?}",
        t.empty_note()
    );
}

#[test]
fn which_text_cites_a_document_more_is_not_recorded() {
    // A text's citations of a document are one edge; "more" is no count the
    // graph holds, and a guess would be the worst answer.
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "which cites 1820 more, 1888 or 1889",
        "which of 1888 and 1889 cites resolution 1820 most",
        "does 1888 mention Mali more often than 1889",
    ] {
        let e = error_of(g, q);
        assert!(e.contains("not how many times"), "{q}: {e}");
    }
    // Which of two documents more texts cite is recorded.
    assert_eq!(ids(g, "is 1325 cited more than 1820")[0], "S/RES/1325 (2000)");
}

#[test]
fn the_latest_resolution_on_a_state_and_counts_each_year() {
    let Some(g) = sc_corpus_graph() else { return };
    // S/RES/2243 (2015) of 14 October 2015 extends MINUSTAH (in Haiti).
    let latest = ids(g, "the latest resolution on Haiti");
    assert_eq!(
        latest,
        ids(
            g,
            "all resolutions where mentions Haiti | sort by date desc | limit 1"
        )
    );
    assert_eq!(latest, ["S/RES/2243 (2015)"]);
    assert_eq!(ids(g, "most recent resolution about Haiti"), latest);
    // "each year" groups as "per year" does.
    assert_eq!(
        formal(g, "how many resolutions cited resolution 1325 each year"),
        formal(g, "how many resolutions cited resolution 1325 per year")
    );
}

#[test]
fn in_which_year_asks_when() {
    // "in which year was UNAMID established" was a syntax error at
    // "which". S-RES-1769(2007).txt, S/RES/1769 (2007) of 31 July 2007
    // authorizes the establishment of UNAMID.
    let Some(g) = sc_corpus_graph() else { return };
    let when = ids(g, "when was UNAMID established");
    assert_eq!(when, ["S/RES/1769 (2007)"]);
    for q in [
        "in which year was UNAMID established",
        "what year was UNAMID established",
        "In what year was UNAMID established?",
    ] {
        assert_eq!(ids(g, q), when, "{q}");
    }
    assert_eq!(
        formal(g, "what date was resolution 1325 adopted"),
        formal(g, "when was resolution 1325 adopted")
    );
    // A year asked for its rank is a count, not a date.
    assert_eq!(
        formal(g, "in which year were the most resolutions adopted"),
        formal(g, "which year had the most resolutions")
    );
    let e = error_of(g, "which mandates expired since 2010");
    assert!(e.contains("a time with an end"), "{e}");
}

/// "DR Congo" is how a question may name the Democratic Republic of the
/// Congo (it was "no node of that name, nor one near it"); no resolution
/// of the corpus writes it, so it is a name for questions only, never looked
/// for in a text.
#[test]
fn dr_congo_names_the_democratic_republic_of_the_congo_in_a_question() {
    let Some(g) = sc_corpus_graph() else { return };
    let full = ids(
        g,
        "which resolutions adopted in 2013 mention the Democratic Republic of the Congo",
    );
    assert!(full.contains(&"S/RES/2098 (2013)".to_string()), "{full:?}");
    for asked in ["DR Congo", "D.R. Congo"] {
        let q = format!("which resolutions adopted in 2013 mention {asked}");
        assert_eq!(ids(g, &q), full, "{q}");
    }
    let text = "Resolution 1 (2000)\n\nThe Security Council,\n\nRecalling the situation in the DR Congo,\n";
    let extraction = unxref::Extractor::new().extract_str("x.txt", text);
    assert!(
        extraction
            .links
            .iter()
            .all(|l| l.target.id != "state:Democratic Republic of the Congo")
    );
}
