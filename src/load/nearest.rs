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
        write!(
            f,
            "the nearest passage, at character {}, has \"{}\" where the quote has \"{}\"",
            self.start, self.in_source, self.in_quote
        )
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

/// The byte range of the passage of `text` nearest to `exact`, or none when no fair part of the
/// quote (a third, at least four characters) appears in the text. The passage starts where the
/// longest part of the quote's start is found and ends where its end is found (or after the
/// quote's length, on a word boundary). Time is O(text × log quote).
pub fn nearest_passage(text: &str, exact: &str) -> Option<std::ops::Range<usize>> {
    // Byte lengths of the quote's prefixes and suffixes that end on a character boundary, ascending.
    let prefixes: Vec<usize> = exact
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    let suffixes: Vec<usize> = exact
        .char_indices()
        .rev()
        .map(|(i, _)| exact.len() - i)
        .collect();
    let tail = |len: usize| &exact.as_bytes()[exact.len() - len..];
    // Longest prefix and longest suffix of the quote that occur somewhere in the text.
    let prefix_len = longest(&prefixes, |len| {
        memmem::find(text.as_bytes(), &exact.as_bytes()[..len]).is_some()
    });
    let suffix_len = longest(&suffixes, |len| {
        memmem::rfind(text.as_bytes(), tail(len)).is_some()
    });
    let matched = prefix_len.max(suffix_len);
    let matched_chars = if prefix_len >= suffix_len {
        exact[..matched].chars().count()
    } else {
        exact[exact.len() - matched..].chars().count()
    };
    if matched_chars < 4 || matched_chars * 3 < exact.chars().count() {
        return None;
    }
    if prefix_len >= suffix_len {
        let from = memmem::find(text.as_bytes(), &exact.as_bytes()[..prefix_len])?;
        // The quote's end, if it follows within twice the quote's length; else the quote's length.
        let reach = text.len().min(from + prefix_len + 2 * exact.len());
        let end_found = (suffix_len * 3 >= exact.len() && suffix_len > 0)
            .then(|| memmem::find(&text.as_bytes()[from + prefix_len..reach], tail(suffix_len)))
            .flatten()
            .map(|at| from + prefix_len + at + suffix_len);
        let to = end_found.unwrap_or_else(|| word_end(text, (from + exact.len()).min(text.len())));
        Some(from..to)
    } else {
        let to = memmem::rfind(text.as_bytes(), tail(suffix_len))? + suffix_len;
        Some(word_start(text, to.saturating_sub(exact.len()))..to)
    }
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

    #[test]
    fn a_typed_apostrophe_against_a_typographic_one_is_named() {
        let text = "Le Kremlin a confirmé le retrait. L’armée russe quitte la région du Karabakh.";
        let found = nearest(text, "L'armée russe quitte la région").expect("near");
        assert_eq!(found.in_quote, "L'armée");
        assert_eq!(found.in_source, "L’armée");
        assert_eq!(found.start, 34);
    }

    #[test]
    fn a_spelling_in_the_middle_is_named_with_its_words() {
        let text = "Troops left in armoured vehicles on Wednesday, the ministry said.";
        let found = nearest(text, "left in armored vehicles on Wednesday").expect("near");
        assert_eq!(
            (found.in_quote.as_str(), found.in_source.as_str()),
            ("armored", "armoured")
        );
    }

    #[test]
    fn a_different_start_is_found_from_the_end() {
        let text = "Something happened in the town.";
        let found = nearest(text, "Nothing happened in the town.").expect("near");
        assert_eq!(
            (found.in_quote.as_str(), found.in_source.as_str()),
            ("Nothing", "Something")
        );
        assert_eq!(found.start, 0);
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
