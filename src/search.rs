//! Finding anything in a story the way people type it: without caring for case or accents, so
//! "latchine" finds the Lachin corridor (spelt "Latchine" in the French article) and "kalbadjar"
//! finds Kalbajar; across events, places (every alias), quotes and the full text of sources.

use crate::model::{Event, Place, Quote, Story};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Results past this many are not listed (the count says how many more there are).
pub const MAX_RESULTS: usize = 200;

/// What a result is, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Event(usize),
    Place(usize),
    Quote(usize),
    /// A passage of a source's text: its byte range.
    SourceText {
        source: usize,
        bytes: std::ops::Range<usize>,
    },
}

/// `text` lower-cased without accents, with, for each of its bytes, the byte of `text` it came from.
pub fn fold(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    let mut buffer = [0u8; 4];
    for (at, c) in text.char_indices() {
        for d in c
            .nfd()
            .filter(|&d| !is_combining_mark(d))
            .flat_map(char::to_lowercase)
        {
            let bytes = d.encode_utf8(&mut buffer).len();
            folded.push(d);
            origin.extend(std::iter::repeat_n(at, bytes));
        }
    }
    origin.push(text.len());
    (folded, origin)
}

/// `text` folded as [`fold`] folds it, into `out` (cleared first), without the byte origins: ASCII
/// characters are lower-cased in place, only others are decomposed.
fn fold_into(text: &str, out: &mut String) {
    out.clear();
    fold_onto(text, out);
}

/// `text` folded as [`fold`] folds it, added to the end of `out`.
fn fold_onto(text: &str, out: &mut String) {
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(
                c.nfd()
                    .filter(|&d| !is_combining_mark(d))
                    .flat_map(char::to_lowercase),
            );
        }
    }
}

/// Whether `haystack` contains the already-folded `needle`, ignoring case and accents; `buffer`
/// holds the folded haystack, reused from one call to the next.
fn matches(haystack: &str, needle: &str, buffer: &mut String) -> bool {
    fold_into(haystack, buffer);
    buffer.contains(needle)
}

/// Results as they are found: the first [`MAX_RESULTS`] kept, all counted.
#[derive(Default)]
struct Results {
    found: Vec<Found>,
    total: usize,
}

impl Results {
    fn add(&mut self, item: Found) {
        self.total += 1;
        if self.found.len() < MAX_RESULTS {
            self.found.push(item);
        }
    }

    /// Passages of the sources' texts, after the records.
    fn add_source_passages(mut self, story: &Story, needle: &str) -> (Vec<Found>, usize) {
        let mut buffer = String::new();
        for (s, source) in story.sources.iter().enumerate() {
            // Where each byte came from is worked out only for a text that holds the query.
            if !matches(&source.text, needle, &mut buffer) {
                continue;
            }
            let (folded, origin) = fold(&source.text);
            for (at, _) in folded.match_indices(needle) {
                self.add(Found::SourceText {
                    source: s,
                    bytes: origin[at]..origin[at + needle.len()],
                });
            }
        }
        (self.found, self.total)
    }
}

/// The folded query, none when it is too short to search.
fn needle_of(query: &str) -> Option<String> {
    let needle = fold(query.trim()).0;
    (needle.chars().count() >= 2).then_some(needle)
}

/// Everything in the story that contains `query` (case and accents ignored): events, places,
/// quotes, then passages of source texts; at most [`MAX_RESULTS`], and how many there were.
/// Scans every record; [`Index`] answers the same from one folded text.
pub fn find(story: &Story, query: &str) -> (Vec<Found>, usize) {
    let Some(needle) = needle_of(query) else {
        return (Vec::new(), 0);
    };
    let mut results = Results::default();
    let mut buffer = String::new();
    let mut add = |item: Found| results.add(item);
    for (e, event) in story.events.iter().enumerate() {
        if matches(&event.title, &needle, &mut buffer)
            || matches(&event.notes, &needle, &mut buffer)
        {
            add(Found::Event(e));
        }
    }
    for (p, place) in story.places.iter().enumerate() {
        if std::iter::once(&place.name)
            .chain(&place.aliases)
            .any(|name| matches(name, &needle, &mut buffer))
        {
            add(Found::Place(p));
        }
    }
    for (q, quote) in story.quotes.iter().enumerate() {
        if matches(&quote.exact, &needle, &mut buffer) {
            add(Found::Quote(q));
        }
    }
    results.add_source_passages(story, &needle)
}

/// Parts of a record in [`Index`]'s text are kept apart by this character, which no folded query
/// holds (a query holding it is answered by [`find`]).
const SEPARATOR: char = '\0';

/// A record's strings folded onto `out`, each followed by the separator.
fn fold_record<T: Indexed>(record: &T, out: &mut String) {
    record.each_string(&mut |string| {
        fold_onto(string, out);
        out.push(SEPARATOR);
    });
}

/// Events, places and quotes folded once into one text, each string followed by a separator, so a
/// query is one SIMD substring scan instead of folding every string again (1.3 million events: a
/// find in tens of milliseconds). Built once for a story, then kept up to date by each edit
/// ([`Index::follow`]): a record's strings are cut out of the text and the new ones put in.
pub struct Index {
    text: String,
    /// Where each record's strings start in `text`, in the order [`find`] lists them: events,
    /// places, quotes.
    starts: Vec<usize>,
    records: Vec<Found>,
    /// How many events and places there are (where the places' and the quotes' records begin).
    events: usize,
    places: usize,
    /// A record's strings folded, reused from one record to the next.
    folded: String,
}

/// A record [`Index`] holds: where it is listed, and the strings of it that are searched.
pub trait Indexed {
    fn found(at: usize) -> Found;
    /// Calls `each` with each of the record's strings that Find searches.
    fn each_string(&self, each: &mut dyn FnMut(&str));
}

impl Indexed for Event {
    fn found(at: usize) -> Found {
        Found::Event(at)
    }
    fn each_string(&self, each: &mut dyn FnMut(&str)) {
        each(&self.title);
        each(&self.notes);
    }
}

impl Indexed for Place {
    fn found(at: usize) -> Found {
        Found::Place(at)
    }
    fn each_string(&self, each: &mut dyn FnMut(&str)) {
        std::iter::once(&self.name)
            .chain(&self.aliases)
            .for_each(|name| each(name));
    }
}

impl Indexed for Quote {
    fn found(at: usize) -> Found {
        Found::Quote(at)
    }
    fn each_string(&self, each: &mut dyn FnMut(&str)) {
        each(&self.exact);
    }
}

impl Index {
    /// The story's records folded, a few thousand at a time on every core (1.3 million events
    /// took a second on one).
    pub fn new(story: &Story) -> Self {
        let mut index = Index::empty();
        index.events = index.append(&story.events, |event| &**event);
        index.places = index.append(&story.places, |place| place);
        index.append(&story.quotes, |quote| quote);
        index
    }

    fn empty() -> Self {
        Index {
            text: String::new(),
            starts: Vec::new(),
            records: Vec::new(),
            events: 0,
            places: 0,
            folded: String::new(),
        }
    }

    /// Appends every record of one of the story's lists; how many there were.
    fn append<R: Sync, T: Indexed>(
        &mut self,
        list: &[R],
        record: impl Fn(&R) -> &T + Sync,
    ) -> usize {
        const CHUNK: usize = 4096;
        let chunks: Vec<&[R]> = list.chunks(CHUNK).collect();
        let folded = crate::parallel::map(&chunks, |_, chunk| {
            let mut text = String::new();
            let starts: Vec<usize> = chunk
                .iter()
                .map(|r| {
                    let start = text.len();
                    fold_record(record(r), &mut text);
                    start
                })
                .collect();
            (text, starts)
        });
        let mut appended = 0;
        for (text, starts) in folded {
            let base = self.text.len();
            self.starts.extend(starts.iter().map(|start| base + start));
            let positions = appended..appended + starts.len();
            self.records.extend(positions.map(T::found));
            appended += starts.len();
            self.text.push_str(&text);
        }
        list.len()
    }

    /// Follows a record of the story removed from `before` (at its position), put at `after`, or
    /// both (changed, or moved): the records after each shift as the story's do.
    pub fn follow<T: Indexed>(&mut self, before: Option<(usize, &T)>, after: Option<(usize, &T)>) {
        if let Some((at, _)) = before {
            let slot = self.slot(T::found(at));
            self.cut(slot);
            self.renumber(slot, T::found(0), |i| i - 1);
            self.count(T::found(0), -1);
        }
        if let Some((at, record)) = after {
            let slot = self.slot(T::found(at));
            self.count(T::found(0), 1);
            self.renumber(slot, T::found(0), |i| i + 1);
            self.put(slot, T::found(at), record);
        }
    }

    /// Where the record `found` is (or is to be) in the index's order.
    fn slot(&self, found: Found) -> usize {
        match found {
            Found::Event(e) => e,
            Found::Place(p) => self.events + p,
            Found::Quote(q) => self.events + self.places + q,
            Found::SourceText { .. } => self.records.len(),
        }
    }

    fn count(&mut self, kind: Found, by: isize) {
        match kind {
            Found::Event(_) => self.events = self.events.saturating_add_signed(by),
            Found::Place(_) => self.places = self.places.saturating_add_signed(by),
            _ => {}
        }
    }

    /// The records of `kind` from `slot` on renumbered (one fewer or one more before them).
    fn renumber(&mut self, slot: usize, kind: Found, shift: impl Fn(usize) -> usize) {
        for record in self.records.iter_mut().skip(slot) {
            match (record, &kind) {
                (Found::Event(i), Found::Event(_))
                | (Found::Place(i), Found::Place(_))
                | (Found::Quote(i), Found::Quote(_)) => *i = shift(*i),
                _ => break,
            }
        }
    }

    /// Takes the record at `slot` out: its strings, its start, its entry.
    fn cut(&mut self, slot: usize) {
        let Some(&from) = self.starts.get(slot) else {
            return;
        };
        let to = self
            .starts
            .get(slot + 1)
            .copied()
            .unwrap_or(self.text.len());
        self.text.replace_range(from..to, "");
        self.starts.remove(slot);
        self.records.remove(slot);
        for start in &mut self.starts[slot..] {
            *start -= to - from;
        }
    }

    /// Puts a record in at `slot`: its folded strings, each followed by the separator.
    fn put<T: Indexed>(&mut self, slot: usize, found: Found, record: &T) {
        let at = self.starts.get(slot).copied().unwrap_or(self.text.len());
        let mut folded = std::mem::take(&mut self.folded);
        folded.clear();
        fold_record(record, &mut folded);
        if at == self.text.len() {
            self.text.push_str(&folded);
        } else {
            self.text.insert_str(at, &folded);
        }
        for start in &mut self.starts[slot..] {
            *start += folded.len();
        }
        self.starts.insert(slot, at);
        self.records.insert(slot, found);
        self.folded = folded;
    }

    /// What [`find`] finds, from the index (the sources' full texts are still folded per query).
    pub fn find(&self, story: &Story, query: &str) -> (Vec<Found>, usize) {
        let Some(needle) = needle_of(query) else {
            return (Vec::new(), 0);
        };
        if needle.contains(SEPARATOR) {
            return find(story, query);
        }
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        let mut results = Results::default();
        let mut from = 0;
        while let Some(at) = self
            .text
            .get(from..)
            .and_then(|rest| finder.find(rest.as_bytes()))
        {
            // The record holding the match, listed once however many of its strings match.
            let record = self.starts.partition_point(|&start| start <= from + at) - 1;
            results.add(self.records[record].clone());
            from = self
                .starts
                .get(record + 1)
                .copied()
                .unwrap_or(self.text.len());
        }
        results.add_source_passages(story, &needle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_and_accents_and_keeps_where_each_byte_came_from() {
        let (folded, origin) = fold("Kəlbəcər, Élysée");
        assert_eq!(folded, "kəlbəcər, elysee");
        let at = folded.find("elysee").unwrap();
        assert_eq!(&"Kəlbəcər, Élysée"[origin[at]..], "Élysée");
    }

    proptest::proptest! {
        /// Folding into a reused buffer gives what `fold` gives, accents and all.
        #[test]
        fn folding_in_place_folds_as_fold_does(text in "[a-zA-Zéèàçœ ÉÀƏə,.'-]{0,40}") {
            let mut buffer = String::from("left over");
            fold_into(&text, &mut buffer);
            proptest::prop_assert_eq!(buffer, fold(&text).0);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]
        /// The index finds what the scan of every record finds, in the same order, with the same
        /// count: on generated stories, for words of their titles, notes, names and quotes, cut
        /// anywhere, in any case, and for words they do not hold.
        #[test]
        fn the_index_finds_what_the_scan_finds(
            seed in 0u64..1000,
            pick in 0usize..10_000,
            cut in 0usize..6,
            upper in proptest::bool::ANY,
            other in "[a-zé ]{2,6}",
        ) {
            let files = crate::generate::story(crate::generate::Size::events(300), seed);
            let story = crate::load::load(&files).unwrap();
            let index = Index::new(&story);
            let event = &story.events[pick % story.events.len()];
            let place = &story.places[pick % story.places.len()];
            let words: Vec<&str> = [&event.title, &event.notes, &place.name]
                .into_iter()
                .flat_map(|s| s.split_whitespace())
                .collect();
            let word = words[pick % words.len()];
            let piece: String = word.chars().skip(cut.min(word.chars().count().saturating_sub(2))).collect();
            let query = if upper { piece.to_uppercase() } else { piece };
            for query in [query.as_str(), other.as_str(), "locality 1", "dépêche"] {
                proptest::prop_assert_eq!(index.find(&story, query), find(&story, query), "{}", query);
            }
        }
    }

    #[test]
    fn an_index_folded_in_chunks_is_the_index_of_each_record_followed_in_turn() {
        // 5 000 events and 7 500 quotes: more than one chunk of each, places in one.
        let files = crate::generate::story(crate::generate::Size::events(5_000), 7);
        let story = crate::load::load(&files).unwrap();
        let mut followed = Index::empty();
        for (e, event) in story.events.iter().enumerate() {
            followed.follow(None, Some((e, &**event)));
        }
        for (p, place) in story.places.iter().enumerate() {
            followed.follow(None, Some((p, place)));
        }
        for (q, quote) in story.quotes.iter().enumerate() {
            followed.follow(None, Some((q, quote)));
        }
        let folded = Index::new(&story);
        assert!(story.quotes.len() > 4096, "{} quotes", story.quotes.len());
        assert_eq!(folded.text, followed.text);
        assert_eq!(folded.starts, followed.starts);
        assert_eq!(folded.records, followed.records);
        assert_eq!(
            (folded.events, folded.places),
            (followed.events, followed.places)
        );
    }

    #[test]
    fn aliases_are_found_with_or_without_accents() {
        let story = crate::load::load(&crate::shipped::karabakh()).unwrap();
        let place = |query: &str| {
            find(&story, query).0.iter().find_map(|f| match f {
                Found::Place(p) => Some(story.places[*p].id.clone()),
                _ => None,
            })
        };
        assert_eq!(place("latchine").as_deref(), Some("lachin-corridor"));
        assert_eq!(place("KALBADJAR").as_deref(), Some("kalbajar-district"));
        assert_eq!(place("Kəlbəcər").as_deref(), Some("kalbajar-district"));
        // Source texts too, with the passage's bytes in the original text.
        let (found, _) = find(&story, "peskov");
        let passage = found.iter().find_map(|f| match f {
            Found::SourceText { source, bytes } => {
                Some(&story.sources[*source].text[bytes.clone()])
            }
            _ => None,
        });
        assert_eq!(passage, Some("Peskov"));
        assert!(find(&story, "x").0.is_empty(), "one letter finds nothing");
        // The index answers alike, a record matching twice listed once.
        let index = Index::new(&story);
        for query in [
            "latchine",
            "KALBADJAR",
            "Kəlbəcər",
            "peskov",
            "russ",
            "x",
            "2024",
        ] {
            assert_eq!(index.find(&story, query), find(&story, query), "{query}");
        }
    }
}
