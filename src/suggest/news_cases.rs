//! How news is read (issue 32's classes): forecasts forward, spans, what was declared or said,
//! fears and hopes, dates before their verb, names that are not places, titles.

use super::*;

/// A forecast reads forward: published Sunday 22 October 2023, "through to Tuesday" is the 24th,
/// and is planned, not the 17th and occurred (issue 32); the same in French.
#[test]
fn forecasts_point_forward_in_time() {
    let sunday = NaiveDate::from_ymd_opt(2023, 10, 22).expect("a day");
    let cases = [
        (
            "en",
            sunday,
            "Ongoing flooding is probable on some larger rivers through to Tuesday.",
            "2023-10-24",
        ),
        (
            "en",
            sunday.succ_opt().expect("a day"),
            "Flooding would continue along the River Severn into Wednesday.",
            "2023-10-25",
        ),
        (
            "fr",
            NaiveDate::from_ymd_opt(2024, 10, 30).expect("a day"),
            "La décrue devrait commencer jeudi.",
            "2024-10-31",
        ),
    ];
    for (language, published, text, edtf) in cases {
        let found = only(language, published, text);
        assert_eq!(found.date.edtf, edtf, "{text}");
        assert_eq!(found.status, Status::Planned, "{text}");
    }
}

/// Spans read as spans (issue 32): the weekend of a Sunday's publication is that Saturday and
/// Sunday; one night is one row.
#[test]
fn weekends_and_nights_are_spans() {
    let sunday = NaiveDate::from_ymd_opt(2023, 10, 22).expect("a day");
    let found = suggest(
        "Hundreds of homes were flooded over the weekend, the council said.",
        sunday,
        "en",
        None,
    )
    .expect("suggestions");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].date.edtf, "2023-10-21/2023-10-22");
    let thursday = NaiveDate::from_ymd_opt(2024, 10, 31).expect("a day");
    let found = suggest(
        "La pluie est tombée dans la nuit de mardi à mercredi sur Valence.",
        thursday,
        "fr",
        None,
    )
    .expect("suggestions");
    assert_eq!(found.len(), 1, "one night, one row: {found:#?}");
    assert_eq!(found[0].date.edtf, "2024-10-29/2024-10-30");
}

/// What a source says someone declared is reported (issue 32); what it tells as fact occurred.
#[test]
fn what_someone_declared_is_reported() {
    let thursday = NaiveDate::from_ymd_opt(2024, 10, 31).expect("a day");
    for (language, text, status) in [
        (
            "fr",
            "Le ministre a déclaré mercredi lors d'une conférence de presse à Madrid qu'il y avait 95 morts.",
            Status::Reported,
        ),
        (
            "en",
            "The minister said on Tuesday that 200 homes were flooded.",
            Status::Reported,
        ),
        (
            "fr",
            "Selon la police, le pont s'est effondré mardi.",
            Status::Reported,
        ),
        (
            "en",
            "The river burst its banks on Tuesday.",
            Status::Occurred,
        ),
    ] {
        let found = only(language, thursday, text);
        assert_eq!(found.status, status, "{text}");
    }
}

/// "Alors que" is "while": a clause, not a date (issue 32).
#[test]
fn alors_que_is_no_date() {
    let found = suggest(
        "Le 29 octobre, la pluie est tombée. Alors que les eaux de la Méditerranée sont chaudes, les orages se multiplient.",
        wednesday(),
        "fr",
        None,
    )
    .expect("suggestions");
    assert_eq!(found.len(), 1, "{found:#?}");
}

/// Names that are not places (issue 32): a river's, a person's, a street's words are no towns;
/// a town named alone still is.
#[test]
fn names_of_rivers_people_and_streets_are_not_places() {
    let sunday = NaiveDate::from_ymd_opt(2023, 10, 22).expect("a day");
    for (language, text, places) in [
        (
            "en",
            "The River Trent burst its banks at Gainsborough on Saturday.",
            &["Gainsborough"][..],
        ),
        (
            "en",
            "Residents of Gilbert Terrace were evacuated on Saturday.",
            &[][..],
        ),
        (
            "fr",
            "Le ministre Ángel Víctor Torres a déclaré samedi à Madrid que la région était sinistrée.",
            &["Madrid"][..],
        ),
        (
            "en",
            "On Saturday a convoy left Goris for Yerevan.",
            &["Goris", "Yerevan"][..],
        ),
    ] {
        let found = only(language, sunday, text);
        assert_eq!(found.places, places, "{text}");
    }
}

/// A title is the sentence's words without its date and the little words that lead to it: whole
/// phrases, no dangling "jusqu'au" or "dans" (issue 32).
#[test]
fn titles_keep_no_dangling_words() {
    let thursday = NaiveDate::from_ymd_opt(2024, 10, 31).expect("a day");
    for (language, text, title) in [
        (
            "fr",
            "Trois jours de deuil national ont été décrétés jusqu'au 1er novembre.",
            "Trois jours de deuil national ont été décrétés",
        ),
        (
            "en",
            "A red warning is in force until 2 November.",
            "A red warning is in force",
        ),
        (
            "fr",
            "La pluie est tombée dans la nuit de mardi à mercredi sur Valence.",
            "La pluie est tombée sur Valence",
        ),
        (
            "en",
            "Flood warnings remain in place through to Tuesday.",
            "Flood warnings remain in place",
        ),
    ] {
        let found = only(language, thursday, text);
        assert_eq!(found.title, title, "{text}");
    }
}

/// "Jusqu'au 1er novembre" runs from publication to that day (issue 32): a span, not the day.
#[test]
fn until_a_day_is_a_span_from_publication() {
    let wednesday = NaiveDate::from_ymd_opt(2024, 10, 30).expect("a day");
    for (language, text, edtf) in [
        (
            "fr",
            "Trois jours de deuil national ont été décrétés jusqu'au 1er novembre.",
            "2024-10-30/2024-11-01",
        ),
        (
            "en",
            "A red warning is in force until 2 November.",
            "2024-10-30/2024-11-02",
        ),
    ] {
        let found = only(language, wednesday, text);
        assert_eq!(found.date.edtf, edtf, "{text}");
    }
}

#[test]
fn a_day_someone_fears_or_hopes_for_is_no_event_but_the_day_they_said_so_is() {
    let sunday = NaiveDate::from_ymd_opt(2023, 10, 22).expect("a day");
    let dates = |language: &str, text: &str| -> Vec<String> {
        let found = suggest(text, sunday, language, None).expect("suggestions");
        found.into_iter().map(|s| s.date.edtf).collect()
    };
    let none: [&str; 0] = [];
    assert_eq!(
        dates(
            "en",
            "There are fears families will not make it home for Christmas."
        ),
        none
    );
    assert_eq!(
        dates(
            "fr",
            "Les habitants craignent de ne pas rentrer avant Noël."
        ),
        none
    );
    // The saying is dated; a hope for a day already past is still a date of the text; and a
    // Christmas nobody fears for is planned, as before.
    assert_eq!(
        dates("en", "He said on Friday he hopes to reopen the road."),
        ["2023-10-20"]
    );
    assert_eq!(
        dates("en", "The market will reopen for Christmas."),
        ["2023-12-25"]
    );
}

#[test]
fn weekday_abbreviations_are_days_and_the_last_week_of_a_month_lies_inside_it() {
    let day = |y, m, d| date::day_of(NaiveDate::from_ymd_opt(y, m, d).expect("a day"));
    let found = only("en", wednesday(), "The minister will speak Thu.");
    assert_eq!(found.date.edtf, "2024-04-18");
    let found = only("en", wednesday(), "Talks resumed on Mon. in Geneva.");
    assert_eq!(found.date.edtf, "2024-04-15");
    // "Sat" and "sun" are words before they are days.
    for text in ["The sun sat low over the valley.", "They sat in the sun."] {
        let found = suggest(text, wednesday(), "en", None).expect("suggestions");
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
    // 30 September 2014 is a Tuesday: its week runs into October, so the month's last week is
    // the one before.
    let found = only(
        "en",
        wednesday(),
        "Rain fell all through the last week of September 2014.",
    );
    assert_eq!(
        (found.date.earliest, found.date.latest),
        (day(2014, 9, 22), day(2014, 9, 28))
    );
}

#[test]
fn the_day_something_was_said_is_read_back_whatever_is_foreseen_after_it() {
    let sunday = NaiveDate::from_ymd_opt(2023, 10, 22).expect("a day");
    let dates = |language: &str, text: &str| -> Vec<String> {
        let found = suggest(text, sunday, language, None).expect("suggestions");
        found.into_iter().map(|s| s.date.edtf).collect()
    };
    assert_eq!(
        dates(
            "en",
            "The agency said on Friday that flooding would continue."
        ),
        ["2023-10-20"]
    );
    // The saying's day back, the forecast's day forward.
    assert_eq!(
        dates(
            "en",
            "Forecasters said Friday that rain would return on Tuesday."
        ),
        ["2023-10-20", "2023-10-24"]
    );
    assert_eq!(
        dates(
            "fr",
            "Le préfet a déclaré vendredi que la décrue devrait commencer mardi."
        ),
        ["2023-10-20", "2023-10-24"]
    );
    // What was said that day is reported; the day foreseen is planned.
    let text = "Forecasters said Friday that rain would return on Tuesday.";
    let found = suggest(text, sunday, "en", None).expect("suggestions");
    let statuses: Vec<Status> = found.into_iter().map(|s| s.status).collect();
    assert_eq!(statuses, [Status::Reported, Status::Planned]);
}

#[test]
fn a_date_set_before_its_verb_takes_the_verb_s_tense() {
    assert_eq!(
        one("en", "On Tuesday, the minister will speak to parliament.").0,
        "2024-04-23"
    );
    assert_eq!(
        one("en", "On Tuesday, the minister spoke to parliament.").0,
        "2024-04-16"
    );
    assert_eq!(
        one("fr", "Mardi prochain, le ministre parlera au Parlement.").0,
        "2024-04-23"
    );
    assert_eq!(
        one("fr", "Mardi, le ministre parlera au Parlement.").0,
        "2024-04-23"
    );
}
