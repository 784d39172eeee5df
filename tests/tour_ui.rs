//! The tour in the window, through the real UI: stepping moves the cursor, the timeline and the
//! map and shows each step's quotes; a step made from the view is saved on disk, undone and
//! redone; steps are reordered and deleted; File → Publish writes the page.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::document::Document;
use chronomap::ui::ChronomapApp;
use common::{day, harness, harness_with, has_label_containing, replace_text, story_json};
use egui::Key;
use egui_kittest::kittest::Queryable;

type Harness = egui_kittest::Harness<'static, ChronomapApp>;

/// Runs frames until the map's move to a step ends (it takes 0.6 s of frames).
fn settle(harness: &mut Harness) {
    harness.run_steps(60);
    harness.run();
}

fn open_tour(harness: &mut Harness) {
    harness.get_by_label("Tour").click();
    harness.run();
}

/// A saved copy of the shipped story, opened in a window.
fn saved_shipped() -> (tempfile::TempDir, std::path::PathBuf, Harness) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("karabakh");
    Document::shipped().unwrap().save(Some(&folder)).unwrap();
    let harness = harness_with(ChronomapApp::open(Some(&folder)).unwrap());
    (dir, folder, harness)
}

#[test]
fn stepping_through_the_tour_moves_the_cursor_the_timeline_and_the_map() {
    let mut harness = harness();
    open_tour(&mut harness);
    assert!(has_label_containing(&harness, "7 steps"));
    harness.get_by_label("Start the tour →").click();
    settle(&mut harness);
    assert!(has_label_containing(&harness, "Step 1 of 7"));
    assert!(has_label_containing(
        &harness,
        "Autumn 2020: a six-week war"
    ));
    assert_eq!(harness.state().view().playback.cursor(), day("2020-09-01"));
    assert!(
        harness.state().timeline_is_zoomed(),
        "the timeline shows the step's window"
    );
    // The step's quotes, in the article's language, are shown with their source.
    assert!(has_label_containing(
        &harness,
        "« A l'automne 2020, un conflit de six semaines"
    ));

    harness.key_press(Key::PageDown);
    settle(&mut harness);
    assert!(has_label_containing(&harness, "Step 2 of 7"));
    assert_eq!(harness.state().view().playback.cursor(), day("2020-11-10"));
    // The map ended its move on the step's view: the places it fits are in sight.
    let app = harness.state();
    let [west, south, east, north] = app.map_view_box().unwrap();
    let fits = |lon: f64, lat: f64| west < lon && lon < east && south < lat && lat < north;
    assert!(
        fits(46.75, 39.82),
        "Stepanakert in view: {west} {south} {east} {north}"
    );
    assert!(east - west < 8.0, "zoomed on the region, not the world");

    harness.key_press(Key::PageUp);
    settle(&mut harness);
    assert!(has_label_containing(&harness, "Step 1 of 7"));
    harness.get_by_label("← Previous step").click();
    harness.run();
    assert!(
        has_label_containing(&harness, "Step 1 of 7"),
        "no step before the first"
    );

    // A step chosen in the list opens directly; its quote leads to its place in the source.
    harness
        .get_by_label("5. April 2024: the first departures")
        .click();
    settle(&mut harness);
    assert!(has_label_containing(&harness, "Step 5 of 7"));
    harness
        .query_all_by_label("Read in source")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert!(harness.state().view().focused_quote.is_some());
    assert_eq!(
        harness.state().view().tab,
        chronomap::ui::Tab::Reader,
        "the article opens at the quote"
    );
}

#[test]
fn a_step_made_from_the_view_is_saved_undone_and_redone() {
    let (_dir, folder, mut harness) = saved_shipped();
    // Look at Goris, selected, with the cursor on 17 April 2024.
    harness.get_by_label("Places").click();
    harness.run();
    harness.get_by_label("Goris (city)").click();
    harness.run();
    open_tour(&mut harness);
    harness.get_by_label("+ New step from this view").click();
    settle(&mut harness);
    assert!(has_label_containing(&harness, "New step"));
    replace_text(&mut harness, "Step title", "Goris, on the road to Armenia");
    replace_text(
        &mut harness,
        "Step text",
        "The town at the end of the corridor.",
    );
    // The form's list grows as things are added: its scrolling settles over a few frames.
    harness.get_by_label("+ events at the cursor").click();
    settle(&mut harness);
    harness.get_by_label("+ quotes of its events").click();
    settle(&mut harness);
    harness.get_by_label("Add step").click();
    settle(&mut harness);
    let story = harness.state().story();
    assert_eq!(story.steps.len(), 8);
    let step = story.steps.last().unwrap();
    assert_eq!(step.title, "Goris, on the road to Armenia");
    assert_eq!(step.window.edtf, "2024-04-17");
    assert!(
        matches!(step.view, chronomap::model::StepView::Bounds(_)),
        "the map's view"
    );
    assert_eq!(story.places[step.places[0]].id, "goris");
    assert!(!step.events.is_empty() && !step.quotes.is_empty());
    // Journaled as it was made, then saved with Ctrl+S.
    assert!(folder.join(chronomap::edit::journal::JOURNAL_FILE).exists());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().story().steps.len(), 7, "undone");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(harness.state().story().steps.len(), 8, "redone");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = story_json(&folder);
    let last = &saved["steps"][7];
    assert_eq!(last["title"], "Goris, on the road to Armenia");
    assert_eq!(last["window"], "2024-04-17");
    assert_eq!(last["places"][0], "goris");
    assert_eq!(last["view"]["bbox"].as_array().unwrap().len(), 4);
    assert!(Document::open(&folder).is_ok(), "the saved story loads");
}

#[test]
fn steps_are_reordered_edited_and_deleted_from_the_list() {
    let (_dir, folder, mut harness) = saved_shipped();
    open_tour(&mut harness);
    let titles = |harness: &Harness| -> Vec<String> {
        harness
            .state()
            .story()
            .steps
            .iter()
            .map(|s| s.title.clone())
            .collect()
    };
    let before = titles(&harness);
    harness
        .get_by_label("1. Autumn 2020: a six-week war")
        .click();
    settle(&mut harness);
    harness.get_by_label("↓ Later").click();
    harness.run();
    let after = titles(&harness);
    assert_eq!(after[0], before[1]);
    assert_eq!(after[1], before[0]);
    assert!(
        has_label_containing(&harness, "Step 2 of 7"),
        "the moved step is still shown"
    );

    harness
        .get_by_label("1. 10 November 2020: the declaration")
        .click();
    settle(&mut harness);
    harness.get_by_label("Edit step").click();
    harness.run();
    harness.run();
    replace_text(&mut harness, "Step window", "2020-11-10/2020-11-11");
    harness.get_by_label("Save step").click();
    harness.run();
    assert_eq!(
        harness.state().story().steps[0].window.edtf,
        "2020-11-10/2020-11-11"
    );

    harness
        .get_by_label("7. Where the two articles differ")
        .click();
    settle(&mut harness);
    harness.get_by_label("Delete step").click();
    harness.run();
    assert_eq!(harness.state().story().steps.len(), 6);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = story_json(&folder);
    assert_eq!(saved["steps"].as_array().unwrap().len(), 6);
    assert_eq!(saved["steps"][1]["id"], "war-2020", "moved second");
}

#[test]
fn publishing_from_the_window_writes_the_page() {
    let mut harness = harness();
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("karabakh.html");
    common::menu(&mut harness, "File", "Open or import a path…");
    replace_text(&mut harness, "Path", page.to_str().unwrap());
    harness.get_by_label("Publish as a web page here").click();
    harness.run();
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("Autumn 2020: a six-week war"));
    assert!(has_label_containing(
        &harness,
        "Published the story as one web page"
    ));
}
