//! Facts audit 19. The sample, drawn with a fixed seed (`ls | shuf
//! --random-source=<(yes 19)`, every file whose number the tests already
//! name left out; the first 60 of the shuffle left 19, so the shuffle was
//! read on to 25): 1046, 1058 (1996), 1987 (2011), 1292 (2000), 410 (1977),
//! 2080 (2012), 1071 (1996), 1303 (2000), 302 (1971), 313 (1972), 2175
//! (2014), 1085 (1996), 1317 (2000), 2257 (2015), 438 (1978), 236 (1967),
//! 1099 (1997), 1412, 1416 (2002), 2214 (2015), 476 (1980), 318 (1972), 451
//! (1979), 1111 (1997), 1443 (2002); three of 1946–1959 (79 (1950), 130
//! (1958), 103 (1953)), three of 1990–1999 (1019 (1995), 1100 (1997), 708
//! (1991)) and two of 2010–2015 (2241 (2015), 1930 (2010)); and the first
//! two reports of the same shuffle (S/1998/1004, S/2019/805). The known
//! leftovers came first, each wording counted over the corpus:
//! * a mandate laid out anew was read as nothing: "Decides that the
//!   mandate of UNMISS shall be as follows" (2155 (2014), 2187 (2014),
//!   2223 (2015), 2241 (2015) of the sample), "… shall be the following"
//!   (UNOCI 2112 (2013), 2162 (2014), 2226 (2015); UNMIL 2190 (2014), 2239
//!   (2015)), "MONUC will have the following mandate" (1565 (2004)), 42
//!   clauses in all: the 23 of a body an earlier resolution founded now
//!   modify its mandate; the 16 of the founding resolution (1509 (2003),
//!   1996 (2011), …) do not;
//! * the organization that fields a body, named in the body's name ("the
//!   CIS peace-keeping force", "the African Union Mission in Somalia"),
//!   was not mentioned when the body was an entry: the CIS's two forces
//!   were no entries for that reason (audit 18). An entry's `part_of` now
//!   says which organization fields it (30 entries); the African Union is
//!   named by 15 more resolutions, ECOWAS by one, and the CIS keeps the 40
//!   it is named by only in its forces' names;
//! * every learned "Task Force" was read as an armed force: the "Law
//!   Enforcement Task Force" (2184 (2014), 2246 (2015)), the "Project
//!   Cohesion Task Force" (1817 (2008)), the "Country Task Forces on
//!   Monitoring and Reporting" (1998 (2011)), the Secretariat's "Task
//!   Force" (2033 (2012)): 7 of the 11 learned task forces are bodies;
//! * "decides that this operation shall be authorized to take all
//!   necessary measures" (1778 (2007), the corpus's one such) authorized
//!   nothing.

use unxref::EdgeKind;

use crate::common::{bundled_facts, bundled_mentions as mentioned};

fn modifies(file: &str) -> Vec<(String, String)> {
    bundled_facts(file, EdgeKind::ModifiesMandate)
        .into_iter()
        .map(|(id, relation, _)| (id, relation))
        .collect()
}

/// "Decides that the mandate of UNMISS shall be as follows, and authorizes
/// UNMISS to use all necessary means" (2155 (2014), after the crisis of
/// December 2013, and its renewals): UNMISS was founded by 1996 (2011), and
/// its task list is replaced.
#[test]
fn a_mandate_laid_out_anew_modifies_it() {
    for (file, id) in [
        ("S-RES-2155(2014)", "actor:UNMISS"),
        ("S-RES-2187(2014)", "actor:UNMISS"),
        ("S-RES-2223(2015)", "actor:UNMISS"),
        ("S-RES-2241(2015)", "actor:UNMISS"),
        ("S-RES-2112(2013)", "actor:UNOCI"),
        ("S-RES-2190(2014)", "actor:UNMIL"),
        ("S-RES-1138(1997)", "actor:UNMOT"),
        ("S-RES-937(1994)", "actor:UNOMIG"),
        // "Decides that MONUC, in cooperation with the JMC, shall have the
        // following mandate".
        ("S-RES-1291(2000)", "actor:MONUC"),
        // "the modified mandate of UNSMIL, in full accordance with the
        // principles of national ownership, shall be to assist".
        ("S-RES-2040(2012)", "actor:UNSMIL"),
        // "Decides that the Committee shall, from the adoption of this
        // resolution, have the following mandate".
        ("S-RES-1807(2008)", "actor:1533 Committee"),
    ] {
        let facts = modifies(file);
        assert!(
            facts.contains(&(id.to_string(), "sets out the mandate anew".to_string())),
            "{file}: {facts:?}"
        );
    }
}

/// The founding resolution sets the first mandate: "Decides that UNMIL
/// shall have the following mandate" (1509 (2003)), "Decides that the
/// mandate of UNMISS shall be to consolidate peace" (1996 (2011)), "the
/// mandate of the Mission shall be to monitor" (2043 (2012), UNSMIS). And
/// "with the following mandate" after "to establish" is no change (1270
/// (1999)).
#[test]
fn the_first_mandate_is_no_change() {
    for file in [
        "S-RES-1509(2003)",
        "S-RES-1996(2011)",
        "S-RES-2043(2012)",
        "S-RES-1590(2005)",
        "S-RES-2100(2013)",
        "S-RES-1270(1999)",
    ] {
        let facts = modifies(file);
        assert!(facts.is_empty(), "{file}: {facts:?}");
    }
}

/// The CIS's forces are entries of their own again, and their names name
/// the CIS too: "the Collective Peacekeeping Forces of the Commonwealth of
/// Independent States (CIS peacekeeping force)" (1124 (1997)), "the CIS
/// peace-keeping force" (937 (1994)), "the CIS Collective Peace-keeping
/// Forces" (968 (1994), Tajikistan).
#[test]
fn a_force_and_the_organization_that_fields_it_are_both_named() {
    for (file, force) in [
        ("S-RES-1124(1997)", "actor:CIS peacekeeping force"),
        ("S-RES-937(1994)", "actor:CIS peacekeeping force"),
        ("S-RES-968(1994)", "actor:CIS Peacekeeping Forces in Tajikistan"),
    ] {
        let m = mentioned(file);
        assert!(m.iter().any(|x| x == force), "{file}: {m:?}");
        assert!(m.iter().any(|x| x == "actor:CIS"), "{file}: {m:?}");
    }
    // "Commending the key role played by the African Union Mission to
    // Somalia (AMISOM)" (1846 (2008)): the African Union is named only
    // there.
    let m = mentioned("S-RES-1846(2008)");
    assert!(m.iter().any(|x| x == "actor:AMISOM"), "{m:?}");
    assert!(m.iter().any(|x| x == "actor:African Union"), "{m:?}");
}

/// An acronym that holds no name of the organization names the body
/// alone: "SFOR", while "the NATO-led Stabilization Force" names NATO too.
#[test]
fn an_acronym_alone_does_not_name_the_organization() {
    let text = "The Security Council,\n\n1. Welcomes the work of SFOR in Bosnia and Herzegovina;\n";
    let x = unxref::Extractor::new().extract_str("S-RES-9999(2004).txt", text);
    let ids: Vec<&str> = (x.links.iter())
        .filter(|l| l.kind == EdgeKind::Mentions)
        .map(|l| l.target.id.as_str())
        .collect();
    assert!(ids.contains(&"actor:SFOR"), "{ids:?}");
    assert!(!ids.contains(&"actor:NATO"), "{ids:?}");
    let text = "The Security Council,\n\n1. Welcomes the work of the NATO-led Stabilization Force;\n";
    let x = unxref::Extractor::new().extract_str("S-RES-9999(2004).txt", text);
    let ids: Vec<&str> = (x.links.iter())
        .filter(|l| l.kind == EdgeKind::Mentions)
        .map(|l| l.target.id.as_str())
        .collect();
    assert!(
        ids.contains(&"actor:SFOR") && ids.contains(&"actor:NATO"),
        "{ids:?}"
    );
}

/// "the Law Enforcement Task Force" (2184 (2014)) shares information
/// among prosecutors; "the Task Force" of 2033 (2012) is the United
/// Nations-African Union joint task force on peace and security: bodies.
/// "the African Union Regional Task Force" (2217 (2015)) fights the LRA:
/// a force (the dictionary's AU-RTF since audit 20).
#[test]
fn a_task_force_is_armed_only_when_its_name_says_so() {
    // The learned name's id may carry a place ("(Somalia)"): the name's
    // first words are enough.
    let category = |file: &str, id: &str| {
        let x = crate::common::bundled_resolution(file);
        (x.links.iter())
            .find(|l| l.target.id == id || l.target.id.starts_with(&format!("{id} (")))
            .and_then(|l| l.target.category)
            .map(|c| c.as_str().to_string())
    };
    assert_eq!(
        category("S-RES-2184(2014)", "actor:Law Enforcement Task Force").as_deref(),
        Some("body")
    );
    assert_eq!(
        category("S-RES-2033(2012)", "actor:Task Force").as_deref(),
        Some("body")
    );
    assert_eq!(
        category("S-RES-2217(2015)", "actor:AU-RTF").as_deref(),
        Some("force")
    );
}

/// "Authorizes the European Union to deploy … an operation (hereinafter
/// referred to as "the European Union operation") …, and decides that this
/// operation shall be authorized to take all necessary measures" (1778
/// (2007)): EUFOR Tchad/RCA is authorized, not the European Union.
#[test]
fn this_operation_shall_be_authorized_authorizes_the_operation() {
    let facts = bundled_facts("S-RES-1778(2007)", EdgeKind::AuthorizesForce);
    assert_eq!(
        facts,
        vec![(
            "actor:EUFOR Tchad/RCA".to_string(),
            "authorizes all necessary measures".to_string(),
            None
        )]
    );
}
