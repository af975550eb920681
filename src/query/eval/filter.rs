//! Conditions: `where` tests on a row, field by field.

use super::*;
use crate::model::NodeKind;

impl<'g> Eval<'g> {
    // ------------------------------------------------------------ conditions

    /// Say so when a state's signatures were reached through the people
    /// who signed for it (the hits' `via`).
    pub(super) fn note_represented(&mut self, starts: &[Hit], hits: &[Hit]) {
        let adjacency = self.graph.adjacency();
        for s in starts {
            let signed = adjacency.represented(s.node);
            let through = hits
                .iter()
                .filter(|h| {
                    h.from == Some(s.node) && signed.iter().any(|&(d, _, p)| d == h.node && h.via == Some(p))
                })
                .count();
            if through > 0 {
                self.notes.push(format!(
                    "{} signed {through} of these through its representatives, as the signature \
                     blocks name them (the via column)",
                    self.g[s.node].id
                ));
            }
        }
    }

    /// For a walk over the votes cast on a set of documents (`who voted
    /// against resolutions on Syria`), say how many of them carry no vote
    /// record: what their members voted is unknown, so a state missing from
    /// the answer, or an empty answer, is no vote not cast. (One document
    /// named has its own note, from the resolver.)
    pub(super) fn note_vote_records(&mut self, from: &PExpr, starts: &[Hit], dir: Dir, kinds: EdgeMask) {
        let votes_only = kinds.0 == EdgeMask::of(EdgeKind::Voted).0;
        if dir != Dir::In || !votes_only || matches!(from, PExpr::Nodes(n) if n.len() == 1) {
            return;
        }
        let documents: Vec<NodeIndex> = starts
            .iter()
            .map(|h| h.node)
            .filter(|&n| self.g[n].kind.is_document())
            .collect();
        let without = documents
            .iter()
            .filter(|&&n| !self.graph.has_vote_record(n))
            .count();
        if without == 0 {
            return;
        }
        self.votes_unrecorded = true;
        let n = documents.len();
        self.notes.push(if without == n {
            format!(
                "none of the {n} documents asked about carries a vote record, so how their members \
                 voted is unknown: an empty answer is no \"nobody\""
            )
        } else {
            let (other, carry, them) = if without == 1 {
                ("other one".to_string(), "carries", "it")
            } else {
                (format!("other {without}"), "carry", "them")
            };
            format!(
                "votes are recorded for {} of the {n} documents asked about; the {other} {carry} \
                 no vote record, so a state missing here may have voted that way on {them} (a list \
                 or count of the votes recorded, not of all)",
                n - without
            )
        });
    }

    /// True when `c` holds for `h`; a condition left unknown for lack of a
    /// record does not hold (see [`Eval::truth`]).
    pub(crate) fn test(&self, c: &PCond, h: &Hit) -> bool {
        self.truth(c, h) == Some(true)
    }

    /// Whether `c` holds for `h`, in three-valued logic: `None` when it
    /// depends on a vote record `h` does not have ("unanimous" of a
    /// resolution without a tally is neither true nor false, and neither is
    /// its negation). `and` is false if either side is, `or` true if either is.
    pub(crate) fn truth(&self, c: &PCond, h: &Hit) -> Option<bool> {
        match c {
            PCond::True => Some(true),
            PCond::And(a, b) => match (self.truth(a, h), self.truth(b, h)) {
                (Some(false), _) | (_, Some(false)) => Some(false),
                (Some(true), Some(true)) => Some(true),
                _ => None,
            },
            PCond::Or(a, b) => match (self.truth(a, h), self.truth(b, h)) {
                (Some(true), _) | (_, Some(true)) => Some(true),
                (Some(false), Some(false)) => Some(false),
                _ => None,
            },
            PCond::Not(a) => self.truth(a, h).map(|b| !b),
            PCond::Link { kinds, target } => {
                let mut found = false;
                self.hops(h.node, PDir::Outgoing, *kinds, &mut |hop| {
                    found |= hop.to == *target
                });
                // What a document whose text was not read cites or names is
                // unknown, not nothing.
                (found || !self.text_unread(h.node)).then_some(found)
            }
            PCond::Cmp {
                field: Field::Kind,
                value: PValue::Kind(m),
                ..
            } if kind_untold(&self.g[h.node], *m) => None,
            PCond::Cmp { field, op, value } => {
                if self.unrecorded(*field, h).is_some() {
                    return self.date_by_year(*field, *op, value, h);
                }
                Some(self.compare(*field, *op, value, h))
            }
        }
    }

    /// True for a document known only from citations: nothing it says
    /// (its citations, mentions, decisions) is recorded.
    fn text_unread(&self, n: NodeIndex) -> bool {
        let node = &self.g[n];
        node.kind.is_document() && !node.held
    }

    /// Why `field` is unknown for `h`, when it is: a vote field without a
    /// vote record, a date the text does not give, the article of a basis
    /// when the text names only the chapter ("Acting under Chapter VII").
    /// Absent, such a field is no "no".
    fn unrecorded(&self, field: Field, h: &Hit) -> Option<Unrecorded> {
        let why = match field {
            // "Adopted without vote": a record, of no vote taken.
            Field::Unanimous if self.g[h.node].tally.as_ref().is_some_and(|t| t.without_vote) => {
                return Some(Unrecorded::NoVoteTaken);
            }
            Field::Unanimous
            | Field::WithoutVote
            | Field::InFavour
            | Field::Against
            | Field::Abstentions
            | Field::NotParticipating
            | Field::Position
            | Field::Vetoed => Unrecorded::Vote,
            Field::Date | Field::Month if self.g[h.node].kind.is_document() => Unrecorded::Date,
            // A document's year and title, a resolution's agenda and
            // meeting; a field that does not apply (the year of a state, the
            // meeting of a report) is no missing record.
            Field::Year | Field::Decade | Field::Title if self.g[h.node].kind.is_document() => {
                Unrecorded::Field
            }
            // A document known by no symbol (a letter held by its file's
            // name) has an organ the graph does not record.
            Field::Organ if self.g[h.node].kind.is_document() => Unrecorded::Field,
            Field::Agenda | Field::Meeting if self.g[h.node].kind == NodeKind::Resolution => {
                Unrecorded::Field
            }
            Field::Pinpoint if h.edge.is_some_and(|(e, _)| self.g[e].kind == EdgeKind::ActsUnder) => {
                Unrecorded::Article
            }
            _ => return None,
        };
        self.field_text(field, h).is_none().then_some(why)
    }

    /// A date condition on a document whose date is not recorded, decided
    /// by its year where the year decides (a resolution of 1992 was not
    /// adopted on 17 March 2011, and was adopted before it); unknown
    /// otherwise.
    fn date_by_year(&self, field: Field, op: CmpOp, value: &PValue, h: &Hit) -> Option<bool> {
        if field != Field::Date || op == CmpOp::Contains {
            return None;
        }
        let PValue::Str(want) = value else { return None };
        let want: i64 = want.get(..4)?.parse().ok()?;
        let have = i64::from(year(&self.g[h.node])?);
        let o = have.cmp(&want);
        (o != Ordering::Equal).then(|| cmp_ord(o, op))
    }

    /// The hits `c` holds for. Those it cannot decide for lack of a vote
    /// record are left out too, and a note says how many.
    pub(super) fn keep(&mut self, hits: Vec<Hit>, c: &PCond) -> Vec<Hit> {
        self.keep_split(hits, c).0
    }

    /// [`Eval::keep`], with the hits left out undecided: those a count
    /// counts as unknown. Adopted without a vote is decided (neither
    /// unanimous nor split), not undecided.
    pub(super) fn keep_split(&mut self, hits: Vec<Hit>, c: &PCond) -> (Vec<Hit>, Vec<Hit>) {
        // Left out for lack of a record, by what was lacking.
        let mut unknown = [0usize; Unrecorded::KINDS];
        let mut kept = Vec::with_capacity(hits.len());
        let mut undecided = Vec::new();
        for h in hits {
            match self.truth(c, &h) {
                Some(true) => kept.push(h),
                Some(false) => {}
                None => {
                    let why = self.unknown_in(c, &h).unwrap_or(Unrecorded::Vote);
                    unknown[why as usize] += 1;
                    if why != Unrecorded::NoVoteTaken {
                        undecided.push(h);
                    }
                }
            }
        }
        self.note_unknown(unknown, c, kept.is_empty());
        (kept, undecided)
    }

    /// For an empty walk back along what texts say (`which PRSTs mention
    /// Mali`: `Mali <- mentions where kind = presidential_statements`):
    /// the documents its condition selects that are known only from
    /// citations, whose texts would say what they cite or name, so that
    /// the answer is no "none". Returns them as undecided (a count reads
    /// `unknown`), with the note. Where texts held could meet the
    /// condition too, the kind is held in part (the corpus's 40 reports of
    /// the Secretary-General among the hundreds its texts cite): the
    /// unread ones are still undecided, except resolutions, whose years
    /// the corpus holds are known and said in the coverage note (a
    /// resolution of a year held is held).
    pub(super) fn unread_candidates(&mut self, w: &Walk, cond: &PCond) -> Vec<Hit> {
        const READ: [EdgeKind; 9] = [
            EdgeKind::Cites,
            EdgeKind::Mentions,
            EdgeKind::ActsUnder,
            EdgeKind::Establishes,
            EdgeKind::ExtendsMandate,
            EdgeKind::Authorizes,
            EdgeKind::Terminates,
            EdgeKind::ModifiesMandate,
            EdgeKind::AuthorizesForce,
        ];
        let read = READ.iter().fold(0, |m, k| m | EdgeMask::of(*k).0);
        if w.dir != Dir::In || w.kinds.0 & !read != 0 {
            return Vec::new();
        }
        let documents = || {
            self.g
                .node_indices()
                .filter(|&n| self.g[n].kind.is_document())
                .map(Hit::at)
        };
        let in_part = documents().any(|h| self.g[h.node].held && self.truth(cond, &h) != Some(false));
        let unread: Vec<Hit> = documents()
            .filter(|h| !self.g[h.node].held && self.truth(cond, h) == Some(true))
            .filter(|h| !in_part || self.g[h.node].kind != NodeKind::Resolution)
            .collect();
        if !unread.is_empty() {
            let mut unknown = [0usize; Unrecorded::KINDS];
            unknown[Unrecorded::Text as usize] = unread.len();
            self.note_unknown(unknown, cond, true);
        }
        unread
    }

    /// Say how many were left out for lack of a record, by what they lacked
    /// (counts indexed by [`Unrecorded`]), and, when `none_kept`, that the
    /// answer is unknown rather than none.
    pub(super) fn note_unknown(&mut self, unknown: [usize; Unrecorded::KINDS], c: &PCond, none_kept: bool) {
        for (why, n) in [
            Unrecorded::Vote,
            Unrecorded::Date,
            Unrecorded::Article,
            Unrecorded::Field,
            Unrecorded::Text,
            Unrecorded::NoVoteTaken,
            Unrecorded::Kind,
        ]
        .into_iter()
        .zip(unknown)
        {
            if n == 0 {
                continue;
            }
            let them = if n == 1 { "it" } else { "them" };
            self.notes.push(match why {
                Unrecorded::Vote => format!(
                    "{n} left out for lack of a record: without a vote record the condition \
                     is neither true nor false for {them}"
                ),
                Unrecorded::Date => format!(
                    "{n} left out for lack of a record: the date of {} is not recorded (the year \
                     alone does not decide the condition)",
                    if n == 1 { "one document" } else { "these documents" }
                ),
                Unrecorded::Article => format!(
                    "{n} left out for lack of a record: the basis recorded for {them} is a chapter \
                     of the Charter with no article (`pinpoint`), so the condition is neither true \
                     nor false for {them}"
                ),
                Unrecorded::Text => format!(
                    "{n} left out for lack of a record: {} known only from citations (the \
                     text was not read into this graph), so what {} is unknown",
                    if n == 1 {
                        "one document is"
                    } else {
                        "these documents are"
                    },
                    if n == 1 {
                        "it cites or names"
                    } else {
                        "they cite or name"
                    }
                ),
                Unrecorded::Kind => format!(
                    "{n} left out for lack of a record: no text says what kind of document {} \
                     (`document` or `ga_document`: cited by symbol alone), so the kind condition \
                     is neither true nor false for {them}",
                    if n == 1 { "one is" } else { "these are" }
                ),
                Unrecorded::NoVoteTaken => format!(
                    "{n} left out: adopted without a vote, so neither unanimous nor split \
                     (no vote was taken)"
                ),
                Unrecorded::Field => {
                    let mut fields = Vec::new();
                    metadata_fields(c, &mut fields);
                    let fields = match fields.as_slice() {
                        [rest @ .., last] if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
                        _ => fields.concat(),
                    };
                    format!(
                        "{n} left out for lack of a record: without a recorded {fields} the \
                         condition is neither true nor false for {them}"
                    )
                }
            });
        }
        // Those adopted without a vote are known not to have a tally.
        let unknowns: usize = unknown.iter().sum::<usize>() - unknown[Unrecorded::NoVoteTaken as usize];
        if none_kept && unknowns > 0 {
            self.undecided = true;
            // A count of 0 here is no "none": every candidate the records
            // could decide failed, and the rest could not be decided.
            self.notes.push(format!(
                "so the answer is unknown, not none: the {unknowns} without a record may meet the \
                 condition, and no other candidate does"
            ));
        }
    }

    /// Say how many documents `all` of the kinds in `asked` leaves out that
    /// may be of those kinds, no text telling (see [`kind_untold`]).
    pub(super) fn note_untold_kinds(&mut self, asked: KindMask) {
        let untold = self
            .g
            .node_weights()
            .filter(|node| kind_untold(node, asked))
            .count();
        if untold > 0 {
            let (are, what, may) = if untold == 1 {
                ("document is", "document it is", "it may")
            } else {
                ("documents are", "documents they are", "some may")
            };
            self.notes.push(format!(
                "{untold} {are} left out for lack of a record: no text says what kind of {what} \
                 (`document` or `ga_document`: cited by symbol alone), so {may} be of the kind asked"
            ));
        }
    }

    /// Say which documents no text describes score as high as the last of a
    /// ranking of some kinds (`untold`, by id): they may be of those kinds.
    pub(super) fn note_untold_ranked(&mut self, untold: &[String]) {
        const NAMED: usize = 5;
        let (n, are) = match untold.len() {
            0 => return,
            1 => (1, "document of no recorded kind scores"),
            n => (n, "documents of no recorded kind score"),
        };
        let mut ids = untold[..n.min(NAMED)].join(", ");
        if n > NAMED {
            ids.push_str(&format!(" and {} more", n - NAMED));
        }
        self.notes.push(format!(
            "{n} {are} at least as high as the last of these ({ids}): no text says what kind of \
             document {} (`document` or `ga_document`: cited by symbol alone), so {} of the kind \
             asked and rank among them",
            if n == 1 { "it is" } else { "they are" },
            if n == 1 { "it may be" } else { "they may be" },
        ));
    }

    /// The first comparison of `c` left unknown for `h`, and why.
    pub(super) fn unknown_in(&self, c: &PCond, h: &Hit) -> Option<Unrecorded> {
        match c {
            PCond::And(a, b) | PCond::Or(a, b) => self.unknown_in(a, h).or_else(|| self.unknown_in(b, h)),
            PCond::Not(a) => self.unknown_in(a, h),
            PCond::Cmp {
                field: Field::Kind,
                value: PValue::Kind(m),
                ..
            } => kind_untold(&self.g[h.node], *m).then_some(Unrecorded::Kind),
            PCond::Cmp { field, .. } => self.unrecorded(*field, h),
            PCond::Link { .. } => self.truth(c, h).is_none().then_some(Unrecorded::Text),
            PCond::True => None,
        }
    }

    pub(super) fn compare(&self, field: Field, op: CmpOp, value: &PValue, h: &Hit) -> bool {
        let node = &self.g[h.node];
        let edge = h.edge.map(|(e, _)| &self.g[e]);
        let eq = |b: bool| match op {
            CmpOp::Eq | CmpOp::Contains | CmpOp::Le | CmpOp::Ge => b,
            CmpOp::Ne => !b,
            CmpOp::Lt | CmpOp::Gt => false,
        };
        match (field, value) {
            (Field::Kind, PValue::Kind(m)) => eq(m.has(node.kind)),
            (Field::Edge, PValue::Edge(m)) => edge.is_some_and(|e| eq(m.has(e.kind))),
            (Field::Position, PValue::Position(p)) => edge
                .and_then(|e| e.attrs().position)
                .is_some_and(|pos| eq(pos == *p)),
            (Field::Node, PValue::Node(n)) => eq(h.node == *n),
            (Field::Actor, PValue::Node(n)) => {
                let mut found = false;
                self.hops_dir(h.node, Dir::Both, EdgeMask::ALL, &mut |hop| found |= hop.to == *n);
                eq(found)
            }
            (Field::Held, PValue::Bool(b)) => eq(node.held == *b),
            (Field::Stub, PValue::Bool(b)) => eq((node.kind.is_document() && !node.held) == *b),
            (Field::Suspect, PValue::Bool(b)) => {
                eq(h.edge.is_some_and(|(e, _)| self.graph.is_suspect(e)) == *b)
            }
            (Field::Vetoed, PValue::Bool(b)) => vetoed(self.graph, h.node).is_some_and(|v| eq(v == *b)),
            (Field::Permanent, PValue::Bool(b)) => eq(PERMANENT_MEMBERS.contains(&node.id.as_str()) == *b),
            // Only a vote record answers (a tally, or the states named):
            // no record is neither true nor false. Adopted without a vote
            // is neither unanimous nor split (no vote was taken).
            (Field::Unanimous, PValue::Bool(b)) => self
                .graph
                .vote_record(h.node)
                .and_then(|r| r.unanimous())
                .is_some_and(|u| eq(u == *b)),
            (Field::WithoutVote, PValue::Bool(b)) => {
                node.tally.as_ref().is_some_and(|t| eq(t.without_vote == *b))
            }
            (_, PValue::Int(want)) => {
                let have = match field {
                    Field::Year => year(node).map(i64::from),
                    Field::Count => edge.map(|e| i64::from(e.attrs().count)),
                    Field::Depth => Some(i64::from(h.depth)),
                    Field::Score => h.score.map(|s| s.round() as i64),
                    _ => self.field_text(field, h).and_then(|t| t.parse().ok()),
                };
                have.is_some_and(|have| cmp_ord(have.cmp(want), op))
            }
            (_, PValue::Str(want)) => {
                let Some(have) = self.field_text(field, h) else {
                    return false;
                };
                let mut have = have.to_lowercase();
                // A date compares at the precision written: `date = 2011-03`
                // is March 2011, `date <= 2011-03` up to its end.
                if matches!(field, Field::Date | Field::EndDate)
                    && op != CmpOp::Contains
                    && is_date_prefix(want)
                {
                    have.truncate(want.len().min(have.len()));
                }
                let test = |have: &str| match op {
                    CmpOp::Contains => have.contains(want.as_str()),
                    _ => cmp_ord(natural_cmp(have, want), op),
                };
                // An edge met under several verbs has each of them: `relation
                // = reaffirms` holds for `recalling; reaffirms`.
                if field == Field::Relation && op != CmpOp::Ne {
                    have.split(crate::graph::RELATION_SEPARATOR).any(test)
                } else if field == Field::Relation {
                    have.split(crate::graph::RELATION_SEPARATOR).all(test)
                } else {
                    test(&have)
                }
            }
            _ => false,
        }
    }

    /// A field's value as text, for grouping, sorting and string comparison.
    pub(crate) fn field_text(&self, field: Field, h: &Hit) -> Option<String> {
        let node = &self.g[h.node];
        let attrs = h.edge.map(|(e, _)| self.g[e].attrs());
        match field {
            Field::Id | Field::Node => Some(node.id.clone()),
            Field::Label => Some(node.label.clone()),
            Field::Title => node.title.clone(),
            Field::Kind => Some(node.kind.to_string()),
            Field::Year => year(node).map(|y| y.to_string()),
            Field::Date => node.date.map(|d| d.to_string()),
            Field::Decade => year(node).map(|y| format!("{}s", y / 10 * 10)),
            Field::Month => node.date.map(|d| d.to_string().chars().take(7).collect()),
            Field::Category => node.category.map(|c| c.to_string()),
            Field::Agenda => node.agenda.clone(),
            Field::Held => Some(node.held.to_string()),
            Field::Stub => Some((node.kind.is_document() && !node.held).to_string()),
            Field::Suspect => h.edge.map(|(e, _)| self.graph.is_suspect(e).to_string()),
            Field::Actor => None,
            Field::Edge => h.edge.map(|(e, _)| self.g[e].kind.to_string()),
            Field::Relation => attrs.and_then(|a| a.relation.clone()),
            Field::Paragraph => attrs.and_then(|a| a.paragraph).map(|p| p.to_string()),
            Field::Pinpoint => attrs.and_then(|a| a.pinpoint.clone()),
            Field::Position => attrs.and_then(|a| a.position).map(|p| p.to_string()),
            Field::EndDate => attrs.and_then(|a| a.date).map(|d| d.to_string()),
            Field::Role => attrs.and_then(|a| a.role.clone()),
            Field::Count => attrs.map(|a| a.count.to_string()),
            Field::Depth => Some(h.depth.to_string()),
            Field::Score => h.score.map(|s| format!("{s}")),
            Field::Via => h.via.map(|v| self.g[v].id.clone()),
            Field::Organ => node
                .kind
                .is_document()
                .then(|| node.id.parse::<crate::Symbol>().ok())
                .flatten()
                .map(|s| s.organ().name().to_string()),
            Field::Unanimous => self
                .graph
                .vote_record(h.node)
                .and_then(|r| r.unanimous())
                .map(|u| u.to_string()),
            Field::WithoutVote => node.tally.as_ref().map(|t| t.without_vote.to_string()),
            Field::InFavour => node
                .tally
                .as_ref()
                .and_then(|t| t.in_favour)
                .map(|n| n.to_string()),
            // "Adopted unanimously": no vote against, no abstention, no
            // member not participating, though the line gives no numbers.
            Field::Against => node
                .tally
                .as_ref()
                .and_then(|t| t.against.or(t.unanimous.then_some(0)))
                .map(|n| n.to_string()),
            Field::Abstentions => node
                .tally
                .as_ref()
                .and_then(|t| t.abstaining.or(t.unanimous.then_some(0)))
                .map(|n| n.to_string()),
            Field::NotParticipating => node
                .tally
                .as_ref()
                .and_then(|t| t.not_participating.or(t.unanimous.then_some(0)))
                .map(|n| n.to_string()),
            // The tally's meeting, else the meeting the text says adopted
            // it (`adopted_at` S/PV.6498): most resolutions have no tally.
            Field::Meeting => meeting_of(self.g, h.node).map(|n| n.to_string()),
            Field::Vetoed => vetoed(self.graph, h.node).map(|v| v.to_string()),
            Field::Permanent => Some(PERMANENT_MEMBERS.contains(&node.id.as_str()).to_string()),
        }
    }
}

/// The meeting that adopted a document: its tally's, else the one the
/// text says adopted it (`adopted_at` S/PV.6498): most resolutions have no
/// tally.
pub(crate) fn meeting_of(g: &G, n: NodeIndex) -> Option<u32> {
    g[n].tally.as_ref().and_then(|t| t.meeting).or_else(|| {
        g.edges_directed(n, petgraph::Direction::Outgoing)
            .find(|e| e.weight().kind == EdgeKind::AdoptedAt)
            .and_then(|e| {
                let id = g[e.target()].id.strip_prefix("S/PV.")?;
                id.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
            })
    })
}

/// The permanent members of the Security Council (Article 23), as the
/// graph names them; the USSR's seat is the Russian Federation's since 1991.
const PERMANENT_MEMBERS: &[&str] = &[
    "state:China",
    "state:France",
    "state:Russian Federation",
    "state:USSR",
    "state:United Kingdom",
    "state:United States",
];

/// A draft resolution of the Security Council (`S/2020/600`; a General
/// Assembly draft, `A/68/L.29`, is never vetoed).
pub(crate) fn is_council_draft(g: &G, n: NodeIndex) -> bool {
    g[n].kind == NodeKind::DraftResolution && g[n].id.starts_with("S/")
}

/// Whether a node is a vetoed draft: a Council draft not adopted that had
/// the votes to pass (nine in favour, seven while the Council had eleven
/// members: Article 27) and on which a permanent member voted against. A
/// draft short of those votes failed, whoever voted against it ("having
/// failed to obtain the required number of votes"): no veto. Unknown
/// (`None`) for a draft not adopted whose vote the corpus does not record,
/// or records too little of to say (a permanent member against, the votes
/// in favour neither counted nor all named); false for anything adopted or
/// not a draft.
pub(crate) fn vetoed(graph: &CitationGraph, n: NodeIndex) -> Option<bool> {
    let g = graph.petgraph();
    if !is_council_draft(g, n)
        || g.edges_directed(n, PDir::Outgoing)
            .any(|e| e.weight().kind == EdgeKind::AdoptedAt || e.weight().kind == EdgeKind::AdoptedAs)
    {
        return Some(false);
    }
    let record = graph.vote_record(n)?;
    let permanent_against = g.edges_directed(n, PDir::Incoming).any(|e| {
        e.weight().kind == EdgeKind::Voted
            && e.weight().attrs().position == Some(crate::model::VotePosition::Against)
            && PERMANENT_MEMBERS.contains(&g[e.source()].id.as_str())
    });
    if !permanent_against {
        return Some(false);
    }
    let required = if record.members == 11 { 7 } else { 9 };
    record
        .cast(crate::model::VotePosition::InFavour)
        .map(|in_favour| in_favour >= required)
}

/// What a field lacked when a condition on it was neither true nor false.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unrecorded {
    Vote = 0,
    Date = 1,
    Article = 2,
    /// A document's year or title, a resolution's agenda or meeting.
    Field = 3,
    /// What a document known only from citations says.
    Text = 4,
    /// Unanimity of a resolution adopted without a vote.
    NoVoteTaken = 5,
    /// The kind of a document no text describes (see [`kind_untold`]).
    Kind = 6,
}

impl Unrecorded {
    /// How many kinds there are (the length of a count by kind).
    pub(super) const KINDS: usize = 7;
}

/// The kinds a document cited by its symbol alone may turn out to be: a
/// bare Security Council symbol (`S/2019/563`) or another organ's
/// (`E/CN.4/2005/7`, `A/64/228`) is any of these.
const KINDS_A_SYMBOL_HIDES: [NodeKind; 3] = [NodeKind::Report, NodeKind::Letter, NodeKind::DraftResolution];

/// True when whether a node of kind `kind` is of a kind in `asked` is
/// unknown: the node is a document no text describes (`document`, or the
/// General Assembly's `ga_document`), and `asked` names a kind such a
/// document may be (a report, a letter, a draft) but not its own. `S/2019/563`,
/// cited with no word of what it is, may be a report: `kind = report` is
/// neither true nor false for it, while `kind = resolution` (a symbol of
/// its own series) is false and `kind = document` true. A press release
/// (`SC/7791`, `SG/SM/5488`: its series says what it is) is none of them.
pub(super) fn kind_untold(node: &crate::model::Node, asked: KindMask) -> bool {
    matches!(node.kind, NodeKind::Document | NodeKind::GaDocument)
        && !asked.has(node.kind)
        && KINDS_A_SYMBOL_HIDES.iter().any(|k| asked.has(*k))
        && !node
            .id
            .parse::<crate::symbol::Symbol>()
            .is_ok_and(|s| s.is_press_release())
}

/// The names of the fields of `c` that [`Unrecorded::Field`] covers.
fn metadata_fields(c: &PCond, out: &mut Vec<&'static str>) {
    match c {
        PCond::And(a, b) | PCond::Or(a, b) => {
            metadata_fields(a, out);
            metadata_fields(b, out);
        }
        PCond::Not(a) => metadata_fields(a, out),
        PCond::Cmp { field, .. } => {
            if matches!(
                field,
                Field::Year | Field::Title | Field::Agenda | Field::Meeting | Field::Organ
            ) && !out.contains(&field.name())
            {
                out.push(field.name());
            }
        }
        PCond::Link { .. } | PCond::True => {}
    }
}

/// `2011`, `2011-03`, `2011-03-17`: a date at some precision.
fn is_date_prefix(s: &str) -> bool {
    let b = s.as_bytes();
    matches!(b.len(), 4 | 7 | 10)
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

pub(super) fn year(node: &Node) -> Option<u16> {
    node.year()
}

pub(super) fn cmp_ord(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Eq | CmpOp::Contains => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}
