//! TimelineJS JSON (the `events` / `title` format of Knight Lab's TimelineJS3). Each event also
//! carries a `chronomap` object with its EDTF date, places and quotes, which TimelineJS ignores and
//! which makes export followed by import exact.

use super::slide_text::{first_words, plain_text};
use super::story_out::StoryOut;
use crate::date;
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
    /// A picture, video or page the slide shows; kept in the event's notes as a link.
    #[serde(default, skip_serializing)]
    media: Option<Media>,
    /// Chronomap's own member: the event as story.json writes it, so that a round trip gives it
    /// back whole (`extension_event` reads it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    chronomap: Option<serde_json::Value>,
}

#[derive(Deserialize, Default)]
struct Media {
    #[serde(default, deserialize_with = "text_or_null")]
    url: String,
    #[serde(default, deserialize_with = "text_or_null")]
    caption: String,
    #[serde(default, deserialize_with = "text_or_null")]
    credit: String,
}

/// A text member that TimelineJS's own files sometimes give as null (Knight Lab's
/// `marktwain.json` has `"credit": null`): read as no text.
fn text_or_null<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    Option::<String>::deserialize(deserializer).map(Option::unwrap_or_default)
}

/// A TimelineJS 2 file: `{"timeline": {"headline", "text", "date": [...]}}`.
#[derive(Deserialize)]
struct Version2 {
    timeline: Timeline2,
}

#[derive(Deserialize)]
struct Timeline2 {
    #[serde(default, deserialize_with = "text_or_null")]
    headline: String,
    #[serde(default, deserialize_with = "text_or_null")]
    text: String,
    #[serde(default)]
    date: Vec<Slide2>,
    #[serde(default)]
    era: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Slide2 {
    start_date: String,
    #[serde(default)]
    end_date: Option<String>,
    #[serde(default, deserialize_with = "text_or_null")]
    headline: String,
    #[serde(default, deserialize_with = "text_or_null")]
    text: String,
    #[serde(default)]
    tag: Option<String>,
    #[serde(default)]
    asset: Option<Media2>,
}

#[derive(Deserialize)]
struct Media2 {
    #[serde(default, deserialize_with = "text_or_null")]
    media: String,
    #[serde(default, deserialize_with = "text_or_null")]
    caption: String,
    #[serde(default, deserialize_with = "text_or_null")]
    credit: String,
}

impl Version2 {
    /// The same timeline in TimelineJS 3's terms (dates "2011,12,10" become their parts).
    fn into_current(self) -> Timeline {
        let date = |text: &str| {
            let mut parts = text
                .split(',')
                .map(|p| NumberOrText::Text(p.trim().to_owned()));
            Some(TimelineDate {
                year: parts.next()?,
                month: parts.next(),
                day: parts.next(),
                hour: None,
                minute: None,
                second: None,
            })
        };
        let slide = |s: Slide2| Slide {
            start_date: date(&s.start_date),
            end_date: s.end_date.as_deref().and_then(date),
            display_date: None,
            text: Some(SlideText {
                headline: s.headline,
                text: s.text,
            }),
            group: s.tag,
            unique_id: None,
            media: s.asset.map(|a| Media {
                url: a.media,
                caption: a.caption,
                credit: a.credit,
            }),
            chronomap: None,
        };
        let t = self.timeline;
        Timeline {
            title: Some(Slide {
                start_date: None,
                end_date: None,
                display_date: None,
                text: Some(SlideText {
                    headline: t.headline,
                    text: t.text,
                }),
                group: None,
                unique_id: None,
                media: None,
                chronomap: None,
            }),
            events: t.date.into_iter().map(slide).collect(),
            eras: t.era,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct SlideText {
    #[serde(default, deserialize_with = "text_or_null")]
    headline: String,
    #[serde(default, deserialize_with = "text_or_null")]
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

/// The event a slide's `chronomap` member holds, with the slide's id and headline; exports before
/// it held the whole event named its date `edtf` and left out the id and title.
fn extension_event(
    mut member: serde_json::Value,
    id: &str,
    title: String,
) -> Result<RawEvent, String> {
    if let Some(members) = member.as_object_mut() {
        if let Some(edtf) = members.remove("edtf") {
            members.entry("date").or_insert(edtf);
        }
        members.insert("id".to_owned(), id.into());
        members.insert("title".to_owned(), title.into());
    }
    serde_json::from_value(member).map_err(|e| format!("its \"chronomap\" member: {e}"))
}

/// TimelineJS renders `text` as HTML: the story's words are escaped so they stay words.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// A day as TimelineJS's date parts.
fn timeline_date(day: date::Day) -> Option<TimelineDate> {
    let d = date::date_of(day)?;
    let n = |v: u32| Some(NumberOrText::Number(i64::from(v)));
    Some(TimelineDate {
        year: NumberOrText::Number(i64::from(d.year())),
        month: n(d.month()),
        day: n(d.day()),
        hour: None,
        minute: None,
        second: None,
    })
}

/// The start and end of an event's date as TimelineJS reads them: a day (with its time) alone; or,
/// for anything longer, its first and last days, both written as days. TimelineJS reads a month or
/// a year as its first day (an end of "November 2020" would end autumn 2020 on 1 November), and it
/// drops an end whose parts agree with every part the start gives ("September 2023" to "30
/// September 2023" would be one day). The slide's `display_date` says the date as Chronomap does.
fn slide_dates(span: &date::DateSpan) -> (Option<TimelineDate>, Option<TimelineDate>) {
    let mut start = timeline_date(span.earliest);
    if let (Some(start), Some((h, m, s))) = (start.as_mut(), span.time) {
        let n = |v: u8| Some(NumberOrText::Number(i64::from(v)));
        (start.hour, start.minute, start.second) = (n(h), n(m), n(s));
    }
    let end = (span.latest != span.earliest)
        .then(|| timeline_date(span.latest))
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
                    // A region of a picture is its caption, said to be one, credited with its
                    // region; a PDF's passage with its page.
                    let quote = &story.quotes[q];
                    let words = match quote.region {
                        Some(_) => crate::query::quote_words(story, q),
                        None => quote.exact.clone(),
                    };
                    format!(
                        "<blockquote>{}</blockquote><p>— {}</p>",
                        escape_html(&words),
                        escape_html(&crate::query::quote_credit(story, q))
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
                media: None,
                chronomap: serde_json::to_value(super::story_out::raw_event(story, e)).ok(),
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
        media: None,
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

/// Merges a TimelineJS file's events into the story: same ids replace, new ids are added. Reads
/// TimelineJS 3's `{"events": [...]}` and TimelineJS 2's `{"timeline": {"date": [...]}}`.
pub fn import(story: &Story, text: &str, file: &str) -> Result<Story, LoadErrors> {
    let error = |line_column, problem| LoadErrors::one(file, line_column, problem);
    let json =
        |e: serde_json::Error| error(Some((e.line(), e.column())), Problem::Json(e.to_string()));
    let timeline: Timeline = match serde_json::from_str::<Version2>(text) {
        Ok(version2) => version2.into_current(),
        Err(_) => serde_json::from_str(text).map_err(json)?,
    };
    let mut out = StoryOut::from_story(story);
    let mut notices = Vec::new();
    if !timeline.eras.is_empty() {
        notices.push(format!(
            "{file}: {} eras not imported (Chronomap has no eras; events are imported)",
            timeline.eras.len()
        ));
    }
    title_slide(&mut out, timeline.title.as_ref(), file, &mut notices);
    let mut undrawn = Vec::new();
    let mut fresh_ids = Vec::new();
    let mut untitled = 0;
    let mut media = 0;
    let mut seen = std::collections::HashSet::new();
    for (n, mut slide) in timeline.events.into_iter().enumerate() {
        // An empty id, or one an earlier slide of the file took, gets a fresh one.
        let given = slide.unique_id.clone().filter(|id| !id.trim().is_empty());
        let id = match given {
            Some(id) if seen.insert(id.clone()) => id,
            other => {
                let id = crate::ids::unique_id(&format!("event {}", n + 1), "event", 40, |id| {
                    seen.contains(id) || out.story.events.iter().any(|e| e.id == id)
                });
                seen.insert(id.clone());
                fresh_ids.push(other.map_or_else(
                    || format!("slide {} (no id) → {id}", n + 1),
                    |old| format!("slide {} (\"{old}\" again) → {id}", n + 1),
                ));
                id
            }
        };
        let body = slide
            .text
            .as_ref()
            .map(|t| plain_text(&t.text))
            .unwrap_or_default();
        let headline = slide
            .text
            .as_ref()
            .map(|t| plain_text(&t.headline))
            .filter(|h| !h.is_empty())
            .or_else(|| {
                untitled += 1;
                first_words(&body)
            })
            .unwrap_or_else(|| format!("Slide {}", n + 1));
        let event = match slide.chronomap.take() {
            Some(member) => extension_event(member, &id, headline).map_err(|problem| {
                error(None, Problem::Json(format!("slide {}: {problem}", n + 1)))
            })?,
            None => match drawn_event(&slide, &id, &headline, body, &mut media) {
                Ok(Some(event)) => event,
                Ok(None) => {
                    undrawn.push(headline);
                    continue;
                }
                Err(problem) => return Err(error(None, problem)),
            },
        };
        match out.story.events.iter_mut().find(|e| e.id == id) {
            Some(existing) => *existing = event,
            None => out.story.events.push(event),
        }
    }
    if !undrawn.is_empty() {
        notices.push(format!(
            "{file}: {} events left out, their years outside 0 to 9999: {}",
            undrawn.len(),
            undrawn.join("; ")
        ));
    }
    if !fresh_ids.is_empty() {
        notices.push(format!(
            "{file}: {} slides had an empty or repeated id and got a fresh one: {}",
            fresh_ids.len(),
            fresh_ids.join("; ")
        ));
    }
    if untitled > 0 {
        notices.push(format!(
            "{file}: {untitled} slides had no headline and are titled by the first words of their text"
        ));
    }
    if media > 0 {
        notices.push(format!(
            "{file}: {media} slides' media kept in their events' notes as links (with caption and credit)"
        ));
    }
    let mut story = out.reload(file)?;
    story.notices.extend(notices);
    Ok(story)
}

/// A slide without Chronomap's own record as an event: its dates, its group as a status (another
/// group kept in the notes), its media as a link in the notes (counted in `media`). None when its
/// years are not on a story's calendar (before 0 or after 9999: TimelineJS draws the Big Bang).
fn drawn_event(
    slide: &Slide,
    id: &str,
    headline: &str,
    body: String,
    media: &mut usize,
) -> Result<Option<RawEvent>, Problem> {
    let on_calendar = |d: &Option<TimelineDate>| {
        d.as_ref()
            .and_then(|d| d.year.value())
            .is_none_or(|y| (0..=9999).contains(&y))
    };
    if !on_calendar(&slide.start_date) || !on_calendar(&slide.end_date) {
        return Ok(None);
    }
    let start = slide.start_date.as_ref().and_then(edtf_of).ok_or_else(|| {
        Problem::Invalid(crate::i18n::tr_with(
            "invalid-no-start-year",
            &[("id", id.to_owned().into())],
        ))
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
    // What TimelineJS shows beside the text is kept in the notes, said as such.
    let mut notes = vec![body];
    if let Some(group) = slide
        .group
        .as_deref()
        .filter(|g| !g.is_empty() && !matches!(*g, "planned" | "reported" | "occurred"))
    {
        notes.push(format!("Group: {group}"));
    }
    if let Some(m) = slide.media.as_ref().filter(|m| !m.url.trim().is_empty()) {
        *media += 1;
        let mut line = format!("Media: {}", m.url.trim());
        for (label, value) in [("caption", &m.caption), ("credit", &m.credit)] {
            let value = plain_text(value);
            if !value.is_empty() {
                line.push_str(&format!("; {label}: {value}"));
            }
        }
        notes.push(line);
    }
    notes.retain(|n| !n.is_empty());
    Ok(Some(RawEvent {
        id: id.to_owned(),
        title: headline.to_owned(),
        date,
        status,
        notes: notes.join("\n\n"),
        ..RawEvent::default()
    }))
}

/// The title slide: the story's title and summary when the story has neither events nor sources
/// yet (a timeline imported into a new story); else it keeps its own, and a notice says so.
fn title_slide(out: &mut StoryOut, title: Option<&Slide>, file: &str, notices: &mut Vec<String>) {
    let Some(text) = title.and_then(|t| t.text.as_ref()) else {
        return;
    };
    let (headline, summary) = (plain_text(&text.headline), plain_text(&text.text));
    if headline.is_empty() {
        return;
    }
    if out.story.events.is_empty() && out.story.sources.is_empty() {
        out.story.title = headline;
        out.story.summary = summary;
        notices.push(format!(
            "{file}: the title slide is the story's title and summary"
        ));
    } else if headline != out.story.title {
        notices.push(format!(
            "{file}: the title slide (\"{headline}\") is not used: the story keeps its title"
        ));
    }
}
