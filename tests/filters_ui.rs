//! Filters through the real UI: each narrows the events list, the timeline and what the map marks,
//! says how many events it keeps, and one click clears them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{harness, has_label_containing};
use egui_kittest::kittest::Queryable;

#[test]
fn a_status_filter_narrows_the_events_and_clears_in_one_click() {
    let mut harness = harness();
    let planned_row = "2025 · Planned end of the peacekeeping mission";
    assert!(has_label_containing(&harness, planned_row));
    harness.get_by_label("Filter").click();
    harness.run();
    harness.get_by_label("planned").click();
    harness.run();
    harness.get_by_label("12 of 13 events");
    assert!(!has_label_containing(&harness, planned_row));
    assert_eq!(harness.state().view().kept_events.len(), 12);
    // Next → no longer stops at the planned end of the mission: it is filtered out.
    let cursor = harness.state().playback().cursor();
    harness.get_by_label("Next →").click();
    harness.run();
    assert_eq!(harness.state().playback().cursor(), cursor);
    harness.get_by_label("Clear filters").click();
    harness.run();
    assert!(has_label_containing(&harness, planned_row));
    assert!(harness.query_by_label("Clear filters").is_none());
}

#[test]
fn a_source_filter_keeps_the_events_that_source_backs_and_the_cursor_follows_it() {
    let mut harness = harness();
    harness.get_by_label("Filter").click();
    harness.run();
    // Leaving out the unsigned article keeps only the events La Gazette reports.
    harness
        .get_by_label("Unsigned article (cites Sputnik Arménie), 17 Apr 2024")
        .click();
    harness.run();
    let app = harness.state();
    let story = app.story();
    let gazette = story
        .sources
        .iter()
        .position(|s| s.id == "gazette")
        .unwrap();
    let kept = app.view().kept_events.clone();
    assert!(!kept.is_empty() && kept.len() < story.events.len());
    for &e in &kept {
        assert!(chronomap::query::sources_of_event(story, e).contains(&gazette));
    }
    // What is current at the cursor is filtered too, so the map marks only kept events' places.
    assert!(app.current_events().iter().all(|e| kept.contains(e)));
    harness.get_by_label(&format!("{} of 13 events", kept.len()));
}

#[test]
fn a_disagreement_is_marked_on_its_event_and_place_and_leads_to_the_comparison() {
    use chronomap::ui::Tab;
    let mut harness = harness();
    // The events list marks the events the sources disagree about.
    assert!(has_label_containing(
        &harness,
        "⇄ 17 Apr 2024 · Kremlin spokesman"
    ));
    // Chosen, the event comes first at the cursor with its disagreements named.
    harness
        .get_by_label_contains("⇄ 17 Apr 2024 · Kremlin spokesman")
        .click();
    harness.run();
    harness
        .query_all_by_label("⇄ Sources differ: Whom Peskov answered")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(harness.state().view().tab, Tab::Compare);
    harness.get_by_label("Whom Peskov answered");
    // A place card names the disagreements about the place and its events.
    harness.get_by_label("Places").click();
    harness.run();
    harness.get_by_label("Karabakh (region)").click();
    harness.run();
    assert!(has_label_containing(&harness, "⇄ Sources differ: "));
}

#[test]
fn sources_compared_lays_three_sources_out_readably_with_not_reported() {
    use chronomap::ui::{ChronomapApp, Command, Tab};
    // A desktop window gives the comparison a column per source; a small one stacks them, each a
    // full panel wide. Either way a column of quotes is never under the readable width.
    for (width, side_by_side) in [(1400.0, true), (1600.0, true), (1000.0, false)] {
        let app =
            ChronomapApp::open(Some(std::path::Path::new("tests/unusual/three-sources"))).unwrap();
        let mut harness = egui_kittest::Harness::builder()
            .with_size(egui::vec2(width, 900.0))
            .build_eframe(|_cc| app);
        harness.run();
        harness.state_mut().apply(Command::ShowTab(Tab::Compare));
        harness.run();
        harness.run();
        let first = |name: &str| -> egui::Rect {
            harness
                .query_all_by_label(name)
                .next()
                .map(|n| n.rect())
                .unwrap_or_else(|| panic!("{name} is shown"))
        };
        let wire = first("Caucasus Wire, 18 Apr 2024");
        let gazette = first("La Gazette (Paris), 17 Apr 2024");
        if side_by_side {
            // Columns a readable width apart, on one row.
            let pitch = (wire.left() - gazette.left()).abs();
            assert!(
                (wire.top() - gazette.top()).abs() < 1.0
                    && pitch >= chronomap::ui::MIN_COLUMN_WIDTH,
                "at {width} px, columns: {gazette:?} {wire:?}"
            );
        } else {
            assert!(
                (wire.left() - gazette.left()).abs() < 1.0,
                "at {width} px, stacked: {gazette:?} {wire:?}"
            );
            let quote = harness
                .get_by_label_contains("About 1,500 Russian soldiers were still deployed")
                .rect();
            assert!(
                quote.width() >= chronomap::ui::MIN_COLUMN_WIDTH,
                "at {width} px: {quote:?}"
            );
        }
        // Every source is listed for every claim: the third is silent on the others.
        assert!(has_label_containing(&harness, "not reported"));
    }
}

#[test]
fn every_event_is_reachable_by_its_label() {
    for story in [
        None,
        Some(std::path::Path::new("tests/unusual/three-sources")),
    ] {
        let app = chronomap::ui::ChronomapApp::open(story).unwrap();
        let mut harness = common::harness_with(app);
        harness.run();
        let titles: Vec<String> = harness
            .state()
            .story()
            .events
            .iter()
            .map(|e| format!("{} · {}", e.date.label(), e.title))
            .collect();
        for title in titles {
            assert!(
                has_label_containing(&harness, &title),
                "{title} has no label"
            );
        }
    }
}

#[test]
fn place_and_precision_filters_keep_what_they_say_and_clear() {
    let mut harness = harness();
    harness.get_by_label("Filter").click();
    harness.run();
    // Only approximate dates.
    harness.get_by_label("Dates").click();
    harness.run();
    harness.get_by_label("approximate only").click();
    harness.run();
    let app = harness.state();
    let kept = app.view().kept_events.clone();
    assert!(!kept.is_empty());
    assert!(kept.iter().all(|&e| app.story().events[e].date.approximate));
    harness.get_by_label("Clear filters").click();
    harness.run();
    assert_eq!(harness.state().view().kept_events.len(), 13);
    // Only events at Kalbajar district.
    harness.get_by_label("At place").click();
    harness.run();
    harness.get_by_label("Kalbajar district").click();
    harness.run();
    harness.get_by_label("1 of 13 events");
    assert!(has_label_containing(
        &harness,
        "First peacekeepers and equipment leave"
    ));
}

#[test]
fn a_place_filter_hides_the_other_places_on_the_map() {
    let mut harness = harness();
    // Map places are focusable nodes named "name, kind".
    let on_map = |harness: &common::AppHarness, name: &str| {
        harness
            .query_all_by_label_contains(&format!("{name}, "))
            .next()
            .is_some()
    };
    for town in ["Stepanakert", "Shusha", "Goris", "Dadivank monastery"] {
        assert!(
            on_map(&harness, town),
            "{town} is on the map before filtering"
        );
    }
    harness.get_by_label("Filter").click();
    harness.run();
    harness.get_by_label("At place").click();
    harness.run();
    harness
        .query_all_by_label("Kalbajar district")
        .last()
        .expect("the place in the list")
        .click();
    harness.run();
    harness.run();
    harness.get_by_label("1 of 13 events");
    // The place and the places of the events it keeps stay; the rest are hidden.
    assert!(on_map(&harness, "Kalbajar district"));
    assert!(on_map(&harness, "Dadivank monastery"));
    for town in ["Stepanakert", "Shusha", "Goris"] {
        assert!(
            !on_map(&harness, town),
            "{town} is hidden by the place filter"
        );
    }
    harness.get_by_label("Clear filters").click();
    harness.run();
    assert!(on_map(&harness, "Stepanakert"));
}
