//! The story file as written on disk (serde), before references are checked and dates resolved.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawStory {
    /// Format name and version, `chronomap-story/1`.
    #[serde(default)]
    pub format: Option<String>,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// The language the story itself is written in (a BCP 47 tag: "fr", "en"), which its published
    /// page opens in; left out of the file when not set, so older stories stay byte for byte.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The GeoJSON file of places, relative to the story folder.
    #[serde(default = "default_places_file")]
    pub places: String,
    #[serde(default, deserialize_with = "objects")]
    pub sources: Vec<RawSource>,
    #[serde(default, deserialize_with = "objects")]
    pub events: Vec<RawEvent>,
    #[serde(default, deserialize_with = "objects")]
    pub quotes: Vec<RawQuote>,
    #[serde(default, deserialize_with = "objects")]
    pub claims: Vec<RawClaim>,
    /// The guided tour; left out of the file when there is none, so older stories stay byte for byte.
    #[serde(
        default,
        deserialize_with = "objects",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub steps: Vec<RawStep>,
    /// What a merge could not settle (`chronomap merge`), until `chronomap resolve` settles it;
    /// left out of the file when there is none.
    #[serde(
        default,
        deserialize_with = "objects",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub conflicts: Vec<RawConflict>,
}

/// One thing two sides of a merge changed two ways: an object's field (or the whole object, when
/// `field` is none: added twice differently, or deleted on one side and changed or newly used on
/// the other), with its value at the base and on each side (null: absent). The merged story holds
/// ours until the conflict is settled.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawConflict {
    pub id: String,
    /// What the object is: story, source, quote, event, claim, step or place.
    pub kind: String,
    /// The object's id (empty for the story's own fields).
    pub object: String,
    /// The field, dotted for a field inside another ("properties.name"); none: the whole object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    pub base: serde_json::Value,
    pub ours: serde_json::Value,
    pub theirs: serde_json::Value,
}

/// The format this build reads and writes.
pub const FORMAT: &str = "chronomap-story/1";

/// A record that must be a JSON object: serde would also take an array of the fields in order,
/// which would silently make field order part of the format.
pub struct Object<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for ObjectVisitor<T> {
            type Value = T;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map))
            }
        }
        deserializer
            .deserialize_map(ObjectVisitor(std::marker::PhantomData))
            .map(Object)
    }
}

/// A list of records, each a JSON object.
fn objects<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    let records = Vec::<Object<T>>::deserialize(deserializer)?;
    Ok(records.into_iter().map(|Object(record)| record).collect())
}

pub fn default_places_file() -> String {
    "places.geojson".to_owned()
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: String,
    pub title: String,
    pub publisher: Option<String>,
    /// EDTF: a day, or a date-time with its offset.
    pub published: String,
    pub language: String,
    /// The full text, relative to the story folder.
    pub file: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default)]
    pub notes: String,
    /// The short name that tells this source apart; built from publisher or title and date if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Where the text came from and its hash when captured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture: Option<RawCapture>,
    /// The id of the earlier version of the same article that this text revises.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revises: Option<String>,
}

/// A source's capture record: when its text was taken, and the SHA-256 of the text file's bytes.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawCapture {
    /// UTC date-time (RFC 3339), e.g. `2024-04-17T21:05:00Z`.
    pub captured: String,
    /// Lower-case hex SHA-256 of the text file.
    pub sha256: String,
    /// The file the text was extracted from, kept unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<RawOriginal>,
    /// What the web archive the original is says of the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive: Option<RawArchive>,
    /// An RFC 3161 time-stamp of `sha256`, kept beside the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<RawTimestamp>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// What a picture's file gives: its size, what its metadata say, its Content Credentials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<RawPicture>,
}

/// A picture kept as a source (its original), as its file gave it when captured.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawPicture {
    /// In pixels, as stored (before any EXIF orientation).
    pub width: u32,
    pub height: u32,
    /// What the file's metadata claim, as they say it.
    #[serde(default, skip_serializing_if = "PictureClaims::is_empty")]
    pub says: PictureClaims,
    /// Its Content Credentials (C2PA manifest) as read and validated when captured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<RawCredentials>,
}

/// What a picture's EXIF metadata claim: never facts, whoever wrote them.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PictureClaims {
    /// ISO 8601, with the offset when the file gives one, e.g. `2024-04-17T10:32:05+04:00`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taken: Option<String>,
    /// `[longitude, latitude]` in degrees, as GeoJSON orders them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<[f64; 2]>,
    /// Make and model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub camera: Option<String>,
    /// EXIF orientation (1 upright … 8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orientation: Option<u16>,
}

impl RawPicture {
    /// Whether the region `[x, y, w, h]` (pixels) has an area and lies inside the picture.
    pub fn holds(&self, [x, y, w, h]: [u32; 4]) -> bool {
        w > 0
            && h > 0
            && x.checked_add(w).is_some_and(|right| right <= self.width)
            && y.checked_add(h).is_some_and(|bottom| bottom <= self.height)
    }
}

impl PictureClaims {
    pub fn is_empty(&self) -> bool {
        *self == PictureClaims::default()
    }
}

/// A picture's C2PA manifest as validated: `state` is `trusted`, `valid`, `invalid` or
/// `unreadable`; `bound` whether it still matches the picture's bytes.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawCredentials {
    pub state: String,
    pub bound: bool,
    /// The signing certificate's common name and issuing organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_at: Option<String>,
    /// The tool that made the manifest (its claim generator).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool: Option<String>,
    /// The actions it records, e.g. `c2pa.created`, `c2pa.cropped`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<String>,
    /// IPTC's digital source type of its creation, e.g. `digitalCapture`, `trainedAlgorithmicMedia`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_type: Option<String>,
    /// The validation codes that failed (e.g. `assertion.dataHash.mismatch`), or why it could not be read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<String>,
}

/// An RFC 3161 time-stamp response kept in the story folder, and what it says (checked again on
/// load, its signature by `chronomap validate --tsa-cert`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawTimestamp {
    /// Relative to the story folder, e.g. `sources/timestamps/gazette.tsr`.
    pub file: String,
    /// The authority, as the token names it.
    pub authority: String,
    /// The time it vouches for (UTC).
    pub time: String,
}

/// A page taken from a web archive (WACZ or WARC): its URL, when it was archived, and the WARC
/// record's digest of the payload.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawArchive {
    pub url: String,
    /// The record's `WARC-Date`.
    pub archived: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload_digest: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawOriginal {
    /// Relative to the story folder, e.g. `sources/original/article.html`.
    pub file: String,
    pub sha256: String,
    /// The name and version of what extracted the text, e.g. `dom_smoothie 0.19.0`.
    pub extracted_by: String,
}

/// An event as story.json writes it. Records made in code name what they set and take the rest
/// from `RawEvent::default()`, so a new optional field is added here, not at every maker.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    pub title: String,
    /// EDTF.
    pub date: String,
    pub status: Status,
    #[serde(default)]
    pub places: Vec<String>,
    #[serde(default)]
    pub quotes: Vec<String>,
    #[serde(default)]
    pub notes: String,
    /// An editor's check of the event; left out of the file when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<Check>,
}

/// An editor's mark that an event or a claim was checked: who, when, and the SHA-256 of the
/// object as it was then (`checks::digest`), so any later change shows.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub by: String,
    /// When, as RFC 3339 in UTC ("2026-12-06T14:05:00Z").
    pub at: String,
    pub sha256: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuote {
    pub id: String,
    pub source: String,
    /// The passage's words (a region quote has none: its caption says what it shows).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub exact: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
    /// Character position the author recorded; checked against where the text is found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default)]
    pub mentions: Vec<String>,
    /// A region of a picture source, `[x, y, w, h]` in pixels of the original (the W3C media
    /// fragment `xywh`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xywh: Option<[u32; 4]>,
    /// What a region quote shows, in the words of whoever drew it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawClaim {
    pub id: String,
    pub topic: String,
    #[serde(deserialize_with = "objects")]
    pub statements: Vec<RawStatement>,
    /// An editor's check of the claim; left out of the file when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<Check>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatement {
    pub source: String,
    pub value: String,
    #[serde(default)]
    pub quotes: Vec<String>,
}

/// A step of the guided tour as written.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub text: String,
    /// EDTF: a day or an interval.
    pub window: String,
    /// The map's view; when absent, the map fits the step's places.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view: Option<RawStepView>,
    #[serde(default)]
    pub events: Vec<String>,
    #[serde(default)]
    pub places: Vec<String>,
    #[serde(default)]
    pub quotes: Vec<String>,
}

/// A step's map view: a box (`[west, south, east, north]` in degrees) or places to fit, one of the two.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawStepView {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bbox: Option<Vec<f64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fit: Option<Vec<String>>,
}

/// A place's GeoJSON `properties` as Chronomap writes them (read by `places::parse`, which takes
/// any GeoJSON's).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct RawPlaceProperties {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kind: PlaceKind,
    #[serde(default)]
    pub approximate: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub transient: bool,
    #[serde(default)]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_area_km2: Option<RawFigure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_length_km: Option<RawFigure>,
    /// Properties Chronomap does not use, kept as the file had them and written back.
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
    /// What the feature itself had besides its properties, written back as read.
    #[serde(skip)]
    pub feature: FeatureMembers,
}

impl RawPlaceProperties {
    /// A place with only a name and a kind, as imports and generated stories make them.
    pub fn named(name: String, kind: PlaceKind, notes: &str) -> Self {
        RawPlaceProperties {
            name,
            aliases: Vec::new(),
            kind,
            approximate: false,
            transient: false,
            notes: notes.to_owned(),
            reported_area_km2: None,
            reported_length_km: None,
            other: Default::default(),
            feature: Default::default(),
        }
    }
}

/// What a GeoJSON feature had besides its type, id, properties and geometry (its `bbox` and
/// foreign members), and whether its id was a number: written back as read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FeatureMembers {
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub members: serde_json::Map<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub numeric_id: bool,
    /// The geometry as read when it carries what the map's shapes set aside (altitudes, its own
    /// `bbox` or foreign members): written back while the shape is unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geometry_as_read: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    pub value: f64,
    /// The quote that gives the figure.
    pub quote: String,
}

/// The kinds of place a story file names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    Country,
    Region,
    District,
    Corridor,
    Deployment,
    Site,
    City,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 7] = [
        PlaceKind::Country,
        PlaceKind::Region,
        PlaceKind::District,
        PlaceKind::Corridor,
        PlaceKind::Deployment,
        PlaceKind::Site,
        PlaceKind::City,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::Region => "region",
            PlaceKind::District => "district",
            PlaceKind::Corridor => "corridor",
            PlaceKind::Deployment => "deployment",
            PlaceKind::Site => "site",
            PlaceKind::City => "city",
        }
    }
}

/// Whether an event happened, is reported, or was planned, as a story file says it (a file must
/// say it: the default serves code that makes records, not reading).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Happened, as the sources state it.
    #[default]
    Occurred,
    /// Known only through a report the sources relay.
    Reported,
    /// Was due to happen after the sources were written.
    Planned,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Occurred, Status::Reported, Status::Planned];

    pub fn label(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Reported => "reported",
            Status::Planned => "planned",
        }
    }
}
