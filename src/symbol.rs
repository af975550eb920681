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

use std::cmp::Ordering;
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
    /// A resolution or decision of an organ other than the Security Council
    /// and the General Assembly: `A/HRC/RES/56/8`, `A/HRC/RES/S-35/1`,
    /// `A/HRC/DEC/2/102`, `E/RES/1980/67`, `E/RES/1235 (XLII)`,
    /// `E/DEC/2005/230`, `E/CN.4/RES/2005/69`. [`Symbol::organ`] names the organ.
    OrganResolution,
    /// A document of any other series, with its organ ([`Symbol::organ`]):
    /// `A/HRC/58/14/Add.1`, `A/CONF.157/24 (Part I)`, `E/2024/13`,
    /// `E/C.12/RWA/CO/5`, `E/CN.4/1998/53/Add.2`, `ST/SGB/2003/13`,
    /// `CEDAW/C/GC/30`, `UNEP/EA.5/Res.14`, `TD/B/C.I/MEM.5/2`.
    OrganDocument,
}

/// The organ whose series a symbol belongs to, or whose resolutions a text
/// cites: the organs that number resolutions are distinguished (their
/// numbering decides the symbol a `resolution N` becomes); every other
/// body is [`Organ::Other`] with its name.
///
/// # Examples
///
/// ```
/// use unxref::{Organ, Symbol};
/// let s: Symbol = "A/HRC/58/14/Add.1".parse()?;
/// assert_eq!(s.organ(), Organ::HumanRightsCouncil);
/// assert_eq!("CEDAW/C/GC/30".parse::<Symbol>()?.organ().name(),
///            "Committee on the Elimination of Discrimination against Women");
/// // The numbering of each organ: a Human Rights Council resolution is session/number.
/// assert_eq!(Organ::HumanRightsCouncil.resolution(56, 8, None).unwrap().as_str(), "A/HRC/RES/56/8");
/// assert_eq!(Organ::SecurityCouncil.resolution(56, 8, None), None);
/// # Ok::<(), unxref::error::SymbolError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Organ {
    /// `S/…`; resolutions `S/RES/n (year)`.
    SecurityCouncil,
    /// `A/…` (its Main Committees `A/C.1/…` included); resolutions
    /// `A/RES/session/n`, `A/RES/ES-10/2`, `A/RES/377 (V)`.
    GeneralAssembly,
    /// `A/HRC/…`; resolutions `A/HRC/RES/session/n`, `A/HRC/RES/S-35/1`.
    HumanRightsCouncil,
    /// `E/…`; resolutions `E/RES/year/n`, before 1978 `E/RES/1235 (XLII)`.
    EconomicAndSocialCouncil,
    /// `E/CN.4/…` (1946–2006); resolutions `E/CN.4/RES/year/n`.
    CommissionOnHumanRights,
    /// Any other body: a conference, a treaty body, a programme, the
    /// Secretariat, a regional organization. Its resolutions are not cited
    /// as UN symbols.
    Other(&'static str),
}

impl Organ {
    /// The organ's name.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(unxref::Organ::EconomicAndSocialCouncil.name(), "Economic and Social Council");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Organ::SecurityCouncil => "Security Council",
            Organ::GeneralAssembly => "General Assembly",
            Organ::HumanRightsCouncil => "Human Rights Council",
            Organ::EconomicAndSocialCouncil => "Economic and Social Council",
            Organ::CommissionOnHumanRights => "Commission on Human Rights",
            Organ::Other(name) => name,
        }
    }

    /// The symbol of this organ's resolution written `first/second` (session
    /// or year, then number: `56/8`, `1980/67`), or `n (ROMAN)` when
    /// `session` is given (`217 (III)`: `first` = 217, `session` = `III`).
    /// `None` when the organ does not number its resolutions that way.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::Organ;
    /// let ecosoc = Organ::EconomicAndSocialCouncil;
    /// assert_eq!(ecosoc.resolution(1980, 67, None).unwrap().as_str(), "E/RES/1980/67");
    /// assert_eq!(ecosoc.resolution(1235, 0, Some("XLII")).unwrap().as_str(), "E/RES/1235 (XLII)");
    /// assert_eq!(ecosoc.resolution(56, 8, None), None);
    /// assert_eq!(Organ::GeneralAssembly.resolution(217, 0, Some("III")).unwrap().as_str(), "A/RES/217 (III)");
    /// ```
    pub fn resolution(self, first: u32, second: u32, session: Option<&str>) -> Option<Symbol> {
        let year_form = (1946..=2100).contains(&first);
        let text = match (self, session) {
            (Organ::GeneralAssembly, Some(s)) => format!("A/RES/{first} ({s})"),
            (Organ::EconomicAndSocialCouncil, Some(s)) => format!("E/RES/{first} ({s})"),
            (Organ::GeneralAssembly, None) if (1..=99).contains(&first) => format!("A/RES/{first}/{second}"),
            // The Council has held some sixty sessions since 2006, each
            // adopting fewer than a hundred resolutions.
            (Organ::HumanRightsCouncil, None) if (1..=62).contains(&first) && second < 100 => {
                format!("A/HRC/RES/{first}/{second}")
            }
            (Organ::EconomicAndSocialCouncil, None) if year_form => format!("E/RES/{first}/{second}"),
            (Organ::CommissionOnHumanRights, None) if (1946..=2006).contains(&first) => {
                format!("E/CN.4/RES/{first}/{second}")
            }
            _ => return None,
        };
        text.parse().ok()
    }

    /// The symbol of this organ's special or emergency special session
    /// resolution `ES-10/2` (General Assembly) or `S-35/1` (Human Rights Council).
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::Organ;
    /// assert_eq!(Organ::HumanRightsCouncil.special_resolution(35, 1).unwrap().as_str(), "A/HRC/RES/S-35/1");
    /// assert_eq!(Organ::GeneralAssembly.special_resolution(10, 2).unwrap().as_str(), "A/RES/ES-10/2");
    /// ```
    pub fn special_resolution(self, session: u32, n: u32) -> Option<Symbol> {
        match self {
            Organ::GeneralAssembly => format!("A/RES/ES-{session}/{n}").parse().ok(),
            Organ::HumanRightsCouncil => format!("A/HRC/RES/S-{session}/{n}").parse().ok(),
            _ => None,
        }
    }
}

/// Series prefixes and the organ each names, most specific first. Sources:
/// the UN's "United Nations Documentation: Research Guide — Document
/// Symbols" (research.un.org/en/docs/symbols) and the symbols on the
/// organs' own documents.
const SERIES: &[(&str, Organ)] = &[
    ("S/", Organ::SecurityCouncil),
    ("A/HRC/", Organ::HumanRightsCouncil),
    ("A/CONF.", Organ::Other("United Nations conference")),
    ("A/", Organ::GeneralAssembly),
    ("E/CN.4/", Organ::CommissionOnHumanRights),
    ("E/CN.3/", Organ::Other("Statistical Commission")),
    ("E/CN.5/", Organ::Other("Commission for Social Development")),
    ("E/CN.6/", Organ::Other("Commission on the Status of Women")),
    ("E/CN.7/", Organ::Other("Commission on Narcotic Drugs")),
    (
        "E/CN.9/",
        Organ::Other("Commission on Population and Development"),
    ),
    (
        "E/CN.15/",
        Organ::Other("Commission on Crime Prevention and Criminal Justice"),
    ),
    (
        "E/CN.16/",
        Organ::Other("Commission on Science and Technology for Development"),
    ),
    ("E/CN.17/", Organ::Other("Commission on Sustainable Development")),
    ("E/CN.18/", Organ::Other("United Nations Forum on Forests")),
    (
        "E/C.12/",
        Organ::Other("Committee on Economic, Social and Cultural Rights"),
    ),
    ("E/C.19/", Organ::Other("Permanent Forum on Indigenous Issues")),
    ("E/ICEF/", Organ::Other("UNICEF Executive Board")),
    ("E/", Organ::EconomicAndSocialCouncil),
    ("ST/", Organ::Other("Secretariat")),
    (
        "CEDAW/",
        Organ::Other("Committee on the Elimination of Discrimination against Women"),
    ),
    ("CCPR/", Organ::Other("Human Rights Committee")),
    ("CRC/", Organ::Other("Committee on the Rights of the Child")),
    ("CAT/", Organ::Other("Committee against Torture")),
    (
        "CERD/",
        Organ::Other("Committee on the Elimination of Racial Discrimination"),
    ),
    ("CMW/", Organ::Other("Committee on Migrant Workers")),
    (
        "CRPD/",
        Organ::Other("Committee on the Rights of Persons with Disabilities"),
    ),
    ("CED/", Organ::Other("Committee on Enforced Disappearances")),
    ("HRI/", Organ::Other("Human rights treaty bodies")),
    ("UNEP/", Organ::Other("United Nations Environment Programme")),
    (
        "TD/",
        Organ::Other("United Nations Conference on Trade and Development"),
    ),
    ("DP/", Organ::Other("Executive Board of UNDP, UNFPA and UNOPS")),
    ("UNW/", Organ::Other("Executive Board of UN-Women")),
    (
        "FCCC/",
        Organ::Other("United Nations Framework Convention on Climate Change"),
    ),
    // The IAEA's Board of Governors (`GOV/2006/14`) and information
    // circulars (`INFCIRC/403`, `INFCIRC/254/Rev.9`), cited by the
    // resolutions on Iran and the Democratic People's Republic of Korea.
    ("GOV/", Organ::Other("International Atomic Energy Agency")),
    ("INFCIRC/", Organ::Other("International Atomic Energy Agency")),
    // Bodies with series of their own that the Council's texts and the
    // reports before it cite: the Peacebuilding Commission's frameworks
    // (`PBC/2/SLE/1`), the Secretary-General's statements (`SG/SM/5488`),
    // the treaty conferences and their secretariats, the regional
    // commission for Europe, the Secretariat's inspection unit.
    ("PBC/", Organ::Other("Peacebuilding Commission")),
    (
        "SG/",
        Organ::Other("Secretary-General (statements and press releases)"),
    ),
    // The press releases of the UN's Meetings Coverage (press.un.org), one
    // series an organ: `SC/10200` (a Council meeting), `GA/12345`,
    // `GA/EF/3456` (a Main Committee's), `ECOSOC/7000`, `DSG/SM/1000`.
    // Resolutions cite them: `the guidelines (reference SC/7791 IK/365 of 12
    // June 2003)` (1518 (2003)), `the statement of its President to the
    // press … of 8 March 2000 (SC/6816)` (1325 (2000)).
    ("SC/", Organ::Other("Security Council (press releases)")),
    ("GA/", Organ::Other("General Assembly (press releases)")),
    (
        "ECOSOC/",
        Organ::Other("Economic and Social Council (press releases)"),
    ),
    (
        "DSG/",
        Organ::Other("Deputy Secretary-General (statements and press releases)"),
    ),
    ("ECE/", Organ::Other("Economic Commission for Europe")),
    ("JIU/", Organ::Other("Joint Inspection Unit")),
    (
        "CEB/",
        Organ::Other("United Nations System Chief Executives Board"),
    ),
    ("DPI/", Organ::Other("Department of Public Information")),
    (
        "UNCTAD/",
        Organ::Other("United Nations Conference on Trade and Development"),
    ),
    ("HSP/", Organ::Other("UN-Habitat Assembly")),
    ("WFP/", Organ::Other("World Food Programme Executive Board")),
    (
        "EC/",
        Organ::Other("Executive Committee of the High Commissioner's Programme"),
    ),
    (
        "ICCD/",
        Organ::Other("United Nations Convention to Combat Desertification"),
    ),
    ("CBD/", Organ::Other("Convention on Biological Diversity")),
    ("ISBA/", Organ::Other("International Seabed Authority")),
    (
        "SPLOS/",
        Organ::Other("Meeting of States Parties to the Convention on the Law of the Sea"),
    ),
    (
        "PCNICC/",
        Organ::Other("Preparatory Commission for the International Criminal Court"),
    ),
    ("CD/", Organ::Other("Conference on Disarmament")),
    (
        "NPT/",
        Organ::Other(
            "Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons",
        ),
    ),
    ("CCW/", Organ::Other("Convention on Certain Conventional Weapons")),
    ("BWC/", Organ::Other("Biological Weapons Convention")),
    ("APLC/", Organ::Other("Anti-Personnel Mine Ban Convention")),
    ("CCM/", Organ::Other("Convention on Cluster Munitions")),
    ("ATT/", Organ::Other("Arms Trade Treaty")),
    (
        "CTOC/",
        Organ::Other("Conference of the Parties to the Convention against Transnational Organized Crime"),
    ),
    (
        "CAC/",
        Organ::Other("Conference of the States Parties to the Convention against Corruption"),
    ),
];

/// The first part of each series' prefix (`S`, `A`, `E`, `CEDAW`, …), once
/// each, in [`SERIES`]' order: the word a symbol of that series begins with.
fn series_heads() -> impl Iterator<Item = &'static str> {
    let mut seen: Vec<&'static str> = Vec::new();
    SERIES.iter().filter_map(move |(prefix, _)| {
        let head = &prefix[..prefix.find(['/', '.']).unwrap_or(prefix.len())];
        (!seen.contains(&head)).then(|| {
            seen.push(head);
            head
        })
    })
}

/// The press-release series ([`SERIES`]) whose releases are numbered on
/// their own, one number after the series: `SC/10200`, `GA/12345`,
/// `ECOSOC/7000` (the general form wants two parts).
pub(crate) const ONE_NUMBER_PRESS_SERIES: &str = "SC|GA|ECOSOC";

/// The series prefixes of press releases and statements to the press
/// ([`SERIES`]): a document of one is titled by its headline.
const PRESS_SERIES: [&str; 5] = ["SC/", "GA/", "ECOSOC/", "SG/", "DSG/"];

/// The series whose symbols the general form reads (every series but the
/// Council's, read by forms of their own, the IAEA's circulars,
/// `INFCIRC/254/Rev.9`, and the Council's press releases, one number each:
/// `SC/2012/133` is a misprint of `S/2012/133`, not a press release), as a
/// regex alternation: `A|E|ST|CEDAW|…`.
pub(crate) fn general_series_alternation() -> String {
    series_heads()
        .filter(|head| !matches!(*head, "S" | "INFCIRC" | "SC"))
        .collect::<Vec<_>>()
        .join("|")
}

/// One part of a symbol of the general form after its series (`C.12`, `RWA`,
/// `CO`, `Add.1`, `2-3`, `COP(13)`), as a regex: letters, digits and dots; a
/// hyphen only before digits, so that `A/67/970-S/2013/480` stops before its
/// second symbol; a session in parentheses only after letters.
pub(crate) const SYMBOL_PART: &str =
    r"(?:[A-Z0-9][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*(?:-[0-9]+)*|[A-Z]{2,5}\([0-9]{1,3}\))";

/// Whether `text` opens with the prefix of a series whose documents carry
/// symbols ([`SERIES`]: `S/`, `A/`, `A/HRC/`, `E/`, `ST/`, …): a document's
/// own symbol line may be any organ's (`E/RES/2022/15`, `A/HRC/RES/52/32`).
pub(crate) fn opens_a_series(text: &str) -> bool {
    SERIES.iter().any(|(prefix, _)| text.starts_with(prefix))
}

/// The series prefixes (`E/`, `UNEP/`, `CEDAW/`, …) a symbol may start
/// with, as the extractor's prefilter needs them: every series' first part
/// and its slash, but the Council's and the General Assembly's (`S/`, `A/`,
/// which the prefilter holds already).
pub(crate) fn series_prefixes() -> Vec<String> {
    series_heads()
        .filter(|head| !matches!(*head, "S" | "A"))
        .map(|head| format!("{head}/"))
        .collect()
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

    /// Whether the symbol is a press release's or a statement to the press
    /// (`SC/10200`, `GA/EF/3456`, `SG/SM/5488`), not a document of its organ.
    ///
    /// ```
    /// use unxref::Symbol;
    /// assert!("SC/10200".parse::<Symbol>()?.is_press_release());
    /// assert!(!"S/2011/137".parse::<Symbol>()?.is_press_release());
    /// # Ok::<(), unxref::error::SymbolError>(())
    /// ```
    pub fn is_press_release(&self) -> bool {
        PRESS_SERIES.iter().any(|p| self.canonical.starts_with(p))
    }

    /// The organ whose series the symbol belongs to (`A/HRC/58/14` → the
    /// Human Rights Council, `E/C.12/RWA/CO/5` → the Committee on Economic,
    /// Social and Cultural Rights).
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{Organ, Symbol};
    /// assert_eq!("S/2020/476".parse::<Symbol>()?.organ(), Organ::SecurityCouncil);
    /// assert_eq!("A/C.1/78/L.5".parse::<Symbol>()?.organ(), Organ::GeneralAssembly);
    /// assert_eq!("E/CN.4/RES/2005/69".parse::<Symbol>()?.organ(), Organ::CommissionOnHumanRights);
    /// assert_eq!("ST/SGB/2003/13".parse::<Symbol>()?.organ().name(), "Secretariat");
    /// # Ok::<(), unxref::error::SymbolError>(())
    /// ```
    pub fn organ(&self) -> Organ {
        if self.kind == SymbolKind::Yearbook {
            return Organ::Other("Yearbook of the United Nations");
        }
        SERIES
            .iter()
            .find(|(prefix, _)| self.canonical.starts_with(prefix))
            .map_or(Organ::Other("United Nations"), |&(_, organ)| organ)
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
    let p = |s: &str| crate::extract::patterns::compile(&format!("^(?i:{s})$"));
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
                r"A\s*/\s*RES\s*/\s*(?P<body>(?:ES-)?\d{1,3}\s*/\s*\d{1,4}(?:\s*[A-Z])?|\d{1,4}(?:\s*[A-Z])?\s*\(\s*(?:E?S-)?[IVXLC]+\s*\))",
            ),
        ),
        (
            SymbolKind::OrganResolution,
            p(concat!(
                r"(?P<body>A\s*/\s*HRC\s*/\s*(?:RES|DEC)\s*/\s*(?:S-)?\d{1,2}\s*/\s*\d{1,3}",
                r"|E\s*/\s*RES\s*/\s*(?:\d{4}\s*/\s*\d{1,3}|\d{1,4}\s*\(\s*[IVXLC]+\s*\))",
                r"|E\s*/\s*DEC\s*/\s*\d{4}\s*/\s*\d{1,3}",
                r"|E\s*/\s*CN\.4\s*/\s*RES\s*/\s*\d{4}\s*/\s*\d{1,3})",
            )),
        ),
        (
            SymbolKind::Yearbook,
            p(r"YUN\s+(?P<y>\d{4}),?\s*p\.?\s*(?P<n>\d{1,5})"),
        ),
        (
            SymbolKind::ScDocument,
            p(
                // Addenda past 999: `S/7930/Add.1584` (UNTSO's reports, 1972).
                r"S\s*/\s*(?P<body>(?:\d{4}\s*/\s*\d{1,4}|\d{1,6})(?:\s*/\s*(?:Add|Corr|Rev|Amend)\.\s*\d{1,4})*)",
            ),
        ),
        (
            SymbolKind::GaDocument,
            p(
                r"A\s*/\s*(?P<body>(?:ES-)?\d{1,3}\s*/\s*(?:L\.\s*)?\d{1,5}(?:\s*/\s*(?:Add|Corr|Rev|Amend)\.\s*\d{1,3})*)",
            ),
        ),
        (
            // Every other series: a known prefix, then at least two parts
            // (`CONF.157`, `C.12`, `RWA`, `CO`, `Add.1`, `2-3`), the last
            // ending in a digit (checked in `from_str`), and a `(Part I)`.
            SymbolKind::OrganDocument,
            // The Council's subsidiary series (`S/AC.51/2011/3`, a working
            // group's document; `S/Agenda/1606`; `S/INF/45`; `S/C.1/…`)
            // are such series too: a Council symbol whose first part is a
            // series name, not a number.
            p(&format!(
                concat!(
                    r"(?P<body>(?:(?:{series})",
                    r"(?:\s*/\s*(?:[A-Z0-9]+(?:\.\s?[A-Z0-9]+)*(?:-[0-9]+)*|[A-Z]{{2,5}}\([0-9]{{1,3}}\))){{2,}}",
                    r"|INFCIRC\s*/\s*[0-9]+(?:\s*/\s*(?:Rev|Add|Corr|Mod)\.\s?[0-9]+)*",
                    r"|(?:{press})\s*/\s*[0-9]{{3,5}}",
                    r"|S\s*/\s*(?:AC\.\s?[0-9]+|C\.\s?[0-9]+|INF|Agenda)",
                    r"(?:\s*/\s*[A-Z0-9]+(?:\.\s?[A-Z0-9]+)*(?:-[0-9]+)*){{1,}}))",
                    r"(?:\s*\(\s*Part\s+(?P<part>[IVX]{{1,4}})\s*\))?",
                ),
                series = general_series_alternation(),
                press = ONE_NUMBER_PRESS_SERIES,
            )),
        ),
    ]
});

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

impl FromStr for Symbol {
    type Err = SymbolError;

    fn from_str(input: &str) -> Result<Symbol, SymbolError> {
        match plain_sc_symbol(input.trim()) {
            Some(symbol) => Ok(symbol),
            None => by_patterns(input),
        }
    }
}

/// The symbol the first of [`PATTERNS`] to match the trimmed input reads.
fn by_patterns(input: &str) -> Result<Symbol, SymbolError> {
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
            SymbolKind::OrganResolution => {
                let body = squeeze(&c["body"]).to_uppercase().replace('(', " (");
                let year = body
                    .split('/')
                    .find(|p| p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|y| y.parse().ok());
                Symbol {
                    canonical: body,
                    kind: *kind,
                    year,
                }
            }
            SymbolKind::OrganDocument => {
                let body = canonical_document_body(&c["body"]);
                if !body.ends_with(|c: char| c.is_ascii_digit()) {
                    return Err(SymbolError::new(input, "a symbol ends with a number"));
                }
                let is_ga =
                    body.starts_with("A/") && !body.starts_with("A/HRC/") && !body.starts_with("A/CONF.");
                // `A/RES/S-26/2`: a special session's resolution.
                let kind = match body.starts_with("A/RES/") {
                    true => SymbolKind::GaResolution,
                    false if is_ga => SymbolKind::GaDocument,
                    false => *kind,
                };
                let part = c.name("part").map_or(String::new(), |p| {
                    format!(" (Part {})", p.as_str().to_uppercase())
                });
                // A year is a part of four digits the United Nations could
                // have written (1945 on) with a number after it:
                // `E/CN.4/2005/62` is of 2005, `E/CN.4/1050` is document
                // 1050 of no stated year.
                let parts: Vec<&str> = body.split('/').collect();
                let year = parts
                    .iter()
                    .take(parts.len().saturating_sub(1))
                    .filter(|p| p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()))
                    .filter_map(|p| p.parse::<u16>().ok())
                    .find(|y| (1945..=2100).contains(y));
                Symbol {
                    canonical: format!("{body}{part}"),
                    kind,
                    year,
                }
            }
            SymbolKind::ScDocument | SymbolKind::GaDocument => {
                let body = canonical_document_body(&c["body"]);
                let prefix = if *kind == SymbolKind::ScDocument { "S" } else { "A" };
                let year = match kind {
                    SymbolKind::ScDocument => sc_document_year(&body),
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

/// The year of a Security Council document's canonical body: `2020/600`
/// (`S/2020/600`) is a year, then a number; a pre-1994 symbol (`S/3122`,
/// `S/2673/Add.1`) is a number alone, not a year.
fn sc_document_year(body: &str) -> Option<u16> {
    let mut parts = body.split('/');
    match (parts.next(), parts.next()) {
        (Some(first), Some(second))
            if first.len() == 4 && !second.is_empty() && second.bytes().all(|b| b.is_ascii_digit()) =>
        {
            first.parse::<u16>().ok().filter(|y| *y >= 1994)
        }
        _ => None,
    }
}

/// The General Assembly session of a document's symbol: `75` of
/// `A/RES/75/191` and `A/75/287`, `ES-11` of `A/RES/ES-11/1` and
/// `A/ES-11/L.1`; none for another organ's (`A/HRC/46/56`) or a Council's.
pub(crate) fn ga_session_of(symbol: &str) -> Option<&str> {
    let rest = symbol.strip_prefix("A/")?;
    let rest = rest.strip_prefix("RES/").unwrap_or(rest);
    let session = rest.split('/').next()?;
    let digits = session.strip_prefix("ES-").unwrap_or(session);
    (!digits.is_empty()
        && digits.len() <= 3
        && digits.bytes().all(|b| b.is_ascii_digit())
        && rest.contains('/'))
    .then_some(session)
}

/// The two forms most symbols take, read without the patterns: a
/// resolution as its canonical form writes it (`S/RES/2531 (2020)`) and a
/// Council document of digits alone (`S/2020/476`, `S/25696`). Each is
/// the symbol [`PATTERNS`] reads from the same text (their first match is
/// the resolution's or the document's pattern), found without a regex:
/// graph ids are parsed again and again. `None` for anything else.
fn plain_sc_symbol(text: &str) -> Option<Symbol> {
    fn digits(s: &str, max: usize) -> Option<&str> {
        (!s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())).then_some(s)
    }
    let rest = text.strip_prefix("S/")?;
    if let Some(res) = rest.strip_prefix("RES/") {
        let (number, year) = res.strip_suffix(')')?.split_once(" (")?;
        let (number, year) = (digits(number, 5)?, digits(year, 4)?);
        // `0999` is refused as a bad year by the pattern's reading.
        if year.len() != 4 || year.starts_with('0') {
            return None;
        }
        return Some(Symbol::sc_resolution(number.parse().ok()?, year.parse().ok()?));
    }
    let plain = match rest.split_once('/') {
        Some((year, number)) => year.len() == 4 && digits(year, 4).is_some() && digits(number, 4).is_some(),
        None => digits(rest, 6).is_some(),
    };
    plain.then(|| Symbol {
        canonical: text.to_string(),
        kind: SymbolKind::ScDocument,
        year: sc_document_year(rest),
    })
}

/// `67/135` stays; `50/80B` → `50/80 B`; `377 A (V)` → `377 (V)`: the old
/// resolutions' parts A, B, C are one document, issued under one symbol
/// (the part a text cites is kept as the citation's pinpoint).
fn canonical_ga_resolution_body(body: &str) -> String {
    let s = squeeze(body).to_uppercase();
    if let Some(open) = s.find('(') {
        let (head, session) = s.split_at(open);
        let (num, _part) = split_part_letter(head);
        return format!("{num} {session}");
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
            for suffix in ["add.", "corr.", "rev.", "amend.", "sub.", "res.", "dec."] {
                if let Some(n) = lower.strip_prefix(suffix) {
                    let mut word = suffix.to_string();
                    word[..1].make_ascii_uppercase();
                    return format!("{word}{n}");
                }
            }
            if let Some(n) = lower.strip_prefix("l.") {
                return format!("L.{n}");
            }
            // The Council's agenda series is written `S/Agenda/1606`.
            if lower == "agenda" {
                return "Agenda".to_string();
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

/// How many resolutions the Security Council adopted in `year`, for the
/// years the table covers (1946–2015); `None` for others.
pub(crate) fn sc_resolutions_in_year(year: u16) -> Option<u32> {
    let i = FIRST_RESOLUTION_OF_YEAR.iter().position(|&(y, _)| y == year)?;
    let next = FIRST_RESOLUTION_OF_YEAR
        .get(i + 1)
        .map_or(LAST_TABLED_RESOLUTION + 1, |&(_, first)| first);
    Some(next - FIRST_RESOLUTION_OF_YEAR[i].1)
}

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

/// Compare two strings with their digit runs as numbers, so that
/// `S/RES/242 (1967)` sorts before `S/RES/1325 (2000)`.
///
/// # Examples
///
/// ```
/// use std::cmp::Ordering;
/// use unxref::symbol::natural_cmp;
/// assert_eq!(natural_cmp("S/RES/242 (1967)", "S/RES/1325 (2000)"), Ordering::Less);
/// let mut ids = vec!["S/2020/1158", "S/2020/600", "S/2020/240"];
/// ids.sort_by(|a, b| natural_cmp(a, b));
/// assert_eq!(ids, ["S/2020/240", "S/2020/600", "S/2020/1158"]);
/// ```
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a.as_bytes(), b.as_bytes());
    loop {
        match (x.first(), y.first()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => {
                let n = x.iter().take_while(|c| c.is_ascii_digit()).count();
                let m = y.iter().take_while(|c| c.is_ascii_digit()).count();
                let (p, q) = (trim_zeros(&x[..n]), trim_zeros(&y[..m]));
                let o = p.len().cmp(&q.len()).then_with(|| p.cmp(q));
                if o != Ordering::Equal {
                    return o;
                }
                x = &x[n..];
                y = &y[m..];
            }
            (Some(c), Some(d)) => {
                if c != d {
                    return c.cmp(d);
                }
                x = &x[1..];
                y = &y[1..];
            }
        }
    }
}

fn trim_zeros(s: &[u8]) -> &[u8] {
    let z = s.iter().take_while(|c| **c == b'0').count();
    &s[z.min(s.len().saturating_sub(1))..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(s: &str) -> String {
        s.parse::<Symbol>().unwrap().to_string()
    }

    /// Every series of the table is read, by the symbol parser and by the
    /// reference scanner alike, and named for its organ: one table feeds
    /// both (a series added to one only would be found and not parsed, or
    /// parsed and never found).
    #[test]
    fn every_series_of_the_table_is_read_and_named_for_its_organ() {
        for &(prefix, organ) in SERIES {
            let symbol = match prefix {
                "INFCIRC/" => "INFCIRC/403".to_string(),
                "S/" => "S/2020/34".to_string(),
                "SC/" => "SC/7791".to_string(),
                _ => format!("{prefix}12/34"),
            };
            let parsed: Symbol = symbol.parse().unwrap_or_else(|e| panic!("{symbol}: {e}"));
            assert_eq!(parsed.as_str(), symbol);
            assert_eq!(parsed.organ(), organ, "{symbol}");
            let cited = format!("{symbol}, and");
            let found = crate::extract::patterns::SYMBOL_AT.find(&cited);
            assert_eq!(found.map(|m| m.as_str()), Some(symbol.as_str()), "{symbol}");
        }
    }

    /// The shortcut reads exactly what the patterns read, and leaves to
    /// them every text it does not take.
    #[test]
    fn plain_symbols_read_as_the_patterns_read_them() {
        let taken = [
            "S/RES/2531 (2020)",
            "S/RES/1 (1946)",
            "S/RES/00692 (1991)",
            "S/RES/0 (2000)",
            "S/2020/476",
            "S/1994/1",
            "S/1993/12",
            "S/2020/0476",
            "S/25696",
            "S/999999",
        ];
        for text in taken {
            let plain = plain_sc_symbol(text).unwrap_or_else(|| panic!("{text} is plain"));
            assert_eq!(Ok(plain), by_patterns(text), "{text}");
        }
        let left = [
            "S/RES/2531 (0999)",
            "S/RES/2531(2020)",
            "S/RES/123456 (2020)",
            "S/RES/2531 (20201)",
            "S/RES/ (2020)",
            "S/2020/47600",
            "S/20201/4",
            "S/9999999",
            "S/",
            "S/2020/",
            "S/2020/476/Add.1",
            "s/2020/476",
            "S/PRST/2018/10",
            "S/PV.7015",
            "A/RES/67/135",
        ];
        for text in left {
            assert_eq!(plain_sc_symbol(text), None, "{text}");
        }
    }

    proptest::proptest! {
        /// Over texts made of the characters of these symbols, whatever
        /// the shortcut reads, the patterns read the same.
        #[test]
        fn the_shortcut_never_reads_otherwise(text in "S/(RES/)?[0-9]{0,7}(/[0-9]{0,5})?( \\([0-9]{0,5}\\))?") {
            if let Some(plain) = plain_sc_symbol(&text) {
                proptest::prop_assert_eq!(Ok(plain), by_patterns(&text));
            }
        }
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
        assert_eq!(canon("A/RES/377 A (V)"), "A/RES/377 (V)");
        assert_eq!(canon("A/RES/217A(III)"), "A/RES/217 (III)");
        assert_eq!(canon("A/HRC/58/14"), "A/HRC/58/14");
        assert_eq!(canon("a/hrc/58/14/add.1"), "A/HRC/58/14/Add.1");
        assert_eq!(canon("A/HRC/RES/56/8"), "A/HRC/RES/56/8");
        assert_eq!(canon("A/HRC/RES/S-35/1"), "A/HRC/RES/S-35/1");
        assert_eq!(canon("E/RES/1980/67"), "E/RES/1980/67");
        assert_eq!(canon("E/RES/1235(XLII)"), "E/RES/1235 (XLII)");
        assert_eq!(canon("E/2024/13"), "E/2024/13");
        assert_eq!(canon("PBC/2/SLE/1"), "PBC/2/SLE/1");
        assert_eq!(canon("sg/sm/5488"), "SG/SM/5488");
        assert_eq!(canon("ICCD/COP(13)/21/Add.1"), "ICCD/COP(13)/21/Add.1");
        assert_eq!(canon("ECE/TRANS/WP.29/2019/2"), "ECE/TRANS/WP.29/2019/2");
        assert_eq!(canon("E/C.12/RWA/CO/5"), "E/C.12/RWA/CO/5");
        assert_eq!(canon("E/CN.4/1998/53/Add.2"), "E/CN.4/1998/53/Add.2");
        assert_eq!(canon("E/CN.4/Sub.2/1998/13"), "E/CN.4/Sub.2/1998/13");
        assert_eq!(canon("A/CONF.157/24 (Part I)"), "A/CONF.157/24 (Part I)");
        assert_eq!(canon("A/CONF.157/24(part i)"), "A/CONF.157/24 (Part I)");
        assert_eq!(canon("A/ES-10/1043"), "A/ES-10/1043");
        assert_eq!(canon("A/C.1/78/L.5"), "A/C.1/78/L.5");
        assert_eq!(canon("ST/SGB/2003/13"), "ST/SGB/2003/13");
        assert_eq!(canon("ST/AI/2010/3/Rev.1"), "ST/AI/2010/3/Rev.1");
        assert_eq!(canon("CRC/C/HTI/2-3"), "CRC/C/HTI/2-3");
        assert_eq!(canon("CCPR/C/HTI/CO/1"), "CCPR/C/HTI/CO/1");
        assert_eq!(canon("UNEP/EA.5/Res.14"), "UNEP/EA.5/Res.14");
        assert_eq!(canon("A/RES/ES-10/2"), "A/RES/ES-10/2");
        assert_eq!(canon("A/68/PV.69"), "A/68/PV.69");
        assert_eq!(canon("A/68/649"), "A/68/649");
        assert_eq!(canon("A/65/L.43"), "A/65/L.43");
        assert_eq!(canon("A/65/L.43/Add.1"), "A/65/L.43/Add.1");
        assert_eq!(canon("YUN 2005, p. 251"), "YUN 2005, p. 251");
        // The Council's subsidiary series (SG reports of 2007-2014 cite the
        // Working Group on Children and Armed Conflict's conclusions).
        assert_eq!(canon("S/AC.51/2011/3"), "S/AC.51/2011/3");
        assert_eq!(canon("s/ac.37/2022/1"), "S/AC.37/2022/1");
        assert_eq!(canon("S/Agenda/1966/Rev.1"), "S/Agenda/1966/Rev.1");
        assert_eq!(canon("S/INF/45"), "S/INF/45");
        assert_eq!(canon("GOV/2006/14"), "GOV/2006/14");
        assert_eq!(canon("INFCIRC/254/Rev.9"), "INFCIRC/254/Rev.9");
        assert_eq!(canon("INFCIRC/403"), "INFCIRC/403");
        assert_eq!(
            "GOV/2006/14".parse::<Symbol>().unwrap().organ().name(),
            "International Atomic Energy Agency"
        );
        let wg: Symbol = "S/AC.51/2011/3".parse().unwrap();
        assert_eq!((wg.organ(), wg.year()), (Organ::SecurityCouncil, Some(2011)));
        // A resolution without its year is no symbol of any series.
        assert!("S/RES/1808".parse::<Symbol>().is_err());
    }

    #[test]
    fn kinds_and_years() {
        let s: Symbol = "S/2020/476".parse().unwrap();
        assert_eq!((s.kind(), s.year()), (SymbolKind::ScDocument, Some(2020)));
        let s: Symbol = "S/25696".parse().unwrap();
        assert_eq!((s.kind(), s.year()), (SymbolKind::ScDocument, None));
        let s: Symbol = "S/RES/1325 (2000)".parse().unwrap();
        assert_eq!(s.resolution_number(), Some(1325));
        let kind = |s: &str| s.parse::<Symbol>().unwrap().kind();
        assert_eq!(kind("A/HRC/RES/56/8"), SymbolKind::OrganResolution);
        assert_eq!(kind("E/RES/2009/3"), SymbolKind::OrganResolution);
        assert_eq!(kind("A/HRC/58/14"), SymbolKind::OrganDocument);
        assert_eq!(kind("A/CONF.157/24 (Part I)"), SymbolKind::OrganDocument);
        assert_eq!(kind("A/C.1/78/L.5"), SymbolKind::GaDocument);
        assert_eq!(kind("A/ES-10/1043"), SymbolKind::GaDocument);
        assert_eq!("E/2024/13".parse::<Symbol>().unwrap().year(), Some(2024));
        // A document number of four digits is no year (321 (1972): "See
        // E/CN.4/1050 and Corr.1, chap. V.").
        let year = |s: &str| s.parse::<Symbol>().unwrap().year();
        assert_eq!(year("E/CN.4/1050"), None);
        assert_eq!(year("E/CN.4/1050/Corr.1"), None);
        assert_eq!(year("E/CN.4/2005/62/Add.3"), Some(2005));
        let organ = |s: &str| s.parse::<Symbol>().unwrap().organ();
        assert_eq!(organ("A/HRC/RES/56/8"), Organ::HumanRightsCouncil);
        assert_eq!(
            organ("E/C.12/RWA/CO/5").name(),
            "Committee on Economic, Social and Cultural Rights"
        );
        assert_eq!(organ("E/2024/13"), Organ::EconomicAndSocialCouncil);
        assert_eq!(
            organ("A/CONF.157/24 (Part I)").name(),
            "United Nations conference"
        );
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
            "E/2024",
            "ST/SGB",
            "A/HRC/RES",
            "CEDAW/C/GC",
        ] {
            assert!(bad.parse::<Symbol>().is_err(), "{bad:?} parsed");
        }
    }

    /// A press release is one number after its organ's initials (`SC/7791`,
    /// as 1518 (2003) cites it beside another organ's `IK/365`); two parts
    /// after `SC` are a misprinted Council symbol, none a press release's.
    #[test]
    fn press_releases_are_one_number_after_the_organ() {
        for (symbol, organ) in [
            ("SC/7791", "Security Council (press releases)"),
            ("GA/12345", "General Assembly (press releases)"),
            ("GA/EF/3456", "General Assembly (press releases)"),
            ("ECOSOC/7000", "Economic and Social Council (press releases)"),
        ] {
            let parsed: Symbol = symbol.parse().unwrap_or_else(|e| panic!("{symbol}: {e}"));
            assert!(parsed.is_press_release(), "{symbol}");
            assert_eq!(parsed.organ(), Organ::Other(organ), "{symbol}");
        }
        let cited = "the guidelines (reference SC/7791 IK/365 of 12 June 2003)";
        let at = cited.find("SC/").unwrap();
        let found = crate::extract::patterns::SYMBOL_AT.find(&cited[at..]);
        assert_eq!(found.map(|m| m.as_str()), Some("SC/7791"));
        for not_one in ["SC/12", "SC/123456", "SC/2012/133"] {
            assert!(
                not_one.parse::<Symbol>().map_or(true, |s| !s.is_press_release()),
                "{not_one} read as a press release"
            );
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
