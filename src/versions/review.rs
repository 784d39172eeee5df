//! What changed in the open story since another version of it (a revision of its repository, the
//! last commit before a day, or another folder), and who changed an object, commit by commit.

use super::VersionsError;
use super::diff::{Change, diff};
use super::git::{self, Commit, Version};
use super::objects::of_story;
use crate::model::Story;
use std::collections::HashMap;
use std::path::Path;

/// The changes from `other` — a story folder, a day (`2024-04-17`: the last commit before it) or
/// a revision (`HEAD`, `main`, `HEAD~3`) of the repository holding `folder` — to the open story
/// as it is now (unsaved edits included).
pub fn changes_since(
    story: &Story,
    folder: Option<&Path>,
    other: &str,
) -> Result<Vec<Change>, VersionsError> {
    let other = other.trim();
    let before = match (Path::new(other), folder) {
        (path, _) if path.is_dir() => git::from_folder(path)?,
        (_, None) => {
            let what = "this story is not in a folder: compare it with another story folder";
            return Err(VersionsError::at(other, None, what));
        }
        (_, Some(folder)) => git::from_revision(folder, &revision(folder, other)?)?,
    };
    let now = of_story(story)?;
    Ok(diff(&before.objects, &now))
}

/// A revision as git names it; a day is the last commit made before it ended.
fn revision(folder: &Path, asked: &str) -> Result<String, VersionsError> {
    if chrono::NaiveDate::parse_from_str(asked, "%Y-%m-%d").is_err() {
        return Ok(asked.to_owned());
    }
    let before = format!("--before={asked} 23:59:59");
    let found = git::git(folder, &["rev-list", "-1", &before, "HEAD"])?;
    let found = found.trim();
    if found.is_empty() {
        let what = format!("no commit of this story was made on or before {asked}");
        return Err(VersionsError::at(
            &folder.display().to_string(),
            None,
            &what,
        ));
    }
    Ok(found.to_owned())
}

/// The commits that changed the story in `folder` (or, given an id, that object), newest first,
/// each with what it changed.
pub fn history(
    folder: &Path,
    object: Option<&str>,
) -> Result<Vec<(Commit, Vec<Change>)>, VersionsError> {
    let current = git::from_folder(folder)?;
    let places = git::places_file(&current.objects);
    let commits = git::log(folder, &["story.json", &places])?;
    // Each version is read once: a commit is usually the parent of the one listed before it.
    let mut read: HashMap<String, Result<Version, VersionsError>> = HashMap::new();
    let mut version = |rev: &str| {
        read.entry(rev.to_owned())
            .or_insert_with(|| git::from_revision(folder, rev))
            .clone()
    };
    let mut out = Vec::new();
    for commit in commits {
        let after = version(&commit.commit)?;
        // A parent without the story (before it was added) is an empty story.
        let before = match &commit.parent {
            Some(parent) => version(parent).unwrap_or_default(),
            None => Version::default(),
        };
        let changes: Vec<Change> = diff(&before.objects, &after.objects)
            .into_iter()
            .filter(|c| object.is_none_or(|id| c.id == id))
            .collect();
        if !changes.is_empty() {
            out.push((commit, changes));
        }
    }
    Ok(out)
}
