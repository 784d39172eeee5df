//! The editor's forms as one piece of state beside the commands that open and close them, and the
//! drawing of whichever are open.

use crate::document::Document;
use crate::ui::claim_form::ClaimForm;
use crate::ui::event_form::EventForm;
use crate::ui::form::show_open;
use crate::ui::place_form::PlaceForm;
use crate::ui::quote_removal::quote_removal_ui;
use crate::ui::source_form::SourceForm;
use crate::ui::state::{Command, FormCommand, Scene};
use crate::ui::step_form::StepForm;
use crate::ui::story_forms::{AddSourceForm, NewStoryForm};

/// The forms that are open (at most one of each).
#[derive(Default)]
pub(super) struct Forms {
    pub event: Option<EventForm>,
    pub place: Option<PlaceForm>,
    pub claim: Option<ClaimForm>,
    pub source: Option<SourceForm>,
    /// The quote whose removal is being confirmed.
    pub quote_removal: Option<usize>,
    pub new_story: Option<NewStoryForm>,
    pub add_source: Option<AddSourceForm>,
    /// A tour step being made or changed.
    pub step: Option<StepForm>,
}

impl Forms {
    pub fn any_open(&self) -> bool {
        self.event.is_some()
            || self.place.is_some()
            || self.claim.is_some()
            || self.source.is_some()
            || self.quote_removal.is_some()
            || self.new_story.is_some()
            || self.add_source.is_some()
            || self.step.is_some()
    }

    /// Closes the form drawn last (on top), if any is open; whether one was.
    pub fn close_top(&mut self) -> bool {
        self.step.take().is_some()
            || self.add_source.take().is_some()
            || self.new_story.take().is_some()
            || self.quote_removal.take().is_some()
            || self.source.take().is_some()
            || self.claim.take().is_some()
            || self.place.take().is_some()
            || self.event.take().is_some()
    }

    /// Draws the open forms; what they ask for comes back as commands. The step form shows the
    /// view's `current` events to pick from.
    pub fn draw(&mut self, ctx: &egui::Context, scene: Scene, commands: &mut Vec<Command>) {
        show_open(ctx, &mut self.event, &scene, commands);
        show_open(ctx, &mut self.place, &scene, commands);
        show_open(ctx, &mut self.claim, &scene, commands);
        show_open(ctx, &mut self.source, &scene, commands);
        if let Some(quote) = self.quote_removal {
            quote_removal_ui(ctx, scene.doc, quote, commands);
        }
        show_open(ctx, &mut self.new_story, &scene, commands);
        show_open(ctx, &mut self.add_source, &scene, commands);
        show_open(ctx, &mut self.step, &scene, commands);
    }
}

impl Forms {
    /// Applies a command that opens or closes a form, beside the forms it changes.
    pub(super) fn apply(
        &mut self,
        command: FormCommand,
        doc: &Document,
        near: impl FnOnce() -> Vec<(f64, f64)>,
        cursor_day: impl FnOnce() -> String,
    ) {
        match command {
            FormCommand::Event(None) => {
                let mut form = EventForm::new_event();
                form.draft.date = cursor_day();
                self.event = Some(form);
            }
            FormCommand::Event(Some(event)) => self.event = EventForm::editing(doc, event),
            FormCommand::CloseEvent => self.event = None,
            FormCommand::NewPlace(geometry) => self.place = Some(PlaceForm::new_place(geometry)),
            FormCommand::PlaceByName => {
                // The names' index is built while the form opens, not on the first keystroke.
                crate::gazetteer::prepare();
                self.place = Some(PlaceForm::from_gazetteer(near()));
            }
            FormCommand::Place(place) => self.place = PlaceForm::editing(doc, place),
            FormCommand::PlaceFromPicture(source) => {
                self.place = PlaceForm::from_picture(doc, source);
            }
            FormCommand::ClosePlace => self.place = None,
            FormCommand::Claim(None) => self.claim = Some(ClaimForm::new(doc)),
            FormCommand::Claim(Some(claim)) => self.claim = ClaimForm::editing(doc, claim),
            FormCommand::CloseClaim => self.claim = None,
            FormCommand::Source(source) => self.source = SourceForm::editing(doc, source),
            FormCommand::CloseSource => self.source = None,
            FormCommand::RemoveQuote(quote) => self.quote_removal = Some(quote),
            FormCommand::CloseRemoveQuote => self.quote_removal = None,
            FormCommand::NewStory => self.new_story = Some(NewStoryForm::default()),
            // No date is proposed: every relative date of the article is reckoned from it, so it is
            // the page's own or one typed, never today's by default.
            FormCommand::AddSource => self.add_source = Some(AddSourceForm::default()),
            FormCommand::CloseStoryForms => {
                self.new_story = None;
                self.add_source = None;
            }
        }
    }
}
