//! The base map under a newcomer's story anywhere on Earth, through the real UI: close up, the
//! coasts, borders and first-level divisions come from Natural Earth 1:10m (1:50m further out) and
//! the gazetteer's towns name the surroundings, quieter than the story's own places; the shipped
//! story keeps its own regional map.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::document::Document;
use chronomap::edit::make;
use chronomap::ui::ChronomapApp;
use common::harness_with;
use egui_kittest::kittest::{NodeT, Queryable};

/// The map's accessible name once it names towns around (the gazetteer is read in the background
/// the first time): frames are drawn until it does, or a minute has passed.
fn map_name_with_towns(harness: &mut common::AppHarness) -> String {
    let started = std::time::Instant::now();
    loop {
        let name = map_name(harness);
        if name.contains("towns around") || started.elapsed() > std::time::Duration::from_secs(60) {
            return name;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.step();
    }
}

/// The map's accessible name: what it shows, in words.
fn map_name(harness: &common::AppHarness) -> String {
    harness
        .query_all_by_role(egui::accesskit::Role::Canvas)
        .filter_map(|node| node.accesskit_node().label())
        .find(|name| name.starts_with("Map"))
        .unwrap_or_default()
}

/// A saved story of these towns (name, longitude, latitude), opened in a window.
fn story_of(towns: &[(&str, f64, f64)]) -> (tempfile::TempDir, common::AppHarness) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("story");
    let mut doc = Document::empty("A story elsewhere", &folder);
    for &(name, lon, lat) in towns {
        let town = make::PlaceDraft::town(name, lon, lat);
        doc.edit(make::add_place(doc.story(), &town).unwrap())
            .unwrap();
    }
    doc.save(None).unwrap();
    let harness = harness_with(ChronomapApp::open(Some(&folder)).unwrap());
    (dir, harness)
}

#[test]
fn a_story_in_england_shows_its_coasts_counties_and_the_towns_around_it() {
    let (_dir, mut harness) =
        story_of(&[("Retford", -0.94, 53.32), ("Chesterfield", -1.42, 53.24)]);
    let name = map_name_with_towns(&mut harness);
    assert!(
        name.contains("coasts, borders and regions at 1:10m"),
        "{name}"
    );
    let towns = name.split("towns around: ").nth(1).unwrap_or_default();
    for town in ["Sheffield", "Doncaster", "Nottingham"] {
        assert!(towns.contains(town), "{town} named around: {name}");
    }
    assert!(
        !towns.contains("Retford"),
        "the story's own place is not named twice: {name}"
    );
}

#[test]
fn stories_in_patagonia_fiji_and_near_a_pole_get_a_base_map() {
    for towns in [
        &[
            ("Río Gallegos", -69.22, -51.62),
            ("El Calafate", -72.27, -50.34),
        ][..],
        &[("Suva", 178.44, -18.14), ("Labasa", 179.39, -16.43)][..],
        &[("Longyearbyen", 15.63, 78.22), ("Ny-Ålesund", 11.93, 78.92)][..],
    ] {
        let (_dir, harness) = story_of(towns);
        let name = map_name(&harness);
        assert!(
            name.contains("coasts, borders and regions at 1:"),
            "{towns:?}: {name}"
        );
    }
}

#[test]
fn a_story_across_the_antimeridian_lies_together_with_its_coasts_and_towns() {
    // Suva and Labasa lie west of 180°, Lakeba (the Lau islands) east of it.
    let (_dir, mut harness) = story_of(&[
        ("Suva", 178.44, -18.14),
        ("Labasa", 179.39, -16.43),
        ("Lakeba", -178.8, -18.2),
    ]);
    let name = map_name_with_towns(&mut harness);
    let [west, _, east, _] = harness.state().map_view_box().unwrap();
    // As a GeoJSON bbox: across the antimeridian, its west greater than its east, a few degrees wide.
    assert!(west > 170.0 && east < -170.0, "{west} {east}: {name}");
    assert!((east + 360.0 - west) < 15.0, "{west} {east}");
    assert!(
        name.contains("coasts, borders and regions at 1:10m"),
        "{name}"
    );
    // Tubou, on Lakeba, lies east of 180°.
    assert!(name.contains("Tubou"), "towns around: {name}");
    // Each place is drawn on screen, not at the two ends of the world.
    for (lon, lat) in [(178.44, -18.14), (-178.8, -18.2)] {
        let at = harness.state().map_screen_position(lon, lat).unwrap();
        assert!(harness.ctx.content_rect().contains(at), "{lon}: {at:?}");
    }
}

#[test]
fn a_story_at_the_south_pole_gets_its_coasts() {
    let (_dir, mut harness) = story_of(&[
        ("McMurdo Station", 166.67, -77.85),
        ("Amundsen–Scott Station", 139.27, -89.99),
    ]);
    harness.run_steps(2);
    let name = map_name(&harness);
    assert!(name.contains("coasts, borders and regions at 1:"), "{name}");
}

#[test]
fn a_street_map_draws_the_river_and_names_under_a_town_once_zoomed_in() {
    let (_dir, mut harness) = story_of(&[("Retford", -0.9436, 53.3215)]);
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/streets/retford-protomaps.pmtiles");
    let map = chronomap::base_map::streets::StreetMap::open(&file).unwrap();
    harness.state_mut().show_street_map(map);
    harness.run();
    // At the story's first view (100 km across) the streets are too small to draw.
    assert!(
        !map_name(&harness).contains("streets from"),
        "{}",
        map_name(&harness)
    );
    for _ in 0..4 {
        harness.get_by_label("+").click();
        harness.run();
    }
    let name = map_name(&harness);
    assert!(
        name.contains(
            "streets from retford-protomaps.pmtiles (© OpenStreetMap contributors), naming"
        ),
        "{name}"
    );
    assert!(name.contains("River Idle"), "{name}");
    let streets = name.split("streets from").nth(1).unwrap_or_default();
    let named = streets.split(';').next().unwrap_or_default();
    assert!(
        !named.contains("Retford"),
        "the story's own place is its own: {name}"
    );
}

#[test]
fn the_shipped_story_keeps_its_regional_map_and_names_no_other_towns() {
    let harness = harness_with(ChronomapApp::open(None).unwrap());
    let name = map_name(&harness);
    assert!(!name.contains("towns around"), "{name}");
}

#[test]
fn a_story_of_three_continents_opens_with_every_place_in_view() {
    let towns = [
        ("Nairobi", 36.82, -1.29),
        ("Lima", -77.04, -12.05),
        ("Suva", 178.44, -18.14),
    ];
    let (_dir, mut harness) = story_of(&towns);
    harness.run();
    let [west, south, east, north] = harness.state().map_view_box().unwrap();
    // As a GeoJSON bbox: across the antimeridian, its east is less than its west.
    let east = if east < west { east + 360.0 } else { east };
    for (name, lon, lat) in towns {
        assert!(
            chronomap::spatial::lon_within(lon, west, east) && (south..=north).contains(&lat),
            "{name} ({lon}, {lat}) is outside the view [{west}, {south}, {east}, {north}]"
        );
    }
}
