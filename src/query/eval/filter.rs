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
                Some(found)
            }
            PCond::Cmp { field, op, value } => {
                let recorded =
                    !recordable(*field, self.g[h.node].kind) || self.field_text(*field, h).is_some();
                recorded.then(|| self.compare(*field, *op, value, h))
            }
        }
    }

    /// The hits `c` holds for. Those it cannot decide for lack of a vote
    /// record are left out too, and a note says how many.
    pub(super) fn keep(&mut self, hits: Vec<Hit>, c: &PCond) -> Vec<Hit> {
        let mut unknown = 0usize;
        let kept: Vec<Hit> = hits
            .into_iter()
            .filter(|h| {
                let t = self.truth(c, h);
                unknown += usize::from(t.is_none());
                t == Some(true)
            })
            .collect();
        if unknown > 0 {
            let mut fields = Vec::new();
            recordable_fields(c, &mut fields);
            let record = match fields.as_slice() {
                [] => "a record".to_string(),
                [one] => format!("a recorded {one}"),
                [rest @ .., last] => format!("a recorded {} or {last}", rest.join(", ")),
            };
            self.notes.push(format!(
                "{unknown} left out for lack of a record: without {record} the condition \
                 is neither true nor false for {}",
                if unknown == 1 { "it" } else { "them" }
            ));
        }
        kept
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
            // Only a recorded tally answers: no record is neither true nor false.
            (Field::Unanimous, PValue::Bool(b)) => node.tally.as_ref().is_some_and(|t| eq(t.unanimous == *b)),
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
                let have = have.to_lowercase();
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
            Field::Unanimous => node.tally.as_ref().map(|t| t.unanimous.to_string()),
            Field::InFavour => node
                .tally
                .as_ref()
                .and_then(|t| t.in_favour)
                .map(|n| n.to_string()),
            Field::Against => node.tally.as_ref().and_then(|t| t.against).map(|n| n.to_string()),
            Field::Abstentions => node
                .tally
                .as_ref()
                .and_then(|t| t.abstaining)
                .map(|n| n.to_string()),
            Field::NotParticipating => node
                .tally
                .as_ref()
                .and_then(|t| t.not_participating)
                .map(|n| n.to_string()),
            // The tally's meeting, else the meeting the text says adopted
            // it (`adopted_at` S/PV.6498): most resolutions have no tally.
            Field::Meeting => node
                .tally
                .as_ref()
                .and_then(|t| t.meeting)
                .or_else(|| {
                    self.g
                        .edges_directed(h.node, petgraph::Direction::Outgoing)
                        .find(|e| e.weight().kind == EdgeKind::AdoptedAt)
                        .and_then(|e| {
                            let id = self.g[e.target()].id.strip_prefix("S/PV.")?;
                            id.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
                        })
                })
                .map(|n| n.to_string()),
        }
    }
}

/// Whether a node of `kind` can lack `field` for want of a record, so that
/// a condition on it is unknown, not false, when it is missing: the vote
/// record of a resolution (or of a row's vote), a document's date, year and
/// title, a resolution's agenda and meeting. A field that does not apply
/// (the date of a state, the meeting of a report) is no missing record.
fn recordable(field: Field, kind: NodeKind) -> bool {
    match field {
        Field::Unanimous
        | Field::InFavour
        | Field::Against
        | Field::Abstentions
        | Field::NotParticipating
        | Field::Position => true,
        Field::Date | Field::Year | Field::Title => kind.is_document(),
        Field::Agenda | Field::Meeting => kind == NodeKind::Resolution,
        _ => false,
    }
}

/// The names of the fields of `c` a row can lack for want of a record.
fn recordable_fields(c: &PCond, out: &mut Vec<&'static str>) {
    match c {
        PCond::And(a, b) | PCond::Or(a, b) => {
            recordable_fields(a, out);
            recordable_fields(b, out);
        }
        PCond::Not(a) => recordable_fields(a, out),
        PCond::Cmp { field, .. } => {
            let name = if matches!(
                field,
                Field::Unanimous
                    | Field::InFavour
                    | Field::Against
                    | Field::Abstentions
                    | Field::NotParticipating
            ) {
                "vote tally"
            } else if *field == Field::Position {
                "vote"
            } else {
                field.name()
            };
            if recordable(*field, NodeKind::Resolution) && !out.contains(&name) {
                out.push(name);
            }
        }
        PCond::Link { .. } | PCond::True => {}
    }
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
