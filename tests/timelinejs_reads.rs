//! Chronomap's TimelineJS export read by TimelineJS itself (Knight Lab's 3.9.11, kept in
//! `tests/conformance/neighbours/timelinejs/`) in headless Chromium: every slide starts and ends on
//! the days Chronomap gives its event. `--ignored` (needs Chromium), run by `.ci/run`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

// The browser helpers are shared with the published page's tests, which use more of them.
#[allow(dead_code)]
#[path = "common/browser.rs"]
mod browser;

use chronomap::document::Document;
use chronomap::formats::events_csv;
use chronomap::model::Story;
use std::path::Path;

/// A story of one event per date, every kind of date a story has.
fn story_of_dates() -> Story {
    let dates = [
        "2024-04-17",
        "2024-04-17T20:02:00",
        "2023-09",
        "2023-09~",
        "2020-23",
        "2020-21",
        "2024",
        "201X",
        "2010/2012",
        "1964/2008",
        "2024-04-10/2024-04-17",
        "2019-12-24/2020-01-02",
        "2024-04-17/..",
        "2024-02",
    ];
    let rows: String = dates
        .iter()
        .enumerate()
        .map(|(i, d)| format!("e{i},{d},Event {i}\n"))
        .collect();
    let empty = Document::empty("Dates", Path::new("dates"));
    events_csv::import(empty.story(), &format!("id,date,title\n{rows}"), "d.csv").unwrap()
}

/// (id, first day, last day) as Chronomap has each event: [year, month, day].
fn chronomap_days(story: &Story) -> Vec<(String, [i64; 3], [i64; 3])> {
    use chrono::Datelike;
    let ymd = |day| {
        let d = chronomap::date::date_of(day).unwrap();
        [
            i64::from(d.year()),
            i64::from(d.month()),
            i64::from(d.day()),
        ]
    };
    story
        .events
        .iter()
        .map(|e| (e.id.clone(), ymd(e.date.earliest), ymd(e.date.latest)))
        .collect()
}

/// The slides as TimelineJS read them: (id, first day, last day or the first when it has no end).
fn timelinejs_days(story: &Story) -> Vec<(String, [i64; 3], [i64; 3])> {
    let dir = tempfile::tempdir().unwrap();
    let json = chronomap::formats::timelinejs::export(story);
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/conformance/neighbours/timelinejs/timeline.js");
    let page = dir.path().join("timeline.html");
    std::fs::write(
        &page,
        format!(
            "<!doctype html><meta charset=utf-8><div id=tl style='width:1000px;height:600px'></div>\
             <script src='file://{}'></script>\
             <script>window.tl = new TL.Timeline('tl', {json});</script>",
            script.display()
        ),
    )
    .unwrap();
    let mut browser = browser::Browser::open(&format!("file://{}", page.display()), 1200, 800);
    let count = story.events.len();
    browser.wait_for(&format!(
        "window.tl && window.tl.config && window.tl.config.events.length === {count}"
    ));
    let read = browser.text(
        "JSON.stringify(window.tl.config.events.map(function (e) { \
           function ymd(d) { var o = d.data.date_obj; return [o.getFullYear(), o.getMonth() + 1, o.getDate()]; } \
           return [e.unique_id, ymd(e.start_date), ymd(e.end_date || e.start_date)]; }))",
    );
    let mut slides: Vec<(String, [i64; 3], [i64; 3])> = serde_json::from_str(&read).unwrap();
    slides.sort();
    slides
}

fn agree(story: &Story) {
    let mut ours = chronomap_days(story);
    ours.sort();
    let theirs = timelinejs_days(story);
    let differ: Vec<String> = ours
        .iter()
        .zip(&theirs)
        .filter(|(a, b)| a != b)
        .map(|(a, b)| {
            format!(
                "{}: Chronomap {:?}–{:?}, TimelineJS {:?}–{:?}",
                a.0, a.1, a.2, b.1, b.2
            )
        })
        .collect();
    assert_eq!(ours.len(), theirs.len());
    assert!(
        differ.is_empty(),
        "{} of {} differ:\n{}",
        differ.len(),
        ours.len(),
        differ.join("\n")
    );
}

#[test]
#[ignore = "needs Chromium: run by .ci/run with --ignored"]
fn timelinejs_reads_every_kind_of_date_on_chronomap_s_days() {
    agree(&story_of_dates());
}

#[test]
#[ignore = "needs Chromium: run by .ci/run with --ignored"]
fn timelinejs_reads_the_shipped_story_on_its_days() {
    agree(Document::shipped().unwrap().story());
}
