//! Questions of audit 19: the 13 refusals the lead collected, REPL
//! follow-ups, and 92 questions not in the tests before, typed as a
//! researcher, a diplomat's staff member or a journalist would (citations,
//! mandates, votes, actors, documents, counts, typos, abbreviations), asked
//! of the graph of the sc-resolutions corpus, the SG reports and the bundled
//! data; each answer checked against the texts with grep.
//!
//! All 13 known refusals were refused or unhelpful before; each now reads
//! by a general rule, with variants:
//! - votes: `did anyone vote against 242` (`any/a` was required before
//!   `one`), `how many votes against 678`, `how many abstentions on 1973`,
//!   `were there any votes against …`: the states recorded with that vote,
//!   and where no vote is recorded (678, 1973) the note says so, never a
//!   bare 0;
//! - `how long is UNMISS mandated`: the `until when` phrases with `(for)
//!   how long`;
//! - `when was MONUC renamed`, `what was UNPROFOR renamed to`, `what was
//!   MONUSCO called before`: the `renamed_from` record (1925 (2010) "shall
//!   … bear the title of … (MONUSCO)");
//! - `which resolution cites the most other resolutions`: `top by
//!   references`, with a reading that the count is of every kind cited;
//! - `what resolutions were passed about Rwanda in 1994`: the subject after
//!   the verb (10 texts of 1994 name Rwanda);
//! - `which peacekeeping operations were established under chapter VII`,
//!   `which forces were authorized under chapter VII in 2013`: what the
//!   resolutions acting under the chapter establish or authorize;
//! - `when did the council first mention Darfur`: its resolutions, the
//!   earliest (1547 (2004));
//! - `common citations of 1325 and 1820`: what both cite (A/52/231,
//!   A/S-23/10/Rev.1);
//! - `which forces did the council authorize in 2013`: deployments and
//!   authorizations of all necessary means by the resolutions of 2013;
//! - `number of resolutions by year in the 1990s`: a grouping before a
//!   time; `resolutions 2000-2005 citing 1244`: a range of years needs no
//!   preposition;
//! - `what mentions Zaire`: the answer was right (one node for the DRC
//!   under all its names) but silent; a former name now has a note with
//!   the years its evidence lines write it (1995–1998, 8 texts, as grep).
//!
//! Of the 92 other new questions, 85 were right (among them the errors for
//! `whcih resolutions cite 1325` and `wat cites 2250`, which suggest the
//! question word, and for `when did the council first mention Ebola`, a
//! topic that is no node, which says how to search the texts); 5 were
//! refused though answerable (`how many res on Sudan in 2005`, `what is
//! cited together with 1325 most often`, fixed; `resolutons on mali`,
//! `reso 1325 cited by what`, `who voted agianst 2334`, left); 2 were answered
//! without a note that was due (the former names `Burma`, `Kampuchea`, as
//! `Zaire`); none was answered wrongly. REPL follow-ups (`how many`,
//! `which of them were adopted unanimously`, `only those after 2010`, `and
//! 1820?`, `draw it`) were refused; the session now keeps its last answer
//! (`CitationGraph::answered`) and `CitationGraph::follow_up` rewrites a
//! follow-up over it.
//!
//! Left as they are: `who voted agianst 2334` (a mistyped verb inside a
//! question gets a poor error: "expected the end of the question"),
//! `resolutons on mali` ("no node of that name": a mistyped kind read
//! silently as `resolutions` also took the formal `all resolutoins`, whose
//! error suggests the kind, so it was not kept), `reso
//! 1325 cited by what`, and `what are the latest resolutions on Haiti`
//! (one row: `latest` takes one unless a number is said).

use crate::common::{answer_ids as ids, count, formal, notes, sc_corpus_graph};

/// The empty note of a question whose answer is empty.
fn empty_note(g: &unxref::CitationGraph, q: &str) -> String {
    let t = g.query(q).unwrap_or_else(|e| panic!("{q}: {e}"));
    assert!(t.is_empty(), "{q}: {}", t.to_csv());
    t.empty_note().unwrap_or_default().to_string()
}

/// 242 (1967): "Adopted unanimously at the 1382nd meeting."; 678 (1990)
/// and 1973 (2011) hold no vote line in the corpus.
#[test]
fn votes_asked_of_anyone_and_counted_by_position() {
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "did anyone vote against 242",
        "did anybody vote against 242?",
        "has someone voted against resolution 242",
        "were there any votes against 242",
        "did 242 get any votes against",
    ] {
        assert!(
            empty_note(g, q).starts_with("no state voted against S/RES/242 (1967)"),
            "{q}"
        );
    }
    for q in [
        "how many votes against 678",
        "how many no votes on 678",
        "how many votes in favour of 678",
        "how many abstentions on 678",
        "how many votes against did 678 get",
    ] {
        // No count (a 0 would read as "none"): the answer is empty and says why.
        assert_eq!(
            empty_note(g, q),
            "no vote is recorded for S/RES/678 (1990) in this corpus",
            "{q}"
        );
    }
    assert_eq!(
        formal(g, "how many votes against 678"),
        "\"S/RES/678 (1990)\" <- voted where position = \"against\" | count"
    );
    assert!(
        empty_note(g, "did anybody abstain on 1973").contains("no vote is recorded for S/RES/1973 (2011)")
    );
}

/// 2252 (2015) extends UNMISS "until 31 July 2016", the latest decision on
/// it the corpus holds.
#[test]
fn how_long_a_mandate_runs_reads_as_until_when() {
    let Some(g) = sc_corpus_graph() else { return };
    let until = formal(g, "until when is UNMISS mandated");
    for q in [
        "how long is UNMISS mandated",
        "for how long is UNMISS mandated?",
        "how long is the mandate of UNMISS valid",
        "how long is UNMISS's mandate",
    ] {
        assert_eq!(formal(g, q), until, "{q}");
        assert_eq!(ids(g, q), ["S/RES/2252 (2015)"], "{q}");
    }
}

/// 1925 (2010): "… shall, as from 1 July 2010, bear the title of the
/// United Nations Organization Stabilization Mission in the Democratic
/// Republic of the Congo (MONUSCO)".
#[test]
fn renamings_are_asked_by_either_name() {
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "when was MONUC renamed",
        "when did MONUC change its name",
        "when was MONUSCO renamed?",
        "which resolution renamed MONUC",
    ] {
        assert_eq!(ids(g, q), ["S/RES/1925 (2010)"], "{q}");
    }
    assert_eq!(ids(g, "what was MONUC renamed to"), ["actor:MONUSCO"]);
    assert_eq!(ids(g, "what was MONUSCO called before"), ["actor:MONUC"]);
    assert_eq!(ids(g, "what is the former name of MONUSCO"), ["actor:MONUC"]);
    assert!(empty_note(g, "when was UNMISS renamed").starts_with("no renaming of actor:UNMISS is recorded"));
}

#[test]
fn the_most_references_of_a_kind_say_they_count_every_kind() {
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "which resolution cites the most other resolutions",
        "which resolutions cite the most documents",
        "what resolution referenced the most reports",
    ] {
        assert!(
            formal(g, q).ends_with("| top 10 by references"),
            "{q}: {}",
            formal(g, q)
        );
    }
    assert!(
        notes(g, "which resolution cites the most other resolutions")
            .iter()
            .any(|n| n.starts_with("ranked by `references`: how many documents each cites, of every kind"))
    );
    assert!(
        !notes(g, "which resolutions cite the most documents")
            .iter()
            .any(|n| n.starts_with("ranked by"))
    );
}

/// The 10 resolutions of 1994 that name Rwanda (grep -l Rwanda
/// *(1994).txt): 893, 909, 912, 918, 925, 928, 929, 935, 955, 965.
#[test]
fn the_subject_may_follow_the_verb() {
    let Some(g) = sc_corpus_graph() else { return };
    let want = [893, 909, 912, 918, 925, 928, 929, 935, 955, 965].map(|n| format!("S/RES/{n} (1994)"));
    for q in [
        "what resolutions were passed about Rwanda in 1994",
        "which resolutions were adopted on Rwanda in 1994",
        "resolutions adopted in 1994 concerning Rwanda",
        "what was adopted by the council about Rwanda in 1994",
    ] {
        assert_eq!(ids(g, q), want, "{q}");
    }
}

/// "Acting under Chapter VII of the Charter" stands in 2100 (2013), 1509
/// (2003) and 1270 (1999), which establish MINUSMA, UNMIL and UNAMSIL.
#[test]
fn what_resolutions_under_a_chapter_established_or_authorized() {
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "which peacekeeping operations were established under chapter VII",
        "which missions did the council establish under Chapter VII",
        "what was established under chapter 7",
    ] {
        let got = ids(g, q);
        for id in ["actor:MINUSMA", "actor:UNMIL", "actor:UNAMSIL"] {
            assert!(got.iter().any(|g| g == id), "{q}: {id} in {got:?}");
        }
    }
    // 2100 (2013) "authorizes French forces … to use all necessary means";
    // 2120 (2013) the International Security Assistance Force; the African
    // Union's forces (audit 20): 2093 (2013) AMISOM, 2127 (2013) MISCA.
    assert_eq!(
        ids(g, "which forces were authorized under chapter VII in 2013"),
        ["actor:AMISOM", "actor:French Forces", "actor:ISAF", "actor:MISCA"]
    );
}

/// grep -l Darfur: 1547 (2004) is the earliest of the texts that name it.
#[test]
fn the_first_and_last_mention_by_the_council() {
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "when did the council first mention Darfur",
        "when did the UNSC first mention Darfur?",
        "when was Darfur first mentioned by the security council",
        "the first mention of Darfur",
    ] {
        assert_eq!(ids(g, q), ["S/RES/1547 (2004)"], "{q}");
    }
    assert!(formal(g, "when did the council last mention Darfur").ends_with("| sort by date desc | limit 1"));
    assert_eq!(
        ids(g, "when did the council first cite 1325"),
        ["S/RES/1366 (2001)"]
    );
}

/// Both 1325 (2000) and 1820 (2008) cite A/52/231 and A/S-23/10/Rev.1.
#[test]
fn common_citations_are_what_both_cite() {
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "common citations of 1325 and 1820",
        "the shared references of 1325 and 1820",
        "what do 1325 and 1820 cite in common",
        "what is cited by both 1325 and 1820",
        "citations common to 1325 and 1820",
    ] {
        assert_eq!(ids(g, q), ["A/52/231", "A/S-23/10/Rev.1"], "{q}");
    }
}

/// 2127 (2013) "authorizes the deployment of MISCA"; 2100 (2013) the French
/// forces, 2120 (2013) ISAF, 2093 (2013) AMISOM to take all necessary
/// measures.
#[test]
fn what_the_council_authorized_in_a_year() {
    let Some(g) = sc_corpus_graph() else { return };
    let all = ids(g, "what did the council authorize in 2013");
    for id in ["actor:MISCA", "actor:French Forces", "actor:ISAF", "actor:AMISOM"] {
        assert!(all.iter().any(|a| a == id), "{id} in {all:?}");
    }
    // The African Union's MISCA and AMISOM are forces (audit 20), not
    // missions of the United Nations.
    assert_eq!(
        ids(g, "which forces did the council authorize in 2013"),
        ["actor:AMISOM", "actor:French Forces", "actor:ISAF", "actor:MISCA"]
    );
    let missions = ids(g, "which missions were authorised in 2013");
    assert!(missions.contains(&"actor:MINUSMA".to_string()), "{missions:?}");
    assert!(!missions.contains(&"actor:MISCA".to_string()), "{missions:?}");
}

/// 93 resolution texts of 1993 (ls *(1993).txt); 1345, 1367 and 1371
/// (2001) are the resolutions of 2000–2005 that cite "1244 (1999)".
#[test]
fn years_said_after_a_grouping_or_as_a_range() {
    let Some(g) = sc_corpus_graph() else { return };
    let csv = g
        .query("number of resolutions by year in the 1990s")
        .unwrap()
        .to_csv();
    assert_eq!(csv.lines().count(), 11, "{csv}");
    assert!(csv.contains("1993,93"), "{csv}");
    assert_eq!(
        formal(g, "count of resolutions by year in the 2000s"),
        formal(g, "count of resolutions in the 2000s by year")
    );
    for q in [
        "resolutions 2000-2005 citing 1244",
        "resolutions between 2000 and 2005 citing 1244",
    ] {
        assert_eq!(
            ids(g, q),
            ["S/RES/1345 (2001)", "S/RES/1367 (2001)", "S/RES/1371 (2001)"],
            "{q}"
        );
    }
}

/// grep -l -i zaire: 8 texts of 1995–1998.
#[test]
fn a_former_name_says_its_years() {
    let Some(g) = sc_corpus_graph() else { return };
    let zaire = notes(g, "what mentions Zaire");
    assert!(
        zaire.iter().any(|n| n.starts_with(
            "\"Zaire\" is another name of state:Democratic Republic of the Congo, last written in 1998: one node \
             holds all its names"
        ) && n.contains("are of 1995–1998 (8 texts)")),
        "{zaire:?}"
    );
    // grep -l -i kampuchea: 745 (1992) alone; Cambodia is named up to 1993.
    assert!(
        notes(g, "which resolutions mention Kampuchea")
            .iter()
            .any(|n| n.contains("\"Kampuchea\" is another name of state:Cambodia")
                && n.contains("`… in 1992`"))
    );
    // The name itself, one still written, an acronym (`the UK`: its
    // letters inside "Ukraine" once made it look last written in 2015) and
    // a name for questions only (`the US`) have none.
    for q in [
        "what mentions the Democratic Republic of the Congo",
        "which resolutions mention the United States of America",
        "which resolutions mention the UK",
        "how many times did the US vote against",
    ] {
        assert!(!notes(g, q).iter().any(|n| n.contains("another name")), "{q}");
    }
}

/// 7 resolutions of 2005 name Sudan (grep -l Sudan *(2005).txt).
#[test]
fn abbreviated_kinds_and_a_ranking_said_last() {
    let Some(g) = sc_corpus_graph() else { return };
    assert_eq!(count(g, "how many res on Sudan in 2005"), 7);
    assert_eq!(count(g, "how many resos on Sudan in 2005"), 7);
    assert_eq!(
        formal(g, "what is cited together with 1325 most often"),
        formal(g, "what is most often cited together with 1325")
    );
}

/// Run `unxref repl` over the bundled data with `script` on standard input.
fn repl(script: &str) -> (String, String) {
    let home = tempfile::tempdir().unwrap();
    let out = crate::repl::run(&["repl"], script, home.path());
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Over the bundled data, 1325 is cited by 2531 (2020), 2553 (2020) and a
/// statement annexed to a letter; both resolutions were "adopted
/// unanimously", the statement carries no vote.
#[test]
fn repl_follow_ups_ask_about_the_previous_answer() {
    let dir = tempfile::tempdir().unwrap();
    let drawing = dir.path().join("answer.dot");
    let script = format!(
        "how many\nwhat cites 1325\nhow many\nwhich of them were adopted unanimously\nonly those after 2010\n\
         how many of them?\nand 1820?\ndraw it to {}\n",
        drawing.display()
    );
    let (stdout, stderr) = repl(&script);
    assert!(
        stderr.starts_with("line 1: error: `how many` asks about the previous answer, and there is none yet"),
        "{stderr}"
    );
    for rewritten in [
        "note: read as a question about the previous answer: (1325 <- cites) | count",
        "note: read as a question about the previous answer: (1325 <- cites) where unanimous",
        "note: read as a question about the previous answer: (1325 <- cites where unanimous) where year > 2010",
        "note: read as a question about the previous answer: ((1325 <- cites where unanimous) where year > 2010) | count",
        // `and 1820?` asks the last query again, its count included.
        "note: read as a question about the previous answer: (\"1820\" <- cites where unanimous) where year > 2010 | count",
        "note: read as a question about the previous answer: render ((\"1820\" <- cites where unanimous) where year > 2010) to",
    ] {
        assert!(stderr.contains(rewritten), "{rewritten}\n{stderr}");
    }
    // 3 cite 1325, 2 of them unanimous; 2553 (2020) alone of the bundled
    // texts cites 1820 ("Recalling … 1820 (2008)").
    let lines: Vec<&str> = stdout.lines().collect();
    let counts: Vec<&str> = lines
        .windows(3)
        .filter(|w| w[0] == "count" && w[1].chars().all(|c| c == '-'))
        .map(|w| w[2])
        .collect();
    // The statement has no vote record, and the data holds no text of
    // most years after 2010: the last two counts are lower bounds (audit 21).
    assert_eq!(counts, ["3", "at least 2", "at least 1"], "{stdout}");
    assert!(drawing.exists(), "{stderr}");
}
