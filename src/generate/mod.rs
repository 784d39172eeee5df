//! A seeded, deterministic story generator for benchmarks and trials at scale: N events with quotes,
//! M places (points, lines, polygons with hundreds of vertices), K sources with article-length
//! texts, written in the story format so the real loader reads it.

pub mod acled;

use crate::formats::story_out;
use crate::load::StoryFiles;
use crate::load::raw::{RawEvent, RawPlaceProperties, RawQuote, RawSource, RawStory};
use crate::model::{PlaceKind, Status};
use geo::{Coord, Geometry, LineString, Point, Polygon};

#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub events: usize,
    pub places: usize,
    pub sources: usize,
}

impl Size {
    /// N events with one place per ten events and one source per hundred.
    pub fn events(events: usize) -> Self {
        Size {
            events,
            places: (events / 10).max(10),
            sources: (events / 100).max(2),
        }
    }
}

const WORDS: &[&str] = &[
    "le",
    "retrait",
    "des",
    "forces",
    "région",
    "accord",
    "déclaration",
    "ministère",
    "convoi",
    "frontière",
    "mission",
    "soldats",
    "selon",
    "agence",
    "presse",
    "porte-parole",
    "président",
    "territoire",
    "village",
    "route",
    "pont",
    "observateurs",
    "cessez-le-feu",
    "négociations",
    "rapport",
    "témoins",
    "habitants",
    "matériel",
    "véhicules",
];

/// The sentence that quote `q` of source `s` is: unique, so the loader anchors it exactly once.
fn sentence(rng: &mut fastrand::Rng, source: usize, n: usize) -> String {
    let length = rng.usize(8..18);
    let words: Vec<&str> = (0..length)
        .map(|_| WORDS[rng.usize(..WORDS.len())])
        .collect();
    format!("Dépêche {source}.{n} : {}.", words.join(" "))
}

fn place_geometry(rng: &mut fastrand::Rng, kind: PlaceKind) -> Geometry<f64> {
    let center = Coord {
        x: 40.0 + rng.f64() * 10.0,
        y: 37.0 + rng.f64() * 6.0,
    };
    match kind {
        PlaceKind::Corridor => {
            let vertices = rng.usize(5..60);
            let mut at = center;
            let line = (0..vertices)
                .map(|_| {
                    at = Coord {
                        x: at.x + 0.01 + rng.f64() * 0.02,
                        y: at.y + (rng.f64() - 0.5) * 0.02,
                    };
                    at
                })
                .collect::<Vec<_>>();
            Geometry::LineString(LineString::new(line))
        }
        PlaceKind::Region | PlaceKind::District => {
            // Star-shaped about its centre, vertices in angle order: never self-intersecting. The
            // radius varies smoothly with a little noise, as real boundaries do: detailed up close,
            // simple from afar.
            let vertices = rng.usize(100..400);
            let radius = 0.05 + rng.f64() * 0.3;
            let (phase3, phase7) = (rng.f64() * 6.0, rng.f64() * 6.0);
            let ring = (0..vertices)
                .map(|i| {
                    let angle = i as f64 / vertices as f64 * std::f64::consts::TAU;
                    let wobble =
                        0.15 * (3.0 * angle + phase3).sin() + 0.08 * (7.0 * angle + phase7).sin();
                    let r = radius * (1.0 + wobble + 0.03 * (rng.f64() - 0.5));
                    Coord {
                        x: center.x + r * angle.cos(),
                        y: center.y + r * angle.sin(),
                    }
                })
                .collect::<Vec<_>>();
            Geometry::Polygon(Polygon::new(LineString::new(ring), Vec::new()))
        }
        _ => Geometry::Point(Point(center)),
    }
}

fn edtf(rng: &mut fastrand::Rng) -> String {
    let year = rng.i32(2000..2025);
    let month = rng.u32(1..13);
    let day = rng.u32(1..29);
    match rng.u32(0..20) {
        0..=13 => format!("{year}-{month:02}-{day:02}"),
        14..=16 => format!("{year}-{month:02}"),
        17..=18 => format!(
            "{year}-{month:02}-{day:02}/{year}-{month:02}-{:02}",
            (day + rng.u32(1..20)).min(28)
        ),
        _ => format!("{year}-{month:02}~"),
    }
}

/// The story's files, generated from `seed`.
pub fn story(size: Size, seed: u64) -> StoryFiles {
    let mut rng = fastrand::Rng::with_seed(seed);
    let quotes_per_source = (size.events * 3 / 2).div_ceil(size.sources).max(1);
    let mut texts = Vec::with_capacity(size.sources);
    let mut sources = Vec::with_capacity(size.sources);
    let mut sentences: Vec<Vec<String>> = Vec::with_capacity(size.sources);
    for s in 0..size.sources {
        let own: Vec<String> = (0..quotes_per_source)
            .map(|n| sentence(&mut rng, s, n))
            .collect();
        texts.push((format!("sources/s{s}.txt"), own.join(" ")));
        sentences.push(own);
        sources.push(RawSource {
            id: format!("s{s}"),
            title: format!("Dépêche {s}"),
            publisher: Some(format!("Agence {}", s % 17)),
            published: format!("{}-01-01", 2000 + s % 25),
            language: "fr".to_owned(),
            file: format!("sources/s{s}.txt"),
            url: None,
            notes: String::new(),
            // Publishers and years repeat across a thousand sources: each gets a label of its own.
            label: Some(format!("Dépêche {s}, Agence {}", s % 17)),
            capture: None,
            revises: None,
        });
    }
    let kinds = [
        PlaceKind::City,
        PlaceKind::Site,
        PlaceKind::City,
        PlaceKind::Corridor,
        PlaceKind::Region,
        PlaceKind::District,
    ];
    let places: Vec<(String, RawPlaceProperties, Geometry<f64>)> = (0..size.places)
        .map(|p| {
            let kind = kinds[p % kinds.len()];
            let properties = RawPlaceProperties {
                aliases: vec![format!("Place {p}")],
                approximate: p % 3 == 0,
                ..RawPlaceProperties::named(format!("Lieu {p}"), kind, "")
            };
            (format!("p{p}"), properties, place_geometry(&mut rng, kind))
        })
        .collect();
    let mut quotes = Vec::new();
    let mut next_sentence = vec![0usize; size.sources];
    let mut events = Vec::with_capacity(size.events);
    for e in 0..size.events {
        let event_places: Vec<String> = (0..rng.usize(1..4))
            .map(|_| format!("p{}", rng.usize(..size.places)))
            .collect();
        let mut event_quotes = Vec::new();
        for _ in 0..rng.usize(1..3) {
            let s = rng.usize(..size.sources);
            let n = next_sentence[s];
            if n >= sentences[s].len() {
                continue;
            }
            next_sentence[s] += 1;
            let id = format!("q{}", quotes.len());
            quotes.push(RawQuote {
                id: id.clone(),
                source: format!("s{s}"),
                exact: sentences[s][n].clone(),
                prefix: None,
                suffix: None,
                start: None,
                mentions: event_places.clone(),
                ..RawQuote::default()
            });
            event_quotes.push(id);
        }
        let status = match rng.u32(0..10) {
            0 => Status::Reported,
            1 => Status::Planned,
            _ => Status::Occurred,
        };
        events.push(RawEvent {
            id: format!("e{e}"),
            title: format!("Événement {e} : {}", WORDS[rng.usize(..WORDS.len())]),
            date: edtf(&mut rng),
            status,
            places: event_places,
            quotes: event_quotes,
            ..RawEvent::default()
        });
    }
    let raw = RawStory {
        format: Some("chronomap-story/1".to_owned()),
        title: format!(
            "Generated story: {} events, {} places, {} sources (seed {seed})",
            size.events, size.places, size.sources
        ),
        summary: "Synthetic data for benchmarks.".to_owned(),
        language: None,
        places: crate::load::raw::default_places_file(),
        sources,
        events,
        quotes,
        claims: Vec::new(),
        steps: Vec::new(),
        conflicts: Vec::new(),
    };
    in_memory(format!("generated-{}", size.events), &raw, &places, texts)
}

/// A generated story's files in memory: story.json, its places and its sources' texts.
fn in_memory(
    name: String,
    raw: &RawStory,
    places: &[(String, RawPlaceProperties, Geometry<f64>)],
    texts: Vec<(String, String)>,
) -> StoryFiles {
    let mut files = vec![
        (
            crate::load::STORY_FILE.to_owned(),
            // As a save writes it.
            crate::formats::json_layout::story_json(raw),
        ),
        (
            raw.places.clone(),
            story_out::write_places(places).into_bytes(),
        ),
    ];
    files.extend(
        texts
            .into_iter()
            .map(|(name, text)| (name, text.into_bytes())),
    );
    StoryFiles::Memory { name, files }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_stories_load_and_are_deterministic() {
        let size = Size::events(500);
        let story = crate::load::load(&story(size, 7)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (story.events.len(), story.places.len(), story.sources.len()),
            (500, 50, 5)
        );
        assert!(story.quotes.len() >= 500);
        assert!(story.places.iter().any(
            |p| matches!(&p.geometry, Geometry::Polygon(poly) if poly.exterior().0.len() > 100)
        ));
        let again = crate::load::load(&super::story(size, 7)).unwrap();
        assert_eq!(
            story
                .events
                .iter()
                .map(|e| &e.date.edtf)
                .collect::<Vec<_>>(),
            again
                .events
                .iter()
                .map(|e| &e.date.edtf)
                .collect::<Vec<_>>()
        );
    }
}
