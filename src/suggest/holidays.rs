//! Holidays people date by, on the Gregorian calendar: fixed days, days counted from Easter (Western
//! or Orthodox), and nth weekdays of a month. Each is found by its names in French and English and
//! resolved to the one in the year written, or the next (looking ahead) or last one.

use super::calendar::{self, Grain};
use super::lunar::{self, Lunar};
use super::resolve::resolved;
use super::rule::{Context, Resolved};
use chrono::{Datelike, Days, NaiveDate, Weekday};
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// How a holiday's day is found in a year.
#[derive(Clone, Copy)]
enum When {
    Fixed(u32, u32),
    /// Days after (before, if negative) Western Easter Sunday.
    Easter(i64),
    /// Days after Orthodox Easter Sunday.
    OrthodoxEaster(i64),
    /// The nth weekday of a month (from the end if n < 0), plus days.
    NthWeekday(u32, Weekday, i32, i64),
    /// A fixed day moved off Sunday to Saturday (King's Day).
    FixedOffSunday(u32, u32),
    /// A fixed day moved to the nearest weekday (Boss's Day).
    FixedNearestWeekday(u32, u32),
    /// A holiday of the Islamic, Hebrew or Chinese calendar.
    Lunar(Lunar),
}

/// Names (a regular expression, case ignored) and when each holiday falls.
const HOLIDAYS: [(&str, When); 51] = [
    (
        r"(?:christmas|xmas|no[eë]l)(?: day)?|jour de no[eë]l",
        When::Fixed(12, 25),
    ),
    (
        r"new year'?s eve|la saint-sylvestre|saint-sylvestre",
        When::Fixed(12, 31),
    ),
    (r"new year'?s day|jour de l'an|nouvel an", When::Fixed(1, 1)),
    (r"halloween", When::Fixed(10, 31)),
    (
        r"valentine'?s? day|la saint-valentin|saint-valentin",
        When::Fixed(2, 14),
    ),
    (
        r"(?:st|saint) (?:patrick'?s|paddy'?s|patricks) day",
        When::Fixed(3, 17),
    ),
    (
        r"la toussaint|toussaint|all saints'? day",
        When::Fixed(11, 1),
    ),
    (r"bastille day", When::Fixed(7, 14)),
    (r"world vegan day", When::Fixed(11, 1)),
    (r"(?:v|b)ais?akhi|vaishakhi|vasakhi", When::Fixed(4, 14)),
    (r"koningsdag|king'?s day", When::FixedOffSunday(4, 27)),
    (r"boss'?s day|boss day", When::FixedNearestWeekday(10, 16)),
    // Easter Monday before Easter: of names that start alike, the pattern takes the first.
    (r"easter mon(?:day)?|lundi de p[aâ]ques", When::Easter(1)),
    (
        r"easter(?: sunday)?|p[aâ]ques|dimanche de p[aâ]ques",
        When::Easter(0),
    ),
    (
        r"maundy thursday|covenant thu|thu of mysteries|jeudi saint",
        When::Easter(-3),
    ),
    (r"good friday|vendredi saint", When::Easter(-2)),
    (
        r"palm sunday|branch sunday|dimanche des rameaux",
        When::Easter(-7),
    ),
    (r"pentecost|white sunday|pentec[oô]te", When::Easter(49)),
    (
        r"whit monday|monday of the holy spirit|lundi de pentec[oô]te",
        When::Easter(50),
    ),
    (r"trinity sunday", When::Easter(56)),
    (
        r"ascension day|jeudi de l'ascension|l'ascension",
        When::Easter(39),
    ),
    (r"shrove tuesday|pancake day|mardi gras", When::Easter(-47)),
    (r"orthodox (?:good|great) friday", When::OrthodoxEaster(-2)),
    (r"orthodox easter(?: sunday)?", When::OrthodoxEaster(0)),
    (
        r"(?:martin luther king'?s?|mlk)(?: jr\.?)? day",
        When::NthWeekday(1, Weekday::Mon, 3, 0),
    ),
    (r"black friday", When::NthWeekday(11, Weekday::Thu, 4, 1)),
    (
        r"eid al[- ]adha|id ul[- ]adha|sacrifice feast|feast of (?:the )?sacrifice|bakri? id|a[iï]d el[- ]k[eé]bir|a[iï]d al[- ]adha",
        When::Lunar(Lunar::Hijri(12, 10, 1)),
    ),
    (
        r"eid al[- ]fitr|id ul[- ]fitr|a[iï]d el[- ]fitr",
        When::Lunar(Lunar::Hijri(10, 1, 1)),
    ),
    (r"ramadh?an", When::Lunar(Lunar::Hijri(9, 1, 0))),
    (
        r"laylat al[- ]?(?:qadr|kadr)|night of (?:measures|power)",
        When::Lunar(Lunar::Hijri(9, 27, 1)),
    ),
    (
        r"jumu'?atul[- ]wida|jamat ul[- ]vida",
        When::Lunar(Lunar::LastFridayOfRamadan),
    ),
    (
        r"isra and mi'?raj|the prophet'?s ascension|the night journey|ascension to heaven",
        When::Lunar(Lunar::Hijri(7, 27, 1)),
    ),
    (
        r"islamic new year|hijri new year|amun jadid|nouvel an (?:musulman|islamique|hégirien)",
        When::Lunar(Lunar::Hijri(1, 1, 1)),
    ),
    (
        r"mawlid(?: al[- ]nabawi)?|mouloud",
        When::Lunar(Lunar::Hijri(3, 12, 1)),
    ),
    (
        r"(?:day of )?ashura|achoura",
        When::Lunar(Lunar::Hijri(1, 10, 1)),
    ),
    (r"rosh hashann?ah?", When::Lunar(Lunar::Hebrew(1, 1, 2))),
    (r"yom kippou?r", When::Lunar(Lunar::Hebrew(1, 10, 0))),
    (
        r"sukkot|succos|souccot|feast of (?:the )?(?:ingathering|tabernacles)",
        When::Lunar(Lunar::Hebrew(1, 15, 8)),
    ),
    (r"shemini atzeret", When::Lunar(Lunar::Hebrew(1, 22, 0))),
    (r"simchat torah", When::Lunar(Lunar::Hebrew(1, 23, 0))),
    (
        r"c?hann?ukk?ah?|chanukah|hanoucca",
        When::Lunar(Lunar::Hebrew(3, 25, 7)),
    ),
    (r"tu bishvat", When::Lunar(Lunar::Hebrew(5, 15, 0))),
    (r"shushan purim", When::Lunar(Lunar::Hebrew(6, 15, 0))),
    (r"purim|pourim", When::Lunar(Lunar::Hebrew(6, 14, 0))),
    (
        r"passover|pesach|p[aâ]que juive",
        When::Lunar(Lunar::Hebrew(7, 15, 8)),
    ),
    (
        r"yom hashoah|holocaust (?:remembrance )?day",
        When::Lunar(Lunar::YomHaShoah),
    ),
    (r"yom ha'?atzmaut", When::Lunar(Lunar::YomHaatzmaut)),
    (r"lag b'?a?omer", When::Lunar(Lunar::Hebrew(8, 18, 0))),
    (
        r"shavuot|shavuos|chavouot",
        When::Lunar(Lunar::Hebrew(9, 6, 2)),
    ),
    (r"tisha b'?av", When::Lunar(Lunar::Hebrew(11, 9, 0))),
    (
        r"chinese (?:lunar )?new year'?s?(?: day)?|lunar new year|nouvel an chinois",
        When::Lunar(Lunar::ChineseNewYear),
    ),
];

/// Every holiday's names, one alternation for the rule's pattern.
pub(super) fn names() -> String {
    HOLIDAYS
        .iter()
        .map(|(names, _)| format!("(?:{names})"))
        .collect::<Vec<_>>()
        .join("|")
}

/// Each holiday's names on their own, to tell which one a match names.
static EACH: LazyLock<Vec<(Option<Regex>, When)>> = LazyLock::new(|| {
    HOLIDAYS
        .iter()
        .map(|(names, when)| (Regex::new(&format!("(?i)^(?:{names})$")).ok(), *when))
        .collect()
});

/// Western Easter Sunday of `year` (the anonymous Gregorian computus).
fn easter(year: i32) -> Option<NaiveDate> {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Orthodox Easter Sunday of `year` on the Gregorian calendar (Meeus's Julian computus, plus the
/// 13 days between the calendars from 1900 to 2099).
fn orthodox_easter(year: i32) -> Option<NaiveDate> {
    let (a, b, c) = (year % 4, year % 7, year % 19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let julian =
        NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)?;
    julian.checked_add_days(Days::new(13))
}

fn plus(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    calendar::shift(date, Grain::Day, days)
}

/// The holiday's first and last day in `year`.
fn days_in(when: When, year: i32) -> Option<(NaiveDate, NaiveDate)> {
    match when {
        When::Lunar(lunar) => lunar::in_year(lunar, year),
        other => day_in(other, year).map(|day| (day, day)),
    }
}

fn day_in(when: When, year: i32) -> Option<NaiveDate> {
    match when {
        When::Lunar(lunar) => lunar::in_year(lunar, year).map(|(first, _)| first),
        When::Fixed(m, d) => NaiveDate::from_ymd_opt(year, m, d),
        When::Easter(days) => plus(easter(year)?, days),
        When::OrthodoxEaster(days) => plus(orthodox_easter(year)?, days),
        When::NthWeekday(m, weekday, n, days) => {
            let nth =
                NaiveDate::from_weekday_of_month_opt(year, m, weekday, u8::try_from(n).ok()?)?;
            plus(nth, days)
        }
        When::FixedOffSunday(m, d) => {
            let day = NaiveDate::from_ymd_opt(year, m, d)?;
            if day.weekday() == Weekday::Sun {
                day.pred_opt()
            } else {
                Some(day)
            }
        }
        When::FixedNearestWeekday(m, d) => {
            let day = NaiveDate::from_ymd_opt(year, m, d)?;
            match day.weekday() {
                Weekday::Sat => day.pred_opt(),
                Weekday::Sun => day.succ_opt(),
                _ => Some(day),
            }
        }
    }
}

/// "Christmas", "next Easter", "black friday 2017", "la Toussaint", "MLK day": the holiday in the
/// year written; else "next"/"last" or the sentence's direction pick the one after or before
/// publication.
pub(super) fn holiday(c: &Captures, x: &Context) -> Option<Resolved> {
    let name = c.name("h")?.as_str();
    let when = EACH
        .iter()
        .find(|(names, _)| names.as_ref().is_some_and(|n| n.is_match(name)))?
        .1;
    let direction = c.name("dir").map(|d| d.as_str().to_lowercase());
    let year = match (c.name("y"), c.name("this")) {
        (Some(y), _) => Some((y.as_str().parse().ok()?, "suggest-year-as-written")),
        (None, Some(_)) => Some((x.published.year(), "suggest-year-of-publication")),
        (None, None) => None,
    };
    let (date, why) = match year {
        Some((y, why)) => (days_in(when, y)?, crate::i18n::tr(why)),
        None => {
            let ahead = match direction.as_deref() {
                Some("next" | "prochain" | "prochaine") => true,
                Some("last" | "dernier" | "derniere" | "dernière") => false,
                _ => x.forward || direction.is_some(),
            };
            let year = x.published.year();
            let date = if ahead {
                (year..=year + 1)
                    .filter_map(|y| days_in(when, y))
                    .find(|d| d.0 >= x.published)?
            } else {
                (year - 1..=year)
                    .rev()
                    .filter_map(|y| days_in(when, y))
                    .find(|d| d.0 < x.published)?
            };
            let why = crate::i18n::tr(if ahead {
                "suggest-next-one"
            } else {
                "suggest-last-one"
            });
            (date, why)
        }
    };
    let (first, last) = date;
    let (edtf, said) = if first == last {
        (calendar::day(first), calendar::long(first))
    } else {
        let days = format!("{}/{}", calendar::day(first), calendar::day(last));
        let said = crate::i18n::tr_with(
            "suggest-days-from-to",
            &[
                ("from", calendar::long(first).into()),
                ("to", calendar::long(last).into()),
            ],
        );
        (days, said)
    };
    resolved(
        edtf,
        super::resolve::to_said_because(c.get(0)?.as_str(), said, why),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_and_the_days_counted_from_it_fall_where_the_calendars_put_them() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(easter(2013), date(2013, 3, 31));
        assert_eq!(easter(2024), date(2024, 3, 31));
        assert_eq!(easter(2010), date(2010, 4, 4));
        assert_eq!(orthodox_easter(2018), date(2018, 4, 8));
        assert_eq!(orthodox_easter(2024), date(2024, 5, 5));
        assert_eq!(
            day_in(When::NthWeekday(1, Weekday::Mon, 3, 0), 2014),
            date(2014, 1, 20)
        );
        assert_eq!(
            day_in(When::NthWeekday(11, Weekday::Thu, 4, 1), 2017),
            date(2017, 11, 24)
        );
        assert_eq!(
            day_in(When::FixedNearestWeekday(10, 16), 2016),
            date(2016, 10, 17)
        );
        assert_eq!(day_in(When::FixedOffSunday(4, 27), 2014), date(2014, 4, 26));
    }
}
