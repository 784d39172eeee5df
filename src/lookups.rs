//! What the editor looks up in a whole story, kept beside it so one edit among a million records
//! costs no pass over them: which ids are taken, which places a passage may name. Each is built on
//! the first question and then kept by the edits (`edit::apply`), or let go when they change what
//! it holds.

use std::collections::HashMap;
use std::sync::OnceLock;

/// A story's lookups (compared equal whatever is built: they are caches of what it says).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lookups {
    pub event_ids: IdCounts,
    pub quote_ids: IdCounts,
    pub place_words: PlaceWords,
}

/// The ids of one of a story's long lists (events, quotes), counted by their hash, so that a new
/// id is known to be free without a walk over a million records. Built on the first question,
/// then kept by each edit ([`IdCounts::follow`]). Counted, not a set: two ids of one hash (a
/// 64-bit hash makes it all but impossible) stay taken until both are gone; a wrong "taken" only
/// numbers a new id one further.
#[derive(Debug, Clone, Default)]
pub struct IdCounts(OnceLock<HashMap<u64, u32, foldhash::fast::RandomState>>);

/// An id's 64-bit hash (foldhash, fixed for the process: the counts outlive no process).
fn id_hash(id: &str) -> u64 {
    use std::hash::BuildHasher;
    static HASHER: std::sync::LazyLock<foldhash::quality::RandomState> =
        std::sync::LazyLock::new(Default::default);
    HASHER.hash_one(id)
}

impl IdCounts {
    /// Whether the counts have been built (asked once).
    pub fn is_built(&self) -> bool {
        self.0.get().is_some()
    }

    /// Whether `id` is taken among `all` (the list's ids, read only the first time).
    pub fn taken<'a, I: Iterator<Item = &'a str>>(
        &self,
        id: &str,
        all: impl FnOnce() -> I,
    ) -> bool {
        let counts = self.0.get_or_init(|| {
            let all = all();
            let mut counts =
                HashMap::with_capacity_and_hasher(all.size_hint().0, Default::default());
            for id in all {
                *counts.entry(id_hash(id)).or_insert(0) += 1;
            }
            counts
        });
        counts.contains_key(&id_hash(id))
    }

    /// An id left the list (`gone`) and one joined it (`new`); nothing to do until first asked.
    pub fn follow(&mut self, gone: Option<&str>, new: Option<&str>) {
        let Some(counts) = self.0.get_mut() else {
            return;
        };
        if let Some(gone) = gone {
            let hash = id_hash(gone);
            if let Some(n) = counts.get_mut(&hash) {
                *n -= 1;
                if *n == 0 {
                    counts.remove(&hash);
                }
            }
        }
        if let Some(new) = new {
            *counts.entry(id_hash(new)).or_insert(0) += 1;
        }
    }
}

impl PartialEq for IdCounts {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The story's places by the first two words of their names and aliases (ASCII, lower case), so a
/// passage is matched against the few places whose names start as two of its words do, rather than
/// against every place (every "Locality …" of a data set, every "San …"); a name of one word is
/// kept by that word, and a name that starts with another letter is always tried.
#[derive(Debug, Clone, Default)]
pub struct PlaceWords(OnceLock<KeyedPlaces>);

/// Places by key, and those always tried.
type KeyedPlaces = (HashMap<String, Vec<usize>>, Vec<usize>);

/// A name's key: its first two words when both are ASCII, else its first word when it is.
fn key_of(name: &str) -> Option<String> {
    let mut words = words_of(name);
    let first = words.next().filter(|w| w.is_ascii())?.to_ascii_lowercase();
    Some(match words.next().filter(|w| w.is_ascii()) {
        Some(second) => format!("{first} {}", second.to_ascii_lowercase()),
        None => first,
    })
}

fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

impl PlaceWords {
    /// The places a (folded, lower-case) passage may name, in story order, each once: those a name
    /// of which has the key of one of its words or of two words in a row.
    /// `names` gives each place's names and aliases with its position (read the first time only).
    pub fn candidates<'n, N: Iterator<Item = (usize, &'n str)>>(
        &self,
        names: impl FnOnce() -> N,
        passage: &str,
    ) -> Vec<usize> {
        let (by_key, always) = self.0.get_or_init(|| {
            let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
            let mut always = Vec::new();
            for (p, name) in names() {
                match key_of(name) {
                    Some(key) => by_key.entry(key).or_default().push(p),
                    None if words_of(name).next().is_some() => always.push(p),
                    None => {}
                }
            }
            (by_key, always)
        });
        let words: Vec<&str> = words_of(passage).collect();
        let mut found: Vec<usize> = always.clone();
        for (i, word) in words.iter().enumerate() {
            found.extend(by_key.get(*word).into_iter().flatten());
            if let Some(next) = words.get(i + 1) {
                found.extend(by_key.get(&format!("{word} {next}")).into_iter().flatten());
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The places changed: worked out again at the next question.
    pub fn forget(&mut self) {
        self.0 = OnceLock::new();
    }
}

impl PartialEq for PlaceWords {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_a_candidate_when_its_name_starts_as_the_passage_does() {
        let places = [
            (0, "Locality 12"),
            (1, "Locality 13"),
            (2, "Saint-Jean"),
            (3, "Gori"),
            (3, "Şuşa"),
            (4, "Ağdam"),
        ];
        let words = PlaceWords::default();
        let passage = |text: &str| crate::search::fold(text).0;
        // Two words in a row tell the localities apart; an alias that starts with another letter,
        // and a name that does, are always tried.
        assert_eq!(
            words.candidates(
                || places.into_iter(),
                &passage("Shelling near Locality 12.")
            ),
            [0, 3, 4]
        );
        assert_eq!(
            words.candidates(|| places.into_iter(), &passage("à Saint Jean, puis Gori")),
            [2, 3, 4]
        );
        assert_eq!(
            words.candidates(|| places.into_iter(), &passage("rien")),
            [3, 4]
        );
    }
}
