//! Pure questions asked of a loaded story: what is current at a day, what comes next, what was said
//! about a place, what a place measures.

use crate::date::Day;
use crate::model::{Place, Story};
use geo::orient::{Direction, Orient};
use geo::{Geodesic, GeodesicArea, Geometry, Length};

/// First and last day any event covers.
pub fn span(story: &Story) -> Option<(Day, Day)> {
    let first = story.events.iter().map(|e| e.date.earliest).min()?;
    let last = story.events.iter().map(|e| e.date.latest).max()?;
    Some((first, last))
}

/// Events whose dates cover the day, in story order.
pub fn events_at(story: &Story, day: Day) -> Vec<usize> {
    // Events are sorted by earliest day, so only the prefix that has started needs checking.
    let started = story.events.partition_point(|e| e.date.earliest <= day);
    (0..started)
        .filter(|&i| story.events[i].date.latest >= day)
        .collect()
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

/// Places the given events concern, each once, in first-seen order.
pub fn places_of_events(story: &Story, events: &[usize]) -> Vec<usize> {
    let mut places = Vec::new();
    for &e in events {
        for &p in &story.events[e].places {
            if !places.contains(&p) {
                places.push(p);
            }
        }
    }
    places
}

/// Quotes backing the given events, each once, in event order.
pub fn quotes_of_events(story: &Story, events: &[usize]) -> Vec<usize> {
    let mut quotes = Vec::new();
    for &e in events {
        for &q in &story.events[e].quotes {
            if !quotes.contains(&q) {
                quotes.push(q);
            }
        }
    }
    quotes
}

/// Whether the map draws a place while these events are current: always, unless it is transient.
pub fn place_is_shown(story: &Story, place: usize, current_events: &[usize]) -> bool {
    !story.places[place].transient
        || current_events
            .iter()
            .any(|&e| story.events[e].places.contains(&place))
}

pub fn events_at_place(story: &Story, place: usize) -> Vec<usize> {
    (0..story.events.len())
        .filter(|&e| story.events[e].places.contains(&place))
        .collect()
}

/// Quotes that name the place, in source order.
pub fn quotes_mentioning(story: &Story, place: usize) -> Vec<usize> {
    let mut quotes: Vec<usize> = (0..story.quotes.len())
        .filter(|&q| story.quotes[q].mentions.contains(&place))
        .collect();
    quotes.sort_by_key(|&q| (story.quotes[q].source, story.quotes[q].start));
    quotes
}

/// Quotes of one source, in text order: the passages its reader highlights.
pub fn quotes_in_source(story: &Story, source: usize) -> Vec<usize> {
    let mut quotes: Vec<usize> = (0..story.quotes.len())
        .filter(|&q| story.quotes[q].source == source)
        .collect();
    quotes.sort_by_key(|&q| story.quotes[q].start);
    quotes
}

/// What a passage backs: the events that cite it, and the claims that cite it.
pub fn uses_of_quote(story: &Story, quote: usize) -> (Vec<usize>, Vec<usize>) {
    let events = (0..story.events.len())
        .filter(|&e| story.events[e].quotes.contains(&quote))
        .collect();
    let claims = (0..story.claims.len())
        .filter(|&c| {
            story.claims[c]
                .statements
                .iter()
                .any(|s| s.quotes.contains(&quote))
        })
        .collect();
    (events, claims)
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
