//! Audit 7's findings on votes in meeting records (H1, H2, H10, H15), on
//! the audit's texts (`/work/audit7/texts/`, copied here verbatim: the
//! 9442nd meeting, amendments voted on before the draft; the 8700th, three
//! drafts, one vote with no "Abstaining:" line and one with "In favour:"
//! alone) and on lines of the sc-resolutions corpus.

use unxref::{CitationGraph, EdgeKind, Extractor, Link, VotePosition};

use crate::common::{answer_ids as ids, notes};

/// `t10_spv9442.txt`: amendments S/2023/774 and S/2023/775 of the Russian
/// Federation (lines 20–42) are voted on before Brazil's draft S/2023/773
/// (lines 44–54), which the United States vetoed (12–1–2).
const PV_9442: &str = r#"United Nations                                                    S/PV.9442
Security Council
Seventy-eighth year
9442nd meeting
Wednesday, 18 October 2023, 10 a.m.
New York

President: Mr. Dias Costa (Brazil)

Members: Albania, China, Ecuador, France, Gabon, Ghana, Japan, Malta, Mozambique, Russian Federation, Switzerland, United Arab Emirates, United Kingdom of Great Britain and Northern Ireland, United States of America

Agenda

The situation in the Middle East, including the Palestinian question

The meeting was called to order at 10.10 a.m.

The President: Members of the Council have before them document S/2023/773, which contains the text of a draft resolution submitted by Brazil. The Council also has before it documents S/2023/774 and S/2023/775, which contain the texts of amendments to draft resolution S/2023/773 submitted by the Russian Federation.

I shall first put to the vote the amendment contained in document S/2023/774.

A vote was taken by show of hands.

In favour: China, Gabon, Mozambique, Russian Federation, United Arab Emirates

Against: United Kingdom of Great Britain and Northern Ireland, United States of America

Abstaining: Albania, Brazil, Ecuador, France, Ghana, Japan, Malta, Switzerland

The President: The result of the voting is as follows: 5 votes in favour, 2 against and 8 abstentions. The amendment has not been adopted, having failed to obtain the required number of votes.

I shall now put to the vote the amendment contained in document S/2023/775.

A vote was taken by show of hands.

In favour: China, Gabon, Mozambique, Russian Federation

Against: United Kingdom of Great Britain and Northern Ireland, United States of America

Abstaining: Albania, Brazil, Ecuador, France, Ghana, Japan, Malta, Switzerland, United Arab Emirates

The President: The result of the voting is as follows: 4 votes in favour, 2 against and 9 abstentions. The amendment has not been adopted, having failed to obtain the required number of votes.

I shall now put to the vote draft resolution S/2023/773.

A vote was taken by show of hands.

In favour: Albania, Brazil, China, Ecuador, France, Gabon, Ghana, Japan, Malta, Mozambique, Switzerland, United Arab Emirates

Against: United States of America

Abstaining: Russian Federation, United Kingdom of Great Britain and Northern Ireland

The President: The result of the voting is as follows: 12 votes in favour, 1 against and 2 abstentions. The draft resolution has not been adopted, owing to the negative vote of a permanent member of the Council.

The meeting rose at 11.05 a.m.
"#;

/// `t13_spv8700.txt`: S/2019/961 (lines 18–26: 13 in favour, China and the
/// Russian Federation against, no "Abstaining:" line), S/2019/962 (lines
/// 28–38: 5–6–4), S/2019/963 (lines 40–46: "In favour:" alone, adopted
/// unanimously as resolution 2505 (2019)).
const PV_8700: &str = r#"United Nations                                                    S/PV.8700
Security Council
Seventy-fourth year
8700th meeting
Friday, 20 December 2019, 10 a.m.
New York

President: Ms. Craft (United States of America)

Members: Belgium, China, Côte d'Ivoire, Dominican Republic, Equatorial Guinea, France, Germany, Indonesia, Kuwait, Peru, Poland, Russian Federation, South Africa, United Kingdom of Great Britain and Northern Ireland

Agenda

The situation in the Middle East

The meeting was called to order at 10.05 a.m.

The President: Members of the Council have before them document S/2019/961, which contains the text of a draft resolution submitted by Belgium, Germany and Kuwait. I shall put the draft resolution to the vote now.

A vote was taken by show of hands.

In favour: Belgium, Côte d'Ivoire, Dominican Republic, Equatorial Guinea, France, Germany, Indonesia, Kuwait, Peru, Poland, South Africa, United Kingdom of Great Britain and Northern Ireland, United States of America

Against: China, Russian Federation

The President: The result of the voting is as follows: 13 votes in favour and 2 against. The draft resolution has not been adopted, owing to the negative votes of two permanent members of the Council.

The President: Members of the Council also have before them document S/2019/962, which contains the text of a draft resolution submitted by the Russian Federation. I shall put the draft resolution to the vote now.

A vote was taken by show of hands.

In favour: China, Equatorial Guinea, Russian Federation, South Africa, Indonesia

Against: France, Germany, Peru, Poland, United Kingdom of Great Britain and Northern Ireland, United States of America

Abstaining: Belgium, Côte d'Ivoire, Dominican Republic, Kuwait

The President: The result of the voting is as follows: 5 votes in favour, 6 against and 4 abstentions. The draft resolution has not been adopted, having failed to obtain the required number of votes.

The President: Members of the Council have before them document S/2019/963, which contains the text of a draft resolution submitted by France. I shall put the draft resolution to the vote now.

A vote was taken by show of hands.

In favour: Belgium, China, Côte d'Ivoire, Dominican Republic, Equatorial Guinea, France, Germany, Indonesia, Kuwait, Peru, Poland, Russian Federation, South Africa, United Kingdom of Great Britain and Northern Ireland, United States of America

The President: The draft resolution received 15 votes in favour. The draft resolution has been adopted unanimously as resolution 2505 (2019).

The meeting rose at 11.20 a.m.
"#;

fn links(path: &str, text: &str) -> Vec<Link> {
    Extractor::new().extract_str(path, text).links
}

/// The `voted` edges to `target`, as (state, position, line).
fn votes_on(links: &[Link], target: &str) -> Vec<(String, VotePosition, u32)> {
    let mut v: Vec<_> = links
        .iter()
        .filter(|l| l.kind == EdgeKind::Voted && l.target.id == target)
        .map(|l| {
            (
                l.source.id.clone(),
                l.attrs.position.expect("a vote has a position"),
                l.attrs.evidence.as_ref().map_or(0, |e| e.line),
            )
        })
        .collect();
    v.sort();
    v
}

fn position_of(votes: &[(String, VotePosition, u32)], state: &str) -> Option<(VotePosition, u32)> {
    votes.iter().find(|v| v.0 == state).map(|v| (v.1, v.2))
}

/// H1: each amendment put to the vote is the subject of its own block, and
/// the block after "I shall now put to the vote draft resolution
/// S/2023/773" gives the draft's votes: the Russian Federation and the
/// United Kingdom abstained (line 52), the United States alone voted
/// against (line 50), a veto.
#[test]
fn an_amendment_voted_before_the_draft_has_its_own_votes() {
    let links = links("t10_spv9442.txt", PV_9442);
    let draft = votes_on(&links, "S/2023/773");
    assert_eq!(draft.len(), 15, "{draft:?}");
    assert_eq!(
        position_of(&draft, "state:Russian Federation"),
        Some((VotePosition::Abstention, 52))
    );
    assert_eq!(
        position_of(&draft, "state:United Kingdom"),
        Some((VotePosition::Abstention, 52))
    );
    assert_eq!(
        position_of(&draft, "state:United States"),
        Some((VotePosition::Against, 50))
    );
    assert_eq!(
        position_of(&draft, "state:Brazil"),
        Some((VotePosition::InFavour, 48))
    );
    for (amendment, line) in [("S/2023/774", 24), ("S/2023/775", 36)] {
        let votes = votes_on(&links, amendment);
        assert_eq!(votes.len(), 15, "{amendment}: {votes:?}");
        assert_eq!(
            position_of(&votes, "state:Russian Federation"),
            Some((VotePosition::InFavour, line)),
            "{amendment}"
        );
    }
    let graph = CitationGraph::from_extractions([Extractor::new().extract_str("t10_spv9442.txt", PV_9442)]);
    assert_eq!(ids(&graph, "what did the United States veto"), ["S/2023/773"]);
    assert_eq!(ids(&graph, "which drafts were vetoed"), ["S/2023/773"]);
    let said = notes(&graph, "which drafts were vetoed").join("\n");
    assert!(!said.contains("short of the votes"), "{said}");
}

/// H10: a block with no "Abstaining:" line ends with its vote, and a
/// unanimous block ("In favour:" alone) is read: fifteen votes on each of
/// the three drafts, each from its own block.
#[test]
fn a_block_without_an_abstaining_line_keeps_to_its_vote() {
    let links = links("t13_spv8700.txt", PV_8700);
    for draft in ["S/2019/961", "S/2019/962", "S/2019/963"] {
        assert_eq!(
            votes_on(&links, draft).len(),
            15,
            "{draft}: {:?}",
            votes_on(&links, draft)
        );
    }
    let first = votes_on(&links, "S/2019/961");
    assert_eq!(
        position_of(&first, "state:China"),
        Some((VotePosition::Against, 24))
    );
    assert_eq!(
        position_of(&first, "state:Indonesia"),
        Some((VotePosition::InFavour, 22))
    );
    let second = votes_on(&links, "S/2019/962");
    assert_eq!(
        position_of(&second, "state:Indonesia"),
        Some((VotePosition::InFavour, 32))
    );
    assert_eq!(
        position_of(&second, "state:France"),
        Some((VotePosition::Against, 34))
    );
    assert_eq!(
        position_of(&second, "state:Belgium"),
        Some((VotePosition::Abstention, 36))
    );
    let third = votes_on(&links, "S/2019/963");
    assert!(
        third.iter().all(|v| v.1 == VotePosition::InFavour && v.2 == 44),
        "{third:?}"
    );
    let graph = CitationGraph::from_extractions([Extractor::new().extract_str("t13_spv8700.txt", PV_8700)]);
    assert_eq!(ids(&graph, "which drafts were vetoed"), ["S/2019/961"]);
}

/// H2: line 18 says Brazil submitted the draft S/2023/773 and the Russian
/// Federation the amendments S/2023/774 and S/2023/775 ("which contain the
/// texts of amendments to draft resolution S/2023/773 submitted by the
/// Russian Federation"): the Russian Federation submitted no draft.
#[test]
fn the_author_of_amendments_is_not_a_sponsor_of_the_draft() {
    let links = links("t10_spv9442.txt", PV_9442);
    let submitted = |doc: &str| -> Vec<String> {
        let mut v: Vec<String> = links
            .iter()
            .filter(|l| l.kind == EdgeKind::SubmittedBy && l.source.id == doc)
            .map(|l| l.target.id.clone())
            .collect();
        v.sort();
        v
    };
    assert_eq!(submitted("S/2023/773"), ["state:Brazil"]);
    assert_eq!(submitted("S/2023/774"), ["state:Russian Federation"]);
    assert_eq!(submitted("S/2023/775"), ["state:Russian Federation"]);
}

/// H10: "The draft resolution has been adopted unanimously as resolution
/// 2505 (2019)" (line 46) records the adoption of S/2019/963, dated by the
/// meeting: no draft of the record is then taken for one that failed.
#[test]
fn a_draft_adopted_unanimously_in_a_meeting_record_is_adopted() {
    let links = links("t13_spv8700.txt", PV_8700);
    let adopted: Vec<(&str, &str, Option<String>)> = links
        .iter()
        .filter(|l| l.kind == EdgeKind::AdoptedAs)
        .map(|l| {
            (
                l.source.id.as_str(),
                l.target.id.as_str(),
                l.attrs.date.map(|d| d.to_string()),
            )
        })
        .collect();
    assert_eq!(
        adopted,
        [("S/2019/963", "S/RES/2505 (2019)", Some("2019-12-20".to_string()))]
    );
}
