//! The strip under the controls: its geometry, what it draws in which order, and what a click,
//! a drag or the pointer over it means.

use super::geometry::{Ink, StripGeometry};
use super::layout::{self, LANE_HEIGHT, Layout};
use super::state::{TimelineState, day_x};
use super::{legend, marks, scale};
use crate::axis::TimeWindow;
use crate::date;
use crate::document::Document;
use crate::i18n::{tr, tr_with};
use crate::playback::PlaybackCommand;
use crate::ui::hover_tag::paint_hover_tag;
use crate::ui::state::{Command, Scene};
use egui::{Pos2, Rect, Sense, pos2, vec2};

/// A drag this close to the cursor moves it; elsewhere on a zoomed axis it pans.
const CURSOR_GRAB_PX: f32 = 12.0;

pub(super) fn strip_ui(
    ui: &mut egui::Ui,
    state: &mut TimelineState,
    scene: Scene,
    commands: &mut Vec<Command>,
) {
    let Scene { doc, view, current } = scene;
    let story = doc.story();
    let full = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(full, Sense::click_and_drag());
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, tr("timeline-name")));
    let painter = ui.painter_at(full);
    let strip = full.shrink2(vec2(12.0, 2.0));
    let ink = Ink::of(ui);

    // Scroll zooms about the pointer, a drag away from the cursor pans a zoomed axis, a
    // double-click returns to the whole story.
    if let Some(pointer) = response.hover_pos() {
        let scroll = ui.input(|i| i.smooth_scroll_delta.y + i.smooth_scroll_delta.x);
        let zoom = f64::from(ui.input(|i| i.zoom_delta())) * (f64::from(scroll) * 0.003).exp();
        if (zoom - 1.0).abs() > 1e-4 {
            let fraction = f64::from((pointer.x - strip.left()) / strip.width());
            state.window.zoom(fraction, zoom);
        }
    }
    if response.double_clicked() {
        state.window = TimeWindow::default();
    }
    let cursor_x = strip.left()
        + state
            .window
            .fraction(doc.axis().position(view.playback.cursor())) as f32
            * strip.width();
    let dragging_cursor = response.dragged()
        && response
            .interact_pointer_pos()
            .is_some_and(|p| (p.x - cursor_x).abs() <= CURSOR_GRAB_PX || state.window.is_whole());
    if response.dragged() && !dragging_cursor {
        state
            .window
            .pan(-f64::from(response.drag_delta().x / strip.width()));
    }
    // The layout depends on the story, the strip's size and the part shown: computed when they change.
    let key = (
        [strip.width().round() as u32, strip.height().round() as u32],
        [
            state.window.fraction(0.0).to_bits(),
            state.window.fraction(1.0).to_bits(),
        ],
    );
    if state.version != doc.version() {
        if !state.follows_edits(doc, view.filter.is_active(), strip.width()) {
            state.relayout();
        }
        state.version = doc.version();
    }
    if state.key != Some(key) {
        let x_of = day_x(state.window, doc.axis(), strip.width());
        let disputed = |e: usize| !doc.story_index().claims_of_event(e).is_empty();
        state.layout = layout::layout(
            &painter,
            story,
            doc.story_index().event_spans(),
            disputed,
            &view.kept_events,
            x_of,
            strip.size(),
        );
        state.key = Some(key);
        state.axis = Some(doc.axis().clone());
    }
    let lanes = match &state.layout {
        Layout::Marks { lanes, .. } => *lanes,
        Layout::Density { .. } => layout::lanes_available(strip.height()),
    };
    let geometry = StripGeometry {
        full,
        strip,
        axis_y: strip.top() + lanes.max(1) as f32 * LANE_HEIGHT + 6.0,
        axis: doc.axis(),
        window: state.window,
    };

    // A story with nothing dated yet has no time to show: no ticks of a made-up year, but what
    // gives it one.
    if doc.axis().is_empty() {
        ui.put(
            strip,
            egui::Label::new(egui::RichText::new(tr("timeline-nothing-dated")).color(ink.weak)),
        );
        return;
    }
    // The tour's step: its window shaded behind the marks.
    if let Some(step) = view.step.and_then(|s| story.steps.get(s)) {
        let (from, to) = (
            geometry.x_of(f64::from(step.window.earliest)),
            geometry.x_of(f64::from(step.window.latest + 1)),
        );
        let band = Rect::from_x_y_ranges(from..=to.max(from + 3.0), strip.top()..=geometry.axis_y);
        painter.rect_filled(band, 0.0, crate::ui::style::SELECTION.gamma_multiply(0.12));
    }
    let mut placed = scale::paint_gaps(&painter, &geometry, &ink);
    scale::paint_ticks(&painter, &geometry, &ink, &mut placed);
    let pointer = response.hover_pos();
    let marks = marks::Marks {
        painter: &painter,
        geometry: &geometry,
        story,
        index: doc.story_index(),
        current,
        selected: view.selected_event,
        reviewed: &view.reviewed,
        text_color: ink.text,
    };
    let hovered_event = match &state.layout {
        Layout::Marks { marks: laid, .. } => {
            super::access::event_targets(ui, laid, strip.min.to_vec2(), story, commands);
            marks.paint_laid_out(laid, pointer)
        }
        Layout::Density { columns, max, .. } => marks.paint_density(columns, *max, pointer),
    };
    marks::paint_cursor(&painter, &geometry, view.playback.cursor());
    legend::paint_legend(
        &painter,
        pos2(strip.left(), geometry.axis_y + 26.0),
        ink.text,
        !view.reviewed.events.is_empty(),
    );
    hover_tags(&painter, &geometry, state, doc, hovered_event, pointer);

    if response.clicked() {
        if let Some(event_index) = hovered_event {
            commands.push(Command::SelectEvent(event_index));
        } else if let Some(pos) = response.interact_pointer_pos() {
            let day = geometry.day_of_x(pos.x);
            commands.push(Command::Playback(PlaybackCommand::SetCursor(day)));
        }
    } else if dragging_cursor && let Some(pos) = response.interact_pointer_pos() {
        let day = geometry.day_of_x(pos.x);
        commands.push(Command::Playback(PlaybackCommand::SetCursor(day)));
    }
}

/// The hovered event's title, date and status; over a histogram, how many events a column holds.
fn hover_tags(
    painter: &egui::Painter,
    geometry: &StripGeometry<'_>,
    state: &TimelineState,
    doc: &Document,
    hovered_event: Option<usize>,
    pointer: Option<Pos2>,
) {
    let Some(pointer) = pointer else { return };
    if let Some(event_index) = hovered_event {
        let event = &doc.story().events[event_index];
        let mut text = format!(
            "{}\n{} · {}",
            event.title,
            event.date.label(),
            event.status.label()
        );
        let claims = doc.story_index().claims_of_event(event_index);
        if !claims.is_empty() {
            text.push('\n');
            text.push_str(&crate::ui::differ::differ_hover(doc.story(), claims));
        }
        paint_hover_tag(painter, geometry.full, pointer, &text);
    } else if let Layout::Density { columns, .. } = &state.layout {
        let count = columns
            .get((pointer.x - geometry.strip.left()).max(0.0) as usize)
            .copied()
            .unwrap_or(0);
        let around = date::date_of(geometry.day_of_x(pointer.x).floor() as i32)
            .map_or_else(String::new, |d| crate::date::written(d, "%-d %b %Y"));
        paint_hover_tag(
            painter,
            geometry.full,
            pointer,
            &tr_with(
                "timeline-events-around",
                &[
                    ("count", count.into()),
                    ("around", around.to_string().into()),
                ],
            ),
        );
    }
}
