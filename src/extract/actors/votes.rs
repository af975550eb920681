//! Votes and sponsors: voting letters ("Belgium votes in favour of the draft
//! resolution"), result blocks ("In favour: … Against: … Abstaining: …"),
//! adoption notes ("Adopted at the 642nd meeting by 9 votes to none, with 2
//! abstentions (Lebanon, USSR)", "Adopted unanimously"), and the states that
//! submitted a draft ("submitted by Algeria, Angola, … and Viet Nam",
//! "France: draft resolution").

use std::collections::BTreeSet;
use std::sync::OnceLock;

use regex::Regex;

use super::cues::{Cue, matches_near};
use super::{Ctx, Mention, count_of, draft_ref};
use crate::model::{EdgeAttrs, EdgeKind, Link, NodeKind, NodeRef, VotePosition};

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid regex"))
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

/// `voted` links from voting letters, result blocks and adoption notes.
pub(super) fn votes(ctx: &Ctx<'_>, links: &mut Vec<Link>) {
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
    letters(ctx, text, &mut |state, target, position, ev| {
        push(ctx, state, target, position, None, ev, links)
    });
    blocks(ctx, text, &mut |state, target, position, ev| {
        push(ctx, state, target, position, None, ev, links)
    });
    adoption_notes(ctx, text, &mut |state, target, position, relation, ev| {
        push(ctx, state, target, position, relation, ev, links)
    });
}

type VoteSink<'s> = dyn FnMut(NodeRef, NodeRef, VotePosition, (usize, usize)) + 's;

fn letters(ctx: &Ctx<'_>, text: &str, sink: &mut VoteSink<'_>) {
    static V: OnceLock<regex::bytes::Regex> = OnceLock::new();
    static D: OnceLock<Regex> = OnceLock::new();
    if !ctx.cues.has(Cue::Vote) {
        return;
    }
    let vote = V.get_or_init(|| {
        regex::bytes::Regex::new(
            r"(?-u)\b(?:(?:decides|decided|wishes|would like) to vote|will vote|votes|vote)\s+(in favou?r|against)\b|\b(?:(?:decides|decided|wishes|would like) to abstain|will abstain|abstains)\b",
        )
        .expect("valid regex")
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

fn blocks(ctx: &Ctx<'_>, text: &str, sink: &mut VoteSink<'_>) {
    static B: OnceLock<Regex> = OnceLock::new();
    static D: OnceLock<Regex> = OnceLock::new();
    if !ctx.cues.has(Cue::Against) {
        return;
    }
    let block = re(
        &B,
        r"In favou?r: ?(.*?) ?Against: ?(.*?) ?Abstain(?:ing|ed|ions?)?: ?(.*?)(?:\.|$)",
    );
    let draft = re(
        &D,
        r"draft resolution(?: contained in document| contained in)? \(?\[?(S/\d{4}/\d+)",
    );
    for c in block.captures_iter(text) {
        let Some(whole) = c.get(0) else { continue };
        let target = draft
            .captures_iter(&text[..whole.start()])
            .last()
            .map(|d| d[1].to_string())
            .or_else(|| ctx.draft.clone())
            .and_then(|d| draft_ref(&d));
        let Some(target) = target else { continue };
        for (group, position) in [
            (1, VotePosition::InFavour),
            (2, VotePosition::Against),
            (3, VotePosition::Abstention),
        ] {
            let Some(g) = c.get(group) else { continue };
            for m in ctx.states_in(g.start(), g.end()) {
                sink(ctx.who_ref(m.who), target.clone(), position, (m.start, m.end));
            }
        }
    }
}

type NoteSink<'s> = dyn FnMut(NodeRef, NodeRef, VotePosition, Option<String>, (usize, usize)) + 's;

fn adoption_notes(ctx: &Ctx<'_>, text: &str, sink: &mut NoteSink<'_>) {
    static A: OnceLock<Regex> = OnceLock::new();
    if !ctx.cues.has(Cue::Adopted) {
        return;
    }
    let note = re(
        &A,
        r"Adopted (unanimously)?[ ,]*(?:at the )?\d+ ?(?:st|nd|rd|th|d)? ?(?:[Mm]eeting|meting)(?: ?by (?:a vote of )?(\d+|[a-z]+) ?(?:votes?)? ?to ?(none|noire|nil|\d+|[a-z]+) ?(\([^)]*\))? ?,? ?(?:with (\d+|[a-z]+) ?abstentions? ?(\([^)]*\))?)?)?",
    );
    for c in note.captures_iter(text) {
        let Some(whole) = c.get(0) else { continue };
        let unanimous = c.get(1).is_some();
        if !unanimous && c.get(2).is_none() {
            continue;
        }
        let doc = ctx.doc_at(whole.start());
        let target = ctx.acting_resolution(doc);
        if target.kind != NodeKind::Resolution {
            continue;
        }
        let ev = (whole.start(), whole.end());
        let relation = if unanimous {
            "unanimously".to_string()
        } else {
            let favour = c.get(2).and_then(|m| count_of(m.as_str())).unwrap_or(0);
            let against = c.get(3).and_then(|m| count_of(m.as_str())).unwrap_or(0);
            let abst = c.get(5).and_then(|m| count_of(m.as_str())).unwrap_or(0);
            let against = if against == 0 {
                "none".to_string()
            } else {
                against.to_string()
            };
            match abst {
                0 => format!("{favour} votes to {against}"),
                1 => format!("{favour} votes to {against}, with 1 abstention"),
                n => format!("{favour} votes to {against}, with {n} abstentions"),
            }
        };
        if let Some(council) = ctx.dict.index_of("actor:Security Council") {
            sink(
                ctx.dict.entry(council).node_ref(),
                target.clone(),
                VotePosition::InFavour,
                Some(relation),
                ev,
            );
        }
        for (group, position) in [(4, VotePosition::Against), (6, VotePosition::Abstention)] {
            let Some(g) = c.get(group) else { continue };
            for m in ctx.states_in(g.start(), g.end()) {
                sink(ctx.who_ref(m.who), target.clone(), position, None, ev);
            }
        }
    }
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
        let target = in_sentence
            .iter()
            .find(|(_, s)| ctx.draft.as_deref() == Some(*s))
            .or_else(|| in_sentence.iter().find(|(at, _)| *at > m.start()))
            .or_else(|| in_sentence.last())
            .map(|(_, s)| s.to_string())
            .or_else(|| ctx.draft.clone())
            .and_then(|d| draft_ref(&d));
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
