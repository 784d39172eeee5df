//! The command line's teamwork: `diff`, `merge` (git's merge driver), `git-setup`, `resolve` and
//! `history`, over `chronomap::versions`.

use anyhow::{Context as _, bail};
use chronomap::checks::{self, CheckState};
use chronomap::cli::Command;
use chronomap::load;
use chronomap::versions::diff::diff;
use chronomap::versions::git::{self, Version};
use chronomap::versions::objects::Section;
use chronomap::versions::resolve::{Side, resolve};
use chronomap::versions::{driver, review, words};
use std::path::Path;
use std::process::ExitCode;

pub fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Diff {
            old,
            new,
            from,
            to,
            format,
        } => diff_command(
            &old,
            new.as_deref(),
            from.as_deref(),
            to.as_deref(),
            &format,
        ),
        Command::Merge {
            base,
            ours,
            theirs,
            path,
        } => merge(&base, &ours, &theirs, path.as_deref()),
        Command::GitSetup { story } => git_setup(&story),
        Command::PostMerge { story } => post_merge(&story),
        Command::Resolve {
            story,
            conflict,
            all: _,
            take,
        } => {
            let side = if take == "theirs" {
                Side::Theirs
            } else {
                Side::Ours
            };
            resolve_command(&story, conflict.as_deref(), side)
        }
        Command::History { story, object } => history(&story, object.as_deref()),
        Command::Checked {
            story,
            id,
            by,
            note,
        } => checked(&story, &id, by, note.as_deref().unwrap_or_default()),
        _ => bail!("not a versions command"),
    }
}

fn diff_command(
    old: &Path,
    new: Option<&Path>,
    from: Option<&str>,
    to: Option<&str>,
    format: &str,
) -> anyhow::Result<ExitCode> {
    let old_folder = load::story_folder(old);
    let (before, after) = match (from, new) {
        (Some(rev), None) => {
            let after = match to {
                Some(to) => git::from_revision(&old_folder, to)?,
                None => git::from_folder(&old_folder)?,
            };
            (git::from_revision(&old_folder, rev)?, after)
        }
        (None, Some(new)) => (
            git::from_folder(&old_folder)?,
            git::from_folder(&load::story_folder(new))?,
        ),
        _ => bail!(
            "give two story folders (diff OLD NEW), or a story and a revision (diff STORY --from REV)"
        ),
    };
    let changes = diff(&before.objects, &after.objects);
    let changed_texts = changed_texts(&before, &after);
    if format == "json" {
        let out = serde_json::json!({ "changes": changes, "changed_texts": changed_texts });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else if changes.is_empty() {
        println!("no changes");
    } else {
        print!("{}", words::describe(&changes));
    }
    for file in &changed_texts {
        eprintln!(
            "{}: the text changed: a source's text is evidence and never changes (add the new text as a new source that revises it)",
            old_folder.join(file).display()
        );
    }
    Ok(if changed_texts.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The source texts both versions hold under one name with different bytes.
fn changed_texts(before: &Version, after: &Version) -> Vec<String> {
    before
        .texts
        .iter()
        .filter(|(file, hash)| after.texts.get(*file).is_some_and(|h| h != *hash))
        .map(|(file, _)| file.clone())
        .collect()
}

fn merge(base: &Path, ours: &Path, theirs: &Path, path: Option<&Path>) -> anyhow::Result<ExitCode> {
    let merged = driver::merge_paths(base, ours, theirs, path)?;
    if ours.is_dir() {
        for file in &merged.written {
            println!("wrote {}", file.display());
        }
        if let Err(problems) = load::load_path(ours) {
            for problem in &problems.0 {
                eprintln!("{problem}");
            }
        }
    }
    if merged.conflicts > 0 {
        eprintln!(
            "{}: {} conflict(s) left, recorded in the story: `chronomap validate` lists them, `chronomap resolve` settles them",
            path.unwrap_or(ours).display(),
            merged.conflicts
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn git_setup(story: &Path) -> anyhow::Result<ExitCode> {
    let folder = load::story_folder(story);
    let top = git::top(&folder)?;
    let places = git::from_folder(&folder)
        .map(|v| git::places_file(&v.objects))
        .unwrap_or_else(|_| "places.geojson".to_owned());
    let lines = [
        "story.json merge=chronomap".to_owned(),
        format!("{places} merge=chronomap"),
        // A source's text is evidence: never merged line by line.
        "sources/** merge=binary".to_owned(),
    ];
    let attributes = folder.join(".gitattributes");
    let had = std::fs::read_to_string(&attributes).unwrap_or_default();
    let missing: Vec<&String> = lines
        .iter()
        .filter(|line| !had.lines().any(|l| l.trim() == line.as_str()))
        .collect();
    if !missing.is_empty() {
        let mut text = had.clone();
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        for line in &missing {
            text.push_str(line);
            text.push('\n');
        }
        std::fs::write(&attributes, text)
            .with_context(|| format!("writing {}", attributes.display()))?;
    }
    println!("{}:", attributes.display());
    for line in &lines {
        println!("  {line}");
    }
    let program = std::env::current_exe().context("finding the chronomap program")?;
    let driver = format!("'{}' merge %O %A %B --path %P", program.display());
    let settings = [
        (
            "merge.chronomap.name",
            "Chronomap: stories merged object by object",
        ),
        ("merge.chronomap.driver", driver.as_str()),
    ];
    println!("{} (git config):", top.join(".git/config").display());
    for (key, value) in settings {
        git::git(&folder, &["config", key, value])?;
        println!("  {key} = {value}");
    }
    install_hook(&folder, &top, &program)?;
    Ok(ExitCode::SUCCESS)
}

/// After `git merge`: the story merged again by objects, and what that changed said.
fn post_merge(story: &Path) -> anyhow::Result<ExitCode> {
    let folder = load::story_folder(story);
    let changes = driver::after_git_merge(&folder)?;
    if changes.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "chronomap: git merged {} line by line; merged again by objects, it changes:",
        folder.display()
    );
    print!("{}", words::describe(&changes));
    let conflicts = print_conflicts(&folder);
    println!(
        "{conflicts} conflict(s) to settle (`chronomap resolve`, or the window); then commit the story again"
    );
    Ok(ExitCode::SUCCESS)
}

/// Installs the post-merge hook that runs `chronomap post-merge` on this story (beside any line
/// already there for other stories); says what it did.
fn install_hook(folder: &Path, top: &Path, program: &Path) -> anyhow::Result<()> {
    let hooks = git::git(folder, &["rev-parse", "--git-path", "hooks"])?;
    let hooks = folder.join(hooks.trim());
    let hook = hooks.join("post-merge");
    let story = folder
        .canonicalize()?
        .strip_prefix(top.canonicalize()?)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| folder.display().to_string());
    let story = if story.is_empty() {
        ".".to_owned()
    } else {
        story
    };
    let line = format!("'{}' post-merge '{story}'", program.display());
    let had = std::fs::read_to_string(&hook).unwrap_or_default();
    const MARK: &str = "# Written by chronomap git-setup";
    if had.lines().any(|l| l.trim() == line) {
        println!("{} (already runs it):\n  {line}", hook.display());
        return Ok(());
    }
    if !had.is_empty() && !had.contains(MARK) {
        println!(
            "{} exists and is not Chronomap's: add this line to it yourself:\n  {line}",
            hook.display()
        );
        return Ok(());
    }
    let mut text = if had.is_empty() {
        format!("#!/bin/sh\n{MARK}: a story git merged line by line is merged again by objects.\n")
    } else {
        had
    };
    text.push_str(&line);
    text.push('\n');
    std::fs::create_dir_all(&hooks)?;
    std::fs::write(&hook, text).with_context(|| format!("writing {}", hook.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755))?;
    }
    println!("{} (git hook):\n  {line}", hook.display());
    Ok(())
}

fn resolve_command(story: &Path, conflict: Option<&str>, side: Side) -> anyhow::Result<ExitCode> {
    let folder = load::story_folder(story);
    let mut version = git::from_folder(&folder)?;
    let settled = resolve(&mut version.objects, conflict, side)?;
    let story_file = folder.join("story.json");
    let places_file = folder.join(git::places_file(&version.objects));
    let before = [&story_file, &places_file].map(std::fs::read);
    std::fs::write(&story_file, version.objects.story_json(false)?)?;
    std::fs::write(&places_file, version.objects.places_json())?;
    if let Err(problems) = load::load_path(&folder) {
        // The story must stay one that loads: what was there goes back.
        for (file, bytes) in [&story_file, &places_file].into_iter().zip(before) {
            if let Ok(bytes) = bytes {
                std::fs::write(file, bytes)?;
            }
        }
        for problem in &problems.0 {
            eprintln!("{problem}");
        }
        eprintln!("nothing settled: taking that side leaves a story that does not load");
        return Ok(ExitCode::FAILURE);
    }
    let taken = if side == Side::Theirs {
        "theirs"
    } else {
        "ours"
    };
    for id in &settled {
        println!("settled {id}: took {taken}");
    }
    let left = version.objects.list(Section::Conflicts).len();
    println!("{left} conflict(s) left");
    Ok(ExitCode::SUCCESS)
}

fn history(story: &Path, object: Option<&str>) -> anyhow::Result<ExitCode> {
    let folder = load::story_folder(story);
    let commits = review::history(&folder, object)?;
    for (commit, changes) in &commits {
        let short = commit.commit.get(..10).unwrap_or(&commit.commit);
        println!(
            "{short} {} {} — {}",
            commit.date, commit.author, commit.message
        );
        for line in words::describe(changes).lines() {
            println!("    {line}");
        }
    }
    if commits.is_empty() {
        match object {
            Some(id) => println!("no commit changed \"{id}\""),
            None => println!("no commit changed the story"),
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn checked(story: &Path, id: &str, by: Option<String>, note: &str) -> anyhow::Result<ExitCode> {
    let folder = load::story_folder(story);
    let Some(by) = by.or_else(|| git::user_name(&folder)) else {
        bail!("say who checked it: --by NAME (git has no user.name here)");
    };
    let mut loaded = match load::load_path(story) {
        Ok(loaded) => loaded,
        Err(errors) => {
            crate::print_problems(&errors);
            bail!("{} did not load", story.display());
        }
    };
    let Some(what) = checks::find(&loaded, id) else {
        bail!(
            "{}: the story has no event or claim \"{id}\"",
            folder.join("story.json").display()
        );
    };
    let edit = chronomap::edit::amend::mark_checked(&loaded, what, &by, note, checks::now())?;
    chronomap::edit::apply(&mut loaded, &edit)?;
    if let CheckState::Holds(check) = checks::state(&loaded, what) {
        println!(
            "{id}: checked by {} at {} (SHA-256 {})",
            check.by, check.at, check.sha256
        );
    }
    crate::write_story(Ok(loaded), &folder)
}

/// Says how many events and claims are checked, and names each changed since its check — and,
/// when `require`, each unchecked one (on stderr); how many are unchecked or changed.
pub fn print_checks(path: &Path, story: &chronomap::model::Story, require: bool) -> usize {
    let folder = load::story_folder(path);
    let text = std::fs::read_to_string(folder.join("story.json")).unwrap_or_default();
    let (mut holding, mut failing) = (0, 0);
    let total = story.events.len() + story.claims.len();
    for (what, id, state) in checks::all(story) {
        let kind = match what {
            checks::Checkable::Event(_) => "event",
            checks::Checkable::Claim(_) => "claim",
        };
        let said = match state {
            CheckState::Holds(_) => {
                holding += 1;
                continue;
            }
            CheckState::Unchecked if !require => continue,
            CheckState::Unchecked => "not checked".to_owned(),
            CheckState::Changed(check) => {
                format!("changed since checked by {} at {}", check.by, check.at)
            }
        };
        failing += 1;
        let (line, column) = locate(&text, id);
        let place = format!("{}:{line}:{column}", folder.join("story.json").display());
        if require {
            eprintln!("{place}: {kind} \"{id}\": {said}");
        } else {
            println!("note: {place}: {kind} \"{id}\": {said}");
        }
    }
    if holding + failing > 0 || require {
        println!("checked: {holding} of {total} events and claims");
    }
    failing
}

/// Where a record's id is first written in a file's text: line and column (the top without it).
fn locate(text: &str, id: &str) -> (usize, usize) {
    let needle = format!("\"{id}\"");
    text.find(&needle)
        .map_or((1, 1), |at| line_column(text, at))
}

/// Lists the conflicts a merge left in the story at `path`, each located in its file; how many.
pub fn print_conflicts(path: &Path) -> usize {
    let folder = load::story_folder(path);
    let Ok(version) = git::from_folder(&folder) else {
        return 0;
    };
    let places = git::places_file(&version.objects);
    let texts = ["story.json", places.as_str()].map(|name| {
        (
            name,
            std::fs::read_to_string(folder.join(name)).unwrap_or_default(),
        )
    });
    let conflicts = version.objects.list(Section::Conflicts);
    for (id, record) in conflicts {
        let record = record.value();
        let needle = format!("\"{id}\"");
        let (file, at) = texts
            .iter()
            .find(|(_, text)| text.contains(&needle))
            .map_or(("story.json", (1, 1)), |(name, text)| {
                (*name, locate(text, id))
            });
        let text = |key: &str| {
            record
                .get(key)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_owned()
        };
        let value = |key: &str| {
            let said = record.get(key).map(|v| v.to_string()).unwrap_or_default();
            match said.char_indices().nth(160) {
                Some((at, _)) => format!("{}…", &said[..at]),
                None => said,
            }
        };
        let field = match text("field") {
            field if field.is_empty() => "the whole object".to_owned(),
            field => format!("\"{field}\""),
        };
        eprintln!(
            "{}:{}:{}: conflict {id}: {} \"{}\", {field} changed two ways — base {}, ours {}, theirs {}; settle it with `chronomap resolve {} {id} --take ours|theirs`",
            folder.join(file).display(),
            at.0,
            at.1,
            text("kind"),
            text("object"),
            value("base"),
            value("ours"),
            value("theirs"),
            folder.display(),
        );
    }
    conflicts.len()
}

/// Line and column (from 1, columns in characters) of a byte offset.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}
