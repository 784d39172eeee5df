//! Publishing without a browser: the page is one small file that names nothing outside itself,
//! and the data it checks its evidence against agrees with the story (the browser tests in
//! `published_page.rs` open it for real).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::document::Document;
use chronomap::i18n::Language;
use chronomap::publish;

#[test]
fn the_shipped_story_publishes_to_one_file_under_a_megabyte_that_loads_nothing_else() {
    let page = publish::page(&Document::shipped().unwrap(), None, Language::English).html;
    assert!(page.len() < 1_000_000, "{} bytes", page.len());
    for outside in [
        "<script src",
        "<link",
        "@import",
        "<img",
        "<iframe",
        "fetch(",
        "XMLHttpRequest",
    ] {
        assert!(!page.contains(outside), "the page holds {outside}");
    }
    // A url() may only name something inside the page (a clip path: url(#…)).
    assert!(
        page.match_indices("url(")
            .all(|(at, _)| page[at..].starts_with("url(#")),
        "the page refers to something outside it"
    );
    // Each placeholder of the template was filled.
    for placeholder in [
        "{{TITLE}}",
        "/*STYLE*/",
        "{{DATA}}",
        "/*SCRIPTS*/",
        "{{say:",
        "{{LANG}}",
        "{{OTHER_LANG}}",
    ] {
        assert!(
            !page.contains(placeholder),
            "{placeholder} left in the page"
        );
    }
    assert!(page.contains(
        "<title>Russia&#39;s peacekeepers leave Karabakh (April 2024) — Chronomap</title>"
    ));
}

#[test]
fn the_page_s_anchors_find_each_quote_as_a_browser_counts_text() {
    let doc = Document::shipped().unwrap();
    let data = serde_json::to_value(publish::page_data(&doc, Language::English)).unwrap();
    let quotes = data["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 28);
    for quote in quotes {
        let source = &data["sources"][quote["source"].as_u64().unwrap() as usize];
        let text: Vec<u16> = source["text"].as_str().unwrap().encode_utf16().collect();
        let exact: Vec<u16> = quote["exact"].as_str().unwrap().encode_utf16().collect();
        let start = quote["start"].as_u64().unwrap() as usize;
        assert_eq!(
            &text[start..start + exact.len()],
            exact.as_slice(),
            "{}",
            quote["id"]
        );
    }
    // The hashes the page checks are the capture records'.
    assert_eq!(
        data["sources"][0]["sha256"],
        "602c3dfd09cafdcda0f74ff66b58da0260b40133f8bffed49b396e39bcc6ba21"
    );
    assert_eq!(data["sources"][0]["hash_from"], "capture");
    // The steps carry their window as days and a view box, in order.
    let steps = data["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 7);
    assert_eq!(data["languages"][0]["step_windows"][1], "10 Nov 2020");
    assert_eq!(steps[1]["from"], steps[1]["to"]);
    assert!(steps.iter().all(|s| s["view"][2].as_f64().unwrap() > 0.0));
}

#[test]
fn a_quote_outside_the_basic_plane_is_anchored_in_utf16_units() {
    // "𝄞" is two UTF-16 units: a page counting characters would be one off after it.
    let (_dir, folder) = common::story_folder(&[
        ("sources/a.txt", "Le 𝄞 chante. Puis la fête commença."),
        (
            "story.json",
            r#"{"title": "Music", "sources": [{"id": "a", "title": "A", "publisher": null,
            "published": "2024-04-17", "language": "fr", "file": "sources/a.txt"}],
            "quotes": [{"id": "q", "source": "a", "exact": "la fête commença"}]}"#,
        ),
        (
            "places.geojson",
            r#"{"type": "FeatureCollection", "features": []}"#,
        ),
    ]);
    let doc = Document::open(&folder).unwrap();
    let data = serde_json::to_value(publish::page_data(&doc, Language::English)).unwrap();
    assert_eq!(data["quotes"][0]["start"], 19);
    assert_eq!(data["sources"][0]["marks"], serde_json::json!(["« ", " »"]));
    // No capture record: the page checks the text against its hash when published.
    assert_eq!(data["sources"][0]["hash_from"], "publication");
}
