//! Words in the quotation marks of their language, as the window, exports and published pages
//! show a quote.

/// The opening and closing marks of a language: « » in French, „ “ in German, “ ” else.
pub fn marks(language: &str) -> (&'static str, &'static str) {
    match language.split(['-', '_']).next().unwrap_or_default() {
        "fr" => ("« ", " »"),
        "de" | "cs" | "pl" | "ro" | "hu" | "bg" => ("„", "“"),
        "ru" | "uk" | "be" => ("«", "»"),
        _ => ("“", "”"),
    }
}

/// At most `max_chars` of `words` for a short view of a quote: cut at the end of a word, with "…"
/// saying the words go on (so a cut quote never looks whole, nor ends mid-word).
pub fn shortened(words: &str, max_chars: usize) -> String {
    if words.chars().count() <= max_chars {
        return words.to_owned();
    }
    let cut = words
        .char_indices()
        .nth(max_chars)
        .map_or(words.len(), |(at, _)| at);
    let head = &words[..cut];
    // Back to the last space, unless that leaves too little (one very long word).
    let kept = match head.rfind(char::is_whitespace) {
        Some(space) if space >= cut / 2 => &head[..space],
        _ => head,
    };
    format!(
        "{}…",
        kept.trim_end_matches(|c: char| c.is_whitespace() || ",;:".contains(c))
    )
}

pub fn quoted(language: &str, words: &str) -> String {
    let (open, close) = marks(language);
    format!("{open}{words}{close}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shortened_quote_ends_at_a_word_and_says_it_goes_on() {
        let words = "Les soldats russes ont quitté Stepanakert, puis la région";
        assert_eq!(shortened(words, 200), words);
        assert_eq!(
            shortened(words, 44),
            "Les soldats russes ont quitté Stepanakert…"
        );
        assert_eq!(shortened(words, 40), "Les soldats russes ont quitté…");
        assert_eq!(shortened("Anticonstitutionnellement", 10), "Anticonsti…");
        assert_eq!(
            quoted("fr", &shortened(words, 40)),
            "« Les soldats russes ont quitté… »"
        );
    }
}
