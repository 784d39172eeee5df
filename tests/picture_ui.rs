//! A photograph in the window (issue 36, items 2 and 3): what its file says shown as its claims,
//! a region drawn with the mouse and made into an event's quote, saved on disk; its position
//! offered as a place marked as the photo's metadata.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::ui::ChronomapApp;
use common::{AppHarness, harness_with, has_label_containing, replace_text, story_json};
use egui_kittest::kittest::Queryable;

/// The shipped story with `tests/pictures/checkpoint.jpg` added as the source "Checkpoint photo",
/// opened in a window on that source.
fn window_on_the_photo() -> (tempfile::TempDir, std::path::PathBuf, AppHarness) {
    window_on("tests/pictures/checkpoint.jpg", "Checkpoint photo")
}

/// The shipped story with the picture `file` added as the source `label`, in a window on it.
fn window_on(file: &str, label: &str) -> (tempfile::TempDir, std::path::PathBuf, AppHarness) {
    let (dir, folder) = common::copy_story("data/karabakh");
    let added = common::chronomap(&[
        "add-source",
        folder.to_str().unwrap(),
        file,
        "--published",
        "2024-04-18",
        "--label",
        label,
    ]);
    assert!(added.status.success(), "{}", common::said(&added));
    let mut harness = harness_with(ChronomapApp::open(Some(&folder)).unwrap());
    harness.get_by_label("Source").click();
    harness.run();
    harness.get_by_label(label).click();
    harness.step();
    // The picture is decoded off the UI thread: wait for it, never assume it.
    for _ in 0..600 {
        if harness.query_by_label("Picture").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    harness.run();
    assert!(
        harness.query_by_label("Picture").is_some(),
        "the picture is shown"
    );
    (dir, folder, harness)
}

#[test]
fn a_region_drawn_on_a_photo_becomes_the_quote_of_a_new_event_saved_on_disk() {
    let (_dir, folder, mut harness) = window_on_the_photo();
    // What the file says is said to be its claim.
    assert!(has_label_containing(
        &harness,
        "The file says it was taken at 2024-04-17T10:32:05+04:00"
    ));
    assert!(has_label_containing(&harness, "No Content Credentials"));
    harness.get_by_label("Select a region to quote").click();
    harness.run();
    drag_across(&mut harness, (0.25, 0.25), (0.5, 0.5));
    let (_, [x, y, w, h]) = harness.state().view().region.expect("a region is drawn");
    for (got, want) in [(x, 300), (y, 200), (w, 300), (h, 200)] {
        assert!(got.abs_diff(want) <= 4, "{:?}", [x, y, w, h]);
    }
    harness.get_by_label("Quote region").click();
    harness.run();
    harness.run();
    assert!(has_label_containing(&harness, "A region of the picture"));
    replace_text(
        &mut harness,
        "Region caption",
        "The red barrier across the road",
    );
    replace_text(&mut harness, "Event title", "A barrier closes the road");
    replace_text(&mut harness, "Event date", "2024-04-17");
    harness.get_by_label("Add event").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert!(!harness.state().is_dirty());

    let saved = story_json(&folder);
    let quote = saved["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["caption"] == "The red barrier across the road")
        .expect("the region quote is saved");
    assert_eq!(quote["source"], "checkpoint-photo");
    assert_eq!(quote["xywh"], serde_json::json!([x, y, w, h]));
    assert!(quote.get("exact").is_none(), "{quote}");
    let event = saved["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["title"] == "A barrier closes the road")
        .unwrap();
    assert_eq!(event["quotes"], serde_json::json!([quote["id"]]));
    // The photo on disk is the file added, byte for byte.
    let source = saved["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "checkpoint-photo")
        .unwrap();
    let kept = source["capture"]["original"]["file"].as_str().unwrap();
    assert_eq!(
        std::fs::read(folder.join(kept)).unwrap(),
        std::fs::read("tests/pictures/checkpoint.jpg").unwrap()
    );
    // The story as saved loads and validates.
    let validated = common::chronomap(&["validate", folder.to_str().unwrap()]);
    assert!(validated.status.success(), "{}", common::said(&validated));
}

/// Drags across the shown picture from one fraction of it to another, selecting.
fn drag_across(harness: &mut AppHarness, from: (f32, f32), to: (f32, f32)) {
    let picture = harness.get_by_label("Picture").rect();
    let at = |(fx, fy): (f32, f32)| picture.min + egui::vec2(fx, fy) * picture.size();
    harness.hover_at(at(from));
    harness.run();
    harness.drag_at(at(from));
    harness.run();
    for step in 1..=4 {
        let t = step as f32 / 4.0;
        harness.hover_at(at((
            from.0 + (to.0 - from.0) * t,
            from.1 + (to.1 - from.1) * t,
        )));
        harness.run();
    }
    harness.drop_at(at(to));
    harness.run();
}

#[test]
fn a_phone_photo_is_shown_turned_and_a_region_drawn_on_it_is_counted_in_its_stored_pixels() {
    // Stored 1200 × 800 with EXIF orientation 6: shown 800 × 1200, upright.
    let (_dir, _folder, mut harness) = window_on("tests/pictures/rotated.jpg", "Phone photo");
    assert!(has_label_containing(&harness, "it is shown turned"));
    let picture = harness.get_by_label("Picture").rect();
    assert!(
        picture.height() > picture.width(),
        "shown upright: {picture:?}"
    );
    harness.get_by_label("Select a region to quote").click();
    harness.run();
    drag_across(&mut harness, (0.25, 0.25), (0.5, 0.5));
    let (_, [x, y, w, h]) = harness.state().view().region.expect("a region is drawn");
    // The shown quarter's second eighth, turned back: lower down the stored picture's left side.
    for (got, want) in [(x, 300), (y, 400), (w, 300), (h, 200)] {
        assert!(got.abs_diff(want) <= 4, "{:?}", [x, y, w, h]);
    }
}

#[test]
fn a_photos_position_becomes_a_place_marked_as_its_metadatas_claim() {
    let (_dir, _folder, mut harness) = window_on_the_photo();
    harness.get_by_label("Add as place").click();
    harness.run();
    harness.run();
    let form_places = harness.state().story().places.len();
    harness.get_by_label("Add place").click();
    harness.run();
    let story = harness.state().story();
    assert_eq!(story.places.len(), form_places + 1);
    let place = story.places.last().unwrap();
    assert!(
        place.notes.contains("From the photo's metadata"),
        "{}",
        place.notes
    );
    match place.geometry {
        geo::Geometry::Point(p) => {
            assert!((p.x() - 46.5453).abs() < 1e-4 && (p.y() - 39.6363).abs() < 1e-4)
        }
        ref other => panic!("{other:?}"),
    }
}

#[test]
fn a_signed_photo_says_who_signed_it_and_an_altered_copy_says_its_credentials_no_longer_hold() {
    let (_dir, _, harness) = window_on("tests/pictures/signed.jpg", "Signed photo");
    assert!(has_label_containing(
        &harness,
        "Content Credentials (C2PA) signed by Chronomap Test Photo Desk (Chronomap tests)"
    ));
    assert!(has_label_containing(
        &harness,
        "created, colour adjusted, cropped"
    ));
    assert!(has_label_containing(
        &harness,
        "How it was made, as they record it: captured by a camera."
    ));
    assert!(has_label_containing(
        &harness,
        "valid and still bound to these pixels"
    ));
    let (_dir, _, harness) = window_on("tests/pictures/signed-altered.jpg", "Altered photo");
    assert!(has_label_containing(
        &harness,
        "The manifest no longer matches these pixels"
    ));
}

#[test]
fn a_photo_added_from_the_menu_is_shown_with_what_its_file_says_and_kept_on_save() {
    let (_dir, folder, mut harness) = common::convoy();
    let photo =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pictures/checkpoint.jpg");
    common::menu(&mut harness, "File", "Add source…");
    replace_text(&mut harness, "Source file", photo.to_str().unwrap());
    replace_text(&mut harness, "Source publication date", "2024-04-18");
    harness.get_by_label("Add the source").click();
    for _ in 0..600 {
        if harness.query_by_label("Picture").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    assert!(
        harness.query_by_label("Picture").is_some(),
        "the new photo is shown"
    );
    assert!(has_label_containing(
        &harness,
        "The file says it was made with NIKON CORPORATION NIKON Z 6_2"
    ));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.step();
    let saved = story_json(&folder);
    let source = saved["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["capture"]["picture"].is_object())
        .expect("the photo is a source on disk");
    let kept = source["capture"]["original"]["file"].as_str().unwrap();
    assert_eq!(
        std::fs::read(folder.join(kept)).unwrap(),
        std::fs::read(&photo).unwrap()
    );
}
