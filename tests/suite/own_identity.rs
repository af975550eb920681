//! A document's identity from its own head (audit 5): the kind its own
//! symbol says (a presidential statement, a meeting record, a General
//! Assembly resolution) before its title words, the date of its meeting or
//! adoption before a date it quotes or its distribution, a single annex
//! headed `Annex to the letter dated …`, a text opened by byte-order marks;
//! and the citations around it: a symbol restating a citation, a kind cue
//! that stops at `the documents`, a preposition that governs only its own
//! object. The texts are short excerpts in the UN's own wording (the modern
//! layouts the repository's corpus does not hold), or real lines of the
//! corpus, quoted with their file.

use unxref::{DocumentRecord, EdgeKind, Extraction, Extractor, Link, NodeKind};

fn extract(name: &str, text: &str) -> Extraction {
    Extractor::new().extract_str(name, text)
}

fn document<'a>(x: &'a Extraction, id: &str) -> &'a DocumentRecord {
    x.documents
        .iter()
        .find(|d| d.node.id == id)
        .unwrap_or_else(|| panic!("no document {id} in {:?}", ids(x)))
}

fn ids(x: &Extraction) -> Vec<&str> {
    x.documents.iter().map(|d| d.node.id.as_str()).collect()
}

fn date(d: &DocumentRecord) -> Option<String> {
    d.node.date.map(|d| d.to_string())
}

fn cites<'a>(x: &'a Extraction, source: &str) -> Vec<&'a Link> {
    x.links
        .iter()
        .filter(|l| l.source.id == source && l.kind == EdgeKind::Cites)
        .collect()
}

fn cite<'a>(x: &'a Extraction, source: &str, target: &str) -> Vec<&'a Link> {
    cites(x, source)
        .into_iter()
        .filter(|l| l.target.id == target)
        .collect()
}

/// A held presidential statement, laid out as the Council issues it.
const PRST: &str = "United Nations                                                S/PRST/2021/12
Security Council                                   Distr.: General
                                                   24 June 2021

Original: English

Statement by the President of the Security Council

At the 8805th meeting of the Security Council, held on 24 June 2021, in connection with the Council's consideration of the item entitled \"Reports of the Secretary-General on the Sudan and South Sudan\", the President of the Security Council made the following statement on behalf of the Council:

\"The Security Council recalls its resolutions 2567 (2021) and 2514 (2020) and its presidential statements S/PRST/2019/8 and S/PRST/2020/5.
";

#[test]
fn a_presidential_statement_is_one_by_its_symbol_not_a_statement_by_its_title() {
    let x = extract("prst.txt", PRST);
    let d = document(&x, "S/PRST/2021/12");
    assert_eq!(d.node.kind, NodeKind::PresidentialStatement);
    assert_eq!(date(d).as_deref(), Some("2021-06-24"));
    assert_eq!(cite(&x, "S/PRST/2021/12", "S/RES/2567 (2021)").len(), 1);
    // Without a symbol, the title words still tell a statement.
    let untitled = PRST.replacen("S/PRST/2021/12", "", 1);
    let x = extract("statement.txt", &untitled);
    assert_eq!(x.documents[0].node.kind, NodeKind::Statement);
}

/// A meeting record whose agenda item is a letter of another year.
const PV_LETTER: &str = "United Nations                                                   S/PV.8979
Security Council
Seventy-seventh year

8979th meeting
Friday, 25 February 2022, 3 p.m.
New York

President: Mr. Nebenzia ........................................... (Russian Federation)

Letter dated 28 February 2014 from the Permanent Representative of Ukraine to the United Nations addressed to the President of the Security Council (S/2014/136)

The President: Members of the Council have before them document S/2022/155, the text of a draft resolution submitted by Albania and the United States of America.

I shall put the draft resolution to the vote now.
";

/// A meeting record whose agenda item is a report.
const PV_REPORT: &str = "United Nations                                                   S/PV.9280
Security Council
Seventy-eighth year

9280th meeting
Wednesday, 15 March 2023, 10 a.m.
New York

Reports of the Secretary-General on the Sudan and South Sudan

Report of the Secretary-General on South Sudan (S/2023/135)

The President: Members of the Council have before them document S/2023/170, the text of a draft resolution submitted by the United States of America.
";

#[test]
fn a_meeting_record_is_typed_and_dated_by_its_meeting_not_its_agenda_item() {
    let x = extract("pv8979.txt", PV_LETTER);
    let d = document(&x, "S/PV.8979");
    assert_eq!(d.node.kind, NodeKind::MeetingRecord);
    // Not 2014-02-28, the date of the letter its agenda item names.
    assert_eq!(date(d).as_deref(), Some("2022-02-25"));
    assert_eq!(d.node.year, Some(2022));
    assert_eq!(d.node.title.as_deref(), Some("8979th meeting"));
    // The letter and the draft are still cited.
    assert_eq!(cite(&x, "S/PV.8979", "S/2014/136").len(), 1);
    assert_eq!(cite(&x, "S/PV.8979", "S/2022/155").len(), 1);

    let x = extract("pv9280.txt", PV_REPORT);
    let d = document(&x, "S/PV.9280");
    assert_eq!(d.node.kind, NodeKind::MeetingRecord);
    assert_eq!(date(d).as_deref(), Some("2023-03-15"));
    // The older layout states the day after `Held at Headquarters …, on`.
    let held = PV_REPORT.replace(
        "Wednesday, 15 March 2023, 10 a.m.",
        "Held at Headquarters, New York, on Wednesday, 15 March 2023, at 10 a.m.",
    );
    let x = extract("pv9280.txt", &held);
    assert_eq!(date(document(&x, "S/PV.9280")).as_deref(), Some("2023-03-15"));
}

const GA_RES: &str = "United Nations                                              A/RES/75/191
General Assembly                                  Distr.: General
                                                  28 December 2020

Seventy-fifth session
Agenda item 72 (c)

Resolution adopted by the General Assembly on 16 December 2020

[on the report of the Third Committee (A/75/478/Add.3)]

75/191. Situation of human rights in the Islamic Republic of Iran

The General Assembly,

Recalling its previous resolutions on the situation of human rights in the Islamic Republic of Iran, the most recent of which is resolution 74/167 of 18 December 2019,

Taking note of Economic and Social Council resolution 2020/12 of 22 July 2020 (E/RES/2020/12),

Welcoming the draft resolution A/C.3/75/L.31 and the documents TD/B/67/2, UNEP/EA.5/Res.3 and ST/SGB/2019/8 and E/CN.6/2020/3,

1. Decides to continue its consideration of the question at its seventy-sixth session.

46th plenary meeting
16 December 2020
";

const GA_ES: &str = "United Nations                                              A/RES/ES-11/1
General Assembly                                  Distr.: General
                                                  18 March 2022

Eleventh emergency special session
Agenda item 5

Resolution adopted by the General Assembly on 2 March 2022

[without reference to a Main Committee (A/ES-11/L.1 and A/ES-11/L.1/Add.1)]

ES-11/1. Aggression against Ukraine

The General Assembly,

Recalling also its resolution 68/262 of 27 March 2014 on the territorial integrity of Ukraine,

1. Reaffirms its commitment to the sovereignty, independence, unity and territorial integrity of Ukraine;

5th plenary meeting
2 March 2022
";

#[test]
fn a_general_assembly_resolution_is_dated_by_its_adoption_at_its_own_sessions_meeting() {
    let x = extract("ga.txt", GA_RES);
    let d = document(&x, "A/RES/75/191");
    assert_eq!(d.node.kind, NodeKind::GaResolution);
    // Not the `Distr.: General 28 December 2020` line.
    assert_eq!(date(d).as_deref(), Some("2020-12-16"));
    // Its title is its own line, not the letterhead `United Nations A/RES/75/191`.
    assert_eq!(
        d.node.title.as_deref(),
        Some("75/191. Situation of human rights in the Islamic Republic of Iran")
    );
    assert_eq!(d.adopted_at.as_deref(), Some("A/75/PV.46"));

    let x = extract("es.txt", GA_ES);
    let d = document(&x, "A/RES/ES-11/1");
    assert_eq!(date(d).as_deref(), Some("2022-03-02"));
    // The 5th plenary meeting of the emergency special session, not of the
    // 68th session whose resolution 68/262 is cited above it.
    assert_eq!(d.adopted_at.as_deref(), Some("A/ES-11/PV.5"));
    let meetings: Vec<&str> = cites(&x, "A/RES/ES-11/1")
        .into_iter()
        .map(|l| l.target.id.as_str())
        .filter(|t| t.contains("/PV."))
        .collect();
    assert!(meetings.is_empty(), "{meetings:?}");

    // Without the adoption line, the closing dates it.
    let closing_only = GA_RES.replace(
        "Resolution adopted by the General Assembly on 16 December 2020\n",
        "",
    );
    let x = extract("ga.txt", &closing_only);
    assert_eq!(date(document(&x, "A/RES/75/191")).as_deref(), Some("2020-12-16"));
}

#[test]
fn a_symbol_in_parentheses_restates_the_citation_before_it() {
    let x = extract("ga.txt", GA_RES);
    assert_eq!(cite(&x, "A/RES/75/191", "E/RES/2020/12").len(), 1);
    // Two citations of one symbol apart are still two.
    let twice = GA_RES.replace(
        "1. Decides",
        "1. Recalls Economic and Social Council resolution 2020/12;\n\n2. Decides",
    );
    let x = extract("ga.txt", &twice);
    assert_eq!(cite(&x, "A/RES/75/191", "E/RES/2020/12").len(), 2);
}

#[test]
fn a_draft_cue_stops_at_the_documents_and_only_drafts_series_take_it() {
    let x = extract("ga.txt", GA_RES);
    let kind = |t: &str| cite(&x, "A/RES/75/191", t)[0].target.kind;
    assert_eq!(kind("A/C.3/75/L.31"), NodeKind::DraftResolution);
    for t in ["TD/B/67/2", "UNEP/EA.5/Res.3", "ST/SGB/2019/8", "E/CN.6/2020/3"] {
        assert_ne!(kind(t), NodeKind::DraftResolution, "{t}");
    }
    // A draft cue reaches no series drafts are not issued in.
    let x = extract(
        "ga.txt",
        &GA_RES.replace(
            "and the documents TD/B/67/2, UNEP/EA.5/Res.3",
            "and the draft TD/B/67/2, UNEP/EA.5/Res.3",
        ),
    );
    assert_ne!(
        cite(&x, "A/RES/75/191", "TD/B/67/2")[0].target.kind,
        NodeKind::DraftResolution
    );
    // `contained in documents` keeps the report's kind (S-RES-350(1974).txt:33).
    let x = extract(
        "S-RES-350(1974).txt",
        "Resolution 350 (1974)\n\nThe Security Council,\n\nHaving considered the report of the Secretary-General contained in documents S/11302 and Add.1, and having heard his statement made at the 1773rd meeting of the Security Council,\n",
    );
    assert_eq!(
        cite(&x, "S/RES/350 (1974)", "S/11302")[0].target.kind,
        NodeKind::Report
    );
}

const LETTER_WITH_ANNEX: &str = "United Nations                                                  S/2021/350
Security Council                                     Distr.: General
                                                     12 April 2021

Original: English

Letter dated 9 April 2021 from the Permanent Representative of Ireland to the United Nations addressed to the President of the Security Council

I have the honour to transmit herewith the joint statement of the Permanent Representatives of Estonia, Ireland and Norway on the situation in Myanmar (see annex), issued following the adoption of presidential statement S/PRST/2021/5.

(Signed) Geraldine Byrne Nason
Permanent Representative

Annex to the letter dated 9 April 2021 from the Permanent Representative of Ireland to the United Nations addressed to the President of the Security Council

Joint statement on Myanmar

We call for the full implementation of Security Council resolution 2046 (2012).
";

#[test]
fn a_single_annex_to_the_letter_is_a_document_the_letter_contains() {
    let x = extract("letter.txt", LETTER_WITH_ANNEX);
    assert_eq!(ids(&x), ["S/2021/350", "S/2021/350/annex"]);
    let contains: Vec<&str> = x
        .links
        .iter()
        .filter(|l| l.kind == EdgeKind::Contains && l.source.id == "S/2021/350")
        .map(|l| l.target.id.as_str())
        .collect();
    assert_eq!(contains, ["S/2021/350/annex"]);
    // The joint statement's citation is the annex's, the letter's its own.
    assert_eq!(cite(&x, "S/2021/350/annex", "S/RES/2046 (2012)").len(), 1);
    assert!(cite(&x, "S/2021/350", "S/RES/2046 (2012)").is_empty());
    assert_eq!(cite(&x, "S/2021/350", "S/PRST/2021/5").len(), 1);
    // A bare `Annex` without an identity stays part of the symbol's
    // document (seed 003, S/2014/660).
    let bare = LETTER_WITH_ANNEX.replace("Annex to the letter dated 9 April 2021 from the Permanent Representative of Ireland to the United Nations addressed to the President of the Security Council", "Annex");
    let x = extract("letter.txt", &bare);
    assert_eq!(ids(&x), ["S/2021/350"]);
}

#[test]
fn byte_order_marks_and_zero_width_characters_open_no_text() {
    let body = "Resolution 2302 (2016)\n\nThe Security Council,\n\nRecalling its resolution 1325 (2000),\n";
    for lead in ["\u{feff}\u{feff}", "\u{feff} \u{200b}", "\u{200b}"] {
        let x = extract("bom.txt", &format!("{lead}{body}"));
        assert_eq!(ids(&x), ["S/RES/2302 (2016)"], "{lead:?}");
        assert_eq!(x.documents[0].node.kind, NodeKind::Resolution);
        let targets: Vec<&str> = cites(&x, "S/RES/2302 (2016)")
            .into_iter()
            .map(|l| l.target.id.as_str())
            .collect();
        // Never itself.
        assert_eq!(targets, ["S/RES/1325 (2000)"], "{lead:?}");
    }
}

fn relations(x: &Extraction, source: &str, target: &str) -> Vec<String> {
    cite(x, source, target)
        .into_iter()
        .map(|l| l.attrs.relation.clone().unwrap_or_default())
        .collect()
}

fn resolution(n: &str, line: &str) -> String {
    format!("Resolution {n}\n\nThe Security Council,\n\n{line}\n")
}

#[test]
fn a_preposition_governs_its_own_object_not_the_next_document() {
    // Real lines: S-RES-955(1994).txt:41, S-RES-845(1993).txt:32,
    // S-RES-1940(2010).txt:16, S-RES-706(1991).txt:41 (cut), S-RES-773(1992).txt:36,
    // S-RES-1616(2005).txt:14, S-RES-2101(2013).txt:75 (all three cut).
    let cases = [
        (
            "955 (1994)",
            "Expressing appreciation for the work of the Commission of Experts established pursuant to resolution 935 (1994), in particular its preliminary report on violations of international humanitarian law in Rwanda transmitted by the Secretary-General's letter of 1 October 1994 (S/1994/1125),",
            "S/1994/1125",
            "expressing",
        ),
        (
            "845 (1993)",
            "Having considered the report of the Secretary-General submitted pursuant to resolution 817 (1993) , together with the statement of the Government of Greece and the letter of the President of the former Yugoslav Republic of Macedonia dated 27 and 29 May 1993 respectively (S/25855 and Add.1 and 2),",
            "S/25855",
            "having considered",
        ),
        (
            "1940 (2010)",
            "Taking note of the 2009 Report of the Committee pursuant to resolution 1132 (1997) concerning Sierra Leone (S/2009/690) and, in particular, the Chairman's observations in paragraph 17,",
            "S/2009/690",
            "taking note of",
        ),
        (
            "706 (1991)",
            "Recalling that, pursuant to resolutions 687 (1991) , 692 (1991) and 699 (1991) , Iraq is required to pay the full costs of the Special Commission and the IAEA in carrying out the tasks authorized by section C of resolution 687 (1991) , and that the Secretary-General in his report to the Security Council of 15 July 1991 (S/22792), submitted pursuant to paragraph 4 of resolution 699 (1991) , expressed the view",
            "S/22792",
            "recalling",
        ),
        // Participial prepositions govern their own object too.
        (
            "773 (1992)",
            "Recalling in this connection that through the demarcation process the Commission is simply carrying out the technical task necessary to demarcate for the first time the precise coordinates of the boundary set out in the Agreed Minutes between the State of Kuwait and the Republic of Iraq signed by them on 4 October 1963, and that this task is being carried out pursuant to resolution 687 (1991) and the Secretary-General's report for implementing paragraph 3 of that resolution (S/22558),",
            "S/22558",
            "recalling",
        ),
        (
            "1616 (2005)",
            "Taking note of the report of the Group of Experts referred to in paragraph 10 of resolution 1533 and paragraph 21 of resolution 1596 (hereafter the Group of Experts), dated 5 July 2005 (S/2005/436), transmitted by the Committee,",
            "S/2005/436",
            "taking note of",
        ),
        (
            "2101 (2013)",
            "20. Decides that the report of the Group of Experts, as referred to in paragraph 7 (e) of resolution 1727 (2006) may include, as appropriate, any information relevant to the designation of the individuals and entities described in paragraphs 9 and 11 of resolution 1572 (2004);",
            "S/RES/1572 (2004)",
            "described in",
        ),
    ];
    for (n, line, target, relation) in cases {
        let x = extract("r.txt", &resolution(n, line));
        let own = format!("S/RES/{n}");
        assert_eq!(relations(&x, &own, target), [relation], "{n}");
    }
    // The preposition's own object, and a list continuing it, keep it.
    let x = extract(
        "r.txt",
        &resolution(
            "2353 (2017)",
            "Acting pursuant to resolution 2206 (2015) and its resolution 2290 (2016),",
        ),
    );
    let own = "S/RES/2353 (2017)";
    assert_eq!(relations(&x, own, "S/RES/2206 (2015)"), ["pursuant to"]);
    assert_eq!(relations(&x, own, "S/RES/2290 (2016)"), ["pursuant to"]);
}

#[test]
fn a_meeting_record_names_its_draft_and_the_resolution_it_was_adopted_as() {
    let adopted = format!(
        "{PV_REPORT}\nA vote was taken by show of hands.\n\nIn favour:\nAlbania, Brazil\n\nAgainst:\nNone\n\nAbstaining:\nChina, Russian Federation\n\nThe President: The draft resolution received 13 votes in favour, none against and 2 abstentions. The draft resolution has been adopted as resolution 2677 (2023).\n"
    );
    let x = extract("pv9280.txt", &adopted);
    let draft = cite(&x, "S/PV.9280", "S/2023/170");
    assert_eq!(draft.len(), 1);
    assert_eq!(draft[0].target.kind, NodeKind::DraftResolution);
    let adopted_as: Vec<(&str, &str, Option<String>)> = x
        .links
        .iter()
        .filter(|l| l.kind == EdgeKind::AdoptedAs)
        .map(|l| {
            (
                l.source.id.as_str(),
                l.target.id.as_str(),
                l.attrs.date.map(|d| d.to_string()),
            )
        })
        .collect();
    assert_eq!(
        adopted_as,
        [("S/2023/170", "S/RES/2677 (2023)", Some("2023-03-15".to_string()))]
    );
    // A draft not adopted (a permanent member's negative vote) is adopted as nothing.
    let vetoed = format!(
        "{PV_LETTER}\nThe President: The draft resolution received 11 votes in favour, 1 against and 3 abstentions. The draft resolution has not been adopted, owing to the negative vote of a permanent member of the Council.\n"
    );
    let x = extract("pv8979.txt", &vetoed);
    assert_eq!(
        cite(&x, "S/PV.8979", "S/2022/155")[0].target.kind,
        NodeKind::DraftResolution
    );
    assert!(x.links.iter().all(|l| l.kind != EdgeKind::AdoptedAs));
}

/// An Assembly resolution adopted without a committee names its draft in
/// its head (`[without reference to a Main Committee (A/77/L.5)]`, A/RES/77/7
/// verbatim; `(A/ES-11/L.1 and A/ES-11/L.1/Add.1)`): the draft was adopted
/// as the resolution, on its day. A committee's report in its place (`[on
/// the report of the Third Committee (A/75/478/Add.3)]`) is no draft.
#[test]
fn an_assembly_resolution_adopted_without_a_committee_is_its_drafts_adoption() {
    let adoptions = |name: &str, text: &str| -> Vec<(String, String, Option<String>)> {
        extract(name, text)
            .links
            .into_iter()
            .filter(|l| l.kind == EdgeKind::AdoptedAs)
            .map(|l| (l.source.id, l.target.id, l.attrs.date.map(|d| d.to_string())))
            .collect()
    };
    let adopted = |draft: &str, resolution: &str, day: &str| {
        vec![(draft.to_string(), resolution.to_string(), Some(day.to_string()))]
    };
    assert_eq!(
        adoptions("t05_ares77_7.txt", crate::votes_organs::ARES_77_7),
        adopted("A/77/L.5", "A/RES/77/7", "2022-11-03")
    );
    assert_eq!(
        adoptions("es.txt", GA_ES),
        adopted("A/ES-11/L.1", "A/RES/ES-11/1", "2022-03-02")
    );
    assert_eq!(adoptions("ga.txt", GA_RES), []);
}
