//! Holidays of the Islamic (Umm al-Qura), Hebrew and Chinese calendars, found on the Gregorian
//! one through ICU4X's `icu_calendar`: the occurrence that falls in a given Gregorian year.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use icu_calendar::cal::Hijri;
use icu_calendar::types::Month;
use icu_calendar::{AsCalendar, Date, Iso};

/// A holiday of a lunar or lunisolar calendar.
#[derive(Clone, Copy, Debug)]
pub enum Lunar {
    /// Islamic month and day, lasting `days` (0: to the month's end).
    Hijri(u8, u8, u64),
    /// The last Friday of Ramadan.
    LastFridayOfRamadan,
    /// Hebrew month (1 = Tishrei … 7 = Nisan … 12 = Elul; Adar is Adar II in a leap year) and day,
    /// from its eve (Jewish days begin at sunset), lasting `days` more.
    Hebrew(u8, u8, u64),
    /// Yom HaShoah: 27 Nisan, kept off the Sabbath.
    YomHaShoah,
    /// Yom Ha'atzmaut: 5 Iyar, kept off Friday, the Sabbath and Monday.
    YomHaatzmaut,
    /// The first day of the Chinese year.
    ChineseNewYear,
}

fn to_chrono<A: AsCalendar>(date: &Date<A>) -> Option<NaiveDate> {
    let iso: Date<Iso> = date.to_calendar(Iso);
    NaiveDate::from_ymd_opt(
        iso.year().extended_year(),
        u32::from(iso.month().ordinal),
        u32::from(iso.day_of_month().0),
    )
}

fn plus(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

fn hijri(year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    to_chrono(&Date::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura()).ok()?)
}

fn hebrew(year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    // Adar in a leap year is Adar II; Adar I is the leap month before it.
    let date = Date::try_new_hebrew_v2(year, Month::new(month), day).ok()?;
    to_chrono(&date)
}

/// First and last day of the holiday in Islamic year `h`.
fn in_hijri_year(holiday: Lunar, h: i32) -> Option<(NaiveDate, NaiveDate)> {
    match holiday {
        Lunar::Hijri(month, day, days) => {
            let start = hijri(h, month, day)?;
            let end = if days == 0 {
                let next = if month == 12 {
                    hijri(h + 1, 1, 1)?
                } else {
                    hijri(h, month + 1, 1)?
                };
                next.pred_opt()?
            } else {
                start.checked_add_days(Days::new(days - 1))?
            };
            Some((start, end))
        }
        Lunar::LastFridayOfRamadan => {
            let mut day = hijri(h, 10, 1)?.pred_opt()?;
            while day.weekday() != Weekday::Fri {
                day = day.pred_opt()?;
            }
            Some((day, day))
        }
        _ => None,
    }
}

/// First and last day of the holiday in Hebrew year `h`, from the eve.
fn in_hebrew_year(holiday: Lunar, h: i32) -> Option<(NaiveDate, NaiveDate)> {
    let (day, days) = match holiday {
        Lunar::Hebrew(month, day, days) => (hebrew(h, month, day)?, days),
        Lunar::YomHaShoah => {
            let day = hebrew(h, 7, 27)?;
            let moved = match day.weekday() {
                Weekday::Fri => -1,
                Weekday::Sun => 1,
                _ => 0,
            };
            (plus(day, moved)?, 0)
        }
        Lunar::YomHaatzmaut => {
            let day = hebrew(h, 8, 5)?;
            let moved = match day.weekday() {
                Weekday::Fri => -1,
                Weekday::Sat => -2,
                Weekday::Mon => 1,
                _ => 0,
            };
            (plus(day, moved)?, 0)
        }
        _ => return None,
    };
    let eve = day.pred_opt()?;
    Some((eve, eve.checked_add_days(Days::new(days))?))
}

/// The holiday's first and last day, for the occurrence that begins in Gregorian `year`.
pub fn in_year(holiday: Lunar, year: i32) -> Option<(NaiveDate, NaiveDate)> {
    let in_year = |span: &(NaiveDate, NaiveDate)| span.0.year() == year;
    match holiday {
        Lunar::Hijri(..) | Lunar::LastFridayOfRamadan => {
            // The Islamic year is 11 days shorter: one or two of them begin in a Gregorian year.
            let h = (year - 622) * 33 / 32;
            (h - 1..=h + 2)
                .filter_map(|h| in_hijri_year(holiday, h))
                .find(in_year)
        }
        Lunar::Hebrew(..) | Lunar::YomHaShoah | Lunar::YomHaatzmaut => (year + 3760..=year + 3761)
            .filter_map(|h| in_hebrew_year(holiday, h))
            .find(in_year),
        Lunar::ChineseNewYear => {
            let date = Date::try_new_chinese_traditional(year, Month::new(1), 1).ok()?;
            to_chrono(&date).map(|day| (day, day))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(holiday: Lunar, year: i32) -> Option<(String, String)> {
        in_year(holiday, year).map(|(a, b)| (a.to_string(), b.to_string()))
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_owned(), b.to_owned()))
    }

    #[test]
    fn lunar_holidays_fall_where_their_calendars_put_them() {
        for (holiday, year, first, last) in [
            (Lunar::Hijri(10, 1, 1), 2018, "2018-06-15", "2018-06-15"),
            (Lunar::Hijri(9, 1, 0), 2018, "2018-05-16", "2018-06-14"),
            (Lunar::Hijri(12, 10, 1), 2018, "2018-08-21", "2018-08-21"),
            (Lunar::LastFridayOfRamadan, 2018, "2018-06-08", "2018-06-08"),
            (Lunar::Hebrew(1, 1, 2), 2018, "2018-09-09", "2018-09-11"),
            (Lunar::Hebrew(7, 15, 8), 2018, "2018-03-30", "2018-04-07"),
            (Lunar::YomHaatzmaut, 2018, "2018-04-18", "2018-04-18"),
            (Lunar::ChineseNewYear, 2014, "2014-01-31", "2014-01-31"),
        ] {
            assert_eq!(days(holiday, year), pair(first, last), "{holiday:?} {year}");
        }
    }
}
