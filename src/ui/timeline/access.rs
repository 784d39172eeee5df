//! The timeline for a keyboard and a screen reader: each event drawn as a mark is a focusable
//! AccessKit node named for what, when and where ("Kremlin spokesman Dmitri Peskov confirms…,
//! 17 Apr 2024, occurred, at Moscow"); Enter selects the focused one. Focus only: clicks and
//! drags still go to the strip beneath.

use super::layout::Mark;
use crate::i18n::tr_with;
use crate::model::Story;
use crate::ui::state::Command;
use egui::{Sense, Vec2};

/// What a screen reader says of an event: its title, dates, status and places.
pub(crate) fn event_name(story: &Story, e: usize) -> String {
    let Some(event) = story.events.get(e) else {
        return String::new();
    };
    let places: Vec<&str> = event
        .places
        .iter()
        .filter_map(|&p| story.places.get(p))
        .map(|p| p.name.as_str())
        .collect();
    let args = [
        ("title", event.title.clone().into()),
        ("date", event.date.label().into()),
        ("status", event.status.name().into()),
        ("places", places.join(", ").into()),
    ];
    tr_with(
        if places.is_empty() {
            "timeline-event-name-nowhere"
        } else {
            "timeline-event-name"
        },
        &args,
    )
}

/// Registers the drawn marks as focus targets, in the strip's order (left to right, lane by
/// lane); the focused one is outlined and Enter selects it.
pub(super) fn event_targets(
    ui: &egui::Ui,
    marks: &[Mark],
    origin: Vec2,
    story: &Story,
    commands: &mut Vec<Command>,
) {
    for mark in marks {
        let rect = mark.rect.translate(origin);
        let response = ui.interact(
            rect,
            egui::Id::unique(("timeline event target", mark.event)),
            Sense::FOCUSABLE,
        );
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, true, event_name(story, mark.event))
        });
        if response.has_focus() {
            ui.painter().rect_stroke(
                rect.expand(2.0),
                2.0,
                egui::Stroke::new(2.0, crate::ui::style::SELECTION),
                egui::StrokeKind::Outside,
            );
            if ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                commands.push(Command::SelectEvent(mark.event));
            }
        }
    }
}
