//! The timeline panel: playback controls, a date field, and an axis with long gaps collapsed, events
//! as ticks (days) or bars (longer), styled by status and precision, and a draggable cursor.

use super::app::{Command, OpenStory, View};
use super::style;
use crate::date::{self, Granularity};
use crate::model::Status;
use chrono::Datelike;
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, pos2, vec2};

const LANE_HEIGHT: f32 = 19.0;
const AXIS_HEIGHT: f32 = 34.0;
const LABEL_CHARS: usize = 34;

pub fn timeline_ui(
    ui: &mut egui::Ui,
    open: &OpenStory,
    view: &View,
    current: &[usize],
    date_field: &mut String,
    commands: &mut Vec<Command>,
) {
    controls_ui(ui, view, date_field, commands);
    ui.add_space(2.0);
    strip_ui(ui, open, view, current, commands);
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

struct Mark {
    event: usize,
    rect: Rect,
    label: Option<String>,
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

    // Lanes: each event takes the first lane where it (and its label) does not overlap another.
    let lanes_available = (((strip.height() - AXIS_HEIGHT) / LANE_HEIGHT).floor() as usize).max(1);
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
        let free = |end: &f32, right: f32| *end <= right;
        let (lane, label) = match lane_ends.iter().position(|end| free(end, x0)) {
            Some(lane) => (lane, Some(label)),
            None if lane_ends.len() < lanes_available => {
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
        let top = strip.top() + lane as f32 * LANE_HEIGHT + 3.0;
        let rect = Rect::from_min_max(pos2(x0, top), pos2(x1, top + LANE_HEIGHT - 6.0));
        marks.push(Mark {
            event: i,
            rect,
            label,
        });
    }
    let axis_y = strip.top() + lane_ends.len().max(1) as f32 * LANE_HEIGHT + 6.0;

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

    // Events: ticks for single days, bars for longer spans; planned ones hollow, approximate ones faded.
    let hover = response.hover_pos();
    let mut hovered_mark = None;
    for mark in &marks {
        let event = &story.events[mark.event];
        let is_current = current.contains(&mark.event);
        let is_selected = view.selected_event == Some(mark.event);
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
        let rect = mark.rect;
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
        if let Some(label) = &mark.label {
            let mut text = label.clone();
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
            hovered_mark = Some(mark);
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

    if let Some(mark) = hovered_mark {
        let event = &story.events[mark.event];
        response.clone().on_hover_ui_at_pointer(|ui| {
            ui.strong(&event.title);
            ui.label(format!("{} · {}", event.date.label(), event.status.label()));
        });
    }
    if response.clicked() {
        if let Some(mark) = hovered_mark {
            commands.push(Command::SelectEvent(mark.event));
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
