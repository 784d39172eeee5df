//! Street maps from PMTiles files (made by `tests/streets/make_streets.py`, in Protomaps' and in
//! OpenMapTiles' schema): opened, their tiles chosen by a view and read as water, rivers, roads,
//! buildings and names; files that are not vector tiles refused with a message naming them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chronomap::base_map::streets::{StreetCache, StreetError, StreetKind, StreetMap};
use chronomap::spatial::Projection;
use std::path::PathBuf;

fn fixture(schema: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/streets/retford-{schema}.pmtiles"))
}

/// About what the map shows of Retford at the story's own scale: 6 km across in 700 pixels.
const RETFORD_VIEW: [f64; 4] = [-0.985, 53.305, -0.895, 53.335];
const PIXELS_PER_DEGREE: f64 = 700.0 / 0.09;

#[test]
fn both_schemas_give_the_river_roads_buildings_and_names_around_retford() {
    for schema in ["protomaps", "openmaptiles"] {
        let map = StreetMap::open(&fixture(schema)).unwrap();
        assert_eq!(map.attribution, "© OpenStreetMap contributors", "{schema}");
        assert_eq!((map.min_zoom, map.max_zoom), (10, 14));
        let zoom = map.zoom_for(PIXELS_PER_DEGREE).unwrap();
        assert_eq!(zoom, 12, "{schema}");
        let tiles = map.tiles(zoom, RETFORD_VIEW);
        assert!(!tiles.is_empty() && tiles.len() <= 9, "{schema}: {tiles:?}");
        let mut kinds = Vec::new();
        let mut names = Vec::new();
        for tile in tiles {
            let features = map.features(tile).unwrap();
            kinds.extend(features.areas.iter().map(|(k, _)| *k));
            kinds.extend(features.lines.iter().map(|(k, _)| *k));
            names.extend(features.names.into_iter().map(|n| (n.name, n.water)));
        }
        for kind in [
            StreetKind::River,
            StreetKind::MajorRoad,
            StreetKind::MinorRoad,
            StreetKind::Building,
            StreetKind::Water,
        ] {
            assert!(kinds.contains(&kind), "{schema}: no {kind:?} in {kinds:?}");
        }
        assert!(
            names.contains(&("River Idle".to_owned(), true)),
            "{schema}: {names:?}"
        );
        assert!(
            names.contains(&("Retford".to_owned(), false)),
            "{schema}: {names:?}"
        );
        assert!(
            names.contains(&("Idle Valley Lake".to_owned(), true)),
            "{schema}: {names:?}"
        );
    }
}

#[test]
fn a_river_s_points_lie_where_it_was_drawn() {
    let map = StreetMap::open(&fixture("protomaps")).unwrap();
    let zoom = map.zoom_for(PIXELS_PER_DEGREE).unwrap();
    let river: Vec<_> = map
        .tiles(zoom, RETFORD_VIEW)
        .into_iter()
        .flat_map(|t| map.features(t).unwrap().lines)
        .filter(|(k, _)| *k == StreetKind::River)
        .flat_map(|(_, line)| line.0)
        .collect();
    // The river runs within half a kilometre of the town's meridian (-0.94°).
    assert!(
        river.iter().all(|c| (c.x + 0.94).abs() < 0.008),
        "{river:?}"
    );
    assert!(river.iter().any(|c| c.y > 53.33) && river.iter().any(|c| c.y < 53.31));
}

#[test]
fn far_out_or_away_from_the_archive_no_tile_is_read() {
    let map = StreetMap::open(&fixture("protomaps")).unwrap();
    assert_eq!(map.zoom_for(5.0), None, "a continent is too far out");
    let zoom = map.zoom_for(PIXELS_PER_DEGREE).unwrap();
    assert!(map.tiles(zoom, [10.0, 40.0, 10.1, 40.1]).is_empty());
    // Past the archive's deepest zoom the deepest tiles are drawn larger.
    assert_eq!(map.zoom_for(PIXELS_PER_DEGREE * 64.0), Some(14));
}

#[test]
fn a_cache_keeps_projected_tiles_for_the_view() {
    let map = StreetMap::open(&fixture("openmaptiles")).unwrap();
    let mut cache = StreetCache::new(std::sync::Arc::new(map), Projection::new(-0.94, 53.32));
    let tiles = cache.visible(RETFORD_VIEW, PIXELS_PER_DEGREE);
    assert!(tiles.iter().any(|t| !t.lines.is_empty()));
    assert!(tiles.iter().any(|t| !t.areas.is_empty()));
    assert!(cache.problem.is_none());
}

#[test]
fn files_that_are_not_vector_tiles_are_refused_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.pmtiles");
    std::fs::write(&text, "not an archive at all").unwrap();
    let error = StreetMap::open(&text).err().unwrap();
    assert!(matches!(error, StreetError::NotPmtiles { .. }), "{error}");
    assert!(error.to_string().contains("notes.pmtiles"), "{error}");

    // The same archive, its header saying PNG tiles (byte 99 is the tile type).
    let mut bytes = std::fs::read(fixture("protomaps")).unwrap();
    bytes[99] = 2;
    let png = dir.path().join("raster.pmtiles");
    std::fs::write(&png, &bytes).unwrap();
    let error = StreetMap::open(&png).err().unwrap();
    assert!(matches!(error, StreetError::NotVector { .. }), "{error}");

    // Cut short: the header and directories read, the last tiles do not; each says which, and
    // the others still read.
    let bytes = std::fs::read(fixture("protomaps")).unwrap();
    let cut = dir.path().join("cut.pmtiles");
    std::fs::write(&cut, &bytes[..bytes.len() - 600]).unwrap();
    let map = StreetMap::open(&cut).unwrap();
    let (mut read, mut failed) = (0, Vec::new());
    for zoom in 10..=14 {
        for tile in map.tiles(zoom, RETFORD_VIEW) {
            match map.features(tile) {
                Ok(_) => read += 1,
                Err(e) => failed.push(e.to_string()),
            }
        }
    }
    assert!(read > 0 && !failed.is_empty(), "{read} read, {failed:?}");
    assert!(
        failed[0].starts_with(&format!("{}: tile ", cut.display())),
        "{failed:?}"
    );
    let missing = dir.path().join("missing.pmtiles");
    let error = StreetMap::open(&missing).err().unwrap();
    assert!(
        error
            .to_string()
            .contains("missing.pmtiles: cannot be read"),
        "{error}"
    );
}
