//! Helpers the test files share: the shipped story, a headless window on it, label queries, days.
// Each test file uses some of these, not all; tests may unwrap.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use chronomap::model::Story;
use chronomap::ui::ChronomapApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

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
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
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
