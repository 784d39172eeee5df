//! GeoJSON as RFC 7946 writes it, against a conformance set (`tests/conformance/geojson`): every
//! valid file loads as a story's places unchanged, its foreign properties kept through a save; every
//! invalid one is refused at the line and column of what is wrong, in GeoJSON's words.

#![allow(clippy::unwrap_used, clippy::expect_used)]
use chronomap::formats::{self, story_out::StoryOut};
use chronomap::load;
use std::path::{Path, PathBuf};

const STORY: &str = r#"{
  "format": "chronomap-story/1",
  "title": "GeoJSON conformance",
  "places": "places.geojson",
  "sources": [],
  "events": [],
  "quotes": []
}"#;

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/conformance/geojson")
        .join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("the fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    files
}

/// A story folder whose places file is the fixture.
fn story_with(fixture: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("story.json"), STORY).expect("story.json");
    std::fs::copy(fixture, dir.path().join("places.geojson")).expect("places.geojson");
    dir
}

/// The features of a GeoJSON text as JSON: a collection's, or the one Feature.
fn features_of(text: &str) -> Vec<serde_json::Value> {
    let value: serde_json::Value =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).expect("JSON");
    match value["features"].as_array() {
        Some(features) => features.clone(),
        None => vec![value],
    }
}

const OWN: [&str; 8] = [
    "name",
    "aliases",
    "kind",
    "approximate",
    "transient",
    "notes",
    "reported_area_km2",
    "reported_length_km",
];

/// Whether every property of `written` that Chronomap does not use is in `kept`, unchanged.
fn foreign_kept(
    written: &serde_json::Value,
    kept: &serde_json::Map<String, serde_json::Value>,
) -> bool {
    written
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(key, _)| !OWN.contains(&key.as_str()))
        .all(|(key, value)| kept.get(key) == Some(value))
}

/// The keys of `properties` Chronomap does not use, in order.
fn foreign_keys(properties: &serde_json::Value) -> Vec<&str> {
    properties
        .as_object()
        .into_iter()
        .flatten()
        .map(|(key, _)| key.as_str())
        .filter(|key| !OWN.contains(key))
        .collect()
}

/// A JSON value with every number as a float, so `100` and `100.0` compare equal.
fn as_floats(value: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Number(n) => n.as_f64().map_or(Value::Null, Value::from),
        Value::Array(items) => Value::Array(items.iter().map(as_floats).collect()),
        Value::Object(members) => Value::Object(
            members
                .iter()
                .map(|(k, v)| (k.clone(), as_floats(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[test]
fn valid_files_load_unchanged_and_invalid_ones_are_refused_where_they_are_wrong() {
    let mut wrong = Vec::new();
    let valid = fixtures("valid");
    for fixture in &valid {
        let name = fixture
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(fixture).expect("the fixture");
        let written = features_of(&text);
        let dir = story_with(fixture);
        let story = match load::load_path(dir.path()) {
            Ok(story) => story,
            Err(errors) => {
                wrong.push(format!("{name}: refused: {errors}"));
                continue;
            }
        };
        if story.places.len() != written.len() {
            wrong.push(format!(
                "{name}: {} places for {} features",
                story.places.len(),
                written.len()
            ));
            continue;
        }
        // Saved and read again, foreign properties are as the file had them.
        let saved = dir.path().join("saved");
        formats::save_folder(StoryOut::from_story(&story), &saved).expect("saved");
        let again = load::load_path(&saved).expect("the saved story loads");
        let saved_text =
            std::fs::read_to_string(saved.join("places.geojson")).expect("saved places");
        let saved_features = features_of(&saved_text);
        for (i, feature) in written.iter().enumerate() {
            let properties = &feature["properties"];
            let by_position = &story.places[i];
            if !foreign_kept(properties, &by_position.other)
                || !foreign_kept(properties, &again.places[i].other)
                || !foreign_kept(
                    properties,
                    saved_features[i]["properties"]
                        .as_object()
                        .unwrap_or(&serde_json::Map::new()),
                )
            {
                wrong.push(format!(
                    "{name}: feature {} lost or changed a property",
                    i + 1
                ));
            }
            // The feature's own bbox and foreign members, and its id as a number or a string.
            if feature["type"] == "Feature" {
                let members = |f: &serde_json::Value| {
                    let mut map = f.as_object().cloned().unwrap_or_default();
                    for own in ["type", "id", "properties", "geometry"] {
                        map.remove(own);
                    }
                    map
                };
                if members(feature) != members(&saved_features[i]) {
                    wrong.push(format!("{name}: feature {} lost its own members", i + 1));
                }
                if let Some(id) = feature.get("id").filter(|id| !id.is_null())
                    && saved_features[i]["id"] != *id
                {
                    wrong.push(format!(
                        "{name}: feature {} id {id} came back as {}",
                        i + 1,
                        saved_features[i]["id"]
                    ));
                }
            }
            // Altitudes (and any further numbers of a position) come back as the file had them.
            let geometry = if feature["type"] == "Feature" {
                &feature["geometry"]
            } else {
                feature
            };
            if as_floats(&saved_features[i]["geometry"]) != as_floats(geometry) {
                wrong.push(format!(
                    "{name}: feature {} came back with another geometry: {}",
                    i + 1,
                    saved_features[i]["geometry"]
                ));
            }
            // Written back in the file's order, so a diff of the file shows only what changed.
            if foreign_keys(properties) != foreign_keys(&saved_features[i]["properties"]) {
                wrong.push(format!(
                    "{name}: feature {} reordered its properties",
                    i + 1
                ));
            }
        }
        // What the collection itself had is not kept, and a notice says so.
        let top: serde_json::Value =
            serde_json::from_str(text.trim_start_matches('\u{feff}')).expect("the fixture is JSON");
        for key in top.as_object().into_iter().flat_map(|o| o.keys()) {
            let named = format!("\"{key}\"");
            if top["type"] == "FeatureCollection"
                && key != "type"
                && key != "features"
                && !story
                    .notices
                    .iter()
                    .any(|n| n.contains("collection's own") && n.contains(&named))
            {
                wrong.push(format!(
                    "{name}: the collection's {named} left out without a notice"
                ));
            }
        }
        if written.iter().any(|f| f.get("id").is_none()) && story.notices.is_empty() {
            wrong.push(format!("{name}: ids were made without a notice"));
        }
    }
    let expected = include_str!("conformance/geojson/invalid.tsv");
    let invalid = fixtures("invalid");
    let rows: Vec<Vec<&str>> = expected
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(rows.len(), invalid.len(), "a row per invalid fixture");
    for row in &rows {
        let [name, at, says] = row[..] else {
            panic!("a row of three columns: {row:?}");
        };
        let dir = story_with(
            &invalid
                .iter()
                .find(|f| f.ends_with(format!("{name}.geojson")))
                .expect("the fixture")
                .clone(),
        );
        let Err(errors) = load::load_path(dir.path()) else {
            wrong.push(format!("{name}: loaded"));
            continue;
        };
        let found = errors
            .0
            .iter()
            .find(|e| e.location.file.ends_with("places.geojson"));
        let Some(error) = found else {
            wrong.push(format!("{name}: no problem in places.geojson: {errors}"));
            continue;
        };
        let (line, column) = error.location.line_column.unwrap_or((0, 0));
        let (want_line, want_column) = at.split_once(':').expect("line:column");
        let located = line.to_string() == want_line
            && (want_column == "*" || column.to_string() == want_column);
        let message = error.problem.to_string();
        if !located || !message.contains(says) {
            wrong.push(format!(
                "{name}: {line}:{column} {message}; expected {at} \"{says}\""
            ));
        }
        for internal in ["Helper", "Raw", "struct", "f64"] {
            if message.contains(internal) {
                wrong.push(format!(
                    "{name}: the message names Rust's \"{internal}\": {message}"
                ));
            }
        }
    }
    let all = valid.len() + rows.len();
    println!(
        "GeoJSON fixtures: {}/{all} as expected ({} valid, {} invalid)",
        all - wrong.len().min(all),
        valid.len(),
        rows.len()
    );
    assert!(
        valid.len() >= 15 && rows.len() >= 12,
        "the conformance set is there"
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn features_are_named_as_other_tools_name_them_and_unlocated_ones_are_left_out_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story");
    std::fs::create_dir(&story).unwrap();
    std::fs::write(story.join("story.json"), STORY).unwrap();
    std::fs::write(
        story.join("places.geojson"),
        r#"{"type": "FeatureCollection", "features": []}"#,
    )
    .unwrap();
    let file = dir.path().join("neighbours.geojson");
    std::fs::write(
        &file,
        r#"{"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"NAME": "Goris"}, "geometry": {"type": "Point", "coordinates": [46.34, 39.51]}},
  {"type": "Feature", "properties": {"nom": "Latchine"}, "geometry": {"type": "Point", "coordinates": [46.55, 39.64]}},
  {"type": "Feature", "properties": {"pop": 3}, "geometry": {"type": "Point", "coordinates": [46.75, 39.81]}},
  {"type": "Feature", "properties": {"name": "Nowhere"}, "geometry": null}
]}"#,
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_chronomap"))
        .args(["import", story.to_str().unwrap(), file.to_str().unwrap()])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("named by another property: 1 by \"NAME\", 1 by \"nom\""),
        "{said}"
    );
    assert!(
        said.contains("1 feature had no name, title or id and is named by its place in the file (Unnamed feature 3)"),
        "{said}"
    );
    assert!(
        said.contains(
            "1 feature with no geometry (null) is left out, as a map cannot show it: Nowhere"
        ),
        "{said}"
    );
    let loaded = load::load_path(&story).unwrap();
    let names: Vec<&str> = loaded.places.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Goris", "Latchine", "Unnamed feature 3"]);
}

#[test]
fn a_moved_place_is_written_as_moved_and_its_altitude_as_read_is_dropped() {
    let fixture = fixtures("valid")
        .into_iter()
        .find(|f| f.ends_with("altitude.geojson"))
        .unwrap();
    let dir = story_with(&fixture);
    let story = load::load_path(dir.path()).unwrap();
    let mut out = StoryOut::from_story(&story);
    out.places[0].2 = geo::Geometry::Point(geo::Point::new(46.5, 39.75));
    let saved = dir.path().join("saved");
    formats::save_folder(out, &saved).unwrap();
    let features = features_of(&std::fs::read_to_string(saved.join("places.geojson")).unwrap());
    assert_eq!(
        as_floats(&features[0]["geometry"]),
        as_floats(&serde_json::json!({"type": "Point", "coordinates": [46.5, 39.75]})),
        "the new position, not the altitude of the old one"
    );
}
