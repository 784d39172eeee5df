//! A story's two files as objects by id — what diff and merge compare, whatever the files' layout
//! and the order of their records.

use super::VersionsError;
use serde_json::{Map, Value};

/// The lists of records a story has: story.json's, and the features of its places file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    Story,
    Sources,
    Places,
    Quotes,
    Events,
    Claims,
    Steps,
    Conflicts,
}

/// story.json's lists, in the order the file writes them.
pub const STORY_LISTS: [Section; 6] = [
    Section::Sources,
    Section::Events,
    Section::Quotes,
    Section::Claims,
    Section::Steps,
    Section::Conflicts,
];

impl Section {
    /// The list's key in story.json.
    pub fn key(self) -> &'static str {
        match self {
            Section::Story => "",
            Section::Sources => "sources",
            Section::Places => "features",
            Section::Quotes => "quotes",
            Section::Events => "events",
            Section::Claims => "claims",
            Section::Steps => "steps",
            Section::Conflicts => "conflicts",
        }
    }

    /// One record of the list, as a conflict names its kind.
    pub fn kind(self) -> &'static str {
        match self {
            Section::Story => "story",
            Section::Sources => "source",
            Section::Places => "place",
            Section::Quotes => "quote",
            Section::Events => "event",
            Section::Claims => "claim",
            Section::Steps => "step",
            Section::Conflicts => "conflict",
        }
    }

    pub fn of_kind(kind: &str) -> Option<Section> {
        [Section::Story, Section::Places]
            .into_iter()
            .chain(STORY_LISTS)
            .find(|s| s.kind() == kind)
    }
}

/// One list: records by id, in file order.
pub type Records = Vec<(String, Value)>;

/// A story as objects: story.json's own fields, each list's records, and the places file's
/// features (with the collection's other members, kept as they are).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Objects {
    /// story.json's fields that are not lists (format, title, summary, language, places).
    pub story: Map<String, Value>,
    pub lists: Vec<(Section, Records)>,
    /// The places file's members besides its features (its "type", a "bbox"…).
    pub collection: Map<String, Value>,
}

impl Objects {
    /// Reads story.json and the places file (none: no places file), each any layout. `names` are
    /// the two files as the user knows them, for the problems.
    pub fn read(
        story_json: &str,
        places: Option<&str>,
        names: [&str; 2],
    ) -> Result<Objects, VersionsError> {
        let Value::Object(mut story) = parse(story_json, names[0])? else {
            return Err(VersionsError::at(
                names[0],
                None,
                "story.json is not a JSON object",
            ));
        };
        let mut lists = Vec::new();
        for section in STORY_LISTS {
            let records = match story.shift_remove(section.key()) {
                Some(value) => records(value, section, names[0])?,
                None => Vec::new(),
            };
            lists.push((section, records));
        }
        let mut collection = match places.map(|text| parse(text, names[1])).transpose()? {
            Some(Value::Object(map)) => map,
            Some(_) => {
                return Err(VersionsError::at(
                    names[1],
                    None,
                    "the places file is not a JSON object",
                ));
            }
            None => Map::new(),
        };
        let features = match collection.shift_remove("features") {
            Some(value) => records(value, Section::Places, names[1])?,
            None => Vec::new(),
        };
        lists.push((Section::Places, features));
        // Conflicts about places may be kept in the places file (see `places_json`).
        if let Some(value) = collection.shift_remove(Section::Conflicts.key()) {
            let conflicts = records(value, Section::Conflicts, names[1])?;
            if let Some((_, list)) = lists.iter_mut().find(|(s, _)| *s == Section::Conflicts) {
                list.extend(conflicts);
            }
        }
        Ok(Objects {
            story,
            lists,
            collection,
        })
    }

    pub fn list(&self, section: Section) -> &[(String, Value)] {
        self.lists
            .iter()
            .find(|(s, _)| *s == section)
            .map_or(&[], |(_, records)| records.as_slice())
    }

    pub fn list_mut(&mut self, section: Section) -> &mut Records {
        if let Some(at) = self.lists.iter().position(|(s, _)| *s == section) {
            return &mut self.lists[at].1;
        }
        self.lists.push((section, Vec::new()));
        let last = self.lists.len() - 1;
        &mut self.lists[last].1
    }

    pub fn get(&self, section: Section, id: &str) -> Option<&Value> {
        self.list(section)
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, v)| v)
    }

    /// story.json as Chronomap writes it (the same layout as a save), checked against the format;
    /// with the conflicts about places too when `place_conflicts`, else those go in the places file.
    pub fn story_json(&self, place_conflicts: bool) -> Result<Vec<u8>, VersionsError> {
        let mut story = self.story.clone();
        for section in STORY_LISTS {
            let records: Vec<&(String, Value)> = self
                .list(section)
                .iter()
                .filter(|(_, r)| {
                    section != Section::Conflicts || place_conflicts || !about_places(r)
                })
                .collect();
            // The app leaves out an empty tour and an empty conflicts list; the others are always there.
            if records.is_empty() && matches!(section, Section::Steps | Section::Conflicts) {
                continue;
            }
            let values = records.iter().map(|(_, v)| v.clone()).collect();
            story.insert(section.key().to_owned(), Value::Array(values));
        }
        let raw: crate::load::raw::RawStory = serde_json::from_value(Value::Object(story))
            .map_err(|e| VersionsError::at("story.json", None, &e.to_string()))?;
        Ok(crate::formats::json_layout::story_json(&raw))
    }

    /// The places file, indented as Chronomap writes it, with the conflicts about places as a
    /// foreign member of the collection (RFC 7946 §6.1): a merge driver run on the places file
    /// alone has no other file to keep them in.
    pub fn places_json(&self) -> String {
        let mut collection = self.collection.clone();
        let features = self.list(Section::Places).iter().map(|(_, v)| v.clone());
        collection.insert("features".to_owned(), Value::Array(features.collect()));
        let conflicts: Vec<Value> = self
            .list(Section::Conflicts)
            .iter()
            .filter(|(_, r)| about_places(r))
            .map(|(_, r)| r.clone())
            .collect();
        if !conflicts.is_empty() {
            collection.insert(Section::Conflicts.key().to_owned(), Value::Array(conflicts));
        }
        serde_json::to_string_pretty(&Value::Object(collection)).unwrap_or_default()
    }
}

/// A story's files in memory (as `StoryOut::into_file_list` lists them) as objects; `places`
/// names the places file.
pub fn of_files(files: &[(String, Vec<u8>)], places: &str) -> Result<Objects, VersionsError> {
    let text = |name: &str| {
        files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, bytes)| String::from_utf8_lossy(bytes))
    };
    let story_json = text(crate::load::STORY_FILE).unwrap_or_default();
    Objects::read(
        &story_json,
        text(places).as_deref(),
        [crate::load::STORY_FILE, places],
    )
}

/// The open story as objects, as a save would write it.
pub fn of_story(story: &crate::model::Story) -> Result<Objects, VersionsError> {
    let out = crate::formats::story_out::StoryOut::from_story(story);
    let places = out.story.places.clone();
    of_files(&out.into_file_list(), &places)
}

/// Whether a conflict record is about a place.
pub fn about_places(conflict: &Value) -> bool {
    conflict.get("kind").and_then(Value::as_str) == Some(Section::Places.kind())
}

fn parse(text: &str, name: &str) -> Result<Value, VersionsError> {
    serde_json::from_str(crate::load::without_bom(text))
        .map_err(|e| VersionsError::at(name, Some((e.line(), e.column())), &e.to_string()))
}

/// A list's records by id: a place without an id is keyed by its position, as the loader names it.
fn records(value: Value, section: Section, name: &str) -> Result<Records, VersionsError> {
    let Value::Array(values) = value else {
        let what = format!("\"{}\" is not a list", section.key());
        return Err(VersionsError::at(name, None, &what));
    };
    Ok(values
        .into_iter()
        .enumerate()
        .map(|(n, record)| {
            (
                id_of(&record).unwrap_or_else(|| format!("#{}", n + 1)),
                record,
            )
        })
        .collect())
}

fn id_of(record: &Value) -> Option<String> {
    match record.get("id")? {
        Value::String(id) => Some(id.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
