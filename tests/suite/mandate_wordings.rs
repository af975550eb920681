//! Each wording of an extension, an establishment or an end of a mandate
//! that the corpus uses, found on a text that says it; and the wordings that
//! decide nothing (a recommendation, a condition) found on none.
//!
//! How the wordings were counted: a search of every resolution of
//! `shared/corpus/sc-resolutions` for the operative clauses with extend,
//! renew, prolong, continue or re-establish and a mandate or a body, and for
//! dissolve, withdraw and terminate; each clause that no edge recorded was
//! read. The comments give how often the corpus says each.

use unxref::{EdgeKind, Extractor, Link};

/// The links of `kind` the corpus's resolution `number` makes to `actor`:
/// (relation, date).
fn facts(number: u32, kind: EdgeKind, actor: &str) -> Vec<(Option<String>, Option<String>)> {
    let Some(corpus) = crate::common::SC_CORPUS.as_ref() else {
        return Vec::new();
    };
    let prefix = format!("S/RES/{number} (");
    corpus
        .extractions
        .iter()
        .flat_map(|x| &x.links)
        .filter(|l| l.kind == kind && l.source.id.starts_with(&prefix) && l.target.id == actor)
        .map(|l| (l.attrs.relation.clone(), l.attrs.date.map(|d| d.to_string())))
        .collect()
}

/// The end date of resolution `number`'s extension of `actor`'s mandate;
/// panics when there is none.
fn extended_until(number: u32, actor: &str) -> Option<String> {
    let found = facts(number, EdgeKind::ExtendsMandate, actor);
    assert!(!found.is_empty(), "{number} does not extend {actor}");
    found[0].1.clone()
}

/// "Decides in line with the request from the Government of Nepal and the
/// Secretary-General's recommendations, to renew the mandate of UNMIN …
/// until 23 January 2009" (1825 (2008) and five more, to 1939 (2010)): the
/// grounds of a decision stand between "Decides" and its verb.
#[test]
fn a_decision_on_stated_grounds_renews_unmin() {
    let _ = corpus_or_skip!();
    let gold = [
        (1825, "2009-01-23"),
        (1864, "2009-07-23"),
        (1879, "2010-01-23"),
        (1909, "2010-05-15"),
        (1921, "2010-09-15"),
        (1939, "2011-01-15"),
    ];
    for (number, until) in gold {
        assert_eq!(
            extended_until(number, "actor:UNMIN").as_deref(),
            Some(until),
            "{number}"
        );
    }
    // "Decides further to paragraph 1 above, and at the request of the
    // President of the Republic of Haiti, to extend the present mandate,
    // including the concept of operation of MIPONUH until 30 November 1999".
    assert_eq!(
        extended_until(1212, "actor:MIPONUH").as_deref(),
        Some("1999-11-30")
    );
}

/// "Approves the proposal of the Secretary-General to extend the current
/// mandate of ONUSAL" (784 (1992)) and "Approves the recommendation of the
/// Secretary-General to extend the existing mandate of UNAVEM II" (785 and
/// 793 (1992)): the Council approving an extension extends.
#[test]
fn approving_the_secretary_generals_proposal_to_extend_extends() {
    let _ = corpus_or_skip!();
    assert_eq!(extended_until(784, "actor:ONUSAL").as_deref(), Some("1992-11-30"));
    assert_eq!(
        extended_until(785, "actor:UNAVEM II").as_deref(),
        Some("1992-11-30")
    );
    assert_eq!(
        extended_until(793, "actor:UNAVEM II").as_deref(),
        Some("1993-01-31")
    );
}

/// "Decides to extend for the final time the mandate of UNSMIH … until 31
/// May 1997 …, except that, if the Secretary-General reports …, it will be
/// further extended … until 31 July 1997" (1086 (1996)): the decided end,
/// not the one under a condition. "Decides to authorize an increase in the
/// troop strength of UNPREDEP up to 1,050 and to extend the current mandate
/// of UNPREDEP … until 28 February 1999" (1186 (1998)): a second decision
/// joined to a first. "Decides to continue MIPONUH in order to ensure a
/// phased transition …" (1277 (1999)).
#[test]
fn final_joined_and_continued_extensions() {
    let _ = corpus_or_skip!();
    assert_eq!(
        extended_until(1086, "actor:UNSMIH").as_deref(),
        Some("1997-05-31")
    );
    assert_eq!(
        extended_until(1186, "actor:UNPREDEP").as_deref(),
        Some("1999-02-28")
    );
    let continued = facts(1277, EdgeKind::ExtendsMandate, "actor:MIPONUH");
    assert_eq!(continued, [(Some("continues".to_string()), None)]);
}

/// "Decides to extend the authorization, for a period of six months beyond
/// 20 June 2002, of the International Security Assistance Force" (1413 and
/// 1444 (2002)): an aside between the head and its "of". "beyond 20 June
/// 2002" is where the period begins, no end date.
#[test]
fn an_authorization_extended_with_an_aside_before_its_holder() {
    let _ = corpus_or_skip!();
    for (number, period) in [(1413, "six months"), (1444, "one year")] {
        let found = facts(number, EdgeKind::ExtendsMandate, "actor:ISAF");
        assert_eq!(found.len(), 1, "{number}: {found:?}");
        let (relation, date) = &found[0];
        assert_eq!(date, &None, "{number}");
        assert!(
            relation.as_deref().is_some_and(|r| r.ends_with(period)),
            "{number}: {relation:?}"
        );
    }
}

/// "Decides to extend the mandate of the Panel of Experts, originally
/// appointed pursuant to resolution 1591 (2005) … until 12 March 2016"
/// (2200 (2015)): the Panel on the Sudan, not the AU High-Level
/// Implementation Panel the preamble names, nor a "Panel of Expert's".
#[test]
fn the_sudan_panel_originally_appointed_is_the_one_extended() {
    let _ = corpus_or_skip!();
    let panel = "actor:Panel of Experts on the Sudan";
    let gold = [
        (1779, "2008-10-15"),
        (1841, "2009-10-15"),
        (1945, "2011-10-19"),
        (2035, "2013-02-17"),
        (2200, "2016-03-12"),
    ];
    for (number, until) in gold {
        assert_eq!(extended_until(number, panel).as_deref(), Some(until), "{number}");
    }
    assert!(facts(2200, EdgeKind::ExtendsMandate, "actor:AUHIP").is_empty());
    // "decides to extend until 7 April 2014 the Panel's mandate, as renewed
    // by resolution 2050 (2012)" (2094 (2013)): a possessive after a date.
    assert_eq!(
        extended_until(2094, "actor:Panel of Experts on the DPRK").as_deref(),
        Some("2014-04-07")
    );
    // "the Group of Experts, originally established pursuant to paragraph 7
    // of resolution 1584 (2004)" (2045 (2012)): 1584 is of 2005, and the
    // Group is the one on Côte d'Ivoire, not a new body of a "1584 (2004)".
    assert!(
        !facts(
            2045,
            EdgeKind::ExtendsMandate,
            "actor:Group of Experts on Côte d'Ivoire"
        )
        .is_empty()
    );
}

/// "Further decides to dissolve the Committee established by its resolution
/// 724 (1991) of 15 December 1991" (1074 (1996)), "Decides further to
/// dissolve the Committee of the Security Council established by resolution
/// 421 (1977)" (919 (1994)), "Decides to terminate the prohibitions … and
/// to dissolve the Committee established under resolution 985 (1995)" (1343
/// (2001)), "Decides to withdraw UNMIS effective 11 July 2011" (1997
/// (2011)).
#[test]
fn dissolutions_and_withdrawals_end_a_body() {
    let _ = corpus_or_skip!();
    let ended = |number: u32, actor: &str| facts(number, EdgeKind::Terminates, actor);
    // The date of the founding resolution is no date of the end.
    assert_eq!(
        ended(1074, "actor:724 Committee"),
        [(Some("dissolves".to_string()), None)]
    );
    assert_eq!(ended(919, "actor:421 Committee").len(), 1);
    assert_eq!(ended(1343, "actor:985 Committee").len(), 1);
    assert_eq!(ended(1521, "actor:1343 Committee").len(), 1);
    for (number, committee) in [
        (460, "actor:253 Committee"),
        (1367, "actor:1160 Committee"),
        (1448, "actor:864 Committee"),
        (1506, "actor:748 Committee"),
        (1823, "actor:918 Committee"),
        (1940, "actor:1132 Committee"),
    ] {
        assert_eq!(ended(number, committee).len(), 1, "{number}");
    }
    assert_eq!(
        ended(1997, "actor:UNMIS"),
        [(Some("withdraws".to_string()), Some("2011-07-11".to_string()))]
    );
    // "Decides that every effort should be made to withdraw all UNOSOM II
    // military forces and assets" (954 (1994)) withdraws forces, not the
    // operation by a decision to end it.
    assert!(ended(954, "actor:UNOSOM II").is_empty());
}

/// "Decides that the personnel authorized under its resolutions 1258 (1999)
/// and 1273 (1999) … shall constitute the United Nations Organization
/// Mission in the Democratic Republic of the Congo (MONUC) until 1 March
/// 2000" (1279 (1999)).
#[test]
fn what_shall_constitute_a_mission_founds_it() {
    let _ = corpus_or_skip!();
    assert_eq!(facts(1279, EdgeKind::Establishes, "actor:MONUC").len(), 1);
}

/// No report of the Secretary-General extends a mandate: "should the
/// Council decide to extend the mandate of ONUSAL" (S/1994/561/Add.1), "I
/// recommend that the Security Council decide to extend the mandate of
/// UNMIBH … until 21 December 1997" (S/1996/1017), "Should the Security
/// Council decide to extend UNMISET as proposed" (S/2004/333).
#[test]
fn a_recommendation_or_a_condition_in_a_report_extends_nothing() {
    let Some(dir) = crate::common::sg_reports_or_skip() else {
        return;
    };
    let corpus = Extractor::new().extract_paths(&[dir]);
    let decided: Vec<&Link> = corpus
        .extractions
        .iter()
        .flat_map(|x| &x.links)
        .filter(|l| {
            matches!(
                l.kind,
                EdgeKind::ExtendsMandate | EdgeKind::Establishes | EdgeKind::Terminates
            )
        })
        .collect();
    assert!(
        decided.iter().all(|l| l.source.id.starts_with("S/RES/")),
        "{:?}",
        decided
            .iter()
            .map(|l| (&l.source.id, &l.target.id, &l.attrs.relation))
            .collect::<Vec<_>>()
    );
}

/// Re-establishments: the corpus says "re-establish" 56 times and
/// "re-established" 27 (the participles name a body by a renewal: "the
/// Monitoring Group re-established by resolution 1853 (2008)"). 32 are the
/// Council's own re-establishment of a body; 13 share their clause with an
/// extension of the same body (1766 (2007) and later), 15 are read here,
/// and 4 are not: 283 (1970) re-establishes the "Ad Hoc Sub-Committee on
/// Namibia", which no node names; 1474 (2003) and 1643 (2005) re-establish
/// "a Panel of Experts", "a group of experts"; 1616 (2005) "the Group of
/// Experts", named so only by a "hereafter" its text defines. The 15 are
/// expert groups ("Decides to re-establish the Panel of Experts appointed
/// pursuant to …", "Requests the Secretary-General … to re-establish …, and
/// for a period of six months, the Monitoring Group referred to in
/// paragraph 3 of resolution 1558 (2004)"). Each continues the body's own
/// node, with the end date the clause states and none computed from "for a
/// period of six months".
#[test]
fn a_re_established_group_continues_its_mandate() {
    let _ = corpus_or_skip!();
    // The Monitoring Group on Somalia (SEMG, founded by 1519 (2003)): the
    // gap 2004 to 2007 in its history.
    for number in [1558, 1587, 1630, 1676, 1724] {
        assert_eq!(
            facts(number, EdgeKind::ExtendsMandate, "actor:SEMG"),
            vec![(
                Some("re-establishes for a period of six months".to_string()),
                None
            )],
            "{number}"
        );
    }
    // "Decides to re-establish the Panel of Experts appointed pursuant to
    // paragraph 22 of resolution 1521 (2003) …" (1549), then "… appointed
    // pursuant to resolution 1549 (2004) for a further period until 21
    // June 2005" (1579) and so on: the Panel of Experts on Liberia.
    let liberia = [
        (1549, "2004-12-21"),
        (1579, "2005-06-21"),
        (1607, "2005-12-21"),
        (1647, "2006-06-21"),
    ];
    for (number, until) in liberia {
        assert_eq!(
            facts(
                number,
                EdgeKind::ExtendsMandate,
                "actor:Panel of Experts on Liberia"
            ),
            vec![(Some("re-establishes".to_string()), Some(until.to_string()))],
            "{number}"
        );
    }
    // "Requests … the Secretary-General … to re-establish, …, and for a
    // period expiring on 31 January 2005, the Group of experts referred to
    // in paragraph 10 of resolution 1533" (1552 (2004)): the text gives 1533
    // no year, and 1533 founded the Group.
    let drc = [
        (1552, "2005-01-31"),
        (1596, "2005-07-31"),
        (1654, "2006-07-31"),
        (1771, "2008-02-15"),
    ];
    for (number, until) in drc {
        assert_eq!(
            extended_until(
                number,
                "actor:Group of Experts on the Democratic Republic of the Congo"
            )
            .as_deref(),
            Some(until),
            "{number}"
        );
    }
    // The Panel of the earlier Liberia sanctions (1343 (2001)), which the
    // dictionary does not hold: the text's own node for it.
    assert_eq!(
        facts(
            1395,
            EdgeKind::ExtendsMandate,
            "actor:Panel of Experts established pursuant to resolution 1343 (2001)"
        ),
        vec![(
            Some("re-establishes for a further period of five weeks".to_string()),
            None
        )]
    );
    // An extension and a re-establishment in one clause ("Decides to extend
    // the mandate of the Monitoring Group … and requests the
    // Secretary-General … to re-establish the Monitoring Group", 1766
    // (2007) and later) stay one link, the extension.
    assert_eq!(
        facts(1766, EdgeKind::ExtendsMandate, "actor:SEMG"),
        vec![(Some("extends for a further six months".to_string()), None)]
    );
}

/// What re-establishes no named body: "a Panel of Experts" (1474 (2003)),
/// the Secretary-General's intention ("Welcomes the intention of
/// the Secretary-General to re-establish UNOMSIL in Freetown", 1231
/// (1999)), authority, administration, peace or commitments ("to
/// re-establish effective administration", 1162 (1998); "re-establish its
/// pre-existing commitments to a moratorium", 1718 (2006)). Over the corpus
/// the re-establishments are exactly those read above, and (audit 7) 1616
/// (2005) ("the Group of Experts", which its preamble cites as "referred to
/// in paragraph 10 of resolution 1533"), 1643 (2005) ("a group of experts
/// consisting of no more than five members", which later texts call the
/// Group of Experts "established pursuant to paragraph 9 of resolution 1643
/// (2005)": the dictionary's Côte d'Ivoire group) and 1760 (2007) ("to
/// establish … a Panel of Experts", the dictionary's Liberia panel).
#[test]
fn what_re_establishes_no_named_body_continues_nothing() {
    let corpus = corpus_or_skip!();
    let mut found: Vec<String> = corpus
        .extractions
        .iter()
        .flat_map(|x| &x.links)
        .filter(|l| {
            l.kind == EdgeKind::ExtendsMandate
                && l.attrs
                    .relation
                    .as_deref()
                    .is_some_and(|r| r.starts_with("re-establishes"))
        })
        .map(|l| l.source.id.clone())
        .collect();
    found.sort();
    // 283 (1970): "Decides to re-establish … the Ad Hoc Sub-Committee on
    // Namibia" (audit 18: the dictionary's since).
    let expected = [
        "S/RES/1395 (2002)",
        "S/RES/1458 (2003)",
        "S/RES/1549 (2004)",
        "S/RES/1552 (2004)",
        "S/RES/1558 (2004)",
        "S/RES/1579 (2004)",
        "S/RES/1587 (2005)",
        "S/RES/1596 (2005)",
        "S/RES/1607 (2005)",
        "S/RES/1616 (2005)",
        "S/RES/1630 (2005)",
        "S/RES/1643 (2005)",
        "S/RES/1647 (2005)",
        "S/RES/1654 (2006)",
        "S/RES/1676 (2006)",
        "S/RES/1724 (2006)",
        "S/RES/1760 (2007)",
        "S/RES/1771 (2007)",
        "S/RES/283 (1970)",
    ];
    assert_eq!(found, expected);
    for number in [1231, 1474, 1162, 1718] {
        let prefix = format!("S/RES/{number} (");
        assert!(
            !corpus
                .extractions
                .iter()
                .flat_map(|x| &x.links)
                .any(|l| l.kind == EdgeKind::ExtendsMandate
                    && l.source.id.starts_with(&prefix)
                    && l.attrs
                        .relation
                        .as_deref()
                        .is_some_and(|r| r.contains("establish"))),
            "{number}"
        );
    }
}
