//! Load arbitrary bytes as a graph snapshot (and as a payload behind a valid header).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| unxref::fuzzing::snapshot(data));
