//! The timeline's axis: stretches of time with events keep their room, long empty gaps between them
//! collapse to a fixed width, so autumn 2020, September 2023 and April 2024 all stay readable.
//! Positions run from 0 to 1 along the axis; days are fractional so a cursor can sit between them.

use crate::date::Day;

/// An event longer than this (in days) shapes the axis by its two ends only, not by its whole length.
const LONG_EVENT_DAYS: i32 = 400;
/// Room kept around each stretch of events, in days.
const PADDING_DAYS: i32 = 4;
/// Gaps shorter than this many days are kept to scale rather than collapsed.
const MIN_GAP_DAYS: i32 = 60;
/// A collapsed gap takes this much room, relative to a stretch's weight.
const GAP_WEIGHT: f64 = 1.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stretch {
    pub first: Day,
    /// The first day an event covers, after the padding.
    pub content_first: Day,
    /// Exclusive: the day after the last day shown.
    pub end: Day,
    pub from: f64,
    pub to: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimeAxis {
    stretches: Vec<Stretch>,
    /// How many pieces of events each stretch holds (its weight grows with them).
    counts: Vec<u32>,
    /// Built from no spans: its one stretch is a placeholder.
    empty: bool,
}

/// The pieces an event shapes the axis with: its whole span, or a long one's two ends.
fn pieces((first, last): (Day, Day)) -> ([(Day, Day); 2], usize) {
    if last - first > LONG_EVENT_DAYS {
        ([(first, first), (last, last)], 2)
    } else {
        ([(first, last), (first, last)], 1)
    }
}

/// A piece with its padding: its first day and the day after its end.
fn padded((first, last): (Day, Day)) -> (Day, Day) {
    (first - PADDING_DAYS, last + 1 + PADDING_DAYS)
}

/// A stretch's room grows with the log of its length and the root of its events: a busy week gets
/// about as much as a quiet year, and neither crushes the other. Counts past 128 are taken to one
/// part in 128 (a change the eye cannot see), so one more event in a busy stretch leaves the axis,
/// and the timeline laid out on it, as they were.
fn weight(first: Day, end: Day, count: u32) -> f64 {
    let shift = (32 - count.leading_zeros()).saturating_sub(7);
    let count = (count >> shift) << shift;
    (2.0 + f64::from(end - first)).ln() * f64::from(1 + count).sqrt()
}

impl TimeAxis {
    /// Builds the axis from the events' spans (first day, last day, inclusive).
    pub fn new(spans: impl IntoIterator<Item = (Day, Day)>) -> Self {
        let mut all: Vec<(Day, Day)> = Vec::new();
        let mut long_ends: Vec<(Day, Day)> = Vec::new();
        for span in spans {
            let (two, n) = pieces(span);
            all.push(two[0]);
            if n == 2 {
                long_ends.push(two[1]);
            }
        }
        // Events come sorted by their first day: two sorted runs, which the stable sort merges in
        // one pass (a million events need no full sort).
        long_ends.sort_unstable();
        all.append(&mut long_ends);
        all.sort();
        // Stretches as (first day, end day, pieces in it).
        let mut merged: Vec<(Day, Day, u32)> = Vec::new();
        for piece in all {
            let (first, end) = padded(piece);
            match merged.last_mut() {
                Some(previous) if first - previous.1 < MIN_GAP_DAYS => {
                    previous.1 = previous.1.max(end);
                    previous.2 += 1;
                }
                _ => merged.push((first, end, 1)),
            }
        }
        let empty = merged.is_empty();
        if empty {
            merged.push((0, 1, 0));
        }
        let bounds = merged.iter().map(|&(first, end, _)| (first, end));
        let mut axis = TimeAxis {
            stretches: bounds
                .map(|(first, end)| Stretch {
                    first,
                    content_first: first + PADDING_DAYS,
                    end,
                    from: 0.0,
                    to: 0.0,
                })
                .collect(),
            counts: merged.iter().map(|m| m.2).collect(),
            empty,
        };
        axis.lay_out();
        axis
    }

    /// Each stretch's room along the axis, from its weight, with a collapsed gap between two.
    fn lay_out(&mut self) {
        let weights: Vec<f64> = self
            .stretches
            .iter()
            .zip(&self.counts)
            .map(|(s, &count)| weight(s.first, s.end, count))
            .collect();
        let total = weights.iter().sum::<f64>() + GAP_WEIGHT * (weights.len() - 1) as f64;
        let mut at = 0.0;
        for (stretch, weight) in self.stretches.iter_mut().zip(&weights) {
            stretch.from = at;
            at += weight / total;
            stretch.to = at;
            at += GAP_WEIGHT / total;
        }
    }

    /// Follows an event added with the span `span`, as [`TimeAxis::new`] would lay it out with
    /// it; false when it reaches past the stretches it falls in (then the axis is built anew).
    /// Every piece inside a stretch merges into it without moving its ends, so only its count
    /// changes: an event added among a million is followed without a pass over them.
    pub fn add(&mut self, span: (Day, Day)) -> bool {
        let (two, n) = pieces(span);
        let holding = |piece| {
            let (first, end) = padded(piece);
            let i = self.stretches.partition_point(|s| s.end < end);
            self.stretches
                .get(i)
                .filter(|s| s.first <= first)
                .map(|_| i)
        };
        let held: Vec<Option<usize>> = two[..n].iter().map(|&p| holding(p)).collect();
        if self.empty || held.iter().any(Option::is_none) {
            return false;
        }
        for i in held.into_iter().flatten() {
            self.counts[i] += 1;
        }
        self.lay_out();
        true
    }

    pub fn stretches(&self) -> &[Stretch] {
        &self.stretches
    }

    /// Whether the axis was built from nothing (a story with no events and no sources).
    pub fn is_empty(&self) -> bool {
        self.empty
    }

    pub fn first_day(&self) -> Day {
        self.stretches.first().map_or(0, |s| s.first)
    }

    pub fn last_day(&self) -> Day {
        self.stretches.last().map_or(0, |s| s.end - 1)
    }

    /// Position (0..=1) of a fractional day; days in a collapsed gap pass through it linearly.
    pub fn position(&self, day: f64) -> f64 {
        let Some(first) = self.stretches.first() else {
            return 0.0;
        };
        if day <= f64::from(first.first) {
            return 0.0;
        }
        // Stretches are in order: the first that ends after the day holds it, or follows its gap.
        let i = self.stretches.partition_point(|s| f64::from(s.end) <= day);
        let Some(s) = self.stretches.get(i) else {
            return 1.0;
        };
        let (start, end) = (f64::from(s.first), f64::from(s.end));
        if day >= start || i == 0 {
            return s.from + (day - start) / (end - start) * (s.to - s.from);
        }
        let previous = &self.stretches[i - 1];
        let gap_start = f64::from(previous.end);
        previous.to + (day - gap_start) / (start - gap_start) * (s.from - previous.to)
    }

    /// The fractional day at a position (0..=1): the inverse of [`Self::position`].
    pub fn day_at(&self, position: f64) -> f64 {
        let Some(first) = self.stretches.first() else {
            return 0.0;
        };
        if position <= 0.0 {
            return f64::from(first.first);
        }
        let i = self.stretches.partition_point(|s| s.to <= position);
        let Some(s) = self.stretches.get(i) else {
            return self.stretches.last().map_or(0.0, |s| f64::from(s.end));
        };
        let (start, end) = (f64::from(s.first), f64::from(s.end));
        if position >= s.from || i == 0 {
            return start + (position - s.from) / (s.to - s.from) * (end - start);
        }
        let previous = &self.stretches[i - 1];
        let gap_start = f64::from(previous.end);
        gap_start + (position - previous.to) / (s.from - previous.to) * (start - gap_start)
    }

    /// Whether the day falls in a collapsed gap.
    pub fn in_gap(&self, day: f64) -> bool {
        !self
            .stretches
            .iter()
            .any(|s| f64::from(s.first) <= day && day < f64::from(s.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{day_of, resolve};

    fn span(edtf: &str) -> (Day, Day) {
        let d = resolve(edtf).unwrap();
        (d.earliest, d.latest)
    }

    #[test]
    fn gaps_collapse_and_each_period_keeps_room() {
        let axis = TimeAxis::new(
            [
                "2020-23",
                "2020-11-10/2024-04-17",
                "2023-09",
                "2024-04-16",
                "2024-04-17",
                "2025",
            ]
            .map(span),
        );
        assert_eq!(axis.stretches().len(), 4, "{:?}", axis.stretches());
        let width = |s: &Stretch| s.to - s.from;
        // April 2024 (about two weeks) still gets at least a tenth of the axis.
        assert!(width(&axis.stretches()[2]) > 0.1);
        // A day in April 2024 is wider than a day in autumn 2020 (more events per day there).
        let per_day = |s: &Stretch| width(s) / f64::from(s.end - s.first);
        assert!(per_day(&axis.stretches()[2]) > 5.0 * per_day(&axis.stretches()[0]));
    }

    #[test]
    fn position_and_day_are_inverse_and_monotonic() {
        let axis = TimeAxis::new(["2020-23", "2023-09", "2024-04-16/2024-04-17", "2025"].map(span));
        let mut previous = -1.0;
        let start = day_of(chrono::NaiveDate::from_ymd_opt(2020, 8, 1).unwrap());
        for step in 0..2000 {
            let day = f64::from(start) + f64::from(step);
            let position = axis.position(day);
            assert!(position >= previous, "not monotonic at {day}");
            previous = position;
            if (0.0..1.0).contains(&position) && position > 0.0 {
                assert!((axis.day_at(position) - day).abs() < 1e-6, "day {day}");
            }
        }
        assert!(axis.in_gap(f64::from(span("2022-06-01").0)));
        assert!(!axis.in_gap(f64::from(span("2024-04-17").0)));
    }

    #[test]
    fn an_axis_that_followed_added_events_is_the_axis_built_with_them() {
        let mut spans: Vec<(Day, Day)> = (0..3_000)
            .map(|i| (19_000 + (i * 37) % 900, 19_000 + (i * 37) % 900 + i % 5))
            .chain([(18_000, 18_000), (17_000, 17_900)])
            .collect();
        spans.sort();
        let mut axis = TimeAxis::new(spans.iter().copied());
        let (mut followed, mut rebuilt) = (0, 0);
        // Inside a stretch, across a gap's edge, far outside, and a long event: each either
        // followed or refused, and the result always the axis built from every span.
        for (k, span) in [
            (19_100, 19_102),
            (19_899, 19_903),
            (20_300, 20_300),
            (18_001, 18_003),
            (17_050, 17_060),
            (19_010, 19_600),
            (18_500, 18_500),
            (19_500, 19_500),
        ]
        .into_iter()
        .enumerate()
        {
            spans.push(span);
            spans.sort();
            if axis.add(span) {
                followed += 1;
            } else {
                rebuilt += 1;
                axis = TimeAxis::new(spans.iter().copied());
            }
            assert_eq!(
                axis,
                TimeAxis::new(spans.iter().copied()),
                "after {k}: {span:?}"
            );
        }
        assert_eq!((followed, rebuilt), (3, 5));
        // A busy stretch's room is the same with one event more: the timeline need not move.
        let before = axis.stretches().to_vec();
        assert!(axis.add((19_400, 19_400)));
        assert_eq!(axis.stretches(), before.as_slice());
    }
}

/// The part of the collapsed axis the timeline shows, as positions from 0 (first day) to 1 (last):
/// the whole axis by default, narrower when zoomed into a dense stretch.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeWindow {
    from: f64,
    to: f64,
}

impl Default for TimeWindow {
    fn default() -> Self {
        TimeWindow { from: 0.0, to: 1.0 }
    }
}

impl TimeWindow {
    /// The narrowest window: a hundred-thousandth of the axis.
    const MIN_SPAN: f64 = 1e-5;

    pub fn is_whole(&self) -> bool {
        *self == TimeWindow::default()
    }

    /// Where an axis position falls across the window, 0 at its left edge and 1 at its right.
    pub fn fraction(&self, position: f64) -> f64 {
        (position - self.from) / (self.to - self.from)
    }

    /// The axis position at a fraction across the window.
    pub fn position(&self, fraction: f64) -> f64 {
        self.from + fraction * (self.to - self.from)
    }

    /// Zooms by `factor` (over 1 narrows the window) keeping the position at `fraction` in place,
    /// never past the whole axis or the narrowest window.
    pub fn zoom(&mut self, fraction: f64, factor: f64) {
        if !(factor.is_finite() && factor > 0.0 && fraction.is_finite()) {
            return;
        }
        let anchor = self.position(fraction);
        let span = ((self.to - self.from) / factor).clamp(Self::MIN_SPAN, 1.0);
        self.from = anchor - fraction * span;
        self.to = self.from + span;
        self.keep_inside();
    }

    /// Moves the window by a fraction of its own width (positive moves later in time).
    pub fn pan(&mut self, fraction: f64) {
        if !fraction.is_finite() {
            return;
        }
        let shift = fraction * (self.to - self.from);
        self.from += shift;
        self.to += shift;
        self.keep_inside();
    }

    /// A window showing the positions `from` to `to` in its middle, with as much again on each
    /// side, and never narrower than `min_span` of the axis (a single day keeps its context).
    pub fn around(from: f64, to: f64, min_span: f64) -> Self {
        let (from, to) = (from.clamp(0.0, 1.0), to.clamp(0.0, 1.0));
        let span = ((to - from).abs() * 3.0).clamp(min_span.max(Self::MIN_SPAN), 1.0);
        let middle = (from + to) / 2.0;
        let mut window = TimeWindow {
            from: middle - span / 2.0,
            to: middle + span / 2.0,
        };
        window.keep_inside();
        window
    }

    /// The positions of the axis the window shows, first and last.
    pub fn shown(&self) -> (f64, f64) {
        (self.from, self.to)
    }

    fn keep_inside(&mut self) {
        let span = self.to - self.from;
        self.from = self.from.clamp(0.0, 1.0 - span);
        self.to = self.from + span;
    }
}

#[cfg(test)]
mod window_tests {
    use super::TimeWindow;

    #[test]
    fn zooming_keeps_the_position_under_the_pointer_and_stays_on_the_axis() {
        let mut window = TimeWindow::default();
        window.zoom(0.25, 4.0);
        assert!((window.position(0.25) - 0.25).abs() < 1e-12);
        assert!((window.fraction(0.25) - 0.25).abs() < 1e-12);
        assert!((window.to - window.from - 0.25).abs() < 1e-12);
        window.pan(-10.0);
        assert_eq!(window.from, 0.0, "panned no further than the start");
        window.zoom(0.5, 1e-9);
        assert!(
            window.is_whole(),
            "zoomed out no further than the whole axis"
        );
        window.zoom(0.5, f64::NAN);
        assert!(window.is_whole());
    }

    #[test]
    fn a_window_around_a_stretch_shows_it_in_the_middle_with_context() {
        let window = TimeWindow::around(0.5, 0.6, 0.1);
        let (from, to) = window.shown();
        assert!((from - 0.4).abs() < 1e-12 && (to - 0.7).abs() < 1e-12);
        // A single day gets the least span; near an end the window stays on the axis.
        let (from, to) = TimeWindow::around(0.99, 0.99, 0.2).shown();
        assert!((to - 1.0).abs() < 1e-12 && (to - from - 0.2).abs() < 1e-12);
        assert!(TimeWindow::around(0.0, 1.0, 0.1).is_whole());
    }
}
