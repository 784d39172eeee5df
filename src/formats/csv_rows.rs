//! What a row of each CSV layout neighbouring tools write says, in Chronomap's terms: Chronomap's
//! own columns (and lists with date/title/place/lat/lon columns), TimelineJS's Google Sheets
//! template, and ACLED's event exports. Each date becomes EDTF with its precision kept.

use crate::i18n::{tr, tr_with};
use chrono::{Datelike, Duration, NaiveDate};
use csv::StringRecord;

/// Where each column a layout uses is.
pub enum Layout {
    Chronomap(Columns),
    TimelineSheet(SheetColumns),
    Acled(AcledColumns),
}

pub struct Columns {
    date: usize,
    title: usize,
    id: Option<usize>,
    status: Option<usize>,
    places: Option<usize>,
    lon: Option<usize>,
    lat: Option<usize>,
    sources: Option<usize>,
    quotes: Option<usize>,
    quote: Option<usize>,
    notes: Option<usize>,
}

/// Knight Lab's template: Year, Month, Day, Time, End Year…, Display Date, Headline, Text, Media…
pub struct SheetColumns {
    year: usize,
    month: Option<usize>,
    day: Option<usize>,
    time: Option<usize>,
    end_year: Option<usize>,
    end_month: Option<usize>,
    end_day: Option<usize>,
    end_time: Option<usize>,
    headline: Option<usize>,
    text: Option<usize>,
    media: Option<usize>,
    group: Option<usize>,
    kind: Option<usize>,
}

/// ACLED's export: event_id_cnty, event_date, time_precision, event_type, sub_event_type, actor1,
/// location, latitude, longitude, source, notes, fatalities.
pub struct AcledColumns {
    date: usize,
    precision: Option<usize>,
    id: Option<usize>,
    event_type: Option<usize>,
    sub_event_type: Option<usize>,
    actor: Option<usize>,
    location: Option<usize>,
    lat: Option<usize>,
    lon: Option<usize>,
    source: Option<usize>,
    notes: Option<usize>,
    fatalities: Option<usize>,
}

/// One row in Chronomap's terms.
#[derive(Debug, Default, PartialEq)]
pub struct Row {
    pub id: Option<String>,
    pub edtf: String,
    pub title: String,
    pub status: String,
    /// Place ids or names.
    pub places: Vec<String>,
    pub coordinates: Option<(f64, f64)>,
    pub sources: Vec<String>,
    pub quotes: Vec<String>,
    /// Words quoted from the row's source.
    pub quote: String,
    pub notes: String,
}

impl Layout {
    /// The layout of a CSV file from its (trimmed, lower-cased) headers.
    pub fn of(headers: &[String]) -> Result<Layout, String> {
        let column = |names: &[&str]| headers.iter().position(|h| names.contains(&h.as_str()));
        if let Some(year) = column(&["year"])
            && column(&["headline"]).is_some()
        {
            return Ok(Layout::TimelineSheet(SheetColumns {
                year,
                month: column(&["month"]),
                day: column(&["day"]),
                time: column(&["time"]),
                end_year: column(&["end year"]),
                end_month: column(&["end month"]),
                end_day: column(&["end day"]),
                end_time: column(&["end time"]),
                headline: column(&["headline"]),
                text: column(&["text"]),
                media: column(&["media"]),
                group: column(&["group"]),
                kind: column(&["type"]),
            }));
        }
        if let Some(date) = column(&["event_date"])
            && column(&["title", "headline"]).is_none()
        {
            return Ok(Layout::Acled(AcledColumns {
                date,
                precision: column(&["time_precision"]),
                id: column(&["event_id_cnty", "event_id"]),
                event_type: column(&["event_type"]),
                sub_event_type: column(&["sub_event_type"]),
                actor: column(&["actor1"]),
                location: column(&["location"]),
                lat: column(&["latitude", "lat"]),
                lon: column(&["longitude", "lon"]),
                source: column(&["source"]),
                notes: column(&["notes"]),
                fatalities: column(&["fatalities"]),
            }));
        }
        let (Some(date), Some(title)) = (
            column(&["edtf", "date", "event_date"]),
            column(&["title", "headline", "event"]),
        ) else {
            return Err(tr("csv-needs-columns"));
        };
        Ok(Layout::Chronomap(Columns {
            date,
            title,
            id: column(&["id"]),
            status: column(&["status"]),
            places: column(&["places", "place", "location"]),
            lon: column(&["lon", "longitude"]),
            lat: column(&["lat", "latitude"]),
            sources: column(&["sources", "source"]),
            quotes: column(&["quotes"]),
            quote: column(&["quote", "excerpt"]),
            notes: column(&["notes"]),
        }))
    }

    /// What the file is, as a row's problem names it.
    pub fn name(&self) -> String {
        tr(match self {
            Layout::Chronomap(_) => "csv-layout-events",
            Layout::TimelineSheet(_) => "csv-layout-timelinejs",
            Layout::Acled(_) => "csv-layout-acled",
        })
    }

    /// What `record` says, none for a row that is not an event (TimelineJS's title slide and
    /// eras), or what is wrong with it. `decimal_comma`: numbers are written "39,51" (a CSV
    /// separated by ";", as Excel writes it in French and other locales).
    pub fn row(&self, record: &StringRecord, decimal_comma: bool) -> Result<Option<Row>, String> {
        let cell = |col: Option<usize>| {
            col.and_then(|c| record.get(c))
                .map(str::trim)
                .unwrap_or_default()
        };
        let number = |col: Option<usize>| {
            let text = cell(col);
            let text = if decimal_comma {
                text.replace(',', ".")
            } else {
                text.to_owned()
            };
            text.parse::<f64>().ok()
        };
        let coordinates = |lon, lat| number(lon).zip(number(lat));
        let nonempty = |text: &str| Some(text.to_owned()).filter(|t| !t.is_empty());
        match self {
            Layout::Chronomap(c) => Ok(Some(Row {
                id: nonempty(cell(c.id)),
                edtf: cell(Some(c.date)).to_owned(),
                title: cell(Some(c.title)).to_owned(),
                status: cell(c.status).to_owned(),
                places: split_ids(cell(c.places)),
                coordinates: coordinates(c.lon, c.lat),
                sources: split_ids(cell(c.sources)),
                quotes: split_ids(cell(c.quotes)),
                quote: cell(c.quote).to_owned(),
                notes: cell(c.notes).to_owned(),
            })),
            Layout::TimelineSheet(c) => {
                if matches!(cell(c.kind).to_lowercase().as_str(), "title" | "era") {
                    return Ok(None);
                }
                let start =
                    sheet_date(cell(Some(c.year)), cell(c.month), cell(c.day), cell(c.time))?;
                let edtf = match cell(c.end_year) {
                    "" => start,
                    year => {
                        let end =
                            sheet_date(year, cell(c.end_month), cell(c.end_day), cell(c.end_time))?;
                        // An interval is of days; times of day are kept only on a single date.
                        format!("{}/{}", day_part(&start), day_part(&end))
                    }
                };
                let mut notes = vec![cell(c.text).to_owned()];
                if let Some(media) = nonempty(cell(c.media)) {
                    notes.push(format!("Media: {media}"));
                }
                if let Some(group) = nonempty(cell(c.group)) {
                    notes.push(format!("Group: {group}"));
                }
                Ok(Some(Row {
                    edtf,
                    title: cell(c.headline).to_owned(),
                    notes: join_lines(notes),
                    ..Row::default()
                }))
            }
            Layout::Acled(c) => {
                let edtf = acled_date(cell(Some(c.date)), cell(c.precision))?;
                let what = nonempty(cell(c.sub_event_type))
                    .or_else(|| nonempty(cell(c.event_type)))
                    .unwrap_or_else(|| "Event".to_owned());
                let location = cell(c.location);
                let title = match location {
                    "" => what,
                    location => format!("{what} — {location}"),
                };
                let mut notes = vec![cell(c.notes).to_owned()];
                for (label, col) in [
                    ("Event type", c.event_type),
                    ("Actor", c.actor),
                    ("Fatalities", c.fatalities),
                    ("Source (ACLED)", c.source),
                ] {
                    if let Some(value) = nonempty(cell(col)) {
                        notes.push(format!("{label}: {value}"));
                    }
                }
                Ok(Some(Row {
                    id: nonempty(cell(c.id)),
                    edtf,
                    title,
                    places: nonempty(location).into_iter().collect(),
                    coordinates: coordinates(c.lon, c.lat),
                    notes: join_lines(notes),
                    ..Row::default()
                }))
            }
        }
    }
}

fn join_lines(parts: Vec<String>) -> String {
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn split_ids(cell: &str) -> Vec<String> {
    cell.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The date part of an EDTF date-time.
fn day_part(edtf: &str) -> &str {
    edtf.split('T').next().unwrap_or(edtf)
}

/// A template row's date as EDTF: "2024", "2024-04", "2024-04-17", "2024-04-17T20:02:00".
fn sheet_date(year: &str, month: &str, day: &str, time: &str) -> Result<String, String> {
    let part = |text: &str, what: &str, range: std::ops::RangeInclusive<u32>| {
        text.parse::<u32>()
            .ok()
            .filter(|n| range.contains(n))
            .ok_or_else(|| {
                tr_with(
                    "csv-part-out-of-range",
                    &[
                        ("what", what.to_owned().into()),
                        ("text", text.to_owned().into()),
                        ("from", (*range.start()).into()),
                        ("to", (*range.end()).into()),
                    ],
                )
            })
    };
    let year: i32 = year
        .parse()
        .ok()
        .filter(|y| (1..=9999).contains(y))
        .ok_or_else(|| tr_with("csv-year", &[("year", year.to_owned().into())]))?;
    let mut edtf = format!("{year:04}");
    if month.is_empty() {
        return Ok(edtf);
    }
    edtf.push_str(&format!("-{:02}", part(month, "Month", 1..=12)?));
    if day.is_empty() {
        return Ok(edtf);
    }
    edtf.push_str(&format!("-{:02}", part(day, "Day", 1..=31)?));
    if let Some((h, m, s)) = clock(time)? {
        edtf.push_str(&format!("T{h:02}:{m:02}:{s:02}"));
    }
    Ok(edtf)
}

/// "20:02", "20:02:30", "8:02 PM": hour, minute, second; none for an empty cell.
fn clock(time: &str) -> Result<Option<(u32, u32, u32)>, String> {
    if time.is_empty() {
        return Ok(None);
    }
    let lower = time.to_lowercase();
    let (clock, offset) = match (lower.strip_suffix("pm"), lower.strip_suffix("am")) {
        (Some(clock), _) => (clock.trim(), Some(12)),
        (_, Some(clock)) => (clock.trim(), Some(0)),
        _ => (lower.as_str(), None),
    };
    let parts: Vec<Option<u32>> = clock.split(':').map(|p| p.trim().parse().ok()).collect();
    let bad = || tr_with("csv-time", &[("time", time.to_owned().into())]);
    let (h, m, s) = match parts[..] {
        [Some(h), Some(m)] => (h, m, 0),
        [Some(h), Some(m), Some(s)] => (h, m, s),
        _ => return Err(bad()),
    };
    let h = match offset {
        Some(offset) if (1..=12).contains(&h) => h % 12 + offset,
        Some(_) => return Err(bad()),
        None => h,
    };
    if h > 23 || m > 59 || s > 59 {
        return Err(bad());
    }
    Ok(Some((h, m, s)))
}

/// ACLED's date ("2024-04-17" or "17 April 2024") with its time_precision: 1 the day, 2 a day of
/// that week (Monday to Sunday, approximate), 3 a day of that month (approximate).
fn acled_date(date: &str, precision: &str) -> Result<String, String> {
    let day = NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(date, "%d %B %Y"))
        .map_err(|_| tr_with("csv-event-date", &[("date", date.to_owned().into())]))?;
    match precision {
        "" | "1" => Ok(day.format("%Y-%m-%d").to_string()),
        "2" => {
            let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
            let sunday = monday + Duration::days(6);
            Ok(format!(
                "{}~/{}~",
                monday.format("%Y-%m-%d"),
                sunday.format("%Y-%m-%d")
            ))
        }
        "3" => Ok(day.format("%Y-%m~").to_string()),
        other => Err(tr_with(
            "csv-time-precision",
            &[("given", other.to_owned().into())],
        )),
    }
}

/// The separator of a CSV text: ";" when its first line has more of them than commas (Excel in
/// French and other locales where the comma is the decimal mark), else ",".
pub fn separator(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    let count = |c| first.matches(c).count();
    if count(';') > count(',') { b';' } else { b',' }
}

/// The order of day and month in a date like 03/04/2024, which spreadsheets write in the order of
/// their locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// 17/04/2024: day, month, year (most of the world).
    DayFirst,
    /// 04/17/2024: month, day, year (the United States).
    MonthFirst,
}

impl DateOrder {
    pub fn label(self) -> String {
        tr(match self {
            DateOrder::DayFirst => "csv-day-first",
            DateOrder::MonthFirst => "csv-month-first",
        })
    }
}

/// The two numbers before the year of a date written 17/04/2024, 17.04.2024 or 17-04-2024, and
/// the year; none for anything else (EDTF and ISO dates among them).
pub fn numeric_date(text: &str) -> Option<(u32, u32, i32)> {
    let parts: Vec<&str> = text.trim().split(['/', '.', '-']).collect();
    let [a, b, year] = parts.as_slice() else {
        return None;
    };
    let short = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit());
    if !short(a) || !short(b) || year.len() != 4 || !year.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, year.parse().ok()?))
}

/// A date written 17/04/2024 as EDTF, read in `order`; none when it is not such a date or not a
/// day of the calendar.
pub fn numeric_to_edtf(text: &str, order: DateOrder) -> Option<String> {
    let (a, b, year) = numeric_date(text)?;
    let (day, month) = match order {
        DateOrder::DayFirst => (a, b),
        DateOrder::MonthFirst => (b, a),
    };
    chrono::NaiveDate::from_ymd_opt(year, month, day)?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// What a date settles of the order: a first number over 12 is a day, a second one a day too.
pub fn settles(text: &str) -> Option<DateOrder> {
    let (a, b, _) = numeric_date(text)?;
    match (a > 12, b > 12) {
        (true, false) => Some(DateOrder::DayFirst),
        (false, true) => Some(DateOrder::MonthFirst),
        _ => None,
    }
}

/// The days a date written 22/10/2023 can be, as EDTF: the one its numbers settle (a first number
/// over 12 is a day), else both readings that are days of the calendar (one when they agree).
pub fn readings(text: &str) -> Vec<String> {
    let orders = match settles(text) {
        Some(order) => vec![order],
        None => vec![DateOrder::DayFirst, DateOrder::MonthFirst],
    };
    let mut days: Vec<String> = orders
        .into_iter()
        .filter_map(|order| numeric_to_edtf(text, order))
        .collect();
    days.dedup();
    days
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_as_people_write_it_reads_as_the_days_it_can_be() {
        assert_eq!(readings("22/10/2023"), ["2023-10-22"]);
        assert_eq!(readings("10/22/2023"), ["2023-10-22"]);
        assert_eq!(readings("05.04.2024"), ["2024-04-05", "2024-05-04"]);
        assert_eq!(readings("07/07/2024"), ["2024-07-07"]);
        assert!(readings("31/02/2024").is_empty(), "not a day either way");
        assert!(readings("2024-04-17").is_empty(), "EDTF is not such a date");
    }

    #[test]
    fn template_dates_keep_their_precision_and_time() {
        assert_eq!(sheet_date("2024", "", "", ""), Ok("2024".to_owned()));
        assert_eq!(sheet_date("2024", "4", "", ""), Ok("2024-04".to_owned()));
        assert_eq!(
            sheet_date("2024", "4", "17", "20:02"),
            Ok("2024-04-17T20:02:00".to_owned())
        );
        assert_eq!(
            sheet_date("2024", "4", "17", "8:02 PM"),
            Ok("2024-04-17T20:02:00".to_owned())
        );
        assert_eq!(
            sheet_date("2024", "4", "17", "12:30 AM"),
            Ok("2024-04-17T00:30:00".to_owned())
        );
        assert!(sheet_date("2024", "13", "", "").is_err());
        assert!(sheet_date("-500", "", "", "").is_err());
        assert!(sheet_date("2024", "4", "17", "25:00").is_err());
    }

    #[test]
    fn acled_precision_becomes_a_day_an_approximate_week_or_month() {
        assert_eq!(acled_date("2024-04-17", "1"), Ok("2024-04-17".to_owned()));
        assert_eq!(
            acled_date("17 April 2024", "1"),
            Ok("2024-04-17".to_owned())
        );
        // Wednesday 17 April 2024: its week is Monday 15 to Sunday 21.
        assert_eq!(
            acled_date("2024-04-17", "2"),
            Ok("2024-04-15~/2024-04-21~".to_owned())
        );
        assert_eq!(acled_date("2024-04-17", "3"), Ok("2024-04~".to_owned()));
        assert!(acled_date("2024-04-17", "4").is_err());
        assert!(acled_date("17/04/2024", "1").is_err());
    }

    #[test]
    fn excel_separators_are_told_apart() {
        assert_eq!(separator("date;title;lat\n"), b';');
        assert_eq!(separator("date,title,notes\n"), b',');
    }
}
