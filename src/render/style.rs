//! The look of a diagram, shared by both engines: a shape and colours for
//! each node kind, a line style and colour for each edge kind.
//!
//! # Examples
//!
//! ```
//! use unxref::{EdgeKind, NodeKind};
//! use unxref::render::style::{Line, Shape, edge_style, node_style};
//! assert_eq!(node_style(NodeKind::Resolution).shape, Shape::Rounded);
//! assert_eq!(edge_style(EdgeKind::Mentions, None).line, Line::Dotted);
//! ```

use crate::model::{EdgeKind, NodeKind, VotePosition};

/// The outline of a node. Each has a Graphviz name and a drawing in the
/// built-in layout.
///
/// # Examples
///
/// ```
/// use unxref::NodeKind;
/// use unxref::render::style::{Shape, node_style};
/// assert_eq!(node_style(NodeKind::Letter).shape, Shape::Tab);
/// assert_eq!(Shape::Tab.graphviz(), "tab");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Shape {
    /// A rectangle with rounded corners.
    Rounded,
    /// A plain rectangle.
    Box,
    /// A rectangle with a folded top-right corner (a page).
    Note,
    /// A rectangle with a tab on its top-left corner (a folder, a letter).
    Tab,
    /// An octagon.
    Octagon,
    /// A hexagon.
    Hexagon,
    /// An ellipse.
    Ellipse,
    /// A cylinder (a record).
    Cylinder,
    /// A parallelogram.
    Parallelogram,
}

impl Shape {
    /// The Graphviz `shape` attribute.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::render::style::Shape;
    /// assert_eq!(Shape::Rounded.graphviz(), "box");
    /// assert_eq!(Shape::Cylinder.graphviz(), "cylinder");
    /// ```
    pub fn graphviz(self) -> &'static str {
        match self {
            Shape::Rounded | Shape::Box => "box",
            Shape::Note => "note",
            Shape::Tab => "tab",
            Shape::Octagon => "octagon",
            Shape::Hexagon => "hexagon",
            Shape::Ellipse => "ellipse",
            Shape::Cylinder => "cylinder",
            Shape::Parallelogram => "parallelogram",
        }
    }
}

/// How a node of one kind is drawn.
///
/// # Examples
///
/// ```
/// use unxref::NodeKind;
/// use unxref::render::style::node_style;
/// let look = node_style(NodeKind::PresidentialStatement);
/// assert_eq!((look.fill, look.name), ("#e8dcf5", "presidential statement"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeStyle {
    /// Its outline.
    pub shape: Shape,
    /// Fill colour (`#rrggbb`).
    pub fill: &'static str,
    /// Outline and accent colour (`#rrggbb`).
    pub stroke: &'static str,
    /// What the legend calls it.
    pub name: &'static str,
}

/// The style of a node kind. Light fills keep black text readable; the
/// strokes are dark enough to tell kinds apart in greyscale too.
///
/// # Examples
///
/// ```
/// use unxref::NodeKind;
/// use unxref::render::style::node_style;
/// assert_eq!(node_style(NodeKind::State).name, "member state");
/// assert_ne!(node_style(NodeKind::Resolution).stroke, node_style(NodeKind::Report).stroke);
/// ```
pub fn node_style(kind: NodeKind) -> NodeStyle {
    let s = |shape, fill, stroke, name| NodeStyle {
        shape,
        fill,
        stroke,
        name,
    };
    match kind {
        NodeKind::Resolution => s(Shape::Rounded, "#dbe9f6", "#1f5f99", "resolution"),
        NodeKind::PresidentialStatement => s(Shape::Octagon, "#e8dcf5", "#6a3d9a", "presidential statement"),
        NodeKind::Report => s(Shape::Note, "#d9f0d3", "#2e7d32", "report"),
        NodeKind::Letter => s(Shape::Tab, "#fde7c8", "#b35900", "letter"),
        NodeKind::DraftResolution => s(Shape::Box, "#edf1f5", "#4f6475", "draft resolution"),
        NodeKind::MeetingRecord => s(Shape::Cylinder, "#fff3b0", "#8a6d00", "meeting record"),
        NodeKind::GaResolution => s(Shape::Rounded, "#d4efef", "#00695c", "GA resolution"),
        NodeKind::GaDocument => s(Shape::Note, "#e3f4f3", "#00796b", "GA document"),
        NodeKind::Yearbook => s(Shape::Parallelogram, "#efe6dc", "#6d4c41", "Yearbook"),
        NodeKind::Statement => s(Shape::Note, "#f0f0f0", "#616161", "statement"),
        NodeKind::Document => s(Shape::Box, "#f0f0f0", "#616161", "document"),
        NodeKind::Actor => s(Shape::Ellipse, "#fde0dd", "#b0164f", "actor"),
        NodeKind::State => s(Shape::Hexagon, "#e6f4ea", "#33691e", "member state"),
        NodeKind::Person => s(Shape::Ellipse, "#fff0c2", "#7a5c00", "person"),
    }
}

/// The fill of a stub (a document cited but not held): white, so held
/// documents stand out; the outline keeps the kind's colour and is dashed.
///
/// # Examples
///
/// ```
/// use unxref::NodeKind;
/// use unxref::render::style::{STUB_FILL, node_style};
/// assert!(NodeKind::ALL.iter().all(|&k| node_style(k).fill != STUB_FILL));
/// ```
pub const STUB_FILL: &str = "#ffffff";

/// A line pattern.
///
/// # Examples
///
/// ```
/// use unxref::EdgeKind;
/// use unxref::render::style::{Line, edge_style};
/// assert_eq!(edge_style(EdgeKind::SubmittedBy, None).line, Line::Dashed);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Line {
    /// Solid.
    Solid,
    /// Dashed.
    Dashed,
    /// Dotted.
    Dotted,
}

impl Line {
    /// The Graphviz `style` value.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::render::style::Line;
    /// assert_eq!(Line::Dotted.graphviz(), "dotted");
    /// ```
    pub fn graphviz(self) -> &'static str {
        match self {
            Line::Solid => "solid",
            Line::Dashed => "dashed",
            Line::Dotted => "dotted",
        }
    }

    /// The SVG `stroke-dasharray` value, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::render::style::Line;
    /// assert_eq!(Line::Dashed.dasharray(), Some("6,4"));
    /// assert_eq!(Line::Solid.dasharray(), None);
    /// ```
    pub fn dasharray(self) -> Option<&'static str> {
        match self {
            Line::Solid => None,
            Line::Dashed => Some("6,4"),
            Line::Dotted => Some("1.5,3"),
        }
    }
}

/// How an edge of one kind is drawn.
///
/// # Examples
///
/// ```
/// use unxref::EdgeKind;
/// use unxref::render::style::{Line, edge_style};
/// let look = edge_style(EdgeKind::AdoptedAs, None);
/// assert_eq!((look.line, look.width, look.verb), (Line::Solid, 2.2, "adopted as"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EdgeStyle {
    /// Line pattern.
    pub line: Line,
    /// Line colour.
    pub color: &'static str,
    /// Line width in points.
    pub width: f64,
    /// The words the legend and labels use (`adopted as`).
    pub verb: &'static str,
}

/// The style of an edge kind; votes take their colour from the position.
///
/// # Examples
///
/// ```
/// use unxref::{EdgeKind, VotePosition};
/// use unxref::render::style::edge_style;
/// let against = edge_style(EdgeKind::Voted, Some(VotePosition::Against));
/// let for_ = edge_style(EdgeKind::Voted, Some(VotePosition::InFavour));
/// assert_ne!(against.color, for_.color);
/// assert_eq!(against.verb, "voted on");
/// ```
pub fn edge_style(kind: EdgeKind, position: Option<VotePosition>) -> EdgeStyle {
    let s = |line, color, width, verb| EdgeStyle {
        line,
        color,
        width,
        verb,
    };
    match kind {
        EdgeKind::Cites => s(Line::Solid, "#555555", 1.0, "cites"),
        EdgeKind::AdoptedAs => s(Line::Solid, "#1f5f99", 2.2, "adopted as"),
        EdgeKind::SubmittedBy => s(Line::Dashed, "#4f6475", 1.0, "submitted by"),
        EdgeKind::Voted => match position {
            Some(VotePosition::Against) => s(Line::Dotted, "#c62828", 1.4, "voted on"),
            Some(VotePosition::Abstention) => s(Line::Dotted, "#ef6c00", 1.4, "voted on"),
            _ => s(Line::Dotted, "#2e7d32", 1.4, "voted on"),
        },
        EdgeKind::SignedBy => s(Line::Dashed, "#7a5c00", 1.0, "signed by"),
        EdgeKind::Mentions => s(Line::Dotted, "#b0164f", 1.0, "mentions"),
        EdgeKind::Establishes => s(Line::Solid, "#2e7d32", 2.2, "establishes"),
        EdgeKind::ExtendsMandate => s(Line::Dashed, "#b35900", 2.0, "extends mandate"),
        EdgeKind::Contains => s(Line::Solid, "#9e9e9e", 1.0, "contains"),
        EdgeKind::AdoptedAt => s(Line::Dotted, "#8a6d00", 1.0, "adopted at"),
        EdgeKind::Authorizes => s(Line::Solid, "#558b2f", 1.8, "authorizes"),
        EdgeKind::Terminates => s(Line::Dashed, "#6d4c41", 1.8, "terminates"),
        EdgeKind::ModifiesMandate => s(Line::Dotted, "#b35900", 1.6, "modifies mandate"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_node_kind_has_a_distinct_look() {
        let mut looks: Vec<(&str, &str)> = NodeKind::ALL
            .iter()
            .map(|&k| (node_style(k).shape.graphviz(), node_style(k).fill))
            .collect();
        looks.sort();
        looks.dedup();
        assert_eq!(looks.len(), NodeKind::ALL.len());
    }
}
