//! Review changes and History in the window (issue 35, items 3 and 4): the open story (unsaved
//! edits included) against the last commit, a day or another folder, each change leading to its
//! object; an event's card saying who changed it, commit by commit, read from a real repository.
#![allow(clippy::unwrap_used)]

mod common;

use chronomap::ui::{ChronomapApp, Command, TeamCommand};
use egui_kittest::kittest::Queryable;
use std::path::Path;

fn git(folder: &Path, author: &str, args: &[&str]) {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(folder)
        .args(["-c", &format!("user.name={author}")])
        .args(["-c", "user.email=someone@example.org"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::said(&out));
}

/// The shipped story committed by Origin, then the war's title changed and committed by Ana Diaz.
fn repository() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, folder) = common::copy_story("data/karabakh");
    git(&folder, "Origin", &["init", "-q"]);
    git(&folder, "Origin", &["add", "-A"]);
    git(&folder, "Origin", &["commit", "-q", "-m", "the story"]);
    let file = folder.join("story.json");
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text.replacen("Six-week war between", "Six weeks of war between", 1);
    std::fs::write(&file, text).unwrap();
    git(
        &folder,
        "Ana Diaz",
        &["commit", "-q", "-am", "a better title"],
    );
    (dir, folder)
}

fn retitle(harness: &mut common::AppHarness, id: &str, title: &str) {
    let story = harness.state().story();
    let e = story.events.iter().position(|e| e.id == id).unwrap();
    let mut draft = chronomap::edit::make::EventDraft::of(&story.events[e]);
    draft.record.title = title.to_owned();
    let edit = chronomap::edit::make::change_event(story, e, &draft).unwrap();
    harness.state_mut().apply(Command::Edit(Box::new(edit)));
    harness.run();
}

#[test]
fn review_changes_shows_the_unsaved_edit_against_the_last_commit_and_leads_to_the_event() {
    let (_dir, folder) = repository();
    // Goris moved in the files since the last commit (about 5.4 km north-west).
    let places = folder.join("places.geojson");
    let mut geojson = common::places_geojson(&folder);
    for feature in geojson["features"].as_array_mut().unwrap() {
        if feature["id"] == "goris" {
            feature["geometry"]["coordinates"] = serde_json::json!([46.30, 39.55]);
        }
    }
    std::fs::write(&places, serde_json::to_string(&geojson).unwrap()).unwrap();
    let mut harness = common::harness_with(ChronomapApp::open(Some(&folder)).unwrap());
    retitle(&mut harness, "peacekeepers-deployed", "Peacekeepers arrive");
    common::menu(&mut harness, "View", "Review changes");
    harness.get_by_label("Compare").click();
    harness.run();
    assert!(common::has_label_containing(
        &harness,
        "2 objects added, changed or removed"
    ));
    assert!(common::has_label_containing(
        &harness,
        "(its centre moved 5.4 km)"
    ));
    let goris = harness
        .state()
        .story()
        .places
        .iter()
        .position(|p| p.id == "goris");
    assert_eq!(harness.state().view().reviewed.places, vec![goris.unwrap()]);
    assert!(common::has_label_containing(
        &harness,
        "title: Russian peacekeepers deployed to Karabakh → Peacekeepers arrive"
    ));
    // The changed event is marked on the timeline; another edit is followed by the review.
    let marked = &harness.state().view().reviewed.events;
    let story = harness.state().story();
    assert_eq!(marked.len(), 1);
    assert_eq!(story.events[marked[0]].id, "peacekeepers-deployed");
    retitle(&mut harness, "trilateral-declaration", "The declaration");
    assert!(common::has_label_containing(
        &harness,
        "3 objects added, changed or removed"
    ));
    assert_eq!(harness.state().view().reviewed.events.len(), 2);
    harness.state_mut().apply(Command::Undo);
    harness.run();
    harness
        .query_all_by_label_contains("« Peacekeepers arrive »")
        .next()
        .unwrap()
        .click();
    harness.run();
    let app = harness.state();
    let selected = app.view().selected_event.unwrap();
    assert_eq!(app.story().events[selected].id, "peacekeepers-deployed");

    // By a day: today's last commit is the second, so the same changes show again.
    let today = chrono::Local::now().format("%Y-%m-%d").to_string();
    harness
        .state_mut()
        .apply(Command::Team(TeamCommand::Review(today)));
    harness.run();
    assert!(common::has_label_containing(
        &harness,
        "2 objects added, changed or removed"
    ));
    harness
        .state_mut()
        .apply(Command::Team(TeamCommand::Review("1999-01-01".to_owned())));
    harness.run();
    assert!(common::has_label_containing(
        &harness,
        "no commit of this story was made on or before 1999-01-01"
    ));
    // Another folder: the shipped story, where the war still has its first title.
    let shipped = std::fs::canonicalize("data/karabakh").unwrap();
    harness.state_mut().apply(Command::Team(TeamCommand::Review(
        shipped.display().to_string(),
    )));
    harness.run();
    assert!(common::has_label_containing(
        &harness,
        "3 objects added, changed or removed"
    ));
    assert!(common::has_label_containing(&harness, "Six weeks of war"));
}

#[test]
fn an_event_s_card_says_who_changed_it_commit_by_commit() {
    let (_dir, folder) = repository();
    let mut app = ChronomapApp::open(Some(&folder)).unwrap();
    app.apply(Command::GoToDate("2020-09-27".to_owned()));
    let mut harness = common::harness_with(app);
    harness.get_by_label("History").click();
    // Read off the UI thread, with a spinner meanwhile: step frames until it is there.
    for _ in 0..400 {
        harness.step();
        if common::has_label_containing(&harness, "Ana Diaz") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    harness.run();
    assert!(common::has_label_containing(
        &harness,
        "· Ana Diaz — a better title"
    ));
    assert!(common::has_label_containing(
        &harness,
        "· Origin — the story"
    ));
    assert!(common::has_label_containing(
        &harness,
        "title: Six-week war between Azerbaijan and the Armenian forces of Karabakh → Six weeks of war"
    ));
}
