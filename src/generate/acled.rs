//! An ACLED-shaped story for benchmarks at conflict-data scale: events clustered in space (around
//! hotspots across Africa, the Middle East and Europe) and in time (each hotspot's flare-ups), dated
//! at day, week and month precision as ACLED's `time_precision` gives them, a few quotes per hundred
//! events; and the same rows as an ACLED CSV export.

use crate::load::StoryFiles;
use crate::load::raw::{RawEvent, RawPlaceProperties, RawQuote, RawSource, RawStory};
use crate::model::{PlaceKind, Status};
use chrono::{Duration, NaiveDate};
use geo::{Geometry, Point};

const EVENT_TYPES: [&str; 6] = [
    "Battles",
    "Violence against civilians",
    "Explosions/Remote violence",
    "Protests",
    "Riots",
    "Strategic developments",
];
const HOTSPOTS: usize = 200;
/// Days from the first to the last event (2018 to 2024).
const SPAN_DAYS: i64 = 7 * 365;

/// One generated row: what the story and the CSV both hold of an event.
struct Row {
    id: String,
    day: NaiveDate,
    /// ACLED's time_precision: 1 the day, 2 about a week, 3 about a month.
    precision: u8,
    event_type: &'static str,
    place: usize,
}

/// The story (`events` events at `places` places) and its rows as an ACLED CSV, from `seed`.
pub fn story_and_csv(events: usize, places: usize, seed: u64) -> (StoryFiles, String) {
    let mut rng = fastrand::Rng::with_seed(seed);
    let start = NaiveDate::from_ymd_opt(2018, 1, 1).unwrap_or_default();
    // Hotspots: a centre, a radius, a time of flare-up; places cluster around them.
    let hotspots: Vec<(f64, f64, i64)> = (0..HOTSPOTS)
        .map(|_| {
            (
                -18.0 + rng.f64() * 78.0,
                -34.0 + rng.f64() * 92.0,
                rng.i64(0..SPAN_DAYS),
            )
        })
        .collect();
    let place_hotspot: Vec<usize> = (0..places).map(|p| p % HOTSPOTS).collect();
    let raw_places: Vec<(String, RawPlaceProperties, Geometry<f64>)> = (0..places)
        .map(|p| {
            let (x, y, _) = hotspots[place_hotspot[p]];
            let point = Point::new(x + rng.f64() * 2.0 - 1.0, y + rng.f64() * 2.0 - 1.0);
            let properties =
                RawPlaceProperties::named(format!("Locality {p}"), PlaceKind::Site, "");
            (format!("p{p}"), properties, Geometry::Point(point))
        })
        .collect();
    let rows: Vec<Row> = (0..events)
        .map(|e| {
            // Skewed toward the first hotspots, as conflict data is toward a few countries.
            let h = (rng.f64().powi(3) * HOTSPOTS as f64) as usize % HOTSPOTS;
            let place = h + HOTSPOTS * rng.usize(..(places / HOTSPOTS).max(1));
            let flare = hotspots[h].2;
            let offset = (rng.f64() - rng.f64()) * 400.0;
            let day = (flare + offset as i64).clamp(0, SPAN_DAYS - 1);
            let precision = match rng.u8(0..100) {
                0..=79 => 1,
                80..=91 => 2,
                _ => 3,
            };
            Row {
                id: format!("ACL{e}"),
                day: start + Duration::days(day),
                precision,
                event_type: EVENT_TYPES[rng.usize(..EVENT_TYPES.len())],
                place: place.min(places.saturating_sub(1)),
            }
        })
        .collect();
    let csv = acled_csv(&rows, &raw_places);
    (story(&rows, raw_places, seed), csv)
}

fn edtf(row: &Row) -> String {
    match row.precision {
        1 => row.day.format("%Y-%m-%d").to_string(),
        2 => format!(
            "{}~/{}~",
            row.day.format("%Y-%m-%d"),
            (row.day + Duration::days(6)).format("%Y-%m-%d")
        ),
        _ => format!("{}~", row.day.format("%Y-%m")),
    }
}

fn story(
    rows: &[Row],
    places: Vec<(String, RawPlaceProperties, Geometry<f64>)>,
    seed: u64,
) -> StoryFiles {
    // A source per thousand events; three quotes per hundred events, each a sentence of one.
    let sources = rows.len().div_ceil(1000).max(1);
    let mut texts: Vec<Vec<String>> = vec![Vec::new(); sources];
    let mut quotes = Vec::new();
    let mut events = Vec::with_capacity(rows.len());
    for (e, row) in rows.iter().enumerate() {
        let place = format!("p{}", row.place);
        let mut event_quotes = Vec::new();
        if e % 100 < 3 {
            // Quotes spread over every source, so each has a text.
            let s = quotes.len() % sources;
            let exact = format!(
                "Report {e}: {} near locality {} on {}.",
                row.event_type,
                row.place,
                row.day.format("%-d %B %Y")
            );
            texts[s].push(exact.clone());
            let id = format!("q{}", quotes.len());
            quotes.push(RawQuote {
                id: id.clone(),
                source: format!("s{s}"),
                exact,
                prefix: None,
                suffix: None,
                start: None,
                mentions: vec![place.clone()],
                ..RawQuote::default()
            });
            event_quotes.push(id);
        }
        events.push(RawEvent {
            id: row.id.clone(),
            title: format!("{} — Locality {}", row.event_type, row.place),
            date: edtf(row),
            status: Status::Occurred,
            places: vec![place],
            quotes: event_quotes,
            ..RawEvent::default()
        });
    }
    let raw_sources = (0..sources)
        .map(|s| RawSource {
            id: format!("s{s}"),
            title: format!("Situation report {s}"),
            publisher: Some("Monitoring desk".to_owned()),
            published: "2025-01-01".to_owned(),
            language: "en".to_owned(),
            file: format!("sources/s{s}.txt"),
            url: None,
            notes: String::new(),
            label: Some(format!("Situation report {s}")),
            capture: None,
            revises: None,
        })
        .collect();
    let raw = RawStory {
        format: Some("chronomap-story/1".to_owned()),
        title: format!("ACLED-shaped story: {} events (seed {seed})", rows.len()),
        summary: "Synthetic conflict data for benchmarks.".to_owned(),
        language: None,
        places: crate::load::raw::default_places_file(),
        sources: raw_sources,
        events,
        quotes,
        claims: Vec::new(),
        steps: Vec::new(),
        conflicts: Vec::new(),
    };
    let texts = texts
        .into_iter()
        .enumerate()
        .map(|(s, lines)| (format!("sources/s{s}.txt"), lines.join("\n")))
        .collect();
    super::in_memory(format!("acled-{}", rows.len()), &raw, &places, texts)
}

/// The rows as ACLED exports them (the columns Chronomap reads).
fn acled_csv(rows: &[Row], places: &[(String, RawPlaceProperties, Geometry<f64>)]) -> String {
    let mut out = String::with_capacity(rows.len() * 160);
    out.push_str("event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,country,location,latitude,longitude,source,notes,fatalities\n");
    for row in rows {
        let (x, y) = match &places[row.place].2 {
            Geometry::Point(p) => (p.x(), p.y()),
            _ => (0.0, 0.0),
        };
        out.push_str(&format!(
            "{},{},{},{},Armed clash,Unidentified armed group,Country {},Locality {},{y:.4},{x:.4},Monitoring desk,\"Event {} near locality {}.\",0\n",
            row.id,
            row.day.format("%Y-%m-%d"),
            row.precision,
            row.event_type,
            row.place % 50,
            row.place,
            row.id,
            row.place
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_generated_story_and_csv_load_with_every_row() {
        let (files, csv) = super::story_and_csv(2_000, 400, 5);
        let story = crate::load::load(&files).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((story.events.len(), story.places.len()), (2_000, 400));
        assert_eq!(story.quotes.len(), 60);
        assert!(story.sources.iter().all(|s| !s.text.is_empty()));
        assert_eq!(csv.lines().count(), 2_001);
        let empty =
            crate::load::load(&crate::shipped::karabakh()).unwrap_or_else(|e| panic!("{e}"));
        let imported = crate::formats::import(
            &empty,
            crate::formats::Format::EventsCsv,
            &csv,
            "acled.csv",
            None,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(imported.events.len(), empty.events.len() + 2_000);
    }
}
