use super::history::History;
use super::make::{self, EventDraft, PlaceDraft};
use super::*;
use crate::formats::story_out::StoryOut;
use crate::model::{PlaceKind, Statement};

fn shipped() -> Story {
    crate::load::load(&crate::shipped::karabakh()).expect("the shipped story loads")
}

/// Everything a story writes to disk: two stories that write the same bytes are the same story.
fn written(story: &Story) -> Vec<(String, Vec<u8>)> {
    StoryOut::from_story(story).into_file_list()
}

/// Where the record `id` is among `records`.
fn at<R: Record>(records: &[R], id: &str) -> usize {
    records
        .iter()
        .position(|r| r.id() == id)
        .expect("in the story")
}

fn passage(story: &Story, source: usize, words: &str) -> Range<usize> {
    let at = story.sources[source]
        .text
        .find(words)
        .expect("the words are in the source");
    at..at + words.len()
}

use std::ops::Range;

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
    let mut event = EventDraft::new("Russian soldiers seen", "2024-04-16");
    event.record.places = vec![0];
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
    let no_title = make::add_event(&story, &EventDraft::new(" ", "2024-04-16"), None);
    assert!(matches!(no_title, Err(EditError::Refused(m)) if m.contains("title")));
    let bad_date = make::add_event(&story, &EventDraft::new("x", "2024-02-30"), None);
    assert!(matches!(bad_date, Err(EditError::Refused(m)) if m.contains("2024-02-30")));
    // A form says why in the window's language.
    crate::i18n::set_language(crate::i18n::Language::French);
    let no_title = make::add_event(&story, &EventDraft::new(" ", "2024-04-16"), None);
    crate::i18n::set_language(crate::i18n::Language::English);
    assert!(
        matches!(&no_title, Err(EditError::Refused(m)) if m == "l'événement a besoin d'un titre"),
        "{no_title:?}"
    );
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
fn a_draft_keeps_what_its_form_does_not_show_and_a_copy_starts_unchecked() {
    let mut story = shipped();
    let check = crate::load::raw::Check {
        by: "Ana Diaz".to_owned(),
        at: "2026-12-06T14:05:00Z".to_owned(),
        sha256: "0".repeat(64),
        note: String::new(),
    };
    story.events[0].checked = Some(Box::new(check.clone()));
    // Changed: the id and the check are the story's, whatever the draft was made from.
    let mut draft = EventDraft::of(&story.events[0]);
    draft.record.title = "  Retitled  ".to_owned();
    draft.record.checked = None;
    draft.record.id = "another-id".to_owned();
    let Edit::Event(change) = make::change_event(&story, 0, &draft).expect("changed") else {
        panic!("an event's change");
    };
    let (_, changed) = change.after.expect("after");
    assert_eq!(changed.title, "Retitled");
    assert_eq!(changed.id, story.events[0].id);
    assert_eq!(changed.checked.as_deref(), Some(&check));
    // Added from a checked event's draft: a new id, no check.
    let copy = EventDraft::of(&story.events[0]);
    let Edit::Event(added) = make::add_event(&story, &copy, None).expect("added") else {
        panic!("an event's addition");
    };
    let (_, added) = added.after.expect("after");
    assert_ne!(added.id, story.events[0].id);
    assert_eq!(added.checked, None);
    assert_eq!(added.status, story.events[0].status);
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
    let edit = amend::remove_quote(&story, q).expect("removed");
    apply_undo_redo(&mut story, &edit);
    crate::load::load(&StoryOut::from_story(&story).into_files("edited")).expect("still loads");
}

#[test]
fn a_quote_a_claim_rests_on_cannot_be_removed() {
    let story = shipped();
    let q = story.claims[0].statements[0].quotes[0];
    assert!(amend::remove_quote(&story, q).is_err());
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
    let event = (*story.events[0]).clone();
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

mod amending;
mod steps;

#[test]
fn only_edits_that_add_remove_or_redate_events_touch_the_time_axis() {
    let story = shipped();
    let mut retitled = EventDraft::of(&story.events[0]);
    retitled.record.title = "Another title".to_owned();
    let retitle = make::change_event(&story, 0, &retitled).expect("changed");
    assert!(retitle.touched().events && !retitle.touched().event_dates);
    let mut redated = EventDraft::of(&story.events[0]);
    redated.date = "2030-01-01".to_owned();
    let redate = make::change_event(&story, 0, &redated).expect("changed");
    assert!(redate.touched().event_dates);
    let remove = make::remove_event(&story, 3).expect("removed");
    assert!(remove.touched().event_dates);
    assert!(remove.inverse().touched().event_dates);
}

#[test]
fn a_passage_mentions_the_places_it_names_as_whole_words_whatever_their_case_or_accents() {
    let mut story = crate::load::load(&crate::shipped::karabakh()).unwrap();
    let place = |name: &str, aliases: &[&str]| crate::model::Place {
        id: name.to_lowercase(),
        name: name.to_owned(),
        aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
        ..story.places[0].clone()
    };
    story.places = vec![
        place("Saint-Denis", &[]),
        place("Kəlbəcər", &["Kalbajar"]),
        place("Lachin corridor", &["Latchine"]),
        place("Goris", &[]),
        place("Élysée", &[]),
    ];
    let named = |passage: &str| -> Vec<String> {
        make::mentioned_places(&story, passage)
            .into_iter()
            .map(|p| story.places[p].name.clone())
            .collect()
    };
    assert_eq!(named("Arrivés à SAINT-DENIS hier"), ["Saint-Denis"]);
    assert_eq!(named("les forces de kəlbəcər"), ["Kəlbəcər"]);
    assert_eq!(
        named("KALBAJAR and the Lachin Corridor"),
        ["Kəlbəcər", "Lachin corridor"]
    );
    assert_eq!(named("le couloir de Latchine."), ["Lachin corridor"]);
    assert_eq!(named("à l'elysee, puis à l'Élysée"), ["Élysée"]);
    // Part of a longer word is no mention; nor is a name's first word alone.
    assert!(named("Gorisland, Lachin, Saint").is_empty());
}

#[test]
fn new_ids_stay_unique_as_records_come_and_go() {
    let mut story = shipped();
    let add = |story: &mut Story| {
        let edit =
            make::add_event(story, &EventDraft::new("Convoy leaves", "2024-04-17"), None).unwrap();
        apply(story, &edit).unwrap();
        edit
    };
    // Asked once: the counts are built; from then on each edit keeps them.
    let first = add(&mut story);
    let second = add(&mut story);
    let id = |edit: &Edit| match edit {
        Edit::Event(Change {
            after: Some((_, e)),
            ..
        }) => e.id.clone(),
        _ => panic!("an added event"),
    };
    assert_eq!(
        (id(&first), id(&second)),
        ("convoy-leaves".into(), "convoy-leaves-2".into())
    );
    // Undone, the first id is free again; the second is still taken.
    apply(&mut story, &second.inverse()).unwrap();
    apply(&mut story, &first.inverse()).unwrap();
    assert!(!story.event_id_taken("convoy-leaves"));
    assert_eq!(id(&add(&mut story)), "convoy-leaves");
    assert_eq!(id(&add(&mut story)), "convoy-leaves-2");
    // Quotes alike, among the story's own ids.
    let quote = make::quote(&story, 0, passage(&story, 0, "Dmitri Peskov a fait savoir")).unwrap();
    assert!(!story.quote_id_taken(&quote.id));
    let add_quote = make::add_quote(&story, quote.clone());
    apply(&mut story, &add_quote).unwrap();
    assert!(story.quote_id_taken(&quote.id));
    let again = make::quote(&story, 0, passage(&story, 0, "Dmitri Peskov a fait savoir")).unwrap();
    assert_eq!(again.id, format!("{}-2", quote.id));
    assert!(story.quotes.iter().all(|q| q.id != again.id));
}

#[test]
fn a_place_added_after_a_quote_is_found_in_the_next_one() {
    let mut story = shipped();
    let words = "Dmitri Peskov a fait savoir";
    // The first quote builds the story's lookup of place names; the place added next must be in it.
    let before = make::quote(&story, 0, passage(&story, 0, words)).unwrap();
    let peskov = make::add_place(&story, &PlaceDraft::town("Peskov", 45.0, 40.0)).unwrap();
    apply(&mut story, &peskov).unwrap();
    let added = story.places.len() - 1;
    assert!(!before.mentions.contains(&added));
    let after = make::quote(&story, 0, passage(&story, 0, words)).unwrap();
    assert_eq!(after.mentions, [added]);
    // Taken out again (undo), it is named no more.
    apply(&mut story, &peskov.inverse()).unwrap();
    let again = make::quote(&story, 0, passage(&story, 0, words)).unwrap();
    assert_eq!(again.mentions, before.mentions);
}
