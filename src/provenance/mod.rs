//! Sources as provable evidence: the SHA-256 of what was captured, the capture time, the original a
//! text was extracted from, and sources added from files (quotes are followed into a revised
//! article by `anchoring::reanchor`).

pub mod add;
pub mod archive;
pub mod capture;
pub mod extract;
pub mod pdf;
pub mod picture;
pub mod picture_words;
pub mod rederive;
pub mod timestamp;

pub use crate::digest::sha256_hex;

/// Now, in UTC, to the second (RFC 3339), as capture records write it.
pub fn now_utc() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    #[test]
    fn sha256_matches_the_standard_test_vector() {
        assert_eq!(
            super::sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}

/// What a story records of its evidence, as `chronomap validate` reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceSummary {
    /// Sources with a capture record (every one of them verified by the loader).
    pub recorded: usize,
    /// Ids of the sources without one.
    pub not_recorded: Vec<String>,
    /// Sources that revise an earlier version.
    pub revisions: usize,
    /// Quotes of earlier versions: unchanged, moved, changed and orphaned in the later one.
    pub fates: [usize; 4],
}

pub fn evidence_summary(story: &crate::model::Story) -> EvidenceSummary {
    let mut fates = [0; 4];
    for counts in story.revisions.iter().map(|r| r.fate_counts()) {
        for (total, count) in fates.iter_mut().zip(counts) {
            *total += count;
        }
    }
    EvidenceSummary {
        recorded: story.sources.iter().filter(|s| s.capture.is_some()).count(),
        not_recorded: story
            .sources
            .iter()
            .filter(|s| s.capture.is_none())
            .map(|s| s.id.clone())
            .collect(),
        revisions: story.revisions.len(),
        fates,
    }
}

impl std::fmt::Display for EvidenceSummary {
    /// Two lines: capture records, then revisions with a count per quote fate.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let total = self.recorded + self.not_recorded.len();
        write!(f, "capture records: {} of {total} sources", self.recorded)?;
        if !self.not_recorded.is_empty() {
            write!(f, "; not recorded: {}", self.not_recorded.join(", "))?;
        }
        let [unchanged, moved, changed, orphaned] = self.fates;
        write!(
            f,
            "\nrevisions: {}; quotes of earlier versions: {unchanged} unchanged, {moved} moved, {changed} changed, {orphaned} orphaned",
            self.revisions
        )
    }
}
