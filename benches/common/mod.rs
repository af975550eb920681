//! Code the graph benches share: the synthetic graph generator, the
//! synthetic corpus (texts) generator built on it, and the benchmark
//! workload. Each bench target uses part of it, hence the
//! `dead_code` allowance.
#![allow(dead_code)]

pub mod synthetic;
pub mod synthetic_corpus;
pub mod workload;
