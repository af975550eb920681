//! Walks: `->`/`<-` hops over a depth range, and the edges a walk reaches as rows.

use super::*;

/// What one step of a walk follows: its edge kinds, and the order it names
/// them in (see [`Walk`]'s `prefer`).
#[derive(Clone, Copy)]
struct Step<'a> {
    mask: EdgeMask,
    prefer: &'a [EdgeMask],
}

impl<'a> Step<'a> {
    fn of(w: &'a Walk) -> Self {
        Step {
            mask: w.kinds,
            prefer: &w.prefer,
        }
    }

    /// The masks a level of the walk is followed by, one pass each, in
    /// order: the kinds the step names first, first.
    fn passes(&self) -> &[EdgeMask] {
        if self.prefer.is_empty() {
            std::slice::from_ref(&self.mask)
        } else {
            self.prefer
        }
    }
}

impl<'g> Eval<'g> {
    /// Breadth-first walk. Levels below `lo` are walked without a visited
    /// set (a node two steps away is reported by `*2..` even if it is also
    /// one step away); from `lo` on, each node is reported once, at the
    /// smallest depth, and expanded once, so the walk is O(V+E). A start
    /// node is a result when a walk of the range reaches it (a set whose
    /// members cite each other), or for `lo = 0`. The hits come sorted by
    /// depth and id.
    ///
    /// With `keep` (the condition of a `where` on the walk), a node is
    /// reported with the first edge reaching it at its depth that passes
    /// `keep`, and not at all when none does (it is still walked through):
    /// a node reached by several edges passes if any of them does.
    ///
    /// Where the step names several kinds, a level is followed one kind at
    /// a time, in the order named, so that a node reached at its depth by
    /// edges of several kinds is reported with one of the kind named first
    /// (`mandate history of UNMIL`: 2239 (2015) both extends the mandate
    /// and lays it out anew; the row is the extension, which the question
    /// names first).
    pub(super) fn walk(&mut self, starts: &[Hit], w: &Walk, keep: Option<&PCond>) -> Vec<Hit> {
        let step = Step::of(w);
        let (dir, mask, lo, hi, hop) = (w.dir, w.kinds, w.lo, w.hi, w.hop.as_ref());
        // The hits gather in a buffer kept from walk to walk (growing a
        // fresh vector copies it at each doubling) and leave sorted by depth
        // and id, copied once into a vector of their size.
        let mut hits = Scratch::take();
        // Reported: nodes already in the result; expanded: nodes whose
        // edges the breadth-first phase has followed. A start node is a
        // result only when reached again (or for `lo = 0`).
        let mut flags = WalkFlags::new(self.g.node_bound());
        let mut frontier: Vec<NodeIndex> = Vec::new();
        {
            let mut dedup = Marks::new(self.g.node_bound());
            for s in starts {
                if dedup.visit(s.node) {
                    frontier.push(s.node);
                    if lo == 0 {
                        flags.report(s.node);
                        hits.push(Hit::at(s.node));
                    }
                }
            }
        }
        let passes = |this: &Self, h: &Hop, depth: u32| {
            hop.is_none_or(|c| {
                this.test(
                    c,
                    &Hit {
                        node: h.to,
                        depth,
                        from: None,
                        edge: Some((h.edge, h.forward)),
                        via: h.via,
                        score: None,
                    },
                )
            })
        };
        let mut depth = 0;
        // Walk semantics below `lo`: a level set per depth.
        while depth + 1 < lo && !frontier.is_empty() {
            let mut level = Marks::new(self.g.node_bound());
            let mut next = Vec::new();
            for &n in &frontier {
                self.hops_dir(n, dir, mask, &mut |h| {
                    if passes(self, &h, depth + 1) && level.visit(h.to) {
                        next.push(h.to);
                    }
                });
            }
            frontier = next;
            depth += 1;
        }
        for &n in &frontier {
            flags.expand(n);
        }
        // Each node's hops to new nodes are gathered into `buf` and handled
        // in a plain loop: a closure that did all the work per hop would not
        // be inlined, and cost a call per hop.
        let mut buf: Vec<Hop> = Vec::new();
        let mut next: Vec<NodeIndex> = Vec::new();
        // For `keep`: nodes reached at an earlier depth by no edge that
        // passes it, and those reached so at this depth so far.
        let mut failed = Marks::new(if keep.is_some() { self.g.node_bound() } else { 0 });
        let mut failing: Vec<NodeIndex> = Vec::new();
        // Nodes `keep` was neither true nor false for, by an edge, for lack
        // of a record: left out, and counted in a note when no edge passes.
        let mut unknown: Vec<(NodeIndex, filter::Unrecorded)> = Vec::new();
        let plain = hop.is_none() && keep.is_none();
        let forward = dir == Dir::Out;
        while depth < hi && !frontier.is_empty() {
            // Room for every edge of the level at once, rather than growing
            // by doubling (drafts' edges, rare, may still grow it).
            let edges: usize = frontier.iter().map(|&n| self.edge_count(n, dir)).sum();
            next.clear();
            next.reserve(edges);
            for (&mask, &n) in step
                .passes()
                .iter()
                .flat_map(|m| frontier.iter().map(move |n| (m, n)))
            {
                // Where the draft rule adds no hop and no hop filter applies
                // (most nodes of most walks), the hops are the node's own
                // edges: walked straight off the adjacency, as `hops` would
                // give them, in the same order.
                if let Some(rows) = plain.then(|| self.direct_only(n, dir, mask)).flatten() {
                    for (to, edge, _) in rows.with_kinds(n, mask.0) {
                        if flags.report(to) {
                            hits.push(Hit {
                                node: to,
                                depth: depth + 1,
                                from: Some(n),
                                edge: Some((edge, forward)),
                                via: None,
                                score: None,
                            });
                            if flags.expand(to) {
                                next.push(to);
                            }
                        }
                    }
                    continue;
                }
                buf.clear();
                // Only hops to nodes not yet reported (checked again below:
                // a node may be reached twice from `n`).
                self.hops_dir(n, dir, mask, &mut |h| {
                    if !flags.is_reported(h.to) {
                        buf.push(h);
                    }
                });
                for h in &buf {
                    if flags.is_reported(h.to) || !passes(self, h, depth + 1) {
                        continue;
                    }
                    let hit = Hit {
                        node: h.to,
                        depth: depth + 1,
                        from: Some(n),
                        edge: Some((h.edge, h.forward)),
                        via: h.via,
                        score: None,
                    };
                    if let Some(keep) = keep {
                        if failed.is_visited(&h.to) {
                            continue;
                        }
                        let t = self.truth(keep, &hit);
                        if t != Some(true) {
                            if t.is_none() {
                                let why = self.unknown_in(keep, &hit).unwrap_or(filter::Unrecorded::Vote);
                                unknown.push((h.to, why));
                            }
                            failing.push(h.to);
                            if flags.expand(h.to) {
                                next.push(h.to);
                            }
                            continue;
                        }
                    }
                    flags.report(h.to);
                    hits.push(hit);
                    if flags.expand(h.to) {
                        next.push(h.to);
                    }
                }
            }
            for n in failing.drain(..) {
                if !flags.is_reported(n) {
                    failed.visit(n);
                }
            }
            std::mem::swap(&mut frontier, &mut next);
            depth += 1;
        }
        if w.capped && !frontier.is_empty() {
            let mut more = false;
            for &n in &frontier {
                self.hops_dir(n, dir, mask, &mut |h| {
                    more |= !flags.is_reported(h.to) && passes(self, &h, depth + 1);
                });
                if more {
                    break;
                }
            }
            if more {
                self.notes.push(format!(
                    "the walk stopped at the depth limit of {hi} steps; write *1..N or `set max_depth = N;` to go further"
                ));
            }
        }
        if !unknown.is_empty() {
            unknown.sort_by_key(|(n, _)| *n);
            unknown.dedup_by_key(|(n, _)| *n);
            let mut counts = [0usize; filter::Unrecorded::KINDS];
            for (n, why) in unknown {
                if !flags.is_reported(n) {
                    counts[why as usize] += 1;
                }
            }
            self.note_unknown(counts, keep.unwrap_or(&PCond::True), hits.is_empty());
        }
        // A draft standing beside its resolution gives way to it; a draft
        // whose resolution did not pass the filter (`where kind = "drafts"`)
        // is a row of its own.
        if self.graph.has_adopted_drafts() {
            let rows: HashSet<NodeIndex> = hits.iter().map(|h| h.node).collect();
            let adjacency = self.graph.adjacency();
            hits.retain(|h| {
                !(self.stands_for_resolution(h) && adjacency.adopted_as(h.node).any(|r| rows.contains(&r)))
            });
        }
        Ids::new(self.graph).sorted(&hits)
    }

    /// The edges a walk matched (`… | edges`): for each node the walk
    /// reports at depth d, every edge joining it to a node of depth d - 1
    /// (a start, for d = 1) along the steps' kinds that passes the hop
    /// filter and the `where` condition; an adopted draft's edge is given
    /// once, as its resolution's, when both stand at that depth. Rows come
    /// in the order of the walk's nodes, then by the far end's id.
    pub(super) fn edge_rows(&mut self, e: &PExpr) -> R<Vec<Hit>> {
        let (walk, keep) = match e {
            PExpr::Where { input, cond } if matches!(&**input, PExpr::Walk(_)) => {
                let PExpr::Walk(w) = &**input else {
                    unreachable!("matched above")
                };
                (w, Some(cond))
            }
            PExpr::Walk(w) => (w, None),
            _ => {
                return Err(QueryError::invalid(
                    "`| edges` needs a step (->, <-, <->) before it, as in `all resolutions -> extends_mandate | edges`",
                ));
            }
        };
        let (starts, _) = self.nodes(&walk.from, "a step (->, <-)")?;
        let hits = self.walk(&starts, walk, keep);
        let Walk {
            dir, kinds, lo, hop, ..
        } = walk;
        let start_set: HashSet<NodeIndex> = starts.iter().map(|h| h.node).collect();
        let depth_of: HashMap<NodeIndex, u32> = hits.iter().map(|h| (h.node, h.depth)).collect();
        let at = |n: NodeIndex, d: u32| {
            if d == 0 {
                start_set.contains(&n)
            } else {
                depth_of.get(&n) == Some(&d)
            }
        };
        let back = reversed(*dir);
        let ids = Ids::new(self.graph);
        let mut rows = Vec::new();
        for h in &hits {
            let Some(d) = h.depth.checked_sub(1) else { continue };
            // Levels below `lo` are not kept: the edge the walk followed.
            if d > 0 && *lo > 1 {
                rows.push(*h);
                continue;
            }
            let mut found: Vec<Hit> = Vec::new();
            self.hops_dir(h.node, back, *kinds, &mut |hp| {
                if at(hp.to, d) {
                    found.push(Hit {
                        node: h.node,
                        depth: h.depth,
                        from: Some(hp.to),
                        edge: Some((hp.edge, !hp.forward)),
                        via: hp.via,
                        score: None,
                    });
                }
            });
            let passes = |this: &Self, r: &Hit| {
                hop.as_ref().is_none_or(|c| this.test(c, r)) && keep.is_none_or(|c| this.test(c, r))
            };
            found.retain(|r| passes(self, r));
            // A draft standing beside its resolution: the resolution's row.
            let adjacency = self.graph.adjacency();
            let has_row = |n: NodeIndex, found: &[Hit]| found.iter().any(|r| r.from == Some(n));
            let keep_rows: Vec<Hit> = found
                .iter()
                .copied()
                .filter(|r| {
                    let u = r.from.expect("set above");
                    !(r.via.is_none()
                        && adjacency.is_adopted_draft(u)
                        && adjacency.adopted_as(u).any(|res| has_row(res, &found)))
                })
                .collect();
            let mut keep_rows = keep_rows;
            keep_rows.sort_by(|a, b| ids.cmp(a.from.expect("set"), b.from.expect("set")));
            keep_rows.dedup_by(|a, b| a.from == b.from && a.edge == b.edge);
            rows.extend(keep_rows);
        }
        Ok(rows)
    }

    /// True when the hit is an adopted draft reached through an edge its
    /// resolution takes over (a citation its text makes, a vote on it): the
    /// walk reports the resolution in its place (with the draft as `via`),
    /// so that a text and its votes count once
    /// ([`CitationGraph::citers`]).
    pub(super) fn stands_for_resolution(&self, h: &Hit) -> bool {
        let Some((e, forward)) = h.edge else {
            return false;
        };
        if !self.graph.adjacency().is_adopted_draft(h.node) {
            return false;
        }
        // Followed forwards, the draft is the edge's target.
        let side = if forward { PDir::Incoming } else { PDir::Outgoing };
        inherited_mask(side).0 & EdgeMask::of(self.g[e].kind).0 != 0
    }
}
