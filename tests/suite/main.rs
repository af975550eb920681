//! The integration tests, linked into one binary: one link instead of one
//! per file keeps `target/` small and the build quick. Each module is one
//! area of behaviour; `common` holds the corpus helpers they share. The
//! terminal (pty) tests stay in their own binary, `tests/repl_pty.rs`, so
//! that their timing is not shared with the rest of the suite.

#[macro_use]
mod common;

/// The benchmarks' own helpers (synthetic graphs, the query workload), which
/// `bench_workload` and `synthetic` check; the benches use the rest (the
/// module allows its dead code itself).
#[path = "../../benches/common/mod.rs"]
mod bench_common;

mod absence;
mod actor_names;
mod actors;
mod actors_gold;
mod api_docs;
mod audit10_facts;
mod audit10_questions;
mod audit11_facts;
mod audit11_questions;
mod audit12_learned_scope;
mod audit12_mandates;
mod audit12_questions;
mod audit13_questions;
mod audit14_facts;
mod audit14_questions;
mod audit15_facts;
mod audit15_questions;
mod audit16_facts;
mod audit16_questions;
mod audit16_series;
mod audit17_facts;
mod audit17_questions;
mod audit17_series;
mod audit18_exports;
mod audit18_facts;
mod audit18_questions;
mod audit18_series;
mod audit19_facts;
mod audit19_questions;
mod audit19_robustness;
mod audit19_series;
mod audit20_facts;
mod audit20_questions;
mod audit20_robustness;
mod audit20_series;
mod audit21_questions;
mod audit21_robustness;
mod audit22_facts;
mod audit22_questions;
mod audit22_robustness;
mod audit23_facts;
mod audit23_questions;
mod audit23_robustness;
mod audit5_questions;
mod audit6_mandates;
mod audit6_questions;
mod audit7_facts;
mod audit7_mandates;
mod audit7_questions;
mod audit7_votes;
mod audit8_facts;
mod audit8_mandates;
mod audit8_questions;
mod audit8_votes;
mod audit9_facts;
mod audit9_questions;
mod bench_workload;
mod charter;
mod citations;
mod cited_forms;
mod cli;
mod copies;
mod corpus;
mod dates;
mod demonyms;
mod documents;
mod export;
mod extract;
mod facts;
mod fuzz_replay;
mod gold;
mod inputs;
mod interop;
mod joint;
mod mandate_wordings;
mod mandates;
mod memory;
mod mention_recall;
mod natural;
mod organ_identity;
mod organ_kinds;
mod own_identity;
mod partial_years;
mod progress;
mod proptest;
mod public_api;
mod query;
mod query_api;
mod query_docs;
mod query_params;
mod query_prepared;
mod refs_facts;
mod render;
mod repl;
mod robustness;
mod source_text;
mod synthetic;
mod untold_kinds;
mod votes;
mod votes_organs;
