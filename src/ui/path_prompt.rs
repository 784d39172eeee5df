//! A path typed by hand, for machines where no native file dialog can be shown (a bare X server, a
//! sandbox without a portal): for the command that asked (export, publish…), with the path set to
//! the story's folder and a file name; or, from File → Open or import a path…, for any of them.

use super::state::{Command, PathFor};
use crate::i18n::tr;
use std::path::{Path, PathBuf};

/// The path being typed, what it is for, and whether the window was opened because no dialog
/// could be shown.
#[derive(Debug, Default)]
pub struct PathPrompt {
    pub path: String,
    pub no_dialog: bool,
    /// The command that asked for a path; none offers every action.
    pub purpose: Option<PathFor>,
}

impl PathPrompt {
    /// The prompt for one command: the path starts in the story's folder, with the file the
    /// command writes by default.
    pub fn for_command(purpose: PathFor, story_folder: Option<&Path>) -> Self {
        let path = match (story_folder, purpose.default_file()) {
            (Some(folder), Some(file)) => folder.join(file).display().to_string(),
            (Some(folder), None) if purpose != PathFor::Open => {
                format!("{}{}", folder.display(), std::path::MAIN_SEPARATOR)
            }
            _ => String::new(),
        };
        PathPrompt {
            path,
            no_dialog: true,
            purpose: Some(purpose),
        }
    }
}

pub fn path_prompt_ui(ctx: &egui::Context, prompt: &mut PathPrompt, commands: &mut Vec<Command>) {
    let title = match prompt.purpose {
        Some(purpose) => purpose.title(),
        None => tr("path-open-or-import"),
    };
    egui::Window::new(title)
        .id(egui::Id::unique("path-prompt"))
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
            if prompt.purpose.is_none() {
                ui.label(tr("path-prompt-explained"));
            }
            let field = ui.add(
                egui::TextEdit::singleline(&mut prompt.path)
                    .hint_text(tr("path-prompt-hint"))
                    .desired_width(420.0),
            );
            field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Path"));
            let chosen = PathBuf::from(prompt.path.trim());
            let given = !prompt.path.trim().is_empty();
            ui.horizontal_wrapped(|ui| {
                // Each button carries out one file action on the path, and closes the prompt.
                let offered = prompt.purpose.map_or_else(PathFor::all, |p| vec![p]);
                for purpose in offered {
                    let mut label = egui::RichText::new(purpose.button());
                    if prompt.purpose.is_some() {
                        label = label.strong();
                    }
                    if ui.add_enabled(given, egui::Button::new(label)).clicked() {
                        commands.push(Command::File(purpose.action(chosen.clone())));
                        commands.push(Command::ShowPathPrompt(false));
                    }
                }
                if ui.button(tr("form-cancel")).clicked() {
                    commands.push(Command::ShowPathPrompt(false));
                }
            });
        });
}
