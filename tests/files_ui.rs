//! Opening stories safely, through the real UI: drops, the recent list, imports, exports, the
//! problems window that leaves the open story open, the theme, and state that survives a restart.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::formats::Format;
use chronomap::ui::{ChronomapApp, Command, FileAction, SAVED_STATE_KEY};
use common::{
    TITLE, click_map_at, copy_story, harness, harness_with, has_label_containing, selected_place_id,
};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_on_window(harness: &mut Harness<'_, ChronomapApp>, path: impl Into<PathBuf>) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.into())));
    harness.run();
}

#[test]
fn a_broken_story_dropped_on_the_window_lists_every_problem_and_keeps_the_open_story() {
    let mut harness = harness();
    drop_on_window(&mut harness, "tests/broken/several-problems");
    harness.get_by_label(TITLE);
    harness.get_by_label_contains("Could not open tests/broken/several-problems");
    assert!(has_label_containing(
        &harness,
        "story.json:20:15: event \"e1\": \"2024-13-01\""
    ));
    assert!(has_label_containing(
        &harness,
        "story.json:23:9: event \"e1\" refers to place \"atlantis\""
    ));
    assert!(has_label_containing(
        &harness,
        "story.json:34:16: quote \"q1\": its exact text is not found"
    ));
    harness.get_by_label("Close").click();
    harness.run();
    assert!(harness.state().problems().is_none());
    assert_eq!(
        harness.state().story().events.len(),
        13,
        "the shipped story is still open"
    );
}

#[test]
fn every_broken_story_leaves_the_app_running_with_its_story() {
    let mut harness = harness();
    for entry in std::fs::read_dir("tests/broken").unwrap() {
        let path = entry.unwrap().path();
        if path.ends_with("valid") {
            continue;
        }
        drop_on_window(&mut harness, &path);
        let problems = harness
            .state()
            .problems()
            .map(|p| p.lines.clone())
            .unwrap_or_else(|| panic!("{} opened", path.display()));
        assert!(!problems.is_empty());
        harness.state_mut().apply(Command::CloseMessages);
        assert_eq!(harness.state().story().title, TITLE);
    }
}

#[test]
fn dropping_a_story_folder_opens_it_and_it_joins_the_recent_list() {
    let mut harness = harness();
    drop_on_window(&mut harness, "tests/broken/valid");
    harness.get_by_label("A small story");
    assert_eq!(
        harness.state().recent(),
        vec![PathBuf::from("tests/broken/valid")]
    );
    // Back to the shipped story, then reopen through File → Open recent.
    harness
        .state_mut()
        .apply(Command::File(FileAction::OpenShipped));
    harness.run();
    harness.get_by_label(TITLE);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open recent").click();
    harness.run();
    harness.get_by_label("tests/broken/valid").click();
    harness.run();
    harness.get_by_label("A small story");
}

#[test]
fn dropping_a_csv_imports_its_events_into_the_open_story() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("extra.csv");
    std::fs::write(
        &csv,
        "date,title,place\n2024-04-18,Convoy reaches Goris,Goris\n",
    )
    .unwrap();
    let mut harness = harness();
    drop_on_window(&mut harness, &csv);
    assert_eq!(harness.state().story().events.len(), 14);
    assert!(has_label_containing(&harness, "Convoy reaches Goris"));
    assert!(has_label_containing(&harness, "Imported events as CSV"));
    // A bad CSV is refused with its line, and the story keeps its 14 events.
    std::fs::write(&csv, "date,title\n2024-02-30,Impossible\n").unwrap();
    harness.state_mut().apply(Command::CloseMessages);
    drop_on_window(&mut harness, &csv);
    assert!(has_label_containing(
        &harness,
        "extra.csv:2:1: row \"event-1\": \"2024-02-30\" is not EDTF: day is out of range"
    ));
    assert_eq!(harness.state().story().events.len(), 14);
}

#[test]
fn files_of_neighbouring_tools_dropped_on_the_window_import() {
    let mut harness = harness();
    harness.run();
    // An ACLED export: three events, each dated with its time_precision.
    drop_on_window(
        &mut harness,
        "tests/conformance/neighbours/acled-export.csv",
    );
    assert!(harness.state().problems().is_none());
    assert_eq!(harness.state().story().events.len(), 16);
    assert!(has_label_containing(&harness, "Imported events as CSV"));
    harness.state_mut().apply(Command::CloseMessages);
    harness.run();
    // TimelineJS's Google Sheets template, as Excel or Sheets save it.
    drop_on_window(
        &mut harness,
        "tests/conformance/neighbours/timelinejs-template.csv",
    );
    assert!(harness.state().problems().is_none());
    assert_eq!(harness.state().story().events.len(), 21);
    let story = harness.state().story();
    let peskov = story
        .events
        .iter()
        .find(|e| e.title == "Peskov confirms the withdrawal");
    assert_eq!(
        peskov.map(|e| e.date.edtf.as_str()),
        Some("2024-04-17T20:02:00")
    );
}

#[test]
fn exports_write_files_that_import_back_and_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness();
    for format in [Format::PlacesGeoJson, Format::EventsCsv, Format::TimelineJs] {
        let path = dir.path().join(format!("out.{}", format.extension()));
        harness
            .state_mut()
            .apply(Command::File(FileAction::Export(format, path.clone())));
        harness.run();
        assert!(has_label_containing(
            &harness,
            &format!("Exported {} to", format.label())
        ));
        harness.get_by_label("OK").click();
        harness.run();
        harness
            .state_mut()
            .apply(Command::File(FileAction::Import(format, path)));
        harness.run();
        assert!(
            harness.state().problems().is_none(),
            "{format:?} re-imports"
        );
        assert_eq!(harness.state().story().events.len(), 13);
        assert_eq!(harness.state().story().places.len(), 17);
        harness.state_mut().apply(Command::CloseMessages);
    }
    // Saving as a folder writes a story that opens.
    let folder = dir.path().join("saved");
    harness
        .state_mut()
        .apply(Command::File(FileAction::SaveFolder(folder.clone())));
    let reopened = chronomap::load::load_path(&folder).expect("the saved folder opens");
    assert_eq!(reopened.quotes.len(), 28);
}

/// eframe's storage, in memory.
#[derive(Default)]
struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn the_story_cursor_recent_list_and_theme_survive_a_restart() {
    let mut harness = harness();
    drop_on_window(&mut harness, "tests/broken/valid");
    harness
        .state_mut()
        .apply(Command::GoToDate("2024-04-17".to_owned()));
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Dark theme").click();
    harness.run();
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);

    let mut restarted = ChronomapApp::open(None).unwrap();
    restarted.restore(
        &eframe::Storage::get_string(&storage, SAVED_STATE_KEY).unwrap(),
        true,
    );
    let harness = harness_with(restarted);
    harness.get_by_label("A small story");
    let app = harness.state();
    assert_eq!(
        app.playback().cursor(),
        f64::from(chronomap::date::resolve("2024-04-17").unwrap().earliest)
    );
    assert_eq!(app.recent(), vec![PathBuf::from("tests/broken/valid")]);
    assert!(app.dark_theme());
    assert!(harness.ctx.global_style().visuals.dark_mode);
}

#[test]
fn a_corrupt_saved_state_is_ignored() {
    let mut app = ChronomapApp::open(None).unwrap();
    app.restore("{\"story\": 42, \"cursor\": ", true);
    let harness = harness_with(app);
    harness.get_by_label(TITLE);
    // A saved story that no longer opens leaves the shipped one.
    let mut app = ChronomapApp::open(None).unwrap();
    app.restore(
        "{\"story\": \"tests/broken/several-problems\", \"cursor\": 0.0}",
        true,
    );
    assert_eq!(app.story().title, TITLE);
}

#[test]
fn a_multipolygon_with_empty_members_opens_and_is_drawn() {
    let mut harness = harness();
    drop_on_window(&mut harness, "tests/unusual/empty-multipolygon-member");
    harness.get_by_label("A region drawn as a MultiPolygon with empty members");
    // The region is drawn where its one real member is: a click inside it opens its card.
    click_map_at(&mut harness, 46.4, 39.6, egui::Vec2::ZERO);
    assert_eq!(selected_place_id(&harness).as_deref(), Some("p2"));
}

/// A story folder of `events` events (story.json about 150 bytes each), written by the test.
fn large_story(events: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("sources")).unwrap();
    std::fs::copy(
        "tests/broken/valid/places.geojson",
        dir.path().join("places.geojson"),
    )
    .unwrap();
    std::fs::write(dir.path().join("sources/a.txt"), "Words.").unwrap();
    let events: Vec<serde_json::Value> = (0..events)
        .map(|i| {
            serde_json::json!({"id": format!("event-{i}"), "title": format!("Event number {i} of a long story"),
                "date": "2024-04-17", "status": "occurred", "places": ["p1"]})
        })
        .collect();
    let story = serde_json::json!({"format": "chronomap-story/1", "title": "A large story",
        "sources": [{"id": "s1", "title": "A", "publisher": "P", "published": "2024-04-17",
                     "language": "en", "file": "sources/a.txt"}],
        "events": events});
    std::fs::write(dir.path().join("story.json"), story.to_string()).unwrap();
    dir
}

/// Steps the window (as frames pass in real time) until `done`, for at most `seconds`.
fn step_until(
    harness: &mut Harness<'_, ChronomapApp>,
    seconds: u64,
    done: impl Fn(&ChronomapApp) -> bool,
) -> bool {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    while std::time::Instant::now() < deadline {
        harness.step();
        if done(harness.state()) {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    false
}

#[test]
fn a_large_last_story_reopens_in_the_background_on_start() {
    let big = large_story(20_000);
    let mut app = ChronomapApp::open(None).unwrap();
    let saved =
        serde_json::json!({"story": big.path(), "cursor": 0.0, "recent": [], "dark_theme": false});
    app.restore(&saved.to_string(), true);
    // Restoring did not wait for the story: the shipped one is shown while it opens.
    assert!(app.is_opening());
    assert_eq!(app.story().title, TITLE);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(|_cc| app);
    assert!(step_until(&mut harness, 60, |app| !app.is_opening()));
    harness.run();
    harness.get_by_label("A large story");
    assert_eq!(harness.state().story().events.len(), 20_000);
}

#[test]
fn a_large_story_opens_off_the_ui_thread_and_can_be_cancelled() {
    let big = large_story(20_000);
    assert!(chronomap::document::Document::is_large(big.path()));
    let mut harness = harness();
    let drop_big = |harness: &mut Harness<'_, ChronomapApp>| {
        harness
            .input_mut()
            .dropped_files
            .push(Arc::new(Dropped(big.path().to_path_buf())));
        // Steps, not run(): the spinner keeps asking for frames while the story loads. (A new
        // egui window is laid out unseen in its first frame.)
        for _ in 0..3 {
            harness.step();
        }
    };
    drop_big(&mut harness);
    // The window keeps drawing the open story, with the opening shown and a way out.
    assert!(harness.state().is_opening());
    harness.get_by_label("Opening a story");
    assert!(has_label_containing(
        &harness,
        "The story that is open stays open"
    ));
    harness.get_by_label(TITLE);
    assert!(step_until(&mut harness, 60, |app| !app.is_opening()));
    harness.run();
    harness.get_by_label("A large story");
    assert_eq!(harness.state().story().events.len(), 20_000);
    // What the first search and the first edit would build on the UI thread came with the story.
    assert!(harness.state().find_is_indexed());
    let lookups = &harness.state().story().lookups;
    assert!(lookups.event_ids.is_built() && lookups.quote_ids.is_built());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    harness
        .get_by_label("Find in the story")
        .type_text("number 19999");
    harness.run();
    assert!(has_label_containing(
        &harness,
        "Event number 19999 of a long story"
    ));
    assert!(
        harness.state().find_is_indexed(),
        "the index was used, not built again"
    );

    // Cancelled, the story that was open stays.
    harness
        .state_mut()
        .apply(Command::File(FileAction::OpenShipped));
    harness.run();
    drop_big(&mut harness);
    harness.get_by_label("Cancel").click();
    harness.step();
    harness.run();
    assert!(!harness.state().is_opening());
    std::thread::sleep(std::time::Duration::from_millis(500));
    harness.run();
    harness.get_by_label(TITLE);
}

#[test]
fn a_typed_path_imports_when_no_file_dialog_can_be_shown() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("rows.csv");
    std::fs::write(
        &csv,
        "date,title,place\n2024-04-18,Convoy reaches Goris,Goris\n",
    )
    .unwrap();
    let mut harness = harness();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open or import a path…").click();
    harness.run();
    harness.get_by_label("Path").click();
    harness.run();
    harness
        .get_by_label("Path")
        .type_text(csv.to_str().unwrap());
    harness.run();
    harness.get_by_label("Import events as CSV").click();
    harness.run();
    assert_eq!(harness.state().story().events.len(), 14);
    assert!(has_label_containing(
        &harness,
        "Imported events as CSV from"
    ));
}

/// A story titled `title` with no sources or events, whose places file is a GeoJSON fixture.
fn story_of_places(title: &str, fixture: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let story = serde_json::json!({ "format": "chronomap-story/1", "title": title,
        "sources": [], "events": [], "quotes": [] });
    std::fs::write(dir.path().join("story.json"), story.to_string()).unwrap();
    std::fs::copy(
        format!("tests/conformance/geojson/valid/{fixture}.geojson"),
        dir.path().join("places.geojson"),
    )
    .unwrap();
    dir
}

#[test]
fn a_place_from_any_geojson_shows_the_file_s_other_properties_on_its_card() {
    let dir = story_of_places("One town", "single-feature");
    let mut harness = harness();
    drop_on_window(&mut harness, dir.path());
    harness.get_by_label("One town");
    harness.state_mut().apply(Command::SelectPlace(Some(0)));
    harness.run();
    harness
        .get_by_label("Other properties in the file (2)")
        .click();
    harness.run();
    harness.get_by_label("population: 20591");
    harness.get_by_label("tags: [\"town\",\"border\"]");
}

#[test]
fn opening_places_without_ids_says_which_ids_were_made() {
    let dir = story_of_places("Towns without ids", "no-ids");
    let mut harness = harness();
    drop_on_window(&mut harness, dir.path());
    harness.get_by_label("Towns without ids");
    assert!(has_label_containing(
        &harness,
        "3 places had no id and got one from their name (goris, goris-2, khankendi-stepanakert)"
    ));
    harness.get_by_label("OK").click();
    harness.run();
    assert!(!has_label_containing(&harness, "had no id"));
}

#[test]
fn open_ended_and_set_dates_say_so_in_the_window() {
    let (_dir, story) = copy_story("data/karabakh");
    let path = story.join("story.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text
        .replacen("\"2020-11-10/2024-04-17\"", "\"2020-11-10/..\"", 1)
        .replacen(
            "\"date\": \"2023-09\"",
            "\"date\": \"[2023-09-19,2023-09-28]\"",
            1,
        );
    std::fs::write(&path, text).unwrap();
    let mut harness = harness();
    drop_on_window(&mut harness, &story);
    assert!(harness.state().problems().is_none());
    // The events list gives each date as it reads: an open end, a set's members.
    assert!(has_label_containing(&harness, "from 10 Nov 2020, ongoing"));
    assert!(has_label_containing(
        &harness,
        "one of: 19 Sep 2023, 28 Sep 2023"
    ));
}
