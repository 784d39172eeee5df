//! A conflict of the open story settled as one edit (so undo, redo and the journal follow it): the
//! story's files resolved as `chronomap resolve` resolves them, loaded again to check they make a
//! story, and the conflict's object changed to what that story holds — a deleted object removed by
//! the editor's own builder, so what names it lets it go as it does in the window.

use super::objects::{Section, of_files};
use super::resolve::{Side, resolve};
use crate::edit::{Change, Edit, EditError, Record, amend, make, tour};
use crate::formats::story_out::StoryOut;
use crate::model::Story;

/// The edit that settles conflict `id` by taking `side`.
pub fn settle(story: &Story, id: &str, side: Side) -> Result<Edit, EditError> {
    let refused = |what: String| EditError::Refused(what);
    let Some(at) = story.conflicts.iter().position(|c| c.id == id) else {
        return Err(refused(crate::i18n::tr("edit-refused-no-such-conflict")));
    };
    let conflict = &story.conflicts[at];
    let resolved = resolved_story(story, id, side)?;
    let mut edits = Vec::new();
    // The edit that makes the conflict's object of `records` what the resolved story holds (by
    // `remove` when it holds it no more).
    macro_rules! changed {
        ($records:ident, $wrap:path, $remove:expr) => {
            edits.extend(record_edit(
                &story.$records,
                &resolved.$records,
                &conflict.object,
                $wrap,
                |i| $remove(story, i),
            )?)
        };
    }
    let section = Section::of_kind(&conflict.kind);
    match section {
        Some(Section::Story) => {
            let after = (resolved.title.clone(), resolved.summary.clone());
            let before = (story.title.clone(), story.summary.clone());
            if before != after {
                edits.push(Edit::Heading { before, after });
            }
        }
        Some(Section::Sources) => {
            let stays = |_: &Story, _| Err(refused(crate::i18n::tr("edit-refused-source-stays")));
            changed!(sources, Edit::Source, stays)
        }
        Some(Section::Quotes) => changed!(quotes, Edit::Quote, amend::remove_quote),
        Some(Section::Events) => changed!(events, Edit::Event, make::remove_event),
        Some(Section::Places) => changed!(places, Edit::Place, make::remove_place),
        Some(Section::Claims) => changed!(claims, Edit::Claim, amend::remove_claim),
        Some(Section::Steps) => changed!(steps, Edit::Step, tour::remove_step),
        Some(Section::Conflicts) | None => {}
    }
    // Last, so the edit is named by what the person asked for.
    edits.push(Edit::Conflict(Change::removed(at, conflict.clone())));
    Ok(match edits.len() {
        1 => edits.remove(0),
        _ => Edit::Batch(edits),
    })
}

/// The story as its files would be with the conflict settled, loaded: or why it would not load.
fn resolved_story(story: &Story, id: &str, side: Side) -> Result<Story, EditError> {
    let refused = |what: String| EditError::Refused(what);
    let out = StoryOut::from_story(story);
    let places_name = out.story.places.clone();
    let mut files = out.into_file_list();
    let mut objects = of_files(&files, &places_name).map_err(|e| refused(e.to_string()))?;
    resolve(&mut objects, Some(id), side).map_err(|e| refused(e.to_string()))?;
    let story_json = objects
        .story_json(false)
        .map_err(|e| refused(e.to_string()))?;
    for (name, bytes) in &mut files {
        if name == crate::load::STORY_FILE {
            *bytes = story_json.clone();
        } else if *name == places_name {
            *bytes = objects.places_json().into_bytes();
        }
    }
    let files = crate::load::StoryFiles::Merged {
        name: story.title.clone(),
        files,
    };
    crate::load::load(&files).map_err(|problems| {
        refused(crate::i18n::tr_with(
            "edit-refused-settling-breaks-the-story",
            &[("problems", problems.to_string().into())],
        ))
    })
}

/// The change that makes the record `id` what `after` holds: replaced (moved where the story keeps
/// it), added, or removed through `remove`; none when it is already so.
fn record_edit<T: Record + PartialEq, L: std::borrow::Borrow<T>>(
    before: &[L],
    after: &[L],
    id: &str,
    wrap: fn(Change<T>) -> Edit,
    remove: impl FnOnce(usize) -> Result<Edit, EditError>,
) -> Result<Option<Edit>, EditError> {
    let was = before.iter().position(|r| r.borrow().id() == id);
    let will = after.iter().position(|r| r.borrow().id() == id);
    let (before, after) = (|i: usize| before[i].borrow(), |j: usize| after[j].borrow());
    Ok(match (was, will) {
        (Some(i), Some(j)) if before(i) != after(j) => Some(wrap(Change {
            before: Some((i, before(i).clone())),
            after: Some((j, after(j).clone())),
        })),
        (None, Some(j)) => Some(wrap(Change::added(j, after(j).clone()))),
        (Some(i), None) => Some(remove(i)?),
        _ => None,
    })
}
