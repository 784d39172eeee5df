//! How each kind of expression resolves to an EDTF date, against the publication day and the date
//! the text last established: the rules' resolvers and the calendar words they share.

use super::calendar::{Grain, Period, day, long, shift};
use super::rule::{Context, Resolved};
use super::words;
use crate::i18n::{tr, tr_with};
use chrono::{Datelike, NaiveDate};
use fluent_templates::fluent_bundle::FluentValue;
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

/// `edtf`, explained by the message `key` saying the words read (`what`) and its `other` values.
pub(super) fn resolved_as(
    edtf: String,
    key: &str,
    what: &str,
    other: &[(&'static str, FluentValue<'static>)],
) -> Option<Resolved> {
    let mut args = vec![("what", FluentValue::from(what.to_owned()))];
    args.extend_from_slice(other);
    resolved(edtf, tr_with(key, &args))
}

/// The day a day and month without a year fall on, and why that year: in a sentence that looks
/// ahead, the first such day on or after publication; else a year the text has just written out
/// ("En 2018, … le 12 mai"), or the publication's year, or the year
/// before when that would put them more than two months after publication (news looks back).
pub(super) fn year_for(month: u32, day_of_month: u32, x: &Context) -> Option<(NaiveDate, String)> {
    let published = x.published;
    let this = NaiveDate::from_ymd_opt(published.year(), month, day_of_month);
    let other = |year: i32, why: &str| {
        NaiveDate::from_ymd_opt(year, month, day_of_month).map(|d| {
            let said = tr_with(
                "suggest-year-because",
                &[("year", year.to_string().into()), ("why", tr(why).into())],
            );
            (d, said)
        })
    };
    if let Some(year) = x
        .topic_year
        .filter(|y| *y != published.year() && !x.forward)
    {
        return other(year, "suggest-year-just-written");
    }
    match this {
        Some(this) if x.forward && this < published => {
            other(published.year() + 1, "suggest-next-day-ahead")
        }
        Some(this) if !x.forward && Some(this) > shift(published, Grain::Month, 2) => {
            other(published.year() - 1, "suggest-year-before")
        }
        Some(_) => other(published.year(), "suggest-year-of-publication"),
        // 29 February of a year without one: the next (or last) year that has it.
        None => (1..=8).find_map(|n| {
            let year = if x.forward {
                published.year() + n
            } else {
                published.year() - n
            };
            other(year, "suggest-nearest-year")
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
            tr("suggest-date-as-written"),
        ),
        None => {
            let (date, why) = year_for(m, d, x)?;
            let how = tr_with("suggest-day-month-as-written", &[("why", why.into())]);
            (date, how)
        }
    };
    resolved(day(date), to_date(&how, date))
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
    resolved_as(
        format!("{}/{}", day(x.published), day(last)),
        "suggest-until",
        what,
        &[
            ("from", long(x.published).into()),
            ("to", long(last).into()),
        ],
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
        tr_with(
            "suggest-from-to",
            &[("from", long(from).into()), ("to", long(to).into())],
        ),
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
    let how = tr_with(
        "suggest-part-as-written",
        &[("what", what.to_owned().into())],
    );
    resolved(format!("{y}-{n:02}"), how)
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
    resolved(format!("{y}-{s}"), tr("suggest-last-season"))
}

pub(super) fn year(c: &Captures, _: &Context) -> Option<Resolved> {
    let y: i32 = c.name("y")?.as_str().parse().ok()?;
    (1800..=2200).contains(&y).then_some(())?;
    resolved(y.to_string(), tr("suggest-year-as-written"))
}

/// A weekday alone: the last such day up to publication, or in a sentence that looks ahead the
/// first one after it.
pub(super) fn weekday_alone(c: &Captures, x: &Context) -> Option<Resolved> {
    let name = c.name("w")?.as_str();
    let wanted = words::weekday(name)?;
    let (date, when) = if x.forward {
        let date = super::calendar::next_weekday(x.published, wanted, false)?;
        (date, tr("suggest-next-after-publication"))
    } else {
        let date = super::calendar::previous_weekday(x.published, wanted, true)?;
        let days = (x.published - date).num_days();
        let when = tr_with("suggest-days-before-publication", &[("count", days.into())]);
        (date, when)
    };
    resolved(day(date), to_date_because(name, date, when))
}

/// "La nuit de mardi à mercredi", "the night of Tuesday to Wednesday": one night, from the first
/// day (read as a weekday alone is) to the next.
pub(super) fn night(c: &Captures, x: &Context) -> Option<Resolved> {
    let first = weekday_alone(c, x)?;
    let start = crate::date::resolve(&first.edtf).ok()?.earliest_date();
    let end = start.succ_opt()?;
    let name = c.get(0)?.as_str();
    resolved_as(
        format!("{}/{}", day(start), day(end)),
        "suggest-night",
        name,
        &[("from", long(start).into()), ("to", long(end).into())],
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
    resolved_as(
        format!("{}/{}", day(saturday), day(sunday)),
        "suggest-weekend",
        name,
        &[
            ("saturday", long(saturday).into()),
            ("sunday", long(sunday).into()),
        ],
    )
}

pub(super) fn from_publication(offset: i64, what: &str, x: &Context) -> Option<Resolved> {
    let date = shift(x.published, Grain::Day, offset)?;
    resolved(day(date), to_date(what, date))
}

/// "mardi → Tuesday 16 April 2024": the words and the day they name.
pub(super) fn to_date(what: &str, date: NaiveDate) -> String {
    to_said(what, long(date))
}

/// The words and the time they name, written out ("mars → March 2024").
pub(super) fn to_said(what: &str, said: String) -> String {
    tr_with(
        "suggest-to-date",
        &[("what", what.to_owned().into()), ("date", said.into())],
    )
}

/// The words, the day they name, and why that day.
pub(super) fn to_date_because(what: &str, date: NaiveDate, why: String) -> String {
    to_said_because(what, long(date), why)
}

/// The words, the time they name written out, and why that time.
pub(super) fn to_said_because(what: &str, said: String, why: String) -> String {
    tr_with(
        "suggest-to-date-because",
        &[
            ("what", what.to_owned().into()),
            ("date", said.into()),
            ("why", why.into()),
        ],
    )
}

/// A day counted from the date the text last established, or from publication before any.
pub(super) fn from_anchor(offset: i64, what: &str, x: &Context) -> Option<Resolved> {
    let (from, which) = match &x.anchor {
        Some(anchor) => {
            let span = crate::date::resolve(&anchor.edtf).ok()?;
            if !span.is_single_day() {
                return None;
            }
            (span.earliest_date(), "suggest-from-date-before")
        }
        None => (x.published, "suggest-from-publication-first"),
    };
    let date = shift(from, Grain::Day, offset)?;
    Some(Resolved {
        edtf: day(date),
        how: to_date_because(what, date, tr(which)),
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
        return resolved_as(
            format!("{}~/{}~", day(from), day(to)),
            "suggest-few-ago",
            text,
            &[("unit", unit.clone().into())],
        );
    };
    // "il y a 99999999999 jours" is no date: a count beyond the calendar resolves to none.
    let date = shift(x.published, grain, n.checked_neg()?)?;
    match grain {
        Grain::Day => resolved(day(date), to_date(text, date)),
        Grain::Year => {
            let month = Period::of(Grain::Month, date)?;
            resolved_as(
                month.edtf(),
                "suggest-its-month",
                text,
                &[("month", month.describe().into())],
            )
        }
        _ => resolved_as(
            format!("{}~", day(date)),
            "suggest-about",
            text,
            &[("date", long(date).into())],
        ),
    }
}

/// The month (`offset` months from publication's) or year as EDTF.
pub(super) fn month_from_publication(offset: i32, what: &str, x: &Context) -> Option<Resolved> {
    let month = Period::of(Grain::Month, x.published)?.shifted(offset.into())?;
    resolved_as(
        month.edtf(),
        "suggest-month-offset",
        what,
        &[("offset", format!("{offset:+}").into())],
    )
}

pub(super) fn year_from_publication(offset: i32, what: &str, x: &Context) -> Option<Resolved> {
    resolved_as(
        (x.published.year() + offset).to_string(),
        "suggest-year-offset",
        what,
        &[("offset", format!("{offset:+}").into())],
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
        tr_with(
            "suggest-since",
            &[("month", crate::date::written(start, "%B %Y").into())],
        ),
    )
}

pub(super) fn last_week(_: &Captures, x: &Context) -> Option<Resolved> {
    let week = Period::week(x.published)?.shifted(-1)?;
    resolved(week.edtf(), tr("suggest-week-before-week"))
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
        how: tr_with("suggest-then", &[("edtf", anchor.edtf.clone().into())]),
        anaphoric: true,
    })
}

pub(super) fn end_of_month(_: &Captures, x: &Context) -> Option<Resolved> {
    let month = Period::of(Grain::Month, x.published)?;
    resolved(
        format!("{}/{}", day(x.published), day(month.end)),
        tr("suggest-end-of-month"),
    )
}

pub(super) fn end_of_year(_: &Captures, x: &Context) -> Option<Resolved> {
    resolved(
        format!("{}/{}-12-31", day(x.published), x.published.year()),
        tr("suggest-end-of-year"),
    )
}

/// Publication moved by `n` whole `grain`s ("in a week", "il y a trois mois", "3 years from
/// today"): the day reached, or for years its month, unless counted from today.
pub(super) fn units_from_publication(
    words: &str,
    x: &Context,
    n: i64,
    grain: Grain,
) -> Option<Resolved> {
    let date = shift(x.published, grain, n)?;
    let period = if grain == Grain::Year && !words::plain(words).contains("from") {
        Period::of(Grain::Month, date)?
    } else {
        Period::day(date)
    };
    resolved_as(
        period.edtf(),
        "suggest-from-publication",
        words,
        &[("period", period.describe().into())],
    )
}
