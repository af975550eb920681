//! Read arbitrary bytes as a PDF file, then extract its text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| unxref::fuzzing::pdf(data));
