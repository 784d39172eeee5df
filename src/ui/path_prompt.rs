//! A path typed by hand, for machines where no native file dialog can be shown (a bare X server, a
//! sandbox without a portal): open a story, import a file into the open one, or publish it.

use super::state::{Command, FileAction};
use crate::formats::Format;
use std::path::PathBuf;

/// The path being typed, and whether the window was opened because no dialog could be shown.
#[derive(Debug, Default)]
pub struct PathPrompt {
    pub path: String,
    pub no_dialog: bool,
}

pub fn path_prompt_ui(ctx: &egui::Context, prompt: &mut PathPrompt, commands: &mut Vec<Command>) {
    let path = &mut prompt.path;
    egui::Window::new("Open or import a path")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 90.0])
        .show(ctx, |ui| {
            if prompt.no_dialog {
                ui.label(
                    egui::RichText::new(
                        "No file dialog can be shown on this desktop (no XDG desktop portal \
                         answered), so type the path here.",
                    )
                    .strong(),
                );
            }
            ui.label("The path of a story folder or story.json to open, a file to import, a folder to save the story into, or a file to export or publish to:");
            let field = ui.add(
                egui::TextEdit::singleline(path)
                    .hint_text("/home/me/stories/karabakh")
                    .desired_width(420.0),
            );
            field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Path"));
            let chosen = PathBuf::from(path.trim());
            let given = !path.trim().is_empty();
            ui.horizontal_wrapped(|ui| {
                // Each button carries out one file action on the path, and closes the prompt.
                let mut offer = |label: &str, action: FileAction| {
                    if ui.add_enabled(given, egui::Button::new(label)).clicked() {
                        commands.push(Command::File(action));
                        commands.push(Command::ShowPathPrompt(false));
                    }
                };
                offer("Open story", FileAction::Open(chosen.clone()));
                for format in Format::IMPORTS {
                    let label = format!("Import {}", format.label());
                    offer(&label, FileAction::Import(format, chosen.clone()));
                }
                let save = FileAction::SaveFolder(chosen.clone());
                offer("Save the story into this folder", save);
                for format in Format::ALL {
                    let label = format!("Export {} here", format.label());
                    offer(&label, FileAction::Export(format, chosen.clone()));
                }
                offer("Publish as a web page here", FileAction::Publish(chosen));
                if ui.button("Cancel").clicked() {
                    commands.push(Command::ShowPathPrompt(false));
                }
            });
        });
}
