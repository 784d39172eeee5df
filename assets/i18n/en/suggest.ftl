# How a suggested event's date was worked out: $what is the text's own words, $date a day written out.

suggest-to-date = { $what } → { $date }
suggest-to-date-because = { $what } → { $date }, { $why }
suggest-year-because = { $year }, { $why }
suggest-year-just-written = the year the text has just written out
suggest-next-day-ahead = the next such day after publication (the sentence looks ahead)
suggest-year-before = the year before publication: in that of publication the day would be months ahead
suggest-year-of-publication = the year of publication
suggest-nearest-year = the nearest year that has the day
suggest-date-as-written = the date as written
suggest-day-month-as-written = day and month as written, { $why }
suggest-until = { $what } → from publication, { $from }, to { $to }
suggest-from-to = from { $from } to { $to }
suggest-part-as-written = { $what ->
    [month] the month as written
   *[season] the season as written
}
suggest-last-season = the last such season before publication
suggest-year-as-written = the year as written
suggest-next-after-publication = the next one after publication (the sentence looks ahead)
suggest-days-before-publication = { $count ->
    [0] the day of publication
    [1] the day before publication
   *[other] { $count } days before publication
}
suggest-night = { $what } → the night from { $from } to { $to }
suggest-weekend = { $what } → { $saturday } and { $sunday }
suggest-from-date-before = from the date before
suggest-from-publication-first = from publication, no date coming before
suggest-few-ago = { $what } → 3 to 7 { $unit } before publication, approximate
suggest-its-month = { $what } → { $month }, its month
suggest-about = { $what } → about { $date }, approximate
suggest-month-offset = { $what }: the month { $offset } from publication's
suggest-year-offset = { $what }: the year { $offset } from publication's
suggest-since = since { $month }: to publication
suggest-week-before-week = the week before the week of publication
suggest-then = "alors"/"then": the time last mentioned ({ $edtf }), approximate
suggest-end-of-month = by the end of the month of publication
suggest-end-of-year = by the end of the year of publication
suggest-year-last-written = { $what } → { $year }, the year the text last wrote
suggest-as-written = { $what } → { $date }, as written
suggest-day-first-no-month = day first: the first number cannot be a month
suggest-month-first-english = month first, as in English; ambiguous
suggest-day-first-french = day first, as in French
suggest-numeric = { $what } → { $date }, { $order }; { $why }
suggest-working-days = { $what } → { $week }, the working days of the week
suggest-ahead = { $what } → { $period }, { $count } { $grain ->
    [Day] days
    [Week] weeks
    [Month] months
    [Quarter] quarters
   *[Year] years
} ahead
suggest-from-publication = { $what } → { $period }, from publication
suggest-week-before-publication = { $what } → { $date }, the week before publication's
suggest-nearest-weekday = { $what } → { $date }, the nearest such day that is a { $weekday }
suggest-range-because = { $what } → from { $from } to { $to }, { $why }
suggest-month-as-written = the month as written
suggest-next-month-ahead = the next such month (the sentence looks ahead)
suggest-last-month-back = the last such month up to publication
suggest-period-of-publication = the one of publication
suggest-period-offset = { $offset } from the one of publication
suggest-approximate-because = { $what } → { $date }, approximate ({ $why })
suggest-week-of-publication = the week of publication
suggest-week-after-publication = the week after publication's
suggest-week-before-publications = the week before publication's
suggest-week-counted = a week counted from publication's
suggest-in-period = { $what } → { $date }, in { $period } ({ $why })
suggest-nearest-month = the nearest month that has the day
suggest-next-one = the next one from publication
suggest-last-one = the last one before publication
suggest-days-from-to = { $from } to { $to }
suggest-this-season = { $what } → the season of publication, read as Chronomap reads every EDTF season: { $span }
