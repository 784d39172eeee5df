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

#[test]
fn a_later_version_highlights_the_earlier_quotes_with_how_each_fared() {
    use chronomap::ui::Command;
    let app = ChronomapApp::open(Some(Path::new("tests/unusual/revised-article"))).unwrap();
    let mut harness = harness_with(app);
    harness.state_mut().apply(Command::OpenSource(1));
    harness.run();
    harness.run();
    let story = harness.state().story();
    let later = &story.sources[1].text;
    // Each quote of the earlier version that is still there is highlighted in the later text,
    // its fate beside it; the orphan has no passage to highlight (it is listed above the text).
    let mut fates = Vec::new();
    for revision in &story.revisions {
        for (q, fate) in &revision.quotes {
            let quote = &story.quotes[*q];
            let shown = match fate {
                chronomap::model::QuoteFate::Changed { bytes, .. } => Some(&later[bytes.clone()]),
                chronomap::model::QuoteFate::Orphaned => None,
                _ => Some(quote.exact.as_str()),
            };
            if let Some(words) = shown {
                harness.get_by_label(words);
                fates.push(fate.index());
            }
        }
    }
    assert_eq!(fates.len(), 3);
    for tag in [" unchanged ", " moved ", " changed "] {
        harness.get_by_label(tag);
    }
    // A click on one reads it in the earlier version.
    let (q, _) = story.revisions[0]
        .quotes
        .iter()
        .find(|(_, f)| f.index() == 1)
        .unwrap()
        .clone();
    let words = story.quotes[q].exact.clone();
    harness.get_by_label(&words).click_accesskit();
    harness.run();
    assert_eq!(harness.state().view().reader_source, 0);
    assert_eq!(harness.state().view().focused_quote, Some(q));
}

#[test]
fn a_story_cloned_on_windows_opens_in_the_window_saying_its_sources_differ_only_by_line_ends() {
    let (_dir, folder) = common::copy_story("data/karabakh");
    for entry in std::fs::read_dir(folder.join("sources")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let text = std::fs::read_to_string(&path)
                .unwrap()
                .replace('\n', "\r\n");
            std::fs::write(&path, text).unwrap();
        }
    }
    let mut harness = harness();
    harness.state_mut().open_now(&folder);
    harness.run();
    harness.run();
    assert!(harness.state().problems().is_none());
    assert_eq!(harness.state().story().quotes.len(), 28);
    assert!(has_label_containing(
        &harness,
        "only by CRLF line ends: its words are unchanged"
    ));
}

#[test]
fn a_web_archive_added_from_the_menu_shows_its_page_and_archive_time_in_the_reader() {
    let (_dir, folder, mut harness) = common::convoy();
    let wacz = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/archives/article.wacz");
    common::menu(&mut harness, "File", "Add source…");
    common::replace_text(&mut harness, "Source file", wacz.to_str().unwrap());
    common::replace_text(&mut harness, "Source publication date", "2024-04-17");
    common::replace_text(&mut harness, "Source language", "fr");
    // The archive holds two pages: without one named, the form says which there are.
    harness.get_by_label("Add the source").click();
    harness.run();
    assert!(has_label_containing(&harness, "holds 2 pages"));
    common::replace_text(
        &mut harness,
        "Archived page address",
        "https://journal.example/monde/retrait-russe",
    );
    harness.get_by_label("Add the source").click();
    harness.run();
    assert!(
        !has_label_containing(&harness, "holds 2 pages"),
        "the form closed"
    );
    // The new source is in the reader at once: its card says where and when the page was archived.
    harness.run();
    assert!(has_label_containing(
        &harness,
        "page https://journal.example/monde/retrait-russe as archived on 2024-04-17T21:05:00Z"
    ));
    // Saved, the archive is kept beside the text as its original.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    let originals: Vec<String> = std::fs::read_dir(folder.join("sources/original"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        originals.iter().any(|f| f.ends_with(".wacz")),
        "{originals:?}"
    );
}
