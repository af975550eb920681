//! Parse and evaluate arbitrary text as a query on the graph of data/.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| unxref::fuzzing::query(data));
