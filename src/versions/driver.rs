//! `chronomap merge`: git's merge-driver interface (`%O %A %B`, the result written over `%A`) for
//! story.json and the places file, whatever their layout; and the same for three story folders.

use super::VersionsError;
use super::git::{self, Version};
use super::merge::merge;
use super::objects::{Objects, Section, about_places};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// What a merge wrote: how many conflicts it left, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub conflicts: usize,
    pub written: Vec<PathBuf>,
}

/// Merges `ours` with `theirs` from `base` (three files, or three story folders), writing the
/// result over `ours`. `merged_path` is where git will put the file (`%P`): with it, inside a
/// `git merge`, the other file of the story is read from the commits being merged, so a place one
/// side deleted and the other newly uses is seen.
pub fn merge_paths(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    merged_path: Option<&Path>,
) -> Result<Merged, VersionsError> {
    if ours.is_dir() {
        return merge_folders(base, ours, theirs);
    }
    let texts = [base, ours, theirs].map(read_text);
    let [base_text, ours_text, theirs_text] = texts;
    let (base_text, ours_text, theirs_text) = (base_text?, ours_text?, theirs_text?);
    let is_places = is_places_file(&ours_text);
    let name = merged_path.unwrap_or(ours).display().to_string();
    let siblings = merged_path.and_then(|path| siblings(path, is_places, &ours_text));
    let read = |text: &str, sibling: Option<&str>| -> Result<Objects, VersionsError> {
        let text = if text.trim().is_empty() { "{}" } else { text };
        if is_places {
            let story = sibling.unwrap_or("{}");
            Objects::read(story, Some(text), ["story.json", &name])
        } else {
            Objects::read(text, sibling, [&name, "places.geojson"])
        }
    };
    let [sb, so, st] = match &siblings {
        Some(s) => [s[0].as_deref(), s[1].as_deref(), s[2].as_deref()],
        None => [None, None, None],
    };
    let sides = [
        read(&base_text, sb)?,
        read(&ours_text, so)?,
        read(&theirs_text, st)?,
    ];
    let (merged, _) = merge(&sides[0], &sides[1], &sides[2]);
    let new = new_conflicts(&merged, &sides);
    let (bytes, conflicts) = if is_places {
        let count = new.iter().filter(|c| about_places(c)).count();
        (merged.places_json().into_bytes(), count)
    } else {
        // Conflicts about places go in the places file when git merges that file too.
        let places_merged = siblings.is_some_and(|s| s[1] != s[0] && s[2] != s[0]);
        let count = new
            .iter()
            .filter(|c| !places_merged || !about_places(c))
            .count();
        (merged.story_json(!places_merged)?, count)
    };
    write(ours, &bytes)?;
    Ok(Merged {
        conflicts,
        written: vec![ours.to_path_buf()],
    })
}

/// After git merged a commit in (run by the `post-merge` hook `git-setup` installs): the story in
/// `folder` merged again by objects from the merge commit's two parents and their base. Git runs a
/// merge driver only on a file both sides changed, so when each side changed a different file —
/// one deleted a place in the places file, the other added an event there in story.json — git's
/// own merge is "clean" and the story no longer loads. What the object merge holds that the
/// working tree does not is written back (the object kept, its conflict recorded); the changes
/// made, none when git's merge was already right. Outside a merge commit, nothing is done.
pub fn after_git_merge(folder: &Path) -> Result<Vec<super::diff::Change>, VersionsError> {
    let parents = git::git(folder, &["rev-list", "--parents", "-n", "1", "HEAD"])?;
    let [_, ours, theirs] = parents.split_whitespace().collect::<Vec<_>>()[..] else {
        return Ok(Vec::new());
    };
    let base = git::git(folder, &["merge-base", ours, theirs])?;
    // A base without the story (added on both sides since) is an empty story; the sides must read.
    let base = git::from_revision(folder, base.trim()).unwrap_or_default();
    let (ours, theirs) = (
        git::from_revision(folder, ours)?,
        git::from_revision(folder, theirs)?,
    );
    let (merged, _) = merge(&base.objects, &ours.objects, &theirs.objects);
    let now = git::from_folder(folder)?;
    let changes = super::diff::diff(&now.objects, &merged);
    if !changes.is_empty() {
        write(&folder.join("story.json"), &merged.story_json(false)?)?;
        let places = folder.join(git::places_file(&merged));
        write(&places, merged.places_json().as_bytes())?;
    }
    Ok(changes)
}

/// Conflict records the merge added (those neither side had).
fn new_conflicts(merged: &Objects, sides: &[Objects; 3]) -> Vec<serde_json::Value> {
    let had: HashSet<&str> = sides
        .iter()
        .flat_map(|s| s.list(Section::Conflicts).iter().map(|(id, _)| id.as_str()))
        .collect();
    merged
        .list(Section::Conflicts)
        .iter()
        .filter(|(id, _)| !had.contains(id.as_str()))
        .map(|(_, r)| r.value())
        .collect()
}

fn is_places_file(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(crate::load::without_bom(text))
        .is_ok_and(|v| v.get("type").is_some())
}

/// The other file of the story at the merge's base, on our side and on theirs, when git is
/// merging a commit in; none outside a merge.
fn siblings(merged_path: &Path, is_places: bool, ours: &str) -> Option<[Option<String>; 3]> {
    let theirs = git::merging_in()?;
    let top = std::env::current_dir().ok()?;
    let base = git::git(&top, &["merge-base", "HEAD", &theirs]).ok()?;
    let other = if is_places {
        "story.json".to_owned()
    } else {
        let objects = Objects::read(ours, None, ["story.json", ""]).ok()?;
        git::places_file(&objects)
    };
    let folder = merged_path.parent().unwrap_or(Path::new(""));
    let path = folder.join(other).to_string_lossy().replace('\\', "/");
    let show = |rev: &str| git::show(&top, rev, &path).ok().flatten();
    Some([show(base.trim()), show("HEAD"), show(&theirs)])
}

fn read_text(path: &Path) -> Result<String, VersionsError> {
    let shown = path.display().to_string();
    let bytes = crate::load::read_bounded_bytes(path)
        .map_err(|problem| VersionsError::at(&shown, None, &problem.to_string()))?;
    String::from_utf8(bytes).map_err(|_| VersionsError::at(&shown, None, "not UTF-8 text"))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), VersionsError> {
    std::fs::write(path, bytes)
        .map_err(|e| VersionsError::at(&path.display().to_string(), None, &e.to_string()))
}

/// Three story folders merged into `ours`: both files, and the files of theirs' new sources.
/// Two sources' files with one name and different bytes are refused, never merged into one.
fn merge_folders(base: &Path, ours: &Path, theirs: &Path) -> Result<Merged, VersionsError> {
    let base_version = if base.join("story.json").exists() {
        git::from_folder(base)?
    } else {
        Version::default()
    };
    let [ours_version, theirs_version] = [ours, theirs].map(git::from_folder);
    let (ours_version, theirs_version) = (ours_version?, theirs_version?);
    for (file, hash) in &theirs_version.texts {
        if ours_version.texts.get(file).is_some_and(|h| h != hash) {
            let what = "the two sides hold different texts under this name; a source's text is \
                        evidence, and two are never merged into one: rename one source's file";
            return Err(VersionsError::at(
                &ours.join(file).display().to_string(),
                None,
                what,
            ));
        }
    }
    let (merged, _) = merge(
        &base_version.objects,
        &ours_version.objects,
        &theirs_version.objects,
    );
    let conflicts = new_conflicts(
        &merged,
        &[
            base_version.objects,
            ours_version.objects,
            theirs_version.objects,
        ],
    )
    .len();
    let mut written = Vec::new();
    for file in theirs_files(&merged) {
        let (from, to) = (theirs.join(&file), ours.join(&file));
        if to.exists() || !from.is_file() {
            continue;
        }
        if let Some(folder) = to.parent() {
            std::fs::create_dir_all(folder).map_err(|e| {
                VersionsError::at(&folder.display().to_string(), None, &e.to_string())
            })?;
        }
        std::fs::copy(&from, &to)
            .map_err(|e| VersionsError::at(&from.display().to_string(), None, &e.to_string()))?;
        written.push(to);
    }
    let story = ours.join("story.json");
    write(&story, &merged.story_json(false)?)?;
    let places = ours.join(git::places_file(&merged));
    write(&places, merged.places_json().as_bytes())?;
    written.extend([story, places]);
    Ok(Merged { conflicts, written })
}

/// The files the merged sources name (texts, originals, time-stamps), inside the story folder.
fn theirs_files(merged: &Objects) -> Vec<String> {
    let mut files = Vec::new();
    for (_, source) in merged.list(Section::Sources) {
        let source = source.value();
        for pointer in ["/file", "/capture/original/file", "/capture/timestamp/file"] {
            let file = source.pointer(pointer).and_then(|f| f.as_str());
            if let Some(file) = file.and_then(git::inside) {
                files.push(file.to_owned());
            }
        }
    }
    files
}
