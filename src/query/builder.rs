//! The [`Query`] builder: the query language's AST built in Rust code, for
//! programs that would rather not write strings. It prints as the formal
//! text ([`std::fmt::Display`]) and runs through [`crate::CitationGraph::run`].

use std::ops::{Bound, RangeBounds};

use super::Program;
use super::ast::{
    CmpOp, Cond, Direction, Expr, Name, NameForm, PathQuery, SetOp, Stage, Statement, Step, Value, Word,
};
use petgraph::stable_graph::NodeIndex;

use crate::date::Date;
use crate::graph::CitationGraph;
use crate::model::{Category, EdgeKind, NodeKind, Paragraph, VotePosition};

/// A query built in code; the same language as the text form, checked the
/// same way. [`std::fmt::Display`] prints its formal text.
///
/// ```
/// use unxref::query::{Filter, Metric, Query};
/// use unxref::{EdgeKind, NodeKind};
/// let q = Query::node("2531")
///     .out(EdgeKind::Cites)
///     .depth(1..=3)
///     .filter(Filter::kind(NodeKind::Resolution).and(Filter::year_from(2015)))
///     .top(5, Metric::Citations);
/// assert_eq!(
///     q.to_string(),
///     "2531 -> cites*1..3 where kind = \"resolution\" and year >= 2015 | top 5 by citations"
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    expr: Expr,
    show: bool,
}

/// A ranking for [`Query::top`] and [`Query::sort_by_metric`].
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::{NodeKind, query::{Metric, Query}};
/// let q = Query::all_of(NodeKind::Resolution).top(2, Metric::Citations);
/// assert_eq!(q.to_string(), "all resolution | top 2 by citations");
/// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/2531 (2020)", "S/RES/1325 (2000)"]);
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Metric {
    /// Incoming `cites` edges.
    Citations,
    /// Outgoing `cites` edges.
    References,
    /// Incoming `mentions` edges: the documents (drafts included) that
    /// mention an actor, a state or a person.
    Mentions,
    /// Edges of any kind, either way.
    Degree,
    /// PageRank over `cites`.
    PageRank,
    /// The `count` of the edge that reached the row.
    Count,
    /// The score of `cocited` or `coupled`.
    Score,
    /// Outgoing `voted` edges recorded as an abstention: the recorded votes
    /// in which a state abstained (`abstained`).
    Abstained,
    /// Outgoing `voted` edges recorded as a vote against (`voted_against`).
    VotedAgainst,
    /// Outgoing `voted` edges recorded as a vote in favour (`voted_in_favour`).
    VotedInFavour,
}

impl Metric {
    /// Whether the metric counts the votes states cast (`abstained`,
    /// `voted_against`, `voted_in_favour`).
    pub(crate) fn counts_votes(self) -> bool {
        matches!(
            self,
            Metric::Abstained | Metric::VotedAgainst | Metric::VotedInFavour
        )
    }

    /// The metric's word in the query language (`citations`, `pagerank`).
    pub(crate) fn name(self) -> &'static str {
        match self {
            Metric::Citations => "citations",
            Metric::References => "references",
            Metric::Mentions => "mentions",
            Metric::Degree => "degree",
            Metric::PageRank => "pagerank",
            Metric::Count => "count",
            Metric::Score => "score",
            Metric::Abstained => "abstained",
            Metric::VotedAgainst => "voted_against",
            Metric::VotedInFavour => "voted_in_favour",
        }
    }
}

/// A condition for [`Query::filter`] and [`Query::hop`].
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::{EdgeKind, NodeKind, Paragraph, query::{Filter, Query}};
/// let preamble = Filter::paragraph(Paragraph::Preamble).and(Filter::kind(NodeKind::Resolution));
/// let q = Query::node("2531").out(EdgeKind::Cites).filter(preamble);
/// assert_eq!(q.to_string(), "2531 -> cites where paragraph = \"preamble\" and kind = \"resolution\"");
/// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/2364 (2017)", "S/RES/2374 (2017)", "S/RES/2480 (2019)"]);
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Filter(Cond);

impl Filter {
    fn cmp(field: &str, op: CmpOp, value: Value) -> Filter {
        Filter(Cond::Compare {
            field: Word::new(field),
            op,
            value,
        })
    }

    /// Nodes of this kind.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, NodeKind, query::{Filter, Query}};
    /// let q = Query::node("2531").out(EdgeKind::Cites).filter(Filter::kind(NodeKind::Report));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/2020/476"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn kind(kind: NodeKind) -> Filter {
        Filter::cmp("kind", CmpOp::Eq, Value::Str(kind.as_str().to_string()))
    }

    /// Nodes dated in `year` or later.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Filter, Query}};
    /// let q = Query::node("2518").out(EdgeKind::Cites).filter(Filter::year_from(2018));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/2436 (2018)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn year_from(year: u16) -> Filter {
        Filter::cmp("year", CmpOp::Ge, Value::Int(year.into()))
    }

    /// Nodes dated in `year` or earlier.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{NodeKind, query::{Filter, Query}};
    /// let q = Query::all_of(NodeKind::Resolution).filter(Filter::year_to(1999));
    /// assert_eq!(q.to_string(), "all resolution where year <= 1999");
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/1261 (1999)", "S/RES/1265 (1999)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn year_to(year: u16) -> Filter {
        Filter::cmp("year", CmpOp::Le, Value::Int(year.into()))
    }

    /// Nodes dated in a year of `years` (`2015..=2020`, `..2000`, `2018..`;
    /// `..` keeps every node with a year).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Filter, Query}};
    /// let q = Query::node("2531").out(EdgeKind::Cites).filter(Filter::years(2017..=2018));
    /// assert_eq!(q.to_string(), "2531 -> cites where year >= 2017 and year <= 2018");
    /// assert_eq!(graph.run(&q)?, graph.query("2531 -> cites where year in 2017..2018")?);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn years(years: impl RangeBounds<u16>) -> Filter {
        let from = match years.start_bound() {
            Bound::Included(y) => Some(*y),
            Bound::Excluded(y) => Some(y.saturating_add(1)),
            Bound::Unbounded => None,
        };
        let to = match years.end_bound() {
            Bound::Included(y) => Some(*y),
            Bound::Excluded(y) => Some(y.saturating_sub(1)),
            Bound::Unbounded => None,
        };
        match (from, to) {
            (Some(a), Some(b)) => Filter::year_from(a).and(Filter::year_to(b)),
            (Some(a), None) => Filter::year_from(a),
            (None, Some(b)) => Filter::year_to(b),
            (None, None) => Filter::year_from(0),
        }
    }

    /// Actors of this category.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{Category, EdgeKind, query::{Filter, Query}};
    /// let q = Query::node("2531").out(EdgeKind::Mentions).filter(Filter::category(Category::Mission));
    /// assert_eq!(q.to_string(), "2531 -> mentions where category = \"mission\"");
    /// assert!(graph.run(&q)?.node_ids().contains(&"actor:MINUSMA"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn category(category: Category) -> Filter {
        Filter::cmp("category", CmpOp::Eq, Value::Str(category.as_str().to_string()))
    }

    /// Rows reached by a mandate edge whose end date is `date` or later.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Filter, Query}};
    /// let q = Query::node("2531").out(EdgeKind::ExtendsMandate).filter(Filter::end_date_from("2021-01-01".parse()?));
    /// assert_eq!(q.to_string(), "2531 -> extends_mandate where end_date >= 2021-01-01");
    /// assert_eq!(graph.run(&q)?.node_ids(), ["actor:MINUSMA"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn end_date_from(date: Date) -> Filter {
        Filter::cmp("end_date", CmpOp::Ge, Value::Date(date.to_string()))
    }

    /// Rows reached by a mandate edge whose end date is `date` or earlier.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Filter, Query}};
    /// let q = Query::node("2531").out(EdgeKind::ExtendsMandate).filter(Filter::end_date_to("2021-01-01".parse()?));
    /// assert!(graph.run(&q)?.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn end_date_to(date: Date) -> Filter {
        Filter::cmp("end_date", CmpOp::Le, Value::Date(date.to_string()))
    }

    /// Rows reached by an edge with this relation (`recalling`), ignoring case.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Filter, Query}};
    /// let q = Query::node("2531").out(EdgeKind::Cites).filter(Filter::relation("Recalling"));
    /// // 2391 (2017) is recalled too, among the other verbs of its citations.
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/PRST/2018/10", "S/RES/2391 (2017)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn relation(relation: &str) -> Filter {
        Filter::cmp("relation", CmpOp::Eq, Value::Str(relation.to_string()))
    }

    /// Rows reached by an edge standing in this paragraph.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, Paragraph, query::{Filter, Query}};
    /// let q = Query::node("2518").out(EdgeKind::Cites).filter(Filter::paragraph(Paragraph::Preamble));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/2436 (2018)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn paragraph(paragraph: Paragraph) -> Filter {
        Filter::cmp("paragraph", CmpOp::Eq, Value::Str(paragraph.to_string()))
    }

    /// Rows reached by a vote of this position.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, VotePosition, query::{Filter, Query}};
    /// let q = Query::node("2531").back(EdgeKind::Voted).filter(Filter::position(VotePosition::InFavour));
    /// assert_eq!(graph.run(&q)?.len(), 15);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn position(position: VotePosition) -> Filter {
        Filter::cmp("position", CmpOp::Eq, Value::Str(position.as_str().to_string()))
    }

    /// Nodes whose label contains `text`, ignoring case.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::{Filter, Query};
    /// let q = Query::all().filter(Filter::label_contains("resolution 1325"));
    /// assert_eq!(q.to_string(), "all where label ~ \"resolution 1325\"");
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/1325 (2000)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn label_contains(text: &str) -> Filter {
        Filter::cmp("label", CmpOp::Contains, Value::Str(text.to_string()))
    }

    /// Documents whose text the corpus holds.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{NodeKind, query::{Filter, Query}};
    /// let q = Query::all_of(NodeKind::Resolution).filter(Filter::held());
    /// // 2518 in its letter's annex; 2531 and 2553 through their drafts.
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/2518 (2020)", "S/RES/2531 (2020)", "S/RES/2553 (2020)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn held() -> Filter {
        Filter(Cond::Flag(Word::new("held")))
    }

    /// Documents known only because something cites them.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{NodeKind, query::{Filter, Query}};
    /// let q = Query::all_of(NodeKind::Resolution).filter(Filter::stub());
    /// assert_eq!(graph.run(&q)?.len(), 43);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn stub() -> Filter {
        Filter(Cond::Flag(Word::new("stub")))
    }

    /// Nodes that mention the actor `name`.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::{Filter, Query};
    /// let q = Query::all().filter(Filter::mentions("MINUSMA"));
    /// assert_eq!(q.to_string(), "all where mentions \"MINUSMA\"");
    /// assert!(graph.run(&q)?.node_ids().contains(&"S/2014/660"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn mentions(name: &str) -> Filter {
        Filter(Cond::Link {
            kind: Word::new("mentions"),
            target: Name::guess(name),
        })
    }

    /// Nodes joined to `name` by an edge of any kind, either way.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{NodeKind, query::{Filter, Query}};
    /// // Documents France voted on, sponsored, signed or mentioned.
    /// let q = Query::all_of(NodeKind::DraftResolution).filter(Filter::actor("France"));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/2020/240", "S/2020/600", "S/2020/1158"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn actor(name: &str) -> Filter {
        Filter::cmp("actor", CmpOp::Eq, Value::Name(Name::guess(name)))
    }

    /// Exactly the node `name`.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Filter, Query}};
    /// // Does 2531 cite 1325?
    /// let q = Query::node("2531").out(EdgeKind::Cites).filter(Filter::is("1325"));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/1325 (2000)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn is(name: &str) -> Filter {
        Filter::cmp("node", CmpOp::Eq, Value::Name(Name::guess(name)))
    }

    /// Both conditions.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{NodeKind, query::{Filter, Query}};
    /// let q = Query::all_of(NodeKind::Resolution).filter(Filter::year_from(2000).and(Filter::year_to(2000)));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/1296 (2000)", "S/RES/1325 (2000)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn and(self, other: Filter) -> Filter {
        Filter(Cond::And(Box::new(self.0), Box::new(other.0)))
    }

    /// Either condition.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, NodeKind, query::{Filter, Query}};
    /// let q = Query::node("2531").out(EdgeKind::Cites)
    ///     .filter(Filter::kind(NodeKind::Report).or(Filter::kind(NodeKind::Letter)));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/2020/476", "S/2020/481"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn or(self, other: Filter) -> Filter {
        Filter(Cond::Or(Box::new(self.0), Box::new(other.0)))
    }

    /// The opposite condition.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, NodeKind, query::{Filter, Query}};
    /// let q = Query::node("2531").out(EdgeKind::Cites).filter(Filter::kind(NodeKind::Resolution).not());
    /// assert_eq!(q.to_string(), "2531 -> cites where not kind = \"resolution\"");
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/2020/476", "S/2020/481", "S/PRST/2018/10"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    #[allow(clippy::should_implement_trait)]
    pub fn not(self) -> Filter {
        Filter(Cond::Not(Box::new(self.0)))
    }
}

impl Query {
    fn from_expr(expr: Expr) -> Query {
        Query { expr, show: false }
    }

    /// One node, named as a user would type it (`2531`, `S/PRST/2018/10`, `France`).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Query;
    /// let table = graph.run(&Query::node("2518"))?;
    /// assert_eq!(table.node_ids(), ["S/RES/2518 (2020)"]);
    /// assert_eq!(graph.run(&Query::node("S/PRST/2018/10"))?.len(), 1);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn node(name: &str) -> Query {
        Query::from_expr(Expr::Node(Name::guess(name)))
    }

    /// The node at `index` in `graph`, named by its id; `None` when the
    /// index holds no node. For going on from a petgraph algorithm's answer.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let ix = graph.index_of("actor:MINUSMA").unwrap();
    /// let q = Query::at(&graph, ix).unwrap().back(EdgeKind::ExtendsMandate);
    /// assert_eq!(graph.run(&q)?, graph.query("\"actor:MINUSMA\" <- extends_mandate")?);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn at(graph: &CitationGraph, index: NodeIndex) -> Option<Query> {
        let node = graph.node_at(index)?;
        Some(Query::from_expr(Expr::Node(Name {
            text: node.id.clone(),
            form: if node.kind.is_document() {
                NameForm::Symbol
            } else {
                NameForm::Words
            },
            span: 0..0,
        })))
    }

    /// Every node.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Query;
    /// assert_eq!(graph.run(&Query::all().count())?.rows(), [unxref::query::Row::Count(graph.node_count() as u64)]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn all() -> Query {
        Query::from_expr(Expr::All(None))
    }

    /// Every node of a kind.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{NodeKind, query::Query};
    /// let q = Query::all_of(NodeKind::DraftResolution);
    /// assert_eq!(q.to_string(), "all draft_resolution");
    /// assert_eq!(graph.run(&q)?.node_ids(), ["A/68/L.29", "A/68/L.29/Add.1", "S/2020/240", "S/2020/600", "S/2020/1158"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn all_of(kind: NodeKind) -> Query {
        Query::from_expr(Expr::All(Some(Word::new(kind.as_str()))))
    }

    /// The shortest path from `from` to `to` along `cites`.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Query;
    /// let table = graph.run(&Query::shortest_path("2531", "1325"))?;
    /// assert_eq!(table.paths(), [["S/RES/2531 (2020)", "S/RES/1325 (2000)"]]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn shortest_path(from: &str, to: &str) -> Query {
        Query::from_expr(Expr::Path(PathQuery {
            all: false,
            from: Name::guess(from),
            to: Name::guess(to),
            via: Vec::new(),
            undirected: false,
            max: None,
        }))
    }

    /// Every simple path from `from` to `to` along `cites`, of at most `max` edges.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Query;
    /// let q = Query::all_paths("2531", "1325", 3);
    /// assert_eq!(q.to_string(), "all paths from 2531 to 1325 max 3");
    /// assert_eq!(graph.run(&q)?.paths().len(), 1);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn all_paths(from: &str, to: &str, max: u32) -> Query {
        Query::from_expr(Expr::Path(PathQuery {
            all: true,
            from: Name::guess(from),
            to: Name::guess(to),
            via: Vec::new(),
            undirected: false,
            max: Some(max),
        }))
    }

    fn step(self, direction: Direction, kind: EdgeKind) -> Query {
        Query {
            expr: Expr::Walk {
                from: Box::new(self.expr),
                step: Step {
                    direction,
                    kinds: vec![Word::new(kind.as_str())],
                    depth: None,
                    hop: None,
                    span: 0..0,
                },
            },
            show: self.show,
        }
    }

    /// Follow `kind` edges forwards (`-> kind`).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let table = graph.run(&Query::node("2518").out(EdgeKind::Cites))?;
    /// assert_eq!(table.node_ids(), ["S/RES/2378 (2017)", "S/RES/2436 (2018)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn out(self, kind: EdgeKind) -> Query {
        self.step(Direction::Out, kind)
    }

    /// Follow `kind` edges backwards (`<- kind`).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let q = Query::node("1325").back(EdgeKind::Cites);
    /// assert_eq!(q.to_string(), "1325 <- cites");
    /// assert!(graph.run(&q)?.node_ids().contains(&"S/RES/2553 (2020)"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn back(self, kind: EdgeKind) -> Query {
        self.step(Direction::In, kind)
    }

    /// Follow `kind` edges either way (`<-> kind`).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// // What 2518 cites (2378, 2436), and what cites it (its letter, and
    /// // 2531 through its draft).
    /// let ids = graph.run(&Query::node("2518").either(EdgeKind::Cites))?.node_ids().len();
    /// assert_eq!(ids, 4);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn either(self, kind: EdgeKind) -> Query {
        self.step(Direction::Both, kind)
    }

    fn last_step(&mut self) -> Option<&mut Step> {
        match &mut self.expr {
            Expr::Walk { step, .. } => Some(step),
            _ => None,
        }
    }

    /// Repeat the last step over a range of depths (`1..=3`, `1..`); no
    /// effect without a step.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{EdgeKind, query::Query};
    /// assert_eq!(Query::node("2531").out(EdgeKind::Cites).depth(1..=3).to_string(), "2531 -> cites*1..3");
    /// assert_eq!(Query::node("2531").out(EdgeKind::Cites).depth(2..).to_string(), "2531 -> cites*2..");
    /// ```
    pub fn depth(mut self, range: impl RangeBounds<u32>) -> Query {
        let lo = match range.start_bound() {
            Bound::Included(n) => *n,
            Bound::Excluded(n) => n + 1,
            Bound::Unbounded => 1,
        };
        let hi = match range.end_bound() {
            Bound::Included(n) => Some(*n),
            Bound::Excluded(n) => Some(n.saturating_sub(1)),
            Bound::Unbounded => None,
        };
        if let Some(step) = self.last_step() {
            step.depth = Some((lo, hi));
        }
        self
    }

    /// A condition every hop of the last step must meet.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, NodeKind, query::{Filter, Query}};
    /// // Walk through resolutions only.
    /// let q = Query::node("2531").out(EdgeKind::Cites).depth(1..).hop(Filter::kind(NodeKind::Resolution));
    /// assert_eq!(q.to_string(), "2531 -> cites*1.. [kind = \"resolution\"]");
    /// assert_eq!(graph.run(&q)?.len(), 11);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn hop(mut self, filter: Filter) -> Query {
        if let Some(step) = self.last_step() {
            step.hop = Some(filter.0);
        }
        self
    }

    /// Keep the rows that meet a condition.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Filter, Query}};
    /// let q = Query::node("2531").out(EdgeKind::Cites).filter(Filter::year_to(2004));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/1325 (2000)", "S/RES/1526 (2004)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn filter(self, filter: Filter) -> Query {
        Query {
            expr: Expr::Where {
                input: Box::new(self.expr),
                cond: filter.0,
            },
            show: self.show,
        }
    }

    fn set(self, op: SetOp, other: Query) -> Query {
        Query {
            expr: Expr::Set {
                op,
                left: Box::new(self.expr),
                right: Box::new(other.expr),
            },
            show: self.show,
        }
    }

    /// Nodes in either query.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let q = Query::node("2531").out(EdgeKind::Cites).union(Query::node("2518").out(EdgeKind::Cites));
    /// assert_eq!(q.to_string(), "2531 -> cites union 2518 -> cites");
    /// // 2518 cites nothing 2531 does not.
    /// assert_eq!(graph.run(&q)?.len(), 14);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn union(self, other: Query) -> Query {
        self.set(SetOp::Union, other)
    }

    /// Nodes in both queries.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let q = Query::node("2531").out(EdgeKind::Cites).intersect(Query::node("2518").out(EdgeKind::Cites));
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/2378 (2017)", "S/RES/2436 (2018)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn intersect(self, other: Query) -> Query {
        self.set(SetOp::Intersect, other)
    }

    /// Nodes in this query and not in the other.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let q = Query::node("2531").out(EdgeKind::Cites).except(Query::node("2518").out(EdgeKind::Cites));
    /// assert_eq!(graph.run(&q)?.len(), 12);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn except(self, other: Query) -> Query {
        self.set(SetOp::Except, other)
    }

    fn stage(self, stage: Stage) -> Query {
        Query {
            expr: Expr::Pipe {
                input: Box::new(self.expr),
                stage,
            },
            show: self.show,
        }
    }

    /// The number of rows.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Query, Row}};
    /// let table = graph.run(&Query::node("2531").out(EdgeKind::Cites).count())?;
    /// assert_eq!(table.rows(), [Row::Count(14)]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn count(self) -> Query {
        self.stage(Stage::Count)
    }

    /// Rows per value of a field (`year`, `kind`, `relation`, …).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{GroupKey, GroupRow, Query, Row}};
    /// let table = graph.run(&Query::node("2531").out(EdgeKind::Cites).group_by("year"))?;
    /// assert!(table.rows().contains(&Row::Group(GroupRow { key: GroupKey::Year(2017), count: 5, unknown: 0 })));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn group_by(self, field: &str) -> Query {
        self.stage(Stage::GroupBy(Word::new(field)))
    }

    /// The `n` highest rows by a metric.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Metric, Query}};
    /// let q = Query::node("2553").out(EdgeKind::Cites).top(2, Metric::PageRank);
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/1325 (2000)", "S/RES/2151 (2014)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn top(self, n: u64, metric: Metric) -> Query {
        self.stage(Stage::Top {
            n,
            metric: Some(Word::new(metric.name())),
        })
    }

    /// Sort by a field (`year`, `id`, `label`, …); ties stay in the order
    /// by depth and id.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let q = Query::node("2531").out(EdgeKind::Cites).sort_by("year", true).limit(2);
    /// assert_eq!(q.to_string(), "2531 -> cites | sort by year desc | limit 2");
    /// // Both from 2020: the report's symbol comes first in id order.
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/2020/476", "S/2020/481"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn sort_by(self, field: &str, desc: bool) -> Query {
        self.stage(Stage::Sort {
            key: Word::new(field),
            desc,
        })
    }

    /// Sort by a metric.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{NodeKind, query::{Metric, Query}};
    /// let q = Query::all_of(NodeKind::Resolution).sort_by_metric(Metric::Citations, true).limit(2);
    /// assert_eq!(graph.run(&q)?.node_ids(), ["S/RES/2531 (2020)", "S/RES/1325 (2000)"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn sort_by_metric(self, metric: Metric, desc: bool) -> Query {
        self.sort_by(metric.name(), desc)
    }

    /// The first `n` rows.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::Query};
    /// let table = graph.run(&Query::node("2531").out(EdgeKind::Cites).limit(2))?;
    /// assert_eq!(table.node_ids(), ["S/2020/476", "S/2020/481"]);
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn limit(self, n: u64) -> Query {
        self.stage(Stage::Limit(n))
    }

    /// One row per edge the steps matched ([`Row::Edge`](crate::query::Row::Edge)), not per node:
    /// `… | edges`.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::{EdgeKind, query::{Query, Row}};
    /// let table = graph.run(&Query::node("2518").out(EdgeKind::Cites).edges())?;
    /// let Row::Edge(row) = &table.rows()[0] else { unreachable!() };
    /// assert_eq!((row.source.as_str(), row.target.as_str()), ("S/RES/2518 (2020)", "S/RES/2378 (2017)"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn edges(self) -> Query {
        self.stage(Stage::Edges)
    }

    /// Documents cited together with these (co-citation).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Query;
    /// // What 2531 cites alongside 2391.
    /// let table = graph.run(&Query::node("2391").cocited())?;
    /// assert!(table.node_ids().contains(&"S/RES/1325 (2000)"));
    /// assert!(!table.node_ids().contains(&"S/RES/2391 (2017)"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn cocited(self) -> Query {
        self.stage(Stage::Cocited)
    }

    /// Documents citing what these cite (bibliographic coupling).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::Query;
    /// // Documents that cite some of what 2531 cites.
    /// let table = graph.run(&Query::node("2531").coupled())?;
    /// assert!(table.node_ids().contains(&"S/RES/2518 (2020)"));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn coupled(self) -> Query {
        self.stage(Stage::Coupled)
    }

    /// Ask for every detail of the nodes (title, date, degrees).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::query::{Query, Row};
    /// let table = graph.run(&Query::node("1325").show())?;
    /// assert!(table.columns().contains(&"cited_by"));
    /// let Row::Node(row) = &table.rows()[0] else { unreachable!() };
    /// assert_eq!(row.cited_by, Some(3));
    /// # Ok::<(), unxref::query::QueryError>(())
    /// ```
    pub fn show(mut self) -> Query {
        self.show = true;
        self
    }

    /// Refuse a tree larger than a text query may be (see [`super::stack`]).
    pub(super) fn check_size(&self) -> Result<(), super::QueryError> {
        super::stack::check_tree(vec![&self.expr])
    }

    pub(super) fn program(&self) -> Program {
        Program {
            settings: Vec::new(),
            bindings: Vec::new(),
            statement: Statement::Query {
                expr: self.expr.clone(),
                show: self.show,
                note: None,
            },
        }
    }
}

impl std::fmt::Display for Query {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.program())
    }
}
