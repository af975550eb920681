//! Code the graph benches share: the synthetic graph generator and the
//! benchmark workload. Each bench target uses part of it, hence the
//! `dead_code` allowance.
#![allow(dead_code)]

pub mod synthetic;
pub mod workload;
