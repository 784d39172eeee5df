//! The Tour panel: the story's guided steps, one shown with its text and the quotes it rests on
//! (each leading to its place in the source); Previous and Next (PageUp, PageDown) move the
//! timeline and the map; steps are made from the view, edited, reordered and deleted.

use super::quote::quote_ui;
use super::state::{Command, TourCommand, View};
use crate::document::Document;
use crate::edit::tour;
use crate::i18n::{tr, tr_with};
use egui::RichText;

pub fn tour_ui(ui: &mut egui::Ui, doc: &Document, view: &View, commands: &mut Vec<Command>) {
    let story = doc.story();
    let steps = &story.steps;
    let shown = view.step.filter(|&s| s < steps.len());
    ui.horizontal(|ui| {
        let previous = shown.is_some_and(|s| s > 0);
        if ui
            .add_enabled(previous, egui::Button::new(tr("tour-previous")))
            .on_hover_text("PageUp")
            .clicked()
        {
            commands.push(Command::Tour(TourCommand::Previous));
        }
        let count = match shown {
            Some(s) => tr_with(
                "tour-step-of",
                &[("step", (s + 1).into()), ("steps", steps.len().into())],
            ),
            None => tr_with("tour-steps", &[("steps", steps.len().into())]),
        };
        ui.label(count);
        let next = match shown {
            Some(s) => s + 1 < steps.len(),
            None => !steps.is_empty(),
        };
        let label = tr(if shown.is_some() {
            "tour-next"
        } else {
            "tour-start"
        });
        if ui
            .add_enabled(next, egui::Button::new(label))
            .on_hover_text("PageDown")
            .clicked()
        {
            commands.push(Command::Tour(TourCommand::Next));
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false; 2])
        .show(ui, |ui| {
            steps_list_ui(ui, doc, shown, commands);
            ui.separator();
            match shown {
                Some(s) => step_ui(ui, doc, s, commands),
                None if steps.is_empty() => {
                    ui.label(tr("tour-none"));
                }
                None => {
                    ui.label(RichText::new(tr("tour-intro")).weak());
                }
            }
        });
}

/// One step: its title, window, text, what it brings forward and its quotes.
fn step_ui(ui: &mut egui::Ui, doc: &Document, s: usize, commands: &mut Vec<Command>) {
    let story = doc.story();
    let step = &story.steps[s];
    let heading = ui.heading(&step.title);
    super::style::announce_changes(ui, &heading);
    ui.label(RichText::new(step.window.label()).weak());
    ui.label(RichText::new(&step.text).size(15.0));
    if !step.events.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr("tour-events"));
            for &e in &step.events {
                if ui.link(&story.events[e].title).clicked() {
                    commands.push(Command::SelectEvent(e));
                }
            }
        });
    }
    if !step.places.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr("cursor-places"));
            for &p in &step.places {
                if ui.link(&story.places[p].name).clicked() {
                    commands.push(Command::SelectPlace(Some(p)));
                }
            }
        });
    }
    if step.quotes.is_empty() {
        ui.colored_label(super::style::UNSAVED, tr("tour-no-quote"));
    }
    for &q in &step.quotes {
        quote_ui(ui, story, q, commands);
    }
}

/// Every step, to go to; the shown one's buttons to move, edit and delete it; and a new step.
fn steps_list_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    shown: Option<usize>,
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let steps = &story.steps;
    ui.strong(tr_with("tour-heading", &[("steps", steps.len().into())]));
    for (s, step) in steps.iter().enumerate() {
        let row =
            egui::Button::selectable(shown == Some(s), format!("{}. {}", s + 1, step.title)).wrap();
        if ui.add(row).clicked() {
            commands.push(Command::Tour(TourCommand::Show(Some(s))));
        }
    }
    if let Some(s) = shown {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr_with("tour-step", &[("step", (s + 1).into())]));
            if ui
                .add_enabled(s > 0, egui::Button::new(tr("tour-earlier")))
                .clicked()
            {
                commands.push(Command::Tour(TourCommand::Move { from: s, to: s - 1 }));
            }
            if ui
                .add_enabled(s + 1 < steps.len(), egui::Button::new(tr("tour-later")))
                .clicked()
            {
                commands.push(Command::Tour(TourCommand::Move { from: s, to: s + 1 }));
            }
            if ui.button(tr("tour-edit")).clicked() {
                commands.push(Command::Tour(TourCommand::Edit(s)));
            }
            if ui.button(tr("tour-delete")).clicked()
                && let Ok(removed) = tour::remove_step(story, s)
            {
                commands.push(Command::Edit(Box::new(removed)));
            }
        });
    }
    if ui
        .button(tr("tour-new"))
        .on_hover_text(tr("tour-new-hint"))
        .clicked()
    {
        commands.push(Command::Tour(TourCommand::NewFromView));
    }
}
