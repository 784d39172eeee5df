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

fn timeline_date(day: date::Day, granularity: Granularity) -> Option<TimelineDate> {
    let d = date::date_of(day)?;
    let n = |v: u32| Some(NumberOrText::Number(i64::from(v)));
    Some(match granularity {
        Granularity::Year => TimelineDate {
            year: NumberOrText::Number(i64::from(d.year())),
            month: None,
            day: None,
        },
        Granularity::Month => TimelineDate {
            year: NumberOrText::Number(i64::from(d.year())),
            month: n(d.month()),
            day: None,
        },
        _ => TimelineDate {
            year: NumberOrText::Number(i64::from(d.year())),
            month: n(d.month()),
            day: n(d.day()),
        },
    })
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
            let single = matches!(e.date.granularity, Granularity::Year | Granularity::Month)
                || e.date.is_single_day();
            Slide {
                start_date: timeline_date(e.date.earliest, e.date.granularity),
                end_date: if single {
                    None
                } else {
                    timeline_date(e.date.latest, Granularity::Day)
                },
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
    })
    .unwrap_or_default()
}

/// A TimelineJS date as EDTF: a year, a month, or a day.
fn edtf_of(date: &TimelineDate) -> Option<String> {
    let year = date.year.value()?;
    Some(
        match (
            date.month.as_ref().and_then(NumberOrText::value),
            date.day.as_ref().and_then(NumberOrText::value),
        ) {
            (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{year:04}-{m:02}"),
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
                let start = slide.start_date.as_ref().and_then(edtf_of).ok_or_else(|| {
                    error(
                        None,
                        Problem::Invalid(format!("event \"{id}\" has no start_date year")),
                    )
                })?;
                let date = match slide.end_date.as_ref().and_then(edtf_of) {
                    Some(end) if end != start => format!("{start}/{end}"),
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
    super::reload(out, file)
}
