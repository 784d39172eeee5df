# Dates as the app says them, in English (their French twins in ../fr/dates.ftl).

date-one-day = { $day }, one day
date-the-year = the year { $year }
date-from-one-to-another = from one date to another
date-span = { $what }: { $first } – { $last } ({ $days ->
        [one] 1 day
       *[other] { $days } days
    })
date-said-approximate = , approximate
date-said-uncertain = , uncertain
date-seasons-note = ; seasons 21–24 are the northern hemisphere's (spring is March to May)
date-label-approximate = {" "}(approx.)
date-label-uncertain = {" "}(uncertain)
date-set-all = all of: { $members }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }
date-set-one = one of: { $members }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }
date-began-before-and-ongoing = { $known }, began before and ongoing
date-until-began-before = until { $known }, began before
date-until-start-unknown = until { $known }, start unknown
date-or-before = { $known } or before
date-from-ongoing = from { $known }, ongoing
date-from-end-unknown = from { $known }, end unknown
date-or-after = { $known } or after

## Sub-year codes (ISO 8601-2 §4.8); 21–24 as the northern hemisphere's seasons
date-season = season
date-season-21 = spring
date-season-22 = summer
date-season-23 = autumn
date-season-24 = winter
date-season-25 = spring (northern)
date-season-26 = summer (northern)
date-season-27 = autumn (northern)
date-season-28 = winter (northern)
date-season-29 = spring (southern)
date-season-30 = summer (southern)
date-season-31 = autumn (southern)
date-season-32 = winter (southern)
date-season-33 = first quarter
date-season-34 = second quarter
date-season-35 = third quarter
date-season-36 = fourth quarter
date-season-37 = first four months
date-season-38 = second four months
date-season-39 = third four months
date-season-40 = first half
date-season-41 = second half

# Why a text is not a date the app draws ($message is the EDTF parser's own, in English).
date-not-edtf = "{ $text }" is not EDTF: { $message }, at character { $at } ("{ $part }"){ $hint }
date-hint-decade = ; a decade is written 193X and a century 19XX
date-hint-forms = ; forms such as 2024-04-17, 2023-09, 2020-23, 2024-04-16/2024-04-17, 2024-04~, 2024-04-17/..
date-not-drawn = "{ $text }" is valid EDTF that this build does not draw: { $why }
date-why-neither-end = neither end is dated
date-why-set-empty = the set is empty
date-why-out-of-years = its years are outside 9999 BC to 9999 (EDTF -9998 to 9999)
date-why-year-unknown = its year is not known at all (XXXX: any year), and the timeline draws a date within known years; write the year, the years it may be (2020/2024), or one of them ([2020,2024])
