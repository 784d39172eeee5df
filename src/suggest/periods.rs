//! Resolvers for expressions built on a period ("next week", "mars 2014", "the end of the month",
//! "le premier mercredi du mois prochain", "the next 3 days"): the period is read from its words,
//! then narrowed or counted, on the calendar of `calendar`.

use super::calendar::{self, Grain, Period};
use super::resolve::{resolved, resolved_as};
use super::rule::{Context, Resolved};
use super::words;
use crate::i18n::{tr, tr_with};
use chrono::{Datelike, NaiveDate};
use regex::Captures;

/// Whether a word moves a period forwards (+1) or back (-1).
fn direction(word: &str) -> Option<i64> {
    match word {
        "next" | "coming" | "upcoming" | "following" | "prochain" | "prochaine" | "prochains"
        | "prochaines" | "suivant" | "suivante" | "suivants" | "suivantes" | "apres" | "suit" => {
            Some(1)
        }
        "last" | "past" | "previous" | "dernier" | "derniere" | "derniers" | "dernieres"
        | "passe" | "passee" | "passes" | "passees" | "precedent" | "precedente" => Some(-1),
        _ => None,
    }
}

/// The words of a capture, plain (lower case, no accents), apostrophes as spaces.
fn plain_words(text: &str) -> Vec<String> {
    words::plain(text)
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’' || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The month `month` nearest publication in the sentence's direction: ahead, the first one not yet
/// over; back, the last one begun.
fn month_near(month: u32, x: &Context) -> Option<Period> {
    let this = Period::month(x.published.year(), month)?;
    if x.forward && this.end < x.published {
        this.shifted(12)
    } else if !x.forward && this.start > x.published {
        this.shifted(-12)
    } else {
        Some(this)
    }
}

/// A period named by its words: "next week", "the month", "l'année prochaine", "mars 2014",
/// "October", "2014", "this quarter", "March after next"; with how it was worked out.
pub(super) fn period(text: &str, x: &Context) -> Option<(Period, String)> {
    let words = plain_words(text);
    let year = words
        .iter()
        .find(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|w| w.parse::<i32>().ok());
    let moved: i64 = words.iter().filter_map(|w| direction(w)).sum::<i64>()
        + if text.to_lowercase().contains("after next") {
            2
        } else {
            0
        };
    if let Some(month) = words
        .iter()
        .find_map(|w| words::month(w).filter(|_| w != "mois"))
    {
        return match year {
            Some(y) => Some((Period::month(y, month)?, tr("suggest-month-as-written"))),
            None => {
                let near = month_near(month, x)?;
                let period = near.shifted(12 * (moved.max(1) - 1))?;
                let why = tr(if x.forward {
                    "suggest-next-month-ahead"
                } else {
                    "suggest-last-month-back"
                });
                Some((period, why))
            }
        };
    }
    if let Some(grain) = words.iter().find_map(|w| words::unit(w)) {
        let period = Period::of(grain, x.published)?.shifted(moved)?;
        let why = match moved {
            0 => tr("suggest-period-of-publication"),
            n => tr_with(
                "suggest-period-offset",
                &[("offset", format!("{n:+}").into())],
            ),
        };
        return Some((period, why));
    }
    let year = year?;
    Some((Period::year(year)?, tr("suggest-year-as-written")))
}

/// "next week", "le mois prochain", "this quarter", "in March", "2014": the period itself.
pub(super) fn period_alone(c: &Captures, x: &Context) -> Option<Resolved> {
    let words = c.get(0)?.as_str();
    let (period, why) = period(c.name("p")?.as_str(), x)?;
    resolved(
        period.edtf(),
        super::resolve::to_said_because(words, period.describe(), why),
    )
}

/// Which part of a period a word names.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Beginning,
    Middle,
    End,
}

fn part_named(word: &str) -> Option<Part> {
    match word {
        "beginning" | "start" | "early" | "bom" | "boy" | "debut" => Some(Part::Beginning),
        "mid" | "middle" | "milieu" | "mi" => Some(Part::Middle),
        "end" | "late" | "eom" | "eoy" | "fin" => Some(Part::End),
        _ => None,
    }
}

/// The part of `period` a word names, as French and English readers (and Duckling) bound it: a
/// month's beginning is its first ten days (five for "début avril"), its middle the next ten (Duckling's French has 10–19), its
/// end from the 21st; a year's beginning its first quarter (two months in French), its end its last
/// four months (two in French); a week's beginning Monday to Wednesday (to Tuesday in French), its
/// end Friday to Sunday (from Thursday in French).
fn part_of(period: Period, part: Part, french: bool, month_named: bool) -> Option<Period> {
    match (period.grain, part, french) {
        (Grain::Month, Part::Beginning, true) if month_named => period.days(1, 5),
        (Grain::Month, Part::Beginning, _) => period.days(1, 10),
        (Grain::Month, Part::Middle, _) => period.days(11, 20),
        (Grain::Month, Part::End, _) => period.days(21, 31),
        (Grain::Year, Part::Beginning, false) => period.months(1, 3),
        (Grain::Year, Part::Beginning, true) => period.months(1, 2),
        (Grain::Year, Part::Middle, _) => period.months(5, 8),
        (Grain::Year, Part::End, false) => period.months(9, 12),
        (Grain::Year, Part::End, true) => period.months(11, 12),
        (Grain::Week, Part::Beginning, false) => period.days(1, 3),
        (Grain::Week, Part::Beginning, true) => period.days(1, 2),
        (Grain::Week, Part::Middle, _) => period.days(3, 4),
        (Grain::Week, Part::End, false) => period.days(5, 7),
        (Grain::Week, Part::End, true) => period.days(4, 7),
        _ => None,
    }
}

/// "the end of the month", "early March", "at the beginning of next week", "fin mars", "mi-décembre",
/// "en début d'année": a part of a period, approximate.
pub(super) fn part_of_period(c: &Captures, x: &Context) -> Option<Resolved> {
    let words = c.get(0)?.as_str();
    let part_text = c.name("part")?.as_str();
    let part = plain_words(part_text).iter().find_map(|w| part_named(w))?;
    let french = c.name("fr").is_some();
    // "EOY", "BOM": the year or month of publication.
    let named = match c.name("p") {
        Some(p) => p.as_str(),
        None if part_text.to_ascii_lowercase().ends_with('y') => "year",
        None => "month",
    };
    let (mut period, why) = period(named, x)?;
    let month_named = plain_words(named)
        .iter()
        .any(|w| words::month(w).is_some() && w != "mois");
    // In French, "au début du mois" in a sentence that looks ahead, once the month's beginning is
    // past, is next month's.
    let mut part_days = part_of(period, part, french, month_named)?;
    if french && x.forward && !month_named && part_days.end < x.published {
        period = period.shifted(1)?;
        part_days = part_of(period, part, french, month_named)?;
    }
    resolved(
        format!(
            "{}~/{}~",
            calendar::day(part_days.start),
            calendar::day(part_days.end)
        ),
        tr_with(
            "suggest-approximate-because",
            &[
                ("what", words.to_owned().into()),
                ("date", part_days.describe().into()),
                ("why", why.into()),
            ],
        ),
    )
}

/// "la première quinzaine d'avril": the first fourteen days of the month, or the rest.
pub(super) fn fortnight(c: &Captures, x: &Context) -> Option<Resolved> {
    let (month, why) = period(c.name("p")?.as_str(), x)?;
    let first = words::number(c.name("n")?.as_str())? == 1;
    let part = if first {
        month.days(1, 14)?
    } else {
        month.days(15, 31)?
    };
    resolved(
        part.edtf(),
        super::resolve::to_said_because(c.get(0)?.as_str(), part.describe(), why),
    )
}

/// "the next 3 days", "les 2 dernières semaines", "past 2 weeks": whole units just after (from
/// tomorrow, next week…) or just before publication's.
pub(super) fn count_of_units(c: &Captures, x: &Context) -> Option<Resolved> {
    let words = c.get(0)?.as_str();
    let n = match c.name("n").map(|n| words::plain(n.as_str())) {
        Some(n) if n == "few" || n == "a few" || n == "quelques" => 3,
        Some(n) => words::number(&n)?,
        None => 1,
    };
    (1..=1000).contains(&n).then_some(())?;
    let grain = words::unit(c.name("u")?.as_str())?;
    let ahead = plain_words(words)
        .iter()
        .filter_map(|w| direction(w))
        .sum::<i64>()
        > 0;
    let this = Period::of(grain, x.published)?;
    let (first, last) = if ahead {
        (this.shifted(1)?, this.shifted(n)?)
    } else {
        (this.shifted(-n)?, this.shifted(-1)?)
    };
    let span = first.through(last);
    resolved(span.edtf(), super::resolve::to_said(words, span.describe()))
}

/// "in a week", "dans deux mois", "3 years from today", "three weeks hence", "il y a trois mois":
/// publication moved by whole units of the calendar; years come to their month.
pub(super) fn offset(c: &Captures, x: &Context) -> Option<Resolved> {
    let words = c.get(0)?.as_str();
    let lower = words::plain(words);
    let n = words::number(c.name("n")?.as_str())?;
    let grain = words::unit(c.name("u")?.as_str())?;
    let back = lower.contains("ago") || lower.contains("il y a") || lower.contains("back");
    super::resolve::units_from_publication(words, x, if back { -n } else { n }, grain)
}

/// "2 thursdays ago", "3 fridays from now": the nth such weekday before or after publication.
pub(super) fn weekdays_away(c: &Captures, x: &Context) -> Option<Resolved> {
    let n = words::number(c.name("n")?.as_str())?;
    let wanted = words::weekday(c.name("w")?.as_str())?;
    let back =
        words::plain(c.get(0)?.as_str()).contains("ago") || c.get(0)?.as_str().ends_with("back");
    let first = if back {
        calendar::previous_weekday(x.published, wanted, false)?
    } else {
        calendar::next_weekday(x.published, wanted, false)?
    };
    let date = calendar::shift(first, Grain::Week, if back { 1 - n } else { n - 1 })?;
    resolved(
        calendar::day(date),
        super::resolve::to_date(c.get(0)?.as_str(), date),
    )
}

/// "the weekday of the week `weeks` from publication's".
pub(super) fn weekday_of_week(c: &Captures, x: &Context, weeks: i64) -> Option<Resolved> {
    let wanted = words::weekday(c.name("w")?.as_str())?;
    let week = Period::week(x.published)?.shifted(weeks)?;
    let date = week.weekday(wanted)?;
    let which = tr(match weeks {
        0 => "suggest-week-of-publication",
        1 => "suggest-week-after-publication",
        -1 => "suggest-week-before-publications",
        _ => "suggest-week-counted",
    });
    resolved(
        calendar::day(date),
        super::resolve::to_date_because(c.get(0)?.as_str(), date, which),
    )
}

/// "mardi prochain", "next Tuesday" in French, "ce lundi", "last Sunday", "dimanche dernier": the
/// first such day after publication (or on it, for "ce"), or the last before it.
pub(super) fn weekday_next_or_last(
    c: &Captures,
    x: &Context,
    ahead: bool,
    or_same_day: bool,
) -> Option<Resolved> {
    let wanted = words::weekday(c.name("w")?.as_str())?;
    let date = if ahead {
        calendar::next_weekday(x.published, wanted, or_same_day)?
    } else {
        calendar::previous_weekday(x.published, wanted, or_same_day)?
    };
    resolved(
        calendar::day(date),
        super::resolve::to_date(c.get(0)?.as_str(), date),
    )
}

/// "mardi en huit", "lundi en quinze": that weekday (from publication on) a week or two later.
pub(super) fn weekday_in_weeks(c: &Captures, x: &Context) -> Option<Resolved> {
    let wanted = words::weekday(c.name("w")?.as_str())?;
    let weeks = if words::number(c.name("n")?.as_str())? >= 15 {
        2
    } else {
        1
    };
    let date = calendar::shift(
        calendar::next_weekday(x.published, wanted, true)?,
        Grain::Week,
        weeks,
    )?;
    resolved(
        calendar::day(date),
        super::resolve::to_date(c.get(0)?.as_str(), date),
    )
}

/// "the first Monday of March", "le dernier jour d'octobre 2015", "third day of october", "the
/// last week of September 2014", "fifth last day of May": counted within a period.
pub(super) fn ordinal_in_period(c: &Captures, x: &Context) -> Option<Resolved> {
    let (period, why) = period(c.name("p")?.as_str(), x)?;
    let ordinal = words::plain(c.name("o")?.as_str());
    let from_end =
        ordinal.starts_with("last") || ordinal.starts_with("dernier") || c.name("last").is_some();
    let n = if ordinal.starts_with("last") || ordinal.starts_with("dernier") {
        1
    } else {
        words::number(&ordinal)?
    };
    let what = words::plain(c.name("what")?.as_str());
    let result = if let Some(wanted) = words::weekday(&what) {
        let date = if from_end {
            calendar::shift(
                calendar::previous_weekday(period.end, wanted, true)?,
                Grain::Week,
                1 - n,
            )?
        } else {
            calendar::shift(
                calendar::next_weekday(period.start, wanted, true)?,
                Grain::Week,
                n - 1,
            )?
        };
        ((period.start..=period.end).contains(&date)).then_some(Period::day(date))?
    } else if what.starts_with("week") || what.starts_with("semaine") {
        // Weeks of a period are the Monday-to-Sunday weeks wholly inside it (Duckling's
        // reading: the last week of September 2014 is 22–28, not the week of 29 September).
        let first = Period::week(calendar::next_weekday(
            period.start,
            chrono::Weekday::Mon,
            true,
        )?)?;
        let last = Period::week(calendar::previous_weekday(
            period.end - chrono::Duration::days(6),
            chrono::Weekday::Mon,
            true,
        )?)?;
        if from_end {
            last.shifted(1 - n)?
        } else {
            first.shifted(n - 1)?
        }
    } else {
        let n = u64::try_from(n).ok()?;
        let day = if from_end {
            period.last_days(n)?.start
        } else {
            period.days(n, n)?.start
        };
        ((period.start..=period.end).contains(&day)).then_some(Period::day(day))?
    };
    resolved_as(
        result.edtf(),
        "suggest-in-period",
        c.get(0)?.as_str(),
        &[
            ("date", result.describe().into()),
            ("period", period.describe().into()),
            ("why", why.into()),
        ],
    )
}

/// "on the 15th", "le 2", "20th of next month": a day of the month named, or of the nearest month
/// that has it in the sentence's direction.
pub(super) fn day_of_month(c: &Captures, x: &Context) -> Option<Resolved> {
    let n = u32::try_from(words::number(c.name("d")?.as_str())?).ok()?;
    let (date, why) = match c.name("p") {
        Some(p) => {
            let (month, why) = period(p.as_str(), x)?;
            (
                NaiveDate::from_ymd_opt(month.start.year(), month.start.month(), n)?,
                why,
            )
        }
        None => {
            let mut month = Period::month(x.published.year(), x.published.month())?;
            let step = if x.forward { 1 } else { -1 };
            loop {
                if let Some(date) =
                    NaiveDate::from_ymd_opt(month.start.year(), month.start.month(), n).filter(
                        |d| {
                            if x.forward {
                                *d > x.published
                            } else {
                                *d <= x.published
                            }
                        },
                    )
                {
                    break (date, tr("suggest-nearest-month"));
                }
                month = month.shifted(step)?;
                if (month.start - x.published).num_days().abs() > 400 {
                    return None;
                }
            }
        }
    };
    resolved(
        calendar::day(date),
        super::resolve::to_date_because(c.get(0)?.as_str(), date, why),
    )
}
