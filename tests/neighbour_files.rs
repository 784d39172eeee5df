//! The files neighbouring tools write, through the CSV importer: TimelineJS's Google Sheets
//! template, an ACLED export, a CSV saved by Excel in French (byte order mark, ";", CRLF, decimal
//! commas), and the csv-spectrum cases of CSV quoting; and `chronomap import` on the template.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chronomap::document::Document;
use chronomap::formats::events_csv;
use chronomap::model::Story;
use geo::Geometry;

fn empty_story() -> Story {
    let dir = tempfile::tempdir().expect("a folder");
    Document::empty("Imports", dir.path()).story().clone()
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/conformance/neighbours/{name}")).expect("the fixture")
}

/// Each event's EDTF and title, in story order.
fn dated(story: &Story) -> Vec<(String, String)> {
    story
        .events
        .iter()
        .map(|e| (e.date.edtf.clone(), e.title.clone()))
        .collect()
}

fn pair(edtf: &str, title: &str) -> (String, String) {
    (edtf.to_owned(), title.to_owned())
}

#[test]
fn a_timelinejs_template_sheet_imports_with_each_date_s_precision() {
    let story = events_csv::import(
        &empty_story(),
        &fixture("timelinejs-template.csv"),
        "sheet.csv",
    )
    .expect("the template imports");
    // The title slide and the era are not events; years, months, days, times and ranges are kept.
    assert_eq!(
        dated(&story),
        vec![
            pair("2020-11-10", "Ceasefire signed"),
            pair("2023-09", "Azerbaijani offensive"),
            pair("2024", "The last year of the mission"),
            pair("2024-04-10/2024-04-17", "The convoys leave"),
            pair("2024-04-17T20:02:00", "Peskov confirms the withdrawal"),
        ]
    );
    let ceasefire = &story.events[0];
    assert!(
        ceasefire
            .notes
            .contains("Media: https://example.org/ceasefire.jpg")
    );
    assert!(ceasefire.notes.contains("Group: Diplomacy"));
    let peskov = &story.events[4];
    assert_eq!(
        peskov.notes.lines().next(),
        Some("Said in Moscow, \"officially\".")
    );
    assert_eq!(peskov.date.label(), "17 Apr 2024, 20:02");
}

#[test]
fn an_acled_export_imports_with_its_time_precision_and_places() {
    let story = events_csv::import(&empty_story(), &fixture("acled-export.csv"), "acled.csv")
        .expect("the export imports");
    let by_id = |id: &str| story.events.iter().find(|e| e.id == id).expect(id);
    // time_precision 1: the day; 2: a day of that week, approximate; 3: of that month, approximate.
    assert_eq!(by_id("AZE1001").date.edtf, "2024-04-17");
    assert_eq!(by_id("ARM2002").date.edtf, "2024-04-15~/2024-04-21~");
    assert!(by_id("ARM2002").date.approximate);
    assert_eq!(by_id("AZE1003").date.edtf, "2024-04~");
    let base = by_id("AZE1001");
    assert_eq!(base.title, "Headquarters or base established — Khankendi");
    assert!(
        base.notes
            .starts_with("On 17 April 2024, Russian peacekeepers began leaving")
    );
    assert!(base.notes.contains("Source (ACLED): TASS; Interfax"));
    assert!(by_id("AZE1003").notes.contains("Fatalities: 2"));
    let khankendi = &story.places[base.places[0]];
    assert_eq!(khankendi.name, "Khankendi");
    match khankendi.geometry {
        Geometry::Point(p) => {
            assert!((p.x() - 46.7519).abs() < 1e-9 && (p.y() - 39.8153).abs() < 1e-9)
        }
        ref other => panic!("a point: {other:?}"),
    }
}

#[test]
fn a_csv_saved_by_excel_in_french_imports() {
    let story = events_csv::import(&empty_story(), &fixture("excel-french.csv"), "excel.csv")
        .expect("the Excel file imports");
    assert_eq!(
        dated(&story),
        vec![
            pair("2024-04~", "Retrait annoncé"),
            pair("2024-04-17", "Départ des soldats russes"),
        ]
    );
    assert_eq!(story.events[1].notes, "Note « Excel », avec virgule");
    let goris = &story.places[story.events[1].places[0]];
    assert_eq!(story.events[0].places, story.events[1].places, "one Goris");
    match goris.geometry {
        Geometry::Point(p) => {
            assert!((p.x() - 46.3381).abs() < 1e-9 && (p.y() - 39.5111).abs() < 1e-9)
        }
        ref other => panic!("a point: {other:?}"),
    }
}

/// A case's name, its CSV, and each row's title and notes.
type SpectrumCase = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

/// csv-spectrum's cases (github.com/max-mapper/csv-spectrum), their cells put in events' titles
/// and notes: what each must read as.
#[test]
fn the_csv_spectrum_cases_read_as_written() {
    let cases: &[SpectrumCase] = &[
        ("simple", "date,title,notes\n2024,1,2\n", &[("1", "2")]),
        (
            "simple_crlf",
            "date,title,notes\r\n2024,1,2\r\n",
            &[("1", "2")],
        ),
        (
            "comma_in_quotes",
            "date,title,notes\n2024,John,\"Anytown, WW\"\n",
            &[("John", "Anytown, WW")],
        ),
        (
            "empty",
            "date,title,notes\n2024,1,\"\"\n2025,2,4\n",
            &[("1", ""), ("2", "4")],
        ),
        (
            "empty_crlf",
            "date,title,notes\r\n2024,1,\"\"\r\n2025,2,4\r\n",
            &[("1", ""), ("2", "4")],
        ),
        (
            "escaped_quotes",
            "date,title,notes\n2024,1,\"ha \"\"ha\"\" ha\"\n2025,3,4\n",
            &[("1", "ha \"ha\" ha"), ("3", "4")],
        ),
        (
            "json",
            "date,title,notes\n2024,1,\"{\"\"type\"\": \"\"Point\"\", \"\"coordinates\"\": [102.0, 0.5]}\"\n",
            &[("1", "{\"type\": \"Point\", \"coordinates\": [102.0, 0.5]}")],
        ),
        (
            "newlines",
            "date,title,notes\n2024,1,2\n2025,\"Once upon \na time\",5\n2026,7,8\n",
            &[("1", "2"), ("Once upon \na time", "5"), ("7", "8")],
        ),
        (
            "newlines_crlf",
            "date,title,notes\r\n2024,1,2\r\n2025,\"Once upon \r\na time\",5\r\n2026,7,8\r\n",
            &[("1", "2"), ("Once upon \r\na time", "5"), ("7", "8")],
        ),
        (
            "quotes_and_newlines",
            "date,title,notes\n2024,1,\"ha \n\"\"ha\"\" \nha\"\n2025,3,4\n",
            &[("1", "ha \n\"ha\" \nha"), ("3", "4")],
        ),
        (
            "utf8",
            "date,title,notes\n2024,1,2\n2025,4,ʤ\n",
            &[("1", "2"), ("4", "ʤ")],
        ),
        (
            "location_coordinates",
            "date,title,notes\n2024,Karen Wagner,\"42 Wallaby Way\nSydney, NSW 2000\"\n",
            &[("Karen Wagner", "42 Wallaby Way\nSydney, NSW 2000")],
        ),
    ];
    let mut right = 0;
    let mut wrong = Vec::new();
    for (name, csv, expected) in cases {
        let read = events_csv::import(&empty_story(), csv, "case.csv").map(|story| {
            story
                .events
                .iter()
                .map(|e| (e.title.clone(), e.notes.clone()))
                .collect::<Vec<_>>()
        });
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(t, n)| ((*t).to_owned(), (*n).to_owned()))
            .collect();
        match read {
            Ok(rows) if rows == expected => right += 1,
            other => wrong.push(format!("{name}: {other:?}")),
        }
    }
    println!("csv-spectrum cases: {right}/{} as expected", cases.len());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn chronomap_import_reads_a_timelinejs_template_into_a_story_on_disk() {
    let dir = tempfile::tempdir().expect("a folder");
    let story = dir.path().join("story");
    Document::empty("Imports", &story)
        .save(None)
        .expect("saved");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_chronomap"))
        .args([
            "import",
            story.to_str().unwrap(),
            "tests/conformance/neighbours/timelinejs-template.csv",
        ])
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(story.join("story.json")).expect("story.json");
    assert!(
        written.contains("\"date\": \"2024-04-17T20:02:00\""),
        "{written}"
    );
    assert!(written.contains("\"title\": \"The convoys leave\""));
    assert!(
        !written.contains("Karabakh 2020-2024"),
        "the title slide is not an event"
    );
}

#[test]
fn a_timelinejs_json_with_eras_and_hours_imports_what_a_story_can_draw() {
    let story = chronomap::formats::timelinejs::import(
        &empty_story(),
        &fixture("timelinejs-eras.json"),
        "eras.json",
    )
    .expect("the timeline imports");
    assert_eq!(
        dated(&story),
        vec![
            pair("2023-09-19/2023-09-20", "One-day offensive"),
            pair("2024-04-17T20:02:00", "Peskov speaks"),
        ]
    );
    // The slide's media is kept as a link with its caption, said in a notice.
    assert_eq!(
        story.events[1].notes,
        "In Moscow & on TV.\n\nMedia: https://example.org/peskov.jpg; caption: Peskov"
    );
    let notices = story.notices.join("\n");
    assert!(notices.contains("1 slides' media kept"), "{notices}");
    assert!(notices.contains("2 eras not imported"), "{notices}");
    assert!(
        notices.contains("1 events left out") && notices.contains("The Big Bang"),
        "{notices}"
    );
}

/// A story made of one CSV row per date, exported as TimelineJS JSON.
fn exported(dates: &[&str]) -> serde_json::Value {
    let rows: String = dates
        .iter()
        .enumerate()
        .map(|(i, d)| format!("e{i},{d},Event {i}\n"))
        .collect();
    let story = events_csv::import(&empty_story(), &format!("id,date,title\n{rows}"), "d.csv")
        .expect("the dates import");
    serde_json::from_str(&chronomap::formats::timelinejs::export(&story)).expect("JSON")
}

#[test]
fn timelinejs_export_keeps_times_and_says_approximate_and_season_dates() {
    let json = exported(&[
        "2024-04-17T20:02:00",
        "201X",
        "2020-23",
        "2023-09~",
        "2024-04-17/..",
    ]);
    let slide = |id: &str| {
        json["events"]
            .as_array()
            .and_then(|events| events.iter().find(|e| e["unique_id"] == id))
            .cloned()
            .unwrap_or_else(|| panic!("slide {id}"))
    };
    let talk = slide("e0");
    assert_eq!(talk["start_date"]["hour"], 20);
    assert_eq!(talk["start_date"]["minute"], 2);
    // A decade starts and ends on its first and last days, written as days: TimelineJS reads a
    // year or a month as its first day (tests/timelinejs_reads.rs checks it in TimelineJS).
    let decade = slide("e1");
    assert_eq!(
        decade["start_date"],
        serde_json::json!({ "year": 2010, "month": 1, "day": 1 })
    );
    assert_eq!(
        decade["end_date"],
        serde_json::json!({ "year": 2019, "month": 12, "day": 31 })
    );
    assert_eq!(decade["display_date"], "2010 – 2019");
    let autumn = slide("e2");
    assert_eq!(
        autumn["start_date"],
        serde_json::json!({ "year": 2020, "month": 9, "day": 1 })
    );
    assert_eq!(
        autumn["end_date"],
        serde_json::json!({ "year": 2020, "month": 11, "day": 30 })
    );
    assert_eq!(autumn["display_date"], "autumn 2020 (Sep – Nov 2020)");
    let september = slide("e3");
    assert_eq!(september["display_date"], "Sep 2023 (approx.)");
    assert_eq!(
        september["end_date"],
        serde_json::json!({ "year": 2023, "month": 9, "day": 30 })
    );
    assert_eq!(slide("e4")["display_date"], "from 17 Apr 2024, ongoing");
}

#[test]
fn a_spreadsheet_s_day_first_dates_are_read_in_the_order_one_of_them_settles() {
    use chronomap::formats::csv_rows::DateOrder;
    let settled = "date;title\r\n03/04/2024;Convoy leaves\r\n17/04/2024;Withdrawal confirmed\r\n";
    let story = events_csv::import(&empty_story(), settled, "excel.csv").expect("it imports");
    assert_eq!(
        dated(&story),
        vec![
            pair("2024-04-03", "Convoy leaves"),
            pair("2024-04-17", "Withdrawal confirmed")
        ]
    );
    assert!(
        story.notices.iter().any(|n| n
            == "excel.csv: dates read day first (dd/mm/yyyy), as \"17/04/2024\" (line 3) shows"),
        "{:?}",
        story.notices
    );
    // Month first, settled by 04/17/2024.
    let american = "date,title\n04/03/2024,Convoy leaves\n04/17/2024,Withdrawal confirmed\n";
    let story = events_csv::import(&empty_story(), american, "us.csv").expect("it imports");
    assert_eq!(dated(&story)[0], pair("2024-04-03", "Convoy leaves"));
    // Nothing settles it: refused, saying how to settle it; the order asked for is then used.
    let open = "date,title\n03/04/2024,Convoy leaves\n";
    let refused = events_csv::import(&empty_story(), open, "open.csv").unwrap_err();
    assert!(refused.to_string().contains("open.csv:2:1:"), "{refused}");
    assert!(
        refused.to_string().contains("give --date-order dmy or mdy"),
        "{refused}"
    );
    let story = events_csv::import_with(
        &empty_story(),
        open,
        "open.csv",
        Some(DateOrder::MonthFirst),
    )
    .expect("read month first");
    assert_eq!(dated(&story)[0], pair("2024-03-04", "Convoy leaves"));
    assert!(
        story
            .notices
            .iter()
            .any(|n| n.ends_with("month first (mm/dd/yyyy), as --date-order says"))
    );
    // Dates that settle both ways, or an order the file contradicts, are refused.
    let mixed = "date,title\n17/04/2024,A\n04/17/2024,B\n";
    let refused = events_csv::import(&empty_story(), mixed, "mixed.csv").unwrap_err();
    assert!(
        refused
            .to_string()
            .contains("disagree on the order of day and month"),
        "{refused}"
    );
    let contradicted = events_csv::import_with(
        &empty_story(),
        settled,
        "excel.csv",
        Some(DateOrder::MonthFirst),
    );
    assert!(
        contradicted
            .unwrap_err()
            .to_string()
            .contains("can only be day first")
    );
}

#[test]
fn chronomap_import_takes_the_date_order_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story");
    Document::empty("Imports", &story).save(None).unwrap();
    let csv = dir.path().join("events.csv");
    std::fs::write(&csv, "date,title\n03/04/2024,Convoy leaves\n").unwrap();
    let run = |extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_chronomap"))
            .args(["import", story.to_str().unwrap(), csv.to_str().unwrap()])
            .args(extra)
            .output()
            .unwrap()
    };
    let refused = run(&[]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--date-order"));
    let done = run(&["--date-order", "dmy"]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let saved = std::fs::read_to_string(story.join("story.json")).unwrap();
    assert!(saved.contains("\"date\": \"2024-04-03\""), "{saved}");
}

#[test]
fn timelinejs_slides_keep_links_paragraphs_groups_and_get_ids_and_titles_they_lack() {
    let json = r#"{
  "title": {"text": {"headline": "The convoy", "text": "<p>What the sources say.</p>"}},
  "events": [
    {"start_date": {"year": 2024, "month": 4, "day": 16}, "unique_id": "",
     "text": {"headline": "", "text": "<p>Trucks left the monastery at dawn, said a <a href=\"https://example.org/a\">witness</a>.</p><p>More followed.</p>"},
     "group": "Convoy"},
    {"start_date": {"year": 2024, "month": 4, "day": 17}, "unique_id": "peskov",
     "text": {"headline": "Peskov speaks", "text": "optional.<br>You can"}},
    {"start_date": {"year": 2024, "month": 4, "day": 18}, "unique_id": "peskov",
     "text": {"headline": "Again", "text": ""}}
  ]
}"#;
    let story = chronomap::formats::timelinejs::import(&empty_story(), json, "tl.json")
        .expect("it imports");
    assert_eq!(story.title, "The convoy");
    assert_eq!(story.summary, "What the sources say.");
    assert_eq!(story.events.len(), 3);
    let first = &story.events[0];
    assert_eq!(first.title, "Trucks left the monastery at dawn, said a…");
    assert_eq!(
        first.notes,
        "Trucks left the monastery at dawn, said a witness (https://example.org/a).\n\nMore followed.\n\nGroup: Convoy"
    );
    assert_eq!(story.events[1].notes, "optional.\nYou can");
    let ids: Vec<&str> = story.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["event-1", "peskov", "event-3"]);
    let notices = story.notices.join("\n");
    assert!(
        notices.contains("2 slides had an empty or repeated id"),
        "{notices}"
    );
    assert!(notices.contains("1 slides had no headline"), "{notices}");
    assert!(
        notices.contains("the title slide is the story's title"),
        "{notices}"
    );
}

#[test]
fn a_timelinejs_2_file_reads_as_well() {
    let json = r#"{"timeline": {"headline": "Old format", "type": "default", "text": "An old timeline",
      "date": [
        {"startDate": "2011,12,10", "endDate": "2011,12,11", "headline": "A meeting", "text": "<p>They met.</p>",
         "asset": {"media": "https://example.org/m.jpg", "credit": "Agency", "caption": "The room"}},
        {"startDate": "2012", "headline": "A year"}
      ]}}"#;
    let story = chronomap::formats::timelinejs::import(&empty_story(), json, "v2.json")
        .expect("TimelineJS 2 imports");
    assert_eq!(story.title, "Old format");
    assert_eq!(
        dated(&story),
        vec![
            pair("2011-12-10/2011-12-11", "A meeting"),
            pair("2012", "A year")
        ]
    );
    assert_eq!(
        story.events[0].notes,
        "They met.\n\nMedia: https://example.org/m.jpg; caption: The room; credit: Agency"
    );
}

/// Knight Lab's own examples give a media's credit or caption as null (`marktwain.json`): the
/// slides import all the same, the media kept as a link with what text it has.
#[test]
fn a_timelinejs_media_with_a_null_credit_imports_its_slide() {
    let text = r#"{"events": [
        {"start_date": {"year": 1835, "month": 11, "day": 30},
         "text": {"headline": "Born in Florida, Missouri", "text": null},
         "media": {"url": "https://example.org/birthplace.jpg", "caption": null, "credit": null}},
        {"start_date": {"year": "1910", "month": "4", "day": "21"},
         "text": {"headline": "Dies in Redding", "text": "<p>Halley's comet returns.</p>"},
         "media": {"url": "https://example.org/redding.jpg", "caption": "Stormfield", "credit": null}}
    ]}"#;
    let story = chronomap::formats::timelinejs::import(&empty_story(), text, "marktwain.json")
        .expect("slides with null credits import");
    assert_eq!(story.events.len(), 2);
    assert_eq!(
        story.events[0].notes,
        "Media: https://example.org/birthplace.jpg"
    );
    assert!(
        story.events[1]
            .notes
            .ends_with("Media: https://example.org/redding.jpg; caption: Stormfield"),
        "{}",
        story.events[1].notes
    );
}
