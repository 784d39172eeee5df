//! Nothing is lost when the app is killed mid-edit: a child process runs the app on a story, makes
//! an edit through the UI, and is killed (SIGKILL) without saving; the next start offers the edit
//! back and restores it. A journal that follows another version of story.json is not replayed.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::document::Document;
use chronomap::edit::journal::JOURNAL_FILE;
use chronomap::edit::make;
use chronomap::ui::ChronomapApp;
use common::{harness_with, has_label_containing};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use std::path::Path;
use std::time::{Duration, Instant};

const CHILD_FOLDER: &str = "CHRONOMAP_TEST_CHILD_FOLDER";

/// A saved copy of the shipped story in `folder`.
fn saved_story(folder: &Path) {
    let mut doc = Document::shipped().unwrap();
    doc.save(Some(folder)).unwrap();
}

/// The child's part: open the story, add an event through the UI, say so, and wait to be killed.
#[test]
#[ignore = "run as a child process by a_killed_app_s_edits_are_offered_back_and_restored"]
fn child_edits_and_waits_to_be_killed() {
    let Ok(folder) = std::env::var(CHILD_FOLDER) else {
        return;
    };
    let folder = Path::new(&folder);
    let mut harness = harness_with(ChronomapApp::open(Some(folder)).unwrap());
    harness.get_by_label("+ New event").click();
    harness.run();
    harness.run();
    harness.get_by_label("Event title").focus();
    harness.run();
    harness
        .get_by_label("Event title")
        .type_text("Edit made before the crash");
    harness.run();
    harness.get_by_label("Event date").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Event date").type_text("2024-04-18");
    harness.run();
    harness.get_by_label("Add event").click();
    harness.run();
    assert!(harness.state().is_dirty());
    std::fs::write(folder.join("edited"), b"").unwrap();
    std::thread::sleep(Duration::from_secs(120));
}

#[test]
fn a_killed_app_s_edits_are_offered_back_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("story");
    saved_story(&folder);
    let saved = std::fs::read(folder.join("story.json")).unwrap();

    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["child_edits_and_waits_to_be_killed", "--exact", "--ignored"])
        .env(CHILD_FOLDER, &folder)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !folder.join("edited").exists() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the child made its edit"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the child is still running"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    child.kill().unwrap(); // SIGKILL: no chance to save or clean up.
    child.wait().unwrap();
    assert_eq!(
        std::fs::read(folder.join("story.json")).unwrap(),
        saved,
        "nothing was saved"
    );
    assert!(folder.join(JOURNAL_FILE).exists());

    let mut harness = harness_with(ChronomapApp::open(Some(&folder)).unwrap());
    harness.run();
    assert_eq!(harness.state().recovery_offered(), Some(1));
    assert!(has_label_containing(
        &harness,
        "closed without saving 1 edit"
    ));
    harness.get_by_label("Restore them").click();
    harness.run();
    let titles: Vec<&str> = harness
        .state()
        .story()
        .events
        .iter()
        .map(|e| e.title.as_str())
        .collect();
    assert!(titles.contains(&"Edit made before the crash"), "{titles:?}");
    assert!(harness.state().is_dirty(), "restored, not yet saved");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(
        !folder.join(JOURNAL_FILE).exists(),
        "a save ends the journal"
    );
    let reopened = Document::open(&folder).unwrap();
    assert!(
        reopened
            .story()
            .events
            .iter()
            .any(|e| e.title == "Edit made before the crash")
    );
    assert!(reopened.unsaved_edits().unwrap().is_empty());
}

#[test]
fn giving_up_the_journal_leaves_the_saved_story() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("story");
    saved_story(&folder);
    {
        let mut doc = Document::open(&folder).unwrap();
        let edit = make::remove_event(doc.story(), 0).unwrap();
        doc.edit(edit).unwrap();
        // Dropped unsaved, as a crash would leave it.
    }
    let events = Document::open(&folder).unwrap().story().events.len();
    let mut harness = harness_with(ChronomapApp::open(Some(&folder)).unwrap());
    harness.run();
    harness.get_by_label("Give them up").click();
    harness.run();
    assert_eq!(harness.state().story().events.len(), events);
    assert!(!folder.join(JOURNAL_FILE).exists());
}

#[test]
fn a_journal_of_another_version_of_the_story_is_not_replayed() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("story");
    saved_story(&folder);
    let mut doc = Document::open(&folder).unwrap();
    let edit = make::remove_event(doc.story(), 0).unwrap();
    doc.edit(edit).unwrap();
    // story.json changed by hand (or by git) since the journal began.
    let mut text = std::fs::read_to_string(folder.join("story.json")).unwrap();
    text.push('\n');
    std::fs::write(folder.join("story.json"), text).unwrap();
    assert!(
        Document::open(&folder)
            .unwrap()
            .unsaved_edits()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_journal_cut_short_by_the_crash_keeps_the_edits_before_the_cut() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("story");
    saved_story(&folder);
    let mut doc = Document::open(&folder).unwrap();
    for _ in 0..2 {
        let edit = make::remove_event(doc.story(), 0).unwrap();
        doc.edit(edit).unwrap();
    }
    let journal = folder.join(JOURNAL_FILE);
    let text = std::fs::read_to_string(&journal).unwrap();
    std::fs::write(&journal, &text[..text.len() - 20]).unwrap();
    let edits = Document::open(&folder).unwrap().unsaved_edits().unwrap();
    assert_eq!(edits.len(), 1);
}
