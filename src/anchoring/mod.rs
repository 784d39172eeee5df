//! Text anchoring, the floor the loader, the editor, imports and provenance stand on: a quote found
//! in its source the way a W3C TextQuoteSelector does (the exact text, narrowed by the text just
//! before (prefix) and after (suffix) it when it occurs more than once), in a normalised view when
//! the bytes differ only in line ends or Unicode form (`normalized`), the nearest passage when it
//! is not there (`nearest`), and quotes followed into a revised article (`reanchor`).

pub mod nearest;
mod normalized;
pub mod reanchor;

pub use normalized::{Normalized, normalize};
use std::ops::Range;

/// What finds a quote, as a W3C TextQuoteSelector says it: its exact words, and the text just
/// before and after them that tells one occurrence from another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selector<'a> {
    pub exact: &'a str,
    pub prefix: Option<&'a str>,
    pub suffix: Option<&'a str>,
}

impl<'a> Selector<'a> {
    /// The words alone, with no context.
    pub fn exact(exact: &'a str) -> Self {
        Selector {
            exact,
            prefix: None,
            suffix: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    Found {
        bytes: Range<usize>,
        start: usize,
    },
    NotFound,
    Ambiguous(usize),
    /// Found more than [`MAX_OCCURRENCES`] times: too common to anchor (and to search further).
    TooCommon,
}

/// A quote whose words occur more often than this is refused, so repetitive text cannot make
/// anchoring quadratic.
pub const MAX_OCCURRENCES: usize = 10_000;

/// Character positions of byte offsets in one text without recounting from its start each time
/// (a story's quotes would make that quadratic): the characters before every 256th byte, counted
/// once, then at most 255 bytes more.
pub struct CharPositions {
    samples: Vec<usize>,
}

impl CharPositions {
    const STRIDE: usize = 256;

    pub fn new(text: &str) -> Self {
        let mut samples = vec![0];
        let mut count = 0;
        for chunk in text.as_bytes().chunks(Self::STRIDE) {
            count += chars_in(chunk);
            samples.push(count);
        }
        CharPositions { samples }
    }

    /// Positions counted from the text's start each time they are asked: for one or two passages
    /// of a long text, cheaper than sampling all of it first.
    pub fn counting() -> Self {
        CharPositions {
            samples: Vec::new(),
        }
    }

    /// The character position of a byte offset on a character boundary.
    pub fn of(&self, text: &str, byte: usize) -> usize {
        let sample = byte / Self::STRIDE;
        match self.samples.get(sample) {
            Some(&count) => count + chars_in(&text.as_bytes()[sample * Self::STRIDE..byte]),
            None => chars_in(&text.as_bytes()[..byte]),
        }
    }
}

/// Characters in UTF-8 bytes: every byte that does not continue a character starts one.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

/// Finds a quote in its source: exactly as typed first, then in the source's NFC, LF-ended view
/// (built by `normalized` only when needed), mapped back to the source's own bytes.
pub fn anchor(text: &str, positions: &CharPositions, selector: Selector) -> Anchor {
    anchor_with(text, positions, selector, None, || {
        ViewRef::Made(Normalized::new(text))
    })
}

/// [`anchor`], with the normalised view of the text made (and perhaps kept) by the caller, and
/// `known`, where the selector's words start in `text` if they were found in advance (see
/// [`occurrences`]).
pub fn anchor_with<'v>(
    text: &str,
    positions: &CharPositions,
    selector: Selector,
    known: Option<&[usize]>,
    normalized: impl FnOnce() -> ViewRef<'v>,
) -> Anchor {
    let first_try = match known {
        Some(starts) if starts.len() > MAX_OCCURRENCES => Err(Anchor::TooCommon),
        Some(starts) => Ok(with_context(text, selector, starts.iter().copied())),
        None => hits(text, selector),
    };
    let found = match first_try {
        Ok(none) if none.is_empty() => {
            let (exact, prefix, suffix) = (
                normalize(selector.exact),
                selector.prefix.map(normalize),
                selector.suffix.map(normalize),
            );
            let normal = Selector {
                exact: &exact,
                prefix: prefix.as_deref(),
                suffix: suffix.as_deref(),
            };
            let view = normalized();
            let view = view.as_ref();
            // A view that is the text, searched for the same words, finds nothing more: not
            // searching it again keeps thousands of missing quotes in a long source linear.
            if view.is_original() && normal == selector {
                return Anchor::NotFound;
            }
            match hits(&view.text, normal) {
                Ok(found) => found
                    .into_iter()
                    .map(|r| view.original(r.start, false)..view.original(r.end, true))
                    .collect(),
                Err(too_common) => return too_common,
            }
        }
        Ok(found) => found,
        Err(too_common) => return too_common,
    };
    match found.as_slice() {
        [] => Anchor::NotFound,
        [bytes] => Anchor::Found {
            bytes: bytes.clone(),
            start: positions.of(text, bytes.start),
        },
        more => Anchor::Ambiguous(more.len()),
    }
}

/// Either a view made for one call or one kept for a whole source.
pub enum ViewRef<'v> {
    Made(Normalized),
    Kept(&'v Normalized),
}

impl ViewRef<'_> {
    fn as_ref(&self) -> &Normalized {
        match self {
            ViewRef::Made(view) => view,
            ViewRef::Kept(view) => view,
        }
    }
}

impl From<Normalized> for ViewRef<'_> {
    fn from(view: Normalized) -> Self {
        ViewRef::Made(view)
    }
}

/// Where each of `patterns` starts in `text`, overlapping occurrences included, in one pass over the
/// text (Aho–Corasick) rather than one pass per pattern; a pattern's list stops one past
/// [`MAX_OCCURRENCES`]. For many quotes in a long source, where a search per quote would be
/// quotes × length.
pub fn occurrences(text: &str, patterns: &[&str]) -> Vec<Vec<usize>> {
    let mut found = vec![Vec::new(); patterns.len()];
    let Ok(automaton) = aho_corasick::AhoCorasick::new(patterns) else {
        return found;
    };
    for hit in automaton.find_overlapping_iter(text) {
        let starts = &mut found[hit.pattern().as_usize()];
        if starts.len() <= MAX_OCCURRENCES {
            starts.push(hit.start());
        }
    }
    found
}

/// The occurrences among `starts` that have the prefix before and the suffix after them.
fn with_context(
    text: &str,
    selector: Selector,
    starts: impl Iterator<Item = usize>,
) -> Vec<Range<usize>> {
    let Selector {
        exact,
        prefix,
        suffix,
    } = selector;
    starts
        .filter(|&at| text.is_char_boundary(at) && text.is_char_boundary(at + exact.len()))
        .filter(|&at| prefix.is_none_or(|p| text[..at].ends_with(p)))
        .filter(|&at| suffix.is_none_or(|s| text[at + exact.len()..].starts_with(s)))
        .map(|at| at..at + exact.len())
        .collect()
}

/// Every place `exact` occurs in `text` with its prefix before and suffix after, as byte ranges;
/// past [`MAX_OCCURRENCES`] occurrences, [`Anchor::TooCommon`].
fn hits(text: &str, selector: Selector) -> Result<Vec<Range<usize>>, Anchor> {
    let Selector {
        exact,
        prefix,
        suffix,
    } = selector;
    let mut hits = Vec::new();
    let mut from = 0;
    let mut occurrences = 0;
    // memchr's SIMD substring search: anchoring is most of a large story's load time.
    let finder = memchr::memmem::Finder::new(exact.as_bytes());
    while let Some(found) = text
        .get(from..)
        .and_then(|rest| finder.find(rest.as_bytes()))
    {
        let at = from + found;
        let end = at + exact.len();
        occurrences += 1;
        if occurrences > MAX_OCCURRENCES {
            return Err(Anchor::TooCommon);
        }
        let before_ok = prefix.is_none_or(|p| text[..at].ends_with(p));
        let after_ok = suffix.is_none_or(|s| text[end..].starts_with(s));
        if before_ok && after_ok {
            hits.push(at..end);
        }
        // Step one character, not the whole match, so overlapping occurrences count too.
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_positions_match_a_count_from_the_start() {
        let text = "é".repeat(300) + "abc" + &"ж".repeat(200);
        for positions in [CharPositions::new(&text), CharPositions::counting()] {
            for (byte, _) in text.char_indices() {
                assert_eq!(positions.of(&text, byte), text[..byte].chars().count());
            }
        }
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "déjà vu, déjà fait";
        assert_eq!(
            anchor(text, &CharPositions::new(text), Selector::exact("fait")),
            Anchor::Found {
                bytes: 18..22,
                start: 14
            }
        );
    }

    #[test]
    fn prefix_and_suffix_tell_repeated_text_apart() {
        let text = "La mission devait prendre fin. La mission devait se terminer.";
        let positions = CharPositions::new(text);
        let found = |prefix, suffix| {
            let exact = "La mission devait";
            anchor(
                text,
                &positions,
                Selector {
                    exact,
                    prefix,
                    suffix,
                },
            )
        };
        assert_eq!(found(None, None), Anchor::Ambiguous(2));
        assert!(matches!(
            found(None, Some(" se")),
            Anchor::Found { start: 31, .. }
        ));
        assert!(matches!(
            found(Some("fin. "), None),
            Anchor::Found { start: 31, .. }
        ));
        assert_eq!(
            anchor(text, &positions, Selector::exact("absent")),
            Anchor::NotFound
        );
        assert_eq!(
            anchor("aaa", &CharPositions::new("aaa"), Selector::exact("aa")),
            Anchor::Ambiguous(2)
        );
    }
}

#[cfg(test)]
mod normalized_tests {
    use super::*;

    #[test]
    fn a_quote_typed_in_nfd_with_lf_anchors_in_nfc_text_with_crlf() {
        let text = "Premier paragraphe.\r\nLe retrait a commencé mercredi.\r\nFin.";
        let quote = "Premier paragraphe.\nLe retrait a commence\u{301}";
        let Anchor::Found { bytes, start } =
            anchor(text, &CharPositions::new(text), Selector::exact(quote))
        else {
            panic!("not found");
        };
        assert_eq!(&text[bytes], "Premier paragraphe.\r\nLe retrait a commencé");
        assert_eq!(start, 0);
    }
}

#[cfg(test)]
mod one_pass_tests {
    use super::*;

    #[test]
    fn one_pass_finds_what_a_search_per_quote_finds() {
        let text = "aaa la mission, la mission devait; la mission.";
        let found = occurrences(text, &["la mission", "aa", "absent"]);
        assert_eq!(found[0], vec![4, 16, 35]);
        assert_eq!(found[1], vec![0, 1], "overlapping occurrences count");
        assert!(found[2].is_empty());
        let positions = CharPositions::new(text);
        let selector = Selector {
            exact: "la mission",
            prefix: None,
            suffix: Some(" devait"),
        };
        let anchored = anchor_with(text, &positions, selector, Some(&found[0]), || {
            ViewRef::Made(Normalized::new(text))
        });
        assert_eq!(anchor(text, &positions, selector), anchored);
    }
}
