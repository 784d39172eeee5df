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

pub fn quoted(language: &str, words: &str) -> String {
    let (open, close) = marks(language);
    format!("{open}{words}{close}")
}
