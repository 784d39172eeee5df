//! Events as Parquet (`--features parquet`): a table pyarrow wrote in ACLED's columns
//! (`tests/parquet/make.py`) imports as its CSV would, the events table exports with dates typed and
//! imports back to the same events, and a broken file is refused with its name.

#![cfg(feature = "parquet")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{chronomap, copy_story, said, story_json};
use serde_json::Value;
use std::path::Path;

fn events(story: &Path) -> Vec<Value> {
    story_json(story)["events"].as_array().unwrap().clone()
}

#[test]
fn an_acled_table_written_by_pyarrow_imports_and_the_events_table_round_trips() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parquet/acled.parquet");
    let (_dir, story) = copy_story("tests/broken/valid");
    let before = events(&story).len();
    let out = chronomap(&["import", story.to_str().unwrap(), fixture.to_str().unwrap()]);
    assert!(out.status.success(), "{}", said(&out));
    let imported = events(&story);
    assert_eq!(imported.len(), before + 10);
    let by_id = |id: &str| imported.iter().find(|e| e["id"] == id).unwrap().clone();
    // A Parquet DATE and ACLED's time_precision, read as the CSV import reads them.
    assert_eq!(by_id("AZE1001")["date"], "2024-04-02");
    assert_eq!(by_id("AZE1000")["date"], "2024-04-01~/2024-04-07~");
    assert!(
        by_id("AZE1001")["notes"]
            .as_str()
            .unwrap()
            .contains("post 2")
    );

    // Exported as Parquet and imported back (same ids replace): the same events, dates and notes.
    let table = story.parent().unwrap().join("events.parquet");
    let out = chronomap(&[
        "export-parquet",
        story.to_str().unwrap(),
        "-o",
        table.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", said(&out));
    let bytes = std::fs::read(&table).unwrap();
    assert!(
        bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"),
        "a Parquet file"
    );
    let out = chronomap(&["import", story.to_str().unwrap(), table.to_str().unwrap()]);
    assert!(out.status.success(), "{}", said(&out));
    assert_eq!(events(&story), imported);
}

#[test]
fn a_broken_parquet_file_is_refused_with_its_name() {
    let (dir, story) = copy_story("tests/broken/valid");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parquet/acled.parquet");
    let bytes = std::fs::read(fixture).unwrap();
    let broken = dir.path().join("broken.parquet");
    std::fs::write(&broken, &bytes[..bytes.len() / 2]).unwrap();
    let out = chronomap(&["import", story.to_str().unwrap(), broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", said(&out));
    assert!(said(&out).contains("broken.parquet"), "{}", said(&out));
    assert!(
        said(&out).contains("not a readable Parquet table"),
        "{}",
        said(&out)
    );
}

/// Files the fuzzer found the `parquet` crate asserting on (a column chunk of negative length, a
/// bit-packed run past its buffer) or aborting the program on (a dictionary claiming 61 GB of
/// values): refused as damaged, not a crash.
#[test]
fn a_damaged_parquet_file_that_stops_its_reader_is_refused_not_a_crash() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_crashes/parquet");
    let mut read = 0;
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let error = chronomap::formats::parquet_table::to_csv(bytes).expect_err("damaged");
        assert!(
            error.contains("the Parquet file is damaged"),
            "{}: {error}",
            path.display()
        );
        read += 1;
    }
    assert_eq!(read, 3);
}
