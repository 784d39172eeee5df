//! Evidence in the window: capture records in the reader, and a revised article whose changed and
//! lost quotes are marked on the events they back and listed in the later version.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::ui::{ChronomapApp, Tab};
use common::{harness, harness_with, has_label_containing};
use egui_kittest::kittest::Queryable;
use std::path::Path;

#[test]
fn the_reader_shows_each_source_label_and_its_verified_capture() {
    let mut harness = harness();
    harness.get_by_label("Sources").click();
    harness.run();
    harness
        .get_by_label_contains("La Gazette (Paris), 17 Apr 2024 ·")
        .click();
    harness.run();
    assert_eq!(harness.state().view().tab, Tab::Reader);
    // Both sources by their labels, never "publisher not named" twice.
    harness.get_by_label("Unsigned article (cites Sputnik Arménie), 17 Apr 2024");
    assert!(has_label_containing(
        &harness,
        "SHA-256 9f4b1b08f9b0… verified when the story opened"
    ));
}

#[test]
fn a_reworded_quote_is_marked_on_its_event_and_listed_in_the_later_version() {
    let app = ChronomapApp::open(Some(Path::new("tests/unusual/revised-article"))).unwrap();
    let mut harness = harness_with(app);
    // The events list marks the events whose evidence changed.
    harness
        .get_by_label("△ 15 Apr 2024 · Trucks cross the bridge")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label("△ 15 Apr 2024 · Bridge opened")
            .is_none()
    );
    // The selected event comes first at the cursor, its reworded quote marked.
    harness.get_by_label("△ Reworded in the later version «Daily, updated version»");
    harness.get_by_label("△ Not found in the later version «Daily, updated version»");
    harness
        .query_all_by_label("Read it")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(harness.state().view().reader_source, 1);
    harness.get_by_label_contains("A later version of «Daily, 17 Apr 2024».");
    harness.get_by_label(
        "Quotes of the earlier version: 1 unchanged, 1 moved, 1 changed, 1 not found (orphaned).",
    );
    // The orphan is listed with its words, not lost.
    harness.get_by_label("Not found in the later version:");
    assert!(has_label_containing(
        &harness,
        "Police closed the road at night."
    ));
}
