//! Fuzzing the loader and the importers with proptest under a fixed seed: thousands of mutated
//! stories (truncated, bytes changed, tokens spliced in) must each load or fail with problems,
//! never panic. The count of clean executions is printed.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chronomap::formats::{events_csv, places_geojson, timelinejs};
use chronomap::load::{self, StoryFiles};
use chronomap::shipped;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::cell::Cell;

/// Splices that make JSON plausible but wrong: types, brackets, dates, coordinates.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "-1",
    "1e999",
    "\"2024-02-30\"",
    "\"2020-23\"",
    "[200, 95]",
    "\"\\u0000\"",
    "\u{fffd}",
    "é",
    "\"id\": \"karabakh\"",
];

#[derive(Debug, Clone)]
enum Mutation {
    Truncate(usize),
    SetByte(usize, u8),
    Splice(usize, usize),
    Remove(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Mutation::SetByte(at, b)),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, t)| Mutation::Splice(at, t)),
        (any::<usize>(), 1usize..64).prop_map(|(at, n)| Mutation::Remove(at, n)),
    ]
}

fn mutate(original: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    for m in mutations {
        let len = bytes.len().max(1);
        match *m {
            Mutation::Truncate(at) => bytes.truncate(at % len),
            Mutation::SetByte(at, b) => {
                if !bytes.is_empty() {
                    bytes[at % len] = b;
                }
            }
            Mutation::Splice(at, t) => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, TOKENS[t].bytes());
            }
            Mutation::Remove(at, n) => {
                let at = at % len;
                let end = (at + n).min(bytes.len());
                if at < end {
                    bytes.drain(at..end);
                }
            }
        }
    }
    bytes
}

fn shipped_files() -> Vec<(String, Vec<u8>)> {
    match shipped::karabakh() {
        StoryFiles::Embedded { files, .. } => files
            .iter()
            .map(|(n, t)| ((*n).to_owned(), t.as_bytes().to_vec()))
            .collect(),
        _ => unreachable!("the shipped story is embedded"),
    }
}

fn runner(cases: u32) -> TestRunner {
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha))
}

#[test]
fn mutated_stories_never_panic_the_loader() {
    let files = shipped_files();
    let executions = Cell::new(0u32);
    let failures = Cell::new(0u32);
    let strategy = (0..files.len(), prop::collection::vec(mutation(), 1..6));
    runner(4000)
        .run(&strategy, |(target, mutations)| {
            let mut story = files.clone();
            story[target].1 = mutate(&story[target].1, &mutations);
            let result = load::load(&StoryFiles::Memory {
                name: "fuzz".to_owned(),
                files: story,
            });
            executions.set(executions.get() + 1);
            if let Err(errors) = result {
                failures.set(failures.get() + 1);
                prop_assert!(
                    !errors.0.is_empty(),
                    "a failed load reports at least one problem"
                );
                for e in &errors.0 {
                    prop_assert!(
                        e.location.file.starts_with("fuzz/"),
                        "problem names its file: {e}"
                    );
                }
            }
            Ok(())
        })
        .unwrap();
    println!(
        "fuzz loader: {} executions ran clean ({} rejected with problems)",
        executions.get(),
        failures.get()
    );
    assert!(executions.get() >= 4000);
    assert!(failures.get() > 1000, "the mutations do break stories");
}

#[test]
fn mutated_imports_never_panic() {
    let story = load::load(&shipped::karabakh()).unwrap();
    let mut csv = Vec::new();
    events_csv::export(&story, &mut csv).unwrap();
    let inputs = [
        csv,
        places_geojson::export(&story).into_bytes(),
        timelinejs::export(&story).into_bytes(),
    ];
    let executions = Cell::new(0u32);
    runner(1500)
        .run(
            &(0..inputs.len(), prop::collection::vec(mutation(), 1..6)),
            |(which, mutations)| {
                let bytes = mutate(&inputs[which], &mutations);
                let text = String::from_utf8_lossy(&bytes);
                let _ = match which {
                    0 => events_csv::import(&story, &text, "fuzz.csv"),
                    1 => places_geojson::import(&story, &text, "fuzz.geojson"),
                    _ => timelinejs::import(&story, &text, "fuzz.json"),
                };
                executions.set(executions.get() + 1);
                Ok(())
            },
        )
        .unwrap();
    println!("fuzz imports: {} executions ran clean", executions.get());
    assert!(executions.get() >= 1500);
}

#[test]
fn mutated_pictures_never_panic_and_stay_bounded() {
    // The fixtures (a JPEG with EXIF, one with malformed EXIF, a signed one, a PNG), each mutated:
    // read (size, EXIF, Content Credentials) and decoded as the reader and the page do.
    let pictures: Vec<(&str, Vec<u8>)> =
        ["checkpoint.jpg", "bad-exif.jpg", "signed.jpg", "plain.png"]
            .iter()
            .map(|name| {
                (
                    *name,
                    std::fs::read(format!("tests/pictures/{name}")).unwrap(),
                )
            })
            .collect();
    let (read, refused) = (Cell::new(0u32), Cell::new(0u32));
    runner(300)
        .run(
            &(0..pictures.len(), prop::collection::vec(mutation(), 1..4)),
            |(which, mutations)| {
                let (name, original) = &pictures[which];
                let bytes = mutate(original, &mutations);
                match chronomap::provenance::picture::read(name, &bytes) {
                    Ok(_) => read.set(read.get() + 1),
                    Err(why) => {
                        prop_assert!(!why.is_empty());
                        refused.set(refused.get() + 1);
                    }
                }
                let _ = chronomap::provenance::picture::decode_reduced(name, &bytes, 64, 6);
                Ok(())
            },
        )
        .unwrap();
    println!(
        "fuzz pictures: {} read, {} refused in words",
        read.get(),
        refused.get()
    );
    assert!(read.get() + refused.get() >= 300);
    assert!(refused.get() > 0, "the mutations do break pictures");
}
