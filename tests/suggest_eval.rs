//! How well the extractor suggests events, on annotated texts (tests/suggest/gold.json): the two seed
//! articles, annotated from the shipped story's events, and short news texts written to cover the
//! forms the rules know. Prints precision, recall and date-value accuracy per language
//! (`cargo test --test suggest_eval -- --nocapture`); fails if a gold event that the text dates is
//! missed or mis-dated (misses the annotation explains, such as a sentence with no date in it, are
//! counted, not failed).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chronomap::anchoring::{Anchor, CharPositions, Selector, anchor};
use chronomap::suggest::{self, Suggestion};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Deserialize)]
struct Text {
    name: String,
    language: String,
    published: String,
    file: String,
    gold: Vec<Gold>,
}

#[derive(Deserialize)]
struct Gold {
    contains: String,
    edtf: String,
    #[serde(default)]
    status: Option<String>,
    /// Why the extractor cannot be expected to get it (the date is not in the sentence).
    #[serde(default)]
    why: Option<String>,
}

#[derive(Default)]
struct Score {
    suggested: usize,
    gold: usize,
    found: usize,
    right_value: usize,
    matched_suggestions: usize,
}

fn same_days(a: &str, b: &str) -> bool {
    let (a, b) = (
        chronomap::date::resolve(a).unwrap(),
        chronomap::date::resolve(b).unwrap(),
    );
    (a.earliest, a.latest) == (b.earliest, b.latest)
}

#[test]
fn the_extractor_scores_on_the_annotated_texts() {
    let folder = Path::new("tests/suggest");
    let texts: Vec<Text> =
        serde_json::from_str(&std::fs::read_to_string(folder.join("gold.json")).unwrap()).unwrap();
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    let mut failures = Vec::new();
    for text in &texts {
        let body = std::fs::read_to_string(folder.join(&text.file)).unwrap();
        let day = suggest::publication_day(&text.published).unwrap();
        let found = suggest::suggest(&body, day, &text.language, None).unwrap();
        check_quotes_anchor(&body, &found);
        let (found_before, right_before, matched_before) = {
            let s = scores.entry(text.language.clone()).or_default();
            (s.found, s.right_value, s.matched_suggestions)
        };
        let score = scores.entry(text.language.clone()).or_default();
        score.suggested += found.len();
        score.gold += text.gold.len();
        let mut used = vec![false; found.len()];
        for gold in &text.gold {
            // The suggestion of that sentence with the gold's days, else any of that sentence.
            let candidates: Vec<usize> = (0..found.len())
                .filter(|&i| !used[i] && found[i].quote.contains(&gold.contains))
                .collect();
            let pick = candidates
                .iter()
                .copied()
                .find(|&i| same_days(&found[i].date.edtf, &gold.edtf))
                .or(candidates.first().copied());
            match pick {
                Some(i) => {
                    used[i] = true;
                    score.found += 1;
                    let right = same_days(&found[i].date.edtf, &gold.edtf)
                        && gold
                            .status
                            .as_deref()
                            .is_none_or(|s| s == found[i].status.label());
                    score.right_value += usize::from(right);
                    if !right && gold.why.is_none() {
                        failures.push(format!(
                            "{}: \"{}\" suggested as {} ({}), gold {}",
                            text.name,
                            gold.contains,
                            found[i].date.edtf,
                            found[i].status.label(),
                            gold.edtf
                        ));
                    }
                }
                None if gold.why.is_none() => failures.push(format!(
                    "{}: \"{}\" ({}) not suggested",
                    text.name, gold.contains, gold.edtf
                )),
                None => {}
            }
        }
        score.matched_suggestions += used.iter().filter(|&&u| u).count();
        println!(
            "{}: {} suggested, {} matched; {} of {} gold events found, {} with the right date",
            text.name,
            found.len(),
            score.matched_suggestions - matched_before,
            score.found - found_before,
            text.gold.len(),
            score.right_value - right_before
        );
        for (i, s) in found.iter().enumerate().filter(|(i, _)| !used[*i]) {
            println!(
                "{}: not in the gold set: {} {:?} ({})",
                text.name, s.date.edtf, s.quote, i
            );
        }
    }
    for (language, s) in &scores {
        println!(
            "{language}: precision {:.2} ({}/{}), recall {:.2} ({}/{}), value accuracy {:.2} ({}/{})",
            s.matched_suggestions as f64 / s.suggested.max(1) as f64,
            s.matched_suggestions,
            s.suggested,
            s.found as f64 / s.gold.max(1) as f64,
            s.found,
            s.gold,
            s.right_value as f64 / s.found.max(1) as f64,
            s.right_value,
            s.found
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every suggestion's quote is its sentence word for word, and anchors there as a quote would.
fn check_quotes_anchor(text: &str, found: &[Suggestion]) {
    let positions = CharPositions::new(text);
    for s in found {
        assert_eq!(&text[s.bytes.clone()], s.quote);
        let context = |from: usize, to: usize| text.get(from..to);
        let prefix = context(s.bytes.start.saturating_sub(64), s.bytes.start)
            .or(Some(""))
            .filter(|p| !p.is_empty());
        let suffix =
            context(s.bytes.end, (s.bytes.end + 64).min(text.len())).filter(|p| !p.is_empty());
        // Context cut inside a character is left out; the exact words alone then must do.
        let selector = Selector {
            exact: &s.quote,
            prefix,
            suffix,
        };
        match anchor(text, &positions, selector) {
            Anchor::Found { bytes, .. } => assert_eq!(bytes, s.bytes),
            other => match anchor(text, &positions, Selector::exact(&s.quote)) {
                Anchor::Found { bytes, .. } => assert_eq!(bytes, s.bytes),
                again => panic!("{:?} does not anchor: {other:?} / {again:?}", s.quote),
            },
        }
    }
}
