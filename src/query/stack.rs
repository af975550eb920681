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
            '"' => in_string = !in_string,
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
