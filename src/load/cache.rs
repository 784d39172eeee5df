//! A loaded story kept in the user's cache folder, so opening a large story again skips parsing,
//! checking and anchoring. A cache is keyed by the SHA-256 of every file the loader read (or tried
//! and found missing): it is used only when each of them still has those bytes and the cache's own
//! digest holds. Anything else (a file edited, added or removed, a cache cut short or written by
//! another version of Chronomap) and the story is loaded from its files and the cache written anew.
//! The story on disk is never touched.

use super::files::{FileRead, ReadBudget, StoryFiles};
use super::{Cancel, LoadErrors, load_within};
use crate::model::Story;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 16] = b"chronomap-story\n";
/// Changes whenever the loaded story's types or the way the loader builds them change.
const FORMAT: u32 = 1;
/// Stories whose files are smaller than this open from them about as fast as from a cache.
pub const MIN_BYTES: u64 = 16 << 20;
/// A cache larger than this is not read (a story's files are at most 1 GiB together).
const MAX_CACHE_BYTES: u64 = 4 * super::files::MAX_STORY_BYTES;
/// `CHRONOMAP_CACHE=off` opens every story from its files; a folder puts the caches there.
pub const ENV: &str = "CHRONOMAP_CACHE";

/// Caches together are kept under this size: the oldest go first.
pub const MAX_TOTAL_BYTES: u64 = 2 << 30;

/// Where caches are kept, from what size a story gets one, and how much room they may take.
#[derive(Debug, Clone)]
pub struct StoryCache {
    dir: PathBuf,
    min_bytes: u64,
    max_total_bytes: u64,
}

/// How a story was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    FromCache,
    /// From its files; `cached` when a cache is written for the next time (with
    /// [`StoryCache::open`], on a thread of its own: see its `CacheWrite`).
    FromFiles {
        cached: bool,
    },
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Header {
    format: u32,
    version: String,
    folder: String,
    files: Vec<FileRead>,
}

/// Why a cache was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Miss {
    Absent,
    /// Cut short, altered, or unreadable as a story.
    Corrupt,
    /// Written by another build of Chronomap, or for another folder.
    OtherVersion,
    /// This file of the story is not what the cache was made from.
    Changed(String),
    Cancelled,
}

impl StoryCache {
    /// The user's cache folder (`~/.cache/chronomap` on Linux), or the folder `CHRONOMAP_CACHE`
    /// names; none when it says `off` or the system has no cache folder.
    pub fn user() -> Option<Self> {
        let dir = match std::env::var_os(ENV) {
            Some(value) if value == "off" || value.is_empty() => return None,
            Some(value) => PathBuf::from(value),
            None => dirs::cache_dir()?.join("chronomap"),
        };
        Some(StoryCache::at(dir, MIN_BYTES))
    }

    pub fn at(dir: PathBuf, min_bytes: u64) -> Self {
        StoryCache {
            dir,
            min_bytes,
            max_total_bytes: MAX_TOTAL_BYTES,
        }
    }

    /// The same cache, its files kept under `bytes` together.
    pub fn keeping_at_most(self, bytes: u64) -> Self {
        StoryCache {
            max_total_bytes: bytes,
            ..self
        }
    }

    /// The cache of the story whose story file is `key`: named by a digest of its full path.
    fn file_for(&self, key: &str) -> PathBuf {
        let digest = crate::digest::sha256(key.as_bytes());
        let name: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("{name}.story"))
    }

    /// Opens the story of a folder: from its cache when the cache holds, else from its files,
    /// writing a cache when the story is large enough to gain from one. The cache is written on a
    /// thread of its own: the story is there as soon as it is loaded and serialised, not after its
    /// bytes reach the disk. The write goes on when what is returned is dropped
    /// ([`CacheWrite::finish`] waits for it).
    pub fn open(
        &self,
        files: &StoryFiles,
        cancel: &Cancel,
    ) -> Result<(Story, Opened, Option<CacheWrite>), LoadErrors> {
        let Some(key) = key(files) else {
            let story = load_within(files, cancel, &ReadBudget::default())?;
            return Ok((story, Opened::FromFiles { cached: false }, None));
        };
        if let Ok(story) = self.read_keyed(files, &key, cancel) {
            return Ok((story, Opened::FromCache, None));
        }
        let budget = ReadBudget::recording();
        let story = load_within(files, cancel, &budget)?;
        let (record, spent) = budget.into_record();
        let writing = (spent >= self.min_bytes)
            .then(|| self.write_behind(&key, &record, &story))
            .flatten();
        let cached = writing.is_some();
        Ok((story, Opened::FromFiles { cached }, writing))
    }

    /// The cached story, if its cache holds and every file it was made from is unchanged.
    pub fn read(&self, files: &StoryFiles, cancel: &Cancel) -> Result<Story, Miss> {
        let key = key(files).ok_or(Miss::Absent)?;
        self.read_keyed(files, &key, cancel)
    }

    fn read_keyed(&self, files: &StoryFiles, key: &str, cancel: &Cancel) -> Result<Story, Miss> {
        let path = self.file_for(key);
        let metadata = std::fs::metadata(&path).map_err(|_| Miss::Absent)?;
        if !metadata.is_file() || metadata.len() > MAX_CACHE_BYTES {
            return Err(Miss::Corrupt);
        }
        let bytes = std::fs::read(&path).map_err(|_| Miss::Absent)?;
        let (body, trailer) = bytes
            .split_at_checked(bytes.len().saturating_sub(32))
            .ok_or(Miss::Corrupt)?;
        if crate::digest::sha256(body)[..] != *trailer {
            return Err(Miss::Corrupt);
        }
        let rest = body.strip_prefix(MAGIC).ok_or(Miss::Corrupt)?;
        let (length, rest) = rest.split_first_chunk::<8>().ok_or(Miss::Corrupt)?;
        let length = usize::try_from(u64::from_le_bytes(*length)).map_err(|_| Miss::Corrupt)?;
        let (header, payload) = rest.split_at_checked(length).ok_or(Miss::Corrupt)?;
        let header: Header = postcard::from_bytes(header).map_err(|_| Miss::Corrupt)?;
        if header.format != FORMAT || header.version != build_id() || header.folder != key {
            return Err(Miss::OtherVersion);
        }
        // Every file again, within the loader's bounds and inside the folder: same bytes or no cache.
        let budget = ReadBudget::default();
        for file in &header.files {
            if cancel.is_cancelled() {
                return Err(Miss::Cancelled);
            }
            let read = files.read_bytes_within(&file.name, &budget);
            if FileRead::of(&file.name, read.as_deref().ok()) != *file {
                return Err(Miss::Changed(file.name.clone()));
            }
        }
        postcard::from_bytes(payload).map_err(|_| Miss::Corrupt)
    }

    /// Serialises the story whose story file is `key` here, and writes it on another thread (to a
    /// temporary file renamed into place, so a cache is whole or absent); none when the story
    /// cannot be serialised or the thread not started.
    fn write_behind(&self, key: &str, files: &[FileRead], story: &Story) -> Option<CacheWrite> {
        let bytes = cache_bytes(key, &build_id(), files, story).ok()?;
        let cache = self.clone();
        let path = self.file_for(key);
        let write = move || {
            std::fs::create_dir_all(&cache.dir)?;
            // One temporary file per write, even for two writes of one story in one process.
            static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
            let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let temporary = path.with_extension(format!("tmp-{}-{n}", std::process::id()));
            match write_file(&temporary, &bytes) {
                Ok(()) => {
                    std::fs::rename(&temporary, &path)?;
                    cache.evict_all_but(&path);
                    Ok(())
                }
                Err(e) => {
                    let _ = std::fs::remove_file(&temporary);
                    Err(e)
                }
            }
        };
        let thread = std::thread::Builder::new().name("story-cache".to_owned());
        thread.spawn(write).ok().map(CacheWrite)
    }
}

/// A cache being written on its own thread.
#[derive(Debug)]
pub struct CacheWrite(std::thread::JoinHandle<std::io::Result<()>>);

impl CacheWrite {
    /// Waits until the cache is written, or says why it could not be.
    pub fn finish(self) -> std::io::Result<()> {
        self.0
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("the cache's writer stopped")))
    }
}

impl StoryCache {
    /// Removes the least recently written caches, other than `kept`, until all of them fit
    /// [`MAX_TOTAL_BYTES`] (a user who opens many large stories does not fill the disk).
    fn evict_all_but(&self, kept: &Path) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        // A write cut short (the program closed during it) leaves its temporary file: gone once
        // it is an hour old, when no write can still be making it.
        let stale = |path: &Path| {
            let temporary = path
                .extension()
                .is_some_and(|e| e.to_string_lossy().starts_with("tmp-"));
            let age = std::fs::metadata(path)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok());
            temporary && age.is_some_and(|age| age.as_secs() > 3600)
        };
        for path in paths.iter().filter(|p| stale(p)) {
            let _ = std::fs::remove_file(path);
        }
        let mut caches: Vec<(std::time::SystemTime, u64, PathBuf)> = paths
            .into_iter()
            .filter(|path| path.extension().is_some_and(|e| e == "story"))
            .filter_map(|path| {
                let metadata = std::fs::metadata(&path).ok()?;
                Some((metadata.modified().ok()?, metadata.len(), path))
            })
            .collect();
        let mut total: u64 = caches.iter().map(|(_, size, _)| size).sum();
        caches.sort();
        for (_, size, path) in caches {
            if total <= self.max_total_bytes {
                break;
            }
            if path != kept && std::fs::remove_file(&path).is_ok() {
                total -= size;
            }
        }
    }
}

/// A cache's bytes: its magic, its header's length and header, the story, and the SHA-256 of all
/// that as a trailer.
fn cache_bytes(
    key: &str,
    version: &str,
    files: &[FileRead],
    story: &Story,
) -> Result<Vec<u8>, postcard::Error> {
    let header = Header {
        format: FORMAT,
        version: version.to_owned(),
        folder: key.to_owned(),
        files: files.to_vec(),
    };
    let header = postcard::to_allocvec(&header)?;
    let mut bytes = Vec::with_capacity(MAGIC.len() + 8 + header.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&(header.len() as u64).to_le_bytes());
    bytes.extend_from_slice(&header);
    let mut bytes = postcard::to_extend(story, bytes)?;
    let digest = Sha256::digest(&bytes);
    bytes.extend_from_slice(&digest);
    Ok(bytes)
}

/// Writes `bytes` to a new file at `path`, on the disk when this returns.
fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Which build of Chronomap wrote a cache: its version, and the size and time of its program file,
/// so any other build (an upgrade, or a developer's change to the loader that keeps the version)
/// loads the story again rather than trust a story another loader built.
fn build_id() -> String {
    let program = std::env::current_exe()
        .and_then(std::fs::metadata)
        .ok()
        .map(|m| {
            let modified = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!(" {} {modified}", m.len())
        })
        .unwrap_or_default();
    format!("{}{program}", env!("CARGO_PKG_VERSION"))
}

/// The story file's full path, naming its cache and checked against it; only a story in a folder
/// has a cache.
fn key(files: &StoryFiles) -> Option<String> {
    let StoryFiles::Folder { root, story_file } = files else {
        return None;
    };
    let path = root.join(story_file);
    let path = path.canonicalize().unwrap_or(path);
    Some(path.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cache_written_by_another_build_is_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("story");
        std::fs::create_dir_all(folder.join("sources")).unwrap();
        for name in ["story.json", "places.geojson"] {
            std::fs::copy(format!("data/karabakh/{name}"), folder.join(name)).unwrap();
        }
        for entry in std::fs::read_dir("data/karabakh/sources").unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(
                &path,
                folder.join("sources").join(path.file_name().unwrap()),
            )
            .unwrap();
        }
        let cache = StoryCache::at(dir.path().join("cache"), 0);
        let files = StoryFiles::from_path(&folder);
        let (story, _, writing) = cache.open(&files, &Cancel::default()).unwrap();
        writing.unwrap().finish().unwrap();
        assert!(cache.read(&files, &Cancel::default()).is_ok());
        // The same files and story, written by another build: loaded again, not trusted.
        let key = key(&files).unwrap();
        let budget = ReadBudget::recording();
        crate::load::load_within(&files, &Cancel::default(), &budget).unwrap();
        let (record, _) = budget.into_record();
        let path = cache.file_for(&key);
        let bytes = cache_bytes(&key, "0.0.0 another build", &record, &story).unwrap();
        write_file(&path, &bytes).unwrap();
        assert_eq!(
            cache.read(&files, &Cancel::default()).unwrap_err(),
            Miss::OtherVersion
        );
    }
}
