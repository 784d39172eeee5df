//! Places as an RFC 7946 FeatureCollection: written in the story format, read from the story format
//! or from any GeoJSON (a feature's `name`, `kind` and `aliases` are used when present).

use super::story_out::{StoryOut, write_places};
use crate::load::{self, LoadErrors};
use crate::model::Story;

/// The FeatureCollection of a story's places.
pub fn export(story: &Story) -> String {
    write_places(&StoryOut::from_story(story).places)
}

/// Merges the places of any GeoJSON file (a FeatureCollection, a Feature) into the story: same ids
/// replace, new ids are added.
pub fn import(story: &Story, text: &str, file: &str) -> Result<Story, LoadErrors> {
    let taken: Vec<&str> = story.places.iter().map(|p| p.id.as_str()).collect();
    let parsed = load::read_places(text, file, &taken)?;
    let mut out = StoryOut::from_story(story);
    for place in parsed.places {
        let id = place.id;
        let entry = (id, place.properties, place.geometry);
        match out
            .places
            .iter_mut()
            .find(|(existing, ..)| *existing == entry.0)
        {
            Some(existing) => *existing = entry,
            None => out.places.push(entry),
        }
    }
    let mut story = out.reload(file)?;
    // What the merged story says again of the file's own places is said once, of the file.
    story
        .notices
        .retain(|said| !parsed.notices.iter().any(|n| said.ends_with(n.as_str())));
    story
        .notices
        .extend(parsed.notices.into_iter().map(|n| format!("{file}: {n}")));
    Ok(story)
}
