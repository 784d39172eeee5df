//! Find (Ctrl+F): a field and what it finds across events, places (every spelling), quotes and the
//! sources' full text, case and accents ignored; choosing a result goes to it everywhere.

use super::state::Command;
use crate::document::Document;
use crate::i18n::{tr, tr_with};
use crate::query::find_index;
use crate::search::{self, Found};
use egui::RichText;

/// The query and its results, kept between frames: the search runs only when the query changes.
#[derive(Default)]
pub struct FindState {
    pub query: String,
    searched: String,
    /// The document version searched: an edit searches again.
    searched_version: u64,
    results: Vec<Found>,
    total: usize,
    /// The story's records folded for searching, and the document version they were folded from.
    index: Option<(u64, search::Index)>,
    /// Put the keyboard in the field on the next frame (Ctrl+F).
    pub focus: bool,
}

impl FindState {
    /// Takes an index of the document at `version` built elsewhere (beside a story opened in the
    /// background), so the first search does not build one.
    pub fn prepared(&mut self, version: u64, index: search::Index) {
        self.index = Some((version, index));
    }

    /// Whether the index is of the document at `version`.
    pub fn is_indexed(&self, version: u64) -> bool {
        self.index.as_ref().is_some_and(|(v, _)| *v == version)
    }
}

/// Characters of context shown around a passage found in a source's text.
const CONTEXT_BYTES: usize = 40;

pub fn find_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    state: &mut FindState,
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let field = ui.add(
        egui::TextEdit::singleline(&mut state.query)
            .hint_text(tr("find-hint"))
            .desired_width(f32::INFINITY),
    );
    field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, tr("find-name")));
    if state.focus {
        field.request_focus();
        state.focus = false;
    }
    if state.query != state.searched || state.searched_version != doc.version() {
        // The index follows the edits made since it was built; built again only when they are
        // no longer kept.
        if let Some((version, index)) = &mut state.index
            && *version != doc.version()
        {
            match doc.edits_since(*version) {
                Some(edits) => {
                    edits.for_each(|edit| find_index::follow(index, edit));
                    *version = doc.version();
                }
                None => state.index = None,
            }
        }
        if state.index.is_none() {
            state.index = Some((doc.version(), search::Index::new(story)));
        }
        if let Some((_, index)) = &state.index {
            (state.results, state.total) = index.find(story, &state.query);
        }
        state.searched = state.query.clone();
        state.searched_version = doc.version();
    }
    if state.query.trim().chars().count() >= 2 {
        ui.label(
            RichText::new(match state.total {
                0 => tr("find-nothing"),
                n if n > state.results.len() => tr_with(
                    "find-found-first",
                    &[("found", n.into()), ("listed", state.results.len().into())],
                ),
                n => tr_with("find-found", &[("found", n.into())]),
            })
            .weak(),
        );
    }
    ui.separator();
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    egui::ScrollArea::vertical()
        .auto_shrink([false; 2])
        .show(ui, |ui| {
            for found in &state.results {
                let (kind, text, command) = match found {
                    Found::Event(e) => {
                        let event = &story.events[*e];
                        let text = format!("{} · {}", event.date.label(), event.title);
                        ("find-event", text, Command::SelectEvent(*e))
                    }
                    Found::Place(p) => {
                        let place = &story.places[*p];
                        let text = format!("{} ({})", place.name, place.kind.name());
                        ("find-place", text, Command::SelectPlace(Some(*p)))
                    }
                    Found::Quote(q) => {
                        let text = crate::query::quote_words(story, *q);
                        ("find-quote", text, Command::OpenQuote(*q))
                    }
                    Found::SourceText { source, bytes } => {
                        let text = &story.sources[*source].text;
                        let context = snippet(text, bytes.clone());
                        let label = &story.sources[*source].label;
                        let command = Command::ShowFoundText {
                            source: *source,
                            bytes: bytes.clone(),
                        };
                        ("find-text", format!("{label}: {context}"), command)
                    }
                };
                let row = ui.selectable_label(false, format!("{} · {text}", tr(kind)));
                if row.on_hover_text(&text).clicked() {
                    commands.push(command);
                }
            }
        });
}

/// The passage with some words either side, on one line.
fn snippet(text: &str, bytes: std::ops::Range<usize>) -> String {
    let mut from = bytes.start.saturating_sub(CONTEXT_BYTES);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (bytes.end + CONTEXT_BYTES).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    format!(
        "…{}…",
        text[from..to]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    )
}
