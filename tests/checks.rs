//! An editor's checks (issue 35, item 5): `chronomap checked` records who, when and the object's
//! SHA-256; the check holds through saves and layouts, and any later change — in the window or by
//! any editor of the files — shows as "changed since checked" in `validate`, `diff` and the window;
//! `validate --require-checked` fails while anything is unchecked or changed.
#![allow(clippy::unwrap_used)]

mod common;

use chronomap::ui::{ChronomapApp, Command};
use egui_kittest::kittest::Queryable;
use serde_json::Value;

fn run(args: &[&str]) -> (bool, String) {
    let out = common::chronomap(args);
    (out.status.success(), common::said(&out))
}

fn event<'a>(story: &'a Value, id: &str) -> &'a Value {
    story["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == id)
        .unwrap()
}

#[test]
fn a_check_holds_through_another_layout_and_shows_once_an_editor_of_the_files_changes_the_event() {
    let (_dir, folder) = common::copy_story("data/karabakh");
    let story = folder.to_str().unwrap();
    let (ok, said) = run(&[
        "checked",
        story,
        "war-2020",
        "--by",
        "Ana Diaz",
        "--note",
        "both articles agree",
    ]);
    assert!(ok, "{said}");
    let check = event(&common::story_json(&folder), "war-2020")["checked"].clone();
    assert_eq!(check["by"], "Ana Diaz");
    assert_eq!(check["note"], "both articles agree");
    assert_eq!(check["sha256"].as_str().unwrap().len(), 64, "{check}");
    assert!(check["at"].as_str().unwrap().ends_with('Z'), "{check}");

    // Another layout and key order is not a change.
    common::edit_json(&folder.join("story.json"), |_| {});
    let (ok, said) = run(&["validate", story]);
    assert!(ok, "{said}");
    assert!(
        said.contains("checked: 1 of 18 events and claims"),
        "{said}"
    );
    assert!(!said.contains("changed since checked"), "{said}");
    // A pipeline that requires checks names what is not checked.
    let (ok, said) = run(&["validate", story, "--require-checked"]);
    assert!(!ok, "{said}");
    assert!(said.contains("claim \"naming\": not checked"), "{said}");
    assert!(!said.contains("event \"war-2020\""), "{said}");

    common::edit_json(&folder.join("story.json"), |story| {
        let events = story["events"].as_array_mut().unwrap();
        let war = events.iter_mut().find(|e| e["id"] == "war-2020").unwrap();
        war["title"] = "A six-week war".into();
    });
    let (ok, said) = run(&["validate", story]);
    assert!(ok, "{said}");
    assert!(
        said.contains("event \"war-2020\": changed since checked by Ana Diaz at"),
        "{said}"
    );
    assert!(
        said.contains("story.json:1:"),
        "located in the file: {said}"
    );
    let (ok, said) = run(&["validate", story, "--require-checked"]);
    assert!(!ok, "{said}");
    assert!(
        said.contains("event \"war-2020\": changed since checked"),
        "{said}"
    );
}

#[test]
fn diff_between_revisions_says_what_changed_since_its_check() {
    let (_dir, folder) = common::copy_story("data/karabakh");
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(&folder)
            .args([
                "-c",
                "user.name=Ana Diaz",
                "-c",
                "user.email=ana@example.org",
            ])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", common::said(&out));
    };
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "the story"]);
    let story = folder.to_str().unwrap();
    // No --by: the name is git's user.name in the story's repository.
    let config = ["-C", story, "config", "user.name", "Ana Diaz"];
    assert!(
        std::process::Command::new("git")
            .args(config)
            .status()
            .unwrap()
            .success()
    );
    let (ok, said) = run(&["checked", story, "who-announced"]);
    assert!(ok, "{said}");
    assert!(
        said.contains("who-announced: checked by Ana Diaz"),
        "{said}"
    );
    git(&["commit", "-q", "-am", "checked"]);
    common::edit_json(&folder.join("story.json"), |story| {
        let claims = story["claims"].as_array_mut().unwrap();
        let claim = claims
            .iter_mut()
            .find(|c| c["id"] == "who-announced")
            .unwrap();
        claim["topic"] = "Who announced it".into();
    });
    let (_, said) = run(&["diff", story, "--from", "HEAD"]);
    assert!(said.contains("~ claim who-announced"), "{said}");
    assert!(said.contains("changed since checked by Ana Diaz"), "{said}");
    let (_, json) = run(&["diff", story, "--from", "HEAD", "--format", "json"]);
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        json["changes"][0]["changed_since_checked"]["by"],
        "Ana Diaz"
    );
    // Marking it checked is itself no change to what was checked: the check then holds.
    let (_, said) = run(&["diff", story, "--from", "HEAD~1", "--to", "HEAD"]);
    assert!(said.contains("checked: (none) →"), "{said}");
    assert!(!said.contains("changed since checked"), "{said}");
}

#[test]
fn an_editor_marks_an_event_checked_on_its_card_the_save_keeps_it_and_an_edit_shows_it_changed() {
    let (_dir, folder) = common::copy_story("data/karabakh");
    let mut app = ChronomapApp::open(Some(&folder)).unwrap();
    // The name checks are made under, as a past session kept it.
    app.restore(
        r#"{"story": null, "cursor": 0, "checker": "Ana Diaz"}"#,
        false,
    );
    app.apply(Command::GoToDate("2020-09-27".to_owned()));
    let mut harness = common::harness_with(app);
    assert!(common::has_label_containing(&harness, "Not checked"));
    harness
        .query_all_by_label("Mark checked")
        .next()
        .expect("the card offers a check")
        .click();
    harness.run();
    let checked = "Checked by Ana Diaz on";
    assert!(common::has_label_containing(&harness, checked));
    harness
        .state_mut()
        .apply(Command::File(chronomap::ui::FileAction::Save));
    harness.run();
    let on_disk = common::story_json(&folder);
    let check = &event(&on_disk, "war-2020")["checked"];
    assert_eq!(check["by"], "Ana Diaz", "{check}");
    let (ok, said) = run(&["validate", folder.to_str().unwrap()]);
    assert!(ok && said.contains("checked: 1 of 18"), "{said}");

    // Retitled in the window: the check stays, and says the event changed since.
    let story = harness.state().story();
    let e = story
        .events
        .iter()
        .position(|e| e.id == "war-2020")
        .unwrap();
    let mut draft = chronomap::edit::make::EventDraft::of(&story.events[e]);
    draft.record.title = "A six-week war".to_owned();
    let edit = chronomap::edit::make::change_event(story, e, &draft).unwrap();
    harness.state_mut().apply(Command::Edit(Box::new(edit)));
    harness.run();
    assert!(common::has_label_containing(
        &harness,
        "Changed since checked by Ana Diaz on"
    ));
    harness.get_by_label("Check again").click();
    harness.run();
    assert!(common::has_label_containing(&harness, checked));
    // Undo takes the new check back, redo brings it again.
    harness.state_mut().apply(Command::Undo);
    harness.run();
    assert!(common::has_label_containing(
        &harness,
        "Changed since checked"
    ));
}
