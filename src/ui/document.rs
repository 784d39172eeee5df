//! Opening, importing, exporting and saving: file work the menu, drops and the command line ask
//! for. A failure leaves the open story as it was and comes back as every problem found.

use super::app::OpenStory;
use crate::formats::{self, events_csv, places_geojson, timelinejs};
use crate::load::{self, LoadError, LoadErrors, Location, StoryFiles};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    PlacesGeoJson,
    EventsCsv,
    TimelineJs,
}

impl Format {
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

/// File work asked of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum FileAction {
    Open(PathBuf),
    OpenShipped,
    Import(Format, PathBuf),
    Export(Format, PathBuf),
    SaveFolder(PathBuf),
    ExportPng(PathBuf),
}

fn one_problem(file: &Path, problem: load::Problem) -> LoadErrors {
    LoadErrors(vec![LoadError {
        location: Location {
            file: file.display().to_string(),
            line_column: None,
        },
        problem,
    }])
}

pub fn open(path: &Path) -> Result<OpenStory, LoadErrors> {
    let story = load::load_path(path)?;
    Ok(OpenStory::new(story, StoryFiles::from_path(path)))
}

/// Merges the file into a copy of the open story.
pub fn import(open: &OpenStory, format: Format, path: &Path) -> Result<OpenStory, LoadErrors> {
    let text = load::read_bounded(path).map_err(|p| one_problem(path, p))?;
    let name = path.display().to_string();
    let story = match format {
        Format::PlacesGeoJson => places_geojson::import(&open.story, &text, &name),
        Format::EventsCsv => events_csv::import(&open.story, &text, &name),
        Format::TimelineJs => timelinejs::import(&open.story, &text, &name),
    }?;
    Ok(OpenStory::new(story, open.files.clone()))
}

pub fn export(open: &OpenStory, format: Format, path: &Path) -> Result<(), LoadErrors> {
    let bytes = match format {
        Format::PlacesGeoJson => places_geojson::export(&open.story).into_bytes(),
        Format::TimelineJs => timelinejs::export(&open.story).into_bytes(),
        Format::EventsCsv => {
            let mut bytes = Vec::new();
            events_csv::export(&open.story, &mut bytes)
                .map_err(|e| one_problem(path, load::Problem::Unreadable(e.to_string())))?;
            bytes
        }
    };
    std::fs::write(path, bytes).map_err(|e| {
        one_problem(
            path,
            load::Problem::Unreadable(format!("cannot write: {e}")),
        )
    })
}

pub fn save_folder(open: &OpenStory, folder: &Path) -> Result<(), LoadErrors> {
    formats::save_folder(&open.story, folder).map_err(|e| {
        one_problem(
            folder,
            load::Problem::Unreadable(format!("cannot write: {e}")),
        )
    })
}
