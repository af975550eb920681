//! Stages after a set: `where`, `count`, `group by`, `top`, `sort`, `cocited`, `coupled`, `cited`; scores, PageRank.

use super::*;
use crate::model::VotePosition;

impl<'g> Eval<'g> {
    // ------------------------------------------------------------ stages

    pub(super) fn stage(&mut self, v: Val, stage: &PStage) -> R<Val> {
        Ok(match (stage, v) {
            (PStage::Select(_), v) => v,
            (PStage::Where(c), Val::Nodes(h, order)) => Val::Nodes(self.keep(h, c), order),
            (PStage::Count | PStage::GroupBy(_), v) => self.aggregate(v, &[], stage)?,
            (PStage::Top { n, metric, years }, Val::Nodes(hits, _)) => {
                // The years narrow this ranking's votes only.
                self.vote_years = *years;
                let mut hits = self.score(hits, *metric);
                self.vote_years = None;
                // Narrowed to some years, a state with no recorded vote of
                // that position in them is no part of the ranking: a 0 there
                // is the record's silence, not a vote.
                if years.is_some() && metric.counts_votes() {
                    hits.retain(|h| h.score.is_some_and(|s| s > 0.0));
                }
                if hits.len() > *n {
                    // A cut answer says so.
                    self.notes
                        .push(format!("the top {n} of {}; `| top N` for more", hits.len()));
                }
                Val::Nodes(top_scored(hits, *n, self.graph), Order::Ranked)
            }
            (PStage::Top { n, .. }, Val::Groups { field, mut rows }) => {
                rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| natural_cmp(&a.0, &b.0)));
                self.rank_groups(field, &mut rows, true);
                rows.truncate(*n);
                Val::Groups { field, rows }
            }
            (PStage::Limit(n), Val::Edges(mut e)) => {
                e.truncate(*n);
                Val::Edges(e)
            }
            (PStage::Where(c), Val::Edges(e)) => Val::Edges(self.keep(e, c)),
            (PStage::Top { n, .. } | PStage::Limit(n), Val::Paths(mut p)) => {
                p.truncate(*n);
                Val::Paths(p)
            }
            (PStage::Sort { key, desc }, Val::Nodes(mut hits, order)) => {
                // Ties keep the order by depth and id: the sorts below are
                // stable, and an unordered input is put in that order first.
                if order == Order::Unordered {
                    self.sort_by_id(&mut hits);
                }
                let mut hits = match key {
                    SortKey::Metric(m) => self.score(hits, *m),
                    SortKey::Field(_) => hits,
                };
                match key {
                    SortKey::Metric(_) => {
                        Ids::new(self.graph).sort_scored(&mut hits);
                        if !desc {
                            hits.reverse();
                        }
                    }
                    SortKey::Field(f) => {
                        // A document with no date recorded but a year is
                        // placed by its year: after that year's dated ones
                        // when the newest come first, before them otherwise.
                        let by_year = |h: &Hit| match f {
                            Field::Date => self.field_text(Field::Year, h),
                            _ => None,
                        };
                        let exact: Vec<bool> =
                            hits.iter().map(|h| self.field_text(*f, h).is_some()).collect();
                        let keys: Vec<Option<String>> = hits
                            .iter()
                            .map(|h| self.field_text(*f, h).or_else(|| by_year(h)))
                            .collect();
                        let mut order: Vec<usize> = (0..hits.len()).collect();
                        // Rows without the field come last either way: the
                        // newest first is never a resolution with no date.
                        order.sort_by(|&a, &b| match (&keys[a], &keys[b]) {
                            (Some(x), Some(y)) if *desc => natural_cmp(y, x),
                            (Some(x), Some(y)) => natural_cmp(x, y),
                            (Some(_), None) => Ordering::Less,
                            (None, Some(_)) => Ordering::Greater,
                            (None, None) => Ordering::Equal,
                        });
                        let missing = keys.iter().filter(|k| k.is_none()).count();
                        if missing > 0 && missing < keys.len() {
                            let verb = if missing == 1 { "comes" } else { "come" };
                            self.notes
                                .push(format!("{missing} with no {} recorded {verb} last", f.name()));
                        }
                        let yearly = keys.len() - missing - exact.iter().filter(|e| **e).count();
                        if yearly > 0 {
                            let verb = if yearly == 1 { "is" } else { "are" };
                            self.notes.push(format!(
                                "{yearly} with a year but no {} recorded {verb} placed by the year alone",
                                f.name()
                            ));
                        }
                        let mut slots: Vec<Option<Hit>> = hits.into_iter().map(Some).collect();
                        hits = order.into_iter().filter_map(|i| slots[i].take()).collect();
                    }
                }
                Val::Nodes(hits, Order::Ranked)
            }
            (PStage::Sort { desc, .. }, Val::Groups { field, mut rows }) => {
                rows.sort_by(|a, b| {
                    let o = a.1.cmp(&b.1);
                    if *desc { o.reverse() } else { o }
                });
                self.rank_groups(field, &mut rows, *desc);
                Val::Groups { field, rows }
            }
            (PStage::Limit(n), Val::Nodes(h, order)) => {
                Val::Nodes(order.first(h, *n, self.graph), order.settled())
            }
            (PStage::Limit(n), Val::Groups { field, mut rows }) => {
                rows.truncate(*n);
                Val::Groups { field, rows }
            }
            (PStage::Cocited, Val::Nodes(h, _)) => {
                self.metric = Some(Metric::Score);
                Val::Nodes(self.cocited(&h), Order::Scored)
            }
            (PStage::Coupled, Val::Nodes(h, _)) => {
                self.metric = Some(Metric::Score);
                Val::Nodes(self.coupled(&h), Order::Scored)
            }
            (PStage::Cited, Val::Nodes(h, _)) => {
                self.metric = Some(Metric::Score);
                self.notes.push(format!(
                    "score: how many of the {} documents before `cited` cite it (their citations only, not those of every year)",
                    h.len()
                ));
                Val::Nodes(self.cited_by_input(&h), Order::Scored)
            }
            (stage, v) => {
                return Err(QueryError::invalid(format!(
                    "`{}` cannot follow {}; it needs a set of nodes",
                    stage_name(stage),
                    describe(&v)
                )));
            }
        })
    }

    /// `count` or `group by` of `v`, with `undecided` the nodes its
    /// conditions could not decide for lack of a record: counted apart, as
    /// those that may belong, so a count they could change is no exact
    /// figure (a group of undecided members alone still has its row).
    pub(super) fn aggregate(&mut self, v: Val, undecided: &[Hit], stage: &PStage) -> R<Val> {
        let unknown = undecided.len() as u64;
        Ok(match (stage, v) {
            (PStage::Count, v) => {
                let known = match v {
                    Val::Nodes(h, _) | Val::Edges(h) => h.len() as u64,
                    Val::Paths(p) => p.len() as u64,
                    Val::Groups { rows, .. } => rows.len() as u64,
                    Val::Count { .. } => 1,
                };
                Val::Count {
                    known,
                    unknown,
                    open: self.votes_unrecorded,
                }
            }
            (PStage::GroupBy(field), Val::Nodes(hits, _)) => {
                let mut counts: HashMap<String, (u64, u64)> = HashMap::new();
                let key = |h: &Hit| {
                    self.field_text(*field, h)
                        .unwrap_or_else(|| super::super::table::NO_KEY.to_string())
                };
                for h in &hits {
                    counts.entry(key(h)).or_default().0 += 1;
                }
                for h in undecided {
                    counts.entry(key(h)).or_default().1 += 1;
                }
                let mut rows: Vec<(String, u64, u64)> = counts
                    .into_iter()
                    .map(|(k, (known, unknown))| (k, known, unknown))
                    .collect();
                rows.sort_by(|a, b| natural_cmp(&a.0, &b.0));
                Val::Groups { field: *field, rows }
            }
            (stage, v) => {
                return Err(QueryError::invalid(format!(
                    "`{}` cannot follow {}; it needs a set of nodes",
                    stage_name(stage),
                    describe(&v)
                )));
            }
        })
    }

    /// Groups sorted by their counts (`top`, `sort by count`), made a
    /// ranking. The group of members without the field (`(none)`) is no
    /// contender: it goes last, and a note says so (`which month had the
    /// most resolutions`: 21 resolutions known only by their year are no
    /// month). Where some groups have members a condition left undecided
    /// for lack of a record, the order is that of the counts known, and a
    /// note says so (`which years had the most unanimous resolutions`: most
    /// years carry no vote record, and rank by the few they do).
    fn rank_groups(&mut self, field: Field, rows: &mut Vec<(String, u64, u64)>, desc: bool) {
        if let Some(at) = rows.iter().position(|r| r.0 == super::super::table::NO_KEY) {
            let none = rows.remove(at);
            let n = none.1 + none.2;
            let verb = if n == 1 { "is" } else { "are" };
            self.notes.push(format!(
                "{n} with no {} recorded {verb} ranked last, whatever their number",
                field.name()
            ));
            rows.push(none);
        }
        if rows.iter().any(|r| r.2 > 0) {
            let place = if desc {
                "rank higher"
            } else {
                "hold more than their place says"
            };
            self.notes.push(format!(
                "ranked by the counts known; the groups with members left undecided for lack of a \
                 record (`at least`, `unknown`) may {place}"
            ));
        }
    }

    /// The `n` best nodes (of the kinds in `mask`) by a metric of the node
    /// alone, as `all | top n by metric` would give them: a bounded heap
    /// finds the n-th best score over the scores alone, then only the nodes
    /// scoring at least that become hits, ranked by score and id. A node's
    /// kind is read only when its score could enter the top.
    pub(super) fn top_of_all(&mut self, mask: Option<KindMask>, n: usize, metric: Metric) -> Vec<Hit> {
        use std::cmp::Reverse;
        use std::collections::BinaryHeap;
        self.metric = Some(metric);
        if n == 0 {
            return Vec::new();
        }
        if metric == Metric::PageRank && self.pagerank.is_none() {
            self.pagerank = Some(pagerank(self.g, EdgeMask::of(EdgeKind::Cites), 0.85, 100, 1e-9));
        }
        let references = (metric == Metric::References).then(|| self.graph.reference_counts());
        let citations = self.graph.citation_counts();
        let score = |ix: NodeIndex| -> f64 {
            let i = ix.index();
            match metric {
                Metric::Citations => f64::from(citations.get(i).copied().unwrap_or(0)),
                Metric::References => references.as_ref().map_or(0.0, |d| f64::from(d[i])),
                Metric::PageRank => self
                    .pagerank
                    .as_ref()
                    .and_then(|p| p.get(i).copied())
                    .unwrap_or(0.0),
                // A vacant slot has no edges to walk.
                _ if !self.g.contains_node(ix) => 0.0,
                Metric::Mentions => self.degree(ix, PDir::Incoming, Some(EdgeKind::Mentions)) as f64,
                _ => (self.degree(ix, PDir::Incoming, None) + self.degree(ix, PDir::Outgoing, None)) as f64,
            }
        };
        // Slots are walked by number, and a node read (is it there, is it of
        // the kind asked) only when its score could enter the top: reading
        // every node would stream the whole node array through the cache.
        let kind_ok = |ix: NodeIndex| {
            self.g
                .node_weight(ix)
                .is_some_and(|node| mask.is_none_or(|m| m.has(node.kind)))
        };
        let slots = || (0..self.g.node_bound()).map(NodeIndex::new);
        // Scores are counts or ranks, never negative: their bit patterns
        // order like the numbers.
        let mut best: BinaryHeap<Reverse<u64>> = BinaryHeap::with_capacity(n + 1);
        for ix in slots() {
            let key = score(ix).to_bits();
            if best.len() == n && best.peek().is_some_and(|Reverse(min)| key <= *min) {
                continue;
            }
            if !kind_ok(ix) {
                continue;
            }
            best.push(Reverse(key));
            if best.len() > n {
                best.pop();
            }
        }
        let threshold = match best.peek() {
            Some(Reverse(min)) if best.len() == n => f64::from_bits(*min),
            _ => f64::NEG_INFINITY,
        };
        // Documents no text describes that score as high may be of the
        // kind asked: say so, by name, rather than rank without them.
        let mut untold: Vec<(f64, &str)> = match mask {
            // Scored first, read only when the score ranks (as above).
            Some(m) => slots()
                .map(|ix| (ix, score(ix)))
                .filter(|&(_, s)| s >= threshold)
                .filter_map(|(ix, s)| Some((s, self.g.node_weight(ix)?)))
                .filter(|(_, node)| filter::kind_untold(node, m))
                .map(|(s, node)| (s, node.id.as_str()))
                .collect(),
            None => Vec::new(),
        };
        untold.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| natural_cmp(a.1, b.1)));
        let untold: Vec<String> = untold.into_iter().map(|(_, id)| id.to_string()).collect();
        let hits: Vec<Hit> = slots()
            .filter_map(|ix| {
                let s = score(ix);
                (s >= threshold && kind_ok(ix)).then(|| Hit {
                    score: Some(s),
                    ..Hit::at(ix)
                })
            })
            .collect();
        let top = top_scored(hits, n, self.graph);
        self.note_untold_ranked(&untold);
        top
    }

    /// Give each hit its score for `metric`.
    pub(super) fn score(&mut self, mut hits: Vec<Hit>, metric: Metric) -> Vec<Hit> {
        self.metric = Some(metric);
        if metric == Metric::PageRank && self.pagerank.is_none() {
            self.pagerank = Some(pagerank(self.g, EdgeMask::of(EdgeKind::Cites), 0.85, 100, 1e-9));
        }
        // Citations are counted by the graph (`CitationGraph::citers`, one
        // definition everywhere). References of many nodes: one pass over
        // the edge array beats a walk of each node's edge list.
        let references = if metric == Metric::References && hits.len().saturating_mul(8) > self.g.node_count()
        {
            Some(self.graph.reference_counts())
        } else {
            None
        };
        let citations = self.graph.citation_counts();
        for h in &mut hits {
            h.score = Some(match metric {
                Metric::Citations => f64::from(citations.get(h.node.index()).copied().unwrap_or(0)),
                Metric::References if references.is_some() => {
                    references.as_ref().map_or(0.0, |d| f64::from(d[h.node.index()]))
                }
                Metric::References => self.graph.cited(h.node).len() as f64,
                Metric::Mentions => self.degree(h.node, PDir::Incoming, Some(EdgeKind::Mentions)) as f64,
                Metric::Degree => {
                    (self.degree(h.node, PDir::Incoming, None) + self.degree(h.node, PDir::Outgoing, None))
                        as f64
                }
                Metric::PageRank => self
                    .pagerank
                    .as_ref()
                    .and_then(|p| p.get(h.node.index()).copied())
                    .unwrap_or(0.0),
                Metric::Count => h.edge.map_or(0.0, |(e, _)| f64::from(self.g[e].attrs().count)),
                Metric::Score => h.score.unwrap_or(0.0),
                Metric::Abstained => self.votes_cast(h.node, VotePosition::Abstention) as f64,
                Metric::VotedAgainst => self.votes_cast(h.node, VotePosition::Against) as f64,
                Metric::VotedInFavour => self.votes_cast(h.node, VotePosition::InFavour) as f64,
            });
        }
        hits
    }

    /// The recorded votes of a state in one position: its outgoing `voted`
    /// edges with that position (one a resolution, the draft adopted as it
    /// counted apart only where both carry the vote).
    /// Under `top N by abstained_1990_1999`, only the votes on documents
    /// of those years.
    fn votes_cast(&self, n: NodeIndex, position: VotePosition) -> usize {
        use petgraph::visit::EdgeRef as _;
        let in_years = |to: NodeIndex| {
            self.vote_years
                .is_none_or(|(lo, hi)| self.g[to].year().is_some_and(|y| (lo..=hi).contains(&y)))
        };
        self.g
            .edges_directed(n, PDir::Outgoing)
            .filter(|e| e.weight().kind == EdgeKind::Voted && e.weight().attrs().position == Some(position))
            .filter(|e| in_years(e.target()))
            .count()
    }

    pub(crate) fn degree(&self, n: NodeIndex, dir: PDir, kind: Option<EdgeKind>) -> usize {
        self.g
            .edges_directed(n, dir)
            .filter(|e| kind.is_none_or(|k| e.weight().kind == k))
            .count()
    }

    /// A document and the draft it was adopted from count as one citing document.
    pub(super) fn canonical(&self, n: NodeIndex) -> NodeIndex {
        self.adopted_as(n).next().unwrap_or(n)
    }

    /// Documents cited by the documents that cite the input, scored by how
    /// many citing documents they share with it (co-citation).
    pub(super) fn cocited(&self, input: &[Hit]) -> Vec<Hit> {
        let cites = EdgeMask::of(EdgeKind::Cites);
        let mut citers = Vec::new();
        let mut seen = Marks::new(self.g.node_bound());
        for h in input {
            self.hops(h.node, PDir::Incoming, cites, &mut |hop| {
                let c = self.canonical(hop.to);
                if seen.visit(c) {
                    citers.push(c);
                }
            });
        }
        let seeds: Vec<NodeIndex> = input.iter().map(|h| h.node).collect();
        self.tally(&citers, PDir::Outgoing, &seeds)
    }

    /// Documents that cite what the input cites, scored by how many
    /// references they share with it (bibliographic coupling).
    pub(super) fn coupled(&self, input: &[Hit]) -> Vec<Hit> {
        let cites = EdgeMask::of(EdgeKind::Cites);
        let mut refs = Vec::new();
        let mut seen = Marks::new(self.g.node_bound());
        for h in input {
            self.hops(h.node, PDir::Outgoing, cites, &mut |hop| {
                if seen.visit(hop.to) {
                    refs.push(hop.to);
                }
            });
        }
        let seeds: Vec<NodeIndex> = input.iter().map(|h| self.canonical(h.node)).collect();
        // From each reference back to the (canonical) documents citing it.
        let mut scores = vec![0u32; self.g.node_bound()];
        let mut stamp = vec![u32::MAX; self.g.node_bound()];
        for (k, &r) in refs.iter().enumerate() {
            self.hops(r, PDir::Incoming, cites, &mut |hop| {
                let c = self.canonical(hop.to).index();
                if stamp[c] != k as u32 {
                    stamp[c] = k as u32;
                    scores[c] += 1;
                }
            });
        }
        self.scored_hits(scores, &seeds)
    }

    /// The documents the input cites, scored by how many of the input's
    /// documents cite each: a document and the draft adopted as it are one
    /// citing document, so a citation read from both counts once.
    pub(super) fn cited_by_input(&self, input: &[Hit]) -> Vec<Hit> {
        let mut seen = Marks::new(self.g.node_bound());
        let mut from = Vec::new();
        for h in input {
            let c = self.canonical(h.node);
            if seen.visit(c) {
                from.push(c);
            }
        }
        self.tally(&from, PDir::Outgoing, &[])
    }

    /// For each node reached by one `cites` step (in `dir`) from `from`, the
    /// number of `from` nodes reaching it; dense arrays with a stamp per
    /// source instead of hash sets, so a hub's sixty thousand citers cost
    /// one pass over their edges.
    pub(super) fn tally(&self, from: &[NodeIndex], dir: PDir, exclude: &[NodeIndex]) -> Vec<Hit> {
        let cites = EdgeMask::of(EdgeKind::Cites);
        let mut scores = vec![0u32; self.g.node_bound()];
        let mut stamp = vec![u32::MAX; self.g.node_bound()];
        for (k, &c) in from.iter().enumerate() {
            self.hops(c, dir, cites, &mut |hop| {
                let r = hop.to.index();
                if hop.to != c && stamp[r] != k as u32 {
                    stamp[r] = k as u32;
                    scores[r] += 1;
                }
            });
        }
        self.scored_hits(scores, exclude)
    }

    pub(super) fn scored_hits(&self, mut scores: Vec<u32>, exclude: &[NodeIndex]) -> Vec<Hit> {
        for x in exclude {
            scores[x.index()] = 0;
        }
        scores
            .iter()
            .enumerate()
            .filter(|(_, s)| **s > 0)
            .map(|(i, s)| Hit {
                score: Some(f64::from(*s)),
                ..Hit::at(NodeIndex::new(i))
            })
            .collect()
    }
}

/// The `n` best hits by score, sorted: the n-th score is found on the
/// scores alone, so a million hits cost a selection, not a sort by id.
pub(crate) fn top_scored(hits: Vec<Hit>, n: usize, graph: &CitationGraph) -> Vec<Hit> {
    if n == 0 {
        return Vec::new();
    }
    let mut hits = hits;
    if hits.len() > n {
        let mut scores: Vec<f64> = hits.iter().map(|h| h.score.unwrap_or(0.0)).collect();
        let (_, nth, _) =
            scores.select_nth_unstable_by(n - 1, |a, b| b.partial_cmp(a).unwrap_or(Ordering::Equal));
        let threshold = *nth;
        hits.retain(|h| h.score.unwrap_or(0.0) >= threshold);
        if hits.len() > n {
            let ids = Ids::new(graph);
            hits.select_nth_unstable_by(n - 1, |a, b| ids.by_score(a, b));
            hits.truncate(n);
        }
    }
    Ids::new(graph).sort_scored(&mut hits);
    hits
}

/// The first `n` hits by depth and id, sorted, selecting before sorting.
pub(crate) fn first_by_id(mut hits: Vec<Hit>, n: usize, graph: &CitationGraph) -> Vec<Hit> {
    if n == 0 {
        return Vec::new();
    }
    let ids = Ids::new(graph);
    if hits.len() > n {
        hits.select_nth_unstable_by(n - 1, |a, b| ids.by_depth_id(a, b));
        hits.truncate(n);
    }
    ids.sort(&mut hits);
    hits
}

/// PageRank over the edges in `mask`, by power iteration: each iteration
/// visits every node and edge once (O(V+E)), unlike petgraph's `page_rank`
/// (O(V²·E) per iteration). Rank of dangling nodes is spread evenly.
/// Indexed by `NodeIndex::index()`; vacant slots hold 0.
pub(crate) fn pagerank(g: &G, mask: EdgeMask, damping: f64, max_iter: usize, tolerance: f64) -> Vec<f64> {
    let bound = g.node_bound();
    let n = g.node_count();
    if n == 0 {
        return vec![0.0; bound];
    }
    let present: Vec<usize> = g.node_indices().map(|i| i.index()).collect();
    // Edges as flat (source, target) pairs: cache-friendly inner loop.
    let mut out_degree = vec![0u32; bound];
    let mut pairs: Vec<(u32, u32)> = Vec::with_capacity(g.edge_count());
    for e in g.edge_references() {
        if mask.has(e.weight().kind) {
            let (s, t) = (e.source().index(), e.target().index());
            out_degree[s] += 1;
            pairs.push((s as u32, t as u32));
        }
    }
    let nf = n as f64;
    let mut rank = vec![0.0; bound];
    for &i in &present {
        rank[i] = 1.0 / nf;
    }
    let mut next = vec![0.0; bound];
    // What each node passes along each of its edges, computed once a step.
    let mut share = vec![0.0; bound];
    for _ in 0..max_iter {
        let mut dangling = 0.0;
        for &i in &present {
            if out_degree[i] == 0 {
                dangling += rank[i];
            } else {
                share[i] = damping * rank[i] / f64::from(out_degree[i]);
            }
        }
        let base = (1.0 - damping) / nf + damping * dangling / nf;
        for &i in &present {
            next[i] = base;
        }
        for &(s, t) in &pairs {
            next[t as usize] += share[s as usize];
        }
        let diff: f64 = present.iter().map(|&i| (next[i] - rank[i]).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if diff < tolerance {
            break;
        }
    }
    rank
}
