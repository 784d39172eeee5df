//! Finds a quote in its source the way a W3C TextQuoteSelector does: the exact text, narrowed by the
//! text just before (prefix) and after (suffix) it when it occurs more than once.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    Found { bytes: Range<usize>, start: usize },
    NotFound,
    Ambiguous(usize),
}

pub fn anchor(text: &str, exact: &str, prefix: Option<&str>, suffix: Option<&str>) -> Anchor {
    let mut hits = Vec::new();
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|rest| rest.find(exact)) {
        let at = from + found;
        let end = at + exact.len();
        let before_ok = prefix.is_none_or(|p| text[..at].ends_with(p));
        let after_ok = suffix.is_none_or(|s| text[end..].starts_with(s));
        if before_ok && after_ok {
            hits.push(at..end);
        }
        // Step one character, not the whole match, so overlapping occurrences count too.
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    match hits.len() {
        0 => Anchor::NotFound,
        1 => {
            let bytes = hits.remove(0);
            let start = text[..bytes.start].chars().count();
            Anchor::Found { bytes, start }
        }
        count => Anchor::Ambiguous(count),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "déjà vu, déjà fait";
        assert_eq!(
            anchor(text, "fait", None, None),
            Anchor::Found {
                bytes: 18..22,
                start: 14
            }
        );
    }

    #[test]
    fn prefix_and_suffix_tell_repeated_text_apart() {
        let text = "La mission devait prendre fin. La mission devait se terminer.";
        assert_eq!(
            anchor(text, "La mission devait", None, None),
            Anchor::Ambiguous(2)
        );
        assert!(matches!(
            anchor(text, "La mission devait", None, Some(" se")),
            Anchor::Found { start: 31, .. }
        ));
        assert!(matches!(
            anchor(text, "La mission devait", Some("fin. "), None),
            Anchor::Found { start: 31, .. }
        ));
        assert_eq!(anchor(text, "absent", None, None), Anchor::NotFound);
        assert_eq!(anchor("aaa", "aa", None, None), Anchor::Ambiguous(2));
    }
}
