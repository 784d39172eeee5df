//! French and English: every message in both languages, every message the window asks for in
//! both, and the window switching language through View → Language, remembered.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::i18n::{self, Language};
use common::{harness, has_label_containing};
use egui_kittest::kittest::Queryable;
use std::collections::BTreeSet;
use std::path::Path;

/// The message ids a Fluent file defines.
fn ids(file: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    text.lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id.trim())
        .filter(|id| {
            !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .map(str::to_owned)
        .collect()
}

/// Message ids written in the window's code: string literals shaped like one.
fn ids_used() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![
        root.join("src/ui"),
        root.join("src/date"),
        root.join("src/query"),
    ];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let code = std::fs::read_to_string(&path).unwrap();
            for literal in code.split('"').skip(1).step_by(2) {
                let prefixed = [
                    "menu-",
                    "tab-",
                    "timeline-",
                    "map-",
                    "legend-",
                    "status-",
                    "list-",
                    "filter",
                    "cursor-",
                ]
                .iter()
                .any(|p| literal.starts_with(p));
                if prefixed && literal.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                    used.insert(literal.to_owned());
                }
            }
        }
    }
    used
}

#[test]
fn every_message_is_in_both_languages_and_every_one_the_window_asks_for_exists() {
    let both = |file: &str| {
        let english = ids(&format!("assets/i18n/en/{file}"));
        let french = ids(&format!("assets/i18n/fr/{file}"));
        (english, french)
    };
    let (mut english, mut french) = both("window.ftl");
    let (dates_english, dates_french) = both("dates.ftl");
    english.extend(dates_english);
    french.extend(dates_french);
    assert!(english.len() >= 50, "{} messages", english.len());
    let only_english: Vec<&String> = english.difference(&french).collect();
    let only_french: Vec<&String> = french.difference(&english).collect();
    assert!(only_english.is_empty(), "not in French: {only_english:?}");
    assert!(only_french.is_empty(), "not in English: {only_french:?}");
    let used = ids_used();
    assert!(used.len() >= 40, "{used:?}");
    let missing: Vec<&String> = used.difference(&english).collect();
    assert!(
        missing.is_empty(),
        "asked for by the window, in neither language: {missing:?}"
    );
}

#[test]
fn the_window_speaks_french_when_asked_and_remembers_it() {
    let mut harness = harness();
    assert!(has_label_containing(
        &harness,
        "Cursor: Wednesday 17 April 2024"
    ));
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Language").hover();
    harness.run();
    harness.get_by_label("Français").click();
    harness.run();
    harness.run();
    for label in [
        "Fichier",
        "Édition",
        "Affichage",
        "Aide",
        "Événements",
        "Lieux",
        "Visite",
        "Au curseur",
        "Sources comparées",
        "← Précédent",
        "Suivant →",
    ] {
        assert!(harness.query_by_label(label).is_some(), "{label}");
    }
    assert!(has_label_containing(
        &harness,
        "Curseur\u{a0}: mercredi 17 avril 2024"
    ));
    assert_eq!(
        harness.state().saved_state().language,
        Some(Language::French)
    );
    // Back to the system's language (English here, as the tests' threads speak by default).
    harness.get_by_label("Affichage").click();
    harness.run();
    harness.get_by_label("Langue").hover();
    harness.run();
    harness
        .query_all_by_label_contains("Comme le système")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.run();
    assert_eq!(harness.state().saved_state().language, None);
    i18n::set_language(Language::English);
}
