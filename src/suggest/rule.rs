//! What a suggestion rule is — its pattern, how it resolves, and what it knows when it does —
//! apart from the table of rules (`rules`, `period_rules`) and how each kind resolves (`resolve`,
//! `numeric`, `periods`, `holidays`), which all build on it.

use chrono::NaiveDate;
use regex::{Captures, Regex};

/// What a rule knows when it resolves an expression.
pub struct Context {
    pub published: NaiveDate,
    /// The last date the text established (the publication day until one is).
    pub anchor: Option<Resolved>,
    /// Whether the sentence looks ahead (future tense): bare weekdays and dates are read forwards.
    pub forward: bool,
    /// A year the text wrote out in this sentence or the two before ("En 2018, …"): a day and
    /// month without a year fall in it.
    pub topic_year: Option<i32>,
    /// "fr" or "en": the order of a numeric date's day and month.
    pub language: &'static str,
}

/// An expression resolved: its EDTF value and how it was worked out.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub edtf: String,
    pub how: String,
    /// Whether it only points back at the date established before ("la veille", "alors").
    pub anaphoric: bool,
}

pub struct Rule {
    pub name: &'static str,
    pub language: &'static str,
    pub(super) pattern: Regex,
    pub(super) resolve: fn(&Captures, &Context) -> Option<Resolved>,
}

impl Rule {
    /// Every match of the rule in `text` that starts and ends on a word boundary.
    pub fn find<'t>(&self, text: &'t str) -> impl Iterator<Item = Captures<'t>> + use<'_, 't> {
        self.pattern.captures_iter(text).filter(move |hit| {
            hit.get(0)
                .is_some_and(|words| on_word_edges(text, words.range()))
        })
    }

    pub fn resolve(&self, captures: &Captures, context: &Context) -> Option<Resolved> {
        (self.resolve)(captures, context)
    }
}

/// Whether `words` of `text` neither start nor end inside a word, letters of any script counted.
/// The patterns' `\b` are ASCII word boundaries (`(?-u:\b)`), which the regex crate's DFAs run in
/// one pass; a Unicode `\b` makes it fall back to its slowest engine on any non-ASCII text (French:
/// 1 MB/s). This check puts back what the ASCII boundary misses at a match's edges ("é1er").
fn on_word_edges(text: &str, words: std::ops::Range<usize>) -> bool {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let (Some(before), Some(inside), Some(after)) = (
        text.get(..words.start),
        text.get(words.clone()),
        text.get(words.end..),
    ) else {
        return false;
    };
    let joined = |outer: Option<char>, inner: Option<char>| {
        outer.is_some_and(is_word) && inner.is_some_and(is_word)
    };
    !joined(before.chars().next_back(), inside.chars().next())
        && !joined(after.chars().next(), inside.chars().next_back())
}

/// A rule, or none if its pattern does not compile (then it is left out, with a line on stderr;
/// `every_rule_resolves_its_expression` fails for it).
macro_rules! rule {
    ($name:literal, $language:literal, $pattern:expr, $resolve:expr) => {
        regex::Regex::new(&format!("(?i){}", $pattern).replace(r"\b", r"(?-u:\b)"))
            .inspect_err(|e| eprintln!("chronomap: suggestion rule {} left out: {e}", $name))
            .ok()
            .map(|pattern| Rule {
                name: $name,
                language: $language,
                pattern,
                resolve: $resolve,
            })
    };
}

pub(super) use rule;
