//! The menu bar: File (open, recent, save, import, export), Edit (undo, redo, new event), View
//! (theme) and Help. Native dialogs (rfd) ask for paths; the chosen actions come back as commands.

use super::file_dialog::{self, Chosen};
use super::state::{Command, FileAction, FormCommand, PathFor, TeamCommand};
use super::style;
use crate::document::Document;
use crate::formats::Format;
use crate::i18n::{Language, tr, tr_with};
use std::path::PathBuf;

pub fn menu_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    recent: &[PathBuf],
    dark: bool,
    street_map: Option<&std::path::Path>,
    language: Option<Language>,
    commands: &mut Vec<Command>,
) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr("menu-file"), |ui| {
            if ui.button(tr("menu-new-story")).clicked() {
                commands.push(Command::Form(FormCommand::NewStory));
            }
            if ui.button(tr("menu-open-folder")).clicked() {
                let dialog = rfd::FileDialog::new().set_title(tr("dialog-open-folder"));
                ask(commands, || dialog.pick_folder(), PathFor::Open);
            }
            if ui.button(tr("menu-open-story-json")).clicked() {
                let dialog = rfd::FileDialog::new().add_filter(tr("dialog-story-kind"), &["json"]);
                ask(commands, || dialog.pick_file(), PathFor::Open);
            }
            ui.menu_button(tr("menu-open-recent"), |ui| {
                if recent.is_empty() {
                    ui.label(tr("menu-no-recent"));
                }
                for path in recent {
                    if ui.button(path.display().to_string()).clicked() {
                        commands.push(Command::File(FileAction::Open(path.clone())));
                    }
                }
            });
            if ui.button(tr("menu-open-shipped")).clicked() {
                commands.push(Command::File(FileAction::OpenShipped));
            }
            if ui
                .button(tr("menu-open-path"))
                .on_hover_text(tr("menu-open-path-hint"))
                .clicked()
            {
                commands.push(Command::ShowPathPrompt(true));
            }
            ui.separator();
            if ui.button(tr("menu-add-source")).clicked() {
                commands.push(Command::Form(FormCommand::AddSource));
            }
            ui.menu_button(tr("menu-import"), |ui| {
                for format in Format::IMPORTS {
                    if ui.button(format_label(format)).clicked() {
                        let dialog = format_dialog(format);
                        ask(commands, || dialog.pick_file(), PathFor::Import(format));
                    }
                }
            });
            ui.menu_button(tr("menu-export"), |ui| {
                for format in Format::ALL {
                    if ui.button(format_label(format)).clicked() {
                        let dialog = format_dialog(format);
                        ask(commands, || dialog.save_file(), PathFor::Export(format));
                    }
                }
                if ui.button(tr("menu-export-png")).clicked() {
                    let dialog = rfd::FileDialog::new().add_filter("PNG image", &["png"]);
                    ask(commands, || dialog.save_file(), PathFor::ExportPng);
                }
            });
            if style::hinted_button(ui, true, "menu-publish").clicked() {
                let dialog = rfd::FileDialog::new()
                    .set_title(tr("dialog-publish"))
                    .add_filter(tr("dialog-web-page-kind"), &["html"])
                    .set_file_name("story.html");
                ask(commands, || dialog.save_file(), PathFor::Publish);
            }
            base_map_ui(ui, street_map, commands);
            let save = egui::Button::new(tr("menu-save")).shortcut_text("Ctrl+S");
            if ui
                .add_enabled(doc.folder().is_some(), save)
                .on_disabled_hover_text(tr("menu-save-disabled"))
                .clicked()
            {
                commands.push(Command::File(FileAction::Save));
            }
            if ui.button(tr("menu-save-as-folder")).clicked() {
                let dialog = rfd::FileDialog::new().set_title(tr("dialog-save-folder"));
                ask(commands, || dialog.pick_folder(), PathFor::SaveFolder);
            }
            ui.separator();
            if ui.button(tr("menu-quit")).clicked() {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        });
        ui.menu_button(tr("menu-edit"), |ui| edit_menu_ui(ui, doc, commands));
        ui.menu_button(tr("menu-view"), |ui| {
            let mut dark_theme = dark;
            if ui
                .checkbox(&mut dark_theme, tr("menu-dark-theme"))
                .changed()
            {
                commands.push(Command::SetDarkTheme(dark_theme));
            }
            if ui.button(tr("menu-reset-layout")).clicked() {
                commands.push(Command::ResetLayout);
            }
            let conflicts = doc.story().conflicts.len();
            let label = tr_with("menu-conflicts", &[("count", conflicts.into())]);
            if ui
                .add_enabled(conflicts > 0, egui::Button::new(label))
                .clicked()
            {
                commands.push(Command::Team(TeamCommand::ShowConflicts(true)));
            }
            if ui.button(tr("menu-review")).clicked() {
                commands.push(Command::Team(TeamCommand::ShowReview(true)));
            }
            language_menu_ui(ui, language, commands);
        });
        ui.menu_button(tr("menu-help"), |ui| {
            if ui.button(tr("menu-about")).clicked() {
                commands.push(Command::ShowAbout(true));
            }
        });
    });
}

/// Edit: undo and redo (named by what they undo), new event, claims, and quoting the selection.
fn edit_menu_ui(ui: &mut egui::Ui, doc: &Document, commands: &mut Vec<Command>) {
    let history = doc.history();
    for (verb, next, shortcut, command) in [
        ("menu-undo", history.next_undo(), "Ctrl+Z", Command::Undo),
        (
            "menu-redo",
            history.next_redo(),
            "Ctrl+Shift+Z",
            Command::Redo,
        ),
    ] {
        let label = next.map_or_else(
            || tr(verb),
            |e| tr_with(&format!("{verb}-what"), &[("what", e.describe().into())]),
        );
        let button = egui::Button::new(label).shortcut_text(shortcut);
        if ui.add_enabled(next.is_some(), button).clicked() {
            commands.push(command);
        }
    }
    ui.separator();
    if ui.button(tr("menu-new-event")).clicked() {
        commands.push(Command::Form(FormCommand::Event(None)));
    }
    if ui
        .button(tr("menu-sources-differ"))
        .on_hover_text(tr("menu-sources-differ-hint"))
        .clicked()
    {
        commands.push(Command::Form(FormCommand::Claim(None)));
    }
    if ui
        .add(egui::Button::new(tr("menu-quote-selection")).shortcut_text("Ctrl+Q"))
        .clicked()
    {
        commands.push(Command::QuoteSelection);
    }
    if ui
        .add(egui::Button::new(tr("menu-quote-into-claim")).shortcut_text("Ctrl+Shift+Q"))
        .clicked()
    {
        commands.push(Command::QuoteIntoClaim);
    }
}

/// "Places as GeoJSON…": the menu entry of a format, for import and export alike.
fn format_label(format: Format) -> String {
    let mut chars = format.label().chars();
    let label: String = chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    });
    format!("{label}…")
}

/// Asks a native dialog for a path and turns it into a file action; where no dialog can be shown,
/// says so and asks for the path in a field instead.
/// View → Language: the system's (said which), or one the person chooses; remembered.
fn language_menu_ui(ui: &mut egui::Ui, chosen: Option<Language>, commands: &mut Vec<Command>) {
    ui.menu_button(tr("menu-language"), |ui| {
        let system = Language::of_system();
        let label = tr_with(
            "menu-language-system",
            &[("language", system.name().into())],
        );
        if ui.radio(chosen.is_none(), label).clicked() {
            commands.push(Command::SetLanguage(None));
        }
        for language in Language::ALL {
            if ui
                .radio(chosen == Some(language), language.name())
                .clicked()
            {
                commands.push(Command::SetLanguage(Some(language)));
            }
        }
    });
}

/// File → Base map…: a street map (PMTiles) drawn under every story and carried by published
/// pages, and the way back to none.
fn base_map_ui(
    ui: &mut egui::Ui,
    street_map: Option<&std::path::Path>,
    commands: &mut Vec<Command>,
) {
    if style::hinted_button(ui, true, "menu-base-map").clicked() {
        let dialog = rfd::FileDialog::new()
            .set_title(tr("dialog-street-map"))
            .add_filter("PMTiles", &["pmtiles"]);
        ask(commands, || dialog.pick_file(), PathFor::StreetMap);
    }
    if let Some(path) = street_map {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let label = tr_with("menu-no-street-map", &[("file", name.into_owned().into())]);
        if ui.button(label).clicked() {
            commands.push(Command::File(FileAction::StreetMap(None)));
        }
    }
}

fn ask(commands: &mut Vec<Command>, show: impl FnOnce() -> Option<PathBuf>, purpose: PathFor) {
    match file_dialog::choose(show) {
        Chosen::Path(path) => commands.push(Command::File(purpose.action(path))),
        Chosen::Cancelled => {}
        Chosen::Unavailable => commands.push(Command::NoFileDialog(purpose)),
    }
}

fn format_dialog(format: Format) -> rfd::FileDialog {
    rfd::FileDialog::new().add_filter(format.label(), &[format.extension()])
}
