//! Formats neighbouring tools read and write. Exports write a story out; imports merge what a file
//! holds into a copy of the current story and send it through the real loader, so an import is
//! checked exactly like a story opened from disk.

pub mod claims_csv;
pub mod csv_rows;
pub mod events_csv;
pub mod json_layout;
#[cfg(feature = "parquet")]
pub mod parquet_table;
pub mod places_geojson;
mod slide_text;
pub mod story_out;
pub mod timelinejs;

use crate::i18n::tr_with;
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
    /// What the sources report differently (export only).
    ClaimsCsv,
}

impl Format {
    pub const ALL: [Format; 4] = [
        Format::PlacesGeoJson,
        Format::EventsCsv,
        Format::TimelineJs,
        Format::ClaimsCsv,
    ];
    /// The formats a story can import.
    pub const IMPORTS: [Format; 3] = [Format::PlacesGeoJson, Format::EventsCsv, Format::TimelineJs];

    /// What the format holds, as menus and notices say it.
    pub fn label(self) -> &'static str {
        match self {
            Format::PlacesGeoJson => "places as GeoJSON",
            Format::EventsCsv => "events as CSV",
            Format::TimelineJs => "timeline as TimelineJS JSON",
            Format::ClaimsCsv => "claims (where sources differ) as CSV",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::PlacesGeoJson => "geojson",
            Format::EventsCsv | Format::ClaimsCsv => "csv",
            Format::TimelineJs => "json",
        }
    }

    /// The name `--format` takes.
    pub fn cli_name(self) -> &'static str {
        match self {
            Format::PlacesGeoJson => "geojson",
            Format::EventsCsv => "csv",
            Format::TimelineJs => "timelinejs",
            Format::ClaimsCsv => "claims-csv",
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
        } else if name.ends_with(".csv")
            || (cfg!(feature = "parquet") && name.ends_with(".parquet"))
        {
            // A Parquet table is read as the rows of an events CSV.
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
    // A file's words do not change with the window's language.
    crate::i18n::in_language(crate::i18n::Language::English, || {
        export_in_english(story, format)
    })
}

fn export_in_english(story: &Story, format: Format) -> Result<Vec<u8>, csv::Error> {
    let mut bytes = match format {
        Format::PlacesGeoJson => places_geojson::export(story).into_bytes(),
        Format::TimelineJs => timelinejs::export(story).into_bytes(),
        Format::EventsCsv => {
            let mut bytes = Vec::new();
            events_csv::export(story, &mut bytes)?;
            bytes
        }
        Format::ClaimsCsv => {
            let mut bytes = Vec::new();
            claims_csv::export(story, &mut bytes)?;
            bytes
        }
    };
    if bytes.last() != Some(&b'\n') {
        bytes.push(b'\n');
    }
    Ok(bytes)
}

/// Merges a file's text into a copy of the story; `name` is how problems name the file.
/// `date_order` reads a CSV's dates like 03/04/2024 when none of them settles the order.
pub fn import(
    story: &Story,
    format: Format,
    text: &str,
    name: &str,
    date_order: Option<csv_rows::DateOrder>,
) -> Result<Story, LoadErrors> {
    match format {
        Format::PlacesGeoJson => places_geojson::import(story, text, name),
        Format::EventsCsv => events_csv::import_with(story, text, name, date_order),
        Format::TimelineJs => timelinejs::import(story, text, name),
        Format::ClaimsCsv => Err(LoadErrors::one(
            name,
            None,
            crate::load::Problem::Invalid(
                "claims are exported, not imported: import events CSV instead".to_owned(),
            ),
        )),
    }
}

/// Writes a story as a folder (story.json, places.geojson, source texts and originals), creating
/// it if needed. A source file already there is left as it is when it has the same bytes, and is
/// never overwritten when it differs: sources are evidence. Nothing is written unless all can be;
/// story.json and the places file are replaced atomically (written aside, then renamed).
pub fn save_folder(out: StoryOut, folder: &Path) -> Result<(), SaveError> {
    let records = [load::STORY_FILE.to_owned(), out.story.places.clone()];
    let mut writes = Vec::new();
    for (name, bytes) in out.into_file_list() {
        let path = folder.join(&name);
        let is_record = records.contains(&name);
        match std::fs::read(&path) {
            // The same words (but for line ends or a byte order mark, as Git for Windows writes
            // them): the file is left exactly as it is.
            Ok(existing) if !is_record && load::same_words_as(&existing, &bytes) => continue,
            Ok(_) if !is_record => return Err(SaveError::WouldChangeSource(path)),
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(SaveError::Io { path, error }),
        }
        writes.push((path, bytes, is_record));
    }
    for (path, bytes, is_record) in writes {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|error| SaveError::Io {
                path: parent.to_owned(),
                error,
            })?;
        }
        let written = if is_record {
            write_atomically(&path, &bytes)
        } else {
            std::fs::write(&path, bytes)
        };
        written.map_err(|error| SaveError::Io { path, error })?;
    }
    Ok(())
}

/// Writes beside the file, then renames over it: a crash leaves the old file or the new, never half.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut aside = path.as_os_str().to_owned();
    aside.push(".chronomap-saving");
    let aside = std::path::PathBuf::from(aside);
    std::fs::write(&aside, bytes)?;
    std::fs::rename(&aside, path)
}

/// Why a story folder could not be written.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{}", tr_with("save-would-change-source", &[("path", .0.display().to_string().into())]))]
    WouldChangeSource(std::path::PathBuf),
    #[error("{}: {error}", .path.display())]
    Io {
        path: std::path::PathBuf,
        error: std::io::Error,
    },
}
