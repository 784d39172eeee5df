//! Changes to a story as values: each [`Edit`] says what a record was before and is after, so its
//! inverse is the same edit turned round and undo/redo cover every change. Edits are applied in
//! stack order (see [`history::History`]), so the positions they hold stay true. The builders in
//! [`make`] check what a person asks for and refuse what would make the story invalid, so an
//! applied edit never leaves a story that would not load.

pub mod amend;
pub mod history;
pub mod journal;
pub mod make;
mod place;
pub(crate) mod renumber;
pub mod tour;

use crate::date::Day;
use crate::load::raw::RawConflict;
use crate::model::{Claim, Event, Place, Quote, Source, Step, Story};

/// One record's change: removed (before only), added (after only) or replaced (both), each with
/// its position in the story's list. A replaced record moves when its two positions differ (an
/// event kept in date order, a step of the tour reordered); what cites it follows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Change<T> {
    pub before: Option<(usize, T)>,
    pub after: Option<(usize, T)>,
}

impl<T: Clone> Change<T> {
    pub fn added(at: usize, record: T) -> Self {
        Change {
            before: None,
            after: Some((at, record)),
        }
    }

    pub fn removed(at: usize, record: T) -> Self {
        Change {
            before: Some((at, record)),
            after: None,
        }
    }

    pub fn replaced(at: usize, before: T, after: T) -> Self {
        Change {
            before: Some((at, before)),
            after: Some((at, after)),
        }
    }

    fn inverse(&self) -> Self {
        Change {
            before: self.after.clone(),
            after: self.before.clone(),
        }
    }

    /// Where a record this change adds (and does not replace) goes; none otherwise.
    pub fn added_at(&self) -> Option<usize> {
        match (&self.before, &self.after) {
            (None, Some((at, _))) => Some(*at),
            _ => None,
        }
    }
}

/// A change to a story.
// Edits are few (one per user action) and kept whole in the history: their size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Edit {
    /// The story's title and summary, before and after.
    Heading {
        before: (String, String),
        after: (String, String),
    },
    Source(Change<Source>),
    Quote(Change<Quote>),
    Event(Change<Event>),
    Place(Change<Place>),
    Claim(Change<Claim>),
    Step(Change<Step>),
    /// A conflict a merge left, settled (removed) or brought back by undo.
    Conflict(Change<RawConflict>),
    /// Several changes made as one (a quote and the event it backs); undone together.
    Batch(Vec<Edit>),
}

/// Why an edit cannot be made; the story is left as it was.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EditError {
    #[error("{0}")]
    Refused(String),
    /// The edit does not fit the story (applied out of order): a bug, reported rather than panicking.
    #[error("this change does not fit the story as it is ({0})")]
    DoesNotFit(&'static str),
}

/// What an edit touched, so the derived indexes rebuild only what depends on it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Touched {
    pub sources: bool,
    pub quotes: bool,
    pub events: bool,
    /// An event added, removed or dated anew: the time axis changes.
    pub event_dates: bool,
    pub places: bool,
    pub claims: bool,
    pub steps: bool,
}

impl Edit {
    pub fn inverse(&self) -> Edit {
        match self {
            Edit::Heading { before, after } => Edit::Heading {
                before: after.clone(),
                after: before.clone(),
            },
            Edit::Source(c) => Edit::Source(c.inverse()),
            Edit::Quote(c) => Edit::Quote(c.inverse()),
            Edit::Event(c) => Edit::Event(c.inverse()),
            Edit::Place(c) => Edit::Place(c.inverse()),
            Edit::Claim(c) => Edit::Claim(c.inverse()),
            Edit::Step(c) => Edit::Step(c.inverse()),
            Edit::Conflict(c) => Edit::Conflict(c.inverse()),
            Edit::Batch(edits) => Edit::Batch(edits.iter().rev().map(Edit::inverse).collect()),
        }
    }

    pub fn touched(&self) -> Touched {
        let mut touched = Touched::default();
        self.mark(&mut touched);
        touched
    }

    fn mark(&self, touched: &mut Touched) {
        match self {
            Edit::Heading { .. } | Edit::Conflict(_) => {}
            Edit::Source(_) => touched.sources = true,
            Edit::Quote(_) => touched.quotes = true,
            Edit::Event(change) => {
                touched.events = true;
                touched.event_dates |= match (&change.before, &change.after) {
                    (Some((_, before)), Some((_, after))) => before.date != after.date,
                    _ => true,
                };
            }
            Edit::Place(_) => touched.places = true,
            Edit::Claim(_) => touched.claims = true,
            Edit::Step(_) => touched.steps = true,
            Edit::Batch(edits) => edits.iter().for_each(|e| e.mark(touched)),
        }
    }

    /// The days of each event the edit removes (-1) or adds (+1), in the order it does so; an
    /// event changed is removed with its old days and added with its new ones.
    pub fn event_spans(&self, out: &mut Vec<((Day, Day), i64)>) {
        match self {
            Edit::Event(change) => {
                let span = |e: &Event| (e.date.earliest, e.date.latest);
                out.extend(change.before.iter().map(|(_, e)| (span(e), -1)));
                out.extend(change.after.iter().map(|(_, e)| (span(e), 1)));
            }
            Edit::Batch(edits) => edits.iter().for_each(|e| e.event_spans(out)),
            _ => {}
        }
    }

    /// What the edit does, for the Edit menu ("Undo add event …").
    pub fn describe(&self) -> String {
        crate::i18n::tr(&self.description_id())
    }

    /// The message that names what the edit does (`edit-add-event`).
    fn description_id(&self) -> String {
        fn verb<T>(c: &Change<T>) -> &'static str {
            match (&c.before, &c.after) {
                (None, _) => "add",
                (_, None) => "remove",
                _ => "change",
            }
        }
        match self {
            Edit::Heading { .. } => "edit-heading".to_owned(),
            Edit::Source(c) => format!("edit-{}-source", verb(c)),
            Edit::Quote(c) => format!("edit-{}-quote", verb(c)),
            Edit::Event(c) => format!("edit-{}-event", verb(c)),
            Edit::Place(c) => format!("edit-{}-place", verb(c)),
            Edit::Claim(c) => format!("edit-{}-claim", verb(c)),
            Edit::Conflict(_) => "edit-settle-conflict".to_owned(),
            Edit::Step(c) => match (&c.before, &c.after) {
                (Some((i, _)), Some((j, _))) if i != j => "edit-move-step".to_owned(),
                _ => format!("edit-{}-step", verb(c)),
            },
            // A quote added to an event is named by what happened to the event.
            Edit::Batch(edits) => match (edits.first(), edits.last()) {
                (Some(Edit::Quote(q)), Some(Edit::Event(e)))
                    if verb(q) == "add" && verb(e) == "change" =>
                {
                    "edit-add-quote-to-event".to_owned()
                }
                // Builders put what the person asked for last (what it takes with it comes first).
                _ => edits
                    .last()
                    .map_or_else(|| "edit-change".to_owned(), Edit::description_id),
            },
        }
    }
}

/// Applies an edit; on failure the story is as it was (a batch that fails part-way is rolled back).
/// How the quotes of a revised article fare is worked out again when sources or quotes change.
pub fn apply(story: &mut Story, edit: &Edit) -> Result<(), EditError> {
    apply_one(story, edit)?;
    let touched = edit.touched();
    if (touched.sources || touched.quotes) && story.sources.iter().any(|s| s.revises.is_some()) {
        story.revisions = crate::load::revisions_of(story);
    }
    Ok(())
}

fn apply_one(story: &mut Story, edit: &Edit) -> Result<(), EditError> {
    match edit {
        Edit::Heading { before, after } => {
            if (&story.title, &story.summary) != (&before.0, &before.1) {
                return Err(EditError::DoesNotFit("heading"));
            }
            story.title = after.0.clone();
            story.summary = after.1.clone();
            Ok(())
        }
        Edit::Source(c) => {
            if let (Some((_, old)), Some((_, new))) = (&c.before, &c.after)
                && old.text != new.text
            {
                return Err(EditError::Refused(format!(
                    "source \"{}\": its text is evidence and is never changed",
                    old.id
                )));
            }
            change(story, c, |s| &mut s.sources, renumber::SOURCES)
        }
        Edit::Quote(c) => {
            change(story, c, |s| &mut s.quotes, renumber::QUOTES)?;
            story.lookups.quote_ids.follow(ids_of(c).0, ids_of(c).1);
            Ok(())
        }
        Edit::Place(c) => {
            change(story, c, |s| &mut s.places, renumber::PLACES)?;
            story.lookups.place_words.forget();
            Ok(())
        }
        Edit::Event(c) => {
            change(story, c, |s| &mut s.events, renumber::EVENTS)?;
            story.lookups.event_ids.follow(ids_of(c).0, ids_of(c).1);
            Ok(())
        }
        Edit::Claim(c) => change(story, c, |s| &mut s.claims, renumber::UNCITED),
        Edit::Step(c) => change(story, c, |s| &mut s.steps, renumber::UNCITED),
        Edit::Conflict(c) => change(story, c, |s| &mut s.conflicts, renumber::UNCITED),
        Edit::Batch(edits) => {
            for (done, edit) in edits.iter().enumerate() {
                if let Err(error) = apply_one(story, edit) {
                    for undo in edits[..done].iter().rev() {
                        // Undoing what was just applied cannot fail: the story is as it left it.
                        let _ = apply_one(story, &undo.inverse());
                    }
                    return Err(error);
                }
            }
            Ok(())
        }
    }
}

/// Records with an id, so a change can check it finds the record it expects.
/// A record a form makes or changes, placed in time by one EDTF date.
pub trait Dated: Clone {
    fn edtf(&self) -> &str;
}

/// What a person gives in a form: the record as it will be (its id is given when it is added),
/// with its date as typed. It holds every field the record has, so a field the form does not show
/// is kept as it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft<R> {
    pub record: R,
    /// EDTF, as typed.
    pub date: String,
}

impl<R: Dated> Draft<R> {
    pub fn of(record: &R) -> Self {
        let date = record.edtf().to_owned();
        let record = record.clone();
        Draft { record, date }
    }
}

pub trait Record: Clone {
    fn id(&self) -> &str;
}

macro_rules! record {
    ($($t:ty),*) => {$(impl Record for $t { fn id(&self) -> &str { &self.id } })*};
}
record!(Source, Quote, Event, Place, Claim, Step, RawConflict);

impl<T: Record> Record for Box<T> {
    fn id(&self) -> &str {
        (**self).id()
    }
}

/// The id a change takes out of its list and the one it puts in.
fn ids_of<T: Record>(c: &Change<T>) -> (Option<&str>, Option<&str>) {
    (
        c.before.as_ref().map(|(_, r)| r.id()),
        c.after.as_ref().map(|(_, r)| r.id()),
    )
}

/// Removes, inserts or replaces one record, moving the references to the records after it.
fn change<T: Record, L: std::borrow::Borrow<T> + From<T>>(
    story: &mut Story,
    c: &Change<T>,
    list: impl Fn(&mut Story) -> &mut Vec<L>,
    citations: renumber::Citations,
) -> Result<(), EditError> {
    match (&c.before, &c.after) {
        (Some((i, old)), Some((j, new))) if i == j => {
            let slot = list(story)
                .get_mut(*i)
                .filter(|r| (*r).borrow().id() == old.id())
                .ok_or(EditError::DoesNotFit("replace"))?;
            *slot = L::from(new.clone());
            Ok(())
        }
        (Some((i, old)), Some((j, new))) if old.id() == new.id() => {
            if list(story)
                .get(*i)
                .is_none_or(|r| r.borrow().id() != old.id())
                || *j >= list(story).len()
            {
                return Err(EditError::DoesNotFit("move"));
            }
            list(story).remove(*i);
            list(story).insert(*j, L::from(new.clone()));
            (citations.shift)(story, renumber::Shift::Moved { from: *i, to: *j });
            Ok(())
        }
        (before, after) => {
            if let Some((i, old)) = before {
                if list(story)
                    .get(*i)
                    .is_none_or(|r| r.borrow().id() != old.id())
                {
                    return Err(EditError::DoesNotFit("remove"));
                }
                if (citations.is_cited)(story, *i) {
                    return Err(EditError::Refused(format!(
                        "\"{}\" is still cited; remove what cites it first",
                        old.id()
                    )));
                }
            }
            if let Some((j, _)) = after {
                let len = list(story).len() - usize::from(before.is_some());
                if *j > len {
                    return Err(EditError::DoesNotFit("insert"));
                }
            }
            // At the end of the list (where records are usually added) nothing comes after to move.
            if let Some((i, _)) = before {
                list(story).remove(*i);
                if *i < list(story).len() {
                    (citations.shift)(story, renumber::Shift::Removed(*i));
                }
            }
            if let Some((j, new)) = after {
                list(story).insert(*j, L::from(new.clone()));
                if *j + 1 < list(story).len() {
                    (citations.shift)(story, renumber::Shift::Inserted(*j));
                }
            }
            Ok(())
        }
    }
}

/// The list without its repeats, in first-seen order (an event's places, a step's quotes).
pub(crate) fn dedup(list: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(list.len());
    for &x in list {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

#[cfg(test)]
mod tests;

/// An edit refused, saying why (in the app's language).
fn refuse<T>(message: impl Into<String>) -> Result<T, EditError> {
    Err(EditError::Refused(message.into()))
}
