//! Formats neighbouring tools read and write. Exports write a story out; imports merge what a file
//! holds into a copy of the current story and send it through the real loader, so an import is
//! checked exactly like a story opened from disk.

pub mod events_csv;
pub mod places_geojson;
pub mod story_out;
pub mod timelinejs;

use crate::load::{self, LoadErrors};
use crate::model::Story;
use std::path::Path;
use story_out::StoryOut;

/// A file format Chronomap imports and exports, for the command line and the File menu alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    PlacesGeoJson,
    EventsCsv,
    TimelineJs,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::PlacesGeoJson, Format::EventsCsv, Format::TimelineJs];

    /// What the format holds, as menus and notices say it.
    pub fn label(self) -> &'static str {
        match self {
            Format::PlacesGeoJson => "places as GeoJSON",
            Format::EventsCsv => "events as CSV",
            Format::TimelineJs => "timeline as TimelineJS JSON",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::PlacesGeoJson => "geojson",
            Format::EventsCsv => "csv",
            Format::TimelineJs => "json",
        }
    }

    /// The name `--format` takes.
    pub fn cli_name(self) -> &'static str {
        match self {
            Format::PlacesGeoJson => "geojson",
            Format::EventsCsv => "csv",
            Format::TimelineJs => "timelinejs",
        }
    }

    pub fn from_cli_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.cli_name() == name)
    }

    /// What a dropped file is, by its name: a story file or folder opens, the others import.
    pub fn of_dropped(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_string_lossy().to_lowercase();
        if name == load::STORY_FILE {
            None
        } else if name.ends_with(".geojson") {
            Some(Format::PlacesGeoJson)
        } else if name.ends_with(".csv") {
            Some(Format::EventsCsv)
        } else if name.ends_with(".json") {
            Some(Format::TimelineJs)
        } else {
            None
        }
    }
}

/// The story's places, events or timeline as the file's bytes, ending with a newline.
pub fn export(story: &Story, format: Format) -> Result<Vec<u8>, csv::Error> {
    let mut bytes = match format {
        Format::PlacesGeoJson => places_geojson::export(story).into_bytes(),
        Format::TimelineJs => timelinejs::export(story).into_bytes(),
        Format::EventsCsv => {
            let mut bytes = Vec::new();
            events_csv::export(story, &mut bytes)?;
            bytes
        }
    };
    if bytes.last() != Some(&b'\n') {
        bytes.push(b'\n');
    }
    Ok(bytes)
}

/// Merges a file's text into a copy of the story; `name` is how problems name the file.
pub fn import(story: &Story, format: Format, text: &str, name: &str) -> Result<Story, LoadErrors> {
    match format {
        Format::PlacesGeoJson => places_geojson::import(story, text, name),
        Format::EventsCsv => events_csv::import(story, text, name),
        Format::TimelineJs => timelinejs::import(story, text, name),
    }
}

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
