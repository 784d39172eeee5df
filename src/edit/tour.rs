//! Checked builders for the guided tour's steps: add, change, move and remove, and what removing an
//! event, place or quote takes out of the steps that name it.

use super::{Change, Edit, EditError};
use crate::date;
use crate::ids;
use crate::model::{Step, StepView, Story};

/// What a person gives for a step.
#[derive(Debug, Clone, PartialEq)]
pub struct StepDraft {
    pub title: String,
    pub text: String,
    /// EDTF, as typed: a day or an interval.
    pub window: String,
    pub view: StepView,
    pub events: Vec<usize>,
    pub places: Vec<usize>,
    pub quotes: Vec<usize>,
}

impl StepDraft {
    pub fn of(step: &Step) -> Self {
        StepDraft {
            title: step.title.clone(),
            text: step.text.clone(),
            window: step.window.edtf.clone(),
            view: step.view.clone(),
            events: step.events.clone(),
            places: step.places.clone(),
            quotes: step.quotes.clone(),
        }
    }

    fn to_step(&self, story: &Story, id: String) -> Result<Step, EditError> {
        let refused = |what: String| Err(EditError::Refused(what));
        let title = self.title.trim();
        if title.is_empty() {
            return refused("the step needs a title".to_owned());
        }
        let window =
            date::resolve(&self.window).map_err(|e| EditError::Refused(format!("window: {e}")))?;
        let out_of = |list: &[usize], len: usize| list.iter().find(|&&i| i >= len).copied();
        if let Some(e) = out_of(&self.events, story.events.len()) {
            return refused(format!("no event number {e}"));
        }
        let fit = match &self.view {
            StepView::Fit(places) => places.as_slice(),
            StepView::Bounds(_) => &[],
        };
        if let Some(p) =
            out_of(&self.places, story.places.len()).or_else(|| out_of(fit, story.places.len()))
        {
            return refused(format!("no place number {p}"));
        }
        if let Some(q) = out_of(&self.quotes, story.quotes.len()) {
            return refused(format!("no quote number {q}"));
        }
        let view = match &self.view {
            StepView::Bounds(bounds) => StepView::Bounds(
                crate::load::step_bounds(bounds)
                    .map_err(|what| EditError::Refused(format!("the step {what}")))?,
            ),
            StepView::Fit(places) => StepView::Fit(super::make::dedup(places)),
        };
        Ok(Step {
            id,
            title: title.to_owned(),
            text: self.text.trim().to_owned(),
            window: date::DateSpan {
                edtf: self.window.trim().to_owned(),
                ..window
            },
            view,
            events: super::make::dedup(&self.events),
            places: super::make::dedup(&self.places),
            quotes: super::make::dedup(&self.quotes),
        })
    }
}

/// A new step, placed at `at` in the tour (at the end when `at` is past it).
pub fn add_step(story: &Story, draft: &StepDraft, at: usize) -> Result<Edit, EditError> {
    let id = ids::unique_id(&draft.title, "step", 40, |id| {
        story.steps.iter().any(|s| s.id == id)
    });
    let step = draft.to_step(story, id)?;
    Ok(Edit::Step(Change::added(at.min(story.steps.len()), step)))
}

pub fn change_step(story: &Story, index: usize, draft: &StepDraft) -> Result<Edit, EditError> {
    let Some(old) = story.steps.get(index) else {
        return Err(EditError::Refused("no such step".to_owned()));
    };
    let new = draft.to_step(story, old.id.clone())?;
    Ok(Edit::Step(Change::replaced(index, old.clone(), new)))
}

/// The step at `from` taken to position `to` of the tour.
pub fn move_step(story: &Story, from: usize, to: usize) -> Result<Edit, EditError> {
    match story.steps.get(from) {
        Some(step) if to < story.steps.len() && to != from => Ok(Edit::Step(Change {
            before: Some((from, step.clone())),
            after: Some((to, step.clone())),
        })),
        Some(_) => Err(EditError::Refused(
            "the step cannot move further that way".to_owned(),
        )),
        None => Err(EditError::Refused("no such step".to_owned())),
    }
}

pub fn remove_step(story: &Story, index: usize) -> Result<Edit, EditError> {
    match story.steps.get(index) {
        Some(step) => Ok(Edit::Step(Change::removed(index, step.clone()))),
        None => Err(EditError::Refused("no such step".to_owned())),
    }
}

/// What a record's removal takes out of the tour: the steps that name it, without it.
#[derive(Debug, Clone, Copy)]
pub enum Leaving {
    Event(usize),
    Place(usize),
    Quote(usize),
}

/// The edits that take a record about to be removed out of every step naming it.
pub fn steps_without(story: &Story, leaving: Leaving) -> Vec<Edit> {
    let drop = |list: &mut Vec<usize>, i: usize| list.retain(|&x| x != i);
    story
        .steps
        .iter()
        .enumerate()
        .filter_map(|(i, step)| {
            let mut new = step.clone();
            match leaving {
                Leaving::Event(e) => drop(&mut new.events, e),
                Leaving::Quote(q) => drop(&mut new.quotes, q),
                Leaving::Place(p) => {
                    drop(&mut new.places, p);
                    if let StepView::Fit(fit) = &mut new.view {
                        drop(fit, p);
                    }
                }
            }
            (new != *step).then(|| Edit::Step(Change::replaced(i, step.clone(), new)))
        })
        .collect()
}
