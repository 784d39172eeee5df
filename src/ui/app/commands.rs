//! Commands applied after the frame is drawn: the editor's first (`editing`), then the view's own
//! (`View::navigate`: the cursor, tabs, what is brought forward), then the rest: a place selected
//! on the map, Find, files, filters, the tour and the layout.

use super::ChronomapApp;
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
        let Some(command) = self.view.navigate(command, &self.doc) else {
            return;
        };
        let story = self.doc.story();
        let view = &mut self.view;
        match command {
            Command::SelectPlace(place) => {
                view.selected_place = place;
                if let Some(place) = place.filter(|&p| p < story.places.len()) {
                    view.tab = Tab::Place;
                    self.map.reveal(&self.doc, place);
                }
            }
            Command::ShowPathPrompt(show) => {
                self.path_prompt = show.then(|| self.path_prompt.take().unwrap_or_default());
            }
            Command::NoFileDialog(purpose) => {
                let folder = self.doc.folder().map(std::path::Path::to_path_buf);
                self.path_prompt = Some(PathPrompt::for_command(purpose, folder.as_deref()));
            }
            Command::StartFind => {
                view.list = ListTab::Find;
                self.find.focus = true;
            }
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
            // The view's, applied by `View::navigate`, and the editor's, applied by
            // `apply_editing` (listed so a new command is not forgotten).
            Command::Playback(_)
            | Command::GoToDate(_)
            | Command::SelectEvent(_)
            | Command::ShowFoundText { .. }
            | Command::ShowClaim(_)
            | Command::OpenQuote(_)
            | Command::OpenSource(_)
            | Command::ShowTab(_)
            | Command::ShowList(_)
            | Command::Edit(_)
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
