//! Votes as facts of the resolution: a hand-checked sample of adoption notes
//! of the sc-resolutions corpus (each row copied from the text of its file,
//! every form the corpus uses: "Adopted unanimously at", "Adopted
//! unanimously, 1102nd meeting", "by 9 votes to noire", "by 14 Votes", "1
//! Abstention", "meetingby 8 votes to nonewith", a double space before "by",
//! "by a vote of 13 to 0", "by 9 votes (Australia, present and not voting …)",
//! "Adopted without vote", the footnote "the President declared the draft
//! resolution adopted unanimously", "One member (China) did not participate
//! in the voting"); and the questions about votes, which say when no vote is
//! recorded instead of stating a negative.

use crate::common;

use petgraph::Direction;
use unxref::{CitationGraph, EdgeKind, Tally, VotePosition};

fn corpus_graph() -> Option<&'static CitationGraph> {
    common::sc_corpus_graph()
}

/// One hand-checked record: resolution, unanimous, in favour, against,
/// abstaining, not participating, meeting, states against, states abstaining.
struct Record {
    id: &'static str,
    unanimous: bool,
    counts: [Option<u32>; 4],
    meeting: Option<u32>,
    against: &'static [&'static str],
    abstaining: &'static [&'static str],
}

const fn rec(
    id: &'static str,
    unanimous: bool,
    counts: [Option<u32>; 4],
    meeting: Option<u32>,
    against: &'static [&'static str],
    abstaining: &'static [&'static str],
) -> Record {
    Record {
        id,
        unanimous,
        counts,
        meeting,
        against,
        abstaining,
    }
}

const USSR: &str = "state:USSR";
const UK: &str = "state:United Kingdom";
const US: &str = "state:United States";

/// The sample, as the texts state it.
const SAMPLE: &[Record] = &[
    // "Adopted at the 30th meeting by 9 votes (Australia, present and not
    // voting; Union of Soviet Socialist Republics, absent)": no vote against said.
    rec(
        "S/RES/3 (1946)",
        false,
        [Some(9), None, None, None],
        Some(30),
        &[],
        &[],
    ),
    // "Adopted at the 40th meeting by 10 votes (Union of Soviet Socialist Republics, absent)".
    rec(
        "S/RES/5 (1946)",
        false,
        [Some(10), None, None, None],
        Some(40),
        &[],
        &[],
    ),
    // "Adopted unanimously at the 79th meeting".
    rec(
        "S/RES/10 (1946)",
        true,
        [None, None, None, None],
        Some(79),
        &[],
        &[],
    ),
    // "… by 7 votes to none, with 4 abstentions (Colombia, Poland, Union of
    // Soviet Socialist Republics, United Kingdom …)".
    rec(
        "S/RES/30 (1947)",
        false,
        [Some(7), Some(0), Some(4), None],
        Some(194),
        &[],
        &["state:Colombia", "state:Poland", USSR, UK],
    ),
    // "Adopted at the 194th meetingby 8 votes to nonewith 3 abstentions
    // (Poland,Syria, Union of SovietSocialist Republics)": the OCR joins words.
    rec(
        "S/RES/31 (1947)",
        false,
        [Some(8), Some(0), Some(3), None],
        Some(194),
        &[],
        &["state:Poland", "state:Syrian Arab Republic", USSR],
    ),
    // "… by 7 votes to 1 (Poland), with 3 abstentions (Colombia, Syria, Union
    // of Soviet Socialist Republics)".
    rec(
        "S/RES/36 (1947)",
        false,
        [Some(7), Some(1), Some(3), None],
        Some(219),
        &["state:Poland"],
        &["state:Colombia", "state:Syrian Arab Republic", USSR],
    ),
    // "Adopted at the 474th meeting by 7 votes to 1 (Yugoslavia)"; "Two
    // members (Egypt, India) did not participate in the voting".
    rec(
        "S/RES/83 (1950)",
        false,
        [Some(7), Some(1), Some(0), Some(2)],
        Some(474),
        &["state:Yugoslavia"],
        &[],
    ),
    // "… by 7 votes to 3 (China, Cuba, United States of America), with 1
    // abstention (Egypt)".
    rec(
        "S/RES/87 (1950)",
        false,
        [Some(7), Some(3), Some(1), None],
        Some(506),
        &["state:China", "state:Cuba", US],
        &["state:Egypt"],
    ),
    // "… by 9 votes to noire, with 2 abstentions (Lebanon, Union of Soviet Socialist Republics)".
    rec(
        "S/RES/101 (1953)",
        false,
        [Some(9), Some(0), Some(2), None],
        Some(642),
        &[],
        &["state:Lebanon", USSR],
    ),
    // "… by 7 votes to 2 (France, United Kingdom …), with 2 abstentions (Australia, Belgium)".
    rec(
        "S/RES/119 (1956)",
        false,
        [Some(7), Some(2), Some(2), None],
        Some(751),
        &["state:France", UK],
        &["state:Australia", "state:Belgium"],
    ),
    // "Adopted unanimously, 1102nd meeting".
    rec(
        "S/RES/186 (1964)",
        true,
        [None, None, None, None],
        Some(1102),
        &[],
        &[],
    ),
    // "… by 9 votes to none, with 6 abstentions (China, Colombia, France,
    // Spain, United Kingdom …, United States of America)".
    rec(
        "S/RES/275 (1969)",
        false,
        [Some(9), Some(0), Some(6), None],
        Some(1526),
        &[],
        &[
            "state:China",
            "state:Colombia",
            "state:France",
            "state:Spain",
            UK,
            US,
        ],
    ),
    // "Adopted at the 1612th meeting by 14 votes to none"; "One member
    // (China) did not participate in the voting".
    rec(
        "S/RES/305 (1971)",
        false,
        [Some(14), Some(0), Some(0), Some(1)],
        Some(1612),
        &[],
        &[],
    ),
    // A double space: "Adopted at the 1645th meeting  by 13 votes to none,
    // with 2 abstentions (United Kingdom …, United States of America)".
    rec(
        "S/RES/314 (1972)",
        false,
        [Some(13), Some(0), Some(2), None],
        Some(1645),
        &[],
        &[UK, US],
    ),
    // "Adopted at the 1686th meeting[1] [1] In the Absence of objections, the
    // President declared the draft resolution adopted unanimously".
    rec(
        "S/RES/325 (1973)",
        true,
        [None, None, None, None],
        Some(1686),
        &[],
        &[],
    ),
    // "by 14 Votes to none, with 1 abstention (China)".
    rec(
        "S/RES/334 (1973)",
        false,
        [Some(14), Some(0), Some(1), None],
        Some(1727),
        &[],
        &["state:China"],
    ),
    // "by 14 votes to none, with 1 Abstention (China)".
    rec(
        "S/RES/343 (1973)",
        false,
        [Some(14), Some(0), Some(1), None],
        Some(1759),
        &[],
        &["state:China"],
    ),
    // "… by 10 votes to none with 4 abstentions (France, Union of Soviet
    // Socialist Republics, United Kingdom …, United States of America)[1]
    // [1] One member (China) did not participate in the voting".
    rec(
        "S/RES/344 (1973)",
        false,
        [Some(10), Some(0), Some(4), Some(1)],
        Some(1760),
        &[],
        &["state:France", USSR, UK, US],
    ),
    // "Adopted at the 101st meeting by 9 votes to none, with 2 abstentions
    // (Poland, Union of Soviet Socialist Republics)".
    rec(
        "S/RES/17 (1947)",
        false,
        [Some(9), Some(0), Some(2), None],
        Some(101),
        &[],
        &["state:Poland", USSR],
    ),
    // "… by 10 votes to none, with 1 abstention (Union of Soviet Socialist Republics)".
    rec(
        "S/RES/122 (1957)",
        false,
        [Some(10), Some(0), Some(1), None],
        Some(765),
        &[],
        &[USSR],
    ),
    // "… by 9 votes to none, with 2 abstentions (France, United Kingdom …)".
    rec(
        "S/RES/134 (1960)",
        false,
        [Some(9), Some(0), Some(2), None],
        Some(856),
        &[],
        &["state:France", UK],
    ),
    // "… by 10 votes to none, with 1 abstention (France)".
    rec(
        "S/RES/183 (1963)",
        false,
        [Some(10), Some(0), Some(1), None],
        Some(1083),
        &[],
        &["state:France"],
    ),
    // "Adopted unanimously at the 1212th meeting".
    rec(
        "S/RES/204 (1965)",
        true,
        [None, None, None, None],
        Some(1212),
        &[],
        &[],
    ),
    // "… by 11 votes to none, with 4 abstentions (Bulgaria, France, Mali,
    // Union of Soviet Socialist Republics)".
    rec(
        "S/RES/232 (1966)",
        false,
        [Some(11), Some(0), Some(4), None],
        Some(1340),
        &[],
        &["state:Bulgaria", "state:France", "state:Mali", USSR],
    ),
    // "… by 13 votes to none, with 2 abstentions (Canada and United States of America)".
    rec(
        "S/RES/252 (1968)",
        false,
        [Some(13), Some(0), Some(2), None],
        Some(1426),
        &[],
        &["state:Canada", US],
    ),
    // "… by 14 votes to none, with one abstention (Spain)".
    rec(
        "S/RES/277 (1970)",
        false,
        [Some(14), Some(0), Some(1), None],
        Some(1535),
        &[],
        &["state:Spain"],
    ),
    // "Adopted by the Security Council at its 4683th meeting, by a vote of 13
    // to 0, with 2 abstentions (Russian Federation, Syria)".
    rec(
        "S/RES/1454 (2002)",
        false,
        [Some(13), Some(0), Some(2), None],
        Some(4683),
        &[],
        &["state:Russian Federation", "state:Syrian Arab Republic"],
    ),
    // Eighteen more, drawn at random (Python `random.seed(13)`) from the files
    // with an adoption note that are not above, each row read from its text.
    // "Adopted unanimously at the 87th meeting."
    rec(
        "S/RES/15 (1946)",
        true,
        [None, None, None, None],
        Some(87),
        &[],
        &[],
    ),
    // "Adopted at the 479th meeting by 9 votes to none, with 1 abstention (Yugoslavia)."
    rec(
        "S/RES/85 (1950)",
        false,
        [Some(9), Some(0), Some(1), None],
        Some(479),
        &[],
        &["state:Yugoslavia"],
    ),
    // "… 611th meeting by 9 votes to none, with 1 abstention (Union of Soviet
    // Socialist Republics).8", footnote 8: "One member (Pakistan) did not
    // participate in the voting."
    rec(
        "S/RES/98 (1952)",
        false,
        [Some(9), Some(0), Some(1), Some(1)],
        Some(611),
        &[],
        &[USSR],
    ),
    // "Adopted unanimously at the 696th meeting."
    rec(
        "S/RES/107 (1955)",
        true,
        [None, None, None, None],
        Some(696),
        &[],
        &[],
    ),
    // "Adopted unanimously at the 728th meeting."
    rec(
        "S/RES/114 (1956)",
        true,
        [None, None, None, None],
        Some(728),
        &[],
        &[],
    ),
    // "Adopted unanimously at the 1126th meeting."
    rec(
        "S/RES/189 (1964)",
        true,
        [None, None, None, None],
        Some(1126),
        &[],
        &[],
    ),
    // "… 1128th meeting by 7 votes to none, with 4 abstentions (Brazil,
    // France, United Kingdom …, United States of America)."
    rec(
        "S/RES/190 (1964)",
        false,
        [Some(7), Some(0), Some(4), None],
        Some(1128),
        &[],
        &["state:Brazil", "state:France", UK, US],
    ),
    // "… 1189th meeting by 10 votes to none, with 1 abstention (France)."
    rec(
        "S/RES/199 (1964)",
        false,
        [Some(10), Some(0), Some(1), None],
        Some(1189),
        &[],
        &["state:France"],
    ),
    // "… 1242nd meeting by 10 votes to none, with 1 abstention (Jordan)."
    rec(
        "S/RES/211 (1965)",
        false,
        [Some(10), Some(0), Some(1), None],
        Some(1242),
        &[],
        &["state:Jordan"],
    ),
    // "… 1277th meeting by 10 votes to none, with 5 abstentions (Bulgaria,
    // France, Mali, Union of Soviet Socialist Republics, Uruguay)."
    rec(
        "S/RES/221 (1966)",
        false,
        [Some(10), Some(0), Some(5), None],
        Some(1277),
        &[],
        &[
            "state:Bulgaria",
            "state:France",
            "state:Mali",
            USSR,
            "state:Uruguay",
        ],
    ),
    // "… 1328th meeting by 14 votes to none, with 1 abstention (New Zealand)."
    rec(
        "S/RES/228 (1966)",
        false,
        [Some(14), Some(0), Some(1), None],
        Some(1328),
        &[],
        &["state:New Zealand"],
    ),
    // "Adopted unanimously at the 1362nd meeting."
    rec(
        "S/RES/238 (1967)",
        true,
        [None, None, None, None],
        Some(1362),
        &[],
        &[],
    ),
    // "Adopted unanimously at the 1407th meeting."
    rec(
        "S/RES/248 (1968)",
        true,
        [None, None, None, None],
        Some(1407),
        &[],
        &[],
    ),
    // "Adopted unanimously at the 1432nd meeting."
    rec(
        "S/RES/254 (1968)",
        true,
        [None, None, None, None],
        Some(1432),
        &[],
        &[],
    ),
    // "Adopted unanimously at the 1459th meeting."
    rec(
        "S/RES/261 (1968)",
        true,
        [None, None, None, None],
        Some(1459),
        &[],
        &[],
    ),
    // "Adopted unanimously at the 1462nd meeting."
    rec(
        "S/RES/262 (1968)",
        true,
        [None, None, None, None],
        Some(1462),
        &[],
        &[],
    ),
    // "… 1639th meeting by 14 votes to none, with 1 abstention (France)."
    rec(
        "S/RES/311 (1972)",
        false,
        [Some(14), Some(0), Some(1), None],
        Some(1639),
        &[],
        &["state:France"],
    ),
    // "… 1750th meeting by 14 votes to none[2]", footnote [2]: "One member
    // (China) did not participate in the voting."
    rec(
        "S/RES/340 (1973)",
        false,
        [Some(14), Some(0), Some(0), Some(1)],
        Some(1750),
        &[],
        &[],
    ),
];

/// The states the graph records voting `position` on `id`.
fn states(graph: &CitationGraph, id: &str, position: VotePosition) -> Vec<String> {
    let mut out: Vec<String> = graph
        .edges_of(id, EdgeKind::Voted, Direction::Incoming)
        .iter()
        .filter(|e| e.edge.attrs().position == Some(position))
        .map(|e| e.source.id.clone())
        .collect();
    out.sort();
    out
}

#[test]
fn tallies_agree_with_the_hand_checked_sample() {
    let Some(graph) = corpus_graph() else { return };
    let mut agree = 0;
    let mut disagreements = Vec::new();
    for r in SAMPLE {
        let tally: Option<&Tally> = graph.node(r.id).and_then(|n| n.tally.as_ref());
        let Some(t) = tally else {
            disagreements.push(format!("{}: no tally", r.id));
            continue;
        };
        let mut want_against: Vec<String> = r.against.iter().map(|s| s.to_string()).collect();
        let mut want_abst: Vec<String> = r.abstaining.iter().map(|s| s.to_string()).collect();
        want_against.sort();
        want_abst.sort();
        let same = t.unanimous == r.unanimous
            && [t.in_favour, t.against, t.abstaining, t.not_participating] == r.counts
            && t.meeting == r.meeting
            && states(graph, r.id, VotePosition::Against) == want_against
            && states(graph, r.id, VotePosition::Abstention) == want_abst;
        if same {
            agree += 1;
        } else {
            disagreements.push(format!("{}: {t:?}", r.id));
        }
    }
    let share = agree as f64 / SAMPLE.len() as f64;
    println!(
        "tallies: {agree} of {} agree ({share:.3}); differ: {disagreements:?}",
        SAMPLE.len()
    );
    assert!(share >= 0.95, "{disagreements:#?}");
}

#[test]
fn adopted_without_vote_is_neither_unanimous_nor_a_count() {
    let Some(graph) = corpus_graph() else { return };
    // 72 (1949) and 214 (1965): "Adopted without vote".
    for id in ["S/RES/72 (1949)", "S/RES/214 (1965)"] {
        let t = graph.node(id).and_then(|n| n.tally.clone()).expect(id);
        assert!(
            t.without_vote && !t.unanimous && t.in_favour.is_none(),
            "{id}: {t:?}"
        );
    }
    // 12 (1946): "Paragraphs 1 and 2 were adopted unanimously; paragraph 3 was
    // adopted 'by a majority vote'. No vote was taken on the draft resolution
    // as a whole": no tally of the resolution.
    assert!(graph.node("S/RES/12 (1946)").is_some_and(|n| n.tally.is_none()));
}

#[test]
fn the_council_is_no_longer_a_voter() {
    let Some(graph) = corpus_graph() else { return };
    assert!(
        graph
            .edges_of("actor:Security Council", EdgeKind::Voted, Direction::Outgoing)
            .is_empty()
    );
}

#[test]
fn vote_questions_say_when_no_vote_is_recorded() {
    let Some(graph) = corpus_graph() else { return };
    let note = |q: &str| graph.query(q).unwrap().empty_note().map(str::to_string);
    // The corpus holds 1973 (2011) without any vote record.
    let none = Some("no vote is recorded for S/RES/1973 (2011) in this corpus".to_string());
    for q in [
        "who voted in favour of 1973",
        "who voted for 1973",
        "who voted against 1973",
        "who abstained on 1973",
        "how did China vote on 1973",
        "did France vote for 1973",
        "what did China vote on 1973",
        "which states abstained in the vote on 1973",
        "who opposed 1973",
        "vote on 1973",
        "who supported 1973",
        "what was the vote on 1973",
        // The formal forms of the same questions.
        "1973 <- voted",
        "S/RES/1973 (2011) <- voted [position = against]",
        "1973 <- voted where position = abstention",
    ] {
        assert_eq!(note(q), none, "{q}");
    }
    // A count of them is no 0 (it would read as "none"): the answer is
    // empty and its note says that nothing is recorded.
    for q in [
        "1973 <- voted | count",
        "1973 <- voted where position = against | count",
    ] {
        let table = graph.query(q).unwrap();
        assert!(table.is_empty(), "{q}: {}", table.to_json());
        assert!(
            table
                .empty_note()
                .is_some_and(|n| n.starts_with("no vote is recorded for S/RES/1973 (2011)")),
            "{q}: {:?}",
            table.empty_note()
        );
    }
    // With a record, the formal form keeps its plain empty answer, and its count no note.
    assert!(
        graph
            .query("314 <- voted [position = against] | count")
            .unwrap()
            .notes()
            .is_empty()
    );
    assert_eq!(note("314 <- voted [position = against]"), None);
    // 314 (1972) has a record: nobody voted against it.
    assert_eq!(
        note("who voted against 314").as_deref(),
        Some("no state voted against S/RES/314 (1972) (votes recorded on its draft included)")
    );
    assert_eq!(graph.query("who abstained on 314").unwrap().len(), 2);
}

#[test]
fn tallies_are_queryable() {
    let Some(graph) = corpus_graph() else { return };
    let ids = |q: &str| -> Vec<String> {
        let table = graph.query(q).unwrap();
        table.node_ids().into_iter().map(String::from).collect()
    };
    // 186 (1964): "Adopted unanimously, 1102nd meeting".
    assert_eq!(ids("was 186 adopted unanimously"), ["S/RES/186 (1964)"]);
    assert_eq!(ids("was 186 unanimous"), ["S/RES/186 (1964)"]);
    assert_eq!(ids("is resolution 186 unanimous?"), ["S/RES/186 (1964)"]);
    assert_eq!(
        graph.query("was 314 unanimous").unwrap().empty_note(),
        Some("S/RES/314 (1972) was not adopted unanimously, by its recorded vote")
    );
    let table = graph.query("was 314 adopted unanimously").unwrap();
    assert_eq!(
        table.empty_note(),
        Some("S/RES/314 (1972) was not adopted unanimously, by its recorded vote")
    );
    // 1973 (2011) has no tally: absence, not a "no".
    assert!(
        graph
            .query("was 1973 adopted unanimously")
            .unwrap()
            .empty_note()
            .is_some_and(|n| n.starts_with("no tally of the vote on S/RES/1973 (2011) is recorded"))
    );
    // The formal forms and the natural ones agree.
    assert_eq!(
        ids("which resolutions were adopted unanimously in 1964"),
        ids("all resolutions where unanimous and year = 1964")
    );
    let abstentions = ids("which resolutions had abstentions in 1972");
    assert_eq!(
        abstentions,
        ids("all resolutions where abstentions > 0 and year = 1972")
    );
    assert!(abstentions.contains(&"S/RES/314 (1972)".to_string()));
    assert!(!ids("all resolutions where unanimous").contains(&"S/RES/314 (1972)".to_string()));
    // A resolution without a tally is neither unanimous nor not.
    let recorded_not = ids("all resolutions where unanimous = false");
    assert!(!recorded_not.contains(&"S/RES/1973 (2011)".to_string()));
    assert!(recorded_not.contains(&"S/RES/314 (1972)".to_string()));
}

#[test]
fn negated_vote_filters_leave_out_what_has_no_record() {
    let Some(graph) = corpus_graph() else { return };
    let count = |q: &str| graph.query(q).unwrap().node_ids().len();
    let all = count("all resolutions");
    // "Adopted without vote" is a record of no vote taken: neither
    // unanimous nor not (its own note says so).
    let tallied = graph
        .nodes()
        .filter(|n| {
            n.kind == unxref::NodeKind::Resolution && n.tally.as_ref().is_some_and(|t| !t.without_vote)
        })
        .count();
    let without_vote = graph
        .nodes()
        .filter(|n| {
            n.kind == unxref::NodeKind::Resolution && n.tally.as_ref().is_some_and(|t| t.without_vote)
        })
        .count();
    let unanimous = count("all resolutions where unanimous");
    // "not unanimous" is decided only where a tally is recorded: a
    // resolution without one is unknown, not a "no".
    for q in [
        "all resolutions where not unanimous",
        "all resolutions where not (unanimous)",
        "all resolutions where unanimous = false",
        "all resolutions where unanimous != true",
    ] {
        let table = graph.query(q).unwrap();
        let ids = table.node_ids();
        assert_eq!(ids.len() + unanimous, tallied, "{q}");
        assert!(!ids.contains(&"S/RES/1973 (2011)"), "{q}");
        assert!(ids.contains(&"S/RES/314 (1972)"), "{q}");
        let left_out = all - tallied - without_vote;
        assert!(
            table
                .notes()
                .iter()
                .any(|n| n.starts_with(&format!("{left_out} left out for lack of a record"))),
            "{q}: {:?}",
            table.notes()
        );
    }
    // The same for counts of abstentions, and for `or`: unknown or false
    // stays unknown, unknown or true is true.
    let with_count = count("all resolutions where abstentions >= 0");
    assert_eq!(
        count("all resolutions where not abstentions > 0") + count("all resolutions where abstentions > 0"),
        with_count
    );
    assert!(with_count < all);
    let early = count("all resolutions where year < 1950");
    let not_unanimous = count("all resolutions where not unanimous");
    let both = count("all resolutions where not unanimous and year < 1950");
    assert_eq!(
        count("all resolutions where not unanimous or year < 1950"),
        not_unanimous + early - both
    );
}

#[test]
fn mandate_history_reads_as_a_timeline() {
    let Some(graph) = corpus_graph() else { return };
    let table = graph.query("mandate history of UNMIL").unwrap();
    let formal = graph
        .query("UNMIL <- establishes|authorizes|extends_mandate|modifies_mandate|terminates | sort by date")
        .unwrap();
    assert_eq!(table.node_ids(), formal.node_ids());
    assert!(table.columns().contains(&"date") && table.columns().contains(&"end_date"));
    let ids = table.node_ids();
    // 1509 (2003) establishes UNMIL; 1626 (2005) extends it until 31 March 2006;
    // 2239 (2015) until 30 September 2016.
    assert_eq!(ids.first(), Some(&"S/RES/1509 (2003)"));
    assert_eq!(ids.last(), Some(&"S/RES/2239 (2015)"));
    let csv = table.to_csv();
    assert!(csv.contains("2006-03-31") && csv.contains("2016-09-30"), "{csv}");
}

/// A text that both extends a mandate and lays it out anew (2239 (2015):
/// "9. Decides to extend the mandate of UNMIL until 30 September 2016;
/// 10. Decides that the mandate of UNMIL shall be the following") is one
/// row of a walk over both kinds: the row of the kind the step names first.
#[test]
fn a_step_of_several_kinds_reports_the_kind_named_first() {
    let Some(graph) = corpus_graph() else { return };
    let row_of_2239 = |q: &str| {
        let csv = graph.query(q).unwrap_or_else(|e| panic!("{q}: {e}")).to_csv();
        let rows: Vec<String> = csv
            .lines()
            .filter(|l| l.starts_with("S/RES/2239 (2015)"))
            .map(String::from)
            .collect();
        assert_eq!(rows.len(), 1, "{q}: {csv}");
        rows[0].clone()
    };
    let extension = row_of_2239("UNMIL <- extends_mandate|modifies_mandate");
    assert!(
        extension.contains("<-extends_mandate") && extension.contains("2016-09-30"),
        "{extension}"
    );
    let laid_out = row_of_2239("UNMIL <- modifies_mandate|extends_mandate");
    assert!(
        laid_out.contains("<-modifies_mandate") && laid_out.contains("sets out the mandate anew"),
        "{laid_out}"
    );
}

/// A tally says how many voted each way; the states it names may be fewer.
/// An empty list of states is then no "none", and a count of the states
/// named is no count of the votes: both say what the record holds.
#[test]
fn a_tally_that_names_no_state_is_no_negative() {
    let Some(graph) = corpus_graph() else { return };
    let ask = |q: &str| graph.query(q).unwrap_or_else(|e| panic!("{q}: {e}"));
    // 242 (1967): "Adopted unanimously at the 1382nd meeting." Nobody voted
    // against it, but the text names no state in favour.
    let favour = ask("who voted in favour of 242");
    assert!(favour.is_empty());
    assert_eq!(
        favour.empty_note(),
        Some(
            "the corpus does not name the states that voted in favour of S/RES/242 (1967): \
             it was adopted unanimously"
        )
    );
    assert!(
        ask("who voted against 242")
            .empty_note()
            .is_some_and(|n| n.starts_with("no state voted against S/RES/242 (1967)"))
    );
    // 338 (1973): 14 in favour, none named; no count of 0, the tally instead.
    let count = ask("how many members voted in favour of 338");
    assert!(count.is_empty(), "{}", count.to_json());
    assert!(
        count
            .empty_note()
            .is_some_and(|n| n.contains("its tally is 14 in favour")),
        "{:?}",
        count.empty_note()
    );
    // 89 (1950): "9 votes to none, with 2 abstentions (Egypt, Union to
    // Soviet Socialist Republics)": the misspelt USSR is read since it is an
    // alias, so both abstainers are named and no note says "only some" (no
    // resolution of the corpus now names fewer abstainers than its tally).
    let abstained = ask("who abstained on 89");
    assert_eq!(abstained.node_ids(), ["state:Egypt", "state:USSR"]);
    assert!(
        !abstained.notes().iter().any(|n| n.contains("names only some")),
        "{:?}",
        abstained.notes()
    );
    // Every resolution whose tally names fewer states than voted in favour
    // answers "who voted in favour" with the record, never "no state".
    let mut checked = 0;
    for ix in graph.petgraph().node_indices() {
        let Some(record) = graph.vote_record(ix) else {
            continue;
        };
        if record.names_all(VotePosition::InFavour) || record.named(VotePosition::InFavour) > 0 {
            continue;
        }
        let id = &graph.petgraph()[ix].id;
        let q = format!("who voted in favour of \"{id}\"");
        let note = ask(&q).empty_note().map(str::to_string).unwrap_or_default();
        assert!(!note.starts_with("no state"), "{q}: {note}");
        checked += 1;
    }
    assert!(checked > 100, "{checked} resolutions checked");
}

/// A resolution's meeting is its tally's, else the meeting the text says
/// adopted it: 1973 (2011) has no tally, but "Adopted by the Security
/// Council at its 6498th meeting, on 17 March 2011".
#[test]
fn the_meeting_field_reads_the_adoption_without_a_tally() {
    let Some(graph) = corpus_graph() else { return };
    let ids = |q: &str| -> Vec<String> {
        let table = graph.query(q).unwrap_or_else(|e| panic!("{q}: {e}"));
        table.node_ids().into_iter().map(str::to_string).collect()
    };
    assert_eq!(ids("all resolutions where meeting = 6498"), ["S/RES/1973 (2011)"]);
    // With a tally: 242 (1967), "Adopted unanimously at the 1382nd meeting".
    assert_eq!(ids("all resolutions where meeting = 1382"), ["S/RES/242 (1967)"]);
}

/// A meeting record's vote (S/PV.8979, 25 February 2022, the vote on the
/// draft S/2022/155): the draft is named as "document S/2022/155, the text
/// of a draft resolution", the block of names follows, and the President
/// counts the votes. Each state named votes on that draft; the count
/// ("received 11 votes in favour") is nobody's vote, and neither is the
/// sender of the letter the agenda item names (audit 5: Ukraine was read
/// as voting in favour).
#[test]
fn a_meeting_records_vote_is_read_from_its_block() {
    let text = "United Nations                                                   S/PV.8979\n\
Security Council\nSeventy-seventh year\n\n8979th meeting\nFriday, 25 February 2022, 3 p.m.\nNew York\n\n\
Letter dated 28 February 2014 from the Permanent Representative of Ukraine to the United Nations \
addressed to the President of the Security Council (S/2014/136)\n\n\
The President: Members of the Council have before them document S/2022/155, the text of a draft \
resolution submitted by Albania and the United States of America.\n\n\
I shall put the draft resolution to the vote now.\n\nA vote was taken by show of hands.\n\n\
In favour:\nAlbania, Brazil, France, Gabon, Ghana, Ireland, Kenya, Mexico, Norway, United Kingdom of \
Great Britain and Northern Ireland, United States of America\n\n\
Against:\nRussian Federation\n\nAbstaining:\nChina, India, United Arab Emirates\n\n\
The President: The draft resolution received 11 votes in favour, 1 against and 3 abstentions. The \
draft resolution has not been adopted, owing to the negative vote of a permanent member of the Council.\n";
    let extraction = unxref::Extractor::new().extract_str("S-PV-8979.txt", text);
    let graph = CitationGraph::from_extractions([extraction]);
    assert_eq!(
        states(&graph, "S/2022/155", VotePosition::Against),
        ["state:Russian Federation"]
    );
    assert_eq!(
        states(&graph, "S/2022/155", VotePosition::Abstention),
        ["state:China", "state:India", "state:United Arab Emirates"]
    );
    let in_favour = states(&graph, "S/2022/155", VotePosition::InFavour);
    assert_eq!(in_favour.len(), 11, "{in_favour:?}");
    assert!(!in_favour.contains(&"state:Ukraine".to_string()), "{in_favour:?}");
}

/// Without a tally, the states named decide unanimity when they can: seed
/// 001 names all fifteen in favour, "Against: None.", "Abstaining: None."
/// on the draft adopted as 2518 (2020) (audit 5 answered "no tally is
/// recorded"); one state named abstaining is a "no" whatever else is
/// missing.
#[test]
fn the_states_named_decide_unanimity_without_a_tally() {
    let graph = common::data_graph();
    assert_eq!(
        graph.node("S/RES/2518 (2020)").and_then(|n| n.tally.as_ref()),
        None
    );
    let table = graph.query("was 2518 adopted unanimously").unwrap();
    assert_eq!(table.node_ids(), ["S/RES/2518 (2020)"]);
    let record = graph
        .vote_record(graph.index_of("S/RES/2518 (2020)").unwrap())
        .unwrap();
    assert_eq!(record.unanimous(), Some(true));
    // The vetoed draft of the meeting record above: one against.
    let text = "S/PV.8979\n\n8979th meeting\nFriday, 25 February 2022, 3 p.m.\n\n\
The President: Members of the Council have before them document S/2022/155, the text of a draft \
resolution submitted by Albania and the United States of America.\n\n\
In favour:\nAlbania, Brazil\n\nAgainst:\nRussian Federation\n\nAbstaining:\nChina\n";
    let graph = CitationGraph::from_extractions([unxref::Extractor::new().extract_str("pv.txt", text)]);
    let record = graph.vote_record(graph.index_of("S/2022/155").unwrap()).unwrap();
    assert_eq!(record.unanimous(), Some(false));
}
