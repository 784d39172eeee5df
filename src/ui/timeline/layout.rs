//! Where each event goes on the strip: lanes of marks that keep their labels apart, or a
//! histogram when there are too many events for marks. Computed when the story or size changes.

use crate::date::{DateSpan, Day, Granularity};
use crate::model::Story;
use crate::ui::style;
use egui::{FontId, Rect, Vec2, pos2};

pub(super) const LANE_HEIGHT: f32 = 19.0;
pub(super) const AXIS_HEIGHT: f32 = 34.0;
/// A label keeps at least this much of its title when choosing lanes; it then grows into the room
/// it has (the hover and the Events list show titles whole; zooming gives them room).
const MIN_LABEL_CHARS: usize = 24;
/// A day's label starts this far right of its dot.
pub(super) const TICK_LABEL_GAP: f32 = 9.0;
/// Past this many events the strip draws a histogram instead of one mark per event.
const DENSE_EVENTS: usize = 1500;

/// An event's mark, relative to the strip's top-left corner.
pub(super) struct Mark {
    pub event: usize,
    pub rect: Rect,
    pub label: Option<String>,
    /// The sources disagree about the event: its label starts with a ⇄ badge.
    pub disputed: bool,
}

/// The room the ⇄ badge of a disputed event takes before its label.
pub(super) const BADGE_WIDTH: f32 = 19.0;

/// How the strip draws its events: one mark each, or, past [`DENSE_EVENTS`], a histogram.
pub(super) enum Layout {
    Marks {
        marks: Vec<Mark>,
        lanes: usize,
    },
    /// Events covering each pixel column; kept with the difference array it was summed from and
    /// the count of events in view, so an edit's events are counted in or out alone.
    Density {
        columns: Vec<u32>,
        max: u32,
        delta: Vec<i64>,
        in_view: usize,
    },
}

/// Counts a span `x0..x1` (strip pixels) in or out (`by` 1 or -1) of a histogram's difference
/// array of `columns` columns; false when it lies wholly off the strip.
fn count_span(delta: &mut [i64], x0: f32, x1: f32, width: f32, by: i64) -> bool {
    let columns = delta.len() - 1;
    if x1 < 0.0 || x0 > width {
        return false;
    }
    // Each event adds one over its columns in O(1).
    let c0 = (x0.max(0.0) as usize).min(columns - 1);
    let c1 = (x1.max(0.0) as usize).clamp(c0 + 1, columns);
    delta[c0] += by;
    delta[c1] -= by;
    true
}

/// The histogram summed from its difference array, and its highest column.
fn summed(delta: &[i64]) -> (Vec<u32>, u32) {
    let mut running = 0i64;
    let columns: Vec<u32> = delta[..delta.len() - 1]
        .iter()
        .map(|d| {
            running += d;
            running.max(0) as u32
        })
        .collect();
    let max = columns.iter().copied().max().unwrap_or(0);
    (columns, max)
}

/// Follows edits of events in a histogram (each edited event's old days counted out, its new
/// ones in), as long as the strip places days as it did; false when the layout is not a
/// histogram or would no longer be one (then it is laid out again).
pub(super) fn follow_edits<'e>(
    layout: &mut Layout,
    edits: impl Iterator<Item = &'e crate::edit::Edit>,
    x_of: impl Fn(f64) -> f32,
    width: f32,
) -> bool {
    let Layout::Density {
        columns,
        max,
        delta,
        in_view,
    } = layout
    else {
        return false;
    };
    let mut changes = Vec::new();
    for edit in edits {
        edit.event_spans(&mut changes);
    }
    for (span, by) in changes {
        let (x0, x1) = (x_of(f64::from(span.0)), x_of(f64::from(span.1 + 1)));
        if count_span(delta, x0, x1, width, by) {
            *in_view = in_view.saturating_add_signed(by as isize);
        }
    }
    if *in_view <= DENSE_EVENTS {
        return false;
    }
    (*columns, *max) = summed(delta);
    true
}

/// Where days fall on the strip, each worked out once and kept: a million events share a few
/// thousand days (days further than [`MAX_KEPT_DAYS`] from the first asked are worked out each time).
struct DayPositions<'a, F: Fn(f64) -> f32> {
    x_of: &'a F,
    first: Option<Day>,
    kept: Vec<f32>,
}

const MAX_KEPT_DAYS: usize = 1 << 20;

impl<'a, F: Fn(f64) -> f32> DayPositions<'a, F> {
    fn new(x_of: &'a F) -> Self {
        DayPositions {
            x_of,
            first: None,
            kept: Vec::new(),
        }
    }

    fn x(&mut self, day: Day) -> f32 {
        let first = *self.first.get_or_insert(day);
        let Some(i) = usize::try_from(i64::from(day) - i64::from(first))
            .ok()
            .filter(|&i| i < MAX_KEPT_DAYS)
        else {
            return (self.x_of)(f64::from(day));
        };
        if i >= self.kept.len() {
            self.kept.resize(i + 1, f32::NAN);
        }
        if self.kept[i].is_nan() {
            self.kept[i] = (self.x_of)(f64::from(day));
        }
        self.kept[i]
    }
}

pub(super) fn lanes_available(strip_height: f32) -> usize {
    (((strip_height - AXIS_HEIGHT) / LANE_HEIGHT).floor() as usize).max(1)
}

/// Lays out the `shown` events (indices into the story's events, in its order, whose first and last
/// days `event_spans` holds); `x_of` places a day on the strip (0 at its left edge); events wholly
/// outside it are left out.
pub(super) fn layout(
    painter: &egui::Painter,
    story: &Story,
    event_spans: &[(Day, Day)],
    disputed: impl Fn(usize) -> bool,
    shown: &[usize],
    x_of: impl Fn(f64) -> f32,
    size: Vec2,
) -> Layout {
    // One pass: each event's ends on the strip (events wholly outside it are left out), counted
    // into a histogram's difference array, and kept as spans only while few enough for marks (a
    // million spans are not gathered to be thrown away).
    let columns = size.x.ceil().max(1.0) as usize;
    let mut delta = vec![0i64; columns + 1];
    let mut spans: Vec<(usize, f32, f32)> = Vec::new();
    let mut in_view = 0;
    let mut days = DayPositions::new(&x_of);
    for &e in shown {
        let Some(&(earliest, latest)) = event_spans.get(e) else {
            continue;
        };
        let (x0, x1) = (days.x(earliest), days.x(latest + 1));
        if !count_span(&mut delta, x0, x1, size.x, 1) {
            continue;
        }
        in_view += 1;
        if in_view <= DENSE_EVENTS {
            spans.push((e, x0, x1));
        }
    }
    if in_view > DENSE_EVENTS {
        let (columns, max) = summed(&delta);
        return Layout::Density {
            columns,
            max,
            delta,
            in_view,
        };
    }
    // Lanes: each event takes the first lane where it (and its label) does not overlap another.
    let label_font = FontId::proportional(12.0);
    let available = lanes_available(size.y);
    // Per lane: where its last label ends, and where its last mark ends.
    let mut lane_ends: Vec<f32> = Vec::new();
    let mut mark_ends: Vec<f32> = Vec::new();
    let mut marks = Vec::with_capacity(spans.len());
    for &(i, x0, x1) in &spans {
        let event = &story.events[i];
        let x1 = x1.max(x0 + 3.0);
        // A day's dot (the middle of its mark) stands at the day's start: where the axis names
        // the day and where the cursor goes to it. In the middle of the day it looked half a day
        // after the cursor, a whole column late when days are wide.
        let (x0, x1) = if is_tick(&event.date) {
            let half = (x1 - x0) / 2.0;
            (x0 - half, x1 - half)
        } else {
            (x0, x1)
        };
        // Lanes are chosen with a short label; the labels then take the room left (second pass).
        let label = short(&event.title, MIN_LABEL_CHARS);
        let badge = if disputed(i) { BADGE_WIDTH } else { 0.0 };
        let label_width = painter
            .layout_no_wrap(label.clone(), label_font.clone(), style::INK)
            .size()
            .x
            + badge;
        // A day's label goes right of its dot; a bar's inside it when it fits, otherwise after it.
        let with_label = if is_tick(&event.date) {
            x1.max((x0 + x1) / 2.0 + TICK_LABEL_GAP + label_width)
        } else if label_width + 8.0 <= x1 - x0 {
            x1
        } else {
            x1 + 12.0 + label_width
        } + 6.0;
        let least_crowded = |ends: &[f32], fits: &dyn Fn(usize) -> bool| {
            (0..ends.len())
                .filter(|&l| fits(l))
                .min_by(|&a, &b| ends[a].total_cmp(&ends[b]))
        };
        let (lane, label) = match lane_ends.iter().position(|&end| end <= x0) {
            Some(lane) => (lane, Some(label)),
            None if lane_ends.len() < available => {
                lane_ends.push(f32::MIN);
                mark_ends.push(f32::MIN);
                (lane_ends.len() - 1, Some(label))
            }
            // No room for the label: the mark still goes where no other mark is (over the end of a
            // label if need be), so it stays visible; its title is in the hover, the list and a zoom.
            None => {
                let free = least_crowded(&lane_ends, &|l| mark_ends[l] <= x0);
                let lane = free.or_else(|| least_crowded(&lane_ends, &|_| true));
                (lane.unwrap_or(0), None)
            }
        };
        let right_edge = if label.is_some() {
            with_label
        } else {
            x1 + 2.0
        };
        lane_ends[lane] = lane_ends[lane].max(right_edge);
        mark_ends[lane] = mark_ends[lane].max(x1 + 2.0);
        let top = lane as f32 * LANE_HEIGHT + 3.0;
        marks.push(Mark {
            event: i,
            rect: Rect::from_min_max(pos2(x0, top), pos2(x1, top + LANE_HEIGHT - 6.0)),
            label,
            disputed: badge > 0.0,
        });
    }
    widen_labels(painter, story, &mut marks, size.x);
    Layout::Marks {
        marks,
        lanes: lane_ends.len(),
    }
}

/// Whether an event is drawn as a dot on its day rather than a bar over its span.
pub(super) fn is_tick(date: &DateSpan) -> bool {
    date.is_single_day() && date.granularity == Granularity::Day
}

/// The title cut to `chars` characters, with an ellipsis when cut.
fn short(title: &str, chars: usize) -> String {
    if title.chars().count() <= chars {
        title.to_owned()
    } else {
        let cut: String = title.chars().take(chars.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Gives each label the room it has: up to the next mark in its lane (or the strip's end), the
/// whole title if it fits, else the longest cut of it that does.
fn widen_labels(painter: &egui::Painter, story: &Story, marks: &mut [Mark], width: f32) {
    let font = FontId::proportional(12.0);
    let text_width = |text: &str| {
        painter
            .layout_no_wrap(text.to_owned(), font.clone(), style::INK)
            .size()
            .x
    };
    // The next mark's start in the same lane, for each mark.
    let mut next_start = vec![width; marks.len()];
    let mut last_in_lane: Vec<(f32, usize)> = Vec::new();
    for (m, mark) in marks.iter().enumerate() {
        if let Some(previous) = last_in_lane
            .iter_mut()
            .find(|(top, _)| *top == mark.rect.top())
        {
            next_start[previous.1] = mark.rect.left();
            previous.1 = m;
        } else {
            last_in_lane.push((mark.rect.top(), m));
        }
    }
    for (m, mark) in marks.iter_mut().enumerate() {
        if mark.label.is_none() {
            continue;
        }
        let event = &story.events[mark.event];
        let start = if is_tick(&event.date) {
            mark.rect.center().x + TICK_LABEL_GAP
        } else {
            mark.rect.right() + 4.0
        };
        // After the mark up to the next one, or inside a bar (where a label that fits is drawn).
        let badge = if mark.disputed { BADGE_WIDTH } else { 0.0 };
        let room = (next_start[m] - start - 8.0).max(mark.rect.width() - 8.0) - badge;
        let title = &event.title;
        if text_width(title) <= room {
            mark.label = Some(title.clone());
            continue;
        }
        // The longest cut that fits, found by halving (titles are short; a few layouts each).
        let (mut fits, mut too_long) = (MIN_LABEL_CHARS, title.chars().count());
        while too_long - fits > 1 {
            let middle = (fits + too_long) / 2;
            if text_width(&short(title, middle)) <= room {
                fits = middle;
            } else {
                too_long = middle;
            }
        }
        mark.label = Some(short(title, fits));
    }
}

#[cfg(test)]
mod tests {
    use super::{DayPositions, Layout};
    use crate::date::Day;
    use crate::edit::{Change, Edit};

    /// A histogram of `spans` as the layout counts them: on a 400-pixel strip, two days a pixel.
    fn histogram(spans: &[(Day, Day)]) -> Layout {
        let mut delta = vec![0; 401];
        let mut in_view = 0;
        for &(first, last) in spans {
            if super::count_span(
                &mut delta,
                x_of(first.into()),
                x_of((last + 1).into()),
                400.0,
                1,
            ) {
                in_view += 1;
            }
        }
        let (columns, max) = super::summed(&delta);
        Layout::Density {
            columns,
            max,
            delta,
            in_view,
        }
    }

    fn x_of(day: f64) -> f32 {
        ((day - 19_000.0) / 2.0) as f32
    }

    #[test]
    fn a_histogram_follows_an_added_a_moved_and_a_removed_event_as_a_recount_would() {
        let story = crate::load::load(&crate::shipped::karabakh()).unwrap();
        let event = |first: Day, last: Day| {
            let mut event = (*story.events[0]).clone();
            (event.date.earliest, event.date.latest) = (first, last);
            event
        };
        let mut spans: Vec<(Day, Day)> = (0..2_000)
            .map(|i| (19_000 + i % 700, 19_000 + i % 700 + i % 9))
            .collect();
        let mut layout = histogram(&spans);
        let edits = [
            Edit::Event(Change::added(5, event(19_100, 19_130))),
            Edit::Batch(vec![Edit::Event(Change {
                before: Some((7, event(spans[7].0, spans[7].1))),
                after: Some((900, event(19_650, 19_660))),
            })]),
            Edit::Event(Change::removed(3, event(spans[3].0, spans[3].1))),
            // Off the strip: counted nowhere.
            Edit::Event(Change::added(0, event(30_000, 30_001))),
        ];
        assert!(super::follow_edits(&mut layout, edits.iter(), x_of, 400.0));
        spans.push((19_100, 19_130));
        spans[7] = (19_650, 19_660);
        spans.remove(3);
        match (layout, histogram(&spans)) {
            (
                Layout::Density {
                    columns,
                    max,
                    in_view,
                    ..
                },
                Layout::Density {
                    columns: again,
                    max: max_again,
                    in_view: in_view_again,
                    ..
                },
            ) => {
                assert_eq!(columns, again);
                assert_eq!((max, in_view), (max_again, in_view_again));
            }
            _ => panic!("histograms"),
        }
    }

    /// Where the cursor goes to a day (Go to date, the next event), at the day's start, the day's
    /// dot stands; a bar starts there.
    #[test]
    fn a_day_s_dot_stands_at_the_day_s_start_and_a_bar_starts_there() {
        let story = crate::load::load(&crate::shipped::karabakh()).unwrap();
        let spans: Vec<(Day, Day)> = story
            .events
            .iter()
            .map(|e| (e.date.earliest, e.date.latest))
            .collect();
        let day = story.events.iter().position(|e| super::is_tick(&e.date));
        let bar = story.events.iter().position(|e| !super::is_tick(&e.date));
        let (day, bar) = (day.expect("a one-day event"), bar.expect("a longer one"));
        for e in [day, bar] {
            let start = f64::from(spans[e].0);
            // Forty pixels a day, the event's first day at x = 100.
            let x_of = |d: f64| ((d - start) * 40.0) as f32 + 100.0;
            let ctx = egui::Context::default();
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                let size = egui::vec2(100_000.0, 200.0);
                let laid_out =
                    super::layout(ui.painter(), &story, &spans, |_| false, &[e], x_of, size);
                let Layout::Marks { marks, .. } = laid_out else {
                    panic!("one event is laid out as marks");
                };
                let drawn_at = if e == day {
                    marks[0].rect.center().x
                } else {
                    marks[0].rect.left()
                };
                assert_eq!(drawn_at, x_of(start), "{}", story.events[e].title);
            });
            output.textures_delta.clear();
        }
    }

    #[test]
    fn a_day_kept_is_placed_where_it_would_be_worked_out() {
        let x_of = |day: f64| (day * 0.37).sin() as f32 * 100.0 + day as f32;
        let mut days = DayPositions::new(&x_of);
        // The first day asked, days after it (asked twice), before it, and far beyond what is kept.
        for day in [
            19_800,
            19_805,
            19_801,
            19_805,
            19_700,
            19_800 + (1 << 21),
            -5,
        ] {
            assert_eq!(days.x(day), x_of(f64::from(day)), "day {day}");
        }
    }
}
