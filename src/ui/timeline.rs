//! The timeline panel: playback controls, a date field, and an axis with long gaps collapsed, events
//! as ticks (days) or bars (longer), styled by status and precision, and a draggable cursor.

use super::app::{Command, OpenStory, View};
use super::style;
use crate::axis::TimeAxis;
use crate::date::{self, Granularity};
use crate::model::{Status, Story};
use chrono::Datelike;
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, Vec2, pos2, vec2};

const LANE_HEIGHT: f32 = 19.0;
const AXIS_HEIGHT: f32 = 34.0;
const LABEL_CHARS: usize = 34;
/// Past this many events the strip draws a histogram instead of one mark per event.
const DENSE_EVENTS: usize = 1500;
/// In a histogram, at most this many current events are marked on top.
const MAX_CURRENT_MARKS: usize = 200;

pub fn timeline_ui(
    ui: &mut egui::Ui,
    state: &mut TimelineState,
    open: &OpenStory,
    view: &View,
    current: &[usize],
    date_field: &mut String,
    commands: &mut Vec<Command>,
) {
    controls_ui(ui, view, date_field, commands);
    ui.add_space(2.0);
    strip_ui(ui, state, open, view, current, commands);
}

fn controls_ui(
    ui: &mut egui::Ui,
    view: &View,
    date_field: &mut String,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        if ui
            .button("← Previous")
            .on_hover_text("Previous event (←)")
            .clicked()
        {
            commands.push(Command::PreviousEvent);
        }
        let play = if view.playing { "Pause" } else { "Play" };
        if ui
            .button(play)
            .on_hover_text("Play or pause (Space)")
            .clicked()
        {
            commands.push(Command::TogglePlay);
        }
        if ui
            .button("Next →")
            .on_hover_text("Next event (→)")
            .clicked()
        {
            commands.push(Command::NextEvent);
        }
        let mut looping = view.looping;
        if ui.checkbox(&mut looping, "Loop").changed() {
            commands.push(Command::SetLooping(looping));
        }
        let mut speed = view.speed;
        if ui
            .add(
                egui::Slider::new(&mut speed, 0.25..=4.0)
                    .logarithmic(true)
                    .text("speed")
                    .fixed_decimals(2),
            )
            .changed()
        {
            commands.push(Command::SetSpeed(speed));
        }
        ui.separator();
        ui.label("Go to date:");
        let field = ui.add(
            egui::TextEdit::singleline(date_field)
                .hint_text("EDTF, e.g. 2024-04-17")
                .desired_width(150.0),
        );
        field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Go to date"));
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button("Go").clicked() || entered) && !date_field.trim().is_empty() {
            commands.push(Command::GoToDate(date_field.trim().to_owned()));
        }
        if let Some(error) = &view.date_error {
            ui.colored_label(Color32::from_rgb(0xb0, 0x20, 0x20), error);
        }
    });
    let cursor = date::date_of(view.cursor.floor() as i32)
        .map_or_else(String::new, |d| d.format("%A %-d %B %Y").to_string());
    ui.label(
        egui::RichText::new(format!("Cursor: {cursor}"))
            .strong()
            .size(15.0),
    );
}

/// An event's mark, relative to the strip's top-left corner.
struct Mark {
    event: usize,
    rect: Rect,
    label: Option<String>,
}

/// How the strip draws its events: one mark each, or, past [`DENSE_EVENTS`], a histogram.
enum Layout {
    Marks {
        marks: Vec<Mark>,
        lanes: usize,
    },
    /// Events covering each pixel column.
    Density {
        columns: Vec<u32>,
        max: u32,
    },
}

/// Kept between frames: the layout depends only on the story and the strip's size.
pub struct TimelineState {
    key: Option<[u32; 2]>,
    layout: Layout,
}

impl Default for TimelineState {
    fn default() -> Self {
        TimelineState {
            key: None,
            layout: Layout::Marks {
                marks: Vec::new(),
                lanes: 1,
            },
        }
    }
}

fn lanes_available(strip_height: f32) -> usize {
    (((strip_height - AXIS_HEIGHT) / LANE_HEIGHT).floor() as usize).max(1)
}

fn layout(painter: &egui::Painter, story: &Story, axis: &TimeAxis, size: Vec2) -> Layout {
    let x_of = |day: f64| axis.position(day) as f32 * size.x;
    if story.events.len() > DENSE_EVENTS {
        let columns = size.x.ceil().max(1.0) as usize;
        // A difference array: each event adds one over its columns in O(1).
        let mut delta = vec![0i64; columns + 1];
        for event in &story.events {
            let x0 = (x_of(f64::from(event.date.earliest)) as usize).min(columns - 1);
            let x1 = (x_of(f64::from(event.date.latest + 1)) as usize).clamp(x0 + 1, columns);
            delta[x0] += 1;
            delta[x1] -= 1;
        }
        let mut running = 0i64;
        let columns: Vec<u32> = delta[..columns]
            .iter()
            .map(|d| {
                running += d;
                running.max(0) as u32
            })
            .collect();
        let max = columns.iter().copied().max().unwrap_or(0);
        return Layout::Density { columns, max };
    }
    // Lanes: each event takes the first lane where it (and its label) does not overlap another.
    let label_font = FontId::proportional(12.0);
    let available = lanes_available(size.y);
    let mut lane_ends: Vec<f32> = Vec::new();
    let mut marks = Vec::with_capacity(story.events.len());
    for (i, event) in story.events.iter().enumerate() {
        let x0 = x_of(f64::from(event.date.earliest));
        let x1 = x_of(f64::from(event.date.latest + 1)).max(x0 + 3.0);
        let label = short(&event.title);
        let label_width = painter
            .layout_no_wrap(label.clone(), label_font.clone(), style::INK)
            .size()
            .x;
        // A label goes inside its bar when it fits, otherwise after the mark.
        let with_label = if label_width + 8.0 <= x1 - x0 {
            x1
        } else {
            x1 + 12.0 + label_width
        } + 6.0;
        let (lane, label) = match lane_ends.iter().position(|&end| end <= x0) {
            Some(lane) => (lane, Some(label)),
            None if lane_ends.len() < available => {
                lane_ends.push(f32::MIN);
                (lane_ends.len() - 1, Some(label))
            }
            // No room: the mark goes in the least crowded lane without its label (the hover shows it).
            None => (
                lane_ends
                    .iter()
                    .enumerate()
                    .min_by(|a, b| a.1.total_cmp(b.1))
                    .map_or(0, |(l, _)| l),
                None,
            ),
        };
        let right_edge = if label.is_some() {
            with_label
        } else {
            x1 + 2.0
        };
        lane_ends[lane] = lane_ends[lane].max(right_edge);
        let top = lane as f32 * LANE_HEIGHT + 3.0;
        marks.push(Mark {
            event: i,
            rect: Rect::from_min_max(pos2(x0, top), pos2(x1, top + LANE_HEIGHT - 6.0)),
            label,
        });
    }
    Layout::Marks {
        marks,
        lanes: lane_ends.len(),
    }
}

fn short(title: &str) -> String {
    if title.chars().count() <= LABEL_CHARS {
        title.to_owned()
    } else {
        let cut: String = title.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

fn strip_ui(
    ui: &mut egui::Ui,
    state: &mut TimelineState,
    open: &OpenStory,
    view: &View,
    current: &[usize],
    commands: &mut Vec<Command>,
) {
    let story = &open.story;
    let axis = &open.axis;
    let full = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(full, Sense::click_and_drag());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, "Timeline"));
    let painter = ui.painter_at(full);
    let strip = full.shrink2(vec2(12.0, 2.0));
    let x_of = |day: f64| strip.left() + axis.position(day) as f32 * strip.width();
    let day_of_x = |x: f32| axis.day_at(f64::from((x - strip.left()) / strip.width()));
    let label_font = FontId::proportional(12.0);
    // Theme colours, so the strip reads in the light and the dark theme.
    let ink = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    let axis_color = ui.visuals().widgets.noninteractive.fg_stroke.color;
    let gap_fill = if ui.visuals().dark_mode {
        Color32::from_gray(48)
    } else {
        Color32::from_gray(232)
    };

    // The layout depends only on the story and the strip's size: it is computed when they change.
    let key = [strip.width().round() as u32, strip.height().round() as u32];
    if state.key != Some(key) {
        state.layout = layout(&painter, story, axis, strip.size());
        state.key = Some(key);
    }
    let origin = strip.min.to_vec2();
    let lanes = match &state.layout {
        Layout::Marks { lanes, .. } => *lanes,
        Layout::Density { .. } => lanes_available(strip.height()),
    };
    let axis_y = strip.top() + lanes.max(1) as f32 * LANE_HEIGHT + 6.0;

    // Collapsed gaps: shaded, with a break mark and how much time they hide (room the tick labels keep clear of).
    let mut placed: Vec<Rect> = Vec::new();
    for pair in axis.stretches().windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let gap = Rect::from_min_max(
            pos2(strip.left() + a.to as f32 * strip.width(), strip.top()),
            pos2(strip.left() + b.from as f32 * strip.width(), axis_y + 4.0),
        );
        painter.rect_filled(gap, 0.0, gap_fill);
        let middle = gap.center_bottom();
        painter.add(Shape::line(
            vec![
                middle + vec2(-6.0, -8.0),
                middle + vec2(-2.0, -12.0),
                middle + vec2(2.0, -4.0),
                middle + vec2(6.0, -8.0),
            ],
            Stroke::new(1.5, weak),
        ));
        let months = (b.first - a.end) / 30;
        let hidden = if months >= 24 {
            format!("{} yr", months / 12)
        } else {
            format!("{months} mo")
        };
        placed.push(painter.text(
            pos2(gap.center().x, axis_y + 14.0),
            Align2::CENTER_CENTER,
            hidden,
            FontId::proportional(11.0),
            weak,
        ));
    }

    // The axis, with month and (when there is room) day ticks; year labels are placed before the others.
    painter.line_segment(
        [pos2(strip.left(), axis_y), pos2(strip.right(), axis_y)],
        Stroke::new(1.0, axis_color),
    );
    let mut tick_labels: Vec<(bool, f32, String)> = Vec::new();
    for stretch in axis.stretches() {
        let pixels_per_day = (stretch.to - stretch.from) as f32 * strip.width()
            / (stretch.end - stretch.first) as f32;
        // Each stretch names its year once: at its first month start, or at its first event day if it has none.
        let first_month_start =
            (stretch.first..stretch.end).find(|&d| date::date_of(d).is_some_and(|d| d.day() == 1));
        let year_day = first_month_start.unwrap_or(stretch.content_first);
        for day in stretch.first..stretch.end {
            let Some(d) = date::date_of(day) else {
                continue;
            };
            let x = x_of(f64::from(day));
            let month_start = d.day() == 1;
            if month_start || pixels_per_day >= 5.0 {
                let length = if month_start { 6.0 } else { 3.0 };
                painter.line_segment(
                    [pos2(x, axis_y), pos2(x, axis_y + length)],
                    Stroke::new(1.0, axis_color),
                );
            }
            if day == year_day || (month_start && d.month() == 1) {
                let text = if month_start {
                    d.format("%b %Y")
                } else {
                    d.format("%-d %b %Y")
                };
                tick_labels.push((true, x, text.to_string()));
            } else if month_start && pixels_per_day >= 1.0 {
                tick_labels.push((false, x, d.format("%b").to_string()));
            } else if pixels_per_day >= 14.0 {
                tick_labels.push((false, x, d.format("%-d").to_string()));
            }
        }
    }
    tick_labels.sort_by_key(|(important, ..)| !important);
    for (important, x, text) in tick_labels {
        let galley = painter.layout_no_wrap(text, FontId::proportional(11.0), weak);
        // Year labels start at their tick, so they stay clear of the gap before them.
        let left = if important {
            x
        } else {
            x - galley.size().x / 2.0
        };
        let rect = Rect::from_min_size(pos2(left, axis_y + 8.0), galley.size());
        if full.contains_rect(rect)
            && !placed
                .iter()
                .any(|r| r.expand2(vec2(3.0, 0.0)).intersects(rect))
        {
            placed.push(rect);
            painter.galley(rect.min, galley, weak);
        }
    }

    // Events: ticks for single days, bars for longer spans; planned ones hollow, approximate ones
    // faded. A story too dense for marks is drawn as a histogram, with the current events on top.
    let hover = response.hover_pos();
    let mut hovered_event = None;
    let mut draw_mark = |event_index: usize, rect: Rect, label: Option<&str>| {
        let event = &story.events[event_index];
        let is_current = current.contains(&event_index);
        let is_selected = view.selected_event == Some(event_index);
        let color = style::status_color(event.status);
        let fill = if event.status == Status::Planned {
            Color32::TRANSPARENT
        } else if event.date.approximate || event.date.uncertain {
            color.gamma_multiply(0.35)
        } else {
            color
        };
        let outline = Stroke::new(
            if is_current || is_selected { 2.0 } else { 1.0 },
            if is_selected {
                style::SELECTION
            } else if is_current {
                style::CURRENT
            } else {
                color
            },
        );
        if event.date.is_single_day() && event.date.granularity == Granularity::Day {
            let x = rect.center().x;
            painter.line_segment(
                [pos2(x, rect.top()), pos2(x, axis_y)],
                Stroke::new(1.0, color.gamma_multiply(0.5)),
            );
            painter.circle(pos2(x, rect.center().y), 5.0, fill, outline);
        } else {
            let dashed =
                event.status == Status::Planned || event.date.approximate || event.date.uncertain;
            painter.rect_filled(rect, 3.0, fill);
            if dashed {
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
        if let Some(label) = label {
            let mut text = label.to_owned();
            if event.date.approximate {
                text.push_str(" ~");
            }
            // Laid out without a colour so the chosen one (white on a solid bar) applies.
            let galley = painter.layout_no_wrap(text, label_font.clone(), Color32::PLACEHOLDER);
            let solid =
                fill != Color32::TRANSPARENT && !(event.date.approximate || event.date.uncertain);
            let (x, text_color) = if galley.size().x + 8.0 <= rect.width() {
                (rect.left() + 4.0, if solid { Color32::WHITE } else { ink })
            } else {
                (
                    rect.right() + if event.date.is_single_day() { 9.0 } else { 4.0 },
                    ink,
                )
            };
            painter.galley(
                pos2(x, rect.center().y - galley.size().y / 2.0),
                galley,
                text_color,
            );
        }
        if hover.is_some_and(|p| rect.expand2(vec2(4.0, 2.0)).contains(p)) {
            hovered_event = Some(event_index);
        }
    };
    match &state.layout {
        Layout::Marks { marks, .. } => {
            for mark in marks {
                draw_mark(
                    mark.event,
                    mark.rect.translate(origin),
                    mark.label.as_deref(),
                );
            }
        }
        Layout::Density { columns, max } => {
            let height = axis_y - strip.top() - 8.0;
            let scale = f32::ln(1.0 + *max as f32).max(1.0);
            let color = style::status_color(Status::Occurred).gamma_multiply(0.8);
            for (x, &count) in columns.iter().enumerate().filter(|(_, c)| **c > 0) {
                let bar = height * (f32::ln(1.0 + count as f32) / scale).max(0.08);
                let left = strip.left() + x as f32;
                painter.rect_filled(
                    Rect::from_min_max(pos2(left, axis_y - bar), pos2(left + 1.0, axis_y)),
                    0.0,
                    color,
                );
            }
            // The events at the cursor, in a band above the histogram.
            let band =
                Rect::from_min_size(strip.min + vec2(0.0, 3.0), vec2(0.0, LANE_HEIGHT - 6.0));
            for &e in current.iter().take(MAX_CURRENT_MARKS) {
                let date = &story.events[e].date;
                let x0 = x_of(f64::from(date.earliest));
                let x1 = x_of(f64::from(date.latest + 1)).max(x0 + 3.0);
                draw_mark(
                    e,
                    Rect::from_min_max(pos2(x0, band.top()), pos2(x1, band.bottom())),
                    None,
                );
            }
        }
    }

    // The cursor.
    let x = x_of(view.cursor);
    painter.line_segment(
        [pos2(x, strip.top()), pos2(x, axis_y + 6.0)],
        Stroke::new(2.0, style::CURRENT),
    );
    painter.add(Shape::convex_polygon(
        vec![
            pos2(x - 6.0, strip.top()),
            pos2(x + 6.0, strip.top()),
            pos2(x, strip.top() + 7.0),
        ],
        style::CURRENT,
        Stroke::NONE,
    ));

    legend(&painter, pos2(strip.left(), axis_y + 26.0), ink);

    if let (Some(event_index), Some(pointer)) = (hovered_event, hover) {
        let event = &story.events[event_index];
        let text = format!(
            "{}\n{} · {}",
            event.title,
            event.date.label(),
            event.status.label()
        );
        super::map::hover_tag(&painter, full, pointer, &text);
    }
    if let (Layout::Density { columns, .. }, None, Some(pointer)) =
        (&state.layout, hovered_event, hover)
    {
        let count = columns
            .get((pointer.x - strip.left()).max(0.0) as usize)
            .copied()
            .unwrap_or(0);
        let around = date::date_of(day_of_x(pointer.x).floor() as i32)
            .map_or_else(String::new, |d| d.format("%-d %b %Y").to_string());
        super::map::hover_tag(
            &painter,
            full,
            pointer,
            &format!("{count} events around {around}"),
        );
    }
    if response.clicked() {
        if let Some(event_index) = hovered_event {
            commands.push(Command::SelectEvent(event_index));
        } else if let Some(pos) = response.interact_pointer_pos() {
            commands.push(Command::SetCursor(day_of_x(pos.x)));
        }
    } else if response.dragged()
        && let Some(pos) = response.interact_pointer_pos()
    {
        commands.push(Command::SetCursor(day_of_x(pos.x)));
    }
}

fn legend(painter: &egui::Painter, at: Pos2, ink: Color32) {
    let font = FontId::proportional(11.5);
    let mut x = at.x;
    let y = at.y;
    let mut item = |draw: &dyn Fn(Pos2), text: &str| {
        draw(pos2(x + 7.0, y));
        let r = painter.text(
            pos2(x + 18.0, y),
            Align2::LEFT_CENTER,
            text,
            font.clone(),
            ink,
        );
        x = r.right() + 16.0;
    };
    let occurred = style::status_color(Status::Occurred);
    let reported = style::status_color(Status::Reported);
    let planned = style::status_color(Status::Planned);
    item(
        &|p| {
            painter.circle_filled(p, 5.0, occurred);
        },
        "occurred (day)",
    );
    item(
        &|p| {
            painter.rect_filled(Rect::from_center_size(p, vec2(14.0, 9.0)), 2.0, occurred);
        },
        "occurred (period)",
    );
    item(
        &|p| {
            painter.rect_filled(
                Rect::from_center_size(p, vec2(14.0, 9.0)),
                2.0,
                reported.gamma_multiply(0.35),
            );
        },
        "reported, approximate date ~",
    );
    item(
        &|p| {
            painter.rect_stroke(
                Rect::from_center_size(p, vec2(14.0, 9.0)),
                2.0,
                Stroke::new(1.0, planned),
                egui::StrokeKind::Inside,
            );
        },
        "planned",
    );
    item(
        &|p| {
            painter.line_segment(
                [p - vec2(0.0, 7.0), p + vec2(0.0, 7.0)],
                Stroke::new(2.0, style::CURRENT),
            );
        },
        "cursor: drag it, ← → step between events, Space plays",
    );
}
