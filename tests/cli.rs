//! The command line as a user runs it: validate's counts and exit codes, the CSV export.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn chronomap(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_chronomap"))
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn validate_prints_counts_for_the_shipped_story() {
    let out = chronomap(&["validate", "data/karabakh"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "sources: 2\nplaces: 17\nevents: 13\nquotes: 28\nclaims: 5\n\
         capture records: 2 of 2 sources\n\
         revisions: 0; quotes of earlier versions: 0 unchanged, 0 moved, 0 changed, 0 orphaned\n"
    );
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
        Some("id,edtf,earliest,latest,status,title,places,sources,quotes,notes,evidence")
    );
    assert_eq!(lines.count(), 13);
    assert!(text.contains("peskov-confirms,2024-04-17,2024-04-17,2024-04-17,occurred,"));
    let same = chronomap(&["export", "--format", "csv", "data/karabakh"]);
    assert_eq!(String::from_utf8(same.stdout).unwrap(), text);
}
