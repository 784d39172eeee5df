//! Each kind of loading problem, produced by a small broken story under tests/broken/: its message
//! names the file, the line and column where there is one, and what is wrong. None panics.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chronomap::load::{self, LoadErrors, MAX_FILE_BYTES, Problem};
use std::path::Path;

fn problems(name: &str) -> LoadErrors {
    match load::load_path(&Path::new("tests/broken").join(name)) {
        Ok(_) => panic!("{name} should not load"),
        Err(errors) => errors,
    }
}

/// The only problem of a broken story, as the user reads it.
fn message(name: &str) -> String {
    let errors = problems(name);
    assert_eq!(errors.0.len(), 1, "{name}: {errors}");
    errors.0[0].to_string()
}

#[test]
fn the_control_story_loads() {
    let story = load::load_path(Path::new("tests/broken/valid")).expect("valid loads");
    assert_eq!(
        (story.events.len(), story.places.len(), story.quotes.len()),
        (1, 2, 1)
    );
}

#[test]
fn unknown_ids_name_the_reference() {
    assert_eq!(
        message("unknown-place"),
        "tests/broken/unknown-place/story.json:24:9: event \"e1\" refers to place \"atlantis\", which the story does not have"
    );
    assert_eq!(
        message("unknown-source"),
        "tests/broken/unknown-source/story.json:33:17: quote \"q1\" refers to source \"s9\", which the story does not have"
    );
}

#[test]
fn quotes_must_be_found_once_at_their_recorded_place() {
    assert_eq!(
        message("quote-not-found"),
        "tests/broken/quote-not-found/story.json:34:16: quote \"q1\": its exact text is not found in tests/broken/quote-not-found/sources/a.txt; the nearest passage, at character 0, has \"Something happened\" where the quote has \"Nothing happened.\""
    );
    // A near miss names the nearest passage and where the two differ.
    assert_eq!(
        message("quote-near-miss"),
        "tests/broken/quote-near-miss/story.json:34:16: quote \"q1\": its exact text is not found in tests/broken/quote-near-miss/sources/a.txt; the nearest passage, at character 32, has \"L’armée\" where the quote has \"L'armée\""
    );
    assert_eq!(
        message("quote-ambiguous"),
        "tests/broken/quote-ambiguous/story.json:44:16: quote \"q2\": its text occurs 2 times in tests/broken/quote-ambiguous/sources/a.txt; add a prefix or suffix to tell them apart"
    );
    assert_eq!(
        message("quote-moved"),
        "tests/broken/quote-moved/story.json:32:13: quote \"q1\" is recorded at character 5 but its text is at character 0"
    );
}

#[test]
fn invalid_dates_are_located() {
    assert_eq!(
        message("impossible-date"),
        "tests/broken/impossible-date/story.json:20:15: event \"e1\": \"2024-02-30\" is not EDTF: day is out of range for the month, at character 9 (\"30\")"
    );
    assert!(message("malformed-date").starts_with("tests/broken/malformed-date/story.json:20:15: event \"e1\": \"17 avril\" is not EDTF: whitespace is not allowed, at character 3 (\" avril\"); forms such as 2024-04-17"));
}

#[test]
fn bad_geometry_is_located_in_the_geojson() {
    assert_eq!(
        message("self-intersecting-polygon"),
        "tests/broken/self-intersecting-polygon/places.geojson:25:19: place \"p2\": invalid shape: exterior ring has a self-intersection"
    );
    assert_eq!(
        message("empty-polygon"),
        "tests/broken/empty-polygon/places.geojson:25:19: place \"p2\": the geometry is empty"
    );
    assert_eq!(
        message("short-position"),
        "tests/broken/short-position/places.geojson:9:24: place \"p1\": a position has fewer than two numbers; GeoJSON positions are [longitude, latitude]"
    );
}

/// Coordinates outside WGS84 are not refused (validators accept such files) but said, with the
/// likely mistake: a latitude of 146.75 beside a longitude of 39.81 is a swapped pair.
#[test]
fn a_coordinate_outside_wgs84_loads_with_a_notice_naming_the_place() {
    let story = chronomap::load::load_path(std::path::Path::new("tests/unusual/outside-wgs84"))
        .expect("kept as given");
    let notice = story
        .notices
        .iter()
        .find(|n| n.contains("outside WGS84"))
        .expect("said");
    assert!(
        notice.contains("[39.81, 146.75], its numbers perhaps swapped"),
        "{notice}"
    );
    assert!(
        notice.starts_with("tests/unusual/outside-wgs84/places.geojson"),
        "{notice}"
    );
    // Left out of Fit: the story's focus is its other places.
    let focus = chronomap::spatial::focus_bounds(&story).expect("the other places");
    assert!(focus.max().y <= 90.0, "{focus:?}");
}

#[test]
fn malformed_json_gets_serde_positions() {
    assert_eq!(
        message("truncated-json"),
        "tests/broken/truncated-json/story.json:17:2: invalid JSON: EOF while parsing a list"
    );
    assert_eq!(
        message("wrong-type"),
        "tests/broken/wrong-type/story.json:3:13: invalid JSON: invalid type: integer `42`, expected a string"
    );
}

#[test]
fn duplicate_ids_point_at_the_repeat() {
    assert_eq!(
        message("duplicate-id"),
        "tests/broken/duplicate-id/story.json:30:13: event id \"e1\" is used more than once"
    );
    assert_eq!(
        message("duplicate-place-id"),
        "tests/broken/duplicate-place-id/places.geojson:24:13: place id \"p1\" is used more than once"
    );
}

#[test]
fn unreadable_files_say_why() {
    assert_eq!(
        message("missing-source-file"),
        "tests/broken/missing-source-file/sources/missing.txt: file not found"
    );
    assert_eq!(
        message("not-utf8"),
        "tests/broken/not-utf8/sources/a.txt: not UTF-8 text (invalid byte at offset 35); save the file as UTF-8"
    );
    assert_eq!(
        message("binary-places"),
        "tests/broken/binary-places/places.geojson: not UTF-8 text (invalid byte at offset 128); save the file as UTF-8"
    );
    assert_eq!(
        message("empty-folder"),
        "tests/broken/empty-folder/story.json: no story here: a story is a folder with a story.json"
    );
}

#[test]
fn every_problem_of_a_story_is_reported_in_file_order() {
    let errors = problems("several-problems");
    let lines: Vec<String> = errors.0.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 3, "{errors}");
    assert!(
        lines[0].contains(":20:15: event \"e1\": \"2024-13-01\""),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].contains(":23:9: event \"e1\" refers to place \"atlantis\""),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].contains(":34:16: quote \"q1\": its exact text is not found"),
        "{}",
        lines[2]
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "tests/broken/valid/places.geojson",
        dir.path().join("places.geojson"),
    )
    .unwrap();
    // A sparse file: its size is over the limit, but it takes no disk and must not be read into memory.
    let story = std::fs::File::create(dir.path().join("story.json")).unwrap();
    story.set_len(MAX_FILE_BYTES + 1).unwrap();
    let errors = load::load_path(dir.path()).expect_err("too large");
    assert!(
        matches!(errors.0[0].problem, Problem::TooLarge { size, .. } if size == MAX_FILE_BYTES + 1),
        "{errors}"
    );
    assert!(
        errors
            .to_string()
            .contains("over the limit of 536\u{202f}870\u{202f}912 bytes")
    );
}

#[test]
fn a_tour_s_steps_are_checked_and_located_in_the_steps_list() {
    let lines: Vec<String> = problems("bad-steps")
        .0
        .iter()
        .map(ToString::to_string)
        .collect();
    let at = "tests/broken/bad-steps/story.json";
    assert_eq!(
        lines,
        [
            format!("{at}:49:9: step \"e1\" refers to event \"e9\", which the story does not have"),
            format!("{at}:53:9: step \"e1\" refers to quote \"q7\", which the story does not have"),
            format!("{at}:57:13: step \"s2\" has no title"),
            format!(
                "{at}:59:17: step \"s2\": window \"2024-13-01\" is not EDTF: month must be 01-12 or a sub-year code 21-41, at character 6 (\"13-01\")"
            ),
            format!(
                "{at}:61:9: step \"s2\" has a bbox of 3 numbers; it takes 4: west, south, east, north"
            ),
        ]
    );
}
