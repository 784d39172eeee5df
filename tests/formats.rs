//! Imports and exports: an export followed by an import gives the same story back; foreign files
//! (Natural Earth GeoJSON, ACLED-style CSV, plain TimelineJS) import; bad rows say where they are.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::formats::{
    self, events_csv, places_geojson, story_out, story_out::StoryOut, timelinejs,
};
use common::shipped_story;

use chronomap::model::{Status, Story};
use chronomap::shipped;

/// Everything a story holds, in its on-disk form, for comparing two stories.
fn contents(story: &Story) -> (serde_json::Value, String) {
    let out = StoryOut::from_story(story);
    (
        serde_json::to_value(&out.story).unwrap(),
        story_out::write_places(&out.places),
    )
}

/// The shipped story with no events (its places, sources, quotes and claims kept; its tour, which
/// names events, goes too).
fn without_events(story: &Story) -> Story {
    let mut out = StoryOut::from_story(story);
    out.story.events.clear();
    out.story.steps.clear();
    out.reload("empty").expect("a story without events loads")
}

/// The shipped story without its tour: what an events file can give back.
fn shipped_without_tour() -> Story {
    let mut story = shipped_story();
    story.steps.clear();
    story
}

#[test]
fn places_geojson_round_trips() {
    let story = shipped_story();
    let exported = places_geojson::export(&story);
    let back = places_geojson::import(&story, &exported, "places.geojson").expect("import");
    assert_eq!(contents(&back), contents(&story));
    // The exported file is a story's own places file, readable by any GeoJSON tool.
    let parsed: geojson::FeatureCollection = exported.parse().expect("valid GeoJSON");
    assert_eq!(parsed.features.len(), story.places.len());
}

#[test]
fn events_csv_round_trips() {
    let story = shipped_without_tour();
    let mut csv = Vec::new();
    events_csv::export(&story, &mut csv).unwrap();
    let back = events_csv::import(
        &without_events(&story),
        std::str::from_utf8(&csv).unwrap(),
        "events.csv",
    )
    .expect("import");
    assert_eq!(contents(&back), contents(&story));
}

#[test]
fn timelinejs_round_trips() {
    let mut story = shipped_without_tour();
    // An editor's check travels too.
    let what = chronomap::checks::Checkable::Event(0);
    let at = "2026-12-06T10:00:00Z".to_owned();
    let check = chronomap::edit::amend::mark_checked(&story, what, "Ana", "", at).unwrap();
    chronomap::edit::apply(&mut story, &check).unwrap();
    let exported = timelinejs::export(&story);
    let back =
        timelinejs::import(&without_events(&story), &exported, "timeline.json").expect("import");
    assert_eq!(contents(&back), contents(&story));
}

#[test]
fn natural_earth_outlines_import_as_regions() {
    let story = shipped_story();
    let back = places_geojson::import(&story, shipped::BASE_MAP_GEOJSON, "countries.geojson")
        .expect("import");
    assert_eq!(back.places.len(), story.places.len() + 6);
    let armenia = back
        .places
        .iter()
        .find(|p| p.name == "Armenia" && !story.places.iter().any(|o| o.id == p.id))
        .expect("Armenia imported");
    // Its id was made from its name, clear of the story's own ids, and the story says so.
    assert!(armenia.id.starts_with("armenia"), "{}", armenia.id);
    assert!(
        back.notices
            .iter()
            .any(|n| n.contains("got one from") && n.contains(armenia.id.as_str())),
        "{:?}",
        back.notices
    );
    assert_eq!(armenia.kind, chronomap::model::PlaceKind::Region);
}

#[test]
fn an_acled_style_csv_adds_events_places_and_sources() {
    let story = shipped_story();
    let csv = "date,title,place,lon,lat,source,quote\n\
               2024-04-18,Convoy seen near Goris,Goris,,,,\n\
               2024-04-19~,Checkpoint handed over,Aghdam checkpoint,46.99,39.99,Agence X,\"Le poste a été remis.\"\n";
    let back = events_csv::import(&story, csv, "acled.csv").expect("import");
    assert_eq!(back.events.len(), story.events.len() + 2);
    let handed = back
        .events
        .iter()
        .find(|e| e.title == "Checkpoint handed over")
        .unwrap();
    assert!(handed.date.approximate);
    assert_eq!(handed.status, Status::Occurred);
    assert_eq!(back.places[handed.places[0]].name, "Aghdam checkpoint");
    let quote = &back.quotes[handed.quotes[0]];
    assert_eq!(quote.exact, "Le poste a été remis.");
    assert_eq!(
        back.sources[quote.source].publisher.as_deref(),
        Some("Agence X")
    );
    let goris = back
        .events
        .iter()
        .find(|e| e.title == "Convoy seen near Goris")
        .unwrap();
    assert_eq!(back.places[goris.places[0]].id, "goris");
}

#[test]
fn bad_csv_rows_name_their_line() {
    let story = shipped_story();
    let csv = "date,title,place\n2024-04-18,Fine,Goris\n2024-02-30,Impossible,Goris\n2024-04-18,Nowhere,Atlantis\n";
    let errors = events_csv::import(&story, csv, "bad.csv").expect_err("two bad rows");
    let lines: Vec<String> = errors.0.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 2, "{errors}");
    assert!(
        lines[0].starts_with(
            "bad.csv:3:1: row \"event-2\": \"2024-02-30\" is not EDTF: day is out of range"
        ),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("bad.csv:4:1: row \"event-3\": place \"Atlantis\" is neither"),
        "{}",
        lines[1]
    );
    let missing = events_csv::import(&story, "when,what\n", "x.csv").expect_err("no date column");
    assert!(
        missing
            .to_string()
            .contains("needs a date (or edtf) column and a title column")
    );
}

/// Exports made before the slide's `chronomap` member held the whole event named its date `edtf`
/// and had no id or title of its own: they still import whole; a member that is not an event is
/// refused, naming its slide.
#[test]
fn an_older_timelinejs_export_imports_and_a_bad_extension_is_named() {
    let story = shipped_story();
    let place = &story.places[0].id;
    let json = format!(
        r#"{{"events":[{{"start_date":{{"year":2024}},"text":{{"headline":"Older"}},"unique_id":"old",
        "chronomap":{{"edtf":"2024-04-17~","status":"reported","places":["{place}"],"notes":"kept"}}}}]}}"#
    );
    let back = timelinejs::import(&story, &json, "t.json").expect("import");
    let old = back.events.iter().find(|e| e.id == "old").unwrap();
    assert_eq!(
        (
            old.title.as_str(),
            old.date.edtf.as_str(),
            old.status,
            old.notes.as_str()
        ),
        ("Older", "2024-04-17~", Status::Reported, "kept")
    );
    assert_eq!(old.places, vec![0]);
    let bad = r#"{"events":[{"start_date":{"year":2024},"text":{"headline":"B"},
        "chronomap":{"date":"2024","status":"maybe"}}]}"#;
    let refused = timelinejs::import(&story, bad, "t.json").expect_err("an unknown status");
    assert!(refused.to_string().contains("slide 1"), "{refused}");
    assert!(refused.to_string().contains("maybe"), "{refused}");
}

#[test]
fn a_plain_timelinejs_file_imports_with_its_dates_as_edtf() {
    let story = shipped_story();
    let json = r#"{"title":{"text":{"headline":"T"}},"events":[
        {"start_date":{"year":"2024","month":"4"},"text":{"headline":"<b>Month</b> event","text":"<p>x &amp; y</p>"},"unique_id":"m"},
        {"start_date":{"year":2024,"month":4,"day":16},"end_date":{"year":2024,"month":4,"day":18},"text":{"headline":"Range"},"group":"planned"}]}"#;
    let back = timelinejs::import(&story, json, "t.json").expect("import");
    let month = back.events.iter().find(|e| e.id == "m").unwrap();
    assert_eq!(
        (
            month.date.edtf.as_str(),
            month.title.as_str(),
            month.notes.as_str()
        ),
        ("2024-04", "Month event", "x & y")
    );
    let range = back.events.iter().find(|e| e.title == "Range").unwrap();
    assert_eq!(
        (range.date.edtf.as_str(), range.status),
        ("2024-04-16/2024-04-18", Status::Planned)
    );
    let broken = timelinejs::import(&story, "{\"events\": [", "t.json").expect_err("truncated");
    assert!(broken.to_string().starts_with("t.json:1:"), "{broken}");
}

#[test]
fn story_text_is_escaped_in_html_exports() {
    assert_eq!(
        timelinejs::escape_html("<script>alert('x')</script> & \"q\""),
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
    );
    let exported = timelinejs::export(&shipped_story());
    assert!(!exported.contains("<script"));
}

#[test]
fn the_app_has_no_network_client() {
    // Chronomap makes no network request: no HTTP or socket client crate is built into it.
    let lock = std::fs::read_to_string("Cargo.lock").expect("Cargo.lock");
    for client in [
        "reqwest",
        "hyper",
        "ureq",
        "isahc",
        "curl",
        "surf",
        "attohttpc",
    ] {
        assert!(
            !lock.contains(&format!("name = \"{client}\"")),
            "{client} is in Cargo.lock"
        );
    }
}

#[test]
fn only_http_addresses_become_links() {
    let mut story = shipped_story();
    let source = &mut story.sources[0];
    for (url, link) in [
        ("https://example.org/a", Some("https://example.org/a")),
        (" HTTP://example.org ", Some("HTTP://example.org")),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("ftp://example.org", None),
    ] {
        source.url = Some(url.to_owned());
        assert_eq!(source.web_link(), link, "{url}");
    }
}

#[test]
fn a_csv_quote_not_in_its_source_is_refused_and_the_source_is_unchanged() {
    let story = shipped_story();
    let before: Vec<String> = story.sources.iter().map(|s| s.text.clone()).collect();
    // A typed apostrophe where the article has a typographic one: not the source's words.
    let csv = "date,title,source,quote\n\
               2020-11-10,Ceasefire,anon,\"l'instauration d'un cessez-le-feu entre les belligérants\"\n";
    let errors = events_csv::import(&story, csv, "rows.csv").expect_err("not verbatim");
    let message = errors.to_string();
    assert!(
        message.starts_with("rows.csv:2:1: quote \"event-1-quote\": its exact text is not found in sources/000_dfcbaef0274c1e9b.txt; the nearest passage, at character"),
        "{message}"
    );
    assert!(
        message
            .ends_with("has \"l’instauration d’un\" where the quote has \"l'instauration d'un\""),
        "{message}"
    );
    // The story the import was given is untouched, and so is every source of a story saved after it.
    let after: Vec<String> = story.sources.iter().map(|s| s.text.clone()).collect();
    assert_eq!(before, after);
    let folder = tempfile::tempdir().unwrap();
    formats::save_folder(StoryOut::from_story(&story), folder.path()).unwrap();
    for source in &story.sources {
        let shipped =
            std::fs::read(std::path::Path::new("data/karabakh").join(&source.file)).unwrap();
        let saved = std::fs::read(folder.path().join(&source.file)).unwrap();
        assert_eq!(saved, shipped, "{}", source.file);
    }
}

#[test]
fn a_csv_quote_found_in_its_source_is_anchored_without_changing_it() {
    let story = shipped_story();
    let csv = "date,title,source,quote\n\
               2020-11-10,Ceasefire,anon,\"l’instauration d’un cessez-le-feu entre les belligérants\"\n";
    let back = events_csv::import(&story, csv, "rows.csv").expect("verbatim quote");
    let anon = back.sources.iter().find(|s| s.id == "anon").unwrap();
    let shipped = story.sources.iter().find(|s| s.id == "anon").unwrap();
    assert_eq!(anon.text, shipped.text);
    let event = back.events.iter().find(|e| e.id == "event-1").unwrap();
    assert_eq!(
        back.quotes[event.quotes[0]].exact,
        "l’instauration d’un cessez-le-feu entre les belligérants"
    );
}

#[test]
fn the_events_csv_quotes_each_source_in_its_own_marks_with_its_credit() {
    let mut story = shipped_story();
    let event = story
        .events
        .iter()
        .position(|e| !e.quotes.is_empty())
        .unwrap();
    let quote = story.events[event].quotes[0];
    let source = story.quotes[quote].source;
    let exact = story.quotes[quote].exact.clone();
    let row_of = |story: &Story| {
        let mut csv = Vec::new();
        events_csv::export(story, &mut csv).unwrap();
        let text = String::from_utf8(csv).unwrap();
        let mut rows = csv::Reader::from_reader(text.as_bytes());
        rows.records()
            .map(|r| r.unwrap())
            .find(|r| r.get(0) == Some(story.events[event].id.as_str()))
            .unwrap()
    };
    // French: « … », after the source's label, which says its day.
    let evidence = row_of(&story)[10].to_owned();
    assert!(evidence.contains(&format!("« {exact} »")), "{evidence}");
    // The same words in an English source: “…”; a label set by the story gains the day.
    story.sources[source].language = "en".to_owned();
    story.sources[source].label = "The Gazette".to_owned();
    story.sources[source].label_is_set = true;
    let evidence = row_of(&story)[10].to_owned();
    let day = story.sources[source]
        .published
        .earliest_date()
        .format("%-d %b %Y");
    assert!(
        evidence.contains(&format!("The Gazette, {day}: “{exact}”")),
        "{evidence}"
    );
}
