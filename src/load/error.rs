//! Loading problems as values: each names the file, the line and column where there is one, and what is wrong.

use crate::anchoring::nearest::Nearest;
use crate::date::DateError;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file as the user knows it: a path on disk, or "karabakh (built in)/story.json".
    pub file: String,
    /// Line and column, both counted from 1 (columns in characters), where the problem has one.
    pub line_column: Option<(usize, usize)>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line_column {
            Some((line, column)) => write!(f, "{}:{line}:{column}", self.file),
            None => write!(f, "{}", self.file),
        }
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{location}: {problem}")]
pub struct LoadError {
    pub location: Location,
    pub problem: Problem,
}

impl LoadError {
    /// A problem in `file`, at a line and column where there is one.
    pub fn at(
        file: impl Into<String>,
        line_column: Option<(usize, usize)>,
        problem: Problem,
    ) -> Self {
        LoadError {
            location: Location {
                file: file.into(),
                line_column,
            },
            problem,
        }
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Problem {
    #[error("file not found")]
    Missing,
    #[error("cannot read: {0}")]
    Unreadable(String),
    #[error("cannot write: {0}")]
    Unwritable(String),
    #[error("the file is {size} bytes, over the limit of {limit} bytes")]
    TooLarge { size: u64, limit: u64 },
    #[error("the story's files together are over the limit of {limit} bytes; this one is not read")]
    StoryTooLarge { limit: u64 },
    #[error("not UTF-8 text (invalid byte at offset {0}); save the file as UTF-8")]
    NotUtf8(usize),
    #[error("no story here: a story is a folder with a story.json")]
    NotAStory,
    #[error("opening was cancelled")]
    Cancelled,
    #[error("invalid JSON: {0}")]
    Json(String),
    #[error("invalid GeoJSON: {0}")]
    GeoJson(String),
    #[error("{kind} id \"{id}\" is used more than once")]
    DuplicateId { kind: &'static str, id: String },
    #[error("{owner} refers to {kind} \"{id}\", which the story does not have")]
    UnknownId {
        owner: String,
        kind: &'static str,
        id: String,
    },
    #[error(
        "quote \"{id}\": its exact text is not found in {file}{}",
        nearest_help(nearest)
    )]
    QuoteNotFound {
        id: String,
        file: String,
        nearest: Option<Box<Nearest>>,
    },
    #[error(
        "quote \"{id}\": its text occurs {count} times in {file}; add a prefix or suffix to tell them apart"
    )]
    QuoteAmbiguous {
        id: String,
        file: String,
        count: usize,
    },
    #[error(
        "quote \"{id}\": its text occurs over {max} times in {file}; quote a longer passage",
        max = super::anchor::MAX_OCCURRENCES
    )]
    QuoteTooCommon { id: String, file: String },
    #[error(
        "quote \"{id}\" is recorded at character {recorded} but its text is at character {found}"
    )]
    QuoteMoved {
        id: String,
        recorded: usize,
        found: usize,
    },
    #[error("{0}")]
    ChangedSinceCapture(Box<CaptureMismatch>),
    #[error(
        "source \"{id}\" has the label \"{}\", as source \"{}\" does; give one of them its own \"label\"",
        .label_and_other.0,
        .label_and_other.1
    )]
    DuplicateLabel {
        id: String,
        label_and_other: Box<(String, String)>,
    },
    #[error("quote \"{id}\" is empty")]
    QuoteEmpty { id: String },
    #[error("{owner}: {error}")]
    Date {
        owner: String,
        error: Box<DateError>,
    },
    #[error("place \"{id}\": {reason}")]
    Geometry { id: String, reason: String },
    #[error("{0}")]
    Invalid(String),
    #[error("… and {count} more problems of this kind ({kind}) not listed")]
    More { count: usize, kind: &'static str },
}

impl Problem {
    /// What kind of problem this is, in a few words, for the summary of those not listed.
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::Missing => "file not found",
            Problem::Unreadable(_) => "cannot read",
            Problem::Unwritable(_) => "cannot write",
            Problem::TooLarge { .. } => "file too large",
            Problem::StoryTooLarge { .. } => "story too large",
            Problem::NotUtf8(_) => "not UTF-8",
            Problem::NotAStory => "no story",
            Problem::Cancelled => "cancelled",
            Problem::Json(_) => "invalid JSON",
            Problem::GeoJson(_) => "invalid GeoJSON",
            Problem::DuplicateId { .. } => "duplicate id",
            Problem::UnknownId { .. } => "reference to an unknown id",
            Problem::QuoteNotFound { .. } => "quote not found",
            Problem::QuoteAmbiguous { .. } => "quote found more than once",
            Problem::QuoteMoved { .. } => "quote not at its recorded position",
            Problem::QuoteTooCommon { .. } => "quote too common",
            Problem::ChangedSinceCapture(_) => "changed since capture",
            Problem::DuplicateLabel { .. } => "duplicate source label",
            Problem::QuoteEmpty { .. } => "empty quote",
            Problem::Date { .. } => "invalid date",
            Problem::Geometry { .. } => "invalid shape",
            Problem::Invalid(_) => "invalid record",
            Problem::More { .. } => "more problems",
        }
    }
}

/// Every problem a story has, so the user can fix them all in one pass.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct LoadErrors(pub Vec<LoadError>);

/// Problems of one kind listed before the rest are only counted: a file with 50 000 broken records
/// gets a readable report, and locating them stays cheap.
pub const MAX_LISTED_PER_KIND: usize = 100;

impl LoadErrors {
    /// Every problem, with at most [`MAX_LISTED_PER_KIND`] of each kind listed (in the order given)
    /// and one line per kind counting the rest.
    pub fn limited(problems: Vec<LoadError>) -> Self {
        let mut listed: std::collections::HashMap<&'static str, usize> = Default::default();
        let mut hidden: Vec<(&'static str, String, usize)> = Vec::new();
        let mut kept = Vec::with_capacity(problems.len().min(4 * MAX_LISTED_PER_KIND));
        for error in problems {
            let kind = error.problem.kind();
            let count = listed.entry(kind).or_default();
            if *count < MAX_LISTED_PER_KIND {
                *count += 1;
                kept.push(error);
            } else if let Some(entry) = hidden.iter_mut().find(|(k, ..)| *k == kind) {
                entry.2 += 1;
            } else {
                hidden.push((kind, error.location.file, 1));
            }
        }
        kept.extend(
            hidden.into_iter().map(|(kind, file, count)| {
                LoadError::at(file, None, Problem::More { count, kind })
            }),
        );
        LoadErrors(kept)
    }

    /// The one problem of a file that stops at its first.
    pub fn one(
        file: impl Into<String>,
        line_column: Option<(usize, usize)>,
        problem: Problem,
    ) -> Self {
        LoadErrors(vec![LoadError::at(file, line_column, problem)])
    }
}

impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

fn nearest_help(nearest: &Option<Box<Nearest>>) -> String {
    nearest
        .as_ref()
        .map_or_else(String::new, |n| format!("; {n}"))
}

/// A captured file whose bytes no longer hash to its record.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error(
    "{file} has changed since capture on {captured}: its SHA-256 is {now}, the record says {recorded}"
)]
pub struct CaptureMismatch {
    pub file: String,
    pub captured: String,
    pub now: String,
    pub recorded: String,
}
