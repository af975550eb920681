//! The eighth audit's findings on mandates: authorizations of the use of
//! force (H13, `authorizes_force`) and an operation founded by an
//! authorized deployment that names it (ONUB, 1545 (2004)).

use unxref::{CitationGraph, EdgeKind, Extractor};

use crate::common::{answer_ids, links_of_kind as links, sc_corpus_graph};

/// A resolution's heading, a preamble, then its operative paragraphs.
fn resolution(number: u32, year: u16, paragraphs: &str) -> String {
    format!(
        "United Nations S/RES/{number} ({year})\nSecurity Council\n\nResolution {number} ({year})\n\n\
         Adopted by the Security Council at its 9820th meeting, on 20 December {year}\n\n\
         The Security Council,\n\nRecalling its previous resolutions,\n\n\
         Acting under Chapter VII of the Charter of the United Nations,\n\n{paragraphs}\n"
    )
}

fn force(number: u32, year: u16, paragraphs: &str) -> Vec<(String, String, Option<String>)> {
    let file = format!("S-RES-{number}({year}).txt");
    links(
        &file,
        &resolution(number, year, paragraphs),
        EdgeKind::AuthorizesForce,
    )
}

/// The authorized party is the force named before the infinitive, else the
/// Member States, each with the wording as relation.
#[test]
fn an_authorization_to_use_all_necessary_means_names_its_party() {
    let cases: [(&str, &str, &str); 6] = [
        (
            "2. Authorizes Member States co-operating with the Government of Kuwait, unless Iraq on or before 15 January 1991 fully implements the foregoing resolutions, to use all necessary means to uphold and implement resolution 660 (1990);",
            "actor:Member States",
            "authorizes all necessary means",
        ),
        (
            "4. Authorizes Member States that have notified the Secretary-General, acting nationally or through regional organizations or arrangements, and acting in cooperation with the Secretary-General, to take all necessary measures to protect civilians;",
            "actor:Member States",
            "authorizes all necessary measures",
        ),
        (
            "3. Authorizes the Member States participating in the International Security Assistance Force to take all necessary measures to fulfil its mandate;",
            "actor:ISAF",
            "authorizes all necessary measures",
        ),
        (
            "17. Authorizes MINUSMA to use all necessary means, within its capabilities and its areas of deployment, to carry out its mandate;",
            "actor:MINUSMA",
            "authorizes all necessary means",
        ),
        (
            "9. Decides to authorize the deployment of an African-led International Support Mission in Mali (AFISMA) for an initial period of one year, which shall take all necessary measures, in compliance with applicable international humanitarian law, to carry out the following tasks;",
            "actor:AFISMA",
            "authorizes all necessary measures",
        ),
        (
            "1. Decides to authorize the Member States of the African Union to maintain the deployment until 31 October 2012 of AMISOM, which shall be authorized to take all necessary measures to carry out its existing mandate;",
            "actor:AMISOM",
            "authorizes all necessary measures",
        ),
    ];
    for (paragraph, party, relation) in cases {
        assert_eq!(
            force(1973, 2011, paragraph),
            [(party.to_string(), relation.to_string(), None)],
            "{paragraph}"
        );
    }
}

/// Force words that no authorization governs, or a preamble's, are no
/// authorization: a confident "yes" would be wrong.
#[test]
fn force_words_a_resolution_does_not_authorize_are_none() {
    for paragraph in [
        "1. Calls upon all States to take all necessary measures to prevent the supply of arms;",
        "1. Urges all parties concerned to take all necessary measures to assist in locating the two pilots;",
        "1. Decides that all States shall take the necessary measures to ensure that no claim shall lie;",
        "1. Demands that all parties take all measures necessary to ensure the safety of United Nations personnel;",
        "1. Requests the Secretary-General to take all necessary measures to ensure full compliance of MONUSCO with the zero-tolerance policy;",
        "1. Authorizes Member States to take all necessary measures, at the request of IFOR, in defence of IFOR, and recognizes the right of the Secretary-General to take all necessary measures to defend the staff;",
    ] {
        let found: Vec<String> = force(2000, 2011, paragraph)
            .into_iter()
            .map(|(p, _, _)| p)
            .collect();
        // The authorization's own party only, not the right recognized after it.
        let expected: &[&str] = if paragraph.starts_with("1. Authorizes") {
            &["actor:Member States"]
        } else {
            &[]
        };
        assert_eq!(found, expected, "{paragraph}");
    }
    // A recalled authorization is none either.
    let preamble = "United Nations S/RES/1441 (2002)\nSecurity Council\n\nResolution 1441 (2002)\n\n\
        The Security Council,\n\nRecalling that its resolution 678 (1990) authorized Member States to use all \
        necessary means to uphold and implement its resolution 660 (1990),\n\n1. Decides to remain seized of the matter.\n";
    assert_eq!(
        links("S-RES-1441(2002).txt", preamble, EdgeKind::AuthorizesForce),
        []
    );
}

/// ONUB: "Decides to authorize … the deployment of a peacekeeping operation
/// in Burundi entitled United Nations Operation in Burundi" founds it; a
/// deployment of an operation named without "entitled" stays an
/// authorization.
#[test]
fn an_authorized_deployment_that_names_the_operation_founds_it() {
    let text = resolution(
        1545,
        2004,
        "2. Decides to authorize, for an initial period of six months as from 1 June 2004, with the intention to renew it for further periods, the deployment of a peacekeeping operation in Burundi entitled United Nations Operation in Burundi (the acronym ONUB being used in all languages), pursuant to the mandate specified below;",
    );
    let est = links("S-RES-1545(2004).txt", &text, EdgeKind::Establishes);
    assert_eq!(
        est,
        [(
            "actor:ONUB".to_string(),
            "authorizes the deployment of an operation entitled".to_string(),
            // Six months "as from 1 June 2004" (audit 22).
            Some("2004-12-01".to_string())
        )]
    );
    assert_eq!(links("S-RES-1545(2004).txt", &text, EdgeKind::Authorizes), []);
    let text = resolution(
        2085,
        2012,
        "9. Decides to authorize the deployment of an African-led International Support Mission in Mali (AFISMA) for an initial period of one year;",
    );
    assert_eq!(links("S-RES-2085(2012).txt", &text, EdgeKind::Establishes), []);
    assert_eq!(
        links("S-RES-2085(2012).txt", &text, EdgeKind::Authorizes).len(),
        1
    );
}

/// The questions: yes with the clause, no as an absence, the parties, the
/// resolutions of a year.
#[test]
fn the_force_questions_answer_from_the_edges() {
    let texts = [
        (
            "S-RES-1973(2011).txt",
            resolution(
                1973,
                2011,
                "4. Authorizes Member States that have notified the Secretary-General, acting nationally or through regional organizations or arrangements, to take all necessary measures to protect civilians;",
            ),
        ),
        (
            "S-RES-1974(2011).txt",
            resolution(
                1974,
                2011,
                "1. Decides to extend the mandate of UNDOF until 30 June 2011;",
            ),
        ),
    ];
    let ex = Extractor::new();
    let g = CitationGraph::from_extractions(texts.iter().map(|(f, t)| ex.extract_str(f, t)));
    assert_eq!(
        answer_ids(&g, "did 1973 authorize the use of force"),
        ["actor:Member States"]
    );
    assert_eq!(
        answer_ids(&g, "who was authorized to use force by 1973"),
        ["actor:Member States"]
    );
    assert!(answer_ids(&g, "did 1974 authorize the use of force").is_empty());
    let said = g.query("did 1974 authorize the use of force").unwrap().to_text();
    assert!(
        said.contains("no authorization to use force is recorded in the text of"),
        "{said}"
    );
    assert_eq!(
        answer_ids(&g, "which resolutions authorized the use of force in 2011"),
        ["S/RES/1973 (2011)"]
    );
    assert!(answer_ids(&g, "which resolutions authorized the use of force in 2010").is_empty());
}

/// On the corpus: the audit's resolutions each authorize force to the right
/// party; none of the mere mentions does.
#[test]
fn the_corpus_authorizations_of_force() {
    let Some(g) = sc_corpus_graph() else {
        return;
    };
    for (q, party) in [
        ("who was authorized to use force by 678", "actor:Member States"),
        ("who was authorized to use force by 1973", "actor:Member States"),
        ("who was authorized to use force by 794", "actor:Member States"),
        ("who was authorized to use force by 929", "actor:Member States"),
        ("who was authorized to use force by 1386", "actor:ISAF"),
        ("who was authorized to use force by 2085", "actor:AFISMA"),
        ("who was authorized to use force by 2098", "actor:MONUSCO"),
        ("who was authorized to use force by 1671", "actor:EUFOR RD Congo"),
        // "authorizes UNIFIL to take all necessary action in areas of
        // deployment of its forces" (1701 (2006), paragraph 12).
        ("who was authorized to use force by 1701", "actor:UNIFIL"),
    ] {
        assert_eq!(answer_ids(g, q), [party], "{q}");
    }
    let ids = answer_ids(g, "who was authorized to use force by 2100");
    assert!(
        ids.contains(&"actor:MINUSMA".to_string()) && ids.contains(&"actor:French Forces".to_string()),
        "{ids:?}"
    );
    // "urges all parties concerned to take all necessary measures" (1022
    // (1995)), "Reaffirms that the Secretary-General is authorized under
    // resolution 814 (1993)" (837 (1993)), "Recalling that its resolution
    // 678 (1990) authorized" (1441 (2002)), "Requests the Secretary-General
    // to take all necessary measures" (169 (1961)).
    // "…; recalls that UNAMID is authorized to take all the necessary
    // action in fulfilment of this mandate" (2173 (2014)) restates 1769's.
    for doc in ["1022", "837", "1441", "169", "2173"] {
        assert!(
            answer_ids(g, &format!("did {doc} authorize the use of force")).is_empty(),
            "{doc}"
        );
    }
    assert_eq!(answer_ids(g, "what established ONUB"), ["S/RES/1545 (2004)"]);
}
