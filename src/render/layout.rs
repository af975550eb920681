//! The built-in layout: layered and year-ranked, for machines without
//! Graphviz. Each node's column is given (its year); the layout orders the
//! nodes of each column to reduce crossings, places them vertically, and
//! routes each edge as a chain of cubic Béziers.
//!
//! An edge spanning several columns gets a lane (a dummy node, as in
//! Sugiyama's method) in each column it crosses, so it runs between that
//! column's nodes rather than through them. Ordering runs barycentre sweeps
//! (each node moves to the mean position of its neighbours in the column
//! before it), alternating direction, and keeps the order with the fewest
//! crossings, counted between adjacent columns as inversions with a Fenwick
//! tree. Vertical placement pulls each node towards its neighbours while
//! keeping the order and the gaps: an isotonic regression, solved exactly by
//! pool-adjacent-violators. Every pass is O((N + L) log(N + L)) for N nodes
//! and L lanes, so a few hundred nodes take milliseconds, where layout-rs's
//! cost grows with the cube of the node count.
//!
//! # Examples
//!
//! ```
//! use unxref::render::layout::{Input, Spacing, layered};
//! // Three documents in two year columns: two of 2017 cited by one of 2020.
//! let input = Input { sizes: vec![(90.0, 30.0); 3], columns: vec![0, 0, 1], column_count: 2, edges: vec![(2, 0), (2, 1)] };
//! let layout = layered(&input, &Spacing::default());
//! assert!(layout.centres[2].0 > layout.centres[0].0);
//! assert_ne!(layout.centres[0].1, layout.centres[1].1);
//! ```

/// What to lay out.
///
/// # Examples
///
/// ```
/// use unxref::render::layout::{Input, Spacing, layered};
/// // Two nodes a column apart, the later citing the earlier.
/// let input = Input { sizes: vec![(80.0, 30.0); 2], columns: vec![1, 0], column_count: 2, edges: vec![(0, 1)] };
/// let layout = layered(&input, &Spacing::default());
/// assert!(layout.centres[0].0 > layout.centres[1].0);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// Width and height of each node.
    pub sizes: Vec<(f64, f64)>,
    /// The column of each node.
    pub columns: Vec<usize>,
    /// The number of columns (some may be empty).
    pub column_count: usize,
    /// Edges, as (source, target) node indices.
    pub edges: Vec<(usize, usize)>,
}

/// Gaps, in the SVG's units.
///
/// # Examples
///
/// ```
/// use unxref::render::layout::{Input, Spacing, layered};
/// let input = Input { sizes: vec![(80.0, 30.0); 2], columns: vec![0, 1], column_count: 2, edges: vec![] };
/// let narrow = layered(&input, &Spacing::default());
/// let wide = layered(&input, &Spacing { column_gap: 200.0, ..Spacing::default() });
/// assert!(wide.width > narrow.width);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Spacing {
    /// Between two nodes of a column.
    pub node_gap: f64,
    /// Between two edges passing through a column.
    pub lane_gap: f64,
    /// Between two columns.
    pub column_gap: f64,
    /// The smallest width of a column (a year label must fit).
    pub min_column_width: f64,
}

impl Default for Spacing {
    fn default() -> Spacing {
        Spacing {
            node_gap: 14.0,
            lane_gap: 5.0,
            column_gap: 70.0,
            min_column_width: 60.0,
        }
    }
}

/// A point.
///
/// # Examples
///
/// ```
/// use unxref::render::layout::{Point, bezier_at};
/// let line: [Point; 4] = [(0.0, 0.0), (1.0, 1.0), (2.0, 2.0), (3.0, 3.0)];
/// assert_eq!(bezier_at(&line, 0.5), (1.5, 1.5));
/// ```
pub type Point = (f64, f64);

/// A cubic Bézier: start, two control points, end.
///
/// # Examples
///
/// ```
/// use unxref::render::layout::{Cubic, bezier_at};
/// let c: Cubic = [(0.0, 0.0), (0.0, 10.0), (10.0, 10.0), (10.0, 0.0)];
/// assert_eq!(bezier_at(&c, 0.0), (0.0, 0.0));
/// assert_eq!(bezier_at(&c, 1.0), (10.0, 0.0));
/// ```
pub type Cubic = [Point; 4];

/// Where everything goes. Coordinates start at (0, 0), the top left.
///
/// # Examples
///
/// ```
/// use unxref::render::layout::{Input, Spacing, layered};
/// let input = Input { sizes: vec![(80.0, 30.0); 3], columns: vec![0, 0, 1], column_count: 2, edges: vec![(2, 0), (2, 1)] };
/// let layout = layered(&input, &Spacing::default());
/// assert_eq!((layout.centres.len(), layout.paths.len(), layout.column_x.len()), (3, 2, 2));
/// assert_eq!(layout.crossings, 0);
/// assert!(layout.centres.iter().all(|&(x, y)| x <= layout.width && y <= layout.height));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// The centre of each node.
    pub centres: Vec<Point>,
    /// The centre x of each column.
    pub column_x: Vec<f64>,
    /// The width of each column.
    pub column_width: Vec<f64>,
    /// Each edge as a chain of cubic Béziers from the source's outline to
    /// the target's.
    pub paths: Vec<Vec<Cubic>>,
    /// For each edge, the segment of its path where a label sits best (a
    /// straight stretch through a column when there is one).
    pub label_segments: Vec<usize>,
    /// Total width.
    pub width: f64,
    /// Total height.
    pub height: f64,
    /// Crossings between adjacent columns in the chosen order.
    pub crossings: usize,
}

/// The height of the lane an edge takes through a column it passes.
const LANE: f64 = 2.0;

/// Lay out `input`.
///
/// An edge that spans several columns gets a lane (a dummy node) in each
/// column it passes, which takes part in ordering and placement like a
/// node: the edge then runs between the nodes of those columns rather than
/// through them.
///
/// # Examples
///
/// ```
/// use unxref::render::layout::{Input, Spacing, layered};
/// // Node 0 (column 2) cites node 1 (column 0): the edge passes column 1 in a lane.
/// let input = Input { sizes: vec![(80.0, 30.0); 3], columns: vec![2, 0, 1], column_count: 3, edges: vec![(0, 1)] };
/// let layout = layered(&input, &Spacing::default());
/// let path = &layout.paths[0];
/// assert!(path.len() > 1);
/// ```
pub fn layered(input: &Input, spacing: &Spacing) -> Layout {
    let n = input.sizes.len();
    let columns = input.column_count.max(1);
    let mut col: Vec<usize> = input.columns.iter().map(|&c| c.min(columns - 1)).collect();
    let mut height: Vec<f64> = input.sizes.iter().map(|s| s.1).collect();

    // Column widths and x positions, from the real nodes.
    let mut column_width = vec![spacing.min_column_width; columns];
    for v in 0..n {
        column_width[col[v]] = column_width[col[v]].max(input.sizes[v].0);
    }
    let mut column_x = Vec::with_capacity(columns);
    let mut x = 0.0;
    for &w in &column_width {
        column_x.push(x + w / 2.0);
        x += w + spacing.column_gap;
    }
    let width = x - spacing.column_gap;

    // Chains: each edge as the nodes it passes, one per column.
    let mut chains: Vec<Vec<usize>> = Vec::with_capacity(input.edges.len());
    for &(s, t) in &input.edges {
        let (cs, ct) = (col[s], col[t]);
        let mut chain = vec![s];
        if cs.abs_diff(ct) > 1 {
            let between: Vec<usize> = if cs < ct {
                (cs + 1..ct).collect()
            } else {
                (ct + 1..cs).rev().collect()
            };
            for c in between {
                chain.push(col.len());
                col.push(c);
                height.push(LANE);
            }
        }
        chain.push(t);
        chains.push(chain);
    }
    let total = col.len();
    // Neighbours in the column to the left and to the right (ordering), and
    // all neighbours (placement).
    let mut left = vec![Vec::new(); total];
    let mut right = vec![Vec::new(); total];
    let mut near = vec![Vec::new(); total];
    for chain in &chains {
        for pair in chain.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if a == b {
                continue;
            }
            near[a].push(b);
            near[b].push(a);
            if col[a] + 1 == col[b] {
                right[a].push(b);
                left[b].push(a);
            } else if col[b] + 1 == col[a] {
                right[b].push(a);
                left[a].push(b);
            }
        }
    }

    // Ordering: the given order (nodes sorted by id, then lanes), improved
    // by barycentre sweeps; the best order seen wins.
    let mut order: Vec<Vec<usize>> = vec![Vec::new(); columns];
    for v in 0..total {
        order[col[v]].push(v);
    }
    let mut slot = vec![0.0; total];
    let mut rank = vec![0usize; total];
    for column in &order {
        set_slots(column, &mut slot, &mut rank);
    }
    let mut best = (count_crossings(&order, &right, &rank), order.clone());
    for sweep in 0..8 {
        let forward = sweep % 2 == 0;
        let sequence: Vec<usize> = if forward {
            (0..columns).collect()
        } else {
            (0..columns).rev().collect()
        };
        for c in sequence {
            let mut keyed: Vec<(f64, usize, usize)> = order[c]
                .iter()
                .enumerate()
                .map(|(i, &v)| {
                    let side = if forward { &left[v] } else { &right[v] };
                    let key = if side.is_empty() {
                        slot[v]
                    } else {
                        side.iter().map(|&u| slot[u]).sum::<f64>() / side.len() as f64
                    };
                    (key, i, v)
                })
                .collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            order[c] = keyed.into_iter().map(|(_, _, v)| v).collect();
            set_slots(&order[c], &mut slot, &mut rank);
        }
        let crossings = count_crossings(&order, &right, &rank);
        if crossings < best.0 {
            best = (crossings, order.clone());
        }
    }
    let (crossings, order) = best;

    // Vertical placement: stack each column about a common middle, then pull
    // each node towards its neighbours, keeping order and gaps.
    let gap = |a: usize, b: usize| {
        if a >= n && b >= n {
            spacing.lane_gap
        } else {
            spacing.node_gap
        }
    };
    let mut ys = vec![0.0; total];
    for column in &order {
        let mut y = 0.0;
        for (i, &v) in column.iter().enumerate() {
            if i > 0 {
                y += (height[column[i - 1]] + height[v]) / 2.0 + gap(column[i - 1], v);
            }
            ys[v] = y;
        }
        for &v in column {
            ys[v] -= y / 2.0;
        }
    }
    for _ in 0..8 {
        for column in &order {
            let wanted: Vec<f64> = column
                .iter()
                .map(|&v| {
                    if near[v].is_empty() {
                        ys[v]
                    } else {
                        // Half way to the neighbours' mean, so columns
                        // settle rather than oscillate.
                        let mean = near[v].iter().map(|&u| ys[u]).sum::<f64>() / near[v].len() as f64;
                        (ys[v] + mean) / 2.0
                    }
                })
                .collect();
            let heights: Vec<f64> = column.iter().map(|&v| height[v]).collect();
            let gaps: Vec<f64> = column.windows(2).map(|w| gap(w[0], w[1])).collect();
            for (&v, y) in column.iter().zip(place(&wanted, &heights, &gaps)) {
                ys[v] = y;
            }
        }
    }
    let top = (0..total)
        .map(|v| ys[v] - height[v] / 2.0)
        .fold(f64::INFINITY, f64::min);
    let top = if top.is_finite() { top } else { 0.0 };
    for y in &mut ys {
        *y -= top;
    }
    let full_height = (0..total).map(|v| ys[v] + height[v] / 2.0).fold(0.0, f64::max);

    let centre = |v: usize| (column_x[col[v]], ys[v]);
    let half_width = |v: usize| {
        if v < n {
            input.sizes[v].0 / 2.0
        } else {
            column_width[col[v]] / 2.0
        }
    };
    let mut paths = Vec::with_capacity(chains.len());
    let mut label_segments = Vec::with_capacity(chains.len());
    for chain in &chains {
        let (s, t) = (chain[0], chain[chain.len() - 1]);
        if col[s] == col[t] {
            paths.push(vec![bow(centre(s), half_width(s), centre(t), half_width(t))]);
            label_segments.push(0);
            continue;
        }
        let dir = if col[s] < col[t] { 1.0 } else { -1.0 };
        let mut segments = Vec::new();
        let mut straight = Vec::new();
        let mut at = (centre(s).0 + dir * half_width(s), centre(s).1);
        for &d in &chain[1..chain.len() - 1] {
            let (cx, cy) = centre(d);
            let entry = (cx - dir * half_width(d), cy);
            let exit = (cx + dir * half_width(d), cy);
            segments.push(smooth(at, entry));
            straight.push(segments.len());
            segments.push([entry, entry, exit, exit]);
            at = exit;
        }
        segments.push(smooth(at, (centre(t).0 - dir * half_width(t), centre(t).1)));
        label_segments.push(
            straight
                .get(straight.len() / 2)
                .copied()
                .unwrap_or(segments.len() / 2),
        );
        paths.push(segments);
    }
    // Bows within a column reach past its right edge.
    let reach = paths
        .iter()
        .flatten()
        .flat_map(|c| c.iter().map(|p| p.0))
        .fold(width, f64::max);
    Layout {
        centres: (0..n).map(centre).collect(),
        column_x,
        column_width,
        paths,
        label_segments,
        width: reach.max(0.0),
        height: full_height,
        crossings,
    }
}

/// Each node's index in its column, and that index as a fraction of the
/// column (0..1) so columns of different lengths compare.
fn set_slots(column: &[usize], slot: &mut [f64], rank: &mut [usize]) {
    let len = column.len() as f64;
    for (i, &v) in column.iter().enumerate() {
        slot[v] = (i as f64 + 0.5) / len;
        rank[v] = i;
    }
}

/// Crossings between each pair of adjacent columns: pairs of segments whose
/// ends are in opposite orders, counted as inversions with a Fenwick tree.
fn count_crossings(order: &[Vec<usize>], right: &[Vec<usize>], rank: &[usize]) -> usize {
    let mut total = 0;
    for c in 0..order.len().saturating_sub(1) {
        let mut pairs: Vec<(usize, usize)> = order[c]
            .iter()
            .flat_map(|&a| right[a].iter().map(move |&b| (rank[a], rank[b])))
            .collect();
        pairs.sort_unstable();
        let size = order[c + 1].len() + 1;
        let mut tree = vec![0usize; size + 1];
        for (seen, &(_, b)) in pairs.iter().enumerate() {
            // Earlier segments (left end above) whose right end is below b.
            let mut i = b + 1;
            let mut not_below = 0;
            while i > 0 {
                not_below += tree[i];
                i &= i - 1;
            }
            total += seen - not_below;
            let mut i = b + 1;
            while i <= size {
                tree[i] += 1;
                i += i & i.wrapping_neg();
            }
        }
    }
    total
}

/// The y centres closest (least squares) to `wanted` that keep the order
/// and leave `gaps[i]` between nodes i and i+1: with z_i = y_i − offset_i,
/// where offset_i is the least distance from the first centre, the
/// constraints become z non-decreasing, and pool-adjacent-violators gives
/// the answer.
fn place(wanted: &[f64], heights: &[f64], gaps: &[f64]) -> Vec<f64> {
    let mut offsets = Vec::with_capacity(wanted.len());
    let mut offset = 0.0;
    for i in 0..wanted.len() {
        if i > 0 {
            offset += (heights[i - 1] + heights[i]) / 2.0 + gaps[i - 1];
        }
        offsets.push(offset);
    }
    // Blocks of (mean, count).
    let mut blocks: Vec<(f64, usize)> = Vec::new();
    for (w, o) in wanted.iter().zip(&offsets) {
        blocks.push((w - o, 1));
        while blocks.len() > 1 {
            let (m2, n2) = blocks[blocks.len() - 1];
            let (m1, n1) = blocks[blocks.len() - 2];
            if m1 <= m2 {
                break;
            }
            blocks.pop();
            let last = blocks.len() - 1;
            blocks[last] = ((m1 * n1 as f64 + m2 * n2 as f64) / (n1 + n2) as f64, n1 + n2);
        }
    }
    let mut out = Vec::with_capacity(wanted.len());
    for (mean, count) in blocks {
        for _ in 0..count {
            out.push(mean + offsets[out.len()]);
        }
    }
    out
}

/// A cubic from `a` to `b` leaving and arriving horizontally.
fn smooth(a: Point, b: Point) -> Cubic {
    let dx = (b.0 - a.0) * 0.5;
    [a, (a.0 + dx, a.1), (b.0 - dx, b.1), b]
}

/// An edge within one column: a bow out to the right of both ends.
fn bow(s: Point, s_half: f64, t: Point, t_half: f64) -> Cubic {
    let (x0, x1) = (s.0 + s_half, t.0 + t_half);
    let reach = 30.0 + (t.1 - s.1).abs() * 0.2;
    let right = x0.max(x1) + reach;
    [(x0, s.1), (right, s.1), (right, t.1), (x1, t.1)]
}

/// The point of a cubic Bézier at parameter `t` (0..1).
///
/// # Examples
///
/// ```
/// use unxref::render::layout::bezier_at;
/// let c = [(0.0, 0.0), (0.0, 4.0), (4.0, 4.0), (4.0, 0.0)];
/// assert_eq!(bezier_at(&c, 0.5), (2.0, 3.0));
/// ```
pub fn bezier_at(c: &[Point; 4], t: f64) -> Point {
    let u = 1.0 - t;
    let (a, b, cc, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
    (
        a * c[0].0 + b * c[1].0 + cc * c[2].0 + d * c[3].0,
        a * c[0].1 + b * c[1].1 + cc * c[2].1 + d * c[3].1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placement_keeps_order_and_gaps() {
        let y = place(&[10.0, 10.0, 10.0], &[20.0, 20.0, 20.0], &[5.0, 5.0]);
        assert_eq!(y, [-15.0, 10.0, 35.0]);
        let y = place(&[0.0, 100.0], &[20.0, 20.0], &[5.0]);
        assert_eq!(y, [0.0, 100.0], "far apart nodes stay where wanted");
    }

    #[test]
    fn sweeps_untangle_a_crossed_pair() {
        // Column 0: a, b; column 1: c, d; edges a–d and b–c cross as given.
        let input = Input {
            sizes: vec![(40.0, 20.0); 4],
            columns: vec![0, 0, 1, 1],
            column_count: 2,
            edges: vec![(0, 3), (1, 2)],
        };
        let layout = layered(&input, &Spacing::default());
        assert_eq!(layout.crossings, 0);
        let (a, b, c, d) = (
            layout.centres[0].1,
            layout.centres[1].1,
            layout.centres[2].1,
            layout.centres[3].1,
        );
        assert_eq!(a < b, d < c, "each edge keeps its ends on the same side");
        assert!(layout.column_x[0] < layout.column_x[1]);
    }

    #[test]
    fn a_long_edge_runs_between_the_nodes_it_passes() {
        // a (2000) ← c (2020) across b (2010), all on one line at first.
        let input = Input {
            sizes: vec![(40.0, 20.0); 3],
            columns: vec![0, 1, 2],
            column_count: 3,
            edges: vec![(2, 0)],
        };
        let layout = layered(&input, &Spacing::default());
        let path = &layout.paths[0];
        assert_eq!(path.len(), 3, "in, through the middle column, out");
        let lane_y = path[1][0].1;
        let b = layout.centres[1].1;
        assert!(
            (lane_y - b).abs() >= 10.0,
            "the lane clears b: lane {lane_y}, b {b}"
        );
        assert_eq!(path[0][0].0, layout.centres[2].0 - 20.0, "leaves c's left side");
        assert_eq!(path[2][3].0, layout.centres[0].0 + 20.0, "reaches a's right side");
    }

    #[test]
    fn crossings_are_counted_between_adjacent_columns() {
        let order = vec![vec![0, 1], vec![2, 3]];
        let mut right = vec![Vec::new(); 4];
        right[0].push(3);
        right[1].push(2);
        let rank = vec![0, 1, 0, 1];
        assert_eq!(count_crossings(&order, &right, &rank), 1);
        right[0] = vec![2];
        right[1] = vec![3];
        assert_eq!(count_crossings(&order, &right, &rank), 0);
    }

    #[test]
    fn edges_leave_the_side_facing_their_target() {
        let input = Input {
            sizes: vec![(40.0, 20.0); 2],
            columns: vec![1, 0],
            column_count: 2,
            edges: vec![(0, 1)],
        };
        let layout = layered(&input, &Spacing::default());
        let c = layout.paths[0][0];
        assert!(c[0].0 < layout.centres[0].0, "starts on the source's left side");
        assert!(c[3].0 > layout.centres[1].0, "ends on the target's right side");
        assert_eq!(bezier_at(&c, 0.0), c[0]);
        assert_eq!(bezier_at(&c, 1.0), c[3]);
    }
}
