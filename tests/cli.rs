//! The command line as a user runs it: validate's counts and exit codes, the CSV export.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn chronomap(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_chronomap"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// Runs the command, which must succeed, and returns what it printed.
fn succeeds(args: &[&str]) -> String {
    let out = chronomap(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn validate_prints_counts_for_the_shipped_story() {
    let out = chronomap(&["validate", "data/karabakh"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "sources: 2\nplaces: 17\nevents: 13\nquotes: 28\nclaims: 5\nsteps: 7\n\
         capture records: 2 of 2 sources\n\
         revisions: 0; quotes of earlier versions: 0 unchanged, 0 moved, 0 changed, 0 orphaned\n"
    );
}

#[test]
fn publish_writes_one_page_of_the_story_and_says_what_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("karabakh.html");
    let said = succeeds(&["publish", "data/karabakh", "-o", page.to_str().unwrap()]);
    let html = std::fs::read_to_string(&page).unwrap();
    assert_eq!(
        said,
        format!(
            "{}: 7 steps, 13 events, 28 quotes, {} bytes\n",
            page.display(),
            html.len()
        )
    );
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("Where the two articles differ"));
    // A folder that cannot be written to is refused with the path, and exit code 1.
    let out = chronomap(&["publish", "data/karabakh", "-o", "/nonexistent/page.html"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("/nonexistent/page.html: "));
}

#[test]
fn validate_exits_1_with_every_problem_on_each_broken_story() {
    let mut checked = 0;
    for entry in std::fs::read_dir("tests/broken").unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().is_some_and(|n| n == "valid") {
            continue;
        }
        let out = chronomap(&["validate", path.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{}: {stderr}", path.display());
        assert!(
            stderr.contains(path.to_str().unwrap()),
            "{}: message names the file: {stderr}",
            path.display()
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
        checked += 1;
    }
    assert!(checked >= 18, "only {checked} broken stories");
}

#[test]
fn export_csv_writes_one_row_per_event() {
    let out = chronomap(&["export", "--format", "csv"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("id,edtf,earliest,latest,status,title,places,sources,quotes,notes,evidence,regions")
    );
    assert_eq!(lines.count(), 13);
    assert!(text.contains("peskov-confirms,2024-04-17,2024-04-17,2024-04-17,occurred,"));
    let same = chronomap(&["export", "--format", "csv", "data/karabakh"]);
    assert_eq!(String::from_utf8(same.stdout).unwrap(), text);
}

#[test]
fn suggest_prints_the_dated_sentences_of_an_article_as_csv() {
    let text = succeeds(&[
        "suggest",
        "data/karabakh/sources/003_8dfbbe99632af8eb.txt",
        "--published",
        "2024-04-17",
    ]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "edtf",
            "earliest",
            "latest",
            "status",
            "title",
            "quote",
            "places",
            "resolution"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let tuesday = rows.iter().find(|r| r[0] == *"2024-04-16").expect("mardi");
    assert!(tuesday[5].starts_with("La presse azérie a rapporté mardi"));
    assert_eq!(
        &tuesday[7],
        "mardi → Tuesday 16 April 2024, the day before publication"
    );
    let source = std::fs::read_to_string("data/karabakh/sources/003_8dfbbe99632af8eb.txt").unwrap();
    assert!(
        rows.iter().all(|r| source.contains(&r[5])),
        "every quote is in the text"
    );
}

#[test]
fn suggest_on_a_story_s_source_uses_its_date_language_and_places() {
    let text = succeeds(&["suggest", "data/karabakh", "anon"]);
    assert!(text.contains("2020-23,2020-09-01,2020-11-30,occurred"));
    let missing = chronomap(&["suggest", "data/karabakh", "nobody"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no source \"nobody\""));
}

#[test]
fn suggest_needs_a_publication_day_and_a_text() {
    let out = chronomap(&["suggest", "data/karabakh/sources/003_8dfbbe99632af8eb.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--published"));
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("binary.txt");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let out = chronomap(&[
        "suggest",
        binary.to_str().unwrap(),
        "--published",
        "2024-04-17",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
}

#[test]
fn suggest_reads_a_saved_web_page_as_its_main_text() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        "<html><head><title>Retrait</title></head><body><nav>Accueil, hier</nav><article><h1>Les soldats partent</h1>\
         <p>Les premiers soldats russes ont quitté le Karabakh mercredi, a confirmé le Kremlin à la presse.</p>\
         <p>Le contingent comptait près de deux mille hommes depuis novembre 2020 selon Moscou.</p></article></body></html>",
    )
    .unwrap();
    let text = succeeds(&[
        "suggest",
        page.to_str().unwrap(),
        "--published",
        "2024-04-17",
    ]);
    assert!(text.contains("2024-04-17,2024-04-17,2024-04-17,occurred"));
    assert!(text.contains("2020-11-01/2024-04-17"));
    assert!(!text.contains("<p>"), "tags are not quoted");
}

#[test]
fn a_problem_with_a_source_being_added_names_the_real_file_and_no_made_up_place() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story");
    std::fs::create_dir(&story).unwrap();
    for entry in ["story.json", "places.geojson"] {
        std::fs::copy(format!("data/karabakh/{entry}"), story.join(entry)).unwrap();
    }
    std::fs::create_dir(story.join("sources")).unwrap();
    for entry in std::fs::read_dir("data/karabakh/sources").unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), story.join("sources").join(entry.file_name())).unwrap();
    }
    let digest = dir.path().join("digest_en.txt");
    std::fs::write(&digest, "On 16 April 2024 the convoy left.\n").unwrap();
    let (story_arg, digest_arg) = (story.display().to_string(), digest.display().to_string());
    let out = chronomap(&[
        "add-source",
        &story_arg,
        &digest_arg,
        "--published",
        "2024-04-17",
        "--title",
        "Digest",
        "--label",
        "La Gazette (Paris), 17 Apr 2024",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let message = String::from_utf8_lossy(&out.stderr);
    let first = message.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!(
            "{digest_arg}, merged into the story's story.json: "
        )),
        "{first}"
    );
    assert!(
        first.contains("has the label \"La Gazette (Paris), 17 Apr 2024\""),
        "{first}"
    );
    assert!(!first.contains("digest_en.txt/"), "{first}");
}
