//! SHA-256 as capture records write it: the floor under loading (checking captures), provenance
//! (recording them), the journal and published pages.

use sha2::{Digest, Sha256};

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}
