//! The page's words in each language it carries: its own messages (`assets/i18n/LANG/page.ftl`),
//! handed to the page's script as Fluent patterns it fills in (`assets/publish/words.js`: counts
//! choose their plural there, as the reader's numbers change), and the story's dates, measures and
//! names of kinds and statuses written as the window writes them in that language.
//!
//! Both languages go into every page, so a reader switches without a network; the page opens in
//! the first.

use crate::document::Document;
use crate::i18n::{self, Language};
use crate::model::{PlaceKind, Status};
use crate::query;
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use serde::Serialize;
use std::collections::BTreeMap;

const PAGE_MESSAGES: [(Language, &str); 2] = [
    (
        Language::English,
        include_str!("../../assets/i18n/en/page.ftl"),
    ),
    (
        Language::French,
        include_str!("../../assets/i18n/fr/page.ftl"),
    ),
];

/// One language of the page.
#[derive(Serialize)]
pub struct PageLanguage {
    /// Its code, for `<html lang>` and the page's address (`?lang=fr`).
    pub code: &'static str,
    /// The page's messages, by id.
    pub words: BTreeMap<String, Vec<Piece>>,
    /// The months' short names, as the window writes a day ("17 avr. 2024").
    pub months: Vec<String>,
    /// How it writes the first day of a month ("1", "1er").
    pub first_of_month: String,
    pub kinds: BTreeMap<&'static str, String>,
    pub statuses: BTreeMap<&'static str, String>,
    /// Per event, its dates in words.
    pub event_dates: Vec<String>,
    /// Per place: how its shape is given, what the map measures, what the sources report.
    pub place_shapes: Vec<String>,
    pub place_measures: Vec<Vec<String>>,
    pub place_reported: Vec<Vec<String>>,
    /// Per source, the day it was published in words.
    pub source_published: Vec<String>,
    /// Per source, what a picture's file says of itself: its metadata's claims and its Content
    /// Credentials (empty for a text).
    pub source_picture: Vec<Vec<String>>,
    /// Per step of the tour, the time it shows in words.
    pub step_windows: Vec<String>,
    /// Per country of the base map, its name.
    pub countries: Vec<String>,
}

/// A piece of a message as the page's script reads it: text, an argument, or a choice between
/// variants by an argument (a count's plural category, or a word).
#[derive(Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Piece {
    Text(String),
    Argument {
        arg: String,
    },
    Choice {
        select: String,
        variants: BTreeMap<String, Vec<Piece>>,
        other: String,
    },
}

/// What in a page message the page's script could not fill in.
#[derive(Debug, thiserror::Error, PartialEq)]
#[error("{language} page message {id}: {what}")]
pub struct UnreadableMessage {
    pub language: &'static str,
    pub id: String,
    pub what: String,
}

/// The page's languages, `first` first.
pub fn page_languages(doc: &Document, first: Language, countries: &[&str]) -> Vec<PageLanguage> {
    let mut languages: Vec<Language> = vec![first];
    languages.extend(Language::ALL.iter().filter(|&&l| l != first));
    languages
        .into_iter()
        .map(|language| i18n::in_language(language, || page_language(doc, language, countries)))
        .collect()
}

fn page_language(doc: &Document, language: Language, countries: &[&str]) -> PageLanguage {
    let story = doc.story();
    // The files are the app's own, parsed by a test: a message that cannot be read is left out
    // here and fails `every_page_message_is_read` there.
    let words = messages(language)
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    PageLanguage {
        code: language.code(),
        words,
        months: (1..=12)
            .filter_map(|m| chrono::NaiveDate::from_ymd_opt(2001, m, 1))
            .map(|day| written(day, "%b"))
            .collect(),
        first_of_month: chrono::NaiveDate::from_ymd_opt(2001, 1, 1)
            .map(|day| written(day, "%-d"))
            .unwrap_or_default(),
        kinds: PlaceKind::ALL
            .iter()
            .map(|&kind| (kind.label(), kind.name()))
            .collect(),
        statuses: Status::ALL
            .iter()
            .map(|&status| (status.label(), status.name()))
            .collect(),
        event_dates: story.events.iter().map(|e| e.date.label()).collect(),
        place_shapes: story.places.iter().map(query::shape_label).collect(),
        place_measures: story.places.iter().map(query::measure_lines).collect(),
        place_reported: story
            .places
            .iter()
            .map(|place| {
                query::reported_lines(story, place)
                    .into_iter()
                    .map(|(line, _)| line)
                    .collect()
            })
            .collect(),
        source_published: story.sources.iter().map(|s| s.published.label()).collect(),
        source_picture: story.sources.iter().map(picture_words).collect(),
        step_windows: story.steps.iter().map(|s| s.window.label()).collect(),
        countries: countries
            .iter()
            .map(|name| crate::base_map::country_name(name))
            .collect(),
    }
}

/// What a picture source's file says of itself, in the current language.
fn picture_words(source: &crate::model::Source) -> Vec<String> {
    use crate::provenance::picture_words::{claims_words, credentials_words};
    let Some(picture) = source.picture() else {
        return Vec::new();
    };
    let mut lines = claims_words(&picture.says);
    match &picture.credentials {
        Some(credentials) => lines.extend(credentials_words(credentials)),
        None => lines.push(i18n::tr("picture-no-credentials")),
    }
    lines
}

/// A part of a day as the current language writes it ("%b": "Apr", "avr.").
fn written(day: chrono::NaiveDate, format: &str) -> String {
    day.format(&i18n::format_in_language(day, format))
        .to_string()
}

/// Each message of the language's page file, as pieces or as what could not be read.
pub fn messages(language: Language) -> Vec<Result<(String, Vec<Piece>), UnreadableMessage>> {
    let text = PAGE_MESSAGES
        .iter()
        .find(|(l, _)| *l == language)
        .map_or("", |(_, text)| text);
    let unreadable = |id: &str, what: String| UnreadableMessage {
        language: language.code(),
        id: id.to_owned(),
        what,
    };
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            let mut out: Vec<_> = errors
                .iter()
                .map(|e| Err(unreadable("?", format!("{:?} at {:?}", e.kind, e.pos))))
                .collect();
            out.extend(entries(resource.body, &unreadable));
            return out;
        }
    };
    entries(resource.body, &unreadable)
}

fn entries(
    body: Vec<Entry<&str>>,
    unreadable: &impl Fn(&str, String) -> UnreadableMessage,
) -> Vec<Result<(String, Vec<Piece>), UnreadableMessage>> {
    body.into_iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let id = message.id.name.to_owned();
                Some(match message.value {
                    Some(pattern) => pieces(pattern)
                        .map(|p| (id.clone(), p))
                        .map_err(|what| unreadable(&id, what)),
                    None => Err(unreadable(&id, "no value".to_owned())),
                })
            }
            Entry::Junk { content } => Some(Err(unreadable(
                content.lines().next().unwrap_or(""),
                "not Fluent".to_owned(),
            ))),
            _ => None,
        })
        .collect()
}

fn pieces(pattern: Pattern<&str>) -> Result<Vec<Piece>, String> {
    pattern
        .elements
        .into_iter()
        .map(|element| match element {
            PatternElement::TextElement { value } => Ok(Piece::Text(value.to_owned())),
            PatternElement::Placeable { expression } => placeable(expression),
        })
        .collect()
}

fn placeable(expression: Expression<&str>) -> Result<Piece, String> {
    match expression {
        Expression::Inline(InlineExpression::VariableReference { id }) => Ok(Piece::Argument {
            arg: id.name.to_owned(),
        }),
        Expression::Inline(InlineExpression::StringLiteral { value }) => Ok(Piece::Text(
            fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned(),
        )),
        Expression::Select {
            selector: InlineExpression::VariableReference { id },
            variants,
        } => {
            let mut other = None;
            let mut chosen = BTreeMap::new();
            for variant in variants {
                let key = match variant.key {
                    VariantKey::Identifier { name } => name,
                    VariantKey::NumberLiteral { value } => value,
                };
                if variant.default {
                    other = Some(key.to_owned());
                }
                chosen.insert(key.to_owned(), pieces(variant.value)?);
            }
            Ok(Piece::Choice {
                select: id.name.to_owned(),
                variants: chosen,
                other: other.ok_or("a choice without a default variant")?,
            })
        }
        _ => Err("only text, $arguments and choices by an $argument reach the page".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_message_is_read_in_both_languages() {
        let ids = |language| -> Vec<String> {
            messages(language)
                .into_iter()
                .map(|m| m.map(|(id, _)| id))
                .collect::<Result<_, _>>()
                .unwrap()
        };
        let english = ids(Language::English);
        assert!(english.len() > 40, "{english:?}");
        assert_eq!(english, ids(Language::French));
    }

    #[test]
    fn a_count_is_a_choice_and_an_argument_stays_an_argument() {
        let english: BTreeMap<String, Vec<Piece>> = messages(Language::English)
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            english["page-cursor"],
            vec![
                Piece::Text("Cursor: ".to_owned()),
                Piece::Argument {
                    arg: "date".to_owned()
                }
            ]
        );
        let Piece::Choice {
            select,
            variants,
            other,
        } = &english["page-events-count"][0]
        else {
            panic!("{:?}", english["page-events-count"]);
        };
        assert_eq!((select.as_str(), other.as_str()), ("count", "other"));
        assert_eq!(
            variants["one"],
            vec![
                Piece::Argument {
                    arg: "count".to_owned()
                },
                Piece::Text(" event".to_owned())
            ]
        );
    }

    #[test]
    fn what_the_page_cannot_fill_in_is_said_with_its_id() {
        let unreadable = |id: &str, what: String| UnreadableMessage {
            language: "en",
            id: id.to_owned(),
            what,
        };
        let resource = fluent_syntax::parser::parse("a = { -term }\nb = { NUMBER($n) }\n").unwrap();
        let read = entries(resource.body, &unreadable);
        assert_eq!(read.len(), 2);
        assert!(read.iter().all(|m| m.is_err()), "{read:?}");
        assert_eq!(read[1].as_ref().unwrap_err().id, "b");
    }
}
