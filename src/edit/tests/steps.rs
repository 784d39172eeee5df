//! The tour's steps: added, changed, moved and removed with undo, and kept in step with the
//! events, places and quotes they name.

use super::*;

fn step_draft(story: &Story, title: &str) -> tour::StepDraft {
    let quote = story.quotes.iter().position(|q| q.id == "g-monastery");
    let events = vec![0, story.events.len() - 1];
    let quotes = quote.into_iter().collect();
    let mut draft = tour::StepDraft::new("2024-04-10/2024-04-16", events, vec![1], quotes);
    draft.record.title = title.to_owned();
    draft.record.text = "The first departures.".to_owned();
    draft.record.view = crate::model::StepView::Bounds([45.5, 39.3, 47.5, 40.6]);
    draft
}

#[test]
fn steps_are_added_changed_moved_and_removed_with_undo() {
    let mut story = shipped();
    let n = story.steps.len();
    let edit = tour::add_step(&story, &step_draft(&story, "A new first step"), 0).unwrap();
    apply_undo_redo(&mut story, &edit);
    assert_eq!(story.steps[0].id, "a-new-first-step");
    assert_eq!(story.steps.len(), n + 1);
    assert_eq!(reloaded(&story).steps[0].view, story.steps[0].view);

    let mut draft = tour::StepDraft::of(&story.steps[0]);
    draft.date = "2024-04".to_owned();
    let edit = tour::change_step(&story, 0, &draft).unwrap();
    apply_undo_redo(&mut story, &edit);
    assert_eq!(story.steps[0].window.edtf, "2024-04");

    let edit = tour::move_step(&story, 0, 3).unwrap();
    assert_eq!(edit.describe(), "move step");
    apply_undo_redo(&mut story, &edit);
    assert_eq!(story.steps[3].id, "a-new-first-step");
    assert_eq!(reloaded(&story).steps[3].id, "a-new-first-step");

    let edit = tour::remove_step(&story, 3).unwrap();
    apply_undo_redo(&mut story, &edit);
    assert_eq!(story.steps.len(), n);
}

#[test]
fn a_step_is_refused_without_a_title_or_with_a_window_that_is_not_edtf() {
    let story = shipped();
    let mut draft = step_draft(&story, " ");
    assert!(tour::add_step(&story, &draft, 0).is_err());
    draft.record.title = "Fine".to_owned();
    draft.date = "mid-April".to_owned();
    let error = tour::add_step(&story, &draft, 0).unwrap_err().to_string();
    assert!(
        error.starts_with("window: \"mid-April\" is not EDTF"),
        "{error}"
    );
    draft.date = "2024-04-17".to_owned();
    draft.record.view = crate::model::StepView::Bounds([46.0, 40.0, 47.0, 39.0]);
    assert!(tour::add_step(&story, &draft, 0).is_err(), "south of north");
    draft.record.view = crate::model::StepView::Bounds([179.0, -19.0, -178.0, -16.0]);
    assert!(
        tour::add_step(&story, &draft, 0).is_ok(),
        "a box across the antimeridian"
    );
}

#[test]
fn an_event_that_moves_in_date_order_stays_the_one_its_steps_name() {
    let mut story = shipped();
    let step = at(&story.steps, "war-2020");
    let war = story.steps[step].events[0];
    assert_eq!(story.events[war].id, "war-2020");
    let mut draft = EventDraft::of(&story.events[war]);
    draft.date = "2024-04-18".to_owned();
    let edit = make::change_event(&story, war, &draft).unwrap();
    apply_undo_redo(&mut story, &edit);
    let named: Vec<&str> = story.steps[step]
        .events
        .iter()
        .map(|&e| story.events[e].id.as_str())
        .collect();
    assert_eq!(named, ["war-2020"]);
    assert_eq!(
        story.events[story.events.len() - 2].id,
        "war-2020",
        "moved after 17 April"
    );
    // Every other step still names the events it named.
    let shipped = shipped();
    for (before, after) in shipped.steps.iter().zip(&story.steps) {
        let ids = |s: &Story, st: &crate::model::Step| -> Vec<String> {
            st.events.iter().map(|&e| s.events[e].id.clone()).collect()
        };
        assert_eq!(ids(&shipped, before), ids(&story, after));
    }
}

#[test]
fn removing_an_event_a_place_or_a_quote_takes_it_out_of_the_steps() {
    let mut story = shipped();
    let event = at(&story.events, "monastery-departure");
    let edit = make::remove_event(&story, event).unwrap();
    assert_eq!(edit.describe(), "remove event");
    apply_undo_redo(&mut story, &edit);
    let step = story
        .steps
        .iter()
        .find(|s| s.id == "first-departures")
        .unwrap();
    let named: Vec<&str> = step
        .events
        .iter()
        .map(|&e| story.events[e].id.as_str())
        .collect();
    assert_eq!(named, ["azerbaijani-media-report"]);

    let place = at(&story.places, "baku");
    let edit = make::remove_place(&story, place).unwrap();
    assert_eq!(edit.describe(), "remove place");
    // Undo and Redo name it in the window's language.
    crate::i18n::set_language(crate::i18n::Language::French);
    let said = edit.describe();
    crate::i18n::set_language(crate::i18n::Language::English);
    assert_eq!(said, "retirer le lieu");
    apply_undo_redo(&mut story, &edit);
    for step in &story.steps {
        assert!(crate::edit::renumber::step_places(step).all(|&p| story.places[p].id != "baku"));
    }
    reloaded(&story);

    let quote = at(&story.quotes, "a-convoy-images");
    let edit = amend::remove_quote(&story, quote).unwrap();
    assert_eq!(edit.describe(), "remove quote");
    apply_undo_redo(&mut story, &edit);
    assert!(story.steps.iter().all(|s| {
        s.quotes
            .iter()
            .all(|&q| story.quotes[q].id != "a-convoy-images")
    }));
    reloaded(&story);
}
