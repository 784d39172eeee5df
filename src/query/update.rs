//! Keeping the index in step with an edit without rebuilding it (a rebuild takes about 300 ms at
//! 100 000 events; an edit must show within a frame). Events changed anywhere, and quotes, places
//! and sources added, changed or removed at the end of their lists, are updated in place; anything
//! else rebuilds the index.

use super::{StoryIndex, claims_of_events_and_places, is_long};
use crate::edit::{Change, Edit};
use crate::model::{Event, Quote, Story};

impl StoryIndex {
    /// Brings the index up to date with `story`, to which `edit` was just applied.
    pub fn update(&mut self, story: &Story, edit: &Edit) {
        if !self.update_in_place(story, edit) {
            *self = StoryIndex::new(story);
        } else if !story.claims.is_empty() {
            // Claims tie events and places through quotes: worked out again when a story has any.
            (self.claims_by_event, self.claims_by_place) =
                claims_of_events_and_places(story, &self.claims_by_quote);
        }
    }

    /// Whether the edit could be followed in place (if not, the index is to be rebuilt).
    fn update_in_place(&mut self, story: &Story, edit: &Edit) -> bool {
        match edit {
            Edit::Heading { .. } => true,
            Edit::Batch(edits) => edits.iter().all(|e| self.update_in_place(story, e)),
            // (Claims by event are worked out again after, when the story has claims.)
            Edit::Event(change) => {
                self.event_changed(change);
                true
            }
            Edit::Quote(change) => story.revisions.is_empty() && self.quote_changed(story, change),
            Edit::Place(change) => self.place_changed(change),
            Edit::Source(change) => {
                story.revisions.is_empty() && self.source_changed(story, change)
            }
            Edit::Claim(_) => false,
            // Steps are not indexed: the tour reads them from the story.
            Edit::Step(_) | Edit::Conflict(_) => true,
        }
    }

    fn event_changed(&mut self, change: &Change<Event>) {
        if let (Some((i, old)), Some((j, new))) = (&change.before, &change.after)
            && i == j
        {
            self.leave(*i, old);
            self.join(*i, new);
            self.event_spans[*i] = (new.date.earliest, new.date.latest);
            return;
        }
        if let Some((i, old)) = &change.before {
            self.leave(*i, old);
            self.event_spans.remove(*i);
            self.evidence_revised.remove(*i);
            self.shift_events(|e| if e > *i { e - 1 } else { e });
        }
        if let Some((j, new)) = &change.after {
            self.shift_events(|e| if e >= *j { e + 1 } else { e });
            self.event_spans
                .insert(*j, (new.date.earliest, new.date.latest));
            self.evidence_revised.insert(*j, false);
            self.join(*j, new);
        }
    }

    /// Takes event `e` out of the lists its places, quotes and length put it in.
    fn leave(&mut self, e: usize, event: &Event) {
        for &p in &event.places {
            remove_sorted(&mut self.events_by_place[p], e);
        }
        for &q in &event.quotes {
            remove_sorted(&mut self.events_by_quote[q], e);
        }
        remove_sorted(&mut self.long_events, e);
    }

    fn join(&mut self, e: usize, event: &Event) {
        for &p in &event.places {
            insert_sorted(&mut self.events_by_place[p], e);
        }
        for &q in &event.quotes {
            insert_sorted(&mut self.events_by_quote[q], e);
        }
        if is_long(&event.date) {
            insert_sorted(&mut self.long_events, e);
        }
        self.evidence_revised[e] = event.quotes.iter().any(|&q| self.revised_fate[q].is_some());
    }

    /// Renumbers every reference to an event (they keep their order).
    fn shift_events(&mut self, to: impl Fn(usize) -> usize) {
        for list in self
            .events_by_place
            .iter_mut()
            .chain(self.events_by_quote.iter_mut())
            .chain(std::iter::once(&mut self.long_events))
        {
            list.iter_mut().for_each(|e| *e = to(*e));
        }
    }

    fn quote_changed(&mut self, story: &Story, change: &Change<Quote>) -> bool {
        let last = self.events_by_quote.len();
        let text_order = |a: &usize| (story.quotes[*a].source, story.quotes[*a].start);
        match (&change.before, &change.after) {
            (None, Some((j, quote))) if *j == last => {
                self.events_by_quote.push(Vec::new());
                self.claims_by_quote.push(Vec::new());
                self.revised_fate.push(None);
                let Some(in_source) = self.quotes_by_source.get_mut(quote.source) else {
                    return false;
                };
                insert_by(in_source, *j, text_order);
                for &p in &quote.mentions {
                    insert_by(&mut self.quotes_by_place[p], *j, text_order);
                }
                true
            }
            (Some((i, quote)), None) if *i + 1 == last => {
                self.events_by_quote.pop();
                self.claims_by_quote.pop();
                self.revised_fate.pop();
                if let Some(in_source) = self.quotes_by_source.get_mut(quote.source) {
                    in_source.retain(|&q| q != *i);
                }
                for &p in &quote.mentions {
                    self.quotes_by_place[p].retain(|&q| q != *i);
                }
                true
            }
            (Some((i, old)), Some((j, new))) if i == j && old.source == new.source => {
                for &p in &old.mentions {
                    self.quotes_by_place[p].retain(|&q| q != *i);
                }
                for &p in &new.mentions {
                    insert_by(&mut self.quotes_by_place[p], *i, text_order);
                }
                true
            }
            _ => false,
        }
    }

    fn place_changed<T>(&mut self, change: &Change<T>) -> bool {
        let last = self.events_by_place.len();
        match (&change.before, &change.after) {
            (None, Some((j, _))) if *j == last => {
                self.events_by_place.push(Vec::new());
                self.quotes_by_place.push(Vec::new());
                true
            }
            (Some((i, _)), None) if *i + 1 == last => {
                self.events_by_place.pop();
                self.quotes_by_place.pop();
                true
            }
            (Some((i, _)), Some((j, _))) => i == j,
            _ => false,
        }
    }

    fn source_changed<T>(&mut self, story: &Story, change: &Change<T>) -> bool {
        let last = self.quotes_by_source.len();
        match (&change.before, &change.after) {
            (None, Some((j, _))) if *j == last => {
                self.quotes_by_source.push(Vec::new());
                story.sources.iter().all(|s| s.revises.is_none())
            }
            (Some((i, _)), None) if *i + 1 == last => {
                self.quotes_by_source.pop();
                true
            }
            (Some((i, _)), Some((j, _))) => i == j,
            _ => false,
        }
    }
}

fn insert_sorted(list: &mut Vec<usize>, x: usize) {
    if let Err(at) = list.binary_search(&x) {
        list.insert(at, x);
    }
}

fn remove_sorted(list: &mut Vec<usize>, x: usize) {
    if let Ok(at) = list.binary_search(&x) {
        list.remove(at);
    }
}

/// Inserts `x` where `key` puts it among the list, which is in `key` order.
fn insert_by<K: Ord>(list: &mut Vec<usize>, x: usize, key: impl Fn(&usize) -> K) {
    let at = list.partition_point(|y| key(y) <= key(&x));
    list.insert(at, x);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{self, make};

    fn shipped() -> Story {
        crate::load::load(&crate::shipped::karabakh()).expect("the shipped story loads")
    }

    /// Applies an edit, follows it in the index, and checks the index is what a rebuild makes.
    fn follow(story: &mut Story, index: &mut StoryIndex, edit: &Edit) {
        edit::apply(story, edit).expect("applies");
        index.update(story, edit);
        assert_eq!(*index, StoryIndex::new(story), "after {}", edit.describe());
        edit::apply(story, &edit.inverse()).expect("undone");
        index.update(story, &edit.inverse());
        assert_eq!(
            *index,
            StoryIndex::new(story),
            "after undoing {}",
            edit.describe()
        );
        edit::apply(story, edit).expect("redone");
        index.update(story, edit);
    }

    #[test]
    fn every_kind_of_edit_leaves_the_index_a_rebuild_would_make() {
        let mut story = shipped();
        let mut index = StoryIndex::new(&story);
        let text = &story.sources[0].text;
        let at = text
            .find("Dmitri Peskov a fait savoir")
            .expect("in the text");
        let quote = make::quote(&story, 0, at..at + 27).expect("a quote");
        let mut draft = make::EventDraft::new("New", "2021");
        draft.record.places = vec![0, 2];
        draft.record.quotes = vec![1];
        let edits = [
            make::add_event(&story, &draft, Some(quote)).expect("add"),
            make::remove_event(&story, 0).expect("remove first"),
            make::remove_event(&story, story.events.len() - 1).expect("remove last"),
        ];
        for edit in &edits {
            let edit = match edit {
                // Each edit is made against the story as it is when applied.
                Edit::Event(c) if c.after.is_none() => {
                    let (i, _) = c.before.clone().expect("a removal");
                    make::remove_event(&story, i.min(story.events.len() - 1)).expect("remove")
                }
                other => other.clone(),
            };
            follow(&mut story, &mut index, &edit);
        }
        let mut moved = make::EventDraft::of(&story.events[3]);
        moved.date = "2019-01-01/2025-12-31".to_owned();
        moved.record.places = vec![1];
        let edit = make::change_event(&story, 3, &moved).expect("moved");
        follow(&mut story, &mut index, &edit);
        let point = make::PlaceDraft {
            name: "Somewhere".to_owned(),
            aliases: vec![],
            kind: crate::model::PlaceKind::Site,
            approximate: true,
            notes: String::new(),
            geometry: geo::Geometry::Point(geo::point!(x: 46.0, y: 40.0)),
        };
        let edit = make::add_place(&story, &point).expect("a place");
        follow(&mut story, &mut index, &edit);
        let edit = make::remove_place(&story, 1).expect("removed");
        follow(&mut story, &mut index, &edit);
    }
}
