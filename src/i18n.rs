//! The app's words in French and English: Project Fluent messages (`assets/i18n/LANG/*.ftl`,
//! compiled in by `fluent-templates`), the language they are shown in (the system's, or the one
//! chosen in View → Language), and dates written the language's way ("mercredi 17 avril 2024").
//!
//! The language is the thread's (the UI thread's, in the app), so tests in parallel threads may
//! each speak their own.

use chrono::{Datelike, NaiveDate};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;

fluent_templates::static_loader! {
    static MESSAGES = {
        locales: "./assets/i18n",
        fallback_language: "en",
        // Fluent wraps each argument in Unicode isolation marks by default; the window's fonts
        // would draw them as boxes, and a date or a number needs none.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Language {
    #[serde(rename = "en")]
    English,
    #[serde(rename = "fr")]
    French,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::French];

    fn id(self) -> LanguageIdentifier {
        match self {
            Language::English => langid!("en"),
            Language::French => langid!("fr"),
        }
    }

    /// Its name in itself, as a language menu lists it.
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::French => "Français",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
        }
    }

    /// The language of a locale name ("fr_FR.UTF-8", "fr-CA", "en_GB", "C"), if the app speaks it.
    pub fn of_locale(locale: &str) -> Option<Language> {
        let code = locale
            .split(['_', '-', '.', '@'])
            .next()?
            .to_ascii_lowercase();
        match code.as_str() {
            "fr" => Some(Language::French),
            "en" => Some(Language::English),
            _ => None,
        }
    }

    /// The system's language: `LC_ALL`, `LC_MESSAGES` or `LANG` as POSIX orders them, else the
    /// operating system's own setting (Windows, macOS), else English.
    pub fn of_system() -> Language {
        let from_environment = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty());
        match from_environment {
            // The first variable set decides, even when it names a language the app lacks.
            Some(locale) => Language::of_locale(&locale).unwrap_or(Language::English),
            None => sys_locale::get_locale()
                .and_then(|locale| Language::of_locale(&locale))
                .unwrap_or(Language::English),
        }
    }
}

thread_local! {
    static SPOKEN: Cell<Language> = const { Cell::new(Language::English) };
}

/// The language this thread's words are in.
pub fn language() -> Language {
    SPOKEN.with(Cell::get)
}

/// Speak `language` from now on (on this thread).
pub fn set_language(language: Language) {
    SPOKEN.with(|spoken| spoken.set(language));
}

/// The message `id` in the current language (English where it lacks one; the id itself where
/// neither has it, so a missing message shows, and `tests/languages.rs` fails on it).
pub fn tr(id: &str) -> String {
    MESSAGES
        .try_lookup(&language().id(), id)
        .unwrap_or_else(|| id.to_owned())
}

/// The message `id` with its arguments ("{ $date }"), in the current language.
pub fn tr_with(id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
        .collect();
    MESSAGES
        .try_lookup_with_args(&language().id(), id, &args)
        .unwrap_or_else(|| id.to_owned())
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const WEEKDAYS_FR: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// A day written out in the current language: "Wednesday 17 April 2024", "mercredi 17 avril
/// 2024" (the 1st of a month "1er" in French); a year before the era as "44 BC" / "44 av. J.-C.".
pub fn long_date(date: NaiveDate) -> String {
    match language() {
        Language::English => crate::date::written(date, "%A %-d %B %Y"),
        Language::French => {
            let weekday = WEEKDAYS_FR[date.weekday().num_days_from_monday() as usize];
            let month = MONTHS_FR[date.month0() as usize];
            let day = match date.day() {
                1 => "1er".to_owned(),
                day => day.to_string(),
            };
            let year = match date.year() {
                year if year >= 1 => year.to_string(),
                year => format!("{} av. J.-C.", 1 - i64::from(year)),
            };
            format!("{weekday} {day} {month} {year}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_names_its_language() {
        assert_eq!(Language::of_locale("fr_FR.UTF-8"), Some(Language::French));
        assert_eq!(Language::of_locale("fr-CA"), Some(Language::French));
        assert_eq!(Language::of_locale("en_GB.UTF-8"), Some(Language::English));
        assert_eq!(Language::of_locale("de_DE"), None);
        assert_eq!(Language::of_locale("C"), None);
    }

    #[test]
    fn days_are_written_the_language_s_way() {
        let day = NaiveDate::from_ymd_opt(2024, 4, 17).unwrap();
        set_language(Language::French);
        assert_eq!(long_date(day), "mercredi 17 avril 2024");
        assert_eq!(
            long_date(NaiveDate::from_ymd_opt(2024, 5, 1).unwrap()),
            "mercredi 1er mai 2024"
        );
        assert_eq!(
            tr_with("timeline-cursor", &[("date", long_date(day).into())]),
            "Curseur\u{a0}: mercredi 17 avril 2024"
        );
        set_language(Language::English);
        assert_eq!(long_date(day), "Wednesday 17 April 2024");
        assert_eq!(
            tr_with("timeline-cursor", &[("date", long_date(day).into())]),
            "Cursor: Wednesday 17 April 2024"
        );
    }
}
