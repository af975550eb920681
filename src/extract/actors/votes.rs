//! Votes and sponsors: voting letters ("Belgium votes in favour of the draft
//! resolution"), result blocks ("In favour: … Against: … Abstaining: …"),
//! adoption notes ("Adopted at the 642nd meeting by 9 votes to none, with 2
//! abstentions (Lebanon, USSR)", "Adopted unanimously"), which give the
//! resolution's [`Tally`] and the named states' `voted` edges, the same for
//! the recorded votes of the General Assembly, the Human Rights Council and
//! the Economic and Social Council ("[Adopted by a recorded vote of 28 to 2,
//! with 17 abstentions. The voting was as follows: In favour: …]", "Draft
//! resolution A/ES-11/L.1 was adopted by 141 votes to 5, with 35
//! abstentions (resolution ES-11/1)", "[Adopted without a vote.]"), and the states
//! that submitted a draft ("submitted by Algeria, Angola, … and Viet Nam",
//! "France: draft resolution").

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use super::cues::{Cue, matches_near};
use super::{Ctx, Groups, Mention, WsRegex, count_of, draft_ref, ws_re};
use crate::extract::patterns::{compile, compile_bytes};
use crate::model::{EdgeAttrs, EdgeKind, Link, NodeKind, NodeRef, Tally, VotePosition};
use crate::symbol::{Symbol, SymbolKind};

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| compile(pattern))
}

/// Where a letter, annex, statement or signature starts: a vote after one of
/// these belongs to the block it opens.
#[derive(Debug)]
struct Boundary {
    at: usize,
    /// For a letter addressed to the President of the Security Council: the
    /// span naming its sender ("Permanent Representative of Belgium to the
    /// United Nations").
    sender: Option<(usize, usize)>,
}

fn boundaries(text: &str) -> Vec<Boundary> {
    static B: OnceLock<Regex> = OnceLock::new();
    static H: OnceLock<Regex> = OnceLock::new();
    let b = re(
        &B,
        r"Annex [IVXLC]+(?-u:\b)|Enclosure(?-u:\b)|Statement by(?-u:\b)|\(Signed\)|Letter dated(?-u:\b)",
    );
    let h = re(
        &H,
        r"^Letter dated [^.]{0,40}? from (?:the )?(.{3,220}?) addressed to the (President of the Security Council|Secretary-General|Permanent Representatives)",
    );
    b.find_iter(text)
        .map(|m| {
            let sender = (m.as_str() == "Letter dated")
                .then(|| h.captures(&text[m.start()..]))
                .flatten()
                .filter(|c| &c[2] == "President of the Security Council")
                .and_then(|c| c.get(1))
                .map(|g| (m.start() + g.start(), m.start() + g.end()));
            Boundary {
                at: m.start(),
                sender,
            }
        })
        .collect()
}

/// `voted` links from voting letters, result blocks and adoption notes, and
/// the tallies the adoption notes give, by resolution id.
///
/// Returns the spans of the vote statements read (result blocks, adoption
/// notes with their lists of states, "One member (China) did not participate
/// in the voting"), sorted and disjoint: a state named there is a voter, not a subject of
/// the text, and gets no `mentions` edge from it.
pub(super) fn votes(
    ctx: &Ctx<'_>,
    links: &mut Vec<Link>,
    tallies: &mut Vec<(String, Tally)>,
) -> Vec<Range<usize>> {
    let mut statements = Vec::new();
    let mut seen: BTreeSet<(String, String)> = BTreeSet::new();
    let mut push = |ctx: &Ctx<'_>,
                    state: NodeRef,
                    target: NodeRef,
                    position: VotePosition,
                    relation: Option<String>,
                    ev: (usize, usize),
                    links: &mut Vec<Link>| {
        if seen.insert((state.id.clone(), target.id.clone())) {
            let attrs = EdgeAttrs {
                position: Some(position),
                relation,
                evidence: Some(ctx.evidence(ev.0, ev.1)),
                ..EdgeAttrs::default()
            };
            links.push(ctx.link(state, target, EdgeKind::Voted, attrs));
        }
    };
    let text = ctx.text();
    let adoptions = recorded_adoptions(ctx, text);
    letters(ctx, text, &mut |state, target, position, ev| {
        push(ctx, state, target, position, None, ev, links)
    });
    blocks(
        ctx,
        text,
        &adoptions,
        &mut |state, target, position, ev| push(ctx, state, target, position, None, ev, links),
        &mut statements,
    );
    adoption_notes(
        ctx,
        text,
        &adoptions,
        &mut |state, target, position, relation, ev| push(ctx, state, target, position, relation, ev, links),
        tallies,
        &mut statements,
    );
    // Sorted and merged, so that the ends are sorted too.
    statements.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(statements.len());
    for r in statements {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

type VoteSink<'s> = dyn FnMut(NodeRef, NodeRef, VotePosition, (usize, usize)) + 's;

fn letters(ctx: &Ctx<'_>, text: &str, sink: &mut VoteSink<'_>) {
    static V: OnceLock<regex::bytes::Regex> = OnceLock::new();
    static D: OnceLock<Regex> = OnceLock::new();
    if !ctx.cues.has(Cue::Vote) {
        return;
    }
    let vote = V.get_or_init(|| {
        compile_bytes(
            r"(?-u)\b(?:(?:decides|decided|wishes|would like) to vote|will vote|votes|vote)\s+(in favou?r|against)\b|\b(?:(?:decides|decided|wishes|would like) to abstain|will abstain|abstains)\b",
        )
    });
    let draft_in_block = re(
        &D,
        r"draft resolution(?: contained in document| contained in| \(|,)? \(?\[?(S/\d{4}/\d+)",
    );
    let bounds = boundaries(text);
    // Every match holds its cue ("vote", "abstain"): at most 14 bytes after
    // its start ("would like to "), and "in favour" within 40 after.
    for m in matches_near(vote, text, ctx.cues.at(Cue::Vote), 24, 48, |_| true) {
        let (start, end) = (m.start, m.end);
        // "The draft resolution received 11 votes in favour": a count, in
        // whatever letter or meeting record, is nobody's vote.
        if counted(&text[..start]) {
            continue;
        }
        let position = match text[start..end].to_ascii_lowercase() {
            s if s.contains("against") => VotePosition::Against,
            s if s.contains("favo") => VotePosition::InFavour,
            _ => VotePosition::Abstention,
        };
        let i = bounds.partition_point(|b| b.at <= start);
        let block_start = if i > 0 { bounds[i - 1].at } else { 0 };
        let block_end = bounds.get(i).map_or(text.len(), |b| b.at);
        let sender = if i > 0 { bounds[i - 1].sender } else { None };
        let state = match sender {
            Some((s, e)) => ctx.states_in(s, e).next().map(|m| m.who),
            // Outside a voting letter, only an explicit subject counts:
            // "China votes in favour", never "15 votes in favour".
            None => explicit_subject(ctx, text, start).map(|m| m.who),
        };
        let Some(state) = state else { continue };
        let target = draft_in_block
            .captures(&text[block_start..block_end])
            .map(|c| c[1].to_string())
            .or_else(|| ctx.draft.clone())
            .and_then(|d| draft_ref(&d));
        let Some(target) = target else { continue };
        sink(ctx.who_ref(state), target, position, (start, end));
    }
}

/// Whether the word ending `before` is a count ("11", "fifteen"): then the
/// "votes in favour" that follows counts votes, and is no state's.
fn counted(before: &str) -> bool {
    let word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.bytes().all(|b| b.is_ascii_digit()) && !word.is_empty() || count_of(word).is_some_and(|n| n > 0)
}

/// The state named last before `at` in the same sentence.
fn explicit_subject<'c>(ctx: &'c Ctx<'_>, text: &str, at: usize) -> Option<&'c Mention> {
    let from = text[..at]
        .rfind(". ")
        .map_or(0, |i| i + 2)
        .max(at.saturating_sub(250));
    let m = ctx.states_in(from, at).last()?;
    // Nothing but "delegation of" / "Government of" and the like between.
    let between = text[m.end..at].trim();
    (between.len() < 30 && !between.contains(',')).then_some(m)
}

/// A result block: "In favour: …", then, when any voted so, "Against: …"
/// and "Abstaining: …" (the Council's verbatim records leave out a position
/// nobody took: "In favour: … Against: China, Russian Federation" with no
/// abstention, "In favour:" alone for a unanimous vote). Each list is the
/// span `(position, start, end)` after its label.
#[derive(Debug)]
struct Block {
    /// From "In favour:" to the end of the last list.
    span: Range<usize>,
    lists: Vec<(VotePosition, usize, usize)>,
}

/// The result blocks of `text`, in order. A list runs to the next label of
/// the same block; the last one ends at its first full stop or closing
/// bracket ("Abstaining: None.", "… Viet Nam, Gabon, Somalia]"), and no
/// list runs past what closes a vote in a meeting record: the President's
/// next words ("The President: The result of the voting is as follows"),
/// "A vote was taken", or the next "In favour:". So a block without an
/// "Abstaining:" line ends there, and never takes the next vote's lists as
/// its own.
fn result_blocks(text: &str) -> Vec<Block> {
    static L: OnceLock<Regex> = OnceLock::new();
    static E: OnceLock<Regex> = OnceLock::new();
    static LAST: OnceLock<Regex> = OnceLock::new();
    let label = re(&L, r"In favou?r:|Against:|Abstain(?:ing|ed|ions?)?:");
    let close = re(
        &E,
        r"The President(?-u:\b)|A vote was taken|The result of the vot|In favou?r:|\]",
    );
    let last_end = re(&LAST, r"[.\]]");
    let position = |l: &str| match l.as_bytes().first() {
        Some(b'I') => VotePosition::InFavour,
        Some(b'A') if l.starts_with("Against") => VotePosition::Against,
        _ => VotePosition::Abstention,
    };
    let labels: Vec<(usize, usize, VotePosition)> = label
        .find_iter(text)
        .map(|m| (m.start(), m.end(), position(m.as_str())))
        .collect();
    let rank = |p: VotePosition| match p {
        VotePosition::InFavour => 0,
        VotePosition::Against => 1,
        _ => 2,
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        let (start, mut from, mut pos) = labels[i];
        i += 1;
        if pos != VotePosition::InFavour {
            continue;
        }
        let mut lists = Vec::new();
        loop {
            // Where nothing of this block can follow: the end of a vote.
            let closed = close.find_at(text, from).map_or(text.len(), |m| m.start());
            match labels.get(i) {
                Some(&(s, e, p)) if s <= closed && rank(p) > rank(pos) => {
                    lists.push((pos, from, s));
                    (from, pos) = (e, p);
                    i += 1;
                }
                _ => {
                    let end = last_end
                        .find(&text[from..closed])
                        .map_or(closed, |m| from + m.start());
                    lists.push((pos, from, end));
                    break;
                }
            }
        }
        let end = lists.last().map_or(from, |l| l.2);
        found.push(Block {
            span: start..end,
            lists,
        });
    }
    found
}

fn blocks(
    ctx: &Ctx<'_>,
    text: &str,
    adoptions: &[Adoption],
    sink: &mut VoteSink<'_>,
    statements: &mut Vec<Range<usize>>,
) {
    // "Against:" in a block with a vote against; "vote" in a meeting
    // record's unanimous vote ("A vote was taken by show of hands").
    if !ctx.cues.has(Cue::Against) && !ctx.cues.has(Cue::Vote) {
        return;
    }
    for block in result_blocks(text) {
        let whole = &block.span;
        statements.push(whole.clone());
        // The resolution whose text records its vote ("[Adopted by a
        // recorded vote of 28 to 2, with 17 abstentions. The voting was as
        // follows: In favour: …]"); in a meeting record, the document the
        // adoption sentence just after the block names ("Draft resolution
        // A/77/L.5 was adopted by 185 votes to 2, with 2 abstentions
        // (resolution 77/7)"), else what was put to the vote before it: a
        // draft, or an amendment to one.
        let target = own_resolution(ctx, ctx.doc_at(whole.start))
            .or_else(|| {
                adoptions
                    .iter()
                    // The block's last list may run into the sentence ("…
                    // Zimbabwe Draft resolution A/ES-11/L.1 was adopted").
                    .find(|a| a.span.start > whole.start && a.span.start.saturating_sub(whole.end) < 300)
                    .and_then(|a| a.target.clone())
            })
            .or_else(|| draft_before(ctx, text, whole.start));
        let Some(target) = target else { continue };
        for &(position, from, to) in &block.lists {
            for m in ctx.states_in(from, to) {
                sink(ctx.who_ref(m.who), target.clone(), position, (m.start, m.end));
            }
        }
    }
}

type NoteSink<'s> = dyn FnMut(NodeRef, NodeRef, VotePosition, Option<String>, (usize, usize)) + 's;

/// Adoption notes: "Adopted unanimously at the 1139th meeting", "Adopted at
/// the 1645th meeting  by 13 votes to none, with 2 abstentions (United
/// Kingdom …, United States of America)", "by 14 Votes to none, with 1
/// Abstention (China)", "Adopted by the Security Council at its 4683th
/// meeting, by a vote of 13 to 0, with 2 abstentions (…)", "Adopted without
/// vote", a footnote "the President declared the draft resolution adopted
/// unanimously", and "One member (China) did not participate in the voting"
/// ("one member (Union of Soviet Socialist Republics) was absent" is a vote
/// statement, but no count of members not participating): the members named
/// in these, and in a list after a bare count ("by 9 votes (Australia,
/// present and not voting; Union of Soviet Socialist Republics, absent)"),
/// get a `voted` edge with the position that says how they stood aside.
fn adoption_notes(
    ctx: &Ctx<'_>,
    text: &str,
    adoptions: &[Adoption],
    sink: &mut NoteSink<'_>,
    tallies: &mut Vec<(String, Tally)>,
    statements: &mut Vec<Range<usize>>,
) {
    static DECLARED: OnceLock<WsRegex> = OnceLock::new();
    static ABSENT: OnceLock<WsRegex> = OnceLock::new();
    if !ctx.cues.has(Cue::Adopted) && !text.contains("adopted unanimously") && adoptions.is_empty() {
        return;
    }
    let note = note_re();
    let declared = ws_re(
        &DECLARED,
        r"declared the draft resolution adopted unanimously|Adopted without (?:a )?vote|Adopted by consensus",
    );
    let absent = ws_re(
        &ABSENT,
        r"(?-u:\b)(?P<n>[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d+) members? (?:\((?P<who>[^)]*)\) )?(?:did not (?:participate|take part) in the vot(?:ing|e)|did not vote|(?P<away>(?:was|were) absent)|(?P<pnv>(?:was|were) present (?:and|but) not voting))",
    );
    let mut found: Vec<(usize, NodeRef, Tally)> = Vec::new();
    for m in note.find_iter(text) {
        // Most notes state a meeting and no tally ("Adopted by the Security
        // Council at its 5263rd meeting, on 19 September 2005"): their groups
        // are not placed (the regex crate would run its bounded backtracker
        // over each). A tally needs `unanimously` before the meeting's word,
        // or `without` or `by` after it (the first `eting` of a match is that
        // word's: nothing before it holds one).
        if !may_hold_tally(m.as_str()) {
            continue;
        }
        let Some(c) = note.captures_at(text, m.start()) else {
            continue;
        };
        let Some(whole) = c.get(0) else { continue };
        let unanimous = c.name("unanimous").is_some();
        let without = c.name("without").is_some();
        let favour = c.name("favour").and_then(|m| count_of(m.as_str()));
        if !unanimous && !without && favour.is_none() {
            // "Adopted by the Security Council at its 5263rd meeting, on 19
            // September 2005": a meeting, no tally.
            continue;
        }
        statements.push(note_span(text, &c));
        let doc = ctx.doc_at(whole.start());
        let target = ctx.acting_resolution(doc);
        if !is_resolution(&target) {
            continue;
        }
        // "by 9 votes (Australia, present and not voting; …)": the votes
        // against are not said.
        let against = c.name("against").and_then(|m| count_of(m.as_str()));
        let abstaining = match (c.name("abst"), favour) {
            (Some(m), _) => count_of(m.as_str()),
            // "by 14 votes to none": a tally with no abstention named.
            (None, Some(_)) if against.is_some() => Some(0),
            _ => None,
        };
        // The note with the list after a bare count: a member named there
        // is quoted with its words ("…, absent").
        let ev = (whole.start(), whole.end());
        let listed = (whole.start(), note_span(text, &c).end.max(whole.end()));
        let tally = Tally {
            unanimous,
            without_vote: without,
            in_favour: favour,
            against,
            abstaining,
            not_participating: None,
            meeting: c.name("meeting").and_then(|m| m.as_str().parse().ok()),
            evidence: Some(ctx.evidence(ev.0, ev.1)),
        };
        // "(France, United Kingdom …)" after the votes against or the
        // abstentions; after a bare count of votes, the members that cast
        // none: "by 9 votes (Australia, present and not voting; Union of
        // Soviet Socialist Republics, absent)". A part of a list that says
        // how its member stood aside ("…, absent") gives that position,
        // whichever list it is in.
        let bare = (c.name("against").is_none() && c.name("abst").is_none())
            .then(|| note_span(text, &c))
            .filter(|span| span.end > whole.end())
            .map(|span| (whole.end(), span.end));
        let lists = [
            (
                c.name("against_who").map(|g| (g.start(), g.end())),
                Some(VotePosition::Against),
            ),
            (
                c.name("abst_who").map(|g| (g.start(), g.end())),
                Some(VotePosition::Abstention),
            ),
            (bare, None),
        ];
        for (span, position) in lists {
            let Some((from, to)) = span else { continue };
            for (part, aside) in list_parts(text, from, to) {
                let Some(position) = aside.or(position) else {
                    continue;
                };
                for m in ctx.states_in(part.start, part.end) {
                    sink(ctx.who_ref(m.who), target.clone(), position, None, listed);
                }
            }
        }
        found.push((whole.start(), target, tally));
    }
    // The other organs' forms: "[Adopted by a recorded vote of 28 to 2,
    // with 17 abstentions. …]", "Draft resolution A/77/L.5 was adopted by
    // 185 votes to 2, with 2 abstentions (resolution 77/7)".
    for a in adoptions {
        statements.push(a.span.clone());
        let Some(target) = &a.target else { continue };
        if found.iter().any(|f| f.1.id == target.id) {
            continue;
        }
        // The press's abstainers by name, after their count.
        if let Some(list) = &a.abstainers {
            for m in ctx.states_in(list.start, list.end) {
                let ev = (a.span.start, a.span.end);
                sink(
                    ctx.who_ref(m.who),
                    target.clone(),
                    VotePosition::Abstention,
                    None,
                    ev,
                );
            }
        }
        let tally = Tally {
            evidence: Some(ctx.evidence(a.span.start, a.span.end)),
            ..a.tally.clone()
        };
        found.push((a.span.start, target.clone(), tally));
    }
    // "In the absence of objections, the President declared the draft
    // resolution adopted unanimously" (325 (1973), in a footnote);
    // "Adopted without vote" (72 (1949)).
    for m in declared.find_iter(text) {
        let doc = ctx.doc_at(m.start());
        let target = ctx.acting_resolution(doc);
        if !is_resolution(&target) || found.iter().any(|f| f.1.id == target.id) {
            continue;
        }
        let without = m.as_str().starts_with("Adopted");
        // "Adopted at the 1686th meeting[1]": the meeting the footnote is on.
        static MEETING: OnceLock<WsRegex> = OnceLock::new();
        let meeting = ws_re(&MEETING, r"Adopted at the (\d+) ?(?:st|nd|rd|th|d)? ?meeting")
            .captures_iter(&text[..m.start()])
            .last()
            .filter(|c| c.get(0).is_some_and(|w| ctx.doc_at(w.start()) == doc))
            .and_then(|c| c[1].parse().ok());
        let tally = Tally {
            unanimous: !without,
            without_vote: without,
            meeting,
            evidence: Some(ctx.evidence(m.start(), m.end())),
            ..Tally::default()
        };
        found.push((m.start(), target, tally));
    }
    // "[2] One member (China) did not participate in the voting": the
    // tally of the same document, and the position of the member named.
    for c in absent.captures_iter(text) {
        let (Some(whole), Some(n)) = (c.get(0), c.name("n")) else {
            continue;
        };
        statements.push(whole.range());
        let target = ctx.acting_resolution(ctx.doc_at(whole.start()));
        let position = if c.name("away").is_some() {
            VotePosition::Absent
        } else if c.name("pnv").is_some() {
            VotePosition::PresentNotVoting
        } else {
            VotePosition::NotParticipating
        };
        if let Some(who) = c.name("who")
            && is_resolution(&target)
        {
            for m in ctx.states_in(who.start(), who.end()) {
                sink(
                    ctx.who_ref(m.who),
                    target.clone(),
                    position,
                    None,
                    (whole.start(), whole.end()),
                );
            }
        }
        if position != VotePosition::NotParticipating {
            // "was absent": no count of members not participating.
            continue;
        }
        let doc_id = target.id;
        let n = count_of(&n.as_str().to_ascii_lowercase());
        if let Some(f) = found.iter_mut().find(|f| f.1.id == doc_id) {
            f.2.not_participating = n;
        }
    }
    for (_, target, mut tally) in found {
        if !tally.unanimous && !tally.without_vote {
            // No vote against, no abstention, every member voting.
            tally.unanimous = tally.against == Some(0)
                && tally.abstaining == Some(0)
                && tally.not_participating.is_none_or(|n| n == 0);
        }
        if !tallies.iter().any(|(id, _)| *id == target.id) {
            tallies.push((target.id, tally));
        }
    }
}

/// The parts of the list `text[from..to]` ("(Australia, present and not
/// voting; Union of Soviet Socialist Republics, absent)"), split at
/// semicolons, each with the position its words give a member that cast no
/// vote ("absent", "present and not voting", "not participating", "did not
/// participate"), `None` for a part that says none ("France, United
/// Kingdom").
fn list_parts(text: &str, from: usize, to: usize) -> Vec<(Range<usize>, Option<VotePosition>)> {
    let mut parts = Vec::new();
    let mut start = from;
    for piece in text[from..to].split_inclusive(';') {
        let end = start + piece.len();
        let lower = piece.to_ascii_lowercase();
        let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
        let aside = if lower.contains("present and not voting") || lower.contains("present but not voting") {
            Some(VotePosition::PresentNotVoting)
        } else if lower.contains("absent") {
            Some(VotePosition::Absent)
        } else if lower.contains("not participating")
            || lower.contains("did not participate")
            || lower.contains("not voting")
            || lower.contains("did not vote")
        {
            Some(VotePosition::NotParticipating)
        } else {
            None
        };
        parts.push((start..end, aside));
        start = end;
    }
    parts
}

/// An adoption by a recorded vote in the forms of the General Assembly, the
/// Human Rights Council and the Economic and Social Council, which name no
/// meeting: see [`recorded_adoptions`].
#[derive(Debug)]
struct Adoption {
    /// The statement, from "Adopted" or "Draft resolution" to the last
    /// count (and the resolution named after it).
    span: Range<usize>,
    /// The resolution (or, failing one, the draft) the vote adopted.
    target: Option<NodeRef>,
    /// The list of the members that abstained, after their count ("with
    /// 5 abstentions (Brazil, China, Germany, India, Russian Federation)").
    abstainers: Option<Range<usize>>,
    /// The counts read (no evidence yet).
    tally: Tally,
}

/// A count of votes: figures, or a small number in words.
const COUNT: &str = r"(?:\d{1,3}|[a-z]+)";

/// The adoptions by a recorded vote that name no meeting, each with the
/// document it adopted:
/// * the note closing a Human Rights Council resolution, "[Adopted by a
///   recorded vote of 28 to 2, with 17 abstentions. The voting was as
///   follows: …]" (A/HRC/RES/52/32), and the General Assembly's "Recorded
///   vote on A/77/L.5 (adopted by 185 votes to 2, with 2 abstentions):"
///   (A/RES/77/7): the resolution whose text it closes, else the draft it
///   names (a parenthesis "(adopted by 141 votes …)" after another
///   resolution's symbol is about that one, and not read);
/// * the General Assembly's meeting records, "Draft resolution A/ES-11/L.1
///   was adopted by 141 votes to 5, with 35 abstentions (resolution
///   ES-11/1)" (A/ES-11/PV.5), "The draft resolution was adopted by 143
///   votes to 5, with 35 abstentions (resolution ES-11/4)": the resolution
///   in the parenthesis, else the draft named (in the sentence, else last
///   before it);
/// * the press's "by a recorded vote of 122 in favour to 35 against, with
///   41 abstentions" reads the same.
///
/// A count "to none" or "with no abstentions" is 0; a tally naming no
/// abstention has none. A sentence about another text's vote ("resolution
/// ES-11/1, which was adopted by 141 votes") has neither a note's form nor
/// a draft's subject, and is not read.
fn recorded_adoptions(ctx: &Ctx<'_>, text: &str) -> Vec<Adoption> {
    static R: OnceLock<WsRegex> = OnceLock::new();
    if !ctx.cues.has(Cue::Vote) {
        return Vec::new();
    }
    let pattern = format!(
        r"(?P<lead>\[ ?Adopted|[Rr]ecorded vote on (?P<on>{GA_DRAFT}) ?\( ?adopted|[Aa]dopt(?:ed|ing) resolution (?P<sc>\d{{1,4}}) ?\( ?(?P<sc_year>\d{{4}}) ?\)|Adopted|(?:[Dd]raft resolution (?P<draft>{GA_DRAFT})|[Tt]he draft resolution)(?: ?, as (?:orally )?(?:revised|amended) ?,)? was adopted) by (?:a (?:recorded )?vote of (?P<favour>{COUNT})|(?P<favour2>{COUNT}) votes?)(?: in favou?r)? to (?P<against>{COUNT})(?: against)?(?: ?, ?with (?P<abst>{COUNT}) abstentions?)?(?: ?\( ?resolution (?P<res>(?P<special>E?S-)?\d{{1,4}}/\d{{1,3}}) ?\)| ?\((?P<abst_who>[A-Z][^()]*(?:\([^()]*\)[^()]*)*)\))?"
    );
    let re = ws_re(&R, &pattern);
    let mut found = Vec::new();
    for c in re.captures_iter(text) {
        let (Some(whole), Some(lead)) = (c.get(0), c.name("lead")) else {
            continue;
        };
        let count = |name: &str| {
            c.name(name).and_then(|m| match m.as_str() {
                "no" => Some(0),
                w => count_of(w),
            })
        };
        let (Some(favour), Some(against)) = (count("favour").or_else(|| count("favour2")), count("against"))
        else {
            continue;
        };
        let abstaining = if c.name("abst").is_some() {
            count("abst")
        } else {
            Some(0)
        };
        let doc = ctx.doc_at(whole.start());
        let note = !lead.as_str().contains("was adopted");
        // The draft named ("Recorded vote on A/77/L.5 (adopted by …",
        // "Draft resolution A/77/L.5 was adopted"); a meeting record's "The
        // draft resolution was adopted": the last draft named before.
        let draft = c
            .name("draft")
            .or_else(|| c.name("on"))
            .map(|d| d.as_str().to_string())
            .or_else(|| (!note).then(|| last_draft(text, 0, whole.start())).flatten());
        let adopted_as = c.name("res").and_then(|r| {
            let organ = draft
                .as_deref()
                .or(Some(ctx.doc_ref(doc).id.as_str()))
                .and_then(|s| s.parse::<Symbol>().ok())
                .map(|s| s.organ())?;
            let (first, n) = r.as_str().split_once('/')?;
            let n: u32 = n.parse().ok()?;
            match c.name("special") {
                Some(sp) => organ.special_resolution(first[sp.len()..].parse().ok()?, n),
                None => organ.resolution(first.parse().ok()?, n, None),
            }
            .filter(|s| matches!(s.kind(), SymbolKind::GaResolution | SymbolKind::OrganResolution))
            .map(|s| NodeRef::document(&s))
        });
        // The press's "Adopting resolution 1973 (2011) by a vote of 10 in
        // favour to none against, with 5 abstentions (Brazil, …)": the
        // resolution it names.
        let named = c
            .name("sc")
            .zip(c.name("sc_year"))
            .and_then(|(n, y)| {
                let (n, y): (u32, u16) = (n.as_str().parse().ok()?, y.as_str().parse().ok()?);
                // A year that is not the number's is misread, not stated.
                crate::symbol::sc_resolution_year(n)
                    .is_none_or(|known| known == y)
                    .then(|| Symbol::sc_resolution(n, y))
            })
            .map(|s| NodeRef::document(&s));
        let target = named
            .or_else(|| if note { own_resolution(ctx, doc) } else { None })
            .or(adopted_as)
            .or_else(|| draft.as_deref().and_then(draft_ref));
        found.push(Adoption {
            span: whole.range(),
            abstainers: c
                .name("abst_who")
                .filter(|_| c.name("abst").is_some())
                .map(|m| m.range()),
            target,
            tally: Tally {
                in_favour: Some(favour),
                against: Some(against),
                abstaining,
                ..Tally::default()
            },
        });
    }
    found
}

/// A draft resolution of the General Assembly (`A/77/L.5`, `A/ES-11/L.1`,
/// `A/C.3/77/L.12/Rev.1`), the Human Rights Council (`A/HRC/52/L.11`) or
/// the Economic and Social Council (`E/2022/L.20`).
const GA_DRAFT: &str = r"(?:A/(?:HRC/|C\.\d/)?(?:ES-)?\d{1,3}|E/\d{4})/L\.\d{1,4}(?:/Rev\.\d{1,2})?";

/// The draft named last in `text[from..to]`: a Council draft put to the
/// vote ("draft resolution S/2020/240") or another organ's ("draft
/// resolution A/77/L.5", "Recorded vote on A/77/L.5").
fn last_draft(text: &str, from: usize, to: usize) -> Option<String> {
    last_draft_at(text, from, to).map(|(_, d)| d)
}

/// [`last_draft`], with where its symbol stands in `text`.
fn last_draft_at(text: &str, from: usize, to: usize) -> Option<(usize, String)> {
    static G: OnceLock<WsRegex> = OnceLock::new();
    let ga = ws_re(
        &G,
        &format!(r"(?:[Dd]raft resolution|[Rr]ecorded vote on|decision on) (?:document )?(?P<d>{GA_DRAFT})"),
    );
    let sc = crate::extract::patterns::DRAFT_PUT_TO_VOTE
        .captures_iter(&text[from..to])
        .last()
        .and_then(|d| crate::extract::patterns::draft_put_to_vote(&d).map(|m| (m.start(), m.as_str())));
    let other = ga
        .captures_iter(&text[from..to])
        .last()
        .and_then(|c| c.name("d").map(|m| (m.start(), m.as_str())));
    sc.into_iter()
        .chain(other)
        .max_by_key(|(at, _)| *at)
        .map(|(at, d)| (from + at, d.to_string()))
}

/// What a block of votes starting at `at` was cast on: the draft or the
/// amendment named last before it ("I shall first put to the vote the
/// amendment contained in document S/2023/774", then "I shall now put to
/// the vote draft resolution S/2023/773"), else the draft the file puts to
/// the vote. An amendment is a document of its own, and its votes are
/// recorded against its symbol: they are no votes on the draft it amends.
fn draft_before(ctx: &Ctx<'_>, text: &str, at: usize) -> Option<NodeRef> {
    let amendment = last_amendment(text, at);
    let draft = last_draft_at(text, 0, at);
    // "the amendment contained in document S/2023/774 to draft resolution
    // S/2023/773": the draft named after is the one amended.
    let amends = |a: usize, d: usize| {
        d > a && {
            let between = &text[a..d];
            between.len() < 120 && !between.contains(". ") && between.contains(" to ")
        }
    };
    match (amendment, draft) {
        (Some((a, symbol)), d) if d.as_ref().is_none_or(|(b, _)| a > *b || amends(a, *b)) => {
            symbol.parse::<Symbol>().ok().map(|s| NodeRef::document(&s))
        }
        (_, d) => d
            .map(|(_, d)| d)
            .or_else(|| ctx.draft.clone())
            .and_then(|d| draft_ref(&d)),
    }
}

/// The amendment named last before `at`, with where its symbol stands: "the
/// amendment contained in document S/2023/774", "amendment S/2023/774",
/// "the amendments (A/ES-11/L.2)". "Amendments to draft resolution
/// S/2023/773" names the draft amended, not an amendment.
fn last_amendment(text: &str, at: usize) -> Option<(usize, String)> {
    static A: OnceLock<WsRegex> = OnceLock::new();
    let amendment = ws_re(
        &A,
        &format!(
            r"(?-u:\b)amendments? (?:contained )?(?:in )?(?:document )?\(? ?\[?(?P<s>S/\d{{4}}/\d{{1,4}}|{GA_DRAFT})"
        ),
    );
    amendment
        .captures_iter(&text[..at])
        .last()
        .and_then(|c| c.name("s"))
        .map(|m| (m.start(), m.as_str().to_string()))
}

/// The segment `doc` when it is a resolution (of any organ): a vote its
/// text records is the vote that adopted it.
fn own_resolution(ctx: &Ctx<'_>, doc: usize) -> Option<NodeRef> {
    Some(ctx.doc_ref(doc)).filter(is_resolution)
}

/// Whether a node is a resolution: the Council's, the General Assembly's,
/// or another organ's (`A/HRC/RES/52/32`, `E/RES/2022/15`).
fn is_resolution(r: &NodeRef) -> bool {
    matches!(
        r.kind,
        NodeKind::Resolution | NodeKind::GaResolution | NodeKind::OrganResolution
    )
}

/// The span of an adoption note, with the list of states that follows a
/// bare count of votes: "by 10 votes (Union of Soviet Socialist Republics,
/// absent)", "by 9 votes (Australia, present and not voting; …)".
/// An adoption note: "Adopted by the Security Council at its 3453rd meeting,
/// on 8 November 1994", "Adopted unanimously at the 1382nd meeting", "…
/// by 10 votes to none, with 1 abstention (France)".
fn note_re() -> &'static WsRegex {
    static A: OnceLock<WsRegex> = OnceLock::new();
    ws_re(
        &A,
        r"Adopted (?:by the Security Council )?(?P<unanimous>unanimously)? ?,? ?(?:at (?:the|its) )?(?P<meeting>\d+) ?(?:st|nd|rd|th|d)? ?(?:[Mm]eeting|meting)(?P<without> ?,? ?without (?:a )?vote)?(?:,? (?:held )?on \d{1,2} [A-Z][a-z]+ \d{4})?(?: ?,? ?by (?:a vote of )?(?P<favour>\d+|[a-z]+) ?(?:[Vv]otes?)? ?(?:to ?(?P<against>none|noire|nil|\d+|[a-z]+) ?(?P<against_who>\([^)]*\))?)? ?,? ?(?:with ?(?P<abst>\d+|[a-z]+) ?[Aa]bstentions? ?(?P<abst_who>\([^)]*\))?)?)?",
    )
}

/// False when an adoption note's match can hold none of the groups that
/// make a tally (`unanimous`, `without`, `favour`), read off the match: see
/// [`adoption_notes`].
fn may_hold_tally(note: &str) -> bool {
    let (head, tail) = note.split_at(note.find("eting").unwrap_or(0));
    head.contains("unanimously") || tail.contains("without") || tail.contains("by")
}

fn note_span(text: &str, c: &Groups<'_>) -> Range<usize> {
    static LIST: OnceLock<WsRegex> = OnceLock::new();
    let whole = c.get(0).map_or(0..0, |m| m.range());
    if c.name("against").is_some() || c.name("abst").is_some() {
        return whole;
    }
    let list = ws_re(&LIST, r"^ ?\([^)]*\)");
    let end = list
        .find(&text[whole.end..])
        .map_or(whole.end, |m| whole.end + m.end());
    whole.start..end
}

/// `submitted_by` links: "submitted by Algeria, …, Uruguay and Viet Nam";
/// "France: draft resolution".
pub(super) fn sponsors(ctx: &Ctx<'_>, links: &mut Vec<Link>) {
    static S: OnceLock<Regex> = OnceLock::new();
    static H: OnceLock<Regex> = OnceLock::new();
    static SYM: OnceLock<Regex> = OnceLock::new();
    let text = ctx.text();
    let submitted = re(&S, r"(?-u:\b)submitted (?:by )?(?:the )?");
    let heading = re(&H, r": draft resolution(?-u:\b)");
    let symbol = re(&SYM, r"S/\d{4}/\d+");
    let mut seen: BTreeSet<(String, String)> = BTreeSet::new();
    let mut emit = |target: &NodeRef, chain: &[&Mention], links: &mut Vec<Link>| {
        for m in chain {
            let state = ctx.who_ref(m.who);
            if seen.insert((target.id.clone(), state.id.clone())) {
                let attrs = EdgeAttrs {
                    evidence: Some(ctx.evidence(m.start, m.end)),
                    ..EdgeAttrs::default()
                };
                links.push(ctx.link(target.clone(), state, EdgeKind::SubmittedBy, attrs));
            }
        }
    };
    let submissions = if ctx.cues.has(Cue::Submitted) {
        submitted.find_iter(text).collect()
    } else {
        Vec::new()
    };
    for m in submissions {
        let chain = state_chain(ctx, text, m.end());
        if chain.is_empty() {
            continue;
        }
        // The draft named in the same sentence, else the one the file votes on.
        let from = text[..m.start()].rfind(". ").map_or(0, |i| i + 2);
        let to = text[m.end()..].find(". ").map_or(text.len(), |i| m.end() + i);
        // Prefer the draft the file votes on, then the first symbol after
        // "submitted", then the last one before it.
        let in_sentence: Vec<(usize, &str)> = symbol
            .find_iter(&text[from..to])
            .map(|s| (from + s.start(), s.as_str()))
            .collect();
        // "documents S/2023/774 and S/2023/775, which contain the texts of
        // amendments to draft resolution S/2023/773 submitted by the
        // Russian Federation": the amendments were submitted, and each is
        // a document of its own; the draft they amend is not the
        // submitter's.
        if amendment_submitted(&text[from..m.start()]) {
            let amended: Vec<&str> = crate::extract::patterns::DRAFT_PUT_TO_VOTE
                .captures_iter(&text[from..to])
                .filter_map(|c| crate::extract::patterns::draft_put_to_vote(&c).map(|d| d.as_str()))
                .collect();
            for (_, s) in in_sentence.iter().filter(|(_, s)| !amended.contains(s)) {
                if let Ok(symbol) = s.parse::<Symbol>() {
                    emit(&NodeRef::document(&symbol), &chain, links);
                }
            }
            continue;
        }
        let chosen = in_sentence
            .iter()
            .find(|(_, s)| ctx.draft.as_deref() == Some(*s))
            .or_else(|| in_sentence.iter().find(|(at, _)| *at > m.start()))
            .or_else(|| in_sentence.last())
            .map(|(_, s)| s.to_string())
            .or_else(|| ctx.draft.clone());
        // A draft resolution when the file votes on it or the sentence says
        // so; "a concept note submitted by Argentina [S/2013/446]" is
        // submitted by Argentina, but no draft.
        let is_draft = |d: &str| ctx.draft.as_deref() == Some(d) || text[from..to].contains("draft");
        let target = chosen.and_then(|d| {
            if is_draft(&d) {
                draft_ref(&d)
            } else {
                d.parse::<crate::Symbol>().ok().map(|s| NodeRef::document(&s))
            }
        });
        if let Some(target) = target {
            emit(&target, &chain, links);
        }
    }
    for h in heading.find_iter(text) {
        let chain = state_chain_before(ctx, text, h.start());
        if chain.is_empty() {
            continue;
        }
        let from = h.start().saturating_sub(300);
        let from = super::floor_boundary(text, from);
        let target = symbol
            .find_iter(&text[from..h.start()])
            .last()
            .map(|s| s.as_str().to_string())
            .and_then(|d| draft_ref(&d));
        if let Some(target) = target {
            emit(&target, &chain, links);
        }
    }
}

/// Whether what a sentence says was "submitted by" (the sentence up to
/// those words) is an amendment: "amendments to draft resolution S/2023/773
/// submitted by", "an amendment (S/2023/774), submitted by".
fn amendment_submitted(before: &str) -> bool {
    static A: OnceLock<WsRegex> = OnceLock::new();
    ws_re(
        &A,
        r"(?-u:\b)amendments? ?(?:\([^)]*\))?(?: to (?:the )?draft resolution (?:contained in )?(?:document )?S/\d{4}/\d{1,4})? ?,? ?$",
    )
    .is_match(before)
}

/// States listed one after another from `pos`: "Algeria, Angola and Viet Nam".
fn state_chain<'c>(ctx: &'c Ctx<'_>, text: &str, mut pos: usize) -> Vec<&'c Mention> {
    let mut chain = Vec::new();
    while let Some(m) = ctx.mention_at(pos) {
        if !ctx.is_state(m.who) {
            break;
        }
        chain.push(m);
        let rest = &text[m.end..];
        let sep = [", and the ", ", and ", " and the ", " and ", ", the ", ", "]
            .iter()
            .find(|s| rest.starts_with(**s));
        match sep {
            Some(s) => pos = m.end + s.len(),
            None => break,
        }
    }
    chain
}

/// States listed one after another and ending at `end`: "Belgium, France and
/// Germany: draft resolution".
fn state_chain_before<'c>(ctx: &'c Ctx<'_>, text: &str, end: usize) -> Vec<&'c Mention> {
    let mut chain = Vec::new();
    let mut at = end;
    loop {
        let i = ctx.mentions.partition_point(|m| m.end <= at);
        let Some(m) = i.checked_sub(1).map(|i| &ctx.mentions[i]) else {
            break;
        };
        if !ctx.is_state(m.who) {
            break;
        }
        let between = &text[m.end..at];
        let ok = if chain.is_empty() {
            between.trim().is_empty()
        } else {
            matches!(between, ", " | " and " | ", and " | " and the " | ", the ")
        };
        if !ok {
            break;
        }
        chain.push(m);
        at = m.start;
        if text[..at].ends_with("the ") {
            at -= 4;
        }
    }
    chain.reverse();
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A note [`may_hold_tally`] passes over has none of a tally's groups.
    fn gate_agrees(text: &str) -> Result<usize, String> {
        let mut gated = 0;
        for c in note_re().captures_iter(text) {
            let whole = c.get(0).expect("group 0").as_str();
            if !may_hold_tally(whole) {
                gated += 1;
                if c.name("unanimous").is_some() || c.name("without").is_some() || c.name("favour").is_some()
                {
                    return Err(format!("{whole:?} holds a tally"));
                }
            }
        }
        Ok(gated)
    }

    #[test]
    fn notes_passed_over_hold_no_tally() {
        let mut gated = 0;
        for (path, text) in crate::corpus::bundled_texts() {
            gated += gate_agrees(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        }
        assert!(gated > 1000, "{gated} notes passed over");
        for text in [
            "Adopted by the Security Council at its 5263rd meeting, on 19 September 2005",
            "Adopted unanimously at the 1382nd meeting.",
            "Adopted at the 1382nd meeting by 10 votes to none, with 1 abstention (France).",
            "Adopted at the 1382 meting\nwithout vote; Adopted by the Security Council at its 12th Meeting",
        ] {
            gate_agrees(text).unwrap_or_else(|e| panic!("{e}"));
        }
    }

    /// The tally each wording of a recorded vote gives the resolution it
    /// closes (the Human Rights Council's note, the press's "in favour to …
    /// against", counts in words, "to none", "with no abstentions", one
    /// abstention, none named).
    #[test]
    fn recorded_votes_of_other_organs_give_their_counts() {
        use crate::extract::{ActorDictionary, normalize::normalize, segment::segment};
        let dict = ActorDictionary::bundled();
        for (note, want) in [
            (
                "[Adopted by a recorded vote of 122 to 35, with 41 abstentions. The voting was as follows:",
                (122, 35, 41),
            ),
            (
                "[Adopted by a recorded vote of 122 in favour to 35 against, with 41 abstentions.]",
                (122, 35, 41),
            ),
            (
                "[Adopted by a recorded vote of 33 to none, with 14 abstentions.]",
                (33, 0, 14),
            ),
            (
                "[Adopted by a recorded vote of 47 to none, with no abstentions.]",
                (47, 0, 0),
            ),
            (
                "[Adopted by a recorded vote of 30 to 3, with 1 abstention.]",
                (30, 3, 1),
            ),
            ("Adopted by 30 votes to 3.", (30, 3, 0)),
        ] {
            let text = format!(
                "United Nations A/HRC/RES/52/40\nGeneral Assembly\n\nHuman Rights Council\nFifty-second session\n\n52/40. Test\n\nThe Human Rights Council,\n\n1. Decides to remain seized of the matter.\n\n56th meeting\n4 April 2023\n\n{note}\n"
            );
            let normalized = normalize(&text);
            let segments = segment("hrc.txt", &normalized);
            let (_, tallies) = super::super::actor_facts("hrc.txt", &normalized, &segments, &dict);
            let t = tallies
                .iter()
                .find(|(id, _)| id == "A/HRC/RES/52/40")
                .map(|(_, t)| t)
                .unwrap_or_else(|| panic!("{note}: no tally in {tallies:?}"));
            assert_eq!(
                (t.in_favour, t.against, t.abstaining),
                (Some(want.0), Some(want.1), Some(want.2)),
                "{note}"
            );
            assert_eq!(t.unanimous, want.1 == 0 && want.2 == 0, "{note}");
        }
    }

    proptest::proptest! {
        #[test]
        fn notes_passed_over_hold_no_tally_anywhere(
            tokens in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Adopted ", "by the Security Council ", "unanimously", "at the ", "at its ", "12",
                    "1382", "nd", "th", " ", "\n", ",", "meeting", "Meeting", "meting", " without ",
                    "a ", "vote", "votes", " by ", "a vote of ", "ten", "to ", "none", "with ", "1 ",
                    "abstention", "abstentions", "(France)", "on 19 September 2005", ".", "by",
                ]),
                0..30,
            )
        ) {
            let text = tokens.concat();
            proptest::prop_assert!(gate_agrees(&text).is_ok(), "{:?}", gate_agrees(&text));
        }
    }
}
