//! Where a story's files come from: a folder on disk, or the shipped story compiled into the binary.
//! Reading is bounded so a huge or binary file gets a message, not an out-of-memory.

use super::error::{LoadError, Location, Problem};
use std::io::Read;
use std::path::{Path, PathBuf};

/// No story file may be larger than this (a 100 000-event story is about 40 MB, ACLED imported 395 MB).
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;
/// Nor may all the files a story reads, together (a file named by many sources counts each time),
/// so memory stays proportional to a story's size whatever its records say.
pub const MAX_STORY_BYTES: u64 = 2 * MAX_FILE_BYTES;

/// What is left of [`MAX_STORY_BYTES`] while a story loads.
pub struct ReadBudget {
    left: std::cell::Cell<u64>,
    /// When recording, every file read or tried, in order, for the story cache's key.
    record: Option<std::cell::RefCell<Vec<FileRead>>>,
}

/// A file the loader read, with the SHA-256 of its bytes, or tried and could not read.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileRead {
    pub name: String,
    pub sha256: Option<[u8; 32]>,
}

impl FileRead {
    pub fn of(name: &str, read: Option<&[u8]>) -> Self {
        FileRead {
            name: name.to_owned(),
            sha256: read.map(crate::digest::sha256),
        }
    }
}

impl Default for ReadBudget {
    fn default() -> Self {
        ReadBudget::of(MAX_STORY_BYTES)
    }
}

impl ReadBudget {
    pub fn of(bytes: u64) -> Self {
        ReadBudget {
            left: std::cell::Cell::new(bytes),
            record: None,
        }
    }

    /// The whole budget, recording each file read (and its digest) as it goes.
    pub fn recording() -> Self {
        ReadBudget {
            record: Some(Default::default()),
            ..ReadBudget::default()
        }
    }

    /// What was read, in order (empty unless recording), and how many bytes.
    pub fn into_record(self) -> (Vec<FileRead>, u64) {
        let spent = MAX_STORY_BYTES.saturating_sub(self.left.get());
        (
            self.record.map(|r| r.into_inner()).unwrap_or_default(),
            spent,
        )
    }
}

pub const STORY_FILE: &str = "story.json";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoryFiles {
    Folder {
        root: PathBuf,
        story_file: String,
    },
    Embedded {
        name: &'static str,
        files: &'static [(&'static str, &'static str)],
    },
    /// Files held in memory: imports and the loader's fuzz tests.
    Memory {
        name: String,
        files: Vec<(String, Vec<u8>)>,
    },
    /// The story as an import or a new source would make it, held in memory to be checked:
    /// `name` is the real file being merged in, which is what its problems name.
    Merged {
        name: String,
        files: Vec<(String, Vec<u8>)>,
    },
}

/// The folder of a story given as its folder or as its story.json.
pub fn story_folder(path: &Path) -> PathBuf {
    if path.is_file() {
        path.parent().map(Path::to_path_buf).unwrap_or_default()
    } else {
        path.to_path_buf()
    }
}

impl StoryFiles {
    /// A folder holding `story.json`, or the path of a story file itself.
    pub fn from_path(path: &Path) -> Self {
        if path.is_file() {
            let root = story_folder(path);
            let story_file = path.file_name().map_or_else(
                || STORY_FILE.to_owned(),
                |n| n.to_string_lossy().into_owned(),
            );
            StoryFiles::Folder { root, story_file }
        } else {
            StoryFiles::Folder {
                root: path.to_path_buf(),
                story_file: STORY_FILE.to_owned(),
            }
        }
    }

    pub fn story_file(&self) -> &str {
        match self {
            StoryFiles::Folder { story_file, .. } => story_file,
            StoryFiles::Embedded { .. } | StoryFiles::Memory { .. } | StoryFiles::Merged { .. } => {
                STORY_FILE
            }
        }
    }

    /// How the user knows this story: its folder, or "karabakh (built in)".
    pub fn display_name(&self) -> String {
        match self {
            StoryFiles::Folder { root, .. } => root.display().to_string(),
            StoryFiles::Embedded { name, .. } => {
                crate::i18n::tr_with("story-built-in", &[("name", (*name).into())])
            }
            StoryFiles::Memory { name, .. } | StoryFiles::Merged { name, .. } => name.clone(),
        }
    }

    /// A file's name as messages show it.
    pub fn display_path(&self, relative: &str) -> String {
        match self {
            StoryFiles::Folder { root, .. } => root.join(relative).display().to_string(),
            StoryFiles::Embedded { name, .. } => format!("{name} (built in)/{relative}"),
            StoryFiles::Memory { name, .. } => format!("{name}/{relative}"),
            // The file named is the real one being merged in; the story's files exist only in
            // memory.
            StoryFiles::Merged { name, .. } => {
                format!("{name}, merged into the story's {relative}")
            }
        }
    }

    /// Where a problem is. A merged story's files are only in memory, with no lines a person
    /// could go to, so none are given for it.
    pub fn location(&self, relative: &str, line_column: Option<(usize, usize)>) -> Location {
        let line_column = match self {
            StoryFiles::Merged { .. } => None,
            _ => line_column,
        };
        Location {
            file: self.display_path(relative),
            line_column,
        }
    }

    pub fn error(&self, relative: &str, problem: Problem) -> LoadError {
        LoadError::at(self.display_path(relative), None, problem)
    }

    /// Reads a UTF-8 text file of the story within what is left of `budget`, which it spends.
    pub fn read_text_within(
        &self,
        relative: &str,
        budget: &ReadBudget,
    ) -> Result<String, LoadError> {
        let bytes = self.read_bytes_within(relative, budget)?;
        text_of(bytes).map_err(|p| self.error(relative, p))
    }

    /// Reads a file of the story as bytes within what is left of `budget`, which it spends.
    pub fn read_bytes_within(
        &self,
        relative: &str,
        budget: &ReadBudget,
    ) -> Result<Vec<u8>, LoadError> {
        self.spend(relative, budget)?;
        let read = self.read_bytes(relative);
        if let Some(record) = &budget.record {
            let bytes = read.as_deref().ok();
            record.borrow_mut().push(FileRead::of(relative, bytes));
        }
        read
    }

    /// Takes a file's size from the budget before it is read, or refuses it.
    fn spend(&self, relative: &str, budget: &ReadBudget) -> Result<(), LoadError> {
        let size = match self {
            StoryFiles::Embedded { files, .. } => files
                .iter()
                .find(|(name, _)| *name == relative)
                .map_or(0, |(_, text)| text.len() as u64),
            StoryFiles::Memory { files, .. } | StoryFiles::Merged { files, .. } => files
                .iter()
                .find(|(name, _)| name == relative)
                .map_or(0, |(_, bytes)| bytes.len() as u64),
            StoryFiles::Folder { root, .. } => inside(root, relative)
                .ok()
                .and_then(|path| std::fs::metadata(path).ok())
                .map_or(0, |m| m.len()),
        };
        let left = budget.left.get();
        if size > left {
            return Err(self.error(
                relative,
                Problem::StoryTooLarge {
                    limit: MAX_STORY_BYTES,
                },
            ));
        }
        budget.left.set(left - size);
        Ok(())
    }

    /// Reads a UTF-8 text file of the story, refusing files over [`MAX_FILE_BYTES`].
    pub fn read_text(&self, relative: &str) -> Result<String, LoadError> {
        match self {
            StoryFiles::Embedded { files, .. } => files
                .iter()
                .find(|(name, _)| *name == relative)
                .map(|(_, text)| (*text).to_owned())
                .ok_or_else(|| self.error(relative, Problem::Missing)),
            _ => self
                .read_bytes(relative)
                .and_then(|bytes| text_of(bytes).map_err(|p| self.error(relative, p))),
        }
    }

    /// Reads any file of the story as bytes (an original page kept beside its text), bounded alike.
    pub fn read_bytes(&self, relative: &str) -> Result<Vec<u8>, LoadError> {
        match self {
            StoryFiles::Embedded { files, .. } => files
                .iter()
                .find(|(name, _)| *name == relative)
                .map(|(_, text)| text.as_bytes().to_vec())
                .ok_or_else(|| self.error(relative, Problem::Missing)),
            StoryFiles::Memory { files, .. } | StoryFiles::Merged { files, .. } => files
                .iter()
                .find(|(name, _)| name == relative)
                .map(|(_, bytes)| bytes.clone())
                .ok_or_else(|| self.error(relative, Problem::Missing)),
            StoryFiles::Folder { root, .. } => {
                let path = inside(root, relative).map_err(|p| self.error(relative, p))?;
                read_bounded_bytes(&path).map_err(|p| self.error(relative, p))
            }
        }
    }
}

/// The path of a story file, refused unless it is a regular file inside the story folder: no `..`,
/// no absolute path, no link that leads out, no FIFO or device (which could block or never end).
fn inside(root: &Path, relative: &str) -> Result<PathBuf, Problem> {
    let outside = || Problem::Invalid(crate::i18n::tr("invalid-outside-folder"));
    if relative.split(['/', '\\']).any(|part| part == "..") || Path::new(relative).is_absolute() {
        return Err(outside());
    }
    let path = root.join(relative);
    let real = match path.canonicalize() {
        Ok(real) => real,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Problem::Missing),
        Err(e) => return Err(Problem::Unreadable(e.to_string())),
    };
    let real_root = root
        .canonicalize()
        .map_err(|e| Problem::Unreadable(e.to_string()))?;
    if !real.starts_with(&real_root) {
        return Err(Problem::Invalid(crate::i18n::tr_with(
            "invalid-link-outside",
            &[("target", real.display().to_string().into())],
        )));
    }
    Ok(path)
}

/// Reads a UTF-8 text file, refusing one over [`MAX_FILE_BYTES`] before reading it.
pub fn read_bounded(path: &Path) -> Result<String, Problem> {
    text_of(read_bounded_bytes(path)?)
}

/// Reads a regular file's bytes, refusing one over [`MAX_FILE_BYTES`] (or not a regular file)
/// before opening it, so a FIFO or a device can neither block nor stream forever.
pub fn read_bounded_bytes(path: &Path) -> Result<Vec<u8>, Problem> {
    let metadata = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Problem::Missing,
        _ => Problem::Unreadable(e.to_string()),
    })?;
    if metadata.is_dir() {
        return Err(Problem::Unreadable(crate::i18n::tr("unreadable-folder")));
    }
    if !metadata.is_file() {
        return Err(Problem::Unreadable(crate::i18n::tr(
            "unreadable-not-regular",
        )));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(Problem::TooLarge {
            size: metadata.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let file = std::fs::File::open(path).map_err(|e| Problem::Unreadable(e.to_string()))?;
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // The bound holds even if the file grows between the size check and the read.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Problem::Unreadable(e.to_string()))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Problem::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}

/// Bounded, UTF-8 text: the same rule for files on disk and in memory.
fn text_of(bytes: Vec<u8>) -> Result<String, Problem> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Problem::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    String::from_utf8(bytes).map_err(|e| Problem::NotUtf8(e.utf8_error().valid_up_to()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_named_again_and_again_counts_each_time_against_the_story_budget() {
        let files = StoryFiles::Memory {
            name: "many".to_owned(),
            files: vec![("sources/a.txt".to_owned(), vec![b'a'; 400])],
        };
        let budget = ReadBudget::of(1000);
        assert!(files.read_text_within("sources/a.txt", &budget).is_ok());
        assert!(files.read_text_within("sources/a.txt", &budget).is_ok());
        let refused = files
            .read_text_within("sources/a.txt", &budget)
            .unwrap_err();
        assert_eq!(
            refused.to_string(),
            format!(
                "many/sources/a.txt: the story's files together are over the limit of {} bytes; this one is not read",
                crate::numbers::group_thousands(MAX_STORY_BYTES as f64)
            )
        );
    }
}
