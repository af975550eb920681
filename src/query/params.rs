//! Bound parameters: `$1`, `$2`, … (positional) and `$name` (named) in a
//! query's text take their values from [`Params`] after parsing, as
//! literals of the syntax tree. A value is never spliced into the text, so
//! it cannot change the query's structure: `"2531 -> cites; drop"` bound
//! to `$1` is one (unknown) name, not a second statement.

use super::QueryError;
use super::ast::{Cond, Expr, Name, NameForm, PathQuery, Program, Stage, Statement, Value};
use crate::date::Date;

/// One bound value: a name or text, a whole number, or a date.
///
/// # Examples
///
/// ```
/// use unxref::query::Param;
/// assert_eq!(Param::from("MINUSMA"), Param::Text("MINUSMA".into()));
/// assert_eq!(Param::from(2015u32), Param::Int(2015));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Param {
    /// A node's name (`2531`, `S/RES/1325 (2000)`, `MINUSMA`) where a node
    /// stands; a quoted string where a value stands.
    Text(String),
    /// A whole number (`year >= $1`, or a resolution number as a node).
    Int(u64),
    /// A date (`date >= $from`).
    Date(Date),
}

impl Param {
    /// A value typed as text, read the way the query language reads a
    /// literal: digits are a whole number, `YYYY-MM-DD` a date, anything
    /// else text (a name where a node stands). For values that arrive as
    /// text, such as the command line's `--param`.
    ///
    /// ```
    /// use unxref::query::Param;
    /// assert_eq!(Param::infer("2015"), Param::Int(2015));
    /// assert_eq!(Param::infer("2013-04-25"), Param::Date("2013-04-25".parse().unwrap()));
    /// assert_eq!(Param::infer("S/RES/1325 (2000)"), Param::Text("S/RES/1325 (2000)".into()));
    /// ```
    pub fn infer(text: &str) -> Param {
        if let Ok(n) = text.parse::<u64>() {
            return Param::Int(n);
        }
        match text.parse::<Date>() {
            Ok(d) => Param::Date(d),
            Err(_) => Param::Text(text.to_string()),
        }
    }
}

impl From<&str> for Param {
    fn from(s: &str) -> Param {
        Param::Text(s.to_string())
    }
}

impl From<String> for Param {
    fn from(s: String) -> Param {
        Param::Text(s)
    }
}

impl From<&String> for Param {
    fn from(s: &String) -> Param {
        Param::Text(s.clone())
    }
}

impl From<u64> for Param {
    fn from(n: u64) -> Param {
        Param::Int(n)
    }
}

impl From<u32> for Param {
    fn from(n: u32) -> Param {
        Param::Int(n.into())
    }
}

impl From<u16> for Param {
    fn from(n: u16) -> Param {
        Param::Int(n.into())
    }
}

impl From<Date> for Param {
    fn from(d: Date) -> Param {
        Param::Date(d)
    }
}

/// The values of a query's parameters: positional (`$1` is the first
/// pushed) and named (`$name`).
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::query::Params;
/// let prepared = graph.prepare("$1 -> cites where year >= $since")?;
/// let table = prepared.run_with(&Params::new().push("2531").set("since", 2018u32))?;
/// assert_eq!(table, graph.query("2531 -> cites where year >= 2018")?);
/// # Ok::<(), unxref::query::QueryError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params {
    positional: Vec<Param>,
    named: Vec<(String, Param)>,
}

impl Params {
    /// No values.
    ///
    /// ```
    /// assert!(unxref::query::Params::new().is_empty());
    /// ```
    pub fn new() -> Params {
        Params::default()
    }

    /// The next positional value (`$1`, then `$2`, …).
    ///
    /// ```
    /// use unxref::query::{Param, Params};
    /// let p = Params::new().push("2531").push(3u32);
    /// assert_eq!(p.get("2"), Some(&Param::Int(3)));
    /// ```
    pub fn push(mut self, value: impl Into<Param>) -> Params {
        self.positional.push(value.into());
        self
    }

    /// The value of `$name` (a later `set` of the same name wins).
    ///
    /// ```
    /// use unxref::query::{Param, Params};
    /// let p = Params::new().set("mission", "MINUSMA");
    /// assert_eq!(p.get("mission"), Some(&Param::Text("MINUSMA".into())));
    /// ```
    pub fn set(mut self, name: &str, value: impl Into<Param>) -> Params {
        self.named.retain(|(n, _)| n != name);
        self.named.push((name.to_string(), value.into()));
        self
    }

    /// The value of `$key`: a position (`"1"`) or a name.
    ///
    /// ```
    /// assert_eq!(unxref::query::Params::new().get("1"), None);
    /// ```
    pub fn get(&self, key: &str) -> Option<&Param> {
        match key.parse::<usize>() {
            Ok(i) => i.checked_sub(1).and_then(|i| self.positional.get(i)),
            Err(_) => self.named.iter().find(|(n, _)| n == key).map(|(_, v)| v),
        }
    }

    /// True when no value is given.
    ///
    /// ```
    /// assert!(!unxref::query::Params::new().push(1u32).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.positional.is_empty() && self.named.is_empty()
    }
}

/// True when the program has a `$` name that no `let` binds: a parameter.
pub(crate) fn has_params(program: &Program) -> bool {
    let mut found = false;
    walk_program(program, &mut |name| {
        found |= is_param(program, name);
    });
    found
}

fn is_param(program: &Program, name: &Name) -> bool {
    name.form == NameForm::Var && !program.bindings.iter().any(|b| b.name == name.text)
}

/// Replace every parameter of `program` by its value; every parameter
/// without one is reported, by name, in one error.
pub(crate) fn bind(program: &mut Program, params: &Params) -> Result<(), QueryError> {
    let bound: Vec<String> = program.bindings.iter().map(|b| b.name.clone()).collect();
    let mut missing: Vec<String> = Vec::new();
    let mut name_of = |name: &Name| -> Option<Name> {
        if name.form != NameForm::Var || bound.contains(&name.text) {
            return None;
        }
        match params.get(&name.text) {
            Some(v) => Some(node_name(v, name)),
            None => {
                let m = format!("${}", name.text);
                if !missing.contains(&m) {
                    missing.push(m);
                }
                None
            }
        }
    };
    let mut value_of = |name: &Name| -> Option<Value> {
        if name.form != NameForm::Var || bound.contains(&name.text) {
            return None;
        }
        params.get(&name.text).map(|v| match v {
            Param::Text(s) => Value::Str(s.clone()),
            Param::Int(n) => Value::Int(*n),
            Param::Date(d) => Value::Date(d.to_string()),
        })
    };
    for b in &mut program.bindings {
        bind_expr(&mut b.expr, &mut name_of, &mut value_of);
    }
    bind_statement(&mut program.statement, &mut name_of, &mut value_of);
    if missing.is_empty() {
        Ok(())
    } else {
        Err(QueryError::invalid(format!(
            "no value bound for {}; give one with `--param NAME=VALUE` (command line) or `Params` (library)",
            missing.join(", ")
        )))
    }
}

/// A bound value where a node stands: its text looked up as any name typed
/// there would be, except that it can never be a `$` reference.
fn node_name(v: &Param, at: &Name) -> Name {
    let text = match v {
        Param::Text(s) => s.clone(),
        Param::Int(n) => n.to_string(),
        Param::Date(d) => d.to_string(),
    };
    // The text read as the query language would read it alone, if it is
    // one node name and nothing more; anything else (an operator, a second
    // statement, a `$` reference) is taken whole, as a quoted string is.
    let alone = super::parser::parse(&text).ok().and_then(|p| match p.statement {
        Statement::Query {
            expr: Expr::Node(name),
            ..
        } if p.bindings.is_empty() && p.settings.is_empty() && name.form != NameForm::Var => Some(name),
        _ => None,
    });
    let mut name = alone.unwrap_or(Name {
        text,
        form: NameForm::Words,
        span: 0..0,
    });
    name.span = at.span.clone();
    name
}

type NameFn<'a> = dyn FnMut(&Name) -> Option<Name> + 'a;
type ValueFn<'a> = dyn FnMut(&Name) -> Option<Value> + 'a;

fn bind_statement(s: &mut Statement, n: &mut NameFn<'_>, v: &mut ValueFn<'_>) {
    match s {
        Statement::Query { expr, note, .. } => {
            bind_expr(expr, n, v);
            // A natural question's answer names what was asked about.
            for name in note.iter_mut().flat_map(|note| note.names.iter_mut()) {
                bind_name(name, n);
            }
        }
        Statement::Explain(inner) => bind_statement(inner, n, v),
        Statement::Render { query, .. } => bind_statement(query, n, v),
    }
}

fn bind_name(name: &mut Name, n: &mut NameFn<'_>) {
    if let Some(new) = n(name) {
        *name = new;
    }
}

fn bind_expr(e: &mut Expr, n: &mut NameFn<'_>, v: &mut ValueFn<'_>) {
    match e {
        Expr::Node(name) => bind_name(name, n),
        Expr::All(_) => {}
        Expr::Walk { from, step } => {
            bind_expr(from, n, v);
            if let Some(c) = &mut step.hop {
                bind_cond(c, n, v);
            }
        }
        Expr::Where { input, cond } => {
            bind_expr(input, n, v);
            bind_cond(cond, n, v);
        }
        Expr::Set { left, right, .. } => {
            bind_expr(left, n, v);
            bind_expr(right, n, v);
        }
        Expr::Path(PathQuery { from, to, .. }) => {
            bind_name(from, n);
            bind_name(to, n);
        }
        Expr::Pipe { input, stage } => {
            bind_expr(input, n, v);
            if let Stage::Where(c) = stage {
                bind_cond(c, n, v);
            }
        }
    }
}

fn bind_value(value: &mut Value, n: &mut NameFn<'_>, v: &mut ValueFn<'_>) {
    if let Value::Name(name) = value {
        if let Some(new) = v(name) {
            *value = new;
        } else {
            // Reported as missing, or not a parameter.
            let _ = n(name);
        }
    }
}

fn bind_cond(c: &mut Cond, n: &mut NameFn<'_>, v: &mut ValueFn<'_>) {
    match c {
        Cond::And(a, b) | Cond::Or(a, b) => {
            bind_cond(a, n, v);
            bind_cond(b, n, v);
        }
        Cond::Not(a) => bind_cond(a, n, v),
        Cond::Compare { value, .. } => bind_value(value, n, v),
        Cond::In { values, .. } => {
            for value in values {
                bind_value(value, n, v);
            }
        }
        Cond::Flag(_) => {}
        Cond::Link { target, .. } => bind_name(target, n),
    }
}

/// Every name of the program, in no particular order.
fn walk_program(program: &Program, f: &mut dyn FnMut(&Name)) {
    let mut p = program.clone();
    let mut names = |name: &Name| -> Option<Name> {
        f(name);
        None
    };
    let mut values = |_: &Name| -> Option<Value> { None };
    for b in &mut p.bindings {
        bind_expr(&mut b.expr, &mut names, &mut values);
    }
    bind_statement(&mut p.statement, &mut names, &mut values);
}
