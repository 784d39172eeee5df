//! "At the cursor": the events current at the cursor, each with its date, status and verbatim quotes.

use super::check::check_ui;
use super::differ::differ_ui;
use super::history::history_button;
use super::quote::quote_ui;
use super::state::{Command, View};
use super::style;
use crate::checks::Checkable;
use crate::document::Document;
use crate::i18n::{tr, tr_with};
use crate::versions::objects::Section;
use egui::RichText;

/// The panel shows this many current events in full.
const MAX_EVENTS_SHOWN: usize = 12;

pub fn excerpts_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    view: &View,
    current: &[usize],
    checker: &str,
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    egui::ScrollArea::vertical()
        .auto_shrink([false; 2])
        .show(ui, |ui| {
            if current.is_empty() {
                ui.label(tr("cursor-no-event"));
            }
            // The selected event first, then the others by date.
            let mut events = current.to_vec();
            if let Some(selected) = view.selected_event
                && let Some(i) = events.iter().position(|&e| e == selected)
            {
                events.remove(i);
                events.insert(0, selected);
            }
            // A busy day in a large story: the first ones in full, the rest counted (the list has them all).
            let more = events.len().saturating_sub(MAX_EVENTS_SHOWN);
            events.truncate(MAX_EVENTS_SHOWN);
            for e in events {
                let event = &story.events[e];
                ui.add_space(4.0);
                let title = ui.add(
                    egui::Label::new(RichText::new(&event.title).strong().size(15.0))
                        .sense(egui::Sense::click()),
                );
                if title.clicked() {
                    commands.push(Command::SelectEvent(e));
                }
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(event.status.name())
                            .color(style::status_color(event.status))
                            .strong(),
                    );
                    ui.label(format!(
                        "· {} · EDTF {}",
                        event.date.label(),
                        event.date.edtf
                    ));
                });
                ui.horizontal_wrapped(|ui| {
                    if event.places.is_empty() {
                        return;
                    }
                    ui.label(RichText::new(tr("cursor-places")).weak());
                    for &p in &event.places {
                        if ui.link(&story.places[p].name).clicked() {
                            commands.push(Command::SelectPlace(Some(p)));
                        }
                    }
                });
                ui.horizontal_wrapped(|ui| {
                    check_ui(ui, story, Checkable::Event(e), checker, commands);
                    history_button(ui, Section::Events, &event.id, commands);
                });
                differ_ui(ui, story, doc.story_index().claims_of_event(e), commands);
                if !event.notes.is_empty() {
                    ui.label(RichText::new(&event.notes).weak().small());
                }
                for &q in &event.quotes {
                    quote_ui(ui, story, q, commands);
                }
                ui.separator();
            }
            if more > 0 {
                ui.label(
                    RichText::new(tr_with("cursor-more-events", &[("count", more.into())])).weak(),
                );
            }
        });
}
