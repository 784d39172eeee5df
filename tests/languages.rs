//! French and English: every message in both languages, every message the window asks for in
//! both, and the window switching language through View → Language, remembered.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::i18n::{self, Language};
use common::{harness, has_label_containing};
use egui_kittest::kittest::Queryable;
use std::collections::BTreeSet;
use std::path::Path;

/// The message ids the Fluent files of a language (`assets/i18n/LANG/*.ftl`) define.
fn ids(language: &str) -> BTreeSet<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/i18n")
        .join(language);
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        ids.extend(
            text.lines()
                .filter_map(|line| line.split_once(" ="))
                .map(|(id, _)| id.trim())
                .filter(|id| {
                    !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                })
                .map(str::to_owned),
        );
    }
    ids
}

/// Message ids written in the app's code: the first argument of every `tr(…)` and `tr_with(…)`
/// that is a literal, and the window's string literals shaped like an id of its families.
fn ids_used() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let code = std::fs::read_to_string(&path).unwrap();
            for call in ["tr(", "tr_with("] {
                for (at, _) in code.match_indices(call) {
                    let before = code[..at].chars().next_back().unwrap_or(' ');
                    if before.is_alphanumeric() || before == '_' {
                        continue;
                    }
                    let rest = code[at + call.len()..].trim_start();
                    if let Some(literal) = rest.strip_prefix('"').and_then(|r| r.split('"').next())
                    {
                        used.insert(literal.to_owned());
                    }
                }
            }
            if !path.starts_with(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui")) {
                continue;
            }
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
    let english = ids("en");
    let french = ids("fr");
    assert!(english.len() >= 50, "{} messages", english.len());
    let only_english: Vec<&String> = english.difference(&french).collect();
    let only_french: Vec<&String> = french.difference(&english).collect();
    assert!(only_english.is_empty(), "not in French: {only_english:?}");
    assert!(only_french.is_empty(), "not in English: {only_french:?}");
    let used = ids_used();
    assert!(used.len() >= 200, "{} ids used: {used:?}", used.len());
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

#[test]
fn the_editor_s_forms_speak_french_too() {
    i18n::set_language(Language::French);
    let mut harness = harness();
    harness.get_by_label("Édition").click();
    harness.run();
    harness.get_by_label("Nouvel événement…").click();
    harness.run();
    harness.run();
    for label in [
        "Titre",
        "Date (EDTF)",
        "Précision",
        "Statut",
        "Notes",
        "Annuler",
    ] {
        assert!(harness.query_by_label(label).is_some(), "{label}");
    }
    // The date the form starts on (the cursor's) is explained in French.
    assert!(has_label_containing(&harness, "avril 2024"));
    // The form's Cancel closes it.
    harness.get_by_label("Annuler").click();
    harness.run();
    assert!(harness.query_by_label("Précision").is_none());
    harness.get_by_label("Fichier").click();
    harness.run();
    for label in ["Ouvrir le récit fourni", "Publier en page web…"] {
        let found = harness.query_all_by_label_contains(label).next().is_some();
        assert!(found, "{label}");
    }
    i18n::set_language(Language::English);
}

#[test]
fn a_broken_story_s_problems_are_said_in_french_in_the_window_and_on_the_command_line() {
    use chronomap::ui::{Command, FileAction};
    i18n::set_language(Language::French);
    let mut harness = harness();
    harness.state_mut().apply(Command::File(FileAction::Open(
        "tests/broken/several-problems".into(),
    )));
    harness.run();
    harness.run();
    for said in [
        "Impossible d'ouvrir tests/broken/several-problems",
        "story.json:23:9: l'événement «\u{a0}e1\u{a0}» renvoie au lieu «\u{a0}atlantis\u{a0}», que le récit n'a pas",
        "story.json:34:16: citation «\u{a0}q1\u{a0}»\u{a0}: son texte exact est introuvable",
        "le passage le plus proche, au caractère 0, a «\u{a0}Something happened\u{a0}»",
        "«\u{a0}2024-13-01\u{a0}» n'est pas de l'EDTF",
    ] {
        assert!(has_label_containing(&harness, said), "{said}");
    }
    i18n::set_language(Language::English);
    let french = common::chronomap(&[
        "validate",
        "tests/broken/several-problems",
        "--language",
        "fr",
    ]);
    let said = common::said(&french);
    assert!(
        said.contains("renvoie au lieu «\u{a0}atlantis\u{a0}»"),
        "{said}"
    );
    assert!(said.contains("3 problèmes"), "{said}");
    let shape = common::chronomap(&[
        "validate",
        "tests/broken/self-intersecting-polygon",
        "--language",
        "fr",
    ]);
    let said = common::said(&shape);
    assert!(
        said.contains(
            "lieu «\u{a0}p2\u{a0}»\u{a0}: forme invalide\u{a0}: l'anneau extérieur se recoupe"
        ),
        "{said}"
    );
    // Without --language the command line speaks English, whatever the system's language.
    let english = common::chronomap(&["validate", "tests/broken/several-problems"]);
    let said = common::said(&english);
    assert!(said.contains("refers to place \"atlantis\""), "{said}");
    assert!(said.contains("3 problems"), "{said}");
}

#[test]
fn what_the_loader_did_is_said_in_french_too() {
    let dir = story_titled_crues();
    std::fs::write(
        dir.path().join("places.geojson"),
        r#"{"type": "FeatureCollection", "features": [{"type": "Feature",
            "properties": {"name": "Craon"}, "geometry": {"type": "Point", "coordinates": [-0.95, 47.85]}}]}"#,
    )
    .unwrap();
    i18n::set_language(Language::French);
    let story = chronomap::load::load_path(dir.path());
    i18n::set_language(Language::English);
    let notices = story.unwrap().notices;
    assert!(
        notices
            .iter()
            .any(|n| n.contains("1 lieu n'avait pas d'id et en a reçu un de son nom (craon)")),
        "{notices:?}"
    );
}

#[test]
fn the_map_s_hover_tag_says_a_place_s_kind_and_schematic_shape_in_french() {
    use chronomap::i18n::tr_with;
    let said = |schematic: &'static str| {
        tr_with(
            "map-hover-place",
            &[
                ("name", "Karabakh".into()),
                ("kind", chronomap::model::PlaceKind::Region.name().into()),
                ("schematic", schematic.into()),
            ],
        )
    };
    assert_eq!(said("yes"), "Karabakh\nregion, schematic shape");
    i18n::set_language(Language::French);
    let french = (said("yes"), said("no"));
    i18n::set_language(Language::English);
    assert_eq!(french.0, "Karabakh\nrégion, forme schématique");
    assert_eq!(french.1, "Karabakh\nrégion");
}

#[test]
fn an_import_s_and_a_geojson_file_s_problems_are_said_in_french_too() {
    let dir = story_titled_crues();
    std::fs::write(
        dir.path().join("places.geojson"),
        r#"{"type": "FeatureCollection", "features": []}"#,
    )
    .unwrap();
    let csv = dir.path().join("crues.csv");
    std::fs::write(
        &csv,
        "date,title,place,status\n03/04/2024,Crue,Craon,occurred\n2024-04-05,Décrue,Craon,rumoured\n",
    )
    .unwrap();
    let story = dir.path().to_str().unwrap();
    let french = common::chronomap(&["import", story, csv.to_str().unwrap(), "--language", "fr"]);
    let said = common::said(&french);
    assert!(
        said.contains("peut se lire jour d'abord ou mois d'abord"),
        "{said}"
    );
    assert!(
        said.contains("le statut «\u{a0}rumoured\u{a0}» n'est ni occurred"),
        "{said}"
    );
    std::fs::write(
        dir.path().join("places.geojson"),
        r#"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "Craon"},
            "geometry": {"type": "LineString", "coordinates": [[-0.95, 47.85]]}}]}"#,
    )
    .unwrap();
    let french = common::chronomap(&["validate", story, "--language", "fr"]);
    let said = common::said(&french);
    assert!(
        said.contains("places.geojson:2:")
            && said.contains(
                "une LineString demande au moins 2 positions (RFC 7946 §3.1.4)\u{202f}; il y en a 1"
            ),
        "{said}"
    );
}

/// A new story folder titled "Crues", its places file still to write.
fn story_titled_crues() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("story.json"),
        r#"{"format": "chronomap-story/1", "title": "Crues"}"#,
    )
    .unwrap();
    dir
}
