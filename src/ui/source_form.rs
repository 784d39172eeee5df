//! A source's details: title, label, publisher, publication date, language and address. Its text
//! is evidence and is not here to change.

use super::dialogs::{Form, Make, apply, form_footer};
use super::event_form::named;
use super::state::{Command, FormCommand};
use crate::document::Document;
use crate::edit::amend::{self, SourceDraft};
use crate::i18n::tr;
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
    let close = Command::Form(FormCommand::CloseSource);
    super::dialogs::show_form(
        ctx,
        "source",
        &tr("source-form-details-title"),
        close.clone(),
        commands,
        |ui, commands| {
            super::dialogs::form_fields(ui, |ui| {
                ui.label(RichText::new(tr("source-form-details-explained")).weak());
                fields_ui(ui, &mut form.draft);
            });
            let save: Make<'_, SourceForm> =
                Box::new(|f| apply(amend::change_source(doc.story(), f.source, &f.draft)));
            let action = tr("source-form-save");
            form_footer(ui, form, (action, save), None, close.clone(), commands);
        },
    );
}

fn fields_ui(ui: &mut egui::Ui, draft: &mut SourceDraft) {
    egui::Grid::new("source-details")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            for (field, value, hint) in [
                ("title", &mut draft.title, "title"),
                ("published", &mut draft.published, "published"),
                ("publisher", &mut draft.publisher, "publisher"),
                ("label", &mut draft.label, "label"),
                ("language", &mut draft.language, "language"),
                ("address", &mut draft.url, "address"),
            ] {
                source_field(ui, field, value, hint);
                ui.end_row();
            }
        });
}

/// One of a source's fields in a form's grid: its label, and its text field with its accessible
/// name and hint (`source-field-FIELD`, `…-name`, `source-field-HINT-hint`).
pub(super) fn source_field(ui: &mut egui::Ui, field: &str, value: &mut String, hint: &str) {
    ui.label(tr(&format!("source-field-{field}")));
    named(
        ui.add(
            egui::TextEdit::singleline(value)
                .hint_text(tr(&format!("source-field-{hint}-hint")))
                .desired_width(370.0),
        ),
        &tr(&format!("source-field-{field}-name")),
    );
}
