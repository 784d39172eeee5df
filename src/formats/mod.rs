//! Formats neighbouring tools read and write. Exports write a story out; imports merge what a file
//! holds into a copy of the current story and send it through the real loader, so an import is
//! checked exactly like a story opened from disk.

pub mod events_csv;
pub mod places_geojson;
pub mod story_out;
pub mod timelinejs;

use crate::load::{self, LoadErrors};
use crate::model::Story;
use story_out::StoryOut;

/// Loads a story written out in memory, as the result of an import named `name`.
pub fn reload(out: StoryOut, name: &str) -> Result<Story, LoadErrors> {
    load::load(&out.into_files(name))
}

/// Writes a story as a folder (story.json, places.geojson, the source texts), creating it if needed.
pub fn save_folder(story: &Story, folder: &std::path::Path) -> std::io::Result<()> {
    for (name, bytes) in StoryOut::from_story(story).into_file_list() {
        let path = folder.join(&name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, bytes)?;
    }
    Ok(())
}
