//! Loading problems as values: each names the file, the line and column where there is one, and what is wrong.

use crate::anchoring::nearest::Nearest;
use crate::date::DateError;
use fluent_templates::fluent_bundle::FluentValue;
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

/// What is wrong, said in the app's language (`assets/i18n/LANG/problems.ftl`): the window, and
/// the command line with `--language`, show the same words.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Missing,
    Unreadable(String),
    Unwritable(String),
    TooLarge {
        size: u64,
        limit: u64,
    },
    StoryTooLarge {
        limit: u64,
    },
    NotUtf8(usize),
    NotAStory,
    Cancelled,
    Json(String),
    GeoJson(String),
    DuplicateId {
        kind: &'static str,
        id: String,
    },
    UnknownId {
        owner: Box<Record>,
        kind: &'static str,
        id: String,
    },
    QuoteNotFound {
        id: String,
        file: String,
        nearest: Option<Box<Nearest>>,
    },
    QuoteAmbiguous {
        id: String,
        file: String,
        count: usize,
    },
    QuoteTooCommon {
        id: String,
        file: String,
    },
    QuoteMoved {
        id: String,
        recorded: usize,
        found: usize,
    },
    ChangedSinceCapture(Box<CaptureMismatch>),
    DuplicateLabel {
        id: String,
        label_and_other: Box<(String, String)>,
    },
    QuoteEmpty {
        id: String,
    },
    Date {
        owner: Box<Record>,
        error: Box<DateError>,
    },
    Geometry {
        id: String,
        reason: String,
    },
    Invalid(String),
    More {
        count: usize,
        kind: &'static str,
    },
}

impl std::error::Error for Problem {}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::i18n::{tr, tr_with};
        let text = |value: &str| FluentValue::from(value.to_owned());
        let said = match self {
            Problem::Missing => tr("problem-missing"),
            Problem::Unreadable(why) => tr_with("problem-unreadable", &[("why", text(why))]),
            Problem::Unwritable(why) => tr_with("problem-unwritable", &[("why", text(why))]),
            Problem::TooLarge { size, limit } => tr_with(
                "problem-too-large",
                &[("size", (*size).into()), ("limit", (*limit).into())],
            ),
            Problem::StoryTooLarge { limit } => {
                tr_with("problem-story-too-large", &[("limit", (*limit).into())])
            }
            Problem::NotUtf8(offset) => {
                tr_with("problem-not-utf8", &[("offset", offset.to_string().into())])
            }
            Problem::NotAStory => tr("problem-not-a-story"),
            Problem::Cancelled => tr("problem-cancelled"),
            Problem::Json(why) => tr_with("problem-json", &[("why", text(why))]),
            Problem::GeoJson(why) => tr_with("problem-geojson", &[("why", text(why))]),
            Problem::DuplicateId { kind, id } => tr_with(
                "problem-duplicate-id",
                &[("kind", text(kind)), ("id", text(id))],
            ),
            Problem::UnknownId { owner, kind, id } => tr_with(
                "problem-unknown-id",
                &[
                    ("owner", text(&owner.to_string())),
                    ("kind", text(kind)),
                    ("id", text(id)),
                ],
            ),
            Problem::QuoteNotFound { id, file, nearest } => {
                let said = tr_with(
                    "problem-quote-not-found",
                    &[("id", text(id)), ("file", text(file))],
                );
                match nearest {
                    Some(nearest) => tr_with(
                        "problem-and-nearest",
                        &[
                            ("said", said.into()),
                            ("nearest", nearest.to_string().into()),
                        ],
                    ),
                    None => said,
                }
            }
            Problem::QuoteAmbiguous { id, file, count } => tr_with(
                "problem-quote-ambiguous",
                &[
                    ("id", text(id)),
                    ("file", text(file)),
                    ("count", (*count).into()),
                ],
            ),
            Problem::QuoteTooCommon { id, file } => tr_with(
                "problem-quote-too-common",
                &[
                    ("id", text(id)),
                    ("file", text(file)),
                    ("max", super::anchor::MAX_OCCURRENCES.into()),
                ],
            ),
            Problem::QuoteMoved {
                id,
                recorded,
                found,
            } => tr_with(
                "problem-quote-moved",
                &[
                    ("id", text(id)),
                    ("recorded", recorded.to_string().into()),
                    ("found", found.to_string().into()),
                ],
            ),
            Problem::ChangedSinceCapture(mismatch) => mismatch.to_string(),
            Problem::DuplicateLabel {
                id,
                label_and_other,
            } => tr_with(
                "problem-duplicate-label",
                &[
                    ("id", text(id)),
                    ("label", text(&label_and_other.0)),
                    ("other", text(&label_and_other.1)),
                ],
            ),
            Problem::QuoteEmpty { id } => tr_with("problem-quote-empty", &[("id", text(id))]),
            Problem::Date { owner, error } => tr_with(
                "problem-date",
                &[
                    ("owner", owner.to_string().into()),
                    ("error", error.to_string().into()),
                ],
            ),
            Problem::Geometry { id, reason } => tr_with(
                "problem-geometry",
                &[("id", text(id)), ("reason", text(reason))],
            ),
            Problem::Invalid(what) => what.clone(),
            Problem::More { count, kind } => tr_with(
                "problem-more",
                &[("count", (*count).into()), ("kind", text(&kind_said(kind)))],
            ),
        };
        f.write_str(&said)
    }
}

/// A record a problem is about: its kind ("event", "quote", "row") and its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub kind: &'static str,
    pub id: String,
}

impl fmt::Display for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::tr_with(
            "problem-record",
            &[
                ("kind", FluentValue::from(self.kind)),
                ("id", FluentValue::from(self.id.clone())),
            ],
        ))
    }
}

/// A kind of problem ([`Problem::kind`]) in the app's language.
fn kind_said(kind: &str) -> String {
    crate::i18n::tr(&format!(
        "problem-kind-{}",
        kind.replace(' ', "-")
            .replace("UTF-8", "utf8")
            .to_lowercase()
    ))
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

/// A captured file whose bytes no longer hash to its record.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptureMismatch {
    pub file: String,
    pub captured: String,
    pub now: String,
    pub recorded: String,
}

impl std::error::Error for CaptureMismatch {}

impl fmt::Display for CaptureMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = |value: &str| FluentValue::from(value.to_owned());
        f.write_str(&crate::i18n::tr_with(
            "problem-changed-since-capture",
            &[
                ("file", text(&self.file)),
                ("captured", text(&self.captured)),
                ("now", text(&self.now)),
                ("recorded", text(&self.recorded)),
            ],
        ))
    }
}
