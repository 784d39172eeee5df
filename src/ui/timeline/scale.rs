//! The time scale under the marks: collapsed gaps (shaded, with how much time they hide), the axis
//! line, and month, day and year ticks whose labels keep clear of each other.

use super::geometry::{Ink, StripGeometry};
use crate::date::{self, Day};
use chrono::{Datelike, Months, NaiveDate};
use egui::{Align2, FontId, Rect, Shape, Stroke, pos2, vec2};

/// Paints the gaps; returns the rectangles of their labels, which tick labels keep clear of.
pub(super) fn paint_gaps(painter: &egui::Painter, g: &StripGeometry<'_>, ink: &Ink) -> Vec<Rect> {
    let mut placed = Vec::new();
    for pair in g.axis.stretches().windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let gap = Rect::from_min_max(
            pos2(
                g.strip.left() + a.to as f32 * g.strip.width(),
                g.strip.top(),
            ),
            pos2(
                g.strip.left() + b.from as f32 * g.strip.width(),
                g.axis_y + 4.0,
            ),
        );
        painter.rect_filled(gap, 0.0, ink.gap);
        let middle = gap.center_bottom();
        painter.add(Shape::line(
            vec![
                middle + vec2(-6.0, -8.0),
                middle + vec2(-2.0, -12.0),
                middle + vec2(2.0, -4.0),
                middle + vec2(6.0, -8.0),
            ],
            Stroke::new(1.5, ink.weak),
        ));
        let months = (b.first - a.end) / 30;
        let hidden = if months >= 24 {
            crate::i18n::tr_with("timeline-gap-years", &[("years", (months / 12).into())])
        } else {
            crate::i18n::tr_with("timeline-gap-months", &[("months", months.into())])
        };
        placed.push(painter.text(
            pos2(gap.center().x, g.axis_y + 14.0),
            Align2::CENTER_CENTER,
            hidden,
            FontId::proportional(11.0),
            ink.weak,
        ));
    }
    placed
}

/// The axis with month and (when there is room) day ticks; year labels are placed before the others.
pub(super) fn paint_ticks(
    painter: &egui::Painter,
    g: &StripGeometry<'_>,
    ink: &Ink,
    placed: &mut Vec<Rect>,
) {
    let axis_y = g.axis_y;
    painter.line_segment(
        [pos2(g.strip.left(), axis_y), pos2(g.strip.right(), axis_y)],
        Stroke::new(1.0, ink.axis),
    );
    let mut tick_labels: Vec<(bool, f32, String)> = Vec::new();
    for stretch in g.axis.stretches() {
        let (left, right) = (g.x_of_position(stretch.from), g.x_of_position(stretch.to));
        if right < g.strip.left() || left > g.strip.right() {
            continue;
        }
        let pixels_per_day = (right - left) / (stretch.end - stretch.first) as f32;
        // Each stretch names its year once: at its first month start, or at its first event day if it has none.
        let first_month_start =
            (stretch.first..stretch.end).find(|&d| date::date_of(d).is_some_and(|d| d.day() == 1));
        let year_day = first_month_start.unwrap_or(stretch.content_first);
        for day in tick_days(stretch.first, stretch.end, pixels_per_day) {
            let Some(d) = date::date_of(day) else {
                continue;
            };
            let x = g.x_of(f64::from(day));
            if x < g.strip.left() || x > g.strip.right() {
                continue;
            }
            let month_start = d.day() == 1;
            if month_start || pixels_per_day >= 5.0 {
                let length = if month_start { 6.0 } else { 3.0 };
                painter.line_segment(
                    [pos2(x, axis_y), pos2(x, axis_y + length)],
                    Stroke::new(1.0, ink.axis),
                );
            }
            if day == year_day || (month_start && d.month() == 1) {
                let format = if month_start { "%b %Y" } else { "%-d %b %Y" };
                tick_labels.push((true, x, crate::date::written(d, format)));
            } else if month_start && pixels_per_day >= 1.0 {
                tick_labels.push((false, x, crate::date::written(d, "%b")));
            } else if pixels_per_day >= 14.0 {
                tick_labels.push((false, x, d.format("%-d").to_string()));
            }
        }
    }
    tick_labels.sort_by_key(|(important, ..)| !important);
    for (important, x, text) in tick_labels {
        let galley = painter.layout_no_wrap(text, FontId::proportional(11.0), ink.weak);
        // Year labels start at their tick, so they stay clear of the gap before them.
        let left = if important {
            x
        } else {
            x - galley.size().x / 2.0
        };
        let rect = Rect::from_min_size(pos2(left, axis_y + 8.0), galley.size());
        if g.full.contains_rect(rect)
            && !placed
                .iter()
                .any(|r| r.expand2(vec2(3.0, 0.0)).intersects(rect))
        {
            placed.push(rect);
            painter.galley(rect.min, galley, ink.weak);
        }
    }
}

/// The days that can carry a tick in `first..end`: every day when days are at least a pixel apart,
/// else month starts, else year starts, so a stretch of millennia costs as little as a month.
fn tick_days(first: Day, end: Day, pixels_per_day: f32) -> Box<dyn Iterator<Item = Day>> {
    if pixels_per_day >= 1.0 {
        return Box::new(first..end);
    }
    let months = if pixels_per_day * 30.0 >= 2.0 { 1 } else { 12 };
    let Some(start) = date::date_of(first) else {
        return Box::new(std::iter::empty());
    };
    let mut month = NaiveDate::from_ymd_opt(start.year(), start.month(), 1);
    if months == 12 {
        month = NaiveDate::from_ymd_opt(start.year(), 1, 1);
    }
    Box::new(
        std::iter::successors(month, move |d| d.checked_add_months(Months::new(months)))
            .map(date::day_of)
            .skip_while(move |&day| day < first)
            .take_while(move |&day| day < end),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_thin_out_to_months_and_years_as_days_shrink() {
        let day = |y, m, d| date::day_of(NaiveDate::from_ymd_opt(y, m, d).unwrap());
        let (first, end) = (day(2020, 3, 15), day(2024, 3, 15));
        assert_eq!(tick_days(first, end, 2.0).count(), (end - first) as usize);
        let months: Vec<Day> = tick_days(first, end, 0.5).collect();
        assert_eq!(months.len(), 48);
        assert_eq!(months[0], day(2020, 4, 1));
        let years: Vec<Day> = tick_days(first, end, 0.01).collect();
        assert_eq!(
            years,
            vec![
                day(2021, 1, 1),
                day(2022, 1, 1),
                day(2023, 1, 1),
                day(2024, 1, 1)
            ]
        );
        // Twelve thousand years cost twelve thousand steps, not four million.
        assert_eq!(
            tick_days(day(-9000, 1, 1), day(3000, 1, 1), 0.0001).count(),
            12_000
        );
    }
}
