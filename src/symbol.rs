//! UN document symbols: parsing the many ways a text writes one, and the one
//! canonical form (`S/RES/2531 (2020)`, `S/PRST/2018/10`, `S/PV.7015`,
//! `A/RES/67/135`, `YUN 2005, p. 251`) that every document node uses as its id.
//!
//! # Examples
//!
//! ```
//! use unxref::{Symbol, SymbolKind};
//! // The same document written three ways.
//! let forms = ["S/RES/2531(2020)", "s/res/2531 ( 2020 )", "S/RES/2531 (2020)"];
//! let symbols: Vec<Symbol> = forms.iter().map(|f| f.parse()).collect::<Result<_, _>>()?;
//! assert!(symbols.iter().all(|s| s.as_str() == "S/RES/2531 (2020)"));
//! assert_eq!(symbols[0].kind(), SymbolKind::ScResolution);
//! assert_eq!("A/68/PV.69".parse::<Symbol>()?.kind(), SymbolKind::GaMeeting);
//! # Ok::<(), unxref::error::SymbolError>(())
//! ```

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::error::SymbolError;

/// What kind of document a symbol names, as far as the symbol alone tells.
///
/// # Examples
///
/// ```
/// use unxref::{Symbol, SymbolKind};
/// let kinds: Vec<SymbolKind> = ["S/RES/2531 (2020)", "S/2014/660", "A/68/PV.69"]
///     .iter()
///     .map(|s| s.parse::<Symbol>().map(|s| s.kind()))
///     .collect::<Result<_, _>>()?;
/// assert_eq!(kinds, [SymbolKind::ScResolution, SymbolKind::ScDocument, SymbolKind::GaMeeting]);
/// # Ok::<(), unxref::error::SymbolError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum SymbolKind {
    /// `S/RES/2531 (2020)`
    ScResolution,
    /// `S/PRST/2018/10`
    PresidentialStatement,
    /// `S/PV.7015`
    ScMeeting,
    /// Any other Security Council document: `S/2020/476`, `S/25696`, `S/25812/Add.1`.
    ScDocument,
    /// `A/RES/67/135`, `A/RES/50/80 B`, `A/RES/377 (V)`, `A/RES/ES-10/2`
    GaResolution,
    /// `A/68/PV.69`
    GaMeeting,
    /// Any other General Assembly document: `A/68/649`, `A/65/L.43`, `A/70/1`.
    GaDocument,
    /// `YUN 2005, p. 251`
    Yearbook,
}

/// A UN document symbol in canonical form.
///
/// ```
/// use unxref::Symbol;
/// let s: Symbol = "S/RES/2531(2020)".parse()?;
/// assert_eq!(s.to_string(), "S/RES/2531 (2020)");
/// assert_eq!(s.year(), Some(2020));
/// # Ok::<(), unxref::error::SymbolError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Symbol {
    canonical: String,
    kind: SymbolKind,
    year: Option<u16>,
}

impl Symbol {
    /// The Security Council resolution with this number and year: `S/RES/n (year)`.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::Symbol;
    /// let s = Symbol::sc_resolution(1325, 2000);
    /// assert_eq!(s.as_str(), "S/RES/1325 (2000)");
    /// assert_eq!(s, "S/RES/1325(2000)".parse()?);
    /// # Ok::<(), unxref::error::SymbolError>(())
    /// ```
    pub fn sc_resolution(number: u32, year: u16) -> Symbol {
        Symbol {
            canonical: format!("S/RES/{number} ({year})"),
            kind: SymbolKind::ScResolution,
            year: Some(year),
        }
    }

    /// The Security Council resolution with this number, its year taken from
    /// the table of adoption years (known up to resolution 2259, 2015).
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::Symbol;
    /// assert_eq!(Symbol::sc_resolution_by_number(1526).unwrap().as_str(), "S/RES/1526 (2004)");
    /// // Beyond the table (after 2015) the year must be given.
    /// assert_eq!(Symbol::sc_resolution_by_number(2531), None);
    /// ```
    pub fn sc_resolution_by_number(number: u32) -> Option<Symbol> {
        sc_resolution_year(number).map(|year| Symbol::sc_resolution(number, year))
    }

    /// The record of the Security Council's meeting with this number: `S/PV.n`.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{Symbol, SymbolKind};
    /// let s = Symbol::sc_meeting(8744);
    /// assert_eq!((s.as_str(), s.kind()), ("S/PV.8744", SymbolKind::ScMeeting));
    /// ```
    pub fn sc_meeting(number: u32) -> Symbol {
        Symbol {
            canonical: format!("S/PV.{number}"),
            kind: SymbolKind::ScMeeting,
            year: None,
        }
    }

    /// The record of the General Assembly's plenary meeting `number` of `session`.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::Symbol;
    /// assert_eq!(Symbol::ga_meeting(68, 69).as_str(), "A/68/PV.69");
    /// ```
    pub fn ga_meeting(session: u32, number: u32) -> Symbol {
        Symbol {
            canonical: format!("A/{session}/PV.{number}"),
            kind: SymbolKind::GaMeeting,
            year: None,
        }
    }

    /// A page of the Yearbook of the United Nations: `YUN 2005, p. 251`.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::Symbol;
    /// let s = Symbol::yearbook(2005, 251);
    /// assert_eq!((s.as_str(), s.year()), ("YUN 2005, p. 251", Some(2005)));
    /// ```
    pub fn yearbook(year: u16, page: u32) -> Symbol {
        Symbol {
            canonical: format!("YUN {year}, p. {page}"),
            kind: SymbolKind::Yearbook,
            year: Some(year),
        }
    }

    /// The canonical text of the symbol, used as the node id.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::Symbol;
    /// let s: Symbol = "s/prst/2018/10".parse()?;
    /// assert_eq!(s.as_str(), "S/PRST/2018/10");
    /// # Ok::<(), unxref::error::SymbolError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.canonical
    }

    /// What kind of document the symbol names.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{Symbol, SymbolKind};
    /// let s: Symbol = "A/RES/67/135".parse()?;
    /// assert_eq!(s.kind(), SymbolKind::GaResolution);
    /// # Ok::<(), unxref::error::SymbolError>(())
    /// ```
    pub fn kind(&self) -> SymbolKind {
        self.kind
    }

    /// The year the symbol states (`S/2020/476` → 2020), if it states one.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::Symbol;
    /// assert_eq!("S/2020/476".parse::<Symbol>()?.year(), Some(2020));
    /// assert_eq!("S/25696".parse::<Symbol>()?.year(), None);
    /// # Ok::<(), unxref::error::SymbolError>(())
    /// ```
    pub fn year(&self) -> Option<u16> {
        self.year
    }

    /// The resolution number of an SC resolution symbol.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::Symbol;
    /// assert_eq!("S/RES/2531 (2020)".parse::<Symbol>()?.resolution_number(), Some(2531));
    /// assert_eq!("S/2020/600".parse::<Symbol>()?.resolution_number(), None);
    /// # Ok::<(), unxref::error::SymbolError>(())
    /// ```
    pub fn resolution_number(&self) -> Option<u32> {
        if self.kind != SymbolKind::ScResolution {
            return None;
        }
        let rest = self.canonical.strip_prefix("S/RES/")?;
        rest.split(' ').next()?.parse().ok()
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.canonical)
    }
}

impl AsRef<str> for Symbol {
    fn as_ref(&self) -> &str {
        &self.canonical
    }
}

/// One pattern per symbol family; each must match the whole (trimmed) input.
/// Spaces inside the symbol are tolerated where running headers and PDF
/// extraction put them (`S/PV. 7015`, `S/RES/2531(2020)`).
static PATTERNS: LazyLock<Vec<(SymbolKind, Regex)>> = LazyLock::new(|| {
    let p = |s: &str| Regex::new(&format!("^(?i:{s})$")).expect("symbol pattern compiles");
    vec![
        (
            SymbolKind::ScResolution,
            p(r"S\s*/\s*RES\s*/\s*(?P<n>\d{1,5})\s*\(\s*(?P<y>\d{4})\s*\)"),
        ),
        (
            SymbolKind::PresidentialStatement,
            p(r"S\s*/\s*PRST\s*/\s*(?P<y>\d{4})\s*/\s*(?P<n>\d{1,3})"),
        ),
        (SymbolKind::ScMeeting, p(r"S\s*/\s*PV\s*\.\s*(?P<n>\d{1,5})")),
        (
            SymbolKind::GaMeeting,
            p(r"A\s*/\s*(?P<s>(?:ES-)?\d{1,3})\s*/\s*PV\s*\.\s*(?P<n>\d{1,4})"),
        ),
        (
            SymbolKind::GaResolution,
            p(
                r"A\s*/\s*RES\s*/\s*(?P<body>(?:ES-)?\d{1,3}\s*/\s*\d{1,4}(?:\s*[A-Z])?|\d{1,4}(?:\s*[A-Z])?\s*\(\s*[IVXLC]+\s*\))",
            ),
        ),
        (
            SymbolKind::Yearbook,
            p(r"YUN\s+(?P<y>\d{4}),?\s*p\.?\s*(?P<n>\d{1,5})"),
        ),
        (
            SymbolKind::ScDocument,
            p(
                r"S\s*/\s*(?P<body>(?:\d{4}\s*/\s*\d{1,4}|\d{1,6})(?:\s*/\s*(?:Add|Corr|Rev|Amend)\.\s*\d{1,3})*)",
            ),
        ),
        (
            SymbolKind::GaDocument,
            p(
                r"A\s*/\s*(?P<body>(?:ES-)?\d{1,3}\s*/\s*(?:L\.\s*)?\d{1,5}(?:\s*/\s*(?:Add|Corr|Rev|Amend)\.\s*\d{1,3})*)",
            ),
        ),
    ]
});

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

impl FromStr for Symbol {
    type Err = SymbolError;

    fn from_str(input: &str) -> Result<Symbol, SymbolError> {
        let text = input.trim();
        for (kind, re) in PATTERNS.iter() {
            let Some(c) = re.captures(text) else { continue };
            let num = |name: &str| -> Result<u32, SymbolError> {
                c[name]
                    .parse()
                    .map_err(|_| SymbolError::new(input, "number too large"))
            };
            let year = |name: &str| -> Result<u16, SymbolError> {
                // `0999` would display as `999`, which no pattern reads back.
                if c[name].starts_with('0') {
                    return Err(SymbolError::new(input, "bad year"));
                }
                c[name].parse().map_err(|_| SymbolError::new(input, "bad year"))
            };
            return Ok(match kind {
                SymbolKind::ScResolution => Symbol::sc_resolution(num("n")?, year("y")?),
                SymbolKind::PresidentialStatement => Symbol {
                    canonical: format!("S/PRST/{}/{}", year("y")?, num("n")?),
                    kind: *kind,
                    year: Some(year("y")?),
                },
                SymbolKind::ScMeeting => Symbol::sc_meeting(num("n")?),
                SymbolKind::GaMeeting => Symbol {
                    canonical: format!("A/{}/PV.{}", c["s"].to_uppercase(), num("n")?),
                    kind: *kind,
                    year: None,
                },
                SymbolKind::GaResolution => Symbol {
                    canonical: format!("A/RES/{}", canonical_ga_resolution_body(&c["body"])),
                    kind: *kind,
                    year: None,
                },
                SymbolKind::Yearbook => Symbol::yearbook(year("y")?, num("n")?),
                SymbolKind::ScDocument | SymbolKind::GaDocument => {
                    let body = canonical_document_body(&c["body"]);
                    let prefix = if *kind == SymbolKind::ScDocument { "S" } else { "A" };
                    // `S/2020/600`: a year, then a number. A pre-1994 symbol
                    // (`S/3122`, `S/2673/Add.1`) is a number alone, not a year.
                    let mut parts = body.split('/');
                    let year = match (parts.next(), parts.next()) {
                        (Some(first), Some(second))
                            if first.len() == 4
                                && *kind == SymbolKind::ScDocument
                                && !second.is_empty()
                                && second.bytes().all(|b| b.is_ascii_digit()) =>
                        {
                            first.parse::<u16>().ok().filter(|y| *y >= 1994)
                        }
                        _ => None,
                    };
                    Symbol {
                        canonical: format!("{prefix}/{body}"),
                        kind: *kind,
                        year,
                    }
                }
            });
        }
        Err(SymbolError::new(input, "not a UN document symbol"))
    }
}

/// `67/135` stays; `50/80B` → `50/80 B`; `377A(V)` → `377 (V)`... but an
/// explicit part letter is kept: `377 A (V)` → `377 A (V)`.
fn canonical_ga_resolution_body(body: &str) -> String {
    let s = squeeze(body).to_uppercase();
    if let Some(open) = s.find('(') {
        let (head, session) = s.split_at(open);
        let (num, part) = split_part_letter(head);
        return match part {
            Some(p) => format!("{num} {p} {session}"),
            None => format!("{num} {session}"),
        };
    }
    let (head, part) = split_part_letter(&s);
    match part {
        Some(p) => format!("{head} {p}"),
        None => head.to_string(),
    }
}

fn split_part_letter(s: &str) -> (&str, Option<char>) {
    match s.chars().last() {
        Some(c) if c.is_ascii_alphabetic() => (&s[..s.len() - 1], Some(c)),
        _ => (s, None),
    }
}

/// `2020 / 476` → `2020/476`, `25812/add.1` → `25812/Add.1`, `65/l.43` → `65/L.43`.
fn canonical_document_body(body: &str) -> String {
    squeeze(body)
        .split('/')
        .map(|part| {
            let lower = part.to_ascii_lowercase();
            for suffix in ["add.", "corr.", "rev.", "amend."] {
                if let Some(n) = lower.strip_prefix(suffix) {
                    let mut word = suffix.to_string();
                    word[..1].make_ascii_uppercase();
                    return format!("{word}{n}");
                }
            }
            if let Some(n) = lower.strip_prefix("l.") {
                return format!("L.{n}");
            }
            part.to_ascii_uppercase()
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// First resolution number adopted in each year, 1946–2015, read off the file
/// names of the sc-resolutions corpus (`S-RES-<n>(<year>).txt`), except 1976:
/// resolutions 376 to 384 were adopted in 1975 (`S-RES-376(1976).txt` is
/// misnamed; its text says `Resolution 376 (1975) of 17 October 1975`).
const FIRST_RESOLUTION_OF_YEAR: [(u16, u32); 70] = [
    (1946, 1),
    (1947, 16),
    (1948, 38),
    (1949, 67),
    (1950, 79),
    (1951, 90),
    (1952, 97),
    (1953, 99),
    (1954, 104),
    (1955, 106),
    (1956, 111),
    (1957, 122),
    (1958, 127),
    (1959, 132),
    (1960, 133),
    (1961, 161),
    (1962, 171),
    (1963, 178),
    (1964, 186),
    (1965, 200),
    (1966, 220),
    (1967, 233),
    (1968, 245),
    (1969, 263),
    (1970, 276),
    (1971, 292),
    (1972, 308),
    (1973, 325),
    (1974, 345),
    (1975, 367),
    (1976, 385),
    (1977, 403),
    (1978, 423),
    (1979, 444),
    (1980, 462),
    (1981, 485),
    (1982, 500),
    (1983, 529),
    (1984, 546),
    (1985, 560),
    (1986, 581),
    (1987, 594),
    (1988, 607),
    (1989, 627),
    (1990, 647),
    (1991, 684),
    (1992, 726),
    (1993, 800),
    (1994, 893),
    (1995, 970),
    (1996, 1036),
    (1997, 1093),
    (1998, 1147),
    (1999, 1220),
    (2000, 1285),
    (2001, 1335),
    (2002, 1387),
    (2003, 1455),
    (2004, 1522),
    (2005, 1581),
    (2006, 1652),
    (2007, 1739),
    (2008, 1795),
    (2009, 1860),
    (2010, 1908),
    (2011, 1967),
    (2012, 2033),
    (2013, 2086),
    (2014, 2133),
    (2015, 2196),
];

/// Last resolution number the year table covers.
///
/// # Examples
///
/// ```
/// use unxref::symbol::{LAST_TABLED_RESOLUTION, sc_resolution_year};
/// assert_eq!(sc_resolution_year(LAST_TABLED_RESOLUTION), Some(2015));
/// assert_eq!(sc_resolution_year(LAST_TABLED_RESOLUTION + 1), None);
/// ```
pub const LAST_TABLED_RESOLUTION: u32 = 2259;

/// The year Security Council resolution `number` was adopted, for numbers
/// the table covers (1 to 2259); `None` beyond.
///
/// # Examples
///
/// ```
/// use unxref::symbol::sc_resolution_year;
/// assert_eq!(sc_resolution_year(1325), Some(2000));
/// assert_eq!(sc_resolution_year(0), None);
/// ```
pub fn sc_resolution_year(number: u32) -> Option<u16> {
    if number == 0 || number > LAST_TABLED_RESOLUTION {
        return None;
    }
    let i = FIRST_RESOLUTION_OF_YEAR.partition_point(|&(_, first)| first <= number);
    Some(FIRST_RESOLUTION_OF_YEAR[i - 1].0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(s: &str) -> String {
        s.parse::<Symbol>().unwrap().to_string()
    }

    #[test]
    fn canonical_forms() {
        assert_eq!(canon("S/RES/2531(2020)"), "S/RES/2531 (2020)");
        assert_eq!(canon("s/res/2531  ( 2020 )"), "S/RES/2531 (2020)");
        assert_eq!(canon("S/PRST/2018/10"), "S/PRST/2018/10");
        assert_eq!(canon("S/PV. 7015"), "S/PV.7015");
        assert_eq!(canon("S/2020/476"), "S/2020/476");
        assert_eq!(canon("S/25812/add.1"), "S/25812/Add.1");
        assert_eq!(canon("S/2010/200/Corr.1"), "S/2010/200/Corr.1");
        assert_eq!(canon("S/25696"), "S/25696");
        assert_eq!(canon("A/RES/67/135"), "A/RES/67/135");
        assert_eq!(canon("A/RES/50/80B"), "A/RES/50/80 B");
        assert_eq!(canon("A/RES/377 (V)"), "A/RES/377 (V)");
        assert_eq!(canon("A/RES/377 A (V)"), "A/RES/377 A (V)");
        assert_eq!(canon("A/RES/ES-10/2"), "A/RES/ES-10/2");
        assert_eq!(canon("A/68/PV.69"), "A/68/PV.69");
        assert_eq!(canon("A/68/649"), "A/68/649");
        assert_eq!(canon("A/65/L.43"), "A/65/L.43");
        assert_eq!(canon("A/65/L.43/Add.1"), "A/65/L.43/Add.1");
        assert_eq!(canon("YUN 2005, p. 251"), "YUN 2005, p. 251");
    }

    #[test]
    fn kinds_and_years() {
        let s: Symbol = "S/2020/476".parse().unwrap();
        assert_eq!((s.kind(), s.year()), (SymbolKind::ScDocument, Some(2020)));
        let s: Symbol = "S/25696".parse().unwrap();
        assert_eq!((s.kind(), s.year()), (SymbolKind::ScDocument, None));
        let s: Symbol = "S/RES/1325 (2000)".parse().unwrap();
        assert_eq!(s.resolution_number(), Some(1325));
    }

    #[test]
    fn rejects_non_symbols() {
        for bad in [
            "",
            "resolution",
            "S/",
            "S/RES/12",
            "X/2020/1",
            "S/RES/99999999999 (2020)",
        ] {
            assert!(bad.parse::<Symbol>().is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn resolution_years_from_table() {
        assert_eq!(sc_resolution_year(1), Some(1946));
        assert_eq!(sc_resolution_year(15), Some(1946));
        assert_eq!(sc_resolution_year(16), Some(1947));
        assert_eq!(sc_resolution_year(1325), Some(2000));
        assert_eq!(sc_resolution_year(1526), Some(2004));
        assert_eq!(sc_resolution_year(2259), Some(2015));
        assert_eq!(sc_resolution_year(2260), None);
        assert_eq!(sc_resolution_year(0), None);
    }
}
