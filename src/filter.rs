//! Which events to show: by source, status, place and date precision, as fact-checkers ask of
//! timemap-like tools. One filter serves the map, the timeline and the lists alike.

use crate::date::Day;
use crate::model::{Status, Story};
use crate::query;

/// Whether an event's date is a known day or range, or approximate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// Neither approximate nor uncertain.
    Exact,
    Approximate,
}

/// What to keep; the default keeps everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Sources left out: an event is kept when at least one of its sources is not left out
    /// (an event no source backs is kept only while no source is left out).
    pub hidden_sources: Vec<usize>,
    pub hidden_statuses: Vec<Status>,
    /// Only events at this place.
    pub place: Option<usize>,
    pub precision: Option<Precision>,
}

impl EventFilter {
    pub fn is_active(&self) -> bool {
        *self != EventFilter::default()
    }

    pub fn keeps(&self, story: &Story, event: usize) -> bool {
        let Some(e) = story.events.get(event) else {
            return false;
        };
        if self.hidden_statuses.contains(&e.status) {
            return false;
        }
        if self.place.is_some_and(|p| !e.places.contains(&p)) {
            return false;
        }
        let approximate = e.date.approximate || e.date.uncertain;
        match self.precision {
            Some(Precision::Exact) if approximate => return false,
            Some(Precision::Approximate) if !approximate => return false,
            _ => {}
        }
        if self.hidden_sources.is_empty() {
            return true;
        }
        query::sources_of_event(story, event)
            .iter()
            .any(|s| !self.hidden_sources.contains(s))
    }

    /// With a place filter, the places the map still shows: that place and the places of the
    /// events it keeps (the rest are hidden); none without one, when every place is shown.
    pub fn places_shown(&self, story: &Story, kept: &[usize]) -> Option<Vec<bool>> {
        let place = self.place?;
        let mut shown = vec![false; story.places.len()];
        if let Some(slot) = shown.get_mut(place) {
            *slot = true;
        }
        for &p in kept.iter().flat_map(|&e| &story.events[e].places) {
            shown[p] = true;
        }
        Some(shown)
    }

    /// The events kept, in story order.
    pub fn kept(&self, story: &Story) -> Vec<usize> {
        // The default keeps every event: no need to ask of each (a million of them).
        if !self.is_active() {
            return (0..story.events.len()).collect();
        }
        (0..story.events.len())
            .filter(|&e| self.keeps(story, e))
            .collect()
    }
}

/// The first day after `day` on which one of `kept` (events in story order) starts.
pub fn next_start_among(story: &Story, kept: &[usize], day: Day) -> Option<Day> {
    let i = kept.partition_point(|&e| story.events[e].date.earliest <= day);
    kept.get(i).map(|&e| story.events[e].date.earliest)
}

/// The last day before `day` on which one of `kept` (events in story order) starts.
pub fn previous_start_among(story: &Story, kept: &[usize], day: Day) -> Option<Day> {
    let i = kept.partition_point(|&e| story.events[e].date.earliest < day);
    i.checked_sub(1)
        .map(|i| story.events[kept[i]].date.earliest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story() -> Story {
        crate::load::load(&crate::shipped::karabakh()).unwrap()
    }

    #[test]
    fn the_default_filter_keeps_what_asking_each_event_keeps() {
        let files = crate::generate::story(crate::generate::Size::events(500), 3);
        for story in [story(), crate::load::load(&files).unwrap()] {
            let filter = EventFilter::default();
            let asked: Vec<usize> = (0..story.events.len())
                .filter(|&e| filter.keeps(&story, e))
                .collect();
            assert_eq!(filter.kept(&story), asked);
        }
    }

    #[test]
    fn each_filter_keeps_what_it_says() {
        let story = story();
        let all = story.events.len();
        assert_eq!(EventFilter::default().kept(&story).len(), all);
        let planned = EventFilter {
            hidden_statuses: vec![Status::Occurred, Status::Reported],
            ..EventFilter::default()
        };
        let kept = planned.kept(&story);
        assert!(!kept.is_empty());
        assert!(
            kept.iter()
                .all(|&e| story.events[e].status == Status::Planned)
        );
        let gazette = story
            .sources
            .iter()
            .position(|s| s.id == "gazette")
            .unwrap();
        let anon = story.sources.iter().position(|s| s.id == "anon").unwrap();
        let gazette_only = EventFilter {
            hidden_sources: vec![anon],
            ..EventFilter::default()
        };
        for e in gazette_only.kept(&story) {
            assert!(query::sources_of_event(&story, e).contains(&gazette));
        }
        let approximate = EventFilter {
            precision: Some(Precision::Approximate),
            ..EventFilter::default()
        };
        assert!(
            approximate
                .kept(&story)
                .iter()
                .all(|&e| story.events[e].date.approximate)
        );
        let kalbajar = story
            .places
            .iter()
            .position(|p| p.id == "kalbajar-district")
            .unwrap();
        let at_kalbajar = EventFilter {
            place: Some(kalbajar),
            ..EventFilter::default()
        };
        assert_eq!(at_kalbajar.kept(&story).len(), 1);
        assert!(at_kalbajar.is_active() && !EventFilter::default().is_active());
    }

    #[test]
    fn stepping_among_kept_events_skips_the_others() {
        let story = story();
        let day = |edtf: &str| crate::date::resolve(edtf).unwrap().earliest;
        let kept = EventFilter {
            hidden_statuses: vec![Status::Occurred, Status::Reported],
            ..EventFilter::default()
        }
        .kept(&story);
        let planned = story.events[kept[0]].date.earliest;
        assert_eq!(
            next_start_among(&story, &kept, day("2020-01-01")),
            Some(planned)
        );
        assert_eq!(next_start_among(&story, &kept, planned), None);
        assert_eq!(
            previous_start_among(&story, &kept, planned + 1),
            Some(planned)
        );
        assert_eq!(previous_start_among(&story, &kept, planned), None);
    }
}
