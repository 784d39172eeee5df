//! The map without a mouse and with a screen reader: every place in view is a focusable node named
//! for AccessKit ("Kalbajar district, district"), Tab and Shift+Tab move through them in reading
//! order (top to bottom, left to right), Enter opens the focused place's card.

use crate::document::Document;
use crate::ui::state::Command;
use crate::ui::style;
use egui::{Rect, Sense, Stroke, Vec2};

/// At most this many places are reachable by Tab at once (the nearest to the top-left first).
const MAX_FOCUSABLE: usize = 400;
/// A point's focus target is this large on screen.
const POINT_TARGET: f32 = 14.0;

pub(super) fn places_focus_ui(
    ui: &mut egui::Ui,
    map_rect: Rect,
    doc: &Document,
    visible: &[(usize, Rect)],
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let mut targets: Vec<(usize, Rect)> = visible
        .iter()
        .map(|&(p, screen)| {
            let target = if screen.width().max(screen.height()) < POINT_TARGET {
                Rect::from_center_size(screen.center(), Vec2::splat(POINT_TARGET))
            } else {
                screen
            };
            (p, target.intersect(map_rect))
        })
        .filter(|(_, target)| target.is_positive())
        .collect();
    // Reading order, by rows a target's height apart.
    targets.sort_by(|a, b| {
        let row = |r: &Rect| (r.center().y / 40.0).floor();
        row(&a.1)
            .total_cmp(&row(&b.1))
            .then(a.1.center().x.total_cmp(&b.1.center().x))
    });
    targets.dedup_by_key(|(p, _)| *p);
    for (p, target) in targets.into_iter().take(MAX_FOCUSABLE) {
        let place = &story.places[p];
        let id = ui.make_persistent_id(("map-place", p));
        // Focusable only: clicks and drags still go to the map beneath.
        let response = ui.interact(target, id, Sense::FOCUSABLE);
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                format!("{}, {}", place.name, place.kind.label()),
            )
        });
        if response.has_focus() {
            ui.painter().rect_stroke(
                target.expand(3.0),
                3.0,
                Stroke::new(2.0, style::SELECTION),
                egui::StrokeKind::Outside,
            );
            if ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                commands.push(Command::SelectPlace(Some(p)));
            }
        }
    }
}
