//! A story's two files as objects by id — what diff and merge compare, whatever the files' layout
//! and the order of their records.

use super::VersionsError;
use indexmap::IndexMap;
use serde_json::value::RawValue;
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

/// One record of a list, kept as the JSON text it was read as: compared as text first (equal
/// texts are one record, with no parsing), and parsed only where it differs or its fields are
/// needed — so a story of a million events is held as its text, not as a million parsed trees.
#[derive(Debug, Clone)]
pub struct Record(Box<RawValue>);

impl Record {
    /// The record parsed (a record is read from valid JSON, so this never fails in practice; a
    /// record that somehow does not parse is null).
    pub fn value(&self) -> Value {
        serde_json::from_str(self.0.get()).unwrap_or(Value::Null)
    }

    /// The record as read (or as written, for one made here).
    pub fn text(&self) -> &str {
        self.0.get()
    }
}

impl From<Value> for Record {
    fn from(value: Value) -> Self {
        let text = serde_json::to_string(&value).unwrap_or_else(|_| "null".to_owned());
        Record(RawValue::from_string(text).unwrap_or_else(|_| null()))
    }
}

fn null() -> Box<RawValue> {
    RawValue::from_string("null".to_owned()).unwrap_or_default()
}

/// Two records are equal when their texts are, or else their values are (layout never counts).
impl PartialEq for Record {
    fn eq(&self, other: &Self) -> bool {
        self.text() == other.text() || self.value() == other.value()
    }
}

/// One list: records by id, in file order.
pub type Records = Vec<(String, Record)>;

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

/// A file's top-level members, each kept as its text.
type Members = IndexMap<String, Box<RawValue>>;

impl Objects {
    /// Reads story.json and the places file (none: no places file), each any layout. `names` are
    /// the two files as the user knows them, for the problems.
    pub fn read(
        story_json: &str,
        places: Option<&str>,
        names: [&str; 2],
    ) -> Result<Objects, VersionsError> {
        let mut top = members(story_json, names[0], "story.json is not a JSON object")?;
        let mut lists = Vec::new();
        for section in STORY_LISTS {
            let records = match top.shift_remove(section.key()) {
                Some(raw) => records(&raw, section, names[0])?,
                None => Vec::new(),
            };
            lists.push((section, records));
        }
        let story = values(top);
        let mut collection = match places {
            Some(text) => members(text, names[1], "the places file is not a JSON object")?,
            None => Members::new(),
        };
        let features = match collection.shift_remove("features") {
            Some(raw) => records(&raw, Section::Places, names[1])?,
            None => Vec::new(),
        };
        lists.push((Section::Places, features));
        // Conflicts about places may be kept in the places file (see `places_json`).
        if let Some(raw) = collection.shift_remove(Section::Conflicts.key()) {
            let conflicts = records(&raw, Section::Conflicts, names[1])?;
            if let Some((_, list)) = lists.iter_mut().find(|(s, _)| *s == Section::Conflicts) {
                list.extend(conflicts);
            }
        }
        Ok(Objects {
            story,
            lists,
            collection: values(collection),
        })
    }

    pub fn list(&self, section: Section) -> &[(String, Record)] {
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

    pub fn get(&self, section: Section, id: &str) -> Option<&Record> {
        self.list(section)
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, v)| v)
    }

    /// story.json as Chronomap writes it (the same layout as a save), checked against the format;
    /// with the conflicts about places too when `place_conflicts`, else those go in the places file.
    /// Each record is read straight into its type, never into a whole tree of the story.
    pub fn story_json(&self, place_conflicts: bool) -> Result<Vec<u8>, VersionsError> {
        let problem = |e: serde_json::Error| VersionsError::at("story.json", None, &e.to_string());
        let mut heading = self.story.clone();
        for key in ["sources", "events", "quotes", "claims"] {
            heading.insert(key.to_owned(), Value::Array(Vec::new()));
        }
        let mut raw: crate::load::raw::RawStory =
            serde_json::from_value(Value::Object(heading)).map_err(problem)?;
        fn each<T: serde::de::DeserializeOwned>(
            records: &[(String, Record)],
        ) -> Result<Vec<T>, serde_json::Error> {
            records
                .iter()
                .map(|(_, r)| serde_json::from_str(r.text()))
                .collect()
        }
        raw.sources = each(self.list(Section::Sources)).map_err(problem)?;
        raw.events = each(self.list(Section::Events)).map_err(problem)?;
        raw.quotes = each(self.list(Section::Quotes)).map_err(problem)?;
        raw.claims = each(self.list(Section::Claims)).map_err(problem)?;
        raw.steps = each(self.list(Section::Steps)).map_err(problem)?;
        let conflicts: Vec<(String, Record)> = self
            .list(Section::Conflicts)
            .iter()
            .filter(|(_, r)| place_conflicts || !about_places(&r.value()))
            .cloned()
            .collect();
        raw.conflicts = each(&conflicts).map_err(problem)?;
        Ok(crate::formats::json_layout::story_json(&raw))
    }

    /// The places file, indented as Chronomap writes it, with the conflicts about places as a
    /// foreign member of the collection (RFC 7946 §6.1): a merge driver run on the places file
    /// alone has no other file to keep them in.
    pub fn places_json(&self) -> String {
        let conflicts: Vec<Value> = self
            .list(Section::Conflicts)
            .iter()
            .map(|(_, r)| r.value())
            .filter(about_places)
            .collect();
        let file = PlacesFile {
            collection: &self.collection,
            features: self.list(Section::Places),
            conflicts,
        };
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }
}

/// The places file as written: the collection's members, its features (each parsed only while it
/// is written, so the indentation is the file's), and its conflicts when it has any.
struct PlacesFile<'a> {
    collection: &'a Map<String, Value>,
    features: &'a [(String, Record)],
    conflicts: Vec<Value>,
}

impl serde::Serialize for PlacesFile<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        struct Features<'a>(&'a [(String, Record)]);
        impl serde::Serialize for Features<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
                for (_, record) in self.0 {
                    seq.serialize_element(&record.value())?;
                }
                seq.end()
            }
        }
        let mut map = serializer.serialize_map(None)?;
        for (key, value) in self.collection {
            map.serialize_entry(key, value)?;
        }
        map.serialize_entry("features", &Features(self.features))?;
        if !self.conflicts.is_empty() {
            map.serialize_entry(Section::Conflicts.key(), &self.conflicts)?;
        }
        map.end()
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

/// A file's top-level members, each kept as its text; or where the file is not JSON, or that it
/// is not an object.
fn members(text: &str, name: &str, not_object: &str) -> Result<Members, VersionsError> {
    let text = crate::load::without_bom(text);
    serde_json::from_str::<Members>(text).map_err(|_| {
        match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            // Valid JSON, but not an object.
            Ok(_) => VersionsError::at(name, None, not_object),
            Err(e) => VersionsError::at(name, Some((e.line(), e.column())), &e.to_string()),
        }
    })
}

/// Members parsed into values (a file's few fields that are not lists).
fn values(members: Members) -> Map<String, Value> {
    members
        .into_iter()
        .map(|(key, raw)| (key, serde_json::from_str(raw.get()).unwrap_or(Value::Null)))
        .collect()
}

/// A list's records by id: a place without an id is keyed by its position, as the loader names it.
fn records(raw: &RawValue, section: Section, name: &str) -> Result<Records, VersionsError> {
    let Ok(list) = serde_json::from_str::<Vec<Box<RawValue>>>(raw.get()) else {
        let what = format!("\"{}\" is not a list", section.key());
        return Err(VersionsError::at(name, None, &what));
    };
    Ok(list
        .into_iter()
        .enumerate()
        .map(|(n, record)| {
            let id = id_of(&record).unwrap_or_else(|| format!("#{}", n + 1));
            (id, Record(record))
        })
        .collect())
}

fn id_of(record: &RawValue) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Id {
        id: Option<Value>,
    }
    match serde_json::from_str::<Id>(record.get()).ok()?.id? {
        Value::String(id) => Some(id),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
