//! Edits made from what a person asks for, checked first: a quote from a selected passage, an event
//! from a title and an EDTF date, a place, a claim. Each refuses, with what is wrong, anything the
//! loader would refuse, so the story stays one that loads.

pub use super::place::{PlaceDraft, add_place, change_place, remove_place};
use super::tour::{Leaving, steps_without};
use super::{Change, Dated, Draft, Edit, EditError, refuse};
use crate::anchoring::{self, Anchor, CharPositions};
use crate::date;
use crate::ids;
use crate::model::{Claim, Event, Quote, Source, Statement, Story};
use std::ops::Range;

/// Characters of context a quote carries on each side when its words occur more than once; doubled
/// until the context tells the occurrence apart (Hypothesis uses 32).
const CONTEXT_CHARS: usize = 32;

/// A new quote of the passage `bytes` of a source (surrounding white space left out), anchored as
/// the loader anchors it: the exact words, with the text before and after when they occur more
/// than once. It mentions the story's places whose names or aliases it contains.
pub fn quote(story: &Story, source: usize, bytes: Range<usize>) -> Result<Quote, EditError> {
    let Some(text) = story.sources.get(source).map(|s| s.text.as_str()) else {
        return refuse(crate::i18n::tr("edit-refused-no-such-source"));
    };
    let Some(selected) = text.get(bytes.clone()) else {
        return refuse(crate::i18n::tr(
            "edit-refused-the-selection-is-not-a-passage-of",
        ));
    };
    let start = bytes.start + (selected.len() - selected.trim_start().len());
    let exact = selected.trim();
    if exact.is_empty() {
        return refuse(crate::i18n::tr(
            "edit-refused-select-the-words-to-quote-first",
        ));
    }
    let bytes = start..start + exact.len();
    // One passage of what may be a long text: its position is counted, not the text sampled.
    let positions = CharPositions::counting();
    let mut context = 0;
    let (prefix, suffix) = loop {
        let (prefix, suffix) = if context == 0 {
            (None, None)
        } else {
            (
                Some(chars_before(text, bytes.start, context)),
                Some(chars_after(text, bytes.end, context)),
            )
        };
        let selector = anchoring::Selector {
            exact,
            prefix,
            suffix,
        };
        match anchoring::anchor(text, &positions, selector) {
            Anchor::Found { bytes: found, .. } if found == bytes => break (prefix, suffix),
            Anchor::Ambiguous(_) if context < text.len() => {
                context = (context * 2).max(CONTEXT_CHARS);
            }
            Anchor::TooCommon => {
                return refuse(crate::i18n::tr_with(
                    "edit-refused-too-common",
                    &[
                        ("words", exact.to_owned().into()),
                        ("max", anchoring::MAX_OCCURRENCES.into()),
                    ],
                ));
            }
            _ => {
                return refuse(crate::i18n::tr(
                    "edit-refused-this-passage-cannot-be-told-apart-from",
                ));
            }
        }
    };
    let id = ids::unique_id(&first_words(exact, 5), "quote", 40, |id| {
        story.quote_id_taken(id)
    });
    Ok(Quote {
        id,
        source,
        exact: exact.to_owned(),
        prefix: prefix.map(str::to_owned),
        suffix: suffix.map(str::to_owned),
        start: positions.of(text, bytes.start),
        bytes,
        mentions: mentioned_places(story, exact),
        region: None,
    })
}

/// A new quote of the region `xywh` (pixels of the original) of a picture source, with the caption
/// that says what it shows; refused, as the loader would refuse it, when the source is not a
/// picture, the region does not lie inside it or the caption is empty. It mentions the story's
/// places its caption names.
pub fn region_quote(
    story: &Story,
    source: usize,
    xywh: [u32; 4],
    caption: &str,
) -> Result<Quote, EditError> {
    let Some(picture) = story.sources.get(source).and_then(Source::picture) else {
        return refuse(crate::i18n::tr("edit-refused-not-a-picture"));
    };
    let caption = caption.trim();
    if caption.is_empty() {
        return refuse(crate::i18n::tr("edit-refused-region-caption"));
    }
    if !picture.holds(xywh) {
        return refuse(crate::i18n::tr("edit-refused-region-outside"));
    }
    let id = ids::unique_id(&first_words(caption, 5), "quote", 40, |id| {
        story.quote_id_taken(id)
    });
    Ok(Quote {
        id,
        source,
        exact: caption.to_owned(),
        prefix: None,
        suffix: None,
        start: 0,
        bytes: 0..0,
        mentions: mentioned_places(story, caption),
        region: Some(xywh),
    })
}

fn chars_before(text: &str, at: usize, chars: usize) -> &str {
    let from = text[..at]
        .char_indices()
        .rev()
        .nth(chars.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &text[from..at]
}

fn chars_after(text: &str, at: usize, chars: usize) -> &str {
    let to = text[at..]
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| at + i);
    &text[at..to]
}

fn first_words(text: &str, count: usize) -> String {
    text.split_whitespace()
        .take(count)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Quotes that list no place they name (a story written by hand) get the places their words name,
/// as a quote made in the window does; a notice says how many, since saving writes them.
pub fn mentions_from_words(story: &mut Story) {
    let found: Vec<(usize, Vec<usize>)> = story
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.mentions.is_empty() && !q.exact.is_empty())
        .map(|(i, q)| (i, mentioned_places(story, &q.exact)))
        .filter(|(_, places)| !places.is_empty())
        .collect();
    let count = found.len();
    for (i, places) in found {
        story.quotes[i].mentions = places;
    }
    if count > 0 {
        let notice = crate::i18n::tr_with("notice-mentions-from-words", &[("count", count.into())]);
        story.notices.push(notice);
    }
}

/// The places whose name or an alias the passage contains (case and accents ignored, whole words).
pub fn mentioned_places(story: &Story, passage: &str) -> Vec<usize> {
    let folded = crate::search::fold(passage).0;
    let hay = folded.as_bytes();
    let whole_word = |at: usize, end: usize| {
        let before = folded[..at].chars().next_back();
        let after = folded[end..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    // A name the passage holds as whole words starts with one of the passage's words: the places
    // tried are those a name of which starts with one (the story's lookup of first words).
    let names = || {
        story.places.iter().enumerate().flat_map(|(p, place)| {
            std::iter::once(&place.name)
                .chain(&place.aliases)
                .map(move |name| (p, name.as_str()))
        })
    };
    let candidates = story.lookups.place_words.candidates(names, &folded);
    let contains_word = |name: &str| {
        let name = name.trim();
        if name.is_empty() || name.len() > hay.len() {
            return false;
        }
        // Folding (NFD, no marks, lower case) is slow and allocates; most names are ASCII, found
        // by comparing bytes case-insensitively (an ASCII byte always starts a character).
        if name.is_ascii() {
            let needle = name.as_bytes();
            return (0..=hay.len() - needle.len()).any(|at| {
                hay[at..at + needle.len()].eq_ignore_ascii_case(needle)
                    && whole_word(at, at + needle.len())
            });
        }
        let name = crate::search::fold(name).0;
        folded
            .match_indices(&name)
            .any(|(at, _)| whole_word(at, at + name.len()))
    };
    candidates
        .into_iter()
        .filter(|&p| {
            let place = &story.places[p];
            std::iter::once(&place.name)
                .chain(&place.aliases)
                .any(|name| contains_word(name))
        })
        .collect()
}

/// Adds a quote at the end of the story's quotes.
pub fn add_quote(story: &Story, quote: Quote) -> Edit {
    Edit::Quote(Change::added(story.quotes.len(), quote))
}

/// What a person gives for an event.
pub type EventDraft = Draft<Event>;

impl Dated for Event {
    fn edtf(&self) -> &str {
        &self.date.edtf
    }
}

impl EventDraft {
    /// A new event's draft: its title and its date as typed.
    pub fn new(title: &str, date: &str) -> Self {
        let record = Event {
            title: title.to_owned(),
            ..Event::default()
        };
        let date = date.to_owned();
        Draft { record, date }
    }

    /// The event this draft describes, with `id`, or what is wrong with it. `quotes_known` is how
    /// many quotes the story will have (a draft may cite one added in the same edit).
    fn to_event(&self, story: &Story, id: String, quotes_known: usize) -> Result<Event, EditError> {
        let event = &self.record;
        let title = event.title.trim();
        if title.is_empty() {
            return refuse(crate::i18n::tr("edit-refused-the-event-needs-a-title"));
        }
        let date = date::resolve(&self.date).map_err(|e| EditError::Refused(e.to_string()))?;
        if event.places.iter().any(|&p| p >= story.places.len()) {
            return refuse(crate::i18n::tr("edit-refused-no-such-place"));
        }
        if event.quotes.iter().any(|&q| q >= quotes_known) {
            return refuse(crate::i18n::tr("edit-refused-no-such-quote"));
        }
        Ok(Event {
            id,
            title: title.to_owned(),
            date: crate::date::DateSpan {
                edtf: self.date.trim().to_owned(),
                ..date
            },
            places: super::dedup(&event.places),
            quotes: super::dedup(&event.quotes),
            notes: event.notes.trim().to_owned(),
            ..event.clone()
        })
    }
}

/// Where an event goes in the story's list, kept in date order (after those of the same dates);
/// an event changed (`leaving` its place) stays where it is if its dates still fit there.
fn event_position(events: &[Box<Event>], event: &Event, leaving: Option<usize>) -> usize {
    let key = |e: &Event| (e.date.earliest, e.date.latest);
    if let Some(i) = leaving {
        let after_previous = i == 0 || key(&events[i - 1]) <= key(event);
        let before_next = events.get(i + 1).is_none_or(|next| key(event) <= key(next));
        if after_previous && before_next {
            return i;
        }
    }
    let at = events.partition_point(|e| key(e) <= key(event));
    match leaving {
        Some(i) if i < at => at - 1,
        _ => at,
    }
}

/// A new event; `new_quote`, when given, is added with it (the quote it was made from) and cited.
pub fn add_event(
    story: &Story,
    draft: &EventDraft,
    new_quote: Option<Quote>,
) -> Result<Edit, EditError> {
    let id = ids::unique_id(&draft.record.title, "event", 40, |id| {
        story.event_id_taken(id)
    });
    let mut draft = draft.clone();
    // A new event is not checked yet, whatever the draft was made from.
    draft.record.checked = None;
    let quote_edit = new_quote.map(|q| {
        draft.record.quotes.push(story.quotes.len());
        add_quote(story, q)
    });
    let quotes_known = story.quotes.len() + usize::from(quote_edit.is_some());
    let event = draft.to_event(story, id, quotes_known)?;
    let at = event_position(&story.events, &event, None);
    let event_edit = Edit::Event(Change::added(at, event));
    Ok(match quote_edit {
        Some(quote_edit) => Edit::Batch(vec![quote_edit, event_edit]),
        None => event_edit,
    })
}

/// The event at `index` changed to what the draft says (moved if its dates moved).
pub fn change_event(story: &Story, index: usize, draft: &EventDraft) -> Result<Edit, EditError> {
    let Some(old) = story.events.get(index) else {
        return refuse(crate::i18n::tr("edit-refused-no-such-event"));
    };
    let made = draft.to_event(story, old.id.clone(), story.quotes.len())?;
    // The check stays as the story has it, so a changed event shows as changed since it was checked.
    let new = Event {
        checked: old.checked.clone(),
        ..made
    };
    let to = event_position(&story.events, &new, Some(index));
    Ok(Edit::Event(Change {
        before: Some((index, Event::clone(old))),
        after: Some((to, new)),
    }))
}

/// Removes an event, and it from the tour's steps that bring it forward.
pub fn remove_event(story: &Story, index: usize) -> Result<Edit, EditError> {
    let Some(event) = story.events.get(index) else {
        return refuse(crate::i18n::tr("edit-refused-no-such-event"));
    };
    let mut edits = steps_without(story, Leaving::Event(index));
    edits.push(Edit::Event(Change::removed(index, Event::clone(event))));
    Ok(single_or_batch(edits))
}

/// One edit as itself, several as a batch.
fn single_or_batch(mut edits: Vec<Edit>) -> Edit {
    match edits.len() {
        1 => edits.remove(0),
        _ => Edit::Batch(edits),
    }
}

/// A new quote, added as the evidence of an existing event.
pub fn add_quote_to_event(story: &Story, event: usize, quote: Quote) -> Result<Edit, EditError> {
    let Some(old) = story.events.get(event) else {
        return refuse(crate::i18n::tr("edit-refused-no-such-event"));
    };
    let mut new = Event::clone(old);
    new.quotes.push(story.quotes.len());
    Ok(Edit::Batch(vec![
        add_quote(story, quote),
        Edit::Event(Change::replaced(event, Event::clone(old), new)),
    ]))
}

/// A claim: one fact the sources report differently, one statement per source with its quotes.
pub fn add_claim(
    story: &Story,
    topic: &str,
    statements: Vec<Statement>,
) -> Result<Edit, EditError> {
    claim_with_passages(story, None, topic, statements, &[])
}

/// A claim, new or (`editing`) changed, whose statements also rest on `passages` (source, bytes)
/// quoted now: each passage becomes a quote cited by its source's statement, and the quotes and
/// the claim are one edit. So a passage is quoted straight into a claim, no event needed.
pub fn claim_with_passages(
    story: &Story,
    editing: Option<usize>,
    topic: &str,
    mut statements: Vec<Statement>,
    passages: &[(usize, Range<usize>)],
) -> Result<Edit, EditError> {
    let mut quotes: Vec<Quote> = Vec::with_capacity(passages.len());
    for (source, bytes) in passages {
        let mut new = quote(story, *source, bytes.clone())?;
        // Two passages quoted at once may start with the same words: their ids differ too.
        new.id = ids::unique_id(&new.id, "quote", 44, |id| {
            story.quote_id_taken(id) || quotes.iter().any(|q| q.id == id)
        });
        let index = story.quotes.len() + quotes.len();
        match statements.iter_mut().find(|s| s.source == new.source) {
            Some(statement) => statement.quotes.push(index),
            None => statements.push(Statement {
                source: new.source,
                value: String::new(),
                quotes: vec![index],
            }),
        }
        quotes.push(new);
    }
    let topic = check_claim(story, topic, &statements, &quotes)?;
    let claim_edit = match editing {
        None => {
            let id = ids::unique_id(topic, "claim", 40, |id| {
                story.claims.iter().any(|c| c.id == id)
            });
            let claim = Claim {
                id,
                topic: topic.to_owned(),
                statements,
                checked: None,
            };
            Edit::Claim(Change::added(story.claims.len(), claim))
        }
        Some(index) => {
            let Some(before) = story.claims.get(index) else {
                return refuse(crate::i18n::tr("edit-refused-no-such-claim"));
            };
            let mut after = before.clone();
            after.topic = topic.to_owned();
            after.statements = statements;
            Edit::Claim(Change::replaced(index, before.clone(), after))
        }
    };
    let mut edits: Vec<Edit> = quotes
        .into_iter()
        .enumerate()
        .map(|(k, q)| Edit::Quote(Change::added(story.quotes.len() + k, q)))
        .collect();
    edits.push(claim_edit);
    Ok(single_or_batch(edits))
}

/// The topic, trimmed, of a claim whose statements are each backed by their own source's words,
/// from at least two sources; or what is wrong. Quotes past the story's are `new_quotes`, added
/// with the claim.
fn check_claim<'t>(
    story: &Story,
    topic: &'t str,
    statements: &[Statement],
    new_quotes: &[Quote],
) -> Result<&'t str, EditError> {
    let topic = topic.trim();
    if topic.is_empty() {
        return refuse(crate::i18n::tr(
            "edit-refused-say-what-the-sources-differ-on-the",
        ));
    }
    for statement in statements {
        if statement.value.trim().is_empty() {
            return refuse(crate::i18n::tr(
                "edit-refused-each-source-s-statement-needs-a-value",
            ));
        }
        for &q in &statement.quotes {
            let quoted = match q.checked_sub(story.quotes.len()) {
                Some(new) => new_quotes.get(new),
                None => story.quotes.get(q),
            };
            if quoted.is_none_or(|q| q.source != statement.source) {
                return refuse(crate::i18n::tr(
                    "edit-refused-a-statement-is-backed-only-by-quotes",
                ));
            }
        }
    }
    let mut sources: Vec<usize> = statements.iter().map(|s| s.source).collect();
    sources.sort_unstable();
    sources.dedup();
    if sources.len() < 2 {
        return refuse(crate::i18n::tr(
            "edit-refused-a-claim-needs-statements-from-at-least",
        ));
    }
    Ok(topic)
}

/// A new source at the end of the story's sources (see `provenance::add` for how one is made).
pub fn add_source(story: &Story, source: Source) -> Result<Edit, EditError> {
    if story.sources.iter().any(|s| s.id == source.id) {
        return refuse(crate::i18n::tr_with(
            "edit-refused-source-id-taken",
            &[("id", source.id.clone().into())],
        ));
    }
    if story.sources.iter().any(|s| s.file == source.file) {
        return refuse(crate::i18n::tr_with(
            "edit-refused-source-file-taken",
            &[("file", source.file.clone().into())],
        ));
    }
    Ok(Edit::Source(Change::added(story.sources.len(), source)))
}

pub fn heading(story: &Story, title: &str, summary: &str) -> Result<Edit, EditError> {
    if title.trim().is_empty() {
        return refuse(crate::i18n::tr("edit-refused-the-story-needs-a-title"));
    }
    Ok(Edit::Heading {
        before: (story.title.clone(), story.summary.clone()),
        after: (title.trim().to_owned(), summary.trim().to_owned()),
    })
}
