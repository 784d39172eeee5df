//! What a published page knows of its story, worked out here so the page agrees with the app: the
//! projected shapes, the time axis, dates as days with their labels, the measures and the anchors
//! of the quotes (as UTF-16 offsets, which is how a browser counts). The page's scripts only draw
//! it and check it.

use super::svg::{self, BASE_DECIMALS};
use crate::base_map::BaseMap;
use crate::checks::{self, CheckState, Checkable};
use crate::date::Day;
use crate::document::Document;
use crate::model::{Source, Story};
use crate::{query, spatial};
use geo::Rect;
use serde::Serialize;

#[derive(Serialize)]
pub struct PageData {
    pub title: String,
    pub summary: String,
    /// The day the cursor starts on, as in the app.
    pub cursor: Day,
    /// The day number of 1 January 1970, so the page turns days into calendar dates as the app does.
    pub unix_epoch_day: Day,
    /// The collapsed time axis: [first day, end day (exclusive), from, to] per stretch.
    pub axis: Vec<(Day, Day, f64, f64)>,
    /// The box the map starts on, [x, y, width, height] in map units (y down).
    pub view: [f64; 4],
    /// The whole map's box, where zooming out stops.
    pub world: [f64; 4],
    pub countries: Vec<PageCountry>,
    /// The finer base map around the story's places, when they are close enough together.
    pub detail: Option<super::detail::PageDetail>,
    /// The person's street map around the story's places, when one was given.
    pub streets: Option<super::streets::PageStreets>,
    pub sources: Vec<PageSource>,
    pub quotes: Vec<PageQuote>,
    pub events: Vec<PageEvent>,
    pub places: Vec<PagePlace>,
    pub claims: Vec<PageClaim>,
    pub steps: Vec<PageStep>,
    pub checks: PageChecks,
    /// The page's words and the story's dates and measures in words, per language, the one it
    /// opens in first (`words`).
    pub languages: Vec<super::words::PageLanguage>,
}

#[derive(Serialize)]
pub struct PageCountry {
    pub name: String,
    pub d: String,
    pub label: Option<[f64; 2]>,
}

#[derive(Serialize)]
pub struct PageSource {
    pub id: String,
    pub label: String,
    pub title: String,
    pub publisher: Option<String>,
    pub language: String,
    pub url: Option<String>,
    /// The quotation marks of its language, opening and closing.
    pub marks: (&'static str, &'static str),
    /// The text exactly as the story keeps it; the page hashes its UTF-8 bytes.
    pub text: String,
    /// The SHA-256 the page checks the text against: its capture record's, or (with no record)
    /// the text's when published.
    pub sha256: String,
    /// "capture" when the hash is the capture record's, "publication" when no record exists.
    pub hash_from: &'static str,
    pub captured: Option<String>,
    pub capture_notes: String,
    /// The original the text was extracted from: its file name and SHA-256.
    pub original: Option<(String, String)>,
    /// The web archive's page: its URL and when it was archived.
    pub archived: Option<(String, String)>,
    /// The RFC 3161 time-stamp: the authority and the time it vouches for (its imprint checked
    /// when the story opened, its signature only by `chronomap validate --tsa-cert`).
    pub timestamp: Option<(String, String)>,
    /// The picture a picture source is, embedded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picture: Option<PagePicture>,
}

/// A picture embedded in the page: the original, or past `MAX_EMBEDDED` bytes a reduced copy that
/// says so (the page then cannot check it against the original's hash, and says that too).
#[derive(Serialize)]
pub struct PagePicture {
    /// The original's size in pixels: regions are counted in them, whatever is embedded.
    pub width: u32,
    pub height: u32,
    /// The size it is shown at: turned as its EXIF orientation says, as browsers show it.
    pub shown: [u32; 2],
    pub mime: &'static str,
    /// Base64 of what is embedded; empty when not even a reduced copy could be made.
    pub data: String,
    pub reduced: bool,
    /// The original's file and SHA-256, as its capture record gives them.
    pub file: String,
    pub sha256: String,
}

/// Pictures up to this size are embedded as they are; larger ones as a reduced copy.
pub const MAX_EMBEDDED: usize = 2 << 20;
/// A reduced copy is at most this many pixels a side.
const REDUCED_SIDE: u32 = 1600;

fn page_picture(source: &Source) -> Option<PagePicture> {
    use base64::Engine;
    let record = source.picture()?;
    let original = source.capture.as_ref()?.original.as_ref()?;
    let bytes = source.original.as_deref()?;
    let mime = crate::provenance::picture::mime_type(&original.file);
    let (data, mime, reduced) = if bytes.len() <= MAX_EMBEDDED {
        (
            base64::engine::general_purpose::STANDARD.encode(bytes),
            mime,
            false,
        )
    } else {
        let orientation = crate::provenance::picture::Turn::of(record).orientation;
        let copy = crate::provenance::picture::reduced_jpeg(
            &original.file,
            bytes,
            REDUCED_SIDE,
            orientation,
        )
        .map(|jpeg| base64::engine::general_purpose::STANDARD.encode(jpeg))
        .unwrap_or_default();
        (copy, "image/jpeg", true)
    };
    Some(PagePicture {
        width: record.width,
        height: record.height,
        shown: crate::provenance::picture::Turn::of(record).shown(),
        mime,
        data,
        reduced,
        file: original.file.clone(),
        sha256: original.sha256.clone(),
    })
}

#[derive(Serialize)]
pub struct PageQuote {
    pub id: String,
    pub source: usize,
    pub exact: String,
    pub prefix: Option<String>,
    pub suffix: Option<String>,
    /// Where the words start in the source's text, in UTF-16 code units.
    pub start: usize,
    /// The page of a PDF source the words start on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<usize>,
    /// A region of a picture source, `[x, y, w, h]` in its original's pixels (then `exact` is its
    /// caption).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<[u32; 4]>,
    /// Where the picture, turned upright as it is shown, shows the region.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shown_region: Option<[f64; 4]>,
    pub events: Vec<usize>,
    pub mentions: Vec<usize>,
}

#[derive(Serialize)]
pub struct PageEvent {
    pub id: String,
    pub title: String,
    pub edtf: String,
    /// The first and last day of the event's dates, as the timeline draws it.
    pub from: Day,
    pub to: Day,
    /// The first and last day the event is current at, as the app's cursor counts it (without
    /// end on a side that is open or unknown).
    pub current: (Day, Day),
    pub approximate: bool,
    pub status: &'static str,
    pub places: Vec<usize>,
    pub quotes: Vec<usize>,
    pub claims: Vec<usize>,
    pub notes: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checked: Option<PageCheck>,
}

/// An editor's check, as the page says it: who, on what day, whether it still holds.
#[derive(Serialize)]
pub struct PageCheck {
    pub by: String,
    /// The day of the check (none when its time is not RFC 3339: the page says the time as written).
    pub day: Option<Day>,
    pub at: String,
    pub note: String,
    pub holds: bool,
}

/// How many events and claims an editor checked, and how many of those changed since.
#[derive(Serialize, Default)]
pub struct PageChecks {
    pub total: usize,
    pub holding: usize,
    pub changed: usize,
}

#[derive(Serialize)]
pub struct PagePlace {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: &'static str,
    pub approximate: bool,
    pub transient: bool,
    pub notes: String,
    pub area: String,
    pub line: String,
    pub points: Vec<[f64; 2]>,
    pub label: Option<[f64; 2]>,
    /// Its box [x, y, width, height], to bring it into view.
    pub bounds: Option<[f64; 4]>,
    /// The quotes that give the figures the sources report (in words per language).
    pub reported: Vec<usize>,
    pub events: Vec<usize>,
    pub quotes: Vec<usize>,
    pub claims: Vec<usize>,
}

#[derive(Serialize)]
pub struct PageClaim {
    pub id: String,
    pub topic: String,
    /// Per source of the story: what it states and the quotes that show it, or none.
    pub statements: Vec<Option<(String, Vec<usize>)>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checked: Option<PageCheck>,
}

#[derive(Serialize)]
pub struct PageStep {
    pub id: String,
    pub title: String,
    pub text: String,
    pub from: Day,
    pub to: Day,
    pub view: [f64; 4],
    pub events: Vec<usize>,
    pub places: Vec<usize>,
    pub quotes: Vec<usize>,
}

fn page_check(story: &Story, what: Checkable) -> Option<PageCheck> {
    let (check, holds) = match checks::state(story, what) {
        CheckState::Unchecked => return None,
        CheckState::Holds(check) => (check, true),
        CheckState::Changed(check) => (check, false),
    };
    Some(PageCheck {
        by: check.by.clone(),
        day: checks::day(check).map(crate::date::day_of),
        at: check.at.clone(),
        note: check.note.clone(),
        holds,
    })
}

fn page_checks(story: &Story) -> PageChecks {
    let mut counts = PageChecks {
        total: story.events.len() + story.claims.len(),
        ..PageChecks::default()
    };
    for (_, _, state) in checks::all(story) {
        match state {
            CheckState::Holds(_) => counts.holding += 1,
            CheckState::Changed(_) => counts.changed += 1,
            CheckState::Unchecked => {}
        }
    }
    counts
}

/// [x, y, width, height] of a box in map units, y turned down.
fn view_box(rect: Rect<f64>) -> [f64; 4] {
    let round = |v: f64| (v * 1e4).round() / 1e4;
    [
        round(rect.min().x),
        round(-rect.max().y),
        round(rect.width()),
        round(rect.height()),
    ]
}

pub fn page_data(doc: &Document, language: crate::i18n::Language) -> PageData {
    let story = doc.story();
    let projection = doc.projection();
    let index = doc.story_index();
    let base = BaseMap::new(*projection);
    let countries: Vec<PageCountry> = base
        .countries
        .iter()
        .map(|c| {
            let mut d = String::new();
            for (_, ring) in &c.rings {
                svg::map_ring(&mut d, ring, BASE_DECIMALS, true);
            }
            PageCountry {
                name: c.name.clone(),
                d,
                label: c.label_spots.first().map(|&at| svg::point(at)),
            }
        })
        .collect();
    let focus = spatial::fit_box(spatial::focus_in_map(story, projection));
    let world = countries_bounds(&base).unwrap_or(focus);
    let unix_epoch_day =
        crate::date::day_of(chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default());
    PageData {
        title: story.title.clone(),
        summary: story.summary.clone(),
        unix_epoch_day,
        cursor: query::news_day(story).unwrap_or(unix_epoch_day),
        axis: doc
            .axis()
            .stretches()
            .iter()
            .map(|s| (s.first, s.end, s.from, s.to))
            .collect(),
        view: view_box(focus),
        world: view_box(world),
        countries,
        detail: super::detail::page_detail(story, projection),
        streets: None,
        sources: story.sources.iter().map(page_source).collect(),
        quotes: page_quotes(story, index),
        events: story
            .events
            .iter()
            .enumerate()
            .map(|(e, event)| PageEvent {
                id: event.id.clone(),
                title: event.title.clone(),
                edtf: event.date.edtf.clone(),
                from: event.date.earliest,
                to: event.date.latest,
                current: event.date.current_days(),
                approximate: event.date.approximate || event.date.uncertain,
                status: event.status.label(),
                places: event.places.clone(),
                quotes: event.quotes.clone(),
                claims: index.claims_of_event(e).to_vec(),
                notes: event.notes.clone(),
                checked: page_check(story, Checkable::Event(e)),
            })
            .collect(),
        places: story
            .places
            .iter()
            .enumerate()
            .map(|(p, place)| {
                let shape = svg::shape(&place.geometry, projection);
                PagePlace {
                    id: place.id.clone(),
                    name: place.name.clone(),
                    aliases: place.aliases.clone(),
                    kind: place.kind.label(),
                    approximate: place.approximate,
                    transient: place.transient,
                    notes: place.notes.clone(),
                    area: shape.area,
                    line: shape.line,
                    points: shape.points,
                    label: doc.place_index().label_anchor(p).map(svg::point),
                    bounds: doc.place_index().bounds(p).map(view_box),
                    reported: query::reported_lines(story, place)
                        .into_iter()
                        .map(|(_, quote)| quote)
                        .collect(),
                    events: index.events_at_place(p).to_vec(),
                    quotes: index.quotes_mentioning(p).to_vec(),
                    claims: index.claims_of_place(p).to_vec(),
                }
            })
            .collect(),
        claims: story
            .claims
            .iter()
            .enumerate()
            .map(|(i, c)| PageClaim {
                checked: page_check(story, Checkable::Claim(i)),
                id: c.id.clone(),
                topic: c.topic.clone(),
                statements: (0..story.sources.len())
                    .map(|s| {
                        let stated = c.statements.iter().filter(|st| st.source == s);
                        let (values, quotes): (Vec<&str>, Vec<&[usize]>) = stated
                            .map(|st| (st.value.as_str(), st.quotes.as_slice()))
                            .unzip();
                        (!values.is_empty()).then(|| (values.join("; "), quotes.concat()))
                    })
                    .collect(),
            })
            .collect(),
        steps: story
            .steps
            .iter()
            .map(|step| PageStep {
                id: step.id.clone(),
                title: step.title.clone(),
                text: step.text.clone(),
                from: step.window.earliest,
                to: step.window.latest,
                view: view_box(spatial::step_view(
                    story,
                    doc.place_index(),
                    projection,
                    &step.view,
                )),
                events: step.events.clone(),
                places: step.places.clone(),
                quotes: step.quotes.clone(),
            })
            .collect(),
        checks: page_checks(story),
        languages: super::words::page_languages(
            doc,
            language,
            &base
                .countries
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>(),
        ),
    }
}

fn countries_bounds(base: &BaseMap) -> Option<Rect<f64>> {
    let boxes = base.countries.iter().flat_map(|c| c.rings.iter());
    boxes
        .map(|&(bounds, _)| bounds)
        .reduce(crate::spatial::union)
}

fn page_source(source: &Source) -> PageSource {
    let (sha256, hash_from) = match &source.capture {
        Some(capture) => (capture.sha256.trim().to_ascii_lowercase(), "capture"),
        None => (
            crate::provenance::sha256_hex(source.text.as_bytes()),
            "publication",
        ),
    };
    PageSource {
        id: source.id.clone(),
        label: source.credit(),
        title: source.title.clone(),
        publisher: source.publisher.clone(),
        language: source.language.clone(),
        url: source.web_link().map(str::to_owned),
        marks: crate::quotation::marks(&source.language),
        text: source.text.clone(),
        sha256,
        hash_from,
        captured: source.capture.as_ref().map(|c| c.captured.clone()),
        capture_notes: source
            .capture
            .as_ref()
            .map(|c| c.notes.clone())
            .unwrap_or_default(),
        original: source
            .capture
            .as_ref()
            .and_then(|c| c.original.as_ref())
            .map(|o| (o.file.clone(), o.sha256.clone())),
        archived: source
            .capture
            .as_ref()
            .and_then(|c| c.archive.as_ref())
            .map(|a| (a.url.clone(), a.archived.clone())),
        timestamp: source
            .capture
            .as_ref()
            .and_then(|c| c.timestamp.as_ref())
            .map(|t| (t.authority.clone(), t.time.clone())),
        picture: page_picture(source),
    }
}

/// The quotes with their starts counted in UTF-16 code units, each source walked once.
fn page_quotes(story: &Story, index: &query::StoryIndex) -> Vec<PageQuote> {
    let mut starts = vec![0; story.quotes.len()];
    for (s, source) in story.sources.iter().enumerate() {
        let mut order: Vec<usize> = index.quotes_in_source(s).to_vec();
        order.sort_by_key(|&q| story.quotes[q].bytes.start);
        let (mut byte, mut units) = (0, 0);
        for q in order {
            let at = story.quotes[q].bytes.start;
            units += source
                .text
                .get(byte..at)
                .map_or(0, |t| t.encode_utf16().count());
            byte = at;
            starts[q] = units;
        }
    }
    story
        .quotes
        .iter()
        .enumerate()
        .map(|(q, quote)| {
            // A quote anchored only once line ends or Unicode forms were normalised is shown, and
            // checked, as the words the source has at its anchor.
            // A region's words are its caption.
            let passage = match quote.region {
                Some(_) => &quote.exact,
                None => story.sources[quote.source]
                    .text
                    .get(quote.bytes.clone())
                    .unwrap_or(&quote.exact),
            };
            let as_recorded = passage == quote.exact;
            PageQuote {
                page: query::quote_page(story, q),
                region: quote.region,
                shown_region: quote.region.zip(story.sources[quote.source].picture()).map(
                    |(region, picture)| {
                        crate::provenance::picture::Turn::of(picture).shown_region(region)
                    },
                ),
                id: quote.id.clone(),
                source: quote.source,
                exact: passage.to_owned(),
                prefix: quote.prefix.clone().filter(|_| as_recorded),
                suffix: quote.suffix.clone().filter(|_| as_recorded),
                start: starts[q],
                events: index.events_citing(q).to_vec(),
                mentions: quote.mentions.clone(),
            }
        })
        .collect()
}
