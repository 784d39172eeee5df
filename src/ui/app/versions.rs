//! The app's side of teamwork: conflicts settled, the story reviewed against another version, an
//! object's history read.

use super::ChronomapApp;
use crate::i18n::tr;
use crate::model::Story;
use crate::ui::history::History;
use crate::ui::review::Review;
use crate::ui::state::{Command, Reviewed, TeamCommand};
use crate::versions::diff::{Change, What};
use crate::versions::objects::Section;
use crate::versions::review::changes_since;

impl ChronomapApp {
    /// Applies a command of teamwork; gives back any other command.
    pub(super) fn apply_versions(&mut self, command: Command) -> Option<Command> {
        let Command::Team(command) = command else {
            return Some(command);
        };
        match command {
            TeamCommand::MarkChecked { what, by } => {
                let story = self.doc.story();
                match crate::edit::amend::mark_checked(story, what, &by, "", crate::checks::now()) {
                    Ok(edit) => self.apply(Command::Edit(Box::new(edit))),
                    Err(refused) => self.status = Some(refused.to_string()),
                }
                self.checker = by;
            }
            TeamCommand::SettleConflict { id, take } => {
                match crate::versions::settle::settle(self.doc.story(), &id, take) {
                    Ok(edit) => self.apply(Command::Edit(Box::new(edit))),
                    Err(refused) => self.status = Some(refused.to_string()),
                }
            }
            TeamCommand::ShowConflicts(shown) => self.show_conflicts = shown,
            TeamCommand::ShowReview(shown) => {
                self.review = shown.then(|| self.review.take().unwrap_or_default());
                if !shown {
                    self.view.reviewed = Reviewed::default();
                }
            }
            TeamCommand::Review(against) => {
                let folder = self.story_path.as_deref().map(crate::load::story_folder);
                let story = self.doc.story();
                let found = changes_since(story, folder.as_deref(), &against);
                self.view.reviewed = match &found {
                    Ok(changes) => reviewed(story, changes),
                    Err(_) => Reviewed::default(),
                };
                let review = self.review.get_or_insert_with(Review::default);
                review.against = against;
                review.result = Some(found.map_err(|e| e.to_string()));
                review.stale = false;
            }
            TeamCommand::ShowHistory(None) => self.history = None,
            TeamCommand::ShowHistory(Some((section, id))) => match &self.story_path {
                Some(path) => {
                    let folder = crate::load::story_folder(path);
                    self.history = Some(History::start(folder, section, id));
                }
                None => self.status = Some(tr("history-shipped")),
            },
        }
        None
    }
}

/// The events and places a review found added or changed, as the story holds them now.
fn reviewed(story: &Story, changes: &[Change]) -> Reviewed {
    let mut marked = Reviewed::default();
    for change in changes {
        if matches!(change.what, What::Removed { .. }) {
            continue;
        }
        let (list, at) = match change.section {
            Section::Events => (
                &mut marked.events,
                story.events.iter().position(|e| e.id == change.id),
            ),
            Section::Places => (
                &mut marked.places,
                story.places.iter().position(|p| p.id == change.id),
            ),
            _ => continue,
        };
        list.extend(at);
    }
    marked.events.sort_unstable();
    marked.places.sort_unstable();
    marked
}

/// Above this many events a review is not worked out again after each edit (a diff of a million
/// events takes seconds): it is set aside until *Compare* is pressed.
const REVIEW_AGAIN_EVENTS: usize = 50_000;

impl ChronomapApp {
    /// After an edit, a review shown is worked out again, so its list and marks stay true; past
    /// [`REVIEW_AGAIN_EVENTS`] events (seconds a time) it is set aside instead, to compare again.
    pub(super) fn review_again(&mut self) {
        let large = self.doc.story().events.len() > REVIEW_AGAIN_EVENTS;
        let Some(review) = self.review.as_mut().filter(|r| r.result.is_some()) else {
            return;
        };
        if large {
            review.result = None;
            review.stale = true;
            self.view.reviewed = Reviewed::default();
        } else {
            let against = review.against.clone();
            self.apply_versions(Command::Team(TeamCommand::Review(against)));
        }
    }
}
