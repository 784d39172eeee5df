//! A path typed by hand, for machines where no native file dialog can be shown (a bare X server, a
//! sandbox without a portal): open a story, import a file into the open one, or publish it.

use super::state::{Command, FileAction};
use crate::formats::Format;
use std::path::PathBuf;

pub fn path_prompt_ui(ctx: &egui::Context, path: &mut String, commands: &mut Vec<Command>) {
    egui::Window::new("Open or import a path")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 90.0])
        .show(ctx, |ui| {
            ui.label("If no file dialog appeared, type the path of a story folder, a story.json, a file to import, or the web page to publish:");
            let field = ui.add(
                egui::TextEdit::singleline(path)
                    .hint_text("/home/me/stories/karabakh")
                    .desired_width(420.0),
            );
            field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Path"));
            let chosen = PathBuf::from(path.trim());
            let given = !path.trim().is_empty();
            ui.horizontal_wrapped(|ui| {
                if ui.add_enabled(given, egui::Button::new("Open story")).clicked() {
                    commands.push(Command::File(FileAction::Open(chosen.clone())));
                    commands.push(Command::ShowPathPrompt(false));
                }
                for format in Format::IMPORTS {
                    let label = format!("Import {}", format.label());
                    if ui.add_enabled(given, egui::Button::new(label)).clicked() {
                        commands.push(Command::File(FileAction::Import(format, chosen.clone())));
                        commands.push(Command::ShowPathPrompt(false));
                    }
                }
                if ui
                    .add_enabled(given, egui::Button::new("Publish as a web page here"))
                    .clicked()
                {
                    commands.push(Command::File(FileAction::Publish(chosen.clone())));
                    commands.push(Command::ShowPathPrompt(false));
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::ShowPathPrompt(false));
                }
            });
        });
}
