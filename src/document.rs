//! The story that is open: the story, where its files come from, and what the panels derive from it
//! (time axis, projection, place and event indexes), with the work done on it: open, edit with
//! undo and redo, import, export, save. A failure leaves the document as it was and returns every
//! problem found.

use crate::axis::TimeAxis;
use crate::edit::history::History;
use crate::edit::journal::{Journal, JournalError};
use crate::edit::{self, Edit, EditError};
use crate::formats::story_out::StoryOut;
use crate::formats::{self, Format};
use crate::load::{self, LoadErrors, Problem, StoryFiles};
use crate::model::Story;
use crate::query::StoryIndex;
use crate::shipped;
use crate::spatial::{self, PlaceIndex, Projection};
use std::path::Path;

/// Stories larger than this open off the UI thread (about 2 000 events load in a frame).
pub const LARGE_STORY_BYTES: u64 = 2 << 20;

/// A loaded story with its derived indexes, which change only with it.
pub struct Document {
    story: Story,
    files: StoryFiles,
    axis: TimeAxis,
    projection: Projection,
    place_index: PlaceIndex,
    story_index: StoryIndex,
    history: History,
    /// Changes with every edit, undo and redo, and differs between documents: panels that keep
    /// what they drew or found compare it to know when to do it again.
    version: u64,
    /// Changes only when the places change (the map's drawing depends on nothing else).
    places_version: u64,
    /// Where edits are journaled as they are made, for a story kept in a folder.
    journal: Option<Journal>,
    /// Why the last edit could not be journaled, if it could not.
    journal_problem: Option<String>,
    /// The last edits applied (undos and redos too), each with the version it was applied to:
    /// what a panel's own index follows instead of building itself again.
    recent: std::collections::VecDeque<(u64, Edit)>,
}

/// How many of the last edits a document keeps for [`Document::edits_since`].
const RECENT_EDITS: usize = 32;

fn next_version() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The time axis of a story: its events' days; a story without events yet, its sources'
/// publication days, so a new story's timeline starts where its news is.
fn axis_of(story: &Story, index: &StoryIndex) -> TimeAxis {
    if story.events.is_empty() {
        TimeAxis::new(
            story
                .sources
                .iter()
                .map(|s| (s.published.earliest, s.published.latest)),
        )
    } else {
        TimeAxis::new(index.event_spans().iter().copied())
    }
}

impl Document {
    pub fn new(mut story: Story, files: StoryFiles) -> Self {
        crate::edit::make::mentions_from_words(&mut story);
        let story_index = StoryIndex::new(&story);
        let axis = axis_of(&story, &story_index);
        let projection = spatial::projection_for(&story);
        let place_index = PlaceIndex::new(&story.places, &projection);
        Document {
            story,
            files,
            axis,
            projection,
            place_index,
            story_index,
            history: History::new(),
            version: next_version(),
            places_version: next_version(),
            journal: None,
            journal_problem: None,
            recent: std::collections::VecDeque::new(),
        }
    }

    /// A new, empty story to be saved in `folder`.
    pub fn empty(title: &str, folder: &Path) -> Self {
        let story = Story {
            title: title.trim().to_owned(),
            summary: String::new(),
            language: None,
            sources: Vec::new(),
            places: Vec::new(),
            events: Vec::new(),
            quotes: Vec::new(),
            claims: Vec::new(),
            steps: Vec::new(),
            notices: Vec::new(),
            revisions: Vec::new(),
            conflicts: Vec::new(),
            lookups: Default::default(),
        };
        let mut doc = Document::new(story, StoryFiles::from_path(folder));
        // Not on disk yet: unsaved until saved.
        doc.history = History::unsaved();
        doc.journal = doc
            .story_file()
            .map(|(folder, file)| Journal::new(&folder, &file));
        doc
    }

    /// Applies an edit, records it for undo, and brings the derived indexes up to date.
    pub fn edit(&mut self, edit: Edit) -> Result<(), EditError> {
        edit::apply(&mut self.story, &edit)?;
        self.refresh(&edit);
        self.journal(&edit);
        self.history.push(edit);
        Ok(())
    }

    /// Undoes the last edit; what it was ("remove event"), or none.
    pub fn undo(&mut self) -> Option<Result<String, EditError>> {
        let edit = self.history.undo()?;
        let done = self.replay(&edit, edit.inverse().describe());
        if done.is_err() {
            self.history.revert_undo();
        }
        Some(done)
    }

    pub fn redo(&mut self) -> Option<Result<String, EditError>> {
        let edit = self.history.redo()?;
        let done = self.replay(&edit, edit.describe());
        if done.is_err() {
            self.history.revert_redo();
        }
        Some(done)
    }

    /// Applies an edit the history gives back (an undo's inverse, a redo), saying it as `what`.
    fn replay(&mut self, edit: &Edit, what: String) -> Result<String, EditError> {
        edit::apply(&mut self.story, edit)?;
        self.refresh(edit);
        self.journal(edit);
        Ok(what)
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    /// Whether the story has changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Rebuilds what depends on what the edit touched: the axis with the events, the map's
    /// projection and shapes with the places, the cross-references always.
    fn refresh(&mut self, edit: &Edit) {
        let touched = edit.touched();
        self.story_index.update(&self.story, edit);
        // The axis is the events' days: a retitled event leaves it as it was; one added inside
        // the stretches it has only weighs on them.
        if touched.event_dates || (touched.sources && self.story.events.is_empty()) {
            let mut spans = Vec::new();
            edit.event_spans(&mut spans);
            // (An axis of the sources' days, before the first event, is built anew.)
            let had_events = self.story.events.len() > spans.len();
            let added_inside = had_events
                && spans
                    .iter()
                    .all(|&(span, by)| by > 0 && self.axis.add(span));
            if !added_inside || touched.sources {
                self.axis = axis_of(&self.story, &self.story_index);
            }
        }
        if touched.places {
            // The first places of a new story set where the map looks; after that it stays put.
            if self.place_index.draw_order().is_empty() {
                self.projection = spatial::projection_for(&self.story);
            }
            self.place_index = PlaceIndex::new(&self.story.places, &self.projection);
            self.places_version = next_version();
        }
        if self.recent.len() == RECENT_EDITS {
            self.recent.pop_front();
        }
        self.recent.push_back((self.version, edit.clone()));
        self.version = next_version();
    }

    /// The edits applied since the document was at `version`, in order; none when it never was,
    /// or that many edits ago that they are no longer kept (then what follows them is rebuilt).
    pub fn edits_since(&self, version: u64) -> Option<impl Iterator<Item = &Edit>> {
        let from = if version == self.version {
            self.recent.len()
        } else {
            self.recent.iter().position(|(v, _)| *v == version)?
        };
        Some(self.recent.iter().skip(from).map(|(_, edit)| edit))
    }

    pub fn version(&self) -> u64 {
        self.version
    }

    /// Like [`Document::version`], for the places alone.
    pub fn places_version(&self) -> u64 {
        self.places_version
    }

    /// The folder the story is saved in; none for the built-in story.
    pub fn folder(&self) -> Option<&Path> {
        match &self.files {
            StoryFiles::Folder { root, .. } => Some(root),
            _ => None,
        }
    }

    /// Saves the story in its own folder (see [`formats::save_folder`]), or in `folder`, which
    /// becomes its folder.
    pub fn save(&mut self, folder: Option<&Path>) -> Result<(), LoadErrors> {
        let Some(target) = folder.or(self.folder()).map(Path::to_path_buf) else {
            return Err(LoadErrors::one(
                self.files.display_name(),
                None,
                Problem::Unwritable(crate::i18n::tr("save-built-in-no-folder")),
            ));
        };
        self.save_folder(&target)?;
        if folder.is_some() {
            // The edits journaled in the old folder are saved (here): that journal goes.
            self.discard_unsaved_edits();
            self.files = StoryFiles::from_path(&target);
        }
        self.history.mark_saved();
        // The saved story holds every edit: a new journal starts from it.
        if let Some((folder, file)) = self.story_file() {
            let mut journal = Journal::new(&folder, &file);
            journal.restart(&file);
            self.journal = Some(journal);
        }
        Ok(())
    }

    /// The story folder (or story.json) at `path`; its edits will be journaled beside it. A
    /// cache written for it is on disk when this returns (the command line may end next).
    pub fn open(path: &Path) -> Result<Self, LoadErrors> {
        let cache = load::cache::StoryCache::user();
        let (doc, _, writing) =
            Self::open_with_cache(path, &load::Cancel::default(), cache.as_ref())?;
        // A cache that cannot be written costs the next open its speed, nothing else.
        let _ = writing.map(load::cache::CacheWrite::finish);
        Ok(doc)
    }

    /// [`Document::open`] on the window's opening thread, which stops early when `cancel` is set;
    /// the story is handed over while its cache is still being written.
    pub fn open_cancellable(path: &Path, cancel: &load::Cancel) -> Result<Self, LoadErrors> {
        let cache = load::cache::StoryCache::user();
        Self::open_with_cache(path, cancel, cache.as_ref()).map(|(doc, _, _)| doc)
    }

    /// [`Document::open_cancellable`] through `cache` (a large story's second open skips parsing
    /// and anchoring), saying how it opened, with the cache's write when one is under way.
    pub fn open_with_cache(
        path: &Path,
        cancel: &load::Cancel,
        cache: Option<&load::cache::StoryCache>,
    ) -> Result<(Self, load::cache::Opened, Option<load::cache::CacheWrite>), LoadErrors> {
        let (story, opened, writing) = load::load_path_cached(path, cancel, cache)?;
        let mut doc = Document::new(story, StoryFiles::from_path(path));
        doc.journal = doc
            .story_file()
            .map(|(folder, file)| Journal::new(&folder, &file));
        Ok((doc, opened, writing))
    }

    /// The folder and the story file of a story kept on disk.
    fn story_file(&self) -> Option<(std::path::PathBuf, std::path::PathBuf)> {
        match &self.files {
            StoryFiles::Folder { root, story_file } => Some((root.clone(), root.join(story_file))),
            _ => None,
        }
    }

    /// Edits a journal beside the story holds that were never saved (after a crash), if any.
    pub fn unsaved_edits(&self) -> Result<Vec<Edit>, JournalError> {
        match self.story_file() {
            Some((folder, file)) => Journal::recover(&folder, &file),
            None => Ok(Vec::new()),
        }
    }

    /// Applies edits recovered from the journal, as if just made (they can be undone); stops at
    /// the first that does not apply, and says how many did.
    pub fn restore(&mut self, edits: Vec<Edit>) -> Result<usize, (usize, EditError)> {
        let total = edits.len();
        for (done, edit) in edits.into_iter().enumerate() {
            self.edit(edit).map_err(|e| (done, e))?;
        }
        Ok(total)
    }

    /// Gives up the journal's unsaved edits.
    pub fn discard_unsaved_edits(&self) {
        if let Some((folder, _)) = self.story_file() {
            Journal::discard(&folder);
        }
    }

    /// Gives up every change not saved: the journal ends, so no later open offers them back, and
    /// an edit made after this starts a new journal on the story as saved.
    pub fn discard_changes(&mut self) {
        if let Some((folder, file)) = self.story_file() {
            Journal::discard(&folder);
            self.journal = Some(Journal::new(&folder, &file));
        }
    }

    /// Why the last edit could not be written to the recovery journal, if so.
    pub fn journal_problem(&self) -> Option<&str> {
        self.journal_problem.as_deref()
    }

    fn journal(&mut self, edit: &Edit) {
        if let Some(journal) = &mut self.journal {
            self.journal_problem = journal.append(edit).err().map(|e| e.to_string());
        }
    }

    /// Whether the story at `path` is large enough (story.json and places together over
    /// [`LARGE_STORY_BYTES`]) to be opened off the UI thread.
    pub fn is_large(path: &Path) -> bool {
        let folder = load::story_folder(path);
        let size = |name: &str| std::fs::metadata(folder.join(name)).map_or(0, |m| m.len());
        size(load::STORY_FILE) + size("places.geojson") > LARGE_STORY_BYTES
    }

    /// The story compiled into the binary.
    pub fn shipped() -> Result<Self, LoadErrors> {
        let files = shipped::karabakh();
        Ok(Document::new(load::load(&files)?, files))
    }

    /// This document with the file at `path` merged in (the story is checked like one on disk).
    /// `date_order`: how a CSV's dates like 03/04/2024 are read when none of them settles it.
    pub fn import(
        &self,
        format: Format,
        path: &Path,
        date_order: Option<formats::csv_rows::DateOrder>,
    ) -> Result<Document, LoadErrors> {
        let name = path.display().to_string();
        let text = read_for_import(path, &name)?;
        let text = load::without_bom(&text);
        let story = formats::import(&self.story, format, text, &name, date_order)?;
        let mut imported = Document::new(story, self.files.clone());
        // What was imported is not saved yet: closing asks first.
        imported.history = History::unsaved();
        imported.journal = imported
            .story_file()
            .map(|(folder, file)| Journal::new(&folder, &file));
        Ok(imported)
    }

    pub fn export(&self, format: Format, path: &Path) -> Result<(), LoadErrors> {
        let unwritable =
            |e: String| LoadErrors::one(path.display().to_string(), None, Problem::Unwritable(e));
        let bytes = formats::export(&self.story, format).map_err(|e| unwritable(e.to_string()))?;
        std::fs::write(path, bytes).map_err(|e| unwritable(e.to_string()))
    }

    pub fn save_folder(&self, folder: &Path) -> Result<(), LoadErrors> {
        formats::save_folder(StoryOut::from_story(&self.story), folder).map_err(|e| {
            LoadErrors::one(
                folder.display().to_string(),
                None,
                Problem::Unwritable(e.to_string()),
            )
        })
    }

    pub fn story(&self) -> &Story {
        &self.story
    }

    pub fn files(&self) -> &StoryFiles {
        &self.files
    }

    pub fn axis(&self) -> &TimeAxis {
        &self.axis
    }

    pub fn projection(&self) -> &Projection {
        &self.projection
    }

    pub fn place_index(&self) -> &PlaceIndex {
        &self.place_index
    }

    pub fn story_index(&self) -> &StoryIndex {
        &self.story_index
    }
}

/// A file to import as text: a Parquet table as the rows of an events CSV, anything else as read.
fn read_for_import(path: &Path, name: &str) -> Result<String, LoadErrors> {
    #[cfg(feature = "parquet")]
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("parquet"))
    {
        let bytes = load::read_bounded_bytes(path).map_err(|p| LoadErrors::one(name, None, p))?;
        return formats::parquet_table::to_csv(bytes).map_err(|e| {
            LoadErrors::one(
                name,
                None,
                Problem::Invalid(crate::i18n::tr_with(
                    "parquet-unreadable",
                    &[("why", e.to_string().into())],
                )),
            )
        });
    }
    load::read_bounded(path).map_err(|p| LoadErrors::one(name, None, p))
}
