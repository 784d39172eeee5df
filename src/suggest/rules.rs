//! The temporal expressions the extractor knows, one rule each, in French and English: what the
//! words look like (a regular expression, case ignored) and how they resolve to an EDTF date against
//! the publication day and the date the text last established.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::{Captures, Regex, RegexSet};
use std::sync::LazyLock;

/// What a rule knows when it resolves an expression.
pub struct Context {
    pub published: NaiveDate,
    /// The last date the text established (the publication day until one is).
    pub anchor: Option<Resolved>,
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
    pattern: Regex,
    resolve: fn(&Captures, &Context) -> Option<Resolved>,
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

const FR_MONTHS: &str = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";
const EN_MONTHS: &str =
    "january|february|march|april|may|june|july|august|september|october|november|december";
const FR_DAYS: &str = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
const EN_DAYS: &str = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

fn month_number(name: &str) -> Option<u32> {
    let name = name.to_lowercase();
    let fr = [
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
    let plain = name.replace('é', "e").replace('û', "u");
    let en = EN_MONTHS.split('|').collect::<Vec<_>>();
    fr.iter()
        .position(|m| *m == name || m.replace('é', "e").replace('û', "u") == plain)
        .or_else(|| en.iter().position(|m| *m == name))
        .and_then(|i| u32::try_from(i + 1).ok())
}

fn weekday(name: &str) -> Option<Weekday> {
    let name = name.to_lowercase();
    let index = FR_DAYS
        .split('|')
        .position(|d| d == name)
        .or_else(|| EN_DAYS.split('|').position(|d| d == name))?;
    Weekday::try_from(u8::try_from(index).ok()?).ok()
}

fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

fn long(date: NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
}

fn resolved(edtf: String, how: String) -> Option<Resolved> {
    Some(Resolved {
        edtf,
        how,
        anaphoric: false,
    })
}

/// The year a day and month without a year fall in: the publication's, or the year before when
/// that would put them more than two months after publication (news looks back).
fn year_for(month: u32, day_of_month: u32, published: NaiveDate) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(published.year(), month, day_of_month)?;
    if this > published + Duration::days(61) {
        NaiveDate::from_ymd_opt(published.year() - 1, month, day_of_month)
    } else {
        Some(this)
    }
}

fn day_month_year(c: &Captures, x: &Context) -> Option<Resolved> {
    let d: u32 = match c.name("d")?.as_str() {
        "1er" | "1st" => 1,
        n => n
            .trim_end_matches(['s', 't', 'n', 'd', 'r', 'h'])
            .parse()
            .ok()?,
    };
    let m = month_number(c.name("m")?.as_str())?;
    let (date, how) = match c.name("y") {
        Some(y) => (
            NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m, d)?,
            "the date as written".to_owned(),
        ),
        None => (
            year_for(m, d, x.published)?,
            "day and month as written, the year of publication".to_owned(),
        ),
    };
    resolved(day(date), format!("{} → {}", how, long(date)))
}

/// "du 10 au 14 avril", "from 10 to 14 April 2024", "April 10-14": a range of days of one month.
fn day_range(c: &Captures, x: &Context) -> Option<Resolved> {
    let first_day = |name: &str| -> Option<u32> {
        match c.name(name)?.as_str() {
            "1er" => Some(1),
            n => n.parse().ok(),
        }
    };
    let (d1, d2) = (first_day("d1")?, first_day("d2")?);
    let m = month_number(c.name("m")?.as_str())?;
    let y = match c.name("y") {
        Some(y) => y.as_str().parse().ok()?,
        None => year_for(m, d2, x.published)?.year(),
    };
    let (from, to) = (
        NaiveDate::from_ymd_opt(y, m, d1)?,
        NaiveDate::from_ymd_opt(y, m, d2)?,
    );
    (from < to).then_some(())?;
    resolved(
        format!("{}/{}", day(from), day(to)),
        format!("from {} to {}", long(from), long(to)),
    )
}

/// A year and the part of it named in capture `group` (a month 01–12 or a season 21–24) as EDTF.
fn part_of_year(
    c: &Captures,
    group: &str,
    number: fn(&str) -> Option<u32>,
    what: &str,
) -> Option<Resolved> {
    let n = number(c.name(group)?.as_str())?;
    let y: i32 = c.name("y")?.as_str().parse().ok()?;
    resolved(format!("{y}-{n:02}"), format!("the {what} as written"))
}

fn month_year(c: &Captures, _: &Context) -> Option<Resolved> {
    part_of_year(c, "m", month_number, "month")
}

fn mid_month(c: &Captures, x: &Context) -> Option<Resolved> {
    let m = month_number(c.name("m")?.as_str())?;
    let y = match c.name("y") {
        Some(y) => y.as_str().parse().ok()?,
        None => year_for(m, 15, x.published)?.year(),
    };
    resolved(
        format!("{y}-{m:02}-11~/{y}-{m:02}-20~"),
        "the middle of the month: 11–20, approximate".to_owned(),
    )
}

/// EDTF seasons 21–24 (spring–winter); winter is the one starting in December of its year.
fn season_number(name: &str) -> Option<u32> {
    match name.to_lowercase().as_str() {
        "printemps" | "spring" => Some(21),
        "été" | "ete" | "summer" => Some(22),
        "automne" | "autumn" | "fall" => Some(23),
        "hiver" | "winter" => Some(24),
        _ => None,
    }
}

fn season_year(c: &Captures, _: &Context) -> Option<Resolved> {
    part_of_year(c, "s", season_number, "season")
}

fn last_season(c: &Captures, x: &Context) -> Option<Resolved> {
    let s = season_number(c.name("s")?.as_str())?;
    let start_month = [3, 6, 9, 12][usize::try_from(s - 21).ok()?];
    // The last such season that had begun before this year's one (or this year's, if over).
    let mut y = x.published.year();
    let end = NaiveDate::from_ymd_opt(y, start_month, 1)? + Duration::days(91);
    if end > x.published {
        y -= 1;
    }
    resolved(
        format!("{y}-{s}"),
        "the last such season before publication".to_owned(),
    )
}

fn year(c: &Captures, _: &Context) -> Option<Resolved> {
    let y: i32 = c.name("y")?.as_str().parse().ok()?;
    (1800..=2200).contains(&y).then_some(())?;
    resolved(y.to_string(), "the year as written".to_owned())
}

fn weekday_before(c: &Captures, x: &Context) -> Option<Resolved> {
    let wanted = weekday(c.name("w")?.as_str())?;
    let back =
        (x.published.weekday().num_days_from_monday() + 7 - wanted.num_days_from_monday()) % 7;
    let date = x.published - Duration::days(i64::from(back));
    let when = match back {
        0 => "the day of publication".to_owned(),
        1 => "the day before publication".to_owned(),
        n => format!("{n} days before publication"),
    };
    resolved(
        day(date),
        format!("{} → {}, {when}", c.name("w")?.as_str(), long(date)),
    )
}

fn from_publication(offset: i64, what: &str, x: &Context) -> Option<Resolved> {
    let date = x.published + Duration::days(offset);
    resolved(day(date), format!("{what} → {}", long(date)))
}

fn from_anchor(offset: i64, what: &str, x: &Context) -> Option<Resolved> {
    let anchor = x.anchor.as_ref()?;
    let span = crate::date::resolve(&anchor.edtf).ok()?;
    if !span.is_single_day() {
        return None;
    }
    let date = span.earliest_date() + Duration::days(offset);
    Some(Resolved {
        edtf: day(date),
        how: format!("{what} → {}, from the date before", long(date)),
        anaphoric: true,
    })
}

fn count(word: &str) -> Option<i64> {
    match word.to_lowercase().as_str() {
        "un" | "une" | "a" | "an" | "one" => Some(1),
        "deux" | "two" => Some(2),
        "trois" | "three" => Some(3),
        "quatre" | "four" => Some(4),
        "cinq" | "five" => Some(5),
        n => n.parse().ok(),
    }
}

fn ago(c: &Captures, x: &Context) -> Option<Resolved> {
    let unit = c.name("u")?.as_str().to_lowercase();
    let days = if unit.starts_with("jour") || unit.starts_with("day") {
        1
    } else if unit.starts_with("semaine") || unit.starts_with("week") {
        7
    } else if unit.starts_with("mois") || unit.starts_with("month") {
        30
    } else {
        365
    };
    let n = c.name("n")?.as_str();
    let text = c.get(0)?.as_str();
    let vague = count(n).is_none();
    if vague {
        // "quelques jours", "a few days", "several weeks": three to seven units before.
        let (from, to) = (
            x.published - Duration::days(7 * days),
            x.published - Duration::days(3 * days),
        );
        return resolved(
            format!("{}~/{}~", day(from), day(to)),
            format!("{text} → 3 to 7 {unit} before publication, approximate"),
        );
    }
    let n = count(n)?;
    // "il y a 99999999999 jours" is no date: a count beyond the calendar resolves to none.
    let back = n.checked_mul(days).and_then(Duration::try_days)?;
    let date = x.published.checked_sub_signed(back)?;
    if days == 1 {
        resolved(day(date), format!("{text} → {}", long(date)))
    } else {
        resolved(
            format!("{}~", day(date)),
            format!("{text} → about {}, approximate", long(date)),
        )
    }
}

/// The month (`offset` months from publication's) or year as EDTF.
fn month_from_publication(offset: i32, what: &str, x: &Context) -> Option<Resolved> {
    let months = x.published.year() * 12 + i32::try_from(x.published.month0()).ok()? + offset;
    let (y, m) = (months.div_euclid(12), months.rem_euclid(12) + 1);
    resolved(
        format!("{y}-{m:02}"),
        format!("{what}: the month {offset:+} from publication's"),
    )
}

fn year_from_publication(offset: i32, what: &str, x: &Context) -> Option<Resolved> {
    resolved(
        (x.published.year() + offset).to_string(),
        format!("{what}: the year {offset:+} from publication's"),
    )
}

/// "since September (2023)": from the start of that month (the last such, without a year) up to
/// publication.
fn since_month(c: &Captures, x: &Context) -> Option<Resolved> {
    let m = month_number(c.name("m")?.as_str())?;
    let start = match c.name("y") {
        Some(y) => NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m, 1)?,
        None => year_for(m, 1, x.published)?,
    };
    resolved(
        format!("{}/{}", day(start), day(x.published)),
        format!("since {}: to publication", start.format("%B %Y")),
    )
}

fn last_week(_: &Captures, x: &Context) -> Option<Resolved> {
    let monday =
        x.published - Duration::days(i64::from(x.published.weekday().num_days_from_monday()) + 7);
    resolved(
        format!("{}/{}", day(monday), day(monday + Duration::days(6))),
        "the week before the week of publication".to_owned(),
    )
}

fn then(_: &Captures, x: &Context) -> Option<Resolved> {
    let anchor = x.anchor.as_ref()?;
    let bare = anchor.edtf.trim_end_matches('~');
    Some(Resolved {
        edtf: if bare.contains('/') {
            anchor.edtf.clone()
        } else {
            format!("{bare}~")
        },
        how: format!(
            "\"alors\"/\"then\": the time last mentioned ({}), approximate",
            anchor.edtf
        ),
        anaphoric: true,
    })
}

fn end_of_month(_: &Captures, x: &Context) -> Option<Resolved> {
    let next = NaiveDate::from_ymd_opt(
        x.published.year() + i32::from(x.published.month() == 12),
        x.published.month() % 12 + 1,
        1,
    )?;
    resolved(
        format!("{}/{}", day(x.published), day(next - Duration::days(1))),
        "by the end of the month of publication".to_owned(),
    )
}

fn end_of_year(_: &Captures, x: &Context) -> Option<Resolved> {
    resolved(
        format!("{}/{}-12-31", day(x.published), x.published.year()),
        "by the end of the year of publication".to_owned(),
    )
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
        Regex::new(&format!("(?i){}", $pattern).replace(r"\b", r"(?-u:\b)"))
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
            "fr-mid-month",
            "fr",
            format!(r"\bmi-(?P<m>{FR_MONTHS})(?: (?P<y>\d{{4}}))?\b"),
            mid_month
        ),
        rule!(
            "en-mid-month",
            "en",
            format!(r"\bmid-(?P<m>{EN_MONTHS})(?: (?P<y>\d{{4}}))?\b"),
            mid_month
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
            "fr-weekday",
            "fr",
            format!(r"\b(?P<w>{FR_DAYS})\b"),
            weekday_before
        ),
        rule!(
            "en-weekday",
            "en",
            format!(r"\b(?:on |last )?(?P<w>{EN_DAYS})\b"),
            weekday_before
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
        rule!("fr-then", "fr", r"\balors\b", then),
        rule!("en-then", "en", r"\bat the time\b|\bback then\b", then),
    ]
    .into_iter()
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
                .filter(|&i| RULES[i].language == language)
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
