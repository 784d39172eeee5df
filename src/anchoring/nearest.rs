//! The passage of a source nearest to a quote that is not found in it verbatim, and where the two
//! diverge, so a user can see at once that `'` should be `’` or "armored" should be "armoured".
//! Costs a few substring searches per quote (binary search on the length of the part that matches).

use memchr::memmem;

/// Where a quote and its source part ways, in the words around the difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nearest {
    /// The character position in the source where the nearest passage begins.
    pub start: usize,
    /// The words of the quote that differ (empty when the source has words the quote lacks).
    pub in_quote: String,
    /// The words of the source in their place.
    pub in_source: String,
}

impl std::fmt::Display for Nearest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::tr_with(
            "problem-nearest",
            &[
                ("at", self.start.to_string().into()),
                ("source", self.in_source.clone().into()),
                ("quote", self.in_quote.clone().into()),
            ],
        ))
    }
}

/// The longest of `lengths` (ascending) for which `found` holds, given that it holds for every
/// shorter length whenever it holds for a longer one; 0 when it holds for none.
fn longest(lengths: &[usize], found: impl Fn(usize) -> bool) -> usize {
    let (mut low, mut high) = (0, lengths.len());
    while low < high {
        let mid = (low + high).div_ceil(2);
        if found(lengths[mid - 1]) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    if low == 0 { 0 } else { lengths[low - 1] }
}

/// Moves a byte offset back to the start of its word (and onto a character boundary).
fn word_start(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    text[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Moves a byte offset forward to the end of its word (and onto a character boundary).
fn word_end(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    text[at..]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(text.len(), |(i, _)| at + i)
}

/// Bytes two strings share at their start, on a character boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i)
}

/// Bytes two strings share at their end, on a character boundary.
fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum()
}

/// Quotes not found beyond this many in one file are reported without the nearest passage, so a
/// file of thousands of broken quotes does not take minutes to report.
pub const MAX_HINTS: usize = 20;
/// Bytes of text one search for a nearest passage may scan, in all: long texts get fewer tries.
const SCAN_BUDGET_BYTES: usize = 32 << 20;
/// At most this many places in the quote (word starts) are tried as the start of a shared run.
const MAX_STARTS: usize = 32;

/// The byte range of the passage of `text` nearest to `exact`, or none when no fair part of the
/// quote (a third, at least four characters) appears in the text. The longest run of the quote
/// found in the text (starting at one of its words) places a window as long as the quote, widened
/// to whole words. Each try is a binary search on the run's length with SIMD substring search;
/// the number of tries shrinks with the text so the whole search stays within a fixed budget.
pub fn nearest_passage(text: &str, exact: &str) -> Option<std::ops::Range<usize>> {
    if exact.is_empty() || text.is_empty() {
        return None;
    }
    let ends: Vec<usize> = exact
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    let word_starts: Vec<usize> = std::iter::once(0)
        .chain(
            exact
                .char_indices()
                .filter(|(_, c)| c.is_whitespace())
                .map(|(i, c)| i + c.len_utf8()),
        )
        .filter(|&i| i < exact.len())
        .collect();
    let searches = (usize::BITS - ends.len().leading_zeros()) as usize + 1;
    let affordable = SCAN_BUDGET_BYTES / text.len().max(1) / searches;
    let tries = affordable.clamp(1, MAX_STARTS).min(word_starts.len());
    let step = word_starts.len().div_ceil(tries);
    // (run length in bytes, its start in the quote, its start in the text)
    let mut best: Option<(usize, usize, usize)> = None;
    for &start in word_starts.iter().step_by(step.max(1)) {
        let lengths: Vec<usize> = ends
            .iter()
            .filter(|&&end| end > start)
            .map(|&end| end - start)
            .collect();
        let run = &exact.as_bytes()[start..];
        let len = longest(&lengths, |len| {
            memmem::find(text.as_bytes(), &run[..len]).is_some()
        });
        if len > best.map_or(0, |(l, ..)| l) {
            let at = memmem::find(text.as_bytes(), &run[..len])?;
            best = Some((len, start, at));
        }
    }
    let (len, in_quote, in_text) = best?;
    let matched_chars = exact[in_quote..in_quote + len].chars().count();
    if matched_chars < 4 || matched_chars * 3 < exact.chars().count() {
        return None;
    }
    // Aligned on the run: as much text before it as the quote has, and as much after.
    let from = word_start(text, in_text.saturating_sub(in_quote));
    let after = exact.len() - (in_quote + len);
    // The quote's end, found after the run within twice what is left of the quote, if it can be.
    let run_end = in_text + len;
    let reach = text.len().min(run_end + 2 * after + 16);
    let suffixes: Vec<usize> = exact[in_quote + len..]
        .char_indices()
        .rev()
        .map(|(i, _)| after - i)
        .collect();
    let window = &text.as_bytes()[run_end..reach];
    let tail = |len: usize| &exact.as_bytes()[exact.len() - len..];
    let suffix = longest(&suffixes, |len| memmem::find(window, tail(len)).is_some());
    let to = match memmem::rfind(window, tail(suffix)) {
        Some(at) if suffix * 2 >= after && suffix >= 4 => run_end + at + suffix,
        _ => whole_word_end(text, (run_end + after).min(text.len())),
    };
    Some(from..to)
}

/// Moves a byte offset forward onto a character boundary and out of the middle of a word.
fn whole_word_end(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    while let (Some(before), Some(here)) =
        (text[..at].chars().next_back(), text[at..].chars().next())
        && before.is_alphanumeric()
        && here.is_alphanumeric()
    {
        at += here.len_utf8();
    }
    at
}

/// The source passage nearest to `exact` and the words where the two differ.
pub fn nearest(text: &str, exact: &str) -> Option<Nearest> {
    let std::ops::Range {
        start: from,
        end: to,
    } = nearest_passage(text, exact)?;
    let passage = &text[from..to];
    let head = common_prefix(exact, passage);
    let tail = common_suffix(&exact[head..], &passage[head..]);
    let quote_diff = word_start(exact, head)..word_end(exact, exact.len() - tail);
    let source_diff = word_start(passage, head)..word_end(passage, passage.len() - tail);
    Some(Nearest {
        start: text[..from].chars().count(),
        in_quote: exact[quote_diff].trim().to_owned(),
        in_source: passage[source_diff].trim().to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words that differ, as the quote and the source have them, and where the passage starts.
    fn differs(text: &str, quote: &str) -> (String, String, usize) {
        let found = nearest(text, quote).expect("near");
        (found.in_quote, found.in_source, found.start)
    }

    #[test]
    fn a_typed_apostrophe_against_a_typographic_one_is_named() {
        let text = "Le Kremlin a confirmé le retrait. L’armée russe quitte la région du Karabakh.";
        let said = differs(text, "L'armée russe quitte la région");
        assert_eq!(said, ("L'armée".into(), "L’armée".into(), 34));
    }

    #[test]
    fn a_spelling_in_the_middle_is_named_with_its_words() {
        let text = "Troops left in armoured vehicles on Wednesday, the ministry said.";
        let said = differs(text, "left in armored vehicles on Wednesday");
        assert_eq!(said, ("armored".into(), "armoured".into(), 7));
    }

    #[test]
    fn a_different_start_is_found_from_the_end() {
        let said = differs(
            "Something happened in the town.",
            "Nothing happened in the town.",
        );
        assert_eq!(said, ("Nothing".into(), "Something".into(), 0));
    }

    #[test]
    fn text_with_nothing_in_common_has_no_nearest_passage() {
        assert_eq!(
            nearest("Un texte en français.", "Completely unrelated words"),
            None
        );
        assert_eq!(nearest("", "anything"), None);
        assert_eq!(nearest("abc", ""), None);
    }
}
