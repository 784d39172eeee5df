//! The forms that start a story and add its sources: File → New story (a title and a folder) and
//! File → Add source (pasted text or a .txt/.md/.html file, with what is known of it). Adding a
//! source is an edit like any other: it can be undone, and is written when the story is saved.

use super::dialogs::form_button;
use super::event_form::named;
use super::file_dialog::{self, Chosen};
use super::source_form::{draft_rows, source_field};
use super::state::{Command, FileAction, FormCommand};
use crate::document::Document;
use crate::edit::amend::SourceDraft;
use crate::edit::make;
use crate::i18n::tr;
use crate::load;
use crate::provenance::add::{self, SourceInput, SourceMeta};
use egui::RichText;
use std::path::PathBuf;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewStoryForm {
    pub title: String,
    pub folder: String,
    pub error: Option<String>,
}

super::dialogs::form_with_error!(NewStoryForm);

pub fn new_story_ui(ctx: &egui::Context, form: &mut NewStoryForm, commands: &mut Vec<Command>) {
    super::dialogs::show_form(
        ctx,
        "new-story",
        &tr("story-form-new-title"),
        Command::Form(FormCommand::CloseStoryForms),
        commands,
        |ui, close, commands| {
            super::dialogs::form_fields(ui, |ui| {
                ui.label(tr("story-form-folder-explained"));
                egui::Grid::new("new-story").num_columns(2).show(ui, |ui| {
                    ui.label(tr("form-title"));
                    named(
                        ui.text_edit_singleline(&mut form.title),
                        &tr("story-form-title-name"),
                    );
                    ui.end_row();
                    ui.label(tr("story-form-folder"));
                    ui.horizontal(|ui| {
                        named(
                            ui.add(
                                egui::TextEdit::singleline(&mut form.folder)
                                    .hint_text(tr("story-form-folder-hint"))
                                    .desired_width(260.0),
                            ),
                            &tr("story-form-folder-name"),
                        );
                        if ui.button(tr("form-choose")).clicked() {
                            match file_dialog::choose(|| rfd::FileDialog::new().pick_folder()) {
                                Chosen::Path(folder) => form.folder = folder.display().to_string(),
                                Chosen::Cancelled => {}
                                Chosen::Unavailable => form.error = Some(file_dialog::type_it()),
                            }
                        }
                    });
                    ui.end_row();
                });
            });
            super::dialogs::form_error(ui, &form.error);
            ui.horizontal(|ui| {
                let create = |f: &NewStoryForm| {
                    let folder = check_new_story(f)?;
                    let title = f.title.trim().to_owned();
                    Ok(Command::File(FileAction::NewStory { title, folder }))
                };
                form_button(
                    ui,
                    RichText::new(tr("story-form-create")).strong(),
                    form,
                    create,
                    None,
                    commands,
                );
                if ui.button(tr("form-cancel")).clicked() {
                    commands.push(close.clone());
                }
            });
        },
    );
}

/// The folder for a new story: given, and not holding a story already.
fn check_new_story(form: &NewStoryForm) -> Result<PathBuf, String> {
    if form.title.trim().is_empty() {
        return Err(tr("story-form-needs-title"));
    }
    let folder = PathBuf::from(form.folder.trim());
    if form.folder.trim().is_empty() {
        return Err(tr("story-form-needs-folder"));
    }
    if folder.join(load::STORY_FILE).exists() {
        return Err(format!(
            "{} already holds a story: open it instead, or choose another folder",
            folder.display()
        ));
    }
    Ok(folder)
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddSourceForm {
    /// Pasted text; used when no file is given.
    pub text: String,
    /// A .txt, .md or .html file, or a web archive, to read instead.
    pub file: String,
    /// The page to take from a web archive that holds several (its URL).
    pub page: String,
    /// How the source is named and dated, as the source form edits it later.
    pub draft: SourceDraft,
    pub error: Option<String>,
}

super::dialogs::form_with_error!(AddSourceForm);

pub fn add_source_ui(
    ctx: &egui::Context,
    doc: &Document,
    form: &mut AddSourceForm,
    commands: &mut Vec<Command>,
) {
    let mut open = true;
    super::dialogs::form_window("add-source", &tr("source-form-add-title"), ctx)
        .open(&mut open)
        .show(ctx, |ui| {
            super::dialogs::form_fields(ui, |ui| {
                ui.label(tr("source-form-kept"));
                egui::Grid::new("add-source")
                    .num_columns(2)
                    .spacing([8.0, 6.0])
                    .show(ui, |ui| {
                        ui.label(tr("form-text"));
                        // A pasted article scrolls in its own box, so the fields under it stay close.
                        egui::ScrollArea::vertical()
                            .id_salt("pasted-text")
                            .max_height(180.0)
                            .show(ui, |ui| {
                                named(
                                    ui.add(
                                        egui::TextEdit::multiline(&mut form.text)
                                            .desired_rows(6)
                                            .desired_width(380.0)
                                            .hint_text(tr("source-form-text-hint")),
                                    ),
                                    &tr("source-form-text-name"),
                                );
                            });
                        ui.end_row();
                        ui.label(tr("source-form-or-file"));
                        ui.horizontal(|ui| {
                            named(
                                ui.add(
                                    egui::TextEdit::singleline(&mut form.file)
                                        .hint_text(tr("source-form-file-hint"))
                                        .desired_width(290.0),
                                ),
                                &tr("source-form-file-name"),
                            );
                            if ui.button(tr("form-choose")).clicked() {
                                let dialog = rfd::FileDialog::new().add_filter(
                                    tr("source-form-file-kinds"),
                                    &[
                                        "txt", "md", "html", "htm", "pdf", "wacz", "warc", "gz",
                                        "jpg", "jpeg", "png", "webp",
                                    ],
                                );
                                match file_dialog::choose(|| dialog.pick_file()) {
                                    Chosen::Path(file) => form.file = file.display().to_string(),
                                    Chosen::Cancelled => {}
                                    Chosen::Unavailable => {
                                        form.error = Some(file_dialog::type_it())
                                    }
                                }
                            }
                        });
                        ui.end_row();
                        draft_rows(ui, &mut form.draft, true);
                        let page = "archived-page";
                        source_field(ui, page, &mut form.page, page);
                        ui.end_row();
                    });
            });
            super::dialogs::form_error(ui, &form.error);
            ui.horizontal(|ui| {
                let add = |f: &AddSourceForm| {
                    source_edit(doc, f).map(|edit| Command::Edit(Box::new(edit)))
                };
                let close = Some(Command::Form(FormCommand::CloseStoryForms));
                form_button(
                    ui,
                    RichText::new(tr("source-form-add")).strong(),
                    form,
                    add,
                    close,
                    commands,
                );
                if ui.button(tr("form-cancel")).clicked() {
                    commands.push(Command::Form(FormCommand::CloseStoryForms));
                }
            });
        });
    if !open {
        commands.push(Command::Form(FormCommand::CloseStoryForms));
    }
}

fn source_edit(doc: &Document, form: &AddSourceForm) -> Result<crate::edit::Edit, String> {
    let given = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let (input, name) = match given(&form.file) {
        Some(file) => {
            let bytes = load::read_bounded_bytes(std::path::Path::new(&file))
                .map_err(|p| format!("{file}: {p}"))?;
            let input =
                match SourceInput::from_file(&file, bytes).map_err(|p| format!("{file}: {p}"))? {
                    SourceInput::Archive { name, bytes, .. } => SourceInput::Archive {
                        name,
                        bytes,
                        page: given(&form.page),
                    },
                    other => other,
                };
            (input, file)
        }
        None => (
            SourceInput::Text {
                text: form.text.clone(),
                extension: "txt".to_owned(),
            },
            tr("source-form-pasted"),
        ),
    };
    let draft = &form.draft;
    let meta = SourceMeta {
        title: given(&draft.title),
        publisher: given(&draft.publisher),
        published: draft.published.trim().to_owned(),
        label: given(&draft.label),
        url: given(&draft.url),
        language: given(&draft.language),
        revises: None,
    };
    let source = add::new_source(doc.story(), input, meta, &name).map_err(|e| e.to_string())?;
    make::add_source(doc.story(), source).map_err(|e| e.to_string())
}
