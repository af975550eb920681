//! Questions of audit 14, asked as a researcher types them: a list joined
//! by "and" each time, vetoes asked of a subject, a vote asked as "how many
//! votes", "cited by any resolution", "which report is most cited", a
//! mistyped "resolution", a British spelling, and the Security Council
//! itself, which was read as Chapter V of the Charter (titled "The Security
//! Council") and answered "0". Asked of the graph of the sc-resolutions
//! corpus (skipped where it is not there).

use crate::common::{answer_ids as ids, count, error_of, formal, notes, sc_corpus_graph};

#[test]
fn a_list_joined_by_and_each_time_is_all_of_its_names() {
    // S-RES-1889(2009).txt, line 10: "… of resolutions 1325 (2000), 1612
    // (2005), 1674 (2006), 1820 (2008), 1882 (2009), 1888 (2009) …": it
    // cites all three.
    let Some(g) = sc_corpus_graph() else { return };
    let with_commas = ids(g, "which resolutions cite 1325, 1820 and 1888");
    assert!(
        with_commas.contains(&"S/RES/1889 (2009)".to_string()),
        "{with_commas:?}"
    );
    for q in [
        "which resolutions cite 1325 and 1820 and 1888",
        "what cites 1325 and 1820 and 1888",
    ] {
        let found = ids(g, q);
        // Each of the three, not any of them: the same answer as the list
        // written with commas, and fewer than cite two of them.
        assert_eq!(found, with_commas, "{q}");
    }
    assert!(with_commas.len() < ids(g, "which resolutions cite 1325 and 1820").len());
    let either = ids(g, "which resolutions cite 1325 or 1820 or 1888");
    assert_eq!(either, ids(g, "which resolutions cite 1325, 1820 or 1888"));
    // A name that holds "and" is still one name where the graph knows it.
    assert!(
        formal(g, "which resolutions mention Bosnia and Herzegovina and Croatia").contains("Herzegovina")
    );
}

#[test]
fn vetoes_are_asked_of_a_subject_and_absence_reads_as_absence() {
    // The corpus holds adopted resolutions: no vetoed draft is recorded,
    // and the answers say so instead of refusing the question.
    let Some(g) = sc_corpus_graph() else { return };
    assert_eq!(
        formal(g, "which resolutions on Iraq were vetoed"),
        "all draft_resolutions where mentions \"state:Iraq\" and vetoed"
    );
    assert_eq!(
        formal(g, "which states vetoed draft resolutions on Syria"),
        "(all draft_resolutions where mentions \"state:Syrian Arab Republic\" and vetoed) <- voted where position = \"against\" and permanent = \"true\""
    );
    for q in [
        "which resolutions on Iraq were vetoed",
        "was any resolution on syria vetoed",
        "which states vetoed draft resolutions on syria",
        "did russia veto anything",
        "did china ever veto a resolution on syria",
    ] {
        assert!(ids(g, q).is_empty(), "{q}");
        assert!(
            notes(g, q).iter().any(|n| n.contains("no vetoed drafts")),
            "{q}: {:?}",
            notes(g, q)
        );
    }
    let empty = g.query("did russia veto anything").unwrap();
    assert_eq!(
        empty.empty_note(),
        Some("no veto by state:Russian Federation is recorded")
    );
}

#[test]
fn how_many_votes_asks_for_the_vote_and_says_when_none_is_recorded() {
    // S-RES-1973(2011).txt gives no vote; S-RES-242(1967).txt was adopted
    // unanimously, with no state named.
    let Some(g) = sc_corpus_graph() else { return };
    for q in ["how many votes did 1973 get", "how many votes were cast on 1973"] {
        assert_eq!(formal(g, q), "\"S/RES/1973 (2011)\" <- voted", "{q}");
        let t = g.query(q).unwrap();
        assert_eq!(
            t.empty_note(),
            Some("no vote is recorded for S/RES/1973 (2011) in this corpus")
        );
    }
    let t = g.query("how many votes did 242 get").unwrap();
    assert!(
        t.empty_note().unwrap_or_default().contains("adopted unanimously"),
        "{:?}",
        t.empty_note()
    );
}

#[test]
fn cited_by_any_resolution_is_what_cites_it() {
    let Some(g) = sc_corpus_graph() else { return };
    // S-RES-1366(2001).txt, line 10: "Recalling its resolutions … 1325
    // (2000) …".
    for q in [
        "has 1325 been cited by any resolution",
        "is 1325 cited by other resolutions",
    ] {
        assert_eq!(ids(g, q), ids(g, "which resolutions cite 1325"), "{q}");
    }
    // 2231 (2015) is cited by nothing the corpus holds (it ends in 2015).
    let t = g.query("is 2231 cited by any resolution?").unwrap();
    assert!(t.is_empty());
    assert_eq!(
        t.empty_note(),
        Some("with kind = \"resolution\": no resolution in the graph cites S/RES/2231 (2015)")
    );
    // A document after `in` is still the citing text.
    assert_eq!(ids(g, "is 242 cited in resolution 338"), ["S/RES/242 (1967)"]);
}

#[test]
fn which_report_is_most_cited_ranks_reports() {
    let Some(g) = sc_corpus_graph() else { return };
    assert_eq!(ids(g, "which report is most cited"), ids(g, "most cited reports"));
    assert_eq!(
        ids(g, "which resolution is the most cited")
            .first()
            .map(String::as_str),
        Some("S/RES/1325 (2000)")
    );
    assert_eq!(
        ids(g, "top 5 cited resolutions"),
        ids(g, "top 5 most cited resolutions")
    );
    assert_eq!(ids(g, "top 5 cited resolutions").len(), 5);
    // Without `top`, `cited resolutions` stays the resolutions cited.
    assert_eq!(formal(g, "cited resolutions"), "all resolutions <- cites");
}

#[test]
fn how_many_times_a_state_vetoed_is_a_count_with_the_record_said() {
    let Some(g) = sc_corpus_graph() else { return };
    assert_eq!(
        formal(g, "how many times has russia vetoed"),
        "\"state:Russian Federation\" -> voted where vetoed and position = \"against\" | count"
    );
    assert_eq!(count(g, "how many times has russia vetoed"), 0);
    assert!(
        notes(g, "how many times has russia vetoed")
            .iter()
            .any(|n| n.contains("no vetoed drafts"))
    );
}

#[test]
fn a_mistyped_resolution_gets_a_did_you_mean() {
    let Some(g) = sc_corpus_graph() else { return };
    for (q, at) in [
        ("what does resolutoin 2531 cite", "resolutoin"),
        ("what cites resolutin 1325", "resolutin"),
    ] {
        let e = error_of(g, q);
        assert!(
            e.contains(&format!("found \"{at}\"; did you mean \"resolution\"?")),
            "{q}: {e}"
        );
    }
    // A plural is no typo: `resolutions 1325` reads as the resolution.
    assert_eq!(ids(g, "what cites resolutions 1325"), ids(g, "what cites 1325"));
}

#[test]
fn a_british_spelling_names_the_organization() {
    // S-RES-199(1964).txt, line 36: "the resolution of the Organization of
    // African Unity dated 10 September 1964".
    let Some(g) = sc_corpus_graph() else { return };
    let american = ids(g, "which resolutions mention the Organization of African Unity");
    assert!(american.contains(&"S/RES/199 (1964)".to_string()));
    assert_eq!(
        ids(g, "which resolutions mention the organisation of african unity"),
        american
    );
    assert_eq!(
        ids(
            g,
            "which resolutions mention the organisation for security and co-operation in europe"
        ),
        ids(g, "which resolutions mention the OSCE")
    );
}

#[test]
fn the_security_council_is_no_node_and_never_answers_none() {
    // S-RES-1325(2000).txt, line 9: "The Security Council," — every
    // resolution opens so; the name was read as Chapter V of the Charter
    // (titled "The Security Council"), which no text mentions: "0".
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "how many resolutions mention the security council",
        "which resolutions mention the UN Security Council",
        "what mentions UNSC",
    ] {
        let e = error_of(g, q);
        assert!(
            e.contains("the Security Council is not a node: it adopts every resolution"),
            "{q}: {e}"
        );
    }
    // The chapter is still named by its number, and the organs that are
    // nodes by their names.
    assert!(!ids(g, "what cites chapter v").is_empty());
    assert!(count(g, "how many documents mention the general assembly") > 0);
    assert_eq!(ids(g, "show the general assembly"), ["actor:General Assembly"]);
}

#[test]
fn and_were_adopted_before_a_time_is_the_time() {
    // S-RES-2100(2013).txt, line 10, names Mali; it is of 2013.
    let Some(g) = sc_corpus_graph() else { return };
    let found = ids(g, "which resolutions mention Mali and were adopted in 2013");
    assert!(found.contains(&"S/RES/2100 (2013)".to_string()), "{found:?}");
    assert_eq!(found, ids(g, "which resolutions mention Mali in 2013"));
    assert_eq!(
        formal(
            g,
            "which resolutions cite resolution 678 and were adopted in 1990"
        ),
        "\"S/RES/678 (1990)\" <- cites where kind = \"resolutions\" and year = 1990"
    );
    // Not a time: the words stay, and the name is refused as it was.
    assert!(error_of(g, "resolutions on haiti and were adopted").contains("haiti and"));
}

/// Which bodies are active now is no fact of a corpus whose texts stop at a
/// date: asked of a set, the question gets the reason and the questions
/// that are answered (of one body, its latest recorded decision), never a
/// parse error about "cited" or a list read as if complete.
#[test]
fn which_bodies_are_active_now_is_refused_with_what_is_answered() {
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "which missions are still active",
        "which missions are active",
        "which panels are currently active",
        "which missions are still deployed",
    ] {
        let message = error_of(g, q);
        assert!(
            message.contains("is not in the graph") && message.contains("is UNMISS still active"),
            "{q}: {message}"
        );
    }
    // Of one body, the latest recorded decision is still the answer.
    assert!(!ids(g, "is UNMISS still active").is_empty());
}
