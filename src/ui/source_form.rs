//! A source's details: title, label, publisher, publication date, language and address. Its text
//! is evidence and is not here to change.

use super::form::{Action, FormWindow, Make, apply, form_basics, text_field};
use super::state::{Command, FormCommand, Scene};
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

impl FormWindow for SourceForm {
    form_basics!("source", Command::Form(FormCommand::CloseSource));

    fn title(&self) -> String {
        tr("source-form-details-title")
    }

    fn fields(&mut self, ui: &mut egui::Ui, _: &Scene, _: &mut Vec<Command>) {
        ui.label(RichText::new(tr("source-form-details-explained")).weak());
        fields_ui(ui, &mut self.draft);
    }

    fn save<'a>(&self, scene: &Scene<'a>) -> Action<'a, Self> {
        let story = scene.doc.story();
        let save: Make<'a, SourceForm> =
            Box::new(move |f| apply(amend::change_source(story, f.source, &f.draft)));
        (tr("source-form-save"), save)
    }
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
    let hint = tr(&format!("source-field-{hint}-hint"));
    let name = tr(&format!("source-field-{field}-name"));
    text_field(ui, value, &hint, &name, (370.0, 1));
}
