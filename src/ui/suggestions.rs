//! Suggested events for the source in the reader: each dated sentence with its date and how it was
//! resolved, to accept (it opens the event form, filled in; adding it is an edit like any other),
//! or dismiss. A suggestion the story already has is shown as such, not offered again.

use super::state::Command;
use crate::document::Document;
use crate::suggest::{self, Suggestion};
use egui::RichText;

/// The suggestions shown for one source, and which were dismissed.
pub struct Suggestions {
    pub source: usize,
    pub list: Vec<Suggestion>,
    pub dismissed: Vec<bool>,
}

impl Suggestions {
    pub fn for_source(doc: &Document, source: usize) -> Result<Self, suggest::SuggestError> {
        let list = suggest::for_source(doc.story(), source)?;
        Ok(Suggestions {
            source,
            dismissed: vec![false; list.len()],
            list,
        })
    }

    /// Byte ranges of the sentences still proposed, for the reader to mark.
    pub fn open_ranges(&self, doc: &Document) -> Vec<std::ops::Range<usize>> {
        self.open(doc).map(|(_, s)| s.bytes.clone()).collect()
    }

    fn open<'a>(&'a self, doc: &'a Document) -> impl Iterator<Item = (usize, &'a Suggestion)> {
        self.list.iter().enumerate().filter(move |(i, s)| {
            !self.dismissed[*i] && suggest::duplicate_of(doc.story(), self.source, s).is_none()
        })
    }
}

pub fn suggestions_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    suggestions: &Suggestions,
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let open = suggestions.open(doc).count();
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!(
                "Suggested events: {open} to review (dated sentences, green in the text)"
            ))
            .strong(),
        );
        if ui.small_button("Hide").clicked() {
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
                    match suggest::duplicate_of(story, suggestions.source, s) {
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
                            if ui.small_button(format!("Accept {}", i + 1)).clicked() {
                                commands.push(Command::AcceptSuggestion(i));
                            }
                            if ui.small_button(format!("Dismiss {}", i + 1)).clicked() {
                                commands.push(Command::DismissSuggestion(i));
                            }
                            let planned = if s.status == crate::model::Status::Planned {
                                " (planned)"
                            } else {
                                ""
                            };
                            ui.label(
                                RichText::new(format!("{}{planned}", s.date.label())).strong(),
                            )
                            .on_hover_text(&s.resolution);
                            ui.label(&s.title).on_hover_text(&s.quote);
                        }
                    }
                });
            }
        });
    ui.separator();
}
