//! Versions of a story: its folder on disk, or a revision in its git repository (read with the
//! `git` program, which every user of a repository has, rather than a second implementation).

use super::VersionsError;
use super::objects::{Objects, Section};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One version: its objects, and the SHA-256 of each source's text file.
#[derive(Debug, Clone, Default)]
pub struct Version {
    pub objects: Objects,
    pub texts: BTreeMap<String, String>,
}

/// The name of the places file a story.json names (places.geojson unless it says otherwise).
pub fn places_file(objects: &Objects) -> String {
    objects
        .story
        .get("places")
        .and_then(|v| v.as_str())
        .unwrap_or("places.geojson")
        .to_owned()
}

/// A path a story file names, if it stays inside the story folder.
pub(super) fn inside(file: &str) -> Option<&str> {
    let path = Path::new(file);
    let plain = path
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)));
    plain.then_some(file)
}

/// The story in `folder` as it is on disk.
pub fn from_folder(folder: &Path) -> Result<Version, VersionsError> {
    let read = |name: &str| -> Result<Option<String>, VersionsError> {
        let path = folder.join(name);
        match crate::load::read_bounded_bytes(&path) {
            Ok(bytes) => String::from_utf8(bytes).map(Some).map_err(|_| {
                VersionsError::at(&path.display().to_string(), None, "not UTF-8 text")
            }),
            Err(crate::load::Problem::Missing) => Ok(None),
            Err(problem) => Err(VersionsError::at(
                &path.display().to_string(),
                None,
                &problem.to_string(),
            )),
        }
    };
    version(folder, &|name| read(name))
}

/// The story in `folder` as revision `rev` of its repository has it.
pub fn from_revision(folder: &Path, rev: &str) -> Result<Version, VersionsError> {
    let prefix = git(folder, &["rev-parse", "--show-prefix"])?;
    let prefix = prefix.trim();
    version(folder, &|name| {
        show(folder, rev, &format!("{prefix}{name}"))
    })
}

fn version(
    folder: &Path,
    read: &dyn Fn(&str) -> Result<Option<String>, VersionsError>,
) -> Result<Version, VersionsError> {
    let shown = |name: &str| folder.join(name).display().to_string();
    let story = read("story.json")?
        .ok_or_else(|| VersionsError::at(&shown("story.json"), None, "no story.json"))?;
    let names = [shown("story.json"), shown("places.geojson")];
    let first = Objects::read(&story, None, [&names[0], &names[1]])?;
    let places_name = places_file(&first);
    let places = inside(&places_name).map(read).transpose()?.flatten();
    let objects = Objects::read(&story, places.as_deref(), [&names[0], &shown(&places_name)])?;
    let mut texts = BTreeMap::new();
    for (_, source) in objects.list(Section::Sources) {
        let source = source.value();
        let Some(file) = source.get("file").and_then(|f| f.as_str()).and_then(inside) else {
            continue;
        };
        if let Some(text) = read(file)? {
            texts.insert(file.to_owned(), crate::digest::sha256_hex(text.as_bytes()));
        }
    }
    Ok(Version { objects, texts })
}

/// Runs git in `folder`; its output, or what it said when it failed.
pub fn git(folder: &Path, args: &[&str]) -> Result<String, VersionsError> {
    let output = Command::new("git")
        .arg("-C")
        .arg(folder)
        .args(args)
        .output()
        .map_err(|e| {
            VersionsError::at(
                &folder.display().to_string(),
                None,
                &format!("cannot run git: {e}"),
            )
        })?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        let what = format!("git {}: {}", args.join(" "), said.trim());
        return Err(VersionsError::at(
            &folder.display().to_string(),
            None,
            &what,
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Who git says is working in `folder` (its `user.name`); none when git says nobody, or is missing.
pub fn user_name(folder: &Path) -> Option<String> {
    let name = git(folder, &["config", "user.name"]).ok()?;
    Some(name.trim().to_owned()).filter(|n| !n.is_empty())
}

/// A file as revision `rev` has it (none: the revision has no such file).
pub fn show(folder: &Path, rev: &str, path: &str) -> Result<Option<String>, VersionsError> {
    let exists = Command::new("git")
        .arg("-C")
        .arg(folder)
        .args(["cat-file", "-e", &format!("{rev}:{path}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !exists {
        // The revision itself must exist: a typo is a problem, not an empty story.
        git(
            folder,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                &format!("{rev}^{{commit}}"),
            ],
        )?;
        return Ok(None);
    }
    git(folder, &["show", &format!("{rev}:{path}")]).map(Some)
}

/// The top folder of the repository `folder` is in, or why it is in none.
pub fn top(folder: &Path) -> Result<PathBuf, VersionsError> {
    git(folder, &["rev-parse", "--show-toplevel"]).map(|top| PathBuf::from(top.trim()))
}

/// The commit git is merging in, while it runs a merge driver (`git merge` names it in a
/// `GITHEAD_<commit>` variable); none outside a merge.
pub fn merging_in() -> Option<String> {
    std::env::vars()
        .filter_map(|(name, _)| name.strip_prefix("GITHEAD_").map(str::to_owned))
        .find(|commit| commit.len() >= 40 && commit.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// One commit that changed the story.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Commit {
    pub commit: String,
    pub parent: Option<String>,
    pub author: String,
    pub date: String,
    pub message: String,
}

/// The commits that changed the story's files, newest first.
pub fn log(folder: &Path, files: &[&str]) -> Result<Vec<Commit>, VersionsError> {
    let mut args = vec!["log", "--format=%H%x1f%P%x1f%an%x1f%aI%x1f%s%x1e", "--"];
    args.extend(files);
    let out = git(folder, &args)?;
    Ok(out
        .split('\u{1e}')
        .filter_map(|entry| {
            let fields: Vec<&str> = entry.trim().split('\u{1f}').collect();
            let [commit, parents, author, date, message] = fields[..] else {
                return None;
            };
            Some(Commit {
                commit: commit.to_owned(),
                parent: parents
                    .split(' ')
                    .next()
                    .filter(|p| !p.is_empty())
                    .map(str::to_owned),
                author: author.to_owned(),
                date: date.to_owned(),
                message: message.to_owned(),
            })
        })
        .collect())
}
