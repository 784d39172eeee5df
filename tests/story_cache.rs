//! The story cache: a second open comes from it and gives the same story; an edited file, a
//! corrupt or cut-short cache, or a cache of another folder is never trusted, and the cache is
//! written anew.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::document::Document;
use chronomap::load::Cancel;
use chronomap::load::cache::{Miss, Opened, StoryCache};
use chronomap::load::files::StoryFiles;
use std::path::{Path, PathBuf};

/// A cache for every story, however small, in its own folder.
fn cache() -> (tempfile::TempDir, StoryCache) {
    let dir = tempfile::tempdir().unwrap();
    let cache = StoryCache::at(dir.path().join("cache"), 0);
    (dir, cache)
}

/// Opens the story through the cache, and waits for a cache it writes to be on disk.
fn open(folder: &Path, cache: &StoryCache) -> (Document, Opened) {
    let (doc, opened, writing) =
        Document::open_with_cache(folder, &Cancel::default(), Some(cache)).unwrap();
    if let Some(writing) = writing {
        writing.finish().unwrap();
    }
    (doc, opened)
}

/// Why the cache of the story in `folder` is not used (a test fails if it would be).
fn miss(cache: &StoryCache, folder: &Path) -> Miss {
    cache
        .read(&StoryFiles::from_path(folder), &Cancel::default())
        .expect_err("the cache is not used")
}

/// The one file in the cache folder.
fn cache_file(dir: &tempfile::TempDir) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(dir.path().join("cache"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "one cache file: {files:?}");
    files[0].clone()
}

#[test]
fn a_second_open_comes_from_the_cache_and_gives_the_same_story() {
    let (_story_dir, folder) = common::copy_story("data/karabakh");
    let (cache_dir, cache) = cache();
    let (first, opened) = open(&folder, &cache);
    assert_eq!(opened, Opened::FromFiles { cached: true });
    assert!(cache_file(&cache_dir).metadata().unwrap().len() > 1000);
    let (second, opened) = open(&folder, &cache);
    assert_eq!(opened, Opened::FromCache);
    assert_eq!(second.story(), first.story());
    // And the same as a load without any cache.
    assert_eq!(
        second.story(),
        &chronomap::load::load_path(&folder).unwrap()
    );
    // The story on disk is untouched by either open.
    let on_disk = std::fs::read(folder.join("story.json")).unwrap();
    assert_eq!(on_disk, std::fs::read("data/karabakh/story.json").unwrap());
}

#[test]
fn an_edited_file_is_seen_and_the_cache_rebuilt() {
    let (_story_dir, folder) = common::copy_story("data/karabakh");
    let (_cache_dir, cache) = cache();
    open(&folder, &cache);
    // The story's title changed on disk after the cache was written.
    let mut story = common::story_json(&folder);
    story["title"] = serde_json::json!("Retitled after the cache was written");
    std::fs::write(
        folder.join("story.json"),
        serde_json::to_vec_pretty(&story).unwrap(),
    )
    .unwrap();
    assert_eq!(
        miss(&cache, &folder),
        Miss::Changed("story.json".to_owned())
    );
    let (doc, opened) = open(&folder, &cache);
    assert_eq!(opened, Opened::FromFiles { cached: true });
    assert_eq!(doc.story().title, "Retitled after the cache was written");
    let (doc, opened) = open(&folder, &cache);
    assert_eq!(opened, Opened::FromCache);
    assert_eq!(doc.story().title, "Retitled after the cache was written");
}

#[test]
fn a_source_changed_since_its_capture_is_reported_not_hidden_by_the_cache() {
    let (_story_dir, folder) = common::copy_story("data/karabakh");
    let (_cache_dir, cache) = cache();
    let (doc, _) = open(&folder, &cache);
    let source = doc.story().sources[0].file.clone();
    let mut text = std::fs::read_to_string(folder.join(&source)).unwrap();
    text.push_str("\nUne ligne ajoutée.\n");
    std::fs::write(folder.join(&source), text).unwrap();
    assert_eq!(miss(&cache, &folder), Miss::Changed(source.clone()));
    let errors = Document::open_with_cache(&folder, &Cancel::default(), Some(&cache))
        .err()
        .expect("the changed source fails its capture record")
        .to_string();
    assert!(errors.contains("000_dfcbaef0274c1e9b.txt"), "{errors}");
}

#[test]
fn a_corrupt_or_cut_short_cache_is_not_trusted() {
    let (_story_dir, folder) = common::copy_story("data/karabakh");
    let (cache_dir, cache) = cache();
    let (original, _) = open(&folder, &cache);
    let path = cache_file(&cache_dir);
    let whole = std::fs::read(&path).unwrap();

    let mut flipped = whole.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x40;
    std::fs::write(&path, &flipped).unwrap();
    assert_eq!(miss(&cache, &folder), Miss::Corrupt);
    let (doc, opened) = open(&folder, &cache);
    assert_eq!(opened, Opened::FromFiles { cached: true });
    assert_eq!(doc.story(), original.story());
    assert_eq!(
        std::fs::read(&path).unwrap(),
        whole,
        "the cache is rewritten"
    );

    std::fs::write(&path, &whole[..whole.len() / 3]).unwrap();
    assert_eq!(miss(&cache, &folder), Miss::Corrupt);
    std::fs::write(&path, b"").unwrap();
    assert_eq!(miss(&cache, &folder), Miss::Corrupt);
    let (doc, opened) = open(&folder, &cache);
    assert_eq!(opened, Opened::FromFiles { cached: true });
    assert_eq!(doc.story(), original.story());
}

#[test]
fn a_story_moved_to_another_folder_does_not_take_the_first_ones_cache() {
    let (_story_dir, folder) = common::copy_story("data/karabakh");
    let (cache_dir, cache) = cache();
    open(&folder, &cache);
    let (_other_dir, other) = common::copy_story("data/karabakh");
    // The other folder's cache, if it had one, would be a file of its own name.
    let (_, opened) = open(&other, &cache);
    assert_eq!(opened, Opened::FromFiles { cached: true });
    assert_eq!(
        std::fs::read_dir(cache_dir.path().join("cache"))
            .unwrap()
            .count(),
        2
    );
}

#[test]
fn a_small_story_gets_no_cache() {
    let (_story_dir, folder) = common::copy_story("data/karabakh");
    let dir = tempfile::tempdir().unwrap();
    let cache = StoryCache::at(dir.path().join("cache"), chronomap::load::cache::MIN_BYTES);
    let (_, opened) = open(&folder, &cache);
    assert_eq!(opened, Opened::FromFiles { cached: false });
    let (_, opened) = open(&folder, &cache);
    assert_eq!(opened, Opened::FromFiles { cached: false });
    assert!(!dir.path().join("cache").exists());
}

#[test]
fn the_oldest_caches_go_when_they_outgrow_their_room() {
    let (_first_dir, first) = common::copy_story("data/karabakh");
    let (_second_dir, second) = common::copy_story("data/karabakh");
    let (cache_dir, cache) = cache();
    open(&first, &cache);
    let one = std::fs::metadata(cache_file(&cache_dir)).unwrap().len();
    // Room for one cache only: writing the second removes the first.
    let cache = cache.keeping_at_most(one + one / 2);
    let (_, opened) = open(&second, &cache);
    assert_eq!(opened, Opened::FromFiles { cached: true });
    cache_file(&cache_dir);
    assert_eq!(open(&second, &cache).1, Opened::FromCache);
    assert_eq!(open(&first, &cache).1, Opened::FromFiles { cached: true });
}

#[test]
fn a_cache_written_behind_an_open_reaches_the_disk_after_the_story_is_handed_over() {
    let (_story_dir, folder) = common::copy_story("data/karabakh");
    let (cache_dir, cache) = cache();
    // The window's open: the story comes back with the write under way, which is let go.
    let (first, opened, writing) =
        Document::open_with_cache(&folder, &Cancel::default(), Some(&cache)).unwrap();
    assert_eq!(opened, Opened::FromFiles { cached: true });
    drop(writing.expect("a cache is being written"));
    // Waited for as a user would find it: the next open, whenever the write is done.
    let files = StoryFiles::from_path(&folder);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while cache.read(&files, &Cancel::default()).is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "the cache was never written"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let (second, opened) = open(&folder, &cache);
    assert_eq!(opened, Opened::FromCache);
    assert_eq!(second.story(), first.story());
    // Written whole through a temporary file: nothing else is left in the folder.
    assert!(
        cache_file(&cache_dir)
            .extension()
            .is_some_and(|e| e == "story")
    );
}

#[test]
fn a_write_cut_short_leaves_nothing_behind_an_hour_later() {
    let (_story_dir, folder) = common::copy_story("data/karabakh");
    let (cache_dir, cache) = cache();
    let dir = cache_dir.path().join("cache");
    std::fs::create_dir_all(&dir).unwrap();
    let old = dir.join("0123.tmp-999-0");
    let recent = dir.join("4567.tmp-999-1");
    for path in [&old, &recent] {
        std::fs::write(path, b"cut short").unwrap();
    }
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(two_hours_ago)
        .unwrap();
    open(&folder, &cache);
    assert!(!old.exists(), "an hour-old temporary file is removed");
    assert!(recent.exists(), "one that may still be written is kept");
}
