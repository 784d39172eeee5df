//! The editor's side of the app: the commands that open its forms, apply, undo and redo edits,
//! suggest events, and answer "unsaved changes" and the recovery journal.

use super::{ChronomapApp, Pending};
use crate::date;
use crate::edit::Edit;
use crate::i18n::{tr, tr_with};
use crate::playback::PlaybackCommand;
use crate::ui::claim_form::ClaimForm;
use crate::ui::dialogs::Problems;
use crate::ui::event_form::EventForm;
use crate::ui::state::{Command, FormCommand, Tab, UnsavedChoice};
use crate::ui::suggestions::Suggestions;

/// At most this many of the story's places count for the gazetteer's "near the story".
const NEAR_PLACES: usize = 200;

impl ChronomapApp {
    /// Applies a command of the editor; gives back any other command.
    pub(super) fn apply_editing(&mut self, command: Command) -> Option<Command> {
        let view = &mut self.view;
        match command {
            Command::SetQuoting(on) => {
                view.quoting = on;
                view.selection = None;
                view.tab = Tab::Reader;
            }
            Command::SelectText(selection) => view.selection = selection,
            Command::SelectRegion(region) => view.region = region,
            Command::QuoteRegion => match view.region {
                Some((source, xywh)) => {
                    self.forms.event = Some(EventForm::from_region(&self.doc, source, xywh));
                }
                None => {
                    view.quoting = true;
                    view.tab = Tab::Reader;
                    self.status = Some(tr("app-draw-region"));
                }
            },
            Command::QuoteSelection | Command::QuoteIntoClaim => match view.selection.clone() {
                Some((source, bytes)) if !bytes.is_empty() => {
                    if command == Command::QuoteSelection {
                        self.forms.event = Some(EventForm::from_passage(&self.doc, source, bytes));
                    } else {
                        let doc = &self.doc;
                        let form = self.forms.claim.get_or_insert_with(|| ClaimForm::new(doc));
                        form.add_passage(source, bytes);
                        // The passage is in the form now: a new selection quotes the next one.
                        view.selection = None;
                    }
                }
                _ => {
                    view.quoting = true;
                    view.tab = Tab::Reader;
                    self.status = Some(tr("app-select-words"));
                }
            },
            Command::SuggestEvents(source) => match Suggestions::for_source(&self.doc, source) {
                Ok(found) => {
                    view.reader_source = source;
                    view.tab = Tab::Reader;
                    view.quoting = false;
                    let n = found.list.len();
                    self.status = Some(tr_with("app-dated-found", &[("count", n.into())]));
                    self.suggestions = Some(found);
                }
                Err(error) => {
                    self.status = Some(tr_with(
                        "app-no-suggestions",
                        &[("error", error.to_string().into())],
                    ))
                }
            },
            Command::AcceptSuggestion(i) => {
                if let Some(found) = &self.suggestions
                    && let Some(s) = found.list.get(i)
                {
                    self.forms.event = Some(EventForm::from_suggestion(&self.doc, found.source, s));
                }
            }
            Command::DismissSuggestion(i) => {
                if let Some(dismissed) = self
                    .suggestions
                    .as_mut()
                    .and_then(|f| f.dismissed.get_mut(i))
                {
                    *dismissed = true;
                }
            }
            Command::CloseSuggestions => self.suggestions = None,
            Command::Form(form) => self.apply_form(form),
            Command::Unsaved(choice) => self.resolve_unsaved(choice),
            Command::Recover(restore) => match self.recovery.take() {
                Some(edits) if restore => match self.doc.restore(edits) {
                    Ok(n) => self.edited(tr_with("app-restored", &[("count", n.into())])),
                    Err((n, error)) => self.edited(tr_with(
                        "app-restored-then-failed",
                        &[("count", n.into()), ("error", error.to_string().into())],
                    )),
                },
                Some(_) => {
                    self.doc.discard_unsaved_edits();
                    self.status = Some(tr("app-edits-given-up"));
                }
                None => {}
            },
            Command::Edit(edit) => {
                let what = edit.describe();
                let undated = crate::query::news_day(self.doc.story()).is_none();
                let (added_source, added_place) = match edit.as_ref() {
                    Edit::Source(change) => (change.added_at(), None),
                    Edit::Place(change) => (None, change.added_at()),
                    _ => (None, None),
                };
                match self.doc.edit(*edit) {
                    Ok(()) => {
                        self.edited(tr_with("app-done", &[("what", what.to_string().into())]));
                        // A source just added is what the person reads next, from its top.
                        if let Some(source) = added_source {
                            self.view.reader_source = source;
                            self.view.focused_quote = None;
                            self.view.tab = Tab::Reader;
                        }
                        // A place just added is brought into view, and marked as selected.
                        if let Some(place) = added_place {
                            self.view.selected_place = Some(place);
                            self.map.reveal(&self.doc, place);
                        }
                        // A new story's cursor waits on today until its first source or event
                        // gives it a day; then it goes there (and new events default to it).
                        if let Some(day) =
                            crate::query::news_day(self.doc.story()).filter(|_| undated)
                        {
                            let cursor = PlaybackCommand::SetCursor(f64::from(day));
                            self.view
                                .playback
                                .apply(cursor, self.doc.story(), self.doc.axis());
                        }
                    }
                    Err(error) => {
                        self.problems = Some(Problems {
                            title: tr_with("app-could-not", &[("what", what.to_string().into())]),
                            lines: vec![error.to_string()],
                        })
                    }
                }
            }
            Command::Undo => {
                let undone = self.doc.undo();
                self.stepped(
                    undone,
                    ["app-undone", "app-could-not-undo", "app-nothing-to-undo"],
                );
            }
            Command::Redo => {
                let redone = self.doc.redo();
                self.stepped(
                    redone,
                    ["app-redone", "app-could-not-redo", "app-nothing-to-redo"],
                );
            }
            other => return Some(other),
        }
        None
    }

    /// Carries out (or drops) what waited on unsaved changes.
    fn resolve_unsaved(&mut self, choice: UnsavedChoice) {
        let Some(pending) = self.pending.take() else {
            return;
        };
        match choice {
            UnsavedChoice::Cancel => return,
            UnsavedChoice::Save => {
                if let Err(errors) = self.doc.save(None) {
                    self.report(tr("app-could-not-save-story"), &errors);
                    return;
                }
            }
            // Given up for good: the journal goes too, or the next open would offer them back.
            UnsavedChoice::Discard => self.doc.discard_changes(),
        }
        // Saved or discarded: the story may now be replaced, or the window closed.
        match pending {
            Pending::File(action) => self.carry_out(action),
            Pending::Close => self.close_confirmed = true,
        }
    }

    /// How many unsaved edits the recovery journal offers to restore, while it offers them.
    pub fn recovery_offered(&self) -> Option<usize> {
        self.recovery.as_ref().map(Vec::len)
    }

    /// What waits on the answer to "unsaved changes", if anything.
    pub fn pending(&self) -> Option<&Pending> {
        self.pending.as_ref()
    }

    /// After the story changed: what the view shows is brought in line with it.
    /// Says what an undo or a redo did (`said`: done, failed, nothing to do).
    fn stepped(
        &mut self,
        result: Option<Result<String, crate::edit::EditError>>,
        [done, failed, nothing]: [&str; 3],
    ) {
        match result {
            Some(Ok(what)) => self.edited(tr_with(done, &[("what", what.into())])),
            Some(Err(error)) => {
                self.status = Some(tr_with(failed, &[("error", error.to_string().into())]));
            }
            None => self.status = Some(tr(nothing)),
        }
    }

    fn edited(&mut self, status: String) {
        let story = self.doc.story();
        let view = &mut self.view;
        view.refilter(story);
        view.selected_event = view.selected_event.filter(|&e| e < story.events.len());
        view.selected_place = view.selected_place.filter(|&p| p < story.places.len());
        view.focused_quote = view.focused_quote.filter(|&q| q < story.quotes.len());
        view.step = view.step.filter(|&s| s < story.steps.len());
        view.focused_claim = None;
        view.found_text = None;
        view.selection = None;
        if view.reader_source >= story.sources.len() {
            view.reader_source = story.sources.len().saturating_sub(1);
        }
        self.review_again();
        if let Some(suggestions) = &mut self.suggestions {
            suggestions.story_changed(&self.doc);
        }
        self.status = Some(status);
    }

    pub fn is_dirty(&self) -> bool {
        self.doc.is_dirty()
    }

    /// The status line: what the last edit, undo, redo or save did.
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// Opens or closes a form: the gazetteer ranks towns near the map's centre and the story's
    /// places; a new event is dated the cursor's day.
    pub(super) fn apply_form(&mut self, command: FormCommand) {
        let map_centre = self
            .map_view_box()
            .map(|[west, south, east, north]| ((west + east) / 2.0, (south + north) / 2.0));
        let story = self.doc.story();
        let near = || {
            map_centre
                .into_iter()
                .chain(crate::spatial::place_centres(story, NEAR_PLACES))
                .collect()
        };
        let cursor_day = || {
            date::date_of(self.view.playback.cursor_day())
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default()
        };
        self.forms.apply(command, &self.doc, near, cursor_day);
    }
}
