//! The tour's commands, applied beside the state they change: the step shown, the timeline and
//! the map moved to it, and the step form.

use super::ChronomapApp;
use crate::playback::PlaybackCommand;
use crate::ui::state::{Command, Tab, TourCommand};
use crate::ui::step_form::StepForm;

impl ChronomapApp {
    pub(super) fn apply_tour(&mut self, command: TourCommand) {
        let steps = self.doc.story().steps.len();
        match command {
            TourCommand::Show(step) => self.show_step(step.filter(|&s| s < steps)),
            TourCommand::Next => {
                let next = self.view.step.map_or(0, |s| s + 1);
                if next < steps {
                    self.show_step(Some(next));
                }
            }
            TourCommand::Previous => {
                if let Some(s) = self.view.step.filter(|&s| s > 0) {
                    self.show_step(Some(s - 1));
                }
            }
            TourCommand::NewFromView => {
                let window = self.shown_window();
                let bounds = self.map.visible_box(self.doc.projection());
                self.forms.step = Some(StepForm::from_view(&self.doc, &self.view, window, bounds));
            }
            TourCommand::Edit(step) => self.forms.step = StepForm::editing(&self.doc, step),
            TourCommand::Move { from, to } => {
                if let Ok(edit) = crate::edit::tour::move_step(self.doc.story(), from, to) {
                    self.apply(Command::Edit(Box::new(edit)));
                    if self.view.step == Some(from) {
                        self.view.step = Some(to);
                    }
                }
            }
            TourCommand::CloseForm => self.forms.step = None,
        }
    }

    /// Shows a step: the cursor on its first day, the timeline around its window, the map easing
    /// to its view, the Tour tab open.
    fn show_step(&mut self, step: Option<usize>) {
        self.view.step = step;
        let Some(record) = step.and_then(|s| self.doc.story().steps.get(s)) else {
            return;
        };
        let (first, last) = (
            f64::from(record.window.earliest),
            f64::from(record.window.latest + 1),
        );
        let view_box = crate::spatial::step_view(
            self.doc.story(),
            self.doc.place_index(),
            self.doc.projection(),
            &record.view,
        );
        self.timeline.show_days(self.doc.axis(), first, last);
        self.map.ease_to(view_box);
        self.view.selected_event = None;
        self.view.tab = Tab::Tour;
        self.apply(Command::Playback(PlaybackCommand::SetCursor(first)));
    }

    /// The time window shown, as EDTF: the timeline's days when it is zoomed, else the cursor's day.
    fn shown_window(&self) -> String {
        let day = |d: f64| crate::date::date_of(d.floor() as i32).map(|d| d.format("%Y-%m-%d"));
        match self.timeline.shown_days(self.doc.axis()) {
            Some((first, last)) => match (day(first), day(last)) {
                (Some(first), Some(last)) => format!("{first}/{last}"),
                _ => String::new(),
            },
            None => day(self.view.playback.cursor())
                .map(|d| d.to_string())
                .unwrap_or_default(),
        }
    }
}
