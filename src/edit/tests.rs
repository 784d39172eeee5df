use super::make::{self, EventDraft, PlaceDraft};
use super::*;
use crate::formats::story_out::StoryOut;
use crate::model::{PlaceKind, Statement, Status};

fn shipped() -> Story {
    crate::load::load(&crate::shipped::karabakh()).expect("the shipped story loads")
}

/// Everything a story writes to disk: two stories that write the same bytes are the same story.
fn written(story: &Story) -> Vec<(String, Vec<u8>)> {
    StoryOut::from_story(story).into_file_list()
}

fn passage(story: &Story, source: usize, words: &str) -> Range<usize> {
    let at = story.sources[source]
        .text
        .find(words)
        .expect("the words are in the source");
    at..at + words.len()
}

use std::ops::Range;

fn draft(title: &str, date: &str) -> EventDraft {
    EventDraft {
        title: title.to_owned(),
        date: date.to_owned(),
        status: Status::Occurred,
        places: vec![],
        quotes: vec![],
        notes: String::new(),
    }
}

/// Applies, checks the story changed, undoes, checks it is back byte for byte, redoes.
fn apply_undo_redo(story: &mut Story, edit: &Edit) {
    let before = written(story);
    apply(story, edit).expect("the edit applies");
    let after = written(story);
    assert_ne!(before, after, "{} changed nothing", edit.describe());
    apply(story, &edit.inverse()).expect("its inverse applies");
    assert_eq!(
        written(story),
        before,
        "undo of {} restores",
        edit.describe()
    );
    apply(story, edit).expect("it applies again");
    assert_eq!(
        written(story),
        after,
        "redo of {} is the same",
        edit.describe()
    );
    assert_eq!(&edit.inverse().inverse(), edit);
}

#[test]
fn a_selected_passage_becomes_a_quote_that_the_loader_anchors_at_the_same_place() {
    let story = shipped();
    let words = "Dmitri Peskov a fait savoir";
    let mut range = passage(&story, 0, words);
    // The selection's surrounding spaces are left out.
    range.start -= 1;
    let quote = make::quote(&story, 0, range.clone()).expect("a quote");
    assert_eq!(quote.exact, words);
    assert_eq!(quote.bytes, range.start + 1..range.end);
    let mut edited = story.clone();
    apply(&mut edited, &make::add_quote(&story, quote.clone())).expect("added");
    let reloaded = crate::load::load(&StoryOut::from_story(&edited).into_files("edited"))
        .expect("the edited story loads");
    let again = reloaded
        .quotes
        .iter()
        .find(|q| q.id == quote.id)
        .expect("kept");
    assert_eq!(
        (again.bytes.clone(), again.start),
        (quote.bytes, quote.start)
    );
}

#[test]
fn a_passage_that_occurs_twice_gets_the_context_that_tells_which() {
    let mut story = shipped();
    story.sources[0].text = "Vu le 17 avril, à Stepanakert. Puis, le 17 avril, à Bakou.".to_owned();
    story.quotes.retain(|q| q.source != 0);
    let second = story.sources[0].text.rfind("le 17 avril").expect("twice");
    let quote = make::quote(&story, 0, second..second + "le 17 avril".len()).expect("a quote");
    assert!(quote.prefix.is_some() && quote.suffix.is_some());
    assert_eq!(quote.bytes.start, second);
    let unique = make::quote(&story, 0, 0..2).expect("\"Vu\" occurs once");
    assert_eq!((unique.prefix, unique.suffix), (None, None));
}

#[test]
fn a_quote_names_the_places_its_words_mention() {
    let story = shipped();
    let source = &story.sources[0].text;
    let (at, name) = story
        .places
        .iter()
        .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases))
        .find_map(|name| source.find(name.as_str()).map(|at| (at, name.clone())))
        .expect("the article names a place");
    let quote = make::quote(&story, 0, at..at + name.len()).expect("a quote");
    let named = |p: usize| {
        let place = &story.places[p];
        place.name == name || place.aliases.contains(&name)
    };
    assert!(
        quote.mentions.iter().any(|&p| named(p)),
        "{name}: {:?}",
        quote.mentions
    );
}

#[test]
fn an_empty_or_outside_selection_is_refused() {
    let story = shipped();
    assert!(make::quote(&story, 0, 3..3).is_err());
    assert!(make::quote(&story, 0, 0..usize::MAX).is_err());
    assert!(make::quote(&story, 99, 0..1).is_err());
}

#[test]
fn an_event_from_a_quote_is_added_in_date_order_and_undone_exactly() {
    let mut story = shipped();
    let quote =
        make::quote(&story, 0, passage(&story, 0, "Dmitri Peskov a fait savoir")).expect("quote");
    let mut event = draft("Russian soldiers seen", "2024-04-16");
    event.places = vec![0];
    let edit = make::add_event(&story, &event, Some(quote)).expect("an event");
    apply_undo_redo(&mut story, &edit);
    let added = story
        .events
        .iter()
        .position(|e| e.title == "Russian soldiers seen")
        .expect("added");
    let e = &story.events[added];
    assert_eq!(
        story.quotes[e.quotes[0]].exact,
        "Dmitri Peskov a fait savoir"
    );
    assert!(
        story
            .events
            .windows(2)
            .all(|w| w[0].date.earliest <= w[1].date.earliest)
    );
}

#[test]
fn a_passage_of_another_source_becomes_more_evidence_of_an_event() {
    let mut story = shipped();
    let event = story.events.len() - 2;
    let cited = story.events[event].quotes.len();
    let quote = make::quote(&story, 1, passage(&story, 1, "Dmitri Peskov")).expect("a quote");
    let edit = make::add_quote_to_event(&story, event, quote).expect("added");
    apply_undo_redo(&mut story, &edit);
    let quotes = &story.events[event].quotes;
    assert_eq!(quotes.len(), cited + 1);
    assert_eq!(story.quotes[quotes[cited]].exact, "Dmitri Peskov");
}

#[test]
fn an_event_needs_a_title_and_a_real_date() {
    let story = shipped();
    let no_title = make::add_event(&story, &draft(" ", "2024-04-16"), None);
    assert!(matches!(no_title, Err(EditError::Refused(m)) if m.contains("title")));
    let bad_date = make::add_event(&story, &draft("x", "2024-02-30"), None);
    assert!(matches!(bad_date, Err(EditError::Refused(m)) if m.contains("2024-02-30")));
}

#[test]
fn changing_an_event_s_date_moves_it_and_undo_moves_it_back() {
    let mut story = shipped();
    let first = story.events[0].clone();
    let mut moved = EventDraft::of(&first);
    moved.date = "2030-01-01".to_owned();
    let edit = make::change_event(&story, 0, &moved).expect("changed");
    apply_undo_redo(&mut story, &edit);
    assert_eq!(story.events.last().map(|e| &e.id), Some(&first.id));
}

#[test]
fn removing_an_event_and_undoing_restores_it() {
    let mut story = shipped();
    let edit = make::remove_event(&story, 3).expect("removed");
    apply_undo_redo(&mut story, &edit);
}

#[test]
fn removing_a_cited_place_takes_it_out_of_its_events_and_quotes() {
    let mut story = shipped();
    let cited = (0..story.places.len())
        .find(|&p| story.events.iter().any(|e| e.places.contains(&p)))
        .expect("a place with events");
    let id = story.places[cited].id.clone();
    let edit = make::remove_place(&story, cited).expect("removed");
    apply_undo_redo(&mut story, &edit);
    assert!(story.places.iter().all(|p| p.id != id));
    let out = StoryOut::from_story(&story);
    assert!(out.story.events.iter().all(|e| !e.places.contains(&id)));
    crate::load::load(&out.into_files("edited")).expect("still loads");
}

#[test]
fn removing_a_quote_in_the_middle_renumbers_what_cites_the_quotes_after_it() {
    let mut story = shipped();
    let cited_by_claim = |q: usize| {
        story
            .claims
            .iter()
            .any(|c| c.statements.iter().any(|s| s.quotes.contains(&q)))
    };
    let cited_by_event = |q: usize| story.events.iter().any(|e| e.quotes.contains(&q));
    let q = (0..story.quotes.len() - 1)
        .find(|&q| !cited_by_claim(q) && cited_by_event(q))
        .expect("a quote no claim rests on");
    let edit = make::remove_quote(&story, q).expect("removed");
    apply_undo_redo(&mut story, &edit);
    crate::load::load(&StoryOut::from_story(&story).into_files("edited")).expect("still loads");
}

#[test]
fn a_quote_a_claim_rests_on_cannot_be_removed() {
    let story = shipped();
    let q = story.claims[0].statements[0].quotes[0];
    assert!(make::remove_quote(&story, q).is_err());
}

#[test]
fn a_point_place_is_added_and_a_bad_shape_refused() {
    let mut story = shipped();
    let point = PlaceDraft {
        name: "Aghdam".to_owned(),
        aliases: vec!["Ağdam".to_owned()],
        kind: PlaceKind::City,
        approximate: true,
        notes: String::new(),
        geometry: geo::Geometry::Point(geo::point!(x: 46.93, y: 40.0)),
    };
    let edit = make::add_place(&story, &point).expect("a place");
    apply_undo_redo(&mut story, &edit);
    let outside = PlaceDraft {
        geometry: geo::Geometry::Point(geo::point!(x: 200.0, y: 40.0)),
        ..point
    };
    assert!(make::add_place(&story, &outside).is_err());
}

#[test]
fn a_claim_needs_two_sources_each_backed_by_its_own_words() {
    let mut story = shipped();
    let of = |s: usize| {
        story
            .quotes
            .iter()
            .position(|q| q.source == s)
            .expect("a quote")
    };
    let statement = |source, quote| Statement {
        source,
        value: "a value".to_owned(),
        quotes: vec![quote],
    };
    let (q0, q1) = (of(0), of(1));
    assert!(make::add_claim(&story, "t", vec![statement(0, q0), statement(0, q0)]).is_err());
    assert!(make::add_claim(&story, "t", vec![statement(0, q1), statement(1, q1)]).is_err());
    let edit = make::add_claim(
        &story,
        "Who spoke",
        vec![statement(0, q0), statement(1, q1)],
    )
    .expect("a claim");
    apply_undo_redo(&mut story, &edit);
}

#[test]
fn a_source_s_text_is_never_changed_by_an_edit() {
    let mut story = shipped();
    let mut changed = story.sources[0].clone();
    changed.text.push_str(" (edited)");
    let edit = Edit::Source(Change::replaced(0, story.sources[0].clone(), changed));
    let before = written(&story);
    assert!(matches!(
        apply(&mut story, &edit),
        Err(EditError::Refused(_))
    ));
    assert_eq!(written(&story), before);
}

#[test]
fn an_edit_that_does_not_fit_leaves_the_story_as_it_was() {
    let mut story = shipped();
    let event = story.events[0].clone();
    let quote =
        make::quote(&story, 0, passage(&story, 0, "Dmitri Peskov a fait savoir")).expect("quote");
    // A batch whose second part fails (the event is not where it says): the first is rolled back.
    let edit = Edit::Batch(vec![
        make::add_quote(&story, quote),
        Edit::Event(Change::removed(5, event)),
    ]);
    let before = written(&story);
    assert!(apply(&mut story, &edit).is_err());
    assert_eq!(written(&story), before);
}

#[test]
fn history_undoes_and_redoes_in_order_and_knows_when_the_story_is_as_saved() {
    let mut story = shipped();
    let mut history = History::new();
    assert!(!history.is_dirty());
    let first = make::heading(&story, "One", "").expect("heading");
    apply(&mut story, &first).expect("applied");
    history.push(first);
    let second = make::heading(&story, "Two", "").expect("heading");
    apply(&mut story, &second).expect("applied");
    history.push(second);
    assert!(history.is_dirty());
    history.mark_saved();
    let undo = history.undo().expect("undo");
    apply(&mut story, &undo).expect("undone");
    assert_eq!(story.title, "One");
    assert!(history.is_dirty());
    let redo = history.redo().expect("redo");
    apply(&mut story, &redo).expect("redone");
    assert_eq!(story.title, "Two");
    assert!(!history.is_dirty());
    // A new edit after an undo drops what was undone, and the saved state is then out of reach.
    let undo = history.undo().expect("undo");
    apply(&mut story, &undo).expect("undone");
    history.push(make::heading(&story, "Three", "").expect("heading"));
    assert!(history.redo().is_none());
    assert!(history.is_dirty());
}

#[test]
fn a_date_explains_itself_in_days() {
    let autumn = crate::date::resolve("2020-23~").expect("a season");
    assert_eq!(
        autumn.explain(),
        "autumn 2020 (Sep – Nov 2020): 1 Sep 2020 – 30 Nov 2020 (91 days), approximate; \
         seasons 21–24 are the northern hemisphere's (spring is March to May)"
    );
    let day = crate::date::resolve("2024-04-17").expect("a day");
    assert_eq!(day.explain(), "Wednesday 17 April 2024, one day");
}

/// The story written and read back: what a save and a reopen give.
fn reloaded(story: &Story) -> Story {
    crate::load::load(&StoryOut::from_story(story).into_files("edited")).expect("still loads")
}

fn step_draft(story: &Story, title: &str) -> tour::StepDraft {
    let quote = story.quotes.iter().position(|q| q.id == "g-monastery");
    tour::StepDraft {
        title: title.to_owned(),
        text: "The first departures.".to_owned(),
        window: "2024-04-10/2024-04-16".to_owned(),
        view: crate::model::StepView::Bounds([45.5, 39.3, 47.5, 40.6]),
        events: vec![0, story.events.len() - 1],
        places: vec![1],
        quotes: quote.into_iter().collect(),
    }
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
    draft.window = "2024-04".to_owned();
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
    draft.title = "Fine".to_owned();
    draft.window = "mid-April".to_owned();
    let error = tour::add_step(&story, &draft, 0).unwrap_err().to_string();
    assert!(
        error.starts_with("window: \"mid-April\" is not EDTF"),
        "{error}"
    );
    draft.window = "2024-04-17".to_owned();
    draft.view = crate::model::StepView::Bounds([47.0, 39.0, 46.0, 40.0]);
    assert!(tour::add_step(&story, &draft, 0).is_err(), "west of east");
}

#[test]
fn an_event_that_moves_in_date_order_stays_the_one_its_steps_name() {
    let mut story = shipped();
    let step = story.steps.iter().position(|s| s.id == "war-2020").unwrap();
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
    let event = story
        .events
        .iter()
        .position(|e| e.id == "monastery-departure")
        .unwrap();
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

    let place = story.places.iter().position(|p| p.id == "baku").unwrap();
    let edit = make::remove_place(&story, place).unwrap();
    assert_eq!(edit.describe(), "remove place");
    apply_undo_redo(&mut story, &edit);
    for step in &story.steps {
        assert!(crate::edit::renumber::step_places(step).all(|&p| story.places[p].id != "baku"));
    }
    reloaded(&story);

    let quote = story
        .quotes
        .iter()
        .position(|q| q.id == "a-convoy-images")
        .unwrap();
    let edit = make::remove_quote(&story, quote).unwrap();
    assert_eq!(edit.describe(), "remove quote");
    apply_undo_redo(&mut story, &edit);
    assert!(story.steps.iter().all(|s| {
        s.quotes
            .iter()
            .all(|&q| story.quotes[q].id != "a-convoy-images")
    }));
    reloaded(&story);
}

#[test]
fn a_source_s_details_change_and_its_text_never_does() {
    let mut story = shipped();
    let gazette = story
        .sources
        .iter()
        .position(|s| s.id == "gazette")
        .unwrap();
    let text = story.sources[gazette].text.clone();
    let mut draft = amend::SourceDraft::of(&story.sources[gazette]);
    draft.title = "La Russie retire ses forces".to_owned();
    draft.url = "https://example.org/article".to_owned();
    let edit = amend::change_source(&story, gazette, &draft).unwrap();
    apply_undo_redo(&mut story, &edit);
    let source = &reloaded(&story).sources[gazette];
    assert_eq!(source.title, "La Russie retire ses forces");
    assert_eq!(source.url.as_deref(), Some("https://example.org/article"));
    assert_eq!(source.text, text);
    assert!(source.capture.is_some(), "the capture record stays");
    // A label another source has, a date that is not EDTF and an empty title are refused.
    let other = story
        .sources
        .iter()
        .position(|s| s.id != "gazette")
        .unwrap();
    let taken = amend::SourceDraft {
        label: story.sources[other].label.clone(),
        ..draft.clone()
    };
    assert!(amend::change_source(&story, gazette, &taken).is_err());
    let undated = amend::SourceDraft {
        published: "17 avril".to_owned(),
        ..draft.clone()
    };
    assert!(amend::change_source(&story, gazette, &undated).is_err());
    let untitled = amend::SourceDraft {
        title: " ".to_owned(),
        ..draft
    };
    assert!(amend::change_source(&story, gazette, &untitled).is_err());
}

#[test]
fn a_claim_is_changed_and_removed_with_undo_and_its_quotes_stay() {
    let mut story = shipped();
    let quotes = story.quotes.len();
    let mut statements = story.claims[0].statements.clone();
    statements[0].value = "1 960 troops".to_owned();
    let edit = amend::change_claim(&story, 0, "Troops", statements.clone()).unwrap();
    apply_undo_redo(&mut story, &edit);
    assert_eq!(reloaded(&story).claims[0].topic, "Troops");
    assert_eq!(
        reloaded(&story).claims[0].statements[0].value,
        "1 960 troops"
    );
    // One statement is not a claim.
    assert!(amend::change_claim(&story, 0, "Troops", statements[..1].to_vec()).is_err());
    let claims = story.claims.len();
    let edit = amend::remove_claim(&story, 0).unwrap();
    apply_undo_redo(&mut story, &edit);
    assert_eq!(story.claims.len(), claims - 1);
    assert_eq!(reloaded(&story).quotes.len(), quotes);
}

#[test]
fn merging_two_places_keeps_every_name_and_reference() {
    let mut story = shipped();
    let id = |story: &Story, id: &str| story.places.iter().position(|p| p.id == id).unwrap();
    let (stepanakert, karabakh) = (id(&story, "stepanakert"), id(&story, "karabakh"));
    let karabakh_events: Vec<String> = story
        .events
        .iter()
        .filter(|e| e.places.contains(&karabakh))
        .map(|e| e.id.clone())
        .collect();
    // Karabakh (which has a reported area and many events) merged into Stepanakert.
    let edit = amend::merge_places(&story, stepanakert, karabakh).unwrap();
    assert_eq!(edit.describe(), "change place");
    apply_undo_redo(&mut story, &edit);
    let merged = reloaded(&story);
    assert!(merged.places.iter().all(|p| p.id != "karabakh"));
    let kept = &merged.places[id(&merged, "stepanakert")];
    assert!(kept.aliases.iter().any(|a| a == "Karabakh"));
    assert!(kept.aliases.iter().any(|a| a == "Haut-Karabagh"));
    assert_eq!(
        kept.reported_area_km2.as_ref().map(|f| f.value),
        Some(4500.0)
    );
    let kept_index = id(&merged, "stepanakert");
    for event in merged
        .events
        .iter()
        .filter(|e| karabakh_events.contains(&e.id))
    {
        assert!(event.places.contains(&kept_index), "{}", event.id);
    }
    assert!(
        merged
            .steps
            .iter()
            .all(|s| s.places.iter().all(|&p| p < merged.places.len()))
    );
    assert!(amend::merge_places(&story, 0, 0).is_err());
}

#[test]
fn removing_a_quote_says_first_what_it_takes_with_it() {
    let story = shipped();
    let quote = |id: &str| story.quotes.iter().position(|q| q.id == id).unwrap();
    // A claim's evidence and a reported figure's are refused, with why.
    let claimed = story.claims[0].statements[0].quotes[0];
    let why = amend::quote_removal(&story, claimed)
        .unwrap_err()
        .to_string();
    assert!(
        why.contains("Size of the Russian peacekeeping contingent"),
        "{why}"
    );
    let area = amend::quote_removal(&story, quote("g-area"))
        .unwrap_err()
        .to_string();
    assert!(area.contains("Karabakh"), "{area}");
    assert!(make::remove_quote(&story, quote("g-area")).is_err());
    // Otherwise the events and steps it backs are named.
    let backed = story
        .quotes
        .iter()
        .enumerate()
        .find(|(q, _)| {
            story.events.iter().any(|e| e.quotes.contains(q))
                && amend::quote_removal(&story, *q).is_ok()
        })
        .map(|(q, _)| q)
        .unwrap();
    let effects = amend::quote_removal(&story, backed).unwrap();
    let event = story
        .events
        .iter()
        .find(|e| e.quotes.contains(&backed))
        .unwrap();
    assert!(
        effects.iter().any(|e| e.contains(&event.title)),
        "{effects:?}"
    );
}
