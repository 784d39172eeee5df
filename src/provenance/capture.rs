//! Capture records for sources a story does not record yet, written after the fact and saying so.

use super::{now_utc, sha256_hex};
use crate::formats::story_out::StoryOut;
use crate::load::LoadErrors;
use crate::load::raw::RawCapture;
use crate::model::Story;

/// The story with a capture record for every source that had none (the SHA-256 of its text now,
/// and now as the time of recording), and the ids of those sources.
pub fn record_missing(story: &Story, name: &str) -> Result<(Story, Vec<String>), LoadErrors> {
    let mut out = StoryOut::from_story(story);
    let now = now_utc();
    let mut recorded = Vec::new();
    for (raw, source) in out.story.sources.iter_mut().zip(&story.sources) {
        if raw.capture.is_none() {
            raw.capture = Some(RawCapture {
                captured: now.clone(),
                sha256: sha256_hex(source.text.as_bytes()),
                original: None,
                archive: None,
                timestamp: None,
                notes: format!(
                    "Recorded after the fact on {now}: the hash is of the text as it was then; when and where it was first captured is not known."
                ),
                picture: None,
            });
            recorded.push(raw.id.clone());
        }
    }
    Ok((out.reload(name)?, recorded))
}

#[cfg(test)]
mod tests {
    #[test]
    fn sources_without_a_record_get_one_that_verifies() {
        let story = crate::load::load(&crate::shipped::karabakh()).unwrap();
        let (recorded, ids) = super::record_missing(&story, "karabakh").unwrap();
        let expected: Vec<String> = story
            .sources
            .iter()
            .filter(|s| s.capture.is_none())
            .map(|s| s.id.clone())
            .collect();
        assert_eq!(ids, expected);
        assert!(recorded.sources.iter().all(|s| s.capture.is_some()));
        // Recording again finds nothing missing.
        assert!(
            super::record_missing(&recorded, "karabakh")
                .unwrap()
                .1
                .is_empty()
        );
    }
}
