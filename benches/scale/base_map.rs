//! The base map's cost (issue 31): a frame over a story in England, where the 1:10m detail and
//! the towns are drawn, beside the same frame over a story out at sea, where they are not (the
//! difference is what the base map costs), both while panning, so the still layer is drawn anew
//! each frame; a world view; and the gazetteer's look-up per keystroke, with the time and memory
//! its index takes.

use super::{Motion, median, ms, ui_frame, ui_frame_of};
use chronomap::document::Document;
use chronomap::edit::make;
use chronomap::ui::ChronomapApp;

/// A story of these towns (name, longitude, latitude), unsaved.
fn story_of(towns: &[(&str, f64, f64)]) -> Document {
    let mut doc = Document::empty("Bench", std::path::Path::new("bench"));
    for &(name, lon, lat) in towns {
        let town = make::PlaceDraft::town(name, lon, lat);
        doc.edit(make::add_place(doc.story(), &town).expect("a town"))
            .expect("applies");
    }
    doc
}

/// The heap this process holds, in MiB, by glibc's count: resident memory does not grow when the
/// allocator reuses pages that earlier bench lines freed.
fn heap_mib() -> f64 {
    // SAFETY: mallinfo2 takes nothing and returns a plain struct of counters.
    let info = unsafe { libc::mallinfo2() };
    // Small blocks in the arenas, and large ones mapped on their own.
    (info.uordblks + info.hblkhd) as f64 / (1024.0 * 1024.0)
}

/// The gazetteer's towns read and indexed, weighed before anything else has read them (a
/// published page or a frame away from the shipped region reads the towns), and its slowest
/// keystroke.
pub fn gazetteer_lines() {
    let before = heap_mib();
    let started = std::time::Instant::now();
    let first = chronomap::gazetteer::search("Va", 8, &[]);
    println!(
        "gazetteer_index_build: {:.0} ms, {:.0} MiB of heap, {} towns",
        ms(started.elapsed()),
        heap_mib() - before,
        chronomap::gazetteer::len()
    );
    assert!(!first.is_empty());
    let near = [(-0.38, 39.47), (-1.0, 39.5)];
    let mut typed = String::new();
    let keystrokes: Vec<String> = "Valence"
        .chars()
        .map(|c| {
            typed.push(c);
            typed.clone()
        })
        .collect();
    let slowest = keystrokes
        .iter()
        .map(|query| median(9, || chronomap::gazetteer::search(query, 8, &near)))
        .max()
        .unwrap_or_default();
    println!("gazetteer_search_slowest_keystroke: {:.2} ms", ms(slowest));
}

/// Frames over stories away from the shipped region, with and without the base map's detail
/// and a street map.
pub fn base_map_lines() {
    let england = [("Retford", -0.94, 53.32), ("Chesterfield", -1.42, 53.24)];
    let at_sea = [("Buoy A", -30.94, 43.32), ("Buoy B", -31.42, 43.24)];
    let world = [("Lisbon", -9.14, 38.72), ("Tokyo", 139.69, 35.69)];
    let land = ui_frame("panning_england_20km", story_of(&england), Motion::Pan);
    let sea = ui_frame("panning_at_sea", story_of(&at_sea), Motion::Pan);
    println!(
        "base_map_cost_panning_england: {:.2} ms",
        ms(land.saturating_sub(sea))
    );
    ui_frame("world", story_of(&world), Motion::Hover);
    // A city's streets from a PMTiles file (the tests' dense city: ten thousand buildings on a
    // grid), panned a few kilometres across.
    let retford = [("Retford", -0.9436, 53.3215)];
    let tiles =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/streets/dense-city.pmtiles");
    let mut with_streets = ChronomapApp::with_story(story_of(&retford));
    with_streets.show_street_map(
        chronomap::base_map::streets::StreetMap::open(&tiles).expect("the tests' street map"),
    );
    let city = 40.0;
    let streets = ui_frame_of("panning_pmtiles_city", &mut with_streets, Motion::Pan, city);
    let [west, _, east, _] = with_streets.map_view_box().expect("a view");
    let drawn = with_streets.map_street_tiles();
    assert!(
        drawn > 0,
        "no street tile drawn in a view {} degrees across",
        east - west
    );
    let mut plain = ChronomapApp::with_story(story_of(&retford));
    let without = ui_frame_of(
        "panning_city_without_streets",
        &mut plain,
        Motion::Pan,
        city,
    );
    println!(
        "street_map_cost_panning_city: {:.2} ms",
        ms(streets.saturating_sub(without))
    );
}
