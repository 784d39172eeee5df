//! SHA-256 as capture records write it: the floor under loading (checking captures), provenance
//! (recording them), the journal, published pages and the story cache.

use sha2::{Digest, Sha256};

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

/// SHA-256 of `bytes`, as bytes (the story cache's keys and trailer).
pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}
