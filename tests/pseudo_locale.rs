//! The window in the pseudo-locale (`en-XA`: English accented and a third longer) through its
//! panels, menus and forms: every word it shows either comes from the messages (so it is
//! accented) or is the story's own, and no button or label is pushed off the window or onto
//! another by the longer words.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::i18n::{self, Language};
use common::{AppHarness, harness};
use egui_kittest::kittest::{NodeT, Queryable};
use std::collections::BTreeSet;

/// What the window shows as the story has it, in any language: the story's own strings (titles,
/// names, notes, labels: taken out of a label whole), and the words of its sources' texts and of
/// the base map's names (in their own languages, often shortened where shown).
struct Data {
    strings: Vec<String>,
    words: BTreeSet<String>,
}

fn story_data() -> Data {
    let story = common::shipped_story();
    let mut strings: Vec<String> = vec![story.title.clone(), story.summary.clone()];
    let mut texts: Vec<String> = Vec::new();
    for source in &story.sources {
        strings.extend([
            source.title.clone(),
            source.label.clone(),
            source.credit(),
            source.id.clone(),
            source.publisher.clone().unwrap_or_default(),
            source.file.clone(),
        ]);
        texts.push(source.text.clone());
    }
    for event in &story.events {
        strings.extend([event.title.clone(), event.notes.clone(), event.id.clone()]);
    }
    for place in &story.places {
        strings.extend([place.name.clone(), place.notes.clone(), place.id.clone()]);
        strings.extend(place.aliases.iter().cloned());
    }
    for claim in &story.claims {
        strings.push(claim.topic.clone());
        strings.extend(claim.statements.iter().map(|s| s.value.clone()));
    }
    for step in &story.steps {
        strings.extend([step.title.clone(), step.text.clone()]);
    }
    texts.push(
        std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/world/world_countries_110m.geojson"
        ))
        .unwrap(),
    );
    strings.retain(|s| !s.is_empty());
    // The longest first, so a title is taken out before a place name inside it.
    strings.sort_by_key(|s| std::cmp::Reverse(s.len()));
    Data {
        strings,
        words: texts
            .iter()
            .flat_map(|t| words(t))
            .map(|w| w.to_lowercase())
            .collect(),
    }
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
}

/// Names that stay as they are in every language: formats, keys, the app's own name.
const UNTRANSLATED: [&str; 14] = [
    "EDTF",
    "SHA",
    "PNG",
    "JSON",
    "GeoJSON",
    "PMTiles",
    "Chronomap",
    "CSV",
    "TimelineJS",
    "Ctrl",
    "Shift",
    "Esc",
    "PageUp",
    "PageDown",
];

/// What egui itself names its windows' and panels' handles (English only, as egui has them).
const EGUI_OWN: [&str; 3] = ["Resize panel", "Resize window", "Close window"];

/// What the window shows now that no message gave it, what runs off its sides (panels scroll
/// up and down, never sideways), and buttons drawn over one another (the map's places, which
/// lie in one another, aside).
fn findings(harness: &AppHarness, data: &Data, screen: &str) -> Vec<String> {
    let mut found = Vec::new();
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 900.0));
    let nodes: Vec<_> = harness.root().children_recursive().collect();
    for node in &nodes {
        let Some(label) = node.accesskit_node().label() else {
            continue;
        };
        if EGUI_OWN.iter().any(|own| label.starts_with(own)) {
            continue;
        }
        let rest = data
            .strings
            .iter()
            .fold(label.clone(), |rest, data| rest.replace(data.as_str(), " "));
        let english: Vec<&str> = words(&rest)
            .filter(|w| {
                w.len() >= 3
                    && w.chars().all(|c| c.is_ascii_alphabetic())
                    && !data.words.contains(&w.to_lowercase())
                    && !UNTRANSLATED.contains(w)
            })
            .collect();
        if !english.is_empty() {
            found.push(format!(
                "{screen}: not from the messages {english:?} in {label:?}"
            ));
        }
        let rect = node.rect();
        if rect.width() > 0.0
            && (rect.min.x < window.min.x - 1.0 || rect.max.x > window.max.x + 1.0)
        {
            found.push(format!("{screen}: off the window {label:?} at {rect:?}"));
        }
    }
    let canvases: Vec<egui::Rect> = nodes
        .iter()
        .filter(|n| n.accesskit_node().role() == egui::accesskit::Role::Canvas)
        .map(|n| n.rect())
        .collect();
    // Buttons side by side (children of one node; a menu's over the panels is no overlap).
    for parent in &nodes {
        let buttons: Vec<(String, egui::Rect)> = parent
            .children()
            .filter(|n| n.accesskit_node().role() == egui::accesskit::Role::Button)
            .filter(|n| !canvases.iter().any(|c| c.contains_rect(n.rect())))
            .filter_map(|n| Some((n.accesskit_node().label()?, n.rect())))
            .filter(|(_, r)| r.width() > 0.0)
            .collect();
        for (i, (a, ra)) in buttons.iter().enumerate() {
            for (b, rb) in &buttons[i + 1..] {
                if ra.shrink(1.0).intersects(rb.shrink(1.0)) {
                    found.push(format!("{screen}: {a:?} overlaps {b:?}"));
                }
            }
        }
    }
    found
}

fn click(harness: &mut AppHarness, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.run();
}

/// A message in the pseudo-locale, as the window shows it.
fn said(id: &str) -> String {
    i18n::tr(id)
}

#[test]
fn every_word_the_window_shows_comes_from_the_messages_and_fits() {
    i18n::set_language(Language::Pseudo);
    let data = story_data();
    let mut harness = harness();
    harness.run();
    let mut found = findings(&harness, &data, "opened");
    for tab in ["tab-places", "tab-sources", "tab-find", "tab-events"] {
        click(&mut harness, &said(tab));
        found.extend(findings(&harness, &data, tab));
    }
    for tab in [
        "tab-tour",
        "tab-compare",
        "tab-place",
        "tab-source",
        "tab-at-cursor",
    ] {
        let label = said(tab);
        let node = harness.query_all_by_label(&label).last();
        node.unwrap_or_else(|| panic!("no tab {tab}")).click();
        harness.run();
        harness.run();
        found.extend(findings(&harness, &data, tab));
    }
    for menu in ["menu-file", "menu-edit", "menu-view", "menu-help"] {
        click(&mut harness, &said(menu));
        found.extend(findings(&harness, &data, menu));
        harness.key_press(egui::Key::Escape);
        harness.run();
    }
    // Each form, opened from its menu and closed again.
    for (menu, item) in [
        ("menu-edit", "menu-new-event"),
        ("menu-edit", "menu-sources-differ"),
        ("menu-file", "menu-add-source"),
        ("menu-file", "menu-new-story"),
        ("menu-help", "menu-about"),
    ] {
        click(&mut harness, &said(menu));
        click(&mut harness, &said(item));
        found.extend(findings(&harness, &data, item));
        harness.key_press(egui::Key::Escape);
        harness.run();
        harness.run();
    }
    click(&mut harness, &said("map-by-name"));
    found.extend(findings(&harness, &data, "map-by-name"));
    harness.key_press(egui::Key::Escape);
    harness.run();
    // A place's card.
    click(&mut harness, &said("tab-places"));
    let goris = format!("Goris ({})", chronomap::model::PlaceKind::City.name());
    click(&mut harness, &goris);
    found.extend(findings(&harness, &data, "place card"));
    i18n::set_language(Language::English);
    assert!(found.is_empty(), "{}", found.join("\n"));
}
