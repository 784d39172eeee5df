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
    // Bounded by PREPARE_BOUND below: `bound` is for loading.
    let start = Instant::now();
    let doc = Document::new(story, files);
    let took = start.elapsed();
    println!("{name}, prepared for the map: {:.2} s", took.as_secs_f64());
    assert!(
        took < PREPARE_BOUND,
        "{name} took {took:?} to prepare, over {PREPARE_BOUND:?}"
    );
    doc
}

const BOUND: Duration = Duration::from_secs(20);
/// Preparing shapes for the map (simplified at four levels, triangulated) in a debug build on a busy
/// machine: seconds for 150 000 points, still far under what a quadratic step would take (hours).
const PREPARE_BOUND: Duration = Duration::from_secs(60);

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
fn twenty_thousand_places_of_one_name_without_ids_get_ids_in_linear_time() {
    let features: Vec<Value> = (0..20_000)
        .map(|i| {
            json!({"type": "Feature", "properties": {"name": "Goris"},
                   "geometry": {"type": "Point", "coordinates": [46.0 + (i % 100) as f64 * 0.001, 39.5]}})
        })
        .collect();
    let places = json!({"type": "FeatureCollection", "features": features}).to_string();
    let story = timed(
        "20 000 unnamed places of one name",
        BOUND,
        &files(&story_with(vec![], vec![]), &places, "t"),
    )
    .unwrap();
    assert_eq!(story.places.len(), 20_000);
    assert_eq!(story.places[19_999].id, "goris-20000");
    assert!(
        story.notices[0].contains("places.geojson: 20\u{202f}000 places had no id"),
        "{:?}",
        story.notices
    );
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

fn one_problem(files: &StoryFiles) -> String {
    let errors = timed("strict check", BOUND, files).unwrap_err();
    assert_eq!(errors.0.len(), 1, "{errors}");
    errors.0[0].to_string()
}

#[test]
fn an_unknown_format_version_is_refused_naming_what_this_build_reads() {
    let mut story = story_with(vec![], vec![]);
    story["format"] = json!("chronomap-story/99");
    let message = one_problem(&files(&story, PLACES, "t"));
    assert!(
        message.ends_with("the story is in format \"chronomap-story/99\"; this build of Chronomap reads chronomap-story/1"),
        "{message}"
    );
}

#[test]
fn records_written_as_arrays_are_refused() {
    let mut story = story_with(vec![], vec![]);
    story["events"] = json!([["e1", "Something", "2024-04-17", "occurred", [], [], ""]]);
    let message = one_problem(&files(&story, PLACES, "t"));
    assert!(
        message.contains("invalid type: sequence, expected a JSON object"),
        "{message}"
    );
    let as_array = json!(["chronomap-story/1", "Hostile"]);
    let message = one_problem(&files(&as_array, PLACES, "t"));
    assert!(message.contains("expected a JSON object"), "{message}");
}

#[test]
fn claims_need_two_sources_and_each_statement_its_own_sources_words() {
    let text = "The army counted 2 000 men. The ministry counted 1 960 men.";
    let mut story = story_with(vec![], vec![quote("q1", "The army counted 2 000 men.")]);
    story["claims"] = json!([{"id": "c1", "topic": "Troops", "statements": []}]);
    let message = one_problem(&files(&story, PLACES, text));
    assert!(
        message.ends_with(
            "claim \"c1\" needs statements from at least two different sources (it has 0)"
        ),
        "{message}"
    );
    // A second source whose statement cites the first source's quote: evidence misattributed.
    story["sources"].as_array_mut().unwrap().push(
        json!({"id": "s2", "title": "Other", "publisher": "Other Press",
        "published": "2024-04-17", "language": "en", "file": "sources/a.txt"}),
    );
    story["claims"] = json!([{"id": "c1", "topic": "Troops", "statements": [
        {"source": "s1", "value": "2 000", "quotes": ["q1"]},
        {"source": "s2", "value": "1 960", "quotes": ["q1"]}]}]);
    let message = one_problem(&files(&story, PLACES, text));
    assert!(
        message.ends_with("claim \"c1\": the statement of source \"s2\" cites quote \"q1\", which is from source \"s1\""),
        "{message}"
    );
}

#[test]
fn a_zero_area_polygon_is_refused() {
    let flat = json!({"type": "Polygon", "coordinates": [[[46.0, 39.0], [46.5, 39.5], [47.0, 40.0], [46.0, 39.0]]]});
    let message = one_problem(&files(&story_with(vec![], vec![]), &place_with(flat), "t"));
    assert!(
        message.contains("place \"big\": invalid shape: exterior ring has a self-intersection"),
        "{message}"
    );
}

#[test]
fn files_with_a_byte_order_mark_load() {
    let story = story_with(
        vec![event("e1", "2024-04-17", &["p1"], &["q1"])],
        vec![quote("q1", "Words")],
    );
    let mut story_bytes = "\u{feff}".as_bytes().to_vec();
    story_bytes.extend(serde_json::to_vec(&story).unwrap());
    let files = StoryFiles::Memory {
        name: "bom".to_owned(),
        files: vec![
            ("story.json".to_owned(), story_bytes),
            (
                "places.geojson".to_owned(),
                format!("\u{feff}{PLACES}").into_bytes(),
            ),
            ("sources/a.txt".to_owned(), b"Some Words here".to_vec()),
        ],
    };
    let loaded = timed("byte order marks", BOUND, &files).unwrap();
    assert_eq!(loaded.events.len(), 1);
}

#[test]
fn quotes_anchor_across_crlf_and_nfd_without_changing_the_source() {
    let text = "Premier paragraphe.\r\nLe retrait a commencé mercredi.\r\n";
    let quotes = vec![
        quote("q1", "paragraphe.\nLe retrait"),
        quote("q2", "a commence\u{301} mercredi"),
    ];
    let loaded = timed(
        "crlf and nfd",
        BOUND,
        &files(&story_with(vec![], quotes), PLACES, text),
    )
    .unwrap();
    let source = &loaded.sources[0].text;
    assert_eq!(source, text, "the source is untouched");
    assert_eq!(
        &source[loaded.quotes[0].bytes.clone()],
        "paragraphe.\r\nLe retrait"
    );
    assert_eq!(
        &source[loaded.quotes[1].bytes.clone()],
        "a commencé mercredi"
    );
    let expected = text[..text.find("a commencé").unwrap()].chars().count();
    assert_eq!(loaded.quotes[1].start, expected);
}

/// A story folder on disk whose source file is replaced by `make(path)`.
#[cfg(unix)]
fn folder_with_source(
    make: impl FnOnce(&std::path::Path),
) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story");
    std::fs::create_dir_all(story.join("sources")).unwrap();
    std::fs::copy("tests/broken/valid/story.json", story.join("story.json")).unwrap();
    std::fs::copy(
        "tests/broken/valid/places.geojson",
        story.join("places.geojson"),
    )
    .unwrap();
    make(&story.join("sources/a.txt"));
    (dir, story)
}

#[cfg(unix)]
#[test]
fn only_regular_files_inside_the_story_folder_are_read() {
    use std::os::unix::fs::symlink;
    let refused = |story: &std::path::Path, expected: &str| {
        let start = Instant::now();
        let errors = load::load_path(story).unwrap_err();
        assert!(start.elapsed() < Duration::from_secs(5), "opening blocked");
        let message = errors.to_string();
        assert!(
            message.contains("sources/a.txt") && message.contains(expected),
            "{message}"
        );
    };
    let (_fifo_dir, story) = folder_with_source(|path| {
        let made = std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .unwrap();
        assert!(made.success());
    });
    refused(&story, "not a regular file (a pipe, socket or device)");
    let outside = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(outside.path(), "Something happened in the town. A secret.").unwrap();
    let (_link_dir, story) = folder_with_source(|path| symlink(outside.path(), path).unwrap());
    refused(&story, "outside the story folder");
    let (_device_dir, story) = folder_with_source(|path| symlink("/dev/zero", path).unwrap());
    refused(&story, "outside the story folder");
    let (_dir_dir, story) = folder_with_source(|path| std::fs::create_dir(path).unwrap());
    refused(&story, "it is a folder, not a file");
    for escape in ["../outside.txt", "/etc/hostname"] {
        let (_escape_dir, story) = folder_with_source(|_| {});
        let text = std::fs::read_to_string(story.join("story.json")).unwrap();
        std::fs::write(
            story.join("story.json"),
            text.replace("sources/a.txt", escape),
        )
        .unwrap();
        let message = load::load_path(&story).unwrap_err().to_string();
        assert!(
            message.contains("file names must stay inside the story folder"),
            "{message}"
        );
    }
}

#[test]
fn many_quotes_in_a_long_source_are_found_in_one_pass() {
    // 10 MiB of numbered sentences and 1 000 quotes: one search per quote would read 10 GB.
    let sentence = |n: usize| format!("Phrase {n} : le convoi a quitté la ville mercredi soir. ");
    let mut text = String::new();
    let mut count = 0;
    while text.len() < 10 << 20 {
        text.push_str(&sentence(count));
        count += 1;
    }
    let quotes = (0..1_000)
        .map(|i| quote(&format!("q{i}"), sentence(i * (count / 1_000)).trim_end()))
        .collect();
    let loaded = timed(
        "1 000 quotes in 10 MiB",
        BOUND,
        &files(&story_with(vec![], quotes), PLACES, &text),
    )
    .unwrap();
    for (i, q) in loaded.quotes.iter().enumerate() {
        assert_eq!(
            &text[q.bytes.clone()],
            sentence(i * (count / 1_000)).trim_end()
        );
    }
}

/// A story folder on disk with `quotes` quotes of one source: long enough to load that a
/// cancel arrives while it is loading.
fn large_story_folder(quotes: usize) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("large");
    std::fs::create_dir_all(folder.join("sources")).unwrap();
    let sentence = |n: usize| format!("Phrase {n} : le convoi a quitté la ville mercredi soir. ");
    let text: String = (0..quotes).map(sentence).collect();
    let quotes: Vec<Value> = (0..quotes)
        .map(|i| quote(&format!("q{i}"), sentence(i).trim_end()))
        .collect();
    std::fs::write(folder.join("sources/a.txt"), text).unwrap();
    std::fs::write(folder.join("places.geojson"), PLACES).unwrap();
    let story = story_with(vec![], quotes);
    std::fs::write(
        folder.join("story.json"),
        serde_json::to_vec(&story).unwrap(),
    )
    .unwrap();
    (dir, folder)
}

#[test]
fn a_cancelled_load_stops_at_its_next_step_and_says_so() {
    let (_dir, folder) = large_story_folder(200_000);
    // Asked before it starts: it stops at its first step.
    let cancel = load::Cancel::default();
    cancel.cancel();
    let stopped = load::load_path_cancellable(&folder, &cancel).unwrap_err();
    assert_eq!(stopped.0.len(), 1);
    assert_eq!(stopped.0[0].problem, load::Problem::Cancelled);
    // Asked while it runs on another thread, as the window's Cancel does: it stops early, without
    // making a story (200 000 quotes take seconds in a debug build; the cancel comes at once).
    let cancel = load::Cancel::default();
    let asked = cancel.clone();
    let started = Instant::now();
    let loading = std::thread::spawn(move || load::load_path_cancellable(&folder, &asked));
    std::thread::sleep(Duration::from_millis(20));
    cancel.cancel();
    let result = loading.join().unwrap();
    println!("cancelled load ended after {:?}", started.elapsed());
    let errors = result.expect_err("the load stopped before making a story");
    assert_eq!(errors.0[0].problem, load::Problem::Cancelled);
}

#[test]
fn thousands_of_quotes_missing_from_a_long_source_are_reported_in_linear_time() {
    // 20 MiB of sentences and 3 000 quotes none of which is there, with LF and with CRLF line
    // ends: a search of the source (and of its normalised view) per missing quote would read
    // 120 GB; one pass each finds that none is there. At most 20 get the nearest passage.
    let sentence = |n: usize| format!("Phrase {n} : le convoi a quitté la ville mercredi soir.");
    for line_end in ["\n", "\r\n"] {
        let mut text = String::new();
        let mut n = 0;
        while text.len() < 20 << 20 {
            text.push_str(&sentence(n));
            text.push_str(line_end);
            n += 1;
        }
        let quotes = (0..3_000)
            .map(|i| {
                quote(
                    &format!("q{i}"),
                    &format!("A sentence numbered {i} that nobody wrote."),
                )
            })
            .collect();
        let name = format!(
            "3 000 missing quotes in 20 MiB ({})",
            line_end.escape_debug()
        );
        let errors = timed(
            &name,
            BOUND,
            &files(&story_with(vec![], quotes), PLACES, &text),
        )
        .unwrap_err();
        let listed = errors
            .0
            .iter()
            .filter(|e| matches!(e.problem, load::Problem::QuoteNotFound { .. }));
        assert_eq!(listed.count(), load::error::MAX_LISTED_PER_KIND);
        let summary = errors.to_string();
        assert!(
            summary.contains("… and 2\u{202f}900 more problems of this kind (quote not found)"),
            "{name}"
        );
    }
}

#[test]
fn a_spiky_polygon_of_150_000_vertices_is_checked_in_n_log_n() {
    // A star with a random radius at each vertex: a vertical line crosses thousands of its edges,
    // so a sweep that compares each edge with all it crosses took 80 s here (11 s released).
    let n = 150_000;
    let mut state: u64 = 7;
    let mut points: Vec<[f64; 2]> = (0..n)
        .map(|i| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            let r = 0.5 + 0.3 * ((state >> 33) as f64 / (1u64 << 31) as f64);
            let a = i as f64 / n as f64 * std::f64::consts::TAU;
            [46.0 + r * a.cos(), 39.5 + r * a.sin()]
        })
        .collect();
    points.push(points[0]);
    let places = place_with(json!({"type": "Polygon", "coordinates": [points.clone()]}));
    let story = timed(
        "150 000-vertex spiky polygon",
        BOUND,
        &files(&story_with(vec![], vec![]), &places, "t"),
    )
    .unwrap();
    assert_eq!(story.places.len(), 2);
    // The same outline with one vertex moved across the centre, beyond the far side, crosses
    // itself, and is refused.
    let a = 1000.0 / n as f64 * std::f64::consts::TAU;
    points[1000] = [46.0 - a.cos(), 39.5 - a.sin()];
    let places = place_with(json!({"type": "Polygon", "coordinates": [points]}));
    let Err(refused) = timed(
        "150 000-vertex spiky polygon, crossed",
        BOUND,
        &files(&story_with(vec![], vec![]), &places, "t"),
    ) else {
        panic!("a self-intersecting outline was accepted");
    };
    assert!(
        refused.to_string().contains("self-intersection"),
        "{refused}"
    );
}
