//! The Karabakh story, compiled into the binary so the app runs on it from any folder.

use crate::load::StoryFiles;

macro_rules! story_file {
    ($name:literal) => {
        ($name, include_str!(concat!("../data/karabakh/", $name)))
    };
}

static KARABAKH_FILES: &[(&str, &str)] = &[
    story_file!("story.json"),
    story_file!("places.geojson"),
    story_file!("sources/000_dfcbaef0274c1e9b.txt"),
    story_file!("sources/003_8dfbbe99632af8eb.txt"),
];

pub fn karabakh() -> StoryFiles {
    StoryFiles::Embedded {
        name: "karabakh",
        files: KARABAKH_FILES,
    }
}

/// The Natural Earth country outlines drawn under every story: 1:10m in the South Caucasus…
pub const BASE_MAP_GEOJSON: &str = include_str!("../assets/south_caucasus_countries.geojson");
/// …the box that file covers (lon 43–51, lat 38.2–42.2: see its README)…
pub const BASE_MAP_BOX: [f64; 4] = [43.0, 38.2, 51.0, 42.2];
/// …and 1:110m for the rest of the world (assets/world/make.py).
pub const WORLD_MAP_GEOJSON: &str = include_str!("../assets/world/world_countries_110m.geojson");
/// The world closer up: Natural Earth 1:10m and about 1:50m in tiles, decoded as views need them
/// (assets/world/make_detail.py; `base_map::detail`).
pub const DETAIL_MAP: &[u8] = include_bytes!("../assets/world/detail.bin");
