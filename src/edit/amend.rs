//! Changes to what a story already holds: a source's details (never its text), a claim's topic and
//! statements, two places made one, and what removing a quote would take with it. Each is checked
//! first, like the builders in `make`, so the story stays one that loads.

use super::place::place_references;
use super::tour::{Leaving, steps_without};
use super::{Change, Edit, EditError, refuse};
use crate::checks::Checkable;
use crate::date;
use crate::model::{Event, Source, Statement, Story};

/// What a person may change of a source: how it is named and dated, never its words.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SourceDraft {
    pub title: String,
    /// Empty: the label is made from the publisher (or title) and date.
    pub label: String,
    pub publisher: String,
    /// EDTF: a day, or a date-time with its offset.
    pub published: String,
    pub language: String,
    pub url: String,
}

impl SourceDraft {
    pub fn of(source: &Source) -> Self {
        SourceDraft {
            title: source.title.clone(),
            label: if source.label_is_set {
                source.label.clone()
            } else {
                String::new()
            },
            publisher: source.publisher.clone().unwrap_or_default(),
            published: source.published.edtf.clone(),
            language: source.language.clone(),
            url: source.url.clone().unwrap_or_default(),
        }
    }
}

/// A source's details changed; its text, file and capture record stay as they are.
pub fn change_source(story: &Story, index: usize, draft: &SourceDraft) -> Result<Edit, EditError> {
    let Some(before) = story.sources.get(index) else {
        return refuse(crate::i18n::tr("edit-refused-no-such-source"));
    };
    let title = draft.title.trim();
    if title.is_empty() {
        return refuse(crate::i18n::tr("edit-refused-the-source-needs-a-title"));
    }
    let published = date::resolve(draft.published.trim()).map_err(|e| {
        EditError::Refused(crate::i18n::tr_with(
            "edit-refused-publication-date",
            &[("why", e.to_string().into())],
        ))
    })?;
    let given = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let publisher = given(&draft.publisher);
    let label_is_set = !draft.label.trim().is_empty();
    let label = match given(&draft.label) {
        Some(label) => label,
        None => Source::default_label(publisher.as_deref(), title, &published),
    };
    if let Some(other) = story
        .sources
        .iter()
        .enumerate()
        .find(|(i, s)| *i != index && s.label == label)
    {
        return refuse(crate::i18n::tr_with(
            "edit-refused-label-taken",
            &[
                ("id", other.1.id.clone().into()),
                ("label", label.clone().into()),
            ],
        ));
    }
    let after = Source {
        title: title.to_owned(),
        label,
        label_is_set,
        publisher,
        published,
        language: draft.language.trim().to_owned(),
        url: given(&draft.url),
        ..before.clone()
    };
    if after == *before {
        return refuse(crate::i18n::tr("edit-refused-nothing-was-changed"));
    }
    Ok(Edit::Source(Change::replaced(index, before.clone(), after)))
}

/// A claim's topic and statements changed (checked as a new claim is).
pub fn change_claim(
    story: &Story,
    index: usize,
    topic: &str,
    statements: Vec<Statement>,
) -> Result<Edit, EditError> {
    super::make::claim_with_passages(story, Some(index), topic, statements, &[])
}

/// An event or a claim marked checked by `by` at `at` (RFC 3339), with the SHA-256 of it as it is.
pub fn mark_checked(
    story: &Story,
    what: Checkable,
    by: &str,
    note: &str,
    at: String,
) -> Result<Edit, EditError> {
    if by.trim().is_empty() {
        return refuse(crate::i18n::tr("edit-refused-a-check-needs-a-name"));
    }
    let Some(check) = crate::checks::check_of(story, what, by, note, at).map(Box::new) else {
        return refuse(crate::i18n::tr("edit-refused-nothing-to-check"));
    };
    Ok(match what {
        Checkable::Event(i) => {
            let mut after = Event::clone(&story.events[i]);
            after.checked = Some(check);
            Edit::Event(Change::replaced(i, Event::clone(&story.events[i]), after))
        }
        Checkable::Claim(i) => {
            let mut after = story.claims[i].clone();
            after.checked = Some(check);
            Edit::Claim(Change::replaced(i, story.claims[i].clone(), after))
        }
    })
}

/// A claim removed; its quotes stay, as evidence of whatever else they back.
pub fn remove_claim(story: &Story, index: usize) -> Result<Edit, EditError> {
    let Some(claim) = story.claims.get(index) else {
        return refuse(crate::i18n::tr("edit-refused-no-such-claim"));
    };
    Ok(Edit::Claim(Change::removed(index, claim.clone())))
}

/// Place `merged` made part of place `kept`: its name and spellings become the kept place's
/// aliases, every event, quote and step naming it names the kept place instead, and a figure the
/// sources report for it moves over where the kept place has none. Then it is removed.
pub fn merge_places(story: &Story, kept: usize, merged: usize) -> Result<Edit, EditError> {
    let (Some(keep), Some(gone)) = (story.places.get(kept), story.places.get(merged)) else {
        return refuse(crate::i18n::tr("edit-refused-no-such-place"));
    };
    if kept == merged {
        return refuse(crate::i18n::tr(
            "edit-refused-a-place-cannot-be-merged-into-itself",
        ));
    }
    let mut after = keep.clone();
    for name in std::iter::once(&gone.name).chain(&gone.aliases) {
        if *name != after.name && !after.aliases.contains(name) {
            after.aliases.push(name.clone());
        }
    }
    after.reported_area_km2 = after
        .reported_area_km2
        .or_else(|| gone.reported_area_km2.clone());
    after.reported_length_km = after
        .reported_length_km
        .or_else(|| gone.reported_length_km.clone());
    let mut edits = place_references(story, merged, Some(kept));
    edits.push(Edit::Place(Change::removed(merged, gone.clone())));
    // Last, so the batch is named for it; the kept place has moved up if it came after.
    let kept_now = if kept > merged { kept - 1 } else { kept };
    edits.push(Edit::Place(Change::replaced(kept_now, keep.clone(), after)));
    Ok(Edit::Batch(edits))
}

/// What removing a quote would do, in words, before it is done: the events it backs (and those
/// left with no quote at all), the steps that rest on it, or why it cannot be removed.
pub fn quote_removal(story: &Story, quote: usize) -> Result<Vec<String>, EditError> {
    let Some(q) = story.quotes.get(quote) else {
        return refuse(crate::i18n::tr("edit-refused-no-such-quote"));
    };
    if let Some(claim) = story
        .claims
        .iter()
        .find(|c| c.statements.iter().any(|s| s.quotes.contains(&quote)))
    {
        return refuse(crate::i18n::tr_with(
            "edit-refused-quote-backs-claim",
            &[("topic", claim.topic.clone().into())],
        ));
    }
    if let Some(place) = story.places.iter().find(|p| {
        [&p.reported_area_km2, &p.reported_length_km]
            .into_iter()
            .flatten()
            .any(|f| f.quote == quote)
    }) {
        return refuse(crate::i18n::tr_with(
            "edit-refused-quote-backs-figure",
            &[("place", place.name.clone().into())],
        ));
    }
    let mut effects = Vec::new();
    for event in story.events.iter().filter(|e| e.quotes.contains(&quote)) {
        let said = if event.quotes.len() == 1 {
            "removal-event-loses-only-quote"
        } else {
            "removal-event-loses-a-quote"
        };
        let title = event.title.clone().into();
        effects.push(crate::i18n::tr_with(said, &[("title", title)]));
    }
    for step in story.steps.iter().filter(|s| s.quotes.contains(&quote)) {
        let title = step.title.clone().into();
        effects.push(crate::i18n::tr_with(
            "removal-step-loses-quote",
            &[("title", title)],
        ));
    }
    if effects.is_empty() {
        let id = q.id.clone().into();
        effects.push(crate::i18n::tr_with("removal-nothing-else", &[("id", id)]));
    }
    Ok(effects)
}

/// Removes a quote, and it from the events citing it; refused while a claim or a reported figure
/// rests on it (those say what a source states, and would lose their evidence).
pub fn remove_quote(story: &Story, quote: usize) -> Result<Edit, EditError> {
    // Refused, with why, while a claim or a reported figure rests on it.
    quote_removal(story, quote)?;
    let Some(q) = story.quotes.get(quote) else {
        return refuse(crate::i18n::tr("edit-refused-no-such-quote"));
    };
    let mut edits: Vec<Edit> = story
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.quotes.contains(&quote))
        .map(|(i, e)| {
            let mut new = Event::clone(e);
            new.quotes.retain(|&x| x != quote);
            Edit::Event(Change::replaced(i, Event::clone(e), new))
        })
        .collect();
    edits.extend(steps_without(story, Leaving::Quote(quote)));
    edits.push(Edit::Quote(Change::removed(quote, q.clone())));
    Ok(Edit::Batch(edits))
}
