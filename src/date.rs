//! EDTF dates resolved to the first and last day they can mean.

use chrono::{Datelike, NaiveDate};
use edtf::level_1::{Certainty, Date, Edtf, Precision, Season};

/// A day on the story's calendar: days since 1 January of year 1 (CE), so spans are plain integers.
pub type Day = i32;

pub fn day_of(date: NaiveDate) -> Day {
    date.num_days_from_ce()
}

pub fn date_of(day: Day) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(day)
}

/// How finely a date was given, for drawing (a tick for a day, a bar for anything longer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Granularity {
    Day,
    Month,
    Season,
    Year,
    Range,
}

/// An EDTF string with the days it can cover.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DateSpan {
    pub edtf: String,
    pub earliest: Day,
    pub latest: Day,
    pub granularity: Granularity,
    /// `~` or `%` on any part: the date is an estimate.
    pub approximate: bool,
    /// `?` or `%` on any part: the source is unsure.
    pub uncertain: bool,
}

impl DateSpan {
    pub fn contains(&self, day: Day) -> bool {
        self.earliest <= day && day <= self.latest
    }

    pub fn is_single_day(&self) -> bool {
        self.earliest == self.latest
    }

    pub fn earliest_date(&self) -> NaiveDate {
        date_of(self.earliest).unwrap_or_default()
    }

    pub fn latest_date(&self) -> NaiveDate {
        date_of(self.latest).unwrap_or_default()
    }

    /// What the date means in days, for the person typing it: "autumn 2020: 1 Sep 2020 – 30 Nov
    /// 2020 (91 days), approximate".
    pub fn explain(&self) -> String {
        let first = self.earliest_date();
        let last = self.latest_date();
        let what = match self.granularity {
            Granularity::Day => first.format("%A %-d %B %Y, one day").to_string(),
            Granularity::Month => first.format("%B %Y").to_string(),
            Granularity::Year => format!("the year {}", first.year()),
            Granularity::Season => self.label_without_qualifiers(),
            Granularity::Range => "from one date to another".to_owned(),
        };
        let mut text = if self.is_single_day() {
            what
        } else {
            format!(
                "{what}: {} – {} ({} days)",
                first.format("%-d %b %Y"),
                last.format("%-d %b %Y"),
                self.latest - self.earliest + 1
            )
        };
        if self.approximate {
            text.push_str(", approximate");
        }
        if self.uncertain {
            text.push_str(", uncertain");
        }
        text
    }

    /// "17 Apr 2024", "Sep 2023 (approx.)", "autumn 2020 (Sep – Nov 2020)": how the app shows a date.
    pub fn label(&self) -> String {
        let mut label = self.label_without_qualifiers();
        if self.approximate {
            label.push_str(" (approx.)");
        }
        if self.uncertain {
            label.push_str(" (uncertain)");
        }
        label
    }

    fn label_without_qualifiers(&self) -> String {
        let first = self.earliest_date();
        let last = self.latest_date();
        match self.granularity {
            Granularity::Day => first.format("%-d %b %Y").to_string(),
            Granularity::Month => first.format("%b %Y").to_string(),
            Granularity::Year => first.format("%Y").to_string(),
            Granularity::Season => {
                let season = match first.month() {
                    3 => "spring",
                    6 => "summer",
                    9 => "autumn",
                    _ => "winter",
                };
                format!(
                    "{season} {} ({} – {})",
                    first.year(),
                    first.format("%b"),
                    last.format("%b %Y")
                )
            }
            Granularity::Range => {
                format!(
                    "{} – {}",
                    first.format("%-d %b %Y"),
                    last.format("%-d %b %Y")
                )
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error(
        "\"{0}\" is not a valid EDTF date (expected forms such as 2024-04-17, 2023-09, 2020-23, 2025, 2024-04-16/2024-04-17, 2024-04~)"
    )]
    Syntax(String),
    #[error("\"{0}\" names a day or month that does not exist")]
    OutOfRange(String),
    #[error("\"{0}\" is open-ended or has an unknown end; give both ends of the interval")]
    OpenInterval(String),
    #[error("\"{0}\" ends before it starts")]
    Reversed(String),
    #[error("\"{0}\" is outside the years the app can show")]
    Unsupported(String),
}

/// Parses an EDTF level-1 string (the `edtf` crate) and resolves it to its first and last day.
pub fn resolve(edtf: &str) -> Result<DateSpan, DateError> {
    let text = edtf.trim();
    let parsed = Edtf::parse(text).map_err(|e| match e {
        edtf::ParseError::OutOfRange => DateError::OutOfRange(text.to_owned()),
        _ => DateError::Syntax(text.to_owned()),
    })?;
    let unsupported = || DateError::Unsupported(text.to_owned());
    let (earliest, latest, granularity, certainty) = match parsed {
        Edtf::Date(date) => {
            let (first, last, granularity) = bounds(&date).ok_or_else(unsupported)?;
            (first, last, granularity, vec![date.certainty()])
        }
        Edtf::DateTime(date_time) => {
            let day = date_time.date();
            let date = NaiveDate::from_ymd_opt(day.year(), day.month(), day.day())
                .ok_or_else(|| DateError::OutOfRange(text.to_owned()))?;
            (date, date, Granularity::Day, vec![Certainty::Certain])
        }
        Edtf::Interval(from, to) => {
            let (first, _, _) = bounds(&from).ok_or_else(unsupported)?;
            let (_, last, _) = bounds(&to).ok_or_else(unsupported)?;
            (
                first,
                last,
                Granularity::Range,
                vec![from.certainty(), to.certainty()],
            )
        }
        Edtf::IntervalFrom(..) | Edtf::IntervalTo(..) => {
            return Err(DateError::OpenInterval(text.to_owned()));
        }
        Edtf::YYear(_) => return Err(unsupported()),
    };
    if latest < earliest {
        return Err(DateError::Reversed(text.to_owned()));
    }
    let has = |wanted: &[Certainty]| certainty.iter().any(|c| wanted.contains(c));
    Ok(DateSpan {
        edtf: text.to_owned(),
        earliest: day_of(earliest),
        latest: day_of(latest),
        granularity,
        approximate: has(&[Certainty::Approximate, Certainty::ApproximateUncertain]),
        uncertain: has(&[Certainty::Uncertain, Certainty::ApproximateUncertain]),
    })
}

/// First and last day of one EDTF date. Seasons are the meteorological ones of the northern hemisphere.
fn bounds(date: &Date) -> Option<(NaiveDate, NaiveDate, Granularity)> {
    let ymd = NaiveDate::from_ymd_opt;
    let year_span = |first: i32, last: i32| Some((ymd(first, 1, 1)?, ymd(last, 12, 31)?));
    let month_span = |year: i32, month: u32| {
        let first = ymd(year, month, 1)?;
        let next = if month == 12 {
            ymd(year + 1, 1, 1)?
        } else {
            ymd(year, month + 1, 1)?
        };
        Some((first, next.pred_opt()?))
    };
    let (first, last, granularity) = match date.precision() {
        Precision::Day(y, m, d) => {
            let day = ymd(y, m, d)?;
            (day, day, Granularity::Day)
        }
        Precision::Month(y, m) | Precision::DayOfMonth(y, m) => {
            let (first, last) = month_span(y, m)?;
            (first, last, Granularity::Month)
        }
        Precision::Season(y, season) => {
            let (first, last) = match season {
                Season::Spring => (ymd(y, 3, 1)?, ymd(y, 5, 31)?),
                Season::Summer => (ymd(y, 6, 1)?, ymd(y, 8, 31)?),
                Season::Autumn => (ymd(y, 9, 1)?, ymd(y, 11, 30)?),
                Season::Winter => (ymd(y, 12, 1)?, month_span(y + 1, 2)?.1),
            };
            (first, last, Granularity::Season)
        }
        Precision::Year(y) | Precision::MonthOfYear(y) | Precision::DayOfYear(y) => {
            let (first, last) = year_span(y, y)?;
            (first, last, Granularity::Year)
        }
        Precision::Decade(y) => {
            let (first, last) = year_span(y, y + 9)?;
            (first, last, Granularity::Range)
        }
        Precision::Century(y) => {
            let (first, last) = year_span(y, y + 99)?;
            (first, last, Granularity::Range)
        }
    };
    Some((first, last, granularity))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(edtf: &str) -> (String, String) {
        let span = resolve(edtf).unwrap_or_else(|e| panic!("{edtf}: {e}"));
        (
            span.earliest_date().to_string(),
            span.latest_date().to_string(),
        )
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_owned(), b.to_owned())
    }

    #[test]
    fn every_form_the_story_uses_resolves_to_its_days() {
        assert_eq!(days("2024-04-17"), pair("2024-04-17", "2024-04-17"));
        assert_eq!(days("2023-09"), pair("2023-09-01", "2023-09-30"));
        assert_eq!(days("2024-02"), pair("2024-02-01", "2024-02-29"));
        assert_eq!(days("2020-23"), pair("2020-09-01", "2020-11-30"));
        assert_eq!(days("2020-24"), pair("2020-12-01", "2021-02-28"));
        assert_eq!(days("2025"), pair("2025-01-01", "2025-12-31"));
        assert_eq!(
            days("2024-04-16/2024-04-17"),
            pair("2024-04-16", "2024-04-17")
        );
        assert_eq!(
            days("2020-11-10/2024-04-17"),
            pair("2020-11-10", "2024-04-17")
        );
        assert_eq!(
            days("2024-04-10~/2024-04-14~"),
            pair("2024-04-10", "2024-04-14")
        );
        assert_eq!(
            days("2024-04-17T20:02:00+01:00"),
            pair("2024-04-17", "2024-04-17")
        );
    }

    #[test]
    fn qualifiers_and_granularity_are_kept() {
        let approx = resolve("2023-09~").unwrap();
        assert!(approx.approximate && !approx.uncertain);
        assert_eq!(approx.granularity, Granularity::Month);
        let unsure = resolve("2024-04-16?").unwrap();
        assert!(unsure.uncertain && !unsure.approximate);
        let both = resolve("2024%").unwrap();
        assert!(both.uncertain && both.approximate);
        let interval = resolve("2024-04-10~/2024-04-17").unwrap();
        assert!(interval.approximate);
        assert_eq!(interval.granularity, Granularity::Range);
        assert!(!resolve("2024-04-17").unwrap().approximate);
    }

    #[test]
    fn impossible_and_malformed_dates_are_errors() {
        assert!(matches!(
            resolve("2024-02-30"),
            Err(DateError::OutOfRange(_))
        ));
        assert!(matches!(
            resolve("2023-02-29"),
            Err(DateError::OutOfRange(_))
        ));
        assert!(resolve("2024-13").is_err());
        assert!(matches!(resolve("17 avril"), Err(DateError::Syntax(_))));
        assert!(matches!(resolve(""), Err(DateError::Syntax(_))));
        assert!(matches!(
            resolve("2024/.."),
            Err(DateError::OpenInterval(_))
        ));
        assert!(matches!(
            resolve("2024-04-17/2024-04-01"),
            Err(DateError::Reversed(_))
        ));
    }

    #[test]
    fn labels_say_what_is_approximate() {
        assert_eq!(resolve("2024-04-17").unwrap().label(), "17 Apr 2024");
        assert_eq!(resolve("2023-09~").unwrap().label(), "Sep 2023 (approx.)");
        assert_eq!(
            resolve("2020-23").unwrap().label(),
            "autumn 2020 (Sep – Nov 2020)"
        );
    }
}
