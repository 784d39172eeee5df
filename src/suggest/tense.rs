//! Whether a sentence speaks of what is to come: then a bare weekday or date in it is read forwards
//! from publication ("parlera mardi", "will speak on Tuesday"), else backwards, as news reports.

use std::ops::Range;

/// Words that end like a French future but are not verbs.
const NOT_FUTURE: [&str; 12] = [
    "extra", "caméra", "camera", "opéra", "opera", "sahara", "tiara", "mantra", "algèbre", "cobra",
    "sierra", "zebra",
];

/// The clause of `sentence` (bytes of `text`) that holds `words`, as bytes of `text`: from the
/// comma, semicolon or colon before them to the one after ("…d'ici la fin du mois, a précisé jeudi
/// un responsable": "jeudi" belongs to the past of "a précisé", not to the future before the comma).
/// A date set before the sentence's verb ("On Tuesday, the minister will speak") is a clause of
/// its own words only: then the clause runs on to the next mark, so its tense is the verb's.
pub fn clause(text: &str, sentence: Range<usize>, words: Range<usize>) -> Range<usize> {
    let marks = [',', ';', ':'];
    let start = text
        .get(sentence.start..words.start)
        .and_then(|before| before.rfind(marks))
        .map_or(sentence.start, |at| sentence.start + at + 1);
    let next_mark = |from: usize| {
        text.get(from..sentence.end)
            .and_then(|after| after.find(marks))
            .map_or(sentence.end, |at| from + at)
    };
    let end = next_mark(words.end);
    let others = |range: Range<usize>| {
        text.get(range)
            .unwrap_or_default()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .count()
    };
    // Besides the date, at most a preposition ("on", "le", "dès"): no verb to tell its tense.
    if end < sentence.end && others(start..words.start) + others(words.end..end) <= 1 {
        return start..next_mark(end + 1);
    }
    start..end
}

/// Words that say a clause tells what happened: with them, "until" or "jusqu'à" looks back.
const PAST_MARKS_EN: [&str; 6] = ["was", "were", "had", "did", "been", "remained"];
const PAST_MARKS_FR: [&str; 10] = [
    "a", "ont", "avait", "avaient", "était", "étaient", "fut", "furent", "été", "eu",
];

/// Whether `sentence`, in `language`, is in the future tense or looks ahead ("d'ici", "by"): a
/// forecast ("would", "is probable", "is forecast", "expected", "devrait", "prévu") too, and a
/// span that runs on from now ("through to Tuesday", "until", "into", "jusqu'à") unless the clause
/// tells what happened ("was closed until Tuesday").
pub fn looks_ahead(sentence: &str, language: &str) -> bool {
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if language == "fr" {
        let forecast = words
            .iter()
            .any(|w| w.starts_with("devrai") || w.starts_with("prévu") || w.starts_with("prévis"));
        let runs_on = lower.contains("jusqu'") || lower.contains("jusqu’");
        if forecast || (runs_on && !has(&PAST_MARKS_FR)) {
            return true;
        }
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
        let forecast = words.iter().any(|w| {
            matches!(
                *w,
                "would" | "probable" | "likely" | "forecast" | "forecasts" | "expected"
            )
        });
        // "Into" runs on only into a time ("into Wednesday"), not into a place.
        let into_a_time = words.windows(2).any(|w| {
            w[0] == "into"
                && matches!(
                    w[1],
                    "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                        | "next"
                        | "tomorrow"
                        | "tonight"
                )
        });
        let runs_on = lower.contains("through to") || has(&["until", "till"]) || into_a_time;
        forecast
            || (runs_on && !has(&PAST_MARKS_EN))
            || words.iter().any(|w| {
                matches!(*w, "will" | "shall" | "won't" | "upcoming")
                    || w.ends_with("'ll")
                    || w.ends_with("’ll")
            })
            || lower.contains("going to")
            || lower.contains(" is to ")
            || lower.contains(" are to ")
            || lower.contains("scheduled")
            || lower.contains(" due to ")
    }
}

/// Verbs of saying: what follows one with "that"/"que" is reported, and a date right after one
/// ("said on Friday", "a déclaré mardi") is the day it was said.
const SAYING_EN: [&str; 16] = [
    "said",
    "says",
    "told",
    "announced",
    "claimed",
    "stated",
    "declared",
    "reported",
    "confirmed",
    "added",
    "wrote",
    "warned",
    "insisted",
    "explained",
    "tweeted",
    "posted",
];
const SAYING_FR: [&str; 13] = [
    "déclaré",
    "affirmé",
    "annoncé",
    "indiqué",
    "assuré",
    "expliqué",
    "précisé",
    "rapporté",
    "estimé",
    "dit",
    "confirmé",
    "averti",
    "écrit",
];

/// The verbs of saying of `language` (English unless French).
pub fn saying_verbs(language: &str) -> &'static [&'static str] {
    if language == "fr" {
        &SAYING_FR
    } else {
        &SAYING_EN
    }
}

/// Whether the words `before` a date end with a verb of saying, with at most "on" or "le"
/// between them: then the date is the day something was said, read back from publication.
pub fn dates_a_saying(before: &str, language: &str) -> bool {
    let lower = before.to_lowercase();
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev();
    let said = saying_verbs(language);
    match words.next() {
        Some("on" | "le" | "ce") => words.next().is_some_and(|w| said.contains(&w)),
        Some(word) => said.contains(&word),
        None => false,
    }
}

/// Words of a fear, a hope or a wish held now: what follows them in a clause is what someone fears
/// or hopes will happen, not an event ("there are fears families will not make it home for
/// Christmas"). Past forms ("hoped", "espéraient") are left out: they may look back at a day.
const WISHES_EN: [&str; 11] = [
    "fear", "fears", "fearing", "afraid", "worry", "worries", "hope", "hopes", "hoping", "wish",
    "wishes",
];
const WISHES_FR: [&str; 12] = [
    "crainte",
    "craintes",
    "craint",
    "craignent",
    "peur",
    "redoute",
    "redoutent",
    "espère",
    "espèrent",
    "espoir",
    "souhaite",
    "souhaitent",
];

/// Whether the date `words` (bytes of `clause`) lie after a word of fear, hope or wish in their
/// clause: then it dates what someone fears or hopes, which is no event to suggest. Only a date
/// after the word counts ("He said on Monday he hoped…" still dates the saying).
pub fn is_feared_or_hoped(clause: &str, words_at: usize, language: &str) -> bool {
    let before = clause.get(..words_at).unwrap_or_default().to_lowercase();
    let list: &[&str] = if language == "fr" {
        &WISHES_FR
    } else {
        &WISHES_EN
    };
    before
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| list.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::looks_ahead;

    #[test]
    fn a_clause_is_cut_at_the_punctuation_around_the_words() {
        let text = "Le retrait sera achevé d'ici la fin du mois, a précisé jeudi un responsable.";
        let at = text.find("jeudi").unwrap_or_default();
        let clause = &text[super::clause(text, 0..text.len(), at..at + 5)];
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

    #[test]
    fn forecasts_and_spans_that_run_on_look_ahead_and_spans_that_ran_do_not() {
        for (sentence, language) in [
            (
                "Ongoing flooding is probable on some larger rivers through to Tuesday.",
                "en",
            ),
            (
                "Flooding would continue along the River Severn into Wednesday.",
                "en",
            ),
            ("Rain is forecast for Thursday.", "en"),
            ("Warnings remain in place until Monday.", "en"),
            ("La décrue devrait commencer mercredi.", "fr"),
            ("Un deuil national est décrété jusqu'au 1er novembre.", "fr"),
            ("Le retour est prévu vendredi.", "fr"),
        ] {
            assert!(looks_ahead(sentence, language), "{sentence}");
        }
        for (sentence, language) in [
            ("The road was closed until Tuesday.", "en"),
            ("The river ran into the town on Friday.", "en"),
            ("La route a été fermée jusqu'à mardi.", "fr"),
        ] {
            assert!(!looks_ahead(sentence, language), "{sentence}");
        }
    }
}
