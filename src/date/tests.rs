//! The date forms, their days, labels and explanations, and the errors of what is not EDTF.
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
fn neighbours_forms_read_as_edtf_js_reads_them() {
    // A decade or century of the 2012 draft, a qualifier kept.
    assert_eq!(days("193"), pair("1930-01-01", "1939-12-31"));
    assert_eq!(days("19"), pair("1900-01-01", "1999-12-31"));
    assert!(resolve("197~").is_ok_and(|s| s.approximate));
    assert!(resolve("1930s").is_err(), "only digits make a decade");
    // Spaces after a set's commas.
    assert_eq!(days("{1667, 1670..1672}"), pair("1667-01-01", "1672-12-31"));
    // A set member open to one side says so, and counts as current on that side.
    let before = resolve("[..1760-12-03]").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(before.label(), "one of: 3 Dec 1760 or before");
    assert!(before.is_current(day_of(NaiveDate::MIN)));
    let after = resolve("{1760..}").unwrap_or_else(|e| panic!("{e}"));
    assert!(after.label().ends_with("or after"), "{}", after.label());
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
fn years_before_the_era_are_drawn_and_said_as_bc() {
    let zero = resolve("0000").expect("valid EDTF, drawn");
    assert_eq!(date_of(zero.earliest), NaiveDate::from_ymd_opt(0, 1, 1));
    assert_eq!(date_of(zero.latest), NaiveDate::from_ymd_opt(0, 12, 31));
    assert!(zero.earliest < resolve("0001").unwrap().earliest);
    let interval = resolve("0000-06/0001-06").expect("an interval across the era");
    assert!(interval.latest - interval.earliest > 360);
    // Before it, on the proleptic Gregorian calendar: -0001 is 2 BC, -0043-03-15 the Ides of
    // March of 44 BC, said as people say them.
    let two_bc = resolve("-0001").expect("a negative year is drawn");
    assert_eq!(two_bc.label(), "2 BC");
    assert!(two_bc.latest < zero.earliest);
    let ides = resolve("-0043-03-15").unwrap();
    assert_eq!(ides.label(), "15 Mar 44 BC");
    assert!(
        ides.explain().ends_with(" 15 March 44 BC, one day"),
        "{}",
        ides.explain()
    );
    assert_eq!(resolve("-0500/-0400").unwrap().label(), "501 BC – 401 BC");
    assert_eq!(resolve("0000").unwrap().label(), "1 BC");
    // Past what the timeline draws, and a year not known at all, are said, not drawn.
    assert!(matches!(resolve("-9999"), Err(DateError::NotDrawn(..))));
    match resolve("XXXX-12-25") {
        Err(error @ DateError::NotDrawn(..)) => {
            assert!(error.to_string().contains("not known at all"), "{error}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn impossible_and_malformed_dates_are_errors_that_name_the_part() {
    let not_edtf = |text: &str, at: usize| match resolve(text) {
        Err(DateError::NotEdtf { at: found, .. }) => assert_eq!(found, at, "{text}"),
        other => panic!("{text}: {other:?}"),
    };
    not_edtf("2024-02-30", 9);
    not_edtf("2023-02-29", 9);
    not_edtf("2024-13", 6);
    not_edtf("17 avril", 3);
    not_edtf("", 1);
    not_edtf("2024-04-17/2024-04-01", 12);
    let hour = resolve("2024-04-17T25:00:00").unwrap_err().to_string();
    assert!(
        hour.contains("hour") && hour.contains("character 12"),
        "{hour}"
    );
    assert!(matches!(resolve("Y17E7"), Err(DateError::NotDrawn(..))));
    assert!(matches!(
        resolve("XXXX-12-25"),
        Err(DateError::NotDrawn(..))
    ));
}

#[test]
fn open_ends_and_sets_explain_themselves() {
    let explain = |edtf: &str| resolve(edtf).unwrap().explain();
    assert_eq!(explain("2024-04-17/.."), "from 17 Apr 2024, ongoing");
    assert_eq!(
        explain("/2024-04"),
        "until Apr 2024, start unknown: 1 Apr 2024 – 30 Apr 2024 (30 days)"
    );
    assert_eq!(
        explain("[2023-09-19,2023-09-28]"),
        "one of: 19 Sep 2023, 28 Sep 2023: 19 Sep 2023 – 28 Sep 2023 (10 days)"
    );
    assert_eq!(
        explain("2001-33"),
        "first quarter 2001 (Jan – Mar 2001): 1 Jan 2001 – 31 Mar 2001 (90 days)"
    );
}

#[test]
fn a_long_set_names_its_first_members_and_counts_the_rest() {
    let years: Vec<String> = (1001..=3000).map(|y| y.to_string()).collect();
    let set = resolve(&format!("[{}]", years.join(","))).unwrap();
    assert_eq!(set.members.len(), 2000);
    assert_eq!(
        set.label(),
        "one of: 1001, 1002, 1003, 1004, 1005, 1006 and 1\u{202f}994 more"
    );
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
