//! Suggested events: the dated sentences of an article, their dates resolved against its
//! publication day (and, for "la veille" or "the same day", against the date the text last
//! established), with the places they name, left for a person to accept. Rule-based, French and
//! English (`rules` has one rule per kind of expression); no crate does this for both languages.

mod calendar;
mod holidays;
mod lunar;
mod numeric;
mod period_rules;
mod periods;
mod resolve;
mod rule;
pub mod rules;
mod tense;
mod words;

use crate::date::{self, DateSpan};
use crate::i18n::tr_with;
use crate::model::{Status, Story};
use chrono::NaiveDate;
use rules::{Context, Resolved};
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
    #[error("{}", tr_with("suggest-too-large", &[("size", (*.0).into()), ("limit", MAX_TEXT_BYTES.into())]))]
    TooLarge(usize),
    #[error("{}", tr_with("suggest-published-not-day", &[("given", .0.to_string().into())]))]
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

/// A year of four figures written in an expression ("12 mai 2018", "en 2018").
fn written_year(words: &str) -> Option<i32> {
    words
        .split(|c: char| !c.is_ascii_digit())
        .find(|n| n.len() == 4)
        .and_then(|n| n.parse().ok())
        .filter(|y| (1000..=2999).contains(y))
}

/// The length of a dateline opening the sentence: a place with a capital ("KYIV", "Erevan"), a
/// comma, up to 60 more characters holding a date or an agency, then a dash.
fn dateline_length(sentence: &str) -> usize {
    // A constant pattern (the dateline test fails if it does not compile; then no dateline is cut).
    static DATELINE: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^\p{Lu}[\p{L} '’.-]{2,},[^—–\n]{0,60}?\s[—–-]+\s+").ok()
    });
    DATELINE
        .as_ref()
        .and_then(|d| d.find(sentence))
        // "Hier, le convoi - composé de…" is no dateline: one says when, or who wrote it.
        .filter(|m| {
            m.as_str()
                .contains(|c: char| c.is_ascii_digit() || c == '(')
        })
        .map_or(0, |m| m.end())
}

/// A heading, byline or publication line: a line without a sentence's closing mark, of a few
/// words. Its date is when the text was written, not an event, when it is the publication day.
fn is_heading(sentence: &str, date: &DateSpan, published: NaiveDate) -> bool {
    let closed = sentence
        .trim_end()
        .ends_with(['.', '!', '?', '…', '"', '»', '”', ')', ':']);
    !closed && sentence.split_whitespace().count() <= 12 && date.contains(date::day_of(published))
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
    // Beside the future tense (`tense`), words of an intention or a schedule, even in the past.
    let lower = sentence.to_lowercase();
    let markers: &[&str] = if language == "fr" {
        &["devait", "doit ", "prévu", "jusqu'en", "jusqu’en"]
    } else {
        &[
            " was due",
            " is due",
            "planned",
            "scheduled",
            " until ",
            " by the end",
        ]
    };
    tense::looks_ahead(sentence, language)
        || markers.iter().any(|m| lower.contains(m))
        || date.earliest > date::day_of(published)
}

/// Whether the sentence tells what someone declared ("a déclaré … qu'il y avait", "said that",
/// "selon", "according to"): what a source says someone declared is reported, not an event known
/// to have occurred.
fn is_reported(sentence: &str, language: &str) -> bool {
    let lower = sentence.to_lowercase();
    let that: &[&str] = if language == "fr" {
        &[" qu'", " qu’", " que "]
    } else {
        &[" that "]
    };
    let declared_that = tense::saying_verbs(language).iter().any(|verb| {
        lower
            .find(&format!(" {verb}"))
            .is_some_and(|at| that.iter().any(|t| lower[at..].contains(t)))
    });
    declared_that || lower.contains("selon ") || lower.contains("according to")
}

/// A short title: the sentence without its date words (and the little word that introduces them),
/// cut at a word near 70 characters.
fn title(sentence: &str, date_words: &Range<usize>) -> String {
    const INTRODUCERS: [&str; 37] = [
        "en",
        "le",
        "la",
        "les",
        "ce",
        "à",
        "a",
        "l'",
        "l’",
        "au",
        "du",
        "des",
        "de",
        "dès",
        "dans",
        "pendant",
        "durant",
        "depuis",
        "jusqu'au",
        "jusqu’au",
        "jusqu'à",
        "jusqu’à",
        "in",
        "on",
        "at",
        "the",
        "of",
        "since",
        "during",
        "over",
        "until",
        "till",
        "through",
        "to",
        "into",
        "by",
        "",
    ];
    // "à l'automne 2020", "in the autumn of": every little word just before the date goes with it.
    let mut before = sentence[..date_words.start].trim_end();
    loop {
        let (rest, last) = before
            .rsplit_once(|c: char| c.is_whitespace())
            .unwrap_or(("", before));
        let last = last.to_lowercase();
        let glued = ["l'", "l’", "d'", "d’"]
            .iter()
            .find(|g| last.ends_with(**g) && INTRODUCERS.contains(&last.trim_end_matches(**g)));
        if INTRODUCERS.contains(&last.as_str()) || glued.is_some() {
            before = rest.trim_end();
        } else {
            break;
        }
        if before.is_empty() {
            break;
        }
    }
    let after = sentence[date_words.end..].trim_start_matches([',', ' ']);
    let text = format!("{before} {after}")
        .trim_matches(|c: char| c.is_whitespace() || ",;:«»\"“”.".contains(c))
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
    let mut take = |name: &str| {
        if let Some(city) = crate::gazetteer::named(name)
            && !names.iter().any(|n| n == city.name)
        {
            names.push(city.name.to_owned());
        }
    };
    for run in capitalised_runs(sentence) {
        let whole = run.join(" ");
        // A run of capitalised words is one name: a town's ("New York") or, when no town bears
        // it, a person's, a street's or an organisation's ("Ángel Víctor Torres", "Gilbert
        // Terrace"), whose words are no towns.
        if run.len() > 1 {
            if crate::gazetteer::named(&whole).is_some() {
                take(&whole);
            }
            continue;
        }
        take(&whole);
    }
    names
}

/// Words before a capitalised word that make it part of another name: a river's, a lake's, a
/// mountain's or a street's ("River Trent", "rue Gambetta").
const NAME_OF_ANOTHER_KIND: [&str; 16] = [
    "river",
    "rivière",
    "fleuve",
    "lake",
    "lac",
    "mount",
    "mont",
    "rue",
    "avenue",
    "boulevard",
    "place",
    "quai",
    "street",
    "road",
    "minister",
    "ministre",
];

/// The runs of capitalised words of a sentence that may name a place: not the sentence's first
/// word (capitalised anyway), not words of three letters or fewer, not words after a word that
/// makes them part of another kind of name.
fn capitalised_runs(sentence: &str) -> Vec<Vec<&str>> {
    let words: Vec<&str> = sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == ' '))
        .flat_map(|chunk| chunk.split(' ').chain(std::iter::once("")))
        .collect();
    let mut runs: Vec<Vec<&str>> = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let mut previous = "";
    for (i, &word) in words.iter().enumerate() {
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if capitalised && i > 0 {
            if run.is_empty() && NAME_OF_ANOTHER_KIND.contains(&previous.to_lowercase().as_str()) {
                previous = word;
                continue;
            }
            run.push(word);
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
        if !word.is_empty() {
            previous = word;
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs.retain(|r| r.len() > 1 || r.first().is_some_and(|w| w.chars().count() >= 3));
    runs
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
    // Only the rules that match somewhere in the text run, each once over the whole text (a search
    // per sentence and rule costs more than the matching itself); their hits are then taken
    // sentence by sentence, in order, so that "la veille" counts from the date before.
    let mut hits: Vec<(Range<usize>, &rules::Rule, regex::Captures)> = Vec::new();
    for rule in rules::present(language, text) {
        for hit in rule.find(text) {
            if let Some(whole) = hit.get(0) {
                hits.push((whole.range(), rule, hit));
            }
        }
    }
    hits.sort_by_key(|(words, _, _)| words.start);
    let mut context = Context {
        published,
        anchor: None,
        forward: false,
        topic_year: None,
        language: if language == "en" { "en" } else { "fr" },
    };
    let mut out = Vec::new();
    // The last year written out, and the sentence that wrote it.
    let mut topic: Option<(i32, usize)> = None;
    for (number, range) in sentences(text).into_iter().enumerate() {
        context.topic_year = topic
            .filter(|(_, at)| number - at <= 2)
            .map(|(year, _)| year);
        // A dateline ("KYIV, 3 March 2025 (AFP) — ") says where and when it was written: its date
        // is not an event; the sentence proper starts after it.
        let range = range.start + dateline_length(&text[range.clone()])..range.end;
        let sentence = &text[range.clone()];
        if sentence.len() > MAX_SENTENCE_BYTES || is_date_line(sentence) {
            continue;
        }
        // Every date the rules find, the narrowest kept where two cover the same words ("10
        // novembre 2020" is a day, not also a month), in text order.
        let mut found: Vec<(DateSpan, Resolved, Range<usize>, &'static str)> = Vec::new();
        let first = hits.partition_point(|(words, _, _)| words.start < range.start);
        for (words, rule, hit) in hits[first..]
            .iter()
            .take_while(|(words, _, _)| words.start < range.end)
            .filter(|(words, _, _)| words.end <= range.end)
        {
            let clause = tense::clause(text, range.clone(), words.clone());
            let before = text.get(clause.start..words.start).unwrap_or_default();
            let clause = text.get(clause).unwrap_or_default();
            // "said on Friday that flooding would continue": Friday is the saying's day, before
            // publication, whatever the words after it foresee.
            context.forward =
                tense::looks_ahead(clause, language) && !tense::dates_a_saying(before, language);
            let Some(resolved) = rule.resolve(hit, &context) else {
                continue;
            };
            let Ok(span) = date::resolve(&resolved.edtf) else {
                continue;
            };
            if let Some(year) = written_year(&text[words.clone()]) {
                topic = Some((year, number));
                context.topic_year = Some(year);
            }
            let words = words.start - range.start..words.end - range.start;
            found.push((span, resolved, words, rule.name));
        }
        // An expression inside a longer one is part of it ("14 avril" in "du 10 au 14 avril",
        // "novembre 2020" in "10 novembre 2020"): the longer one is the date.
        let inside = |w: &Range<usize>, found: &[(DateSpan, Resolved, Range<usize>, &str)]| {
            found
                .iter()
                .any(|(_, _, o, _)| o.start <= w.start && w.end <= o.end && o.len() > w.len())
        };
        let whole: Vec<bool> = found
            .iter()
            .map(|(_, _, w, _)| !inside(w, &found))
            .collect();
        let mut found: Vec<_> = found
            .into_iter()
            .zip(whole)
            .filter_map(|(f, whole)| whole.then_some(f))
            .collect();
        // Stable: of two equally narrow dates on the same words, the first rule's is kept.
        // Of two as narrow, the one on more words reads the expression whole ("Tuesday the
        // 23rd" over "on Tuesday").
        found.sort_by_key(|(span, _, words, _)| {
            (span.latest - span.earliest, std::cmp::Reverse(words.len()))
        });
        let mut kept: Vec<(DateSpan, Resolved, Range<usize>, &'static str)> = Vec::new();
        for candidate in found {
            let overlaps = kept
                .iter()
                .any(|(_, _, w, _)| w.start < candidate.2.end && candidate.2.start < w.end);
            if !overlaps {
                kept.push(candidate);
            }
        }
        kept.sort_by_key(|(_, _, words, _)| words.start);
        for (span, resolved, words, rule) in kept {
            let in_text = words.start + range.start..words.end + range.start;
            let clause = tense::clause(text, range.clone(), in_text.clone());
            let hoped = text.get(clause.clone()).is_some_and(|c| {
                tense::is_feared_or_hoped(c, in_text.start - clause.start, language)
            });
            // What someone fears or hopes for a day is no event of that day.
            if is_heading(sentence, &span, published) || hoped {
                continue;
            }
            // The day something was said is when it was said: reported, not planned.
            let said = text
                .get(clause.start..in_text.start)
                .is_some_and(|before| tense::dates_a_saying(before, language));
            let status = if !said && is_planned(sentence, language, &span, published) {
                Status::Planned
            } else if is_reported(sentence, language) {
                Status::Reported
            } else {
                Status::Occurred
            };
            // Later "la veille" and "alors" count from here (what points back moves the anchor
            // only when it is a day).
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
    }
    Ok(out)
}

/// Suggestions for a source of a story: its publication day, its language (or the text's), the
/// story's places.
pub fn for_source(story: &Story, source: usize) -> Result<Vec<Suggestion>, SuggestError> {
    let Some(s) = story.sources.get(source) else {
        return Ok(Vec::new());
    };
    let language = match s.language.split(['-', '_']).next() {
        Some("en") => "en",
        Some("fr") => "fr",
        _ => detect_language(&s.text),
    };
    suggest(&s.text, s.published.earliest_date(), language, Some(story))
}

/// The event of the story a suggestion for `source` repeats: the same days, backed by a quote of
/// that source overlapping the sentence.
pub fn duplicate_of(story: &Story, source: usize, suggestion: &Suggestion) -> Option<usize> {
    story.events.iter().position(|e| {
        (e.date.earliest, e.date.latest) == (suggestion.date.earliest, suggestion.date.latest)
            && e.quotes.iter().any(|&q| {
                let quote = &story.quotes[q];
                quote.source == source
                    && quote.bytes.start < suggestion.bytes.end
                    && suggestion.bytes.start < quote.bytes.end
            })
    })
}

/// The suggestions as CSV: `edtf,earliest,latest,status,title,quote,places,resolution`, places
/// joined by `;`, the quote being the sentence's exact text.
pub fn write_csv(suggestions: &[Suggestion], out: impl std::io::Write) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "edtf",
        "earliest",
        "latest",
        "status",
        "title",
        "quote",
        "places",
        "resolution",
    ])?;
    for s in suggestions {
        writer.write_record([
            s.date.edtf.as_str(),
            &s.date.earliest_date().format("%Y-%m-%d").to_string(),
            &s.date.latest_date().format("%Y-%m-%d").to_string(),
            s.status.label(),
            &s.title,
            &s.quote,
            &s.places.join(";"),
            &s.resolution,
        ])?;
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests;
