//! Editing what a story already holds, through the real UI: a source's details (never its text), a
//! quote removed after saying what it takes with it, a claim changed and removed, two places
//! merged; each undone with Ctrl+Z, and saved to disk where the flow writes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::ui::{ChronomapApp, Command, Tab};
use common::{AppHarness, copy_story, harness, harness_with, has_label_containing, replace_text};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

fn undo(harness: &mut AppHarness) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

fn show(harness: &mut AppHarness, command: Command) {
    harness.state_mut().apply(command);
    harness.run();
    harness.run();
}

#[test]
fn a_source_s_details_are_edited_and_saved_and_its_text_is_not_touched() {
    let (_dir, folder) = copy_story("data/karabakh");
    let mut harness = harness_with(ChronomapApp::open(Some(&folder)).unwrap());
    show(&mut harness, Command::ShowTab(Tab::Reader));
    let source = harness.state().view().reader_source;
    let file = folder.join(&harness.state().story().sources[source].file);
    let bytes = std::fs::read(&file).unwrap();
    harness.get_by_label("Edit details").click();
    harness.run();
    harness.run();
    replace_text(&mut harness, "Source title", "Retrait russe du Karabakh");
    replace_text(
        &mut harness,
        "Source address",
        "https://example.org/retrait",
    );
    harness.get_by_label("Save details").click();
    harness.run();
    assert_eq!(
        harness.state().story().sources[source].title,
        "Retrait russe du Karabakh"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = common::story_json(&folder);
    assert_eq!(
        saved["sources"][source]["title"],
        "Retrait russe du Karabakh"
    );
    assert_eq!(
        saved["sources"][source]["url"],
        "https://example.org/retrait"
    );
    assert_eq!(
        std::fs::read(&file).unwrap(),
        bytes,
        "the text file is unchanged"
    );
    undo(&mut harness);
    assert_ne!(
        harness.state().story().sources[source].title,
        "Retrait russe du Karabakh"
    );
}

#[test]
fn removing_a_quote_says_what_it_backs_and_undo_brings_it_back() {
    let mut harness = harness();
    let story = harness.state().story();
    let quotes = story.quotes.len();
    let claimed = story.claims[0].statements[0].quotes[0];
    let backed = (0..quotes)
        .find(|&q| {
            story.events.iter().any(|e| e.quotes.contains(&q))
                && !story
                    .claims
                    .iter()
                    .any(|c| c.statements.iter().any(|s| s.quotes.contains(&q)))
                && story.quotes[q].id != "g-area"
        })
        .unwrap();
    let event_title = story
        .events
        .iter()
        .find(|e| e.quotes.contains(&backed))
        .unwrap()
        .title
        .clone();
    // A claim's evidence cannot go, and the window says why.
    show(&mut harness, Command::OpenQuote(claimed));
    harness.get_by_label("Remove this quote…").click();
    harness.run();
    harness.run();
    assert!(has_label_containing(
        &harness,
        "This quote cannot be removed"
    ));
    harness.get_by_label("Close").click();
    harness.run();
    // Another is removed once its effects are read.
    show(&mut harness, Command::OpenQuote(backed));
    harness.get_by_label("Remove this quote…").click();
    harness.run();
    harness.run();
    assert!(has_label_containing(&harness, &event_title));
    harness.get_by_label("Remove the quote").click();
    harness.run();
    assert_eq!(harness.state().story().quotes.len(), quotes - 1);
    undo(&mut harness);
    assert_eq!(harness.state().story().quotes.len(), quotes);
}

/// Opens the first claim of Sources compared in its form.
fn edit_first_claim(harness: &mut AppHarness) {
    harness
        .query_all_by_label("Edit claim")
        .next()
        .expect("a claim to edit")
        .click();
    harness.run();
    harness.run();
}

#[test]
fn a_claim_is_edited_then_removed_and_undo_restores_it() {
    let mut harness = harness();
    let claims = harness.state().story().claims.len();
    show(&mut harness, Command::ShowTab(Tab::Compare));
    edit_first_claim(&mut harness);
    replace_text(&mut harness, "Claim topic", "How many peacekeepers");
    harness.get_by_label("Save claim").click();
    harness.run();
    assert_eq!(
        harness.state().story().claims[0].topic,
        "How many peacekeepers"
    );
    edit_first_claim(&mut harness);
    harness.get_by_label("Remove claim").click();
    harness.run();
    assert_eq!(harness.state().story().claims.len(), claims - 1);
    undo(&mut harness);
    assert_eq!(harness.state().story().claims.len(), claims);
    assert_eq!(
        harness.state().story().claims[0].topic,
        "How many peacekeepers"
    );
}

#[test]
fn a_place_merged_into_another_gives_it_its_names_and_undo_separates_them() {
    let mut harness = harness();
    let places = harness.state().story().places.len();
    let id = |harness: &AppHarness, id: &str| {
        harness
            .state()
            .story()
            .places
            .iter()
            .position(|p| p.id == id)
    };
    let stepanakert = id(&harness, "stepanakert");
    show(&mut harness, Command::SelectPlace(stepanakert));
    harness.get_by_label("Merge this place into").click();
    harness.run();
    harness
        .query_all_by_label("Karabakh")
        .last()
        .expect("Karabakh in the list")
        .click();
    harness.run();
    harness.run();
    let story = harness.state().story();
    assert_eq!(story.places.len(), places - 1);
    assert_eq!(id(&harness, "stepanakert"), None);
    let karabakh = &story.places[id(&harness, "karabakh").unwrap()];
    assert!(karabakh.aliases.iter().any(|a| a == "Stepanakert"));
    // The card shown is the kept place's.
    assert_eq!(
        common::selected_place_id(&harness).as_deref(),
        Some("karabakh")
    );
    undo(&mut harness);
    assert_eq!(harness.state().story().places.len(), places);
    assert!(id(&harness, "stepanakert").is_some());
}
