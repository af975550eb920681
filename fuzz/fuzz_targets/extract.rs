//! Decode, normalize, segment and extract arbitrary bytes as a corpus file.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| unxref::fuzzing::extract(data));
