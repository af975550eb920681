//! Facts the audit of `refs` found wrong: whose meeting an `Nth meeting` is,
//! and which verb governs a citation.

use crate::common;

use unxref::{EdgeKind, Extraction, Extractor};

fn read_sc(file: &str) -> Option<Extraction> {
    let dir = common::sc_corpus_or_skip()?;
    let path = dir.join(file);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let path = path.to_string_lossy().into_owned();
    let source = unxref::corpus::decode(&path, &bytes).expect("a text file");
    Some(Extractor::new().extract(&source))
}

/// The `cites` targets of an extraction, with their relation.
fn cites(x: &Extraction) -> Vec<(String, Option<String>)> {
    x.links
        .iter()
        .filter(|l| l.kind == EdgeKind::Cites)
        .map(|l| (l.target.id.clone(), l.attrs.relation.clone()))
        .collect()
}

fn meetings(x: &Extraction) -> Vec<String> {
    let mut m: Vec<String> = cites(x)
        .into_iter()
        .map(|(t, _)| t)
        .filter(|t| t.starts_with("S/PV."))
        .collect();
    m.sort();
    m.dedup();
    m
}

const HEAD: &str = "Resolution 9999 (2010)\n\nThe Security Council,\n\n";

fn extract(body: &str) -> Extraction {
    Extractor::new().extract_str("9999.txt", &format!("{HEAD}{body}"))
}

/// Meetings of the African Union Peace and Security Council, of a
/// sanctions committee and of contact groups are no Security Council
/// meeting records.
#[test]
fn meetings_of_other_bodies_are_no_council_records() {
    for file in [
        "S-RES-1663(2006).txt",
        "S-RES-1714(2006).txt",
        "S-RES-1769(2007).txt",
        "S-RES-1778(2007).txt",
        "S-RES-1910(2010).txt",
        "S-RES-1962(2010).txt",
        "S-RES-843(1993).txt",
        "S-RES-2186(2014).txt",
        "S-RES-2217(2015).txt",
        "S-RES-2046(2012).txt",
        "S-RES-2149(2014).txt",
    ] {
        let Some(x) = read_sc(file) else { return };
        assert_eq!(meetings(&x), Vec::<String>::new(), "{file}");
    }
}

/// Real Council meetings, by the owner named after, `its`, or the document's
/// own organ, are still read.
#[test]
fn council_meetings_are_still_read() {
    for (file, meeting) in [
        ("S-RES-258(1968).txt", "S/PV.1448"), // at the 1448th meeting of the Council
        ("S-RES-502(1982).txt", "S/PV.2345"), // at the 2345th meeting of the Security Council
        ("S-RES-1060(1996).txt", "S/PV.3642"), // its 3642nd meeting, Special Commission named before
        ("S-RES-1052(1996).txt", "S/PV.3653"), // at its 3653rd meeting
        ("S-RES-505(1982).txt", "S/PV.2360"), // to the Security Council at its 2360th meeting
        ("S-RES-1376(2001).txt", "S/PV.4411"), // during the 4411th meeting of 9 November 2001
        ("S-RES-325(1973).txt", "S/PV.1685"), // Latin American Group named in the paragraph before
    ] {
        let Some(x) = read_sc(file) else { return };
        assert!(
            meetings(&x).contains(&meeting.to_string()),
            "{file}: {:?}",
            meetings(&x)
        );
    }
}

#[test]
fn quoted_meetings_take_the_owner_named_after_or_the_committee() {
    let none: &[&str] = &[];
    for (body, want) in [
        (
            "Welcoming the communiqué of the 70th meeting of the Peace and Security Council of the African Union, concerning the relations,\n",
            none,
        ),
        (
            "Welcoming the communiqué of the 214th meeting of the African Union Peace and Security Council of 8 January 2010,\n",
            none,
        ),
        (
            "Noting that the Security Council Committee established pursuant to resolution 724 (1991), at its 65th meeting, set up a working group,\n",
            none,
        ),
        (
            "Recalling the declaration of the President of the Security Council, as made at the 1448th meeting of the Council,\n",
            &["S/PV.1448"],
        ),
        (
            "Recalling the decisions taken at its 1625th meeting on 11 January 1972,\n",
            &["S/PV.1625"],
        ),
    ] {
        assert_eq!(meetings(&extract(body)), want, "{body}");
    }
}

/// The relations of `source`'s citations of `target`, in the order read.
fn relations_of(x: &Extraction, target: &str) -> Vec<String> {
    cites(x)
        .into_iter()
        .filter(|(t, _)| t == target)
        .map(|(_, r)| r.unwrap_or_default())
        .collect()
}

/// "Recalling also its previous resolutions 1674 (2006) …, which reaffirms,
/// inter alia, …, 1612 (2005) …, 1502 (2003) … and 1325 (2000)": the
/// resolution recalls them all; `reaffirms` is what 1674 does.
#[test]
fn a_relative_clause_verb_governs_no_reference_after_it() {
    for (file, targets) in [
        (
            "S-RES-1755(2007).txt",
            &[
                "S/RES/1674 (2006)",
                "S/RES/1612 (2005)",
                "S/RES/1502 (2003)",
                "S/RES/1325 (2000)",
            ][..],
        ),
        (
            "S-RES-1784(2007).txt",
            &["S/RES/1612 (2005)", "S/RES/1502 (2003)", "S/RES/1325 (2000)"],
        ),
        (
            "S-RES-1812(2008).txt",
            &["S/RES/1612 (2005)", "S/RES/1502 (2003)"],
        ),
        (
            "S-RES-1881(2009).txt",
            &["S/RES/1612 (2005)", "S/RES/1502 (2003)"],
        ),
    ] {
        let Some(x) = read_sc(file) else { return };
        for t in targets {
            let r = relations_of(&x, t);
            assert_eq!(
                r.first().map(String::as_str),
                Some("recalling"),
                "{file} {t}: {r:?}"
            );
            assert!(!r.iter().any(|r| r == "reaffirming"), "{file} {t}: {r:?}");
        }
    }
    // S-RES-1919(2010) opens the same wording with "Reaffirming": it still
    // reaffirms them.
    let Some(x) = read_sc("S-RES-1919(2010).txt") else {
        return;
    };
    assert_eq!(
        relations_of(&x, "S/RES/1612 (2005)").first().map(String::as_str),
        Some("reaffirming")
    );
    // `on which implementation of` is no relative verb (S-RES-629(1989)).
    let Some(x) = read_sc("S-RES-629(1989).txt") else {
        return;
    };
    assert!(
        relations_of(&x, "S/RES/435 (1978)")
            .iter()
            .any(|r| r == "implementation of")
    );
}

#[test]
fn quoted_relative_clauses() {
    let x = extract(
        "Recalling its resolution 1674 (2006), which reaffirms, inter alia, the relevant provisions, 1612 (2005) and 1325 (2000),\n",
    );
    assert_eq!(relations_of(&x, "S/RES/1674 (2006)"), ["recalling"]);
    assert_eq!(relations_of(&x, "S/RES/1612 (2005)"), ["recalling"]);
    assert_eq!(relations_of(&x, "S/RES/1325 (2000)"), ["recalling"]);
    // No relative pronoun: the nearest verb governs as before.
    let x = extract("Recalling its resolution 1674 (2006), and reaffirming its resolution 1325 (2000),\n");
    assert_eq!(relations_of(&x, "S/RES/1325 (2000)"), ["reaffirming"]);
}

/// "Recalling its resolutions 1196 (1998) …, 1209 (1998) of 19 November
/// 1998; 1265 (1999) …, 1325 (2000) …": the `;` ends no list.
#[test]
fn a_semicolon_inside_a_list_of_resolutions_keeps_its_verb() {
    if let Some(x) = read_sc("S-RES-1366(2001).txt") {
        for t in [
            "S/RES/1209 (1998)",
            "S/RES/1265 (1999)",
            "S/RES/1325 (2000)",
            "S/RES/1327 (2000)",
        ] {
            assert_eq!(relations_of(&x, t), ["recalling"], "{t}");
        }
    }
    let x = extract(
        "Recalling its resolutions 1209 (1998) of 19 November 1998; 1265 (1999) of 17 September 1999, 1325 (2000),\n",
    );
    assert_eq!(relations_of(&x, "S/RES/1325 (2000)"), ["recalling"]);
    // After a `;` that ends a clause, no relation is carried over.
    let x = extract("Recalling its resolution 1209 (1998); the situation in 1325 (2000) remains,\n");
    assert_ne!(relations_of(&x, "S/RES/1325 (2000)"), ["recalling"]);
}

/// "Recalling, and reaffirming its resolutions 660 (1990) …" (S-RES-678
/// (1990)): both verbs govern the list, so `which resolutions recall 660`
/// finds 678. Eight such joined verbs in the corpus ("Recalling and
/// reaffirming" six times); a verb joined by more than "and" is not one.
#[test]
fn two_verbs_joined_by_and_both_govern() {
    let Some(x) = read_sc("S-RES-678(1990).txt") else {
        return;
    };
    let relation = |x: &Extraction, id: &str| {
        cites(x)
            .into_iter()
            .find(|(t, _)| t == id)
            .and_then(|(_, r)| r)
            .unwrap_or_else(|| panic!("{id} is cited"))
    };
    assert_eq!(relation(&x, "S/RES/660 (1990)"), "recalling; reaffirming");
    let Some(x) = read_sc("S-RES-1453(2002).txt") else {
        return;
    };
    assert_eq!(relation(&x, "S/2002/1416"), "welcoming; endorsing");
    // Invented: each verb keeps its own references.
    let x = extract("Recalling its resolution 1325 (2000) and reaffirming its resolution 1820 (2008),\n");
    assert_eq!(relation(&x, "S/RES/1325 (2000)"), "recalling");
    assert_eq!(relation(&x, "S/RES/1820 (2008)"), "reaffirming");
    let x = extract("Recalling and also reaffirming its resolution 1325 (2000),\n");
    assert_eq!(relation(&x, "S/RES/1325 (2000)"), "recalling; reaffirming");
}
