//! Checked builders for the guided tour's steps: add, change, move and remove, and what removing an
//! event, place or quote takes out of the steps that name it.

use super::{Change, Dated, Draft, Edit, EditError};
use crate::date;
use crate::ids;
use crate::model::{Step, StepView, Story};

/// What a person gives for a step (its date is its window: a day or an interval).
pub type StepDraft = Draft<Step>;

impl Dated for Step {
    fn edtf(&self) -> &str {
        &self.window.edtf
    }
}

impl StepDraft {
    /// A new step's draft: its window as typed, the events, places and quotes it brings forward.
    pub fn new(window: &str, events: Vec<usize>, places: Vec<usize>, quotes: Vec<usize>) -> Self {
        let record = Step {
            events,
            places,
            quotes,
            ..Step::default()
        };
        let date = window.to_owned();
        Draft { record, date }
    }

    fn to_step(&self, story: &Story, id: String) -> Result<Step, EditError> {
        let refused = |what: String| Err(EditError::Refused(what));
        let step = &self.record;
        let title = step.title.trim();
        if title.is_empty() {
            return refused(crate::i18n::tr("edit-refused-the-step-needs-a-title"));
        }
        let window = date::resolve(&self.date).map_err(|e| {
            EditError::Refused(crate::i18n::tr_with(
                "edit-refused-step-window",
                &[("why", e.to_string().into())],
            ))
        })?;
        let out_of = |list: &[usize], len: usize| list.iter().find(|&&i| i >= len).copied();
        if out_of(&step.events, story.events.len()).is_some() {
            return refused(crate::i18n::tr("edit-refused-no-such-event"));
        }
        let fit = match &step.view {
            StepView::Fit(places) => places.as_slice(),
            StepView::Bounds(_) => &[],
        };
        let places = story.places.len();
        if out_of(&step.places, places)
            .or_else(|| out_of(fit, places))
            .is_some()
        {
            return refused(crate::i18n::tr("edit-refused-no-such-place"));
        }
        if out_of(&step.quotes, story.quotes.len()).is_some() {
            return refused(crate::i18n::tr("edit-refused-no-such-quote"));
        }
        let view = match &step.view {
            StepView::Bounds(bounds) => {
                StepView::Bounds(crate::load::step_bounds(bounds).map_err(|what| {
                    EditError::Refused(crate::i18n::tr_with(
                        "edit-refused-step-bbox",
                        &[("what", what.into())],
                    ))
                })?)
            }
            StepView::Fit(places) => StepView::Fit(super::dedup(places)),
        };
        Ok(Step {
            id,
            title: title.to_owned(),
            text: step.text.trim().to_owned(),
            window: date::DateSpan {
                edtf: self.date.trim().to_owned(),
                ..window
            },
            view,
            events: super::dedup(&step.events),
            places: super::dedup(&step.places),
            quotes: super::dedup(&step.quotes),
        })
    }
}

/// A new step, placed at `at` in the tour (at the end when `at` is past it).
pub fn add_step(story: &Story, draft: &StepDraft, at: usize) -> Result<Edit, EditError> {
    let id = ids::unique_id(&draft.record.title, "step", 40, |id| {
        story.steps.iter().any(|s| s.id == id)
    });
    let step = draft.to_step(story, id)?;
    Ok(Edit::Step(Change::added(at.min(story.steps.len()), step)))
}

pub fn change_step(story: &Story, index: usize, draft: &StepDraft) -> Result<Edit, EditError> {
    let Some(old) = story.steps.get(index) else {
        return Err(EditError::Refused(crate::i18n::tr(
            "edit-refused-no-such-step",
        )));
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
        Some(_) => Err(EditError::Refused(crate::i18n::tr(
            "edit-refused-the-step-cannot-move-further-that-way",
        ))),
        None => Err(EditError::Refused(crate::i18n::tr(
            "edit-refused-no-such-step",
        ))),
    }
}

pub fn remove_step(story: &Story, index: usize) -> Result<Edit, EditError> {
    match story.steps.get(index) {
        Some(step) => Ok(Edit::Step(Change::removed(index, step.clone()))),
        None => Err(EditError::Refused(crate::i18n::tr(
            "edit-refused-no-such-step",
        ))),
    }
}

/// What a record's removal takes out of the tour: the steps that name it, without it.
#[derive(Debug, Clone, Copy)]
pub enum Leaving {
    Event(usize),
    Place(usize),
    Quote(usize),
    /// A place merged into another: references to `from` go to `into`.
    PlaceInto {
        from: usize,
        into: usize,
    },
}

/// A list of references with `from` dropped, or replaced by `into` (once, where it was first).
pub fn rewrite(list: &mut Vec<usize>, from: usize, into: Option<usize>) {
    let mut seen = Vec::with_capacity(list.len());
    for x in list.drain(..) {
        let x = if x == from { into } else { Some(x) };
        if let Some(x) = x.filter(|x| !seen.contains(x)) {
            seen.push(x);
        }
    }
    *list = seen;
}

/// The edits that take a record about to be removed (or merged) out of every step naming it.
pub fn steps_without(story: &Story, leaving: Leaving) -> Vec<Edit> {
    story
        .steps
        .iter()
        .enumerate()
        .filter_map(|(i, step)| {
            let mut new = step.clone();
            let place = |new: &mut Step, from: usize, into: Option<usize>| {
                rewrite(&mut new.places, from, into);
                if let StepView::Fit(fit) = &mut new.view {
                    rewrite(fit, from, into);
                }
            };
            match leaving {
                Leaving::Event(e) => rewrite(&mut new.events, e, None),
                Leaving::Quote(q) => rewrite(&mut new.quotes, q, None),
                Leaving::Place(p) => place(&mut new, p, None),
                Leaving::PlaceInto { from, into } => place(&mut new, from, Some(into)),
            }
            (new != *step).then(|| Edit::Step(Change::replaced(i, step.clone(), new)))
        })
        .collect()
}
