//! Events as CSV, one row each: written with the story's ids, read from those same columns, from
//! a list with date, title, place, lon/lat, source and quote columns, from TimelineJS's template or
//! from an ACLED export.

use super::csv_rows::{self, DateOrder, Layout};
use super::story_out::StoryOut;
use crate::anchoring::nearest;
use crate::date;
use crate::i18n::{tr, tr_with};
use crate::load::raw::{RawEvent, RawPlaceProperties, RawQuote, RawSource};
use crate::load::{LoadError, LoadErrors, Problem, Record};
use crate::model::{PlaceKind, Status, Story};
use std::collections::{HashMap, HashSet};
use std::io::Write;

/// The first eight columns are the documented export; `quotes` and `notes` make a round trip exact;
/// `evidence` carries each quote's words and its source's label (joined by " | "), and `regions`
/// each region quote of a picture as `quote-id#xywh=x,y,w,h`; both ignored on import.
pub const COLUMNS: [&str; 12] = [
    "id", "edtf", "earliest", "latest", "status", "title", "places", "sources", "quotes", "notes",
    "evidence", "regions",
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
                let words = crate::query::quote_words(story, q);
                format!("{}: {words}", crate::query::quote_credit(story, q))
            })
            .collect();
        // Each region quote as a W3C media fragment of its quote: `quote-id#xywh=x,y,w,h`.
        let regions: Vec<String> = event
            .quotes
            .iter()
            .filter_map(|&q| {
                let quote = &story.quotes[q];
                let [x, y, w, h] = quote.region?;
                Some(format!("{}#xywh={x},{y},{w},{h}", quote.id))
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
            &regions.join(";"),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

/// Merges the rows of a CSV file into the story: same ids replace, new ids are added. Reads
/// Chronomap's columns, TimelineJS's template and ACLED exports ([`Layout`]), as Excel writes them
/// too (a byte order mark, ";" between cells, CRLF line ends).
pub fn import(story: &Story, text: &str, file: &str) -> Result<Story, LoadErrors> {
    import_with(story, text, file, None)
}

/// [`import`], reading dates like 03/04/2024 in `order` unless a date of the file settles it.
pub fn import_with(
    story: &Story,
    text: &str,
    file: &str,
    order: Option<DateOrder>,
) -> Result<Story, LoadErrors> {
    let text = crate::load::without_bom(text);
    let separator = csv_rows::separator(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());
    let mut merge = Merge::new(file, StoryOut::from_story(story));
    let layout = merge.layout(&mut reader)?;
    let mut lines = Lines::new(text);
    let mut rows = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                merge.invalid_csv(&e);
                continue;
            }
        };
        let line = record.position().map(|p| lines.of(p.byte()));
        match layout.row(&record, separator == b';') {
            Ok(Some(row)) => rows.push((n, line, row)),
            Ok(None) => {}
            Err(reason) => {
                let reason = tr_with(
                    "csv-row",
                    &[
                        ("row", (n + 1).into()),
                        ("layout", layout.name().into()),
                        ("why", reason.into()),
                    ],
                );
                merge.problem(line, Problem::Invalid(reason));
            }
        }
    }
    let notice = merge.settle_order(&rows, order);
    for (n, line, row) in rows {
        merge.row(n, line, row);
    }
    if !merge.problems.is_empty() {
        return Err(LoadErrors(merge.problems));
    }
    let mut story = merge.out.reload(file)?;
    story.notices.extend(notice);
    Ok(story)
}

/// The line a record starts on, from its byte offset. The csv crate's own line count is one short
/// after CRLF line ends (Excel's), and its offset may point at the LF ending the line before.
struct Lines<'t> {
    text: &'t [u8],
    /// How far the text has been counted, and the lines ended before there.
    at: usize,
    ended: u64,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        Lines {
            text: text.as_bytes(),
            at: 0,
            ended: 0,
        }
    }

    /// Records come in order: each count goes on from the last.
    fn of(&mut self, byte: u64) -> u64 {
        let upto = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .saturating_add(1)
            .min(self.text.len());
        if upto > self.at {
            self.ended += memchr::memchr_iter(b'\n', &self.text[self.at..upto]).count() as u64;
            self.at = upto;
        }
        self.ended + 1
    }
}

/// A CSV file being merged into a story, row by row, with every problem it has.
struct Merge<'f> {
    file: &'f str,
    out: StoryOut,
    problems: Vec<LoadError>,
    /// The files of sources this import made (of the excerpts it gives).
    created_sources: std::collections::HashSet<String>,
    /// How many quotes not found got the nearest passage (each costs searches of its source).
    hints_given: usize,
    /// How dates like 03/04/2024 are read, once settled.
    order: Option<DateOrder>,
    /// Each event's place in `out`, by id: a million rows are not a million scans.
    events_by_id: HashMap<String, usize>,
    /// Each place's place in `out` by id, name and alias (the first place with the key, as a scan
    /// in order would find it).
    places_by_key: HashMap<String, usize>,
}

impl Merge<'_> {
    /// A merge into `out`, its events and places indexed.
    fn new(file: &str, out: StoryOut) -> Merge<'_> {
        let events_by_id = out
            .story
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .rev()
            .collect();
        let mut places_by_key = HashMap::new();
        for (i, (id, properties, _)) in out.places.iter().enumerate() {
            for key in std::iter::once(id)
                .chain(std::iter::once(&properties.name))
                .chain(&properties.aliases)
            {
                places_by_key.entry(key.clone()).or_insert(i);
            }
        }
        Merge {
            file,
            out,
            problems: Vec::new(),
            created_sources: HashSet::new(),
            hints_given: 0,
            order: None,
            events_by_id,
            places_by_key,
        }
    }

    fn problem(&mut self, line: Option<u64>, problem: Problem) {
        let line_column = line.map(|l| (l as usize, 1));
        self.problems
            .push(LoadError::at(self.file, line_column, problem));
    }

    fn invalid_csv(&mut self, e: &csv::Error) {
        let problem = Problem::Invalid(tr_with("csv-invalid", &[("why", e.to_string().into())]));
        self.problem(e.position().map(|p| p.line()), problem);
    }

    /// The layout the headers say, or why the file cannot be read.
    fn layout(&mut self, reader: &mut csv::Reader<&[u8]>) -> Result<Layout, LoadErrors> {
        let headers: Vec<String> = match reader.headers() {
            Ok(headers) => headers.iter().map(|h| h.trim().to_lowercase()).collect(),
            Err(e) => {
                self.invalid_csv(&e);
                return Err(LoadErrors(std::mem::take(&mut self.problems)));
            }
        };
        Layout::of(&headers).map_err(|e| {
            LoadErrors(vec![LoadError::at(
                self.file,
                Some((1, 1)),
                Problem::Invalid(e),
            )])
        })
    }

    /// The order of day and month in the file's dates like 03/04/2024: the one a date settles
    /// (17/04/2024 is day first), else the one asked for; said in a notice. Dates that settle
    /// both ways, or none with nothing asked, are a problem naming a row.
    fn settle_order(
        &mut self,
        rows: &[(usize, Option<u64>, csv_rows::Row)],
        asked: Option<DateOrder>,
    ) -> Option<String> {
        let numeric = rows
            .iter()
            .filter(|(_, _, row)| csv_rows::numeric_date(&row.edtf).is_some());
        let mut settled: Option<(DateOrder, &str, Option<u64>)> = None;
        for (_, line, row) in numeric.clone() {
            let Some(order) = csv_rows::settles(&row.edtf) else {
                continue;
            };
            match settled {
                None => settled = Some((order, &row.edtf, *line)),
                Some((first, example, _)) if first != order => {
                    let problem = Problem::Invalid(tr_with(
                        "csv-orders-disagree",
                        &[
                            ("date", row.edtf.clone().into()),
                            ("order", order.label().into()),
                            ("example", example.to_owned().into()),
                            ("first", first.label().into()),
                        ],
                    ));
                    self.problem(*line, problem);
                    return None;
                }
                Some(_) => {}
            }
        }
        let first_numeric = numeric.clone().next();
        let (order, why) = match (settled, asked) {
            (Some((order, example, _)), Some(asked)) if order != asked => {
                let problem = Problem::Invalid(tr_with(
                    "csv-order-asked",
                    &[
                        ("asked", asked.label().into()),
                        ("example", example.to_owned().into()),
                        ("order", order.label().into()),
                    ],
                ));
                self.problem(first_numeric.and_then(|r| r.1), problem);
                return None;
            }
            (Some((order, example, line)), _) => {
                let why = match line {
                    Some(line) => tr_with(
                        "csv-order-shown-at",
                        &[
                            ("example", example.to_owned().into()),
                            ("line", line.into()),
                        ],
                    ),
                    None => tr_with("csv-order-shown", &[("example", example.to_owned().into())]),
                };
                (order, why)
            }
            (None, Some(asked)) => (asked, tr("csv-order-as-asked")),
            (None, None) => {
                let (_, line, row) = first_numeric?;
                let problem = Problem::Invalid(tr_with(
                    "csv-order-unsettled",
                    &[("date", row.edtf.clone().into())],
                ));
                self.problem(*line, problem);
                return None;
            }
        };
        self.order = Some(order);
        first_numeric.map(|_| {
            tr_with(
                "notice-csv-dates-read",
                &[
                    ("file", self.file.to_owned().into()),
                    ("order", order.label().into()),
                    ("why", why.into()),
                ],
            )
        })
    }

    /// One row: checked, its places found or made, its excerpt quoted, and its event merged.
    fn row(&mut self, n: usize, line: Option<u64>, mut row: csv_rows::Row) {
        if let Some(edtf) = self
            .order
            .and_then(|order| csv_rows::numeric_to_edtf(&row.edtf, order))
        {
            row.edtf = edtf;
        }
        let id = row.id.clone().unwrap_or_else(|| format!("event-{}", n + 1));
        if let Err(error) = date::resolve(&row.edtf) {
            let problem = Problem::Date {
                owner: Box::new(Record {
                    kind: "row",
                    id: id.clone(),
                }),
                error: Box::new(error),
            };
            self.problem(line, problem);
            return;
        }
        if row.title.is_empty() {
            let problem =
                crate::i18n::tr_with("invalid-row-no-title", &[("id", id.clone().into())]);
            self.problem(line, Problem::Invalid(problem));
            return;
        }
        let Some(status) = self.status(line, &id, &row.status) else {
            return;
        };
        let places = self.places(line, &id, &row.places, row.coordinates);
        let mut quotes = row.quotes;
        if !row.quote.is_empty() {
            let Some(quote) = self.quote(line, &id, &row.edtf, row.sources, &row.quote, &places)
            else {
                return;
            };
            quotes.push(quote);
        }
        // What a row does not carry stays with its event: its check (so what the import changed
        // shows as changed since checked), and any field the CSV has no column for.
        let kept = |old: RawEvent| RawEvent {
            id: id.clone(),
            title: row.title,
            date: row.edtf,
            status,
            places,
            quotes,
            notes: row.notes,
            ..old
        };
        match self.events_by_id.get(&id) {
            Some(&existing) => {
                let old = &mut self.out.story.events[existing];
                *old = kept(std::mem::take(old));
            }
            None => {
                let event = kept(RawEvent::default());
                self.events_by_id.insert(id, self.out.story.events.len());
                self.out.story.events.push(event);
            }
        }
    }

    fn status(&mut self, line: Option<u64>, id: &str, status: &str) -> Option<Status> {
        if status.is_empty() {
            return Some(Status::Occurred);
        }
        let named = serde_json::Value::String(status.to_lowercase());
        serde_json::from_value::<Status>(named).ok().or_else(|| {
            let problem = Problem::Invalid(tr_with(
                "csv-status",
                &[
                    ("id", id.to_owned().into()),
                    ("status", status.to_owned().into()),
                ],
            ));
            self.problem(line, problem);
            None
        })
    }

    /// The row's places, by id or any name; one the story lacks is made from the row's lon/lat.
    fn places(
        &mut self,
        line: Option<u64>,
        id: &str,
        keys: &[String],
        coordinates: Option<(f64, f64)>,
    ) -> Vec<String> {
        let mut places = Vec::new();
        for key in keys {
            if let Some(&p) = self.places_by_key.get(key) {
                places.push(self.out.places[p].0.clone());
            } else if let Some((lon, lat)) = coordinates {
                let place_id = crate::ids::slug(key);
                let notes = "Added by a CSV import.";
                let properties = RawPlaceProperties::named(key.clone(), PlaceKind::Site, notes);
                let point = geo::Geometry::Point(geo::Point::new(lon, lat));
                let at = self.out.places.len();
                for made in [&place_id, key] {
                    self.places_by_key.entry(made.clone()).or_insert(at);
                }
                self.out.places.push((place_id.clone(), properties, point));
                places.push(place_id);
            } else {
                let problem = Problem::Invalid(tr_with(
                    "csv-place-unknown",
                    &[("id", id.to_owned().into()), ("place", key.clone().into())],
                ));
                self.problem(line, problem);
            }
        }
        places
    }

    /// The row's excerpt as a quote of its source (the story's, found verbatim; or one this import
    /// makes of the excerpts it gives); its id, or none when the words are not in the source.
    fn quote(
        &mut self,
        line: Option<u64>,
        id: &str,
        edtf: &str,
        sources: Vec<String>,
        excerpt: &str,
        places: &[String],
    ) -> Option<String> {
        let source_key = sources
            .into_iter()
            .next()
            .unwrap_or_else(|| "csv-import".to_owned());
        let source_id = self.source_of(&source_key, edtf);
        let source = self
            .out
            .story
            .sources
            .iter()
            .find(|s| s.id == source_id)
            .map(|s| s.file.clone())
            .unwrap_or_default();
        let quote_id = format!("{id}-quote");
        // A source is evidence: only one this import creates is made of the excerpts it gives.
        if let Some((_, text)) = self.out.texts.iter_mut().find(|(file, _)| *file == source)
            && !text.contains(excerpt)
        {
            if self.created_sources.contains(&source) {
                text.push_str(excerpt);
                text.push_str("\n\n");
            } else {
                self.hints_given += 1;
                let nearest = (self.hints_given <= nearest::MAX_HINTS)
                    .then(|| nearest::nearest(text, excerpt))
                    .flatten()
                    .map(Box::new);
                let problem = Problem::QuoteNotFound {
                    id: quote_id,
                    file: source,
                    nearest,
                };
                self.problem(line, problem);
                return None;
            }
        }
        self.out.story.quotes.retain(|q| q.id != quote_id);
        self.out.story.quotes.push(RawQuote {
            id: quote_id.clone(),
            source: source_id,
            exact: excerpt.to_owned(),
            prefix: None,
            suffix: None,
            start: None,
            mentions: places.to_vec(),
            ..RawQuote::default()
        });
        Some(quote_id)
    }

    /// The story's source with this id or publisher, or a new one whose text is the excerpts the
    /// CSV gives, said as such.
    fn source_of(&mut self, key: &str, edtf: &str) -> String {
        if let Some(s) = self
            .out
            .story
            .sources
            .iter()
            .find(|s| s.id == key || s.publisher.as_deref() == Some(key))
        {
            return s.id.clone();
        }
        let id = crate::ids::slug(key);
        let file = format!("sources/{id}.txt");
        self.out.story.sources.push(RawSource {
            id: id.clone(),
            title: format!("Excerpts of {key}"),
            publisher: Some(key.to_owned()),
            published: edtf.to_owned(),
            language: String::new(),
            file: file.clone(),
            url: None,
            notes: "Created by a CSV import: only the quoted excerpts are known, not the full text, and the publication date is the first event's.".to_owned(),
            label: Some(format!("{key} (excerpts only)")),
            capture: None,
            revises: None,
        });
        self.created_sources.insert(file.clone());
        self.out.texts.push((file, String::new()));
        id
    }
}
