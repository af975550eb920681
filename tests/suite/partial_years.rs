//! A year of which the corpus holds some of the Council's resolutions but
//! not all (audit 7, H7): a count or a mandate history bounded by it is
//! said to rest on part of that year, never presented as whole. The bundled
//! texts hold three resolutions of 2020 (2518, 2531, 2553) out of the
//! year's fifty-odd; the sc-resolutions corpus holds every resolution of
//! 1946–2015 but one of 1969.

use crate::common::{count, data_graph, notes, sc_corpus_graph};

fn noted(notes: &[String], part: &str) -> bool {
    notes.iter().any(|n| n.contains(part))
}

/// MINUSMA's extension of 2020 (2531) is counted, and the note says the
/// other resolutions of 2020 are not held: a second extension that year,
/// or none, is not known from these texts (UNFICYP's two of 2020, 2506 and
/// 2537, are among those not held).
#[test]
fn a_count_in_a_year_partly_held_says_so() {
    let graph = data_graph();
    let q = "how many times was the mandate of MINUSMA extended in 2020";
    assert_eq!(count(&graph, q), 1, "{q}");
    let said = notes(&graph, q);
    assert!(noted(&said, "only 3 resolution texts of 2020"), "{q}: {said:?}");
}

/// `since 2021` runs to this year, not to the year named: every year after
/// the texts is named as one the corpus holds no resolution of.
#[test]
fn an_open_time_runs_to_this_year() {
    let graph = data_graph();
    let q = "how many resolutions cite 1325 since 2021";
    assert_eq!(count(&graph, q), 0, "{q}");
    let said = notes(&graph, q);
    assert!(
        said.iter().any(|n| n.contains("of no resolution of 2021–20")),
        "{q}: {said:?}"
    );
    // Since 2016: the years without texts and the one partly held, both.
    let q = "how many resolutions cite 1325 since 2016";
    let said = notes(&graph, q);
    assert!(
        noted(&said, "of no resolution of 2016–2019 and 2021–"),
        "{q}: {said:?}"
    );
    assert!(noted(&said, "only 3 resolution texts of 2020"), "{q}: {said:?}");
}

/// A mandate history that may have run through years not held names them.
#[test]
fn a_mandate_history_names_the_years_not_held() {
    let graph = data_graph();
    let q = "how many times was the mandate of MINUSMA extended";
    let said = notes(&graph, q);
    assert!(noted(&said, "no resolution after 2020"), "{q}: {said:?}");
}

/// Over the corpus: 1969 is held but for one resolution, and says so; 1970
/// is held whole and gets no note.
#[test]
fn a_year_held_but_for_one_resolution_says_how_many() {
    let Some(graph) = sc_corpus_graph() else { return };
    let q = "how many resolutions were adopted in 1969";
    let said = notes(graph, q);
    assert!(
        noted(&said, "only 12 of the 13 resolutions of 1969"),
        "{q}: {said:?}"
    );
    let q = "how many resolutions were adopted in 1970";
    let said = notes(graph, q);
    assert!(!noted(&said, "only"), "{q}: {said:?}");
}
