//! Helpers the test files share: the shipped story, a headless window on it, label queries, days.
// Each test file uses some of these, not all; tests may unwrap.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use chronomap::model::Story;
use chronomap::ui::ChronomapApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// Runs the chronomap binary with `args`.
pub fn chronomap(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_chronomap"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// What a run printed, stdout then stderr.
pub fn said(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

pub const TITLE: &str = "Russia's peacekeepers leave Karabakh (April 2024)";

pub fn shipped_story() -> Story {
    chronomap::load::load(&chronomap::shipped::karabakh())
        .unwrap_or_else(|e| panic!("the shipped story must load:\n{e}"))
}

/// The first day of an EDTF date, as the cursor holds it.
pub fn day(edtf: &str) -> f64 {
    f64::from(
        chronomap::date::resolve(edtf)
            .expect("a valid date")
            .earliest,
    )
}

/// A headless 1400×900 window on the shipped story, after its first frame.
pub fn harness() -> Harness<'static, ChronomapApp> {
    harness_with(ChronomapApp::open(None).expect("the shipped story loads"))
}

pub fn harness_with(app: ChronomapApp) -> Harness<'static, ChronomapApp> {
    // Forms whose lists scroll take a few frames more than four to settle.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(12)
        .build_eframe(|_cc| app);
    harness.run();
    harness
}

pub fn has_label_containing(harness: &Harness<'_, ChronomapApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

/// Clicks the map where it last drew `lon`/`lat` (hover first, as a pointer would), nudged by `offset`.
pub fn click_map_at(
    harness: &mut Harness<'_, ChronomapApp>,
    lon: f64,
    lat: f64,
    offset: egui::Vec2,
) {
    let at = harness
        .state()
        .map_screen_position(lon, lat)
        .expect("the map was drawn")
        + offset;
    harness.hover_at(at);
    harness.run();
    harness.drag_at(at);
    harness.run();
    harness.drop_at(at);
    harness.run();
}

/// The id of the selected place, if any.
pub fn selected_place_id(harness: &Harness<'_, ChronomapApp>) -> Option<String> {
    let app = harness.state();
    app.view()
        .selected_place
        .map(|p| app.story().places[p].id.clone())
}

/// Every file under a folder, as (path relative to it, bytes), sorted: what a save left on disk.
pub fn files_in(folder: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![folder.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(folder).unwrap().display().to_string();
                files.push((name, std::fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

/// A new story in `folder` (not saved) with one French source of `text`, published 17 April 2024
/// and titled `title`, and one town, Stepanakert, as the editor makes them.
pub fn one_source_and_a_town(
    folder: &std::path::Path,
    title: &str,
    text: &str,
) -> chronomap::document::Document {
    use chronomap::edit::make;
    use chronomap::provenance::add::{self, SourceInput, SourceMeta};
    let mut doc = chronomap::document::Document::empty("Convoy", folder);
    let input = SourceInput::Text {
        text: text.to_owned(),
        extension: "txt".to_owned(),
    };
    let meta = SourceMeta {
        title: Some(title.to_owned()),
        published: "2024-04-17".to_owned(),
        language: Some("fr".to_owned()),
        ..Default::default()
    };
    let source = add::new_source(doc.story(), input, meta, "pasted text").unwrap();
    doc.edit(make::add_source(doc.story(), source).unwrap())
        .unwrap();
    let town = make::PlaceDraft::town("Stepanakert", 46.75, 39.82);
    doc.edit(make::add_place(doc.story(), &town).unwrap())
        .unwrap();
    doc
}

/// A story folder written by hand in a fresh temporary folder: each file's path in it and text.
pub fn story_folder(files: &[(&str, &str)]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("story");
    for (path, text) in files {
        let path = folder.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    (dir, folder)
}

/// A copy of a story folder in a fresh temporary folder.
pub fn copy_story(from: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let to = dir.path().join("story");
    copy_dir(std::path::Path::new(from), &to);
    (dir, to)
}

pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

pub type AppHarness = Harness<'static, ChronomapApp>;

/// Types `text` into the field named `field`, replacing what it held.
pub fn replace_text(harness: &mut AppHarness, field: &str, text: &str) {
    harness.get_by_label(field).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(field).type_text(text);
    harness.run();
}

/// Opens a menu and clicks the item whose label contains `item`.
pub fn menu(harness: &mut AppHarness, menu: &str, item: &str) {
    harness.get_by_label(menu).click();
    harness.run();
    harness
        .query_all_by_label_contains(item)
        .next()
        .unwrap_or_else(|| panic!("{menu} has {item}"))
        .click();
    harness.run();
    // A window opened by the item needs a frame to appear.
    harness.run();
}

/// The story.json of a folder, parsed: what a save left on disk.
pub fn story_json(folder: &std::path::Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(folder.join("story.json")).unwrap()).unwrap()
}

/// The text of the one-source story the editor's tests start from.
pub const CONVOY_TEXT: &str =
    "Hier, les soldats russes ont quitté Stepanakert. Le convoi est parti vers Goris.\n";

/// A saved story of one source and one town in `folder`, as a reporter starts one.
pub fn convoy_story(folder: &std::path::Path) {
    let mut doc = one_source_and_a_town(folder, "Le convoi", CONVOY_TEXT);
    doc.save(None).unwrap();
}

/// A headless window on a fresh `convoy_story` (kept alive by the returned folder guard).
pub fn convoy() -> (tempfile::TempDir, std::path::PathBuf, AppHarness) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("convoy");
    convoy_story(&folder);
    let harness = harness_with(ChronomapApp::open(Some(&folder)).unwrap());
    (dir, folder, harness)
}

pub fn places_geojson(folder: &std::path::Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(folder.join("places.geojson")).unwrap()).unwrap()
}

/// File → New story… with a title and a folder, created.
pub fn new_story(harness: &mut AppHarness, title: &str, folder: &std::path::Path) {
    menu(harness, "File", "New story…");
    replace_text(harness, "Story title", title);
    replace_text(harness, "Story folder", folder.to_str().unwrap());
    harness.get_by_label("Create story").click();
    harness.run();
}

/// File → Add source… with CONVOY_TEXT pasted, a title, a date and French.
pub fn paste_source(harness: &mut AppHarness) {
    menu(harness, "File", "Add source…");
    replace_text(harness, "Source text to add", CONVOY_TEXT.trim_end());
    replace_text(harness, "Source title", "Le convoi");
    replace_text(harness, "Source publication date", "2024-04-17");
    replace_text(harness, "Source language", "fr");
    harness.get_by_label("Add the source").click();
    harness.run();
}

/// Opens "+ New event" and fills the title (and the date, when given).
pub fn new_event_form(harness: &mut AppHarness, title: &str, date: Option<&str>) {
    harness.get_by_label("+ New event").click();
    harness.run();
    harness.run();
    replace_text(harness, "Event title", title);
    if let Some(date) = date {
        replace_text(harness, "Event date", date);
    }
}

/// Whether a window (a dialog, a form) of this title is shown.
pub fn window_shown(harness: &AppHarness, title: &str) -> bool {
    harness
        .query_all_by_role_and_label(egui::accesskit::Role::Window, title)
        .next()
        .is_some()
}

/// The rectangle of the window of this title.
pub fn window_rect(harness: &AppHarness, title: &str) -> egui::Rect {
    harness
        .get_by_role_and_label(egui::accesskit::Role::Window, title)
        .rect()
}

/// The reader on `source` with its text selectable and all of it selected, as a person selects.
pub fn select_whole_text(harness: &mut AppHarness, label: &str) {
    harness.get_by_label("Source").click();
    harness.run();
    harness
        .query_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("a reader tab {label}"))
        .click();
    harness.run();
    if harness.query_by_label("Quote the selection").is_none() {
        harness.get_by_label("Select text to quote").click();
        harness.run();
    }
    harness.get_by_label("Source text").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
}

/// Edits a story file as any editor of the files would: parsed, changed, written in another
/// layout (compact).
pub fn edit_json(file: &std::path::Path, change: impl FnOnce(&mut serde_json::Value)) {
    let text = std::fs::read_to_string(file).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    change(&mut value);
    std::fs::write(file, serde_json::to_string(&value).unwrap()).unwrap();
}

/// Takes the place `id` out of the places file of the story in `folder`, by hand.
pub fn remove_place_by_hand(folder: &std::path::Path, id: &str) {
    edit_json(&folder.join("places.geojson"), |places| {
        places["features"]
            .as_array_mut()
            .unwrap()
            .retain(|f| f["id"] != id);
    });
}

/// A quote of page 2 of `tests/pdf/report.pdf` (added to the story as source `source`), and an
/// event it backs, "e-june", written into story.json by hand.
pub fn quote_page_two_of_the_report(story: &std::path::Path, source: &str) {
    edit_json(&story.join("story.json"), |value| {
        value["quotes"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
            "id": "q-june", "source": source, "mentions": [],
            "exact": "Les derniers soldats ont quitté la région le 12 juin 2024."}));
        value["events"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
            "id": "e-june", "title": "The last soldiers leave", "date": "2024-06-12",
            "status": "reported", "places": [], "quotes": ["q-june"]}));
    });
}
