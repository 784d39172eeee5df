//! A map of thousands of places is an overview: places small on screen are grouped into counted
//! discs, what the groups hold is said (on the map and in its accessible name), and a click on a
//! group zooms in until its places are drawn one by one.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::document::Document;
use chronomap::formats::{self, Format};
use chronomap::load::StoryFiles;
use chronomap::ui::ChronomapApp;

/// 3 000 events at 3 000 places, half at one point and half at another 2° east (a grid cell each),
/// imported from an ACLED CSV.
fn two_clusters() -> (tempfile::TempDir, ChronomapApp) {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from(
        "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,country,location,latitude,longitude,source,notes,fatalities\n",
    );
    for i in 0..3000 {
        let (lon, lat) = if i % 2 == 0 {
            (44.0, 40.0)
        } else {
            (46.0, 40.0)
        };
        csv.push_str(&format!(
            "E{i},2024-04-{:02},1,Battles,Armed clash,Group,Country,Place {i},{:.6},{:.6},Desk,Note {i}.,0\n",
            1 + i % 20,
            lat,
            lon,
        ));
    }
    let empty = Document::empty("Overview", dir.path());
    let story = formats::import(empty.story(), Format::EventsCsv, &csv, "events.csv", None)
        .expect("the CSV imports");
    assert_eq!(story.places.len(), 3000);
    let doc = Document::new(story, StoryFiles::from_path(dir.path()));
    (dir, ChronomapApp::with_story(doc))
}

#[test]
fn thousands_of_places_are_grouped_and_a_click_on_a_group_zooms_in() {
    let (_dir, app) = two_clusters();
    let mut harness = common::harness_with(app);
    harness.run();
    assert!(common::has_label_containing(
        &harness,
        "Map, 3\u{202f}000 places in 2 groups: click a group to zoom in"
    ));
    // The west group, at 44° E: a click on it zooms in about it, and selects nothing.
    common::click_map_at(&mut harness, 44.0, 40.0, egui::Vec2::ZERO);
    harness.run();
    assert!(!common::has_label_containing(&harness, "in 2 groups"));
    assert_eq!(common::selected_place_id(&harness), None);
    // Zoomed in enough, the places are drawn one by one and the map no longer speaks of groups.
    for _ in 0..3 {
        common::click_map_at(&mut harness, 44.0, 40.0, egui::Vec2::ZERO);
    }
    assert!(common::has_label_containing(&harness, "Map"));
    assert!(!common::has_label_containing(&harness, "places in"));
}
