//! The sixth audit's findings on mandates and learned actors, on the
//! audit's texts (`/work/audit6/texts`) and the corpus's lines, quoted.

use unxref::{EdgeKind, Extractor};

/// The `extends_mandate` links a text makes: (target, relation, end date).
fn extensions(file: &str, text: &str) -> Vec<(String, String, Option<String>)> {
    crate::common::links_of_kind(file, text, EdgeKind::ExtendsMandate)
}

/// G2: t14_sres2719.txt:18. The date of the second decision is UNSOS's;
/// ATMIS's authorization is extended "for a period of six months", with no
/// date stated.
#[test]
fn an_end_date_stays_with_its_own_clause() {
    let text = "2. Decides to extend the authorization of the African Union Transition Mission in Somalia (ATMIS) \
                for a period of six months, and further decides to renew until 30 June 2024 the mandate of the \
                United Nations Support Office in Somalia (UNSOS);";
    let found = extensions("S-RES-2719(2023).txt", text);
    assert_eq!(
        found,
        [
            (
                "actor:ATMIS".to_string(),
                "extends the authorization for a period of six months".to_string(),
                None
            ),
            (
                "actor:UNSOS".to_string(),
                "renews".to_string(),
                Some("2024-06-30".to_string())
            ),
        ]
    );
}

/// G12: t12_sres2702.txt:16. One verb, three objects, each with its own
/// date or period: UNSMIL until 31 October 2024, the Panel of Experts on
/// Libya (established by 1973 (2011)) until 15 May 2025; the authorizations
/// of 2292 (2016) name no body.
#[test]
fn each_object_of_one_extension_keeps_its_own_date() {
    let text = "1. Decides to extend the mandate of the United Nations Support Mission in Libya (UNSMIL) until \
                31 October 2024, and the mandate of the Panel of Experts established by paragraph 24 of resolution \
                1973 (2011) and modified by resolution 2040 (2012) until 15 May 2025, and the authorizations set out \
                in paragraph 3 of resolution 2292 (2016) for a further 12 months;";
    let found = extensions("S-RES-2702(2023).txt", text);
    assert_eq!(
        found,
        [
            (
                "actor:Panel of Experts on Libya".to_string(),
                "extends".to_string(),
                Some("2025-05-15".to_string())
            ),
            (
                "actor:UNSMIL".to_string(),
                "extends".to_string(),
                Some("2024-10-31".to_string())
            ),
        ]
    );
}

/// G12: S-RES-2162(2014).txt:161, the French Forces' authorization; and
/// S-RES-1933(2010).txt:129, where "the French forces" names no actor and
/// UNOCI, whom they support, holds no authorization.
#[test]
fn an_authorization_provided_to_a_force_is_extended_for_that_force() {
    let text = "French Forces\n28. Decides to extend until 30 June 2015 the authorization that the Security Council \
                provided to the French Forces in order to support UNOCI, within the limits of their deployment and \
                their capabilities;";
    let found = extensions("S-RES-2162(2014).txt", text);
    assert!(
        found.contains(&(
            "actor:French Forces".to_string(),
            "extends the authorization".to_string(),
            Some("2015-06-30".to_string())
        )),
        "{found:?}"
    );
    let text = "24. Decides to extend until 31 December 2010 the authorization the Security Council provided to the \
                French forces in order to support UNOCI, within the limits of their deployment and their capabilities;";
    let found = extensions("S-RES-1933(2010).txt", text);
    assert!(!found.iter().any(|(t, _, _)| t == "actor:UNOCI"), "{found:?}");
}

/// The actors a text mentions.
fn mentioned(file: &str, text: &str) -> Vec<String> {
    let x = Extractor::new().extract_str(file, text);
    let mut out: Vec<String> = x
        .links
        .iter()
        .filter(|l| l.kind == EdgeKind::Mentions && l.target.id.starts_with("actor:"))
        .map(|l| l.target.id.clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// G9: a month is the date of what a body did, never a word of its name
/// (S-RES-2160(2014).txt:29, S-RES-2082(2012).txt:28, S-RES-1880(2009).txt:54).
#[test]
fn a_month_ends_a_learned_name() {
    let found = mentioned(
        "S-RES-2160(2014).txt",
        "Welcoming the briefings by the Chairman of the High Peace Council to the Committee in December 2012 and 2013,",
    );
    assert!(!found.iter().any(|a| a.contains("December")), "{found:?}");
    let found = mentioned(
        "S-RES-2082(2012).txt",
        "Welcoming the appointment of the new chairman of the High Peace Council in April 2012 as an important step",
    );
    assert!(
        found.contains(&"actor:High Peace Council".to_string()),
        "{found:?}"
    );
    assert!(!found.iter().any(|a| a.contains("April")), "{found:?}");
}

/// G9: a law, a state's permanent mission and a name cut inside a longer
/// phrase are no actors (S-RES-1966(2010).txt:24, S-RES-2253(2015).txt:184,
/// S-RES-2142(2014).txt:26).
#[test]
fn laws_delegations_and_cut_names_are_no_actors() {
    let found = mentioned(
        "S-RES-1966(2010).txt",
        "2. Decides that the provisions of this resolution and the Statutes of the Mechanism and of the ICTY and ICTR \
         shall be subject to the transitional arrangements set out in Annex 2 to this resolution;",
    );
    assert!(!found.iter().any(|a| a.contains("Statutes")), "{found:?}");
    let found = mentioned(
        "S-RES-2253(2015).txt",
        "notify the Permanent Mission of the State(s) of residence, nationality, location or incorporation",
    );
    assert!(
        !found.iter().any(|a| a.contains("Permanent Mission")),
        "{found:?}"
    );
    let found = mentioned(
        "S-RES-2142(2014).txt",
        "Recalling the Informal Working Group on General issues of Sanctions report (S/2006/997) on best practices and methods,",
    );
    assert!(!found.iter().any(|a| a.ends_with("on General")), "{found:?}");
}

/// G14: t06_hrc52_32.txt:25, the Human Rights Council extends its
/// commission of inquiry, for a period and to no date.
#[test]
fn the_human_rights_council_extends_its_commission_of_inquiry() {
    let text = "1. Decides to extend the mandate of the independent international commission of inquiry on Ukraine \
                for a period of one year;";
    let found = extensions("t06_hrc52_32.txt", text);
    assert_eq!(
        found,
        [(
            "actor:Commission of Inquiry on Ukraine".to_string(),
            "extends for a period of one year".to_string(),
            None
        )]
    );
}

/// S-RES-1857(2008).txt:46 names the DRC Group of Experts by 1771 (2007),
/// which renewed it; 1533 (2004) founded it. The renewal is the Group's own,
/// and 1771 founds nothing.
#[test]
fn a_body_named_by_its_renewal_is_the_dictionarys() {
    let text = "8. Requests the Secretary-General to extend, for a period expiring on 30 November 2009, the Group of \
                Experts established pursuant to resolution 1771 (2007) and requests the Group of Experts to fulfil \
                its mandate as set out in paragraph 18 of resolution 1807 (2008);";
    let x = Extractor::new().extract_str("S-RES-1857(2008).txt", text);
    let drc = "actor:Group of Experts on the Democratic Republic of the Congo";
    assert!(
        x.links
            .iter()
            .any(|l| l.kind == EdgeKind::ExtendsMandate && l.target.id == drc),
        "{:?}",
        x.links
    );
    assert!(
        !x.links
            .iter()
            .any(|l| l.target.id.starts_with("actor:") && l.target.id.contains("1771"))
    );
    assert!(!x.links.iter().any(|l| l.kind == EdgeKind::Establishes));
}

/// Earlier audits' gaps: S-RES-1807(2008).txt:106 renews the DRC Group of
/// Experts, named by its renewal's number alone; S-RES-1499(2003).txt:23
/// extends "the Panel" the preamble (line 12) names in full.
#[test]
fn the_congo_panels_are_renewed() {
    let text = "17. Requests the Secretary-General to extend, for a period expiring on 31 December 2008, the Group of \
                Experts established pursuant to resolution 1771;";
    let found = extensions("S-RES-1807(2008).txt", text);
    assert!(
        found.iter().any(
            |(t, _, d)| t == "actor:Group of Experts on the Democratic Republic of the Congo"
                && d.as_deref() == Some("2008-12-31")
        ),
        "{found:?}"
    );
    let text = "Noting with great concern that the plundering of natural resources of the Democratic Republic of the \
                Congo continues, as reported to the Council in an interim briefing, on 24 July 2003, from the Chairman \
                of the Expert Panel on the Illegal Exploitation of Natural Resources and Other Forms of Wealth of the \
                Democratic Republic of the Congo,\n1. Requests the Secretary-General to extend the mandate of the Panel \
                until 31 October 2003 to enable it to complete the remaining elements of its mandate;";
    let found = extensions("S-RES-1499(2003).txt", text);
    assert!(
        found.iter().any(|(t, _, d)| t
            == "actor:Panel on the Illegal Exploitation of Natural Resources of the DRC"
            && d.as_deref() == Some("2003-10-31")),
        "{found:?}"
    );
}
