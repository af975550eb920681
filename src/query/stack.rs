//! Enough stack for a query, whatever thread runs it. Parsing, resolving,
//! evaluating and printing a query recurse once per level of its syntax
//! tree; the parser bounds that tree (at most [`MAX_NESTING`] parentheses
//! deep, at most 256 operators), and each entry point runs through
//! [`with_stack`], which moves the work to a stack segment of its own when
//! the caller's thread has less left than the deepest query allowed needs
//! (a program's 256 KiB worker thread), instead of overflowing it.

/// Deepest nesting of parentheses a query may hold; deeper is refused,
/// pointing at the first parenthesis too many, before anything recurses.
pub(crate) const MAX_NESTING: usize = 128;

use super::QueryError;
use super::ast::{Cond, Expr, Program, Stage, Statement};

/// Stack that the deepest query the limits allow needs, with room to spare
/// (measured in a debug build, whose frames are the largest).
const NEEDED: usize = 2 * 1024 * 1024;

/// Size of the segment allocated when less than [`NEEDED`] is left.
const SEGMENT: usize = 4 * 1024 * 1024;

/// Run `work` with at least [`NEEDED`] bytes of stack: on the caller's
/// stack when it has them, else on a fresh segment (`stacker`).
pub(crate) fn with_stack<R>(work: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(NEEDED, SEGMENT, work)
}

/// The byte offset of the first `(` nested deeper than [`MAX_NESTING`],
/// outside strings and `#` comments, if any.
pub(crate) fn too_deep(input: &str) -> Option<usize> {
    let (mut depth, mut in_string, mut in_comment) = (0usize, false, false);
    for (i, c) in input.char_indices() {
        match c {
            '\n' => in_comment = false,
            _ if in_comment => {}
            '"' if !(in_string && super::ast::escaped(input, i)) => in_string = !in_string,
            _ if in_string => {}
            '#' => in_comment = true,
            '(' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Most operators (steps, stages, set operations, parentheses, `and`, `or`,
/// `not`) a query may hold, written as text or built in code.
pub(crate) const MAX_OPERATORS: usize = 256;

/// Refuse a syntax tree with more than [`MAX_OPERATORS`] operators, counted
/// without recursing (a tree built in code can be any depth), so that the
/// recursive passes after it stay within [`with_stack`]'s stack.
pub(crate) fn check_size(program: &Program) -> Result<(), QueryError> {
    let mut statement = &program.statement;
    let mut exprs: Vec<&Expr> = program.bindings.iter().map(|b| &b.expr).collect();
    loop {
        match statement {
            Statement::Query { expr, .. } => {
                exprs.push(expr);
                break;
            }
            Statement::Explain(inner) | Statement::Render { query: inner, .. } => statement = inner,
        }
    }
    check_tree(exprs)
}

/// [`check_size`] over these roots.
pub(crate) fn check_tree(mut exprs: Vec<&Expr>) -> Result<(), QueryError> {
    let mut conds: Vec<&Cond> = Vec::new();
    let mut operators = 0usize;
    while operators <= MAX_OPERATORS {
        if let Some(e) = exprs.pop() {
            match e {
                Expr::Node(_) | Expr::All(_) | Expr::Path(_) => {}
                Expr::Walk { from, step } => {
                    operators += 1;
                    exprs.push(from);
                    conds.extend(&step.hop);
                }
                Expr::Where { input, cond } => {
                    operators += 1;
                    exprs.push(input);
                    conds.push(cond);
                }
                Expr::Set { left, right, .. } => {
                    operators += 1;
                    exprs.push(left);
                    exprs.push(right);
                }
                Expr::Pipe { input, stage } => {
                    operators += 1;
                    exprs.push(input);
                    if let Stage::Where(c) = stage {
                        conds.push(c);
                    }
                }
            }
        } else if let Some(c) = conds.pop() {
            match c {
                Cond::And(a, b) | Cond::Or(a, b) => {
                    operators += 1;
                    conds.push(a);
                    conds.push(b);
                }
                Cond::Not(a) => {
                    operators += 1;
                    conds.push(a);
                }
                _ => {}
            }
        } else {
            return Ok(());
        }
    }
    Err(QueryError::invalid(format!(
        "the query has more than {MAX_OPERATORS} operators (steps, stages, set operations, and/or/not); at most {MAX_OPERATORS} are allowed"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_counted_outside_strings_and_comments() {
        let deep = |n: usize| format!("{}2531{}", "(".repeat(n), ")".repeat(n));
        assert_eq!(too_deep(&deep(MAX_NESTING)), None);
        assert_eq!(too_deep(&deep(MAX_NESTING + 1)), Some(MAX_NESTING));
        let quoted = format!("2531 -> cites where relation = \"{}\"", "(".repeat(500));
        assert_eq!(too_deep(&quoted), None);
        let commented = format!("# {}\n2531 -> cites", "(".repeat(500));
        assert_eq!(too_deep(&commented), None);
        // Closed groups side by side do not add up.
        assert_eq!(too_deep(&"(2531) union ".repeat(300)), None);
    }
}
