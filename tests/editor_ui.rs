//! The editor through the real UI: a passage selected in the reader becomes the quote of a new,
//! dated, placed event; the story is saved with Ctrl+S and checked on disk; undo and redo; an
//! event changed and deleted from its form.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::document::Document;
use chronomap::ui::ChronomapApp;
use common::{
    AppHarness, harness, harness_with, has_label_containing, menu, replace_text, story_json,
};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use serde_json::Value;
use std::path::Path;

const TEXT: &str =
    "Hier, les soldats russes ont quitté Stepanakert. Le convoi est parti vers Goris.\n";
const FIRST_SENTENCE: &str = "Hier, les soldats russes ont quitté Stepanakert.";

/// A saved story of one source and one place, as a reporter starts one.
fn one_source_story(folder: &Path) {
    let mut doc = common::one_source_and_a_town(folder, "Le convoi", TEXT);
    doc.save(None).unwrap();
}

/// A headless window on a fresh one-source story (kept alive by the returned folder guard).
fn convoy() -> (tempfile::TempDir, std::path::PathBuf, Harness) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("convoy");
    one_source_story(&folder);
    let harness = harness_with(ChronomapApp::open(Some(&folder)).unwrap());
    (dir, folder, harness)
}

/// Opens "+ New event" and fills the title (and the date, when given).
fn new_event_form(harness: &mut Harness, title: &str, date: Option<&str>) {
    harness.get_by_label("+ New event").click();
    harness.run();
    harness.run();
    replace_text(harness, "Event title", title);
    if let Some(date) = date {
        replace_text(harness, "Event date", date);
    }
}

/// File → New story… with a title and a folder, created.
fn new_story(harness: &mut Harness, title: &str, folder: &Path) {
    menu(harness, "File", "New story…");
    replace_text(harness, "Story title", title);
    replace_text(harness, "Story folder", folder.to_str().unwrap());
    harness.get_by_label("Create story").click();
    harness.run();
}

/// File → Add source… with TEXT pasted, a title, a date and French.
fn paste_source(harness: &mut Harness) {
    menu(harness, "File", "Add source…");
    replace_text(harness, "Source text to add", TEXT.trim_end());
    replace_text(harness, "Source title", "Le convoi");
    replace_text(harness, "Source publication date", "2024-04-17");
    replace_text(harness, "Source language", "fr");
    harness.get_by_label("Add the source").click();
    harness.run();
}

type Harness = egui_kittest::Harness<'static, ChronomapApp>;

fn select_first_sentence(harness: &mut Harness) {
    harness.get_by_label("Source").click();
    harness.run();
    harness.get_by_label("Select text to quote").click();
    harness.run();
    harness.get_by_label("Source text").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    // From the end of the text back to the end of the first sentence.
    for _ in 0..TEXT.chars().count() - FIRST_SENTENCE.chars().count() {
        harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
    }
    harness.run();
}

#[test]
fn a_selected_passage_becomes_a_dated_placed_event_saved_on_disk() {
    let (_dir, folder, mut harness) = convoy();
    select_first_sentence(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    // A new window needs a frame to appear.
    harness.run();
    harness.run();
    assert!(has_label_containing(&harness, "New event"));
    assert!(has_label_containing(&harness, FIRST_SENTENCE));
    // The place the passage names is ticked already; the date starts at the publication day.
    assert_eq!(harness.state().story().places[0].name, "Stepanakert");
    replace_text(
        &mut harness,
        "Event title",
        "Russian soldiers leave Stepanakert",
    );
    replace_text(&mut harness, "Event date", "2024-04-16");
    assert!(has_label_containing(
        &harness,
        "Tuesday 16 April 2024, one day"
    ));
    harness.get_by_label("Add event").click();
    harness.run();
    assert!(harness.state().is_dirty());
    assert!(has_label_containing(&harness, "unsaved changes"));
    // Nothing is written until the story is saved.
    assert_eq!(story_json(&folder)["events"], Value::Array(vec![]));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!harness.state().is_dirty());
    let saved = story_json(&folder);
    let event = &saved["events"][0];
    assert_eq!(event["title"], "Russian soldiers leave Stepanakert");
    assert_eq!(event["date"], "2024-04-16");
    assert_eq!(event["places"], serde_json::json!(["stepanakert"]));
    let quote_id = &event["quotes"][0];
    let quote = saved["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| &q["id"] == quote_id)
        .unwrap();
    assert_eq!(quote["exact"], FIRST_SENTENCE);
    assert_eq!(quote["start"], 0);
    // The source's text on disk is as it was.
    let file = saved["sources"][0]["file"].as_str().unwrap();
    assert_eq!(std::fs::read_to_string(folder.join(file)).unwrap(), TEXT);
    // And the saved story opens with the event where it was made.
    let reopened = Document::open(&folder).unwrap();
    assert_eq!(
        reopened.story().events[0].title,
        "Russian soldiers leave Stepanakert"
    );
}

#[test]
fn undo_and_redo_take_back_and_bring_back_an_edit() {
    let (_dir, _, mut harness) = convoy();
    select_first_sentence(&mut harness);
    harness.get_by_label("Quote the selection").click();
    harness.run();
    harness.run();
    replace_text(&mut harness, "Event title", "Soldiers leave");
    harness.get_by_label("Add event").click();
    harness.run();
    assert_eq!(harness.state().story().events.len(), 1);
    assert_eq!(harness.state().story().quotes.len(), 1);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().story().events.is_empty());
    assert!(
        harness.state().story().quotes.is_empty(),
        "the quote goes with its event"
    );
    assert!(!harness.state().is_dirty(), "back to the saved story");
    assert!(has_label_containing(&harness, "Undone: add event"));

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(harness.state().story().events.len(), 1);
    assert!(harness.state().is_dirty());
}

#[test]
fn an_event_is_changed_and_deleted_from_its_form_and_undo_restores_it() {
    let mut harness = harness_with(ChronomapApp::open(None).unwrap());
    let events = harness.state().story().events.len();
    let first = harness.state().story().events[0].title.clone();
    harness
        .query_all_by_label_contains(&first)
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label("Edit event").click();
    harness.run();
    assert!(has_label_containing(&harness, "Edit event"));
    replace_text(&mut harness, "Event date", "2030");
    assert!(has_label_containing(&harness, "the year 2030"));
    harness.get_by_label("Save changes").click();
    harness.run();
    let story = harness.state().story();
    assert_eq!(
        story.events.last().unwrap().title,
        first,
        "moved to its new date"
    );
    assert_eq!(story.events.last().unwrap().date.edtf, "2030");

    let last = story.events.len() - 1;
    harness
        .state_mut()
        .apply(chronomap::ui::Command::SelectEvent(last));
    harness.run();
    harness.get_by_label("Edit event").click();
    harness.run();
    harness.get_by_label("Delete event").click();
    harness.run();
    assert_eq!(harness.state().story().events.len(), events - 1);

    harness.get_by_label("Edit").click();
    harness.run();
    harness
        .query_all_by_label_contains("Undo remove event")
        .next()
        .expect("the Edit menu names what Undo undoes")
        .click();
    harness.run();
    assert_eq!(harness.state().story().events.len(), events);
    assert_eq!(harness.state().story().events.last().unwrap().title, first);
}

#[test]
fn a_date_that_is_not_edtf_is_explained_and_nothing_is_added() {
    let mut harness = harness_with(ChronomapApp::open(None).unwrap());
    let events = harness.state().story().events.len();
    new_event_form(&mut harness, "Something", Some("17 avril"));
    assert!(has_label_containing(
        &harness,
        "\"17 avril\" is not EDTF: whitespace is not allowed, at character 3"
    ));
    harness.get_by_label("Add event").click();
    harness.run();
    assert_eq!(harness.state().story().events.len(), events);
    assert!(
        has_label_containing(&harness, "New event"),
        "the form stays open"
    );
}

#[test]
fn a_new_story_gets_a_pasted_source_with_its_capture_record() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("new");
    let mut harness = harness_with(ChronomapApp::open(None).unwrap());
    new_story(&mut harness, "Convoy watch", &folder);
    assert_eq!(harness.state().story().title, "Convoy watch");
    assert_eq!(story_json(&folder)["title"], "Convoy watch");

    paste_source(&mut harness);
    assert_eq!(harness.state().story().sources.len(), 1);
    assert!(harness.state().is_dirty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();

    let saved = story_json(&folder);
    let source = &saved["sources"][0];
    assert_eq!(source["title"], "Le convoi");
    let on_disk = std::fs::read(folder.join(source["file"].as_str().unwrap())).unwrap();
    assert_eq!(on_disk, TEXT.trim_end().as_bytes());
    assert_eq!(
        source["capture"]["sha256"],
        chronomap::provenance::sha256_hex(&on_disk)
    );
    assert_eq!(
        Document::open(&folder).unwrap().story().sources[0].text,
        TEXT.trim_end()
    );
}

#[test]
fn opening_another_story_with_unsaved_changes_asks_first() {
    let (_dir, folder, mut harness) = convoy();
    new_event_form(&mut harness, "A convoy leaves", None);
    harness.get_by_label("Add event").click();
    harness.run();
    assert!(harness.state().is_dirty());

    menu(&mut harness, "File", "Open the shipped story");
    assert!(has_label_containing(
        &harness,
        "has changes that are not saved"
    ));
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().story().title, "Convoy", "nothing was lost");
    assert!(harness.state().is_dirty());

    menu(&mut harness, "File", "Open the shipped story");
    harness.get_by_label("Save").click();
    harness.run();
    assert_eq!(harness.state().story().title, common::TITLE);
    assert_eq!(story_json(&folder)["events"][0]["title"], "A convoy leaves");
}

#[test]
fn discarding_unsaved_changes_leaves_the_folder_as_last_saved() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("convoy");
    one_source_story(&folder);
    let before = std::fs::read(folder.join("story.json")).unwrap();
    let mut harness = harness_with(ChronomapApp::open(Some(&folder)).unwrap());
    new_event_form(&mut harness, "Not kept", None);
    harness.get_by_label("Add event").click();
    harness.run();
    menu(&mut harness, "File", "Open the shipped story");
    harness.get_by_label("Discard changes").click();
    harness.run();
    assert_eq!(harness.state().story().title, common::TITLE);
    assert_eq!(std::fs::read(folder.join("story.json")).unwrap(), before);
}

fn places_geojson(folder: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(folder.join("places.geojson")).unwrap()).unwrap()
}

#[test]
fn a_point_and_an_area_drawn_on_the_map_become_places() {
    let (_dir, folder, mut harness) = convoy();
    let zero = egui::Vec2::ZERO;

    harness.get_by_label("Point").click();
    harness.run();
    assert!(has_label_containing(
        &harness,
        "Click the map where the place is"
    ));
    common::click_map_at(&mut harness, 46.6, 39.7, zero);
    harness.run();
    assert!(has_label_containing(&harness, "New place"));
    replace_text(&mut harness, "Place name", "Checkpoint");
    harness.get_by_label("Add place").click();
    harness.run();

    harness.get_by_label("Area").click();
    harness.run();
    for (lon, lat) in [(46.6, 39.9), (46.9, 39.9), (46.9, 39.7)] {
        common::click_map_at(&mut harness, lon, lat, zero);
    }
    assert!(has_label_containing(&harness, "3 so far"));
    harness.get_by_label("Finish").click();
    harness.run();
    harness.run();
    replace_text(&mut harness, "Place name", "Search area");
    harness.get_by_label("Add place").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();

    let places = places_geojson(&folder);
    let features = places["features"].as_array().unwrap();
    let named = |name: &str| {
        features
            .iter()
            .find(|f| f["properties"]["name"] == name)
            .unwrap_or_else(|| panic!("{name} saved"))
    };
    let point = &named("Checkpoint")["geometry"];
    assert_eq!(point["type"], "Point");
    let (lon, lat) = (
        point["coordinates"][0].as_f64().unwrap(),
        point["coordinates"][1].as_f64().unwrap(),
    );
    assert!(
        (lon - 46.6).abs() < 0.01 && (lat - 39.7).abs() < 0.01,
        "{lon} {lat}"
    );
    assert_eq!(named("Checkpoint")["properties"]["kind"], "city");
    let area = &named("Search area");
    assert_eq!(area["geometry"]["type"], "Polygon");
    let ring = area["geometry"]["coordinates"][0].as_array().unwrap();
    assert_eq!(ring.len(), 4, "three vertices, closed");
    assert_eq!(ring[0], ring[3]);
    assert_eq!(area["properties"]["approximate"], true);
}

#[test]
fn a_place_is_renamed_from_its_card_and_deleted_with_its_references() {
    let (_dir, _, mut harness) = convoy();
    harness
        .state_mut()
        .apply(chronomap::ui::Command::SelectPlace(Some(0)));
    harness.run();
    harness.get_by_label("Edit place").click();
    harness.run();
    harness.run();
    replace_text(&mut harness, "Place aliases", "Khankendi, Xankəndi");
    harness.get_by_label("Save place").click();
    harness.run();
    assert_eq!(
        harness.state().story().places[0].aliases,
        ["Khankendi", "Xankəndi"]
    );
    harness.get_by_label("Edit place").click();
    harness.run();
    harness.run();
    harness.get_by_label("Delete place").click();
    harness.run();
    assert!(harness.state().story().places.is_empty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().story().places[0].name, "Stepanakert");
}

#[test]
fn two_quotes_of_two_sources_become_a_claim_in_sources_compared() {
    let mut harness = harness_with(ChronomapApp::open(None).unwrap());
    let claims = harness.state().story().claims.len();
    harness.get_by_label("Sources compared").click();
    harness.run();
    harness.get_by_label("+ Sources differ…").click();
    harness.run();
    harness.run();
    replace_text(&mut harness, "Claim topic", "Who answered the press");
    let story = common::shipped_story();
    let labels: Vec<String> = story.sources.iter().map(|s| s.label.clone()).collect();
    // A quote's checkbox shows its first 70 characters.
    let first_quote = |source: usize| {
        let q = story
            .quotes
            .iter()
            .filter(|q| q.source == source)
            .min_by_key(|q| q.start)
            .unwrap();
        let mut shown: String = q.exact.chars().take(70).collect();
        if q.exact.chars().count() > 70 {
            shown.push('…');
        }
        shown
    };
    for (source, value) in [(0, "the Kremlin, to the press"), (1, "Peskov, to Interfax")] {
        replace_text(
            &mut harness,
            &format!("Statement of {}", labels[source]),
            value,
        );
        harness
            .get_by_role_and_label(egui::accesskit::Role::CheckBox, &first_quote(source))
            .click();
        harness.run();
    }
    harness.get_by_label("Add claim").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.story().claims.len(), claims + 1);
    let claim = app.story().claims.last().unwrap();
    assert_eq!(claim.topic, "Who answered the press");
    let sources: Vec<usize> = claim.statements.iter().map(|s| s.source).collect();
    assert_eq!(sources, [0, 1]);
    for statement in &claim.statements {
        assert!(
            statement
                .quotes
                .iter()
                .all(|&q| app.story().quotes[q].source == statement.source)
        );
        assert_eq!(statement.quotes.len(), 1);
    }
    assert!(has_label_containing(&harness, "Who answered the press"));
}

#[test]
fn the_whole_flow_from_nothing_to_a_saved_story_that_reopens_equal() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("from-scratch");
    let mut harness = harness_with(ChronomapApp::open(None).unwrap());
    // New story.
    new_story(&mut harness, "Convoy to Goris", &folder);
    // A source, pasted.
    paste_source(&mut harness);
    // A place from the gazetteer.
    harness.get_by_label("By name…").click();
    harness.run();
    harness.run();
    replace_text(&mut harness, "Gazetteer search", "Goris");
    harness
        .query_all_by_label_contains("Goris (AM)")
        .next()
        .expect("Goris, Armenia is in the gazetteer")
        .click();
    harness.run();
    harness.get_by_label("Add place").click();
    harness.run();
    let goris = &harness.state().story().places[0];
    assert_eq!(goris.name, "Goris");
    assert!(goris.aliases.iter().any(|a| a == "Горис"));
    // A passage quoted as the evidence of a dated event at that place.
    harness.get_by_label("Source").click();
    harness.run();
    harness.get_by_label("Select text to quote").click();
    harness.run();
    harness.get_by_label("Source text").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    harness.run();
    assert_eq!(harness.state().story().places.len(), 1);
    replace_text(&mut harness, "Event title", "Convoy leaves for Goris");
    replace_text(&mut harness, "Event date", "2024-04-16~");
    assert!(has_label_containing(&harness, "approximate"));
    harness.get_by_label("Add event").click();
    harness.run();
    let event = &harness.state().story().events[0];
    assert_eq!(
        event.places,
        [0],
        "the passage names Goris, so the event is placed there"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();

    let edited = chronomap::formats::story_out::StoryOut::from_story(harness.state().story());
    let reopened = Document::open(&folder).unwrap();
    let again = chronomap::formats::story_out::StoryOut::from_story(reopened.story());
    assert_eq!(
        edited.into_file_list(),
        again.into_file_list(),
        "reopens equal"
    );
    let point = &places_geojson(&folder)["features"][0]["geometry"]["coordinates"];
    assert_eq!(point[0].as_f64().unwrap(), 46.34168);
}

#[test]
fn dragging_the_selected_point_moves_it_as_one_edit() {
    let (_dir, _, mut harness) = convoy();
    harness
        .state_mut()
        .apply(chronomap::ui::Command::SelectPlace(Some(0)));
    harness.run();
    let from = harness.state().map_screen_position(46.75, 39.82).unwrap();
    let to = harness.state().map_screen_position(46.90, 39.70).unwrap();
    harness.drag_at(from);
    harness.run();
    for step in 1..=4 {
        harness.hover_at(from + (to - from) * (step as f32 / 4.0));
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
    let moved = match &harness.state().story().places[0].geometry {
        geo::Geometry::Point(p) => (p.x(), p.y()),
        other => panic!("still a point: {other:?}"),
    };
    assert!(
        (moved.0 - 46.90).abs() < 0.01 && (moved.1 - 39.70).abs() < 0.01,
        "{moved:?}"
    );
    // The map did not pan meanwhile: the old position is where it was on screen.
    assert!((harness.state().map_screen_position(46.75, 39.82).unwrap() - from).length() < 1.0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    match &harness.state().story().places[0].geometry {
        geo::Geometry::Point(p) => assert_eq!((p.x(), p.y()), (46.75, 39.82)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_precision_buttons_rewrite_the_date_and_say_what_it_means() {
    let mut harness = harness_with(ChronomapApp::open(None).unwrap());
    harness.get_by_label("+ New event").click();
    harness.run();
    harness.run();
    replace_text(&mut harness, "Event date", "2020-10-15");
    for (button, meaning) in [
        (
            "season",
            "autumn 2020 (Sep – Nov 2020): 1 Sep 2020 – 30 Nov 2020 (91 days)",
        ),
        (
            "month",
            "September 2020: 1 Sep 2020 – 30 Sep 2020 (30 days)",
        ),
        ("year", "the year 2020: 1 Jan 2020 – 31 Dec 2020 (366 days)"),
        (
            "range",
            "from one date to another: 1 Jan 2020 – 31 Dec 2020 (366 days)",
        ),
    ] {
        harness.get_by_label(button).click();
        harness.run();
        assert!(
            has_label_containing(&harness, meaning),
            "{button}: {meaning}"
        );
    }
    harness.get_by_label("approximate").click();
    harness.run();
    assert!(has_label_containing(&harness, "(366 days), approximate"));
}

#[test]
fn a_passage_can_back_an_existing_event() {
    let (_dir, _, mut harness) = convoy();
    new_event_form(&mut harness, "Convoy leaves", Some("2024-04-16"));
    harness.get_by_label("Add event").click();
    harness.run();
    assert!(harness.state().story().events[0].quotes.is_empty());

    select_first_sentence(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    harness.run();
    harness.get_by_label("The event this passage backs").click();
    harness.run();
    harness
        .query_all_by_label_contains("16 Apr 2024 · Convoy leaves")
        .last()
        .expect("the event is offered")
        .click();
    harness.run();
    harness.get_by_label("Add the quote to this event").click();
    harness.run();
    let story = harness.state().story();
    assert_eq!(story.events.len(), 1, "no new event");
    assert_eq!(
        story.quotes[story.events[0].quotes[0]].exact,
        FIRST_SENTENCE
    );
    assert!(has_label_containing(&harness, "Done: add quote to event"));
}

#[test]
fn a_suggested_event_is_accepted_through_the_event_form_and_then_known() {
    let mut harness = harness_with(ChronomapApp::open(None).unwrap());
    let story = common::shipped_story();
    let anon = story.sources.iter().position(|s| s.id == "anon").unwrap();
    let list = chronomap::suggest::for_source(&story, anon).unwrap();
    let heading = list
        .iter()
        .position(|s| s.quote == "La mission devait prendre fin en 2025")
        .unwrap();
    let events = story.events.len();

    harness.get_by_label("Source").click();
    harness.run();
    harness.get_by_label("Suggest events").click();
    harness.run();
    assert!(has_label_containing(&harness, "to review"));
    assert!(has_label_containing(&harness, "already in the story"));
    harness
        .get_by_label(&format!("Accept {}", heading + 1))
        .click();
    harness.run();
    harness.run();
    assert!(has_label_containing(&harness, "Quote from"));
    assert!(has_label_containing(&harness, "the year 2025"));
    harness.get_by_label("Add event").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.story().events.len(), events + 1);
    let added = app
        .story()
        .events
        .iter()
        .find(|e| e.notes.starts_with("Suggested"))
        .unwrap();
    assert_eq!(added.status, chronomap::model::Status::Planned);
    assert_eq!(
        app.story().quotes[added.quotes[0]].exact,
        "La mission devait prendre fin en 2025"
    );
    // Accepted, it is now one of the story's events, not offered again.
    assert!(
        harness
            .query_by_label(&format!("Accept {}", heading + 1))
            .is_none()
    );
    // Undo takes it back like any edit.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().story().events.len(), events);
    harness
        .get_by_label(&format!("Dismiss {}", heading + 1))
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label(&format!("Accept {}", heading + 1))
            .is_none()
    );
}

#[test]
fn a_right_click_on_the_selected_text_offers_to_quote_it() {
    let (_dir, _, mut harness) = convoy();
    select_first_sentence(&mut harness);
    harness.get_by_label("Source text").click_secondary();
    harness.run();
    harness.run();
    harness
        .get_by_label("Quote the selection as evidence")
        .click();
    harness.run();
    harness.run();
    assert!(has_label_containing(&harness, FIRST_SENTENCE));
    assert!(has_label_containing(&harness, "Quote from"));
}

/// The window's close button (or File → Quit), as the system reports it: asked once.
fn close_window(harness: &mut Harness) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    // The window asked to close once; the request is not repeated.
    for viewport in harness.input_mut().viewports.values_mut() {
        viewport.events.clear();
    }
    harness.run();
    harness.run();
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let (_dir, folder, mut harness) = convoy();
    new_event_form(&mut harness, "Closing soon", None);
    harness.get_by_label("Add event").click();
    harness.run();
    close_window(&mut harness);
    assert!(has_label_containing(
        &harness,
        "has changes that are not saved"
    ));
    harness.get_by_label("Save").click();
    // Saved, the window now closes (it asks the system every frame until it does).
    harness.step();
    harness.step();
    let closing = harness.output().viewport_output.values().any(|v| {
        v.commands
            .iter()
            .any(|c| matches!(c, egui::ViewportCommand::Close))
    });
    assert!(closing, "the window is told to close once saved");
    assert_eq!(story_json(&folder)["events"][0]["title"], "Closing soon");
    assert!(!harness.state().is_dirty());
}

#[test]
fn changes_discarded_on_closing_are_not_offered_back() {
    let (_dir, folder, mut harness) = convoy();
    let saved = std::fs::read(folder.join("story.json")).unwrap();
    new_event_form(&mut harness, "Given up", None);
    harness.get_by_label("Add event").click();
    harness.run();
    let journal = folder.join(chronomap::edit::journal::JOURNAL_FILE);
    assert!(journal.exists(), "the edit was journaled as it was made");
    close_window(&mut harness);
    harness.get_by_label("Discard changes").click();
    // The window now closes (it asks the system every frame until it does).
    harness.step();
    harness.step();
    assert!(!journal.exists(), "discarding ends the journal");
    assert_eq!(std::fs::read(folder.join("story.json")).unwrap(), saved);

    let reopened = chronomap::document::Document::open(&folder).unwrap();
    assert!(reopened.unsaved_edits().unwrap().is_empty());
    let harness = harness_with(ChronomapApp::open(Some(&folder)).unwrap());
    assert_eq!(
        harness.state().recovery_offered(),
        None,
        "nothing offered back"
    );
    assert!(!has_label_containing(&harness, "closed without saving"));
}

#[test]
fn the_gazetteer_finds_the_regions_capital_by_any_name_and_the_town_of_that_name_first() {
    let mut harness = harness();
    harness.get_by_label("By name…").click();
    harness.run();
    harness.run();
    let first_result = |harness: &AppHarness| {
        harness
            .query_all_by_label_contains(" people · ")
            .next()
            .and_then(|node| node.accesskit_node().label())
            .unwrap_or_default()
    };
    for name in ["Stepanakert", "Khankendi", "Xankəndi"] {
        replace_text(&mut harness, "Gazetteer search", name);
        let label = first_result(&harness);
        assert!(label.starts_with("Khankendi"), "{name}: {label}");
        assert!(label.contains("(AZ)"), "{label}");
    }
    assert!(first_result(&harness).starts_with("Khankendi, also Xankəndi (AZ)"));
    // Gori (Georgia) is also called Goris and is larger; the town named Goris comes first.
    replace_text(&mut harness, "Gazetteer search", "Goris");
    assert!(first_result(&harness).starts_with("Goris (AM)"));
    // Towns near the story's places come first: "Gor" lists Goris, which larger towns elsewhere
    // would push out of the list.
    replace_text(&mut harness, "Gazetteer search", "Gor");
    assert!(has_label_containing(&harness, "Goris (AM)"));
}

#[test]
fn a_long_pasted_article_leaves_the_add_button_in_the_window() {
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1000.0, 640.0))
        .build_ui_state(
            |ui, app: &mut ChronomapApp| app.update(ui),
            ChronomapApp::open(None).unwrap(),
        );
    harness.run();
    menu(&mut harness, "File", "Add source…");
    // About 12 KB, as an article pasted from a browser is.
    let article = include_str!("../data/karabakh/sources/000_dfcbaef0274c1e9b.txt").repeat(5);
    replace_text(&mut harness, "Source text to add", &article);
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1000.0, 640.0));
    for button in ["Add the source", "Cancel"] {
        let rect = harness.get_by_label(button).rect();
        assert!(
            window.contains_rect(rect),
            "{button} at {rect:?} is outside the window"
        );
    }
    // And the button works from there: the story gains the source.
    replace_text(&mut harness, "Source title", "Long");
    replace_text(&mut harness, "Source publication date", "2024-04-17");
    harness.get_by_label("Add the source").click();
    harness.run();
    assert_eq!(harness.state().story().sources.len(), 3);
    assert_eq!(harness.state().story().sources[2].text, article);
}

#[test]
fn a_new_story_goes_to_its_first_source_s_day_and_new_events_default_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_with(ChronomapApp::open(None).unwrap());
    new_story(&mut harness, "Convoy", &dir.path().join("convoy"));
    // Nothing is dated yet: the timeline says what gives it a day, instead of ticks of year 0.
    assert!(has_label_containing(&harness, "Nothing is dated yet"));
    paste_source(&mut harness);
    assert!(!has_label_containing(&harness, "Nothing is dated yet"));
    assert_eq!(harness.state().story().sources.len(), 1);
    assert_eq!(
        harness.state().cursor_day(),
        common::day("2024-04-17") as i32
    );
    menu(&mut harness, "Edit", "New event…");
    replace_text(&mut harness, "Event title", "Convoy leaves");
    harness.get_by_label("Add event").click();
    harness.run();
    let event = &harness.state().story().events[0];
    assert_eq!(event.date.edtf, "2024-04-17");
}
