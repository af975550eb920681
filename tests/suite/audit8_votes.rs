//! Audit 8's finding H15: members that cast no vote. The Council's texts
//! of 1946–1973 name members that "did not participate in the voting"
//! (footnotes of 98, 138, 164, 305 … 344), were "absent" (80, 82, 83, 84
//! (1950); "by 10 votes (Union of Soviet Socialist Republics, absent)", 5
//! (1946)) or were "present and not voting" (3 (1946)); each gets its own
//! position, and questions answer with it, never with a bare "no".

use unxref::{CitationGraph, EdgeKind, Extractor, VotePosition, query::Row};

use crate::common::{answer_ids as ids, sc_corpus_graph};

/// The `voted` edges a text gives: (state, target, position, quote).
fn votes(file: &str, text: &str) -> Vec<(String, String, VotePosition, String)> {
    let x = Extractor::new().extract_str(file, text);
    let mut v: Vec<_> = x
        .links
        .iter()
        .filter(|l| l.kind == EdgeKind::Voted)
        .map(|l| {
            (
                l.source.id.clone(),
                l.target.id.clone(),
                l.attrs.position.expect("a vote has a position"),
                l.attrs
                    .evidence
                    .as_ref()
                    .map(|e| e.quote.clone())
                    .unwrap_or_default(),
            )
        })
        .collect();
    v.sort();
    v
}

/// The states the graph records with `position` on `id` (or its draft).
fn named(g: &CitationGraph, id: &str, position: VotePosition) -> Vec<String> {
    let mut v: Vec<String> = g
        .edges_of(id, EdgeKind::Voted, petgraph::Direction::Incoming)
        .iter()
        .filter(|e| e.edge.attrs().position == Some(position))
        .map(|e| e.source.id.clone())
        .collect();
    v.sort();
    v
}

/// Every vote statement of the corpus naming a member that cast no vote
/// (grep, case-insensitive, Windows-1252 files included: "did not
/// participate" 15 files, of which 13 footnotes and 2 operative paragraphs,
/// 894 and 1554; "absent" 8, of which 6 vote statements, 63's ruling and
/// 2146's "absent direction"; "present and not voting" 1), and the position
/// each gives.
const NOT_CAST: &[(&str, &str, VotePosition)] = &[
    // "Adopted at the 30th meeting by 9 votes (Australia, present and not
    // voting; Union of Soviet Socialist Republics, absent)."
    (
        "S/RES/3 (1946)",
        "state:Australia",
        VotePosition::PresentNotVoting,
    ),
    ("S/RES/3 (1946)", "state:USSR", VotePosition::Absent),
    // "Adopted at the 40th meeting by 10 votes (Union of Soviet Socialist
    // Republics, absent)"
    ("S/RES/5 (1946)", "state:USSR", VotePosition::Absent),
    // "One member (Union of Soviet Socialist Republics) was absent."
    ("S/RES/80 (1950)", "state:USSR", VotePosition::Absent),
    ("S/RES/82 (1950)", "state:USSR", VotePosition::Absent),
    // "Two members (Egypt, India) did not participate in the voting; one
    // member (Union of Soviet Socialist Republics) was absent."
    ("S/RES/83 (1950)", "state:Egypt", VotePosition::NotParticipating),
    ("S/RES/83 (1950)", "state:India", VotePosition::NotParticipating),
    ("S/RES/83 (1950)", "state:USSR", VotePosition::Absent),
    ("S/RES/84 (1950)", "state:USSR", VotePosition::Absent),
    // "One member (Pakistan) did not participate in the voting."
    (
        "S/RES/98 (1952)",
        "state:Pakistan",
        VotePosition::NotParticipating,
    ),
    (
        "S/RES/138 (1960)",
        "state:Argentina",
        VotePosition::NotParticipating,
    ),
    ("S/RES/164 (1961)", "state:France", VotePosition::NotParticipating),
    // "One member (China) did not participate in the voting." (1971–73)
    ("S/RES/305 (1971)", "state:China", VotePosition::NotParticipating),
    ("S/RES/309 (1972)", "state:China", VotePosition::NotParticipating),
    ("S/RES/319 (1972)", "state:China", VotePosition::NotParticipating),
    ("S/RES/323 (1972)", "state:China", VotePosition::NotParticipating),
    ("S/RES/338 (1973)", "state:China", VotePosition::NotParticipating),
    ("S/RES/339 (1973)", "state:China", VotePosition::NotParticipating),
    ("S/RES/340 (1973)", "state:China", VotePosition::NotParticipating),
    ("S/RES/341 (1973)", "state:China", VotePosition::NotParticipating),
    ("S/RES/344 (1973)", "state:China", VotePosition::NotParticipating),
];

/// Over the whole corpus, the members recorded as casting no vote are
/// exactly those its vote statements name, each with the evidence of its
/// statement; operative text ("the Abkhaz side did not participate in the
/// last meeting", 1554 (2004); "those which did not participate fully in the
/// multi-party talks", 894 (1994)) gives none.
#[test]
fn every_member_named_as_casting_no_vote_is_recorded() {
    let Some(g) = sc_corpus_graph() else { return };
    let mut found: Vec<(String, String, VotePosition)> = Vec::new();
    for v in g.edges().filter(|v| v.edge.kind == EdgeKind::Voted) {
        let Some(p) = v.edge.attrs().position else {
            continue;
        };
        if p.is_cast() {
            continue;
        }
        let quote = v
            .edge
            .attrs()
            .evidence
            .as_ref()
            .map(|e| e.quote.to_lowercase())
            .unwrap_or_default();
        let said = match p {
            VotePosition::NotParticipating => "did not participate in the voting",
            VotePosition::Absent => "absent",
            _ => "present and not voting",
        };
        assert!(
            quote.contains(said),
            "{} {:?} {}: {quote:?}",
            v.source.id,
            p,
            v.target.id
        );
        found.push((v.target.id.clone(), v.source.id.clone(), p));
    }
    found.sort();
    let mut want: Vec<(String, String, VotePosition)> = NOT_CAST
        .iter()
        .map(|(r, s, p)| (r.to_string(), s.to_string(), *p))
        .collect();
    want.sort();
    assert_eq!(found, want);
}

/// 63 (1948): "with 4 abstentions (Belgium, France, Ukrainian Soviet
/// Socialist Republic,1 …)", and its footnote "The representative of the
/// Ukrainian Soviet Socialist Republic was absent, and the President ruled
/// that he should be counted as having abstained": an abstention.
#[test]
fn an_absent_member_counted_as_abstaining_abstained() {
    let Some(g) = sc_corpus_graph() else { return };
    let abstaining = named(g, "S/RES/63 (1948)", VotePosition::Abstention);
    assert!(
        abstaining.contains(&"state:Ukraine".to_string()),
        "{abstaining:?}"
    );
    assert!(named(g, "S/RES/63 (1948)", VotePosition::Absent).is_empty());
}

/// The forms each read alone, in short texts written as the Council's are:
/// a footnote of two clauses, a bare count followed by the members that
/// cast no vote, and "absent" inside the list after "to none" (which must
/// not make the member a vote against).
#[test]
fn each_wording_gives_its_position() {
    let head = "Resolution 83 (1950)\n\nThe Security Council,\n\n1. Recommends that the Members of the United Nations furnish such assistance.\n\n";
    let v = votes(
        "S-RES-83(1950).txt",
        &format!(
            "{head}Adopted at the 474th meeting by 7 votes to 1 (Yugoslavia).2\n\n2 Two members (Egypt, India) did not participate in the voting; one member (Union of Soviet Socialist Republics) was absent.\n"
        ),
    );
    let positions: Vec<(&str, VotePosition)> = v.iter().map(|(s, _, p, _)| (s.as_str(), *p)).collect();
    assert_eq!(
        positions,
        [
            ("state:Egypt", VotePosition::NotParticipating),
            ("state:India", VotePosition::NotParticipating),
            ("state:USSR", VotePosition::Absent),
            ("state:Yugoslavia", VotePosition::Against),
        ]
    );
    assert!(v[2].3.contains("was absent"), "{:?}", v[2]);
    let x = Extractor::new().extract_str(
        "S-RES-83(1950).txt",
        &format!(
            "{head}Adopted at the 474th meeting by 7 votes to 1 (Yugoslavia).2\n\n2 Two members (Egypt, India) did not participate in the voting; one member (Union of Soviet Socialist Republics) was absent.\n"
        ),
    );
    let tally = x.documents[0].node.tally.clone().expect("a tally");
    assert_eq!(
        (tally.in_favour, tally.against, tally.not_participating),
        (Some(7), Some(1), Some(2))
    );
    assert!(!tally.unanimous);

    let head = "Resolution 5 (1946)\n\nThe Security Council,\n\nDecides to defer further proceedings.\n\n";
    for (note, want) in [
        (
            "Adopted at the 30th meeting by 9 votes (Australia, present and not voting; Union of Soviet Socialist Republics, absent).",
            vec![
                ("state:Australia", VotePosition::PresentNotVoting),
                ("state:USSR", VotePosition::Absent),
            ],
        ),
        (
            "Adopted at the 40th meeting by 10 votes to none (Union of Soviet Socialist Republics, absent).",
            vec![("state:USSR", VotePosition::Absent)],
        ),
        (
            "Adopted at the 40th meeting by 9 votes to 1 (Poland), with 1 abstention (Syria; Egypt, not participating).",
            vec![
                ("state:Egypt", VotePosition::NotParticipating),
                ("state:Poland", VotePosition::Against),
                ("state:Syrian Arab Republic", VotePosition::Abstention),
            ],
        ),
        // A count of votes with the document it was taken on: no member.
        ("Adopted at the 40th meeting by 10 votes (document S/24).", vec![]),
    ] {
        let v = votes("S-RES-5(1946).txt", &format!("{head}{note}\n"));
        let got: Vec<(&str, VotePosition)> = v.iter().map(|(s, _, p, _)| (s.as_str(), *p)).collect();
        assert_eq!(got, want, "{note}");
        assert!(v.iter().all(|(_, t, _, _)| t == "S/RES/5 (1946)"), "{v:?}");
    }
}

/// Operative text that says someone did not participate, or was absent,
/// is no vote statement.
#[test]
fn operative_text_is_no_vote() {
    for line in [
        "9. Welcomes the convening of regular meetings and, while regretting that the Abkhaz side did not participate in the last meeting, looks forward to the constructive participation of the parties;",
        "2. Urges all parties in South Africa, including those which did not participate fully in the multi-party talks, to respect agreements reached;",
        "(a) The Flag State shall direct the vessel not to load such crude oil, absent direction from the Government of Libya focal point;",
        "3. Notes that one member of the Commission (Pakistan) was absent from its last session;",
    ] {
        let text = format!(
            "Resolution 1554 (2004)\n\nThe Security Council,\n\n{line}\n\nAdopted by the Security Council at its 5018th meeting, on 29 July 2004\n"
        );
        assert_eq!(votes("S-RES-1554(2004).txt", &text), [], "{line}");
    }
}

/// "how did China vote on 305": China did not participate, with the
/// footnote as evidence; "did China vote in favour of 305" says so instead
/// of a bare no; "who voted in favour of 305" does not list China.
#[test]
fn questions_about_a_member_that_did_not_participate() {
    let Some(g) = sc_corpus_graph() else { return };
    let t = g.query("how did China vote on 305").expect("parses");
    let rows: Vec<_> = t
        .rows()
        .iter()
        .filter_map(|r| match r {
            Row::Node(n) => Some(n),
            _ => None,
        })
        .collect();
    assert_eq!(rows.len(), 1, "{}", t.to_text());
    assert_eq!(rows[0].id, "state:China");
    assert_eq!(rows[0].position, Some(VotePosition::NotParticipating));
    let quote = rows[0]
        .evidence
        .as_ref()
        .map(|e| e.quote.as_str())
        .unwrap_or_default();
    assert!(
        quote.contains("One member (China) did not participate in the voting"),
        "{quote}"
    );

    let t = g.query("did China vote in favour of 305").expect("parses");
    assert!(t.node_ids().is_empty());
    let note = t.empty_note().unwrap_or_default();
    assert!(
        note.starts_with("China did not participate in the voting on S/RES/305 (1971)")
            && note.contains("One member (China) did not participate in the voting"),
        "{note}"
    );
    let t = g.query("did France vote against 164").expect("parses");
    let note = t.empty_note().unwrap_or_default();
    assert!(
        note.starts_with("France did not participate in the voting on S/RES/164 (1961)"),
        "{note}"
    );

    for q in ["who voted in favour of 305", "who voted for 344"] {
        assert!(!ids(g, q).contains(&"state:China".to_string()), "{q}");
    }
    assert_eq!(
        ids(g, "who did not participate in the voting on 305"),
        ["state:China"]
    );
    assert!(
        !g.query("did China not participate in the vote on 305")
            .unwrap()
            .node_ids()
            .is_empty()
    );
}

/// 83 (1950): Egypt and India did not participate, the USSR was absent;
/// the tally reads with all eleven members.
#[test]
fn questions_about_members_absent_or_not_participating() {
    let Some(g) = sc_corpus_graph() else { return };
    assert_eq!(
        ids(g, "who did not participate in the vote on 83"),
        ["state:Egypt", "state:India"]
    );
    for q in [
        "who was absent for 83",
        "which members were absent when 83 was adopted",
        "who was absent from the vote on 83",
    ] {
        assert_eq!(ids(g, q), ["state:USSR"], "{q}");
    }
    let mut no_vote = ids(g, "who did not vote on 83");
    no_vote.sort();
    assert_eq!(no_vote, ["state:Egypt", "state:India", "state:USSR"]);
    assert_eq!(ids(g, "was the Soviet Union absent for 83"), ["state:USSR"]);

    let t = g.query("how did the Soviet Union vote on 83").expect("parses");
    let Some(Row::Node(row)) = t.rows().first() else {
        panic!("{}", t.to_text())
    };
    assert_eq!(
        (row.id.as_str(), row.position),
        ("state:USSR", Some(VotePosition::Absent))
    );

    // "who voted in favour of 83" names no state in favour: its tally says
    // how many, all eleven members accounted for.
    let note = g
        .query("who voted in favour of 83")
        .unwrap()
        .empty_note()
        .unwrap_or_default()
        .to_string();
    assert!(
        note.contains("7 in favour, 1 against, 0 abstaining, 2 not participating, 1 absent"),
        "{note}"
    );
    let record = g
        .vote_record(g.index_of("S/RES/83 (1950)").unwrap())
        .expect("a record");
    assert_eq!(record.cast(VotePosition::Absent), Some(1));
    assert_eq!(record.cast(VotePosition::NotParticipating), Some(2));
    assert_eq!(record.unanimous(), Some(false));
    // 305: 14 in favour and China not participating are the fifteen: no
    // member was absent, and the answer may say none.
    let r305 = g.vote_record(g.index_of("S/RES/305 (1971)").unwrap()).unwrap();
    assert_eq!(r305.cast(VotePosition::Absent), Some(0));
    assert!(ids(g, "who was absent for 305").is_empty());

    // 3 (1946): "by 9 votes (Australia, present and not voting; …)".
    assert_eq!(ids(g, "who was present and not voting on 3"), ["state:Australia"]);
    assert_eq!(
        ids(g, "3 <- voted where position = present_not_voting"),
        ["state:Australia"]
    );
}

/// The new positions survive the JSON export and import, and a snapshot.
#[test]
fn positions_of_members_casting_no_vote_round_trip() {
    let text = "Resolution 83 (1950)\n\nThe Security Council,\n\n1. Recommends assistance.\n\nAdopted at the 474th meeting by 7 votes to 1 (Yugoslavia).2\n\n2 Two members (Egypt, India) did not participate in the voting; one member (Union of Soviet Socialist Republics) was absent.\n\nResolution 3 (1946)\n\nThe Security Council,\n\nResolves to defer.\n\nAdopted at the 30th meeting by 9 votes (Australia, present and not voting; Union of Soviet Socialist Republics, absent).\n";
    let x = Extractor::new().extract_str("S-RES-83(1950).txt", text);
    let g = CitationGraph::from_extractions(vec![x]);
    let positions = |g: &CitationGraph| -> Vec<(String, String, VotePosition)> {
        let mut v: Vec<_> = g
            .edges()
            .filter(|e| e.edge.kind == EdgeKind::Voted)
            .map(|e| {
                (
                    e.source.id.clone(),
                    e.target.id.clone(),
                    e.edge.attrs().position.unwrap(),
                )
            })
            .collect();
        v.sort();
        v
    };
    let before = positions(&g);
    for p in [
        VotePosition::NotParticipating,
        VotePosition::Absent,
        VotePosition::PresentNotVoting,
    ] {
        assert!(before.iter().any(|v| v.2 == p), "{p:?} in {before:?}");
    }
    let json = unxref::graph::export::to_json(&g);
    assert!(json.contains("\"not_participating\"") && json.contains("\"present_not_voting\""));
    let back = unxref::graph::import::from_json(&json).expect("imports");
    assert_eq!(positions(&back), before);
    let snap =
        CitationGraph::from_snapshot_bytes(&g.to_snapshot_bytes(), std::path::Path::new("votes.unxref"))
            .expect("loads");
    assert_eq!(positions(&snap), before);
}
