//! AST → plan: every name bound to a node index, every kind, edge kind,
//! field and metric checked, every limit settled. All unknown names are
//! reported together, each with candidates. The plan holds no strings the
//! evaluator must interpret and no pest types.

use std::collections::{BTreeSet, HashMap};

use petgraph::stable_graph::NodeIndex;

use super::ast::{
    self, CmpOp, Cond, Direction, Expr, Name, NameForm, Program, Stage, Statement, Value, Word,
};
use super::error::{NameProblem, QueryError};
use super::names::Names;
use super::{Limits, Metric, natural_cmp};
use crate::graph::CitationGraph;
use crate::model::{EdgeKind, NodeKind, VotePosition};
use crate::symbol::Symbol;

/// A set of node kinds, one bit per [`NodeKind::ALL`] entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct KindMask(pub u32);

impl KindMask {
    pub fn of(kind: NodeKind) -> KindMask {
        KindMask(1 << NodeKind::ALL.iter().position(|k| *k == kind).unwrap_or(0))
    }
    pub fn has(self, kind: NodeKind) -> bool {
        self.0 & KindMask::of(kind).0 != 0
    }
    pub(crate) fn documents() -> KindMask {
        KindMask(
            NodeKind::ALL
                .iter()
                .filter(|k| k.is_document())
                .fold(0, |m, k| m | KindMask::of(*k).0),
        )
    }
}

/// A set of edge kinds, one bit per [`EdgeKind::ALL`] entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EdgeMask(pub u16);

impl EdgeMask {
    pub const ALL: EdgeMask = EdgeMask(u16::MAX);
    pub fn of(kind: EdgeKind) -> EdgeMask {
        EdgeMask(1 << kind.slot())
    }
    pub fn has(self, kind: EdgeKind) -> bool {
        self.0 & EdgeMask::of(kind).0 != 0
    }
}

/// A resolved query.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    pub limits: Limits,
    /// Bindings in order; `PExpr::Var(i)` refers to the i-th.
    pub bindings: Vec<PExpr>,
    pub statement: PStatement,
    /// Choices the resolver made that the user should know of.
    pub notes: Vec<String>,
    /// What a count of this query may be missing for lack of a record,
    /// known when resolving (a state's votes on the resolutions without a
    /// vote record): how many candidates, or `None` for a number no record
    /// gives (vetoes, of which the corpus holds no failed draft).
    pub missing: Vec<Option<u64>>,
}

#[derive(Debug, Clone)]
pub(crate) enum PStatement {
    Query {
        expr: PExpr,
        show: bool,
        note: Option<String>,
    },
    /// The formal text of the plan, ready to print.
    Explain(String),
    Render {
        query: Box<PStatement>,
        file: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    Out,
    In,
    Both,
}

/// A step (`->`, `<-`, `<->`) from a set of nodes: the one place the walk's
/// parts are listed, borrowed whole by what evaluates it.
#[derive(Debug, Clone)]
pub(crate) struct Walk {
    pub(crate) from: Box<PExpr>,
    pub(crate) dir: Dir,
    pub(crate) kinds: EdgeMask,
    /// The kinds in the order the step names them, where it names more
    /// than one (`establishes|extends_mandate`): a node reached at one
    /// depth by edges of several kinds is reported with an edge of the
    /// kind named first. Empty otherwise.
    pub(crate) prefer: Vec<EdgeMask>,
    pub(crate) lo: u32,
    pub(crate) hi: u32,
    /// True when `hi` is the depth limit rather than a bound the user wrote.
    pub(crate) capped: bool,
    pub(crate) hop: Option<PCond>,
}

#[derive(Debug, Clone)]
pub(crate) enum PExpr {
    Nodes(Vec<NodeIndex>),
    All(Option<KindMask>),
    Var(usize),
    Walk(Walk),
    Where {
        input: Box<PExpr>,
        cond: PCond,
    },
    Set {
        op: ast::SetOp,
        left: Box<PExpr>,
        right: Box<PExpr>,
    },
    Path {
        from: NodeIndex,
        to: NodeIndex,
        all: bool,
        kinds: EdgeMask,
        undirected: bool,
        max: u32,
    },
    Pipe {
        input: Box<PExpr>,
        stage: PStage,
    },
    /// `X -> renamed_from`: the bodies X was renamed from, read from the
    /// `establishes` edges whose relation is `renames <former name>`;
    /// `X <- renamed_from` (`back`): the bodies renamed from X.
    Renamed {
        from: Box<PExpr>,
        back: bool,
    },
}

#[derive(Debug, Clone)]
pub(crate) enum PStage {
    Where(PCond),
    Count,
    GroupBy(Field),
    Top {
        n: usize,
        metric: Metric,
        /// For a vote metric, the years of the resolutions whose votes
        /// count (`top 10 by abstained_1990_1999`), first and last.
        years: Option<(u16, u16)>,
    },
    /// Columns for the table; the value passes through.
    Select(Vec<String>),
    Sort {
        key: SortKey,
        desc: bool,
    },
    Limit(usize),
    Cocited,
    Coupled,
    Cited,
    Edges,
}

/// What a row can be sorted or ranked by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SortKey {
    Field(Field),
    Metric(Metric),
}

/// Fields of a row: of its node, of the edge that reached it, of the walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Id,
    Label,
    Title,
    Kind,
    Year,
    /// The decade of a document's year, written `1990s`: for `group by decade`.
    Decade,
    Date,
    /// The month of a document's date, written `2011-03`: for `group by month`.
    Month,
    Category,
    Agenda,
    Held,
    Stub,
    /// The edge is a citation of a later document ([`CitationGraph::is_suspect`]).
    Suspect,
    Node,
    Actor,
    Edge,
    Relation,
    Paragraph,
    Pinpoint,
    Position,
    EndDate,
    Role,
    Count,
    Depth,
    Score,
    Via,
    /// The resolution's tally: adopted unanimously.
    Unanimous,
    /// The resolution's record: adopted without a vote.
    WithoutVote,
    /// The resolution's tally: votes in favour.
    InFavour,
    /// The resolution's tally: votes against.
    Against,
    /// The resolution's tally: abstentions.
    Abstentions,
    /// The resolution's tally: members not participating.
    NotParticipating,
    /// The resolution's tally: the meeting's number.
    Meeting,
    /// A draft resolution not adopted, on which a permanent member of the
    /// Council voted against.
    Vetoed,
    /// A state that holds a permanent seat on the Council (Article 23; the
    /// USSR's seat is the Russian Federation's since 1991).
    Permanent,
    /// The organ whose series a document's symbol is of ([`Symbol::organ`]):
    /// `Security Council`, `Human Rights Council`, …
    Organ,
}

pub(crate) const FIELDS: &[(&str, Field)] = &[
    ("id", Field::Id),
    ("label", Field::Label),
    ("title", Field::Title),
    ("kind", Field::Kind),
    ("year", Field::Year),
    ("decade", Field::Decade),
    ("date", Field::Date),
    ("month", Field::Month),
    ("category", Field::Category),
    ("agenda", Field::Agenda),
    ("held", Field::Held),
    ("stub", Field::Stub),
    ("suspect", Field::Suspect),
    ("node", Field::Node),
    ("actor", Field::Actor),
    ("edge", Field::Edge),
    ("relation", Field::Relation),
    ("paragraph", Field::Paragraph),
    ("pinpoint", Field::Pinpoint),
    ("position", Field::Position),
    ("vote", Field::Position),
    ("end_date", Field::EndDate),
    ("role", Field::Role),
    ("count", Field::Count),
    ("depth", Field::Depth),
    ("score", Field::Score),
    ("via", Field::Via),
    ("unanimous", Field::Unanimous),
    ("without_vote", Field::WithoutVote),
    ("in_favour", Field::InFavour),
    ("votes_in_favour", Field::InFavour),
    ("against", Field::Against),
    ("votes_against", Field::Against),
    ("abstentions", Field::Abstentions),
    ("abstaining", Field::Abstentions),
    ("not_participating", Field::NotParticipating),
    ("meeting", Field::Meeting),
    ("vetoed", Field::Vetoed),
    ("permanent", Field::Permanent),
    ("organ", Field::Organ),
];

impl Field {
    pub fn name(self) -> &'static str {
        FIELDS
            .iter()
            .find(|(_, f)| *f == self)
            .map_or("field", |(n, _)| n)
    }
}

pub(crate) const METRICS: &[(&str, Metric)] = &[
    ("citations", Metric::Citations),
    ("cited", Metric::Citations),
    ("in_degree", Metric::Citations),
    ("references", Metric::References),
    ("out_degree", Metric::References),
    ("mentions", Metric::Mentions),
    ("mentioned", Metric::Mentions),
    ("degree", Metric::Degree),
    ("pagerank", Metric::PageRank),
    ("count", Metric::Count),
    ("score", Metric::Score),
    ("abstained", Metric::Abstained),
    ("abstentions_cast", Metric::Abstained),
    ("voted_against", Metric::VotedAgainst),
    ("voted_in_favour", Metric::VotedInFavour),
    ("voted_in_favor", Metric::VotedInFavour),
];

#[derive(Debug, Clone)]
pub(crate) enum PCond {
    And(Box<PCond>, Box<PCond>),
    Or(Box<PCond>, Box<PCond>),
    Not(Box<PCond>),
    Cmp { field: Field, op: CmpOp, value: PValue },
    Link { kinds: EdgeMask, target: NodeIndex },
    True,
}

#[derive(Debug, Clone)]
pub(crate) enum PValue {
    /// Lower-cased text.
    Str(String),
    Int(i64),
    Kind(KindMask),
    Position(VotePosition),
    Node(NodeIndex),
    Edge(EdgeMask),
    Bool(bool),
}

/// Hard ceilings on the limits a query may set, so that no setting can make
/// a query run away.
pub(crate) const SETTINGS: &[(&str, u64)] = &[
    ("max_depth", 10_000),
    ("max_rows", 100_000_000),
    ("max_paths", 1_000_000),
    ("max_path_length", 64),
    ("max_visits", 1_000_000_000),
];

/// Resolve a parsed program against a graph.
pub(crate) fn resolve(names: &Names, program: &Program, limits: Limits) -> Result<Plan, QueryError> {
    let mut r = Resolver {
        graph: names.graph,
        names,
        limits,
        problems: Vec::new(),
        bindings: Vec::new(),
        resolved: HashMap::new(),
        notes: Vec::new(),
        missing: Vec::new(),
        years: None,
    };
    for s in &program.settings {
        r.setting(s);
    }
    let mut bindings = Vec::new();
    for b in &program.bindings {
        let expr = r.expr(&b.expr);
        r.bindings.push(b.name.clone());
        bindings.push(expr);
    }
    let statement = r.statement(&program.statement, program);
    if !r.problems.is_empty() {
        return Err(QueryError::Names(r.problems));
    }
    Ok(Plan {
        limits: r.limits,
        bindings,
        statement,
        notes: r.notes,
        missing: r.missing,
    })
}

struct Resolver<'g> {
    graph: &'g CitationGraph,
    /// The graph's names, indexed on the first lookup that needs them.
    names: &'g Names<'g>,
    limits: Limits,
    problems: Vec<NameProblem>,
    bindings: Vec<String>,
    /// Resolved names by (span, text), for `explain` and empty-result notes.
    resolved: HashMap<(usize, usize, String), String>,
    /// Choices made for the user (an ambiguous name narrowed by context).
    notes: Vec<String>,
    /// See [`Plan::missing`].
    missing: Vec<Option<u64>>,
    /// The years the statement asks about ([`year_window`]): they decide
    /// what a dated name stands for ([`dated_meanings`]).
    years: Option<(u16, u16)>,
}

enum Bound {
    Node(NodeIndex),
    /// A dated name that stood for several nodes in the years asked about.
    Nodes(Vec<NodeIndex>),
    Var(usize),
}

impl Resolver<'_> {
    fn problem(
        &mut self,
        word: &str,
        span: &ast::Span,
        what: &'static str,
        candidates: Vec<String>,
        ambiguous: bool,
    ) {
        self.problems.push(NameProblem {
            name: word.to_string(),
            column: if span.is_empty() { 0 } else { span.start + 1 },
            ambiguous,
            candidates,
            what,
            hint: None,
            span: span.clone(),
            snippet: None,
        });
    }

    fn explain(&mut self, word: &str, span: &ast::Span, hint: String) {
        self.problems.push(NameProblem {
            name: word.to_string(),
            column: if span.is_empty() { 0 } else { span.start + 1 },
            ambiguous: false,
            candidates: Vec::new(),
            what: "value",
            hint: Some(hint),
            span: span.clone(),
            snippet: None,
        });
    }

    fn setting(&mut self, s: &ast::Setting) {
        let Some(&(name, ceiling)) = SETTINGS.iter().find(|(n, _)| *n == s.name) else {
            let names: Vec<&str> = SETTINGS.iter().map(|(n, _)| *n).collect();
            let c = suggest(&s.name, names.iter().copied());
            self.problem(&s.name, &s.span, "setting", c, false);
            return;
        };
        if s.value > ceiling || s.value == 0 {
            self.explain(
                &format!("{name} = {}", s.value),
                &s.span,
                format!("{name} must be between 1 and {ceiling}"),
            );
            return;
        }
        let v = s.value;
        match name {
            "max_depth" => self.limits.max_depth = v as u32,
            "max_rows" => self.limits.max_rows = v as usize,
            "max_paths" => self.limits.max_paths = v as usize,
            "max_path_length" => self.limits.max_path_length = v as u32,
            _ => self.limits.max_visits = v as usize,
        }
    }

    fn statement(&mut self, s: &Statement, program: &Program) -> PStatement {
        match s {
            Statement::Query { expr, show, note } => {
                self.years = year_window(expr);
                let mut resolved = self.expr(expr);
                let gap = self.vote_gap(expr);
                // A count of votes the record does not hold is no count, and
                // a list of some of the states no whole answer: say so beside
                // them (an empty answer says it as its note). Where the record
                // names none of the states asked for, a count would read as
                // "none": the answer is empty and its note says why.
                if let Some(gap) = &gap {
                    let count = matches!(
                        expr,
                        Expr::Pipe {
                            stage: Stage::Count,
                            ..
                        }
                    );
                    if count && gap.named == 0 {
                        resolved = PExpr::Nodes(Vec::new());
                    } else if count {
                        self.notes.push(format!(
                            "{} (the count is of the states named, not of the votes cast)",
                            gap.sentence
                        ));
                    } else if gap.named > 0 {
                        self.notes.push(gap.sentence.clone());
                    }
                }
                if let Some(coverage) = self.state_vote_coverage(expr) {
                    self.notes.push(coverage);
                }
                if let Some(coverage) = self.sponsor_coverage(expr) {
                    self.notes.push(coverage);
                }
                if let Some(latest) = self.latest_mandate_fact(expr) {
                    self.notes.push(latest);
                }
                if lists_ends(expr) {
                    self.notes.push(
                        "an end is recorded only where a resolution held terminates, closes or withdraws a body: \
                         a mandate that ran out without such a decision (\"Takes note that the mandate of MONUA \
                         expires on 26 February 1999\", 1229 (1999)) is not in this list (`mandate history of \
                         NAME` gives a body's last recorded extension and the date it ran to)"
                            .to_string(),
                    );
                }
                let note = gap
                    .map(|g| g.sentence)
                    .or_else(|| self.cites_of_no_document(expr))
                    .or_else(|| note.as_ref().map(|n| self.note(n)));
                PStatement::Query {
                    expr: resolved,
                    show: *show,
                    note,
                }
            }
            Statement::Explain(inner) => {
                // Resolve the inner statement for its errors and names, then print.
                let _ = self.statement(inner, program);
                let explained = Program {
                    settings: program.settings.clone(),
                    bindings: program.bindings.clone(),
                    statement: (**inner).clone(),
                };
                PStatement::Explain(self.explain_text(&explained))
            }
            Statement::Render { query, file } => PStatement::Render {
                query: Box::new(self.statement(query, program)),
                file: file.clone(),
            },
        }
    }

    fn explain_text(&self, program: &Program) -> String {
        let resolved = &self.resolved;
        let show = |n: &Name| -> String {
            match resolved.get(&(n.span.start, n.span.end, n.text.clone())) {
                Some(id) if id.starts_with('$') => id.clone(),
                Some(id) => ast::quote(id),
                None => ast::quote(&n.text),
            }
        };
        let mut out = String::new();
        program.write(&mut out, &show);
        out.push('\n');
        out.push_str(&format!(
            "# limits: max_depth = {}, max_rows = {}, max_paths = {}, max_path_length = {}\n",
            self.limits.max_depth, self.limits.max_rows, self.limits.max_paths, self.limits.max_path_length
        ));
        out.push_str(
            "# a resolution's cites, mentions, establishes, extends_mandate and submitted_by edges \
             include those of the draft adopted as it; its voted edges include the votes on that draft\n",
        );
        out
    }

    /// For the latest mandate fact of a body (`when was the mandate of
    /// UNOMIG last extended`: `<- extends_mandate | sort by date desc |
    /// limit 1`): the answer is the last *recorded*, for a fact is found in
    /// a text that names the body, and a text that extends "the United
    /// Nations mission" without its name (1839 and 1866 (2009) on UNOMIG)
    /// records nothing of it.
    fn latest_mandate_fact(&self, expr: &Expr) -> Option<String> {
        let mut e = expr;
        let (mut newest, mut limited) = (false, false);
        while let Expr::Where { input, .. } | Expr::Pipe { input, .. } = e {
            if let Expr::Pipe { stage, .. } = e {
                match stage {
                    Stage::Sort { key, desc: true } if matches!(key.text.as_str(), "date" | "year") => {
                        newest = true
                    }
                    Stage::Limit(_) => limited = true,
                    _ => {}
                }
            }
            e = input;
        }
        let Expr::Walk { from, step } = e else { return None };
        let Expr::Node(name) = &**from else { return None };
        const MANDATE: [&str; 5] = [
            "establishes",
            "authorizes",
            "extends_mandate",
            "modifies_mandate",
            "terminates",
        ];
        let mandate = !step.kinds.is_empty() && step.kinds.iter().all(|k| MANDATE.contains(&k.text.as_str()));
        if !(newest && limited && mandate && step.direction == Direction::In) {
            return None;
        }
        let id = self
            .resolved
            .get(&(name.span.start, name.span.end, name.text.clone()))?;
        // The latest recorded fact's text may itself say none will follow
        // (S/RES/1610 (2005): "extends … for a final period").
        let g = self.graph.petgraph();
        let kinds: Vec<EdgeKind> = step.kinds.iter().filter_map(|k| k.text.parse().ok()).collect();
        let latest = self.graph.index_of(id).and_then(|ix| {
            g.edges_directed(ix, petgraph::Direction::Incoming)
                .filter(|e| kinds.contains(&e.weight().kind))
                .max_by_key(|e| g[petgraph::visit::EdgeRef::source(e)].date)
        });
        let final_period = latest.and_then(|e| {
            let relation = e.weight().attrs().relation.as_deref()?;
            relation.contains("final period").then(|| {
                let by = &g[petgraph::visit::EdgeRef::source(&e)].id;
                format!(
                    "; the latest recorded, {by}, {relation}: the text calls it a final period: the Council \
                     meant no extension to follow"
                )
            })
        });
        Some(format!(
            "the latest recorded: a mandate fact is read from a text that names {id} (or a name of \
             it), or that extends \"the United Nations mission\" naming none when the texts it cites \
             extended one operation only; another text that extends or ends \"the mission\" without \
             naming it is not counted, so a later extension may exist{}",
            final_period.unwrap_or_default()
        ))
    }

    /// The position `state` is recorded with on the document `doc`, or on
    /// the draft adopted as it, with where it was read.
    fn vote_of(
        &self,
        state: NodeIndex,
        doc: NodeIndex,
    ) -> Option<(VotePosition, Option<&crate::model::Evidence>)> {
        use petgraph::visit::EdgeRef as _;
        let g = self.graph.petgraph();
        let targets: Vec<NodeIndex> = std::iter::once(doc)
            .chain(self.graph.drafts_of(doc).iter().copied())
            .collect();
        g.edges_directed(state, petgraph::Direction::Outgoing)
            .filter(|e| e.weight().kind == EdgeKind::Voted && targets.contains(&e.target()))
            .find_map(|e| {
                let a = e.weight().attrs();
                a.position.map(|p| (p, a.evidence.as_ref()))
            })
    }

    /// The actor a statement walks from over edges of `kind` only, in
    /// `direction` (`state:China -> voted`, `state:France <- submitted_by`,
    /// under any filters and stages), and whether it ends in a count.
    fn walk_from_actor(&self, expr: &Expr, kind: &str, direction: Direction) -> Option<(&str, bool)> {
        let mut e = expr;
        let mut count = false;
        while let Expr::Where { input, .. } | Expr::Pipe { input, .. } = e {
            count |= matches!(
                e,
                Expr::Pipe {
                    stage: Stage::Count,
                    ..
                }
            );
            e = input;
        }
        let Expr::Walk { from, step } = e else { return None };
        let Expr::Node(name) = &**from else { return None };
        let only_kind = !step.kinds.is_empty() && step.kinds.iter().all(|k| k.text == kind);
        if step.direction != direction || !only_kind {
            return None;
        }
        let id = self
            .resolved
            .get(&(name.span.start, name.span.end, name.text.clone()))?;
        let ix = self.graph.index_of(id)?;
        if self.graph.node_at(ix)?.kind.is_document() {
            return None;
        }
        Some((id.as_str(), count))
    }

    /// The empty answer to what cites an actor, a state or a place
    /// (`which resolutions refer to the ICC`, `actor:ICC <- cites`): a text
    /// cites documents and names the others, so "nothing cites it" would
    /// read as no text at all; the sentence says how many texts name it and
    /// how to list them.
    fn cites_of_no_document(&self, expr: &Expr) -> Option<String> {
        let (id, _) = self.walk_from_actor(expr, "cites", Direction::In)?;
        let ix = self.graph.index_of(id)?;
        let g = self.graph.petgraph();
        let naming = g
            .edges_directed(ix, petgraph::Direction::Incoming)
            .filter(|e| e.weight().kind == EdgeKind::Mentions)
            .count();
        Some(format!(
            "{id} is no document, so no text cites it (a text cites documents and names actors, states and \
             places); {naming} {} it: `\"{id}\" <- mentions` lists {}",
            if naming == 1 { "text names" } else { "texts name" },
            if naming == 1 { "it" } else { "them" }
        ))
    }

    /// For a walk over the votes a state cast (`state:China -> voted`, `how
    /// many resolutions did China abstain on`): how few resolutions carry a
    /// vote record, for an empty or short list is no "never" and a count no
    /// total ("votes are recorded for 196 of 2260 resolutions held; the
    /// others may hold this state's vote").
    fn state_vote_coverage(&mut self, expr: &Expr) -> Option<String> {
        let (id, count) = self.walk_from_actor(expr, "voted", Direction::Out)?;
        let id = id.to_string();
        // `how many times did France abstain in the 1990s`: the record of
        // those years, which may hold no vote at all.
        if let Some(years) = self.years {
            let (held, recorded) = self.vote_records(Some(years));
            let span = years_text(years);
            if count && recorded < held {
                self.missing.push(Some((held - recorded) as u64));
            }
            if recorded == 0 {
                return Some(format!(
                    "no vote on a resolution {span} is recorded: none of the {held} resolutions \
                     {span} held carries a vote record (votes are recorded for resolutions of {}), \
                     so the answer says nothing of how {id} voted in those years{}",
                    self.vote_record_years(),
                    if count {
                        " (a count of 0 is no record, not no vote)"
                    } else {
                        ""
                    }
                ));
            }
            if recorded < held {
                let mut text = format!(
                    "votes are recorded for {recorded} of the {held} resolutions {span} held; the \
                     other {} may hold this state's vote, so the answer is no full record of how {id} voted",
                    held - recorded
                );
                if count {
                    text.push_str(" (the count is at least this many, not a total)");
                }
                return Some(text);
            }
            return None;
        }
        let (held, recorded) = self.vote_records(None);
        if held == 0 || recorded == held {
            return None;
        }
        if count {
            self.missing.push(Some((held - recorded) as u64));
        }
        let mut text = format!(
            "votes are recorded for {recorded} of the {held} resolutions held; the other {} may hold \
             this state's vote, so the answer is no full record of how {id} voted",
            held - recorded
        );
        if count {
            text.push_str(" (the count is at least this many, not a total)");
        }
        Some(text)
    }

    /// The resolutions held, of the years given (first and last) or of any,
    /// and how many of them carry a vote record.
    fn vote_records(&self, years: Option<(u16, u16)>) -> (usize, usize) {
        self.graph
            .nodes()
            .filter(|n| n.kind == NodeKind::Resolution && n.held)
            .filter(|n| years.is_none_or(|(lo, hi)| n.year().is_some_and(|y| (lo..=hi).contains(&y))))
            .fold((0usize, 0usize), |(h, r), n| {
                let voted = self
                    .graph
                    .index_of(&n.id)
                    .is_some_and(|ix| self.graph.has_vote_record(ix));
                (h + 1, r + usize::from(voted))
            })
    }

    /// The years of the resolutions held that carry a vote record, as runs
    /// (`1946–1953, 1956–1966, 2002`).
    fn vote_record_years(&self) -> String {
        let years: BTreeSet<u16> = self
            .graph
            .nodes()
            .filter(|n| n.kind == NodeKind::Resolution && n.held)
            .filter(|n| {
                self.graph
                    .index_of(&n.id)
                    .is_some_and(|ix| self.graph.has_vote_record(ix))
            })
            .filter_map(|n| n.year())
            .collect();
        let mut runs: Vec<(u16, u16)> = Vec::new();
        for y in years {
            match runs.last_mut() {
                Some((_, last)) if *last + 1 == y => *last = y,
                _ => runs.push((y, y)),
            }
        }
        if runs.is_empty() {
            return "no year".to_string();
        }
        runs.iter()
            .map(|&(a, b)| {
                if a == b {
                    a.to_string()
                } else {
                    format!("{a}–{b}")
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A ranking by the votes states cast (`top 10 by abstained`) is of the
    /// votes recorded: how few resolutions carry them, for the order of
    /// states is the order of their recorded votes, not of every vote cast.
    /// Narrowed to some years (`abstained_1990_1999`), the record of those
    /// years, which may hold no vote at all.
    fn note_vote_metric(&mut self, years: Option<(u16, u16)>) {
        let (held, recorded) = self.vote_records(years);
        if let Some(years) = years {
            let span = years_text(years);
            let note = if recorded == 0 {
                format!(
                    "no vote on a resolution {span} is recorded: none of the {held} resolutions {span} \
                     held carries a vote record (votes are recorded for resolutions of {}), so no state \
                     can be ranked by its votes of those years",
                    self.vote_record_years()
                )
            } else {
                format!(
                    "the votes counted are those recorded on the resolutions {span}: votes are recorded for \
                     {recorded} of the {held} resolutions {span} held, so each state's number is at \
                     least this many, not a total, and the order is that of the recorded votes"
                )
            };
            self.notes.push(note);
            return;
        }
        if held == 0 || recorded == held {
            return;
        }
        self.notes.push(format!(
            "the votes counted are those recorded: votes are recorded for {recorded} of the {held} resolutions \
             held, so each state's number is at least this many, not a total, and the order is that of the \
             recorded votes"
        ));
    }

    /// For a walk to what a state or body submitted (`state:France <-
    /// submitted_by`, `which resolutions did France sponsor`): how few
    /// documents have any sponsor recorded (a draft's, only where the corpus
    /// holds the meeting record that names them), for a short list is no
    /// full one ("sponsors are recorded for 6 of the 9270 documents in the
    /// graph; …").
    fn sponsor_coverage(&self, expr: &Expr) -> Option<String> {
        let (id, count) = self.walk_from_actor(expr, "submitted_by", Direction::In)?;
        let g = self.graph.petgraph();
        let documents = g.node_indices().filter(|d| g[*d].kind.is_document()).count();
        let recorded = g
            .node_indices()
            .filter(|d| g[*d].kind.is_document())
            .filter(|d| {
                g.edges_directed(*d, petgraph::Direction::Outgoing)
                    .any(|e| e.weight().kind == EdgeKind::SubmittedBy)
            })
            .count();
        if recorded == documents {
            return None;
        }
        let mut text = format!(
            "sponsors (submitted_by) are recorded for {recorded} of the {documents} documents in the \
             graph: a draft's only where the corpus holds the meeting record that names them, and a \
             resolution's text names none; the others may have been submitted by {id} too, so the \
             answer is no full list"
        );
        if count {
            text.push_str(" (the count is at least this many, not a total)");
        }
        Some(text)
    }

    /// What the record lacks for a question about the votes on one
    /// document (`1973 <- voted`, `242 <- voted where position = in_favour`,
    /// any pipeline after it, `| count` included), said instead of a bare
    /// "No results" or beside a count: no record at all ("no vote is
    /// recorded for … in this corpus"), or a record that does not name every
    /// state with the position asked ("Adopted unanimously" names none; "by
    /// 9 votes to none, with 2 abstentions (Lebanon, USSR)" names no state in
    /// favour). An empty list is then no "none".
    ///
    /// A question about one state's vote (`305 <- voted where node = China
    /// and position = in_favour`) whose state the record names with another
    /// position is answered by that position, with its evidence: "China did
    /// not participate in the voting on S/RES/305 (1971)", never a bare no.
    fn vote_gap(&self, expr: &Expr) -> Option<VoteGap> {
        let mut e = expr;
        let mut asked = None;
        let mut any_of = None;
        let mut state = None;
        while let Expr::Where { input, .. } | Expr::Pipe { input, .. } = e {
            if let Expr::Where { cond, .. } = e {
                asked = asked.or_else(|| position_asked(cond));
                any_of = any_of.or_else(|| positions_any(cond));
                state = state.or_else(|| node_asked(cond));
            }
            e = input;
        }
        let Expr::Walk { from, step } = e else { return None };
        let Expr::Node(name) = &**from else { return None };
        let votes_only = !step.kinds.is_empty() && step.kinds.iter().all(|k| k.text == "voted");
        if step.direction != Direction::In || !votes_only || step.depth.is_some() {
            return None;
        }
        asked = asked.or_else(|| step.hop.as_ref().and_then(position_asked));
        state = state.or_else(|| step.hop.as_ref().and_then(node_asked));
        let id = self
            .resolved
            .get(&(name.span.start, name.span.end, name.text.clone()))?;
        let ix = self.graph.index_of(id)?;
        if let Some(state) = state.and_then(|k| self.resolved.get(&k))
            && let Some(state_ix) = self.graph.index_of(state)
            && let Some((position, evidence)) = self.vote_of(state_ix, ix)
        {
            // The state's own vote is the answer: a row when it is the
            // position asked (or none was), else the sentence saying it.
            if asked.is_none_or(|p| p == position) {
                return None;
            }
            let label = self
                .graph
                .node_at(state_ix)
                .map_or(state.as_str(), |n| n.label.as_str());
            let said = evidence
                .map(|e| {
                    let file = std::path::Path::new(&e.file)
                        .file_name()
                        .map_or(e.file.clone(), |f| f.to_string_lossy().into_owned());
                    let quote: String = e.quote.split_whitespace().collect::<Vec<_>>().join(" ");
                    format!(" (\"{}\", {file} {})", statement_of(&quote, position), e.place())
                })
                .unwrap_or_default();
            return Some(VoteGap {
                sentence: format!("{label} {} {id}{said}", position.phrase()),
                named: 0,
            });
        }
        let Some(record) = self.graph.vote_record(ix) else {
            return Some(VoteGap {
                sentence: format!("no vote is recorded for {id} in this corpus"),
                named: 0,
            });
        };
        let tally = record.summary();
        if record.tally.as_ref().is_some_and(|t| t.without_vote) {
            return Some(VoteGap {
                sentence: format!("{id} was adopted without a vote"),
                named: 0,
            });
        }
        let gap = |verb: &str, named: u32| {
            let shown = match &tally {
                Some(t) if t == "unanimously" => "it was adopted unanimously".to_string(),
                Some(t) => format!("its tally is {t}"),
                None => format!(
                    "the votes of {} of the {}'s {} members are recorded",
                    record.named_total(),
                    id.parse::<crate::symbol::Symbol>()
                        .map_or(crate::symbol::Organ::SecurityCouncil, |s| s.organ())
                        .name(),
                    record.members
                ),
            };
            let sentence = if named == 0 {
                format!("the corpus does not name the states that {verb} {id}: {shown}")
            } else {
                format!("the corpus names only some of the states that {verb} {id}: {shown}")
            };
            VoteGap { sentence, named }
        };
        // `position = not_participating or position = absent or …` ("who
        // did not vote on 83"): each position asked, named in full or not.
        if asked.is_none()
            && let Some(list) = any_of
        {
            if list.iter().all(|p| record.names_all(*p)) {
                return None;
            }
            let named = list.iter().map(|p| record.named(*p)).sum();
            let verb = if list.iter().all(|p| !p.is_cast()) {
                "cast no vote on"
            } else {
                "voted on"
            };
            return Some(gap(verb, named));
        }
        match asked {
            Some(p) if !record.names_all(p) => Some(gap(
                match p {
                    VotePosition::NotParticipating => "did not participate in the voting on",
                    VotePosition::Absent => "were absent from the vote on",
                    VotePosition::PresentNotVoting => "were present and not voting on",
                    p => p.phrase(),
                },
                record.named(p),
            )),
            None if !record.names_every_vote() => Some(gap("voted on", record.named_total())),
            _ => None,
        }
    }

    fn note(&mut self, note: &ast::Note) -> String {
        let ids: Vec<String> = note
            .names
            .iter()
            .map(|n| {
                self.resolved
                    .get(&(n.span.start, n.span.end, n.text.clone()))
                    .cloned()
                    .unwrap_or_else(|| n.text.clone())
            })
            .collect();
        // A question about votes on a document with no such record, or
        // about what a document says when the corpus holds no text of it:
        // say that nothing is recorded, not that nobody voted or cited.
        if let Some(absence) = note.without_record {
            let which = match absence {
                ast::Absence::Votes(n) | ast::Absence::Text(n) => n,
                ast::Absence::Tally => 0,
            };
            if let Some(id) = ids.get(which)
                && let Some(ix) = self.graph.index_of(id)
                && let Some(node) = self.graph.node_at(ix)
            {
                match absence {
                    ast::Absence::Votes(_) if !self.graph.has_vote_record(ix) => {
                        return format!("no vote is recorded for {id} in this corpus");
                    }
                    // "Adopted without vote" (72 (1949), 214, 270, 286
                    // (1970)): no vote was taken, so it was neither
                    // unanimous nor split.
                    ast::Absence::Tally if node.tally.as_ref().is_some_and(|t| t.without_vote) => {
                        let said = node
                            .tally
                            .as_ref()
                            .and_then(|t| t.evidence.as_ref())
                            .and_then(|e| {
                                // ASCII case only: byte offsets stay those of the quote.
                                let lower = e.quote.to_ascii_lowercase();
                                [
                                    "adopted without a vote",
                                    "adopted without vote",
                                    "adopted by consensus",
                                ]
                                .iter()
                                .find_map(|p| lower.find(p).map(|i| (i, p.len())))
                                .and_then(|(i, n)| e.quote.get(i..i + n))
                            })
                            .map(|said| format!(" (its text says \"{said}\")"))
                            .unwrap_or_default();
                        return format!(
                            "{id} was adopted without a vote{said}: no vote was taken, so there is no \
                             tally to be unanimous"
                        );
                    }
                    ast::Absence::Tally
                        if self.graph.vote_record(ix).and_then(|r| r.unanimous()).is_none()
                            && node.tally.is_none() =>
                    {
                        return format!(
                            "no tally of the vote on {id} is recorded in this corpus \
                             (its members' votes, where recorded: who voted in favour of {id})"
                        );
                    }
                    ast::Absence::Text(_) if node.kind.is_document() && !node.held => {
                        return format!(
                            "the text of {id} was not read into this graph (it is cited, not held), so nothing it says is recorded"
                        );
                    }
                    _ => {}
                }
            }
        }
        let mut text = note.text.clone();
        for id in &ids {
            text = text.replacen("{}", id, 1);
        }
        text
    }

    fn expr(&mut self, e: &Expr) -> PExpr {
        match e {
            Expr::Node(name) => match self.name(name) {
                Some(Bound::Node(ix)) => PExpr::Nodes(vec![ix]),
                Some(Bound::Nodes(v)) => PExpr::Nodes(v),
                Some(Bound::Var(i)) => PExpr::Var(i),
                None => PExpr::Nodes(Vec::new()),
            },
            Expr::All(kind) => PExpr::All(kind.as_ref().map(|k| self.kind(&k.text, &k.span))),
            // A renaming is no edge of its own: `1925 (2010)` establishes
            // MONUSCO with the relation `renames MONUC`.
            Expr::Walk { from, step } if matches!(step.kinds.as_slice(), [k] if k.text.eq_ignore_ascii_case(RENAMED_FROM)) =>
            {
                if step.depth.is_some() || step.hop.is_some() || step.direction == Direction::Both {
                    let hint = format!(
                        "a renaming is one step, forwards or back: `X -> {RENAMED_FROM}`, `X <- {RENAMED_FROM}`"
                    );
                    self.explain(RENAMED_FROM, &step.span, hint);
                }
                PExpr::Renamed {
                    from: Box::new(self.expr(from)),
                    back: step.direction == Direction::In,
                }
            }
            Expr::Walk { from, step } => {
                let mut kinds = self.edge_kinds(&step.kinds);
                if let Expr::Node(name) = &**from {
                    kinds = self.document_mentioned(name, kinds, step.direction);
                }
                let from = Box::new(match &**from {
                    Expr::Node(name) => self.walk_start(name, kinds, step.direction),
                    other => self.expr(other),
                });
                let (lo, hi, capped) = match step.depth {
                    None => (1, 1, false),
                    Some((lo, Some(hi))) => (lo, hi, false),
                    Some((lo, None)) => (lo, self.limits.max_depth.max(lo), true),
                };
                if lo > hi {
                    self.explain(
                        &format!("*{lo}..{hi}"),
                        &step.span,
                        format!("the depth range is upside down; write *{hi}..{lo}"),
                    );
                }
                let ceiling = SETTINGS[0].1 as u32;
                if hi > ceiling {
                    self.explain(
                        &format!("*{lo}..{hi}"),
                        &step.span,
                        format!("a walk may go at most {ceiling} steps deep"),
                    );
                }
                PExpr::Walk(Walk {
                    from,
                    dir: match step.direction {
                        Direction::Out => Dir::Out,
                        Direction::In => Dir::In,
                        Direction::Both => Dir::Both,
                    },
                    prefer: kind_order(&step.kinds, kinds),
                    kinds,
                    lo,
                    hi: hi.min(ceiling),
                    capped,
                    hop: step.hop.as_ref().map(|c| self.cond(c)),
                })
            }
            Expr::Where { input, cond } => PExpr::Where {
                input: Box::new(self.expr(input)),
                cond: self.cond(cond),
            },
            Expr::Set { op, left, right } => PExpr::Set {
                op: *op,
                left: Box::new(self.expr(left)),
                right: Box::new(self.expr(right)),
            },
            Expr::Path(p) => {
                let from = self.node_only(&p.from);
                let to = self.node_only(&p.to);
                let kinds = if p.via.is_empty() {
                    if p.undirected {
                        EdgeMask::ALL
                    } else {
                        EdgeMask::of(EdgeKind::Cites)
                    }
                } else {
                    self.edge_kinds(&p.via)
                };
                let max = p.max.unwrap_or(self.limits.max_path_length);
                match (from, to) {
                    (Some(from), Some(to)) => PExpr::Path {
                        from,
                        to,
                        all: p.all,
                        kinds,
                        undirected: p.undirected,
                        max: max.min(SETTINGS[3].1 as u32),
                    },
                    _ => PExpr::Nodes(Vec::new()),
                }
            }
            Expr::Pipe { input, stage } => PExpr::Pipe {
                input: Box::new(self.expr(input)),
                stage: self.stage(stage),
            },
        }
    }

    /// `X <- mentions` where X is a document: in plain words a text
    /// "mentions" a resolution it cites, while `mentions` edges lead only to
    /// actors and places; the walk follows `cites` instead, and a note says
    /// so. Any other walk keeps its kinds.
    fn document_mentioned(&mut self, name: &Name, kinds: EdgeMask, direction: Direction) -> EdgeMask {
        if kinds != EdgeMask::of(EdgeKind::Mentions) || direction != Direction::In {
            return kinds;
        }
        let Lookup::One(ix) = lookup(self.names, name, true) else {
            return kinds;
        };
        let Some(node) = self.graph.node_at(ix).filter(|n| n.kind.is_document()) else {
            return kinds;
        };
        let note = format!(
            "{id} is a document: texts cite it rather than mention it, so the question is read as one about what cites it \
             (`{quoted} <- cites`)",
            id = node.id,
            quoted = ast::quote(&node.id)
        );
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
        EdgeMask::of(EdgeKind::Cites)
    }

    /// The start of a walk: an ambiguous name is narrowed to the candidates
    /// that have an edge the step can follow.
    fn walk_start(&mut self, name: &Name, kinds: EdgeMask, direction: Direction) -> PExpr {
        let g = self.graph.petgraph();
        let dirs: &[petgraph::Direction] = match direction {
            Direction::Out => &[petgraph::Direction::Outgoing],
            Direction::In => &[petgraph::Direction::Incoming],
            Direction::Both => &[petgraph::Direction::Outgoing, petgraph::Direction::Incoming],
        };
        let fits = |ix: NodeIndex| {
            dirs.iter()
                .any(|d| g.edges_directed(ix, *d).any(|e| kinds.has(e.weight().kind)))
        };
        let names: Vec<&str> = EdgeKind::ALL
            .iter()
            .filter(|k| kinds.has(**k))
            .map(|k| k.as_str())
            .collect();
        let why = format!(
            "with {} edges {}",
            names.join("/"),
            match direction {
                Direction::Out => "going out",
                Direction::In => "coming in",
                Direction::Both => "",
            }
        );
        match self.name_where(name, Some((&fits, why.trim_end().to_string()))) {
            Some(Bound::Node(ix)) => {
                // What the extractor does not read is no fact of the texts:
                // a person is recorded as a signatory, never as named in a
                // text ("Mr. Ban Ki-moon be appointed Secretary-General").
                if kinds.has(EdgeKind::Mentions)
                    && direction != Direction::Out
                    && self.graph.node_at(ix).is_some_and(|n| n.kind == NodeKind::Person)
                {
                    let id = &self.graph.petgraph()[ix].id;
                    let note = format!(
                        "unxref records persons only as signatories (`{} <- signed_by`); \
                         texts that name {id} are not read as mentions",
                        ast::quote(id)
                    );
                    if !self.notes.contains(&note) {
                        self.notes.push(note);
                    }
                }
                PExpr::Nodes(vec![ix])
            }
            Some(Bound::Nodes(v)) => PExpr::Nodes(v),
            Some(Bound::Var(i)) => PExpr::Var(i),
            None => PExpr::Nodes(Vec::new()),
        }
    }

    /// What the corpus records of vetoes, said beside any answer about
    /// them: a veto is read from a draft resolution the corpus holds with
    /// its vote, and a corpus of adopted resolutions holds none that
    /// failed. Counted from the graph, so the sentence fits the corpus.
    fn note_vetoes(&mut self) {
        let g = self.graph.petgraph();
        let (mut voted, mut failed, mut unknown) = (0usize, 0usize, 0usize);
        // Of the drafts not adopted whose vote is recorded: vetoed, short of
        // the votes in favour, and too little recorded to say.
        let (mut vetoed, mut short, mut unclear) = (0usize, 0usize, 0usize);
        for n in g.node_indices() {
            if !super::eval::is_council_draft(g, n) {
                continue;
            }
            let has_vote = g
                .edges_directed(n, petgraph::Direction::Incoming)
                .any(|e| e.weight().kind == EdgeKind::Voted);
            let adopted = g
                .edges_directed(n, petgraph::Direction::Outgoing)
                .any(|e| matches!(e.weight().kind, EdgeKind::AdoptedAs | EdgeKind::AdoptedAt));
            match (has_vote, adopted) {
                (true, true) => voted += 1,
                (true, false) => {
                    voted += 1;
                    failed += 1;
                    match super::eval::vetoed(self.graph, n) {
                        Some(true) => vetoed += 1,
                        Some(false) => short += 1,
                        None => unclear += 1,
                    }
                }
                (false, false) => unknown += 1,
                (false, true) => {}
            }
        }
        let resolutions = g
            .node_indices()
            .filter(|&n| g[n].kind == NodeKind::Resolution && g[n].held)
            .count();
        // A count of vetoes is of those read from recorded drafts: with no
        // failed draft recorded it says nothing (a number no record gives),
        // and a draft neither adopted nor with its vote recorded may have
        // been vetoed.
        if failed == 0 {
            self.missing.push(None);
        } else if unknown > 0 {
            self.missing.push(Some(unknown as u64));
        }
        let mut note = if failed == 0 {
            format!(
                "this corpus records adopted resolutions ({resolutions} held) and their votes, no \
                 vetoed drafts: a veto is read from a draft resolution whose vote is recorded, and \
                 {}",
                if voted == 0 {
                    "no draft's vote is recorded, so no veto can be read from it: an empty answer or a count of 0 here \
                     says nothing of the vetoes cast"
                        .to_string()
                } else {
                    format!(
                        "of the {voted} drafts with a recorded vote none failed to be adopted, so no veto can \
                         be read from it: an empty answer or a count of 0 here says nothing of the vetoes cast"
                    )
                }
            )
        } else {
            let mut why = vec![format!("{vetoed} vetoed")];
            if short > 0 {
                why.push(format!(
                    "{short} short of the votes in favour it needed, which is no veto"
                ));
            }
            if unclear > 0 {
                why.push(format!(
                    "{unclear} with too little of the vote recorded to tell a veto from too few votes in favour"
                ));
            }
            format!(
                "a veto is read from a draft resolution whose vote is recorded: a permanent member voted \
                 against a draft that had the votes in favour to pass; {} a vote recorded, {failed} of \
                 them not adopted ({}); a draft vetoed by several permanent members counts once",
                if voted == 1 {
                    "1 draft has".to_string()
                } else {
                    format!("{voted} drafts have")
                },
                why.join(", ")
            )
        };
        if unknown > 0 {
            note.push_str(&if unknown == 1 {
                "; 1 draft has no recorded adoption and no recorded vote, so whether it was vetoed is unknown"
                    .to_string()
            } else {
                format!(
                    "; {unknown} drafts have no recorded adoption and no recorded vote, so whether they \
                     were vetoed is unknown"
                )
            });
        }
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }

    fn stage(&mut self, s: &Stage) -> PStage {
        match s {
            Stage::Where(c) => PStage::Where(self.cond(c)),
            Stage::Count => PStage::Count,
            Stage::GroupBy(w) => PStage::GroupBy(self.field(w).unwrap_or(Field::Kind)),
            Stage::Top { n, metric } => {
                let (metric, years) = match metric {
                    Some(m) => self.top_metric(m).unwrap_or((Metric::Citations, None)),
                    None => (Metric::Citations, None),
                };
                PStage::Top {
                    n: usize::try_from(*n).unwrap_or(usize::MAX),
                    metric,
                    years,
                }
            }
            Stage::Sort { key, desc } => {
                let lower = key.text.to_ascii_lowercase();
                let key = if METRICS.iter().any(|(n, _)| *n == lower) {
                    SortKey::Metric(self.metric(key).unwrap_or(Metric::Citations))
                } else {
                    SortKey::Field(self.field(key).unwrap_or(Field::Id))
                };
                PStage::Sort { key, desc: *desc }
            }
            Stage::Limit(n) => PStage::Limit(usize::try_from(*n).unwrap_or(usize::MAX)),
            Stage::Cocited => PStage::Cocited,
            Stage::Coupled => PStage::Coupled,
            Stage::Cited => PStage::Cited,
            Stage::Edges => PStage::Edges,
            Stage::Select(columns) => {
                PStage::Select(columns.iter().map(|c| c.text.to_ascii_lowercase()).collect())
            }
        }
    }

    fn field(&mut self, w: &Word) -> Option<Field> {
        let lower = w.text.to_ascii_lowercase();
        if let Some((_, f)) = FIELDS.iter().find(|(n, _)| *n == lower) {
            if *f == Field::Vetoed {
                self.note_vetoes();
            }
            return Some(*f);
        }
        let c = suggest(&lower, FIELDS.iter().map(|(n, _)| *n));
        self.problem(&w.text, &w.span, "field", c, false);
        None
    }

    fn metric(&mut self, w: &Word) -> Option<Metric> {
        let lower = w.text.to_ascii_lowercase();
        if let Some((_, m)) = METRICS.iter().find(|(n, _)| *n == lower) {
            if m.counts_votes() {
                self.note_vote_metric(None);
            }
            return Some(*m);
        }
        let c = suggest(&lower, METRICS.iter().map(|(n, _)| *n));
        self.problem(&w.text, &w.span, "metric", c, false);
        None
    }

    /// The metric of `top N by M`: any metric, or a vote metric narrowed to
    /// the resolutions of some years (`abstained_1990_1999`, see
    /// [`vote_metric_years`]), with those years.
    fn top_metric(&mut self, w: &Word) -> Option<(Metric, Option<(u16, u16)>)> {
        let lower = w.text.to_ascii_lowercase();
        if let Some((base, years)) = vote_metric_years(&lower)
            && let Some((_, m)) = METRICS.iter().find(|(n, _)| *n == base)
        {
            self.note_vote_metric(Some(years));
            return Some((*m, Some(years)));
        }
        self.metric(w).map(|m| (m, None))
    }

    /// `category = "sanctions committee"`: the committees of the graph that
    /// oversee a sanctions regime ([`is_sanctions_committee`]), as `node =`
    /// conditions; `!=` is its negation. `None` for any other condition.
    fn sanctions_committees(&self, field: &Word, op: CmpOp, value: &Value) -> Option<PCond> {
        if !field.text.eq_ignore_ascii_case("category") || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return None;
        }
        let text = match value {
            Value::Str(s) => s.as_str(),
            Value::Name(n) => n.text.as_str(),
            _ => return None,
        };
        let text = text.trim().to_ascii_lowercase().replace('_', " ");
        if !matches!(text.as_str(), "sanctions committee" | "sanctions committees") {
            return None;
        }
        let g = self.graph.petgraph();
        let mut any: Option<PCond> = None;
        for ix in g.node_indices() {
            if is_sanctions_committee(&g[ix]) {
                let c = PCond::Cmp {
                    field: Field::Node,
                    op: CmpOp::Eq,
                    value: PValue::Node(ix),
                };
                any = Some(match any {
                    Some(a) => PCond::Or(Box::new(a), Box::new(c)),
                    None => c,
                });
            }
        }
        // No sanctions committee in the graph: a condition no node meets.
        let c = any.unwrap_or(PCond::Cmp {
            field: Field::Category,
            op: CmpOp::Eq,
            value: PValue::Str(text),
        });
        Some(if op == CmpOp::Ne {
            PCond::Not(Box::new(c))
        } else {
            c
        })
    }

    fn cond(&mut self, c: &Cond) -> PCond {
        match c {
            Cond::And(a, b) => PCond::And(Box::new(self.cond(a)), Box::new(self.cond(b))),
            Cond::Or(a, b) => PCond::Or(Box::new(self.cond(a)), Box::new(self.cond(b))),
            Cond::Not(a) => PCond::Not(Box::new(self.cond(a))),
            Cond::Flag(w) if w.text.eq_ignore_ascii_case("unanimous") => PCond::Cmp {
                field: Field::Unanimous,
                op: CmpOp::Eq,
                value: PValue::Bool(true),
            },
            Cond::Flag(w) if w.text.eq_ignore_ascii_case("vetoed") => {
                self.note_vetoes();
                PCond::Cmp {
                    field: Field::Vetoed,
                    op: CmpOp::Eq,
                    value: PValue::Bool(true),
                }
            }
            Cond::Flag(w) => {
                let held = w.text.eq_ignore_ascii_case("held");
                PCond::Cmp {
                    field: Field::Held,
                    op: CmpOp::Eq,
                    value: PValue::Bool(held),
                }
            }
            Cond::Link { kind, target } => {
                let kinds = self.edge_kinds(std::slice::from_ref(kind));
                match self.name(target) {
                    Some(Bound::Node(target)) => PCond::Link { kinds, target },
                    // A dated name that stood for several nodes in the years
                    // asked about (`mentions Congo`): a link to any of them.
                    // (Never empty: a name that stood for nothing is an
                    // error. Were it empty, it would match nothing.)
                    Some(Bound::Nodes(nodes)) => (nodes.into_iter())
                        .map(|target| PCond::Link { kinds, target })
                        .reduce(|a, b| PCond::Or(Box::new(a), Box::new(b)))
                        .unwrap_or(PCond::Not(Box::new(PCond::True))),
                    Some(Bound::Var(_)) => {
                        let what = "single node (a binding is a set)";
                        self.problem(&target.text, &target.span, what, Vec::new(), false);
                        PCond::True
                    }
                    None => PCond::True,
                }
            }
            Cond::Compare { field, op, value }
                if let Some(c) = self.sanctions_committees(field, *op, value) =>
            {
                c
            }
            Cond::Compare { field, op, value } => {
                let Some(f) = self.field(field) else {
                    return PCond::True;
                };
                match self.value(f, *op, value, field) {
                    Some(v) => PCond::Cmp {
                        field: f,
                        op: *op,
                        value: v,
                    },
                    None => PCond::True,
                }
            }
            Cond::In { field, values } => {
                let Some(f) = self.field(field) else {
                    return PCond::True;
                };
                let mut any: Option<PCond> = None;
                for v in values {
                    let one = if let Value::Range(a, b) = v {
                        // `year in 2015..2010` holds nothing: said, not answered empty.
                        if a > b {
                            self.explain(
                                &format!("{a}..{b}"),
                                &field.span,
                                format!("the range {a}..{b} is upside down; write {b}..{a}"),
                            );
                            continue;
                        }
                        let lo = PCond::Cmp {
                            field: f,
                            op: CmpOp::Ge,
                            value: PValue::Int(*a as i64),
                        };
                        let hi = PCond::Cmp {
                            field: f,
                            op: CmpOp::Le,
                            value: PValue::Int(*b as i64),
                        };
                        PCond::And(Box::new(lo), Box::new(hi))
                    } else {
                        match self.value(f, CmpOp::Eq, v, field) {
                            Some(v) => PCond::Cmp {
                                field: f,
                                op: CmpOp::Eq,
                                value: v,
                            },
                            None => continue,
                        }
                    };
                    any = Some(match any {
                        Some(prev) => PCond::Or(Box::new(prev), Box::new(one)),
                        None => one,
                    });
                }
                any.unwrap_or(PCond::True)
            }
        }
    }

    /// The value of a comparison, typed by its field.
    fn value(&mut self, field: Field, op: CmpOp, value: &Value, at: &Word) -> Option<PValue> {
        let text = match value {
            Value::Str(s) | Value::Date(s) => s.clone(),
            Value::Int(n) => n.to_string(),
            Value::Name(n) => n.text.clone(),
            Value::Range(a, b) => format!("{a}..{b}"),
        };
        let span = match value {
            Value::Name(n) if !n.span.is_empty() => n.span.clone(),
            _ => at.span.clone(),
        };
        // `date = resolution 1373`, `meeting = S/RES/2531 (2020)`: the
        // document's own date, year or meeting (`adopted on the same day as
        // 1373`).
        if let Value::Name(n) = value
            && matches!(field, Field::Date | Field::Year | Field::Meeting)
            && matches!(n.form, NameForm::Number | NameForm::Symbol | NameForm::GaNumber)
        {
            return self.value_of_document(field, n);
        }
        // The same quoted, as `explain` writes it: `date = "S/RES/1373 (2001)"`.
        if let Value::Str(s) = value
            && matches!(field, Field::Date | Field::Year | Field::Meeting)
            && s.contains('/')
            && self.graph.index_of(s).is_some()
        {
            let name = Name {
                text: s.clone(),
                form: NameForm::Symbol,
                span: span.clone(),
            };
            return self.value_of_document(field, &name);
        }
        match field {
            Field::Kind => Some(PValue::Kind(self.kind(&text, &span))),
            Field::Edge => Some(PValue::Edge(self.edge_kinds(&[Word { text, span }]))),
            Field::Position => match position(&text) {
                Some(p) => Some(PValue::Position(p)),
                None => {
                    self.explain(
                        &text,
                        &span,
                        "not a vote position; write in_favour, against, abstention, not_participating, absent or present_not_voting".into(),
                    );
                    None
                }
            },
            Field::Node | Field::Actor => {
                let name = match value {
                    Value::Name(n) => n.clone(),
                    Value::Int(_) => Name {
                        text,
                        form: NameForm::Number,
                        span,
                    },
                    _ => Name {
                        text,
                        form: NameForm::Words,
                        span,
                    },
                };
                self.node_only(&name).map(PValue::Node)
            }
            Field::Year
            | Field::Count
            | Field::Depth
            | Field::Score
            | Field::InFavour
            | Field::Against
            | Field::Abstentions
            | Field::NotParticipating
            | Field::Meeting => match text.parse::<i64>() {
                Ok(n) => Some(PValue::Int(n)),
                Err(_) => {
                    let hint = format!(
                        "{} compares with a number, as in {} >= 2015",
                        field.name(),
                        field.name()
                    );
                    self.explain(&text, &span, hint);
                    None
                }
            },
            Field::Held
            | Field::Stub
            | Field::Suspect
            | Field::Unanimous
            | Field::WithoutVote
            | Field::Vetoed
            | Field::Permanent => match text.to_ascii_lowercase().as_str() {
                "true" | "yes" => Some(PValue::Bool(true)),
                "false" | "no" => Some(PValue::Bool(false)),
                _ => {
                    self.explain(&text, &span, format!("{} is true or false", field.name()));
                    None
                }
            },
            // A full date must be one of the calendar's: `2011-02-30` is
            // no day, so no document is of it.
            Field::Date | Field::EndDate
                if matches!(value, Value::Date(_))
                    && text.len() == 10
                    && text.parse::<crate::model::Date>().is_err() =>
            {
                self.explain(
                    &text,
                    &span,
                    "no such day in the calendar; write a date as YYYY-MM-DD, as in date >= 2011-02-28"
                        .into(),
                );
                None
            }
            Field::Organ => Some(PValue::Str(organ_name(&text).to_lowercase())),
            _ => {
                let _ = op;
                Some(PValue::Str(text.to_lowercase()))
            }
        }
    }

    /// A document's date, year or meeting, as a value to compare with; a
    /// document without it is an error that says the record lacks it (an
    /// empty answer would read as "no other document").
    fn value_of_document(&mut self, field: Field, name: &Name) -> Option<PValue> {
        let ix = self.node_only(name)?;
        let g = self.graph.petgraph();
        let node = &g[ix];
        let found = match field {
            Field::Date => node.date.map(|d| PValue::Str(d.to_string())),
            Field::Year => node.year().map(|y| PValue::Int(i64::from(y))),
            _ => super::eval::meeting_of(g, ix).map(|m| PValue::Int(i64::from(m))),
        };
        if found.is_none() {
            let what = match field {
                Field::Date => "no date of adoption",
                Field::Year => "no year",
                _ => "no meeting (no tally line and no adopted_at edge)",
            };
            let hint = format!(
                "the graph records {what} for {}, so what shares it cannot be told",
                node.id
            );
            self.explain(&name.text, &name.span, hint);
        }
        found
    }

    fn kind(&mut self, text: &str, span: &ast::Span) -> KindMask {
        match kind_mask(text) {
            Some(m) => m,
            None => {
                let names = KIND_NAMES.iter().map(|(n, _)| *n);
                let c = suggest(&text.to_lowercase(), names);
                self.problem(text, span, "kind", c, false);
                KindMask(0)
            }
        }
    }

    fn edge_kinds(&mut self, words: &[Word]) -> EdgeMask {
        let mut mask = EdgeMask(0);
        for w in words {
            match edge_kind_word(&w.text) {
                Some(EdgeMask::ALL) => return EdgeMask::ALL,
                Some(m) => mask.0 |= m.0,
                None => {
                    let names = EdgeKind::ALL.iter().map(|k| k.as_str()).chain(["any"]);
                    let c = suggest(&w.text.to_ascii_lowercase(), names);
                    self.problem(&w.text, &w.span, "edge kind", c, false);
                }
            }
        }
        mask
    }

    /// A name that must be one node (path ends, `node = X`, `mentions X`).
    fn node_only(&mut self, name: &Name) -> Option<NodeIndex> {
        match self.name(name)? {
            Bound::Node(ix) => Some(ix),
            Bound::Nodes(nodes) => {
                let c = ids(self.graph, &nodes);
                self.problem(&name.text, &name.span, "node", c, true);
                if let Some(p) = self.problems.last_mut() {
                    p.hint = Some(
                        "the name stood for these at different times: give the years, or one of them".into(),
                    );
                }
                None
            }
            Bound::Var(_) => {
                self.problem(
                    &name.text,
                    &name.span,
                    "single node (a binding is a set)",
                    Vec::new(),
                    false,
                );
                None
            }
        }
    }

    /// A name whose meaning depends on the date ([`dated_runs`]), read in
    /// the years the statement asks about (all years when it asks none):
    /// `Congo` in 1960 is the Democratic Republic of the Congo, as the
    /// extractor reads the texts of 1960; over all years it stood for both
    /// Congos, and a note says which in which years. `None` for a name that
    /// is not dated; `Some(None)` when it named no node in those years (the
    /// problem says so).
    fn dated(&mut self, name: &Name) -> Option<Option<Bound>> {
        if name.form != NameForm::Words || self.graph.index_of(name.text.trim()).is_some() {
            return None;
        }
        let runs = dated_runs(&name.text)?;
        let (lo, hi) = self.years.unwrap_or((FIRST_YEAR, LAST_YEAR));
        let asked: Vec<&DatedRun> = runs.iter().filter(|r| r.from <= hi && r.until >= lo).collect();
        let mut nodes: Vec<NodeIndex> = Vec::new();
        for ix in asked
            .iter()
            .filter_map(|r| r.id.as_deref().and_then(|id| self.graph.index_of(id)))
        {
            if !nodes.contains(&ix) {
                nodes.push(ix);
            }
        }
        let story = (runs.iter().filter(|r| r.id.is_some()))
            .map(DatedRun::describe)
            .collect::<Vec<_>>()
            .join(", ");
        let story = format!("the texts' {:?} is {story}", name.text.trim());
        let years = match self.years {
            Some((lo, hi)) if lo == hi => format!(" in {lo}"),
            Some((lo, hi)) => format!(" in {lo}..{hi}"),
            None => String::new(),
        };
        let key = (name.span.start, name.span.end, name.text.clone());
        let unread: Vec<String> = asked
            .iter()
            .filter(|r| r.id.is_none())
            .map(|r| r.span())
            .collect();
        let unread = if unread.is_empty() {
            String::new()
        } else {
            format!(
                "; {} it names no node, so what the texts of those years say of it is not recorded",
                unread.join(" and ")
            )
        };
        let note = match nodes.as_slice() {
            [] => {
                let hint = format!("{:?}{years} names no node: {story}{unread}", name.text.trim());
                self.explain(&name.text, &name.span, hint);
                return Some(None);
            }
            [one] => {
                let id = self.graph.node_at(*one).map(|n| n.id.clone()).unwrap_or_default();
                self.resolved.insert(key, id.clone());
                // Said even where a current text reads the name so: a
                // reader may mean its other sense (`Congo` in 1999).
                format!("{:?}{years} is taken as {id}: {story}{unread}", name.text.trim())
            }
            many => format!(
                "{:?}{years} stands for {}: {story}{unread}; the answer is for all of them (give the years, or one of them by its id, to ask for one)",
                name.text.trim(),
                ids(self.graph, many).join(" and ")
            ),
        };
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
        Some(Some(match nodes.as_slice() {
            [one] => Bound::Node(*one),
            _ => Bound::Nodes(nodes),
        }))
    }

    /// What to say when a name asked is one the texts stopped writing for
    /// an actor they still name: a state's or a body's other name in the
    /// actor dictionary (`Zaire`, `Burma`), not its label, whose last text
    /// (by the evidence lines that write it, as a whole word) is older than
    /// the last text that names the actor. One node holds all its names,
    /// so the answer is for every name; the note gives the years of this
    /// one, as a dated name's note does (`Congo`). `None` for the actor's
    /// own name, an acronym (`the UK`), a name for questions only (`the
    /// US`, which the texts do not write for the state), and a name still
    /// written. The note says when the name was last written, not that it
    /// was given up: `the Soviet Union` is as much the USSR's name as
    /// `USSR`, though the texts wrote it only in 1946.
    fn former_name(&self, typed: &str, ix: NodeIndex) -> Option<String> {
        let node = self.graph.node_at(ix)?;
        let asked = normalize(typed);
        let typed = typed.trim();
        let bare = ["the ", "The "]
            .iter()
            .find_map(|p| typed.strip_prefix(p))
            .unwrap_or(typed);
        let dict = crate::extract::ActorDictionary::bundled();
        if !matches!(node.kind, NodeKind::Actor | NodeKind::State)
            || !bare.chars().any(char::is_lowercase)
            || normalize(&node.label) == asked
            || node.title.as_deref().is_some_and(|t| normalize(t) == asked)
            || dict.resolve(typed) != Some(node.id.as_str())
            || dict.asked_only(typed)
        {
            return None;
        }
        let words = bare.to_lowercase();
        let g = self.graph.petgraph();
        let (mut first, mut last, mut latest) = (u16::MAX, 0u16, 0u16);
        let mut texts = 0usize;
        for e in g.edges_directed(ix, petgraph::Direction::Incoming) {
            if e.weight().kind != EdgeKind::Mentions {
                continue;
            }
            let Some(year) = g[petgraph::visit::EdgeRef::source(&e)].year() else {
                continue;
            };
            latest = latest.max(year);
            let says = e
                .weight()
                .attrs()
                .evidence
                .as_ref()
                .is_some_and(|ev| writes_words(&ev.quote.to_lowercase(), &words));
            if says {
                texts += 1;
                first = first.min(year);
                last = last.max(year);
            }
        }
        if texts == 0 || last >= latest {
            return None;
        }
        let (years, ask) = if first == last {
            (first.to_string(), format!("`… in {first}` for that year"))
        } else {
            (
                format!("{first}–{last}"),
                format!("`… between {first} and {last}` for those years"),
            )
        };
        Some(format!(
            "{typed:?} is another name of {}, last written in {last}: one node holds all its names, so the \
             answer is for all of them (the texts up to {latest}); the evidence lines that write {typed:?} are \
             of {years} ({texts} {}): ask {ask}",
            node.id,
            if texts == 1 { "text" } else { "texts" },
        ))
    }

    /// What to say when the nodes a name matches are one actor's name
    /// scoped to several countries ([`scoped_base`]), and perhaps the same
    /// name unscoped: the countries, and how to ask for one.
    fn scoped_hint(&self, nodes: &[NodeIndex]) -> Option<String> {
        let named: Vec<&crate::model::Node> = nodes.iter().filter_map(|ix| self.graph.node_at(*ix)).collect();
        let base = named.iter().find_map(|n| scoped_base(n))?;
        let mut countries: Vec<&str> = Vec::new();
        let mut unscoped = None;
        for n in &named {
            match scoped_base(n) {
                Some(b) if b == base => countries.push(&n.label[base.len() + 2..n.label.len() - 1]),
                _ if n.kind == NodeKind::Actor && n.label == base => unscoped = Some(n.id.as_str()),
                _ => return None,
            }
        }
        countries.sort_unstable();
        let first = countries.first()?;
        let unsaid = unscoped.map_or(String::new(), |id| {
            format!("; and {id} itself, in texts whose country is not clear")
        });
        Some(format!(
            "{} actors have this name, one for each country whose texts name it: {}{unsaid}; ask \
             for one in quotes, as \"{base} ({first})\"",
            named.len(),
            countries.join("; "),
        ))
    }

    fn name(&mut self, name: &Name) -> Option<Bound> {
        self.name_where(name, None)
    }

    /// Look a name up; when several nodes match and `fits` (what the query
    /// does with the name, e.g. "has incoming `establishes` edges") keeps
    /// exactly one, take that one and say so in a note.
    fn name_where(
        &mut self,
        name: &Name,
        fits: Option<(&dyn Fn(NodeIndex) -> bool, String)>,
    ) -> Option<Bound> {
        let key = (name.span.start, name.span.end, name.text.clone());
        let by_binding = |r: &Self, text: &str| r.bindings.iter().rposition(|b| b == text);
        if name.form == NameForm::Var
            || (name.form == NameForm::Words && by_binding(self, &name.text).is_some())
        {
            return match by_binding(self, &name.text) {
                Some(i) => {
                    self.resolved.insert(key, format!("${}", name.text));
                    Some(Bound::Var(i))
                }
                None => {
                    let c = suggest(&name.text, self.bindings.iter().map(String::as_str));
                    let c = c.into_iter().map(|b| format!("${b}")).collect();
                    self.problem(&format!("${}", name.text), &name.span, "binding", c, false);
                    None
                }
            };
        }
        // `show ""`: nothing to look for, and any suggestion would be a guess.
        if name.text.trim().is_empty() {
            self.explain(
                &format!("\"{}\"", name.text),
                &name.span,
                "the name is empty: write a name between the quotes (\"MINUSMA\", \"S/RES/1325 (2000)\")"
                    .to_string(),
            );
            return None;
        }
        // No node's name is this long: say so at once, rather than compare
        // it with every name for a suggestion.
        if name.text.chars().count() > LONGEST_NAME {
            let hint = format!(
                "a name of {} characters; no node's name is longer than {LONGEST_NAME}",
                name.text.chars().count()
            );
            self.explain(&name.text, &name.span, hint);
            return None;
        }
        if let Some(number) = signed_number(&name.text) {
            let hint = format!("a document's number has no sign; write {number} for resolution {number}");
            self.explain(&name.text, &name.span, hint);
            return None;
        }
        if let Some(bound) = self.dated(name) {
            return bound;
        }
        let found = lookup(self.names, name, true);
        // `a sanctions committee`: a kind, whatever names come near it.
        if !matches!(found, Lookup::One(_))
            && name.form == NameForm::Words
            && let Some(hint) = kind_not_node(&name.text)
        {
            self.explain(&name.text, &name.span, hint);
            return None;
        }
        match found {
            Lookup::One(ix) => {
                if let Some(node) = self.graph.node_at(ix) {
                    self.resolved.insert(key, node.id.clone());
                }
                if name.form == NameForm::Words
                    && let Some(note) = self.former_name(&name.text, ix)
                    && !self.notes.contains(&note)
                {
                    self.notes.push(note);
                }
                Some(Bound::Node(ix))
            }
            Lookup::Many(c) => {
                if let Some((fits, why)) = fits {
                    let fitting: Vec<NodeIndex> = c.iter().copied().filter(|ix| fits(*ix)).collect();
                    if let [one] = fitting.as_slice() {
                        let id = self.graph.node_at(*one).map(|n| n.id.clone()).unwrap_or_default();
                        let others: Vec<String> =
                            ids(self.graph, &c).into_iter().filter(|o| *o != id).collect();
                        self.notes.push(format!(
                            "{:?} taken as {id}, the only match {why} (also matched: {})",
                            name.text,
                            others.join(", ")
                        ));
                        self.resolved.insert(key, id);
                        return Some(Bound::Node(*one));
                    }
                }
                let total = c.len();
                let scoped = self.scoped_hint(&c);
                let mut c = ids(self.graph, &c);
                c.truncate(8);
                if let Some(hint) = scoped {
                    self.problem(&name.text, &name.span, "node", c, true);
                    if let Some(p) = self.problems.last_mut() {
                        p.hint = Some(hint);
                    }
                    return None;
                }
                // Ids of parts of a file (`000_5084…#letter/annex-I`) mean
                // nothing to a reader: those are listed by label and kind.
                let readable = c.iter().all(|id| !id.contains('#'));
                self.problem(&name.text, &name.span, "node", c.clone(), true);
                if !readable && let Some(p) = self.problems.last_mut() {
                    let named: Vec<String> = c
                        .iter()
                        .filter_map(|id| self.graph.node(id))
                        .map(|n| {
                            let label: String = n.label.chars().take(70).collect();
                            let cut = if label.len() < n.label.len() { "…" } else { "" };
                            format!("\"{label}{cut}\" ({})", n.kind.as_str())
                        })
                        .collect();
                    let more = if total > named.len() {
                        format!(" and {} more", total - named.len())
                    } else {
                        String::new()
                    };
                    p.hint = Some(format!(
                        "{total} nodes match: {}{more}; write more of the name",
                        named.join(", ")
                    ));
                }
                None
            }
            Lookup::None(c) if name.form == NameForm::Number && c.is_empty() => {
                let number: String = name.text.chars().take_while(char::is_ascii_digit).collect();
                let year = number.parse().ok().and_then(crate::symbol::sc_resolution_year);
                let hint = match year {
                    Some(y) => format!(
                        "no resolution {number} in the graph: it is of {y}, and {}; nothing held cites it",
                        super::coverage::year_held_sentence(self.graph, y)
                    ),
                    None => format!(
                        "no resolution {number} in the graph: no text held is or cites it; {}",
                        super::coverage::years_held_sentence(self.graph)
                    ),
                };
                self.explain(&name.text, &name.span, hint);
                None
            }
            // `which resolutions mention the Security Council`: the Council
            // is the author of every resolution, not a name read in them.
            Lookup::None(_) if name.form == NameForm::Words && names_the_council(&name.text) => {
                let hint = "the Security Council is not a node: it adopts every resolution, and the graph \
                            records what its texts cite and name, not the Council itself (`all resolutions` \
                            lists its resolutions; Chapter V of the Charter, \"The Security Council\", is \
                            `charter:Chapter V`)"
                    .to_string();
                self.explain(&name.text, &name.span, hint);
                None
            }
            // `what mentions the Secretary-General`: the office is named by
            // nearly every resolution and is no node; what it issues is.
            Lookup::None(_) if name.form == NameForm::Words && names_the_secretary_general(&name.text) => {
                let hint = "the Secretary-General is not a node: nearly every resolution names the office, and \
                            the graph records what it issues, not the office itself: its reports and letters \
                            are documents (`all reports`; `which reports does 2098 cite`; `which reports of the \
                            Secretary-General are cited most`), and the envoys, offices and missions of the \
                            Secretary-General the texts name are actors (`all actors where label ~ \"Secretary-General\"`)"
                    .to_string();
                self.explain(&name.text, &name.span, hint);
                None
            }
            // `what mentions article 99`: an article is asked through its
            // chapter's node, which no text held may name.
            Lookup::None(_) if let Some(chapter) = charter_chapter(&name.text) => {
                let named: Vec<String> = self
                    .graph
                    .nodes()
                    .filter(|n| n.id.starts_with("charter:"))
                    .map(|n| n.label.clone())
                    .collect();
                let hint = format!(
                    "no text in this graph is recorded as naming or acting under Chapter {chapter} of the Charter \
                     or an article of it (an article is asked through the node of its chapter: Article 41 is \
                     charter:Chapter VII); {}. A text may still cite the article by number: search the texts \
                     for it (grep -l -w 'Article N' FILES)",
                    if named.is_empty() {
                        "no chapter is recorded".to_string()
                    } else {
                        format!("the chapters recorded are {}", named.join(", "))
                    }
                );
                self.explain(&name.text, &name.span, hint);
                None
            }
            // A state or body the actor dictionary knows that no text held
            // names: an absence, not a typo.
            Lookup::None(_)
                if let Some(id) = crate::extract::ActorDictionary::bundled().resolve(&name.text)
                    && self.graph.index_of(id).is_none() =>
            {
                let hint = format!(
                    "no text in this graph mentions {} ({id}, in the actor dictionary): the graph \
                     records nothing about it",
                    name.text.trim()
                );
                self.explain(&name.text, &name.span, hint);
                None
            }
            // A near name of the dictionary's, when the graph has none.
            Lookup::None(c) if c.is_empty() && name.form == NameForm::Words => {
                let dict = crate::extract::ActorDictionary::bundled();
                let absent: Vec<(String, &str)> = dict
                    .ids()
                    .filter(|id| self.graph.index_of(id).is_none())
                    .map(|id| (id.split_once(':').map_or(id, |(_, n)| n).to_lowercase(), id))
                    .collect();
                let near = suggest(&name.text, absent.iter().map(|(n, _)| n.as_str()));
                let near = near
                    .first()
                    .and_then(|n| absent.iter().find(|(lower, _)| lower == n))
                    .map(|(_, id)| id.split_once(':').map_or(*id, |(_, n)| n));
                match near {
                    Some(n) => {
                        let hint = format!(
                            "no node of that name; did you mean {n}? (in the actor dictionary, but \
                             no text in this graph mentions it)"
                        );
                        self.explain(&name.text, &name.span, hint);
                    }
                    None => {
                        let hint = not_a_node(self.graph, &name.text);
                        self.explain(&name.text, &name.span, hint);
                    }
                }
                None
            }
            // A resolution's symbol the graph lacks: how much of its year
            // the corpus holds says whether that is an absence of texts.
            Lookup::None(c)
                if name.form == NameForm::Symbol
                    && let Ok(s) = name.text.trim().parse::<Symbol>()
                    && s.kind() == crate::symbol::SymbolKind::ScResolution
                    && let Some(y) = s.year()
                    && !c.iter().any(|o| same_number(o, &s)) =>
            {
                let hint = format!(
                    "no {} in the graph: {}; nothing held cites it",
                    s.as_str(),
                    super::coverage::year_held_sentence(self.graph, y)
                );
                self.explain(&name.text, &name.span, hint);
                None
            }
            // `HIV/AIDS`: no document's symbol, no name near it.
            Lookup::None(c) if c.is_empty() && name.form == NameForm::Symbol => {
                let hint = not_a_node(self.graph, &name.text);
                self.explain(&name.text, &name.span, hint);
                None
            }
            Lookup::None(c) => {
                self.problem(&name.text, &name.span, "node", c, false);
                None
            }
        }
    }
}

/// What a vote question's record lacks ([`Resolver::vote_gap`]): the
/// sentence, and how many states the record names with the position asked.
struct VoteGap {
    sentence: String,
    named: u32,
}

/// The node a condition asks for (`node = China`, within `and`s), as the
/// key its name was resolved under.
fn node_asked(cond: &Cond) -> Option<(usize, usize, String)> {
    match cond {
        Cond::And(a, b) => node_asked(a).or_else(|| node_asked(b)),
        Cond::Compare {
            field,
            op: CmpOp::Eq,
            value,
        } if field.text.eq_ignore_ascii_case("node") || field.text.eq_ignore_ascii_case("actor") => {
            match value {
                Value::Name(n) if !n.span.is_empty() => Some((n.span.start, n.span.end, n.text.clone())),
                Value::Name(n) => Some((field.span.start, field.span.end, n.text.clone())),
                Value::Str(t) => Some((field.span.start, field.span.end, t.clone())),
                Value::Int(n) => Some((field.span.start, field.span.end, n.to_string())),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The positions a condition of `or`s asks for, each of its branches a
/// position (`position = absent or position = not_participating`); `None`
/// for any other condition.
fn positions_any(cond: &Cond) -> Option<Vec<VotePosition>> {
    match cond {
        Cond::Or(a, b) => {
            let mut list = positions_any(a)?;
            list.extend(positions_any(b)?);
            Some(list)
        }
        c => position_asked(c)
            .filter(|_| !matches!(c, Cond::And(..)))
            .map(|p| vec![p]),
    }
}

/// The sentence of an evidence quote that says how a member stood aside
/// ("One member (China) did not participate in the voting."), without the
/// words around it the quote carries; the whole quote for a vote cast, or
/// when no sentence says it.
fn statement_of(quote: &str, position: VotePosition) -> &str {
    let key = match position {
        VotePosition::NotParticipating => "participat",
        VotePosition::Absent => "absent",
        VotePosition::PresentNotVoting => "not voting",
        _ => return quote,
    };
    let mut start = 0;
    for (i, _) in quote
        .match_indices(". ")
        .chain(std::iter::once((quote.len(), "")))
    {
        let end = (i + 1).min(quote.len());
        let sentence = &quote[start..end];
        if sentence.to_ascii_lowercase().contains(key) {
            return sentence.trim();
        }
        start = end;
    }
    quote
}

/// The vote position a condition asks for (`position = against`, within
/// `and`s).
fn position_asked(cond: &Cond) -> Option<VotePosition> {
    match cond {
        Cond::And(a, b) => position_asked(a).or_else(|| position_asked(b)),
        Cond::Compare {
            field,
            op: CmpOp::Eq,
            value,
        } if field.text.eq_ignore_ascii_case("position") => match value {
            Value::Str(t) => position(t),
            Value::Name(n) => position(&n.text),
            _ => None,
        },
        _ => None,
    }
}

fn position(text: &str) -> Option<VotePosition> {
    match text.to_lowercase().replace([' ', '-'], "_").as_str() {
        "in_favour" | "in_favor" | "favour" | "favor" | "for" | "yes" => Some(VotePosition::InFavour),
        "against" | "no" => Some(VotePosition::Against),
        "abstention" | "abstained" | "abstain" => Some(VotePosition::Abstention),
        "not_participating"
        | "non_participating"
        | "did_not_participate"
        | "not_participate"
        | "nonparticipation"
        | "non_participation" => Some(VotePosition::NotParticipating),
        "absent" => Some(VotePosition::Absent),
        "present_not_voting" | "present_and_not_voting" => Some(VotePosition::PresentNotVoting),
        _ => None,
    }
}

/// An organ's name as [`Symbol::organ`] gives it, from its name or its
/// usual abbreviation (`HRC`, `ECOSOC`, `GA`); other words are kept (an
/// organ with no abbreviation here, or part of a name with `~`).
fn organ_name(text: &str) -> &str {
    match text.trim().to_lowercase().replace(['.', '_'], " ").as_str() {
        "sc" | "unsc" | "council" => "Security Council",
        "ga" | "unga" | "assembly" => "General Assembly",
        "hrc" | "unhrc" => "Human Rights Council",
        "ecosoc" => "Economic and Social Council",
        "chr" => "Commission on Human Rights",
        _ => text,
    }
}

pub(crate) const KIND_NAMES: &[(&str, &[NodeKind])] = &[
    ("resolution", &[NodeKind::Resolution]),
    ("presidential_statement", &[NodeKind::PresidentialStatement]),
    ("prst", &[NodeKind::PresidentialStatement]),
    ("report", &[NodeKind::Report]),
    ("letter", &[NodeKind::Letter]),
    ("draft_resolution", &[NodeKind::DraftResolution]),
    ("draft", &[NodeKind::DraftResolution]),
    ("meeting_record", &[NodeKind::MeetingRecord]),
    ("meeting", &[NodeKind::MeetingRecord]),
    ("ga_resolution", &[NodeKind::GaResolution]),
    ("general_assembly_resolution", &[NodeKind::GaResolution]),
    ("organ_resolution", &[NodeKind::OrganResolution]),
    ("ga_document", &[NodeKind::GaDocument]),
    ("yearbook", &[NodeKind::Yearbook]),
    ("statement", &[NodeKind::Statement]),
    ("document", &[]),
    ("actor", &[NodeKind::Actor]),
    ("state", &[NodeKind::State]),
    ("country", &[NodeKind::State]),
    ("member_state", &[NodeKind::State]),
    ("person", &[NodeKind::Person]),
    ("people", &[NodeKind::Person]),
    ("place", &[NodeKind::Place]),
    ("territory", &[NodeKind::Place]),
    ("region", &[NodeKind::Place]),
    ("charter", &[NodeKind::Charter]),
    ("chapter", &[NodeKind::Charter]),
    ("charter_chapter", &[NodeKind::Charter]),
    ("node", &[]),
    ("thing", &[]),
];

/// A kind name, singular or plural, with spaces or underscores.
/// `document(s)` is every document kind; `node(s)` every kind.
pub(crate) fn kind_mask(text: &str) -> Option<KindMask> {
    let t = text.trim().to_lowercase().replace([' ', '-'], "_");
    let t = t.strip_prefix("the_").unwrap_or(&t).to_string();
    let singular = if let Some(s) = t.strip_suffix("ies") {
        format!("{s}y")
    } else if t.ends_with("ss") {
        t.clone()
    } else {
        t.strip_suffix('s').unwrap_or(&t).to_string()
    };
    for cand in [t.as_str(), singular.as_str()] {
        if let Some((name, kinds)) = KIND_NAMES.iter().find(|(n, _)| *n == cand) {
            return Some(match *name {
                "document" => KindMask::documents(),
                "node" | "thing" => KindMask(u32::MAX),
                _ => KindMask(kinds.iter().fold(0, |m, k| m | KindMask::of(*k).0)),
            });
        }
    }
    None
}

/// Whether a name matches a node of the graph (one or several).
/// Only names in words count: `2364 max 3` is not a name.
/// Asked once a text in a query: the phrase table asks of the same words
/// for each reading it tries.
pub(crate) fn knows(names: &Names, text: &str) -> bool {
    names.known(text, || knows_now(names, text))
}

fn knows_now(names: &Names, text: &str) -> bool {
    let mut name = Name::guess(text);
    // `1267 Committee`: a number followed by words is a name in words (the
    // question quotes it), not resolution 1267.
    if name.form == NameForm::Number && text.chars().any(char::is_alphabetic) {
        name.form = NameForm::Words;
    }
    name.form == NameForm::Words && !matches!(lookup(names, &name, false), Lookup::None(_))
}

enum Lookup {
    One(NodeIndex),
    Many(Vec<NodeIndex>),
    None(Vec<String>),
}

/// The last year a resolution number is looked up in when its year is not
/// given and not in the table of adoption years.
const LAST_YEAR: u16 = 2035;

/// The longest name a query looks up: longer than any document's symbol or
/// actor's name (the longest labels are titles of about 250 characters).
const LONGEST_NAME: usize = 400;

/// The digits of a number written with a sign (`-5`, `+5`, `S/RES/-5`):
/// read without it, it would name another document than the one typed
/// (the word lookup drops punctuation).
fn signed_number(text: &str) -> Option<&str> {
    let text = text.trim();
    let at = text.find(['-', '+', '\u{2212}'])?;
    let before = text[..at].chars().next_back();
    let sign = text[at..].chars().next()?;
    let digits = &text[at + sign.len_utf8()..];
    let digits = &digits[..digits.find(|c: char| !c.is_ascii_digit()).unwrap_or(digits.len())];
    (!digits.is_empty() && before.is_none_or(|c| c == '/' || c.is_whitespace())).then_some(digits)
}

/// Find the node a name stands for; with `suggest`, the names near one
/// that names none (only whether it names one costs no edit distances).
fn lookup(names: &Names, name: &Name, suggest: bool) -> Lookup {
    let graph = names.graph;
    let text = name.text.trim();
    if let Some(ix) = graph.index_of(text) {
        return Lookup::One(ix);
    }
    match name.form {
        NameForm::Number => lookup_number(graph, text),
        NameForm::GaNumber => {
            let id = format!("A/RES/{text}");
            match graph.index_of(&id) {
                Some(ix) => Lookup::One(ix),
                None => Lookup::None(suggest_ids(graph, &id)),
            }
        }
        NameForm::Symbol => match text.parse::<Symbol>() {
            Ok(s) => match graph.index_of(s.as_str()) {
                Some(ix) => Lookup::One(ix),
                None => Lookup::None(suggest_ids(graph, s.as_str())),
            },
            Err(_) => lookup_words(names, text, suggest),
        },
        NameForm::Words | NameForm::Var => {
            if let Ok(s) = text.parse::<Symbol>()
                && let Some(ix) = graph.index_of(s.as_str())
            {
                return Lookup::One(ix);
            }
            // `2531 (2020)` quoted is a number; `1267 Monitoring Team` is words.
            if text.starts_with(|c: char| c.is_ascii_digit())
                && text
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '(' | ')'))
            {
                return lookup_number(graph, text);
            }
            let lower = text.to_lowercase();
            if let Some(rest) = lower.strip_prefix("resolution ") {
                return lookup_number(graph, rest.trim());
            }
            match lookup_words(names, text, suggest) {
                Lookup::None(suggestions) => match agenda_subject(text) {
                    Some(subject) => match lookup_words(names, subject, suggest) {
                        Lookup::None(_) => Lookup::None(suggestions),
                        found => found,
                    },
                    None => Lookup::None(suggestions),
                },
                found => found,
            }
        }
    }
}

/// The Council's agenda items name their subject after a fixed lead: `the
/// situation in Somalia`, `the situation concerning Western Sahara`, `the
/// question of Palestine`. A name no node has that starts so is looked up
/// as its subject (`Somalia`).
fn agenda_subject(text: &str) -> Option<&str> {
    const LEADS: &[&str] = &[
        "the situation in and around ",
        "the situation in ",
        "the situation concerning ",
        "the situation relating to ",
        "the situation regarding ",
        "the situation of ",
        "the question of ",
        "the question concerning ",
        "the situation in the ",
        "situation in ",
        "situation concerning ",
        "question of ",
    ];
    // Compared in place, ASCII case aside: the leads are ASCII, and a
    // lowercased copy need not keep the text's byte offsets.
    LEADS.iter().find_map(|lead| {
        let head = text.get(..lead.len())?;
        head.eq_ignore_ascii_case(lead)
            .then(|| text[lead.len()..].trim())
            .filter(|rest| !rest.is_empty())
    })
}

/// `2531` or `2531 (2020)`: a Security Council resolution.
/// Nothing but the number and its year may be written: `1325 on Sudan` is
/// no resolution (the words after the number are not read, so the name is
/// refused rather than read as 1325).
fn lookup_number(graph: &CitationGraph, text: &str) -> Lookup {
    let digits: String = text.chars().take_while(|c| c.is_ascii_digit()).collect();
    let Ok(number) = digits.parse::<u32>() else {
        return Lookup::None(Vec::new());
    };
    let rest = text[digits.len()..].trim();
    let year: Option<u16> = match rest {
        "" => None,
        _ => match rest
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .map(str::trim)
            .filter(|y| y.len() == 4)
            .and_then(|y| y.parse().ok())
        {
            Some(y) => Some(y),
            None => return Lookup::None(Vec::new()),
        },
    };
    if let Some(year) = year {
        let id = Symbol::sc_resolution(number, year).to_string();
        if let Some(ix) = graph.index_of(&id) {
            return Lookup::One(ix);
        }
        return match lookup_number(graph, &digits) {
            Lookup::One(ix) => {
                Lookup::None(graph.node_at(ix).map(|n| vec![n.id.clone()]).unwrap_or_default())
            }
            Lookup::Many(c) => Lookup::None(ids(graph, &c)),
            Lookup::None(_) => Lookup::None(Vec::new()),
        };
    }
    if let Some(symbol) = Symbol::sc_resolution_by_number(number)
        && let Some(ix) = graph.index_of(symbol.as_str())
    {
        return Lookup::One(ix);
    }
    // Numbers past the table of adoption years: try each year (a few hash lookups).
    let found: Vec<NodeIndex> = (1946..=LAST_YEAR)
        .filter_map(|y| graph.index_of(Symbol::sc_resolution(number, y).as_str()))
        .collect();
    match found.as_slice() {
        [one] => Lookup::One(*one),
        [] => Lookup::None(Vec::new()),
        many => Lookup::Many(many.to_vec()),
    }
}

/// The step from a body to the bodies it was renamed from ([`PExpr::Renamed`]).
pub(crate) const RENAMED_FROM: &str = "renamed_from";

/// The first year a dated name is read in: the Council's first.
const FIRST_YEAR: u16 = 1946;

/// The years in which a dated name stood for one node (or none).
#[derive(Debug, PartialEq)]
struct DatedRun {
    from: u16,
    until: u16,
    /// The node id; `None` where the extractor reads the name as no node
    /// ("Palestine" before 1988, the Mandate's territory).
    id: Option<String>,
}

impl DatedRun {
    /// `up to 1965`, `in 1992..1994`, `from 1966`.
    fn span(&self) -> String {
        match (self.from == FIRST_YEAR, self.until == LAST_YEAR) {
            (true, true) => "in every year".into(),
            (true, false) => format!("up to {}", self.until),
            (false, true) => format!("from {}", self.from),
            (false, false) if self.from == self.until => format!("in {}", self.from),
            (false, false) => format!("in {}..{}", self.from, self.until),
        }
    }

    /// `state:Congo from 1966`.
    fn describe(&self) -> String {
        format!("{} {}", self.id.as_deref().unwrap_or_default(), self.span())
    }
}

/// What a name the actor dictionary reads by the document's year (dated
/// aliases in `data/actors.toml`: "Congo" is the Democratic Republic of the
/// Congo up to 1965, the Republic of the Congo from 1966) stands for, year
/// by year, as the extractor reads it in a text of that year: the runs of
/// years with one meaning. `None` when the name is not one of the
/// dictionary's or means the same in every year.
fn dated_runs(text: &str) -> Option<Vec<DatedRun>> {
    let dictionary = crate::extract::ActorDictionary::bundled();
    let text = text.trim();
    for form in [Some(text.to_string()), title_case(text)].into_iter().flatten() {
        let name = ["the ", "The "]
            .iter()
            .find_map(|p| form.strip_prefix(p))
            .unwrap_or(&form);
        let found = dictionary.scan(name);
        let [f] = found.as_slice() else { continue };
        if f.start != 0 || f.end != name.len() {
            continue;
        }
        let mut runs: Vec<DatedRun> = Vec::new();
        for year in FIRST_YEAR..=LAST_YEAR {
            let id = dictionary
                .target(f, Some(year))
                .map(|e| dictionary.entry(e).id.clone());
            match runs.last_mut() {
                Some(run) if run.id == id => run.until = year,
                _ => runs.push(DatedRun {
                    from: year,
                    until: year,
                    id,
                }),
            }
        }
        return (runs.len() > 1).then_some(runs);
    }
    None
}

/// The years a statement asks about: the `year` and `date` conditions its
/// `where` clauses all hold (`year = 1960`, `year in 1960..1964`, `date >=
/// "1993-01-01"`), intersected; `None` when it sets none. Conditions under
/// `or` or `not`, and those of one side of a set operation, bound nothing.
fn year_window(expr: &Expr) -> Option<(u16, u16)> {
    fn bound(cond: &Cond, lo: &mut Option<u16>, hi: &mut Option<u16>) {
        let at_least = |y: u64, lo: &mut Option<u16>| {
            let y = y.min(u16::MAX as u64) as u16;
            *lo = Some(lo.map_or(y, |l| l.max(y)));
        };
        let at_most = |y: u64, hi: &mut Option<u16>| {
            let y = y.min(u16::MAX as u64) as u16;
            *hi = Some(hi.map_or(y, |h| h.min(y)));
        };
        match cond {
            Cond::And(a, b) => {
                bound(a, lo, hi);
                bound(b, lo, hi);
            }
            Cond::Compare { field, op, value } => {
                let f = field.text.to_ascii_lowercase();
                let year = match (f.as_str(), value) {
                    ("year", Value::Int(n)) => *n,
                    ("date", Value::Date(d) | Value::Str(d)) => match d.get(..4).and_then(|y| y.parse().ok())
                    {
                        Some(y) => y,
                        None => return,
                    },
                    _ => return,
                };
                match op {
                    CmpOp::Eq => {
                        at_least(year, lo);
                        at_most(year, hi);
                    }
                    CmpOp::Ge => at_least(year, lo),
                    CmpOp::Gt if f == "year" => at_least(year + 1, lo),
                    CmpOp::Gt => at_least(year, lo),
                    CmpOp::Le => at_most(year, hi),
                    CmpOp::Lt if f == "year" => at_most(year.saturating_sub(1), hi),
                    CmpOp::Lt => at_most(year, hi),
                    _ => {}
                }
            }
            Cond::In { field, values } if field.text.eq_ignore_ascii_case("year") => {
                let years = values.iter().filter_map(|v| match v {
                    Value::Int(n) => Some((*n, *n)),
                    Value::Range(a, b) => Some((*a, *b)),
                    _ => None,
                });
                let (mut first, mut last) = (u64::MAX, 0);
                for (a, b) in years {
                    first = first.min(a);
                    last = last.max(b);
                }
                if first <= last {
                    at_least(first, lo);
                    at_most(last, hi);
                }
            }
            _ => {}
        }
    }
    let (mut lo, mut hi) = (None, None);
    let mut e = expr;
    loop {
        match e {
            Expr::Where { input, cond } => {
                bound(cond, &mut lo, &mut hi);
                e = input;
            }
            Expr::Pipe { input, .. } => e = input,
            Expr::Walk { from, .. } => e = from,
            _ => break,
        }
    }
    if lo.is_none() && hi.is_none() {
        return None;
    }
    Some((lo.unwrap_or(FIRST_YEAR), hi.unwrap_or(LAST_YEAR)))
}

fn ids(graph: &CitationGraph, nodes: &[NodeIndex]) -> Vec<String> {
    let mut v: Vec<String> = nodes
        .iter()
        .filter_map(|ix| graph.node_at(*ix).map(|n| n.id.clone()))
        .collect();
    v.sort_by(|a, b| natural_cmp(a, b));
    v
}

/// Whether `text` holds `words` as whole words (`uk` is not in
/// `ukraine`); both already lowercased.
fn writes_words(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + words.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Lower case, letters and digits only, words separated by one space,
/// without a leading "the" or a possessive.
pub(super) fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() || c == '/' || c == ':' || c == ',' {
            space = true;
        }
    }
    let out = out.strip_prefix("the ").map(str::to_string).unwrap_or(out);
    out.strip_suffix(" s").map(str::to_string).unwrap_or(out)
}

/// A word that is part of many names and names nothing alone (English and
/// French articles, prepositions, conjunctions).
fn is_stop_word(word: &str) -> bool {
    const STOP: [&str; 24] = [
        "", "a", "an", "and", "at", "by", "de", "des", "du", "et", "for", "from", "in", "la", "le", "les",
        "of", "on", "or", "s", "the", "to", "with", "y",
    ];
    STOP.contains(&word)
}

/// Whether `name` (a former name as a renaming writes it: `MONUC`, `the
/// Committee of Good Offices`) is one of `node`'s names.
pub(crate) fn is_named(node: &crate::model::Node, name: &str) -> bool {
    let wanted = normalize(name);
    !wanted.is_empty() && node_names(node).any(|n| normalize(n) == wanted)
}

/// Names of a node that people may type: its id without the prefix, label, title, aliases.
/// A chapter of the Charter titled for an organ (Chapter V, "The Security
/// Council") is not named by its title: the words name the organ. An
/// actor's or a state's title (its name in full, from the actor
/// dictionary: "Security Council Committee pursuant to resolutions 1267
/// (1999), …") is the dictionary's to read, with the names it knows: as a
/// name to search inside it would offer the committee for `resolutions`.
pub(super) fn node_names(node: &crate::model::Node) -> impl Iterator<Item = &str> {
    let bare = node.id.split_once(':').map_or(node.id.as_str(), |(_, rest)| rest);
    let title = node.title.as_deref().filter(|t| match node.kind {
        NodeKind::Charter => !names_an_organ(t),
        NodeKind::Actor | NodeKind::State | NodeKind::Place | NodeKind::Person => false,
        _ => true,
    });
    [bare, node.label.as_str()]
        .into_iter()
        .chain(title)
        .chain(node.aliases.iter().map(String::as_str))
}

/// Whether a name is one of the principal organs of the United Nations
/// that the Charter's chapters are titled for.
fn names_an_organ(name: &str) -> bool {
    const ORGANS: &[&str] = &[
        "security council",
        "general assembly",
        "economic and social council",
        "trusteeship council",
        "international court of justice",
        "secretariat",
    ];
    ORGANS.contains(&normalize(name).as_str())
}

/// Whether words name the Security Council itself (`the Security
/// Council`, `the UN Security Council`, `UNSC`), which adopts every
/// resolution and is no node of the graph. `Council` alone stays a name
/// like any other: several bodies are councils.
fn names_the_council(words: &str) -> bool {
    matches!(
        normalize(words).as_str(),
        "security council" | "council" | "un security council" | "united nations security council" | "unsc"
    )
}

/// Whether a statement lists the bodies resolutions ended (`which missions
/// were terminated in 1999`: `(all resolutions …) -> terminates`), under
/// any filters and stages.
fn lists_ends(expr: &Expr) -> bool {
    fn inner(e: &Expr) -> &Expr {
        let mut e = e;
        while let Expr::Where { input, .. } | Expr::Pipe { input, .. } = e {
            e = input;
        }
        e
    }
    let Expr::Walk { from, step } = inner(expr) else {
        return false;
    };
    step.direction == Direction::Out
        && !step.kinds.is_empty()
        && step.kinds.iter().all(|k| k.text == "terminates")
        && matches!(inner(from), Expr::All(_))
}

/// A vote metric narrowed to the resolutions of some years, as the metric
/// word writes it: `abstained_1990_1999` (1990 to 1999), `voted_against_1965`
/// (1965), `abstained_since_1990`, `voted_in_favour_until_1970`. The base
/// metric's name and the years, first and last; `None` for any other word.
pub(crate) fn vote_metric_years(word: &str) -> Option<(&str, (u16, u16))> {
    const VOTE_METRICS: &[&str] = &[
        "abstained",
        "abstentions_cast",
        "voted_against",
        "voted_in_favour",
        "voted_in_favor",
    ];
    let (base, rest) = VOTE_METRICS
        .iter()
        .find_map(|m| word.strip_prefix(m)?.strip_prefix('_').map(|rest| (*m, rest)))?;
    let year = |t: &str| t.parse::<u16>().ok().filter(|y| (1000..=9999).contains(y));
    let years = match rest.split('_').collect::<Vec<_>>().as_slice() {
        ["since", y] => (year(y)?, u16::MAX),
        ["until", y] => (0, year(y)?),
        [y] => (year(y)?, year(y)?),
        [a, b] => (year(a)?, year(b)?),
        _ => return None,
    };
    (years.0 <= years.1).then_some((base, years))
}

/// Years as a reader writes them after "resolutions": `of 1995`, `of
/// 1990–1999`, `since 1990`, `up to 1970`.
fn years_text((lo, hi): (u16, u16)) -> String {
    match (lo, hi) {
        (lo, hi) if lo == hi => format!("of {lo}"),
        (lo, hi) if lo <= FIRST_YEAR && hi >= LAST_YEAR => "of any year".to_string(),
        (lo, hi) if lo <= FIRST_YEAR => format!("up to {hi}"),
        (lo, hi) if hi >= LAST_YEAR => format!("since {lo}"),
        (lo, hi) => format!("of {lo}–{hi}"),
    }
}

/// Whether words name the Secretary-General (`the Secretary-General`,
/// `secretary general`, `the UN Secretary-General`), an office nearly every
/// resolution names and no node of the graph. A longer name holding it (`the
/// Special Envoy of the Secretary-General for Yemen`) stays a name.
fn names_the_secretary_general(words: &str) -> bool {
    let words = normalize(&words.replace('-', " "));
    let words = words.strip_prefix("the ").unwrap_or(&words);
    matches!(
        words,
        "secretary general"
            | "un secretary general"
            | "united nations secretary general"
            | "secretary general of the united nations"
    )
}

/// The Roman numeral of a Charter chapter's name (`Chapter XV`, `"chapter
/// xv"`), or `None` for any other name.
fn charter_chapter(words: &str) -> Option<String> {
    let words = words.trim().trim_matches('"').trim();
    let (head, numeral) = words.split_once(' ')?;
    let numeral = numeral.trim();
    (head.eq_ignore_ascii_case("chapter")
        && !numeral.is_empty()
        && numeral
            .chars()
            .all(|c| matches!(c.to_ascii_uppercase(), 'I' | 'V' | 'X')))
    .then(|| numeral.to_ascii_uppercase())
}

/// What to say of words that name no node and come near no name: what the
/// graph records (a topic, a disease, a theme is none of it), the nodes
/// whose names hold the words (`Ebola` → UNMEER, the United Nations Mission
/// for Ebola Emergency Response), and how to search the texts for them.
fn not_a_node(graph: &CitationGraph, text: &str) -> String {
    let words = text.trim().trim_matches('"').trim();
    if let Some(hint) = kind_not_node(words) {
        return hint;
    }
    if let Some(formal) = super::natural::nested_question(words) {
        return format!(
            "is a question of its own (`{formal}`), which this question does not take in the \
             place of one document: asked of a list, a vote, a mandate or a sponsor would not \
             say which documents have no record of it. Ask it first, then ask about the \
             document it gives"
        );
    }
    let related = related_nodes(graph, &normalize(words));
    let mut hint = String::from(
        "no node of that name, nor one near it. The graph records documents, states, UN \
         bodies, missions and committees, named groups and the people who sign documents; a \
         topic (a disease, a theme such as climate change) is not a node",
    );
    if !related.is_empty() {
        hint.push_str(&format!(
            ". Nodes whose names hold the words: {}; ask about one of them",
            related.join(", ")
        ));
    }
    let dir = corpus_dirs(graph).unwrap_or_else(|| "DIR".to_string());
    let quoted = words.replace('\'', "");
    hint.push_str(&format!(
        ". To find the texts that use the words, search them: grep -r -l -i '{quoted}' {dir}"
    ));
    hint
}

/// What to say of `a peacekeeping mission`, `any sanctions committee`: a
/// kind of actor after an article names no one node.
fn kind_not_node(words: &str) -> Option<String> {
    let lower = words.trim().trim_matches('"').trim().to_lowercase();
    let bare = ["a ", "an ", "any "].iter().find_map(|a| lower.strip_prefix(a))?;
    let category = super::natural::category_kind_of(bare)?;
    Some(format!(
        "names a kind of node, not one node; the resolutions that mention any of them are \
         `(all actors where category = \"{category}\") <- mentions where kind = resolution`"
    ))
}

/// Up to four nodes (actors first) whose names or, for an actor of the
/// dictionary, full title hold the words as whole words: `piracy` →
/// "Contact Group on Piracy".
fn related_nodes(graph: &CitationGraph, wanted: &str) -> Vec<String> {
    if wanted.is_empty() || wanted.split(' ').all(is_stop_word) {
        return Vec::new();
    }
    let inner = format!(" {wanted} ");
    let holds = |name: &str| {
        // `Counter-Terrorism Committee` holds `terrorism`.
        let name = normalize(&name.replace(['-', '/'], " "));
        format!(" {name} ").contains(&inner)
    };
    let dict = crate::extract::ActorDictionary::bundled();
    let g = graph.petgraph();
    let mut found: Vec<(bool, String)> = Vec::new();
    for ix in g.node_indices() {
        let node = &g[ix];
        if !matches!(
            node.kind,
            NodeKind::Actor | NodeKind::State | NodeKind::Person | NodeKind::Place
        ) {
            continue;
        }
        let title = dict.node(&node.id).and_then(|n| n.title);
        let names_it = node_names(node).any(&holds) || title.as_deref().is_some_and(&holds);
        if !names_it {
            continue;
        }
        let shown = match title {
            Some(t) if t != node.label => format!("{} ({t})", node.label),
            _ => node.label.clone(),
        };
        found.push((node.kind != NodeKind::Actor, shown));
    }
    found.sort();
    found.dedup();
    let total = found.len();
    let mut shown: Vec<String> = found.into_iter().take(4).map(|(_, s)| s).collect();
    if total > shown.len() {
        shown.push(format!("and {} more", total - 4));
    }
    shown
}

/// The folders that hold the graph's texts, when three or fewer hold them
/// all: where to search them.
fn corpus_dirs(graph: &CitationGraph) -> Option<String> {
    let g = graph.petgraph();
    let mut dirs: BTreeSet<&std::path::Path> = BTreeSet::new();
    for ix in g.node_indices() {
        let Some(file) = g[ix]
            .source
            .as_ref()
            .map(|s| std::path::Path::new(s.file.as_str()))
        else {
            continue;
        };
        dirs.insert(file.parent().filter(|p| !p.as_os_str().is_empty())?);
        if dirs.len() > 3 {
            return None;
        }
    }
    let quoted: Vec<String> = dirs
        .iter()
        .map(|d| {
            let d = d.display().to_string();
            if d.contains([' ', '(', ')', '\'']) {
                format!("\"{d}\"")
            } else {
                d
            }
        })
        .collect();
    (!quoted.is_empty()).then(|| quoted.join(" "))
}

/// Whether an id is a resolution of the same number as `s` (of another year:
/// a mistyped year, worth a "did you mean").
fn same_number(id: &str, s: &Symbol) -> bool {
    let other = id.parse::<Symbol>().ok();
    other.is_some_and(|o| o.resolution_number().is_some() && o.resolution_number() == s.resolution_number())
}

/// The resolutions that established the Council's sanctions committees, one
/// for each regime since 1966, as the Security Council's "Sanctions"
/// subsidiary organs pages list them (main.un.org/securitycouncil/en/sanctions/information,
/// current and past regimes): Southern Rhodesia (253), South Africa (421),
/// Iraq (661, 1518), the former Yugoslavia (724, 1160), Libya (748, 1970),
/// Somalia (751), Haiti (841, 2653), Angola (864), Rwanda (918), Liberia
/// (985, 1343, 1521), Sierra Leone (1132), Al-Qaida and the Taliban (1267,
/// 1988), Eritrea and Ethiopia (1298), the Democratic Republic of the Congo
/// (1533), Côte d'Ivoire (1572), the Sudan (1591), Lebanon (1636), the DPRK
/// (1718), Iran (1737), Guinea-Bissau (2048), the Central African Republic
/// (2127), Yemen (2140), South Sudan (2206), Mali (2374). The Council's other
/// committees of all its members established under Chapter VII, the
/// Counter-Terrorism Committee (1373) and the 1540 Committee, oversee no
/// sanctions regime; nor do its ad hoc committees (191, 276, 455, 507).
/// Neither the texts nor the graph tell them apart (1373 and 1540 also
/// "decide that all States shall"), so the list is the record.
pub(crate) const SANCTIONS_COMMITTEES_FOUNDED_BY: &[u32] = &[
    253, 421, 661, 724, 748, 751, 841, 864, 918, 985, 1132, 1160, 1267, 1298, 1343, 1518, 1521, 1533, 1572,
    1591, 1636, 1718, 1737, 1970, 1988, 2048, 2127, 2140, 2206, 2374, 2653,
];

/// Whether a node is a committee that oversees a sanctions regime: a
/// committee named "… Sanctions Committee", or "N Committee" (the
/// dictionary's and the extracted "Committee established pursuant to
/// resolution N") for N a resolution of [`SANCTIONS_COMMITTEES_FOUNDED_BY`].
pub(crate) fn is_sanctions_committee(node: &crate::model::Node) -> bool {
    if node.category != Some(crate::model::Category::Committee) {
        return false;
    }
    let label = node.label.trim();
    if label.to_ascii_lowercase().ends_with("sanctions committee") {
        return true;
    }
    label
        .strip_suffix(" Committee")
        .and_then(|n| n.parse::<u32>().ok())
        .is_some_and(|n| SANCTIONS_COMMITTEES_FOUNDED_BY.contains(&n))
}

/// Actors, states, persons, places and labels: exact (normalized) matches first,
/// then a unique match of whole leading words (`United Kingdom` → `United
/// Kingdom of Great Britain and Northern Ireland`). A name found only
/// inside a longer one is never taken for it: one is a "did you mean",
/// several an ambiguity. The names are probed in the query's index
/// ([`Names`]); `suggest` as for [`lookup`].
fn lookup_words(names: &Names, text: &str, suggest: bool) -> Lookup {
    // `chapter 7`: the Charter numbers its chapters in Roman numerals.
    if let Some(roman) = roman_chapter(text) {
        return lookup_words(names, &roman, suggest);
    }
    // A British spelling (`the Organisation of African Unity`): the texts
    // and the dictionary write the names of the Organization the UN's way.
    // The name as typed is still tried after, for a name written so.
    if let Some(us) = un_spelling(text) {
        let found = lookup_words(names, &us, suggest);
        if !matches!(found, Lookup::None(_)) {
            return found;
        }
    }
    let wanted = normalize(text);
    // The Council is no node: its name inside titles (`Letter dated … from
    // the President of the Security Council`) is not a short form of them.
    if names_the_council(text) {
        return Lookup::None(Vec::new());
    }
    // A name of common words only ("the", "of the") names nothing: matched
    // inside longer names it would pick `Saint Vincent and the Grenadines`.
    if wanted.split(' ').all(is_stop_word) {
        return Lookup::None(Vec::new());
    }
    // Cheap exact forms first: `France` → `state:France`, then the actor
    // dictionary's names (`the G5 Sahel joint force` → `actor:FC-G5S`).
    // An actor's name that texts on several countries use for their own
    // bodies (`the Independent Electoral Commission`) is each of those
    // scoped actors, never one of them alone.
    let graph = names.graph;
    let g = graph.petgraph();
    let index = names.index();
    let scoped: Vec<NodeIndex> = index.scoped(&wanted).to_vec();
    for prefix in ["actor:", "state:", "person:", "place:"] {
        if let Some(ix) = graph.index_of(&format!("{prefix}{}", text.trim()))
            && (prefix != "actor:" || scoped.is_empty())
        {
            return Lookup::One(ix);
        }
    }
    let dictionary = crate::extract::ActorDictionary::bundled();
    if let Some(id) = dictionary.resolve(text)
        && let Some(ix) = graph.index_of(id)
    {
        return Lookup::One(ix);
    }
    // A name typed all in lower or all in upper case (`russia`, `RUSSIA`)
    // is the dictionary's name in its own case (`Russia`, an alias of the
    // Russian Federation), which no node label holds; the dictionary reads
    // names case-sensitively, as a text would write them.
    if let Some(titled) = title_case(text)
        && let Some(id) = dictionary.resolve(&titled)
        && let Some(ix) = graph.index_of(id)
    {
        return Lookup::One(ix);
    }
    let mut exact: BTreeSet<NodeIndex> = scoped.into_iter().collect();
    let mut partial: BTreeSet<NodeIndex> = BTreeSet::new();
    let mut leading: BTreeSet<NodeIndex> = BTreeSet::new();
    let prefix = format!("{wanted} ");
    let inner = format!(" {wanted} ");
    // Only names holding every word of the name can be it or hold it.
    for entry in index.holding(&wanted) {
        let ix = entry.ix;
        for n in &entry.names {
            if *n == wanted {
                exact.insert(ix);
            } else if n.starts_with(&prefix) {
                partial.insert(ix);
                leading.insert(ix);
            } else if format!(" {n} ").contains(&inner) {
                partial.insert(ix);
            }
        }
    }
    let pick = |set: &BTreeSet<NodeIndex>| -> Option<Lookup> {
        if set.is_empty() {
            return None;
        }
        // Actors, states and persons win over documents that merely share a label.
        let actors: Vec<NodeIndex> = set
            .iter()
            .copied()
            .filter(|ix| !g[*ix].kind.is_document())
            .collect();
        let held: Vec<NodeIndex> = set.iter().copied().filter(|ix| g[*ix].held).collect();
        let all: Vec<NodeIndex> = set.iter().copied().collect();
        for group in [&all, &actors, &held] {
            if group.len() == 1 {
                return Some(Lookup::One(group[0]));
            }
        }
        Some(Lookup::Many(all))
    };
    if let Some(l) = pick(&exact) {
        return l;
    }
    // A name found only inside a longer name is not that name's body: `the
    // Secretary-General` is not the `Mission of the Secretary-General` (the
    // one actor among the documents whose titles hold the words). It is
    // offered as a "did you mean", never taken. A name's leading words are
    // its short form (`Panel of Experts` → `Panel of Experts on Mali`, the
    // only panel); several matches stay an ambiguity, which a question may
    // settle only with a note saying so.
    match pick(&partial) {
        Some(Lookup::One(ix)) if !leading.contains(&ix) => return Lookup::None(ids(graph, &[ix])),
        Some(l) => return l,
        None => {}
    }
    if !suggest {
        return Lookup::None(Vec::new());
    }

    // Nothing: suggest names within a small edit distance. A name of three
    // letters or fewer allows one edit: with two, "US" was near ARS, CIS,
    // CSA, DFS and DOS, names that share no letter with it in place.
    let mut scored: Vec<(usize, String)> = Vec::new();
    let length = wanted.chars().count();
    let limit = if length <= 3 { 1 } else { (length / 3).max(2) };
    for entry in index.of_lengths(length.saturating_sub(limit), length + limit) {
        // A scoped actor is near by its name without its country too. The
        // distance is at least the difference in length: a name further
        // than the limit that way is not compared (a name of 25,000 letters
        // took 5 s against every node's names).
        let best = entry
            .names
            .iter()
            .chain(&entry.base)
            .filter(|n| n.chars().count().abs_diff(length) <= limit)
            .map(|n| edit_distance(n, &wanted))
            .min()
            .unwrap_or(usize::MAX);
        if best <= limit {
            scored.push((best, g[entry.ix].id.clone()));
        }
    }
    scored.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| natural_cmp(&a.1, &b.1)));
    Lookup::None(scored.into_iter().take(5).map(|(_, id)| id).collect())
}

/// `chapter 7` (of the Charter) as the Charter writes it, `Chapter VII`;
/// `None` for any other name.
fn roman_chapter(text: &str) -> Option<String> {
    let (head, rest) = text.trim().split_once(char::is_whitespace)?;
    if !head.eq_ignore_ascii_case("chapter") {
        return None;
    }
    let rest = rest.trim_start();
    let digits = &rest[..rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len())];
    let n: usize = digits.parse().ok().filter(|n| (1..=19).contains(n))?;
    const TENS: [&str; 2] = ["", "X"];
    const UNITS: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    Some(format!(
        "Chapter {}{}{}",
        TENS[n / 10],
        UNITS[n % 10],
        &rest[digits.len()..]
    ))
}

/// A name with its `-isation` words spelled `-ization`, as UN texts spell
/// them (`Organisation` → `Organization`); `None` when it has none.
fn un_spelling(text: &str) -> Option<String> {
    let us = text.replace("isation", "ization").replace("ISATION", "IZATION");
    (us != text).then_some(us)
}

/// The name of an actor the extractor learned from texts on one country
/// and scoped to it (`Independent Electoral Commission (Côte d'Ivoire)`):
/// the label without its country, `Independent Electoral Commission`.
pub(super) fn scoped_base(node: &crate::model::Node) -> Option<&str> {
    if node.kind != NodeKind::Actor {
        return None;
    }
    let (base, scope) = node.label.strip_suffix(')')?.rsplit_once(" (")?;
    scope.starts_with(|c: char| c.is_uppercase()).then_some(base)
}

/// `text` with each word capitalized and the small words of names in lower
/// case (`republic of moldova` → `Republic of Moldova`), when `text` has
/// letters of one case only; `None` when it mixes cases (it is written as
/// meant) or has no letters.
fn title_case(text: &str) -> Option<String> {
    let letters = || text.chars().filter(|c| c.is_alphabetic());
    let one_case = letters().all(char::is_lowercase) || letters().all(char::is_uppercase);
    if letters().next().is_none() || !one_case {
        return None;
    }
    const SMALL: &[&str] = &["of", "and", "the", "for", "in", "on", "de", "du", "d'"];
    let words: Vec<String> = text
        .split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            if i > 0 && SMALL.contains(&lower.as_str()) {
                return lower;
            }
            let mut chars = lower.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        })
        .collect();
    Some(words.join(" "))
}

/// Ids close to an id that is not in the graph (a wrong year, a typo).
fn suggest_ids(graph: &CitationGraph, id: &str) -> Vec<String> {
    let g = graph.petgraph();
    let head: String = id
        .chars()
        .take_while(|c| *c != '(')
        .collect::<String>()
        .trim()
        .to_string();
    let mut scored: Vec<(usize, String)> = Vec::new();
    for ix in g.node_indices() {
        let other = &g[ix].id;
        if other.len().abs_diff(id.len()) > 3 {
            continue;
        }
        let d = if !head.is_empty() && other.starts_with(&head) {
            0
        } else {
            edit_distance(other, id)
        };
        if d <= 2 {
            scored.push((d, other.clone()));
        }
    }
    scored.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| natural_cmp(&a.1, &b.1)));
    scored.into_iter().take(5).map(|(_, id)| id).collect()
}

/// Up to three known words close to `word`.
fn suggest<'a>(word: &str, known: impl Iterator<Item = &'a str>) -> Vec<String> {
    let word = word.to_lowercase();
    let chars = word.chars().count();
    let mut scored: Vec<(usize, &str)> = known
        .filter_map(|k| {
            let most = (k.len() / 3).max(2);
            if k.starts_with(&word) {
                return Some((edit_distance(&word, k), k));
            }
            // The distance is at least the difference in length: too far
            // without computing it.
            if chars.abs_diff(k.chars().count()) > most {
                return None;
            }
            let d = edit_distance(&word, k);
            (d <= most).then_some((d, k))
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(3).map(|(_, k)| k.to_string()).collect()
}

/// Edit distance between two strings, in characters, a swap of two
/// neighbours counting as one edit (`unmsi` is one from `unmis`, as
/// `minusmo` is from `minusma`).
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(a, b)
}

/// The edge kinds one word of a step names (`cites`, `cited`, `extends`,
/// `any`), or `None` when it names none.
fn edge_kind_word(word: &str) -> Option<EdgeMask> {
    let lower = word.to_ascii_lowercase();
    let singular = match lower.as_str() {
        "any" | "all" | "edges" => return Some(EdgeMask::ALL),
        "cite" | "cited" | "citations" => "cites",
        "mention" => "mentions",
        "vote" | "votes" => "voted",
        "establish" | "established" => "establishes",
        "extends" | "extend" => "extends_mandate",
        "adopted" => "adopted_as",
        "submitted" | "sponsored_by" => "submitted_by",
        "signed" => "signed_by",
        "contain" | "annex" => "contains",
        other => other,
    };
    singular.parse::<EdgeKind>().ok().map(EdgeMask::of)
}

/// The kinds of a step in the order its words name them, each within
/// `kinds` (the mask the step resolved to), where there are several; any
/// kind of `kinds` no word names comes last. Empty for a step of one kind
/// or of any.
fn kind_order(words: &[Word], kinds: EdgeMask) -> Vec<EdgeMask> {
    let mut order: Vec<EdgeMask> = Vec::new();
    let mut named = 0u16;
    for m in words.iter().filter_map(|w| edge_kind_word(&w.text)) {
        let m = EdgeMask(m.0 & kinds.0 & !named);
        if m.0 != 0 {
            named |= m.0;
            order.push(m);
        }
    }
    if kinds.0 & !named != 0 {
        order.push(EdgeMask(kinds.0 & !named));
    }
    if order.len() < 2 {
        order.clear();
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_singular_and_plural() {
        assert_eq!(kind_mask("resolutions"), Some(KindMask::of(NodeKind::Resolution)));
        assert_eq!(
            kind_mask("presidential statements"),
            Some(KindMask::of(NodeKind::PresidentialStatement))
        );
        assert_eq!(kind_mask("countries"), Some(KindMask::of(NodeKind::State)));
        assert!(kind_mask("documents").is_some_and(|m| m.has(NodeKind::Report) && !m.has(NodeKind::State)));
        assert_eq!(kind_mask("colours"), None);
    }

    #[test]
    fn normalize_strips_articles_and_punctuation() {
        assert_eq!(normalize("the G-5 Sahel Joint Force"), "g5 sahel joint force");
        assert_eq!(normalize("MINUSMA's"), "minusmas");
        assert_eq!(normalize("state:France"), "state france");
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("minusma", "minusca"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("unmsi", "unmis"), 1);
    }
}
