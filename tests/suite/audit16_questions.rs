//! Questions of audit 16, asked as a researcher types them: what preceded a
//! renamed mission (MONUSCO, named by 1925 (2010) in place of MONUC), a
//! name's possessive before a kind (`Mali's resolutions`, `the Council's
//! resolutions on Haiti`), a tally in shorthand (`13-0-2`, `14 to 0 with 1
//! abstention`), the states ranked by their recorded votes (`which
//! countries abstained most`), the year that cited a resolution most, a
//! count of vetoes where no vetoed draft is held, and the end of a body no
//! text records. Asked of the graph of the sc-resolutions corpus (skipped
//! where it is not there).

use crate::common::{answer_ids as ids, count, error_of, formal, notes, sc_corpus_graph};

#[test]
fn what_preceded_a_body_follows_a_renaming() {
    // S-RES-1925(2010).txt, line 34: "… the United Nations mission in that
    // country, MONUC, shall, as from 1 July 2010, bear the title of the
    // United Nations Organization Stabilization Mission in the Democratic
    // Republic of the Congo (MONUSCO)".
    let Some(g) = sc_corpus_graph() else { return };
    // The body renamed, MONUC, with the renaming as its evidence (audit 17:
    // audit 16 answered the resolution).
    for q in [
        "what preceded MONUSCO",
        "what came before MONUSCO",
        "which mission did MONUSCO replace",
        "the predecessor of MONUSCO",
    ] {
        assert_eq!(ids(g, q), ["actor:MONUC"], "{q}");
    }
    let csv = g.query("what preceded MONUSCO").unwrap().to_csv();
    assert!(
        csv.contains("renames MONUC") && csv.contains("S-RES-1925(2010).txt"),
        "{csv}"
    );
    // S-RES-1270(1999).txt ends UNOMSIL and establishes UNAMSIL: still the
    // body itself.
    assert_eq!(ids(g, "predecessor of UNAMSIL"), ["actor:UNOMSIL"]);
    // S-RES-983(1995).txt gives UNPROFOR in the former Yugoslav Republic of
    // Macedonia the name UNPREDEP.
    assert!(ids(g, "what preceded UNPREDEP").contains(&"actor:UNPROFOR".to_string()));
    // A body with neither: the empty answer names both ways it is recorded.
    let e = g.query("what preceded UNMISS").unwrap();
    assert!(e.node_ids().is_empty());
}

#[test]
fn a_possessive_before_a_kind_is_the_kind_on_the_name() {
    let Some(g) = sc_corpus_graph() else { return };
    for (asked, plain) in [
        ("Mali's resolutions", "resolutions on Mali"),
        ("Somalia's resolutions in 2013", "resolutions on Somalia in 2013"),
        ("list UNMISS's resolutions", "list resolutions on UNMISS"),
        ("the Council's resolutions on Haiti", "resolutions on Haiti"),
        (
            "the Security Council's resolutions on Liberia",
            "resolutions on Liberia",
        ),
        ("the UNSC's resolutions on Liberia", "resolutions on Liberia"),
    ] {
        let got = ids(g, asked);
        assert!(!got.is_empty(), "{asked}");
        assert_eq!(got, ids(g, plain), "{asked}");
    }
    // S-RES-2093(2013).txt is on Somalia.
    assert!(ids(g, "Somalia's resolutions in 2013").contains(&"S/RES/2093 (2013)".to_string()));
    let said = notes(g, "Mali's resolutions");
    assert!(
        said.iter()
            .any(|n| n.contains("is read as `resolutions on Mali`")),
        "{said:?}"
    );
    let said = notes(g, "the Council's resolutions on Haiti");
    assert!(said.iter().any(|n| n.contains("is dropped")), "{said:?}");
    // A name the graph does not know is still the error about the name, and
    // the phrases that read `'s` themselves are untouched.
    let e = error_of(g, "Zzyzxland's resolutions");
    assert!(!e.contains("resolutions on"), "{e}");
    assert!(formal(g, "UNMISS's mandate").contains("extends_mandate"));
}

#[test]
fn a_tally_in_shorthand_is_the_tally() {
    // S-RES-252(1968).txt: "Adopted at the 1426th meeting by 13 votes to
    // none, with 2 abstentions (Canada and United States of America)."
    // S-RES-228(1966).txt: "… by 14 votes to none, with 1 abstention (New
    // Zealand)."
    let Some(g) = sc_corpus_graph() else { return };
    let long = ids(
        g,
        "which resolutions were adopted by 13 votes to none with 2 abstentions",
    );
    assert!(long.contains(&"S/RES/252 (1968)".to_string()));
    for q in [
        "which resolutions were adopted 13-0-2",
        "resolutions adopted 13-0-2",
        "which resolutions were adopted by 13-0-2",
    ] {
        assert_eq!(ids(g, q), long, "{q}");
    }
    let fourteen = ids(g, "resolutions adopted by 14 votes to none with 1 abstention");
    assert!(fourteen.contains(&"S/RES/228 (1966)".to_string()));
    for q in [
        "adopted 14 to 0 with 1 abstention",
        "resolutions adopted 14-0-1",
        "which resolutions were adopted 14 to 0 with 1 abstention",
    ] {
        assert_eq!(ids(g, q), fourteen, "{q}");
    }
    assert_eq!(
        formal(g, "resolutions adopted 15-0"),
        "all resolutions where in_favour = 15 and against = 0"
    );
    // A year after the tally is the year; an unrecorded tally is unknown,
    // not none (S/RES/1973 (2011) was adopted 10-0-5; the corpus text has no
    // vote line).
    let q = "which resolutions were adopted 10-0-5 in 2011";
    assert_eq!(
        formal(g, q),
        "all resolutions where in_favour = 10 and against = 0 and abstentions = 5 and year = 2011"
    );
    assert!(notes(g, q).iter().any(|n| n.contains("unknown, not none")));
}

#[test]
fn the_states_that_abstained_most_are_ranked_by_their_recorded_votes() {
    let Some(g) = sc_corpus_graph() else { return };
    for (q, position) in [
        ("which countries abstained most", "abstention"),
        ("who abstained most often", "abstention"),
        ("which country voted against most", "against"),
    ] {
        let csv = g.query(q).unwrap().to_csv();
        let rows: Vec<(String, u64)> = csv
            .lines()
            .skip(1)
            .map(|l| {
                let cells: Vec<&str> = l.split(',').collect();
                (cells[0].to_string(), cells[cells.len() - 1].parse().unwrap())
            })
            .collect();
        assert_eq!(rows.len(), 10, "{q}: {csv}");
        for w in rows.windows(2) {
            assert!(w[0].1 >= w[1].1, "{q}: {csv}");
        }
        // Each number is the state's recorded votes in that position.
        for (id, n) in &rows[..3] {
            let each = count(
                g,
                &format!("\"{id}\" -> voted where position = \"{position}\" | count"),
            );
            assert_eq!(each, *n, "{q}: {id}");
        }
        let said = notes(g, q);
        assert!(
            said.iter()
                .any(|n| n.contains("votes are recorded for") && n.contains("not a total")),
            "{q}: {said:?}"
        );
    }
    // S-RES-51(1948).txt: China abstained; it is among the states ranked.
    assert!(ids(g, "which countries abstained most").contains(&"state:China".to_string()));
}

#[test]
fn the_year_that_cited_a_resolution_most_is_the_count_by_year() {
    let Some(g) = sc_corpus_graph() else { return };
    for q in ["which year cited 1325 most", "in which year was 1325 cited most"] {
        assert_eq!(
            formal(g, q),
            "\"S/RES/1325 (2000)\" <- cites|mentions | group by year | sort by count desc | limit 5",
            "{q}"
        );
        let csv = g.query(q).unwrap().to_csv();
        let first = csv.lines().nth(1).unwrap();
        let (year, n) = first.split_once(',').unwrap();
        assert_eq!(
            count(g, &format!("what cites 1325 in {year} | count")),
            n.parse::<u64>().unwrap(),
            "{csv}"
        );
    }
    // An actor is named, not cited: the texts naming it, by year.
    // S-RES-2085(2012).txt names Mali.
    let q = "in which year was Mali mentioned most";
    assert_eq!(
        formal(g, q),
        "\"state:Mali\" <- cites|mentions | group by year | sort by count desc | limit 5"
    );
    let csv = g.query(q).unwrap().to_csv();
    let (year, n) = csv.lines().nth(1).unwrap().split_once(',').unwrap();
    assert_eq!(
        count(
            g,
            &format!("\"state:Mali\" <- mentions where year = {year} | count")
        ),
        n.parse::<u64>().unwrap(),
        "{csv}"
    );
    // A phrase that counts, then `by year`: the count in each year.
    assert_eq!(
        formal(g, "how many citations did 1325 get by year"),
        "\"S/RES/1325 (2000)\" <- cites | group by year"
    );
}

#[test]
fn a_count_of_vetoes_without_vetoed_drafts_says_it_is_no_zero() {
    // The corpus holds adopted resolutions; no draft that failed.
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "how many vetoes did the United States cast",
        "how many times did Russia veto",
    ] {
        let said = notes(g, q);
        assert!(
            said.iter()
                .any(|n| n.contains("no vetoed drafts") && n.contains("says nothing of the vetoes cast")),
            "{q}: {said:?}"
        );
    }
}

#[test]
fn an_end_no_text_records_is_not_never() {
    // UNAMSIL's last extension in the corpus (S-RES-1610(2005).txt) runs to
    // 31 December 2005; no text held terminates it.
    let Some(g) = sc_corpus_graph() else { return };
    for q in ["when was UNAMSIL terminated", "when did UNAMSIL end"] {
        let t = g.query(q).unwrap();
        assert!(t.node_ids().is_empty(), "{q}");
        let text = t.to_text();
        assert!(
            text.contains("no end of actor:UNAMSIL is recorded"),
            "{q}: {text}"
        );
        assert!(text.contains("says nothing of whether it ended"), "{q}: {text}");
        assert!(!text.contains("never"), "{q}: {text}");
    }
    // S-RES-1270(1999).txt, line 42, ends UNOMSIL.
    assert_eq!(ids(g, "when was UNOMSIL terminated"), ["S/RES/1270 (1999)"]);
}

#[test]
fn what_cites_an_actor_says_that_texts_name_it() {
    // S-RES-1970(2011).txt refers the situation in Libya to the
    // International Criminal Court: the ICC is named, never cited (a text
    // cites documents).
    let Some(g) = sc_corpus_graph() else { return };
    let named = ids(g, "which resolutions mention the ICC");
    assert!(named.contains(&"S/RES/1970 (2011)".to_string()));
    for q in [
        "which resolutions refer to the ICC",
        "resolutions referring to the International Criminal Court",
        "what cites UNMIK",
    ] {
        let t = g.query(q).unwrap();
        assert!(t.node_ids().is_empty(), "{q}");
        let text = t.to_text();
        assert!(
            text.contains("is no document, so no text cites it") && text.contains("<- mentions` lists"),
            "{q}: {text}"
        );
        assert!(!text.contains("nothing in the graph cites"), "{q}: {text}");
    }
}

#[test]
fn what_authorized_a_body_includes_an_establishment_it_authorized() {
    // S-RES-1769(2007).txt, line 36: "1. Decides, … to authorise and mandate
    // the establishment, for an initial period of 12 months, of an AU/UN
    // Hybrid operation in Darfur (UNAMID)": read as establishes, relation
    // "authorizes the establishment"; "nothing authorizes UNAMID" was wrong.
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "which resolutions authorised UNAMID",
        "which resolution authorized the deployment of UNAMID",
    ] {
        assert!(ids(g, q).contains(&"S/RES/1769 (2007)".to_string()), "{q}");
    }
    let csv = g.query("which resolutions authorised UNAMID").unwrap().to_csv();
    assert!(csv.contains("authorizes the establishment"), "{csv}");
}
