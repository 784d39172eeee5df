//! Where no native file dialog can be shown, File → Open story folder… says so and opens the path
//! field directly, and the story typed there opens. One test in its own binary: it sets the
//! environment variable that stands for a desktop without a portal, which no other test may see.

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
}
