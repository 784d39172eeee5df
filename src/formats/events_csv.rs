//! Events as CSV, one row each: written with the story's ids, read from those same columns, from
//! a list with date, title, place, lon/lat, source and quote columns, from TimelineJS's template or
//! from an ACLED export.

use super::csv_rows::{self, Layout};
use super::story_out::StoryOut;
use crate::date;
use crate::load::raw::{RawEvent, RawPlaceProperties, RawQuote, RawSource};
use crate::load::{LoadError, LoadErrors, Problem, nearest};
use crate::model::{PlaceKind, Status, Story};
use std::io::Write;

/// The first eight columns are the documented export; `quotes` and `notes` make a round trip exact;
/// `evidence` carries each quote's words and its source's label (joined by " | "), ignored on import.
pub const COLUMNS: [&str; 11] = [
    "id", "edtf", "earliest", "latest", "status", "title", "places", "sources", "quotes", "notes",
    "evidence",
];

pub fn export<W: Write>(story: &Story, out: W) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(COLUMNS)?;
    for (e, event) in story.events.iter().enumerate() {
        let places: Vec<&str> = event
            .places
            .iter()
            .map(|&p| story.places[p].id.as_str())
            .collect();
        let sources = crate::query::sources_of_event(story, e);
        let sources: Vec<&str> = sources
            .iter()
            .map(|&s| story.sources[s].id.as_str())
            .collect();
        let quotes: Vec<&str> = event
            .quotes
            .iter()
            .map(|&q| story.quotes[q].id.as_str())
            .collect();
        let evidence: Vec<String> = event
            .quotes
            .iter()
            .map(|&q| {
                let quote = &story.quotes[q];
                format!("{}: «{}»", story.sources[quote.source].label, quote.exact)
            })
            .collect();
        writer.write_record([
            event.id.as_str(),
            event.date.edtf.as_str(),
            &event.date.earliest_date().to_string(),
            &event.date.latest_date().to_string(),
            event.status.label(),
            event.title.as_str(),
            &places.join(";"),
            &sources.join(";"),
            &quotes.join(";"),
            event.notes.as_str(),
            &evidence.join(" | "),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

/// Merges the rows of a CSV file into the story: same ids replace, new ids are added. Reads
/// Chronomap's columns, TimelineJS's template and ACLED exports ([`Layout`]), as Excel writes them
/// too (a byte order mark, ";" between cells, CRLF line ends).
pub fn import(story: &Story, text: &str, file: &str) -> Result<Story, LoadErrors> {
    let at = |line: Option<u64>, problem: Problem| {
        LoadError::at(file, line.map(|l| (l as usize, 1)), problem)
    };
    let text = crate::load::without_bom(text);
    let separator = csv_rows::separator(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| {
            LoadErrors(vec![at(
                e.position().map(|p| p.line()),
                Problem::Invalid(format!("invalid CSV: {e}")),
            )])
        })?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let layout =
        Layout::of(&headers).map_err(|e| LoadErrors(vec![at(Some(1), Problem::Invalid(e))]))?;

    let mut out = StoryOut::from_story(story);
    let mut problems = Vec::new();
    let mut created_sources = std::collections::HashSet::new();
    let mut hints_given = 0;
    for (n, record) in reader.records().enumerate() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(at(
                    e.position().map(|p| p.line()),
                    Problem::Invalid(format!("invalid CSV: {e}")),
                ));
                continue;
            }
        };
        let line = record.position().map(|p| p.line());
        let csv_rows::Row {
            id,
            edtf,
            title,
            status,
            places: place_keys,
            coordinates,
            sources,
            mut quotes,
            quote: excerpt,
            notes,
        } = match layout.row(&record, separator == b';') {
            Ok(Some(row)) => row,
            Ok(None) => continue,
            Err(reason) => {
                let reason = format!("row {} ({}): {reason}", n + 1, layout.name());
                problems.push(at(line, Problem::Invalid(reason)));
                continue;
            }
        };
        let id = id.unwrap_or_else(|| format!("event-{}", n + 1));
        if let Err(error) = date::resolve(&edtf) {
            problems.push(at(
                line,
                Problem::Date {
                    owner: format!("row \"{id}\""),
                    error: Box::new(error),
                },
            ));
            continue;
        }
        if title.is_empty() {
            problems.push(at(
                line,
                Problem::Invalid(format!("row \"{id}\" has no title")),
            ));
            continue;
        }
        let status = match status.as_str() {
            "" => Status::Occurred,
            other => {
                match serde_json::from_value::<Status>(serde_json::Value::String(
                    other.to_lowercase(),
                )) {
                    Ok(status) => status,
                    Err(_) => {
                        problems.push(at(line, Problem::Invalid(format!("row \"{id}\": status \"{other}\" is not occurred, reported or planned"))));
                        continue;
                    }
                }
            }
        };
        let mut places = Vec::new();
        for key in place_keys {
            if let Some(p) = out.places.iter().find(|(id, props, _)| {
                *id == key || props.name == key || props.aliases.contains(&key)
            }) {
                places.push(p.0.clone());
            } else if let Some((lon, lat)) = coordinates {
                let place_id = crate::ids::slug(&key);
                let properties = RawPlaceProperties {
                    name: key.clone(),
                    aliases: Vec::new(),
                    kind: PlaceKind::Site,
                    approximate: false,
                    transient: false,
                    notes: "Added by a CSV import.".to_owned(),
                    reported_area_km2: None,
                    reported_length_km: None,
                    other: Default::default(),
                };
                out.places.push((
                    place_id.clone(),
                    properties,
                    geo::Geometry::Point(geo::Point::new(lon, lat)),
                ));
                places.push(place_id);
            } else {
                problems.push(at(line, Problem::Invalid(format!("row \"{id}\": place \"{key}\" is neither an id nor a name in the story, and the row has no lon/lat"))));
            }
        }
        let excerpt = excerpt.as_str();
        if !excerpt.is_empty() {
            let source_key = sources
                .into_iter()
                .next()
                .unwrap_or_else(|| "csv-import".to_owned());
            let source_id = match out
                .story
                .sources
                .iter()
                .find(|s| s.id == source_key || s.publisher.as_deref() == Some(source_key.as_str()))
            {
                Some(s) => s.id.clone(),
                None => {
                    // A source the story lacks: its text is the excerpts the CSV gives, said as such.
                    let id = crate::ids::slug(&source_key);
                    let file = format!("sources/{id}.txt");
                    out.story.sources.push(RawSource {
                        id: id.clone(),
                        title: format!("Excerpts of {source_key}"),
                        publisher: Some(source_key.clone()),
                        published: edtf.clone(),
                        language: String::new(),
                        file: file.clone(),
                        url: None,
                        notes: "Created by a CSV import: only the quoted excerpts are known, not the full text, and the publication date is the first event's.".to_owned(),
                        label: Some(format!("{source_key} (excerpts only)")),
                        capture: None,
                        revises: None,
                    });
                    created_sources.insert(file.clone());
                    out.texts.push((file, String::new()));
                    id
                }
            };
            let source = out
                .story
                .sources
                .iter()
                .find(|s| s.id == source_id)
                .map(|s| s.file.clone())
                .unwrap_or_default();
            let quote_id = format!("{id}-quote");
            // A source is evidence: only one this import creates is made of the excerpts it gives.
            if let Some((_, text)) = out.texts.iter_mut().find(|(file, _)| *file == source)
                && !text.contains(excerpt)
            {
                if created_sources.contains(&source) {
                    text.push_str(excerpt);
                    text.push_str("\n\n");
                } else {
                    hints_given += 1;
                    problems.push(at(
                        line,
                        Problem::QuoteNotFound {
                            id: quote_id,
                            file: source,
                            nearest: (hints_given <= nearest::MAX_HINTS)
                                .then(|| nearest::nearest(text, excerpt))
                                .flatten()
                                .map(Box::new),
                        },
                    ));
                    continue;
                }
            }
            out.story.quotes.retain(|q| q.id != quote_id);
            out.story.quotes.push(RawQuote {
                id: quote_id.clone(),
                source: source_id,
                exact: excerpt.to_owned(),
                prefix: None,
                suffix: None,
                start: None,
                mentions: places.clone(),
            });
            quotes.push(quote_id);
        }
        let event = RawEvent {
            id: id.clone(),
            title,
            date: edtf,
            status,
            places,
            quotes,
            notes,
        };
        match out.story.events.iter_mut().find(|e| e.id == id) {
            Some(existing) => *existing = event,
            None => out.story.events.push(event),
        }
    }
    if !problems.is_empty() {
        return Err(LoadErrors(problems));
    }
    super::reload(out, file)
}
