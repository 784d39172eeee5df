//! Find, through the real UI: Ctrl+F, a spelling with or without accents, and a result that leads
//! to the place, the event, the quote or the passage of a source.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::ui::{ListTab, Tab};
use common::{harness, has_label_containing, selected_place_id};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn find(harness: &mut Harness<'_, chronomap::ui::ChronomapApp>, query: &str) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    assert_eq!(harness.state().view().list, ListTab::Find);
    harness.get_by_label("Find in the story").type_text(query);
    harness.run();
}

#[test]
fn an_alias_is_found_with_and_without_accents_and_leads_to_its_place() {
    let mut harness = harness();
    find(&mut harness, "latchine");
    harness
        .get_by_label("Place · Lachin corridor (corridor)")
        .click();
    harness.run();
    assert_eq!(
        selected_place_id(&harness).as_deref(),
        Some("lachin-corridor")
    );
    assert_eq!(harness.state().view().tab, Tab::Place);

    let mut harness = common::harness();
    find(&mut harness, "KALBADJAR");
    harness
        .get_by_label("Place · Kalbajar district (district)")
        .click();
    harness.run();
    assert_eq!(
        selected_place_id(&harness).as_deref(),
        Some("kalbajar-district")
    );
}

#[test]
fn words_of_a_source_lead_to_the_passage_in_the_reader() {
    let mut harness = harness();
    find(&mut harness, "interfax");
    assert!(has_label_containing(&harness, "found"));
    harness
        .query_all_by_label_contains("Text · La Gazette (Paris), 17 Apr 2024: …")
        .next()
        .unwrap()
        .click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.view().tab, Tab::Reader);
    let source = &app.story().sources[app.view().reader_source];
    let found = app.view().found_text.clone().unwrap();
    let words = &source.text[found];
    assert_eq!(words.to_lowercase(), "interfax");
    // The words found lie inside a quoted passage (Peskov's words to Interfax): they are shown
    // highlighted as found on their own, not lost in the quote's highlight.
    let quote = app
        .story()
        .quotes
        .iter()
        .find(|q| q.id == "g-peskov-quote")
        .unwrap();
    let found = app.view().found_text.clone().unwrap();
    assert!(quote.bytes.start < found.start && found.end < quote.bytes.end);
    harness.get_by_label(words);
}
