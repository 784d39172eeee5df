//! Independent pieces of work spread over the machine's cores (rayon), each in the caller's
//! language (messages are per thread), the results in the order of the items.

use rayon::prelude::*;

/// Below this many items the work stays on the calling thread: a small story's load (the shipped
/// one's 20 quotes) costs less than handing it over, and starts no pool of threads.
const FEW: usize = 64;

/// `work` on each item, with its position, on as many threads as there are cores.
pub fn map<T: Sync, R: Send>(items: &[T], work: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    if items.len() < FEW {
        return items
            .iter()
            .enumerate()
            .map(|(i, item)| work(i, item))
            .collect();
    }
    let language = crate::i18n::language();
    items
        .par_iter()
        .enumerate()
        .map_init(
            || crate::i18n::set_language(language),
            |(), (position, item)| work(position, item),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Language, in_language, tr};

    #[test]
    fn results_keep_the_items_order_and_the_callers_language() {
        // Many items (spread over the cores) and a few (kept on this thread) alike.
        for count in [1000, 10] {
            let items: Vec<usize> = (0..count).collect();
            let doubled = super::map(&items, |position, item| (position, item * 2));
            assert!(
                doubled
                    .iter()
                    .enumerate()
                    .all(|(i, &(p, d))| p == i && d == 2 * i)
            );
        }
        let items: Vec<usize> = (0..1000).collect();
        let (doubled, words) = in_language(Language::French, || {
            let doubled = super::map(&items, |position, item| (position, item * 2));
            let words = super::map(&items, |_, _| tr("geojson-needs-features"));
            (doubled, words)
        });
        assert!(
            doubled
                .iter()
                .enumerate()
                .all(|(i, &(p, d))| p == i && d == 2 * i)
        );
        let french = in_language(Language::French, || tr("geojson-needs-features"));
        let english = in_language(Language::English, || tr("geojson-needs-features"));
        assert_ne!(french, english, "the message has a French text");
        assert!(words.iter().all(|w| *w == french));
    }
}
