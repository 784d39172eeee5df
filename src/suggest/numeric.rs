//! Resolvers for numeric dates, days and months with words, ranges of days, quarters, seasons and
//! days counted from publication or from the date before.

use super::calendar::{self, Grain, Period};
use super::resolve::{from_anchor, resolved, resolved_as};
use super::rule::{Context, Resolved};
use super::words;
use crate::i18n::{tr, tr_with};
use chrono::{Datelike, NaiveDate, Weekday};
use regex::{Captures, Match};

/// The first of two alternative groups that matched.
fn either<'t>(c: &Captures<'t>, a: &str, b: &str) -> Option<Match<'t>> {
    c.name(a).or_else(|| c.name(b))
}

fn text<'t>(c: &Captures<'t>) -> &'t str {
    c.get(0).map_or("", |m| m.as_str())
}

/// A day and month, in the year written or the one `year_for` settles, said with why.
fn dated(day: u32, month: u32, year: Option<&str>, x: &Context) -> Option<(NaiveDate, String)> {
    match year {
        Some(y) => {
            let y = words::year(y, x.published.year())?;
            Some((
                NaiveDate::from_ymd_opt(y, month, day)?,
                tr("suggest-date-as-written"),
            ))
        }
        None => super::resolve::year_for(month, day, x),
    }
}

/// "2013-03-01", "2015-3-3".
pub(super) fn iso_date(c: &Captures, _: &Context) -> Option<Resolved> {
    let date = NaiveDate::from_ymd_opt(
        c.name("y")?.as_str().parse().ok()?,
        c.name("m")?.as_str().parse().ok()?,
        c.name("d")?.as_str().parse().ok()?,
    )?;
    on_day(date, "suggest-as-written", c)
}

/// "2014-10", "2014/10", "2/2013": a month of a year.
pub(super) fn year_month(c: &Captures, _: &Context) -> Option<Resolved> {
    let y: i32 = either(c, "y", "y2")?.as_str().parse().ok()?;
    let m: u32 = either(c, "m", "m2")?.as_str().parse().ok()?;
    let month = Period::month(y, m)?;
    resolved_as(
        month.edtf(),
        "suggest-as-written",
        text(c),
        &[("date", month.describe().into())],
    )
}

/// "17/02", "le 20/2/14", "17.4.24", "20 02 2014", "3/3/2015": day first in French; in English
/// month first unless the first number cannot be a month (then the day, and the note says so).
pub(super) fn numeric_date(c: &Captures, x: &Context) -> Option<Resolved> {
    let a: u32 = c.name("a")?.as_str().parse().ok()?;
    let b: u32 = c.name("b")?.as_str().parse().ok()?;
    let spaced = c.name("sep")?.as_str() == " ";
    // "17 2" stands for a date only with a month of two figures or a year ("20 2 14").
    if spaced
        && c.name("y").is_none()
        && c.name("b")?.as_str().len() == 1
        && !text(c).starts_with("le ")
        && b > 12
    {
        return None;
    }
    let english = c.name("sep").is_some() && x.language == "en";
    let (day, month, order) = match english {
        true if a > 12 => (a, b, "suggest-day-first-no-month"),
        true => (b, a, "suggest-month-first-english"),
        false => (a, b, "suggest-day-first-french"),
    };
    let (date, why) = dated(day, month, c.name("y").map(|y| y.as_str()), x)?;
    resolved_as(
        calendar::day(date),
        "suggest-numeric",
        text(c),
        &[
            ("date", calendar::long(date).into()),
            ("order", tr(order).into()),
            ("why", why.into()),
        ],
    )
}

/// "the 4th quarter of 2018", "third qtr", "2018Q4", "18q4".
pub(super) fn quarter(c: &Captures, x: &Context) -> Option<Resolved> {
    let n = match c.name("q") {
        Some(q) => q.as_str().parse().ok()?,
        None => u32::try_from(words::number(c.name("n")?.as_str())?).ok()?,
    };
    let year = match either(c, "y", "y2") {
        Some(y) => words::year(y.as_str(), x.published.year())?,
        None => x.published.year(),
    };
    let quarter = Period::quarter(year, n)?;
    resolved_as(
        quarter.edtf(),
        "suggest-to-date",
        text(c),
        &[("date", quarter.describe().into())],
    )
}

/// "this summer", "cet hiver": the season of publication as an EDTF season (21–24), which Chronomap
/// reads as every EDTF season is read in a story — meteorological, spring from March to May — so
/// a suggestion and the dates a story already holds agree (the explanation says so). Winter is the
/// one that began in December: in January and February, the one of the year before.
pub(super) fn current_season(c: &Captures, x: &Context) -> Option<Resolved> {
    let season = super::resolve::season_number(&words::plain(c.name("s")?.as_str()))?;
    let year = x.published.year();
    let year = if season == 24 && x.published.month() <= 2 {
        year - 1
    } else {
        year
    };
    let edtf = format!("{year}-{season}");
    let span = crate::date::resolve(&edtf).ok()?;
    let how = tr_with(
        "suggest-this-season",
        &[
            ("what", text(c).to_owned().into()),
            ("span", span.explain().into()),
        ],
    );
    resolved(edtf, how)
}

/// "en semaine": Monday to Friday of the week of publication.
pub(super) fn working_week(c: &Captures, x: &Context) -> Option<Resolved> {
    let week = Period::week(x.published)?.days(1, 5)?;
    resolved_as(
        week.edtf(),
        "suggest-working-days",
        text(c),
        &[("week", week.describe().into())],
    )
}

/// "upcoming two weeks", "2 upcoming days".
pub(super) fn upcoming(c: &Captures, x: &Context) -> Option<Resolved> {
    let n = words::number(either(c, "n", "n2")?.as_str())?;
    let grain = words::unit(either(c, "u", "u2")?.as_str())?;
    let period = Period::of(grain, x.published)?.shifted(n)?;
    resolved_as(
        period.edtf(),
        "suggest-ahead",
        text(c),
        &[
            ("period", period.describe().into()),
            ("count", n.into()),
            ("grain", format!("{grain:?}").into()),
        ],
    )
}

/// "in a week", "3 years from today", "three weeks hence": days exact; years to their month,
/// unless counted from today.
pub(super) fn offset_either(c: &Captures, x: &Context) -> Option<Resolved> {
    let n = words::number(either(c, "n", "n2")?.as_str())?;
    let grain = words::unit(either(c, "u", "u2")?.as_str())?;
    super::resolve::units_from_publication(text(c), x, n, grain)
}

/// "deux jours plus tard", "two days later", "two days earlier", "trois jours avant": counted from
/// the date the text last established.
pub(super) fn after_anchor(c: &Captures, x: &Context) -> Option<Resolved> {
    let n = words::number(c.name("n")?.as_str())?;
    let days = n * if words::unit(c.name("u")?.as_str())? == Grain::Week {
        7
    } else {
        1
    };
    let lower = words::plain(text(c));
    let back = ["earlier", "before", "plus tot", "auparavant", "avant"]
        .iter()
        .any(|w| lower.ends_with(w));
    from_anchor(if back { -days } else { days }, text(c), x)
}

/// "sunday from last week", "last week's sunday".
pub(super) fn weekday_last_week(c: &Captures, x: &Context) -> Option<Resolved> {
    let wanted = words::weekday(either(c, "w", "w2")?.as_str())?;
    let date = Period::week(x.published)?.shifted(-1)?.weekday(wanted)?;
    on_day(date, "suggest-week-before-publication", c)
}

/// "mercredi 13", "Tuesday the 19th", "Monday, Feb 18", "Jul 18, Fri": the nearest such day whose
/// weekday is the one named, ahead in a sentence that looks ahead, else back.
pub(super) fn weekday_and_day(c: &Captures, x: &Context) -> Option<Resolved> {
    let wanted: Weekday = words::weekday(either(c, "w", "w2")?.as_str())?;
    let day = u32::try_from(words::number(either(c, "d", "d2")?.as_str())?).ok()?;
    let month = either(c, "m", "m2").and_then(|m| words::month(m.as_str()));
    let step = if x.forward { 1 } else { -1 };
    // Month by month (or year by year, a month being named), from publication's.
    let start = match month {
        Some(m) => Period::month(x.published.year(), m)?,
        None => Period::month(x.published.year(), x.published.month())?,
    };
    let by = if month.is_some() { 12 } else { 1 };
    let date = (0..=60).find_map(|i: i64| {
        let candidate = start.shifted(i * step * by)?;
        let date = NaiveDate::from_ymd_opt(candidate.start.year(), candidate.start.month(), day)?;
        let side = if x.forward {
            date >= x.published
        } else {
            date <= x.published
        };
        (side && date.weekday() == wanted).then_some(date)
    })?;
    resolved_as(
        calendar::day(date),
        "suggest-nearest-weekday",
        text(c),
        &[
            ("date", calendar::long(date).into()),
            ("weekday", crate::date::written(date, "%A").into()),
        ],
    )
}

/// "the 1st of march", "march first", "february the 15th", "premier mars", "31 octobre 74".
pub(super) fn day_and_month(c: &Captures, x: &Context) -> Option<Resolved> {
    let day = u32::try_from(words::number(either(c, "d", "d2")?.as_str())?).ok()?;
    let month = words::month(either(c, "m", "m2")?.as_str())?;
    let (date, why) = dated(day, month, either(c, "y", "y2").map(|y| y.as_str()), x)?;
    resolved(
        calendar::day(date),
        super::resolve::to_date_because(text(c), date, why),
    )
}

/// "the ides of March": the 15th.
pub(super) fn ides_of_march(c: &Captures, x: &Context) -> Option<Resolved> {
    let (date, why) = super::resolve::year_for(3, 15, x)?;
    resolved(
        calendar::day(date),
        super::resolve::to_date_because(text(c), date, why),
    )
}

/// "du 13 au 15 juillet", "July 13 - 15", "from the 13th to the 15th of July", "10 juin au 1er
/// juillet", "du 13 au 18" (this month): an interval of days.
pub(super) fn day_range(c: &Captures, x: &Context) -> Option<Resolved> {
    let d1 = u32::try_from(words::number(c.name("d1")?.as_str())?).ok()?;
    let d2 = u32::try_from(words::number(c.name("d2")?.as_str())?).ok()?;
    let m2 = match c.name("m").or_else(|| c.name("m1")) {
        Some(m) => words::month(m.as_str())?,
        None => x.published.month(),
    };
    let m1 = match c.name("m1") {
        Some(m) => words::month(m.as_str())?,
        None => m2,
    };
    let (end, why) = dated(d2, m2, c.name("y").map(|y| y.as_str()), x)?;
    let start = NaiveDate::from_ymd_opt(if m1 > m2 { end.year() - 1 } else { end.year() }, m1, d1)?;
    (start < end).then_some(())?;
    resolved_as(
        format!("{}/{}", calendar::day(start), calendar::day(end)),
        "suggest-range-because",
        text(c),
        &[
            ("from", calendar::long(start).into()),
            ("to", calendar::long(end).into()),
            ("why", why.into()),
        ],
    )
}

/// "demain", "tomorrow", "the day before yesterday": counted from publication.
pub(super) fn days_from_publication(days: i64, what: &str, x: &Context) -> Option<Resolved> {
    let date = calendar::shift(x.published, Grain::Day, days)?;
    resolved(calendar::day(date), super::resolve::to_date(what, date))
}

/// The day `date`, read from the words `c` as the message `key` explains.
fn on_day(date: NaiveDate, key: &str, c: &Captures) -> Option<Resolved> {
    let said = calendar::long(date).into();
    resolved_as(calendar::day(date), key, text(c), &[("date", said)])
}
