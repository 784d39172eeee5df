//! The calendar arithmetic every rule shares, on chrono's calendar: periods (a day, a week from
//! Monday, a month, a quarter, a year), moving them by whole units, their parts, and their EDTF.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// How long a period is, which is also what "next" and "last" move it by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grain {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// A run of whole days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub grain: Grain,
}

impl Period {
    pub fn day(date: NaiveDate) -> Self {
        Self {
            start: date,
            end: date,
            grain: Grain::Day,
        }
    }

    /// The week (Monday to Sunday) holding `date`.
    pub fn week(date: NaiveDate) -> Option<Self> {
        let start =
            date.checked_sub_days(Days::new(date.weekday().num_days_from_monday().into()))?;
        Some(Self {
            start,
            end: start.checked_add_days(Days::new(6))?,
            grain: Grain::Week,
        })
    }

    pub fn month(year: i32, month: u32) -> Option<Self> {
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        Some(Self {
            start,
            end: start.checked_add_months(Months::new(1))?.pred_opt()?,
            grain: Grain::Month,
        })
    }

    /// Quarter 1 to 4 of `year`.
    pub fn quarter(year: i32, quarter: u32) -> Option<Self> {
        let start = NaiveDate::from_ymd_opt(year, quarter.checked_sub(1)? * 3 + 1, 1)?;
        Some(Self {
            start,
            end: start.checked_add_months(Months::new(3))?.pred_opt()?,
            grain: Grain::Quarter,
        })
    }

    pub fn year(year: i32) -> Option<Self> {
        Some(Self {
            start: NaiveDate::from_ymd_opt(year, 1, 1)?,
            end: NaiveDate::from_ymd_opt(year, 12, 31)?,
            grain: Grain::Year,
        })
    }

    /// The period of `grain` holding `date`.
    pub fn of(grain: Grain, date: NaiveDate) -> Option<Self> {
        match grain {
            Grain::Day => Some(Self::day(date)),
            Grain::Week => Self::week(date),
            Grain::Month => Self::month(date.year(), date.month()),
            Grain::Quarter => Self::quarter(date.year(), date.month0() / 3 + 1),
            Grain::Year => Self::year(date.year()),
        }
    }

    /// The period `n` of its own units later (earlier when negative).
    pub fn shifted(self, n: i64) -> Option<Self> {
        Self::of(self.grain, shift(self.start, self.grain, n)?)
    }

    /// From the first day of `self` to the last of `other`.
    pub fn through(self, other: Self) -> Self {
        Self {
            start: self.start,
            end: other.end,
            grain: self.grain,
        }
    }

    /// Days `first`..=`last` (counted from 1) of the period, the last cut at its end.
    pub fn days(self, first: u64, last: u64) -> Option<Self> {
        let start = self
            .start
            .checked_add_days(Days::new(first.checked_sub(1)?))?;
        let end = self
            .start
            .checked_add_days(Days::new(last.checked_sub(1)?))?;
        Some(Self {
            start,
            end: end.min(self.end),
            grain: Grain::Day,
        })
    }

    /// Months `first`..=`last` (counted from 1) of a year.
    pub fn months(self, first: u32, last: u32) -> Option<Self> {
        let start = Self::month(self.start.year(), first)?;
        let end = Self::month(self.start.year(), last)?;
        Some(start.through(end))
    }

    /// The last `n` days of the period.
    pub fn last_days(self, n: u64) -> Option<Self> {
        Some(Self {
            start: self.end.checked_sub_days(Days::new(n.checked_sub(1)?))?,
            end: self.end,
            grain: Grain::Day,
        })
    }

    /// The `weekday` of the week starting on the period's first day.
    pub fn weekday(self, weekday: Weekday) -> Option<NaiveDate> {
        Period::week(self.start)?
            .start
            .checked_add_days(Days::new(weekday.num_days_from_monday().into()))
    }

    /// The period as EDTF: a day, a month or a year as such, anything else as an interval.
    pub fn edtf(self) -> String {
        let whole = |grain: Grain| {
            Period::of(grain, self.start).is_some_and(|p| p == Self { grain, ..self })
        };
        if self.start == self.end {
            day(self.start)
        } else if whole(Grain::Month) {
            self.start.format("%Y-%m").to_string()
        } else if whole(Grain::Year) {
            self.start.format("%Y").to_string()
        } else {
            format!("{}/{}", day(self.start), day(self.end))
        }
    }

    /// How the period reads: "Tuesday 19 February 2013", "February 2013", "11 – 17 February 2013".
    pub fn describe(self) -> String {
        let edtf = self.edtf();
        if self.start == self.end {
            long(self.start)
        } else if edtf.len() == 7 {
            crate::date::written(self.start, "%B %Y")
        } else if edtf.len() == 4 {
            crate::date::year_written(self.start.year())
        } else {
            format!(
                "{} – {}",
                crate::date::written(self.start, "%-d %B %Y"),
                crate::date::written(self.end, "%-d %B %Y")
            )
        }
    }
}

/// `date` moved by `n` of `grain` (months by the calendar: 12 February less three months is
/// 12 November), or none past the calendar's ends.
pub fn shift(date: NaiveDate, grain: Grain, n: i64) -> Option<NaiveDate> {
    let months = |m: i64| -> Option<NaiveDate> {
        let by = Months::new(u32::try_from(m.unsigned_abs()).ok()?);
        if m >= 0 {
            date.checked_add_months(by)
        } else {
            date.checked_sub_months(by)
        }
    };
    let days = |d: i64| -> Option<NaiveDate> {
        let by = Days::new(d.unsigned_abs());
        if d >= 0 {
            date.checked_add_days(by)
        } else {
            date.checked_sub_days(by)
        }
    };
    match grain {
        Grain::Day => days(n),
        Grain::Week => days(n.checked_mul(7)?),
        Grain::Month => months(n),
        Grain::Quarter => months(n.checked_mul(3)?),
        Grain::Year => months(n.checked_mul(12)?),
    }
}

/// The first `weekday` after `date` (strictly), or on or after it.
pub fn next_weekday(date: NaiveDate, weekday: Weekday, or_same_day: bool) -> Option<NaiveDate> {
    let ahead = (weekday.num_days_from_monday() + 7 - date.weekday().num_days_from_monday()) % 7;
    let ahead = if ahead == 0 && !or_same_day { 7 } else { ahead };
    date.checked_add_days(Days::new(ahead.into()))
}

/// The last `weekday` before `date` (strictly), or on or before it.
pub fn previous_weekday(date: NaiveDate, weekday: Weekday, or_same_day: bool) -> Option<NaiveDate> {
    let back = (date.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
    let back = if back == 0 && !or_same_day { 7 } else { back };
    date.checked_sub_days(Days::new(back.into()))
}

pub fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub fn long(date: NaiveDate) -> String {
    crate::date::written(date, "%A %-d %B %Y")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn months_move_by_the_calendar_not_by_thirty_days() {
        assert_eq!(
            shift(date(2013, 2, 12), Grain::Month, -3),
            Some(date(2012, 11, 12))
        );
        assert_eq!(
            shift(date(2024, 3, 31), Grain::Month, -1),
            Some(date(2024, 2, 29))
        );
        assert_eq!(shift(date(2013, 2, 12), Grain::Year, i64::MAX), None);
    }

    #[test]
    fn periods_are_whole_and_write_themselves_as_edtf() {
        let tuesday = date(2013, 2, 12);
        let week = Period::week(tuesday).unwrap_or(Period::day(tuesday));
        assert_eq!(week.edtf(), "2013-02-11/2013-02-17");
        assert_eq!(
            week.shifted(1).map(Period::edtf).as_deref(),
            Some("2013-02-18/2013-02-24")
        );
        assert_eq!(
            Period::of(Grain::Quarter, tuesday)
                .map(Period::edtf)
                .as_deref(),
            Some("2013-01-01/2013-03-31")
        );
        assert_eq!(
            Period::month(2013, 2).map(Period::edtf).as_deref(),
            Some("2013-02")
        );
        assert_eq!(
            Period::year(2013).map(Period::edtf).as_deref(),
            Some("2013")
        );
        assert_eq!(
            next_weekday(tuesday, Weekday::Tue, false),
            Some(date(2013, 2, 19))
        );
        assert_eq!(
            previous_weekday(tuesday, Weekday::Sun, false),
            Some(date(2013, 2, 10))
        );
    }
}
