//! One small hash for the extractor's own keys and texts: eight bytes a
//! step (FxHash's step), where the standard library's SipHash spends several
//! rounds on each eight. The actor dictionary's name map uses it as a
//! [`Hasher`]; a document's text digest
//! ([`DocumentRecord::text_digest`](crate::DocumentRecord::text_digest))
//! is its value over the text. It is written out here, not taken from a
//! crate or `std`, because digests travel between builds (the Spark job's
//! tables) and must not change with a dependency. Not for keys an
//! adversary chooses.

use std::hash::Hasher;

/// The hasher. Each step is a bijection of the state for a given word, so
/// two inputs of one length that differ in one word never collide.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517C_C1B7_2722_0A95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in chunks.by_ref() {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(eight));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut eight = [0u8; 8];
            eight[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(eight) ^ ((rest.len() as u64) << 60));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte) | 0x100);
    }

    fn finish(&self) -> u64 {
        let h = self.0.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        h ^ (h >> 32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(pieces: &[&[u8]]) -> u64 {
        let mut h = WordHasher::default();
        for p in pieces {
            h.write(p);
        }
        h.finish()
    }

    #[test]
    fn one_changed_byte_changes_the_hash() {
        let text = b"The Security Council, Recalling its resolution 236 (1967),";
        for i in 0..text.len() {
            let mut changed = *text;
            changed[i] ^= 1;
            assert_ne!(hash(&[text]), hash(&[&changed]), "byte {i}");
        }
        // A short tail counts its length: "ab" and "ab\0" differ.
        assert_ne!(hash(&[b"ab"]), hash(&[b"ab\0"]));
        assert_eq!(hash(&[text]), hash(&[text]));
    }
}
