//! A seeded generator of synthetic UN corpora: texts, not graphs. Document
//! `i` of `n` is written in year `synthetic::year_of(i, n)` (1946 to 2025,
//! rising with the index) in one of five genres, and cites only older
//! documents, as `synthetic.rs` draws them: out-degrees geometric, targets
//! by Price's cumulative advantage (same SplitMix64, same mixture), plus a
//! pull towards recent documents and a share of citations of documents the
//! corpus does not hold (stubs), as in the real record.
//!
//! The figures come from the extraction of `corpus/sc-resolutions` (2,259
//! Security Council resolutions, 2026-12-04):
//!
//! | measure | corpus | generator |
//! |---|---|---|
//! | citations per resolution | mean 10.0, median 6, 90th pct 24, 7% none | geometric, mean 10 |
//! | citations in the preamble | 62% (14,003 of 22,644) | 62% |
//! | years between citing and cited (median, 75th, 90th pct) | 2, 5, 9 | recent pull 55% within 3 years, rest Price |
//! | cited documents not held | 24% of targets are not resolutions | 15% stubs |
//! | distinct actors mentioned per resolution | mean 5.2, median 4 | 1 situation state + Zipf draw, mean ~5 |
//! | size of a resolution | median 3.5 KB, mean 5.9 KB, 90th pct 13.8 KB | same order, scaled by `size_factor` |
//!
//! Genres, by share of documents: Security Council resolutions (10%, up
//! to the numbers the real record gives each year: about 10,000 in all),
//! General Assembly resolutions (20%), reports of the
//! Secretary-General (15%, long), letters (45%, short, signed) and
//! presidential statements (10%); the others share what the Council's
//! resolutions leave in the same proportions. Each is laid out as the UN publishes it (symbol, distribution
//! line, title, body), one document a file, under `genre/year/` folders.

use std::fmt::Write as _;

use super::synthetic::{SplitMix64, year_of};
use unxref::date::MONTH_NAMES as MONTHS;

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CorpusSpec {
    /// Number of documents (one file each).
    pub docs: u32,
    /// Seed of the random numbers.
    pub seed: u64,
    /// Multiplies the prose between citations (1.0: sizes like the real
    /// record; 0.3: small documents; 3.0: long ones). Citations do not change.
    pub size_factor: f64,
}

/// The five genres.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Genre {
    /// `S/RES/n (y)`.
    ScResolution,
    /// `A/RES/session/k`.
    GaResolution,
    /// `S/y/k`, a report of the Secretary-General.
    Report,
    /// `S/y/k`, a letter.
    Letter,
    /// `S/PRST/y/k`.
    Statement,
}

impl Genre {
    /// Folder name.
    pub fn folder(self) -> &'static str {
        match self {
            Genre::ScResolution => "sc-resolutions",
            Genre::GaResolution => "ga-resolutions",
            Genre::Report => "reports",
            Genre::Letter => "letters",
            Genre::Statement => "statements",
        }
    }

    /// Mean citations of a document of this genre.
    fn mean_citations(self) -> f64 {
        match self {
            Genre::ScResolution | Genre::GaResolution => 10.0,
            Genre::Report => 18.0,
            Genre::Letter => 2.5,
            Genre::Statement => 5.0,
        }
    }
}

/// One planned document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    /// Its genre.
    pub genre: Genre,
    /// Year, month (1-12) and day (1-28).
    pub year: u16,
    /// Month.
    pub month: u8,
    /// Day.
    pub day: u8,
    /// Its number: the resolution number (SC: one the real record gives its
    /// year, or from 2,260 on after 2015), or the serial within the year
    /// (within the session for the General Assembly).
    pub number: u32,
}

impl Doc {
    /// The symbol the extractor gives the document (its node id).
    pub fn symbol(&self) -> String {
        match self.genre {
            Genre::ScResolution => format!("S/RES/{} ({})", self.number, self.year),
            Genre::GaResolution => format!("A/RES/{}/{}", self.session(), self.number),
            Genre::Report | Genre::Letter => format!("S/{}/{}", self.year, self.number),
            Genre::Statement => format!("S/PRST/{}/{}", self.year, self.number),
        }
    }

    /// The file name, relative to the corpus folder.
    pub fn file_name(&self) -> String {
        let name = match self.genre {
            Genre::ScResolution => format!("S-RES-{}({}).txt", self.number, self.year),
            _ => format!("{}.txt", self.symbol().replace('/', "_")),
        };
        format!("{}/{}/{name}", self.genre.folder(), self.year)
    }

    fn session(&self) -> u16 {
        self.year - 1945
    }

    fn date(&self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS[usize::from(self.month - 1)],
            self.year
        )
    }

    /// How another document's text names this one.
    fn reference(&self, from: Genre) -> String {
        match (self.genre, from) {
            (Genre::ScResolution, Genre::ScResolution) => {
                format!("its resolution {} ({})", self.number, self.year)
            }
            (Genre::ScResolution, _) => {
                format!("Security Council resolution {} ({})", self.number, self.year)
            }
            (Genre::GaResolution, Genre::GaResolution) => {
                format!(
                    "its resolution {}/{} of {}",
                    self.session(),
                    self.number,
                    self.date()
                )
            }
            (Genre::GaResolution, _) => {
                format!("General Assembly resolution {}/{}", self.session(), self.number)
            }
            (Genre::Report, _) => format!(
                "the report of the Secretary-General of {} ({})",
                self.date(),
                self.symbol()
            ),
            (Genre::Letter, _) => format!("the letter dated {} ({})", self.date(), self.symbol()),
            (Genre::Statement, _) => format!(
                "the statement by the President of the Security Council of {} ({})",
                self.date(),
                self.symbol()
            ),
        }
    }
}

/// A citation target: a planned document, or one the corpus does not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Document index.
    Held(u32),
    /// A document of year `year` the corpus does not hold (`A/y/k` notes
    /// with `k` above any planned serial).
    Stub { year: u16, number: u32 },
}

impl Target {
    /// The id the extractor gives the target.
    pub fn symbol(&self, docs: &[Doc]) -> String {
        match *self {
            Target::Held(i) => docs[i as usize].symbol(),
            Target::Stub { year, number } => format!("A/{}/{number}", year - 1945),
        }
    }
}

/// The numbers of each year's Security Council resolutions.
fn sc_numbers() -> std::collections::HashMap<u16, std::ops::Range<u32>> {
    use unxref::symbol::{LAST_TABLED_RESOLUTION, sc_resolution_year};
    let mut ranges = std::collections::HashMap::<u16, std::ops::Range<u32>>::new();
    for n in 1..=LAST_TABLED_RESOLUTION {
        if let Some(y) = sc_resolution_year(n) {
            ranges.entry(y).and_modify(|r| r.end = n + 1).or_insert(n..n + 1);
        }
    }
    for (k, year) in (2016..=2025u16).enumerate() {
        let start = LAST_TABLED_RESOLUTION + 1 + 774 * k as u32;
        ranges.insert(year, start..start + 774);
    }
    ranges
}

/// The documents of a corpus, in index (time) order.
pub fn plan(spec: &CorpusSpec) -> Vec<Doc> {
    let mut rng = SplitMix64(spec.seed ^ 0xD0C5);
    // Security Council resolutions take the numbers the real record gives
    // their year (the extractor checks a reference's number against its
    // year), and from 2016 on the numbers from 2,260 to 9,999 (four digits),
    // 774 a year. A tenth of the documents are drawn as resolutions; once a
    // year's numbers are spent, the draw goes to the other genres.
    let mut sc_next = sc_numbers();
    let mut serial = std::collections::HashMap::<(u16, u8), u32>::new();
    let mut year_start = (0u32, year_of(0, spec.docs));
    (0..spec.docs)
        .map(|i| {
            let year = year_of(i, spec.docs);
            if year != year_start.1 {
                year_start = (i, year);
            }
            // The position within the year gives the date.
            let span = u64::from(spec.docs) / 80 + 1;
            let within = u64::from(i - year_start.0).min(span - 1);
            let day_of_year = (within * 336 / span) as u32;
            let (month, day) = ((day_of_year / 28) as u8 + 1, (day_of_year % 28) as u8 + 1);
            let sc = rng.below(10) == 0 && sc_next.get(&year).is_some_and(|r| !r.is_empty());
            let genre = if sc {
                Genre::ScResolution
            } else {
                match rng.below(90) {
                    // Resolutions of the Assembly are numbered session/k
                    // from its 31st session (1976); earlier ones were
                    // `1514 (XV)`, which this generator does not write.
                    0..20 if year >= 1976 => Genre::GaResolution,
                    0..20 => Genre::Letter,
                    20..35 => Genre::Report,
                    35..80 => Genre::Letter,
                    _ => Genre::Statement,
                }
            };
            let number = match genre {
                Genre::ScResolution => sc_next
                    .get_mut(&year)
                    .and_then(Iterator::next)
                    .expect("a year with numbers left"),
                _ => {
                    // Reports and letters share the `S/y/k` serials.
                    let key = match genre {
                        Genre::GaResolution => 0,
                        Genre::Statement => 1,
                        _ => 2,
                    };
                    let k = serial.entry((year, key)).or_insert(0);
                    *k += 1;
                    *k
                }
            };
            Doc {
                genre,
                year,
                month,
                day,
                number,
            }
        })
        .collect()
}

/// Draws each document's citations: geometric out-degrees with the genre's
/// mean (at most the number of older documents), then targets, distinct
/// within a document: 15% stubs, else 55% a uniform draw among the
/// documents of the last three years, else Price's mixture of `synthetic.rs`
/// (a uniform older document with probability `i / (i + citations so far)`,
/// else the target of a uniformly chosen earlier citation).
pub struct Citations {
    rng: SplitMix64,
    n: u32,
    drawn: Vec<u32>,
}

impl Citations {
    /// A draw for `spec`.
    pub fn new(spec: &CorpusSpec) -> Citations {
        Citations {
            rng: SplitMix64(spec.seed),
            n: spec.docs,
            drawn: Vec::new(),
        }
    }

    /// The citations of document `i` (call for `i` = 0, 1, 2, … in order).
    pub fn of(&mut self, i: u32, doc: &Doc) -> Vec<Target> {
        let mean = doc.genre.mean_citations();
        let q = (mean / (1.0 + mean)).ln();
        let degree = ((self.rng.unit().ln() / q).floor() as u64).min(u64::from(i)) as usize;
        let recent = u64::from(self.n) * 3 / 80 + 1;
        let mut out: Vec<Target> = Vec::with_capacity(degree);
        let mut misses = 0;
        while out.len() < degree && misses < 64 {
            let target = if self.rng.below(100) < 15 {
                let year = doc.year.saturating_sub(self.rng.below(5) as u16).max(1946);
                Target::Stub {
                    year,
                    number: 900 + self.rng.below(100) as u32,
                }
            } else if self.rng.below(100) < 55 {
                let lo = u64::from(i).saturating_sub(recent);
                Target::Held((lo + self.rng.below(u64::from(i) - lo)) as u32)
            } else {
                let so_far = self.drawn.len() as u64;
                if self.rng.below(u64::from(i) + so_far) < u64::from(i) {
                    Target::Held(self.rng.below(u64::from(i)) as u32)
                } else {
                    Target::Held(self.drawn[self.rng.below(so_far) as usize])
                }
            };
            if out.contains(&target) {
                misses += 1;
                continue;
            }
            out.push(target);
        }
        for t in &out {
            if let Target::Held(t) = t {
                self.drawn.push(*t);
            }
        }
        out
    }
}

/// States and organizations the texts mention, most mentioned first (names
/// as the bundled actor dictionary knows them).
const STATES: [&str; 24] = [
    "Mali",
    "Cyprus",
    "Lebanon",
    "Somalia",
    "Sudan",
    "Liberia",
    "Angola",
    "Haiti",
    "Iraq",
    "Afghanistan",
    "Libya",
    "Burundi",
    "Sierra Leone",
    "Yemen",
    "Kosovo",
    "Georgia",
    "Chad",
    "Guinea-Bissau",
    "Central African Republic",
    "South Sudan",
    "Democratic Republic of the Congo",
    "Côte d'Ivoire",
    "Timor-Leste",
    "Western Sahara",
];
const ORGANIZATIONS: [&str; 12] = [
    "African Union",
    "ECOWAS",
    "European Union",
    "UNHCR",
    "OSCE",
    "International Criminal Court",
    "UNICEF",
    "World Food Programme",
    "League of Arab States",
    "Organization of American States",
    "NATO",
    "UNDP",
];
const SIGNATORIES: [&str; 8] = [
    "Ana Pereira",
    "Kwame Mensah",
    "Lena Hoffmann",
    "Rashid Karimov",
    "Maria Lopez",
    "Jean Dupont",
    "Aiko Tanaka",
    "Samuel Okafor",
];
const PREAMBLE_VERBS: [(&str, u32); 8] = [
    ("Recalling", 45),
    ("Reaffirming", 21),
    ("Taking note of", 8),
    ("Welcoming", 7),
    ("Noting", 6),
    ("Reiterating its support for", 5),
    ("Bearing in mind", 4),
    ("Stressing the importance of", 4),
];
const OPERATIVE_FORMS: [&str; 6] = [
    "Decides, pursuant to {}, to extend the mandate until 31 December {}",
    "Requests the Secretary-General to report on the implementation of {} by 30 June {}",
    "Recalls {} and urges all parties to comply fully with it, as the Council stated in {}",
    "Reaffirms the measures imposed by {} and decides that they shall remain in force until {}",
    "Acts in accordance with {} and calls upon Member States to support the process through {}",
    "Welcomes {} and encourages the parties to pursue the dialogue until {}",
];
const PROSE: [&str; 10] = [
    "Reaffirming its strong commitment to the sovereignty, independence, unity and territorial integrity of {},",
    "Expressing its deep concern at the humanitarian situation and at the continued violations of international humanitarian law in {},",
    "Stressing the need for all parties to respect the safety and security of humanitarian personnel and to allow full, safe and unhindered access in {},",
    "Emphasizing that the authorities of {} bear the primary responsibility to protect civilians within their territory,",
    "Commending the efforts of troop- and police-contributing countries and of the regional partners supporting the political process in {},",
    "Recognizing that the consolidation of peace requires an inclusive political dialogue, national reconciliation and the holding of free and fair elections in {},",
    "Underlining the importance of strengthening the rule of law, of security sector reform and of the fight against impunity in {},",
    "Noting with concern the continued presence of armed groups and the proliferation of small arms and light weapons affecting {},",
    "Encouraging the international community to provide broad support for the economic recovery and development of {},",
    "Determining that the situation in {} continues to constitute a threat to international peace and security in the region,",
];
const OPERATIVE_PROSE: [&str; 6] = [
    "Urges all parties to cease hostilities immediately and to engage without preconditions in the political process in {}",
    "Calls upon all Member States to cooperate fully with the authorities of {} in the implementation of the agreements reached",
    "Stresses the importance of the full and effective participation of women at all levels of decision-making in {}",
    "Requests all parties to ensure the protection of civilians, including humanitarian personnel, throughout {}",
    "Encourages the Government of {} to pursue its efforts towards national reconciliation and reform of the security sector",
    "Expresses its intention to review the situation in {} in the light of developments on the ground",
];

/// Draw `weights`' index with probability proportional to its weight.
fn weighted(rng: &mut SplitMix64, weights: &[(&str, u32)]) -> usize {
    let total: u32 = weights.iter().map(|w| w.1).sum();
    let mut x = rng.below(u64::from(total)) as u32;
    for (i, w) in weights.iter().enumerate() {
        if x < w.1 {
            return i;
        }
        x -= w.1;
    }
    weights.len() - 1
}

/// Zipf-like draw in `0..n`: index `k` with weight `1/(k+1)`.
fn zipf(rng: &mut SplitMix64, n: usize) -> usize {
    let h: f64 = (1..=n).map(|k| 1.0 / k as f64).sum();
    let mut x = rng.unit() * h;
    for k in 0..n {
        x -= 1.0 / (k + 1) as f64;
        if x <= 0.0 {
            return k;
        }
    }
    n - 1
}

/// Rounded number of prose paragraphs: `base` times the size factor, with
/// a log-normal-ish spread (a factor between 1/3 and 3).
fn paragraphs(rng: &mut SplitMix64, base: f64, factor: f64) -> usize {
    let spread = (rng.unit() * 2.0 - 1.0) * 1.1;
    (base * factor * spread.exp()).round().max(0.0) as usize
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The text of document `i`, citing `targets`. `rng` draws the prose and
/// the actors (seeded by the caller, so a document's text is fixed by the
/// seed and its index).
pub fn render(i: u32, docs: &[Doc], targets: &[Target], spec: &CorpusSpec) -> String {
    let doc = &docs[i as usize];
    let mut rng = SplitMix64(spec.seed.wrapping_mul(0x9E37_79B9).wrapping_add(u64::from(i)));
    let state = STATES[zipf(&mut rng, STATES.len())];
    let refs: Vec<String> = targets
        .iter()
        .map(|t| match *t {
            Target::Held(j) => docs[j as usize].reference(doc.genre),
            Target::Stub { year, number } => {
                format!(
                    "the note by the Secretariat ({})",
                    Target::Stub { year, number }.symbol(docs)
                )
            }
        })
        .collect();
    // A few organizations besides the situation's state.
    let orgs: Vec<&str> = (0..1 + zipf(&mut rng, 6))
        .map(|_| ORGANIZATIONS[zipf(&mut rng, ORGANIZATIONS.len())])
        .collect();
    let f = spec.size_factor;
    let mut out = String::with_capacity(4096);
    let organ = if doc.genre == Genre::GaResolution {
        "General Assembly"
    } else {
        "Security Council"
    };
    let _ = write!(
        out,
        "United Nations\n{organ}\n\n{}\nDistr.: General {}\n\n",
        doc.symbol(),
        doc.date()
    );
    let fill = |rng: &mut SplitMix64, out: &mut String, n: usize| {
        for _ in 0..n {
            let p = PROSE[rng.below(PROSE.len() as u64) as usize];
            out.push_str(&p.replace("{}", state));
            out.push('\n');
        }
    };
    match doc.genre {
        Genre::ScResolution | Genre::GaResolution => {
            if doc.genre == Genre::ScResolution {
                let _ = write!(
                    out,
                    "Resolution {} ({})\nAdopted by the Security Council at its {} meeting, on {}\n\nThe Security Council,\n",
                    doc.number,
                    doc.year,
                    ordinal(1000 + i / 8),
                    doc.date()
                );
            } else {
                let _ = write!(
                    out,
                    "Resolution adopted by the General Assembly on {}\n\n{}/{}. The situation in {state}\n\nThe General Assembly,\n",
                    doc.date(),
                    doc.session(),
                    doc.number
                );
            }
            // 62% of citations in the preamble, the rest in operative paragraphs.
            let (mut pre, mut op) = (Vec::new(), Vec::new());
            for r in &refs {
                if rng.below(100) < 62 {
                    pre.push(r)
                } else {
                    op.push(r)
                }
            }
            let mut prose = paragraphs(&mut rng, 4.0, f);
            for cited in pre {
                let verb = PREAMBLE_VERBS[weighted(&mut rng, &PREAMBLE_VERBS)].0;
                let _ = writeln!(out, "{verb} {cited},");
                if prose > 0 {
                    fill(&mut rng, &mut out, 1);
                    prose -= 1;
                }
            }
            fill(&mut rng, &mut out, prose);
            let _ = writeln!(
                out,
                "Acting under Chapter VII of the Charter of the United Nations,"
            );
            let mut k = 1;
            for chunk in op.chunks(2) {
                let form = OPERATIVE_FORMS[rng.below(OPERATIVE_FORMS.len() as u64) as usize];
                let second = match chunk {
                    [_, b] => b.to_string(),
                    _ => (doc.year + 1).to_string(),
                };
                let text = form.replacen("{}", chunk[0], 1).replacen("{}", &second, 1);
                let _ = writeln!(out, "{k}. {text};");
                k += 1;
            }
            for _ in 0..paragraphs(&mut rng, 3.0, f) {
                let p = OPERATIVE_PROSE[rng.below(OPERATIVE_PROSE.len() as u64) as usize];
                let _ = writeln!(out, "{k}. {};", p.replace("{}", state));
                k += 1;
            }
            let _ = writeln!(out, "{k}. Decides to remain actively seized of the matter.");
        }
        Genre::Report => {
            let _ = write!(
                out,
                "Report of the Secretary-General on the situation in {state}\n\nI. Introduction\n"
            );
            let mut k = 1;
            let mut refs = refs.iter();
            if let Some(r) = refs.next() {
                let _ = writeln!(
                    out,
                    "{k}. The present report is submitted pursuant to {r}, and covers developments in {state} since my previous report."
                );
                k += 1;
            }
            let sections = [
                "II. Political developments",
                "III. Security situation",
                "IV. Humanitarian situation",
                "V. Observations",
            ];
            let per = refs.len().div_ceil(sections.len()).max(1);
            let rest: Vec<&String> = refs.collect();
            for (s, section) in sections.iter().enumerate() {
                let _ = writeln!(out, "\n{section}");
                for r in rest.iter().skip(s * per).take(per) {
                    let org = orgs[rng.below(orgs.len() as u64) as usize];
                    let _ = writeln!(
                        out,
                        "{k}. In line with {r}, the mission worked with the {org} and the authorities of {state} on the matters set out below."
                    );
                    k += 1;
                }
                for _ in 0..paragraphs(&mut rng, 5.0, f) {
                    let p = PROSE[rng.below(PROSE.len() as u64) as usize].replace("{}", state);
                    let _ = writeln!(out, "{k}. {}", p.trim_end_matches(','));
                    k += 1;
                }
            }
        }
        Genre::Letter => {
            let _ = write!(
                out,
                "Letter dated {} from the Permanent Representative of {state} to the United Nations addressed to the President of the Security Council\n\n",
                doc.date()
            );
            for r in &refs {
                let _ = writeln!(out, "I have the honour to refer to {r}.");
            }
            let n = paragraphs(&mut rng, 1.0, f);
            fill(&mut rng, &mut out, n);
            let signatory = SIGNATORIES[rng.below(SIGNATORIES.len() as u64) as usize];
            let _ = write!(
                out,
                "I should be grateful if the present letter could be circulated as a document of the Security Council.\n(Signed) {signatory}\nPermanent Representative\n"
            );
        }
        Genre::Statement => {
            let _ = write!(
                out,
                "Statement by the President of the Security Council\n\nAt its meeting held on {}, in connection with the Council's consideration of the item entitled \"The situation in {state}\", the President of the Security Council made the following statement on behalf of the Council:\n",
                doc.date()
            );
            for r in &refs {
                let _ = writeln!(out, "\"The Security Council recalls {r}.");
            }
            let n = paragraphs(&mut rng, 2.0, f);
            fill(&mut rng, &mut out, n);
        }
    }
    for org in orgs {
        let _ = writeln!(out, "The Council commends the role of the {org} in {state}.");
    }
    out
}
