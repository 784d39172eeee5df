//! Sources as provable evidence, as a fact-checker meets them: a text that changed since capture is
//! refused, a source without a record says so, labels tell sources apart, an HTML page keeps its
//! original, a revised article's quotes are followed, and no import or save alters a source.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chronomap::formats::{self, Format, story_out::StoryOut};
use chronomap::load;
use chronomap::model::QuoteFate;
use chronomap::provenance::sha256_hex;
use common::{chronomap, copy_story, said};
use serde_json::{Value, json};
use std::path::Path;

fn edit_story(folder: &Path, edit: impl FnOnce(&mut Value)) {
    let path = folder.join("story.json");
    let mut story: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    edit(&mut story);
    std::fs::write(&path, serde_json::to_string_pretty(&story).unwrap()).unwrap();
}

/// Every file of a folder with its SHA-256, to show nothing was written.
fn fingerprint(folder: &Path) -> Vec<(String, String)> {
    common::files_in(folder)
        .into_iter()
        .map(|(name, bytes)| (name, sha256_hex(&bytes)))
        .collect()
}

#[test]
fn a_source_changed_since_capture_is_refused_naming_the_file() {
    let (_dir, story) = copy_story("tests/broken/valid");
    let source = story.join("sources/a.txt");
    let captured = sha256_hex(&std::fs::read(&source).unwrap());
    edit_story(&story, |s| {
        s["sources"][0]["capture"] =
            json!({"captured": "2024-04-17T21:05:00Z", "sha256": captured});
    });
    assert!(
        load::load_path(&story).is_ok(),
        "the recorded hash verifies"
    );
    // One word changed after capture.
    std::fs::write(
        &source,
        "Something happened in the city. It was said twice. It was said twice.",
    )
    .unwrap();
    let out = chronomap(&["validate", story.to_str().unwrap()]);
    assert!(!out.status.success());
    let message = said(&out);
    assert!(
        message.contains(
            "sources/a.txt has changed since capture on 2024-04-17T21:05:00Z: its SHA-256 is"
        ),
        "{message}"
    );
    assert!(
        message.contains(&format!("the record says {captured}")),
        "{message}"
    );
}

#[test]
fn a_source_without_a_record_still_opens_and_says_not_recorded() {
    let out = chronomap(&["validate", "tests/broken/valid"]);
    assert!(out.status.success());
    assert!(said(&out).contains("capture records: 0 of 1 sources; not recorded: s1\n"));
    // `chronomap capture` writes the record, and the story then verifies.
    let (_dir, story) = copy_story("tests/broken/valid");
    let out = chronomap(&["capture", story.to_str().unwrap()]);
    assert!(out.status.success(), "{}", said(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "recorded: s1\n");
    let loaded = load::load_path(&story).unwrap();
    let capture = loaded.sources[0].capture.as_ref().unwrap();
    assert_eq!(
        capture.sha256,
        sha256_hex(&std::fs::read(story.join("sources/a.txt")).unwrap())
    );
    assert!(capture.notes.contains("Recorded after the fact"));
}

#[test]
fn two_sources_with_the_same_label_are_refused() {
    let (_dir, story) = copy_story("tests/broken/valid");
    edit_story(&story, |s| {
        let mut twin = s["sources"][0].clone();
        twin["id"] = json!("s2");
        s["sources"].as_array_mut().unwrap().push(twin);
    });
    let errors = load::load_path(&story).unwrap_err();
    assert_eq!(errors.0.len(), 1, "{errors}");
    let message = errors.0[0].to_string();
    // Located at the second source's record.
    let written = std::fs::read_to_string(story.join("story.json")).unwrap();
    let line = written.lines().position(|l| l.contains("\"s2\"")).unwrap() + 1;
    assert!(
        message.contains(&format!("story.json:{line}:")),
        "{message}"
    );
    assert!(
        message.ends_with("source \"s2\" has the label \"Example Press, 17 Apr 2024\", as source \"s1\" does; give one of them its own \"label\""),
        "{message}"
    );
    // A label of its own tells them apart everywhere.
    edit_story(&story, |s| {
        s["sources"][1]["label"] = json!("Example Press, evening edition")
    });
    let loaded = load::load_path(&story).unwrap();
    assert_eq!(loaded.sources[1].label, "Example Press, evening edition");
}

#[test]
fn an_html_page_becomes_a_source_with_its_original_kept_unchanged() {
    let (dir, story) = copy_story("tests/broken/valid");
    let page = dir.path().join("page.html");
    let html = "<html><head><title>Convoy</title></head><body><nav>Home | World</nav><article>\
        <h1>The convoy reached the town</h1>\
        <p>The first trucks of the convoy reached the town on Wednesday evening, local officials said in a statement.</p>\
        <p>Residents watched as the vehicles crossed the bridge, the last of them arriving after midnight.</p>\
        </article><footer>All rights reserved</footer></body></html>";
    std::fs::write(&page, html).unwrap();
    let out = chronomap(&[
        "add-source",
        story.to_str().unwrap(),
        page.to_str().unwrap(),
        "--published",
        "2024-04-18",
        "--publisher",
        "Town Gazette",
        "--url",
        "https://example.org/convoy",
    ]);
    assert!(out.status.success(), "{}", said(&out));
    let id = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    assert_eq!(id, "the-convoy-reached-the-town");
    let original = story.join(format!("sources/original/{id}.html"));
    assert_eq!(std::fs::read(&original).unwrap(), html.as_bytes());
    let extracted = std::fs::read_to_string(story.join(format!("sources/{id}.txt"))).unwrap();
    assert!(extracted.contains("reached the town on Wednesday evening"));
    assert!(!extracted.contains("All rights reserved"));
    let loaded = load::load_path(&story).unwrap();
    let source = loaded.sources.iter().find(|s| s.id == id).unwrap();
    assert_eq!(source.label, "Town Gazette, 18 Apr 2024");
    let capture = source.capture.as_ref().unwrap();
    assert_eq!(capture.sha256, sha256_hex(extracted.as_bytes()));
    let kept = capture.original.as_ref().unwrap();
    assert_eq!(kept.sha256, sha256_hex(html.as_bytes()));
    assert!(kept.extracted_by.starts_with("dom_smoothie "));
    // The earlier source is untouched.
    assert_eq!(
        std::fs::read(story.join("sources/a.txt")).unwrap(),
        std::fs::read("tests/broken/valid/sources/a.txt").unwrap()
    );
}

const FIRST_VERSION: &str = "The mayor opened the bridge on Monday. Traffic resumed within the hour. \
    About forty trucks crossed before noon. Police closed the road at night.";
const REVISED_VERSION: &str = "The mayor opened the bridge on Monday. About thirty trucks crossed before noon, \
    officials said. Traffic resumed within the hour.";

#[test]
fn a_revised_article_follows_each_quote_of_the_first_version() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story");
    std::fs::create_dir_all(story.join("sources")).unwrap();
    std::fs::copy(
        "tests/broken/valid/places.geojson",
        story.join("places.geojson"),
    )
    .unwrap();
    std::fs::write(story.join("sources/v1.txt"), FIRST_VERSION).unwrap();
    let quote = |id: &str, exact: &str| json!({"id": id, "source": "v1", "exact": exact});
    let story_json = json!({
        "format": "chronomap-story/1",
        "title": "The bridge",
        "sources": [{"id": "v1", "title": "Bridge opens", "publisher": "Daily", "published": "2024-05-06",
                     "language": "en", "file": "sources/v1.txt"}],
        "events": [
            {"id": "opened", "title": "Bridge opened", "date": "2024-05-06", "status": "occurred", "quotes": ["q-open"]},
            {"id": "trucks", "title": "Trucks cross", "date": "2024-05-06", "status": "occurred", "quotes": ["q-trucks"]},
            {"id": "closed", "title": "Road closed", "date": "2024-05-06", "status": "occurred", "quotes": ["q-closed"]}
        ],
        "quotes": [
            quote("q-open", "The mayor opened the bridge on Monday."),
            quote("q-traffic", "Traffic resumed within the hour."),
            quote("q-trucks", "About forty trucks crossed before noon."),
            quote("q-closed", "Police closed the road at night.")
        ]
    });
    std::fs::write(
        story.join("story.json"),
        serde_json::to_string_pretty(&story_json).unwrap(),
    )
    .unwrap();
    let revised = dir.path().join("revised.txt");
    std::fs::write(&revised, REVISED_VERSION).unwrap();
    let out = chronomap(&[
        "add-source",
        story.to_str().unwrap(),
        revised.to_str().unwrap(),
        "--title",
        "Bridge opens (updated)",
        "--published",
        "2024-05-07",
        "--label",
        "Daily, updated 7 May",
        "--revises",
        "v1",
    ]);
    assert!(out.status.success(), "{}", said(&out));
    let loaded = load::load_path(&story).unwrap();
    let revision = &loaded.revisions[0];
    let fate = |id: &str| {
        revision
            .quotes
            .iter()
            .find(|(q, _)| loaded.quotes[*q].id == id)
            .map(|(_, fate)| fate.clone())
            .unwrap()
    };
    assert_eq!(fate("q-open"), QuoteFate::Unchanged);
    let moved_to = REVISED_VERSION[..REVISED_VERSION.find("Traffic").unwrap()]
        .chars()
        .count();
    assert_eq!(fate("q-traffic"), QuoteFate::Moved { start: moved_to });
    let QuoteFate::Changed { bytes, changes } = fate("q-trucks") else {
        panic!("reworded: {:?}", fate("q-trucks"));
    };
    let new_text = &loaded.sources[revision.later].text;
    assert_eq!(&new_text[bytes], "About thirty trucks crossed before noon,");
    assert!(changes.contains(&chronomap::model::WordChange::Removed("forty".to_owned())));
    assert!(changes.contains(&chronomap::model::WordChange::Inserted("thirty".to_owned())));
    assert_eq!(fate("q-closed"), QuoteFate::Orphaned);
    // Both versions stay, and validate counts each state.
    assert_eq!(loaded.sources.len(), 2);
    let out = chronomap(&["validate", story.to_str().unwrap()]);
    assert!(
        said(&out).contains(
            "revisions: 1; quotes of earlier versions: 1 unchanged, 1 moved, 1 changed, 1 orphaned"
        ),
        "{}",
        said(&out)
    );
}

#[test]
fn an_import_with_an_excerpt_not_in_its_source_writes_nothing() {
    let (dir, story) = copy_story("data/karabakh");
    let before = fingerprint(&story);
    let csv = dir.path().join("rows.csv");
    std::fs::write(
        &csv,
        "date,title,source,quote\n2024-04-18,Convoy,gazette,\"Les forces russes ont quitté la région.\"\n",
    )
    .unwrap();
    let out = chronomap(&["import", story.to_str().unwrap(), csv.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", said(&out));
    assert!(said(&out).contains("its exact text is not found in sources/003_8dfbbe99632af8eb.txt"));
    assert_eq!(fingerprint(&story), before, "no file changed");
    // A verbatim excerpt imports, and still no source byte changes.
    std::fs::write(
        &csv,
        "date,title,source,quote\n2024-04-18,Withdrawal,gazette,\"Les forces de maintien de la paix russes ont commencé à se retirer\"\n",
    )
    .unwrap();
    let out = chronomap(&["import", story.to_str().unwrap(), csv.to_str().unwrap()]);
    assert!(out.status.success(), "{}", said(&out));
    for source in [
        "sources/000_dfcbaef0274c1e9b.txt",
        "sources/003_8dfbbe99632af8eb.txt",
    ] {
        let (now, shipped) = (story.join(source), Path::new("data/karabakh").join(source));
        assert_eq!(
            sha256_hex(&std::fs::read(now).unwrap()),
            sha256_hex(&std::fs::read(shipped).unwrap())
        );
    }
    assert_eq!(load::load_path(&story).unwrap().events.len(), 14);
}

#[test]
fn saving_never_overwrites_a_different_source_file() {
    let story = common::shipped_story();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(&story.sources[0].file);
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "another text").unwrap();
    let error = formats::save_folder(StoryOut::from_story(&story), dir.path()).unwrap_err();
    assert!(
        error.to_string().contains("is never overwritten"),
        "{error}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "another text");
    assert!(!dir.path().join("story.json").exists(), "nothing written");
}

#[test]
fn labels_capture_records_and_revisions_survive_a_round_trip() {
    let story = common::shipped_story();
    let back = StoryOut::from_story(&story).reload("again").unwrap();
    for (a, b) in story.sources.iter().zip(&back.sources) {
        assert_eq!(
            (&a.label, a.label_is_set, &a.capture),
            (&b.label, b.label_is_set, &b.capture)
        );
    }
    assert!(story.sources[0].label_is_set && !story.sources[1].label_is_set);
}

#[test]
fn exports_carry_each_quote_with_its_source_label() {
    let story = common::shipped_story();
    let claims = String::from_utf8(formats::export(&story, Format::ClaimsCsv).unwrap()).unwrap();
    let mut rows = csv::Reader::from_reader(claims.as_bytes());
    let headers: Vec<String> = rows.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(
        headers,
        [
            "claim",
            "topic",
            "source",
            "source_label",
            "value",
            "quotes",
            "quote_texts"
        ]
    );
    let rows: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(
        rows.len(),
        story
            .claims
            .iter()
            .map(|c| c.statements.len())
            .sum::<usize>()
    );
    let gazette = rows.iter().find(|r| &r[2] == "gazette").unwrap();
    assert_eq!(&gazette[3], "La Gazette (Paris), 17 Apr 2024");
    assert!(!gazette[6].is_empty());

    let events = String::from_utf8(formats::export(&story, Format::EventsCsv).unwrap()).unwrap();
    assert!(events.contains("Unsigned article (cites Sputnik Arménie), 17 Apr 2024: «"));
    let timeline = String::from_utf8(formats::export(&story, Format::TimelineJs).unwrap()).unwrap();
    assert!(timeline.contains("— La Gazette (Paris), 17 Apr 2024"));
}

/// Every source file of a story folder rewritten as Git for Windows or Notepad leave it: a byte
/// order mark, then CRLF line ends.
fn as_windows_writes_it(folder: &Path) {
    for entry in std::fs::read_dir(folder.join("sources")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap();
            let text = String::from_utf8(bytes).unwrap().replace('\n', "\r\n");
            std::fs::write(&path, format!("\u{feff}{text}")).unwrap();
        }
    }
}

#[test]
fn sources_with_crlf_line_ends_and_a_bom_open_with_a_notice_and_are_never_rewritten() {
    let (_dir, folder) = copy_story("data/karabakh");
    as_windows_writes_it(&folder);
    let sources_only = |folder: &Path| -> Vec<(String, String)> {
        fingerprint(folder)
            .into_iter()
            .filter(|(name, _)| name.starts_with("sources/"))
            .collect()
    };
    let before = sources_only(&folder);
    assert_eq!(before.len(), 2);
    // The command line: valid, with a note naming each file and what differs.
    let folder_arg = folder.display().to_string();
    let out = chronomap(&["validate", &folder_arg]);
    assert!(out.status.success(), "{}", said(&out));
    let printed = said(&out);
    assert_eq!(
        printed
            .matches(
                "only by CRLF line ends and a leading byte order mark: its words are unchanged"
            )
            .count(),
        2,
        "{printed}"
    );
    assert!(printed.contains("quotes: 28"), "{printed}");
    // The story reads the captured text (its hash proves it): quotes at their recorded places.
    let mut doc = chronomap::document::Document::open(&folder).unwrap();
    assert_eq!(doc.story().notices.len(), 2);
    assert!(!doc.story().sources[0].text.contains('\r'));
    // Saving leaves the source files exactly as they are.
    doc.save(None).unwrap();
    assert_eq!(sources_only(&folder), before);
    // Any other difference is still refused.
    let source = folder.join(&doc.story().sources[0].file);
    let changed = std::fs::read_to_string(&source)
        .unwrap()
        .replacen("Karabagh", "Karabakh", 1);
    std::fs::write(&source, changed).unwrap();
    let out = chronomap(&["validate", &folder_arg]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        said(&out).contains("changed since capture"),
        "{}",
        said(&out)
    );
}
