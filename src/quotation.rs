//! Words in the quotation marks of their language, as the window, exports and published pages
//! show a quote.

/// « » in French, „ “ in German, “ ” else.
pub fn quoted(language: &str, words: &str) -> String {
    match language.split(['-', '_']).next().unwrap_or_default() {
        "fr" => format!("« {words} »"),
        "de" | "cs" | "pl" | "ro" | "hu" | "bg" => format!("„{words}“"),
        "ru" | "uk" | "be" => format!("«{words}»"),
        _ => format!("“{words}”"),
    }
}
