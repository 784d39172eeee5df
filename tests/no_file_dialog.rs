//! Where no native file dialog can be shown, File → Open story folder… says so and opens the path
//! field directly, and the story typed there opens. One test in its own binary: it sets the
//! environment variable that stands for a desktop without a portal, which no other test may see.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::ui::ChronomapApp;
use common::{copy_story, harness_with, has_label_containing, menu, replace_text};
use egui_kittest::kittest::Queryable;

#[test]
fn with_no_file_dialog_the_menu_asks_for_the_path_and_opens_it() {
    // SAFETY: the only test of this binary, set before any thread of the app starts.
    unsafe { std::env::set_var("CHRONOMAP_NO_FILE_DIALOG", "1") };
    let (_dir, folder) = copy_story("tests/unusual/three-sources");
    let mut harness = harness_with(ChronomapApp::open(None).expect("the shipped story"));
    assert!(!has_label_containing(
        &harness,
        "No file dialog can be shown"
    ));
    menu(&mut harness, "File", "Open story folder…");
    assert!(has_label_containing(
        &harness,
        "No file dialog can be shown on this desktop"
    ));
    replace_text(&mut harness, "Path", &folder.display().to_string());
    harness.get_by_label("Open story").click();
    harness.run();
    harness.run();
    assert_eq!(harness.state().story().sources.len(), 3);
    each_command_asks_for_its_own_path_in_the_story_folder(&mut harness, &folder);
}

/// Run from the test above (one test per binary: the variable must be set before any other).
fn each_command_asks_for_its_own_path_in_the_story_folder(
    harness: &mut egui_kittest::Harness<'static, ChronomapApp>,
    folder: &std::path::Path,
) {
    // Publishing: one button, the path already the story's folder and a file name.
    menu(harness, "File", "Publish as web page…");
    let page = folder.join("story.html");
    assert_eq!(
        harness.get_by_label("Path").value().as_deref(),
        Some(page.to_str().unwrap())
    );
    assert!(
        harness.query_by_label("Open story").is_none(),
        "only the command asked for is offered"
    );
    harness.get_by_label("Publish as a web page here").click();
    harness.run();
    let html = std::fs::read_to_string(&page).expect("the page is written where the path said");
    assert!(html.contains("<html"));
    assert!(has_label_containing(
        harness,
        "Published the story as one web page"
    ));
    harness.get_by_label("OK").click();
    harness.run();
    a_street_map_is_chosen_by_its_path_and_can_be_taken_away(harness);
    // The view as PNG has its own prompt too (it had none: nothing happened).
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export").hover();
    harness.run();
    harness.get_by_label("Current view as PNG…").click();
    harness.run();
    harness.run();
    assert_eq!(
        harness.get_by_label("Path").value().as_deref(),
        Some(folder.join("view.png").to_str().unwrap())
    );
    harness
        .get_by_label("Export the current view as PNG here")
        .click();
    // The export waits for the frame's pixels, which a headless harness never draws (the window
    // test writes real PNGs): the frames keep coming, so they are stepped, not run to rest.
    harness.run_steps(3);
    assert!(
        harness.query_by_label("Path").is_none(),
        "the prompt closed"
    );
}

/// File → Base map… asks for a PMTiles file; one that is not refused with its name; the street map
/// chosen is said, and File offers to take it away again.
fn a_street_map_is_chosen_by_its_path_and_can_be_taken_away(
    harness: &mut egui_kittest::Harness<'static, ChronomapApp>,
) {
    let dir = tempfile::tempdir().unwrap();
    let not_tiles = dir.path().join("notes.pmtiles");
    std::fs::write(&not_tiles, "no tiles here").unwrap();
    menu(harness, "File", "Base map…");
    replace_text(harness, "Path", &not_tiles.display().to_string());
    harness.get_by_label("Draw this street map").click();
    harness.run();
    assert!(has_label_containing(
        harness,
        "Could not draw this street map"
    ));
    assert!(has_label_containing(
        harness,
        "notes.pmtiles: is not a PMTiles archive"
    ));
    harness.get_by_label("Close").click();
    harness.run();
    let tiles = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/streets/retford-openmaptiles.pmtiles");
    menu(harness, "File", "Base map…");
    replace_text(harness, "Path", &tiles.display().to_string());
    harness.get_by_label("Draw this street map").click();
    harness.run();
    assert!(has_label_containing(
        harness,
        "are drawn under the story once the map is zoomed in close (© OpenStreetMap contributors)"
    ));
    assert_eq!(
        harness.state().saved_state().street_map.as_deref(),
        Some(tiles.as_path()),
        "remembered for the next session"
    );
    menu(
        harness,
        "File",
        "No street map (now retford-openmaptiles.pmtiles)",
    );
    assert!(has_label_containing(
        harness,
        "No street map under the story"
    ));
    assert_eq!(harness.state().saved_state().street_map, None);
}
