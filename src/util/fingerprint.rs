//! Fingerprints of a value's inputs, by which earlier results are found again.

use std::hash::{Hash, Hasher};

/// A fast, stable fingerprint of anything hashable (xxh3, not `DefaultHasher`, whose output may
/// change between Rust releases; these fingerprints never leave the process, but cheap is good).
pub(crate) fn fingerprint(value: &impl Hash) -> u64 {
    let mut hasher = xxhash_rust::xxh3::Xxh3Default::new();
    value.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_differ_with_their_input() {
        assert_eq!(fingerprint(&("x", 1)), fingerprint(&("x", 1)));
        assert_ne!(fingerprint(&("x", 1)), fingerprint(&("x", 2)));
    }
}
