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

/// The Natural Earth country outlines drawn under every story.
pub const BASE_MAP_GEOJSON: &str = include_str!("../assets/south_caucasus_countries.geojson");
