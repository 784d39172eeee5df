//! Issue 35's lines (`cargo bench --features bench --bench scale -- versions`): the generated ACLED
//! story (1 300 000 events, 50 000 places) as a base and two sides, each with 1 000 events changed,
//! 1 000 added and 1 000 removed (and as many places), diffed and merged by a fresh process each
//! (so its peak memory is the work's alone); and the shipped story merged with a few changes on each
//! side, in this process.

use super::median;
use chronomap::generate::acled;
use chronomap::load::StoryFiles;
use chronomap::versions::merge::references;
use chronomap::versions::objects::{Objects, Record, Section};
use chronomap::versions::{diff, driver, merge};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::Instant;

const EVENTS: usize = 1_300_000;
const PLACES: usize = 50_000;
const CHANGES: usize = 1_000;

/// The part a child process runs, with its folders: `diff OLD NEW` or `merge BASE OURS THEIRS`.
pub const CHILD: &str = "versions-child";

/// The lines of `part`: "shipped" for the shipped story's alone, else all of them.
pub fn versions_lines(part: &str) {
    merge_shipped();
    if part == "shipped" {
        return;
    }
    let folder = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("versions-1300k");
    let written = Instant::now();
    write_versions(&folder);
    println!(
        "# three versions of the 1300k story written in {:.1} s",
        written.elapsed().as_secs_f64()
    );
    let [base, ours, theirs] = ["base", "ours", "theirs"].map(|n| folder.join(n));
    child("diff_1300k", &["diff", path(&base), path(&ours)]);
    child(
        "merge_1300k",
        &["merge", path(&base), path(&ours), path(&theirs)],
    );
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}

/// Runs this bench again as a child on `args`, and prints what it says.
fn child(line: &str, args: &[&str]) {
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let out = std::process::Command::new(exe)
        .arg(CHILD)
        .args(args)
        .output();
    match out {
        Ok(out) => {
            let said = String::from_utf8_lossy(&out.stdout);
            let figures = said
                .lines()
                .find(|l| l.starts_with("took"))
                .unwrap_or("failed");
            println!("{line}: {}", figures.trim_start_matches("took "));
        }
        Err(e) => println!("{line}: not run ({e})"),
    }
}

/// In a child process: the work, timed, and this process's peak memory.
pub fn run_child(args: &[String]) {
    let start = Instant::now();
    let said = match args {
        [what, old, new] if what == "diff" => {
            let read = |p: &str| chronomap::versions::git::from_folder(Path::new(p));
            match (read(old), read(new)) {
                (Ok(old), Ok(new)) => {
                    format!("{} changes", diff::diff(&old.objects, &new.objects).len())
                }
                _ => "unreadable".to_owned(),
            }
        }
        [what, base, ours, theirs] if what == "merge" => {
            let folders = [base, ours, theirs].map(Path::new);
            match driver::merge_paths(folders[0], folders[1], folders[2], None) {
                Ok(merged) => format!("{} conflicts", merged.conflicts),
                Err(e) => e.to_string(),
            }
        }
        _ => "no such work".to_owned(),
    };
    println!(
        "took {:.1} s, peak {:.0} MiB ({said})",
        start.elapsed().as_secs_f64(),
        super::acled::peak_rss_mib().unwrap_or(0.0)
    );
}

/// Base, ours and theirs written as story folders (story.json and places.geojson: what diff and
/// merge read; the sources are the same in all three).
fn write_versions(folder: &Path) {
    let (files, _) = acled::story_and_csv(EVENTS, PLACES, 21);
    let StoryFiles::Memory { files, .. } = files else {
        return;
    };
    let text = |name: &str| {
        files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default()
    };
    let (story, places) = (text("story.json"), text("places.geojson"));
    let names = ["story.json", "places.geojson"];
    let Ok(base) = Objects::read(&story, Some(&places), names) else {
        return;
    };
    drop((story, places));
    for (side, seed) in [("base", 0), ("ours", 1), ("theirs", 2)] {
        let mut objects = base.clone();
        if seed > 0 {
            change(&mut objects, seed);
        }
        let to = folder.join(side);
        let _ = std::fs::create_dir_all(&to);
        if let Ok(json) = objects.story_json(true) {
            let _ = std::fs::write(to.join("story.json"), json);
        }
        let _ = std::fs::write(to.join("places.geojson"), objects.places_json());
    }
}

/// One side's changes: events and places changed, added and removed, each side its own.
fn change(objects: &mut Objects, side: usize) {
    // Ours takes the first stretch of each list, theirs the next: no object changed twice.
    let from = side * 3 * CHANGES;
    let events = objects.list_mut(Section::Events);
    for (_, event) in events.iter_mut().skip(from).take(CHANGES) {
        let mut value = event.value();
        value["title"] = json!(format!("Retitled by side {side}"));
        *event = Record::from(value);
    }
    events.drain(from + CHANGES..from + 2 * CHANGES);
    for n in 0..CHANGES {
        let id = format!("side{side}-event{n}");
        let event = json!({"id": id, "title": "Added", "date": "2024-04-18",
            "status": "occurred", "places": ["p1"], "quotes": [], "notes": ""});
        events.push((id, Record::from(event)));
    }
    let places = objects.list_mut(Section::Places);
    for (_, place) in places.iter_mut().skip(from).take(CHANGES) {
        let mut value = place.value();
        value["properties"]["notes"] = json!(format!("Seen by side {side}"));
        *place = Record::from(value);
    }
    for n in 0..CHANGES {
        let id = format!("side{side}-place{n}");
        let place = json!({"type": "Feature", "id": id,
            "geometry": {"type": "Point", "coordinates": [10.0 + n as f64 * 0.001, 20.0]},
            "properties": {"name": format!("Added {side} {n}"), "kind": "site"}});
        places.push((id, Record::from(place)));
    }
    // Removed places are ones no event names (the generator's places past those the events use
    // would do; here the added ones of the other side are not there, so the last plain ones go).
    let unused = unused_places(objects);
    let places = objects.list_mut(Section::Places);
    let removed: Vec<String> = unused
        .into_iter()
        .skip(side * CHANGES)
        .take(CHANGES)
        .collect();
    places.retain(|(id, _)| !removed.contains(id));
}

/// Places no event of the story names.
fn unused_places(objects: &Objects) -> Vec<String> {
    let used: std::collections::HashSet<String> = objects
        .list(Section::Events)
        .iter()
        .flat_map(|(_, e)| references(Section::Events, e))
        .filter(|(section, _)| *section == Section::Places)
        .map(|(_, id)| id)
        .collect();
    objects
        .list(Section::Places)
        .iter()
        .map(|(id, _)| id.as_str())
        .filter(|id| !used.contains(*id) && id.starts_with('p'))
        .map(str::to_owned)
        .collect()
}

/// The shipped story merged with a retitled event and a new event on one side, a note and a new
/// place on the other: the whole merge of two files as git's driver does it, in this process.
fn merge_shipped() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/karabakh");
    let text = |name: &str| std::fs::read_to_string(folder.join(name)).unwrap_or_default();
    let (story, places) = (text("story.json"), text("places.geojson"));
    let names = ["story.json", "places.geojson"];
    let Ok(base) = Objects::read(&story, Some(&places), names) else {
        return;
    };
    let mut ours = base.clone();
    change_few(&mut ours, 1);
    let mut theirs = base.clone();
    change_few(&mut theirs, 2);
    let [ours_text, theirs_text] = [&ours, &theirs].map(|o| {
        (
            String::from_utf8_lossy(&o.story_json(true).unwrap_or_default()).into_owned(),
            o.places_json(),
        )
    });
    let took = median(9, || {
        let read = |(s, p): &(String, String)| Objects::read(s, Some(p), names);
        let (Ok(base), Ok(ours), Ok(theirs)) = (
            Objects::read(&story, Some(&places), names),
            read(&ours_text),
            read(&theirs_text),
        ) else {
            return;
        };
        let (merged, _) = merge::merge(&base, &ours, &theirs);
        let _ = (merged.story_json(false), merged.places_json());
    });
    println!("merge_shipped: {:.1} ms", super::ms(took));
}

fn change_few(objects: &mut Objects, side: usize) {
    let events = objects.list_mut(Section::Events);
    if let Some((_, event)) = events.get_mut(side) {
        let mut value = event.value();
        value["title"] = json!("Retitled");
        *event = Record::from(value);
    }
    let id = format!("new-{side}");
    let event = json!({"id": id, "title": "New", "date": "2024-04-18", "status": "occurred",
               "places": [], "quotes": [], "notes": ""});
    events.push((id, Record::from(event)));
}
