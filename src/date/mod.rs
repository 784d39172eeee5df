//! EDTF dates, levels 0 to 2, resolved to the first and last day they can mean.

use crate::i18n::{tr, tr_with};
use chrono::{Datelike, NaiveDate};
use edtf_core::{Bound, Date, Edtf, IntervalEndpoint, Precision, SetElement, SetKind};

/// A day on the story's calendar: days since 1 January of year 1 (CE), so spans are plain integers.
pub type Day = i32;

pub fn day_of(date: NaiveDate) -> Day {
    date.num_days_from_ce()
}

pub fn date_of(day: Day) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(day)
}

/// How finely a date was given, for drawing (a tick for a day, a bar for anything longer).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Granularity {
    #[default]
    Day,
    Month,
    Season,
    Year,
    Range,
}

/// An EDTF string with the days it can cover. The default, with no EDTF, is what a record being
/// made holds before its date is read (see `edit::make::EventDraft`).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DateSpan {
    pub edtf: String,
    pub earliest: Day,
    pub latest: Day,
    pub granularity: Granularity,
    /// `~` or `%` on any part: the date is an estimate.
    pub approximate: bool,
    /// `?` or `%` on any part: the source is unsure.
    pub uncertain: bool,
    /// The start is open or unknown (`../2024-04-17`, `/2024-04-17`): drawn fading in from the
    /// story's first day; `earliest` is then the first dated day.
    #[serde(default)]
    pub began_before: Option<OpenEnd>,
    /// The end is open or unknown (`2024-04-17/..`): drawn fading out to the story's last day;
    /// `latest` is then the last dated day.
    #[serde(default)]
    pub ongoing: Option<OpenEnd>,
    /// A set's members (`[2020,2022]`, `{2024-04-10,2024-04-17}`), each its first and last day;
    /// empty for anything else. `earliest` and `latest` span them all.
    #[serde(default)]
    pub members: Vec<(Day, Day)>,
    /// `{…}`: every member happened; `[…]`: one of them did.
    #[serde(default)]
    pub all_members: bool,
    /// A sub-year code 21–41 (season, quarter, quadrimester, semester).
    #[serde(default)]
    pub sub_year: Option<u8>,
    /// The time of day written (hour, minute, second), for a date-time.
    #[serde(default)]
    pub time: Option<(u8, u8, u8)>,
}

/// An interval end that is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum OpenEnd {
    /// `..`: open: it goes on (or went back) beyond what the sources date.
    Open,
    /// Empty: there was an end, the sources do not say when.
    Unknown,
    /// `..date` at the start or `date..` at the end: on or before / on or after that date.
    OnOrBeyond,
}

impl DateSpan {
    pub fn contains(&self, day: Day) -> bool {
        self.earliest <= day && day <= self.latest
    }

    /// The days on which an event of this date is current: its dated days, without end on a side
    /// that is open or unknown (a mission dated `2020-11-10/..` is current every day from its
    /// start, as the sources give it no end).
    pub fn current_days(&self) -> (Day, Day) {
        let first = match self.began_before {
            Some(_) => Day::MIN,
            None => self.earliest,
        };
        let last = match self.ongoing {
            Some(_) => Day::MAX,
            None => self.latest,
        };
        (first, last)
    }

    /// Whether an event of this date is current on `day` (see [`DateSpan::current_days`]).
    pub fn is_current(&self, day: Day) -> bool {
        let (first, last) = self.current_days();
        first <= day && day <= last
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
            Granularity::Day if self.time.is_some() => self.label_without_qualifiers(),
            Granularity::Day => tr_with(
                "date-one-day",
                &[("day", written(first, "%A %-d %B %Y").into())],
            ),
            Granularity::Month => written(first, "%B %Y"),
            Granularity::Year => tr_with(
                "date-the-year",
                &[("year", year_written(first.year()).into())],
            ),
            Granularity::Season => self.label_without_qualifiers(),
            // A set or an open end says itself: "one of: …", "from 17 Apr 2024, ongoing".
            Granularity::Range
                if !self.members.is_empty()
                    || self.began_before.is_some()
                    || self.ongoing.is_some() =>
            {
                self.label_without_qualifiers()
            }
            Granularity::Range => tr("date-from-one-to-another"),
        };
        let mut text = if self.is_single_day() {
            what
        } else {
            tr_with(
                "date-span",
                &[
                    ("what", what.into()),
                    ("first", written(first, "%-d %b %Y").into()),
                    ("last", written(last, "%-d %b %Y").into()),
                    ("days", (self.latest - self.earliest + 1).into()),
                ],
            )
        };
        if self.approximate {
            text.push_str(&tr("date-said-approximate"));
        }
        if self.uncertain {
            text.push_str(&tr("date-said-uncertain"));
        }
        if self.sub_year.is_some_and(|code| code <= 24) {
            text.push_str(&tr("date-seasons-note"));
        }
        text
    }

    /// "17 Apr 2024", "Sep 2023 (approx.)", "autumn 2020 (Sep – Nov 2020)", "from 17 Apr 2024,
    /// ongoing": how the app shows a date.
    pub fn label(&self) -> String {
        let mut label = self.label_without_qualifiers();
        if self.approximate {
            label.push_str(&tr("date-label-approximate"));
        }
        if self.uncertain {
            label.push_str(&tr("date-label-uncertain"));
        }
        label
    }

    fn label_without_qualifiers(&self) -> String {
        let first = self.earliest_date();
        let last = self.latest_date();
        let known = match self.granularity {
            Granularity::Day => match self.time {
                Some((h, m, _)) => format!("{}, {h:02}:{m:02}", written(first, "%-d %b %Y")),
                None => written(first, "%-d %b %Y"),
            },
            Granularity::Month => written(first, "%b %Y"),
            Granularity::Year => written(first, "%Y"),
            Granularity::Season => format!(
                "{} {} ({} – {})",
                tr(&self
                    .sub_year
                    .map_or("date-season".to_owned(), |code| format!(
                        "date-season-{code}"
                    ))),
                year_written(first.year()),
                written(first, "%b"),
                written(last, "%b %Y")
            ),
            Granularity::Range if !self.members.is_empty() => {
                // A set can be long: its first members are named, the rest counted.
                const NAMED: usize = 6;
                let members: Vec<String> = self
                    .members
                    .iter()
                    .take(NAMED)
                    .map(|&(a, b)| days_label(a, b))
                    .collect();
                let which = if self.all_members {
                    "date-set-all"
                } else {
                    "date-set-one"
                };
                let more = self.members.len().saturating_sub(NAMED);
                tr_with(
                    which,
                    &[
                        ("members", members.join(", ").into()),
                        ("more", more.into()),
                    ],
                )
            }
            Granularity::Range => days_label(self.earliest, self.latest),
        };
        let said = match (self.began_before, self.ongoing) {
            (None, None) => return known,
            (Some(_), Some(_)) => "date-began-before-and-ongoing",
            (Some(OpenEnd::Open), None) => "date-until-began-before",
            (Some(OpenEnd::Unknown), None) => "date-until-start-unknown",
            (Some(OpenEnd::OnOrBeyond), None) => "date-or-before",
            (None, Some(OpenEnd::Open)) => "date-from-ongoing",
            (None, Some(OpenEnd::Unknown)) => "date-from-end-unknown",
            (None, Some(OpenEnd::OnOrBeyond)) => "date-or-after",
        };
        tr_with(said, &[("known", known.into())])
    }
}

/// A year as people write it: 2024, or 44 BC for the proleptic year −43 (EDTF's `-0043`; its year
/// 0 is 1 BC).
pub fn year_written(year: i32) -> String {
    if year >= 1 {
        year.to_string()
    } else {
        format!("{} {}", 1 - i64::from(year), crate::i18n::before_the_era())
    }
}

/// A day written with a chrono format whose `%Y` is the year as people write it (see
/// [`year_written`]): "15 Mar 44 BC", not "15 Mar -0043"; its names in the current language
/// ("15 mars 44 av. J.-C.").
pub fn written(date: NaiveDate, format: &str) -> String {
    // Month and weekday names in the window's language.
    let format = crate::i18n::format_in_language(date, format);
    let format = format.as_ref();
    if date.year() >= 1 {
        return date.format(format).to_string();
    }
    let year = year_written(date.year());
    format
        .split("%Y")
        .map(|part| date.format(part).to_string())
        .collect::<Vec<_>>()
        .join(&year)
}

/// A run of days as a person says it: "17 Apr 2024", "Apr 2024", "2024", "10 – 17 Apr 2024".
fn days_label(first: Day, last: Day) -> String {
    let (Some(a), Some(b)) = (date_of(first), date_of(last)) else {
        return String::new();
    };
    let same_year = a.year() == b.year();
    match ends_precision(first, last) {
        _ if a == b => written(a, "%-d %b %Y"),
        Granularity::Year if same_year => written(a, "%Y"),
        Granularity::Year => format!("{} – {}", year_written(a.year()), year_written(b.year())),
        Granularity::Month if same_year && a.month() == b.month() => written(a, "%b %Y"),
        _ => format!("{} – {}", written(a, "%-d %b %Y"), written(b, "%-d %b %Y")),
    }
}

/// How finely the ends of a run of days fall: on whole years (1 January to 31 December), whole
/// months (the 1st to a month's last day), or days.
pub fn ends_precision(first: Day, last: Day) -> Granularity {
    let (Some(a), Some(b)) = (date_of(first), date_of(last)) else {
        return Granularity::Day;
    };
    let month_end = b.succ_opt().is_none_or(|next| next.day() == 1);
    if a.ordinal() == 1 && b.month() == 12 && b.day() == 31 {
        Granularity::Year
    } else if a.day() == 1 && month_end {
        Granularity::Month
    } else {
        Granularity::Day
    }
}

/// Why a text is not a date the app draws, said in the app's language (`dates.ftl`; what the EDTF
/// parser says of it stays in its own English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    NotEdtf {
        text: String,
        message: &'static str,
        /// 1-based character position of the problem, and the text from there.
        at: usize,
        part: String,
        /// The forms to write, when the string is not shaped like a date at all.
        hint: Option<FormsHint>,
    },
    /// The text, and the message id of why it is not drawn.
    NotDrawn(String, &'static str),
}

/// Which forms a text that is no date is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormsHint {
    /// Two or three digits: the 2012 draft's decade or century.
    DecadeOrCentury,
    /// Anything else: the everyday forms.
    Everyday,
}

impl std::error::Error for DateError {}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::i18n::{tr, tr_with};
        let said = match self {
            DateError::NotEdtf {
                text,
                message,
                at,
                part,
                hint,
            } => {
                let hint = hint.map_or_else(String::new, |hint| {
                    tr(match hint {
                        FormsHint::DecadeOrCentury => "date-hint-decade",
                        FormsHint::Everyday => "date-hint-forms",
                    })
                });
                tr_with(
                    "date-not-edtf",
                    &[
                        ("text", text.clone().into()),
                        ("message", (*message).into()),
                        ("at", at.to_string().into()),
                        ("part", part.clone().into()),
                        ("hint", hint.into()),
                    ],
                )
            }
            DateError::NotDrawn(text, why) => tr_with(
                "date-not-drawn",
                &[("text", text.clone().into()), ("why", tr(why).into())],
            ),
        };
        f.write_str(&said)
    }
}

/// Parses an EDTF string of any level (the `edtf-core` crate) and resolves it to its first and
/// last day, keeping what the timeline draws: qualifiers, open or unknown ends, a set's members.
pub fn resolve(edtf: &str) -> Result<DateSpan, DateError> {
    let text = edtf.trim();
    let parsed = match parse_set_with_spaces(text).or_else(|| parse_decade_or_century(text)) {
        Some(parsed) => parsed,
        None => Edtf::parse(text).map_err(|e| not_edtf(text, e))?,
    };
    let not_drawn = |why| DateError::NotDrawn(text.to_owned(), why);
    let mut span = DateSpan {
        edtf: text.to_owned(),
        earliest: 0,
        latest: 0,
        granularity: Granularity::Range,
        approximate: parsed.is_approximate(),
        uncertain: parsed.is_uncertain(),
        began_before: None,
        ongoing: None,
        members: Vec::new(),
        all_members: false,
        sub_year: None,
        time: None,
    };
    match &parsed {
        Edtf::Date(date) => {
            (span.earliest, span.latest) = date_days(date).map_err(not_drawn)?;
            span.granularity = granularity(date);
            span.sub_year = date.month.and_then(|m| m.value()).filter(|&m| m >= 21);
        }
        Edtf::DateTime(date_time) => {
            (span.earliest, span.latest) = date_days(&date_time.date).map_err(not_drawn)?;
            span.granularity = Granularity::Day;
            let t = date_time.time;
            span.time = Some((t.hour, t.minute, t.second));
        }
        Edtf::Interval(interval) => {
            let start = endpoint_date(&interval.start).map(date_days).transpose();
            let end = endpoint_date(&interval.end).map(date_days).transpose();
            let (start, end) = match (start.map_err(not_drawn)?, end.map_err(not_drawn)?) {
                (None, None) => return Err(not_drawn("date-why-neither-end")),
                (Some(s), None) => (s, s),
                (None, Some(e)) => (e, e),
                (Some(s), Some(e)) => (s, e),
            };
            (span.earliest, span.latest) = (start.0, end.1);
            span.began_before = open_end(&interval.start);
            span.ongoing = open_end(&interval.end);
        }
        Edtf::Set(set) => {
            for element in &set.elements {
                let member = match element {
                    SetElement::Date(date) => date_days(date),
                    SetElement::Range(from, to) => {
                        date_days(from).and_then(|from| Ok((from.0, date_days(to)?.1)))
                    }
                    // `[..1760-12-03]`: that day or an earlier one; drawn as the day, its side
                    // open, as an interval's `..` end is.
                    SetElement::OnOrBefore(date) => {
                        span.began_before = Some(OpenEnd::OnOrBeyond);
                        date_days(date)
                    }
                    SetElement::OnOrAfter(date) => {
                        span.ongoing = Some(OpenEnd::OnOrBeyond);
                        date_days(date)
                    }
                };
                span.members.push(member.map_err(not_drawn)?);
            }
            span.all_members = set.kind == SetKind::AllMembers;
            span.earliest = span.members.iter().map(|m| m.0).min().unwrap_or_default();
            span.latest = span.members.iter().map(|m| m.1).max().unwrap_or_default();
            if span.members.is_empty() {
                return Err(not_drawn("date-why-set-empty"));
            }
        }
    }
    Ok(span)
}

/// Where and why `text` is not EDTF, with the forms to write when it is not shaped like a date.
fn not_edtf(text: &str, e: edtf_core::ParseError) -> DateError {
    let at = text
        .get(..e.offset)
        .map_or(1, |before| before.chars().count() + 1);
    let digits = text
        .trim_start_matches('-')
        .trim_end_matches(['~', '?', '%']);
    let hint = if ["range", "must be", "precedes"]
        .iter()
        .any(|w| e.message.contains(w))
    {
        // A day, month or hour that does not exist needs no lesson in the format.
        None
    } else if (2..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
        // The 2012 draft's decade (`193`) and century (`19`), which edtf.js still reads.
        Some(FormsHint::DecadeOrCentury)
    } else {
        Some(FormsHint::Everyday)
    };
    DateError::NotEdtf {
        text: text.to_owned(),
        message: e.message,
        at,
        part: text
            .get(e.offset..)
            .unwrap_or_default()
            .chars()
            .take(12)
            .collect(),
        hint,
    }
}

/// ISO 8601's century (`19`, the 1900s) and the EDTF 2012 draft's decade (`193`, the 1930s),
/// which edtf.js and older files still write: read as the years they stand for (`19XX`, `193X`),
/// a qualifier kept.
fn parse_decade_or_century(text: &str) -> Option<Edtf> {
    let digits = text.trim_start_matches('-');
    let qualifier = digits.trim_start_matches(|c: char| c.is_ascii_digit());
    let width = digits.len() - qualifier.len();
    if !(2..=3).contains(&width) || !["", "~", "?", "%"].contains(&qualifier) {
        return None;
    }
    let sign = &text[..text.len() - digits.len()];
    let years = format!(
        "{sign}{}{}{qualifier}",
        &digits[..width],
        "X".repeat(4 - width)
    );
    Edtf::parse(&years).ok()
}

/// A set written with spaces around its commas (`{1667, 1670..1672}`), as edtf.js and people
/// write it: read as the same set without them. Anything else is parsed as written, so errors
/// point into the text the user typed.
fn parse_set_with_spaces(text: &str) -> Option<Edtf> {
    if !(text.starts_with('[') || text.starts_with('{')) || !text.contains(' ') {
        return None;
    }
    let compact: String = text.split(',').map(str::trim).collect::<Vec<_>>().join(",");
    Edtf::parse(&compact).ok()
}

fn endpoint_date(end: &IntervalEndpoint) -> Option<&Date> {
    match end {
        IntervalEndpoint::Date(d)
        | IntervalEndpoint::OnOrBefore(d)
        | IntervalEndpoint::OnOrAfter(d) => Some(d),
        IntervalEndpoint::Open | IntervalEndpoint::Unknown => None,
    }
}

/// How an open or unknown interval end reads, or none for a dated one.
fn open_end(end: &IntervalEndpoint) -> Option<OpenEnd> {
    match end {
        IntervalEndpoint::Date(_) => None,
        IntervalEndpoint::Open => Some(OpenEnd::Open),
        IntervalEndpoint::Unknown => Some(OpenEnd::Unknown),
        IntervalEndpoint::OnOrBefore(_) | IntervalEndpoint::OnOrAfter(_) => {
            Some(OpenEnd::OnOrBeyond)
        }
    }
}

/// Years the timeline draws: 9999 BC (EDTF's -9998, its year 0 being 1 BC) to 9999, on the
/// proleptic Gregorian calendar.
const DRAWN_YEARS: std::ops::RangeInclusive<i64> = -9998..=9999;

/// First and last day of one EDTF date (unspecified digits widen it to every completion; seasons
/// 21–24 are the northern hemisphere's meteorological ones, as `edtf-core` reads them), if its
/// years are ones the timeline draws.
fn date_days(date: &Date) -> Result<(Day, Day), &'static str> {
    let out_of_years = "date-why-out-of-years";
    let day = |bound: Bound| match bound {
        Bound::Date(b) if DRAWN_YEARS.contains(&b.year) => {
            NaiveDate::from_ymd_opt(i32::try_from(b.year).ok()?, b.month.into(), b.day.into())
                .map(day_of)
        }
        _ => None,
    };
    let bounds = Edtf::Date(*date).bounds();
    // A year not known at all (XXXX-12-25) spans every year there is: nothing to draw.
    if let (Bound::Date(first), Bound::Date(last)) = (bounds.earliest, bounds.latest)
        && first.year <= 0
        && last.year >= 9999
    {
        return Err("date-why-year-unknown");
    }
    day(bounds.earliest)
        .zip(day(bounds.latest))
        .ok_or(out_of_years)
}

fn granularity(date: &Date) -> Granularity {
    if date.has_unspecified() || date.year.significant_digits.is_some() {
        return Granularity::Range;
    }
    match date.precision() {
        Precision::Day => Granularity::Day,
        Precision::Month => Granularity::Month,
        Precision::Season => Granularity::Season,
        Precision::Year => Granularity::Year,
    }
}

/// A day written out in the current language: "Wednesday 17 April 2024", "mercredi 17 avril
/// 2024"; a year before the era as "44 BC" / "44 av. J.-C.".
pub fn long_date(date: NaiveDate) -> String {
    written(date, "%A %-d %B %Y")
}

#[cfg(test)]
mod tests;
