//! The story's text quotes anchored in their sources, the searches spread over the cores: for a
//! large story they are most of its load. Each quote's anchor is worked out alone; the loader then
//! reports, in file order, what did not anchor.

use super::IdMap;
use super::raw::RawQuote;
use crate::anchoring::{
    Anchor, CharPositions, Normalized, Selector, ViewRef, anchor_with, normalize, occurrences,
};
use crate::model::Source;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Which of these quotes' words, normalised, occur in a source's normalised view: one pass.
fn found_in_view<'q>(
    view: &Normalized,
    exacts: impl Iterator<Item = &'q String>,
) -> HashSet<String> {
    let patterns: Vec<String> = exacts.map(|e| normalize(e)).collect();
    let refs: Vec<&str> = patterns.iter().map(String::as_str).collect();
    let found = occurrences(&view.text, &refs);
    patterns
        .into_iter()
        .zip(found)
        .filter(|(_, starts)| !starts.is_empty())
        .map(|(pattern, _)| pattern)
        .collect()
}

/// Each text quote anchored in its loaded source (none for a region, an empty quote or a source
/// that did not load), the searches spread over the cores: they are most of a large story's load.
pub(super) fn anchor_all(
    raw: &[RawQuote],
    sources: &[Source],
    char_positions: &[CharPositions],
    loaded_sources: &IdMap,
    cancel: &super::Cancel,
) -> Vec<Option<Anchor>> {
    // A source's normalised view, made once, the first time a quote is not found as typed.
    let views: Vec<OnceLock<Normalized>> = sources.iter().map(|_| OnceLock::new()).collect();
    let known = known_occurrences(raw, sources, loaded_sources);
    let normalized_found: Vec<OnceLock<HashSet<String>>> =
        sources.iter().map(|_| OnceLock::new()).collect();
    crate::parallel::map(raw, |_, q| {
        let &source = loaded_sources.get(&q.source)?;
        // Cancelled, the rest is left unsearched: the checks after stop at their first quote.
        if q.xywh.is_some() || q.exact.is_empty() || cancel.is_cancelled() {
            return None;
        }
        let text = &sources[source].text;
        let view = || views[source].get_or_init(|| Normalized::new(text));
        let known_starts = known[source]
            .as_ref()
            .and_then(|k| k.get(q.exact.as_str()))
            .map(Vec::as_slice);
        // Many quotes in a long source: one not found as typed is looked for in the normalised
        // view among the words one pass over it found, not by a search of its own.
        if let (Some(all), Some([])) = (&known[source], known_starts) {
            let found = normalized_found[source].get_or_init(|| found_in_view(view(), all.keys()));
            if !found.contains(&normalize(&q.exact)) {
                return Some(Anchor::NotFound);
            }
        }
        let selector = Selector {
            exact: &q.exact,
            prefix: q.prefix.as_deref(),
            suffix: q.suffix.as_deref(),
        };
        Some(anchor_with(
            text,
            &char_positions[source],
            selector,
            known_starts,
            || ViewRef::Kept(view()),
        ))
    })
}

/// Past this much work (quotes × bytes of their source), a source's quotes are found in one
/// Aho–Corasick pass instead of one search each: 5 000 quotes in a 200 MiB transcript took 409 s.
const ONE_PASS_WORK: usize = 1 << 32;

/// For each source with enough quotes and text, where each of its quotes' words start in it.
fn known_occurrences(
    quotes: &[RawQuote],
    sources: &[Source],
    loaded: &IdMap,
) -> Vec<Option<HashMap<String, Vec<usize>>>> {
    let mut by_source: Vec<Vec<&str>> = vec![Vec::new(); sources.len()];
    for q in quotes {
        if let Some(&s) = loaded.get(&q.source)
            && !q.exact.is_empty()
        {
            by_source[s].push(q.exact.as_str());
        }
    }
    by_source
        .into_iter()
        .zip(sources)
        .map(|(mut exacts, source)| {
            if exacts.len().saturating_mul(source.text.len()) < ONE_PASS_WORK {
                return None;
            }
            exacts.sort_unstable();
            exacts.dedup();
            let found = occurrences(&source.text, &exacts);
            Some(exacts.into_iter().map(str::to_owned).zip(found).collect())
        })
        .collect()
}
