//! The Conflicts window (issue 35, item 3): a merged story with conflicts opens with both sides of
//! each shown in words; *Take theirs* and *Take ours* settle them through undo and redo, and saving
//! writes the resolution, which then validates.
#![allow(clippy::unwrap_used)]

mod common;

use chronomap::ui::{ChronomapApp, Command};
use egui_kittest::kittest::Queryable;
use serde_json::json;
use std::path::{Path, PathBuf};

/// Ours retitled an event and deleted Shusha; theirs retitled it otherwise and added an event at
/// Shusha: merged as three folders, ours holds two conflicts.
fn merged() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let [base, ours, theirs] = ["base", "ours", "theirs"].map(|name| {
        let to = dir.path().join(name);
        common::copy_dir(Path::new("data/karabakh"), &to);
        to
    });
    common::edit_json(&ours.join("story.json"), |s| {
        s["events"][0]["title"] = json!("Reporter's title");
    });
    common::remove_place_by_hand(&ours, "shusha");
    common::edit_json(&theirs.join("story.json"), |s| {
        s["events"][0]["title"] = json!("Editor's title");
        s["events"].as_array_mut().unwrap().push(json!({
            "id": "at-shusha", "title": "Convoy at Shusha", "date": "2024-04-18",
            "status": "occurred", "places": ["shusha"], "quotes": [], "notes": ""}));
    });
    let folders = [&base, &ours, &theirs].map(|f| f.to_str().unwrap().to_owned());
    let out = common::chronomap(&["merge", &folders[0], &folders[1], &folders[2]]);
    assert_eq!(out.status.code(), Some(1), "{}", common::said(&out));
    (dir, ours)
}

fn conflict_count(harness: &common::AppHarness) -> usize {
    harness.state().story().conflicts.len()
}

#[test]
fn a_merged_story_opens_with_its_conflicts_side_by_side_and_each_is_settled_through_undo_and_save()
{
    let (_dir, ours) = merged();
    let mut harness = common::harness_with(ChronomapApp::open(Some(&ours)).unwrap());
    harness.run();
    assert!(common::window_shown(&harness, "Conflicts (2)"));
    // Both sides in words: the titles, and the deleted place beside the one kept.
    assert!(common::has_label_containing(&harness, "Reporter's title"));
    assert!(common::has_label_containing(&harness, "Editor's title"));
    assert!(common::has_label_containing(&harness, "deleted"));
    assert!(common::has_label_containing(&harness, "Shusha"));

    // The title: theirs.
    let takes: Vec<_> = harness.query_all_by_label("Take theirs").collect();
    assert_eq!(takes.len(), 2);
    takes[0].click();
    harness.run();
    let story = harness.state().story();
    assert_eq!(
        story
            .events
            .iter()
            .find(|e| e.id == "war-2020")
            .unwrap()
            .title,
        "Editor's title"
    );
    assert_eq!(conflict_count(&harness), 1);
    assert!(common::window_shown(&harness, "Conflicts (1)"));

    // Undo brings the conflict and our title back; redo settles it again.
    harness.state_mut().apply(Command::Undo);
    harness.run();
    assert_eq!(conflict_count(&harness), 2);
    let title = |h: &common::AppHarness| {
        let story = h.state().story();
        story
            .events
            .iter()
            .find(|e| e.id == "war-2020")
            .unwrap()
            .title
            .clone()
    };
    assert_eq!(title(&harness), "Reporter's title");
    harness.state_mut().apply(Command::Redo);
    harness.run();
    assert_eq!(title(&harness), "Editor's title");

    // The place: ours deleted it, so taking ours deletes it and the new event lets it go.
    harness.get_by_label("Take ours").click();
    harness.run();
    assert_eq!(conflict_count(&harness), 0);
    let story = harness.state().story();
    assert!(story.places.iter().all(|p| p.id != "shusha"));
    let convoy = story.events.iter().find(|e| e.id == "at-shusha").unwrap();
    assert!(convoy.places.is_empty());
    assert!(common::has_label_containing(&harness, "No conflict left"));

    harness
        .state_mut()
        .apply(Command::File(chronomap::ui::FileAction::Save));
    harness.run();
    let on_disk = common::story_json(&ours);
    assert!(on_disk.get("conflicts").is_none(), "{on_disk}");
    let places = common::places_geojson(&ours);
    assert!(places.get("conflicts").is_none());
    let validated = common::chronomap(&["validate", ours.to_str().unwrap()]);
    assert!(validated.status.success(), "{}", common::said(&validated));
}

#[test]
fn the_conflicts_window_speaks_french() {
    let (_dir, ours) = merged();
    chronomap::i18n::set_language(chronomap::i18n::Language::French);
    let mut harness = common::harness_with(ChronomapApp::open(Some(&ours)).unwrap());
    harness.run();
    assert!(common::window_shown(&harness, "Conflits (2)"));
    assert!(common::has_label_containing(
        &harness,
        "événement « Reporter's title »"
    ));
    assert!(common::has_label_containing(&harness, "lieu « Shusha »"));
    assert!(common::has_label_containing(&harness, "supprimé"));
    assert_eq!(harness.query_all_by_label("Prendre la leur").count(), 2);
    chronomap::i18n::set_language(chronomap::i18n::Language::English);
}

#[test]
fn edit_keeps_ours_and_opens_the_object_s_form_to_write_a_third_value() {
    let (_dir, ours) = merged();
    let mut harness = common::harness_with(ChronomapApp::open(Some(&ours)).unwrap());
    harness.run();
    harness
        .query_all_by_label("Edit…")
        .next()
        .expect("the title conflict's Edit…")
        .click();
    harness.run();
    assert_eq!(conflict_count(&harness), 1);
    assert!(common::window_shown(&harness, "Edit event"));
}
