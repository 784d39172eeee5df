//! Find's index kept up to date by the edits made since it was built, instead of built again on
//! the UI thread after each (1.3 million events: a rebuild took 0.55 s).

use crate::edit::{Change, Edit};
use crate::search::{Index, Indexed};

/// Follows `edit` in `index`: the events, places and quotes it adds, changes or removes.
pub fn follow(index: &mut Index, edit: &Edit) {
    match edit {
        Edit::Event(change) => follow_change(index, change),
        Edit::Place(change) => follow_change(index, change),
        Edit::Quote(change) => follow_change(index, change),
        Edit::Batch(edits) => edits.iter().for_each(|e| follow(index, e)),
        // Sources' texts are searched per query; claims, steps, conflicts and the heading are not
        // searched.
        Edit::Heading { .. }
        | Edit::Source(_)
        | Edit::Claim(_)
        | Edit::Step(_)
        | Edit::Conflict(_) => {}
    }
}

fn follow_change<T: Indexed>(index: &mut Index, change: &Change<T>) {
    index.follow(
        change.before.as_ref().map(|(at, record)| (*at, record)),
        change.after.as_ref().map(|(at, record)| (*at, record)),
    );
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::edit::make;
    use crate::search::{Index, find};

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(12))]
        /// An index that followed a run of edits (events retitled, added, removed; a place
        /// removed with what names it; undone and redone) finds what a fresh scan finds.
        #[test]
        fn an_index_that_follows_edits_finds_what_the_scan_finds(
            seed in 0u64..1000,
            picks in proptest::collection::vec(0usize..10_000, 1..12),
        ) {
            let files = crate::generate::story(crate::generate::Size::events(200), seed);
            let mut doc = Document::new(crate::load::load(&files).unwrap(), files);
            let (mut version, mut index) = (doc.version(), Index::new(doc.story()));
            for (n, &pick) in picks.iter().enumerate() {
                let story = doc.story();
                let event = pick % story.events.len();
                let edit = match pick % 5 {
                    0 => {
                        let mut draft = make::EventDraft::of(&story.events[event]);
                        draft.record.title = format!("Retitled zephyr {n}");
                        make::change_event(story, event, &draft)
                    }
                    1 => {
                        let mut draft = make::EventDraft::of(&story.events[event]);
                        draft.record.title = format!("Added quokka {n}");
                        draft.date = "2021-06-15".to_owned();
                        make::add_event(story, &draft, None)
                    }
                    2 => make::remove_event(story, event),
                    3 => make::remove_place(story, pick % story.places.len()),
                    _ => {
                        doc.undo();
                        continue;
                    }
                };
                doc.edit(edit.unwrap()).unwrap();
                if pick % 3 == 0 {
                    for edit in doc.edits_since(version).unwrap() {
                        super::follow(&mut index, edit);
                    }
                    version = doc.version();
                }
            }
            for edit in doc.edits_since(version).unwrap() {
                super::follow(&mut index, edit);
            }
            let story = doc.story();
            for query in ["zephyr", "quokka", "locality 1", "retitled", "ad"] {
                proptest::prop_assert_eq!(index.find(story, query), find(story, query), "{}", query);
            }
        }
    }
}
