//! TimelineJS JSON (the `events` / `title` format of Knight Lab's TimelineJS3). Each event also
//! carries a `chronomap` object with its EDTF date, places and quotes, which TimelineJS ignores and
//! which makes export followed by import exact.

use super::story_out::StoryOut;
use crate::date::{self, Granularity};
use crate::load::raw::RawEvent;
use crate::load::{LoadErrors, Problem};
use crate::model::{Status, Story};
use chrono::Datelike;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Timeline {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<Slide>,
    events: Vec<Slide>,
    /// Eras are spans TimelineJS shades behind the events; Chronomap has none to make of them.
    #[serde(default, skip_serializing)]
    eras: Vec<serde_json::Value>,
}

#[derive(Serialize, Deserialize)]
struct Slide {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    start_date: Option<TimelineDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end_date: Option<TimelineDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<SlideText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    unique_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    chronomap: Option<Extension>,
}

#[derive(Serialize, Deserialize)]
struct SlideText {
    #[serde(default)]
    headline: String,
    #[serde(default)]
    text: String,
}

/// TimelineJS writes date parts as strings or numbers; both are read.
#[derive(Serialize, Deserialize)]
struct TimelineDate {
    year: NumberOrText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    month: Option<NumberOrText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    day: Option<NumberOrText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    hour: Option<NumberOrText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    minute: Option<NumberOrText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    second: Option<NumberOrText>,
}

#[derive(Serialize, Deserialize, Clone)]
#[serde(untagged)]
enum NumberOrText {
    Number(i64),
    Text(String),
}

impl NumberOrText {
    fn value(&self) -> Option<i64> {
        match self {
            NumberOrText::Number(n) => Some(*n),
            NumberOrText::Text(t) => t.trim().parse().ok(),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Extension {
    edtf: String,
    status: Status,
    #[serde(default)]
    places: Vec<String>,
    #[serde(default)]
    quotes: Vec<String>,
    #[serde(default)]
    notes: String,
}

/// TimelineJS renders `text` as HTML: the story's words are escaped so they stay words.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// A day as TimelineJS's date parts, to the precision given (a year, a month or a day).
fn timeline_date(day: date::Day, precision: Granularity) -> Option<TimelineDate> {
    let d = date::date_of(day)?;
    let n = |v: u32| Some(NumberOrText::Number(i64::from(v)));
    let (month, day) = match precision {
        Granularity::Year => (None, None),
        Granularity::Month => (n(d.month()), None),
        _ => (n(d.month()), n(d.day())),
    };
    Some(TimelineDate {
        year: NumberOrText::Number(i64::from(d.year())),
        month,
        day,
        hour: None,
        minute: None,
        second: None,
    })
}

/// How finely the ends of a span are known: whole years ("1964/2008", "201X"), whole months
/// (a season, "2004-06/2006-08") or days.
fn precision_of(span: &date::DateSpan) -> Granularity {
    match span.granularity {
        Granularity::Year | Granularity::Month | Granularity::Day => span.granularity,
        _ => date::ends_precision(span.earliest, span.latest),
    }
}

/// The start and end of an event's date as TimelineJS draws them: one date at its own precision
/// (with its time of day), or the first and last of a span at the precision its ends are known.
fn slide_dates(span: &date::DateSpan) -> (Option<TimelineDate>, Option<TimelineDate>) {
    let precision = precision_of(span);
    let mut start = timeline_date(span.earliest, precision);
    if let (Some(start), Some((h, m, s))) = (start.as_mut(), span.time) {
        let n = |v: u8| Some(NumberOrText::Number(i64::from(v)));
        (start.hour, start.minute, start.second) = (n(h), n(m), n(s));
    }
    let single = matches!(
        span.granularity,
        Granularity::Year | Granularity::Month | Granularity::Day
    );
    let end = (!single)
        .then(|| timeline_date(span.latest, precision))
        .flatten();
    (start, end)
}

pub fn export(story: &Story) -> String {
    let events = story
        .events
        .iter()
        .map(|e| {
            let quotes: String = e
                .quotes
                .iter()
                .map(|&q| {
                    let quote = &story.quotes[q];
                    let source = &story.sources[quote.source];
                    format!(
                        "<blockquote>{}</blockquote><p>— {}</p>",
                        escape_html(&quote.exact),
                        escape_html(&source.label)
                    )
                })
                .collect();
            let (start_date, end_date) = slide_dates(&e.date);
            Slide {
                start_date,
                end_date,
                // TimelineJS shows this instead of its own reading of the dates: "autumn 2020 (Sep
                // – Nov 2020)", "Sep 2023 (approx.)", "from 17 Apr 2024, ongoing".
                display_date: Some(e.date.label()),
                text: Some(SlideText {
                    headline: escape_html(&e.title),
                    text: format!("<p>{}</p>{quotes}", escape_html(&e.notes)),
                }),
                group: Some(e.status.label().to_owned()),
                unique_id: Some(e.id.clone()),
                chronomap: Some(Extension {
                    edtf: e.date.edtf.clone(),
                    status: e.status,
                    places: e
                        .places
                        .iter()
                        .map(|&p| story.places[p].id.clone())
                        .collect(),
                    quotes: e
                        .quotes
                        .iter()
                        .map(|&q| story.quotes[q].id.clone())
                        .collect(),
                    notes: e.notes.clone(),
                }),
            }
        })
        .collect();
    let title = Slide {
        start_date: None,
        end_date: None,
        display_date: None,
        text: Some(SlideText {
            headline: escape_html(&story.title),
            text: escape_html(&story.summary),
        }),
        group: None,
        unique_id: None,
        chronomap: None,
    };
    serde_json::to_string_pretty(&Timeline {
        title: Some(title),
        events,
        eras: Vec::new(),
    })
    .unwrap_or_default()
}

/// A TimelineJS date as EDTF: a year, a month, a day, or a day and time.
fn edtf_of(date: &TimelineDate) -> Option<String> {
    let year = date.year.value()?;
    let part = |p: &Option<NumberOrText>| p.as_ref().and_then(NumberOrText::value);
    Some(
        match (part(&date.month), part(&date.day), part(&date.hour)) {
            (Some(m), Some(d), Some(h)) => {
                let (min, s) = (
                    part(&date.minute).unwrap_or(0),
                    part(&date.second).unwrap_or(0),
                );
                format!("{year:04}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}")
            }
            (Some(m), Some(d), None) => format!("{year:04}-{m:02}-{d:02}"),
            (Some(m), None, _) => format!("{year:04}-{m:02}"),
            _ => format!("{year:04}"),
        },
    )
}

/// Strips tags from TimelineJS HTML, for notes: the app shows text, never markup.
fn plain_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .trim()
        .to_owned()
}

/// Merges a TimelineJS file's events into the story: same ids replace, new ids are added.
pub fn import(story: &Story, text: &str, file: &str) -> Result<Story, LoadErrors> {
    let error = |line_column, problem| LoadErrors::one(file, line_column, problem);
    let timeline: Timeline = serde_json::from_str(text)
        .map_err(|e| error(Some((e.line(), e.column())), Problem::Json(e.to_string())))?;
    let mut out = StoryOut::from_story(story);
    let mut notices = Vec::new();
    if !timeline.eras.is_empty() {
        notices.push(format!(
            "{file}: {} eras not imported (Chronomap has no eras; events are imported)",
            timeline.eras.len()
        ));
    }
    let mut undrawn = Vec::new();
    for (n, slide) in timeline.events.into_iter().enumerate() {
        let id = slide
            .unique_id
            .clone()
            .unwrap_or_else(|| format!("event-{}", n + 1));
        let headline = slide
            .text
            .as_ref()
            .map(|t| plain_text(&t.headline))
            .unwrap_or_default();
        let event = match slide.chronomap {
            Some(ext) => RawEvent {
                id: id.clone(),
                title: headline,
                date: ext.edtf,
                status: ext.status,
                places: ext.places,
                quotes: ext.quotes,
                notes: ext.notes,
            },
            None => {
                // Years before 1 or after 9999 (TimelineJS draws the Big Bang) are not on a
                // story's calendar: such slides are left out, and a notice names them.
                let on_calendar = |d: &Option<TimelineDate>| {
                    d.as_ref()
                        .and_then(|d| d.year.value())
                        .is_none_or(|y| (1..=9999).contains(&y))
                };
                if !on_calendar(&slide.start_date) || !on_calendar(&slide.end_date) {
                    undrawn.push(headline);
                    continue;
                }
                let start = slide.start_date.as_ref().and_then(edtf_of).ok_or_else(|| {
                    error(
                        None,
                        Problem::Invalid(format!("event \"{id}\" has no start_date year")),
                    )
                })?;
                let date = match slide.end_date.as_ref().and_then(edtf_of) {
                    // An interval is of days: a time of day is kept only on a single date.
                    Some(end) if end != start => {
                        let day = |d: &str| d.split('T').next().unwrap_or_default().to_owned();
                        format!("{}/{}", day(&start), day(&end))
                    }
                    _ => start,
                };
                let status = match slide.group.as_deref() {
                    Some("planned") => Status::Planned,
                    Some("reported") => Status::Reported,
                    _ => Status::Occurred,
                };
                let notes = slide
                    .text
                    .as_ref()
                    .map(|t| plain_text(&t.text))
                    .unwrap_or_default();
                RawEvent {
                    id: id.clone(),
                    title: headline,
                    date,
                    status,
                    places: Vec::new(),
                    quotes: Vec::new(),
                    notes,
                }
            }
        };
        match out.story.events.iter_mut().find(|e| e.id == id) {
            Some(existing) => *existing = event,
            None => out.story.events.push(event),
        }
    }
    if !undrawn.is_empty() {
        notices.push(format!(
            "{file}: {} events left out, their years outside 1 to 9999: {}",
            undrawn.len(),
            undrawn.join("; ")
        ));
    }
    let mut story = super::reload(out, file)?;
    story.notices.extend(notices);
    Ok(story)
}
