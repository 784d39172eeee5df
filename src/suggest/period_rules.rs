//! The rules for expressions built on periods, weekdays with what places them, counts of units,
//! numeric dates and ranges, in French and English: one rule per kind of expression, each a
//! pattern and its resolver (`periods`, `numeric`).

use super::numeric;
use super::periods::*;
use super::rule::{Rule, rule};
use super::words::*;

/// A period as English writes it: "next week", "the month", "this quarter", "October 2014", "2012".
fn en_period() -> String {
    format!(
        r"(?:the )?(?:(?:this|current|coming|upcoming|next|following|last|past|previous|around next) )?(?:week|month|year|yr|quarter|qtr)|{EN_MONTH}(?:,? \d{{4}})?|\d{{4}}"
    )
}

/// A period as French writes it: "la semaine prochaine", "mois prochain", "l'année", "avril",
/// "mois d'avril", "octobre 2014", "2014".
fn fr_period() -> String {
    format!(
        r"(?:(?:la |cette |le |ce |l'|l’)?(?:semaine|mois|année|annee|an)(?: (?:prochaine?|suivante?|dernière|derniere|dernier|passée?|précédente?|d'après|d’après|qui suit))?)|(?:(?:le |au )?mois (?:de |d'|d’))?{FR_MONTH}(?: \d{{4}})?|\d{{4}}"
    )
}

const EN_MONTH_FULL: &str =
    "january|february|march|april|june|july|august|september|october|november|december";
const FR_MONTH_FULL: &str = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";

pub(super) fn rules() -> Vec<Option<Rule>> {
    let (en_p, fr_p) = (en_period(), fr_period());
    let holidays = super::holidays::names();
    vec![
        // Holidays.
        rule!(
            "en-holiday",
            "en",
            format!(
                r"\b(?:(?P<dir>next|last|this) )?(?:the )?(?P<h>{holidays})(?:,? (?:of )?(?P<this>this year)|,? (?P<y>\d{{4}}))?\b"
            ),
            super::holidays::holiday
        ),
        rule!(
            "fr-holiday",
            "fr",
            format!(
                r"\b(?P<h>{holidays})(?: (?P<dir>prochaine?|derni(?:er|ère)))?(?: (?P<y>\d{{4}}))?"
            ),
            super::holidays::holiday
        ),
        // Numeric dates.
        rule!(
            "iso-date",
            "any",
            r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b",
            numeric::iso_date
        ),
        rule!(
            "year-month",
            "any",
            r"\b(?P<y>\d{4})[-/](?P<m>\d{1,2})\b|\b(?P<m2>\d{1,2})/(?P<y2>\d{4})\b",
            numeric::year_month
        ),
        rule!(
            "fr-numeric-date",
            "fr",
            r"\b(?:le )?(?P<a>\d{1,2})(?P<sep>[/. ])(?P<b>\d{1,2})(?:[/. ](?P<y>\d{4}|\d{2}))?\b",
            numeric::numeric_date
        ),
        rule!(
            "en-numeric-date",
            "en",
            r"\b(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})[/.](?P<y>\d{4}|\d{2})\b",
            numeric::numeric_date
        ),
        // Periods.
        rule!(
            "en-period",
            "en",
            format!(
                r"\b(?:in |during |for )?(?:the )?(?P<p>(?:this|current|coming|upcoming|next|following|last|past|previous|around next) (?:week|month|year|yr|quarter|qtr))\b"
            ),
            period_alone
        ),
        rule!(
            "en-month-alone",
            "en",
            format!(
                r"\b(?P<p>(?:next )?(?:{EN_MONTH_FULL})(?: after next| in (?:a|1|one) year)?)\b"
            ),
            period_alone
        ),
        rule!(
            "fr-week",
            "fr",
            r"\b(?:dans )?(?P<p>(?:cette|la) semaine(?: (?:prochaine|suivante|dernière|derniere|passée|passee|qui suit|d'après|d’après))?)",
            period_alone
        ),
        rule!(
            "fr-month",
            "fr",
            r"\b(?P<p>(?:ce|le) mois(?: (?:prochain|suivant|dernier|passé|précédent))?)",
            period_alone
        ),
        rule!(
            "fr-year-word",
            "fr",
            r"\b(?P<p>(?:cette |l'|l’)(?:année|annee|an)(?: (?:prochaine|dernière|derniere|passée|passee))?)",
            period_alone
        ),
        rule!(
            "fr-month-alone",
            "fr",
            format!(r"(?P<p>\b(?:{FR_MONTH_FULL}))\b"),
            period_alone
        ),
        rule!(
            "en-quarter",
            "en",
            r"\b(?:the )?(?P<n>first|1st|second|2nd|third|3rd|fourth|4th) (?:quarter|qtr)(?:,? (?:of )?(?P<y>\d{4}))?\b|\b(?P<y2>\d{4}|\d{2}) ?q(?P<q>[1-4])\b",
            numeric::quarter
        ),
        rule!(
            "en-season-now",
            "en",
            r"\b(?:this|current) (?P<s>summer|winter|spring|autumn|fall)\b",
            numeric::current_season
        ),
        rule!(
            "fr-season-now",
            "fr",
            r"(?:cet |cette )(?P<s>été|ete|hiver|automne|printemps)",
            numeric::current_season
        ),
        // Parts of periods.
        rule!(
            "en-part-of-period",
            "en",
            format!(
                r"\b(?:at )?(?:the )?(?P<part>beginning|start|end|middle|early|mid|late)(?: of)?(?: the)? (?P<p>{en_p})\b"
            ),
            part_of_period
        ),
        rule!(
            "en-part-abbreviated",
            "en",
            r"\b(?:at )?(?:the )?(?P<part>EOM|BOM|EOY|BOY)\b",
            part_of_period
        ),
        rule!(
            "fr-part-of-period",
            "fr",
            format!(
                r"(?P<fr>)\b(?:en |au |à la |a la )?(?P<part>début|debut|milieu|fin)(?: du| de la| de l'| de l’| de| d'| d’)? ?(?P<p>{fr_p})"
            ),
            part_of_period
        ),
        rule!(
            "fr-mid-month",
            "fr",
            format!(r"(?P<fr>)\b(?P<part>mi)-(?P<p>{FR_MONTH}(?: \d{{4}})?)"),
            part_of_period
        ),
        rule!(
            "en-mid-month",
            "en",
            format!(r"\b(?P<part>mid)-(?P<p>{EN_MONTH}(?: \d{{4}})?)\b"),
            part_of_period
        ),
        rule!(
            "fr-working-week",
            "fr",
            r"\ben semaine\b",
            numeric::working_week
        ),
        rule!(
            "fr-fortnight",
            "fr",
            format!(
                r"\b(?:la )?(?P<n>première|premiere|1re|deuxième|deuxieme|seconde|2e) quinzaine (?:du mois )?(?:de |d'|d’)(?P<p>{FR_MONTH}(?: \d{{4}})?)"
            ),
            fortnight
        ),
        // Counts of units.
        rule!(
            "en-next-units",
            "en",
            format!(
                r"\b(?:the |within the |in the |over the |for the )?(?:next|last|past|previous|coming) (?P<n>{EN_COUNT}) (?P<u>{EN_UNIT})\b"
            ),
            count_of_units
        ),
        rule!(
            "fr-next-units",
            "fr",
            format!(
                r"\b(?:les |aux |dans les |ces )?(?P<n>{FR_COUNT}) (?:prochaine?s?|derni(?:er|ère|ere)s?) (?P<u>{FR_UNIT})"
            ),
            count_of_units
        ),
        rule!(
            "fr-units-next",
            "fr",
            format!(
                r"\b(?:les |aux |dans les |ces )?(?P<n>{FR_COUNT}) (?P<u>{FR_UNIT}) (?:passée?s?|suivante?s?|prochaine?s?|derni(?:er|ère|ere)s?)"
            ),
            count_of_units
        ),
        rule!(
            "en-upcoming-units",
            "en",
            format!(
                r"\b(?:upcoming (?P<n>{EN_COUNT}) (?P<u>{EN_UNIT})|(?P<n2>{EN_COUNT}) upcoming (?P<u2>{EN_UNIT}))\b"
            ),
            numeric::upcoming
        ),
        rule!(
            "en-in-units",
            "en",
            format!(
                r"\b(?:in|within) (?P<n>{EN_COUNT}) (?P<u>{EN_UNIT})\b|\b(?P<n2>{EN_COUNT}) (?P<u2>{EN_UNIT}) (?:from (?:now|today)|hence)\b"
            ),
            numeric::offset_either
        ),
        rule!(
            "fr-in-units",
            "fr",
            format!(r"\bdans (?P<n>{FR_COUNT}) (?P<u>{FR_UNIT})"),
            offset
        ),
        rule!(
            "en-weekdays-away",
            "en",
            format!(r"\b(?P<n>{EN_COUNT}) (?P<w>{EN_WEEKDAY}) (?:from now|ago|back|hence)\b"),
            weekdays_away
        ),
        rule!(
            "fr-later",
            "fr",
            format!(
                r"\b(?P<n>{FR_COUNT}) (?P<u>jours?|semaines?) (?:après|apres|plus tard|plus tôt|plus tot|auparavant|avant)\b"
            ),
            numeric::after_anchor
        ),
        rule!(
            "en-later",
            "en",
            format!(r"\b(?P<n>{EN_COUNT}) (?P<u>days?|weeks?) (?:later|after|earlier|before)\b"),
            numeric::after_anchor
        ),
        // Weekdays placed by a week or a word.
        rule!(
            "en-next-weekday",
            "en",
            format!(r"\b(?:around )?next (?P<w>{EN_WEEKDAY})"),
            |c, x| weekday_of_week(c, x, 1)
        ),
        rule!(
            "en-weekday-next-week",
            "en",
            format!(r"\b(?P<w>{EN_WEEKDAY}) (?:of next week|next week|after next)\b"),
            |c, x| weekday_of_week(c, x, 1)
        ),
        rule!(
            "en-weekday-this-week",
            "en",
            format!(r"\b(?P<w>{EN_WEEKDAY}) of this week\b"),
            |c, x| weekday_of_week(c, x, 0)
        ),
        rule!(
            "en-weekday-last-week",
            "en",
            format!(
                r"\b(?P<w>{EN_WEEKDAY}) (?:from|of) last week\b|\blast week's (?P<w2>{EN_WEEKDAY})"
            ),
            numeric::weekday_last_week
        ),
        rule!(
            "en-last-weekday",
            "en",
            format!(r"\blast (?P<w>{EN_WEEKDAY})"),
            |c, x| weekday_next_or_last(c, x, false, false)
        ),
        rule!(
            "en-this-weekday",
            "en",
            format!(r"\bthis (?P<w>{EN_WEEKDAY})"),
            |c, x| weekday_next_or_last(c, x, x.forward, true)
        ),
        rule!(
            "fr-weekday-next",
            "fr",
            format!(r"\b(?P<w>{FR_WEEKDAY}) prochain\b"),
            |c, x| weekday_next_or_last(c, x, true, false)
        ),
        rule!(
            "fr-weekday-next-week",
            "fr",
            format!(
                r"\b(?P<w>{FR_WEEKDAY}) (?:suivant|d'après|d’après|(?:de )?la semaine (?:prochaine|suivante|d'après|d’après|qui suit))"
            ),
            |c, x| weekday_of_week(c, x, 1)
        ),
        rule!(
            "fr-weekday-this-week",
            "fr",
            format!(r"\b(?P<w>{FR_WEEKDAY}) (?:de )?cette semaine\b"),
            |c, x| weekday_of_week(c, x, 0)
        ),
        rule!(
            "fr-weekday-last-week",
            "fr",
            format!(
                r"\b(?P<w>{FR_WEEKDAY}) de la semaine (?:dernière|derniere|passée|passee|précédente)"
            ),
            |c, x| weekday_of_week(c, x, -1)
        ),
        rule!(
            "fr-weekday-last",
            "fr",
            format!(r"\b(?P<w>{FR_WEEKDAY}) dernier\b"),
            |c, x| weekday_next_or_last(c, x, false, false)
        ),
        rule!(
            "fr-this-weekday",
            "fr",
            format!(r"\bce (?P<w>{FR_WEEKDAY})"),
            |c, x| weekday_next_or_last(c, x, x.forward, true)
        ),
        rule!(
            "fr-weekday-in-weeks",
            "fr",
            format!(r"\b(?P<w>{FR_WEEKDAY}) en (?P<n>huit|8|quinze|15)\b"),
            weekday_in_weeks
        ),
        rule!(
            "en-weekday-day",
            "en",
            format!(r"\b(?P<w>{EN_WEEKDAY}),? (?:the )?(?P<d>[0-3]?\d(?:st|nd|rd|th)?)\b"),
            numeric::weekday_and_day
        ),
        rule!(
            "fr-weekday-day",
            "fr",
            format!(r"\b(?P<w>{FR_WEEKDAY}) (?P<d>1er|[0-3]?\d)\b"),
            numeric::weekday_and_day
        ),
        rule!(
            "en-weekday-month-day",
            "en",
            format!(
                r"\b(?P<w>{EN_WEEKDAY}),? (?P<m>{EN_MONTH}) ?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b|\b(?P<m2>{EN_MONTH}) (?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,? (?P<w2>{EN_WEEKDAY})"
            ),
            numeric::weekday_and_day
        ),
        // Days counted within a period, days of the month.
        rule!(
            "en-ordinal-in-period",
            "en",
            format!(
                r"\b(?:the )?(?P<o>{EN_ORDINAL}|[0-3]?\d(?:st|nd|rd|th))(?P<last> last)? (?P<what>{EN_WEEKDAY}|day|week) (?:of|in) (?P<p>{en_p})\b"
            ),
            ordinal_in_period
        ),
        rule!(
            "fr-ordinal-in-period",
            "fr",
            format!(
                r"\b(?:le |la )?(?P<o>{FR_ORDINAL}|[0-3]?\d(?:e|ème|eme)) (?P<what>jour|semaine|{FR_WEEKDAY}) (?:de la |de l'|de l’|du |de |d'|d’|en )(?P<p>{fr_p})"
            ),
            ordinal_in_period
        ),
        rule!(
            "en-day-of-month",
            "en",
            r"\b(?:on )?the (?P<d>[0-3]?\d(?:st|nd|rd|th))\b",
            day_of_month
        ),
        rule!(
            "en-day-of-named-month",
            "en",
            format!(
                r"\b(?:the )?(?P<d>{EN_DAY}) of (?:the )?(?P<p>(?:this|current|next|previous|last) month)\b"
            ),
            day_of_month
        ),
        rule!(
            "fr-day-of-month",
            "fr",
            r"\ble (?P<d>[0-3]?\d|1er)\b",
            day_of_month
        ),
        rule!(
            "en-day-of-month-name",
            "en",
            format!(
                r"\b(?:the )?(?P<d>{EN_DAY}) of (?P<m>{EN_MONTH})(?:,? (?P<y>\d{{4}}))?\b|\b(?P<m2>{EN_MONTH}) (?:the )?(?P<d2>{EN_DAY})(?:,? (?P<y2>\d{{4}}))?\b"
            ),
            numeric::day_and_month
        ),
        rule!(
            "fr-day-word-month",
            "fr",
            format!(r"\b(?P<d>premier|1er|[0-3]?\d) (?P<m>{FR_MONTH})(?: (?P<y>\d{{4}}|\d{{2}}))?"),
            numeric::day_and_month
        ),
        rule!(
            "en-ides",
            "en",
            r"\bthe ides of march\b",
            numeric::ides_of_march
        ),
        // Ranges of days.
        rule!(
            "en-day-range",
            "en",
            format!(
                r"\b(?:from )?(?:the )?(?P<d1>{EN_DAY}) ?(?:to|-|–|thru|through|till|until) ?(?:the )?(?P<d2>{EN_DAY})(?: of)? (?P<m>{EN_MONTH})(?:,? (?P<y>\d{{4}}))?\b"
            ),
            numeric::day_range
        ),
        rule!(
            "en-month-days-range",
            "en",
            format!(
                r"\b(?:from )?(?P<m1>{EN_MONTH}) (?P<d1>[0-3]?\d)(?:st|nd|rd|th)? ?(?:to|-|–|thru|through|till|until) ?(?:(?P<m>{EN_MONTH}) )?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,? (?P<y>\d{{4}}))?\b"
            ),
            numeric::day_range
        ),
        rule!(
            "fr-days-range",
            "fr",
            format!(
                r"\b(?:du |des |les |le |entre (?:le )?)?(?:{FR_WEEKDAY} )?(?P<d1>{FR_DAY})(?: (?P<m1>{FR_MONTH}))? ?(?:au|-|–|jusqu'au|jusqu’au|et le|et) ?(?:{FR_WEEKDAY} )?(?P<d2>{FR_DAY}) (?P<m>{FR_MONTH})(?: (?P<y>\d{{4}}))?"
            ),
            numeric::day_range
        ),
        rule!(
            "fr-day-range-this-month",
            "fr",
            format!(r"\b(?:du|entre le) (?P<d1>{FR_DAY}) (?:au|et le) (?P<d2>{FR_DAY})\b"),
            numeric::day_range
        ),
        rule!(
            "fr-that-day",
            "fr",
            r"\bce jour-l[àa]|\bce jour l[àa]",
            |_, x| super::resolve::from_anchor(0, "ce jour-là", x)
        ),
        rule!(
            "en-that-day",
            "en",
            r"\b(?:on )?that (?:same )?day\b",
            |_, x| super::resolve::from_anchor(0, "that day", x)
        ),
        // Days around publication.
        rule!("en-tomorrow", "en", r"\btomorrows?\b", |_, x| {
            numeric::days_from_publication(1, "tomorrow", x)
        }),
        rule!(
            "en-day-after-tomorrow",
            "en",
            r"\bthe day after tomorrow\b",
            |_, x| numeric::days_from_publication(2, "the day after tomorrow", x)
        ),
        rule!(
            "en-day-before-yesterday",
            "en",
            r"\bthe day before yesterday\b",
            |_, x| numeric::days_from_publication(-2, "the day before yesterday", x)
        ),
        rule!("fr-tomorrow", "fr", r"\bdemain\b", |_, x| {
            numeric::days_from_publication(1, "demain", x)
        }),
        rule!(
            "fr-day-after-tomorrow",
            "fr",
            r"\baprès-demain\b|\bapres-demain\b",
            |_, x| numeric::days_from_publication(2, "après-demain", x)
        ),
        rule!(
            "fr-today-words",
            "fr",
            r"\bce jour\b|\bdans la journée\b|\ben ce moment\b",
            |_, x| numeric::days_from_publication(0, "ce jour", x)
        ),
        rule!(
            "fr-day-before",
            "fr",
            r"\ble jour (?:d'avant|d’avant|précédent|precedent)\b",
            |_, x| super::resolve::from_anchor(-1, "le jour d'avant", x)
        ),
        rule!(
            "fr-day-after",
            "fr",
            r"\b(?:le )?jour (?:d'après|d’après|suivant)\b",
            |_, x| super::resolve::from_anchor(1, "le jour d'après", x)
        ),
    ]
}
