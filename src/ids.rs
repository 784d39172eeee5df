//! Ids made from names: lower-case words joined by hyphens, made unique among those taken.

use std::collections::{HashMap, HashSet};

/// "La Gazette (Paris)" → "la-gazette-paris".
pub fn slug(text: &str) -> String {
    let slug: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    slug.split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// The slug of `name`, at most `max_chars`, or `fallback` if it is empty. A long slug keeps its
/// whole first words ("en-images-torrents-de-boue-villages", not "…-villages-déva"); only a first
/// word longer than the limit is cut.
fn base_id(name: &str, fallback: &str, max_chars: usize) -> String {
    let full = slug(name);
    if full.is_empty() {
        return fallback.to_owned();
    }
    if full.chars().count() <= max_chars {
        return full;
    }
    let mut kept = String::new();
    for word in full.split('-') {
        let with = kept.chars().count() + usize::from(!kept.is_empty()) + word.chars().count();
        if with > max_chars {
            break;
        }
        if !kept.is_empty() {
            kept.push('-');
        }
        kept.push_str(word);
    }
    if kept.is_empty() {
        kept = full.chars().take(max_chars).collect();
    }
    kept
}

fn numbered(base: &str, n: usize) -> String {
    if n == 1 {
        base.to_owned()
    } else {
        format!("{base}-{n}")
    }
}

/// The slug of `name` (at most `max_chars`, `fallback` if empty), with "-2", "-3"… added until
/// `taken` says it is free.
pub fn unique_id(
    name: &str,
    fallback: &str,
    max_chars: usize,
    taken: impl Fn(&str) -> bool,
) -> String {
    let base = base_id(name, fallback, max_chars);
    (1..)
        .map(|n| numbered(&base, n))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// Ids for many records at once (an import's places without ids): each base remembers the next
/// number to try, so ten thousand places of one name cost ten thousand steps, not fifty million.
pub struct IdMaker {
    taken: HashSet<String>,
    next: HashMap<String, usize>,
}

impl IdMaker {
    pub fn new(taken: impl IntoIterator<Item = String>) -> Self {
        IdMaker {
            taken: taken.into_iter().collect(),
            next: HashMap::new(),
        }
    }

    /// A free id made from `name`, taken from now on.
    pub fn make(&mut self, name: &str, fallback: &str, max_chars: usize) -> String {
        let base = base_id(name, fallback, max_chars);
        let mut n = self.next.get(&base).copied().unwrap_or(1);
        while self.taken.contains(&numbered(&base, n)) {
            n += 1;
        }
        let id = numbered(&base, n);
        self.next.insert(base, n + 1);
        self.taken.insert(id.clone());
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_ids_of_one_name_are_numbered_in_one_pass() {
        let mut maker = IdMaker::new(["goris".to_owned(), "goris-3".to_owned()]);
        let made: Vec<String> = (0..4).map(|_| maker.make("Goris", "place", 40)).collect();
        assert_eq!(made, ["goris-2", "goris-4", "goris-5", "goris-6"]);
        assert_eq!(maker.make("", "place", 40), "place");
        // 20 000 of one name: linear, where trying from 1 each time would take 200 million steps.
        let started = std::time::Instant::now();
        let mut maker = IdMaker::new(Vec::new());
        for _ in 0..20_000 {
            maker.make("Goris", "place", 40);
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn slugs_keep_letters_and_digits() {
        assert_eq!(
            slug("La Gazette (Paris), 17 Apr"),
            "la-gazette-paris-17-apr"
        );
        assert_eq!(slug("Kəlbəcər"), "kəlbəcər");
    }

    #[test]
    fn ids_are_made_unique() {
        let taken = ["gazette", "gazette-2"];
        assert_eq!(
            unique_id("Gazette", "source", 20, |id| taken.contains(&id)),
            "gazette-3"
        );
        assert_eq!(unique_id("", "source", 20, |_| false), "source");
        assert_eq!(
            unique_id("Un titre très long pour un article", "s", 10, |_| false),
            "un-titre"
        );
        // Whole words, never a word cut in two.
        assert_eq!(
            unique_id(
                "En images : torrents de boue, villages dévastés",
                "s",
                40,
                |_| false
            ),
            "en-images-torrents-de-boue-villages"
        );
        assert_eq!(
            unique_id("Anticonstitutionnellement", "s", 10, |_| false),
            "anticonsti"
        );
    }
}
