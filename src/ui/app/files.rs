//! File work: opening, importing, exporting, saving and publishing stories, files dropped on the
//! window, and the state saved between sessions.

use super::{ChronomapApp, Pending, RECENT_STORIES};
use crate::base_map::streets::StreetMap;
use crate::document::Document;
use crate::i18n::{tr, tr_with};
use crate::load::LoadErrors;
use crate::playback::PlaybackCommand;
use crate::ui::dialogs::Problems;
use crate::ui::opening::{Opened, Opening};
use crate::ui::screenshot::ScreenshotJob;
use crate::ui::state::{Command, FileAction, SavedState, Tab};
use std::path::{Path, PathBuf};

impl ChronomapApp {
    /// Shows another story; the view starts afresh on its news.
    pub(super) fn replace_story(&mut self, doc: Document, path: Option<PathBuf>) {
        let fresh = Self::with_story(doc);
        self.doc = fresh.doc;
        self.view = fresh.view;
        self.map = fresh.map;
        self.timeline = fresh.timeline;
        self.forms = super::forms::Forms::default();
        self.suggestions = None;
        self.recovery = fresh.recovery;
        self.show_conflicts = fresh.show_conflicts;
        self.review = None;
        self.history = None;
        self.status = fresh.status;
        // What the loader did that the files do not say (ids made for places) is told at once.
        let notices = &self.doc.story().notices;
        if !notices.is_empty() {
            self.notice = Some(notices.join("\n"));
        }
        if let Some(path) = &path {
            self.recent.retain(|p| p != path);
            self.recent.insert(0, path.clone());
            self.recent.truncate(RECENT_STORIES);
        }
        self.story_path = path;
        self.default_checker();
    }

    /// Without a name for checks yet, git's `user.name` where the story is (if it says one).
    pub(super) fn default_checker(&mut self) {
        if self.checker.is_empty()
            && let Some(folder) = &self.story_path
        {
            let folder = crate::load::story_folder(folder);
            self.checker = crate::versions::git::user_name(&folder).unwrap_or_default();
        }
    }

    /// Shows a story that opened, or what is wrong with it (the open story stays).
    pub(super) fn opened(&mut self, path: PathBuf, result: Result<Opened, LoadErrors>) {
        match result {
            Ok(opened) => {
                self.replace_story(opened.doc, Some(path));
                if let Some((version, index)) = opened.find_index {
                    self.find.prepared(version, index);
                }
            }
            Err(errors) => self.report(
                tr_with(
                    "app-could-not-open",
                    &[("path", path.display().to_string().into())],
                ),
                &errors,
            ),
        }
    }

    /// Opens the story at `path` in this frame, whatever its size.
    pub fn open_now(&mut self, path: &Path) {
        let result = Document::open(path).map(Opened::alone);
        self.opened(path.to_path_buf(), result);
    }

    /// Whether the timeline shows a zoomed part of the axis rather than the whole story.
    pub fn timeline_is_zoomed(&self) -> bool {
        self.timeline.is_zoomed()
    }

    /// Whether Find holds an index of the story as it is now (a search builds none).
    pub fn find_is_indexed(&self) -> bool {
        self.find.is_indexed(self.doc.version())
    }

    /// Whether a story is being opened in the background.
    pub fn is_opening(&self) -> bool {
        self.opening.is_some()
    }

    pub(super) fn report(&mut self, title: String, errors: &LoadErrors) {
        self.problems = Some(Problems {
            title,
            lines: errors.0.iter().map(ToString::to_string).collect(),
        });
    }

    /// File work; what would replace a story with unsaved changes asks first.
    pub(super) fn apply_file(&mut self, action: FileAction) {
        if action.replaces_story() && self.doc.is_dirty() {
            self.pending = Some(Pending::File(action));
        } else {
            self.carry_out(action);
        }
    }

    pub(super) fn carry_out(&mut self, action: FileAction) {
        match action {
            FileAction::NewStory { title, folder } => {
                let mut doc = Document::empty(&title, &folder);
                match doc.save(None) {
                    Ok(()) => {
                        self.replace_story(doc, Some(folder));
                        self.forms.new_story = None;
                        self.view.tab = Tab::Reader;
                        self.status = Some(tr("app-new-story"));
                    }
                    Err(errors) => self.report(tr("app-could-not-create"), &errors),
                }
            }
            // A large story loads off the UI thread; a small one in the frame it was asked for.
            FileAction::Open(path) if Document::is_large(&path) => {
                self.opening = Some(Opening::start(path));
            }
            FileAction::Open(path) => self.open_now(&path),
            FileAction::OpenShipped => match Document::shipped() {
                Ok(doc) => self.replace_story(doc, None),
                Err(errors) => self.report(tr("app-could-not-open-shipped"), &errors),
            },
            FileAction::Import(format, path) => match self.doc.import(format, &path, None) {
                Ok(doc) => {
                    let (cursor, path_kept) =
                        (self.view.playback.cursor(), self.story_path.clone());
                    self.replace_story(doc, None);
                    self.story_path = path_kept;
                    self.apply(Command::Playback(PlaybackCommand::SetCursor(cursor)));
                    self.notice = Some(format_words("app-imported", format, &path));
                }
                Err(errors) => {
                    self.report(format_words("app-could-not-import", format, &path), &errors)
                }
            },
            FileAction::Export(format, path) => match self.doc.export(format, &path) {
                Ok(()) => self.notice = Some(format_words("app-exported", format, &path)),
                Err(errors) => {
                    self.report(format_words("app-could-not-export", format, &path), &errors)
                }
            },
            FileAction::SaveFolder(folder) => match self.doc.save(Some(&folder)) {
                Ok(()) => {
                    self.story_path = Some(folder.clone());
                    self.status = Some(tr_with(
                        "app-saved-in",
                        &[("folder", folder.display().to_string().into())],
                    ));
                }
                Err(errors) => self.report(
                    tr_with(
                        "app-could-not-save",
                        &[("folder", folder.display().to_string().into())],
                    ),
                    &errors,
                ),
            },
            FileAction::Save => match self.doc.save(None) {
                Ok(()) => {
                    let folder = self.doc.folder().map(Path::to_path_buf);
                    self.status = folder.map(|f| {
                        tr_with(
                            "app-saved-in",
                            &[("folder", f.display().to_string().into())],
                        )
                    });
                }
                Err(errors) => self.report(tr("app-could-not-save-story"), &errors),
            },
            FileAction::ExportPng(path) => self.png_export = Some(ScreenshotJob::new(path, false)),
            FileAction::Publish(path) => {
                let streets = self.map.street_map().map(|m| &**m);
                match crate::publish::write(&self.doc, &path, streets, None) {
                    Ok((bytes, notices)) => {
                        let mut notice = tr_with(
                            "app-published",
                            &[
                                ("path", path.display().to_string().into()),
                                ("size", bytes.div_ceil(1024).into()),
                            ],
                        );
                        for said in notices {
                            notice.push_str(&format!("\n{said}"));
                        }
                        self.notice = Some(notice);
                    }
                    Err(errors) => self.report(
                        tr_with(
                            "app-could-not-publish",
                            &[("path", path.display().to_string().into())],
                        ),
                        &errors,
                    ),
                }
            }
            FileAction::StreetMap(Some(path)) => match StreetMap::open(&path) {
                Ok(map) => self.show_street_map(map),
                Err(e) => {
                    self.problems = Some(Problems {
                        title: tr("app-could-not-draw-streets"),
                        lines: vec![e.to_string()],
                    })
                }
            },
            FileAction::StreetMap(None) => {
                self.map.set_street_map(None);
                self.status = Some(tr("app-no-street-map"));
            }
        }
    }

    /// Draws this street map under the story (and every story opened after it).
    pub fn show_street_map(&mut self, map: StreetMap) {
        self.status = Some(tr_with(
            "app-streets-drawn",
            &[
                ("file", map.path().display().to_string().into()),
                ("attribution", map.attribution.clone().into()),
            ],
        ));
        self.map.set_street_map(Some(std::sync::Arc::new(map)));
    }

    pub fn saved_state(&self) -> SavedState {
        SavedState {
            story: self.story_path.clone(),
            cursor: self.view.playback.cursor(),
            recent: self.recent.clone(),
            dark_theme: self.dark_theme,
            street_map: self.map.street_map().map(|m| m.path().to_owned()),
            language: self.language,
            checker: self.checker.clone(),
        }
    }

    /// Restores what the last session saved. A saved state that does not parse is ignored with a
    /// log line; a saved story that no longer opens leaves the current one.
    /// With `story_too` false (a story or date was asked for on the command line) only the recent
    /// list and the theme are restored.
    pub fn restore(&mut self, saved: &str, story_too: bool) {
        let state: SavedState = match serde_json::from_str(saved) {
            Ok(state) => state,
            Err(e) => {
                eprintln!("chronomap: ignoring the saved state, which does not parse ({e})");
                return;
            }
        };
        self.recent = state.recent;
        self.recent.truncate(RECENT_STORIES);
        self.dark_theme = state.dark_theme;
        if !state.checker.is_empty() {
            self.checker = state.checker;
        }
        self.apply(Command::SetLanguage(state.language));
        // The street map chosen last time, drawn again if it still opens.
        if let (Some(path), None) = (&state.street_map, self.map.street_map()) {
            match StreetMap::open(path) {
                Ok(map) => self.map.set_street_map(Some(std::sync::Arc::new(map))),
                Err(e) => eprintln!("chronomap: the last street map is not drawn: {e}"),
            }
        }
        if !story_too {
            return;
        }
        if let Some(path) = &state.story {
            // A large story opens in the background, as File → Open does, so the window shows at
            // once (ACLED's 1.3 million events take seconds even from the cache).
            if Document::is_large(path) {
                self.opening = Some(Opening::start(path.clone()));
                return;
            }
            match Document::open(path) {
                Ok(doc) => self.replace_story(doc, Some(path.clone())),
                Err(errors) => {
                    eprintln!(
                        "chronomap: the last story ({}) did not open; showing the shipped one:\n{errors}",
                        path.display()
                    );
                    return;
                }
            }
        }
        self.apply(Command::Playback(PlaybackCommand::SetCursor(state.cursor)));
    }
}

/// The message `key` about a file of `format` at `path` (imported, exported, or not).
fn format_words(key: &str, format: crate::formats::Format, path: &std::path::Path) -> String {
    tr_with(
        key,
        &[
            ("format", format.label().into()),
            ("path", path.display().to_string().into()),
        ],
    )
}
