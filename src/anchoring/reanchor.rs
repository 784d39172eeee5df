//! Following quotes into a revised article, the way Hypothes.is re-anchors annotations: the exact
//! words first (with their prefix and suffix, then the occurrence nearest the old position), then
//! the nearest passage, accepted as "changed" when at least half its words are the quote's; what
//! cannot be placed is "orphaned", listed rather than lost.

use super::{Anchor, CharPositions, Normalized, Selector, ViewRef, anchor_with, nearest};
use crate::model::{QuoteFate, WordChange};
use similar::{ChangeTag, TextDiff};
use std::cell::OnceCell;
use std::time::{Duration, Instant};

/// Below this share of the quote's words kept, a reworded passage is not the same quote.
const MIN_SHARED_WORDS: f64 = 0.5;
/// A whole-text comparison gives up refining after this long (the result is still a valid diff).
const TEXT_DIFF_DEADLINE: Duration = Duration::from_millis(300);

/// What became of a quote (its exact text, selector context and character position in the old
/// version) in the new version's text.
pub fn fate(
    new_text: &str,
    new_positions: &CharPositions,
    selector: Selector,
    old_start: usize,
    view: &OnceCell<Normalized>,
) -> QuoteFate {
    let exact = selector.exact;
    let kept = || ViewRef::Kept(view.get_or_init(|| Normalized::new(new_text)));
    let found = match anchor_with(new_text, new_positions, selector, None, kept) {
        Anchor::Found { start, .. } => Some(start),
        // Repeated, or its context changed: the occurrence nearest where it was.
        Anchor::Ambiguous(_) | Anchor::NotFound | Anchor::TooCommon => {
            nearest_occurrence(new_text, new_positions, exact, old_start)
        }
    };
    if let Some(start) = found {
        return if start == old_start {
            QuoteFate::Unchanged
        } else {
            QuoteFate::Moved { start }
        };
    }
    let Some(bytes) = nearest::nearest_passage(new_text, exact) else {
        return QuoteFate::Orphaned;
    };
    let changes = word_changes(exact, &new_text[bytes.clone()], None);
    let kept: usize = changes
        .iter()
        .map(|c| match c {
            WordChange::Same(words) => words.split_whitespace().count(),
            _ => 0,
        })
        .sum();
    let total = exact.split_whitespace().count().max(1);
    if (kept as f64) < MIN_SHARED_WORDS * total as f64 {
        QuoteFate::Orphaned
    } else {
        QuoteFate::Changed { bytes, changes }
    }
}

/// Where a quote of the earlier version lies in the later one, as bytes of the later text: its
/// words (unchanged, at `old_start`, or moved), the reworded passage (changed), or nowhere
/// (orphaned, or words found only once the text was normalised).
pub fn later_bytes(
    later_text: &str,
    exact: &str,
    old_start: usize,
    fate: &QuoteFate,
) -> Option<std::ops::Range<usize>> {
    let start = match fate {
        QuoteFate::Unchanged => old_start,
        QuoteFate::Moved { start } => *start,
        QuoteFate::Changed { bytes, .. } => return Some(bytes.clone()),
        QuoteFate::Orphaned => return None,
    };
    let (at, _) = later_text.char_indices().nth(start)?;
    later_text[at..]
        .starts_with(exact)
        .then(|| at..at + exact.len())
}

/// The character position of the occurrence of `exact` nearest `old_start`, if there is one.
fn nearest_occurrence(
    text: &str,
    positions: &CharPositions,
    exact: &str,
    old_start: usize,
) -> Option<usize> {
    memchr::memmem::find_iter(text.as_bytes(), exact.as_bytes())
        .take(super::MAX_OCCURRENCES)
        .filter(|&at| text.is_char_boundary(at))
        .map(|at| positions.of(text, at))
        .min_by_key(|&start| start.abs_diff(old_start))
}

/// Word-level changes from `old` to `new`: runs kept, removed and inserted, whitespace included.
/// With `deadline`, a long comparison stops refining at that time and returns a coarser diff.
pub fn word_changes(old: &str, new: &str, deadline: Option<Instant>) -> Vec<WordChange> {
    let diff = TextDiff::configure()
        .deadline_opt(deadline)
        .diff_words(old, new);
    let mut changes: Vec<WordChange> = Vec::new();
    for change in diff.iter_all_changes() {
        let words = change.value();
        let tag = change.tag();
        match (changes.last_mut(), tag) {
            (Some(WordChange::Same(run)), ChangeTag::Equal)
            | (Some(WordChange::Removed(run)), ChangeTag::Delete)
            | (Some(WordChange::Inserted(run)), ChangeTag::Insert) => run.push_str(words),
            _ => changes.push(match tag {
                ChangeTag::Equal => WordChange::Same(words.to_owned()),
                ChangeTag::Delete => WordChange::Removed(words.to_owned()),
                ChangeTag::Insert => WordChange::Inserted(words.to_owned()),
            }),
        }
    }
    changes
}

/// What changed between two versions of an article, word by word, in bounded time.
pub fn text_changes(old: &str, new: &str) -> Vec<WordChange> {
    word_changes(old, new, Some(Instant::now() + TEXT_DIFF_DEADLINE))
}

trait DeadlineOpt {
    fn deadline_opt(&mut self, deadline: Option<Instant>) -> &mut Self;
}

impl DeadlineOpt for similar::TextDiffConfig {
    fn deadline_opt(&mut self, deadline: Option<Instant>) -> &mut Self {
        match deadline {
            Some(deadline) => self.deadline(deadline),
            None => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str = "Moscou a confirmé le retrait. Les premiers soldats sont partis mardi. \
                       Le convoi comptait quarante camions blindés. Aucun incident n'a été signalé.";
    const NEW: &str = "Aucun incident n'a été signalé. Moscou a confirmé le retrait. \
                       Les premiers soldats sont partis mardi. Le convoi comptait une trentaine de camions blindés.";

    /// What became of `exact`, at character `old_start` of the old text, in `new`.
    fn fate_in(new: &str, exact: &str, old_start: usize) -> QuoteFate {
        let positions = CharPositions::new(new);
        fate(
            new,
            &positions,
            Selector::exact(exact),
            old_start,
            &OnceCell::new(),
        )
    }

    fn fate_of(exact: &str) -> QuoteFate {
        let old_start = OLD[..OLD.find(exact).unwrap()].chars().count();
        fate_in(NEW, exact, old_start)
    }

    #[test]
    fn each_fate_gives_the_passage_of_the_later_text_to_highlight() {
        for exact in [
            "Moscou a confirmé le retrait.",
            "Aucun incident n'a été signalé.",
            "Le convoi comptait quarante camions blindés.",
        ] {
            let old_start = OLD[..OLD.find(exact).unwrap()].chars().count();
            let fate = fate_of(exact);
            let bytes = later_bytes(NEW, exact, old_start, &fate).expect("a passage");
            match fate {
                QuoteFate::Moved { .. } => assert_eq!(&NEW[bytes], exact),
                QuoteFate::Changed { .. } => assert_eq!(
                    &NEW[bytes],
                    "Le convoi comptait une trentaine de camions blindés."
                ),
                other => panic!("{exact}: {other:?}"),
            }
        }
        assert_eq!(later_bytes(NEW, "x", 0, &QuoteFate::Orphaned), None);
        assert_eq!(
            later_bytes("Titre. Le convoi.", "Le convoi.", 7, &QuoteFate::Unchanged),
            Some(7..17)
        );
    }

    #[test]
    fn an_unchanged_sentence_keeps_its_place() {
        // Old text: "Titre. Le convoi est parti." The new one only adds a sentence after it.
        let new = "Titre. Le convoi est parti. Ajout.";
        let fate = fate_in(new, "Le convoi est parti.", 7);
        assert_eq!(fate, QuoteFate::Unchanged);
    }

    #[test]
    fn a_sentence_elsewhere_has_moved() {
        assert_eq!(
            fate_of("Aucun incident n'a été signalé."),
            QuoteFate::Moved { start: 0 }
        );
    }

    #[test]
    fn a_reworded_sentence_is_changed_with_its_word_diff() {
        let QuoteFate::Changed { bytes, changes } =
            fate_of("Le convoi comptait quarante camions blindés.")
        else {
            panic!("not changed");
        };
        assert_eq!(
            &NEW[bytes],
            "Le convoi comptait une trentaine de camions blindés."
        );
        assert!(changes.contains(&WordChange::Removed("quarante".to_owned())));
        assert!(changes.contains(&WordChange::Inserted("une trentaine de".to_owned())));
    }

    #[test]
    fn a_deleted_sentence_is_orphaned() {
        let new = "Moscou a confirmé le retrait.";
        let fate = fate_in(new, "Les premiers soldats sont partis mardi.", 30);
        assert_eq!(fate, QuoteFate::Orphaned);
    }
}
