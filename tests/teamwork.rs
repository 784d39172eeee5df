//! Teams on one story (issue 35): real git repositories, two clones editing, `git pull` merging
//! with `chronomap merge` as the driver; diff between revisions; conflicts listed and settled.
#![allow(clippy::unwrap_used)]

mod common;

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .unwrap()
}

fn ok(out: std::process::Output) -> String {
    assert!(out.status.success(), "{}", common::said(&out));
    common::said(&out)
}

/// An origin repository holding the shipped story set up for the driver, and two clones of it.
fn origin_and_clones() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let origin = dir.path().join("origin");
    std::fs::create_dir_all(&origin).unwrap();
    common::copy_dir(Path::new("data/karabakh"), &origin.join("story"));
    ok(git(&origin, &["init", "-q", "-b", "main"]));
    let setup = |repo: &Path, name: &str| {
        ok(git(repo, &["config", "user.name", name]));
        ok(git(
            repo,
            &["config", "user.email", &format!("{name}@example.org")],
        ));
        let story = repo.join("story");
        ok(common::chronomap(&["git-setup", story.to_str().unwrap()]));
    };
    setup(&origin, "Origin");
    ok(git(&origin, &["add", "-A"]));
    ok(git(&origin, &["commit", "-q", "-m", "the story"]));
    let clone = |name: &str| {
        let to = dir.path().join(name);
        ok(git(dir.path(), &["clone", "-q", "origin", name]));
        setup(&to, name);
        to
    };
    let (a, b) = (clone("reporter"), clone("editor"));
    (dir, a, b)
}

/// The reporter pulls the editor's commits, as `git pull` merges: through the driver.
fn pull_editor_into(reporter: &Path) -> std::process::Output {
    let args = [
        "pull",
        "-q",
        "--no-rebase",
        "--no-edit",
        "../editor",
        "main",
    ];
    git(reporter, &args)
}

fn event(id: &str, place: &str) -> Value {
    json!({"id": id, "title": format!("Event {id}"), "date": "2024-04-18", "status": "occurred",
           "places": [place], "quotes": [], "notes": ""})
}

fn events(story: &Value) -> &Vec<Value> {
    story["events"].as_array().unwrap()
}

fn event_of<'a>(story: &'a Value, id: &str) -> &'a Value {
    events(story).iter().find(|e| e["id"] == id).unwrap()
}

fn place_ids(folder: &Path) -> Vec<String> {
    let places = common::places_geojson(folder);
    let features = places["features"].as_array().unwrap();
    features
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn two_clones_merge_with_plain_git_and_keep_every_change() {
    let (_dir, reporter, editor) = origin_and_clones();
    let (r_story, e_story) = (reporter.join("story"), editor.join("story"));
    common::edit_json(&r_story.join("story.json"), |s| {
        s["events"][0]["title"] = json!("Six-week war (retitled)");
        s["events"]
            .as_array_mut()
            .unwrap()
            .push(event("reporter-new", "goris"));
    });
    common::edit_json(&r_story.join("places.geojson"), |p| {
        p["features"]
            .as_array_mut()
            .unwrap()
            .push(json!({"type": "Feature", "id": "kornidzor",
            "geometry": {"type": "Point", "coordinates": [46.31, 39.30]},
            "properties": {"name": "Kornidzor", "kind": "city"}}));
    });
    ok(git(
        &reporter,
        &[
            "commit",
            "-q",
            "-a",
            "-m",
            "reporter: retitle, event, place",
        ],
    ));
    common::edit_json(&e_story.join("story.json"), |s| {
        s["events"][2]["notes"] = json!("Checked against the declaration's text.");
        s["events"]
            .as_array_mut()
            .unwrap()
            .insert(0, event("editor-new", "lachin"));
    });
    common::edit_json(&e_story.join("places.geojson"), |p| {
        p["features"][9]["properties"]["notes"] = json!("Checked on the map.");
    });
    ok(git(
        &editor,
        &["commit", "-q", "-a", "-m", "editor: note, event"],
    ));

    let pulled = pull_editor_into(&reporter);
    ok(pulled);
    let story = common::story_json(&r_story);
    assert!(
        !std::fs::read_to_string(r_story.join("story.json"))
            .unwrap()
            .contains("<<<<<<<")
    );
    assert_eq!(
        event_of(&story, "war-2020")["title"],
        "Six-week war (retitled)"
    );
    assert_eq!(
        event_of(&story, "trilateral-declaration")["notes"],
        "Checked against the declaration's text."
    );
    assert!(events(&story).iter().any(|e| e["id"] == "reporter-new"));
    assert!(events(&story).iter().any(|e| e["id"] == "editor-new"));
    assert!(story.get("conflicts").is_none(), "{story}");
    let places = common::places_geojson(&r_story);
    assert!(place_ids(&r_story).contains(&"kornidzor".to_owned()));
    assert_eq!(
        places["features"][9]["properties"]["notes"],
        "Checked on the map."
    );
    // The merged story loads and passes every check.
    ok(common::chronomap(&["validate", r_story.to_str().unwrap()]));

    // What the merge brought in, in words, between revisions.
    let said = ok(common::chronomap(&[
        "diff",
        r_story.to_str().unwrap(),
        "--from",
        "HEAD^1",
    ]));
    assert!(
        said.contains("+ event editor-new \"Event editor-new\" (2024-04-18): added"),
        "{said}"
    );
    assert!(
        said.contains("~ event trilateral-declaration: changed"),
        "{said}"
    );
    assert!(!said.contains("reporter-new"), "{said}");
    // The history of one object names who changed it.
    let said = ok(common::chronomap(&[
        "history",
        r_story.to_str().unwrap(),
        "war-2020",
    ]));
    assert!(
        said.contains("reporter") && said.contains("reporter: retitle, event, place"),
        "{said}"
    );
    assert!(said.contains("title: \"Six-week war between"), "{said}");
    assert!(!said.contains("editor: note, event"), "{said}");
}

#[test]
fn a_field_changed_two_ways_and_a_place_deleted_but_newly_used_are_conflicts_settled_by_the_command_line()
 {
    let (_dir, reporter, editor) = origin_and_clones();
    let (r_story, e_story) = (reporter.join("story"), editor.join("story"));
    common::edit_json(&r_story.join("story.json"), |s| {
        s["events"][0]["title"] = json!("Reporter's title");
    });
    common::remove_place_by_hand(&r_story, "shusha");
    ok(git(&reporter, &["commit", "-q", "-a", "-m", "reporter"]));
    common::edit_json(&e_story.join("story.json"), |s| {
        s["events"][0]["title"] = json!("Editor's title");
        s["events"]
            .as_array_mut()
            .unwrap()
            .push(event("at-shusha", "shusha"));
    });
    common::edit_json(&e_story.join("places.geojson"), |p| {
        p["features"][9]["properties"]["notes"] = json!("Checked.");
    });
    ok(git(&editor, &["commit", "-q", "-a", "-m", "editor"]));

    let pulled = pull_editor_into(&reporter);
    assert!(!pulled.status.success(), "conflicts stop the merge");
    let text = std::fs::read_to_string(r_story.join("story.json")).unwrap();
    assert!(!text.contains("<<<<<<<"));
    let story = common::story_json(&r_story);
    let conflicts = story["conflicts"].as_array().unwrap();
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(conflicts[0]["object"], "war-2020");
    assert_eq!(conflicts[0]["field"], "title");
    assert_eq!(conflicts[0]["ours"], "Reporter's title");
    assert_eq!(conflicts[0]["theirs"], "Editor's title");
    assert!(
        conflicts[0]["base"]
            .as_str()
            .unwrap()
            .starts_with("Six-week war")
    );
    // The deleted place the editor's new event uses is kept, and its deletion is a conflict.
    assert!(place_ids(&r_story).contains(&"shusha".to_owned()));
    let places = common::places_geojson(&r_story);
    assert_eq!(places["conflicts"][0]["object"], "shusha");
    assert_eq!(places["conflicts"][0]["ours"], Value::Null);

    // The story opens, holding both conflicts (one from each file), and says so.
    let opened = chronomap::load::load_path(&r_story).unwrap();
    assert_eq!(opened.conflicts.len(), 2);
    assert!(
        opened
            .notices
            .iter()
            .any(|n| n.contains("a merge left 2 conflicts to settle")),
        "{:?}",
        opened.notices
    );
    let validated = common::chronomap(&["validate", r_story.to_str().unwrap()]);
    assert_eq!(validated.status.code(), Some(1));
    let said = common::said(&validated);
    assert!(
        said.contains("story.json:")
            && said.contains("conflict conflict-1: event \"war-2020\", \"title\""),
        "{said}"
    );
    assert!(
        said.contains("places.geojson:") && said.contains("place \"shusha\", the whole object"),
        "{said}"
    );

    let story_arg = r_story.to_str().unwrap();
    let said = ok(common::chronomap(&[
        "resolve",
        story_arg,
        "conflict-1",
        "--take",
        "theirs",
    ]));
    assert!(said.contains("settled conflict-1: took theirs"), "{said}");
    assert_eq!(
        event_of(&common::story_json(&r_story), "war-2020")["title"],
        "Editor's title"
    );
    // Taking ours for the place deletes it, and the event that used it forgets it.
    let place_conflict = common::places_geojson(&r_story)["conflicts"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    ok(common::chronomap(&[
        "resolve",
        story_arg,
        &place_conflict,
        "--take",
        "ours",
    ]));
    assert!(!place_ids(&r_story).contains(&"shusha".to_owned()));
    let story = common::story_json(&r_story);
    assert_eq!(event_of(&story, "at-shusha")["places"], json!([]));
    assert!(story.get("conflicts").is_none());
    ok(common::chronomap(&["validate", story_arg]));
    ok(git(&reporter, &["commit", "-q", "-a", "-m", "merged"]));
}

#[test]
fn a_diff_ignores_layout_and_order_and_refuses_a_changed_text() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("old"), dir.path().join("new"));
    common::copy_dir(Path::new("data/karabakh"), &old);
    common::copy_dir(Path::new("data/karabakh"), &new);
    common::edit_json(&new.join("story.json"), |s| {
        s["events"].as_array_mut().unwrap().reverse();
    });
    let said = ok(common::chronomap(&[
        "diff",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
    ]));
    assert_eq!(said.trim(), "no changes");
    common::edit_json(&new.join("story.json"), |s| {
        s["events"][0]["date"] = json!("2025-01");
    });
    common::edit_json(&new.join("places.geojson"), |p| {
        p["features"][9]["geometry"]["coordinates"] = json!([46.0, 39.52]);
    });
    let out = common::chronomap(&["diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    let said = ok(out);
    assert!(
        said.contains("date: 2025 (") && said.contains("→ 2025-01 ("),
        "{said}"
    );
    assert!(
        said.contains("~ place goris: changed") && said.contains("its centre moved"),
        "{said}"
    );
    let json = common::chronomap(&[
        "diff",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let report: Value = serde_json::from_slice(&json.stdout).unwrap();
    let changes = report["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 2, "{report}");
    assert_eq!(changes[0]["section"], "places");
    assert_eq!(changes[0]["change"], "changed");
    let source = std::fs::read_dir(new.join("sources"))
        .unwrap()
        .flatten()
        .find(|f| f.path().extension().is_some_and(|e| e == "txt"))
        .unwrap()
        .path();
    let text = std::fs::read_to_string(&source).unwrap();
    std::fs::write(&source, format!("{text} (edited)")).unwrap();
    let out = common::chronomap(&["diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(common::said(&out).contains("the text changed: a source's text is evidence"));
}

#[test]
fn when_each_side_changed_a_different_file_the_post_merge_hook_merges_again_by_objects() {
    // The case git never hands a driver: the reporter only deletes a place (places.geojson), the
    // editor only adds an event there (story.json). Git's line merge is "clean" and the story no
    // longer loads; the hook git-setup installed merges it again by objects.
    let (_dir, reporter, editor) = origin_and_clones();
    let (r_story, e_story) = (reporter.join("story"), editor.join("story"));
    let hook = std::fs::read_to_string(reporter.join(".git/hooks/post-merge")).unwrap();
    assert!(hook.contains("post-merge 'story'"), "{hook}");
    common::remove_place_by_hand(&r_story, "shusha");
    ok(git(&reporter, &["commit", "-q", "-a", "-m", "reporter"]));
    common::edit_json(&e_story.join("story.json"), |s| {
        s["events"]
            .as_array_mut()
            .unwrap()
            .push(event("at-shusha", "shusha"));
    });
    ok(git(&editor, &["commit", "-q", "-a", "-m", "editor"]));

    let pulled = pull_editor_into(&reporter);
    assert!(pulled.status.success(), "{}", common::said(&pulled));
    let said = common::said(&pulled);
    assert!(said.contains("merged again by objects"), "{said}");
    assert!(said.contains("+ place shusha"), "{said}");
    // Shusha is back, its deletion a conflict; the story loads and holds both sides' changes.
    assert!(place_ids(&r_story).contains(&"shusha".to_owned()));
    let opened = chronomap::load::load_path(&r_story).unwrap();
    assert_eq!(opened.conflicts.len(), 1);
    assert_eq!(opened.conflicts[0].object, "shusha");
    assert!(opened.events.iter().any(|e| e.id == "at-shusha"));
    // A second run finds nothing more to do.
    let again = ok(common::chronomap(&[
        "post-merge",
        r_story.to_str().unwrap(),
    ]));
    assert!(again.is_empty(), "{again}");
}
