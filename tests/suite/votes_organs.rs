//! Recorded votes of the other organs (G11 of the sixth audit): the General
//! Assembly's and the Human Rights Council's tallies and lists of states,
//! read by the mechanism that reads the Security Council's ("In favour: …
//! Against: … Abstaining: …", adoption notes), attached to the resolution
//! the text adopts; and the Council's rules (a list of fifteen names is the
//! whole Council) kept to the Council.

use unxref::{CitationGraph, EdgeKind, Extraction, Extractor, Tally, VotePosition};

/// The audit's text `t05_ares77_7.txt` (A/RES/77/7), verbatim.
pub(crate) const ARES_77_7: &str = r#"United Nations                                                    A/RES/77/7
General Assembly
Distr.: General
7 November 2022

Seventy-seventh session
Agenda item 40
Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba

Resolution adopted by the General Assembly on 3 November 2022

[without reference to a Main Committee (A/77/L.5)]

77/7. Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba

The General Assembly,

Determined to encourage strict compliance with the purposes and principles enshrined in the Charter of the United Nations,

Recalling its resolutions 47/19 of 24 November 1992, 48/16 of 3 November 1993 and 76/5 of 23 June 2021,

Taking note of the report of the Secretary-General on the implementation of resolution 76/5 (A/77/83),

1. Takes note of the report of the Secretary-General on the implementation of resolution 76/5;

2. Requests the Secretary-General to prepare a report on the implementation of the present resolution and to submit it to the General Assembly at its seventy-eighth session;

3. Decides to include in the provisional agenda of its seventy-eighth session the item entitled "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba".

35th plenary meeting
3 November 2022

Recorded vote on A/77/L.5 (adopted by 185 votes to 2, with 2 abstentions):

In favour: Albania, Algeria, Andorra, Angola, Antigua and Barbuda, Argentina, Armenia, Australia, Austria, Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan, Bolivia (Plurinational State of), Bosnia and Herzegovina, Botswana, Brunei Darussalam, Bulgaria, Burkina Faso, Burundi, Cabo Verde, Cambodia, Cameroon, Canada, Central African Republic, Chad, Chile, China, Colombia, Comoros, Congo, Costa Rica, Croatia, Cuba, Cyprus, Czechia, Côte d'Ivoire, Democratic People's Republic of Korea, Democratic Republic of the Congo, Denmark, Djibouti, Dominica, Dominican Republic, Ecuador, Egypt, El Salvador, Equatorial Guinea, Eritrea, Estonia, Eswatini, Ethiopia, Fiji, Finland, France, Gabon, Gambia, Georgia, Germany, Ghana, Greece, Grenada, Guatemala, Guinea, Guinea-Bissau, Guyana, Haiti, Honduras, Hungary, Iceland, India, Indonesia, Iran (Islamic Republic of), Iraq, Ireland, Italy, Jamaica, Japan, Jordan, Kazakhstan, Kenya, Kiribati, Kuwait, Kyrgyzstan, Lao People's Democratic Republic, Latvia, Lebanon, Lesotho, Liberia, Libya, Liechtenstein, Lithuania, Luxembourg, Madagascar, Malawi, Malaysia, Maldives, Mali, Malta, Marshall Islands, Mauritania, Mauritius, Mexico, Micronesia (Federated States of), Monaco, Mongolia, Montenegro, Morocco, Mozambique, Namibia, Nauru, Nepal, Netherlands, New Zealand, Nicaragua, Niger, Nigeria, North Macedonia, Norway, Oman, Pakistan, Palau, Panama, Papua New Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar, Republic of Korea, Republic of Moldova, Romania, Russian Federation, Rwanda, Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines, Samoa, San Marino, Sao Tome and Principe, Saudi Arabia, Senegal, Serbia, Seychelles, Sierra Leone, Singapore, Slovakia, Slovenia, Solomon Islands, South Africa, South Sudan, Spain, Sri Lanka, Sudan, Suriname, Sweden, Switzerland, Syrian Arab Republic, Tajikistan, Thailand, Timor-Leste, Togo, Tonga, Trinidad and Tobago, Tunisia, Turkmenistan, Tuvalu, Türkiye, Uganda, United Arab Emirates, United Kingdom of Great Britain and Northern Ireland, United Republic of Tanzania, Uruguay, Uzbekistan, Vanuatu, Viet Nam, Yemen, Zambia, Zimbabwe.

Against: Israel, United States of America.

Abstaining: Brazil, Ukraine.
"#;

/// The audit's text `t06_hrc52_32.txt` (A/HRC/RES/52/32), verbatim (its
/// identity is tested in `organ_identity`).
pub(crate) const HRC_52_32: &str = r#"United Nations                                                    A/HRC/RES/52/32
General Assembly
Distr.: General
14 April 2023

Human Rights Council
Fifty-second session
27 February-4 April 2023
Agenda item 4

Resolution adopted by the Human Rights Council on 4 April 2023

52/32. Situation of human rights in Ukraine stemming from the Russian aggression

The Human Rights Council,

Guided by the purposes and principles of the Charter of the United Nations,

Recalling General Assembly resolutions ES-11/1 of 2 March 2022, ES-11/4 of 12 October 2022 and ES-11/6 of 23 February 2023,

Recalling also Human Rights Council resolutions 49/1 of 4 March 2022 and S-34/1 of 12 May 2022,

Taking note of the report of the independent international commission of inquiry on Ukraine (A/HRC/52/62),

1. Decides to extend the mandate of the independent international commission of inquiry on Ukraine for a period of one year;

2. Requests the commission to present an oral update to the Human Rights Council at its fifty-fourth session;

3. Decides to remain seized of the matter.

56th meeting
4 April 2023

[Adopted by a recorded vote of 28 to 2, with 17 abstentions. The voting was as follows:

In favour: Argentina, Belgium, Chile, Costa Rica, Côte d'Ivoire, Czechia, Finland, France, Gambia, Georgia, Germany, Honduras, Lithuania, Luxembourg, Malawi, Maldives, Montenegro, Morocco, Nepal, Paraguay, Qatar, Romania, Ukraine, United Arab Emirates, United Kingdom of Great Britain and Northern Ireland, United States of America, Benin, Mexico

Against: China, Eritrea

Abstaining: Algeria, Bangladesh, Bolivia (Plurinational State of), Cameroon, Cuba, India, Kazakhstan, Kyrgyzstan, Malaysia, Pakistan, Senegal, South Africa, Sudan, Uzbekistan, Viet Nam, Gabon, Somalia]
"#;

/// The General Assembly's meeting record of 2 March 2022 (A/ES-11/PV.5) in
/// its form: the draft put to the vote, "A recorded vote was taken.", the
/// lists (the 141 states in favour cut to the first seven; the five against
/// and the 35 abstaining as recorded), then "Draft resolution A/ES-11/L.1
/// was adopted by 141 votes to 5, with 35 abstentions (resolution
/// ES-11/1)."
const A_ES_11_PV_5: &str = r#"United Nations                                                    A/ES-11/PV.5
General Assembly
Eleventh emergency special session
5th plenary meeting
Wednesday, 2 March 2022, 10 a.m.
New York

The President: The Assembly will now take a decision on draft resolution A/ES-11/L.1, entitled "Aggression against Ukraine". A recorded vote has been requested.

A recorded vote was taken.

In favour:
Afghanistan, Albania, Andorra, Antigua and Barbuda, Argentina, Australia, Austria

Against:
Belarus, Democratic People's Republic of Korea, Eritrea, Russian Federation, Syrian Arab Republic

Abstaining:
Algeria, Angola, Armenia, Bangladesh, Bolivia (Plurinational State of), Burundi, Central African Republic, China, Congo, Cuba, El Salvador, Equatorial Guinea, India, Iran (Islamic Republic of), Iraq, Kazakhstan, Kyrgyzstan, Lao People's Democratic Republic, Madagascar, Mali, Mongolia, Mozambique, Namibia, Nicaragua, Pakistan, Senegal, South Africa, South Sudan, Sri Lanka, Sudan, Tajikistan, Uganda, United Republic of Tanzania, Viet Nam, Zimbabwe

Draft resolution A/ES-11/L.1 was adopted by 141 votes to 5, with 35 abstentions (resolution ES-11/1).

The President: I now give the floor to the representative of Ukraine.
"#;

fn extract(name: &str, text: &str) -> Extraction {
    Extractor::new().extract_str(name, text)
}

fn tally(x: &Extraction, id: &str) -> Option<Tally> {
    x.documents
        .iter()
        .find(|d| d.node.id == id)
        .and_then(|d| d.node.tally.clone())
}

/// `(state, target, position)` of every `voted` link, in order.
fn votes(x: &Extraction) -> Vec<(String, String, VotePosition)> {
    x.links
        .iter()
        .filter(|l| l.kind == EdgeKind::Voted)
        .filter_map(|l| Some((l.source.id.clone(), l.target.id.clone(), l.attrs.position?)))
        .collect()
}

fn named(x: &Extraction, target: &str, position: VotePosition) -> Vec<String> {
    votes(x)
        .into_iter()
        .filter(|(_, t, p)| t == target && *p == position)
        .map(|(s, _, _)| s)
        .collect()
}

fn counts(t: &Tally) -> (Option<u32>, Option<u32>, Option<u32>) {
    (t.in_favour, t.against, t.abstaining)
}

#[test]
fn a_general_assembly_resolution_gives_its_recorded_vote() {
    // "Recorded vote on A/77/L.5 (adopted by 185 votes to 2, with 2
    // abstentions): In favour: Albania, … Against: Israel, United States of
    // America. Abstaining: Brazil, Ukraine."
    let x = extract("t05_ares77_7.txt", ARES_77_7);
    let t = tally(&x, "A/RES/77/7").expect("the recorded vote gives a tally");
    assert_eq!(counts(&t), (Some(185), Some(2), Some(2)));
    assert!(!t.unanimous && !t.without_vote);
    assert_eq!(t.meeting, None, "the 35th plenary meeting is no Council meeting");
    assert!(
        t.evidence
            .is_some_and(|e| e.quote.contains("adopted by 185 votes to 2"))
    );
    // Every state of the lists resolves: 185 in favour, as the tally says.
    assert_eq!(named(&x, "A/RES/77/7", VotePosition::InFavour).len(), 185);
    assert_eq!(
        named(&x, "A/RES/77/7", VotePosition::Against),
        ["state:Israel", "state:United States"]
    );
    assert_eq!(
        named(&x, "A/RES/77/7", VotePosition::Abstention),
        ["state:Brazil", "state:Ukraine"]
    );
    // The voters are not the text's subjects: Israel is named only in the list.
    assert!(
        !x.links
            .iter()
            .any(|l| l.kind == EdgeKind::Mentions && l.target.id == "state:Israel")
    );
    // The graph answers from the tally, not from the Council's fifteen.
    let g = CitationGraph::from_extractions(vec![x]);
    let r = g
        .vote_record(g.index_of("A/RES/77/7").expect("held"))
        .expect("a record");
    assert_eq!(r.cast(VotePosition::InFavour), Some(185));
    assert_eq!(r.unanimous(), Some(false));
    assert!(r.names_every_vote());
}

#[test]
fn a_human_rights_council_resolution_gives_its_recorded_vote() {
    // "[Adopted by a recorded vote of 28 to 2, with 17 abstentions. The
    // voting was as follows: In favour: … Against: China, Eritrea
    // Abstaining: Algeria, … Somalia]"
    let x = extract("t06_hrc52_32.txt", HRC_52_32);
    let t = tally(&x, "A/HRC/RES/52/32").expect("the note gives a tally");
    assert_eq!(counts(&t), (Some(28), Some(2), Some(17)));
    assert_eq!(named(&x, "A/HRC/RES/52/32", VotePosition::InFavour).len(), 28);
    assert_eq!(
        named(&x, "A/HRC/RES/52/32", VotePosition::Against),
        ["state:China", "state:Eritrea"]
    );
    let abstaining = named(&x, "A/HRC/RES/52/32", VotePosition::Abstention);
    assert_eq!(abstaining.len(), 17);
    assert_eq!(abstaining.last().map(String::as_str), Some("state:Somalia"));
    let g = CitationGraph::from_extractions(vec![x]);
    let r = g
        .vote_record(g.index_of("A/HRC/RES/52/32").expect("held"))
        .expect("a record");
    assert_eq!((r.members, r.unanimous()), (47, Some(false)));
}

#[test]
fn a_general_assembly_meeting_record_gives_the_votes_to_the_resolution_adopted() {
    let x = extract("A-ES-11-PV.5.txt", A_ES_11_PV_5);
    // "(resolution ES-11/1)": the votes are on the resolution the draft became.
    assert_eq!(
        named(&x, "A/RES/ES-11/1", VotePosition::Against),
        [
            "state:Belarus",
            "state:Democratic People's Republic of Korea",
            "state:Eritrea",
            "state:Russian Federation",
            "state:Syrian Arab Republic",
        ]
    );
    assert_eq!(named(&x, "A/RES/ES-11/1", VotePosition::Abstention).len(), 35);
    assert_eq!(named(&x, "A/RES/ES-11/1", VotePosition::InFavour).len(), 7);
    assert!(votes(&x).iter().all(|(_, t, _)| t == "A/RES/ES-11/1"));
    // Seven of 141 named: no list here is complete, and nothing is unanimous.
    let g = CitationGraph::from_extractions(vec![x]);
    let r = g
        .vote_record(g.index_of("A/RES/ES-11/1").expect("cited"))
        .expect("a record");
    assert!(!r.names_all(VotePosition::InFavour));
    assert_eq!(r.unanimous(), Some(false));
}

#[test]
fn a_meeting_record_sentence_names_its_draft_and_resolution() {
    // A/ES-11/PV.14 (12 October 2022), in its form: "The draft resolution
    // was adopted by 143 votes to 5, with 35 abstentions (resolution
    // ES-11/4)."
    let text = "United Nations A/ES-11/PV.14\nGeneral Assembly\nEleventh emergency special session\n14th plenary meeting\nWednesday, 12 October 2022, 3 p.m.\nNew York\n\nThe President: The Assembly will now take a decision on draft resolution A/ES-11/L.5, entitled \"Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations\". A recorded vote has been requested.\n\nA recorded vote was taken.\n\nIn favour:\nAlbania, Andorra, Argentina\n\nAgainst:\nBelarus, Democratic People's Republic of Korea, Nicaragua, Russian Federation, Syrian Arab Republic\n\nAbstaining:\nAlgeria, China, India\n\nThe draft resolution was adopted by 143 votes to 5, with 35 abstentions (resolution ES-11/4).\n";
    let x = extract("A-ES-11-PV.14.txt", text);
    assert_eq!(named(&x, "A/RES/ES-11/4", VotePosition::Against).len(), 5);
    assert_eq!(
        named(&x, "A/RES/ES-11/4", VotePosition::Abstention),
        ["state:Algeria", "state:China", "state:India"]
    );
}

#[test]
fn notes_without_a_vote_and_by_consensus_take_no_vote() {
    // The Human Rights Council's "[Adopted without a vote.]" and the
    // "Adopted by consensus" of other bodies' resolutions: no vote taken.
    for note in ["[Adopted without a vote.]", "Adopted by consensus."] {
        let text = format!(
            "United Nations A/HRC/RES/52/9\nGeneral Assembly\nDistr.: General\n\nHuman Rights Council\nFifty-second session\n\nResolution adopted by the Human Rights Council on 3 April 2023\n\n52/9. Freedom of opinion and expression\n\nThe Human Rights Council,\n\n1. Decides to remain seized of the matter.\n\n53rd meeting\n3 April 2023\n\n{note}\n"
        );
        let x = extract("hrc52_9.txt", &text);
        let t = tally(&x, "A/HRC/RES/52/9").unwrap_or_else(|| panic!("{note}: no tally"));
        assert!(t.without_vote && !t.unanimous, "{note}: {t:?}");
        assert_eq!(counts(&t), (None, None, None));
    }
}

#[test]
fn another_texts_vote_is_not_the_citing_resolutions() {
    // A Council resolution recalling the Assembly's vote: ES-11/1's tally,
    // not this resolution's.
    for sentence in [
        "Recalling General Assembly resolution ES-11/1 (adopted by 141 votes to 5, with 35 abstentions),",
        "Noting that resolution ES-11/1 was adopted by 141 votes to 5, with 35 abstentions,",
    ] {
        let text = format!(
            "Resolution 2999 (2030)\n\nThe Security Council,\n\n{sentence}\n\n1. Decides to remain seized of the matter.\n"
        );
        let x = extract("S-RES-2999(2030).txt", &text);
        assert!(x.documents.iter().all(|d| d.node.tally.is_none()), "{sentence}");
        assert!(votes(&x).is_empty(), "{sentence}");
    }
}

#[test]
fn a_list_of_fifteen_is_the_whole_council_only() {
    // Fifteen states in favour and none against nor abstaining: the whole
    // Security Council (seed 001's form), but a fraction of the Assembly,
    // where no tally says how many voted.
    let list = "In favour: Belgium, China, Dominican Republic, Estonia, France, Germany, Indonesia, Niger, Russian Federation, Saint Vincent and the Grenadines, South Africa, Tunisia, United Kingdom of Great Britain and Northern Ireland, United States of America, Viet Nam. Against: None. Abstaining: None.";
    let text = format!(
        "United Nations A/RES/74/999\nGeneral Assembly\n\nResolution adopted by the General Assembly on 1 June 2020\n\n74/999. Test\n\nThe General Assembly,\n\n1. Decides to remain seized of the matter.\n\n90th plenary meeting\n1 June 2020\n\n{list}\n"
    );
    let x = extract("ares74_999.txt", &text);
    assert_eq!(named(&x, "A/RES/74/999", VotePosition::InFavour).len(), 15);
    let g = CitationGraph::from_extractions(vec![x]);
    let r = g
        .vote_record(g.index_of("A/RES/74/999").expect("held"))
        .expect("a record");
    assert_eq!(r.members, 193);
    assert_eq!(
        r.unanimous(),
        None,
        "fifteen of the Assembly's members are not all of them"
    );
    assert_eq!(r.cast(VotePosition::InFavour), None);
    assert!(!r.names_all(VotePosition::Against));
}
