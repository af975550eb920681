//! Facts read wrong until audit 10, on resolutions no earlier audit read
//! (a seeded sample of 30 over 1946–2015): a range of addenda names its last
//! addendum, the relation words a citation's clause is written with
//! (`established under`, `defined in`, …) govern it, an item of a list
//! takes the relation of the item before it, a preposition governs its
//! object and not a reference after a bracketed symbol or after a comma and
//! another phrase, and a citation in an unnumbered operative part is not
//! said to stand in the preamble.

use unxref::corpus::read_file;
use unxref::{EdgeKind, Extraction, Extractor, Paragraph};

/// The extraction of one file of the bundled copy of `sc-resolutions` (or
/// of `data/`), read as a build reads it.
fn extract(path: &str) -> Extraction {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let source = read_file(&path, 1 << 30).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Extractor::new().extract(&source)
}

fn resolution(name: &str) -> Extraction {
    extract(&format!("corpus/sc-resolutions/{name}.txt"))
}

/// Each citation of `target`: its relation and its paragraph.
fn cites(x: &Extraction, target: &str) -> Vec<(Option<String>, Option<Paragraph>)> {
    x.links
        .iter()
        .filter(|l| l.kind == EdgeKind::Cites && l.target.id == target)
        .map(|l| (l.attrs.relation.clone(), l.attrs.paragraph))
        .collect()
}

/// The relations of the citations of `target` in operative paragraph `n`.
fn relations_in(x: &Extraction, target: &str, n: u32) -> Vec<Option<String>> {
    cites(x, target)
        .into_iter()
        .filter(|(_, p)| *p == Some(Paragraph::Operative(n)))
        .map(|(r, _)| r)
        .collect()
}

/// "Approves the report of the Secretary-General on the implementation of
/// paragraph 5 of Security Council resolution 687 (1991) contained in
/// document S/22454 and Add. 1-3 of 5 April 1991" (689 (1991)); "(S/24783,
/// S/24810, S/24840, S/24870, S/24900 and Add.1 to 31)" (816 (1993)). Only
/// `Add.1` was read: the range stopped at its first number. Every number
/// of the range is read now, those between with the range as evidence.
#[test]
fn a_range_of_addenda_names_every_addendum() {
    let x = resolution("S-RES-689(1991)");
    for id in ["S/22454", "S/22454/Add.1", "S/22454/Add.2", "S/22454/Add.3"] {
        assert_eq!(cites(&x, id).len(), 1, "689 (1991) cites {id} once");
    }
    assert!(cites(&x, "S/22454/Add.4").is_empty(), "the range ends at 3");

    let x = resolution("S-RES-816(1993)");
    for n in 1..=31 {
        let id = format!("S/24900/Add.{n}");
        assert!(!cites(&x, &id).is_empty(), "816 (1993) cites {id}");
    }
    assert!(cites(&x, "S/24900/Add.32").is_empty(), "the range ends at 31");
}

/// A preposition of the corpus's own wording governs the reference it
/// introduces: "to renew the mandate of UNMIN as established under
/// resolution 1740 (2007)" (1864 (2009), para. 1) was `in line with`, from
/// "Decides in line with the request from the Government of Nepal" at the
/// paragraph's head; "the protection, defined in resolutions 824 (1993)
/// and 836 (1993)" (900 (1994), para. 7) was `requesting`; "the trust fund
/// established in resolution 975 (1995)" (1212 (1998), para. 9) was
/// `requesting`. A longer phrase keeps its own relation ("the multinational
/// force established in accordance with its resolution 1031 (1995)", 1088
/// (1996)), and a year is no reference ("kpcs, which was established in
/// 2003 [YUN 2003, p. 55]", data/004).
#[test]
fn the_relation_words_of_the_corpus_govern_their_references() {
    let x = resolution("S-RES-1864(2009)");
    assert_eq!(
        relations_in(&x, "S/RES/1740 (2007)", 1),
        [Some("established under".to_string())]
    );
    let x = resolution("S-RES-900(1994)");
    for id in ["S/RES/824 (1993)", "S/RES/836 (1993)"] {
        assert_eq!(relations_in(&x, id, 7), [Some("defined in".to_string())], "{id}");
    }
    let x = resolution("S-RES-1212(1998)");
    assert_eq!(
        relations_in(&x, "S/RES/975 (1995)", 9),
        [Some("established in".to_string())]
    );
    let x = resolution("S-RES-1088(1996)");
    assert_eq!(
        relations_in(&x, "S/RES/1031 (1995)", 16),
        [Some("in accordance with".to_string())]
    );
    let x = extract("data/004_67c45e80fbaf56c1.txt");
    assert_eq!(cites(&x, "YUN 2003, p. 55"), [(None, None)]);
}

/// An item of a list takes the relation its list began with: "and on the
/// previous reports of the Monitoring Group (S/2004/604 and S/2005/153)
/// appointed pursuant to resolutions 1519 (2003) …" (1587 (2005), para. 3)
/// gave S/2004/604 no relation (no verb of the table governs "making
/// recommendations … on") but S/2005/153 `pursuant to`, from the list of
/// resolutions before; "the enhancement of the Ombudsperson's mandate in
/// resolutions 1989 (2011) and 2083 (2012)" (2161 (2014)) gave 1989
/// `welcoming` and 2083 `pursuant to`.
#[test]
fn an_item_of_a_list_takes_the_relation_of_the_item_before() {
    let x = resolution("S-RES-1587(2005)");
    assert_eq!(
        relations_in(&x, "S/2004/604", 3),
        relations_in(&x, "S/2005/153", 3)
    );
    assert!(!relations_in(&x, "S/2005/153", 3).contains(&Some("pursuant to".to_string())));

    let x = resolution("S-RES-2161(2014)");
    let preamble = |id: &str| -> Vec<Option<String>> {
        cites(&x, id)
            .into_iter()
            .filter(|(r, p)| *p == Some(Paragraph::Preamble) && r.as_deref() == Some("welcoming"))
            .map(|(r, _)| r)
            .collect()
    };
    assert_eq!(preamble("S/RES/1989 (2011)").len(), 1);
    assert_eq!(preamble("S/RES/2083 (2012)").len(), 1);
    assert!(
        !cites(&x, "S/RES/2083 (2012)")
            .iter()
            .any(|(r, _)| r.as_deref() == Some("pursuant to")),
        "nothing in 2161 (2014) says 2083 (2012) is pursuant to anything"
    );
}

/// A preposition governs its object, not what follows it: "the interim
/// report of the Commission of Experts established by resolution 780
/// (1992) (S/25274)" (808 (1993)) considers the report, which nothing
/// established; "with the exceptions set out in paragraphs 10 and 11
/// below, the safe and orderly withdrawal of the military component of
/// UNTAC provided for in resolution 860 (1993)" (880 (1993), para. 9: the
/// withdrawal provided for in 860, a relation of its own since audit 20) and
/// "fully implements, as set forth in paragraph 1 above, the foregoing
/// resolutions, to use all necessary means to uphold and implement
/// resolution 660 (1990)" (678 (1990), para. 2) set nothing out in 860 or
/// forth in 660.
#[test]
fn a_preposition_governs_its_object_not_a_later_reference() {
    let x = resolution("S-RES-808(1993)");
    assert_eq!(
        cites(&x, "S/25274"),
        [(Some("having considered".to_string()), Some(Paragraph::Preamble))]
    );
    let x = resolution("S-RES-880(1993)");
    assert_eq!(
        relations_in(&x, "S/RES/860 (1993)", 9),
        [Some("provided for in".to_string())]
    );
    let x = resolution("S-RES-678(1990)");
    assert_eq!(
        relations_in(&x, "S/RES/660 (1990)", 2),
        [Some("authorizing".to_string())]
    );
}

/// "Decides: (a) To call upon the parties concerned to implement
/// immediately Security Council resolution 338 (1973) of 22 October 1973;
/// (b) To renew the mandate of the United Nations Disengagement Observer
/// Force …" (456 (1979)): a resolution with no numbered paragraph was read
/// as all preamble. Its operative part has no number to give, so none is
/// given. A footnote's citation stays where most footnotes' marks stand:
/// "Having examined the application of Papua New Guinea (49)" … "(49)
/// Ibid., document S/11823" (375 (1975)).
#[test]
fn an_unnumbered_operative_part_is_not_the_preamble() {
    let x = resolution("S-RES-456(1979)");
    let of_338 = cites(&x, "S/RES/338 (1973)");
    assert_eq!(of_338.len(), 2, "{of_338:?}");
    assert!(of_338.iter().all(|(_, p)| p.is_none()), "{of_338:?}");
    assert_eq!(
        cites(&x, "S/13637"),
        [(Some("having considered".to_string()), Some(Paragraph::Preamble))]
    );
    let x = resolution("S-RES-375(1975)");
    assert_eq!(cites(&x, "S/11823"), [(None, Some(Paragraph::Preamble))]);
}
