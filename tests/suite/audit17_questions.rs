//! Questions of audit 17, asked as a researcher types them: a name whose
//! meaning changed with the date ("the Congo" in 1960 is today's Democratic
//! Republic of the Congo; "Yugoslavia" the SFRY up to 1992 and the FRY from
//! 1993; "the Federal Republic of Germany" West Germany up to 1990), read in
//! the years asked as the extractor reads the texts of those years; the body
//! a mission was renamed from (MONUSCO was MONUC); and wordings no phrase
//! read: `which resolution has the most citations`, `busiest year`,
//! `chapter 7`, `the 90s`, `reso 242`, `which draft became …`, `how many
//! abstentions did France cast`, `what did the council say about …`, `what
//! does 1244 act under`, `how was 1973 adopted`. Asked of the graph of the
//! sc-resolutions corpus (skipped where it is not there).

use crate::common::{answer_ids as ids, count, error_of, formal, notes, sc_corpus_graph};

/// "the Congo" in a question about 1960 is the state the texts of 1960 call
/// so: S-RES-143(1960).txt, line 33, "Calls upon the Government of Belgium
/// to withdraw its troops from the territory of the Republic of the Congo"
/// (Léopoldville). It was read as today's Republic of the Congo, whose only
/// 1960 text is its admission, S-RES-152(1960).txt ("(28) Republic of the
/// Congo, capital Brazzaville.").
#[test]
fn a_dated_name_is_read_in_the_years_asked() {
    let Some(g) = sc_corpus_graph() else { return };
    let drc = "state:Democratic Republic of the Congo";
    let congo_1960 = ids(g, "resolutions on the Congo in 1960");
    assert!(
        congo_1960.contains(&"S/RES/143 (1960)".to_string()),
        "{congo_1960:?}"
    );
    assert!(
        !congo_1960.contains(&"S/RES/152 (1960)".to_string()),
        "{congo_1960:?}"
    );
    assert!(formal(g, "resolutions on the Congo in 1960").contains(drc));
    let said = notes(g, "resolutions on the Congo in 1960");
    assert!(
        said.iter().any(
            |n| n.contains("in 1960 is taken as state:Democratic Republic of the Congo")
                && n.contains("state:Congo from 1966")
        ),
        "{said:?}"
    );
    // A range, in lower case: S-RES-161(1961).txt and S-RES-199(1964).txt
    // are on the Congo crisis.
    let crisis = ids(
        g,
        "what did the council say about the congo between 1960 and 1964",
    );
    for id in ["S/RES/143 (1960)", "S/RES/161 (1961)", "S/RES/199 (1964)"] {
        assert!(crisis.contains(&id.to_string()), "{id} not in {crisis:?}");
    }
    assert!(!crisis.contains(&"S/RES/152 (1960)".to_string()), "{crisis:?}");
    // A node's id is never dated: the Republic of the Congo's 1960 text.
    assert_eq!(
        ids(
            g,
            "all resolutions where mentions \"state:Congo\" and year = 1960"
        ),
        ["S/RES/152 (1960)"]
    );
    // A count says how the name was read, too.
    assert_eq!(count(g, "how many resolutions mention the congo in 1961"), 2);
}

/// "Yugoslavia" is the SFRY up to 1992 (S-RES-713(1991).txt, line 33:
/// "Deeply concerned by the fighting in Yugoslavia") and the FRY from 1993;
/// "the Federal Republic of Germany" of 1973 is West Germany
/// (S-RES-335(1973).txt, line 9: "Recommends to the General Assembly that
/// the Federal Republic of Germany be admitted").
#[test]
fn yugoslavia_and_germany_are_read_by_their_year() {
    let Some(g) = sc_corpus_graph() else { return };
    // A name and a year alone, as typed in a search box.
    assert_eq!(
        ids(g, "Yugoslavia 1991"),
        ["S/RES/713 (1991)", "S/RES/721 (1991)", "S/RES/724 (1991)"]
    );
    assert_eq!(ids(g, "Yugoslavia 1991"), ids(g, "Yugoslavia in 1991"));
    assert!(formal(g, "resolutions on Yugoslavia in 1991").contains("state:Yugoslavia"));
    assert!(formal(g, "resolutions on Yugoslavia in 1993").contains("state:Serbia"));
    let germany = ids(
        g,
        "resolutions mentioning the Federal Republic of Germany in 1973",
    );
    assert_eq!(germany, ["S/RES/335 (1973)"]);
    assert!(
        formal(
            g,
            "resolutions mentioning the Federal Republic of Germany in 1973"
        )
        .contains("state:West Germany")
    );
    // Over years in which it named both, the answer is for both, and the
    // note says which in which years.
    let both = ids(g, "which resolutions mention yugoslavia between 1991 and 1995");
    assert!(both.contains(&"S/RES/713 (1991)".to_string()), "{both:?}");
    assert!(both.contains(&"S/RES/820 (1993)".to_string()), "{both:?}");
    let said = notes(g, "which resolutions mention yugoslavia between 1991 and 1995");
    assert!(
        said.iter()
            .any(|n| n.contains("stands for state:Serbia and state:Yugoslavia")
                && n.contains("state:Yugoslavia up to 1992, state:Serbia from 1993")),
        "{said:?}"
    );
}

/// With no years, a dated name is each of its senses: `what mentions Congo`
/// holds the Congo crisis of 1960 and the "Republic of Congo" that
/// co-chairs the Contact Group on the CAR in S-RES-2217(2015).txt, line 43.
#[test]
fn a_dated_name_without_years_is_all_its_senses() {
    let Some(g) = sc_corpus_graph() else { return };
    let all = ids(g, "what mentions Congo");
    for id in ["S/RES/143 (1960)", "S/RES/2217 (2015)", "S/RES/1925 (2010)"] {
        assert!(all.contains(&id.to_string()), "{id} not in {} rows", all.len());
    }
    let said = notes(g, "what mentions Congo");
    assert!(
        said.iter().any(|n| n.contains("the answer is for all of them")),
        "{said:?}"
    );
    // `mentions X` in a condition is the same union.
    assert_eq!(
        ids(g, "all resolutions where mentions Congo and year = 2015"),
        ids(g, "resolutions on the congo in 2015")
    );
    assert!(ids(g, "all resolutions where mentions Congo").contains(&"S/RES/143 (1960)".to_string()));
    // Where one node is needed, a name of several senses is asked about.
    let e = error_of(g, "path from Congo to 1925");
    assert!(e.contains("give the years"), "{e}");
}

/// "Palestine" is the State of Palestine only from 1988 (its `from` in the
/// dictionary); the texts' Palestine before is the Mandate's territory, not
/// read as any node: a question about 1948 is told so, never answered "no
/// resolution".
#[test]
fn a_name_asked_before_it_was_given_is_not_recorded() {
    let Some(g) = sc_corpus_graph() else { return };
    let e = error_of(g, "resolutions mentioning Palestine in 1948");
    assert!(e.contains("names no node") && e.contains("from 1988"), "{e}");
    assert!(e.contains("not recorded"), "{e}");
    // From 2000 it is the State: 1397 (2002), "two States, Israel and
    // Palestine".
    assert!(ids(g, "resolutions mentioning Palestine since 2000").contains(&"S/RES/1397 (2002)".to_string()));
}

/// 1925 (2010), S-RES-1925(2010).txt line 34: "MONUC, shall, as from 1 July
/// 2010, bear the title of the United Nations Organization Stabilization
/// Mission in the Democratic Republic of the Congo (MONUSCO)": what preceded
/// MONUSCO is MONUC, with that line as evidence (audit 16 answered the
/// resolution).
#[test]
fn what_preceded_a_renamed_body_is_the_body() {
    let Some(g) = sc_corpus_graph() else { return };
    for q in [
        "what preceded MONUSCO",
        "MONUSCO's predecessor",
        "which mission did MONUSCO replace",
    ] {
        assert_eq!(ids(g, q), ["actor:MONUC"], "{q}");
    }
    let csv = g.query("what preceded MONUSCO").unwrap().to_csv();
    assert!(
        csv.contains("renames MONUC") && csv.contains("S-RES-1925(2010).txt"),
        "{csv}"
    );
    assert_eq!(ids(g, "what replaced MONUC"), ["actor:MONUSCO"]);
    // 2245 (2015): UNSOA "shall be known as" UNSOS; 67 (1949), line 47:
    // "The Committee of Good Offices shall henceforth be known as the United
    // Nations Commission for Indonesia".
    assert_eq!(ids(g, "what replaced UNSOA"), ["actor:UNSOS"]);
    assert_eq!(ids(g, "which mission did UNSOS replace"), ["actor:UNSOA"]);
    assert_eq!(
        ids(g, "the predecessor of UNCI"),
        ["actor:Committee of Good Offices"]
    );
    assert_eq!(ids(g, "\"actor:UNPREDEP\" -> renamed_from"), ["actor:UNPROFOR"]);
    // A body never renamed has none.
    assert!(ids(g, "\"actor:MINUSMA\" -> renamed_from").is_empty());
    let e = error_of(g, "MONUSCO -> renamed_from*1..2");
    assert!(e.contains("one step"), "{e}");
}

#[test]
fn rankings_in_other_words() {
    let Some(g) = sc_corpus_graph() else { return };
    let most = ids(g, "which resolution has the most citations");
    assert_eq!(most, ids(g, "which resolution is cited the most"));
    assert_eq!(most.first().map(String::as_str), Some("S/RES/1325 (2000)"));
    // The busiest year: 1993, 93 resolutions held.
    for q in ["busiest year", "what was the busiest year for the council"] {
        let csv = g.query(q).unwrap().to_csv();
        assert_eq!(
            csv,
            g.query("which year had the most resolutions").unwrap().to_csv(),
            "{q}"
        );
        assert!(
            csv.lines().nth(1).is_some_and(|l| l.starts_with("1993,93")),
            "{csv}"
        );
    }
    // On a subject: the most cited resolution on Iraq is one that names it.
    let f = formal(g, "the most cited resolution on Iraq");
    assert!(
        f.contains("mentions \"state:Iraq\"") && f.contains("citations"),
        "{f}"
    );
}

#[test]
fn chapters_decades_and_abbreviations() {
    let Some(g) = sc_corpus_graph() else { return };
    let vii = ids(g, "chapter vii resolutions");
    assert!(vii.len() > 600, "{}", vii.len());
    assert_eq!(ids(g, "chapter 7 resolutions"), vii);
    // S-RES-661(1990).txt, line 38: "Acting under Chapter VII of the
    // Charter of the United Nations".
    assert!(ids(g, "resolutions adopted under chapter 7 in 1990").contains(&"S/RES/661 (1990)".to_string()));
    assert_eq!(
        ids(g, "resolutions in the 90s"),
        ids(g, "resolutions in the 1990s")
    );
    assert_eq!(
        count(g, "how many resolutions were adopted in the 80s"),
        count(g, "how many resolutions were adopted in the 1980s")
    );
    assert_eq!(ids(g, "what cites reso 242"), ids(g, "what cites resolution 242"));
    assert!(ids(g, "what cites reso 242").contains(&"S/RES/338 (1973)".to_string()));
    // What 1244 (1999) says it acts under.
    assert!(ids(g, "what does 1244 act under").contains(&"charter:Chapter VII".to_string()));
}

/// The votes the corpus records are those of 196 resolutions: a count of a
/// state's abstentions says it is at least that many.
#[test]
fn votes_cast_in_other_words() {
    let Some(g) = sc_corpus_graph() else { return };
    let cast = count(g, "how many abstentions did France cast");
    assert!(cast > 0);
    assert_eq!(cast, count(g, "how many times did France abstain"));
    let said = notes(g, "how many abstentions did France cast");
    assert!(
        said.iter().any(|n| n.contains("votes are recorded for")),
        "{said:?}"
    );
    assert_eq!(
        count(g, "how many votes against did the United States cast"),
        count(g, "how many times did the United States vote against")
    );
    // `how was 1973 adopted`: its vote, which this corpus does not record.
    let e = g.query("how was 1973 adopted").unwrap();
    assert!(e.node_ids().is_empty());
    assert!(e.to_text().contains("no vote is recorded"), "{}", e.to_text());
}

#[test]
fn drafts_and_what_the_council_said() {
    let Some(g) = sc_corpus_graph() else { return };
    // No draft of 2118 (2013) is in the corpus: the empty answer says so.
    let t = g.query("which draft became 2118").unwrap();
    assert!(t.node_ids().is_empty());
    assert!(
        t.to_text().contains("no draft of S/RES/2118 (2013) is recorded"),
        "{}",
        t.to_text()
    );
    // A General Assembly resolution the graph does not hold is no node.
    let e = error_of(g, "which draft became 77/7");
    assert!(e.contains("77/7"), "{e}");
    // "the council" is the Security Council, no node of the graph.
    let said = ids(g, "what did the council say about Mali");
    assert!(!said.is_empty());
    assert_eq!(said, ids(g, "what did the security council say about Mali"));
}
