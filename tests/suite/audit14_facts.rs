//! Facts audit 14, a sample: 25 resolutions drawn with a fixed seed
//! (`ls | shuf --random-source=<(yes 14)`, those earlier audits quote left
//! out) read against what `unxref extract` states. The sample's mandates,
//! votes and tallies were right; what it led to, each counted over the
//! corpus before it was read: SFOR's renewals ("Authorizes the Member
//! States … to continue for a further planned period of 12 months the
//! multinational stabilization force (SFOR)", named in 1335 (2001) of the
//! sample; 7 clauses, none read), a mandate's tasks changed in the passive
//! ("Decides that the mandate of UNMIL shall no longer include the task …",
//! 2215 (2015) of the sample; 12 clauses, none read), and Secretariat
//! bodies learned as bodies of the text's country ("United Nations
//! Operations Crisis Centre (Liberia)", 2176 (2014) of the sample; the same
//! for the UN Office on Drugs and Crime, the Centre for Counter-Terrorism
//! and the Office of Legal Affairs), and a mediator the dictionary lacked
//! (the United Nations Representative for India and Pakistan, 98 (1952)).

use unxref::EdgeKind;

use crate::common::{bundled_facts as facts, bundled_mentions as mentioned};

/// SFOR's renewals, 1174 (1998) to 1551 (2004): "Authorizes the Member
/// States acting through or in cooperation with the organization referred
/// to in Annex 1-A of the Peace Agreement to continue for a further planned
/// period of 12 months the multinational stabilization force (SFOR) as
/// established in accordance with its resolution 1088 (1996)" ("of 6
/// months" in 1551). Each is an extension, as EUFOR's "to establish for a
/// further period" is; SFOR's period has no first day, so no date is
/// computed from it, while EUFOR's runs "starting from the date of the
/// adoption of this resolution" (21 November 2005) and ends a year on
/// (audit 22). EUFOR's
/// renewals, which also "authorize … to continue to maintain a NATO
/// Headquarters as a legal successor to SFOR" (1639 (2005)), renew no SFOR.
#[test]
fn sfor_renewals_written_to_continue_for_a_further_period_are_read() {
    for file in [
        "S-RES-1174(1998)",
        "S-RES-1247(1999)",
        "S-RES-1305(2000)",
        "S-RES-1357(2001)",
        "S-RES-1423(2002)",
        "S-RES-1491(2003)",
        "S-RES-1551(2004)",
    ] {
        let sfor: Vec<_> = facts(file, EdgeKind::ExtendsMandate)
            .into_iter()
            .filter(|(target, _, _)| target == "actor:SFOR")
            .collect();
        assert_eq!(
            sfor,
            vec![(
                "actor:SFOR".to_string(),
                "authorizes to continue for a further period".to_string(),
                None
            )],
            "{file}"
        );
    }
    assert_eq!(
        facts("S-RES-1639(2005)", EdgeKind::ExtendsMandate),
        vec![(
            "actor:EUFOR".to_string(),
            "authorizes to establish for a further period".to_string(),
            Some("2006-11-21".to_string())
        )]
    );
}

/// A mandate's tasks changed in the passive: "Decides that the mandate of
/// the United Nations Mission in Liberia (UNMIL) shall include the
/// following additional element: to apprehend and detain former President
/// Charles Taylor" (1638 (2005)), "decides that UNMIL's mandate shall
/// include the following additional element" (1750 (2007)), "Decides that
/// the mandate of UNMIL shall no longer include the task set forth in
/// paragraph 10 (d) (i) of resolution 2190 (2014)" (2215 (2015)),
/// "decides further that the mandate of UNAMSIL shall be revised to include
/// the following additional tasks" (1289 (2000)), "Decides that the
/// mandate of BINUCA shall be reinforced and updated as follows" (2121
/// (2013)), "Decides that the mandate of the Panel of Experts established
/// pursuant to paragraph 21 of resolution 2140 (2014) and renewed by
/// resolution 2204 (2015) shall also include monitoring implementation of
/// the measures imposed by paragraph 14" (2216 (2015)). The body is read as
/// an extension's: "the mandate of the Monitoring Group, as set out in
/// paragraph 3 of resolution 1811 (2008) shall also include" (1844 (2008))
/// is the Somalia and Eritrea Monitoring Group, "the mandate of the Group of
/// Experts referred to in paragraphs 8 above shall also include" (1857
/// (2008)) the Congo's.
#[test]
fn a_mandate_whose_tasks_are_changed_in_the_passive_is_modified() {
    for (file, target, relation) in [
        ("S-RES-1638(2005)", "actor:UNMIL", "adds to the mandate"),
        ("S-RES-1750(2007)", "actor:UNMIL", "adds to the mandate"),
        ("S-RES-2215(2015)", "actor:UNMIL", "removes from the mandate"),
        ("S-RES-1289(2000)", "actor:UNAMSIL", "revises"),
        ("S-RES-2121(2013)", "actor:BINUCA", "reinforces"),
        (
            "S-RES-2216(2015)",
            "actor:Panel of Experts on Yemen",
            "adds to the mandate",
        ),
        ("S-RES-1844(2008)", "actor:SEMG", "adds to the mandate"),
        (
            "S-RES-1857(2008)",
            "actor:Group of Experts on the Democratic Republic of the Congo",
            "adds to the mandate",
        ),
    ] {
        assert_eq!(
            facts(file, EdgeKind::ModifiesMandate),
            vec![(target.to_string(), relation.to_string(), None)],
            "{file}"
        );
    }
}

/// A mandate set rather than changed: "Decides that the mandate of MINUSCA
/// shall include the following immediate priority tasks" (2217 (2015), a
/// renewal that restates the tasks), "Decides that the mandate of the Panel
/// of Experts shall include the following tasks" (2196 (2015)), and the
/// "additional tasks" of the mission the same resolution founds ("Further
/// decides that the mandate of MINUSCA shall include the following
/// additional tasks as conditions permit", 2149 (2014), which establishes
/// MINUSCA) modify no mandate.
#[test]
fn a_mandate_set_rather_than_changed_is_no_modification() {
    for file in ["S-RES-2217(2015)", "S-RES-2196(2015)", "S-RES-2149(2014)"] {
        assert_eq!(facts(file, EdgeKind::ModifiesMandate), vec![], "{file}");
    }
}

/// Secretariat bodies are one body wherever they are named, not a body of
/// each text's country: "operating from the United Nations Operations
/// Crisis Centre" (2176 (2014), on Liberia), "in consultation with the
/// United Nations Office of Legal Affairs" (1457 (2003), on the Congo),
/// "the UN Office on Drugs and Crime" and "the United Nations Centre for
/// Counter-Terrorism" (2195 (2014), whose learned names were scoped to the
/// Sahel), and "the troops of the United Nations Force in Leopoldville"
/// (145 (1960)) is ONUC's.
#[test]
fn secretariat_bodies_are_not_scoped_to_the_texts_country() {
    for (file, ids) in [
        ("S-RES-2176(2014)", vec!["actor:UNOCC"]),
        ("S-RES-1457(2003)", vec!["actor:Office of Legal Affairs"]),
        ("S-RES-2195(2014)", vec!["actor:UNODC", "actor:UNCCT"]),
        ("S-RES-2244(2015)", vec!["actor:UNODC"]),
        ("S-RES-145(1960)", vec!["actor:ONUC"]),
    ] {
        let named = mentioned(file);
        for id in ids {
            assert!(named.iter().any(|n| n == id), "{file}: {id} not in {named:?}");
        }
        let scoped: Vec<&String> = named
            .iter()
            .filter(|n| n.starts_with("actor:U") && n.ends_with(')'))
            .collect();
        assert!(scoped.is_empty(), "{file}: {scoped:?}");
    }
}

/// The mediator the Council appointed after UNCIP: "the fourth report,
/// dated 16 September 1952, of the United Nations Representative for India
/// and Pakistan" (98 (1952)), "Decides to appoint a United Nations
/// Representative for India and Pakistan in succession to Sir Owen Dixon"
/// (91 (1951)), "Requests the United Nations Representative for India and
/// Pakistan to make any recommendations to the parties" (126 (1957)).
#[test]
fn the_united_nations_representative_for_india_and_pakistan_is_named() {
    for file in [
        "S-RES-91(1951)",
        "S-RES-96(1951)",
        "S-RES-98(1952)",
        "S-RES-123(1957)",
        "S-RES-126(1957)",
    ] {
        assert!(
            mentioned(file)
                .iter()
                .any(|n| n == "actor:United Nations Representative for India and Pakistan"),
            "{file}"
        );
    }
}

/// AMISOM's authorization and its first renewals describe the mission
/// without naming it: "Decides to authorize member States of the African
/// Union to establish for a period of six months a mission in Somalia"
/// (1744 (2007), the founding the dictionary records), "Decides to
/// authorize member States of the African Union to maintain a mission in
/// Somalia for a further period of six months" (1772 (2007)), "Decides to
/// renew the authorization of Member States of the African Union to
/// maintain a mission in Somalia for a further period of six months" (1801
/// (2008), 1831 (2008)). "A protection and training mission in Somalia"
/// (1725 (2006), IGASOM) is another mission, and reaches none.
#[test]
fn amisom_described_as_a_mission_in_somalia_is_authorized_and_renewed() {
    let amisom = |relation: &str| vec![("actor:AMISOM".to_string(), relation.to_string(), None)];
    assert_eq!(
        facts("S-RES-1744(2007)", EdgeKind::Authorizes),
        amisom("authorizes to establish")
    );
    assert!(
        facts("S-RES-1744(2007)", EdgeKind::Establishes)
            .iter()
            .all(|(target, _, _)| target != "actor:AMISOM")
    );
    assert_eq!(
        facts("S-RES-1772(2007)", EdgeKind::ExtendsMandate),
        amisom("authorizes to maintain")
    );
    for file in ["S-RES-1801(2008)", "S-RES-1831(2008)", "S-RES-1863(2009)"] {
        assert_eq!(
            facts(file, EdgeKind::ExtendsMandate),
            amisom("renews the authorization to maintain"),
            "{file}"
        );
    }
    for kind in [
        EdgeKind::Authorizes,
        EdgeKind::Establishes,
        EdgeKind::ExtendsMandate,
    ] {
        let amisom: Vec<_> = facts("S-RES-1725(2006)", kind)
            .into_iter()
            .filter(|(target, _, _)| target == "actor:AMISOM")
            .collect();
        assert_eq!(amisom, vec![], "{kind:?}");
    }
}
