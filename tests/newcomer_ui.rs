//! What a newcomer meets making a first story, through the real UI: a passage quoted straight into
//! a claim, forms that keep their width and close on Escape, dates typed as people write them,
//! the date a passage gives, and a page's own publication date.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::document::Document;
use chronomap::edit::make;
use chronomap::provenance::add::{self, SourceInput, SourceMeta};
use chronomap::ui::ChronomapApp;
use common::{
    AppHarness, convoy, harness_with, has_label_containing, menu, new_event_form, replace_text,
    select_whole_text, story_json, window_rect, window_shown,
};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

const BBC: &str = "Some 500 homes were flooded in Retford on Saturday, after the River Idle burst its banks and the water rose faster than sandbags could be laid along the streets of the old town centre.\n";
const GUARDIAN: &str = "About 200 properties were flooded in the town.\n";

/// A saved English story of two reports of one flood, each with its label, and the window on it.
fn two_reports() -> (tempfile::TempDir, std::path::PathBuf, AppHarness) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("babet");
    let mut doc = Document::empty("Storm Babet", &folder);
    for (text, label) in [(BBC, "BBC"), (GUARDIAN, "The Guardian")] {
        let input = SourceInput::Text {
            text: text.to_owned(),
            extension: "txt".to_owned(),
        };
        let meta = SourceMeta {
            title: Some(format!("Storm Babet ({label})")),
            published: "2023-10-22".to_owned(),
            label: Some(label.to_owned()),
            language: Some("en".to_owned()),
            ..Default::default()
        };
        let source = add::new_source(doc.story(), input, meta, "pasted text").unwrap();
        doc.edit(make::add_source(doc.story(), source).unwrap())
            .unwrap();
    }
    doc.save(None).unwrap();
    let harness = harness_with(ChronomapApp::open(Some(&folder)).unwrap());
    (dir, folder, harness)
}

#[test]
fn passages_of_two_sources_are_quoted_straight_into_a_claim_with_no_event() {
    let (_dir, folder, mut harness) = two_reports();
    select_whole_text(&mut harness, "BBC");
    harness.get_by_label("Quote into a claim").click();
    harness.run();
    harness.run();
    assert!(window_shown(&harness, "Sources differ"));
    assert!(has_label_containing(
        &harness,
        "Some 500 homes were flooded"
    ));
    // The form quotes the other source's passage too: it opens that source, selectable.
    harness
        .get_by_label("Quote a passage of The Guardian…")
        .click();
    harness.run();
    harness.run();
    assert_eq!(harness.state().view().reader_source, 1);
    assert!(harness.state().view().quoting);
    harness.get_by_label("Source text").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Q);
    harness.run();
    harness.run();
    assert!(has_label_containing(&harness, "About 200 properties"));
    replace_text(&mut harness, "Claim topic", "Homes flooded in Retford");
    replace_text(&mut harness, "Statement of BBC", "some 500 homes");
    replace_text(
        &mut harness,
        "Statement of The Guardian",
        "about 200 properties",
    );
    harness.get_by_label("Add claim").click();
    harness.run();
    assert!(!window_shown(&harness, "Sources differ"));
    let story = harness.state().story();
    assert!(story.events.is_empty(), "no event was needed");
    assert_eq!(story.claims.len(), 1);
    let claim = &story.claims[0];
    for (statement, words) in claim.statements.iter().zip([BBC, GUARDIAN]) {
        let [q] = statement.quotes[..] else {
            panic!("one quote per statement: {statement:?}")
        };
        assert_eq!(story.quotes[q].exact, words.trim());
        assert_eq!(story.quotes[q].source, statement.source);
    }
    // One edit: undo takes the claim and its two new quotes back together.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().story().claims.is_empty());
    assert!(harness.state().story().quotes.is_empty());
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = story_json(&folder);
    assert_eq!(saved["claims"][0]["topic"], "Homes flooded in Retford");
    assert_eq!(saved["quotes"].as_array().unwrap().len(), 2);
    // The credit says when, though the label the story set does not.
    harness.get_by_label("Sources compared").click();
    harness.run();
    assert!(has_label_containing(&harness, "The Guardian, 22 Oct 2023"));
}

#[test]
fn a_form_keeps_its_width_and_its_buttons_still_while_one_types() {
    let (_dir, _, mut harness) = two_reports();
    // From a long passage: the form does not stretch to the passage's length.
    select_whole_text(&mut harness, "BBC");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    harness.run();
    let window = window_rect(&harness, "New event");
    let button = harness.get_by_label("Add event").rect();
    assert!(
        (500.0..=600.0).contains(&window.width()),
        "a form of a set width, not as wide as its longest line: {}",
        window.width()
    );
    let long = "Flood defences overtopped along the River Idle as the water kept rising through the night and into Sunday";
    replace_text(&mut harness, "Event title", long);
    replace_text(
        &mut harness,
        "Event date",
        "the twenty-first of October two thousand and twenty-three, in the evening",
    );
    assert!(
        has_label_containing(&harness, "is not EDTF"),
        "an error shows"
    );
    let error = harness.get_by_label_contains("is not EDTF").rect();
    assert!(
        error.right() <= window.right() + 0.5,
        "the error wraps inside the form: {error:?} in {window:?}"
    );
    assert_eq!(window_rect(&harness, "New event").width(), window.width());
    assert_eq!(window_rect(&harness, "New event").left(), window.left());
    assert_eq!(
        harness.get_by_label("Add event").rect().left(),
        button.left()
    );
}

/// What opens a dialog, as a person does.
type Opens = dyn Fn(&mut AppHarness);

#[test]
fn escape_closes_every_dialog() {
    let (_dir, _, mut harness) = two_reports();
    let escape = |harness: &mut AppHarness| {
        harness.key_press(Key::Escape);
        harness.run();
        harness.run();
    };
    // Each dialog as a newcomer opens it, then Escape.
    let opened: [(&str, &Opens); 6] = [
        ("New event", &|h| new_event_form(h, "Flood", None)),
        ("New place", &|h| {
            h.get_by_label("By name…").click();
            h.run();
            h.run();
        }),
        ("Sources differ", &|h| menu(h, "Edit", "Sources differ…")),
        ("Add source", &|h| menu(h, "File", "Add source…")),
        ("New story", &|h| menu(h, "File", "New story…")),
        ("About Chronomap", &|h| menu(h, "Help", "About")),
    ];
    for (title, open) in opened {
        open(&mut harness);
        assert!(window_shown(&harness, title), "{title} opens");
        escape(&mut harness);
        assert!(!window_shown(&harness, title), "Escape closes {title}");
    }
    // Escape from inside one of its fields closes it too.
    new_event_form(&mut harness, "Flood", None);
    harness.get_by_label("Event title").focus();
    harness.run();
    escape(&mut harness);
    assert!(!window_shown(&harness, "New event"));
    assert!(
        harness.state().story().events.is_empty(),
        "nothing was added"
    );
}

#[test]
fn a_date_written_as_people_write_it_is_offered_in_edtf() {
    let (_dir, _, mut harness) = two_reports();
    new_event_form(&mut harness, "Flood", Some("22/10/2023"));
    // The day is settled (22 cannot be a month): one offer, taken with a click.
    harness.get_by_label("2023-10-22 (22 Oct 2023)").click();
    harness.run();
    assert_eq!(
        harness.get_by_label("Event date").value().as_deref(),
        Some("2023-10-22")
    );
    assert!(has_label_containing(&harness, "Sunday 22 October 2023"));
    // Both readings are days: both are offered, the person says which.
    replace_text(&mut harness, "Event date", "05/04/2024");
    assert!(has_label_containing(&harness, "Day or month first?"));
    harness.get_by_label("2024-05-04 (4 May 2024)").click();
    harness.run();
    assert_eq!(
        harness.get_by_label("Event date").value().as_deref(),
        Some("2024-05-04")
    );
}

#[test]
fn an_event_from_a_quote_takes_the_day_its_passage_says() {
    // "Hier, …", published 17 April 2024: the day before.
    let (_dir, _, mut harness) = convoy();
    let label = harness.state().story().sources[0].label.clone();
    select_whole_text(&mut harness, &label);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    harness.run();
    assert_eq!(
        harness.get_by_label("Event date").value().as_deref(),
        Some("2024-04-16")
    );
    assert!(has_label_containing(&harness, "From the passage: hier"));
    replace_text(
        &mut harness,
        "Event title",
        "Russian soldiers leave Stepanakert",
    );
    harness.get_by_label("Add event").click();
    harness.run();
    let story = harness.state().story();
    assert_eq!(story.events[0].date.edtf, "2024-04-16");
    assert!(
        story.events[0]
            .notes
            .starts_with("Date from the passage: hier")
    );
}

#[test]
fn a_saved_page_gives_its_own_publication_date_and_pasted_text_needs_one() {
    let (dir, _, mut harness) = two_reports();
    let page = dir.path().join("babet.html");
    let paragraph = "<p>Flood water reached the centre of Retford on Saturday as the River Idle burst its banks.</p>";
    std::fs::write(
        &page,
        format!(
            r#"<html><head><title>Retford floods</title><meta property="article:published_time" content="2023-10-22T09:30:00+01:00"></head><body><article><h1>Retford floods</h1>{}</article></body></html>"#,
            paragraph.repeat(6)
        ),
    )
    .unwrap();
    menu(&mut harness, "File", "Add source…");
    assert_eq!(
        harness
            .get_by_label("Source publication date")
            .value()
            .as_deref(),
        Some(""),
        "no date proposed: today's would be wrong for an article added later"
    );
    replace_text(&mut harness, "Source file", page.to_str().unwrap());
    harness.get_by_label("Add the source").click();
    harness.run();
    let story = harness.state().story();
    let added = story.sources.last().unwrap();
    assert_eq!(added.published.edtf, "2023-10-22T09:30:00+01:00");
    assert!(added.notes.contains("page's metadata"), "{}", added.notes);
    // The reader turns to the new source, at its top.
    assert_eq!(harness.state().view().reader_source, 2);
    assert_eq!(harness.state().view().tab, chronomap::ui::Tab::Reader);

    menu(&mut harness, "File", "Add source…");
    replace_text(
        &mut harness,
        "Source text to add",
        "Water levels fell on Monday.",
    );
    replace_text(&mut harness, "Source title", "Update");
    harness.get_by_label("Add the source").click();
    harness.run();
    assert!(has_label_containing(&harness, "give the publication date"));
    assert_eq!(harness.state().story().sources.len(), 3, "nothing added");
}

#[test]
fn the_step_form_keeps_its_width_as_long_quotes_are_added() {
    let mut harness = harness_with(ChronomapApp::open(None).unwrap());
    harness.get_by_label("Places").click();
    harness.run();
    harness.get_by_label("Goris (city)").click();
    harness.run();
    harness.get_by_label("Tour").click();
    harness.run();
    harness.get_by_label("+ New step from this view").click();
    harness.run_steps(60);
    let window = window_rect(&harness, "New step");
    let button = harness.get_by_label("Add step").rect();
    harness.get_by_label("+ events at the cursor").click();
    harness.run_steps(10);
    harness.get_by_label("+ quotes of its events").click();
    harness.run_steps(10);
    assert!(!harness.state().story().quotes.is_empty());
    let after = window_rect(&harness, "New step");
    assert!(window.width() <= 600.0, "{window:?}");
    // A scroll bar may come; the window does not widen.
    assert!(
        (after.width() - window.width()).abs() < 1.0,
        "{window:?} → {after:?}"
    );
    assert!((harness.get_by_label("Add step").rect().left() - button.left()).abs() < 1.0);
}

#[test]
fn the_legend_explains_what_the_open_story_has_and_nothing_of_another() {
    let shipped = harness_with(ChronomapApp::open(None).unwrap());
    let legend = shipped
        .get_by_label_contains("Legend: ")
        .value()
        .unwrap_or_default();
    assert!(legend.contains("corridor"), "{legend}");
    assert!(legend.contains("peacekeeping deployment"), "{legend}");

    // A new story with one town and no event: the town alone.
    let (_dir, _, harness) = convoy();
    let legend = harness
        .get_by_label_contains("Legend: ")
        .value()
        .unwrap_or_default();
    assert_eq!(legend, "Legend: town");
}

#[test]
fn a_place_added_far_from_the_view_is_brought_into_it() {
    // The convoy story looks at Stepanakert; the new town is Lisbon.
    let (_dir, _, mut harness) = convoy();
    harness.get_by_label("By name…").click();
    harness.run();
    harness.run();
    replace_text(&mut harness, "Gazetteer search", "Lisbon");
    harness
        .query_all_by_label_contains("Lisbon (PT)")
        .next()
        .expect("Lisbon is found")
        .click();
    harness.run();
    harness.get_by_label("Add place").click();
    harness.run();
    harness.run();
    let story = harness.state().story();
    let lisbon = story
        .places
        .iter()
        .position(|p| p.name == "Lisbon")
        .unwrap();
    assert_eq!(harness.state().view().selected_place, Some(lisbon));
    let [west, south, east, north] = harness.state().map_view_box().unwrap();
    assert!(
        (west..=east).contains(&-9.15) && (south..=north).contains(&38.73),
        "Lisbon in view: {west} {south} {east} {north}"
    );
}

#[test]
fn the_events_a_passage_can_back_are_offered_in_date_order() {
    let (_dir, _, mut harness) = convoy();
    // Three events, made out of their order in time.
    for (title, date) in [
        ("Second convoy", "2024-04-18"),
        ("First convoy", "2024-04-10"),
        ("Last convoy", "2024-05-02"),
    ] {
        new_event_form(&mut harness, title, Some(date));
        harness.get_by_label("Add event").click();
        harness.run();
    }
    let label = harness.state().story().sources[0].label.clone();
    select_whole_text(&mut harness, &label);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    harness.run();
    harness.get_by_label("The event this passage backs").click();
    harness.run();
    let mut offered: Vec<(f32, String)> = ["First convoy", "Second convoy", "Last convoy"]
        .iter()
        .map(|title| {
            let label = format!("· {title}");
            let top = harness
                .query_all_by_label_contains(&label)
                .last()
                .unwrap_or_else(|| panic!("{title} is offered"))
                .rect()
                .top();
            (top, (*title).to_owned())
        })
        .collect();
    offered.sort_by(|a, b| a.0.total_cmp(&b.0));
    let order: Vec<&str> = offered.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(order, ["First convoy", "Second convoy", "Last convoy"]);
}

/// A story written by hand whose quote lists no place it names: the window opens it with the
/// places its words name, says so, and saving writes them.
#[test]
fn a_quote_written_by_hand_without_mentions_names_the_places_its_words_name() {
    let town = |id: &str, name: &str, lon: f64, lat: f64| {
        serde_json::json!({"type": "Feature", "id": id,
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"name": name, "kind": "city"}})
    };
    let places = serde_json::json!({"type": "FeatureCollection", "features": [
        town("nairobi", "Nairobi", 36.82, -1.29), town("lima", "Lima", -77.04, -12.05)]});
    let story = serde_json::json!({"format": "chronomap-story/1", "title": "Floods",
        "places": "places.geojson",
        "sources": [{"id": "wire", "title": "Wire", "published": "2024-05-02", "language": "en",
            "file": "sources/wire.txt"}],
        "events": [{"id": "floods", "title": "Floods in Nairobi", "date": "2024-05-01",
            "status": "occurred", "places": ["nairobi"], "quotes": ["q1"]}],
        "quotes": [{"id": "q1", "source": "wire", "exact": "Floods hit Nairobi on 1 May 2024."}]});
    let (_dir, folder) = common::story_folder(&[
        (
            "sources/wire.txt",
            "Floods hit Nairobi on 1 May 2024. Lima stayed dry.\n",
        ),
        ("places.geojson", &places.to_string()),
        ("story.json", &story.to_string()),
    ]);
    // Opened as File → Open does it (in the background): frames until it is open.
    let mut harness = common::harness();
    let open = chronomap::ui::FileAction::Open(folder.clone());
    harness
        .state_mut()
        .apply(chronomap::ui::Command::File(open));
    let started = std::time::Instant::now();
    while harness.state().story().title != "Floods" && started.elapsed().as_secs() < 60 {
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    harness.run();
    assert!(has_label_containing(
        &harness,
        "1 quote listed no place it names"
    ));
    let story = harness.state().story();
    let named: Vec<&str> = story.quotes[0]
        .mentions
        .iter()
        .map(|&p| story.places[p].id.as_str())
        .collect();
    assert_eq!(
        named,
        ["nairobi"],
        "Lima is in the source, not in the quote"
    );
    let nairobi = story.places.iter().position(|p| p.id == "nairobi").unwrap();
    // Its card lists the quote among those that name it.
    let select = chronomap::ui::Command::SelectPlace(Some(nairobi));
    harness.state_mut().apply(select);
    harness.run();
    assert!(has_label_containing(&harness, "Quotes that name it"));
    assert!(has_label_containing(
        &harness,
        "Floods hit Nairobi on 1 May 2024."
    ));
    // Saved, story.json lists them.
    let save = chronomap::ui::FileAction::Save;
    harness
        .state_mut()
        .apply(chronomap::ui::Command::File(save));
    harness.run();
    let saved = story_json(&folder);
    assert_eq!(
        saved["quotes"][0]["mentions"],
        serde_json::json!(["nairobi"])
    );
}
