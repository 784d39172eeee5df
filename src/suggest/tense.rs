//! Whether a sentence speaks of what is to come: then a bare weekday or date in it is read forwards
//! from publication ("parlera mardi", "will speak on Tuesday"), else backwards, as news reports.

use std::ops::Range;

/// Words that end like a French future but are not verbs.
const NOT_FUTURE: [&str; 12] = [
    "extra", "caméra", "camera", "opéra", "opera", "sahara", "tiara", "mantra", "algèbre", "cobra",
    "sierra", "zebra",
];

/// The clause of `sentence` (bytes of `text`) that holds `words`: from the comma, semicolon or
/// colon before them to the one after ("…d'ici la fin du mois, a précisé jeudi un responsable":
/// "jeudi" belongs to the past of "a précisé", not to the future before the comma).
pub fn clause(text: &str, sentence: Range<usize>, words: Range<usize>) -> &str {
    let marks = [',', ';', ':'];
    let start = text
        .get(sentence.start..words.start)
        .and_then(|before| before.rfind(marks))
        .map_or(sentence.start, |at| sentence.start + at + 1);
    let end = text
        .get(words.end..sentence.end)
        .and_then(|after| after.find(marks))
        .map_or(sentence.end, |at| words.end + at);
    text.get(start..end).unwrap_or_default()
}

/// Whether `sentence`, in `language`, is in the future tense or looks ahead ("d'ici", "by").
pub fn looks_ahead(sentence: &str, language: &str) -> bool {
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    if language == "fr" {
        // The simple future (parlera, viendront, serons) and the near future (va parler).
        let future = |w: &&str| {
            w.chars().count() >= 5
                && ["ra", "ront", "rai", "ras", "rez", "rons"]
                    .iter()
                    .any(|end| w.ends_with(end))
                && !NOT_FUTURE.contains(w)
        };
        words.iter().any(future)
            || words
                .iter()
                .any(|w| matches!(*w, "sera" | "aura" | "fera" | "ira" | "dira" | "iront"))
            || words
                .windows(2)
                .any(|w| matches!(w[0], "va" | "vont" | "allons" | "allez"))
            || lower.contains("d'ici")
            || lower.contains("d’ici")
    } else {
        words.iter().any(|w| {
            matches!(*w, "will" | "shall" | "won't" | "upcoming")
                || w.ends_with("'ll")
                || w.ends_with("’ll")
        }) || lower.contains("going to")
            || lower.contains(" is to ")
            || lower.contains(" are to ")
            || lower.contains("scheduled")
            || lower.contains(" due to ")
    }
}

#[cfg(test)]
mod tests {
    use super::looks_ahead;

    #[test]
    fn a_clause_is_cut_at_the_punctuation_around_the_words() {
        let text = "Le retrait sera achevé d'ici la fin du mois, a précisé jeudi un responsable.";
        let at = text.find("jeudi").unwrap_or_default();
        let clause = super::clause(text, 0..text.len(), at..at + 5);
        assert_eq!(clause, " a précisé jeudi un responsable.");
        assert!(!looks_ahead(clause, "fr"));
    }

    #[test]
    fn the_future_and_the_near_future_look_ahead_and_the_past_does_not() {
        assert!(looks_ahead("Le ministre parlera mardi.", "fr"));
        assert!(looks_ahead("Les troupes vont partir lundi.", "fr"));
        assert!(looks_ahead("The minister will speak on Tuesday.", "en"));
        assert!(looks_ahead("She'll land on Friday.", "en"));
        assert!(!looks_ahead("Le ministre a parlé mardi.", "fr"));
        assert!(!looks_ahead(
            "Une caméra extra a filmé la scène mardi.",
            "fr"
        ));
        assert!(!looks_ahead("The minister spoke on Tuesday.", "en"));
    }
}
