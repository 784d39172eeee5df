//! A loaded story turned back into its on-disk form (story.json, places.geojson, the texts).

use crate::load::StoryFiles;
use crate::load::raw::{
    RawClaim, RawEvent, RawFigure, RawPlaceProperties, RawQuote, RawSource, RawStatement, RawStep,
    RawStepView, RawStory,
};
use crate::load::to_geometry;
use crate::model::{Claim, Event, Place, ReportedFigure, Step, StepView, Story};
use geo::Geometry;
use geojson::{Feature, FeatureCollection, GeometryValue, feature::Id};

/// An event as story.json writes it.
pub fn raw_event(story: &Story, e: &Event) -> RawEvent {
    RawEvent {
        id: e.id.clone(),
        title: e.title.clone(),
        date: e.date.edtf.clone(),
        status: e.status,
        places: e
            .places
            .iter()
            .map(|&p| story.places[p].id.clone())
            .collect(),
        quotes: e
            .quotes
            .iter()
            .map(|&q| story.quotes[q].id.clone())
            .collect(),
        notes: e.notes.clone(),
        checked: e.checked.as_deref().cloned(),
    }
}

/// A claim as story.json writes it.
pub fn raw_claim(story: &Story, c: &Claim) -> RawClaim {
    RawClaim {
        id: c.id.clone(),
        topic: c.topic.clone(),
        statements: c
            .statements
            .iter()
            .map(|s| RawStatement {
                source: story.sources[s.source].id.clone(),
                value: s.value.clone(),
                quotes: s
                    .quotes
                    .iter()
                    .map(|&q| story.quotes[q].id.clone())
                    .collect(),
            })
            .collect(),
        checked: c.checked.as_deref().cloned(),
    }
}

/// A story in its raw form, which imports edit before loading it again.
pub struct StoryOut {
    pub story: RawStory,
    /// (id, properties, geometry) of each place.
    pub places: Vec<(String, RawPlaceProperties, geo::Geometry<f64>)>,
    /// (file, text) of each source.
    pub texts: Vec<(String, String)>,
    /// (file, bytes) of each original a source's text was extracted from, and of each time-stamp.
    pub originals: Vec<(String, Vec<u8>)>,
}

impl StoryOut {
    /// Loads the story written out in memory, as the result of an import named `name`.
    pub fn reload(self, name: &str) -> Result<Story, crate::load::LoadErrors> {
        crate::load::load(&self.into_files(name))
    }

    pub fn from_story(story: &Story) -> Self {
        let quote_id = |q: usize| story.quotes[q].id.clone();
        let place_id = |p: usize| story.places[p].id.clone();
        let source_id = |s: usize| story.sources[s].id.clone();
        let raw = RawStory {
            format: Some("chronomap-story/1".to_owned()),
            title: story.title.clone(),
            summary: story.summary.clone(),
            language: story.language.clone(),
            places: crate::load::raw::default_places_file(),
            sources: story
                .sources
                .iter()
                .map(|s| RawSource {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    publisher: s.publisher.clone(),
                    published: s.published.edtf.clone(),
                    language: s.language.clone(),
                    file: s.file.clone(),
                    url: s.url.clone(),
                    notes: s.notes.clone(),
                    label: s.label_is_set.then(|| s.label.clone()),
                    capture: s.capture.clone(),
                    revises: s.revises.map(source_id),
                })
                .collect(),
            events: story.events.iter().map(|e| raw_event(story, e)).collect(),
            quotes: story
                .quotes
                .iter()
                .map(|q| {
                    let mentions = q.mentions.iter().map(|&p| place_id(p)).collect();
                    match q.region {
                        Some(xywh) => RawQuote {
                            id: q.id.clone(),
                            source: source_id(q.source),
                            mentions,
                            xywh: Some(xywh),
                            caption: Some(q.exact.clone()),
                            ..RawQuote::default()
                        },
                        None => RawQuote {
                            id: q.id.clone(),
                            source: source_id(q.source),
                            exact: q.exact.clone(),
                            prefix: q.prefix.clone(),
                            suffix: q.suffix.clone(),
                            start: Some(q.start),
                            mentions,
                            ..RawQuote::default()
                        },
                    }
                })
                .collect(),
            claims: story.claims.iter().map(|c| raw_claim(story, c)).collect(),
            steps: story.steps.iter().map(|s| raw_step(story, s)).collect(),
            conflicts: story.conflicts.clone(),
        };
        let figure = |f: &Option<ReportedFigure>| {
            f.as_ref().map(|f| RawFigure {
                value: f.value,
                quote: quote_id(f.quote),
            })
        };
        let places = story
            .places
            .iter()
            .map(|p| {
                (
                    p.id.clone(),
                    properties_of(
                        p,
                        figure(&p.reported_area_km2),
                        figure(&p.reported_length_km),
                    ),
                    p.geometry.clone(),
                )
            })
            .collect();
        let texts = story
            .sources
            .iter()
            .map(|s| (s.file.clone(), s.text.clone()))
            .collect();
        let originals = story
            .sources
            .iter()
            .flat_map(|s| {
                let capture = s.capture.as_ref();
                let original = capture
                    .and_then(|c| c.original.as_ref())
                    .zip(s.original.as_deref())
                    .map(|(record, bytes)| (record.file.clone(), bytes.to_vec()));
                let timestamp = capture
                    .and_then(|c| c.timestamp.as_ref())
                    .zip(s.timestamp.as_deref())
                    .map(|(record, bytes)| (record.file.clone(), bytes.to_vec()));
                original.into_iter().chain(timestamp)
            })
            .collect();
        StoryOut {
            story: raw,
            places,
            texts,
            originals,
        }
    }

    /// The story's files as (path in the folder, bytes).
    pub fn into_file_list(self) -> Vec<(String, Vec<u8>)> {
        let mut files = vec![
            (
                crate::load::STORY_FILE.to_owned(),
                super::json_layout::story_json(&self.story),
            ),
            (
                self.story.places.clone(),
                write_places(&self.places).into_bytes(),
            ),
        ];
        files.extend(
            self.texts
                .into_iter()
                .map(|(file, text)| (file, text.into_bytes())),
        );
        files.extend(self.originals);
        files
    }

    pub fn into_files(self, name: &str) -> StoryFiles {
        StoryFiles::Merged {
            name: name.to_owned(),
            files: self.into_file_list(),
        }
    }
}

fn properties_of(
    place: &Place,
    area: Option<RawFigure>,
    length: Option<RawFigure>,
) -> RawPlaceProperties {
    RawPlaceProperties {
        name: place.name.clone(),
        aliases: place.aliases.clone(),
        kind: place.kind,
        approximate: place.approximate,
        transient: place.transient,
        notes: place.notes.clone(),
        reported_area_km2: area,
        reported_length_km: length,
        other: place.other.clone(),
        feature: place.feature.clone(),
    }
}

/// A step as written: the view is left out when it only fits the step's own places.
fn raw_step(story: &Story, step: &Step) -> RawStep {
    let place_ids = |places: &[usize]| -> Vec<String> {
        places.iter().map(|&p| story.places[p].id.clone()).collect()
    };
    let view = match &step.view {
        StepView::Fit(places) if *places == step.places => None,
        StepView::Fit(places) => Some(RawStepView {
            bbox: None,
            fit: Some(place_ids(places)),
        }),
        StepView::Bounds(bounds) => Some(RawStepView {
            bbox: Some(bounds.to_vec()),
            fit: None,
        }),
    };
    RawStep {
        id: step.id.clone(),
        title: step.title.clone(),
        text: step.text.clone(),
        window: step.window.edtf.clone(),
        view,
        events: step
            .events
            .iter()
            .map(|&e| story.events[e].id.clone())
            .collect(),
        places: place_ids(&step.places),
        quotes: step
            .quotes
            .iter()
            .map(|&q| story.quotes[q].id.clone())
            .collect(),
    }
}

/// The places file as a story writes it: an RFC 7946 FeatureCollection of the places.
pub fn write_places(places: &[(String, RawPlaceProperties, Geometry<f64>)]) -> String {
    let features = places
        .iter()
        .map(|(id, properties, geometry)| {
            // The feature's own bbox, foreign members and numeric id, as the file had them.
            let mut members = properties.feature.members.clone();
            let bbox = members
                .remove("bbox")
                .and_then(|bbox| serde_json::from_value(bbox).ok());
            let number = properties
                .feature
                .numeric_id
                .then(|| serde_json::from_str::<serde_json::Number>(id).ok())
                .flatten();
            Feature {
                bbox,
                geometry: Some(as_read_if_unchanged(properties, geometry)),
                id: Some(number.map_or_else(|| Id::String(id.clone()), Id::Number)),
                properties: match serde_json::to_value(properties) {
                    Ok(serde_json::Value::Object(map)) => Some(map),
                    _ => None,
                },
                foreign_members: (!members.is_empty()).then_some(members),
            }
        })
        .collect::<Vec<_>>();
    let collection = FeatureCollection {
        bbox: None,
        features,
        foreign_members: None,
    };
    serde_json::to_string_pretty(&collection).unwrap_or_default()
}

/// The geometry as the file had it, altitudes and all, unless the shape has been changed since.
fn as_read_if_unchanged(
    properties: &RawPlaceProperties,
    geometry: &Geometry<f64>,
) -> geojson::Geometry {
    properties
        .feature
        .geometry_as_read
        .as_ref()
        .and_then(|read| serde_json::from_value::<geojson::Geometry>(read.clone()).ok())
        .filter(|read| to_geometry(&read.value).is_ok_and(|flat| flat == *geometry))
        .unwrap_or_else(|| geojson::Geometry::new(GeometryValue::from(geometry)))
}
