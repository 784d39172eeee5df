//! The map without a mouse and with a screen reader: every place in view is a focusable node named
//! for AccessKit with what, where and when ("Goris, city, one event: 18 Apr 2024"), reached by Tab right after the menu (before the
//! panels), moved through in reading order (top to bottom, left to right); Enter opens the focused
//! place's card.

use crate::document::Document;
use crate::ui::state::Command;
use crate::ui::style;
use egui::{Rect, Sense, Stroke, Vec2};

/// At most this many places are reachable by Tab at once (the nearest to the top-left first).
const MAX_FOCUSABLE: usize = 400;
/// A point's focus target is this large on screen.
const POINT_TARGET: f32 = 14.0;

/// What a screen reader says of a place: its name, kind, and the events there and when.
fn place_name(doc: &Document, p: usize) -> String {
    let story = doc.story();
    let Some(place) = story.places.get(p) else {
        return String::new();
    };
    let events = doc.story_index().events_at_place(p);
    let days = events
        .iter()
        .filter_map(|&e| story.events.get(e))
        .map(|e| (e.date.earliest, e.date.latest));
    let first = days.clone().map(|(from, _)| from).min();
    let last = days.map(|(_, to)| to).max();
    let when = match (
        first.and_then(crate::date::date_of),
        last.and_then(crate::date::date_of),
    ) {
        (Some(from), Some(to)) if from == to => crate::date::written(from, "%-d %b %Y"),
        (Some(from), Some(to)) => format!(
            "{} – {}",
            crate::date::written(from, "%-d %b %Y"),
            crate::date::written(to, "%-d %b %Y")
        ),
        _ => String::new(),
    };
    crate::i18n::tr_with(
        "map-place-name",
        &[
            ("name", place.name.clone().into()),
            ("kind", place.kind.name().into()),
            ("count", events.len().into()),
            ("when", when.into()),
        ],
    )
}

/// The id of a place's focus target, the same wherever it is registered and drawn.
fn focus_id(place: usize) -> egui::Id {
    egui::Id::unique(("map place target", place))
}

/// The places in view as focus targets in reading order (by rows a target's height apart), kept
/// for the next frame, and the focused one outlined.
pub(super) fn place_targets(
    ui: &egui::Ui,
    map_rect: Rect,
    visible: &[(usize, Rect)],
) -> Vec<(usize, Rect)> {
    // Each target with its place in reading order (its row, then left to right), worked out once:
    // with thousands of places in view, comparisons are most of the work.
    let mut keyed: Vec<((f32, f32, usize), Rect)> = visible
        .iter()
        .map(|&(p, screen)| {
            let target = if screen.width().max(screen.height()) < POINT_TARGET {
                Rect::from_center_size(screen.center(), Vec2::splat(POINT_TARGET))
            } else {
                screen
            };
            let target = target.intersect(map_rect);
            let row = (target.center().y / 40.0).floor();
            ((row, target.center().x, p), target)
        })
        .filter(|(_, target)| target.is_positive())
        .collect();
    let reading_order = |a: &((f32, f32, usize), Rect), b: &((f32, f32, usize), Rect)| {
        let ((row_a, x_a, p_a), (row_b, x_b, p_b)) = (a.0, b.0);
        row_a
            .total_cmp(&row_b)
            .then(x_a.total_cmp(&x_b))
            .then(p_a.cmp(&p_b))
    };
    // Only the first few in reading order are kept: a selection, not a sort of every place (a
    // place listed twice, as a transient one may be, takes two of the spare slots).
    let kept = 2 * MAX_FOCUSABLE;
    if keyed.len() > kept {
        keyed.select_nth_unstable_by(kept, reading_order);
        keyed.truncate(kept);
    }
    keyed.sort_by(reading_order);
    let mut targets: Vec<(usize, Rect)> = keyed.into_iter().map(|((_, _, p), t)| (p, t)).collect();
    targets.dedup_by_key(|(p, _)| *p);
    targets.truncate(MAX_FOCUSABLE);
    for &(p, target) in &targets {
        if ui.memory(|m| m.has_focus(focus_id(p))) {
            ui.painter().rect_stroke(
                target.expand(3.0),
                3.0,
                Stroke::new(2.0, style::SELECTION),
                egui::StrokeKind::Outside,
            );
        }
    }
    targets
}

/// Registers the places the map showed last frame as focusable, named nodes. Called before the
/// panels, right after the menu, so Tab reaches the map's places first, not after every panel;
/// Enter on a focused place opens its card.
pub fn places_focus_ui(
    ui: &mut egui::Ui,
    state: &super::MapState,
    doc: &Document,
    commands: &mut Vec<Command>,
) {
    for &(p, target) in &state.focus_targets {
        if doc.story().places.get(p).is_none() {
            continue;
        }
        // Focusable only: clicks and drags still go to the map beneath.
        let response = ui.interact(target, focus_id(p), Sense::FOCUSABLE);
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, true, place_name(doc, p))
        });
        if response.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            commands.push(Command::SelectPlace(Some(p)));
        }
    }
}
