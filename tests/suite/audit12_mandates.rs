//! Mandate facts read wrong or not at all until audit 12: an extension's
//! date taken from the later extension it only intends ("with a view to
//! subsequently extending … until 20 May 2005"), extensions the text calls
//! the last, terminations written after a clause ("Decides that, in order
//! to …, the mandate of UNCRO shall terminate"), the mandate of an office
//! the dictionary lacked (the High Representative for the Elections in Côte
//! d'Ivoire), and the renewals of a mission written "Authorizes … to
//! continue … until" (UNMOP, 1998 to 2002), and a name two missions share
//! read as the first mission's in every year (UNAVEM, UNOSOM), and panels
//! named by their common noun only ("the monitoring mechanism", "the Group
//! of Experts").

use unxref::EdgeKind;

use crate::common::bundled_resolution as resolution;

/// `(relation, date)` of each link of `kind` from the file to `target`.
fn facts(name: &str, kind: EdgeKind, target: &str) -> Vec<(String, Option<String>)> {
    resolution(name)
        .links
        .iter()
        .filter(|l| l.kind == kind && l.target.id == target)
        .map(|l| {
            (
                l.attrs.relation.clone().unwrap_or_default(),
                l.attrs.date.map(|d| d.to_string()),
            )
        })
        .collect()
}

fn fact(relation: &str, date: Option<&str>) -> Vec<(String, Option<String>)> {
    vec![(relation.to_string(), date.map(str::to_string))]
}

/// 1543 (2004), of 14 May 2004: "Decides to extend the mandate of UNMISET
/// for a period of 6 months, with a view to subsequently extending the
/// mandate for a further and final period of 6 months, until 20 May 2005".
/// The extension runs six months; 20 May 2005 is the date of the one it
/// intends, which 1573 (2004) made ("Decides to extend the mandate of
/// UNMISET for a final period of 6 months until 20 May 2005"). A date
/// before the intention stays the extension's: 1603 (2005) "extended until
/// 24 June 2005, with a view to renew it … for a period of seven months".
#[test]
fn an_intended_extension_lends_its_date_to_none() {
    assert_eq!(
        facts("S-RES-1543(2004)", EdgeKind::ExtendsMandate, "actor:UNMISET"),
        fact("extends for a period of 6 months", None)
    );
    assert_eq!(
        facts("S-RES-1573(2004)", EdgeKind::ExtendsMandate, "actor:UNMISET"),
        fact("extends for a final period", Some("2005-05-20"))
    );
    assert_eq!(
        facts("S-RES-1603(2005)", EdgeKind::ExtendsMandate, "actor:UNOCI"),
        fact("extends", Some("2005-06-24"))
    );
}

/// "for a final period until 30 April 1995" (961 (1994)), "for a final
/// period until 15 November 1994" (916 (1994), a renewal), "for the final
/// time" (1086 (1996)), "Decides to continue the mandate of UNIKOM for a
/// final period until 6 October 2003" (1490 (2003)): the relation says so.
/// An extension the text does not call the last (888 (1993): "Decides to
/// extend the mandate of ONUSAL until 31 May 1994") does not.
#[test]
fn an_extension_called_the_last_says_so() {
    for (file, target, relation, date) in [
        (
            "S-RES-961(1994)",
            "actor:ONUSAL",
            "extends for a final period",
            "1995-04-30",
        ),
        (
            "S-RES-916(1994)",
            "actor:ONUMOZ",
            "renews for a final period",
            "1994-11-15",
        ),
        (
            "S-RES-1086(1996)",
            "actor:UNSMIH",
            "extends for a final period",
            "1997-05-31",
        ),
        (
            "S-RES-1490(2003)",
            "actor:UNIKOM",
            "continues for a final period",
            "2003-10-06",
        ),
        ("S-RES-888(1993)", "actor:ONUSAL", "extends", "1994-05-31"),
    ] {
        assert_eq!(
            facts(file, EdgeKind::ExtendsMandate, target),
            fact(relation, Some(date)),
            "{file}"
        );
    }
}

/// 1025 (1995): "Decides that, in order to allow for the orderly
/// establishment of the operation referred to in paragraph 2 above, the
/// mandate of UNCRO shall terminate after an interim period ending on 15
/// January 1996 or when the Council has decided on the deployment …". The
/// clause between "Decides that" and "the mandate" no longer hides it.
#[test]
fn a_termination_after_a_clause_is_read() {
    assert_eq!(
        facts("S-RES-1025(1995)", EdgeKind::Terminates, "actor:UNCRO"),
        fact("terminates", Some("1996-01-15"))
    );
}

/// The High Representative for the Elections in Côte d'Ivoire: named in
/// seven resolutions (1603 (2005) to 1765 (2007)), renewed by 1721 (2006)
/// ("Renews for a period of 12 months the mandate of the High
/// Representative for the Elections"), ended by 1765 (2007) ("Decides to
/// terminate the mandate of the High Representative for the Elections").
#[test]
fn the_high_representative_for_the_elections_has_a_mandate() {
    let id = "actor:High Representative for the Elections";
    assert_eq!(
        facts("S-RES-1721(2006)", EdgeKind::ExtendsMandate, id),
        fact("renews for a period of 12 months", None)
    );
    assert_eq!(
        facts("S-RES-1765(2007)", EdgeKind::Terminates, id),
        fact("terminates", None)
    );
    for file in ["S-RES-1603(2005)", "S-RES-1633(2005)", "S-RES-1739(2007)"] {
        assert!(
            resolution(file)
                .links
                .iter()
                .any(|l| l.kind == EdgeKind::Mentions && l.target.id == id),
            "{file}"
        );
    }
}

/// UNMOP's renewals: "Authorizes the United Nations military observers to
/// continue monitoring the demilitarization of the Prevlaka peninsula, in
/// accordance with resolutions 779 (1992) and 981 (1995) …, until 15 July
/// 2002" (1387 (2002), which names "the United Nations Mission of
/// Observers in Prevlaka (UNMOP)" in its preamble), and the last, "Authorizes
/// UNMOP to continue monitoring …, as a last extension of its mandate, until
/// 15 December 2002" (1437 (2002)). A text that names no mission of
/// observers (1066 (1996), whose observers are UNMOP's but unnamed; 1038
/// (1996), whose only mission named is IFOR) gets no renewal, and neither
/// does a task kept for no stated time: "Authorizes the Force during that
/// period to continue to carry out, in addition, the interim tasks" (521
/// (1982)).
#[test]
fn renewals_written_authorizes_to_continue_are_read() {
    for (file, date) in [
        ("S-RES-1183(1998)", "1999-01-15"),
        ("S-RES-1307(2000)", "2001-01-15"),
        ("S-RES-1387(2002)", "2002-07-15"),
        ("S-RES-1424(2002)", "2002-10-15"),
    ] {
        assert_eq!(
            facts(file, EdgeKind::ExtendsMandate, "actor:UNMOP"),
            fact("authorizes to continue", Some(date)),
            "{file}"
        );
    }
    assert_eq!(
        facts("S-RES-1437(2002)", EdgeKind::ExtendsMandate, "actor:UNMOP"),
        fact("authorizes to continue for a final period", Some("2002-12-15"))
    );
    for file in ["S-RES-1066(1996)", "S-RES-1038(1996)", "S-RES-521(1982)"] {
        let extensions: Vec<String> = resolution(file)
            .links
            .iter()
            .filter(|l| l.kind == EdgeKind::ExtendsMandate)
            .map(|l| l.target.id.clone())
            .collect();
        assert!(extensions.is_empty(), "{file}: {extensions:?}");
    }
}

/// The targets of the links of `kind` the file makes.
fn targets(name: &str, kind: EdgeKind) -> Vec<String> {
    let mut ids: Vec<String> = resolution(name)
        .links
        .iter()
        .filter(|l| l.kind == kind)
        .map(|l| l.target.id.clone())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Three Angola missions share the name "United Nations Angola
/// Verification Mission", as UNOSOM and UNOSOM II share "United Nations
/// Operation in Somalia". The year chose among them, except that the first
/// mission's own name was read in every year: "Decides to extend the
/// existing mandate of the United Nations Angola Verification Mission
/// (UNAVEM II) … until 15 July 1993" (834 (1993)) extended UNAVEM, closed in
/// 1991. Now a name is its entry only within the dates the dictionary
/// gives it, and the acronym in parentheses after a name says which entry
/// it is: "the initial United Nations Operation in Somalia (UNOSOM)
/// established pursuant to resolution 751" (814 (1993)) is the first
/// operation, whose successor the same text founds.
#[test]
fn a_name_two_missions_share_is_the_one_its_year_and_acronym_say() {
    for file in ["S-RES-834(1993)", "S-RES-851(1993)", "S-RES-903(1994)"] {
        assert_eq!(
            targets(file, EdgeKind::ExtendsMandate),
            ["actor:UNAVEM II"],
            "{file}"
        );
        assert!(
            !targets(file, EdgeKind::Mentions).contains(&"actor:UNAVEM".to_string()),
            "{file}"
        );
    }
    // "Decides to extend the mandate of the United Nations Angola
    // Verification Mission (UNAVEM III) until 11 October 1996".
    assert_eq!(
        targets("S-RES-1064(1996)", EdgeKind::ExtendsMandate),
        ["actor:UNAVEM III"]
    );
    // "the downsizing of UNAVEM military forces" (1075 (1996)).
    assert!(!targets("S-RES-1075(1996)", EdgeKind::Mentions).contains(&"actor:UNAVEM".to_string()));
    // "the mandate of the United Nations Angola Verification Mission
    // (UNAVEM) established by Security Council resolution 626 (1988)" (696
    // (1991), which gives it the new mandate of UNAVEM II).
    assert!(targets("S-RES-696(1991)", EdgeKind::Mentions).contains(&"actor:UNAVEM".to_string()));
    let somalia = targets("S-RES-814(1993)", EdgeKind::Mentions);
    assert!(somalia.contains(&"actor:UNOSOM".to_string()), "{somalia:?}");
    assert!(somalia.contains(&"actor:UNOSOM II".to_string()), "{somalia:?}");
    // "a thorough examination of UNOSOM's mandate" (946 (1994)).
    let later = targets("S-RES-946(1994)", EdgeKind::Mentions);
    assert!(later.contains(&"actor:UNOSOM II".to_string()) && !later.contains(&"actor:UNOSOM".to_string()));
}

/// "Decides to extend the mandate of the monitoring mechanism for a further
/// period of six months, ending on 19 October 2001" (1348 (2001); 1336,
/// 1374, 1404 and 1439 so written): the panel 1295 (2000) set up on the
/// sanctions against UNITA, which the text names only by its common noun
/// and whose founding resolution it cites. "Decides to extend the mandate of
/// the Group of Experts, as set out in resolution 1727 (2006), until 31
/// October 2007" (1761 (2007)): a text naming Côte d'Ivoire and no other
/// state, whose one Group of Experts is the Group of Experts on Côte
/// d'Ivoire.
#[test]
fn a_panel_named_by_its_common_noun_is_found_by_its_resolution_or_its_state() {
    let mechanism = "actor:Monitoring Mechanism on Sanctions against UNITA";
    assert_eq!(
        facts("S-RES-1348(2001)", EdgeKind::ExtendsMandate, mechanism),
        fact("extends", Some("2001-10-19"))
    );
    assert_eq!(
        facts("S-RES-1336(2001)", EdgeKind::ExtendsMandate, mechanism),
        fact("extends for a period of three months", None)
    );
    assert_eq!(
        facts(
            "S-RES-1761(2007)",
            EdgeKind::ExtendsMandate,
            "actor:Group of Experts on Côte d'Ivoire"
        ),
        fact("extends", Some("2007-10-31"))
    );
}
