//! Finding anything in a story the way people type it: without caring for case or accents, so
//! "latchine" finds the Lachin corridor (spelt "Latchine" in the French article) and "kalbadjar"
//! finds Kalbajar; across events, places (every alias), quotes and the full text of sources.

use crate::model::Story;
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

/// Everything in the story that contains `query` (case and accents ignored): events, places,
/// quotes, then passages of source texts; at most [`MAX_RESULTS`], and how many there were.
pub fn find(story: &Story, query: &str) -> (Vec<Found>, usize) {
    let needle = fold(query.trim()).0;
    if needle.chars().count() < 2 {
        return (Vec::new(), 0);
    }
    let mut found = Vec::new();
    let mut total = 0;
    let mut buffer = String::new();
    let mut add = |item: Found| {
        total += 1;
        if found.len() < MAX_RESULTS {
            found.push(item);
        }
    };
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
    for (s, source) in story.sources.iter().enumerate() {
        let (folded, origin) = fold(&source.text);
        for (at, _) in folded.match_indices(&needle) {
            add(Found::SourceText {
                source: s,
                bytes: origin[at]..origin[at + needle.len()],
            });
        }
    }
    (found, total)
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
    }
}
