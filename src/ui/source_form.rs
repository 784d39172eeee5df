//! A source's details: title, label, publisher, publication date, language and address. Its text
//! is evidence and is not here to change.

use super::dialogs::{Make, apply, form_footer};
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

super::dialogs::form_with_error!(SourceForm);

pub fn source_form_ui(
    ctx: &egui::Context,
    doc: &Document,
    form: &mut SourceForm,
    commands: &mut Vec<Command>,
) {
    super::dialogs::show_form(
        ctx,
        "source",
        &tr("source-form-details-title"),
        Command::Form(FormCommand::CloseSource),
        commands,
        |ui, close, commands| {
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
        .show(ui, |ui| draft_rows(ui, draft, false));
}

/// A source's names and date as rows of a form's grid; `new`: with the hints for a source being
/// added (`source-field-FIELD-new-hint`) where they differ.
pub(super) fn draft_rows(ui: &mut egui::Ui, draft: &mut SourceDraft, new: bool) {
    for (field, value, hint_when_new) in [
        ("title", &mut draft.title, true),
        ("published", &mut draft.published, true),
        ("publisher", &mut draft.publisher, false),
        ("label", &mut draft.label, true),
        ("language", &mut draft.language, false),
        ("address", &mut draft.url, true),
    ] {
        let hint = match new && hint_when_new {
            true => format!("{field}-new"),
            false => field.to_owned(),
        };
        source_field(ui, field, value, &hint);
        ui.end_row();
    }
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
