//! The recovery journal: every edit applied to a story kept in a folder is appended, as it is made,
//! to a file beside story.json, so that edits survive a crash or a killed process. The journal
//! names the story.json it follows (by SHA-256): it is replayed only on that file, and is removed
//! once the story is saved.

use super::Edit;
use crate::digest::sha256_hex;
use crate::i18n::tr_with;
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

/// The journal's file in the story folder (the loader reads only the files story.json names).
pub const JOURNAL_FILE: &str = ".chronomap-journal.jsonl";

/// A journal beyond this size is not read back: it is refused with a message, not replayed.
const MAX_JOURNAL_BYTES: u64 = 256 << 20;

#[derive(serde::Serialize, serde::Deserialize)]
struct Header {
    /// The SHA-256 of the story.json the edits apply to.
    follows: String,
}

/// An open journal, appended to after each edit.
pub struct Journal {
    path: PathBuf,
    file: Option<File>,
    follows: String,
}

/// Why the journal could not be written or read.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("{}: {error}", .path.display())]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{}", tr_with("journal-unreadable", &[("path", .path.display().to_string().into()), ("line", (*.line).into()), ("why", .message.to_string().into())]))]
    Unreadable {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

fn story_hash(story_file: &Path) -> Option<String> {
    std::fs::read(story_file).ok().map(|b| sha256_hex(&b))
}

impl Journal {
    /// A journal for the story whose story.json is `story_file`; the file is created with the
    /// first edit, so a story only looked at leaves nothing behind.
    pub fn new(folder: &Path, story_file: &Path) -> Self {
        Journal {
            path: folder.join(JOURNAL_FILE),
            file: None,
            follows: story_hash(story_file).unwrap_or_default(),
        }
    }

    /// Appends one applied edit, flushed to the operating system before returning (so a killed
    /// process loses nothing; a power cut may lose the last edits).
    pub fn append(&mut self, edit: &Edit) -> Result<(), JournalError> {
        let io = |error| JournalError::Io {
            path: self.path.clone(),
            error,
        };
        if self.file.is_none() {
            let mut file = File::create(&self.path).map_err(io)?;
            let header = Header {
                follows: self.follows.clone(),
            };
            writeln!(
                file,
                "{}",
                serde_json::to_string(&header).unwrap_or_default()
            )
            .map_err(io)?;
            self.file = Some(file);
        }
        let line = serde_json::to_string(edit).map_err(|e| io(std::io::Error::other(e)))?;
        if let Some(file) = &mut self.file {
            writeln!(file, "{line}").map_err(io)?;
            file.flush().map_err(io)?;
        }
        Ok(())
    }

    /// After a save: the journal is removed and the next edit starts one on the saved file.
    pub fn restart(&mut self, story_file: &Path) {
        self.file = None;
        let _ = std::fs::remove_file(&self.path);
        self.follows = story_hash(story_file).unwrap_or_default();
    }

    /// Removes the journal of a story whose unsaved edits are given up.
    pub fn discard(folder: &Path) {
        let _ = std::fs::remove_file(folder.join(JOURNAL_FILE));
    }

    /// The edits a journal in `folder` holds for `story_file` as it is now: none if there is no
    /// journal, or if it follows another version of the story (saved since, or changed by hand).
    pub fn recover(folder: &Path, story_file: &Path) -> Result<Vec<Edit>, JournalError> {
        let path = folder.join(JOURNAL_FILE);
        let io = |error| JournalError::Io {
            path: path.clone(),
            error,
        };
        let file = match File::open(&path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io(e)),
        };
        let size = file.metadata().map_err(io)?.len();
        if size > MAX_JOURNAL_BYTES {
            return Err(io(std::io::Error::other(format!(
                "{size} bytes, over the limit of {MAX_JOURNAL_BYTES}"
            ))));
        }
        let mut lines = BufReader::new(file).lines();
        let unreadable = |line: usize, message: String| JournalError::Unreadable {
            path: path.clone(),
            line,
            message,
        };
        let header: Header = match lines.next() {
            Some(line) => serde_json::from_str(&line.map_err(io)?)
                .map_err(|e| unreadable(1, e.to_string()))?,
            None => return Ok(Vec::new()),
        };
        if Some(header.follows) != story_hash(story_file) {
            return Ok(Vec::new());
        }
        let mut edits = Vec::new();
        for (n, line) in lines.enumerate() {
            let line = line.map_err(io)?;
            match serde_json::from_str(&line) {
                Ok(edit) => edits.push(edit),
                // A line cut short by the crash ends the journal; what came before is kept.
                Err(e) if e.is_eof() => break,
                Err(e) => return Err(unreadable(n + 2, e.to_string())),
            }
        }
        Ok(edits)
    }
}
