//! Suggested events: the dated sentences of an article, their dates resolved against its
//! publication day (and, for "la veille" or "the same day", against the date the text last
//! established), with the places they name, left for a person to accept. Rule-based, French and
//! English (`rules` has one rule per kind of expression); no crate does this for both languages.

pub mod rules;

use crate::date::{self, DateSpan};
use crate::model::{Status, Story};
use chrono::NaiveDate;
use rules::{Context, RULES, Resolved};
use std::ops::Range;

/// A proposed event: the sentence that dates it (its quote), the date, how it was resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The sentence, as bytes of the text: exactly the words the quote will hold.
    pub bytes: Range<usize>,
    pub quote: String,
    pub date: DateSpan,
    pub status: Status,
    pub title: String,
    /// Names of the places the sentence names (the story's, or towns of the gazetteer).
    pub places: Vec<String>,
    /// How the date was worked out ("mardi → Tuesday 16 April 2024, the day before publication").
    pub resolution: String,
    /// The rule that found it.
    pub rule: &'static str,
}

/// Texts over this size are refused: a suggestion list for them would not be read anyway.
pub const MAX_TEXT_BYTES: usize = 4 << 20;
/// A "sentence" longer than this (a text without full stops) is not proposed as a quote.
const MAX_SENTENCE_BYTES: usize = 1_500;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SuggestError {
    #[error("the text is {0} bytes, over the {MAX_TEXT_BYTES} bytes suggestions are made for")]
    TooLarge(usize),
    #[error("\"{0}\" is not a day: give the publication date as YYYY-MM-DD (or a date-time)")]
    Published(String),
}

/// English or French, by which of their commonest words the text uses more.
pub fn detect_language(text: &str) -> &'static str {
    const FR: [&str; 9] = ["le", "la", "les", "des", "du", "et", "est", "une", "dans"];
    const EN: [&str; 9] = ["the", "and", "of", "to", "in", "is", "was", "a", "that"];
    let (mut fr, mut en) = (0, 0);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .take(5_000)
        .map(str::to_lowercase)
    {
        fr += usize::from(FR.contains(&word.as_str()));
        en += usize::from(EN.contains(&word.as_str()));
    }
    if en > fr { "en" } else { "fr" }
}

/// The sentences of a text as byte ranges: ended by . ! ? followed by white space, or by a line end.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let push = |from: usize, to: usize, out: &mut Vec<Range<usize>>| {
        let piece = &text[from..to];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push(from + lead..from + lead + trimmed.len());
        }
    };
    for (i, &b) in bytes.iter().enumerate() {
        let ends = match b {
            b'\n' => true,
            b'.' | b'!' | b'?' => bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()),
            _ => false,
        };
        if ends {
            let end = if b == b'\n' { i } else { i + 1 };
            push(start, end, &mut out);
            start = i + 1;
        }
    }
    push(start, text.len(), &mut out);
    out
}

/// A line that is only a date and a time (the article's own date line), not an event.
fn is_date_line(sentence: &str) -> bool {
    let has_time = sentence
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    has_time && sentence.split_whitespace().count() <= 8
}

fn is_planned(sentence: &str, language: &str, date: &DateSpan, published: NaiveDate) -> bool {
    let lower = sentence.to_lowercase();
    let markers: &[&str] = if language == "fr" {
        &[
            "devait",
            "doit ",
            "devra",
            "prévu",
            "d'ici",
            "d’ici",
            "jusqu'en",
            "jusqu’en",
            "sera ",
            "seront ",
        ]
    } else {
        &[
            " will ",
            " was due",
            " is due",
            "planned",
            "scheduled",
            " until ",
            " by the end",
        ]
    };
    markers.iter().any(|m| lower.contains(m)) || date.earliest > date::day_of(published)
}

/// A short title: the sentence without its date words, cut at a word near 70 characters.
fn title(sentence: &str, date_words: &Range<usize>) -> String {
    let mut text = format!(
        "{}{}",
        &sentence[..date_words.start],
        &sentence[date_words.end..]
    );
    text = text
        .trim_matches(|c: char| c.is_whitespace() || ",;:«»\"“”".contains(c))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::new();
    for word in text.split(' ') {
        if out.chars().count() + word.chars().count() > 70 {
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let mut chars = out.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The places a sentence names: the story's (names and aliases), else towns of the gazetteer
/// named word for word.
fn places_named(sentence: &str, story: Option<&Story>) -> Vec<String> {
    if let Some(story) = story {
        let found = crate::edit::make::mentioned_places(story, sentence);
        if !found.is_empty() {
            return found
                .into_iter()
                .map(|p| story.places[p].name.clone())
                .collect();
        }
    }
    let mut names: Vec<String> = Vec::new();
    let words: Vec<&str> = sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    for (i, word) in words.iter().enumerate() {
        // Only capitalised words, not the sentence's first, can be a town.
        if i == 0 || !word.chars().next().is_some_and(char::is_uppercase) || word.len() < 3 {
            continue;
        }
        let folded = crate::search::fold(word).0;
        let is = |name: &String| crate::search::fold(name).0 == folded;
        // A town of that name first ("Goris"), else the largest with it as another name.
        let cities = crate::gazetteer::search(word, 20);
        let city = cities
            .iter()
            .find(|c| is(&c.name))
            .or_else(|| cities.iter().find(|c| c.aliases.iter().any(is)));
        if let Some(city) = city
            && !names.contains(&city.name)
        {
            names.push(city.name.clone());
        }
    }
    names
}

/// The publication day of an EDTF date or date-time ("2024-04-17", "2024-04-17T20:02:00+01:00").
pub fn publication_day(published: &str) -> Result<NaiveDate, SuggestError> {
    date::resolve(published)
        .ok()
        .filter(DateSpan::is_single_day)
        .map(|span| span.earliest_date())
        .ok_or_else(|| SuggestError::Published(published.to_owned()))
}

/// Every dated sentence of `text`, published on `published`, in `language` ("fr" or "en"); places
/// are looked for among the story's when one is given, and in the gazetteer.
pub fn suggest(
    text: &str,
    published: NaiveDate,
    language: &str,
    story: Option<&Story>,
) -> Result<Vec<Suggestion>, SuggestError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(SuggestError::TooLarge(text.len()));
    }
    let rules: Vec<&rules::Rule> = RULES.iter().filter(|r| r.language == language).collect();
    let mut context = Context {
        published,
        anchor: None,
    };
    let mut out = Vec::new();
    for range in sentences(text) {
        let sentence = &text[range.clone()];
        if sentence.len() > MAX_SENTENCE_BYTES || is_date_line(sentence) {
            continue;
        }
        // The narrowest date any rule finds in the sentence (the first on a tie).
        let mut best: Option<(DateSpan, Resolved, Range<usize>, &'static str)> = None;
        for rule in &rules {
            for found in rule.find(sentence) {
                let Some(resolved) = rule.resolve(&found, &context) else {
                    continue;
                };
                let Ok(span) = date::resolve(&resolved.edtf) else {
                    continue;
                };
                let words = found.get(0).map_or(0..0, |m| m.range());
                let narrower = best
                    .as_ref()
                    .is_none_or(|(b, _, _, _)| span.latest - span.earliest < b.latest - b.earliest);
                if narrower {
                    best = Some((span, resolved, words, rule.name));
                }
            }
        }
        let Some((span, resolved, words, rule)) = best else {
            continue;
        };
        let status = if is_planned(sentence, language, &span, published) {
            Status::Planned
        } else {
            Status::Occurred
        };
        // Later "la veille" and "alors" count from here (what points back does not move the anchor
        // unless it is a day).
        if !resolved.anaphoric || span.is_single_day() {
            context.anchor = Some(resolved.clone());
        }
        out.push(Suggestion {
            bytes: range.clone(),
            quote: sentence.to_owned(),
            title: title(sentence, &words),
            places: places_named(sentence, story),
            resolution: resolved.how,
            date: span,
            status,
            rule,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
