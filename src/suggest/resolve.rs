//! How each kind of expression resolves to an EDTF date, against the publication day and the date
//! the text last established: the rules' resolvers and the calendar words they share.

use super::calendar::{Grain, Period, day, long, shift};
use super::rules::{Context, Resolved};
use super::words;
use chrono::{Datelike, NaiveDate};
use regex::Captures;

pub(super) const FR_MONTHS: &str = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";
pub(super) const EN_MONTHS: &str =
    "january|february|march|april|may|june|july|august|september|october|november|december";
pub(super) const FR_DAYS: &str = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
pub(super) const EN_DAYS: &str = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

pub(super) fn resolved(edtf: String, how: String) -> Option<Resolved> {
    Some(Resolved {
        edtf,
        how,
        anaphoric: false,
    })
}

/// The day a day and month without a year fall on, and why that year: in a sentence that looks
/// ahead, the first such day on or after publication; else a year the text has just written out
/// ("En 2018, … le 12 mai"), or the publication's year, or the year
/// before when that would put them more than two months after publication (news looks back).
pub(super) fn year_for(month: u32, day_of_month: u32, x: &Context) -> Option<(NaiveDate, String)> {
    let published = x.published;
    let this = NaiveDate::from_ymd_opt(published.year(), month, day_of_month);
    let other = |year: i32, why: &str| {
        NaiveDate::from_ymd_opt(year, month, day_of_month).map(|d| (d, format!("{year}, {why}")))
    };
    if let Some(year) = x
        .topic_year
        .filter(|y| *y != published.year() && !x.forward)
    {
        return other(year, "the year the text has just written out");
    }
    match this {
        Some(this) if x.forward && this < published => other(
            published.year() + 1,
            "the next such day after publication (the sentence looks ahead)",
        ),
        Some(this) if !x.forward && Some(this) > shift(published, Grain::Month, 2) => other(
            published.year() - 1,
            "the year before publication: in that of publication the day would be months ahead",
        ),
        Some(_) => other(published.year(), "the year of publication"),
        // 29 February of a year without one: the next (or last) year that has it.
        None => (1..=8).find_map(|n| {
            let year = if x.forward {
                published.year() + n
            } else {
                published.year() - n
            };
            other(year, "the nearest year that has the day")
        }),
    }
}

pub(super) fn day_month_year(c: &Captures, x: &Context) -> Option<Resolved> {
    let d: u32 = match c.name("d")?.as_str() {
        "1er" | "1st" => 1,
        n => n
            .trim_end_matches(['s', 't', 'n', 'd', 'r', 'h'])
            .parse()
            .ok()?,
    };
    let m = words::month(c.name("m")?.as_str())?;
    let (date, how) = match c.name("y") {
        Some(y) => (
            NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m, d)?,
            "the date as written".to_owned(),
        ),
        None => {
            let (date, why) = year_for(m, d, x)?;
            (date, format!("day and month as written, {why}"))
        }
    };
    resolved(day(date), format!("{} → {}", how, long(date)))
}

/// "Jusqu'au 1er novembre", "until 1 November": from publication to that day, when it is after
/// publication; otherwise the day alone is left to the rules of days.
pub(super) fn until_day(c: &Captures, x: &Context) -> Option<Resolved> {
    let d: u32 = match c.name("d")?.as_str() {
        "1er" => 1,
        n => n.parse().ok()?,
    };
    let m = words::month(c.name("m")?.as_str())?;
    // "Until" looks ahead: the next such day from publication, unless the year is written.
    let last = match c.name("y") {
        Some(y) => NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m, d)?,
        None => {
            let this_year = NaiveDate::from_ymd_opt(x.published.year(), m, d)?;
            if this_year >= x.published {
                this_year
            } else {
                NaiveDate::from_ymd_opt(x.published.year() + 1, m, d)?
            }
        }
    };
    (last > x.published).then_some(())?;
    let what = c.get(0)?.as_str();
    resolved(
        format!("{}/{}", day(x.published), day(last)),
        format!(
            "{what} → from publication, {}, to {}",
            long(x.published),
            long(last)
        ),
    )
}

/// "du 10 au 14 avril", "from 10 to 14 April 2024", "April 10-14": a range of days of one month.
pub(super) fn day_range(c: &Captures, x: &Context) -> Option<Resolved> {
    let first_day = |name: &str| -> Option<u32> {
        match c.name(name)?.as_str() {
            "1er" => Some(1),
            n => n.parse().ok(),
        }
    };
    let (d1, d2) = (first_day("d1")?, first_day("d2")?);
    let m = words::month(c.name("m")?.as_str())?;
    let y = match c.name("y") {
        Some(y) => y.as_str().parse().ok()?,
        None => year_for(m, d2, x)?.0.year(),
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
pub(super) fn part_of_year(
    c: &Captures,
    group: &str,
    number: fn(&str) -> Option<u32>,
    what: &str,
) -> Option<Resolved> {
    let n = number(c.name(group)?.as_str())?;
    let y: i32 = c.name("y")?.as_str().parse().ok()?;
    resolved(format!("{y}-{n:02}"), format!("the {what} as written"))
}

pub(super) fn month_year(c: &Captures, _: &Context) -> Option<Resolved> {
    part_of_year(c, "m", words::month, "month")
}

/// EDTF seasons 21–24 (spring–winter); winter is the one starting in December of its year.
pub(super) fn season_number(name: &str) -> Option<u32> {
    match name.to_lowercase().as_str() {
        "printemps" | "spring" => Some(21),
        "été" | "ete" | "summer" => Some(22),
        "automne" | "autumn" | "fall" => Some(23),
        "hiver" | "winter" => Some(24),
        _ => None,
    }
}

pub(super) fn season_year(c: &Captures, _: &Context) -> Option<Resolved> {
    part_of_year(c, "s", season_number, "season")
}

pub(super) fn last_season(c: &Captures, x: &Context) -> Option<Resolved> {
    let s = season_number(c.name("s")?.as_str())?;
    let start_month = [3, 6, 9, 12][usize::try_from(s - 21).ok()?];
    // The last such season that had begun before this year's one (or this year's, if over).
    let mut y = x.published.year();
    let end = shift(NaiveDate::from_ymd_opt(y, start_month, 1)?, Grain::Month, 3)?;
    if end > x.published {
        y -= 1;
    }
    resolved(
        format!("{y}-{s}"),
        "the last such season before publication".to_owned(),
    )
}

pub(super) fn year(c: &Captures, _: &Context) -> Option<Resolved> {
    let y: i32 = c.name("y")?.as_str().parse().ok()?;
    (1800..=2200).contains(&y).then_some(())?;
    resolved(y.to_string(), "the year as written".to_owned())
}

/// A weekday alone: the last such day up to publication, or in a sentence that looks ahead the
/// first one after it.
pub(super) fn weekday_alone(c: &Captures, x: &Context) -> Option<Resolved> {
    let name = c.name("w")?.as_str();
    let wanted = words::weekday(name)?;
    let (date, when) = if x.forward {
        let date = super::calendar::next_weekday(x.published, wanted, false)?;
        (
            date,
            "the next one after publication (the sentence looks ahead)".to_owned(),
        )
    } else {
        let date = super::calendar::previous_weekday(x.published, wanted, true)?;
        let when = match (x.published - date).num_days() {
            0 => "the day of publication".to_owned(),
            1 => "the day before publication".to_owned(),
            n => format!("{n} days before publication"),
        };
        (date, when)
    };
    resolved(day(date), format!("{name} → {}, {when}", long(date)))
}

/// "La nuit de mardi à mercredi", "the night of Tuesday to Wednesday": one night, from the first
/// day (read as a weekday alone is) to the next.
pub(super) fn night(c: &Captures, x: &Context) -> Option<Resolved> {
    let first = weekday_alone(c, x)?;
    let start = crate::date::resolve(&first.edtf).ok()?.earliest_date();
    let end = start.succ_opt()?;
    let name = c.get(0)?.as_str();
    resolved(
        format!("{}/{}", day(start), day(end)),
        format!("{name} → the night from {} to {}", long(start), long(end)),
    )
}

/// "Over the weekend", "ce week-end": the Saturday and Sunday of the weekend publication is in or
/// follows (the next one when the sentence looks ahead).
pub(super) fn weekend(c: &Captures, x: &Context) -> Option<Resolved> {
    use chrono::Weekday;
    let saturday = if x.forward {
        super::calendar::next_weekday(x.published, Weekday::Sat, true)?
    } else {
        super::calendar::previous_weekday(x.published, Weekday::Sat, true)?
    };
    let sunday = saturday.succ_opt()?;
    let name = c.get(0)?.as_str();
    resolved(
        format!("{}/{}", day(saturday), day(sunday)),
        format!("{name} → {} and {}", long(saturday), long(sunday)),
    )
}

pub(super) fn from_publication(offset: i64, what: &str, x: &Context) -> Option<Resolved> {
    let date = shift(x.published, Grain::Day, offset)?;
    resolved(day(date), format!("{what} → {}", long(date)))
}

/// A day counted from the date the text last established, or from publication before any.
pub(super) fn from_anchor(offset: i64, what: &str, x: &Context) -> Option<Resolved> {
    let (from, which) = match &x.anchor {
        Some(anchor) => {
            let span = crate::date::resolve(&anchor.edtf).ok()?;
            if !span.is_single_day() {
                return None;
            }
            (span.earliest_date(), "from the date before")
        }
        None => (x.published, "from publication, no date coming before"),
    };
    let date = shift(from, Grain::Day, offset)?;
    Some(Resolved {
        edtf: day(date),
        how: format!("{what} → {}, {which}", long(date)),
        anaphoric: true,
    })
}

/// "il y a trois jours", "two weeks ago", "a few days ago": publication moved back by whole units
/// of the calendar; weeks and months about, years to their month; a vague count is three to seven
/// units back.
pub(super) fn ago(c: &Captures, x: &Context) -> Option<Resolved> {
    let unit = c.name("u")?.as_str().to_lowercase();
    let grain = words::unit(&unit)?;
    let n = c.name("n")?.as_str();
    let text = c.get(0)?.as_str();
    let Some(n) = words::number(n) else {
        // "quelques jours", "a few days", "several weeks": three to seven units before.
        let (from, to) = (
            shift(x.published, grain, -7)?,
            shift(x.published, grain, -3)?,
        );
        return resolved(
            format!("{}~/{}~", day(from), day(to)),
            format!("{text} → 3 to 7 {unit} before publication, approximate"),
        );
    };
    // "il y a 99999999999 jours" is no date: a count beyond the calendar resolves to none.
    let date = shift(x.published, grain, n.checked_neg()?)?;
    match grain {
        Grain::Day => resolved(day(date), format!("{text} → {}", long(date))),
        Grain::Year => {
            let month = Period::of(Grain::Month, date)?;
            resolved(
                month.edtf(),
                format!("{text} → {}, its month", month.describe()),
            )
        }
        _ => resolved(
            format!("{}~", day(date)),
            format!("{text} → about {}, approximate", long(date)),
        ),
    }
}

/// The month (`offset` months from publication's) or year as EDTF.
pub(super) fn month_from_publication(offset: i32, what: &str, x: &Context) -> Option<Resolved> {
    let month = Period::of(Grain::Month, x.published)?.shifted(offset.into())?;
    resolved(
        month.edtf(),
        format!("{what}: the month {offset:+} from publication's"),
    )
}

pub(super) fn year_from_publication(offset: i32, what: &str, x: &Context) -> Option<Resolved> {
    resolved(
        (x.published.year() + offset).to_string(),
        format!("{what}: the year {offset:+} from publication's"),
    )
}

/// "since September (2023)": from the start of that month (the last such, without a year) up to
/// publication.
pub(super) fn since_month(c: &Captures, x: &Context) -> Option<Resolved> {
    let m = words::month(c.name("m")?.as_str())?;
    let start = match c.name("y") {
        Some(y) => NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m, 1)?,
        None => year_for(m, 1, x)?.0,
    };
    resolved(
        format!("{}/{}", day(start), day(x.published)),
        format!(
            "since {}: to publication",
            crate::date::written(start, "%B %Y")
        ),
    )
}

pub(super) fn last_week(_: &Captures, x: &Context) -> Option<Resolved> {
    let week = Period::week(x.published)?.shifted(-1)?;
    resolved(
        week.edtf(),
        "the week before the week of publication".to_owned(),
    )
}

pub(super) fn then(_: &Captures, x: &Context) -> Option<Resolved> {
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

pub(super) fn end_of_month(_: &Captures, x: &Context) -> Option<Resolved> {
    let month = Period::of(Grain::Month, x.published)?;
    resolved(
        format!("{}/{}", day(x.published), day(month.end)),
        "by the end of the month of publication".to_owned(),
    )
}

pub(super) fn end_of_year(_: &Captures, x: &Context) -> Option<Resolved> {
    resolved(
        format!("{}/{}-12-31", day(x.published), x.published.year()),
        "by the end of the year of publication".to_owned(),
    )
}
