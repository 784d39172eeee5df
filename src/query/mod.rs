//! Pure questions asked of a loaded story: what is current at a day, what comes next, what was said
//! about a place, what a place measures.

mod credit;
pub use credit::{quote_credit, quote_page, quote_words, quote_words_within, region_words};
pub mod find_index;
mod update;

use crate::date::Day;
use crate::model::{Place, QuoteFate, Story};
use geo::orient::{Direction, Orient};
use geo::{Geodesic, GeodesicArea, Geometry, Length};

/// First and last day any event covers.
pub fn span(story: &Story) -> Option<(Day, Day)> {
    let first = story.events.iter().map(|e| e.date.earliest).min()?;
    let last = story.events.iter().map(|e| e.date.latest).max()?;
    Some((first, last))
}

/// The first day after `day` on which an event starts.
pub fn next_event_start(story: &Story, day: Day) -> Option<Day> {
    let i = story.events.partition_point(|e| e.date.earliest <= day);
    story.events.get(i).map(|e| e.date.earliest)
}

/// The last day before `day` on which an event starts.
pub fn previous_event_start(story: &Story, day: Day) -> Option<Day> {
    let i = story.events.partition_point(|e| e.date.earliest < day);
    i.checked_sub(1).map(|i| story.events[i].date.earliest)
}

/// Each item of the events' lists once, in first-seen order: a mask of `count` items, not a search,
/// so many current events stay cheap.
fn each_once<'a>(
    events: &[usize],
    count: usize,
    items: impl Fn(usize) -> &'a [usize],
) -> Vec<usize> {
    let mut seen = vec![false; count];
    let mut once = Vec::new();
    for &item in events.iter().flat_map(|&e| items(e)) {
        if !std::mem::replace(&mut seen[item], true) {
            once.push(item);
        }
    }
    once
}

/// Places the given events concern, each once, in first-seen order.
pub fn places_of_events(story: &Story, events: &[usize]) -> Vec<usize> {
    each_once(events, story.places.len(), |e| &story.events[e].places)
}

/// Quotes backing the given events, each once, in event order.
pub fn quotes_of_events(story: &Story, events: &[usize]) -> Vec<usize> {
    each_once(events, story.quotes.len(), |e| &story.events[e].quotes)
}

/// The sources an event's quotes come from, each once, in story order.
pub fn sources_of_event(story: &Story, event: usize) -> Vec<usize> {
    let mut sources: Vec<usize> = story.events[event]
        .quotes
        .iter()
        .map(|&q| story.quotes[q].source)
        .collect();
    sources.sort_unstable();
    sources.dedup();
    sources
}

/// Whether the map draws a place while these events are current: always, unless it is transient.
pub fn place_is_shown(story: &Story, place: usize, current_events: &[usize]) -> bool {
    !story.places[place].transient
        || current_events
            .iter()
            .any(|&e| story.events[e].places.contains(&place))
}

/// Lookups the panels make every frame, built once per story so they cost nothing at 100 000 events.
#[derive(Debug, PartialEq)]
pub struct StoryIndex {
    /// Each event's first and last day, in story order: the dates alone, ten bytes an event where
    /// a record is two hundred, for passes over every event (the timeline, the time axis).
    event_spans: Vec<(Day, Day)>,
    /// Events longer than [`SHORT_EVENT_DAYS`], checked one by one; shorter ones are found by
    /// their start, within that many days before the day asked for.
    long_events: Vec<usize>,
    events_by_place: Vec<Vec<usize>>,
    events_by_quote: Vec<Vec<usize>>,
    claims_by_quote: Vec<Vec<usize>>,
    quotes_by_place: Vec<Vec<usize>>,
    quotes_by_source: Vec<Vec<usize>>,
    /// Per quote, its fate in a later version of its source when it did not survive unchanged.
    revised_fate: Vec<Option<(usize, crate::model::QuoteFate)>>,
    /// Per event, whether a quote backing it was changed or lost in a later version.
    evidence_revised: Vec<bool>,
    /// Where the quotes of earlier versions lie in the later versions' texts, in text order.
    later_passages: Vec<LaterPassage>,
    /// Per event and per place, the claims (facts the sources report differently) about it: those
    /// citing one of the event's quotes, or a quote naming the place or one of its events' quotes.
    claims_by_event: Vec<Vec<usize>>,
    claims_by_place: Vec<Vec<usize>>,
}

/// A quote of an earlier version of an article, where it lies in the later version.
#[derive(Debug, Clone, PartialEq)]
pub struct LaterPassage {
    /// The later version.
    pub source: usize,
    /// The passage of its text: the same words, or the reworded ones.
    pub bytes: std::ops::Range<usize>,
    /// The earlier version's quote.
    pub quote: usize,
    /// Its fate: 0 unchanged, 1 moved, 2 changed (see `QuoteFate::index`).
    pub fate: usize,
}

/// Per event and per place, the claims about it (see [`StoryIndex`]).
fn claims_of_events_and_places(
    story: &Story,
    claims_by_quote: &[Vec<usize>],
) -> (Vec<Vec<usize>>, Vec<Vec<usize>>) {
    // Without claims both lists stay empty (and an event added has no list to make room in).
    if story.claims.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let mut claims_by_event = vec![Vec::new(); story.events.len()];
    let mut claims_by_place = vec![Vec::new(); story.places.len()];
    let add = |list: &mut Vec<usize>, claim: usize| {
        if !list.contains(&claim) {
            list.push(claim);
        }
    };
    for (e, event) in story.events.iter().enumerate() {
        for &c in event.quotes.iter().flat_map(|&q| &claims_by_quote[q]) {
            add(&mut claims_by_event[e], c);
            for &p in &event.places {
                add(&mut claims_by_place[p], c);
            }
        }
    }
    for (q, quote) in story.quotes.iter().enumerate() {
        for &c in &claims_by_quote[q] {
            for &p in &quote.mentions {
                add(&mut claims_by_place[p], c);
            }
        }
    }
    (claims_by_event, claims_by_place)
}

/// Events up to this long are found by a binary search on their start.
const SHORT_EVENT_DAYS: Day = 62;

/// Whether an event is kept in the list of long events, checked on every day: longer than a
/// short one, or open or unknown at an end (current beyond its dated days).
fn is_long(date: &crate::date::DateSpan) -> bool {
    date.latest - date.earliest > SHORT_EVENT_DAYS
        || date.began_before.is_some()
        || date.ongoing.is_some()
}

impl StoryIndex {
    pub fn new(story: &Story) -> Self {
        let event_spans = story
            .events
            .iter()
            .map(|e| (e.date.earliest, e.date.latest))
            .collect();
        let long_events = (0..story.events.len())
            .filter(|&e| is_long(&story.events[e].date))
            .collect();
        let mut events_by_place = vec![Vec::new(); story.places.len()];
        let mut events_by_quote = vec![Vec::new(); story.quotes.len()];
        for (e, event) in story.events.iter().enumerate() {
            for &p in &event.places {
                events_by_place[p].push(e);
            }
            for &q in &event.quotes {
                events_by_quote[q].push(e);
            }
        }
        let mut claims_by_quote = vec![Vec::new(); story.quotes.len()];
        for (c, claim) in story.claims.iter().enumerate() {
            for &q in claim.statements.iter().flat_map(|s| &s.quotes) {
                if !claims_by_quote[q].contains(&c) {
                    claims_by_quote[q].push(c);
                }
            }
        }
        let mut by_text_order: Vec<usize> = (0..story.quotes.len()).collect();
        by_text_order.sort_by_key(|&q| (story.quotes[q].source, story.quotes[q].start));
        let mut quotes_by_place = vec![Vec::new(); story.places.len()];
        let mut quotes_by_source = vec![Vec::new(); story.sources.len()];
        for q in by_text_order {
            quotes_by_source[story.quotes[q].source].push(q);
            for &p in &story.quotes[q].mentions {
                quotes_by_place[p].push(q);
            }
        }
        let mut revised_fate = vec![None; story.quotes.len()];
        for revision in &story.revisions {
            for (q, fate) in &revision.quotes {
                if matches!(fate, QuoteFate::Changed { .. } | QuoteFate::Orphaned) {
                    revised_fate[*q] = Some((revision.later, fate.clone()));
                }
            }
        }
        let evidence_revised = story
            .events
            .iter()
            .map(|e| e.quotes.iter().any(|&q| revised_fate[q].is_some()))
            .collect();
        let mut later_passages: Vec<LaterPassage> = story
            .revisions
            .iter()
            .flat_map(|revision| {
                let text = &story.sources[revision.later].text;
                revision.quotes.iter().filter_map(move |(q, fate)| {
                    let quote = &story.quotes[*q];
                    let bytes = crate::anchoring::reanchor::later_bytes(
                        text,
                        &quote.exact,
                        quote.start,
                        fate,
                    )?;
                    Some(LaterPassage {
                        source: revision.later,
                        bytes,
                        quote: *q,
                        fate: fate.index(),
                    })
                })
            })
            .collect();
        later_passages.sort_by_key(|p| (p.source, p.bytes.start));
        let (claims_by_event, claims_by_place) =
            claims_of_events_and_places(story, &claims_by_quote);
        StoryIndex {
            event_spans,
            claims_by_event,
            claims_by_place,
            long_events,
            events_by_place,
            events_by_quote,
            claims_by_quote,
            quotes_by_place,
            quotes_by_source,
            revised_fate,
            evidence_revised,
            later_passages,
        }
    }

    /// Where the earlier version's quotes lie in this source, when it is a later version.
    pub fn later_passages(&self, source: usize) -> &[LaterPassage] {
        let from = self.later_passages.partition_point(|p| p.source < source);
        let to = self.later_passages.partition_point(|p| p.source <= source);
        &self.later_passages[from..to]
    }

    /// Events whose dates cover the day, in story order: a window of short events found by binary
    /// search, plus the long ones, not a scan of the whole story.
    pub fn events_at(&self, story: &Story, day: Day) -> Vec<usize> {
        let from = story
            .events
            .partition_point(|e| e.date.earliest < day - SHORT_EVENT_DAYS);
        let to = story.events.partition_point(|e| e.date.earliest <= day);
        let short = (from..to).filter(|&e| {
            let date = &story.events[e].date;
            date.latest >= day && !is_long(date)
        });
        let long = self
            .long_events
            .iter()
            .copied()
            .filter(|&e| story.events[e].date.is_current(day));
        let mut events: Vec<usize> = short.chain(long).collect();
        events.sort_unstable();
        events
    }

    /// Each event's first and last day, in story order.
    pub fn event_spans(&self) -> &[(Day, Day)] {
        &self.event_spans
    }

    pub fn events_at_place(&self, place: usize) -> &[usize] {
        self.events_by_place.get(place).map_or(&[], Vec::as_slice)
    }

    /// Quotes that name the place, in source and text order.
    pub fn quotes_mentioning(&self, place: usize) -> &[usize] {
        self.quotes_by_place.get(place).map_or(&[], Vec::as_slice)
    }

    /// Quotes of one source, in text order: the passages its reader highlights.
    /// The later version of the quote's source where the quote was changed or lost, and how.
    pub fn revised_fate(&self, quote: usize) -> Option<&(usize, QuoteFate)> {
        self.revised_fate[quote].as_ref()
    }

    /// The claims (facts its sources report differently) about an event.
    pub fn claims_of_event(&self, event: usize) -> &[usize] {
        self.claims_by_event.get(event).map_or(&[], Vec::as_slice)
    }

    /// The claims about a place or its events.
    pub fn claims_of_place(&self, place: usize) -> &[usize] {
        self.claims_by_place.get(place).map_or(&[], Vec::as_slice)
    }

    /// Whether a quote backing the event was changed or lost in a later version of its source.
    pub fn evidence_revised(&self, event: usize) -> bool {
        self.evidence_revised[event]
    }

    pub fn quotes_in_source(&self, source: usize) -> &[usize] {
        self.quotes_by_source.get(source).map_or(&[], Vec::as_slice)
    }

    /// The events a passage backs.
    pub fn events_citing(&self, quote: usize) -> &[usize] {
        self.events_by_quote.get(quote).map_or(&[], Vec::as_slice)
    }

    /// The claims a passage backs.
    pub fn claims_citing(&self, quote: usize) -> &[usize] {
        self.claims_by_quote.get(quote).map_or(&[], Vec::as_slice)
    }
}

/// How many of the events start in each year, years in order: the rhythm of a place's story.
pub fn events_per_year(story: &Story, events: &[usize]) -> Vec<(i32, usize)> {
    use chrono::Datelike;
    let mut counts = std::collections::BTreeMap::new();
    for &e in events {
        *counts
            .entry(story.events[e].date.earliest_date().year())
            .or_insert(0) += 1;
    }
    counts.into_iter().collect()
}

/// A place by id, or by name or alias (case-insensitive), for the command line and imports.
pub fn find_place(story: &Story, key: &str) -> Option<usize> {
    let key = key.trim();
    story.places.iter().position(|p| p.id == key).or_else(|| {
        let lower = key.to_lowercase();
        story.places.iter().position(|p| {
            p.name.to_lowercase() == lower || p.aliases.iter().any(|a| a.to_lowercase() == lower)
        })
    })
}

/// Area and length the map can compute, on the WGS84 ellipsoid (geo's geodesic algorithms).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measures {
    pub area_km2: Option<f64>,
    pub length_km: Option<f64>,
}

pub fn measure(place: &Place) -> Measures {
    let km2 = |m2: f64| m2 / 1.0e6;
    let km = |m: f64| m / 1.0e3;
    match &place.geometry {
        // Rings are oriented first: geodesic area reads a clockwise exterior as the rest of the globe.
        Geometry::Polygon(p) => Measures {
            area_km2: Some(km2(p.orient(Direction::Default).geodesic_area_unsigned())),
            length_km: None,
        },
        Geometry::MultiPolygon(p) => Measures {
            area_km2: Some(km2(p.orient(Direction::Default).geodesic_area_unsigned())),
            length_km: None,
        },
        Geometry::LineString(l) => Measures {
            area_km2: None,
            length_km: Some(km(Geodesic.length(l))),
        },
        Geometry::MultiLineString(l) => Measures {
            area_km2: None,
            length_km: Some(km(Geodesic.length(l))),
        },
        _ => Measures {
            area_km2: None,
            length_km: None,
        },
    }
}

/// The day a story's news is on, where a reader starts: the last day of the last event that has
/// happened (not a planned one), else the last event's first day, else the day its latest source
/// was published; none for a story with neither events nor sources.
pub fn news_day(story: &Story) -> Option<Day> {
    let happened = story
        .events
        .iter()
        .rev()
        .find(|e| e.status != crate::model::Status::Planned)
        .map(|e| e.date.latest);
    happened
        .or_else(|| story.events.last().map(|e| e.date.earliest))
        .or_else(|| story.sources.iter().map(|s| s.published.earliest).max())
}

/// What the map measures of a place, as the place card and a published page say it ("Area computed
/// by the map: ≈ 3 900 km² on the schematic shape, approximate").
pub fn measure_lines(place: &Place) -> Vec<String> {
    let measures = measure(place);
    let line = |id: &str, id_approximate: &str, value: f64| {
        crate::i18n::tr_with(
            if place.approximate {
                id_approximate
            } else {
                id
            },
            &[("value", crate::numbers::group_thousands(value).into())],
        )
    };
    let area = measures
        .area_km2
        .map(|area| line("place-area-measured", "place-area-measured-schematic", area));
    let length = measures.length_km.map(|length| {
        line(
            "place-length-measured",
            "place-length-measured-schematic",
            length,
        )
    });
    area.into_iter().chain(length).collect()
}

/// The figures the sources give for a place ("Reported by La Gazette (Paris), 17 Apr 2024:
/// 4 500 km²"), each with the quote that gives it.
pub fn reported_lines(story: &Story, place: &Place) -> Vec<(String, usize)> {
    [
        (&place.reported_area_km2, "place-area-reported"),
        (&place.reported_length_km, "place-length-reported"),
    ]
    .into_iter()
    .filter_map(|(figure, id)| {
        let figure = figure.as_ref()?;
        let source = &story.sources[story.quotes[figure.quote].source];
        let line = crate::i18n::tr_with(
            id,
            &[
                ("source", source.credit().into()),
                (
                    "value",
                    crate::numbers::group_thousands(figure.value).into(),
                ),
            ],
        );
        Some((line, figure.quote))
    })
    .collect()
}

/// How a place's shape is given, as its card says.
pub fn shape_label(place: &Place) -> String {
    crate::i18n::tr(if place.approximate {
        "legend-schematic"
    } else {
        "shape-as-given"
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{self, Size};

    #[test]
    fn an_event_without_an_end_is_current_every_day_from_its_start() {
        let mut story = crate::load::load(&crate::shipped::karabakh()).unwrap();
        let mission = story
            .events
            .iter()
            .position(|e| e.id == "peacekeeping-mission")
            .unwrap();
        let day = |edtf: &str| crate::date::resolve(edtf).unwrap().earliest;
        for open in ["2020-11-10/..", "2020-11-10/"] {
            story.events[mission].date = crate::date::resolve(open).unwrap();
            let index = StoryIndex::new(&story);
            assert!(
                !index
                    .events_at(&story, day("2020-11-09"))
                    .contains(&mission)
            );
            for later in ["2020-11-10", "2022-06-01", "2024-04-18", "2030-01-01"] {
                assert!(
                    index.events_at(&story, day(later)).contains(&mission),
                    "{open} {later}"
                );
            }
        }
        // And a start that is open or unknown: current every day up to its end.
        story.events[mission].date = crate::date::resolve("../2020-11-10").unwrap();
        let index = StoryIndex::new(&story);
        assert!(
            index
                .events_at(&story, day("2019-01-01"))
                .contains(&mission)
        );
        assert!(
            !index
                .events_at(&story, day("2020-11-11"))
                .contains(&mission)
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(32))]
        /// On generated stories where some events are made open-ended, uncertain, approximate,
        /// long or sets, the index finds at every day the events a scan of every event finds.
        #[test]
        fn the_index_answers_as_a_scan_with_open_and_uncertain_dates(
            seed in 0u64..1000,
            changes in proptest::collection::vec((0usize..10_000, 0usize..9), 1..40),
            step in 1i32..9,
        ) {
            const DATES: [&str; 9] = [
                "2021-06-15/..", "../2021-03-02", "2021-06~", "2021?", "2021-02-10/2021-09-20",
                "[2021-01-05, 2021-07-01]", "2020-12-24%", "2019-11/2021-02~", "2021-04-01/2021-04-01",
            ];
            let files = generate::story(Size::events(400), seed);
            let mut story = crate::load::load(&files).unwrap();
            for (event, date) in changes {
                let event = event % story.events.len();
                story.events[event].date = crate::date::resolve(DATES[date]).unwrap();
            }
            // The loader keeps events sorted by their first day; so does this story.
            story.events.sort_by_key(|e| (e.date.earliest, e.date.latest));
            let index = StoryIndex::new(&story);
            let (first, last) = span(&story).unwrap();
            for day in (first - 3..=last + 3).step_by(step as usize) {
                let scan: Vec<usize> = (0..story.events.len())
                    .filter(|&e| story.events[e].date.is_current(day))
                    .collect();
                proptest::prop_assert_eq!(index.events_at(&story, day), scan, "day {}", day);
            }
        }
    }

    #[test]
    fn the_index_finds_the_same_events_as_a_full_scan() {
        // The generated story has only short events; the shipped one has years-long ones too.
        for files in [
            generate::story(Size::events(3000), 11),
            crate::shipped::karabakh(),
        ] {
            let story = crate::load::load(&files).unwrap();
            let index = StoryIndex::new(&story);
            let (first, last) = span(&story).unwrap();
            for day in (first..=last).step_by(3) {
                let scan: Vec<usize> = (0..story.events.len())
                    .filter(|&e| story.events[e].date.is_current(day))
                    .collect();
                assert_eq!(index.events_at(&story, day), scan, "day {day}");
            }
        }
    }
}
