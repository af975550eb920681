//! The placement both engines draw from, and the built-in edge routing.
//!
//! Time is an axis to scale: every year from the first to the last drawn
//! gets a slot of the same thickness, so four years look like four; a run of
//! more than [`MAX_GAP`] empty years is drawn as a marked break instead of
//! a desert. Nodes without a place in time (undated documents, actors and
//! states) sit in bands of their own beside the timeline, never on it.
//!
//! Each year slot holds `k` sub-columns in which its nodes stack; between
//! sub-columns run channels that no node enters, and corridors run along
//! the time axis before, between and after the timeline and the bands. The
//! built-in engine routes every edge orthogonally: from its source into the
//! channel beside it, along the channel to a corridor, along the corridor
//! to the target's channel and into the target. No segment enters a node it
//! does not touch. Edges of one group (a walk's edges from one parent) share
//! their lanes, as a bus; other groups get lanes of their own, by greedy
//! interval partitioning. The time axis runs left to right, or top to
//! bottom when that keeps the picture's aspect ratio nearer the target; `k`
//! is chosen the same way. Every step is near linear in nodes and edges.
//!
//! # Examples
//!
//! ```
//! use unxref::render::layout::{Input, Slot, layout};
//! // Two documents of 2017 cited by one of 2020.
//! let input = Input {
//!     sizes: vec![(90.0, 30.0); 3],
//!     slots: vec![Slot::Year(2017), Slot::Year(2017), Slot::Year(2020)],
//!     edges: vec![(2, 0, 2), (2, 1, 2)],
//!     ..Input::default()
//! };
//! let plot = layout(&input);
//! // Time runs along x, or down y when that keeps the picture's shape.
//! let time = |i: usize| if plot.horizontal { plot.centres[i].0 } else { plot.centres[i].1 };
//! assert!(time(2) > time(0));
//! assert_eq!(time(0), time(1));
//! assert_ne!(plot.centres[0], plot.centres[1]);
//! ```

use std::collections::BTreeMap;

/// Runs of more empty years than this are drawn as a break.
///
/// # Examples
///
/// ```
/// assert_eq!(unxref::render::layout::MAX_GAP, 6);
/// ```
pub const MAX_GAP: u16 = 6;

/// A point.
///
/// # Examples
///
/// ```
/// let origin: unxref::render::layout::Point = (0.0, 0.0);
/// assert_eq!(origin.0, 0.0);
/// ```
pub type Point = (f64, f64);

/// Where a node belongs.
///
/// # Examples
///
/// ```
/// use unxref::render::layout::Slot;
/// // Years sort before the bands beside the timeline.
/// assert!(Slot::Year(2024) < Slot::Band(0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Slot {
    /// On the time axis, at a year.
    Year(u16),
    /// In band `n` beside the timeline (see [`Input::bands`]).
    Band(usize),
}

/// What to lay out.
///
/// # Examples
///
/// ```
/// use unxref::render::layout::{Input, Slot, layout};
/// // An actor, apart from the timeline, mentioned by a resolution.
/// let input = Input {
///     sizes: vec![(80.0, 30.0); 2],
///     slots: vec![Slot::Year(2013), Slot::Band(1)],
///     edges: vec![(0, 1, 1)],
///     bands: vec!["undated documents".into(), "actors, states, places, Charter".into()],
///     ..Input::default()
/// };
/// let plot = layout(&input);
/// assert!(plot.marks.iter().any(|m| m.text == "actors, states, places, Charter"));
/// ```
#[derive(Debug, Clone)]
pub struct Input {
    /// Width and height of each node.
    pub sizes: Vec<(f64, f64)>,
    /// Where each node belongs.
    pub slots: Vec<Slot>,
    /// Nodes are stacked in each slot in the order of this key (index order
    /// when empty).
    pub order: Vec<usize>,
    /// Edges as (source, target, group): edges of one group share lanes.
    pub edges: Vec<(usize, usize, usize)>,
    /// Width and height of each edge's label, if it has one.
    pub labels: Vec<Option<(f64, f64)>>,
    /// The names of the bands beside the timeline.
    pub bands: Vec<String>,
    /// The width:height ratio to aim for.
    pub aspect: f64,
    /// Space reserved above the plot (a heading) of this height, for a
    /// drawing this wide at least: counted in the aspect ratio.
    pub header: (f64, f64),
    /// Nodes left out of the drawing at each year: the axis says "+N not
    /// drawn" under the year (which is on the axis even when none of its
    /// nodes is drawn).
    pub not_drawn: BTreeMap<u16, usize>,
}

impl Default for Input {
    fn default() -> Input {
        Input {
            sizes: Vec::new(),
            slots: Vec::new(),
            order: Vec::new(),
            edges: Vec::new(),
            labels: Vec::new(),
            bands: Vec::new(),
            aspect: 1.6,
            header: (0.0, 0.0),
            not_drawn: BTreeMap::new(),
        }
    }
}

/// A text on the axis or naming a band.
///
/// # Examples
///
/// ```
/// use unxref::render::layout::{Input, Slot, layout};
/// let input = Input { sizes: vec![(80.0, 30.0); 2], slots: vec![Slot::Year(1990), Slot::Year(2020)], ..Input::default() };
/// // 29 empty years: a break, not a desert.
/// assert!(layout(&input).marks.iter().any(|m| m.gap && m.text == "29 years"));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Where its anchor is.
    pub at: Point,
    /// What it says.
    pub text: String,
    /// True when the text starts at `at` (else it is centred).
    pub start: bool,
    /// True for a break in the time axis.
    pub gap: bool,
    /// True for a count of nodes not drawn at a year ("+18 not drawn").
    pub note: bool,
}

/// Where everything goes, in a plot whose top left is (0, 0).
///
/// # Examples
///
/// ```
/// use unxref::render::layout::{Input, Slot, layout};
/// let input = Input { sizes: vec![(80.0, 30.0); 2], slots: vec![Slot::Year(2000); 2], edges: vec![(1, 0, 0)], ..Input::default() };
/// let plot = layout(&input);
/// // One route, from the outline of node 1 to the outline of node 0.
/// assert_eq!(plot.routes.len(), 1);
/// assert!(plot.centres.iter().all(|c| c.0 <= plot.width && c.1 <= plot.height));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Plot {
    /// The centre of each node.
    pub centres: Vec<Point>,
    /// Each edge as a polyline from the source's outline to the target's.
    pub routes: Vec<Vec<Point>>,
    /// The centre of each edge's label, when it found a free place.
    pub labels: Vec<Option<Point>>,
    /// Year labels, breaks and band names.
    pub marks: Vec<Mark>,
    /// True when time runs left to right (else top to bottom).
    pub horizontal: bool,
    /// Year sub-columns per year.
    pub per_year: usize,
    /// The first and last year of each line of the time axis, in reading
    /// order: one line unless the axis wraps into rows like text.
    pub folds: Vec<(u16, u16)>,
    /// Width of the plot.
    pub width: f64,
    /// Height of the plot.
    pub height: f64,
}

const NODE_GAP: f64 = 12.0;
const CHANNEL: f64 = 22.0;
const LANE: f64 = 4.0;
const CORRIDOR: f64 = 18.0;
const AXIS: f64 = 22.0;
/// Space between a row of the plot and the year names of the next.
const ROW_GAP: f64 = 10.0;
/// The font size of a count of nodes not drawn, under its year.
pub(crate) const NOTE_FONT: f64 = 9.0;

/// Lay `input` out, trying both directions of time and one to six
/// sub-columns a year, and keeping the plot whose aspect ratio (with the
/// header) is nearest `input.aspect`, preferring time left to right and
/// compact plots.
///
/// # Examples
///
/// ```
/// use unxref::render::layout::{Input, Slot, layout};
/// // 60 documents in one year: folded into sub-columns, not one tall stack.
/// let input = Input { sizes: vec![(90.0, 30.0); 60], slots: vec![Slot::Year(2010); 60], ..Input::default() };
/// let plot = layout(&input);
/// assert!(plot.per_year > 1);
/// assert!((0.5..=3.0).contains(&(plot.width / plot.height)));
/// ```
pub fn layout(input: &Input) -> Plot {
    let mut best: Option<(f64, Plot)> = None;
    let min_area = input.sizes.iter().map(|s| s.0 * s.1).sum::<f64>().max(1.0);
    for horizontal in [true, false] {
        // Only rows wrap: columns side by side would invite reading across
        // them, from one stretch of time to another.
        let max_folds = if horizontal { 3 } else { 1 };
        for (k, folds) in (1..=6).flat_map(|k| (1..=max_folds).map(move |f| (k, f))) {
            let plot = place(input, horizontal, k, folds);
            let width = plot.width.max(input.header.1);
            let height = plot.height + input.header.0;
            let aspect = width / height.max(1.0);
            let mut score = (aspect / input.aspect).ln().abs() + 0.35 * (width * height / min_area).ln();
            if !(0.5..=3.0).contains(&aspect) {
                score += 100.0;
            }
            if !horizontal {
                score += 0.3;
            }
            if best.as_ref().is_none_or(|(s, _)| score < *s) {
                best = Some((score, plot));
            }
        }
        if input.sizes.len() < 2 {
            break;
        }
    }
    best.map(|(_, p)| p).unwrap_or_default()
}

/// One layout: time along x when `horizontal`, `k` sub-columns a year, the
/// time axis folded into `folds` lines (like text wrapping).
fn place(input: &Input, horizontal: bool, k: usize, folds: usize) -> Plot {
    let n = input.sizes.len();
    // Extents along time (a) and across it (c).
    let along = |v: usize| {
        if horizontal {
            input.sizes[v].0
        } else {
            input.sizes[v].1
        }
    };
    let across = |v: usize| {
        if horizontal {
            input.sizes[v].1
        } else {
            input.sizes[v].0
        }
    };

    // The time axis: a position per year, breaks for long empty runs.
    let mut years: Vec<u16> = input
        .slots
        .iter()
        .filter_map(|s| match s {
            Slot::Year(y) => Some(*y),
            Slot::Band(_) => None,
        })
        .chain(input.not_drawn.iter().filter(|(_, n)| **n > 0).map(|(y, _)| *y))
        .collect();
    years.sort_unstable();
    years.dedup();
    let mut position: BTreeMap<u16, usize> = BTreeMap::new();
    let mut axis: Vec<(usize, String, bool)> = Vec::new();
    // The year at each position (none in a break).
    let mut year_at: Vec<(usize, u16)> = Vec::new();
    let mut p = 0usize;
    for (i, &y) in years.iter().enumerate() {
        if i > 0 {
            let gap = y - years[i - 1];
            if gap > MAX_GAP {
                axis.push((p + 1, format!("{} years", gap - 1), true));
                p += 3;
            } else {
                for e in 1..gap {
                    axis.push((p + e as usize, String::new(), false));
                    year_at.push((p + e as usize, years[i - 1] + e));
                }
                p += gap as usize;
            }
        }
        position.insert(y, p);
        axis.push((p, y.to_string(), false));
        year_at.push((p, y));
    }
    let positions = if years.is_empty() { 1 } else { p + 1 };
    // Each fold holds this many year positions; the last may hold fewer.
    let per_fold = positions.div_ceil(folds.max(1));
    let folds = positions.div_ceil(per_fold);
    let mut fold_years: Vec<(u16, u16)> = Vec::new();
    for f in 0..folds {
        let inside = year_at.iter().filter(|(p, _)| p / per_fold == f).map(|(_, y)| *y);
        if let (Some(a), Some(b)) = (inside.clone().min(), inside.max()) {
            fold_years.push((a, b));
        }
    }
    // Counts of nodes not drawn, under their years.
    let notes: BTreeMap<usize, String> = input
        .not_drawn
        .iter()
        .filter(|(_, n)| **n > 0)
        .filter_map(|(y, n)| Some((*position.get(y)?, format!("+{n} not drawn"))))
        .collect();
    let note_len = notes
        .values()
        .map(|t| t.chars().count() as f64 * NOTE_FONT * 0.6)
        .fold(0.0, f64::max);
    let columns = per_fold * k;

    // Assign nodes to (column, region, row), in the order asked.
    let mut nodes: Vec<usize> = (0..n).collect();
    nodes.sort_by_key(|&v| (input.slots[v], input.order.get(v).copied().unwrap_or(v), v));
    let regions = folds + input.bands.len();
    let mut cell = vec![(0usize, 0usize, 0usize); n];
    let mut groups: BTreeMap<Slot, Vec<usize>> = BTreeMap::new();
    for &v in &nodes {
        groups.entry(input.slots[v]).or_default().push(v);
    }
    for (slot, members) in &groups {
        match *slot {
            Slot::Year(y) => {
                let cap = members.len().div_ceil(k);
                for (i, &v) in members.iter().enumerate() {
                    let pos = position[&y];
                    cell[v] = ((pos % per_fold) * k + i / cap, pos / per_fold, i % cap);
                }
            }
            Slot::Band(b) => {
                let m = members.len();
                for (i, &v) in members.iter().enumerate() {
                    let (col, row) = if m <= columns {
                        (i * columns / m + columns / (2 * m), 0)
                    } else {
                        (i % columns, i / columns)
                    };
                    cell[v] = (col.min(columns - 1), folds + b.min(regions - folds - 1), row);
                }
            }
        }
    }

    // Sizes: one sub-column thickness, stacks in each region.
    let thick = (0..n).map(along).fold(40.0_f64, f64::max);
    let mut stacks: BTreeMap<(usize, usize), Vec<(usize, usize)>> = BTreeMap::new();
    for (v, &(c, r, row)) in cell.iter().enumerate() {
        stacks.entry((c, r)).or_default().push((row, v));
    }
    let mut cross = vec![0.0; n];
    let mut region_len = vec![0.0_f64; regions];
    for ((_, r), stack) in &mut stacks {
        stack.sort_unstable();
        let mut s = 0.0;
        for &(_, v) in stack.iter() {
            cross[v] = s + across(v) / 2.0;
            s += across(v) + NODE_GAP;
        }
        region_len[*r] = region_len[*r].max(s - NODE_GAP);
    }

    // Routing plan: channels and corridors each edge uses, in index units.
    let hub = |e: &(usize, usize, usize)| e.2;
    struct Plan {
        channels: Vec<(usize, usize)>,
        corridor: Option<usize>,
    }
    // Region starts (before corridors), to choose corridors by distance.
    let mut rough = vec![0.0; regions];
    let mut s = CORRIDOR;
    for r in 0..regions {
        rough[r] = s;
        s += region_len[r] + CORRIDOR * 2.0;
    }
    let rough_corridor = |i: usize| {
        if i == 0 {
            0.0
        } else {
            rough[i - 1] + region_len[i - 1] + CORRIDOR
        }
    };
    let rough_s = |v: usize| rough[cell[v].1] + cross[v];
    // Each group takes the corridor nearest all its edges, so a bus stays
    // one line.
    let mut group_cost: BTreeMap<usize, Vec<f64>> = BTreeMap::new();
    for e in &input.edges {
        let costs = group_cost.entry(hub(e)).or_insert_with(|| vec![0.0; regions + 1]);
        for (i, c) in costs.iter_mut().enumerate() {
            *c += (rough_s(e.0) - rough_corridor(i)).abs() + (rough_s(e.1) - rough_corridor(i)).abs();
        }
    }
    let group_corridor: BTreeMap<usize, usize> = group_cost
        .iter()
        .map(|(&g, costs)| {
            let best = (0..costs.len())
                .min_by(|&a, &b| costs[a].total_cmp(&costs[b]))
                .unwrap_or(0);
            (g, best)
        })
        .collect();
    let mut plans = Vec::with_capacity(input.edges.len());
    let mut channel_use: BTreeMap<(usize, usize), (f64, f64)> = BTreeMap::new();
    let mut corridor_use: BTreeMap<(usize, usize), (usize, usize)> = BTreeMap::new();
    for e in &input.edges {
        let (u, v) = (e.0, e.1);
        let (cu, cv) = (cell[u].0, cell[v].0);
        if cu == cv {
            let (a, b) = (rough_s(u), rough_s(v));
            let span = channel_use
                .entry((cu, hub(e)))
                .or_insert((f64::INFINITY, f64::NEG_INFINITY));
            *span = (span.0.min(a.min(b)), span.1.max(a.max(b)));
            plans.push(Plan {
                channels: vec![(cu, hub(e))],
                corridor: None,
            });
            continue;
        }
        let corridor = group_corridor[&hub(e)];
        for (c, w) in [(cu, u), (cv, v)] {
            let (a, b) = (rough_s(w), rough_corridor(corridor));
            let span = channel_use
                .entry((c, hub(e)))
                .or_insert((f64::INFINITY, f64::NEG_INFINITY));
            *span = (span.0.min(a.min(b)), span.1.max(a.max(b)));
        }
        let span = corridor_use.entry((corridor, hub(e))).or_insert((usize::MAX, 0));
        *span = (span.0.min(cu.min(cv)), span.1.max(cu.max(cv)));
        plans.push(Plan {
            channels: vec![(cu, hub(e)), (cv, hub(e))],
            corridor: Some(corridor),
        });
    }
    // Lanes: greedy interval partitioning per channel and per corridor.
    let channel_lane = partition(channel_use.iter().map(|(&(c, g), &(a, b))| ((c, g), c, a, b)));
    let corridor_lane = partition(
        corridor_use
            .iter()
            .map(|(&(i, g), &(a, b))| ((i, g), i, a as f64, b as f64 + 0.5)),
    );
    let lanes_in = |lanes: &BTreeMap<(usize, usize), usize>, at: usize| {
        lanes
            .iter()
            .filter(|((c, _), _)| *c == at)
            .map(|(_, &l)| l + 1)
            .max()
            .unwrap_or(0)
    };
    let labelled = input.labels.iter().flatten().count();
    let label_room = if labelled == 0 {
        0.0
    } else if horizontal {
        input.labels.iter().flatten().map(|l| l.0).fold(0.0, f64::max) + 8.0
    } else {
        input.labels.iter().flatten().map(|l| l.1).fold(0.0, f64::max) + 6.0
    };
    let max_channel_lanes = (0..columns)
        .map(|c| lanes_in(&channel_lane, c))
        .max()
        .unwrap_or(0);
    let channel = CHANNEL + label_room + max_channel_lanes as f64 * LANE;
    let pitch = thick + channel;
    // Time positions: the axis labels take the first strip across.
    // Time: in columns (time downwards) a strip on top names the bands.
    let lead = if horizontal { 0.0 } else { 18.0 };
    let t_col = |c: usize| lead + c as f64 * pitch + thick / 2.0;
    let t_lane =
        |c: usize, lane: usize| lead + c as f64 * pitch + thick + label_room + 10.0 + lane as f64 * LANE;
    let length = lead + columns as f64 * pitch;

    // Across time: the axis labels, then corridors and regions in turn.
    // Before each region a strip for its labels: years before each fold,
    // a band's name before the band (in rows; in columns names go on top).
    // A count of nodes not drawn takes a second line under its year.
    let axis_room = match (horizontal, notes.is_empty()) {
        (true, true) => AXIS,
        (true, false) => AXIS + NOTE_FONT + 3.0,
        (false, true) => 40.0,
        (false, false) => 40.0_f64.max(note_len + 6.0),
    };
    let mut strip_at = vec![0.0; regions + 1];
    let mut corridor_at = vec![0.0; regions + 1];
    let mut region_at = vec![0.0; regions];
    let mut s = 0.0;
    for i in 0..=regions {
        // A row's years stand clear of the nodes of the row above.
        if i > 0 && horizontal {
            s += ROW_GAP;
        }
        strip_at[i] = s;
        s += if i < folds {
            axis_room
        } else if i < regions && horizontal {
            16.0
        } else {
            0.0
        };
        let lanes = lanes_in(&corridor_lane, i);
        corridor_at[i] = s + CORRIDOR / 2.0;
        s += CORRIDOR + lanes as f64 * LANE;
        if i < regions {
            region_at[i] = s;
            s += region_len[i];
        }
    }
    let breadth = s;
    let s_of = |v: usize| region_at[cell[v].1] + cross[v];
    let s_corridor = |i: usize, lane: usize| corridor_at[i] + lane as f64 * LANE;

    let point = |t: f64, s: f64| if horizontal { (t, s) } else { (s, t) };
    let centres: Vec<Point> = (0..n).map(|v| point(t_col(cell[v].0), s_of(v))).collect();
    let side = |v: usize| t_col(cell[v].0) + along(v) / 2.0;
    let mut routes = Vec::with_capacity(plans.len());
    for (e, plan) in input.edges.iter().zip(&plans) {
        let (u, v) = (e.0, e.1);
        let lane_t = |k: usize| {
            let (c, g) = plan.channels[k];
            t_lane(c, channel_lane[&(c, g)])
        };
        let mut route = vec![point(side(u), s_of(u)), point(lane_t(0), s_of(u))];
        if let Some(i) = plan.corridor {
            let cs = s_corridor(i, corridor_lane[&(i, e.2)]);
            route.push(point(lane_t(0), cs));
            route.push(point(lane_t(1), cs));
            route.push(point(lane_t(1), s_of(v)));
        } else {
            route.push(point(lane_t(0), s_of(v)));
        }
        route.push(point(side(v), s_of(v)));
        route.dedup();
        routes.push(route);
    }

    // Marks: years along the axis, band names by their bands. A year's
    // name sits over its first sub-column, where no channel runs (the
    // middle of a year of two sub-columns is a channel, and its edges would
    // cross the name).
    let mut marks = Vec::new();
    for (pos, text, gap) in axis {
        let (fold, pos) = (pos / per_fold, pos % per_fold);
        let t = t_col(pos * k);
        let text = if text.is_empty() { "·".to_string() } else { text };
        marks.push(Mark {
            at: if horizontal {
                (t, strip_at[fold] + AXIS * 0.6)
            } else {
                (strip_at[fold] + 2.0, t + 4.0)
            },
            text,
            start: !horizontal,
            gap,
            note: false,
        });
    }
    for (pos, text) in notes {
        let (fold, pos) = (pos / per_fold, pos % per_fold);
        let t = t_col(pos * k);
        marks.push(Mark {
            at: if horizontal {
                (t, strip_at[fold] + AXIS * 0.6 + NOTE_FONT + 2.0)
            } else {
                (strip_at[fold] + 2.0, t + 4.0 + NOTE_FONT + 3.0)
            },
            text,
            start: !horizontal,
            gap: false,
            note: true,
        });
    }
    for (b, name) in input.bands.iter().enumerate() {
        let r = folds + b;
        if region_len[r] > 0.0 {
            marks.push(Mark {
                at: if horizontal {
                    (2.0, strip_at[r] + 12.0)
                } else {
                    (region_at[r], 12.0)
                },
                text: name.clone(),
                start: true,
                gap: false,
                note: false,
            });
        }
    }
    let (width, height) = if horizontal {
        (length, breadth)
    } else {
        (breadth, length)
    };
    let mut plot = Plot {
        centres,
        routes,
        labels: Vec::new(),
        marks,
        horizontal,
        per_year: k,
        folds: fold_years,
        width,
        height,
    };
    plot.labels = place_labels(input, &plot);
    plot
}

/// A lane's key (a channel or corridor, and a group) and its span.
type Span = ((usize, usize), f64, f64);

/// Lane numbers for intervals `(key, bucket, lo, hi)`: within each bucket,
/// intervals that overlap get different lanes, the fewest lanes in all.
fn partition(
    items: impl Iterator<Item = ((usize, usize), usize, f64, f64)>,
) -> BTreeMap<(usize, usize), usize> {
    let mut by_bucket: BTreeMap<usize, Vec<Span>> = BTreeMap::new();
    for (key, bucket, lo, hi) in items {
        by_bucket.entry(bucket).or_default().push((key, lo, hi));
    }
    let mut out = BTreeMap::new();
    for (_, mut items) in by_bucket {
        items.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        let mut ends: Vec<f64> = Vec::new();
        for (key, lo, hi) in items {
            let lane = match ends.iter().position(|&end| end + 6.0 < lo) {
                Some(l) => l,
                None => {
                    ends.push(f64::NEG_INFINITY);
                    ends.len() - 1
                }
            };
            ends[lane] = hi;
            out.insert(key, lane);
        }
    }
    out
}

/// A box: left, top, right, bottom.
type Rect = (f64, f64, f64, f64);

fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Edge labels beside the target's end of each edge, above or below its
/// last segment, where they touch no node and no label placed before.
fn place_labels(input: &Input, plot: &Plot) -> Vec<Option<Point>> {
    let boxes: Vec<Rect> = plot
        .centres
        .iter()
        .zip(&input.sizes)
        .map(|(c, s)| {
            (
                c.0 - s.0 / 2.0 - 2.0,
                c.1 - s.1 / 2.0 - 2.0,
                c.0 + s.0 / 2.0 + 2.0,
                c.1 + s.1 / 2.0 + 2.0,
            )
        })
        .collect();
    let mut placed: Vec<Rect> = Vec::new();
    let mut out = Vec::with_capacity(input.edges.len());
    for (i, route) in plot.routes.iter().enumerate() {
        let Some(Some((w, h))) = input.labels.get(i) else {
            out.push(None);
            continue;
        };
        // The stretch at the leaf's end: the target's, unless the target
        // is the group's hub.
        let e = input.edges[i];
        let (a, b) = if e.2 == e.1 && route.len() >= 2 {
            (route[0], route[1])
        } else {
            (route[route.len() - 1], route[route.len().saturating_sub(2)])
        };
        let mut spot = None;
        let candidates = if plot.horizontal {
            let x = a.0 + (b.0 - a.0).signum() * (w / 2.0 + 3.0);
            vec![(x, a.1 - h / 2.0 - 1.5), (x, a.1 + h / 2.0 + 1.5)]
        } else {
            let y = a.1 + (b.1 - a.1).signum() * (h / 2.0 + 2.0);
            vec![(a.0 + w / 2.0 + 3.0, y), (a.0 - w / 2.0 - 3.0, y)]
        };
        for c in candidates {
            let r = (c.0 - w / 2.0, c.1 - h / 2.0, c.0 + w / 2.0, c.1 + h / 2.0);
            if r.0 < 0.0 || r.1 < 0.0 || r.2 > plot.width || r.3 > plot.height {
                continue;
            }
            if boxes.iter().chain(&placed).any(|&o| overlaps(o, r)) {
                continue;
            }
            placed.push(r);
            spot = Some(c);
            break;
        }
        out.push(spot);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inside(p: Point, c: Point, s: (f64, f64)) -> bool {
        (p.0 - c.0).abs() < s.0 / 2.0 - 0.5 && (p.1 - c.1).abs() < s.1 / 2.0 - 0.5
    }

    #[test]
    fn years_are_to_scale_and_long_gaps_break() {
        let input = Input {
            sizes: vec![(60.0, 20.0); 4],
            slots: vec![
                Slot::Year(2000),
                Slot::Year(2004),
                Slot::Year(2005),
                Slot::Year(2030),
            ],
            ..Input::default()
        };
        let plot = place(&input, true, 1, 1);
        let x: Vec<f64> = plot.centres.iter().map(|c| c.0).collect();
        let unit = x[2] - x[1];
        assert!((x[1] - x[0] - 4.0 * unit).abs() < 1e-6, "{x:?}");
        assert!(x[3] - x[2] < 10.0 * unit, "a 25-year gap is a break");
        assert!(plot.marks.iter().any(|m| m.gap && m.text == "24 years"));
    }

    #[test]
    fn years_left_out_are_on_the_axis_and_wrapped_rows_are_named_in_order() {
        // Nodes in 2000-2003 and 2010-2012; 2013 has none drawn, seven left out.
        let years = [2000, 2001, 2003, 2010, 2011, 2012];
        let input = Input {
            sizes: vec![(80.0, 30.0); years.len()],
            slots: years.iter().map(|&y| Slot::Year(y)).collect(),
            not_drawn: BTreeMap::from([(2013, 7), (2001, 2)]),
            ..Input::default()
        };
        let plot = place(&input, true, 1, 2);
        let mark = |text: &str| {
            plot.marks
                .iter()
                .find(|m| m.text == text)
                .unwrap_or_else(|| panic!("{text}"))
        };
        let (y2013, note) = (mark("2013"), mark("+7 not drawn"));
        assert!(note.note && !y2013.note);
        assert_eq!(note.at.0, y2013.at.0);
        assert!(note.at.1 > y2013.at.1 && note.at.1 - y2013.at.1 < 15.0);
        assert_eq!(mark("+2 not drawn").at.0, mark("2001").at.0);
        // Two rows, named in reading order (2004-2009 is a marked break).
        assert_eq!(plot.folds, [(2000, 2003), (2010, 2013)]);
        assert!(mark("2000").at.1 < mark("2010").at.1);
        assert_eq!(place(&input, true, 1, 1).folds, [(2000, 2013)]);
    }

    #[test]
    fn routes_never_enter_a_node_they_do_not_join() {
        // A star: node 0 (2000) cited by 30 nodes over 2001–2010, and a band.
        let n = 32;
        let mut slots: Vec<Slot> = (0..n - 1)
            .map(|i| Slot::Year(2000 + (i as u16).div_ceil(3)))
            .collect();
        slots.push(Slot::Band(0));
        let input = Input {
            sizes: vec![(70.0, 24.0); n],
            slots,
            edges: (1..n).map(|i| (i, 0, 0)).collect(),
            bands: vec!["actors, states, places, Charter".into()],
            ..Input::default()
        };
        let plot = layout(&input);
        for (e, route) in input.edges.iter().zip(&plot.routes) {
            for pair in route.windows(2) {
                for step in 0..=50 {
                    let t = step as f64 / 50.0;
                    let p = (
                        pair[0].0 + (pair[1].0 - pair[0].0) * t,
                        pair[0].1 + (pair[1].1 - pair[0].1) * t,
                    );
                    for v in (0..n).filter(|&v| v != e.0 && v != e.1) {
                        assert!(
                            !inside(p, plot.centres[v], input.sizes[v]),
                            "edge {e:?} enters node {v}"
                        );
                    }
                }
            }
        }
    }
}
