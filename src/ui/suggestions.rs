//! Suggested events for the source in the reader: each dated sentence with its date and how it was
//! resolved, to accept (it opens the event form, filled in; adding it is an edit like any other),
//! or dismiss. A suggestion the story already has is shown as such, not offered again.

use super::state::Command;
use crate::document::Document;
use crate::i18n::{tr, tr_with};
use crate::suggest::{self, Suggestion};
use egui::RichText;

/// The suggestions shown for one source, which were dismissed, and which the story already has.
pub struct Suggestions {
    pub source: usize,
    pub list: Vec<Suggestion>,
    pub dismissed: Vec<bool>,
    /// Per suggestion, the event that already has it: worked out when the story changes, not
    /// every frame (each is a scan of the events).
    known: Vec<Option<usize>>,
}

impl Suggestions {
    pub fn for_source(doc: &Document, source: usize) -> Result<Self, suggest::SuggestError> {
        let list = suggest::for_source(doc.story(), source)?;
        let mut found = Suggestions {
            source,
            dismissed: vec![false; list.len()],
            known: Vec::new(),
            list,
        };
        found.story_changed(doc);
        Ok(found)
    }

    /// Which suggestions the story now has (after an edit, an undo or a redo).
    pub fn story_changed(&mut self, doc: &Document) {
        self.known = self
            .list
            .iter()
            .map(|s| suggest::duplicate_of(doc.story(), self.source, s))
            .collect();
    }

    /// Byte ranges of the sentences still proposed, for the reader to mark.
    pub fn open_ranges(&self) -> Vec<std::ops::Range<usize>> {
        self.open().map(|(_, s)| s.bytes.clone()).collect()
    }

    fn open(&self) -> impl Iterator<Item = (usize, &Suggestion)> {
        self.list
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.dismissed[*i] && self.known[*i].is_none())
    }
}

pub fn suggestions_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    suggestions: &Suggestions,
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let open = suggestions.open().count();
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr_with("suggestions-heading", &[("count", open.into())])).strong());
        if ui.small_button(tr("suggestions-hide")).clicked() {
            commands.push(Command::CloseSuggestions);
        }
    });
    egui::ScrollArea::vertical()
        .id_salt("suggestions")
        .max_height(240.0)
        .show(ui, |ui| {
            for (i, s) in suggestions.list.iter().enumerate() {
                if suggestions.dismissed[i] {
                    continue;
                }
                // One line each, the resolution in the hover, so a dozen fit without scrolling.
                ui.horizontal(|ui| {
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                    match suggestions.known[i].filter(|&e| e < story.events.len()) {
                        Some(e) => {
                            ui.label(
                                RichText::new(format!(
                                    "{}: already in the story ({})",
                                    s.date.label(),
                                    story.events[e].title
                                ))
                                .weak()
                                .italics(),
                            );
                        }
                        None => {
                            for (key, command) in [
                                ("suggestions-accept", Command::AcceptSuggestion(i)),
                                ("suggestions-dismiss", Command::DismissSuggestion(i)),
                            ] {
                                let label = tr_with(key, &[("number", (i + 1).into())]);
                                if ui.small_button(label).clicked() {
                                    commands.push(command);
                                }
                            }
                            let date = if s.status == crate::model::Status::Planned {
                                tr_with("suggestions-planned", &[("date", s.date.label().into())])
                            } else {
                                s.date.label()
                            };
                            ui.label(RichText::new(date).strong())
                                .on_hover_text(&s.resolution);
                            ui.label(&s.title).on_hover_text(&s.quote);
                        }
                    }
                });
            }
        });
    ui.separator();
}
