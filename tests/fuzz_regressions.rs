//! Every crash the coverage-guided fuzzers found (`fuzz/`), kept as the input that caused it in
//! `tests/fuzz_crashes/TARGET/`, must now run cleanly: no panic, and each target's own check holds.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chronomap::suggest;

fn crashes(target: &str) -> Vec<(String, Vec<u8>)> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_crashes")
        .join(target);
    let mut inputs: Vec<(String, Vec<u8>)> = std::fs::read_dir(folder)
        .expect("the crash inputs")
        .map(|e| {
            let path = e.expect("an entry").path();
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read(&path).expect("the input"))
        })
        .collect();
    inputs.sort();
    inputs
}

/// The `suggest` target's run: the first byte picks the language, the rest is the article,
/// published on 17 April 2024; every suggestion quotes its sentence word for word.
fn run_suggest(data: &[u8]) -> usize {
    let Some((&first, rest)) = data.split_first() else {
        return 0;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return 0;
    };
    let language = if first % 2 == 0 { "fr" } else { "en" };
    let published = suggest::publication_day("2024-04-17").unwrap();
    let found = suggest::suggest(text, published, language, None).unwrap();
    for s in &found {
        assert_eq!(text.get(s.bytes.clone()), Some(s.quote.as_str()));
    }
    found.len()
}

#[test]
fn the_suggest_crashes_run_cleanly() {
    let inputs = crashes("suggest");
    assert!(inputs.len() >= 2, "the kept crash inputs");
    for (name, data) in &inputs {
        // "N weeks ago" with N past the calendar panicked in chrono (days out of bounds, a date
        // minus days overflowing); such a count now gives no date. The rest of the text still
        // gives its suggestions.
        let found = run_suggest(data);
        assert!(
            found > 0,
            "{name}: the text's other dates are still suggested"
        );
    }
}

#[test]
fn a_count_of_days_past_the_calendar_is_no_date() {
    let published = suggest::publication_day("2024-04-17").unwrap();
    for text in [
        "Il y a 99999999999 jours, rien.",
        "It happened 1100000000000000024 weeks ago.",
        "It happened 2220240 weeks ago.",
    ] {
        let language = if text.starts_with("Il") { "fr" } else { "en" };
        let found = suggest::suggest(text, published, language, None).unwrap();
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// The `archive` target's run: the first byte names the archive's kind, the rest is the file.
fn run_archive(data: &[u8]) -> Result<chronomap::provenance::archive::ArchivedPage, String> {
    let (&kind, bytes) = data.split_first().ok_or("empty")?;
    let name = match kind % 3 {
        0 => "capture.wacz",
        1 => "capture.warc",
        _ => "capture.warc.gz",
    };
    chronomap::provenance::archive::page(name, bytes, None).map_err(|e| e.to_string())
}

/// A WARC record whose WARC-Target-URI is not UTF-8 panicked inside the `warc` crate (its header
/// accessor unwraps); such a record is now refused, naming the header.
#[test]
fn a_warc_header_that_is_not_utf8_is_refused_not_a_panic() {
    let inputs = crashes("archive");
    assert!(!inputs.is_empty());
    for (name, data) in inputs {
        let read = run_archive(&data);
        let error = read.expect_err(&name);
        assert!(
            error.contains("WARC-Target-URI is not UTF-8"),
            "{name}: {error}"
        );
    }
}
