//! The temporal expressions the extractor knows, one rule each, in French and English: what the
//! words look like (a regular expression, case ignored) and how they resolve to an EDTF date against
//! the publication day and the date the text last established.

use super::resolve::*;
use super::rule::rule;
pub use super::rule::{Context, Resolved, Rule};
use regex::RegexSet;
use std::sync::LazyLock;

/// "Cette année-là", "that year": the year the text last wrote (within the two sentences before),
/// never publication's; nothing when the text wrote none.
fn the_year_written(what: &str, x: &Context) -> Option<Resolved> {
    let year = x.topic_year?;
    Some(Resolved {
        edtf: year.to_string(),
        how: crate::i18n::tr_with(
            "suggest-year-last-written",
            &[
                ("what", what.to_owned().into()),
                ("year", year.to_string().into()),
            ],
        ),
        anaphoric: true,
    })
}

/// Every rule, most specific first (a sentence's date is the narrowest any rule finds).
pub static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    [
        rule!(
            "fr-day-month-year",
            "fr",
            format!(r"\b(?P<d>1er|[0-3]?\d) (?P<m>{FR_MONTHS})(?: (?P<y>\d{{4}}))?\b"),
            day_month_year
        ),
        rule!(
            "en-day-month-year",
            "en",
            format!(
                r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)? (?P<m>{EN_MONTHS})(?:,? (?P<y>\d{{4}}))?\b"
            ),
            day_month_year
        ),
        rule!(
            "en-month-day-year",
            "en",
            format!(
                r"\b(?P<m>{EN_MONTHS}) (?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,? (?P<y>\d{{4}}))?\b"
            ),
            day_month_year
        ),
        rule!(
            "fr-until-day",
            "fr",
            format!(
                // With the full stop a date ends a sentence on, as the rule of such dates takes it.
                r"\bjusqu(?:'|’)(?:au|à) (?:le )?(?P<d>1er|[0-3]?\d) (?P<m>{FR_MONTHS})(?: (?P<y>\d{{4}}))?(?:\.|\b)"
            ),
            until_day
        ),
        rule!(
            "en-until-day",
            "en",
            format!(
                r"\b(?:until|till|through to) (?:the )?(?P<d>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?(?P<m>{EN_MONTHS})(?:,? (?P<y>\d{{4}}))?\b"
            ),
            until_day
        ),
        rule!(
            "fr-day-range",
            "fr",
            format!(
                r"\b(?:du|entre le) (?P<d1>1er|[0-3]?\d) (?:au|et le) (?P<d2>[0-3]?\d) (?P<m>{FR_MONTHS})(?: (?P<y>\d{{4}}))?\b"
            ),
            day_range
        ),
        rule!(
            "en-day-range",
            "en",
            format!(
                r"\b(?:from|between) (?P<d1>[0-3]?\d) (?:to|and) (?P<d2>[0-3]?\d) (?P<m>{EN_MONTHS})(?:,? (?P<y>\d{{4}}))?\b"
            ),
            day_range
        ),
        rule!(
            "en-month-day-range",
            "en",
            format!(
                r"\b(?P<m>{EN_MONTHS}) (?P<d1>[0-3]?\d)\s?[-–]\s?(?P<d2>[0-3]?\d)(?:,? (?P<y>\d{{4}}))?\b"
            ),
            day_range
        ),
        rule!(
            "fr-month-year",
            "fr",
            format!(r"\b(?P<m>{FR_MONTHS}) (?P<y>\d{{4}})\b"),
            month_year
        ),
        rule!(
            "en-month-year",
            "en",
            format!(r"\b(?P<m>{EN_MONTHS}),? (?P<y>\d{{4}})\b"),
            month_year
        ),
        rule!(
            "fr-season-year",
            "fr",
            // No \b before: "été" starts with a letter outside ASCII, where an ASCII boundary
            // never holds; `on_word_edges` checks the start instead.
            r"(?P<s>printemps|été|ete|automne|hiver) (?:de )?(?P<y>\d{4})\b",
            season_year
        ),
        rule!(
            "en-season-year",
            "en",
            r"\b(?P<s>spring|summer|autumn|fall|winter) (?:of )?(?P<y>\d{4})\b",
            season_year
        ),
        rule!(
            "fr-last-season",
            "fr",
            r"\b(?:l'|l’|le |les )(?P<s>printemps|été|ete|automne|hiver) derni(?:er|ère)\b",
            last_season
        ),
        rule!(
            "en-last-season",
            "en",
            r"\blast (?P<s>spring|summer|autumn|fall|winter)\b",
            last_season
        ),
        rule!(
            "fr-night",
            "fr",
            format!(r"\bla nuit (?:de|du) (?P<w>{FR_DAYS}) (?:à|au) (?:{FR_DAYS})\b"),
            night
        ),
        rule!(
            "en-night",
            "en",
            format!(r"\b(?:the night of|overnight) (?P<w>{EN_DAYS}) (?:to|into|and) (?:{EN_DAYS})\b"),
            night
        ),
        rule!(
            "en-weekend",
            "en",
            r"\b(?:over|during|at) the weekend\b|\bthis weekend\b",
            weekend
        ),
        rule!(
            "fr-weekend",
            "fr",
            r"\b(?:ce|le) week-end\b|\bpendant le week-end\b",
            weekend
        ),
        rule!(
            "fr-weekday",
            "fr",
            format!(r"\b(?P<w>{FR_DAYS})\b"),
            weekday_alone
        ),
        rule!(
            "en-weekday",
            "en",
            // Abbreviations too ("Thu", "fri."), but not "sat" and "sun", which are words.
            format!(r"\b(?:on )?(?P<w>{EN_DAYS}|mon|tues?|thurs?|thu|fri)(?:\b|\.)"),
            weekday_alone
        ),
        // Before "hier", which it contains: of two days, the first rule found is kept.
        rule!(
            "fr-day-before-yesterday",
            "fr",
            r"\bavant-hier\b",
            |_, x| from_publication(-2, "avant-hier", x)
        ),
        rule!("fr-yesterday", "fr", r"\bhier\b", |_, x| from_publication(
            -1, "hier", x
        )),
        rule!(
            "fr-today",
            "fr",
            r"\baujourd'hui\b|\baujourd’hui\b",
            |_, x| from_publication(0, "aujourd'hui", x)
        ),
        rule!("en-yesterday", "en", r"\byesterday\b", |_, x| {
            from_publication(-1, "yesterday", x)
        }),
        rule!("en-today", "en", r"\btoday\b", |_, x| from_publication(
            0, "today", x
        )),
        rule!("fr-eve", "fr", r"\bla veille\b", |_, x| from_anchor(
            -1,
            "la veille",
            x
        )),
        rule!(
            "fr-next-day",
            "fr",
            r"\ble lendemain\b",
            |_, x| from_anchor(1, "le lendemain", x)
        ),
        rule!(
            "fr-same-day",
            "fr",
            r"\ble même jour\b|\ble jour même\b",
            |_, x| from_anchor(0, "le même jour", x)
        ),
        rule!(
            "en-day-before",
            "en",
            r"\b(?:a day earlier|the day before|the previous day)\b",
            |_, x| from_anchor(-1, "the day before", x)
        ),
        rule!(
            "en-next-day",
            "en",
            r"\b(?:a day later|the next day|the following day)\b",
            |_, x| from_anchor(1, "the next day", x)
        ),
        rule!(
            "fr-that-year",
            "fr",
            r"\bcette (?:année|annee)[- ]l(?:à|a)|\bla m[êe]me (?:année|annee)\b|\bl'(?:année|annee) m[êe]me\b|\bl’(?:année|annee) m[êe]me\b",
            |_, x| the_year_written("cette année-là", x)
        ),
        rule!(
            "en-that-year",
            "en",
            r"\b(?:that|the) (?:same )?year\b",
            |c, x| the_year_written(c.get(0).map_or("that year", |w| w.as_str()), x)
        ),
        rule!(
            "en-same-day",
            "en",
            r"\bthe same day\b",
            |_, x| from_anchor(0, "the same day", x)
        ),
        rule!(
            "fr-ago",
            "fr",
            r"\bil y a (?P<n>\d+|une?|deux|trois|quatre|cinq|quelques|plusieurs) (?P<u>jours?|semaines?|mois|ans?)\b",
            ago
        ),
        rule!(
            "en-ago",
            "en",
            r"\b(?P<n>\d+|an?|one|two|three|four|five|a few|several) (?P<u>days?|weeks?|months?|years?) ago\b",
            ago
        ),
        rule!("fr-last-week", "fr", r"\bla semaine dernière\b", last_week),
        rule!("fr-last-month", "fr", r"\ble mois dernier\b", |_, x| {
            month_from_publication(-1, "le mois dernier", x)
        }),
        rule!("en-last-month", "en", r"\blast month\b", |_, x| {
            month_from_publication(-1, "last month", x)
        }),
        rule!("fr-this-month", "fr", r"\bce mois-ci\b", |_, x| {
            month_from_publication(0, "ce mois-ci", x)
        }),
        rule!(
            "en-this-month",
            "en",
            r"\b(?:earlier |later )?this month\b",
            |_, x| month_from_publication(0, "this month", x)
        ),
        rule!("fr-next-month", "fr", r"\ble mois prochain\b", |_, x| {
            month_from_publication(1, "le mois prochain", x)
        }),
        rule!("en-next-month", "en", r"\bnext month\b", |_, x| {
            month_from_publication(1, "next month", x)
        }),
        rule!(
            "fr-last-year",
            "fr",
            r"\bl'an dernier\b|\bl’an dernier\b|\bl'année dernière\b|\bl’année dernière\b",
            |_, x| year_from_publication(-1, "l'an dernier", x)
        ),
        rule!("en-last-year", "en", r"\blast year\b", |_, x| {
            year_from_publication(-1, "last year", x)
        }),
        rule!(
            "fr-next-year",
            "fr",
            r"\bl'an prochain\b|\bl’an prochain\b|\bl'année prochaine\b|\bl’année prochaine\b",
            |_, x| year_from_publication(1, "l'an prochain", x)
        ),
        rule!("en-next-year", "en", r"\bnext year\b", |_, x| {
            year_from_publication(1, "next year", x)
        }),
        rule!(
            "fr-since-month",
            "fr",
            format!(r"\bdepuis (?P<m>{FR_MONTHS})\b(?: (?P<y>\d{{4}}))?"),
            since_month
        ),
        rule!(
            "en-since-month",
            "en",
            format!(r"\bsince (?P<m>{EN_MONTHS})\b(?:,? (?P<y>\d{{4}}))?"),
            since_month
        ),
        rule!("en-last-week", "en", r"\blast week\b", last_week),
        rule!(
            "fr-end-of-month",
            "fr",
            r"\bd'ici (?:à )?la fin du mois\b|\bd’ici (?:à )?la fin du mois\b",
            end_of_month
        ),
        rule!(
            "fr-end-of-year",
            "fr",
            r"\bd'ici (?:à )?la fin de l'année\b|\bd’ici (?:à )?la fin de l’année\b",
            end_of_year
        ),
        rule!(
            "en-end-of-month",
            "en",
            r"\bby the end of the month\b",
            end_of_month
        ),
        rule!(
            "en-end-of-year",
            "en",
            r"\bby the end of the year\b",
            end_of_year
        ),
        rule!(
            "fr-year",
            "fr",
            r"\b(?:en|depuis|d'ici|d’ici|jusqu'en|jusqu’en|avant|après|fin|début) (?P<y>\d{4})\b",
            year
        ),
        rule!(
            "en-year",
            "en",
            r"\b(?:in|since|by|until|before|after|early|late) (?P<y>\d{4})\b",
            year
        ),
        // "Alors que" is "while" (or "whereas"), not "then": no date of its own.
        rule!(
            "fr-then",
            "fr",
            r"\balors(?P<while> qu(?:e\b|'|’))?",
            |c, x| if c.name("while").is_some() {
                None
            } else {
                then(c, x)
            }
        ),
        // "Dans l'après-midi", "that afternoon": the day last mentioned.
        rule!(
            "fr-part-of-that-day",
            "fr",
            r"\b(?:dans|durant|pendant|dès|en (?:début|fin) d(?:e |')) ?(?:l'après-midi|l’après-midi|la matinée|la soirée|la journée)",
            |_, x| from_anchor(0, "ce jour-là", x)
        ),
        rule!(
            "en-part-of-that-day",
            "en",
            r"\b(?:that|later that) (?:afternoon|morning|evening)\b",
            |_, x| from_anchor(0, "that day", x)
        ),
        rule!("en-then", "en", r"\bat the time\b|\bback then\b", then),
    ]
    .into_iter()
    .chain(super::period_rules::rules())
    .flatten()
    .collect()
});

/// A language, its rules' patterns in one set, and the rules' places in [`RULES`].
type LanguageRules = (&'static str, Option<RegexSet>, Vec<usize>);

/// Per language, every rule's pattern in one set, to find in one pass over a text which rules can
/// match anywhere in it (most cannot): only those are then tried sentence by sentence. A set that
/// does not build (it is made of patterns that each compiled) is none: every rule is then tried.
static BY_LANGUAGE: LazyLock<Vec<LanguageRules>> = LazyLock::new(|| {
    ["fr", "en"]
        .into_iter()
        .map(|language| {
            let indices: Vec<usize> = (0..RULES.len())
                .filter(|&i| [language, "any"].contains(&RULES[i].language))
                .collect();
            let set = RegexSet::new(indices.iter().map(|&i| RULES[i].pattern.as_str())).ok();
            (language, set, indices)
        })
        .collect()
});

/// The rules of `language` that match somewhere in `text`.
pub fn present(language: &str, text: &str) -> Vec<&'static Rule> {
    let mut found = Vec::new();
    for (_, set, indices) in BY_LANGUAGE.iter().filter(|(l, _, _)| *l == language) {
        match set {
            Some(set) => found.extend(set.matches(text).into_iter().map(|m| &RULES[indices[m]])),
            None => found.extend(indices.iter().map(|&i| &RULES[i])),
        }
    }
    found
}
