//! Ids made from names: lower-case words joined by hyphens, made unique among those taken.

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

/// The slug of `name` (at most `max_chars`, `fallback` if empty), with "-2", "-3"… added until
/// `taken` says it is free.
pub fn unique_id(
    name: &str,
    fallback: &str,
    max_chars: usize,
    taken: impl Fn(&str) -> bool,
) -> String {
    let full = slug(name);
    let cut: String = full.chars().take(max_chars).collect();
    let base = match cut.trim_end_matches('-') {
        "" => fallback.to_owned(),
        base => base.to_owned(),
    };
    (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !taken(id))
        .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "un-titre-t"
        );
    }
}
