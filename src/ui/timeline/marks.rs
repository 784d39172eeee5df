//! Events on the strip: ticks for single days, bars for longer spans; planned ones hollow,
//! approximate ones faded and dashed, a set's members solid on a faded bar, an open end fading out
//! to the strip's edge. A story too dense for marks is a histogram with the current
//! events on top. And the cursor.

use super::geometry::StripGeometry;
use super::layout::{BADGE_WIDTH, LANE_HEIGHT, Mark, TICK_LABEL_GAP, is_tick};
use crate::model::{Status, Story};
use crate::query::StoryIndex;
use crate::ui::differ::DIFFER_MARK;
use crate::ui::style;
use egui::{Color32, FontId, Pos2, Rect, Shape, Stroke, pos2, vec2};

/// In a histogram, at most this many current events are marked on top.
const MAX_CURRENT_MARKS: usize = 200;

/// At most this many members of one set are drawn.
const MAX_MEMBERS_DRAWN: usize = 500;

/// What painting an event's mark needs.
pub(super) struct Marks<'a> {
    pub painter: &'a egui::Painter,
    pub geometry: &'a StripGeometry<'a>,
    pub story: &'a Story,
    /// For the disagreements about each event.
    pub index: &'a StoryIndex,
    pub current: &'a [usize],
    pub selected: Option<usize>,
    pub reviewed: &'a crate::ui::state::Reviewed,
    pub text_color: Color32,
}

impl Marks<'_> {
    /// Paints every laid-out mark; returns the event under `pointer`.
    pub fn paint_laid_out(&self, marks: &[Mark], pointer: Option<Pos2>) -> Option<usize> {
        let origin = self.geometry.strip.min.to_vec2();
        let mut hovered = None;
        for mark in marks {
            let rect = mark.rect.translate(origin);
            self.paint_mark(mark.event, rect, mark.label.as_deref());
            if pointer.is_some_and(|p| rect.expand2(vec2(4.0, 2.0)).contains(p)) {
                hovered = Some(mark.event);
            }
        }
        hovered
    }

    /// Paints a histogram of `columns` (events per pixel column) with the current events in a band
    /// above it; returns the current event under `pointer`.
    pub fn paint_density(&self, columns: &[u32], max: u32, pointer: Option<Pos2>) -> Option<usize> {
        let g = self.geometry;
        let height = g.axis_y - g.strip.top() - 8.0;
        let scale = f32::ln(1.0 + max as f32).max(1.0);
        let color = style::status_color(Status::Occurred).gamma_multiply(0.8);
        for (x, &count) in columns.iter().enumerate().filter(|(_, c)| **c > 0) {
            let bar = height * (f32::ln(1.0 + count as f32) / scale).max(0.08);
            let left = g.strip.left() + x as f32;
            self.painter.rect_filled(
                Rect::from_min_max(pos2(left, g.axis_y - bar), pos2(left + 1.0, g.axis_y)),
                0.0,
                color,
            );
        }
        let band = Rect::from_min_size(g.strip.min + vec2(0.0, 3.0), vec2(0.0, LANE_HEIGHT - 6.0));
        let mut hovered = None;
        for &e in self.current.iter().take(MAX_CURRENT_MARKS) {
            let date = &self.story.events[e].date;
            let x0 = g.x_of(f64::from(date.earliest));
            let x1 = g.x_of(f64::from(date.latest + 1)).max(x0 + 3.0);
            let rect = Rect::from_min_max(pos2(x0, band.top()), pos2(x1, band.bottom()));
            self.paint_mark(e, rect, None);
            if pointer.is_some_and(|p| rect.expand2(vec2(4.0, 2.0)).contains(p)) {
                hovered = Some(e);
            }
        }
        hovered
    }

    /// A band at `rect`'s height from `from_x` (in `color`) to `to_x` (transparent).
    fn paint_fade(&self, rect: Rect, from_x: f32, to_x: f32, color: Color32) {
        if (to_x - from_x).abs() < 1.0 {
            return;
        }
        let (top, bottom) = (rect.top() + 3.0, rect.bottom() - 3.0);
        let solid = color.gamma_multiply(0.6);
        let mut mesh = egui::Mesh::default();
        mesh.colored_vertex(pos2(from_x, top), solid);
        mesh.colored_vertex(pos2(to_x, top), Color32::TRANSPARENT);
        mesh.colored_vertex(pos2(to_x, bottom), Color32::TRANSPARENT);
        mesh.colored_vertex(pos2(from_x, bottom), solid);
        mesh.add_triangle(0, 1, 2);
        mesh.add_triangle(0, 2, 3);
        self.painter.add(Shape::mesh(mesh));
    }

    fn paint_mark(&self, event_index: usize, rect: Rect, label: Option<&str>) {
        let painter = self.painter;
        let event = &self.story.events[event_index];
        let is_current = self.current.contains(&event_index);
        let is_selected = self.selected == Some(event_index);
        let is_reviewed = self.reviewed.event(event_index);
        let color = style::status_color(event.status);
        // A set's span is not all of it: its members are drawn solid on a faded bar.
        let members = &event.date.members;
        let vague = event.date.approximate || event.date.uncertain || !members.is_empty();
        let fill = if event.status == Status::Planned {
            Color32::TRANSPARENT
        } else if vague {
            color.gamma_multiply(0.35)
        } else {
            color
        };
        let outline = Stroke::new(
            if is_current || is_selected || is_reviewed {
                2.0
            } else {
                1.0
            },
            if is_selected {
                style::SELECTION
            } else if is_current {
                style::CURRENT
            } else if is_reviewed {
                style::REVIEWED
            } else {
                color
            },
        );
        let tick = is_tick(&event.date);
        if tick {
            let x = rect.center().x;
            painter.line_segment(
                [pos2(x, rect.top()), pos2(x, self.geometry.axis_y)],
                Stroke::new(1.0, color.gamma_multiply(0.5)),
            );
            painter.circle(pos2(x, rect.center().y), 5.0, fill, outline);
        } else {
            painter.rect_filled(rect, 3.0, fill);
            if event.status == Status::Planned || vague {
                let corners = [
                    rect.left_top(),
                    rect.right_top(),
                    rect.right_bottom(),
                    rect.left_bottom(),
                    rect.left_top(),
                ];
                painter.extend(Shape::dashed_line(&corners, outline, 4.0, 3.0));
            } else {
                painter.rect_stroke(rect, 3.0, outline, egui::StrokeKind::Inside);
            }
        }
        // A set of thousands of members would cost thousands of rectangles a frame: the first
        // ones are drawn, on a bar that already spans them all.
        for &(first, last) in members.iter().take(MAX_MEMBERS_DRAWN) {
            let x0 = self.geometry.x_of(f64::from(first));
            let x1 = self.geometry.x_of(f64::from(last + 1)).max(x0 + 3.0);
            painter.rect_filled(
                Rect::from_min_max(pos2(x0, rect.top()), pos2(x1, rect.bottom())),
                2.0,
                color,
            );
        }
        // An open or unknown end fades out to the edge of the story's span: it went on (or began)
        // beyond what the sources date.
        let strip = self.geometry.strip;
        if event.date.ongoing.is_some() {
            self.paint_fade(rect, rect.right(), strip.right(), color);
        }
        if event.date.began_before.is_some() {
            self.paint_fade(rect, rect.left(), strip.left(), color);
        }
        if let Some(label) = label {
            let mut text = label.to_owned();
            if event.date.approximate {
                text.push_str(" ~");
            }
            // Laid out without a colour so the chosen one (white on a solid bar) applies.
            let galley =
                painter.layout_no_wrap(text, FontId::proportional(12.0), Color32::PLACEHOLDER);
            let solid = fill != Color32::TRANSPARENT && !vague;
            // Sources that disagree about the event: a ⇄ badge starts its label.
            let badge = if self.index.claims_of_event(event_index).is_empty() {
                0.0
            } else {
                BADGE_WIDTH
            };
            let (x, text_color) = if tick {
                (rect.center().x + TICK_LABEL_GAP, self.text_color)
            } else if galley.size().x + badge + 8.0 <= rect.width() {
                let color = if solid {
                    Color32::WHITE
                } else {
                    self.text_color
                };
                (rect.left() + 4.0, color)
            } else {
                (rect.right() + 4.0, self.text_color)
            };
            if badge > 0.0 {
                paint_badge(painter, pos2(x + BADGE_WIDTH / 2.0 - 1.0, rect.center().y));
            }
            painter.galley(
                pos2(x + badge, rect.center().y - galley.size().y / 2.0),
                galley,
                text_color,
            );
        }
    }
}

/// The ⇄ of a disputed event: white on a red disc, large enough to read and apart from the label.
fn paint_badge(painter: &egui::Painter, center: Pos2) {
    painter.circle(
        center,
        8.0,
        style::CURRENT,
        Stroke::new(1.0, Color32::WHITE),
    );
    painter.text(
        center,
        egui::Align2::CENTER_CENTER,
        DIFFER_MARK,
        FontId::proportional(12.0),
        Color32::WHITE,
    );
}

/// The cursor: a line from the top of the strip through the axis, with a handle on top.
pub(super) fn paint_cursor(painter: &egui::Painter, g: &StripGeometry<'_>, cursor_day: f64) {
    let x = g.x_of(cursor_day);
    let top = g.strip.top();
    painter.line_segment(
        [pos2(x, top), pos2(x, g.axis_y + 6.0)],
        Stroke::new(2.0, style::CURRENT),
    );
    painter.add(Shape::convex_polygon(
        vec![pos2(x - 6.0, top), pos2(x + 6.0, top), pos2(x, top + 7.0)],
        style::CURRENT,
        Stroke::NONE,
    ));
}
