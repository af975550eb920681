//! The seventh audit's findings on mandates (`/work/audit7/REPORT.md`, H3,
//! H9, H12, H14), on the audit's texts and the corpus's lines, quoted.

use unxref::{EdgeKind, Extractor};

/// The links of one kind a text makes: (target, relation, date).
fn links(file: &str, text: &str, kind: EdgeKind) -> Vec<(String, String, Option<String>)> {
    let x = Extractor::new().extract_str(file, text);
    let mut out: Vec<_> = x
        .links
        .iter()
        .filter(|l| l.kind == kind)
        .map(|l| {
            (
                l.target.id.clone(),
                l.attrs.relation.clone().unwrap_or_default(),
                l.attrs.date.map(|d| d.to_string()),
            )
        })
        .collect();
    out.sort();
    out
}

/// A resolution's heading, then its operative paragraphs.
fn resolution(number: u32, year: u16, paragraphs: &str) -> String {
    format!(
        "United Nations S/RES/{number} ({year})\nSecurity Council\n\nResolution {number} ({year})\n\n\
         Adopted by the Security Council at its 9820th meeting, on 20 December {year}\n\n\
         The Security Council,\n\n{paragraphs}\n"
    )
}

/// H9: the audit's text `m/r.txt:18` "1. Decides not to renew the mandate of
/// the United Nations Assistance Mission in Afghanistan (UNAMA) beyond 17
/// March 2025;" is a decision not to renew, no renewal; so are its variants.
/// The same text's "3. Decides to extend the mandate of UNDOF until 30 June
/// 2025;" is one.
#[test]
fn a_decision_not_to_renew_is_no_renewal() {
    for refused in [
        "1. Decides not to renew the mandate of the United Nations Assistance Mission in Afghanistan (UNAMA) beyond 17 March 2025;",
        "1. Decides not to extend the mandate of the United Nations Assistance Mission in Afghanistan (UNAMA) beyond 17 March 2025;",
        "1. Decides not to renew the mandate of the United Nations Assistance Mission in Afghanistan (UNAMA);",
        "1. Decides also not to renew the mandate of the United Nations Assistance Mission in Afghanistan (UNAMA);",
        "1. Decides that the mandate of the United Nations Assistance Mission in Afghanistan (UNAMA) shall not be renewed after 17 March 2025;",
    ] {
        let text = resolution(2760, 2024, refused);
        assert_eq!(
            links("S-RES-2760(2024).txt", &text, EdgeKind::ExtendsMandate),
            [],
            "{refused}"
        );
    }
    let text = resolution(
        2760,
        2024,
        "3. Decides to extend the mandate of UNDOF until 30 June 2025;",
    );
    assert_eq!(
        links("S-RES-2760(2024).txt", &text, EdgeKind::ExtendsMandate),
        [(
            "actor:UNDOF".to_string(),
            "extends".to_string(),
            Some("2025-06-30".to_string())
        )]
    );
}
