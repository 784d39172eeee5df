//! Places through the real UI: a point and an area drawn on the map, a place renamed and deleted
//! from its card, a point dragged to a new position, and towns found by name in the gazetteer.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{AppHarness, convoy, harness, has_label_containing, places_geojson, replace_text};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};

#[test]
fn a_point_and_an_area_drawn_on_the_map_become_places() {
    let (_dir, folder, mut harness) = convoy();
    let zero = egui::Vec2::ZERO;

    harness.get_by_label("Point").click();
    harness.run();
    assert!(has_label_containing(
        &harness,
        "Click the map where the place is"
    ));
    common::click_map_at(&mut harness, 46.6, 39.7, zero);
    harness.run();
    assert!(has_label_containing(&harness, "New place"));
    replace_text(&mut harness, "Place name", "Checkpoint");
    harness.get_by_label("Add place").click();
    harness.run();

    harness.get_by_label("Area").click();
    harness.run();
    for (lon, lat) in [(46.6, 39.9), (46.9, 39.9), (46.9, 39.7)] {
        common::click_map_at(&mut harness, lon, lat, zero);
    }
    assert!(has_label_containing(&harness, "3 so far"));
    harness.get_by_label("Finish").click();
    harness.run();
    harness.run();
    replace_text(&mut harness, "Place name", "Search area");
    harness.get_by_label("Add place").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();

    let places = places_geojson(&folder);
    let features = places["features"].as_array().unwrap();
    let named = |name: &str| {
        features
            .iter()
            .find(|f| f["properties"]["name"] == name)
            .unwrap_or_else(|| panic!("{name} saved"))
    };
    let point = &named("Checkpoint")["geometry"];
    assert_eq!(point["type"], "Point");
    let (lon, lat) = (
        point["coordinates"][0].as_f64().unwrap(),
        point["coordinates"][1].as_f64().unwrap(),
    );
    assert!(
        (lon - 46.6).abs() < 0.01 && (lat - 39.7).abs() < 0.01,
        "{lon} {lat}"
    );
    assert_eq!(named("Checkpoint")["properties"]["kind"], "city");
    let area = &named("Search area");
    assert_eq!(area["geometry"]["type"], "Polygon");
    let ring = area["geometry"]["coordinates"][0].as_array().unwrap();
    assert_eq!(ring.len(), 4, "three vertices, closed");
    assert_eq!(ring[0], ring[3]);
    assert_eq!(area["properties"]["approximate"], true);
}

#[test]
fn a_place_is_renamed_from_its_card_and_deleted_with_its_references() {
    let (_dir, _, mut harness) = convoy();
    harness
        .state_mut()
        .apply(chronomap::ui::Command::SelectPlace(Some(0)));
    harness.run();
    harness.get_by_label("Edit place").click();
    harness.run();
    harness.run();
    replace_text(&mut harness, "Place aliases", "Khankendi, Xankəndi");
    harness.get_by_label("Save place").click();
    harness.run();
    assert_eq!(
        harness.state().story().places[0].aliases,
        ["Khankendi", "Xankəndi"]
    );
    harness.get_by_label("Edit place").click();
    harness.run();
    harness.run();
    harness.get_by_label("Delete place").click();
    harness.run();
    assert!(harness.state().story().places.is_empty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().story().places[0].name, "Stepanakert");
}

#[test]
fn dragging_the_selected_point_moves_it_as_one_edit() {
    let (_dir, _, mut harness) = convoy();
    harness
        .state_mut()
        .apply(chronomap::ui::Command::SelectPlace(Some(0)));
    harness.run();
    let from = harness.state().map_screen_position(46.75, 39.82).unwrap();
    let to = harness.state().map_screen_position(46.90, 39.70).unwrap();
    harness.drag_at(from);
    harness.run();
    for step in 1..=4 {
        harness.hover_at(from + (to - from) * (step as f32 / 4.0));
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
    let moved = match &harness.state().story().places[0].geometry {
        geo::Geometry::Point(p) => (p.x(), p.y()),
        other => panic!("still a point: {other:?}"),
    };
    assert!(
        (moved.0 - 46.90).abs() < 0.01 && (moved.1 - 39.70).abs() < 0.01,
        "{moved:?}"
    );
    // The map did not pan meanwhile: the old position is where it was on screen.
    assert!((harness.state().map_screen_position(46.75, 39.82).unwrap() - from).length() < 1.0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    match &harness.state().story().places[0].geometry {
        geo::Geometry::Point(p) => assert_eq!((p.x(), p.y()), (46.75, 39.82)),
        other => panic!("{other:?}"),
    }
}

/// The shipped story with Add place → By name… open.
fn town_search() -> AppHarness {
    let mut harness = harness();
    harness.get_by_label("By name…").click();
    harness.run();
    harness.run();
    harness
}

/// "By name…" opens to its search with the keyboard in it: a town's name typed at once finds it.
#[test]
fn the_town_search_takes_the_keyboard_as_it_opens() {
    let mut harness = town_search();
    assert!(harness.get_by_label("Gazetteer search").is_focused());
    harness
        .input_mut()
        .events
        .push(egui::Event::Text("Goris".to_owned()));
    harness.run();
    assert!(
        has_label_containing(&harness, "Goris ("),
        "a typed name finds its town"
    );
}

#[test]
fn the_gazetteer_finds_the_regions_capital_by_any_name_and_the_town_of_that_name_first() {
    let mut harness = town_search();
    let first_result = |harness: &AppHarness| {
        harness
            .query_all_by_label_contains(" people · ")
            .next()
            .and_then(|node| node.accesskit_node().label())
            .unwrap_or_default()
    };
    for name in ["Stepanakert", "Khankendi", "Xankəndi"] {
        replace_text(&mut harness, "Gazetteer search", name);
        let label = first_result(&harness);
        assert!(label.starts_with("Khankendi"), "{name}: {label}");
        assert!(label.contains("(AZ)"), "{label}");
    }
    assert!(first_result(&harness).starts_with("Khankendi, also Xankəndi (AZ)"));
    // Gori (Georgia) is also called Goris and is larger; the town named Goris comes first.
    replace_text(&mut harness, "Gazetteer search", "Goris");
    assert!(first_result(&harness).starts_with("Goris (AM)"));
    // Towns near the story's places come first: "Gor" lists Goris, which larger towns elsewhere
    // would push out of the list.
    replace_text(&mut harness, "Gazetteer search", "Gor");
    assert!(has_label_containing(&harness, "Goris (AM)"));
}
