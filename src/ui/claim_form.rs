//! "Sources differ": a claim made from quotes of two or more sources, each source's statement of
//! the fact in a few words, backed by the quotes ticked under it.

use super::form::{
    Action, FormWindow, Make, Removal, add_or_save, apply, form_basics, keyed_field,
    new_or_edit_title, text_field, ticked_in, wrapped,
};
use super::state::{Command, FormCommand, Scene};
use crate::document::Document;
use crate::edit::{amend, make};
use crate::i18n::{tr, tr_with};
use crate::model::Statement;
use egui::RichText;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub struct ClaimForm {
    /// The claim being changed; none for a new one.
    pub editing: Option<usize>,
    pub topic: String,
    /// Per source of the story: what it states, and the quotes that show it.
    pub statements: Vec<(String, Vec<usize>)>,
    /// Passages quoted into the claim, (source, bytes): each becomes a quote when it is saved.
    pub passages: Vec<(usize, Range<usize>)>,
    pub error: Option<String>,
}

/// How much of a quote its checkbox shows.
const QUOTE_CHARS: usize = 70;

impl ClaimForm {
    pub fn new(doc: &Document) -> Self {
        ClaimForm {
            editing: None,
            topic: String::new(),
            statements: vec![(String::new(), Vec::new()); doc.story().sources.len()],
            passages: Vec::new(),
            error: None,
        }
    }

    /// A passage of a source quoted into the claim (once, however often it is asked).
    pub fn add_passage(&mut self, source: usize, bytes: Range<usize>) {
        if !self.passages.contains(&(source, bytes.clone())) {
            self.passages.push((source, bytes));
        }
        self.error = None;
    }

    /// The form on an existing claim: each source's statements (joined, if it has several) and
    /// quotes.
    pub fn editing(doc: &Document, claim: usize) -> Option<Self> {
        let record = doc.story().claims.get(claim)?;
        let mut form = ClaimForm::new(doc);
        form.editing = Some(claim);
        form.topic = record.topic.clone();
        for statement in &record.statements {
            let Some((value, quotes)) = form.statements.get_mut(statement.source) else {
                continue;
            };
            if !value.is_empty() {
                value.push_str("; ");
            }
            value.push_str(&statement.value);
            quotes.extend(&statement.quotes);
        }
        Some(form)
    }

    fn statements(&self) -> Vec<Statement> {
        self.statements
            .iter()
            .enumerate()
            .filter(|(source, (value, quotes))| {
                !value.trim().is_empty()
                    || !quotes.is_empty()
                    || self.passages.iter().any(|(s, _)| s == source)
            })
            .map(|(source, (value, quotes))| Statement {
                source,
                value: value.trim().to_owned(),
                quotes: quotes.clone(),
            })
            .collect()
    }
}

impl FormWindow for ClaimForm {
    form_basics!("claim", Command::Form(FormCommand::CloseClaim));

    fn title(&self) -> String {
        new_or_edit_title(self.editing, "claim-form")
    }

    fn fields(&mut self, ui: &mut egui::Ui, scene: &Scene, commands: &mut Vec<Command>) {
        wrapped(ui, tr("claim-form-explained"));
        ui.horizontal(|ui| {
            ui.label(tr("claim-form-topic"));
            keyed_field(ui, &mut self.topic, "claim-form-topic", (400.0, 1));
        });
        for s in 0..scene.doc.story().sources.len() {
            self.source_ui(ui, scene.doc, s, commands);
        }
    }

    fn save<'a>(&self, scene: &Scene<'a>) -> Action<'a, Self> {
        let story = scene.doc.story();
        let save: Make<'a, ClaimForm> = Box::new(move |f| {
            apply(make::claim_with_passages(
                story,
                f.editing,
                &f.topic,
                f.statements(),
                &f.passages,
            ))
        });
        let action = add_or_save(self.editing, "claim-form");
        (action, save)
    }

    fn removal(&self) -> Option<Removal> {
        Some(("claim-form-remove", self.editing?, amend::remove_claim))
    }
}

impl ClaimForm {
    /// Source `s`'s statement, its quotes to tick and the passages quoted from it.
    fn source_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        s: usize,
        commands: &mut Vec<Command>,
    ) {
        let story = doc.story();
        let (Some(source), Some((value, ticked))) =
            (story.sources.get(s), self.statements.get_mut(s))
        else {
            return;
        };
        ui.separator();
        ui.label(RichText::new(&source.label).strong());
        let name = tr_with(
            "claim-form-statement",
            &[("source", source.label.clone().into())],
        );
        text_field(
            ui,
            value,
            &tr("claim-form-statement-hint"),
            &name,
            (500.0, 1),
        );
        // Each source's quotes scroll on their own, so every source stays in view.
        egui::ScrollArea::vertical()
            .id_salt(("claim-quotes", s))
            .max_height(110.0)
            .show(ui, |ui| {
                for &q in doc.story_index().quotes_in_source(s) {
                    let shown = crate::query::quote_words_within(story, q, QUOTE_CHARS);
                    ticked_in(ui, ticked, q, shown);
                }
            });
        passages_ui(ui, doc, s, &mut self.passages, commands);
    }
}

/// The passages of source `s` quoted into the claim, each to take back; and the way to quote one
/// more: the source opens in the reader with its text selectable.
fn passages_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    s: usize,
    passages: &mut Vec<(usize, Range<usize>)>,
    commands: &mut Vec<Command>,
) {
    let Some(source) = doc.story().sources.get(s) else {
        return;
    };
    let mut taken_back = None;
    for (i, (_, bytes)) in passages.iter().enumerate().filter(|(_, (p, _))| *p == s) {
        let words = source.text.get(bytes.clone()).unwrap_or_default().trim();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr("claim-form-new-quote")).small());
            let shown = crate::quotation::quoted(
                &source.language,
                &crate::quotation::shortened(words, QUOTE_CHARS),
            );
            ui.label(RichText::new(shown).italics());
            if ui.small_button(tr("claim-form-take-back")).clicked() {
                taken_back = Some(i);
            }
        });
    }
    if let Some(i) = taken_back {
        passages.remove(i);
    }
    let quote_more = tr_with(
        "claim-form-quote-more",
        &[("source", source.label.clone().into())],
    );
    if ui
        .small_button(quote_more)
        .on_hover_text(tr("claim-form-quote-more-hint"))
        .clicked()
    {
        commands.push(Command::OpenSource(s));
        commands.push(Command::SetQuoting(true));
    }
}
