//! Web archives as sources, on fixtures made by Webrecorder's own tools (`tests/archives/make.py`:
//! warcio and py-wacz): the archived page's article becomes the source, the archive is kept as its
//! original, the capture record says what the archive says, and `validate` extracts the text again.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::provenance::sha256_hex;
use common::{chronomap, copy_story, said, story_json};
use serde_json::Value;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Output;

const ARTICLE: &str = "https://journal.example/monde/retrait-russe";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/archives")
        .join(name)
}

fn add(story: &Path, archive: &Path, page: Option<&str>) -> Output {
    let mut args = vec![
        "add-source",
        story.to_str().unwrap(),
        archive.to_str().unwrap(),
        "--published",
        "2024-04-17",
        "--language",
        "fr",
    ];
    if let Some(page) = page {
        args.extend(["--page", page]);
    }
    chronomap(&args)
}

#[test]
fn an_archived_page_becomes_a_source_whose_url_time_and_archive_are_recorded() {
    let (_dir, story) = copy_story("tests/broken/valid");
    let wacz = fixture("article.wacz");
    let out = add(&story, &wacz, Some(ARTICLE));
    assert!(out.status.success(), "{}", said(&out));
    let id = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    let json = story_json(&story);
    let source = json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id.as_str())
        .unwrap();
    // The article, decoded from gzip, chunks and Latin-1; not the page's furniture.
    let text = std::fs::read_to_string(story.join(source["file"].as_str().unwrap())).unwrap();
    assert!(
        text.contains("ont quitté le Haut-Karabagh mercredi"),
        "{text}"
    );
    assert!(text.contains("près de deux mille hommes"), "{text}");
    for furniture in ["Accueil", "cookies", "Tous droits réservés"] {
        assert!(!text.contains(furniture), "{furniture} in {text}");
    }
    assert_eq!(source["url"], ARTICLE);
    let capture = &source["capture"];
    assert_eq!(capture["sha256"], sha256_hex(text.as_bytes()));
    assert_eq!(capture["archive"]["url"], ARTICLE);
    assert_eq!(capture["archive"]["archived"], "2024-04-17T21:05:00Z");
    let digest = capture["archive"]["payload_digest"].as_str().unwrap();
    assert!(
        digest.starts_with("sha256:") || digest.starts_with("sha1:"),
        "{digest}"
    );
    // The WACZ is kept unchanged as the original, its own SHA-256 recorded.
    let original = story.join(capture["original"]["file"].as_str().unwrap());
    assert!(original.to_string_lossy().ends_with(".wacz"));
    assert_eq!(
        std::fs::read(&original).unwrap(),
        std::fs::read(&wacz).unwrap()
    );
    assert_eq!(
        capture["original"]["sha256"],
        sha256_hex(&std::fs::read(&wacz).unwrap())
    );
    // validate extracts the text again from the archive and finds it the same.
    let out = chronomap(&["validate", story.to_str().unwrap()]);
    assert!(out.status.success(), "{}", said(&out));
}

#[test]
fn a_plain_gzipped_warc_works_the_same_way() {
    let (_dir, story) = copy_story("tests/broken/valid");
    let out = add(&story, &fixture("article.warc.gz"), Some(ARTICLE));
    assert!(out.status.success(), "{}", said(&out));
    let out = chronomap(&["validate", story.to_str().unwrap()]);
    assert!(out.status.success(), "{}", said(&out));
}

#[test]
fn an_archive_of_several_pages_asks_which_and_a_missing_page_is_named() {
    let (_dir, story) = copy_story("tests/broken/valid");
    let before = std::fs::read(story.join("story.json")).unwrap();
    let out = add(&story, &fixture("article.wacz"), None);
    assert!(!out.status.success());
    let message = said(&out);
    assert!(message.contains("article.wacz"), "{message}");
    assert!(message.contains("holds 2 pages"), "{message}");
    assert!(
        message.contains(ARTICLE) && message.contains("https://journal.example/autre"),
        "{message}"
    );
    let out = add(
        &story,
        &fixture("article.wacz"),
        Some("https://journal.example/absent"),
    );
    assert!(!out.status.success());
    assert!(
        said(&out).contains("holds no page https://journal.example/absent"),
        "{}",
        said(&out)
    );
    assert_eq!(
        std::fs::read(story.join("story.json")).unwrap(),
        before,
        "nothing written"
    );
}

/// The fixture WACZ with one of its files replaced (its datapackage left as it was).
fn tampered_wacz(dir: &Path, path: &str, change: impl Fn(Vec<u8>) -> Vec<u8>) -> PathBuf {
    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(fixture("article.wacz")).unwrap()).unwrap();
    let out_path = dir.join("tampered.wacz");
    let mut out = zip::ZipWriter::new(std::fs::File::create(&out_path).unwrap());
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        let bytes = if name == path { change(bytes) } else { bytes };
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap();
    out_path
}

#[test]
fn a_wacz_whose_digest_does_not_match_is_refused() {
    let (dir, story) = copy_story("tests/broken/valid");
    let tampered = tampered_wacz(dir.path(), "pages/pages.jsonl", |mut bytes| {
        bytes.extend_from_slice(b"{\"url\": \"https://journal.example/added\"}\n");
        bytes
    });
    let out = add(&story, &tampered, Some(ARTICLE));
    assert!(!out.status.success());
    let message = said(&out);
    assert!(
        message.contains("pages/pages.jsonl: its SHA-256 is sha256:"),
        "{message}"
    );
    assert!(message.contains("the archive was changed"), "{message}");
}

#[test]
fn a_text_edited_and_recaptured_no_longer_matches_its_archive() {
    let (_dir, story) = copy_story("tests/broken/valid");
    let out = add(&story, &fixture("article.wacz"), Some(ARTICLE));
    assert!(out.status.success(), "{}", said(&out));
    let id = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    // Someone rewrites the text and copies its new hash into the capture record.
    let mut json = story_json(&story);
    let source = json["sources"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|s| s["id"] == id.as_str())
        .unwrap();
    let file = story.join(source["file"].as_str().unwrap());
    let edited = std::fs::read_to_string(&file)
        .unwrap()
        .replace("deux mille", "trois mille");
    std::fs::write(&file, &edited).unwrap();
    source["capture"]["sha256"] = Value::from(sha256_hex(edited.as_bytes()));
    std::fs::write(
        story.join("story.json"),
        serde_json::to_string_pretty(&json).unwrap(),
    )
    .unwrap();
    let out = chronomap(&["validate", story.to_str().unwrap()]);
    assert!(!out.status.success());
    let message = said(&out);
    let text_name = file.file_name().unwrap().to_string_lossy().into_owned();
    assert!(message.contains(&format!("{text_name}:")), "{message}");
    assert!(message.contains(".wacz"), "names the archive: {message}");
    assert!(
        message.contains("is not what its original says"),
        "{message}"
    );
}
