//! What every fuzz target shares: the input cut into files, and the shipped story to import into.

use chronomap::load::StoryFiles;
use chronomap::model::Story;

/// Cuts an input into the files of a story at 0xFF bytes (never in UTF-8 text): story.json,
/// places.geojson, then source texts under each name a seed story uses.
pub fn story_files(data: &[u8]) -> StoryFiles {
    let mut parts = data.split(|&b| b == 0xFF);
    let story = parts.next().unwrap_or_default().to_vec();
    let places = parts.next().unwrap_or_default().to_vec();
    let first = parts.next().unwrap_or_default().to_vec();
    let second = parts.next().map_or_else(|| first.clone(), <[u8]>::to_vec);
    StoryFiles::Memory {
        name: "fuzz".to_owned(),
        files: vec![
            ("story.json".to_owned(), story),
            ("places.geojson".to_owned(), places),
            ("sources/a.txt".to_owned(), first.clone()),
            ("sources/000_dfcbaef0274c1e9b.txt".to_owned(), first),
            ("sources/003_8dfbbe99632af8eb.txt".to_owned(), second),
        ],
    }
}

/// The shipped story, which imports merge into.
pub fn shipped() -> Option<Story> {
    chronomap::load::load(&chronomap::shipped::karabakh()).ok()
}
