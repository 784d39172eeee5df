//! The story's types: what the loader builds and everything else reads. References between records are
//! indices into the story's vectors, checked by the loader.

use crate::date::DateSpan;
use geo::Geometry;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Story {
    pub title: String,
    pub summary: String,
    /// The language the story is written in, when it says (its sources have their own).
    pub language: Option<String>,
    pub sources: Vec<Source>,
    pub places: Vec<Place>,
    /// Sorted by earliest day, then latest day. Boxed: an event added among a million moves
    /// pointers, not two-hundred-byte records (130 MB at ACLED's size, 9 ms a quoted event).
    #[allow(clippy::vec_box)]
    pub events: Vec<Box<Event>>,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    /// The guided tour, in the order a reader takes it.
    pub steps: Vec<Step>,
    /// Sources that revise an earlier one, with how its quotes fare.
    pub revisions: Vec<Revision>,
    /// What the loader did that the files do not say (ids made for places without one).
    pub notices: Vec<String>,
    /// What a merge left to settle (see `versions`), as story.json records it.
    pub conflicts: Vec<crate::load::raw::RawConflict>,
    /// Ids taken and places by name, for the editor's checks (kept by edits).
    #[serde(skip)]
    pub lookups: crate::lookups::Lookups,
}

impl Story {
    /// Whether one of the story's events has the id `id`.
    pub fn event_id_taken(&self, id: &str) -> bool {
        let all = || self.events.iter().map(|e| e.id.as_str());
        self.lookups.event_ids.taken(id, all)
    }

    /// Builds the ids' lookups now (on a thread that opened the story), not on the first edit.
    pub fn prepare_lookups(&self) {
        self.event_id_taken("");
        self.quote_id_taken("");
    }

    /// Whether one of the story's quotes has the id `id`.
    pub fn quote_id_taken(&self, id: &str) -> bool {
        let all = || self.quotes.iter().map(|q| q.id.as_str());
        self.lookups.quote_ids.taken(id, all)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: Option<String>,
    pub published: DateSpan,
    pub language: String,
    /// Path of the full text, relative to the story folder.
    pub file: String,
    pub url: Option<String>,
    pub notes: String,
    pub text: String,
    /// The short name that tells this source apart wherever it is named; unique in the story.
    pub label: String,
    /// Whether the story set the label (otherwise it is built from publisher or title and date).
    pub label_is_set: bool,
    /// The capture record, checked by the loader; none when the story does not record one.
    #[serde(with = "json_when_binary")]
    pub capture: Option<CaptureRecord>,
    /// The bytes of the original the text was extracted from, as captured (checked against its hash).
    pub original: Option<std::sync::Arc<[u8]>>,
    /// The RFC 3161 time-stamp response kept for the text, as read (its imprint checked on load).
    pub timestamp: Option<std::sync::Arc<[u8]>>,
    /// The earlier version of the same article that this one revises.
    pub revises: Option<usize>,
}

pub use crate::load::raw::{
    FeatureMembers, PlaceKind, RawCapture as CaptureRecord, RawOriginal as OriginalFile,
    RawTimestamp as TimestampRecord, Status,
};

impl Source {
    /// What the picture this source is gave when captured, when it is one.
    pub fn picture(&self) -> Option<&crate::load::raw::RawPicture> {
        self.capture.as_ref()?.picture.as_ref()
    }

    /// The source's address when it is a web page (http or https): the only links the app will open.
    pub fn web_link(&self) -> Option<&str> {
        self.url.as_deref().map(str::trim).filter(|url| {
            let lower = url.to_ascii_lowercase();
            lower.starts_with("https://") || lower.starts_with("http://")
        })
    }

    /// The label a source gets when the story sets none: its publisher (or the start of its title)
    /// and its publication date, e.g. "La Gazette (Paris), 17 Apr 2024".
    pub fn default_label(publisher: Option<&str>, title: &str, published: &DateSpan) -> String {
        const TITLE_CHARS: usize = 40;
        let name = match publisher.map(str::trim).filter(|p| !p.is_empty()) {
            Some(publisher) => publisher.to_owned(),
            // A long title is cut after its last whole word that fits, never inside one.
            None if title.chars().count() > TITLE_CHARS => {
                let cut: String = title.chars().take(TITLE_CHARS - 1).collect();
                let words = match cut.rfind(char::is_whitespace) {
                    Some(space) if space > 0 => &cut[..space],
                    _ => cut.as_str(),
                };
                format!(
                    "«{}…»",
                    words.trim_end_matches(|c: char| !c.is_alphanumeric())
                )
            }
            None => format!("«{}»", title.trim()),
        };
        format!("{name}, {}", publication_day(published))
    }

    /// How a quote of this source is credited: its label, with the publication day when a label
    /// the story set does not say it ("The Guardian" → "The Guardian, 22 Oct 2023"), so a credit
    /// always says when.
    pub fn credit(&self) -> String {
        let day = publication_day(&self.published);
        // A label written with its date (in English, as labels are made) says it already.
        let english = crate::i18n::in_language(crate::i18n::Language::English, || {
            publication_day(&self.published)
        });
        if !self.label_is_set || self.label.contains(&day) || self.label.contains(&english) {
            self.label.clone()
        } else {
            format!("{}, {day}", self.label)
        }
    }
}

/// The day of a publication date as labels write it: the day is enough to tell sources apart; the
/// hour would only lengthen every credit.
fn publication_day(published: &DateSpan) -> String {
    DateSpan {
        time: None,
        ..published.clone()
    }
    .label()
}

/// A figure a source gives for a place (the articles give 4 500 km² for Karabakh).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReportedFigure {
    pub value: f64,
    pub quote: usize,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: PlaceKind,
    /// The shape is schematic: the app says so wherever it is drawn or measured.
    pub approximate: bool,
    /// Drawn only while one of its events is current (a deployment that existed for a time).
    pub transient: bool,
    pub notes: String,
    pub geometry: Geometry<f64>,
    pub reported_area_km2: Option<ReportedFigure>,
    pub reported_length_km: Option<ReportedFigure>,
    /// GeoJSON properties Chronomap does not use, kept as the file had them and written back.
    #[serde(default, with = "json_when_binary")]
    pub other: serde_json::Map<String, serde_json::Value>,
    /// The feature's own `bbox`, foreign members and id type, written back as read.
    #[serde(default, with = "json_when_binary")]
    pub feature: FeatureMembers,
}

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    pub id: String,
    pub title: String,
    pub date: DateSpan,
    pub status: Status,
    pub places: Vec<usize>,
    pub quotes: Vec<usize>,
    pub notes: String,
    /// An editor's check (boxed: few events have one, and a story may hold millions).
    pub checked: Option<Box<crate::load::raw::Check>>,
}

/// A passage of a source, anchored like a W3C TextQuoteSelector; the loader found where it sits.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Quote {
    pub id: String,
    pub source: usize,
    pub exact: String,
    pub prefix: Option<String>,
    pub suffix: Option<String>,
    /// Position in the source text, counted in characters (Unicode scalar values) as W3C's TextPositionSelector.
    pub start: usize,
    /// The same passage as a byte range of the source text, for slicing and highlighting.
    pub bytes: Range<usize>,
    /// Places the passage names.
    pub mentions: Vec<usize>,
    /// A region of a picture source, `[x, y, w, h]` in pixels of the original: then `exact` is the
    /// region's caption, and `bytes` is empty.
    pub region: Option<[u32; 4]>,
}

/// One fact the sources report differently.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Claim {
    pub id: String,
    pub topic: String,
    pub statements: Vec<Statement>,
    pub checked: Option<Box<crate::load::raw::Check>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Statement {
    pub source: usize,
    pub value: String,
    pub quotes: Vec<usize>,
}

/// One step of the story's guided tour: a time window and a map view to look at, the events and
/// places it brings forward, and the quotes its text rests on.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Step {
    pub id: String,
    pub title: String,
    /// A short text, in the story's words; what it says is backed by `quotes`.
    pub text: String,
    /// The stretch of time the timeline shows (EDTF: a day or an interval).
    pub window: DateSpan,
    pub view: StepView,
    pub events: Vec<usize>,
    pub places: Vec<usize>,
    pub quotes: Vec<usize>,
}

/// Where the map looks during a step.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum StepView {
    /// A box in longitude and latitude: west, south, east, north.
    Bounds([f64; 4]),
    /// Whatever frames these places.
    Fit(Vec<usize>),
}

impl Default for StepView {
    /// Framing the step's own places (none yet).
    fn default() -> Self {
        StepView::Fit(Vec::new())
    }
}

/// How a quote of an earlier version fares in the version that revises it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum QuoteFate {
    /// The same words at the same character position.
    Unchanged,
    /// The same words elsewhere; `start` is their character position in the new version.
    Moved { start: usize },
    /// Reworded: the nearest passage of the new version, and the word-level changes.
    Changed {
        bytes: Range<usize>,
        changes: Vec<WordChange>,
    },
    /// Not found in the new version.
    Orphaned,
}

impl QuoteFate {
    /// Its place in [unchanged, moved, changed, orphaned], the order counts are given in.
    pub fn index(&self) -> usize {
        match self {
            QuoteFate::Unchanged => 0,
            QuoteFate::Moved { .. } => 1,
            QuoteFate::Changed { .. } => 2,
            QuoteFate::Orphaned => 3,
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            QuoteFate::Unchanged => "unchanged",
            QuoteFate::Moved { .. } => "moved",
            QuoteFate::Changed { .. } => "changed",
            QuoteFate::Orphaned => "orphaned",
        }
    }
}

/// A run of words the same in both versions, removed from the old or inserted in the new.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum WordChange {
    Same(String),
    Removed(String),
    Inserted(String),
}

/// A source that revises another, with the fate of every quote of the earlier version.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Revision {
    pub earlier: usize,
    pub later: usize,
    /// (quote of the earlier version, its fate in the later one).
    pub quotes: Vec<(usize, QuoteFate)>,
    /// The later text against the earlier, word by word.
    pub text_changes: Vec<WordChange>,
}

impl Revision {
    /// How many of the earlier version's quotes are unchanged, moved, changed and orphaned.
    pub fn fate_counts(&self) -> [usize; 4] {
        let mut counts = [0; 4];
        for (_, fate) in &self.quotes {
            counts[fate.index()] += 1;
        }
        counts
    }
}

/// Records with optional or free-form JSON members (a capture record, GeoJSON's foreign members) as
/// themselves in JSON (the journal) and as a JSON string in a binary format (the story cache), which
/// cannot skip a member or describe free-form values.
mod json_when_binary {
    use serde::de::{DeserializeOwned, Error as _};
    use serde::ser::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(
        value: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            value.serialize(serializer)
        } else {
            let json = serde_json::to_string(value).map_err(S::Error::custom)?;
            json.serialize(serializer)
        }
    }

    pub fn deserialize<'de, T: DeserializeOwned, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        if deserializer.is_human_readable() {
            T::deserialize(deserializer)
        } else {
            let json = String::deserialize(deserializer)?;
            serde_json::from_str(&json).map_err(D::Error::custom)
        }
    }
}

/// The words the window says kinds and statuses in; the story's files keep their own (`label`).
impl Status {
    /// A status as the window says it ("occurred", "advenu").
    pub fn name(self) -> String {
        crate::i18n::tr(match self {
            Status::Occurred => "status-occurred",
            Status::Reported => "status-reported",
            Status::Planned => "status-planned",
        })
    }
}

impl PlaceKind {
    /// A kind of place as the window says it ("city", "ville").
    pub fn name(self) -> String {
        crate::i18n::tr(match self {
            PlaceKind::Country => "kind-country",
            PlaceKind::Region => "kind-region",
            PlaceKind::District => "kind-district",
            PlaceKind::Corridor => "kind-corridor",
            PlaceKind::Deployment => "kind-deployment",
            PlaceKind::Site => "kind-site",
            PlaceKind::City => "kind-city",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_made_from_a_long_title_ends_on_a_whole_word() {
        let day = crate::date::resolve("2024-04-17").expect("a day");
        let title = "La Russie commence à retirer ses forces de maintien de la paix du Karabakh";
        let label = Source::default_label(None, title, &day);
        assert_eq!(label, "«La Russie commence à retirer ses…», 17 Apr 2024");
        let short = Source::default_label(None, "Le retrait", &day);
        assert_eq!(short, "«Le retrait», 17 Apr 2024");
        let named = Source::default_label(Some("La Gazette"), title, &day);
        assert_eq!(named, "La Gazette, 17 Apr 2024");
    }
}
