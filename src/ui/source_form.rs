//! A source's details: title, label, publisher, publication date, language and address. Its text
//! is evidence and is not here to change.

use super::dialogs::{Form, apply, form_button};
use super::event_form::named;
use super::state::{Command, FormCommand};
use crate::document::Document;
use crate::edit::amend::{self, SourceDraft};
use egui::RichText;

#[derive(Debug, Clone, PartialEq)]
pub struct SourceForm {
    pub source: usize,
    pub draft: SourceDraft,
    pub error: Option<String>,
}

impl SourceForm {
    pub fn editing(doc: &Document, source: usize) -> Option<Self> {
        let record = doc.story().sources.get(source)?;
        Some(SourceForm {
            source,
            draft: SourceDraft::of(record),
            error: None,
        })
    }
}

impl Form for SourceForm {
    fn error(&mut self) -> &mut Option<String> {
        &mut self.error
    }
}

pub fn source_form_ui(
    ctx: &egui::Context,
    doc: &Document,
    form: &mut SourceForm,
    commands: &mut Vec<Command>,
) {
    let mut open = true;
    let close = Command::Form(FormCommand::CloseSource);
    super::dialogs::form_window("source", "Source details", ctx)
        .open(&mut open)
        .show(ctx, |ui| {
            super::dialogs::form_fields(ui, |ui| {
                ui.label(
                    RichText::new(
                        "How the source is named and dated. Its text is evidence: it is never \
                         changed here (a revised article is added as a new source that revises it).",
                    )
                    .weak(),
                );
                fields_ui(ui, &mut form.draft);
            });
            super::dialogs::form_error(ui, &form.error);
            ui.horizontal(|ui| {
                let save = |f: &SourceForm| apply(amend::change_source(doc.story(), f.source, &f.draft));
                let label = RichText::new("Save details").strong();
                form_button(ui, label, form, save, Some(close.clone()), commands);
                if ui.button("Cancel").clicked() {
                    commands.push(close.clone());
                }
            });
        });
    if !open {
        commands.push(close);
    }
}

fn fields_ui(ui: &mut egui::Ui, draft: &mut SourceDraft) {
    egui::Grid::new("source-details")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            for (label, name, value, hint) in [
                (
                    "Title",
                    "Source title",
                    &mut draft.title,
                    "the article's headline",
                ),
                (
                    "Published",
                    "Source publication date",
                    &mut draft.published,
                    "EDTF: 2024-04-17, or 2024-04-17T20:02+01:00",
                ),
                (
                    "Publisher",
                    "Source publisher",
                    &mut draft.publisher,
                    "the newspaper, agency or site that published it",
                ),
                (
                    "Label",
                    "Source label",
                    &mut draft.label,
                    "empty: made from the publisher and date",
                ),
                (
                    "Language",
                    "Source language",
                    &mut draft.language,
                    "fr, en…",
                ),
                ("Address", "Source address", &mut draft.url, "https://…"),
            ] {
                ui.label(label);
                named(
                    ui.add(
                        egui::TextEdit::singleline(value)
                            .hint_text(hint)
                            .desired_width(360.0),
                    ),
                    name,
                );
                ui.end_row();
            }
        });
}
