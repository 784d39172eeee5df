//! The shipped story: it loads, its quotes sit verbatim where recorded, its dates resolve as the articles say.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::date::Granularity;
use chronomap::load;
use chronomap::model::{Status, Story};
use chronomap::{formats, query};
use common::shipped_story;
use std::path::Path;

fn event<'a>(story: &'a Story, id: &str) -> &'a chronomap::model::Event {
    story
        .events
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no event {id}"))
}

#[test]
fn shipped_story_validates_from_the_binary_and_from_disk() {
    let embedded = shipped_story();
    let on_disk = load::load_path(Path::new("data/karabakh")).expect("data/karabakh loads");
    let counts = |s: &Story| {
        (
            s.sources.len(),
            s.places.len(),
            s.events.len(),
            s.quotes.len(),
            s.claims.len(),
        )
    };
    assert_eq!(counts(&embedded), counts(&on_disk));
    assert_eq!(counts(&embedded), (2, 17, 13, 28, 5));
}

/// FNV-1a: a stable fingerprint of the articles' bytes without another dependency.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
    })
}

#[test]
fn articles_are_the_unchanged_originals() {
    // Lengths and fingerprints of ../shared/sources as received.
    for (file, len, hash) in [
        (
            "data/karabakh/sources/000_dfcbaef0274c1e9b.txt",
            2403,
            0x2ece_2ac0_d82e_401a_u64,
        ),
        (
            "data/karabakh/sources/003_8dfbbe99632af8eb.txt",
            2521,
            0x3ae6_adb3_817e_6509_u64,
        ),
    ] {
        let bytes = std::fs::read(file).expect("article present");
        assert_eq!(bytes.len(), len, "{file} length");
        assert_eq!(fnv1a(&bytes), hash, "{file} fingerprint");
    }
}

#[test]
fn every_quote_sits_verbatim_at_its_recorded_position() {
    // Read the raw file, independent of the loader's own anchoring.
    let raw: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("data/karabakh/story.json").unwrap())
            .unwrap();
    let sources = raw["sources"].as_array().unwrap();
    let quotes = raw["quotes"].as_array().unwrap();
    assert!(!quotes.is_empty());
    for quote in quotes {
        let source = sources
            .iter()
            .find(|s| s["id"] == quote["source"])
            .expect("quote's source");
        let text = std::fs::read_to_string(
            Path::new("data/karabakh").join(source["file"].as_str().unwrap()),
        )
        .unwrap();
        let exact = quote["exact"].as_str().unwrap();
        let start = quote["start"]
            .as_u64()
            .expect("every shipped quote records its start") as usize;
        let at: String = text
            .chars()
            .skip(start)
            .take(exact.chars().count())
            .collect();
        assert_eq!(
            at, exact,
            "quote {} is not at character {start}",
            quote["id"]
        );
    }
    let story = shipped_story();
    for quote in &story.quotes {
        assert_eq!(
            &story.sources[quote.source].text[quote.bytes.clone()],
            quote.exact
        );
    }
}

#[test]
fn every_event_is_backed_by_quotes_and_every_place_is_named_as_the_articles_spell_it() {
    let story = shipped_story();
    for e in &story.events {
        assert!(!e.quotes.is_empty(), "{} has no quote", e.id);
    }
    // Events both articles report carry a quote from each.
    for id in [
        "war-2020",
        "trilateral-declaration",
        "peacekeepers-deployed",
        "withdrawal-begins",
        "azerbaijani-media-report",
        "peskov-confirms",
        "azerbaijan-confirms-decision",
    ] {
        let e = story.events.iter().position(|e| e.id == id).unwrap();
        let sources = query::sources_of_event(&story, e);
        assert_eq!(sources.len(), 2, "{id} should quote both articles");
    }
    for (place, spellings) in [
        ("karabakh", &["Haut-Karabagh", "Karabagh", "Karabakh"][..]),
        (
            "lachin-corridor",
            &["couloir de Latchine", "Lachin corridor"][..],
        ),
        (
            "kalbajar-district",
            &["Kalbadjar", "Kalbajar", "Karvachar"][..],
        ),
        ("dadivank", &["Dadivank", "Khudavang"][..]),
        ("lachin", &["Latchine", "Lachin", "Berdzor"][..]),
        ("stepanakert", &["Stepanakert", "Khankendi"][..]),
    ] {
        let p = query::find_place(&story, place).unwrap_or_else(|| panic!("no place {place}"));
        for spelling in spellings {
            assert!(
                story.places[p].aliases.iter().any(|a| a == spelling),
                "{place} lacks {spelling}"
            );
            assert!(
                query::find_place(&story, spelling).is_some(),
                "{spelling} finds no place"
            );
        }
    }
    for id in ["adjacent-regions", "shusha", "goris", "yerevan", "baku"] {
        assert!(query::find_place(&story, id).is_some(), "no place {id}");
    }
}

#[test]
fn relative_dates_resolve_against_the_publication_date() {
    let story = shipped_story();
    let days = |id: &str| {
        let d = &event(&story, id).date;
        (
            d.earliest_date().to_string(),
            d.latest_date().to_string(),
            d.approximate,
        )
    };
    let expect = |a: &str, b: &str, approx: bool| (a.to_owned(), b.to_owned(), approx);
    // "ce 17 avril" and "mercredi".
    assert_eq!(
        days("peskov-confirms"),
        expect("2024-04-17", "2024-04-17", false)
    );
    // "la veille" and "mardi en fin de journée".
    assert_eq!(
        days("azerbaijani-media-report"),
        expect("2024-04-16", "2024-04-16", false)
    );
    // "il y a quelques jours" before Tuesday's report.
    assert_eq!(
        days("monastery-departure"),
        expect("2024-04-10", "2024-04-14", true)
    );
    assert_eq!(days("war-2020"), expect("2020-09-01", "2020-11-30", false));
    assert_eq!(
        event(&story, "war-2020").date.granularity,
        Granularity::Season
    );
    assert_eq!(
        days("trilateral-declaration"),
        expect("2020-11-10", "2020-11-10", false)
    );
    assert_eq!(
        days("offensive-2023"),
        expect("2023-09-01", "2023-09-30", false)
    );
    assert_eq!(
        days("armenia-denounces-moscow"),
        expect("2023-09-01", "2023-09-30", true)
    );
    assert_eq!(
        days("mission-planned-end"),
        expect("2025-01-01", "2025-12-31", false)
    );
    assert_eq!(event(&story, "mission-planned-end").status, Status::Planned);
    assert_eq!(story.sources[1].published.edtf, "2024-04-17T20:02:00+01:00");
}

#[test]
fn claims_record_what_the_articles_report_differently() {
    let story = shipped_story();
    for id in [
        "troop-numbers",
        "peskov-audience",
        "who-announced",
        "naming",
    ] {
        let claim = story
            .claims
            .iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("no claim {id}"));
        let sources: Vec<usize> = claim.statements.iter().map(|s| s.source).collect();
        assert_eq!(sources.len(), 2, "{id}");
        assert_ne!(
            sources[0], sources[1],
            "{id} compares two different sources"
        );
        assert!(
            claim.statements.iter().all(|s| !s.quotes.is_empty()),
            "{id} statements cite quotes"
        );
    }
    let troops = story
        .claims
        .iter()
        .find(|c| c.id == "troop-numbers")
        .unwrap();
    assert!(troops.statements.iter().any(|s| s.value.contains("1 960")));
    assert!(
        troops
            .statements
            .iter()
            .any(|s| s.value.contains("Près de 2 000"))
    );
}

#[test]
fn csv_export_lists_every_event_with_iso_bounds() {
    let story = shipped_story();
    let mut out = Vec::new();
    formats::events_csv::export(&story, &mut out).unwrap();
    let mut reader = csv::Reader::from_reader(out.as_slice());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        formats::events_csv::COLUMNS
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), story.events.len());
    for row in &rows {
        let earliest =
            chrono::NaiveDate::parse_from_str(&row[2], "%Y-%m-%d").expect("ISO earliest");
        let latest = chrono::NaiveDate::parse_from_str(&row[3], "%Y-%m-%d").expect("ISO latest");
        assert!(earliest <= latest, "{}", &row[0]);
        assert!(!row[7].is_empty(), "{} names its sources", &row[0]);
    }
    let peskov = rows.iter().find(|r| &r[0] == "peskov-confirms").unwrap();
    assert_eq!(
        (&peskov[2], &peskov[3], &peskov[7]),
        ("2024-04-17", "2024-04-17", "anon;gazette")
    );
}

#[test]
fn queries_follow_the_cursor() {
    let story = shipped_story();
    let day = |s: &str| chronomap::date::resolve(s).unwrap().earliest;
    let ids = |events: Vec<usize>| {
        events
            .into_iter()
            .map(|e| story.events[e].id.clone())
            .collect::<Vec<_>>()
    };
    let index = query::StoryIndex::new(&story);
    let at_17 = ids(index.events_at(&story, day("2024-04-17")));
    assert!(
        at_17.contains(&"peskov-confirms".to_owned())
            && at_17.contains(&"peacekeeping-mission".to_owned())
    );
    assert!(!at_17.contains(&"azerbaijani-media-report".to_owned()));
    assert_eq!(
        query::next_event_start(&story, day("2024-04-16")),
        Some(day("2024-04-17"))
    );
    assert_eq!(
        query::previous_event_start(&story, day("2024-04-16")),
        Some(day("2024-04-10"))
    );
    // The deployment is drawn only while the mission is current.
    let deployment = query::find_place(&story, "peacekeeping-deployment").unwrap();
    assert!(query::place_is_shown(
        &story,
        deployment,
        &index.events_at(&story, day("2022-06-01"))
    ));
    assert!(!query::place_is_shown(
        &story,
        deployment,
        &index.events_at(&story, day("2020-10-01"))
    ));
    assert!(!query::place_is_shown(
        &story,
        deployment,
        &index.events_at(&story, day("2025-06-01"))
    ));
    // Karabakh: the reported 4 500 km² next to the schematic outline's computed area.
    let karabakh = query::find_place(&story, "karabakh").unwrap();
    let area = query::measure(&story.places[karabakh]).area_km2.unwrap();
    assert!(
        (3000.0..6000.0).contains(&area),
        "schematic Karabakh measures {area} km²"
    );
    assert_eq!(
        story.places[karabakh]
            .reported_area_km2
            .as_ref()
            .map(|f| f.value),
        Some(4500.0)
    );
}

#[test]
fn the_tour_runs_from_the_2020_war_to_where_the_articles_differ_on_quotes_of_both() {
    let story = shipped_story();
    let ids: Vec<&str> = story.steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "war-2020",
            "declaration",
            "deployment",
            "offensive-2023",
            "first-departures",
            "withdrawal-confirmed",
            "sources-differ"
        ]
    );
    for step in &story.steps {
        assert!(!step.quotes.is_empty(), "{} rests on quotes", step.id);
        assert!(!step.events.is_empty(), "{} brings events forward", step.id);
        // Each step's window holds the events it brings forward, at least in part.
        for &e in &step.events {
            let date = &story.events[e].date;
            assert!(
                date.earliest <= step.window.latest && step.window.earliest <= date.latest,
                "{}: {} is outside the window",
                step.id,
                story.events[e].id
            );
        }
    }
    // The tour rests on both articles.
    let mut sources: Vec<usize> = story
        .steps
        .iter()
        .flat_map(|s| &s.quotes)
        .map(|&q| story.quotes[q].source)
        .collect();
    sources.sort_unstable();
    sources.dedup();
    assert_eq!(sources, [0, 1]);
    assert_eq!(story.steps[1].window.edtf, "2020-11-10");
}

#[test]
fn the_shipped_story_is_written_back_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = chronomap::document::Document::shipped().unwrap();
    doc.save(Some(dir.path())).unwrap();
    // (places.geojson is kept in a hand-made compact layout, which the writer does not reproduce.)
    let written = std::fs::read_to_string(dir.path().join("story.json")).unwrap();
    let shipped = std::fs::read_to_string("data/karabakh/story.json").unwrap();
    let differs = written
        .lines()
        .zip(shipped.lines())
        .position(|(a, b)| a != b);
    assert!(written == shipped, "first line that differs: {differs:?}");
}
