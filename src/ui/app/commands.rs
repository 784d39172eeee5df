//! Commands applied after the frame is drawn: the editor's first (`editing`), then what the
//! reader asks for: the cursor, selections, tabs, files, filters, the tour and the layout.

use super::ChronomapApp;
use crate::date;
use crate::playback::PlaybackCommand;
use crate::ui::map;
use crate::ui::path_prompt::PathPrompt;
use crate::ui::state::{Command, ListTab, Tab};

impl ChronomapApp {
    pub fn apply(&mut self, command: Command) {
        let Some(command) = self
            .apply_editing(command)
            .and_then(|c| self.apply_versions(c))
        else {
            return;
        };
        let story = self.doc.story();
        let view = &mut self.view;
        match command {
            Command::Playback(command) => {
                let kept = view
                    .filter
                    .is_active()
                    .then_some(view.kept_events.as_slice());
                view.playback
                    .apply_among(command, story, self.doc.axis(), kept);
            }
            Command::GoToDate(text) => match date::resolve(&text) {
                Ok(span) => {
                    let day = f64::from(span.earliest);
                    view.playback
                        .apply(PlaybackCommand::SetCursor(day), story, self.doc.axis());
                    view.date_error = None;
                }
                Err(error) => view.date_error = Some(error.to_string()),
            },
            Command::SelectPlace(place) => {
                view.selected_place = place;
                if let Some(place) = place.filter(|&p| p < story.places.len()) {
                    view.tab = Tab::Place;
                    self.map.reveal(&self.doc, place);
                }
            }
            Command::SelectEvent(event) => {
                if let Some(e) = story.events.get(event) {
                    let day = f64::from(e.date.earliest);
                    view.playback
                        .apply(PlaybackCommand::SetCursor(day), story, self.doc.axis());
                    view.selected_event = Some(event);
                    view.tab = Tab::AtCursor;
                }
            }
            Command::ShowFoundText { source, bytes } => {
                if story
                    .sources
                    .get(source)
                    .is_some_and(|s| s.text.get(bytes.clone()).is_some())
                {
                    view.reader_source = source;
                    view.focused_quote = None;
                    view.found_text = Some(bytes);
                    view.scroll_to_quote = true;
                    view.tab = Tab::Reader;
                }
            }
            Command::ShowPathPrompt(show) => {
                self.path_prompt = show.then(|| self.path_prompt.take().unwrap_or_default());
            }
            Command::NoFileDialog(purpose) => {
                let folder = self.doc.folder().map(std::path::Path::to_path_buf);
                self.path_prompt = Some(PathPrompt::for_command(purpose, folder.as_deref()));
            }
            Command::ShowClaim(claim) => {
                if claim < story.claims.len() {
                    view.focused_claim = Some(claim);
                    view.tab = Tab::Compare;
                }
            }
            Command::StartFind => {
                view.list = ListTab::Find;
                self.find.focus = true;
            }
            Command::OpenQuote(quote) => {
                if let Some(q) = story.quotes.get(quote) {
                    view.found_text = None;
                    view.reader_source = q.source;
                    view.focused_quote = Some(quote);
                    view.scroll_to_quote = true;
                    view.tab = Tab::Reader;
                }
            }
            Command::OpenSource(source) => {
                if source < story.sources.len() {
                    view.reader_source = source;
                    view.focused_quote = None;
                    view.found_text = None;
                    view.tab = Tab::Reader;
                }
            }
            Command::ShowTab(tab) => view.tab = tab,
            Command::ShowList(list) => view.list = list,
            Command::File(action) => self.apply_file(action),
            Command::CloseMessages => {
                self.problems = None;
                self.notice = None;
            }
            Command::CloseTopDialog => self.close_top_dialog(),
            Command::SetDarkTheme(dark) => {
                self.dark_theme = dark;
                self.styled = false;
            }
            Command::SetLanguage(choice) => {
                self.language = choice;
                crate::i18n::set_language(choice.unwrap_or_else(crate::i18n::Language::of_system));
            }
            Command::ShowAbout(show) => self.show_about = show,
            Command::CancelOpening => {
                if let Some(opening) = self.opening.take() {
                    opening.cancel();
                }
            }
            Command::SetFilter(filter) => {
                view.filter = filter;
                view.refilter(story);
                self.timeline.relayout();
            }
            Command::Tour(command) => self.apply_tour(command),
            Command::ResetLayout => {
                self.layout_generation += 1;
                self.map = map::MapState::default();
            }
            // The editor's, applied by `apply_editing` (listed so a new command is not forgotten).
            Command::Edit(_)
            | Command::Team(_)
            | Command::Undo
            | Command::Redo
            | Command::SetQuoting(_)
            | Command::SelectText(_)
            | Command::QuoteSelection
            | Command::SelectRegion(_)
            | Command::QuoteRegion
            | Command::QuoteIntoClaim
            | Command::Form(_)
            | Command::SuggestEvents(_)
            | Command::AcceptSuggestion(_)
            | Command::DismissSuggestion(_)
            | Command::CloseSuggestions
            | Command::Unsaved(_)
            | Command::Recover(_) => {}
        }
    }

    /// Whether a dialog Escape can close is open.
    pub(super) fn dialog_open(&self) -> bool {
        self.pending.is_some()
            || self.forms.any_open()
            || self.path_prompt.is_some()
            || self.show_about
            || self.problems.is_some()
            || self.notice.is_some()
    }

    /// Closes the dialog drawn on top, as its Cancel (or Close) would. The recovery offer is not
    /// among them: its edits are kept or given up only when the user says which.
    fn close_top_dialog(&mut self) {
        if self.pending.take().is_some() || self.forms.close_top() {
            return;
        }
        if self.path_prompt.take().is_some() {
            return;
        }
        if self.show_about {
            self.show_about = false;
            return;
        }
        self.problems = None;
        self.notice = None;
    }
}
