//! Versions of one story: what changed between two (object by object, in words), a merge of two
//! sides of a base that understands stories (objects by id, never lines), what a merge could not
//! settle and how it is settled, and the story's history in its git repository.
//!
//! Plain Rust over the files' JSON: story.json and the places file are read as objects by id
//! ([`objects`]), so layout and record order never count as changes.

pub mod diff;
pub mod driver;
pub mod git;
pub mod merge;
pub mod objects;
pub mod resolve;
pub mod review;
pub mod settle;
pub mod words;

/// Why versions could not be read, compared or merged: the file, where in it, and what is wrong.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}{}: {what}", at.map(|(l, c)| format!(":{l}:{c}")).unwrap_or_default())]
pub struct VersionsError {
    pub file: String,
    pub at: Option<(usize, usize)>,
    pub what: String,
}

impl VersionsError {
    pub fn at(file: &str, at: Option<(usize, usize)>, what: &str) -> Self {
        VersionsError {
            file: file.to_owned(),
            at,
            what: what.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests;
