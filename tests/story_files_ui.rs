//! A story's files through the real UI: a new story and its pasted source, forms that fit the
//! window, and unsaved changes asked about before another story opens or the window closes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::document::Document;
use chronomap::ui::ChronomapApp;
use common::{
    AppHarness, CONVOY_TEXT as TEXT, convoy, harness_with, has_label_containing, menu,
    new_event_form, new_story, paste_source, replace_text, story_json,
};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

type Harness = AppHarness;

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
    common::convoy_story(&folder);
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
