//! Paths: the shortest path from both ends, and bounded enumeration of every simple path.

use super::*;

/// One side of a breadth-first search: the nodes seen, and the layers
/// they were found in (layer k: k hops from the start), one after another
/// in one vector.
pub(super) struct Layers {
    seen: Marks,
    nodes: Vec<NodeIndex>,
    /// Where each layer starts in `nodes`; the last runs to the end.
    starts: Vec<usize>,
    /// The hops taken expanding each layer but the last.
    layer_hops: Vec<usize>,
    /// Their sum: with the nodes expanded, the average number of hops per
    /// node, to guess what expanding the frontier costs.
    hops: usize,
}

impl Layers {
    pub(super) fn new(start: NodeIndex, bound: usize) -> Layers {
        let mut seen = Marks::new(bound);
        seen.visit(start);
        let mut nodes = Vec::with_capacity(64);
        nodes.push(start);
        Layers {
            seen,
            nodes,
            starts: vec![0],
            layer_hops: Vec::new(),
            hops: 0,
        }
    }

    /// The number of the last layer: how far the search has gone.
    pub(super) fn depth(&self) -> usize {
        self.starts.len() - 1
    }

    /// Where layer `k` lies in `nodes`.
    pub(super) fn span(&self, k: usize) -> std::ops::Range<usize> {
        self.starts[k]..self.starts.get(k + 1).copied().unwrap_or(self.nodes.len())
    }

    pub(super) fn layer(&self, k: usize) -> &[NodeIndex] {
        &self.nodes[self.span(k)]
    }

    pub(super) fn frontier(&self) -> &[NodeIndex] {
        self.layer(self.depth())
    }

    /// Unmark the nodes of layer `k` as seen.
    pub(super) fn forget(&mut self, k: usize) {
        for i in self.span(k) {
            self.seen.unvisit(self.nodes[i]);
        }
    }

    /// The hops expanding the frontier is expected to take: its size times
    /// the hops per node seen so far on this side (one before any).
    pub(super) fn cost(&self) -> f64 {
        let expanded = self.starts[self.depth()];
        self.frontier().len() as f64 * (self.hops + 1) as f64 / (expanded + 1) as f64
    }
}

impl<'g> Eval<'g> {
    /// A path through a citation of a later document (a typo in the text,
    /// as likely as not: 692 (1991) "Recalling its resolutions 694 (1991)
    /// of 29 October 1990") rests on it: say which.
    pub(super) fn note_suspect_steps(&mut self, paths: &[PathVal]) {
        let mut suspect: Vec<EdgeIndex> = paths
            .iter()
            .flat_map(|p| p.edges.iter().map(|(e, _)| *e))
            .filter(|e| self.graph.is_suspect(*e))
            .collect();
        suspect.sort_unstable();
        suspect.dedup();
        for e in suspect {
            if let Some((s, t)) = self.g.edge_endpoints(e) {
                self.notes.push(format!(
                    "a path runs through {} citing {}, adopted later: a suspect citation (`unxref check` lists it)",
                    self.g[s].id, self.g[t].id
                ));
            }
        }
    }

    /// The shortest path from `from` to `to` along hops of `mask` in `dir`
    /// (None when there is none): of the paths with the fewest edges, the
    /// one whose node ids come first, compared node by node in the natural
    /// id order ([`id_order`](crate::graph::id_order)); between two nodes joined by several hops,
    /// the first one [`Eval::hops_dir`] gives. So the answer depends on the
    /// graph, not on the order its edges were added in, and is the first of
    /// [`Eval::all_paths`] for the same ends.
    ///
    /// A breadth-first search from both ends, level by level (the backward
    /// side follows the reversed hops), expanding the side expected to take
    /// fewer hops: its frontier's size times the hops per node it has seen
    /// so far (a frontier of a few hubs can cost more than a larger one).
    /// When they meet, the finished level gives the distance. The
    /// nodes that lie on some shortest path are then marked from the
    /// meeting layer back to each end, and the path is read from `from`,
    /// taking at each step the marked neighbour one layer on with the
    /// smallest id. Relies on the hops being symmetric: `hops_dir(u, dir)`
    /// reaches `v` exactly when `hops_dir(v, reversed(dir))` reaches `u`.
    pub(super) fn shortest_path(
        &self,
        from: NodeIndex,
        to: NodeIndex,
        dir: Dir,
        mask: EdgeMask,
    ) -> Option<PathVal> {
        if from == to {
            return Some(PathVal {
                nodes: vec![from],
                edges: Vec::new(),
            });
        }
        let bound = self.g.node_bound();
        let back = reversed(dir);
        let mut fwd = Layers::new(from, bound);
        let mut bwd = Layers::new(to, bound);
        let forward_last = loop {
            let forward = fwd.cost() <= bwd.cost();
            let met = if forward {
                self.expand(&mut fwd, &bwd, dir, mask)
            } else {
                self.expand(&mut bwd, &fwd, back, mask)
            };
            if met {
                break forward;
            }
            if fwd.frontier().is_empty() || bwd.frontier().is_empty() {
                return None;
            }
        };
        // Distance `d = a + b`: every node met lies `a` steps from `from`
        // and `b` steps from `to` (the searches had not met one level
        // earlier, so no node is nearer to both).
        let (a, b) = (fwd.depth(), bwd.depth());
        let d = a + b;
        // The nodes on some shortest path, level by level (level p: p steps
        // from `from`), one level after another in `marked`; `level[p]` is
        // where level p lies in it.
        let mut marked: Vec<NodeIndex> = Vec::with_capacity(2 * d + 2);
        let mut level = vec![(0usize, 0usize); d + 1];
        let mut on_path = Marks::new(bound);
        let (new, other) = if forward_last {
            (fwd.layer(a), &bwd.seen)
        } else {
            (bwd.layer(b), &fwd.seen)
        };
        for &x in new {
            if other.is_visited(&x) && on_path.visit(x) {
                marked.push(x);
            }
        }
        level[a] = (0, marked.len());
        // Towards `from`, level by level, then towards `to` along the
        // backward layers.
        for p in (1..=a).rev() {
            level[p - 1] = self.mark_level(&mut fwd, p, dir, mask, level[p], &mut marked, &mut on_path);
        }
        for q in (1..=b).rev() {
            let p = d - q;
            level[p + 1] = self.mark_level(&mut bwd, q, back, mask, level[p], &mut marked, &mut on_path);
        }
        // Read the path: with the levels up to p unmarked, a marked
        // neighbour of the node at p (at most p + 1 steps from `from`) is
        // one of level p + 1.
        let ids = Ids::new(self.graph);
        let mut nodes = Vec::with_capacity(d + 1);
        let mut edges = Vec::with_capacity(d);
        let mut at = from;
        nodes.push(at);
        for &(start, end) in &level[..d] {
            for &x in &marked[start..end] {
                on_path.unvisit(x);
            }
            let mut best: Option<Hop> = None;
            self.hops_dir(at, dir, mask, &mut |h| {
                if on_path.is_visited(&h.to) && best.is_none_or(|b| ids.cmp(h.to, b.to) == Ordering::Less) {
                    best = Some(h);
                }
            });
            // Only asymmetric hops could leave no marked neighbour.
            let h = best?;
            nodes.push(h.to);
            edges.push((h.edge, h.forward));
            at = h.to;
        }
        Some(PathVal { nodes, edges })
    }

    /// One level of the marking of nodes on shortest paths: the nodes of
    /// `side`'s layer `k - 1` with a hop (in `out`, the direction `side`
    /// searched) into the marked level `marked[lo..hi]`, pushed onto
    /// `marked` and flagged in `on_path`; returns where they lie in
    /// `marked`. With `side`'s layers from `k` on forgotten, a node reached
    /// back from the level and still seen is exactly `k - 1` steps from the
    /// side's start. When the reversed hops of the level would cost more
    /// than the hops of layer `k - 1` did (a hub cited by thousands), the
    /// layer is scanned instead for nodes with a hop into the level.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn mark_level(
        &self,
        side: &mut Layers,
        k: usize,
        out: Dir,
        mask: EdgeMask,
        (lo, hi): (usize, usize),
        marked: &mut Vec<NodeIndex>,
        on_path: &mut Marks,
    ) -> (usize, usize) {
        side.forget(k);
        let start = marked.len();
        let back = reversed(out);
        if self.hop_cost(&marked[lo..hi], back) <= side.layer_hops[k - 1] {
            for i in lo..hi {
                let x = marked[i];
                self.hops_dir(x, back, mask, &mut |h| {
                    if side.seen.is_visited(&h.to) && on_path.visit(h.to) {
                        marked.push(h.to);
                    }
                });
            }
        } else {
            for &u in side.layer(k - 1) {
                if self.hops_into(u, out, mask, on_path) {
                    marked.push(u);
                }
            }
            // Marked only now: a hop within the layer must not count.
            for &u in &marked[start..] {
                on_path.visit(u);
            }
        }
        (start, marked.len())
    }

    /// Roughly how many hops `hops_dir` takes from `nodes`: their edges
    /// of every kind in direction `dir` (a draft's inherited ones aside).
    pub(super) fn hop_cost(&self, nodes: &[NodeIndex], dir: Dir) -> usize {
        nodes.iter().map(|&n| self.edge_count(n, dir)).sum()
    }

    /// Does a hop from `n` reach a node in `set`?
    pub(super) fn hops_into(&self, n: NodeIndex, dir: Dir, mask: EdgeMask, set: &Marks) -> bool {
        let mut found = false;
        self.hops_dir(n, dir, mask, &mut |h| found |= set.is_visited(&h.to));
        found
    }

    /// One level of a breadth-first search: the nodes one hop beyond
    /// `side`'s frontier that it has not seen become its next layer. True
    /// when the two searches meet: a node of the new layer is on the other
    /// side's frontier (not one of its earlier layers, or they would have
    /// met a level before), looked for from the smaller of the two.
    pub(super) fn expand(&self, side: &mut Layers, other: &Layers, dir: Dir, mask: EdgeMask) -> bool {
        let mut hops = 0;
        let (start, end) = (side.starts[side.depth()], side.nodes.len());
        side.starts.push(end);
        let Layers { seen, nodes, .. } = side;
        for i in start..end {
            let n = nodes[i];
            self.hops_dir(n, dir, mask, &mut |h| {
                hops += 1;
                if seen.visit(h.to) {
                    nodes.push(h.to);
                }
            });
        }
        side.layer_hops.push(hops);
        side.hops += hops;
        let new = &side.nodes[end..];
        if new.len() <= other.frontier().len() {
            new.iter().any(|x| other.seen.is_visited(x))
        } else {
            other.frontier().iter().any(|x| side.seen.is_visited(x))
        }
    }

    /// Every simple path from `from` to `to` of at most `max` hops, shortest
    /// first: the paths of one edge, then of two, … (iterative deepening),
    /// so that a larger `max` never gives fewer paths. A breadth-first pass
    /// from `to` along the reversed hops gives each node's distance to it,
    /// and a path of `len` edges is only extended through nodes that can
    /// still reach `to` in the edges left: the search reads only prefixes
    /// of paths it can finish. Within a length, hops are taken in the
    /// natural order of ids, so that when `max_paths` or `max_visits` cuts
    /// the answer, it is the first paths in the order shown, and a note
    /// says where the search stopped. Memory: the distances (4 bytes a
    /// node), the current path and its untried hops, and the paths kept.
    pub(super) fn all_paths(
        &mut self,
        from: NodeIndex,
        to: NodeIndex,
        dir: Dir,
        mask: EdgeMask,
        max: u32,
    ) -> Vec<PathVal> {
        let plan: &'g Plan = self.plan;
        let limits = &plan.limits;
        let mut paths = Vec::new();
        if from == to || max == 0 {
            return paths;
        }
        let dist = self.distances_to(to, reversed(dir), mask, max);
        let Some(&shortest) = dist.get(from.index()).filter(|&&d| d != u32::MAX) else {
            return paths;
        };
        let rank = self.graph.id_rank();
        let mut visits = 0usize;
        let mut stopped = None;
        let mut on_path = Marks::new(self.g.node_bound());
        'lengths: for len in shortest..=max {
            on_path.visit(from);
            let mut nodes = vec![from];
            let mut edges: Vec<(EdgeIndex, bool)> = Vec::new();
            // Each stack entry: the hops not yet tried from a node of the
            // path, the one to try first last.
            let mut stack: Vec<Vec<Hop>> = vec![self.hops_toward(from, dir, mask, &dist, len, rank)];
            while let Some(top) = stack.last_mut() {
                let Some(h) = top.pop() else {
                    stack.pop();
                    if let Some(n) = nodes.pop() {
                        on_path.unvisit(n);
                    }
                    edges.pop();
                    continue;
                };
                visits += 1;
                let cancelled = visits.is_multiple_of(4096) && limits.cancelled();
                if cancelled || visits > limits.max_visits {
                    stopped = Some(if cancelled {
                        format!(
                            "the path search was cancelled after {visits} steps, among the paths of {len} edges"
                        )
                    } else {
                        format!(
                            "the path search stopped after {} steps, among the paths of {len} edges: those of fewer edges are all shown; `set max_visits = N;` for more",
                            limits.max_visits
                        )
                    });
                    for n in nodes.drain(..) {
                        on_path.unvisit(n);
                    }
                    break 'lengths;
                }
                if on_path.is_visited(&h.to) {
                    continue;
                }
                let used = edges.len() as u32 + 1;
                if h.to == to {
                    if used == len {
                        let mut p = nodes.clone();
                        p.push(to);
                        let mut e = edges.clone();
                        e.push((h.edge, h.forward));
                        paths.push(PathVal { nodes: p, edges: e });
                        if paths.len() >= limits.max_paths {
                            stopped = Some(format!(
                                "stopped after {} paths (the shortest first); `set max_paths = N;` for more",
                                limits.max_paths
                            ));
                            for n in nodes.drain(..) {
                                on_path.unvisit(n);
                            }
                            break 'lengths;
                        }
                    }
                    continue;
                }
                if used < len {
                    on_path.visit(h.to);
                    nodes.push(h.to);
                    edges.push((h.edge, h.forward));
                    stack.push(self.hops_toward(h.to, dir, mask, &dist, len - used, rank));
                }
            }
        }
        if let Some(note) = stopped {
            self.notes.push(note);
        }
        // Fewest edges first, then by node ids in the natural order; the
        // same nodes by different edges in the order of the hops taken.
        let ids = Ids::new(self.graph);
        paths.sort_by(|a, b| {
            a.nodes
                .len()
                .cmp(&b.nodes.len())
                .then_with(|| {
                    let mut pairs = a.nodes.iter().zip(&b.nodes);
                    pairs
                        .find_map(|(x, y)| Some(ids.cmp(*x, *y)).filter(|o| o.is_ne()))
                        .unwrap_or(Ordering::Equal)
                })
                .then_with(|| self.hop_order(a, b, dir, mask))
        });
        paths
    }

    /// Two paths through the same nodes, in the order of the hops they take:
    /// at the first step where their edges differ, the hop
    /// [`Eval::hops_dir`] gives first comes first.
    pub(super) fn hop_order(&self, a: &PathVal, b: &PathVal, dir: Dir, mask: EdgeMask) -> Ordering {
        let steps = a.edges.iter().zip(&b.edges).enumerate();
        let Some((i, (ea, eb))) = steps.into_iter().find(|(_, (x, y))| x != y) else {
            return Ordering::Equal;
        };
        let (n, next) = (a.nodes[i], a.nodes[i + 1]);
        let mut first = None;
        self.hops_dir(n, dir, mask, &mut |h| {
            if first.is_none() && h.to == next && ((h.edge, h.forward) == *ea || (h.edge, h.forward) == *eb) {
                first = Some((h.edge, h.forward));
            }
        });
        match first {
            Some(e) if e == *ea => Ordering::Less,
            Some(_) => Ordering::Greater,
            None => Ordering::Equal,
        }
    }

    /// Each node's number of hops to `to` along `dir` (the reversed
    /// direction of a search toward `to`), up to `max`; `u32::MAX` beyond.
    pub(super) fn distances_to(&self, to: NodeIndex, dir: Dir, mask: EdgeMask, max: u32) -> Vec<u32> {
        let mut dist = vec![u32::MAX; self.g.node_bound()];
        dist[to.index()] = 0;
        let mut frontier = vec![to];
        let mut d = 0;
        while !frontier.is_empty() && d < max {
            d += 1;
            let mut next = Vec::new();
            for &n in &frontier {
                self.hops_dir(n, dir, mask, &mut |h| {
                    if dist[h.to.index()] == u32::MAX {
                        dist[h.to.index()] = d;
                        next.push(h.to);
                    }
                });
            }
            frontier = next;
        }
        dist
    }

    /// The hops from `n` to nodes that can reach the end in at most `left`
    /// hops after this one, the one with the largest id first (the stack
    /// takes the smallest first).
    pub(super) fn hops_toward(
        &self,
        n: NodeIndex,
        dir: Dir,
        mask: EdgeMask,
        dist: &[u32],
        left: u32,
        rank: &[u32],
    ) -> Vec<Hop> {
        let mut v = Vec::new();
        self.hops_dir(n, dir, mask, &mut |h| {
            if dist[h.to.index()] < left {
                v.push(h);
            }
        });
        v.reverse();
        v.sort_by_key(|h| std::cmp::Reverse(rank[h.to.index()]));
        v
    }
}
