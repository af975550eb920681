//! A document's own head: what kind it is (a report by its title, in any
//! case: `REPORT OF THE SECRETARY-GENERAL …`, `Progress report of …`), the
//! date it states for itself (its head's date line, never a date its text
//! quotes), and where its text begins (the `Whereas` clauses that precede
//! `The Security Council` in the first resolutions are its text).
//!
//! The reports are read from their PDFs in `shared/corpus/sg-reports-pdf`
//! and the resolutions from `shared/corpus/sc-resolutions`, when this
//! machine has them.

use std::path::{Path, PathBuf};

use unxref::corpus::read_file;
use unxref::error::LoadError;
use unxref::extract::normalize::normalize;
use unxref::symbol::Symbol;
use unxref::{EdgeKind, Extraction, Extractor, NodeKind};

use crate::common::{DATA, sc_corpus_or_skip};

/// Each report with a text layer: its file name, its text as normalized,
/// and its extraction. The scans (no text layer) are left out.
fn readable_reports(dir: &Path) -> Vec<(String, String, Extraction)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the folder lists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    paths.sort();
    let mut reports = vec![];
    for path in paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        match read_file(&path, 1 << 30) {
            Ok(source) => {
                let text = normalize(&source.text).text;
                reports.push((name, text, Extractor::new().extract(&source)));
            }
            Err(LoadError::NoTextLayer { .. }) => {}
            Err(e) => panic!("{name}: {e}"),
        }
    }
    reports
}

/// The head of a report's text: the lines before its first numbered
/// paragraph (`1. The present report is submitted pursuant to …`), with
/// runs of spaces folded.
fn head(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .take_while(|l| {
            let l = l.trim_start();
            !(l.starts_with("1. ") || l.starts_with("1.  "))
        })
        .collect();
    lines.join("\n").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `1998-01-22` as a head prints it: `22 January 1998`.
fn spelled(iso: &str) -> String {
    let (y, rest) = iso.split_at(4);
    let m: usize = rest[1..3].parse().unwrap();
    let d: u32 = rest[4..6].parse().unwrap();
    format!("{d} {} {y}", unxref::date::MONTH_NAMES[m - 1])
}

// ---------------------------------------------------------------- kinds

/// Every report with a text layer is a report, whatever the case of its
/// title (`REPORT OF THE SECRETARY-GENERAL ON THE UNITED NATIONS
/// TRANSITIONAL ADMINISTRATION …`, S/1998/59), its first words (`Progress
/// report of the Secretary-General on the`, S/2005/99; `FINAL REPORT OF THE
/// SECRETARY-GENERAL ON THE UNITED NATIONS`, S/1998/1004; `Report of the
/// Security Council Mission to Haiti,`, S/2012/534) or the masthead its PDF
/// draws above it (`UNITEDUNITED SNATIONSNATIONS`): the title is the
/// report's, never the masthead.
#[test]
fn every_sg_report_pdf_is_a_report_titled_by_its_head() {
    let Some(dir) = crate::common::sg_reports_or_skip() else {
        return;
    };
    let reports = readable_reports(&dir);
    assert!(reports.len() >= 20, "{} readable reports", reports.len());
    for (name, text, x) in &reports {
        let top = &x.documents[0].node;
        let title = top.title.as_deref().unwrap_or_default();
        assert_eq!(top.kind, NodeKind::Report, "{name}: {} titled {title:?}", top.id);
        assert!(title.to_lowercase().contains("report"), "{name}: {title:?}");
        assert!(!title.contains("UNITEDUNITED"), "{name}: {title:?}");
        // The title's first line is a line of the head.
        let first_words: Vec<&str> = title.split_whitespace().take(4).collect();
        assert!(head(text).contains(&first_words.join(" ")), "{name}: {title:?}");
    }
    // The title runs over the lines that continue it: `REPORT OF THE
    // SECRETARY-GENERAL PURSUANT TO` / `RESOLUTION 913 (1994)`.
    let titled = |symbol: &str| {
        let (_, _, x) = reports
            .iter()
            .find(|(_, _, x)| x.documents[0].node.id == symbol)
            .unwrap_or_else(|| panic!("{symbol} not read"));
        x.documents[0].node.title.clone().unwrap_or_default()
    };
    assert_eq!(
        titled("S/1994/600"),
        "REPORT OF THE SECRETARY-GENERAL PURSUANT TO RESOLUTION 913 (1994)"
    );
    assert_eq!(
        titled("S/2005/99"),
        "Progress report of the Secretary-General on the United Nations Mission of Support in East Timor"
    );
}

/// A body line that a PDF wrapped before `report of the Secretary-General`
/// is no title: the letter that transmits a report stays a letter.
#[test]
fn a_wrapped_report_in_a_letter_leaves_it_a_letter() {
    let text = "United Nations S/2014/660\n\nLetter dated 11 September 2014 from the Secretary-General addressed to the President of the Security Council\n\nI have the honour to transmit herewith the\nreport of the Secretary-General on the situation in Mali.\n";
    let x = Extractor::new().extract_str("letter.txt", text);
    assert_eq!(x.documents[0].node.kind, NodeKind::Letter);
    // The same report's own head, title first on its line, is a report.
    let report = "United Nations S/2014/692\n\nDistr.: General\n22 September 2014\n\nReport of the Secretary-General on the situation in Mali\n\nI. Introduction\n\n1. The present report is submitted pursuant to resolution 2164 (2014).\n";
    let x = Extractor::new().extract_str("report.txt", report);
    assert_eq!(x.documents[0].node.kind, NodeKind::Report);
    assert_eq!(
        x.documents[0].node.date.map(|d| d.to_string()).as_deref(),
        Some("2014-09-22")
    );
}

// ---------------------------------------------------------------- dates

/// A report's date is the one its head states, in its symbol's year or the
/// next: never a date its first paragraph quotes. S/1998/59's head is
/// `S/1998/5922 January 1998` (the date run into the symbol) and its
/// paragraph 1 `In its resolutions 1120 (1997) of 14 July 1997`; S/1997/631,
/// an OCR'd scan, reads `11  21.ugust  1997` under its symbol and `resolution
/// 1110  (1997)  of  28  May  1997` in paragraph 1: its date is unknown.
#[test]
fn a_report_is_dated_by_its_head_never_by_its_text() {
    let Some(dir) = crate::common::sg_reports_or_skip() else {
        return;
    };
    let reports = readable_reports(&dir);
    let mut dated = 0;
    for (name, text, x) in &reports {
        let top = &x.documents[0].node;
        let Some(date) = top.date.map(|d| d.to_string()) else {
            continue;
        };
        dated += 1;
        let year: u16 = date[..4].parse().unwrap();
        let symbol_year = top.id.parse::<Symbol>().ok().and_then(|s| s.year()).unwrap();
        assert!(
            year == symbol_year || year == symbol_year + 1,
            "{name}: {} dated {date}",
            top.id
        );
        assert!(
            head(text).contains(&spelled(&date)),
            "{name}: {date} is not in the head {:?}",
            head(text)
        );
        assert_eq!(top.year, Some(year), "{name}");
    }
    assert!(dated + 1 >= reports.len(), "{dated} of {} dated", reports.len());
    let node = |symbol: &str| {
        reports
            .iter()
            .map(|(_, _, x)| &x.documents[0].node)
            .find(|n| n.id == symbol)
            .unwrap_or_else(|| panic!("{symbol} not read"))
            .clone()
    };
    let untaes = node("S/1998/59");
    assert_eq!(untaes.date.map(|d| d.to_string()).as_deref(), Some("1998-01-22"));
    assert_eq!(untaes.year, Some(1998));
    let unpredep = node("S/1997/631");
    assert_eq!(
        unpredep.date, None,
        "its head date `11  21.ugust  1997` does not read"
    );
    assert_eq!(unpredep.year, Some(1997), "the symbol's year");
}

/// A resolution transmitted as the annex of a letter is dated by its own
/// adoption line (seed 001: `Adopted by the Security Council on 30 March
/// 2020`, adopted by written procedure, no meeting).
#[test]
fn a_resolution_in_a_letter_is_dated_by_its_adoption_line() {
    let path = Path::new(DATA).join("001_8bf2fcad3f891cf4.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("Adopted by the Security Council on 30 March 2020"));
    let x = Extractor::new().extract_str(&path.to_string_lossy(), &text);
    let resolution = x
        .documents
        .iter()
        .find(|d| d.node.id == "S/RES/2518 (2020)")
        .expect("the resolution");
    assert_eq!(
        resolution.node.date.map(|d| d.to_string()).as_deref(),
        Some("2020-03-30")
    );
    // A different adoption date in the same place is the one read.
    let moved = text.replace(
        "Adopted by the Security Council on 30 March 2020",
        "Adopted by the Security Council on 31 March 2020",
    );
    let x = Extractor::new().extract_str(&path.to_string_lossy(), &moved);
    let resolution = x
        .documents
        .iter()
        .find(|d| d.node.id == "S/RES/2518 (2020)")
        .unwrap();
    assert_eq!(
        resolution.node.date.map(|d| d.to_string()).as_deref(),
        Some("2020-03-31")
    );
}

// ---------------------------------------------------------------- body start

/// The head of `S-RES-7(1946).txt` as the file has it (its refworld
/// metadata, which names the resolution itself three times) and its
/// `Whereas` clauses, above `The Security Council`.
const RES_7: &str = "\nResolution 7 (1946) of 26 June 1946 \n  \n\n\n\
    Publisher\nUN Security Council\n\n\n\
    Publication Date\n26 June 1946\n\n\n\
    Citation / Document Symbol\nS/RES/7 (1946)\n\n\n\
    Reference\n1946 Security Council Resolutions\n\n\n\
    Cite as\n\nUN Security Council, Resolution 7 (1946) of 26 June 1946, 26 June 1946, S/RES/7 (1946), \
    available at: http://www.refworld.org/docid/3b00f1b154.html [accessed 4 April 2016]        \n\n   \n\n\n    \n\
    Whereas the Security Council on 29 April 1946 appointed a Sub-Committee to investigate the situation in Spain, and  \n\
    Whereas the investigation of the Sub-Committee has fully confirmed the facts which led to the condemnation of the \
    Franco régime by the Potsdam and San Francisco Conferences, by the General Assembly at the first part of its first \
    session and by the Security Council by resolution of the date mentioned above [resolution 4 (1946)],  \n\
    The Security Council  \n\
    Decides to keep the situation in Spain under continuous observation and maintain it upon the list of matters of \
    which it is seized.  \n";

fn cites(x: &Extraction) -> Vec<(String, u32)> {
    x.links
        .iter()
        .filter(|l| l.kind == EdgeKind::Cites)
        .map(|l| {
            (
                l.target.id.clone(),
                l.attrs.evidence.as_ref().map_or(0, |e| e.line),
            )
        })
        .collect()
}

/// The `Whereas` clauses above `The Security Council` are the resolution's
/// text: 7 (1946) cites 4 (1946) there. Its heading and its web copy's
/// metadata above them cite nothing.
#[test]
fn whereas_clauses_above_the_council_are_read() {
    let x = Extractor::new().extract_str("S-RES-7(1946).txt", RES_7);
    assert_eq!(x.documents[0].node.id, "S/RES/7 (1946)");
    let whereas_line = RES_7
        .lines()
        .position(|l| l.contains("[resolution 4 (1946)]"))
        .unwrap() as u32
        + 1;
    assert_eq!(cites(&x), [("S/RES/4 (1946)".to_string(), whereas_line)]);
    // Without its `Whereas`, the same text above the Council is heading.
    let unclaused = RES_7.replace("Whereas the investigation", "The investigation");
    let unclaused = unclaused.replace("Whereas the Security Council on", "The Security Council on");
    let x = Extractor::new().extract_str("S-RES-7(1946).txt", &unclaused);
    assert_eq!(cites(&x), []);
}

/// In the corpus, the resolutions whose text opens with `Whereas` above
/// `The Security Council` (7, 15, 30, 58, 70 of 1946–1949) cite nothing
/// from the lines above their first `Whereas` (their headings, `[S/1280]`,
/// refworld's metadata), and 7 cites 4 (1946) from its second; 820 (1993),
/// whose web copy is titled `Report of the Secretary-General Pursuant to
/// Paragraph 2 of Security Council Resolution 808 (1993)` above `The
/// Security Council,`, cites nothing from that title.
#[test]
fn nothing_above_the_text_of_a_resolution_is_cited() {
    let Some(dir) = sc_corpus_or_skip() else { return };
    for name in [
        "S-RES-7(1946).txt",
        "S-RES-15(1946).txt",
        "S-RES-30(1947).txt",
        "S-RES-58(1948).txt",
        "S-RES-70(1949).txt",
        "S-RES-820(1993).txt",
    ] {
        let path = dir.join(name);
        let source = read_file(&path, 1 << 30).unwrap();
        let x = Extractor::new().extract(&source);
        let normalized = normalize(&source.text);
        let first_text_line = normalized
            .text
            .lines()
            .position(|l| {
                let l = l.trim_start();
                l.starts_with("Whereas") || l.starts_with("The Security Council")
            })
            .map(|i| normalized.line_at(normalized.text.lines().take(i).map(|l| l.len() + 1).sum()))
            .unwrap_or_else(|| panic!("{name}: no text"));
        let own = &x.documents[0].node.id;
        for (target, line) in cites(&x) {
            assert_ne!(&target, own, "{name}");
            assert!(
                line >= first_text_line,
                "{name}: {target} cited on line {line}, above the text"
            );
        }
        if name == "S-RES-7(1946).txt" {
            assert!(
                cites(&x).iter().any(|(t, _)| t == "S/RES/4 (1946)"),
                "{:?}",
                cites(&x)
            );
        }
    }
}
