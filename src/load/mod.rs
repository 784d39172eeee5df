//! Reading and checking a story folder. Every problem found is reported, not only the first.

mod anchors;
mod build;
pub mod cache;
pub mod error;
pub mod files;
mod geometry;
mod locate;
mod located;
pub mod picture_file;
mod place_notices;
mod places;
pub mod raw;
mod shape_read;
mod shapes;
mod steps;

pub use error::{CaptureMismatch, LoadError, LoadErrors, Location, Problem, Record};
pub use files::{
    MAX_FILE_BYTES, MAX_STORY_BYTES, ReadBudget, STORY_FILE, StoryFiles, read_bounded,
    read_bounded_bytes, story_folder,
};
pub use geometry::{check_geometry, outside_wgs84, to_geometry};
pub use places::{ParsedPlace, ParsedPlaces};
pub use steps::bounds as step_bounds;

use crate::anchoring::{self as anchor, CharPositions, nearest, reanchor};
use crate::date::{self, DateSpan};
use crate::digest::sha256_hex;
use crate::model::{Quote, Revision, Source, Story};
use locate::TextIndex;
use raw::{RawCapture, RawStory};
use std::collections::HashMap;

/// Ids to positions: hashed by foldhash (a large story's load hashes millions of ids; SipHash was a
/// tenth of it), seeded per process.
pub(crate) type IdMap = HashMap<String, usize, foldhash::fast::RandomState>;
use std::path::Path;

/// Asks a load running on another thread to stop: it then ends at its next step with
/// [`Problem::Cancelled`] and lets go of what it read.
#[derive(Debug, Clone, Default)]
pub struct Cancel(std::sync::Arc<std::sync::atomic::AtomicBool>);

impl Cancel {
    pub fn cancel(&self) {
        self.0.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
}

pub fn load_path(path: &Path) -> Result<Story, LoadErrors> {
    load_path_cancellable(path, &Cancel::default())
}

/// [`load_path`], stopping early when `cancel` is set.
pub fn load_path_cancellable(path: &Path, cancel: &Cancel) -> Result<Story, LoadErrors> {
    load_path_cached(path, cancel, None).map(|(story, _, _)| story)
}

/// [`load_path_cancellable`] through a story cache, when one is given; a cache written anew is
/// written behind (see [`cache::StoryCache::open`]).
pub fn load_path_cached(
    path: &Path,
    cancel: &Cancel,
    cache: Option<&cache::StoryCache>,
) -> Result<(Story, cache::Opened, Option<cache::CacheWrite>), LoadErrors> {
    let files = StoryFiles::from_path(path);
    if path.is_dir() && !path.join(STORY_FILE).exists() {
        return Err(LoadErrors(vec![
            files.error(STORY_FILE, Problem::NotAStory),
        ]));
    }
    match cache {
        Some(cache) => cache.open(&files, cancel),
        None => load_cancellable(&files, cancel)
            .map(|story| (story, cache::Opened::FromFiles { cached: false }, None)),
    }
}

pub fn load(files: &StoryFiles) -> Result<Story, LoadErrors> {
    load_cancellable(files, &Cancel::default())
}

fn load_cancellable(files: &StoryFiles, cancel: &Cancel) -> Result<Story, LoadErrors> {
    load_within(files, cancel, &ReadBudget::default())
}

/// Loads a story, each file read spending `budget` (which may record them, for the cache).
pub fn load_within(
    files: &StoryFiles,
    cancel: &Cancel,
    budget: &ReadBudget,
) -> Result<Story, LoadErrors> {
    let stopped = || LoadErrors(vec![files.error(files.story_file(), Problem::Cancelled)]);
    let story_file = files.story_file().to_owned();
    let mut problems = Vec::new();
    let story_text = files
        .read_text_within(&story_file, budget)
        .map_err(|e| problems.push(e))
        .ok();
    let raw: Option<RawStory> = story_text.as_deref().and_then(|text| {
        serde_json::from_str::<raw::Object<RawStory>>(without_bom(text))
            .map(|raw::Object(story)| story)
            .map_err(|e| problems.push(json_error(files, &story_file, &e)))
            .ok()
    });
    // Parsed, the text is let go: problems found later read it again to be located (ACLED's
    // story.json is 395 MB, held beside its records it set the peak of memory).
    drop(story_text);
    if cancel.is_cancelled() {
        return Err(stopped());
    }
    let places_file = raw
        .as_ref()
        .map_or_else(raw::default_places_file, |r| r.places.clone());
    let places_text = files
        .read_text_within(&places_file, budget)
        .map_err(|e| problems.push(e))
        .ok();
    let parsed_places =
        places_text
            .as_deref()
            .and_then(|text| match places::parse(without_bom(text), &[]) {
                Ok(parsed) => {
                    // Offsets are in the text without its byte order mark.
                    let index = TextIndex::new(without_bom(text));
                    let failed_ids = parsed
                        .problems
                        .iter()
                        .filter_map(|p| p.id.clone())
                        .collect::<Vec<_>>();
                    problems.extend(parsed.problems.into_iter().map(|p| LoadError {
                        location: files.location(&places_file, Some(index.line_column(p.at))),
                        problem: p.problem,
                    }));
                    let notices = parsed
                        .notices
                        .into_iter()
                        .map(|n| format!("{}: {n}", files.display_path(&places_file)));
                    let places = (parsed.places, parsed.conflicts);
                    Some(((places, notices.collect()), failed_ids))
                }
                Err(e) => {
                    problems.push(json_error(files, &places_file, &e));
                    None
                }
            });
    let (Some(mut raw), Some((((parsed_places, conflicts), notices), failed_place_ids))) =
        (raw, parsed_places)
    else {
        return Err(LoadErrors::limited(problems));
    };
    raw.conflicts.extend(conflicts);
    if cancel.is_cancelled() {
        return Err(stopped());
    }
    let checker = Checker {
        cancel,
        files,
        story_file: &story_file,
        places_file: &places_file,
        story_index: TextIndex::read_again(files, &story_file),
        places_index: places_text.as_deref().map(TextIndex::new),
        problems,
        nearest_hints_left: nearest::MAX_HINTS,
        budget,
        notices,
    };
    checker.build(raw, parsed_places, failed_place_ids)
}

/// The places of any GeoJSON text read from `file` (an import), ids made for features without
/// one avoiding `taken`: each problem located in it.
pub fn read_places(text: &str, file: &str, taken: &[&str]) -> Result<ParsedPlaces, LoadErrors> {
    let text = without_bom(text);
    let parsed = places::parse(text, taken).map_err(|e| {
        let (line_column, problem) = json_problem(&e);
        LoadErrors(vec![LoadError::at(file.to_owned(), line_column, problem)])
    })?;
    if parsed.problems.is_empty() {
        return Ok(parsed);
    }
    let index = TextIndex::new(text);
    let problems = parsed
        .problems
        .into_iter()
        .map(|p| LoadError::at(file.to_owned(), Some(index.line_column(p.at)), p.problem));
    Err(LoadErrors::limited(problems.collect()))
}

/// A file's text without the byte order mark some editors write (Notepad, Excel, GDAL on Windows),
/// which RFC 8259 lets a reader ignore.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Where serde_json says a JSON error is, and what it is.
fn json_problem(error: &serde_json::Error) -> (Option<(usize, usize)>, Problem) {
    let line_column = (error.line() > 0).then(|| (error.line(), error.column()));
    // serde_json's message ends with " at line L column C", which the location already says.
    let message = error.to_string();
    let message = message
        .split(" at line ")
        .next()
        .unwrap_or(&message)
        .to_owned();
    (line_column, Problem::Json(message))
}

fn json_error(files: &StoryFiles, file: &str, error: &serde_json::Error) -> LoadError {
    let (line_column, problem) = json_problem(error);
    LoadError {
        location: files.location(file, line_column),
        problem,
    }
}

/// Resolves references and checks every record, collecting problems with their locations.
struct Checker<'a> {
    /// Checked before each source, quote and place: a cancelled load stops there.
    cancel: &'a Cancel,
    files: &'a StoryFiles,
    story_file: &'a str,
    places_file: &'a str,
    story_index: TextIndex<'a>,
    places_index: Option<TextIndex<'a>>,
    problems: Vec<LoadError>,
    /// What is left of the bytes the story may read.
    budget: &'a ReadBudget,
    /// How many more quotes not found get the nearest passage (each costs a few searches of
    /// its source: a story of thousands of broken quotes must not take minutes to report).
    nearest_hints_left: usize,
    /// What the loader did that the files do not say, for the story to tell.
    notices: Vec<String>,
}

impl Checker<'_> {
    fn take_nearest_hint(&mut self) -> bool {
        let left = self.nearest_hints_left > 0;
        self.nearest_hints_left = self.nearest_hints_left.saturating_sub(1);
        left
    }

    /// A problem in story.json, located at the record `id` (and the string `inner` inside it).
    fn story_problem(&mut self, id: &str, inner: Option<&str>, problem: Problem) {
        let line_column = self.story_index.record(id, inner);
        self.problems.push(LoadError {
            location: self.files.location(self.story_file, line_column),
            problem,
        });
    }

    fn place_problem(&mut self, id: &str, inner: Option<&str>, problem: Problem) {
        let line_column = self
            .places_index
            .as_ref()
            .and_then(|index| index.record(id, inner));
        self.problems.push(LoadError {
            location: self.files.location(self.places_file, line_column),
            problem,
        });
    }

    /// Maps ids to positions, reporting duplicates.
    fn ids<'s>(
        &mut self,
        kind: &'static str,
        ids: impl Iterator<Item = &'s str>,
        in_places: bool,
    ) -> IdMap {
        let mut map = IdMap::with_capacity_and_hasher(ids.size_hint().0, Default::default());
        // How many times each repeated id has come so far: only repeats are counted (a million
        // ids are hashed once, not twice).
        let mut repeats: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            if map.insert(id.to_owned(), i).is_some() {
                let count = repeats.entry(id).or_insert(1);
                *count += 1;
                let problem = Problem::DuplicateId {
                    kind,
                    id: id.to_owned(),
                };
                let (file, index) = if in_places {
                    (self.places_file, self.places_index.as_ref())
                } else {
                    (self.story_file, Some(&self.story_index))
                };
                let line_column = index.and_then(|index| index.nth_record(id, *count - 1));
                self.problems.push(LoadError {
                    location: self.files.location(file, line_column),
                    problem,
                });
            }
        }
        map
    }

    /// Resolves a list of references; unknown ones are reported against their owner record.
    fn refs<'s>(
        &mut self,
        owner_kind: &'static str,
        owner: &str,
        kind: &'static str,
        ids: impl IntoIterator<Item = &'s String>,
        map: &IdMap,
    ) -> Vec<usize> {
        let mut resolved = Vec::new();
        for id in ids {
            match map.get(id) {
                Some(&i) => resolved.push(i),
                None => self.story_problem(
                    owner,
                    Some(id),
                    Problem::UnknownId {
                        owner: Box::new(Record {
                            kind: owner_kind,
                            id: owner.to_owned(),
                        }),
                        kind,
                        id: id.clone(),
                    },
                ),
            }
        }
        resolved
    }

    fn date(&mut self, owner_kind: &'static str, owner: &str, edtf: &str) -> Option<DateSpan> {
        date::resolve(edtf)
            .map_err(|error| {
                self.story_problem(
                    owner,
                    Some(edtf),
                    Problem::Date {
                        owner: Box::new(Record {
                            kind: owner_kind,
                            id: owner.to_owned(),
                        }),
                        error: Box::new(error),
                    },
                )
            })
            .ok()
    }

    /// Checks a source's capture record: a valid UTC time, and the text (and any original) still
    /// hashing to what was recorded. Returns the original's bytes.
    fn check_capture(
        &mut self,
        id: &str,
        file: &str,
        text: Option<&str>,
        capture: &RawCapture,
    ) -> CaptureChecked {
        if chrono::DateTime::parse_from_rfc3339(&capture.captured).is_err() {
            let problem = Problem::Invalid(crate::i18n::tr_with(
                "invalid-captured-not-date",
                &[
                    ("id", id.to_owned().into()),
                    ("captured", capture.captured.clone().into()),
                ],
            ));
            self.story_problem(id, Some(&capture.captured), problem);
        }
        let check = |this: &mut Self, file: &str, bytes: &[u8], recorded: &str| {
            let now = sha256_hex(bytes);
            let matches = |hash: &str| hash.eq_ignore_ascii_case(recorded.trim());
            if matches(&now) {
                return None;
            }
            // Git for Windows (core.autocrlf) and Notepad change line ends or add a byte order
            // mark: the words are the same, and the story says so rather than refusing them. The
            // bytes captured (which the hash proves) are what the story reads; the file stays.
            if let Some((how, captured)) = line_end_or_bom_difference(bytes, &matches) {
                let file = this.files.display_path(file);
                this.notices.push(crate::i18n::tr_with(
                    "notice-capture-differs",
                    &[
                        ("file", file.into()),
                        ("captured", capture.captured.clone().into()),
                        ("how", crate::i18n::tr(how).into()),
                    ],
                ));
                return Some(captured);
            }
            let problem = Problem::ChangedSinceCapture(Box::new(CaptureMismatch {
                file: this.files.display_path(file),
                captured: capture.captured.clone(),
                now,
                recorded: recorded.to_owned(),
            }));
            this.story_problem(id, Some(recorded), problem);
            None
        };
        let captured_text = text
            .and_then(|text| check(self, file, text.as_bytes(), &capture.sha256))
            .and_then(|bytes| String::from_utf8(bytes).ok());
        let original = capture.original.as_ref().and_then(|original| {
            match self.files.read_bytes_within(&original.file, self.budget) {
                Ok(bytes) => {
                    check(self, &original.file, &bytes, &original.sha256);
                    // A picture's recorded size must be its file's: regions are checked against
                    // it, and the reader and the page draw the picture at it.
                    if let Some(problem) = capture.picture.as_ref().and_then(|picture| {
                        let shown = self.files.display_path(&original.file);
                        picture_file::size_problem(id, &shown, &original.file, &bytes, picture)
                    }) {
                        self.story_problem(id, Some("picture"), Problem::Invalid(problem));
                    }
                    Some(bytes.into())
                }
                Err(e) => {
                    self.problems.push(e);
                    None
                }
            }
        });
        // A time-stamp must stamp this text's hash (its signature is for `validate --tsa-cert`).
        let timestamp = capture.timestamp.as_ref().and_then(|stamp| {
            let bytes = self
                .files
                .read_bytes_within(&stamp.file, self.budget)
                .map_err(|e| self.problems.push(e))
                .ok()?;
            if let Err(e) = crate::rfc3161::read_for(&bytes, &capture.sha256) {
                let file = self.files.display_path(&stamp.file);
                let problem =
                    Problem::Invalid(format!("source \"{id}\": its time-stamp {file}: {e}"));
                self.story_problem(id, Some(&stamp.file), problem);
            }
            Some(bytes.into())
        });
        CaptureChecked {
            original,
            timestamp,
            captured_text,
        }
    }

    /// Two sources never show the same label: the second is reported.
    fn check_labels(&mut self, sources: &[Source]) {
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for source in sources {
            if let Some(other) = seen.insert(source.label.as_str(), source.id.as_str()) {
                let problem = Problem::DuplicateLabel {
                    id: source.id.clone(),
                    label_and_other: Box::new((source.label.clone(), other.to_owned())),
                };
                self.story_problem(&source.id, None, problem);
            }
        }
    }

    fn stop_if_cancelled(&self) -> Result<(), LoadErrors> {
        if self.cancel.is_cancelled() {
            return Err(LoadErrors(vec![
                self.files.error(self.story_file, Problem::Cancelled),
            ]));
        }
        Ok(())
    }
}

const BOM: &[u8] = "\u{feff}".as_bytes();

/// The bytes with CRLF line ends made LF.
fn crlf_to_lf(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some(at) = memchr::memmem::find(rest, b"\r\n") {
        out.extend_from_slice(&rest[..at]);
        out.push(b'\n');
        rest = &rest[at + 2..];
    }
    out.extend_from_slice(rest);
    out
}

/// Whether a file on disk holds `bytes` but for CRLF line ends or a leading byte order mark (as
/// Git for Windows and Notepad write them): the same words, to be left as they are.
pub fn same_words_as(on_disk: &[u8], bytes: &[u8]) -> bool {
    on_disk == bytes || crlf_to_lf(on_disk.strip_prefix(BOM).unwrap_or(on_disk)) == bytes
}

/// How bytes differ from those a hash was recorded of, when only by CRLF line ends and/or a
/// leading byte order mark (the words being the same), with the bytes recorded; none when the
/// words differ.
fn line_end_or_bom_difference(
    bytes: &[u8],
    matches: &dyn Fn(&str) -> bool,
) -> Option<(&'static str, Vec<u8>)> {
    let has_crlf = memchr::memmem::find(bytes, b"\r\n").is_some();
    let unbommed = bytes.strip_prefix(BOM);
    let candidates = [
        unbommed.map(|b| ("notice-bom", b.to_vec())),
        unbommed
            .filter(|_| has_crlf)
            .map(|b| ("notice-crlf-bom", crlf_to_lf(b))),
        has_crlf.then(|| ("notice-crlf", crlf_to_lf(bytes))),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|(_, candidate)| matches(&sha256_hex(candidate)))
}

/// The revisions of a story whose sources or quotes were edited.
pub fn revisions_of(story: &Story) -> Vec<Revision> {
    let positions: Vec<CharPositions> = story
        .sources
        .iter()
        .map(|s| CharPositions::new(if s.revises.is_some() { &s.text } else { "" }))
        .collect();
    revisions(&story.sources, &story.quotes, &positions)
}

/// Every source that revises another, with the fate of each quote of the earlier version.
fn revisions(sources: &[Source], quotes: &[Quote], positions: &[CharPositions]) -> Vec<Revision> {
    sources
        .iter()
        .enumerate()
        .filter_map(|(later, source)| {
            let earlier = source.revises?;
            let view = std::cell::OnceCell::new();
            let fates = quotes
                .iter()
                .enumerate()
                .filter(|(_, q)| q.source == earlier)
                .map(|(i, q)| {
                    let selector = crate::anchoring::Selector {
                        exact: &q.exact,
                        prefix: q.prefix.as_deref(),
                        suffix: q.suffix.as_deref(),
                    };
                    let fate =
                        reanchor::fate(&source.text, &positions[later], selector, q.start, &view);
                    (i, fate)
                })
                .collect();
            Some(Revision {
                earlier,
                later,
                quotes: fates,
                text_changes: reanchor::text_changes(&sources[earlier].text, &source.text),
            })
        })
        .collect()
}

/// What checking a capture record gives: the original's and the time-stamp's bytes as kept, and
/// the text as captured when the file differs from it only by line ends or a byte order mark.
pub(crate) struct CaptureChecked {
    pub original: Option<std::sync::Arc<[u8]>>,
    pub timestamp: Option<std::sync::Arc<[u8]>>,
    pub captured_text: Option<String>,
}
