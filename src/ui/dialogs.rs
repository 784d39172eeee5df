//! Windows over the app: every problem of a file that did not open, a notice, unsaved changes,
//! recovery, and About.

use super::state::Command;
use crate::i18n::{tr, tr_with};
use egui::RichText;

/// Where a message window stands: near the top for what reports, in the centre for what asks.
enum Place {
    Top,
    Centre,
}

/// A window of the app's messages, titled by the message `title`.
fn message_window(title: &str, resizable: bool, place: Place) -> egui::Window<'static> {
    let (align, offset) = match place {
        Place::Top => (egui::Align2::CENTER_TOP, [0.0, 90.0]),
        Place::Centre => (egui::Align2::CENTER_CENTER, [0.0, 0.0]),
    };
    egui::Window::new(tr(title))
        .collapsible(false)
        .resizable(resizable)
        .anchor(align, offset)
}

/// Problems of a file that could not be opened, imported or written.
pub struct Problems {
    pub title: String,
    pub lines: Vec<String>,
}

pub fn problems_ui(ctx: &egui::Context, problems: &Problems, commands: &mut Vec<Command>) {
    message_window("dialog-problems", true, Place::Top)
        .default_width(640.0)
        .show(ctx, |ui| {
            ui.label(RichText::new(&problems.title).strong());
            ui.label(tr("dialog-problems-still-open"));
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for line in &problems.lines {
                        ui.label(RichText::new(line).monospace());
                    }
                });
            if ui.button(tr("dialog-close")).clicked() {
                commands.push(Command::CloseMessages);
            }
        });
}

/// What was done, or what the app did that the files do not say (ids made for places).
pub fn notice_ui(ctx: &egui::Context, notice: &str, commands: &mut Vec<Command>) {
    message_window("dialog-note", false, Place::Top).show(ctx, |ui| {
        // A notice can list many things an import did: it scrolls, the OK stays in sight.
        egui::ScrollArea::vertical()
            .max_height(super::form::form_scroll_height(ui.ctx()))
            .show(ui, |ui| ui.label(notice));
        if ui.button(tr("dialog-ok")).clicked() {
            commands.push(Command::CloseMessages);
        }
    });
}

/// Asked before unsaved changes would be lost (another story opened, the window closed).
pub fn unsaved_ui(ctx: &egui::Context, title: &str, commands: &mut Vec<Command>) {
    use super::state::UnsavedChoice;
    message_window("dialog-unsaved", false, Place::Centre).show(ctx, |ui| {
        ui.label(tr_with(
            "dialog-unsaved-text",
            &[("title", title.to_owned().into())],
        ));
        ui.horizontal(|ui| {
            for (label, choice) in [
                ("dialog-save", UnsavedChoice::Save),
                ("dialog-discard", UnsavedChoice::Discard),
                ("dialog-cancel", UnsavedChoice::Cancel),
            ] {
                if ui.button(tr(label)).clicked() {
                    commands.push(Command::Unsaved(choice));
                }
            }
        });
    });
}

/// Offered when a story opens with edits journaled but never saved (the app was killed or crashed).
pub fn recovery_ui(ctx: &egui::Context, edits: usize, commands: &mut Vec<Command>) {
    message_window("dialog-recovery", false, Place::Centre).show(ctx, |ui| {
        ui.label(tr_with("dialog-recovery-text", &[("edits", edits.into())]));
        ui.label(tr("dialog-recovery-how"));
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(tr("dialog-restore")).strong())
                .clicked()
            {
                commands.push(Command::Recover(true));
            }
            if ui.button(tr("dialog-give-up")).clicked() {
                commands.push(Command::Recover(false));
            }
        });
    });
}

pub fn about_ui(ctx: &egui::Context, commands: &mut Vec<Command>) {
    message_window("menu-about", false, Place::Centre).show(ctx, |ui| {
        ui.label(tr("about-what"));
        ui.label(tr("about-base-map"));
        ui.label(format!(
            "Gazetteer: {} ({}: {} towns).",
            crate::gazetteer::CREDIT,
            crate::gazetteer::HOLDS,
            crate::numbers::group_thousands(crate::gazetteer::len() as f64)
        ));
        ui.label(tr("about-street-maps"));
        ui.label(tr("about-calendars"));
        ui.label(tr("about-font"));
        ui.label(tr_with(
            "about-version",
            &[("version", env!("CARGO_PKG_VERSION").into())],
        ));
        if ui.button(tr("dialog-close")).clicked() {
            commands.push(Command::ShowAbout(false));
        }
    });
}
