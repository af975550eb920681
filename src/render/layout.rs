//! The built-in layout: layered and year-ranked, for machines without
//! Graphviz. Each node's column is given (its year); the layout orders the
//! nodes of each column to reduce crossings, places them vertically, and
//! routes each edge as a cubic Bézier.
//!
//! Ordering runs barycentre sweeps (each node moves to the mean position of
//! its neighbours in the columns already swept), alternating direction, and
//! keeps the order with the fewest crossings. Vertical placement pulls each
//! node towards its neighbours while keeping the order and the gaps: that is
//! an isotonic regression, solved exactly by pool-adjacent-violators. A
//! sweep costs O(E + N log N) and a crossing count O(E²) on the few hundred
//! edges a readable diagram holds, so the whole stays in milliseconds where
//! layout-rs's network simplex grows with the cube of the node count.

/// What to lay out.
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
#[derive(Debug, Clone, Copy)]
pub struct Spacing {
    /// Between two nodes of a column.
    pub node_gap: f64,
    /// Between two columns.
    pub column_gap: f64,
    /// The smallest width of a column (a year label must fit).
    pub min_column_width: f64,
}

impl Default for Spacing {
    fn default() -> Spacing {
        Spacing {
            node_gap: 14.0,
            column_gap: 70.0,
            min_column_width: 60.0,
        }
    }
}

/// A point.
pub type Point = (f64, f64);

/// Where everything goes. Coordinates start at (0, 0), the top left.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// The centre of each node.
    pub centres: Vec<Point>,
    /// The centre x of each column.
    pub column_x: Vec<f64>,
    /// The width of each column.
    pub column_width: Vec<f64>,
    /// Each edge as a cubic Bézier: start, two control points, end (the
    /// end touches the target's outline).
    pub curves: Vec<[Point; 4]>,
    /// Total width.
    pub width: f64,
    /// Total height.
    pub height: f64,
    /// Edge crossings counted in the chosen order (an estimate: edges are
    /// taken as straight lines between centres).
    pub crossings: usize,
}

/// Lay out `input`.
pub fn layered(input: &Input, spacing: &Spacing) -> Layout {
    let n = input.sizes.len();
    let columns = input.column_count.max(1);
    let neighbours = neighbours(n, &input.edges);

    // Column widths and x positions.
    let mut column_width = vec![spacing.min_column_width; columns];
    for (v, &(w, _)) in input.sizes.iter().enumerate() {
        let c = input.columns[v].min(columns - 1);
        column_width[c] = column_width[c].max(w);
    }
    let mut column_x = Vec::with_capacity(columns);
    let mut x = 0.0;
    for &w in &column_width {
        column_x.push(x + w / 2.0);
        x += w + spacing.column_gap;
    }
    let width = x - spacing.column_gap;
    let xs: Vec<f64> = (0..n).map(|v| column_x[input.columns[v].min(columns - 1)]).collect();

    // Initial order: the given order (sorted by id), within each column.
    let mut order: Vec<Vec<usize>> = vec![Vec::new(); columns];
    for v in 0..n {
        order[input.columns[v].min(columns - 1)].push(v);
    }
    let mut slot = vec![0.0; n];
    set_slots(&order, &mut slot);
    let mut best = (count_crossings(&input.edges, &xs, &slot), order.clone());
    for sweep in 0..8 {
        let forward = sweep % 2 == 0;
        let sequence: Vec<usize> = if forward {
            (0..columns).collect()
        } else {
            (0..columns).rev().collect()
        };
        for &c in &sequence {
            let column = order[c].clone();
            let mut keyed: Vec<(f64, usize, usize)> = column
                .iter()
                .enumerate()
                .map(|(i, &v)| {
                    let cv = input.columns[v];
                    // Neighbours in columns already placed in this sweep,
                    // else any neighbour outside the column, else stay.
                    let placed = |u: &&usize| {
                        let cu = input.columns[**u];
                        if forward { cu < cv } else { cu > cv }
                    };
                    let mut around: Vec<usize> = neighbours[v].iter().filter(placed).copied().collect();
                    if around.is_empty() {
                        around = neighbours[v].iter().filter(|&&u| input.columns[u] != cv).copied().collect();
                    }
                    let key = if around.is_empty() {
                        slot[v]
                    } else {
                        around.iter().map(|&u| slot[u]).sum::<f64>() / around.len() as f64
                    };
                    (key, i, v)
                })
                .collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            order[c] = keyed.into_iter().map(|(_, _, v)| v).collect();
            set_slots_column(&order[c], &mut slot);
        }
        let crossings = count_crossings(&input.edges, &xs, &slot);
        if crossings < best.0 {
            best = (crossings, order.clone());
        }
    }
    let (crossings, order) = best;

    // Vertical placement: stack, then pull towards neighbours.
    let mut ys = vec![0.0; n];
    for column in &order {
        let mut y = 0.0;
        for &v in column {
            let h = input.sizes[v].1;
            ys[v] = y + h / 2.0;
            y += h + spacing.node_gap;
        }
        // Centre each column on the same middle line.
        let shift = -(y - spacing.node_gap) / 2.0;
        for &v in column {
            ys[v] += shift;
        }
    }
    for _ in 0..6 {
        for column in &order {
            let wanted: Vec<f64> = column
                .iter()
                .map(|&v| {
                    if neighbours[v].is_empty() {
                        ys[v]
                    } else {
                        // Half way between where it is and its neighbours' mean,
                        // so columns settle rather than oscillate.
                        let mean = neighbours[v].iter().map(|&u| ys[u]).sum::<f64>() / neighbours[v].len() as f64;
                        (ys[v] + mean) / 2.0
                    }
                })
                .collect();
            let heights: Vec<f64> = column.iter().map(|&v| input.sizes[v].1).collect();
            for (&v, y) in column.iter().zip(place(&wanted, &heights, spacing.node_gap)) {
                ys[v] = y;
            }
        }
    }
    let top = (0..n).map(|v| ys[v] - input.sizes[v].1 / 2.0).fold(f64::INFINITY, f64::min);
    let top = if top.is_finite() { top } else { 0.0 };
    for y in &mut ys {
        *y -= top;
    }
    let height = (0..n)
        .map(|v| ys[v] + input.sizes[v].1 / 2.0)
        .fold(0.0, f64::max);

    let centres: Vec<Point> = xs.iter().copied().zip(ys.iter().copied()).collect();
    let curves = input
        .edges
        .iter()
        .map(|&(s, t)| curve(centres[s], input.sizes[s], centres[t], input.sizes[t], input.columns[s], input.columns[t]))
        .collect();
    Layout {
        centres,
        column_x,
        column_width,
        curves,
        width: width.max(0.0),
        height,
        crossings,
    }
}

fn neighbours(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); n];
    for &(s, t) in edges {
        if s != t {
            out[s].push(t);
            out[t].push(s);
        }
    }
    out
}

/// Each node's position in its column, as a fraction of the column (0..1),
/// so columns of different lengths compare.
fn set_slots(order: &[Vec<usize>], slot: &mut [f64]) {
    for column in order {
        set_slots_column(column, slot);
    }
}

fn set_slots_column(column: &[usize], slot: &mut [f64]) {
    let len = column.len() as f64;
    for (i, &v) in column.iter().enumerate() {
        slot[v] = (i as f64 + 0.5) / len;
    }
}

/// Pairs of edges whose straight lines cross, between the columns both span.
fn count_crossings(edges: &[(usize, usize)], xs: &[f64], ys: &[f64]) -> usize {
    let segs: Vec<(f64, f64, f64, f64)> = edges
        .iter()
        .filter(|(s, t)| xs[*s] != xs[*t])
        .map(|&(s, t)| {
            if xs[s] < xs[t] {
                (xs[s], ys[s], xs[t], ys[t])
            } else {
                (xs[t], ys[t], xs[s], ys[s])
            }
        })
        .collect();
    let at = |s: &(f64, f64, f64, f64), x: f64| s.1 + (s.3 - s.1) * (x - s.0) / (s.2 - s.0);
    let mut count = 0;
    for (i, a) in segs.iter().enumerate() {
        for b in &segs[i + 1..] {
            let lo = a.0.max(b.0);
            let hi = a.2.min(b.2);
            if hi <= lo {
                continue;
            }
            let d0 = at(a, lo) - at(b, lo);
            let d1 = at(a, hi) - at(b, hi);
            if d0 * d1 < 0.0 {
                count += 1;
            }
        }
    }
    count
}

/// The y centres closest (least squares) to `wanted` that keep the order
/// and leave `gap` between neighbours: with z_i = y_i − offset_i, where
/// offset_i is the least distance from the first centre, the constraints
/// become z non-decreasing, and pool-adjacent-violators gives the answer.
fn place(wanted: &[f64], heights: &[f64], gap: f64) -> Vec<f64> {
    let mut offsets = Vec::with_capacity(wanted.len());
    let mut offset = 0.0;
    for i in 0..wanted.len() {
        if i > 0 {
            offset += (heights[i - 1] + heights[i]) / 2.0 + gap;
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

/// A Bézier from the side of the source facing the target to the facing
/// side of the target; within one column, a bow out to the right.
fn curve(s: Point, ssize: (f64, f64), t: Point, tsize: (f64, f64), cs: usize, ct: usize) -> [Point; 4] {
    use std::cmp::Ordering;
    match cs.cmp(&ct) {
        Ordering::Greater => {
            let (x0, x1) = (s.0 - ssize.0 / 2.0, t.0 + tsize.0 / 2.0);
            let dx = ((x0 - x1) * 0.45).max(24.0);
            [(x0, s.1), (x0 - dx, s.1), (x1 + dx, t.1), (x1, t.1)]
        }
        Ordering::Less => {
            let (x0, x1) = (s.0 + ssize.0 / 2.0, t.0 - tsize.0 / 2.0);
            let dx = ((x1 - x0) * 0.45).max(24.0);
            [(x0, s.1), (x0 + dx, s.1), (x1 - dx, t.1), (x1, t.1)]
        }
        Ordering::Equal => {
            let (x0, x1) = (s.0 + ssize.0 / 2.0, t.0 + tsize.0 / 2.0);
            let bow = 30.0 + (t.1 - s.1).abs() * 0.2;
            let right = x0.max(x1) + bow;
            [(x0, s.1), (right, s.1), (right, t.1), (x1, t.1)]
        }
    }
}

/// The point of a cubic Bézier at parameter `t` (0..1).
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
        let y = place(&[10.0, 10.0, 10.0], &[20.0, 20.0, 20.0], 5.0);
        assert_eq!(y, [-15.0, 10.0, 35.0]);
        let y = place(&[0.0, 100.0], &[20.0, 20.0], 5.0);
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
        let (a, b, c, d) = (layout.centres[0].1, layout.centres[1].1, layout.centres[2].1, layout.centres[3].1);
        assert_eq!(a < b, d < c, "each edge keeps its ends on the same side");
        assert!(layout.column_x[0] < layout.column_x[1]);
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
        let c = layout.curves[0];
        assert!(c[0].0 < layout.centres[0].0, "starts on the source's left side");
        assert!(c[3].0 > layout.centres[1].0, "ends on the target's right side");
        assert_eq!(bezier_at(&c, 0.0), c[0]);
        assert_eq!(bezier_at(&c, 1.0), c[3]);
    }
}
