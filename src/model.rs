//! The story's types: what the loader builds and everything else reads. References between records are
//! indices into the story's vectors, checked by the loader.

use crate::date::DateSpan;
use geo::Geometry;
use std::ops::Range;

#[derive(Debug, Clone)]
pub struct Story {
    pub title: String,
    pub summary: String,
    pub sources: Vec<Source>,
    pub places: Vec<Place>,
    /// Sorted by earliest day, then latest day.
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
}

#[derive(Debug, Clone)]
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
}

impl Source {
    /// The source's address when it is a web page (http or https): the only links the app will open.
    pub fn web_link(&self) -> Option<&str> {
        self.url.as_deref().map(str::trim).filter(|url| {
            let lower = url.to_ascii_lowercase();
            lower.starts_with("https://") || lower.starts_with("http://")
        })
    }

    pub fn publisher_label(&self) -> &str {
        self.publisher.as_deref().unwrap_or("Publisher not named")
    }
}

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

/// A figure a source gives for a place (the articles give 4 500 km² for Karabakh).
#[derive(Debug, Clone, PartialEq)]
pub struct ReportedFigure {
    pub value: f64,
    pub quote: usize,
}

#[derive(Debug, Clone)]
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Happened, as the sources state it.
    Occurred,
    /// Known only through a report the sources relay.
    Reported,
    /// Was due to happen after the sources were written.
    Planned,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Reported => "reported",
            Status::Planned => "planned",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Event {
    pub id: String,
    pub title: String,
    pub date: DateSpan,
    pub status: Status,
    pub places: Vec<usize>,
    pub quotes: Vec<usize>,
    pub notes: String,
}

/// A passage of a source, anchored like a W3C TextQuoteSelector; the loader found where it sits.
#[derive(Debug, Clone)]
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
}

/// One fact the sources report differently.
#[derive(Debug, Clone)]
pub struct Claim {
    pub id: String,
    pub topic: String,
    pub statements: Vec<Statement>,
}

#[derive(Debug, Clone)]
pub struct Statement {
    pub source: usize,
    pub value: String,
    pub quotes: Vec<usize>,
}
