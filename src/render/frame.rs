//! The whole picture both engines draw, as positioned items: each node's
//! box, the placement of [`layout`], the heading (title, caption, notes,
//! key) and the legend (every node kind with its shape and colour, the
//! subject's outline, step rings, sizes, every relation drawn), and the
//! year axis. [`super::svg`] draws it directly; [`super::dot`] pins it for
//! Graphviz. Sizes are in points; text widths are estimated generously
//! (0.6 of the font size a character) so labels never overflow.

use super::layout::{self, Point, Slot};
use super::scene::{BANDS, Scene, SceneNode};
use super::style::{self, Line, Shape};

/// Average advance of a character as a fraction of the font size.
pub(crate) const CHAR_WIDTH: f64 = 0.6;
/// Space around the picture.
pub(crate) const MARGIN: f64 = 20.0;
/// Space a step ring adds on each side of a node.
pub(crate) const RING: f64 = 4.0;
/// The font size of edge labels.
pub(crate) const EDGE_FONT: f64 = 8.0;

/// The width of `text` at `size`.
pub(crate) fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * CHAR_WIDTH
}

/// A node's box: font size, inner width and height (the shape), and the
/// rings around it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NodeBox {
    pub font: f64,
    pub w: f64,
    pub h: f64,
    pub rings: u32,
    /// True for shapes with slanted sides, whose rings (offset along each
    /// side, as Graphviz draws peripheries) reach further sideways.
    pub slanted: bool,
}

impl NodeBox {
    /// Width and height with the rings.
    pub fn outer(&self) -> (f64, f64) {
        let r = 2.0 * RING * self.rings as f64;
        let sideways = if self.slanted { 2.5 } else { 1.0 };
        (self.w + r * sideways, self.h + r)
    }
}

pub(crate) fn node_box(node: &SceneNode) -> NodeBox {
    let grow = (1.0 + node.cited_by as f64).ln();
    let font = 9.5 * (1.0 + 0.1 * grow);
    let text_w = node.lines.iter().map(|l| text_width(l, font)).fold(0.0, f64::max);
    let mut w = text_w + 14.0 + 3.0 * grow;
    let mut h = node.lines.len() as f64 * font * 1.2 + 8.0 + 4.0 * grow;
    match style::node_style(node.kind).shape {
        Shape::Ellipse => {
            w *= 1.3;
            h *= 1.25;
        }
        Shape::Diamond => {
            w *= 1.6;
            h *= 1.5;
        }
        Shape::Hexagon | Shape::Parallelogram | Shape::Trapezium | Shape::InvTrapezium => w += h * 0.7,
        Shape::Octagon => w += 12.0,
        Shape::House | Shape::InvHouse => h *= 1.4,
        Shape::Cylinder => h += 8.0,
        Shape::Note | Shape::Tab | Shape::Folder | Shape::Component | Shape::Box3d => {
            w += 10.0;
            h += 4.0;
        }
        Shape::Rounded | Shape::Box => {}
    }
    let shape = style::node_style(node.kind).shape;
    NodeBox {
        font,
        w,
        h,
        rings: node.depth.map_or(0, |d| d.saturating_sub(1).min(3)),
        slanted: matches!(
            shape,
            Shape::Trapezium
                | Shape::InvTrapezium
                | Shape::Parallelogram
                | Shape::Hexagon
                | Shape::Diamond
                | Shape::Octagon
                | Shape::House
                | Shape::InvHouse
        ),
    }
}

/// One thing to draw.
#[derive(Debug, Clone)]
pub(crate) enum Item {
    /// A line of text.
    Text {
        at: Point,
        text: String,
        size: f64,
        bold: bool,
        colour: &'static str,
        /// Anchored at its start (else its middle).
        start: bool,
        class: &'static str,
    },
    /// A node shape in the legend.
    Glyph {
        shape: Shape,
        centre: Point,
        w: f64,
        h: f64,
        fill: &'static str,
        stroke: &'static str,
        pen: f64,
        dashed: bool,
        rings: u32,
    },
    /// An edge sample in the legend.
    Stroke {
        from: Point,
        to: Point,
        colour: &'static str,
        width: f64,
        line: Line,
        faint: bool,
    },
}

/// Everything placed.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    pub boxes: Vec<NodeBox>,
    pub plot: layout::Plot,
    /// Where the plot's (0, 0) is.
    pub origin: Point,
    pub items: Vec<Item>,
    pub width: f64,
    pub height: f64,
}

impl Frame {
    /// A node's centre in the picture.
    pub fn centre(&self, v: usize) -> Point {
        let c = self.plot.centres[v];
        (c.0 + self.origin.0, c.1 + self.origin.1)
    }

    /// An edge's route in the picture.
    pub fn route(&self, e: usize) -> Vec<Point> {
        self.plot.routes[e]
            .iter()
            .map(|p| (p.0 + self.origin.0, p.1 + self.origin.1))
            .collect()
    }

    /// An edge label's centre in the picture.
    pub fn label(&self, e: usize) -> Option<Point> {
        self.plot
            .labels
            .get(e)
            .copied()
            .flatten()
            .map(|p| (p.0 + self.origin.0, p.1 + self.origin.1))
    }
}

/// The key under the caption, two lines: how time runs (and, when the axis
/// wraps into rows like text, that years are to scale within each row and
/// which years each row holds, in reading order), then how to read sizes
/// and use the picture.
pub(crate) fn key(horizontal: bool, folds: &[(u16, u16)]) -> [String; 2] {
    let range = |&(a, b): &(u16, u16)| {
        if a == b {
            a.to_string()
        } else {
            format!("{a}–{b}")
        }
    };
    let time = if folds.len() > 1 {
        let rows: Vec<String> = folds.iter().map(range).collect();
        format!(
            "Time runs left to right with years to scale within each row; the axis wraps like text, {} rows in order: {} (a marked break skips a long empty run)",
            folds.len(),
            rows.join(", then ")
        )
    } else {
        format!(
            "Time runs {} with years to scale (a marked break skips a long empty run)",
            if horizontal {
                "left to right"
            } else {
                "top to bottom"
            }
        )
    };
    [
        time,
        "size = citations in the whole graph (log scale) · hover for details, click to open the document"
            .to_string(),
    ]
}

/// Place `scene`, aiming at `aspect` (width:height).
pub(crate) fn frame(scene: &Scene, aspect: Option<f64>) -> Frame {
    let boxes: Vec<NodeBox> = scene.nodes.iter().map(node_box).collect();
    let groups = scene.edge_groups();
    let mut order = vec![0usize; scene.nodes.len()];
    // The subject heads its year's stack, where the eye starts; siblings
    // stack together: by the node that reached them, then by id.
    let mut parent = vec![usize::MAX; scene.nodes.len()];
    for (e, &g) in scene.edges.iter().zip(&groups) {
        if e.answer && g < scene.nodes.len() {
            let child = if g == e.source { e.target } else { e.source };
            parent[child] = parent[child].min(g);
        }
    }
    let mut ranked: Vec<usize> = (0..scene.nodes.len()).collect();
    ranked.sort_by(|&a, &b| {
        (!scene.nodes[a].focus)
            .cmp(&!scene.nodes[b].focus)
            .then(parent[a].cmp(&parent[b]))
            .then(scene.nodes[a].id.cmp(&scene.nodes[b].id))
    });
    for (i, &v) in ranked.iter().enumerate() {
        order[v] = i;
    }
    let target = aspect.unwrap_or(1.6);
    let legend_guess = legend(scene, true, &[], 900.0);
    let input = layout::Input {
        sizes: boxes.iter().map(NodeBox::outer).collect(),
        slots: scene.nodes.iter().map(|n| n.slot).collect(),
        order,
        edges: scene
            .edges
            .iter()
            .zip(&groups)
            .map(|(e, &g)| (e.source, e.target, g))
            .collect(),
        labels: scene
            .edges
            .iter()
            .map(|e| {
                e.label
                    .as_ref()
                    .map(|l| (text_width(l, EDGE_FONT) + 4.0, EDGE_FONT + 3.0))
            })
            .collect(),
        bands: BANDS
            .iter()
            .enumerate()
            .map(|(b, name)| match scene.not_drawn.get(&Slot::Band(b)) {
                Some(n) => format!("{name} (+{n} not drawn)"),
                None => name.to_string(),
            })
            .collect(),
        aspect: target,
        header: (legend_guess.1 + MARGIN, 600.0),
        not_drawn: scene
            .not_drawn
            .iter()
            .filter_map(|(slot, n)| match slot {
                Slot::Year(y) => Some((*y, *n)),
                Slot::Band(_) => None,
            })
            .collect(),
    };
    let plot = layout::layout(&input);
    let inner = plot.width.max(600.0);
    let (mut items, head_h) = legend(scene, plot.horizontal, &plot.folds, inner);
    let origin = (MARGIN, MARGIN + head_h);
    for mark in &plot.marks {
        items.push(Item::Text {
            at: (mark.at.0 + origin.0, mark.at.1 + origin.1),
            text: if mark.gap {
                format!("≫ {} ≫", mark.text)
            } else {
                mark.text.clone()
            },
            size: if mark.note {
                layout::NOTE_FONT
            } else if mark.start && !mark.text.starts_with(|c: char| c.is_ascii_digit()) && mark.text != "·"
            {
                11.0
            } else {
                10.0
            },
            bold: false,
            colour: if mark.gap || mark.note {
                "#aa3333"
            } else {
                "#777777"
            },
            start: mark.start,
            class: if mark.note { "notdrawn" } else { "axis" },
        });
    }
    let mut width = origin.0 + inner + MARGIN;
    let height = origin.1 + plot.height + MARGIN;
    for item in &items {
        if let Item::Text {
            at,
            text,
            size,
            start,
            ..
        } = item
        {
            let w = text_width(text, *size);
            width = width.max(at.0 + if *start { w } else { w / 2.0 } + MARGIN);
        }
    }
    let mut frame = Frame {
        boxes,
        plot,
        origin,
        items,
        width,
        height,
    };
    if let Some(a) = aspect.filter(|a| a.is_finite() && *a > 0.0) {
        // Pad to the ratio asked, keeping the plot centred.
        if frame.width / frame.height < a {
            let wanted = frame.height * a;
            let shift = (wanted - frame.width) / 2.0;
            shift_all(&mut frame, (shift, 0.0));
            frame.width = wanted;
        } else {
            frame.height = frame.width / a;
        }
    }
    frame
}

fn shift_all(frame: &mut Frame, by: Point) {
    frame.origin.0 += by.0;
    frame.origin.1 += by.1;
    for item in &mut frame.items {
        match item {
            Item::Text { at, .. } => {
                at.0 += by.0;
                at.1 += by.1;
            }
            Item::Glyph { centre, .. } => {
                centre.0 += by.0;
                centre.1 += by.1;
            }
            Item::Stroke { from, to, .. } => {
                from.0 += by.0;
                from.1 += by.1;
                to.0 += by.0;
                to.1 += by.1;
            }
        }
    }
}

/// The heading and legend, flowed into `width`: the items and the height
/// they take.
fn legend(scene: &Scene, horizontal: bool, folds: &[(u16, u16)], width: f64) -> (Vec<Item>, f64) {
    let mut items = Vec::new();
    let mut y = MARGIN + 16.0;
    let text = |at: Point, text: String, size: f64, bold: bool, colour: &'static str, class: &'static str| {
        Item::Text {
            at,
            text,
            size,
            bold,
            colour,
            start: true,
            class,
        }
    };
    items.push(text(
        (MARGIN, y),
        scene.title.clone(),
        17.0,
        true,
        "#222222",
        "title",
    ));
    y += 17.0;
    items.push(text(
        (MARGIN, y),
        scene.caption.clone(),
        11.0,
        false,
        "#444444",
        "caption",
    ));
    for note in &scene.notes {
        y += 16.0;
        items.push(text((MARGIN, y), note.clone(), 11.0, false, "#aa3333", "note"));
    }
    for line in key(horizontal, folds) {
        y += 14.0;
        items.push(text((MARGIN, y), line, 9.5, false, "#666666", "key"));
    }
    y += 8.0;

    // Legend entries: a glyph 26 wide, then its words.
    struct Entry {
        glyph: Vec<Item>,
        words: String,
        glyph_w: f64,
        glyph_h: f64,
    }
    let mut entries: Vec<Entry> = Vec::new();
    let glyph = |shape: Shape, w: f64, h: f64, fill, stroke, pen, dashed, rings| Item::Glyph {
        shape,
        centre: (0.0, 0.0),
        w,
        h,
        fill,
        stroke,
        pen,
        dashed,
        rings,
    };
    if scene.nodes.iter().any(|n| n.focus) {
        entries.push(Entry {
            glyph: vec![glyph(
                Shape::Rounded,
                24.0,
                14.0,
                "#ffffff",
                "#222222",
                3.0,
                false,
                0,
            )],
            words: "subject of the query (heavy outline)".into(),
            glyph_w: 26.0,
            glyph_h: 14.0,
        });
    }
    let (kinds, stubs) = scene.kinds();
    for kind in kinds {
        let look = style::node_style(kind);
        entries.push(Entry {
            glyph: vec![glyph(
                look.shape,
                24.0,
                14.0,
                look.fill,
                look.stroke,
                1.2,
                false,
                0,
            )],
            words: look.name.into(),
            glyph_w: 26.0,
            glyph_h: 14.0,
        });
    }
    if stubs {
        entries.push(Entry {
            glyph: vec![glyph(
                Shape::Rounded,
                24.0,
                14.0,
                style::STUB_FILL,
                "#666666",
                1.2,
                true,
                0,
            )],
            words: "dashed: text not read into this graph".into(),
            glyph_w: 26.0,
            glyph_h: 14.0,
        });
    }
    // Rings count steps up to three; the last entry says how far it goes.
    let deepest = scene.max_depth();
    for depth in 2..=deepest.min(4) {
        let rings = depth - 1;
        let r = 2.0 * RING * rings as f64;
        entries.push(Entry {
            glyph: vec![glyph(
                Shape::Box,
                18.0,
                10.0,
                "#ffffff",
                "#555555",
                1.0,
                false,
                rings,
            )],
            words: if depth == 4 && deepest > 4 {
                format!("4 to {deepest} steps from the subject")
            } else {
                format!("{depth} steps from the subject")
            },
            glyph_w: 18.0 + r + 2.0,
            glyph_h: 10.0 + r,
        });
    }
    let most = scene.nodes.iter().map(|n| n.cited_by).max().unwrap_or(0);
    if most >= 10 {
        let mut counts = vec![0usize];
        let mut c = 10;
        while c < most {
            counts.push(c);
            c *= 10;
        }
        counts.push(most);
        for count in counts {
            let grow = (1.0 + count as f64).ln();
            let (w, h) = (24.0 + 3.0 * grow, 12.0 + 4.0 * grow);
            entries.push(Entry {
                glyph: vec![glyph(Shape::Box, w, h, "#f4f4f4", "#888888", 1.0, false, 0)],
                words: format!("cited {count}×"),
                glyph_w: w + 2.0,
                glyph_h: h,
            });
        }
    }
    for (kind, position) in scene.edge_kinds() {
        let look = style::edge_style(kind, position);
        let words = match position {
            Some(p) => style::vote_words(p),
            None => look.verb.to_string(),
        };
        entries.push(Entry {
            glyph: vec![Item::Stroke {
                from: (0.0, 0.0),
                to: (30.0, 0.0),
                colour: look.color,
                width: look.width,
                line: look.line,
                faint: false,
            }],
            words,
            glyph_w: 32.0,
            glyph_h: 8.0,
        });
    }
    if scene.edges.iter().any(|e| e.suspect) {
        entries.push(Entry {
            glyph: vec![Item::Stroke {
                from: (0.0, 0.0),
                to: (30.0, 0.0),
                colour: style::SUSPECT.color,
                width: style::SUSPECT.width,
                line: style::SUSPECT.line,
                faint: false,
            }],
            words: "suspect: cites a document adopted later (likely a misread)".into(),
            glyph_w: 32.0,
            glyph_h: 8.0,
        });
    }
    if scene.edges.iter().any(|e| !e.answer) {
        entries.push(Entry {
            glyph: vec![Item::Stroke {
                from: (0.0, 0.0),
                to: (30.0, 0.0),
                colour: "#4d4d4d",
                width: 0.8,
                line: Line::Solid,
                faint: true,
            }],
            words: "faint: another link among these nodes".into(),
            glyph_w: 32.0,
            glyph_h: 8.0,
        });
    }
    if scene.paths > 0 {
        entries.push(Entry {
            glyph: Vec::new(),
            words: "#3 on an edge: it lies on path 3".into(),
            glyph_w: 0.0,
            glyph_h: 8.0,
        });
    }
    // Flow the entries into rows.
    let mut x = MARGIN;
    let mut row_h: f64 = 0.0;
    let mut row: Vec<(Entry, f64)> = Vec::new();
    let flush = |row: &mut Vec<(Entry, f64)>, y: &mut f64, row_h: &mut f64, items: &mut Vec<Item>| {
        if row.is_empty() {
            return;
        }
        let mid = *y + *row_h / 2.0 + 4.0;
        for (entry, at) in row.drain(..) {
            for g in entry.glyph {
                items.push(match g {
                    Item::Glyph {
                        shape,
                        w,
                        h,
                        fill,
                        stroke,
                        pen,
                        dashed,
                        rings,
                        ..
                    } => Item::Glyph {
                        shape,
                        centre: (at + entry.glyph_w / 2.0, mid),
                        w,
                        h,
                        fill,
                        stroke,
                        pen,
                        dashed,
                        rings,
                    },
                    Item::Stroke {
                        from,
                        to,
                        colour,
                        width,
                        line,
                        faint,
                    } => Item::Stroke {
                        from: (at + from.0, mid),
                        to: (at + to.0, mid),
                        colour,
                        width,
                        line,
                        faint,
                    },
                    other => other,
                });
            }
            items.push(Item::Text {
                at: (at + entry.glyph_w + 8.0, mid + 3.5),
                text: entry.words,
                size: 10.0,
                bold: false,
                colour: "#333333",
                start: true,
                class: "legend",
            });
        }
        *y += *row_h + 6.0;
        *row_h = 0.0;
    };
    for entry in entries {
        let w = entry.glyph_w + 8.0 + text_width(&entry.words, 10.0) + 16.0;
        if x + w > MARGIN + width && !row.is_empty() {
            flush(&mut row, &mut y, &mut row_h, &mut items);
            x = MARGIN;
        }
        row_h = row_h.max(entry.glyph_h.max(12.0));
        row.push((entry, x));
        x += w;
    }
    flush(&mut row, &mut y, &mut row_h, &mut items);
    (items, y - MARGIN + 10.0)
}

/// The slot of a node as the legend names it (for tests and the page).
pub(crate) fn slot_name(slot: Slot) -> String {
    match slot {
        Slot::Year(y) => y.to_string(),
        Slot::Band(b) => BANDS.get(b).copied().unwrap_or("apart").to_string(),
    }
}
