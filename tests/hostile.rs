//! Hostile or merely unusual stories, each generated small by the test: every one loads or is
//! refused with located problems, in time that stays proportional to its size (bounds here are
//! generous: debug builds, a shared 2-core machine), and nothing valid panics.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chronomap::document::Document;
use chronomap::load::{self, LoadErrors, StoryFiles};
use chronomap::model::Story;
use serde_json::{Value, json};
use std::time::{Duration, Instant};

const PLACES: &str = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"p1","geometry":{"type":"Point","coordinates":[46.75,39.81]},"properties":{"name":"Town","kind":"city"}}]}"#;

fn source() -> Value {
    json!({"id": "s1", "title": "A source", "publisher": "Press", "published": "2024-04-17",
           "language": "en", "file": "sources/a.txt"})
}

fn event(id: &str, date: &str, places: &[&str], quotes: &[&str]) -> Value {
    json!({"id": id, "title": "Something", "date": date, "status": "occurred", "places": places, "quotes": quotes})
}

fn quote(id: &str, exact: &str) -> Value {
    json!({"id": id, "source": "s1", "exact": exact})
}

/// A story in memory: story.json minified (one line, the worst case for line and column),
/// places.geojson and one source text.
fn files(story: &Value, places: &str, text: &str) -> StoryFiles {
    StoryFiles::Memory {
        name: "hostile".to_owned(),
        files: vec![
            ("story.json".to_owned(), serde_json::to_vec(story).unwrap()),
            ("places.geojson".to_owned(), places.as_bytes().to_vec()),
            ("sources/a.txt".to_owned(), text.as_bytes().to_vec()),
        ],
    }
}

fn story_with(events: Vec<Value>, quotes: Vec<Value>) -> Value {
    json!({"format": "chronomap-story/1", "title": "Hostile", "sources": [source()],
           "events": events, "quotes": quotes})
}

/// Loads within `bound`, printing how long it took.
fn timed(name: &str, bound: Duration, files: &StoryFiles) -> Result<Story, LoadErrors> {
    let start = Instant::now();
    let result = load::load(files);
    let took = start.elapsed();
    println!("{name}: {:.2} s", took.as_secs_f64());
    assert!(took < bound, "{name} took {took:?}, over {bound:?}");
    result
}

/// Loads, then prepares for the window (projection, shapes triangulated and simplified), each
/// within `bound`.
fn timed_document(name: &str, bound: Duration, files: StoryFiles) -> Document {
    let story = timed(name, bound, &files).unwrap();
    let start = Instant::now();
    let doc = Document::new(story, files);
    let took = start.elapsed();
    println!("{name}, prepared for the map: {:.2} s", took.as_secs_f64());
    assert!(
        took < bound,
        "{name} took {took:?} to prepare, over {bound:?}"
    );
    doc
}

const BOUND: Duration = Duration::from_secs(20);

#[test]
fn twenty_thousand_duplicate_ids_are_reported_in_linear_time() {
    let events = (0..20_000)
        .map(|_| event("e1", "2024-04-17", &["p1"], &[]))
        .collect();
    let errors = timed(
        "duplicate ids",
        BOUND,
        &files(&story_with(events, vec![]), PLACES, "text"),
    )
    .unwrap_err();
    let text = errors.to_string();
    assert!(text.contains("event id \"e1\" is used more than once"));
    assert!(
        text.contains("more problems of this kind"),
        "{}",
        &text[text.len().saturating_sub(300)..]
    );
    assert!(errors.0.len() < 200, "{} lines", errors.0.len());
}

#[test]
fn twenty_thousand_unknown_places_are_reported_in_linear_time() {
    let events = (0..20_000)
        .map(|i| event(&format!("e{i}"), "2024-04-17", &["atlantis"], &[]))
        .collect();
    let errors = timed(
        "unknown places",
        BOUND,
        &files(&story_with(events, vec![]), PLACES, "t"),
    )
    .unwrap_err();
    assert!(errors.to_string().contains("refers to place \"atlantis\""));
}

#[test]
fn twenty_thousand_invalid_dates_are_reported_in_linear_time() {
    let events = (0..20_000)
        .map(|i| event(&format!("e{i}"), "2024-13-45", &["p1"], &[]))
        .collect();
    let errors = timed(
        "invalid dates",
        BOUND,
        &files(&story_with(events, vec![]), PLACES, "t"),
    )
    .unwrap_err();
    assert!(errors.to_string().contains("\"2024-13-45\""));
}

#[test]
fn a_repetitive_source_cannot_make_anchoring_quadratic() {
    // Two million "a"s, and 500 quotes of "aaaa" that each need a suffix no occurrence has.
    let text = "a".repeat(2_000_000);
    let quotes = (0..500)
        .map(|i| {
            let mut q = quote(&format!("q{i}"), "aaaa");
            q["suffix"] = json!("b");
            q
        })
        .collect();
    let story = story_with(vec![], quotes);
    let errors = timed("repetitive anchoring", BOUND, &files(&story, PLACES, &text)).unwrap_err();
    assert!(errors.to_string().contains("quote \"q0\""), "{errors}");
}

#[test]
fn heavily_overlapping_quotes_anchor_in_linear_time() {
    let words: Vec<String> = (0..200_000).map(|i| format!("w{i}")).collect();
    let text = words.join(" ");
    let quotes = (0..5_000)
        .map(|i| quote(&format!("q{i}"), &words[i * 10..i * 10 + 200].join(" ")))
        .collect();
    let story = story_with(vec![], quotes);
    let loaded = timed("overlapping quotes", BOUND, &files(&story, PLACES, &text)).unwrap();
    assert_eq!(loaded.quotes.len(), 5_000);
}

fn place_with(geometry: Value) -> String {
    json!({"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "p1", "geometry": {"type": "Point", "coordinates": [46.75, 39.81]},
         "properties": {"name": "Town", "kind": "city"}},
        {"type": "Feature", "id": "big", "geometry": geometry,
         "properties": {"name": "Big", "kind": "region"}}]})
    .to_string()
}

/// A closed ring of `n` points around a circle of `radius` degrees at (`lon`, `lat`).
fn ring(n: usize, lon: f64, lat: f64, radius: f64) -> Vec<[f64; 2]> {
    let mut points: Vec<[f64; 2]> = (0..n)
        .map(|i| {
            let a = i as f64 / n as f64 * std::f64::consts::TAU;
            [lon + radius * a.cos(), lat + radius * a.sin()]
        })
        .collect();
    points.push(points[0]);
    points
}

#[test]
fn a_multipolygon_of_twenty_thousand_parts_is_checked_quickly() {
    let parts: Vec<Value> = (0..20_000)
        .map(|i| {
            let (x, y) = ((i % 200) as f64 * 0.01, (i / 200) as f64 * 0.01);
            json!([ring(4, 40.0 + x, 30.0 + y, 0.004)])
        })
        .collect();
    let places = place_with(json!({"type": "MultiPolygon", "coordinates": parts}));
    let story = story_with(vec![], vec![]);
    let doc = timed_document(
        "20 000-part multipolygon",
        BOUND,
        files(&story, &places, "t"),
    );
    assert_eq!(doc.story().places.len(), 2);
}

#[test]
fn a_long_corridor_and_a_detailed_multipolygon_are_checked_quickly() {
    let corridor: Vec<[f64; 2]> = (0..150_000)
        .map(|i| [40.0 + i as f64 * 1e-5, 30.0 + (i as f64 * 0.01).sin() * 0.1])
        .collect();
    let places = place_with(json!({"type": "LineString", "coordinates": corridor}));
    let story = story_with(vec![], vec![]);
    timed_document("150 000-point corridor", BOUND, files(&story, &places, "t"));
    let two = json!([
        [ring(45_000, 40.0, 30.0, 1.0)],
        [ring(45_000, 43.0, 30.0, 1.0)]
    ]);
    let places = place_with(json!({"type": "MultiPolygon", "coordinates": two}));
    timed_document(
        "2 × 45 000-point multipolygon",
        BOUND,
        files(&story, &places, "t"),
    );
}
