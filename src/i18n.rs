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
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(grouped));
        },
    };
}

/// A whole number as the window writes every count: thousands apart by a narrow no-break space
/// ("6 500"), in both languages. Other numbers as Fluent writes them.
fn grouped<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() >= 1000.0 => {
            Some(crate::numbers::group_thousands(n.value))
        }
        _ => None,
    }
}

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Language {
    #[serde(rename = "en")]
    English,
    #[serde(rename = "fr")]
    French,
    /// English accented and a third longer (`LANG=en_XA`, as Android names it): no menu offers
    /// it; tests and screenshots use it to find words that do not come from the messages and
    /// text that a longer translation would cut.
    #[serde(rename = "en-XA")]
    Pseudo,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::French];

    fn id(self) -> LanguageIdentifier {
        match self {
            Language::English => langid!("en"),
            Language::French => langid!("fr"),
            Language::Pseudo => langid!("en-XA"),
        }
    }

    /// Its name in itself, as a language menu lists it.
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::French => "Français",
            Language::Pseudo => "[Ƥşéûðô]",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
            Language::Pseudo => "en-XA",
        }
    }

    /// The language of a locale name ("fr_FR.UTF-8", "fr-CA", "en_GB", "C"), if the app speaks it.
    pub fn of_locale(locale: &str) -> Option<Language> {
        let tag = locale.split(['.', '@']).next()?.replace('_', "-");
        if tag.eq_ignore_ascii_case("en-XA") {
            return Some(Language::Pseudo);
        }
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

/// `work` done in `language`, then the thread's language back: files whose words must not
/// change with the window's language (exports) are written in English, and the published page
/// in each of its own languages.
pub fn in_language<T>(language: Language, work: impl FnOnce() -> T) -> T {
    let spoken = self::language();
    set_language(language);
    let done = work();
    set_language(spoken);
    done
}

/// The message `id` in the current language (English where it lacks one; the id itself where
/// neither has it, so a missing message shows, and `tests/languages.rs` fails on it).
pub fn tr(id: &str) -> String {
    tr_with(id, &[])
}

/// The message `id` with its arguments ("{ $date }"), in the current language.
pub fn tr_with(id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    if language() == Language::Pseudo {
        return pseudo::message(id, args).unwrap_or_else(|| id.to_owned());
    }
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

const MONTHS_FR_SHORT: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];

/// A chrono format with the current language's names put in for `%A`, `%B`, `%b` and `%-d` (the
/// 1st of a month is "1er" in French); English keeps chrono's own.
pub(crate) fn format_in_language(date: NaiveDate, format: &str) -> Cow<'_, str> {
    match language() {
        Language::English => Cow::Borrowed(format),
        Language::Pseudo => Cow::Owned(["%A", "%B", "%b"].iter().fold(
            format.to_owned(),
            |format, name| {
                let english = date.format(name).to_string();
                format.replace(name, &pseudo::accented(&english))
            },
        )),
        Language::French => {
            let day = match date.day() {
                1 => "1er".to_owned(),
                day => day.to_string(),
            };
            Cow::Owned(
                format
                    .replace(
                        "%A",
                        WEEKDAYS_FR[date.weekday().num_days_from_monday() as usize],
                    )
                    .replace("%B", MONTHS_FR[date.month0() as usize])
                    .replace("%b", MONTHS_FR_SHORT[date.month0() as usize])
                    .replace("%-d", &day),
            )
        }
    }
}

/// How the current language marks a year before the era: "BC", "av. J.-C.".
pub(crate) fn before_the_era() -> &'static str {
    match language() {
        Language::English => "BC",
        Language::French => "av. J.-C.",
        Language::Pseudo => "ḂÇ",
    }
}

/// A number with `digits` decimals and the current language's decimal mark ("4.4", "4,4").
pub fn decimal(value: f64, digits: usize) -> String {
    let written = format!("{value:.digits$}");
    match language() {
        Language::French => written.replace('.', ","),
        Language::English | Language::Pseudo => written,
    }
}

/// The pseudo-locale: the English messages with their text (never their arguments) accented and
/// lengthened by Fluent's own transform.
mod pseudo {
    use fluent_templates::fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    use std::borrow::Cow;

    /// Every English message file (a test below checks none is missing).
    pub(crate) const ENGLISH: [&str; 6] = [
        include_str!("../assets/i18n/en/window.ftl"),
        include_str!("../assets/i18n/en/suggest.ftl"),
        include_str!("../assets/i18n/en/problems.ftl"),
        include_str!("../assets/i18n/en/dates.ftl"),
        include_str!("../assets/i18n/en/forms.ftl"),
        include_str!("../assets/i18n/en/page.ftl"),
    ];

    thread_local! {
        static BUNDLE: FluentBundle<FluentResource> = bundle();
    }

    fn bundle() -> FluentBundle<FluentResource> {
        let mut bundle = FluentBundle::new(vec![fluent_templates::langid!("en")]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(super::grouped));
        bundle.set_transform(Some(lengthened));
        for text in ENGLISH {
            // The same files the app compiles in, which its tests parse: nothing is dropped here
            // that they would not fail on.
            let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        bundle
    }

    pub(super) fn message(
        id: &str,
        args: &[(&'static str, FluentValue<'static>)],
    ) -> Option<String> {
        BUNDLE.with(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                fluent_args.set(*name, value.clone());
            }
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned(),
            )
        })
    }

    /// Each letter that has one in the window's fonts given an accent: "Ôpéñ".
    pub(crate) fn accented(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                'a' => 'à',
                'e' => 'é',
                'i' => 'î',
                'o' => 'ô',
                'u' => 'û',
                'c' => 'ç',
                'n' => 'ñ',
                'y' => 'ÿ',
                'A' => 'À',
                'E' => 'É',
                'I' => 'Î',
                'O' => 'Ô',
                'U' => 'Û',
                'C' => 'Ç',
                'N' => 'Ñ',
                'Y' => 'Ý',
                other => other,
            })
            .collect()
    }

    /// Accented, and a third longer (as translations from English often are) by a tail of dots.
    fn lengthened(text: &str) -> Cow<'_, str> {
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        if letters == 0 {
            return Cow::Borrowed(text);
        }
        Cow::Owned(format!(
            "{}{}",
            accented(text),
            "·".repeat(letters.div_ceil(3))
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pseudo_locale_has_every_english_file_and_accents_text_not_arguments() {
        let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/i18n/en"))
            .unwrap()
            .count();
        assert_eq!(files, pseudo::ENGLISH.len());
        set_language(Language::Pseudo);
        let said = tr_with("timeline-cursor", &[("date", "Stepanakert".into())]);
        set_language(Language::English);
        assert!(said.starts_with("Çûrsôr:"), "{said}");
        assert!(said.ends_with("Stepanakert"), "{said}");
        assert!(said.contains('·'), "a third longer: {said}");
    }

    #[test]
    fn a_locale_names_its_language() {
        assert_eq!(Language::of_locale("fr_FR.UTF-8"), Some(Language::French));
        assert_eq!(Language::of_locale("fr-CA"), Some(Language::French));
        assert_eq!(Language::of_locale("en_GB.UTF-8"), Some(Language::English));
        assert_eq!(Language::of_locale("de_DE"), None);
        assert_eq!(Language::of_locale("C"), None);
        assert_eq!(Language::of_locale("en_XA.UTF-8"), Some(Language::Pseudo));
    }

    #[test]
    fn days_are_written_the_language_s_way() {
        let day = NaiveDate::from_ymd_opt(2024, 4, 17).unwrap();
        set_language(Language::French);
        assert_eq!(crate::date::long_date(day), "mercredi 17 avril 2024");
        assert_eq!(
            crate::date::long_date(NaiveDate::from_ymd_opt(2024, 5, 1).unwrap()),
            "mercredi 1er mai 2024"
        );
        assert_eq!(
            tr_with(
                "timeline-cursor",
                &[("date", crate::date::long_date(day).into())]
            ),
            "Curseur\u{a0}: mercredi 17 avril 2024"
        );
        let label = |edtf: &str| crate::date::resolve(edtf).unwrap().label();
        assert_eq!(
            label("2024-04-10/2024-04-17"),
            "10 avr. 2024 – 17 avr. 2024"
        );
        assert_eq!(label("2024-05-01"), "1er mai 2024");
        assert_eq!(label("2023-09~"), "sept. 2023 (approx.)");
        assert_eq!(label("-0043-03-15"), "15 mars 44 av. J.-C.");
        assert_eq!(label("2020-23"), "automne 2020 (sept. – nov. 2020)");
        assert_eq!(label("2024-04-17/.."), "depuis le 17 avr. 2024, en cours");
        let autumn = crate::date::resolve("2020-23").unwrap().explain();
        assert!(
            autumn.starts_with(
                "automne 2020 (sept. – nov. 2020)\u{a0}: 1er sept. 2020 – 30 nov. 2020 (91 jours)"
            ),
            "{autumn}"
        );
        let more = |n: usize| tr_with("cursor-more-events", &[("count", n.into())]);
        assert!(
            more(6500).starts_with("… et 6\u{202f}500 autres événements"),
            "{}",
            more(6500)
        );
        assert!(
            more(1).starts_with("… et un autre événement à cette date"),
            "{}",
            more(1)
        );
        assert!(
            more(3).starts_with("… et 3 autres événements"),
            "{}",
            more(3)
        );
        set_language(Language::English);
        assert!(
            more(1).starts_with("… and one more event at this date"),
            "{}",
            more(1)
        );
        assert!(more(3).starts_with("… and 3 more events"), "{}", more(3));
        assert_eq!(crate::date::long_date(day), "Wednesday 17 April 2024");
        assert_eq!(
            tr_with(
                "timeline-cursor",
                &[("date", crate::date::long_date(day).into())]
            ),
            "Cursor: Wednesday 17 April 2024"
        );
    }

    #[test]
    fn files_and_credits_do_not_change_with_the_window_s_language() {
        let story = crate::load::load(&crate::shipped::karabakh()).unwrap();
        let english = crate::formats::export(&story, crate::formats::Format::TimelineJs).unwrap();
        set_language(Language::French);
        let french = crate::formats::export(&story, crate::formats::Format::TimelineJs).unwrap();
        // A credit whose label carries its date (in English, as labels are made) says it once.
        let credits: Vec<String> = story.sources.iter().map(|s| s.credit()).collect();
        set_language(Language::English);
        assert_eq!(english, french);
        assert!(credits.iter().all(|c| !c.contains("avr.")), "{credits:?}");
    }
}
