//! Actors, votes, sponsors, signatures and mandates, on the bundled seed
//! documents (data/) and, when present, the corpus of Security Council
//! resolutions.

use crate::common;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use petgraph::Direction::{Incoming, Outgoing};
use petgraph::visit::{EdgeRef as _, IntoEdgeReferences as _};
use unxref::extract::ActorDictionary;
use unxref::{CitationGraph, EdgeKind, Extraction, Extractor, NodeKind, VotePosition};

const SEED_2531: &str = "data/000_5084318a0e7514bb.txt";
const SEED_2518: &str = "data/001_8bf2fcad3f891cf4.txt";
const SEED_2553: &str = "data/002_4635c25849462a9e.txt";
const SEED_660: &str = "data/003_cdd006968fa2855b.txt";

/// The fifteen members of the Council in 2020, as node ids.
const COUNCIL_2020: [&str; 15] = [
    "state:Belgium",
    "state:China",
    "state:Dominican Republic",
    "state:Estonia",
    "state:France",
    "state:Germany",
    "state:Indonesia",
    "state:Niger",
    "state:Russian Federation",
    "state:Saint Vincent and the Grenadines",
    "state:South Africa",
    "state:Tunisia",
    "state:United Kingdom",
    "state:United States",
    "state:Viet Nam",
];

fn seeds() -> &'static (Vec<Extraction>, CitationGraph) {
    static SEEDS: OnceLock<(Vec<Extraction>, CitationGraph)> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let corpus = Extractor::new().extract_paths(&["data"]);
        assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
        let graph = CitationGraph::from_extractions(corpus.extractions.clone());
        (corpus.extractions, graph)
    })
}

fn extraction(file: &str) -> &'static Extraction {
    let (extractions, _) = seeds();
    extractions
        .iter()
        .find(|x| x.file.ends_with(file.trim_start_matches("data/")))
        .unwrap_or_else(|| panic!("{file} not extracted"))
}

fn raw_line(file: &str, line: u32) -> String {
    let text = std::fs::read_to_string(file).expect("seed file");
    text.lines()
        .nth(line as usize - 1)
        .unwrap_or_default()
        .to_string()
}

/// Every vote on `draft`: (state id, position).
fn votes_on(draft: &str) -> Vec<(String, VotePosition)> {
    let (_, graph) = seeds();
    graph
        .edges_of(draft, EdgeKind::Voted, Incoming)
        .iter()
        .map(|e| {
            (
                e.source.id.clone(),
                e.edge.attrs().position.expect("a vote has a position"),
            )
        })
        .collect()
}

#[test]
fn fifteen_votes_in_favour_of_s_2020_600() {
    let votes = votes_on("S/2020/600");
    let states: Vec<&str> = votes.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        states, COUNCIL_2020,
        "one vote from each member, attributed to the sender"
    );
    assert!(votes.iter().all(|(_, p)| *p == VotePosition::InFavour));
    // Each vote's evidence is the sentence of the right letter.
    let (_, graph) = seeds();
    for e in graph.edges_of("S/2020/600", EdgeKind::Voted, Incoming) {
        let ev = e.edge.attrs().evidence.as_ref().expect("evidence");
        let line = raw_line(SEED_2531, ev.line);
        assert!(line.contains("in favour"), "{}: {line}", e.source.id);
    }
}

#[test]
fn the_2553_vote_letters_give_fifteen_votes_in_favour() {
    let votes = votes_on("S/2020/1158");
    let states: Vec<&str> = votes.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(states, COUNCIL_2020);
    assert!(votes.iter().all(|(_, p)| *p == VotePosition::InFavour));
    let (_, graph) = seeds();
    for e in graph.edges_of("S/2020/1158", EdgeKind::Voted, Incoming) {
        let ev = e.edge.attrs().evidence.as_ref().expect("evidence");
        assert!(
            raw_line(SEED_2553, ev.line).contains("in favour"),
            "{}",
            e.source.id
        );
    }
}

#[test]
fn the_result_block_of_s_2020_240_gives_fifteen_votes() {
    let votes = votes_on("S/2020/240");
    let states: Vec<&str> = votes.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(states, COUNCIL_2020);
    assert!(votes.iter().all(|(_, p)| *p == VotePosition::InFavour));
}

#[test]
fn s_2020_240_has_44_sponsors() {
    let (_, graph) = seeds();
    let sponsors: BTreeSet<String> = graph
        .edges_of("S/2020/240", EdgeKind::SubmittedBy, Outgoing)
        .iter()
        .map(|e| e.target.id.clone())
        .collect();
    assert_eq!(sponsors.len(), 44, "{sponsors:?}");
    for id in [
        "state:Algeria",
        "state:Bosnia and Herzegovina",
        "state:Côte d'Ivoire",
        "state:Niger",
        "state:Nigeria",
        "state:Guinea",
        "state:Republic of Moldova",
        "state:Türkiye",
        "state:United Republic of Tanzania",
        "state:Viet Nam",
    ] {
        assert!(sponsors.contains(id), "missing {id}");
    }
    assert!(!sponsors.contains("state:Moldova") && !sponsors.contains("state:Herzegovina"));
}

#[test]
fn s_2020_600_was_submitted_by_france_alone() {
    let (_, graph) = seeds();
    let sponsors: Vec<&str> = graph
        .edges_of("S/2020/600", EdgeKind::SubmittedBy, Outgoing)
        .iter()
        .map(|e| e.target.id.as_str())
        .collect();
    assert_eq!(sponsors, ["state:France"]);
    // "the draft resolution submitted France … (S/2020/600)" after a mention
    // of S/2020/253 in the same sentence: the sponsor goes to the draft.
    assert!(
        graph
            .edges_of("S/2020/253", EdgeKind::SubmittedBy, Outgoing)
            .is_empty()
    );
}

#[test]
fn resolution_2531_extends_minusma_until_2021_06_30() {
    let (_, graph) = seeds();
    let edges = graph.edges_of("S/RES/2531 (2020)", EdgeKind::ExtendsMandate, Outgoing);
    let minusma = edges
        .iter()
        .find(|e| e.target.id == "actor:MINUSMA")
        .expect("2531 extends MINUSMA");
    assert_eq!(
        minusma.edge.attrs().date.map(|v| v.to_string()).as_deref(),
        Some("2021-06-30")
    );
    assert_eq!(
        minusma.target.category.map(|v| v.to_string()).as_deref(),
        Some("mission")
    );
    let ev = minusma.edge.attrs().evidence.as_ref().expect("evidence");
    assert!(
        raw_line(SEED_2531, ev.line).contains("Decides* to extend the mandate of MINUSMA until 30 June 2021")
    );
}

/// The document of seed 000 that holds the draft's text (line 161,
/// "16. Decides to extend the mandate of MINUSMA"): the enclosure S/2020/600
/// once the file is segmented.
fn draft_document() -> String {
    let x = extraction(SEED_2531);
    let doc = x
        .documents
        .iter()
        .filter(|d| d.lines.0 <= 161 && 161 <= d.lines.1)
        .min_by_key(|d| d.lines.1 - d.lines.0)
        .expect("a document holds line 161");
    if x.documents.iter().any(|d| d.node.id == "S/2020/600") {
        assert_eq!(doc.node.id, "S/2020/600", "the draft's text is the enclosure");
    }
    doc.node.id.clone()
}

#[test]
fn the_draft_of_2531_mentions_minusma_fc_g5s_and_csa_with_evidence() {
    let (_, graph) = seeds();
    let draft = draft_document();
    let mentions = graph.edges_of(&draft, EdgeKind::Mentions, Outgoing);
    for (id, forms, at_least) in [
        (
            "actor:MINUSMA",
            &["MINUSMA", "Stabilization Mission in Mali"][..],
            50,
        ),
        (
            "actor:FC-G5S",
            &["FC-G5S", "FC G5S", "G5 Sahel joint force"][..],
            5,
        ),
        ("actor:CSA", &["CSA", "Comité de suivi de l'Accord"][..], 4),
    ] {
        let e = mentions
            .iter()
            .find(|e| e.target.id == id)
            .unwrap_or_else(|| panic!("{draft} mentions {id}"));
        assert!(
            e.edge.attrs().count >= at_least,
            "{id}: {} mentions",
            e.edge.attrs().count
        );
        let ev = e.edge.attrs().evidence.as_ref().expect("evidence");
        assert!(ev.file.ends_with("000_5084318a0e7514bb.txt"));
        let line = raw_line(SEED_2531, ev.line);
        assert!(
            forms.iter().any(|f| line.contains(f)),
            "{id} evidence line {}: {line}",
            ev.line
        );
        assert!(
            forms.iter().any(|f| ev.quote.contains(f)),
            "{id} quote: {}",
            ev.quote
        );
    }
    let fc = mentions
        .iter()
        .find(|e| e.target.id == "actor:FC-G5S")
        .expect("FC-G5S");
    assert_eq!(
        fc.target.category.map(|v| v.to_string()).as_deref(),
        Some("force")
    );
}

#[test]
fn the_mali_panel_and_committee_link_back_to_2374() {
    let (_, graph) = seeds();
    let established: Vec<(&str, Option<&str>)> = graph
        .edges_of("S/RES/2374 (2017)", EdgeKind::Establishes, Outgoing)
        .iter()
        .map(|e| (e.target.id.as_str(), e.target.category.map(|c| c.as_str())))
        .collect();
    assert!(
        established.contains(&("actor:Panel of Experts on Mali", Some("panel"))),
        "{established:?}"
    );
    assert!(
        established.contains(&("actor:Mali Sanctions Committee", Some("committee"))),
        "{established:?}"
    );
}

#[test]
fn jonathan_allen_is_one_person_with_two_roles() {
    let (_, graph) = seeds();
    let person = graph.node("person:Jonathan Allen").expect("one node");
    assert_eq!(person.kind, NodeKind::Person);
    let signed = graph.edges_of("person:Jonathan Allen", EdgeKind::SignedBy, Incoming);
    let roles: BTreeSet<&str> = signed
        .iter()
        .filter_map(|e| e.edge.attrs().role.as_deref())
        .collect();
    assert_eq!(
        roles,
        BTreeSet::from([
            "Chargé d'affaires of the United Kingdom of Great Britain and Northern Ireland to the United Nations",
            "Deputy Permanent Representative of the United Kingdom of Great Britain and Northern Ireland to the United Nations",
        ])
    );
    assert!(
        signed
            .iter()
            .all(|e| e.edge.attrs().represents.as_deref() == Some("state:United Kingdom"))
    );
}

#[test]
fn bold_markup_neither_splits_nor_duplicates_names() {
    let (_, graph) = seeds();
    let people: Vec<&str> = graph
        .nodes()
        .filter(|n| n.kind == NodeKind::Person)
        .map(|n| n.id.as_str())
        .collect();
    assert!(
        people.iter().all(|p| !p.contains('*') && !p.contains("  ")),
        "{people:?}"
    );
    // "Nicolas **de Rivière**", "**Nicolas de Rivière**"; "José Singer
    // **Weisinger**", "José **Singer Weisinger**": one node each.
    for (name, not) in [
        ("person:Nicolas de Rivière", "person:de Rivière"),
        ("person:José Singer Weisinger", "person:Singer Weisinger"),
        ("person:Marc Pecsteen de Buytsverve", "person:de Buytsverve"),
    ] {
        assert!(people.contains(&name), "{name} in {people:?}");
        assert!(!people.contains(&not));
    }
    assert!(
        people.contains(&"person:Ban Ki-moon"),
        "BAN Ki-moon is normalized"
    );
    // The President of the Council signs for the presidency, not for a state.
    let x = extraction(SEED_2518);
    let zhang = x
        .links
        .iter()
        .find(|l| l.kind == EdgeKind::SignedBy)
        .expect("signature");
    assert_eq!(zhang.target.id, "person:Zhang Jun");
    assert_eq!(
        zhang.attrs.role.as_deref(),
        Some("President of the Security Council")
    );
    assert_eq!(zhang.attrs.represents, None);
}

#[test]
fn an_acronym_defined_in_the_text_names_the_actor() {
    // Seed 003: "Mouvement national de libération de l'Azawad (MNLA)".
    let x = extraction(SEED_660);
    let mnla = x
        .links
        .iter()
        .find(|l| l.kind == EdgeKind::Mentions && l.target.id == "actor:MNLA")
        .expect("MNLA");
    assert_eq!(mnla.attrs.count, 2);
    assert_eq!(
        mnla.target.category.map(|v| v.to_string()).as_deref(),
        Some("armed_group")
    );
    // A body the dictionary does not know becomes a new actor (the Ituri
    // Pacification Commission of resolution 1484 (2003)).
    let text = "Welcoming the work of the Ituri Pacification Commission (IPC) and of the Multinational Joint Task Force \
                near Lake Chad, and encouraging the IPC to continue its efforts,";
    let x = Extractor::new().extract_str("fragment.txt", text);
    let ipc = x
        .links
        .iter()
        .find(|l| l.kind == EdgeKind::Mentions && l.target.id == "actor:IPC")
        .expect("a new actor");
    assert_eq!(ipc.attrs.count, 3, "long form, definition and later use");
    assert_eq!(
        ipc.target.category.map(|v| v.to_string()).as_deref(),
        Some("body")
    );
    assert!(x.links.iter().any(|l| l.target.id == "actor:MNJTF"));
    assert!(
        !x.links.iter().any(|l| l.target.id == "state:Chad"),
        "Lake Chad is a lake"
    );
}

#[test]
fn adoption_notes_give_abstentions_and_unanimity() {
    // Footers of resolutions 101 (1953) and 1000 (1995) in the corpus's form.
    let text = "4. Requests the Chief of Staff of the Truce Supervision Organization to report within three months.\n\
                Adopted at the 642nd meeting by 9 votes to noire, with 2 abstentions (Lebanon, Union of Soviet Socialist Republics).\n";
    let x = Extractor::new().extract_str("S-RES-101(1953).txt", text);
    let votes: Vec<(&str, &str, Option<VotePosition>, Option<&str>)> = x
        .links
        .iter()
        .filter(|l| l.kind == EdgeKind::Voted)
        .map(|l| {
            (
                l.source.id.as_str(),
                l.target.id.as_str(),
                l.attrs.position,
                l.attrs.relation.as_deref(),
            )
        })
        .collect();
    // The tally is the resolution's own fact; the named abstainers vote.
    assert_eq!(
        votes,
        [
            (
                "state:Lebanon",
                "S/RES/101 (1953)",
                Some(VotePosition::Abstention),
                None
            ),
            (
                "state:USSR",
                "S/RES/101 (1953)",
                Some(VotePosition::Abstention),
                None
            ),
        ]
    );
    let tally = x
        .documents
        .iter()
        .find(|d| d.node.id == "S/RES/101 (1953)")
        .and_then(|d| d.node.tally.clone())
        .expect("the adoption note gives a tally");
    assert!(!tally.unanimous);
    assert_eq!(
        (tally.in_favour, tally.against, tally.abstaining, tally.meeting),
        (Some(9), Some(0), Some(2), Some(642))
    );
    let x = Extractor::new().extract_str(
        "S-RES-119(1956).txt",
        "Adopted at the 751st meeting by 7 votes to 2 (France, United Kingdom of Great Britain and Northern Ireland), with 2 abstentions (Australia, Belgium).",
    );
    let against: Vec<&str> = x
        .links
        .iter()
        .filter(|l| l.attrs.position == Some(VotePosition::Against))
        .map(|l| l.source.id.as_str())
        .collect();
    assert_eq!(against, ["state:France", "state:United Kingdom"]);
    let x = Extractor::new().extract_str("S-RES-127(1958).txt", "Adopted unanimously at the 809th meeting.");
    let tally = x
        .documents
        .iter()
        .find(|d| d.node.id == "S/RES/127 (1958)")
        .and_then(|d| d.node.tally.clone())
        .expect("a tally");
    assert!(tally.unanimous);
    assert_eq!(tally.meeting, Some(809));
    assert!(
        !x.links.iter().any(|l| l.kind == EdgeKind::Voted),
        "no state is named"
    );
}

/// The `mentions` edges of an extraction: (target id, count).
fn mention_counts(x: &Extraction) -> Vec<(&str, u32)> {
    x.links
        .iter()
        .filter(|l| l.kind == EdgeKind::Mentions)
        .map(|l| (l.target.id.as_str(), l.attrs.count))
        .collect()
}

/// The `voted` edges of an extraction: (state id, resolution id, position).
fn voted(x: &Extraction) -> Vec<(&str, &str, VotePosition)> {
    x.links
        .iter()
        .filter(|l| l.kind == EdgeKind::Voted)
        .map(|l| {
            (
                l.source.id.as_str(),
                l.target.id.as_str(),
                l.attrs.position.expect("a vote has a position"),
            )
        })
        .collect()
}

/// A state named only in a vote statement (an adoption note's lists, its
/// footnote) votes, or is counted by the tally, but is not mentioned: real
/// lines of resolutions 190 (1964), 83 (1950) and 5 (1946).
#[test]
fn a_state_named_in_a_vote_statement_votes_but_is_not_mentioned() {
    let text = "Noting with regret that the Government of South Africa has rejected the appeal of the Secretary-General of 27 March 1964,\n\
                Adopted at the 1128th meeting by 7 votes to none, with 4 abstentions (Brazil, France, United Kingdom of Great Britain and Northern Ireland, United States of America).\n";
    let x = Extractor::new().extract_str("S-RES-190(1964).txt", text);
    assert_eq!(mention_counts(&x), [("state:South Africa", 1)]);
    let res = "S/RES/190 (1964)";
    let abstention = VotePosition::Abstention;
    assert_eq!(
        voted(&x),
        [
            ("state:Brazil", res, abstention),
            ("state:France", res, abstention),
            ("state:United Kingdom", res, abstention),
            ("state:United States", res, abstention),
        ]
    );

    let text = "Having noted the appeal from the Republic of Korea to the United Nations for immediate and effective steps to secure peace and security,\n\
                Adopted at the 474th meeting by 7 votes to 1 (Yugoslavia).2\n\
                2 Two members (Egypt, India) did not participate in the voting; one member (Union of Soviet Socialist Republics) was absent.\n";
    let x = Extractor::new().extract_str("S-RES-83(1950).txt", text);
    assert_eq!(mention_counts(&x), [("state:Republic of Korea", 1)]);
    // The footnote names the members that cast no vote: no mentions either.
    assert_eq!(
        voted(&x),
        [
            ("state:Yugoslavia", "S/RES/83 (1950)", VotePosition::Against),
            ("state:Egypt", "S/RES/83 (1950)", VotePosition::NotParticipating),
            ("state:India", "S/RES/83 (1950)", VotePosition::NotParticipating),
            ("state:USSR", "S/RES/83 (1950)", VotePosition::Absent),
        ]
    );
    let tally = x
        .documents
        .iter()
        .find(|d| d.node.id == "S/RES/83 (1950)")
        .and_then(|d| d.node.tally.clone())
        .expect("the adoption note gives a tally");
    assert_eq!(
        (tally.in_favour, tally.against, tally.not_participating),
        (Some(7), Some(1), Some(2))
    );

    // Named in the text and in the note: counted once, with the text's evidence.
    let text = "To defer further proceedings on the Iranian matter in order that the Government of Iran may have time in which to ascertain through its official representatives whether all USSR troops have been withdrawn from the whole of Iran;\n\
                Adopted at the 40th meeting by 10 votes (Union of Soviet Socialist Republics, absent)\n";
    let x = Extractor::new().extract_str("S-RES-5(1946).txt", text);
    let ussr = x
        .links
        .iter()
        .find(|l| l.kind == EdgeKind::Mentions && l.target.id == "state:USSR")
        .expect("the text names the USSR");
    assert_eq!(ussr.attrs.count, 1);
    let quote = &ussr.attrs.evidence.as_ref().expect("evidence").quote;
    assert!(quote.contains("all USSR troops"), "{quote}");
}

/// Phrases that hold a state's name but name no state: a currency (resolution
/// 986 (1995)) and the federation planned for Indonesia (resolution 30 (1947)).
#[test]
fn a_currency_or_a_federation_named_after_a_state_is_no_mention() {
    let text = "1. Authorizes States, notwithstanding the provisions of paragraphs 3 (a), 3 (b) and 4 of resolution 661 (1990) and subsequent relevant resolutions, to permit the import of petroleum and petroleum products originating in Iraq, including financial and other essential transactions directly relating thereto, sufficient to produce a sum not exceeding a total of one billion United States dollars every 90 days for the purposes set out in this resolution and subject to the following conditions:\n";
    let x = Extractor::new().extract_str("S-RES-986(1995).txt", text);
    assert_eq!(mention_counts(&x), [("state:Iraq", 1)]);
    let text = "2. Notes with satisfaction the statement issued by the Netherlands Government on 11 August 1947, in which it affirms its intention to organize a sovereign, democratic United States of Indonesia in accordance with the purposes of the Linggadjati Agreement;\n";
    let x = Extractor::new().extract_str("S-RES-30(1947).txt", text);
    assert_eq!(mention_counts(&x), [("state:Netherlands", 1)]);
}

/// In the corpus, no `mentions` edge's evidence is a vote statement: the
/// line its first mention stands on is no adoption note, tally or footnote
/// on the voting.
#[test]
fn corpus_mentions_are_not_read_from_vote_statements() {
    let Some(graph) = common::sc_corpus_graph() else {
        return;
    };
    let vote = regex::Regex::new(
        r"votes? to (?:none|noire|\d+)|[Aa]bstentions? ?\(|by (?:\d+|[a-z]+) votes \(|members? \([^)]*\) (?:did not participate in the voting|was absent)",
    )
    .expect("valid pattern");
    let mut lines: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
    let mut mentions = 0;
    let mut from_votes = Vec::new();
    for e in graph.edges() {
        if e.edge.kind != EdgeKind::Mentions || e.target.kind != NodeKind::State {
            continue;
        }
        let Some(ev) = e.edge.attrs().evidence.as_ref() else {
            continue;
        };
        mentions += 1;
        let text = lines.entry(ev.file.clone()).or_insert_with(|| {
            let text = std::fs::read(&ev.file).expect("the evidence's file reads");
            String::from_utf8_lossy(&text)
                .lines()
                .map(str::to_string)
                .collect()
        });
        let line = text.get(ev.line as usize - 1).map_or("", String::as_str);
        if vote.is_match(line) {
            from_votes.push(format!("{} -> {}: {line}", e.source.id, e.target.id));
        }
    }
    assert!(mentions > 3000, "{mentions} mentions of states");
    assert!(from_votes.is_empty(), "{from_votes:#?}");
}

#[test]
fn a_user_dictionary_replaces_the_bundled_one() {
    let dict = ActorDictionary::from_toml_str(
        "states = [\"Mali\"]\n[[actor]]\nid = \"MINUSMA\"\nname = \"United Nations Multidimensional Integrated Stabilization Mission in Mali\"\ncategory = \"mission\"\nacronyms = [\"MINUSMA\"]\n",
    )
    .expect("valid dictionary");
    assert_eq!(dict.len(), 2);
    let x =
        Extractor::with_actors(dict).extract_str(SEED_660, &std::fs::read_to_string(SEED_660).expect("seed"));
    let targets = mentions_of(&x);
    // MNLA is not in this dictionary, but the text defines it; a learned
    // actor is scoped to the state the text is about.
    assert_eq!(
        targets,
        BTreeSet::from(["actor:MINUSMA", "actor:MNLA (Mali)", "state:Mali"])
    );
    // With no dictionary, no actor facts at all.
    let x = Extractor::with_actors(ActorDictionary::empty())
        .extract_str(SEED_660, "the Niger votes in favour of MINUSMA");
    assert!(
        x.links
            .iter()
            .all(|l| l.target.kind.is_document() && l.source.kind.is_document())
    );
}

#[test]
fn corpus_votes_mandates_and_actors() {
    let Some(dir) = common::sc_corpus_or_skip() else {
        return;
    };
    let corpus = Extractor::new().extract_paths(&[dir]);
    let links: Vec<&unxref::Link> = corpus.extractions.iter().flat_map(|x| &x.links).collect();
    let tallied: BTreeSet<&str> = corpus
        .extractions
        .iter()
        .flat_map(|x| &x.documents)
        .filter(|d| d.node.kind == NodeKind::Resolution && d.node.tally.is_some())
        .map(|d| d.node.id.as_str())
        .collect();
    assert!(
        tallied.len() >= 150,
        "{} resolutions with a recorded tally",
        tallied.len()
    );
    assert!(links.iter().any(|l| l.kind == EdgeKind::Voted
        && l.source.id == "state:USSR"
        && l.target.id == "S/RES/101 (1953)"
        && l.attrs.position == Some(VotePosition::Abstention)));
    let extends: Vec<&&unxref::Link> = links
        .iter()
        .filter(|l| l.kind == EdgeKind::ExtendsMandate)
        .collect();
    let dated = extends.iter().filter(|l| l.attrs.date.is_some()).count();
    assert!(extends.len() >= 300, "{} mandate extensions", extends.len());
    assert!(
        dated * 10 >= extends.len() * 8,
        "{dated} of {} extensions dated",
        extends.len()
    );
    assert!(extends.iter().all(|l| l.target.kind == NodeKind::Actor));
    // Resolution 1509 (2003) establishes UNMIL.
    assert!(links.iter().any(|l| l.kind == EdgeKind::Establishes
        && l.source.id == "S/RES/1509 (2003)"
        && l.target.id == "actor:UNMIL"));
    assert!(links.iter().all(|l| !l.target.id.contains('*')));
}

use crate::common::mentioned;

/// Regressions of issue 16, on real sentences: names a text defines for
/// itself become its actors by either form; a name broken over lines or
/// table columns still matches; a longer name, a symbol or a suffixed
/// acronym holding a known one is not that one.
#[test]
fn actors_a_text_defines_breaks_and_contains() {
    let cases: &[(&str, &[&str])] = &[
        // defined in the text, then named by either form (the acronym is French)
        (
            "The Heads of State of the Confederation of the Sahel States (AES) met in Niamey. Later, the Confederation of the Sahel States announced a joint force.",
            &["actor:AES"],
        ),
        // a name no dictionary holds, defined and then used by its full name
        (
            "the Lake Victoria Patrol Committee (LVPC) met on 3 May; the Lake Victoria Patrol Committee reported.",
            &["actor:LVPC"],
        ),
        // real: S/RES/1216 (1998) names a body the text defines
        (
            "the Joint Commission for the Formation of the Mozambican Defence Force (CCFADM), on the strict understanding",
            &["actor:CCFADM"],
        ),
        // broken over lines and table columns (PDF text)
        (
            "the International Monetary\nFund and the Economic and Social\n\nCouncil and the 1267 Monitoring     Team",
            &["actor:1267 Monitoring Team", "actor:ECOSOC", "actor:IMF"],
        ),
        // a longer name that holds a known one is not that one
        // (though it names the Sahel region, a place)
        (
            "The Joint Military Staff Committee of the Sahel Region met in Bamako.",
            &["place:Sahel"],
        ),
        // real: S/2009/72 (UNMIT): no UNSCOM in a longer name, the
        // commission of Timor-Leste the dictionary holds (audit 16)
        (
            "as recommended by the Independent Special Commission of Inquiry (S/2008/26, para. 30).",
            &["actor:Independent Special Commission of Inquiry for Timor-Leste"],
        ),
        // a symbol and a suffixed acronym
        ("under decision 1/CMA.3 of the Conference of the Parties", &[]),
        ("SPLM-N fighters crossed the border", &["actor:SPLM-N"]),
        // real: S/RES/2195 (2014): two names side by side are both kept
        (
            "the Lake Chad Basin Commission Multinational Joint Task Force and its Regional Intelligence Fusion Unit",
            &["actor:LCBC", "actor:MNJTF"],
        ),
        // real: S/2004/333: acronyms joined by a slash name two actors
        (
            "unpaid assessed contributions to the special account for UNTAET/UNMISET amounted to $70.6 million",
            &["actor:UNMISET", "actor:UNTAET"],
        ),
        // real: S/1998/59 (UNTAES): bodies named without an acronym
        (
            "representatives of the Joint Council of Municipalities had their first meeting with President Tudjman",
            &["actor:Joint Council of Municipalities"],
        ),
        (
            "UNTAES transferred responsibility for the management and operational control of the Transitional Police Force to the Ministry of Interior.",
            &["actor:Transitional Police Force", "actor:UNTAES"],
        ),
        // generic names, persons' offices and governments are not bodies of
        // their own; a government named by its demonym mentions its state
        (
            "the Panel of Experts met the Head of Mission, the Afghan Government and the United Nations Mission.",
            &["state:Afghanistan"],
        ),
        // real: S/RES/2036 (2012): the acronym spells a longer name than the state before it
        (
            "the bilateral support programmes of Member States and the European Union Training Mission for Somalia (EUTM); 15. Notes",
            &["actor:EUTM", "actor:European Union", "state:Somalia"],
        ),
        // real: S/2016/225 (MINUSTAH): a lower-case description is no body,
        // and a state's own office is not the Council's of the same words
        (
            "the Provisional Electoral Council announced the appointment of a special commission to review 162 complaints; MINUSTAH has been providing support to Haiti's Office of the Ombudsperson",
            &[
                "actor:MINUSTAH",
                "actor:Provisional Electoral Council",
                "state:Haiti",
            ],
        ),
        // real, as the PDF reader gives a justified line of S/2016/225: names
        // with `of the` inside, words two spaces apart; a project is no body
        (
            "16.  The  Superior  Council  of  the  Judiciary  held  a  course. The  High-level  Committee  for  the  Elimination  of  Cholera  met. The Emergency Call Centre project started.",
            &[
                "actor:High-level Committee for the Elimination of Cholera",
                "actor:Superior Council of the Judiciary",
            ],
        ),
        // a body whose name ends on a plan's word (real: S/2016/225)
        (
            "the criminal procedure code and the Presidential Commission on Justice Reform submitted it.",
            &["actor:Presidential Commission on Justice Reform"],
        ),
        // the Sahel's actors of the 2025 report, by their usual names
        (
            "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) and Islamic State Sahel Province attacked; the Mano River Union, the ECOWAS Standby Force, the African Standby Force, the Accra Initiative, the Peacebuilding Fund, INTERPOL, UNESCO and the Office of Counter-Terrorism responded.",
            &[
                "actor:Accra Initiative",
                "actor:African Standby Force",
                // "the ECOWAS Standby Force" names ECOWAS (`part_of`).
                "actor:ECOWAS",
                "actor:ECOWAS Standby Force",
                "actor:INTERPOL",
                "actor:ISSP",
                "actor:JNIM",
                "actor:Mano River Union",
                "actor:PBF",
                "actor:UNESCO",
                "actor:UNOCT",
            ],
        ),
    ];
    for (text, expected) in cases {
        let want: BTreeSet<String> = expected.iter().map(|s| s.to_string()).collect();
        assert_eq!(mentioned(text), want, "{text:?}");
    }
}

#[test]
fn a_state_signs_through_its_representatives() {
    let (_, graph) = seeds();
    // "(Signed) Abdoulaye Diop" with no title under it: the transmitting
    // letter describes him ("a letter from Abdoulaye Diop, Minister for
    // Foreign Affairs, … of Mali").
    let diop = graph.edges_of("person:Abdoulaye Diop", EdgeKind::SignedBy, Incoming);
    assert_eq!(diop.len(), 1);
    assert_eq!(
        diop[0].edge.attrs().role.as_deref(),
        Some("Minister for Foreign Affairs, African Integration and International Cooperation of Mali")
    );
    assert_eq!(diop[0].edge.attrs().represents.as_deref(), Some("state:Mali"));
    let mali = graph.query("what did Mali sign").unwrap();
    assert_eq!(
        mali.node_ids(),
        graph.query("what did Abdoulaye Diop sign").unwrap().node_ids()
    );
    assert_eq!(mali.node_ids(), ["S/2014/660"]);
    assert!(
        mali.notes()
            .iter()
            .any(|n| n.contains("state:Mali signed 1 of these through its representatives")),
        "{:?}",
        mali.notes()
    );
    // Every letter a representative of France signed, and only those, with
    // the signatory as `via`.
    let france = graph.query("what did France sign").unwrap();
    let mut expected: Vec<String> = graph
        .petgraph()
        .edge_references()
        .filter(|e| {
            e.weight().kind == EdgeKind::SignedBy
                && e.weight().attrs().represents.as_deref() == Some("state:France")
        })
        .map(|e| graph.petgraph()[e.source()].id.clone())
        .collect();
    expected.sort();
    let mut got: Vec<String> = france.node_ids().into_iter().map(String::from).collect();
    got.sort();
    assert_eq!(got, expected);
    assert_eq!(got.len(), 2);
    let csv = france.to_csv();
    assert!(
        csv.lines()
            .skip(1)
            .all(|l| l.contains("person:Nicolas de Rivière")),
        "{csv}"
    );
    // A kind or a time keeps the note.
    let letters = graph.query("which letters did France sign").unwrap();
    assert_eq!(letters.node_ids(), france.node_ids());
    assert!(
        letters
            .notes()
            .iter()
            .any(|n| n.contains("through its representatives"))
    );
    // The president of the Council signs for no state the text names.
    let presidents = graph.edges_of("person:Zhang Jun", EdgeKind::SignedBy, Incoming);
    assert!(presidents.iter().any(|e| e.edge.attrs().represents.is_none()));
}

/// Places that are not member states, on the resolutions' own sentences:
/// each is named by its usual forms, and a longer name that holds one (a
/// body, a state's official name) is still that body or state only.
#[test]
fn places_are_named_by_their_forms() {
    let cases: &[(&str, &[&str])] = &[
        // real: S/RES/1244 (1999)
        (
            "Determined to resolve the grave humanitarian situation in Kosovo, Federal Republic of Yugoslavia,",
            // The FRY is Serbia's node: Serbia continued its seat.
            &["place:Kosovo", "state:Serbia"],
        ),
        // real: S/RES/2018 (2011): the gulf is a place, not the state of Guinea
        (
            "piracy and armed robbery at sea in the Gulf of Guinea pose to international navigation",
            &["place:Gulf of Guinea"],
        ),
        // real: S/RES/47 (1948)
        (
            "India and Pakistan concerning the dispute over the State of Jammu and Kashmir,",
            &["place:Kashmir", "state:India", "state:Pakistan"],
        ),
        // real: S/RES/822 (1993)
        (
            "a continuation of the conflict in and around the Nagorny Karabakh region of the Azerbaijani Republic",
            &["place:Nagorno-Karabakh", "state:Azerbaijan"],
        ),
        // real: S/RES/1291 (2000)
        (
            "in the eastern part of the country, especially the Kivus and Kisangani,",
            &["place:Kivu"],
        ),
        // real: S/RES/232 (1966): the colony that became Zimbabwe, one node
        (
            "States to do their utmost to break off economic relations with Southern Rhodesia,",
            &["state:Zimbabwe"],
        ),
        // a body's name that only begins with a place is the body's (SWAPO,
        // CEN-SAD); one that names where the body works names the place too
        // (MINURSO "in Western Sahara")
        (
            "Sam Nujoma, President of the South West Africa People's Organization, and the United Nations Mission for the Referendum in Western Sahara, with the Community of Sahelo-Saharan States (CEN-SAD)",
            &[
                "actor:CEN-SAD",
                "actor:MINURSO",
                "actor:SWAPO",
                "place:Western Sahara",
            ],
        ),
    ];
    for (text, expected) in cases {
        let want: BTreeSet<String> = expected.iter().map(|s| s.to_string()).collect();
        assert_eq!(mentioned(text), want, "{text:?}");
    }
}

/// On the resolutions: the documents that mention a place are the files
/// whose text names it, counted here by a plain search of each file; a
/// body's name that names where it works (MINURSO's "Referendum in Western
/// Sahara") names the place too.
#[test]
fn resolutions_on_a_place_are_the_files_that_name_it() {
    let Some(graph) = common::sc_corpus_graph() else {
        return;
    };
    let Some(dir) = common::sc_corpus() else {
        return;
    };
    let cases: &[(&str, &str, &[&str])] = &[
        ("place:Western Sahara", "western sahara", &[]),
        ("place:Abkhazia", "abkhazia", &[]),
        ("place:Jerusalem", "jerusalem", &[]),
    ];
    let texts: Vec<(String, String)> = common::read_dir_texts(&dir)
        .map(|(name, text)| (name, text.to_lowercase()))
        .collect();
    for (id, name, held_by) in cases {
        let ix = graph.index_of(id).unwrap_or_else(|| panic!("{id} is a node"));
        let found: BTreeSet<String> = graph
            .petgraph()
            .edges_directed(ix, Incoming)
            .filter(|e| e.weight().kind == EdgeKind::Mentions)
            .map(|e| graph.petgraph()[e.source()].id.clone())
            .collect();
        let named = texts
            .iter()
            .filter(|(_, text)| {
                let mut rest = text.clone();
                for body in *held_by {
                    rest = rest.replace(body, "");
                }
                rest.match_indices(name).any(|(at, _)| {
                    let before = rest[..at].chars().next_back();
                    let after = rest[at + name.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
                })
            })
            .count();
        assert!(named > 10, "{id}: the corpus names it in {named} files");
        assert_eq!(found.len(), named, "{id}: {found:?}");
        assert!(found.iter().all(|s| s.starts_with("S/RES/")), "{id}: {found:?}");
    }
}

/// A treaty body whose name holds a comma is one actor, not the words
/// before the comma (audit 5: "the Committee on Economic, Social and
/// Cultural Rights" was learned as "Committee on Economic").
#[test]
fn treaty_bodies_are_named_whole() {
    let text = "Resolution 2999 (2022)\n\nThe Security Council,\n\nWelcoming the work of the \
                Committee on Economic, Social and Cultural Rights and of the Committee on the Rights \
                of Persons with Disabilities,\n";
    let extraction = Extractor::new().extract_str("S-RES-2999(2022).txt", text);
    let mentioned = mentions_of(&extraction);
    assert_eq!(
        mentioned,
        BTreeSet::from(["actor:CESCR", "actor:CRPD Committee"]),
        "{mentioned:?}"
    );
}

/// What an extraction's documents mention, by target id.
fn mentions_of(extraction: &Extraction) -> BTreeSet<&str> {
    extraction
        .links
        .iter()
        .filter(|l| l.kind == EdgeKind::Mentions)
        .map(|l| l.target.id.as_str())
        .collect()
}
