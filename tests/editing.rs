//! Editing a story without a window: edits through the document, undo and redo, saving in place
//! with the same bytes every time, and a saved story that opens equal to the one edited.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::document::Document;
use chronomap::edit::make::{self, EventDraft};
use chronomap::formats::story_out::StoryOut;
use chronomap::model::Story;
use std::path::Path;

fn written(story: &Story) -> Vec<(String, Vec<u8>)> {
    StoryOut::from_story(story).into_file_list()
}

/// A new story with one pasted source, a quote of it, a place and an event, as the editor makes it.
fn small_story(folder: &Path) -> Document {
    let text =
        "Le 17 avril 2024, le Kremlin a confirmé le départ des soldats russes de Stepanakert.\n";
    let mut doc = common::one_source_and_a_town(folder, "Départ", text);
    let at = text.find("le Kremlin").unwrap();
    let quote = make::quote(doc.story(), 0, at..text.find(" de Stepanakert").unwrap()).unwrap();
    let mut event = EventDraft::new("Kremlin confirms the withdrawal", "2024-04-17");
    event.record.places = vec![0];
    doc.edit(make::add_event(doc.story(), &event, Some(quote)).unwrap())
        .unwrap();
    doc
}

#[test]
fn a_story_made_from_nothing_saves_and_opens_equal() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("story");
    let mut doc = small_story(&folder);
    assert!(doc.is_dirty());
    doc.save(None).unwrap();
    assert!(!doc.is_dirty());
    let reopened = Document::open(&folder).unwrap();
    assert_eq!(written(reopened.story()), written(doc.story()));
    let event = &reopened.story().events[0];
    assert_eq!(
        reopened.story().quotes[event.quotes[0]].exact,
        "le Kremlin a confirmé le départ des soldats russes"
    );
    assert_eq!(reopened.story().places[event.places[0]].name, "Stepanakert");
    // The source's text is on disk as pasted, with its capture record's hash.
    let source = &reopened.story().sources[0];
    let on_disk = std::fs::read(folder.join(&source.file)).unwrap();
    assert_eq!(
        chronomap::provenance::sha256_hex(&on_disk),
        source.capture.as_ref().unwrap().sha256
    );
}

#[test]
fn the_same_story_always_writes_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("story");
    let mut doc = small_story(&folder);
    doc.save(None).unwrap();
    let first = common::files_in(&folder);
    let mut reopened = Document::open(&folder).unwrap();
    reopened.save(None).unwrap();
    assert_eq!(common::files_in(&folder), first);
    // No file is left aside by the atomic write.
    assert!(
        first
            .iter()
            .all(|(name, _)| !name.contains("chronomap-saving"))
    );
}

#[test]
fn undo_back_to_the_saved_state_is_clean_and_redo_is_dirty_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = small_story(&dir.path().join("story"));
    doc.save(None).unwrap();
    let saved = written(doc.story());
    let edit = make::remove_event(doc.story(), 0).unwrap();
    doc.edit(edit).unwrap();
    assert!(doc.is_dirty());
    assert!(doc.story().events.is_empty());
    assert_eq!(doc.undo().unwrap().unwrap(), "remove event");
    assert_eq!(doc.story().events.len(), 1);
    assert!(!doc.is_dirty());
    assert_eq!(written(doc.story()), saved);
    doc.redo().unwrap().unwrap();
    assert!(doc.is_dirty());
    assert!(doc.story().events.is_empty());
}

#[test]
fn edits_keep_the_derived_indexes_up_to_date() {
    let dir = tempfile::tempdir().unwrap();
    let doc = small_story(&dir.path().join("story"));
    let index = doc.story_index();
    assert_eq!(index.events_at_place(0), &[0]);
    assert_eq!(index.quotes_in_source(0), &[0]);
    let day = doc.story().events[0].date.earliest;
    assert!(doc.axis().first_day() <= day && day <= doc.axis().last_day());
}

#[test]
fn the_built_in_story_needs_a_folder_to_be_saved() {
    let mut doc = Document::shipped().unwrap();
    let edit = make::heading(doc.story(), "Mine", "").unwrap();
    doc.edit(edit).unwrap();
    let error = doc.save(None).unwrap_err();
    assert!(error.to_string().contains("choose"), "{error}");
    let dir = tempfile::tempdir().unwrap();
    doc.save(Some(&dir.path().join("mine"))).unwrap();
    assert_eq!(doc.folder(), Some(dir.path().join("mine").as_path()));
    assert_eq!(
        Document::open(&dir.path().join("mine"))
            .unwrap()
            .story()
            .title,
        "Mine"
    );
}

#[test]
fn an_import_is_unsaved_until_the_story_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("story");
    let mut doc = small_story(&folder);
    doc.save(None).unwrap();
    let csv = dir.path().join("more.csv");
    std::fs::write(&csv, "date,title\n2024-04-19,Convoy reaches Goris\n").unwrap();
    let imported = doc
        .import(chronomap::formats::Format::EventsCsv, &csv, None)
        .unwrap();
    assert!(
        imported.is_dirty(),
        "closing would otherwise lose the imported events"
    );
    assert_eq!(imported.story().events.len(), 2);
}

#[test]
fn the_shipped_story_saved_unchanged_writes_back_its_own_files_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("karabakh");
    let mut doc = Document::open(std::path::Path::new("data/karabakh")).unwrap();
    doc.save(Some(&folder)).unwrap();
    for file in ["story.json", "places.geojson"] {
        let shipped = std::fs::read(Path::new("data/karabakh").join(file)).unwrap();
        let saved = std::fs::read(folder.join(file)).unwrap();
        assert!(
            shipped == saved,
            "{file} is not in the form Chronomap writes"
        );
    }
}
