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
    /// A box drawn with depth (a bound volume).
    Box3d,
    /// A folder: a box with a tab on its top right.
    Folder,
    /// A box with two small tabs on its left side.
    Component,
    /// A trapezium, wider at the bottom.
    Trapezium,
    /// A trapezium, wider at the top.
    InvTrapezium,
    /// A diamond.
    Diamond,
    /// A pentagon with its point up (a house, a place).
    House,
    /// A pentagon with its point down (a shield: a chapter of the Charter).
    InvHouse,
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
            Shape::Box3d => "box3d",
            Shape::Folder => "folder",
            Shape::Component => "component",
            Shape::Trapezium => "trapezium",
            Shape::InvTrapezium => "invtrapezium",
            Shape::Diamond => "diamond",
            Shape::House => "house",
            Shape::InvHouse => "invhouse",
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
/// assert_eq!((look.fill, look.name), ("#ead7ea", "presidential statement"));
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

/// The style of a node kind. Every kind has its own shape and its own
/// outline colour, from Paul Tol's colour-blind-safe "muted" and "bright"
/// schemes; light fills keep black text readable, and the shapes tell the
/// kinds apart without colour.
///
/// # Examples
///
/// ```
/// use unxref::NodeKind;
/// use unxref::render::style::node_style;
/// assert_eq!(node_style(NodeKind::State).name, "member state");
/// assert_ne!(node_style(NodeKind::Report).stroke, node_style(NodeKind::State).stroke);
/// ```
pub fn node_style(kind: NodeKind) -> NodeStyle {
    let s = |shape, fill, stroke, name| NodeStyle {
        shape,
        fill,
        stroke,
        name,
    };
    match kind {
        NodeKind::Resolution => s(Shape::Rounded, "#d6e6f5", "#33609c", "resolution"),
        NodeKind::PresidentialStatement => s(Shape::Octagon, "#ead7ea", "#aa4499", "presidential statement"),
        NodeKind::Report => s(Shape::Note, "#d3ece3", "#117733", "report"),
        NodeKind::Letter => s(Shape::Tab, "#fbe3d6", "#cc6633", "letter"),
        NodeKind::DraftResolution => s(Shape::Box, "#eeeeee", "#555555", "draft resolution"),
        NodeKind::MeetingRecord => s(Shape::Cylinder, "#f6efcc", "#998822", "meeting record"),
        NodeKind::GaResolution => s(Shape::Box3d, "#dcf1f6", "#2288aa", "GA resolution"),
        NodeKind::GaDocument => s(Shape::Folder, "#d9efec", "#44aa99", "GA document"),
        NodeKind::OrganResolution => s(
            Shape::InvTrapezium,
            "#e2ecf3",
            "#446688",
            "other organ's resolution",
        ),
        NodeKind::Yearbook => s(Shape::Parallelogram, "#ece4d8", "#886644", "Yearbook"),
        NodeKind::Statement => s(Shape::Component, "#e6e0f2", "#332288", "statement"),
        NodeKind::Document => s(Shape::Trapezium, "#f2f2f2", "#888888", "document"),
        NodeKind::Actor => s(Shape::Ellipse, "#f5d9e2", "#882255", "actor"),
        NodeKind::State => s(Shape::Hexagon, "#eef0d4", "#777711", "member state"),
        NodeKind::Person => s(Shape::Diamond, "#f9ddd9", "#cc3311", "person"),
        NodeKind::Place => s(Shape::House, "#dcefe9", "#117755", "place"),
        NodeKind::Charter => s(Shape::InvHouse, "#e3e8f6", "#223388", "chapter of the Charter"),
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
        EdgeKind::Cites => s(Line::Solid, "#4d4d4d", 1.1, "cites"),
        EdgeKind::AdoptedAs => s(Line::Solid, "#33609c", 2.2, "adopted as"),
        EdgeKind::SubmittedBy => s(Line::Dashed, "#999933", 1.1, "submitted by"),
        EdgeKind::Voted => match position {
            Some(VotePosition::Against) => s(Line::Dotted, "#cc3311", 1.5, "voted on"),
            Some(VotePosition::Abstention) => s(Line::Dotted, "#ee7733", 1.5, "voted on"),
            // No vote cast: greys, dashed, and never the green of a vote in
            // favour.
            Some(VotePosition::NotParticipating) => s(Line::Dashed, "#777777", 1.2, "did not vote on"),
            Some(VotePosition::Absent) => s(Line::Dashed, "#bbbbbb", 1.2, "did not vote on"),
            Some(VotePosition::PresentNotVoting) => s(Line::Dashed, "#555555", 1.2, "did not vote on"),
            _ => s(Line::Dotted, "#117733", 1.5, "voted on"),
        },
        EdgeKind::SignedBy => s(Line::Dashed, "#aa7700", 1.1, "signed by"),
        EdgeKind::Mentions => s(Line::Dotted, "#cc6677", 1.1, "mentions"),
        EdgeKind::Establishes => s(Line::Solid, "#882255", 2.2, "establishes"),
        EdgeKind::ExtendsMandate => s(Line::Dashed, "#aa4499", 2.0, "extends mandate"),
        EdgeKind::Contains => s(Line::Solid, "#aaaaaa", 1.1, "contains"),
        EdgeKind::AdoptedAt => s(Line::Dotted, "#44aa99", 1.1, "adopted at"),
        EdgeKind::Authorizes => s(Line::Solid, "#332288", 1.8, "authorizes"),
        EdgeKind::Terminates => s(Line::Dashed, "#661100", 1.8, "terminates"),
        EdgeKind::ModifiesMandate => s(Line::Dotted, "#6699cc", 1.6, "modifies mandate"),
        EdgeKind::ActsUnder => s(Line::Dashed, "#223388", 1.4, "acts under"),
        EdgeKind::AuthorizesForce => s(Line::Solid, "#994455", 1.8, "authorizes force"),
    }
}

/// The legend's words for a vote edge: "voted in favour", "voted against",
/// "voted abstention"; for a member that cast no vote, how it stood aside
/// ("did not participate", "absent", "present and not voting").
///
/// # Examples
///
/// ```
/// use unxref::VotePosition;
/// use unxref::render::style::vote_words;
/// assert_eq!(vote_words(VotePosition::Against), "voted against");
/// assert_eq!(vote_words(VotePosition::Absent), "absent");
/// ```
pub fn vote_words(position: VotePosition) -> String {
    match position {
        VotePosition::NotParticipating => "did not participate".to_string(),
        VotePosition::Absent => "absent".to_string(),
        VotePosition::PresentNotVoting => "present and not voting".to_string(),
        p => format!("voted {}", p.as_str().replace('_', " ")),
    }
}

/// How a suspect citation is drawn ([`crate::CitationGraph::is_suspect`]:
/// a document citing one adopted after it, likely a misread), whatever its
/// kind: dashed, in a colour no relation uses, so a path resting on it shows
/// that it does.
///
/// # Examples
///
/// ```
/// use unxref::EdgeKind;
/// use unxref::render::style::{Line, SUSPECT, edge_style};
/// assert_eq!(SUSPECT.line, Line::Dashed);
/// assert_ne!(SUSPECT.color, edge_style(EdgeKind::Cites, None).color);
/// ```
pub const SUSPECT: EdgeStyle = EdgeStyle {
    line: Line::Dashed,
    color: "#ee3377",
    width: 1.8,
    verb: "cites (suspect)",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_node_kind_has_its_own_shape_and_colour() {
        let shapes: std::collections::BTreeSet<&str> = NodeKind::ALL
            .iter()
            .map(|&k| node_style(k).shape.graphviz())
            .collect();
        // Rounded and plain boxes are both "box" to Graphviz (style differs).
        assert_eq!(shapes.len() + 1, NodeKind::ALL.len());
        let strokes: std::collections::BTreeSet<&str> =
            NodeKind::ALL.iter().map(|&k| node_style(k).stroke).collect();
        assert_eq!(strokes.len(), NodeKind::ALL.len());
    }

    #[test]
    fn every_relation_has_its_own_colour() {
        let mut looks: Vec<&str> = VotePosition::ALL
            .iter()
            .map(|&p| edge_style(EdgeKind::Voted, Some(p)).color)
            .collect();
        looks.extend(
            EdgeKind::ALL
                .iter()
                .filter(|&&k| k != EdgeKind::Voted)
                .map(|&k| edge_style(k, None).color),
        );
        looks.push(SUSPECT.color);
        let distinct: std::collections::BTreeSet<&str> = looks.iter().copied().collect();
        assert_eq!(distinct.len(), looks.len());
    }
}
