//! The editor through the real UI: a passage selected in the reader becomes the quote of a new,
//! dated, placed event; the story is saved with Ctrl+S and checked on disk; undo and redo; an
//! event changed and deleted from its form.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::document::Document;
use chronomap::ui::ChronomapApp;
use common::{
    AppHarness, CONVOY_TEXT as TEXT, convoy, harness_with, has_label_containing, new_event_form,
    new_story, paste_source, places_geojson, replace_text, story_json,
};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use serde_json::Value;

const FIRST_SENTENCE: &str = "Hier, les soldats russes ont quitté Stepanakert.";

type Harness = AppHarness;

fn select_first_sentence(harness: &mut Harness) {
    harness.get_by_label("Source").click();
    harness.run();
    harness.get_by_label("Select text to quote").click();
    harness.run();
    harness.get_by_label("Source text").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    // From the end of the text back to the end of the first sentence.
    for _ in 0..TEXT.chars().count() - FIRST_SENTENCE.chars().count() {
        harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
    }
    harness.run();
}

#[test]
fn a_selected_passage_becomes_a_dated_placed_event_saved_on_disk() {
    let (_dir, folder, mut harness) = convoy();
    select_first_sentence(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    // A new window needs a frame to appear.
    harness.run();
    harness.run();
    assert!(has_label_containing(&harness, "New event"));
    assert!(has_label_containing(&harness, FIRST_SENTENCE));
    // The place the passage names is ticked already; the date starts at the publication day.
    assert_eq!(harness.state().story().places[0].name, "Stepanakert");
    replace_text(
        &mut harness,
        "Event title",
        "Russian soldiers leave Stepanakert",
    );
    replace_text(&mut harness, "Event date", "2024-04-16");
    assert!(has_label_containing(
        &harness,
        "Tuesday 16 April 2024, one day"
    ));
    harness.get_by_label("Add event").click();
    harness.run();
    assert!(harness.state().is_dirty());
    assert!(has_label_containing(&harness, "unsaved changes"));
    // Nothing is written until the story is saved.
    assert_eq!(story_json(&folder)["events"], Value::Array(vec![]));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!harness.state().is_dirty());
    let saved = story_json(&folder);
    let event = &saved["events"][0];
    assert_eq!(event["title"], "Russian soldiers leave Stepanakert");
    assert_eq!(event["date"], "2024-04-16");
    assert_eq!(event["places"], serde_json::json!(["stepanakert"]));
    let quote_id = &event["quotes"][0];
    let quote = saved["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| &q["id"] == quote_id)
        .unwrap();
    assert_eq!(quote["exact"], FIRST_SENTENCE);
    assert_eq!(quote["start"], 0);
    // The source's text on disk is as it was.
    let file = saved["sources"][0]["file"].as_str().unwrap();
    assert_eq!(std::fs::read_to_string(folder.join(file)).unwrap(), TEXT);
    // And the saved story opens with the event where it was made.
    let reopened = Document::open(&folder).unwrap();
    assert_eq!(
        reopened.story().events[0].title,
        "Russian soldiers leave Stepanakert"
    );
}

#[test]
fn undo_and_redo_take_back_and_bring_back_an_edit() {
    let (_dir, _, mut harness) = convoy();
    select_first_sentence(&mut harness);
    harness.get_by_label("Quote the selection").click();
    harness.run();
    harness.run();
    replace_text(&mut harness, "Event title", "Soldiers leave");
    harness.get_by_label("Add event").click();
    harness.run();
    assert_eq!(harness.state().story().events.len(), 1);
    assert_eq!(harness.state().story().quotes.len(), 1);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().story().events.is_empty());
    assert!(
        harness.state().story().quotes.is_empty(),
        "the quote goes with its event"
    );
    assert!(!harness.state().is_dirty(), "back to the saved story");
    assert!(has_label_containing(&harness, "Undone: add event"));

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(harness.state().story().events.len(), 1);
    assert!(harness.state().is_dirty());
}

#[test]
fn an_event_is_changed_and_deleted_from_its_form_and_undo_restores_it() {
    let mut harness = harness_with(ChronomapApp::open(None).unwrap());
    let events = harness.state().story().events.len();
    let first = harness.state().story().events[0].title.clone();
    harness
        .query_all_by_label_contains(&first)
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label("Edit event").click();
    harness.run();
    assert!(has_label_containing(&harness, "Edit event"));
    replace_text(&mut harness, "Event date", "2030");
    assert!(has_label_containing(&harness, "the year 2030"));
    harness.get_by_label("Save changes").click();
    harness.run();
    let story = harness.state().story();
    assert_eq!(
        story.events.last().unwrap().title,
        first,
        "moved to its new date"
    );
    assert_eq!(story.events.last().unwrap().date.edtf, "2030");

    let last = story.events.len() - 1;
    harness
        .state_mut()
        .apply(chronomap::ui::Command::SelectEvent(last));
    harness.run();
    harness.get_by_label("Edit event").click();
    harness.run();
    harness.get_by_label("Delete event").click();
    harness.run();
    assert_eq!(harness.state().story().events.len(), events - 1);

    harness.get_by_label("Edit").click();
    harness.run();
    harness
        .query_all_by_label_contains("Undo remove event")
        .next()
        .expect("the Edit menu names what Undo undoes")
        .click();
    harness.run();
    assert_eq!(harness.state().story().events.len(), events);
    assert_eq!(harness.state().story().events.last().unwrap().title, first);
}

#[test]
fn a_date_that_is_not_edtf_is_explained_and_nothing_is_added() {
    let mut harness = harness_with(ChronomapApp::open(None).unwrap());
    let events = harness.state().story().events.len();
    new_event_form(&mut harness, "Something", Some("17 avril"));
    assert!(has_label_containing(
        &harness,
        "\"17 avril\" is not EDTF: whitespace is not allowed, at character 3"
    ));
    harness.get_by_label("Add event").click();
    harness.run();
    assert_eq!(harness.state().story().events.len(), events);
    assert!(
        has_label_containing(&harness, "New event"),
        "the form stays open"
    );
}

#[test]
fn two_quotes_of_two_sources_become_a_claim_in_sources_compared() {
    let mut harness = harness_with(ChronomapApp::open(None).unwrap());
    let claims = harness.state().story().claims.len();
    harness.get_by_label("Sources compared").click();
    harness.run();
    harness.get_by_label("+ Sources differ…").click();
    harness.run();
    harness.run();
    replace_text(&mut harness, "Claim topic", "Who answered the press");
    let story = common::shipped_story();
    let labels: Vec<String> = story.sources.iter().map(|s| s.label.clone()).collect();
    // A quote's checkbox shows its first 70 characters or so, cut at a word, in its quotation marks.
    let first_quote = |source: usize| {
        let q = (0..story.quotes.len())
            .filter(|&q| story.quotes[q].source == source)
            .min_by_key(|&q| story.quotes[q].start)
            .unwrap();
        chronomap::query::quote_words_within(&story, q, 70)
    };
    for (source, value) in [(0, "the Kremlin, to the press"), (1, "Peskov, to Interfax")] {
        replace_text(
            &mut harness,
            &format!("Statement of {}", labels[source]),
            value,
        );
        harness
            .get_by_role_and_label(egui::accesskit::Role::CheckBox, &first_quote(source))
            .click();
        harness.run();
    }
    harness.get_by_label("Add claim").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.story().claims.len(), claims + 1);
    let claim = app.story().claims.last().unwrap();
    assert_eq!(claim.topic, "Who answered the press");
    let sources: Vec<usize> = claim.statements.iter().map(|s| s.source).collect();
    assert_eq!(sources, [0, 1]);
    for statement in &claim.statements {
        assert!(
            statement
                .quotes
                .iter()
                .all(|&q| app.story().quotes[q].source == statement.source)
        );
        assert_eq!(statement.quotes.len(), 1);
    }
    assert!(has_label_containing(&harness, "Who answered the press"));
}

#[test]
fn the_whole_flow_from_nothing_to_a_saved_story_that_reopens_equal() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("from-scratch");
    let mut harness = harness_with(ChronomapApp::open(None).unwrap());
    // New story.
    new_story(&mut harness, "Convoy to Goris", &folder);
    // A source, pasted.
    paste_source(&mut harness);
    // A place from the gazetteer.
    harness.get_by_label("By name…").click();
    harness.run();
    harness.run();
    replace_text(&mut harness, "Gazetteer search", "Goris");
    harness
        .query_all_by_label_contains("Goris (AM)")
        .next()
        .expect("Goris, Armenia is in the gazetteer")
        .click();
    harness.run();
    harness.get_by_label("Add place").click();
    harness.run();
    let goris = &harness.state().story().places[0];
    assert_eq!(goris.name, "Goris");
    assert!(goris.aliases.iter().any(|a| a == "Горис"));
    // A passage quoted as the evidence of a dated event at that place.
    harness.get_by_label("Source").click();
    harness.run();
    harness.get_by_label("Select text to quote").click();
    harness.run();
    harness.get_by_label("Source text").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    harness.run();
    assert_eq!(harness.state().story().places.len(), 1);
    replace_text(&mut harness, "Event title", "Convoy leaves for Goris");
    replace_text(&mut harness, "Event date", "2024-04-16~");
    assert!(has_label_containing(&harness, "approximate"));
    harness.get_by_label("Add event").click();
    harness.run();
    let event = &harness.state().story().events[0];
    assert_eq!(
        event.places,
        [0],
        "the passage names Goris, so the event is placed there"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();

    let edited = chronomap::formats::story_out::StoryOut::from_story(harness.state().story());
    let reopened = Document::open(&folder).unwrap();
    let again = chronomap::formats::story_out::StoryOut::from_story(reopened.story());
    assert_eq!(
        edited.into_file_list(),
        again.into_file_list(),
        "reopens equal"
    );
    let point = &places_geojson(&folder)["features"][0]["geometry"]["coordinates"];
    assert_eq!(point[0].as_f64().unwrap(), 46.34168);
}

#[test]
fn the_precision_buttons_rewrite_the_date_and_say_what_it_means() {
    let mut harness = harness_with(ChronomapApp::open(None).unwrap());
    harness.get_by_label("+ New event").click();
    harness.run();
    harness.run();
    replace_text(&mut harness, "Event date", "2020-10-15");
    for (button, meaning) in [
        (
            "season",
            "autumn 2020 (Sep – Nov 2020): 1 Sep 2020 – 30 Nov 2020 (91 days)",
        ),
        (
            "month",
            "September 2020: 1 Sep 2020 – 30 Sep 2020 (30 days)",
        ),
        ("year", "the year 2020: 1 Jan 2020 – 31 Dec 2020 (366 days)"),
        (
            "range",
            "from one date to another: 1 Jan 2020 – 31 Dec 2020 (366 days)",
        ),
    ] {
        harness.get_by_label(button).click();
        harness.run();
        assert!(
            has_label_containing(&harness, meaning),
            "{button}: {meaning}"
        );
    }
    harness.get_by_label("approximate").click();
    harness.run();
    assert!(has_label_containing(&harness, "(366 days), approximate"));
}

#[test]
fn a_passage_can_back_an_existing_event() {
    let (_dir, _, mut harness) = convoy();
    new_event_form(&mut harness, "Convoy leaves", Some("2024-04-16"));
    harness.get_by_label("Add event").click();
    harness.run();
    assert!(harness.state().story().events[0].quotes.is_empty());

    select_first_sentence(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    harness.run();
    harness.get_by_label("The event this passage backs").click();
    harness.run();
    harness
        .query_all_by_label_contains("16 Apr 2024 · Convoy leaves")
        .last()
        .expect("the event is offered")
        .click();
    harness.run();
    // The dialog says what it does now: it backs an event, it makes none.
    harness.run();
    assert!(common::window_shown(&harness, "Back an event"));
    assert!(!common::window_shown(&harness, "New event"));
    harness.get_by_label("Add the quote to this event").click();
    harness.run();
    let story = harness.state().story();
    assert_eq!(story.events.len(), 1, "no new event");
    assert_eq!(
        story.quotes[story.events[0].quotes[0]].exact,
        FIRST_SENTENCE
    );
    assert!(has_label_containing(&harness, "Done: add quote to event"));
}

#[test]
fn a_suggested_event_is_accepted_through_the_event_form_and_then_known() {
    let mut harness = harness_with(ChronomapApp::open(None).unwrap());
    let story = common::shipped_story();
    let anon = story.sources.iter().position(|s| s.id == "anon").unwrap();
    let list = chronomap::suggest::for_source(&story, anon).unwrap();
    let heading = list
        .iter()
        .position(|s| s.quote == "La mission devait prendre fin en 2025")
        .unwrap();
    let events = story.events.len();

    harness.get_by_label("Source").click();
    harness.run();
    harness.get_by_label("Suggest events").click();
    harness.run();
    assert!(has_label_containing(&harness, "to review"));
    assert!(has_label_containing(&harness, "already in the story"));
    harness
        .get_by_label(&format!("Accept {}", heading + 1))
        .click();
    harness.run();
    harness.run();
    assert!(has_label_containing(&harness, "Quote from"));
    assert!(has_label_containing(&harness, "the year 2025"));
    harness.get_by_label("Add event").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.story().events.len(), events + 1);
    let added = app
        .story()
        .events
        .iter()
        .find(|e| e.notes.starts_with("Suggested"))
        .unwrap();
    assert_eq!(added.status, chronomap::model::Status::Planned);
    assert_eq!(
        app.story().quotes[added.quotes[0]].exact,
        "La mission devait prendre fin en 2025"
    );
    // Accepted, it is now one of the story's events, not offered again.
    assert!(
        harness
            .query_by_label(&format!("Accept {}", heading + 1))
            .is_none()
    );
    // Undo takes it back like any edit.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().story().events.len(), events);
    harness
        .get_by_label(&format!("Dismiss {}", heading + 1))
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label(&format!("Accept {}", heading + 1))
            .is_none()
    );
}

#[test]
fn a_right_click_on_the_selected_text_offers_to_quote_it() {
    let (_dir, _, mut harness) = convoy();
    select_first_sentence(&mut harness);
    harness.get_by_label("Source text").click_secondary();
    harness.run();
    harness.run();
    harness
        .get_by_label("Quote the selection as evidence")
        .click();
    harness.run();
    harness.run();
    assert!(has_label_containing(&harness, FIRST_SENTENCE));
    assert!(has_label_containing(&harness, "Quote from"));
}

#[test]
fn suggestions_of_the_new_kinds_show_their_date_and_carry_their_explanation_into_the_event() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("talks");
    let text = "Le ministre parlera mardi prochain à Stepanakert. Les pourparlers avaient repris début avril.\n";
    common::one_source_and_a_town(&folder, "Les pourparlers", text)
        .save(None)
        .unwrap();
    let mut harness = harness_with(ChronomapApp::open(Some(&folder)).unwrap());
    harness.get_by_label("Source").click();
    harness.run();
    harness.get_by_label("Suggest events").click();
    harness.run();
    // Published Wednesday 17 April 2024: "mardi prochain" in the future is the 23rd, planned;
    // "début avril" is the first days of April, approximate.
    assert!(has_label_containing(&harness, "23 Apr 2024 (planned)"));
    assert!(has_label_containing(
        &harness,
        "1 Apr 2024 – 5 Apr 2024 (approx.)"
    ));
    harness.get_by_label("Accept 1").click();
    harness.run();
    harness.run();
    harness.get_by_label("Add event").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = story_json(&folder);
    let event = saved["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["date"] == "2024-04-23")
        .expect("the accepted suggestion, saved");
    assert_eq!(event["status"], "planned");
    let notes = event["notes"].as_str().unwrap();
    assert!(
        notes.contains("mardi prochain → Tuesday 23 April 2024"),
        "the explanation travels with the event: {notes}"
    );
}
