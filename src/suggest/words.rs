//! Calendar words of French and English as the rules' patterns write them, and what they mean:
//! months and weekdays with their abbreviations, numbers and ordinals in words, units of time.

use super::calendar::Grain;
use chrono::Weekday;

/// Months, full and abbreviated (a trailing dot is allowed after the pattern).
pub const FR_MONTH: &str = r"(?:janvier|janv|février|fevrier|févr|fevr|fév|fev|mars|avril|avr|mai|juin|juillet|juil|jui|août|aout|septembre|sept|octobre|oct|novembre|nov|décembre|decembre|déc|dec)\.?";
pub const EN_MONTH: &str = r"(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)\.?";
/// Weekdays, full and abbreviated.
pub const FR_WEEKDAY: &str = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun\.|mar\.|mer\.|jeu\.|ven\.|sam\.|dim\.)";
pub const EN_WEEKDAY: &str = r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?";
/// A day of the month in figures or words, with an ordinal ending.
pub const FR_DAY: &str = r"(?:1er|premier|[0-3]?\d(?:e|ème|eme)?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt(?:-et-un|-deux|-trois|-quatre|-cinq|-six|-sept|-huit|-neuf)?|trente(?:-et-un)?)";
pub const EN_DAY: &str = r"(?:[0-3]?\d(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|thirtieth|thirty-first)";
/// A count in figures or words.
pub const FR_COUNT: &str =
    r"(?:\d{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|quelques)";
pub const EN_COUNT: &str =
    r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|few|a few)";
/// Ordinals that count within a period.
pub const FR_ORDINAL: &str = r"(?:premi(?:er|ère|ere)|1(?:er|re|ère)|deuxi(?:è|e)me|2(?:e|ème|eme)|second(?:e)?|troisi(?:è|e)me|3(?:e|ème|eme)|quatri(?:è|e)me|4(?:e|ème|eme)|derni(?:er|ère|ere))";
pub const EN_ORDINAL: &str = r"(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)";
/// Units of time.
pub const FR_UNIT: &str = r"(?:jours?|semaines?|mois|ans|an|années?|annees?|trimestres?)";
pub const EN_UNIT: &str = r"(?:days?|weeks?|months?|years?|yrs?|quarters?|qtrs?)";

/// Lower case without accents or a trailing dot, for comparing words.
pub fn plain(word: &str) -> String {
    word.trim_end_matches('.')
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'à' | 'â' => 'a',
            'û' | 'ù' => 'u',
            'î' | 'ï' => 'i',
            'ô' => 'o',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

/// 1–12 for a month's name or abbreviation in either language.
pub fn month(word: &str) -> Option<u32> {
    const NAMES: [[&str; 3]; 12] = [
        ["janvier", "january", "jan"],
        ["fevrier", "february", "fev"],
        ["mars", "march", "mar"],
        ["avril", "april", "avr"],
        ["mai", "may", "may"],
        ["juin", "june", "jun"],
        ["juillet", "july", "jul"],
        ["aout", "august", "aug"],
        ["septembre", "september", "sep"],
        ["octobre", "october", "oct"],
        ["novembre", "november", "nov"],
        ["decembre", "december", "dec"],
    ];
    let word = plain(word);
    // "jui" is July in Duckling's French and in the way people clip "juillet".
    if word == "jui" {
        return Some(7);
    }
    let at = NAMES.iter().position(|names| {
        names.contains(&word.as_str())
            || (word.len() >= 3 && names.iter().any(|n| n.starts_with(&word)))
    })?;
    u32::try_from(at + 1).ok()
}

/// The weekday a name or abbreviation stands for, in either language.
pub fn weekday(word: &str) -> Option<Weekday> {
    const NAMES: [[&str; 3]; 7] = [
        ["lundi", "monday", "lun"],
        ["mardi", "tuesday", "mar"],
        ["mercredi", "wednesday", "mer"],
        ["jeudi", "thursday", "jeu"],
        ["vendredi", "friday", "ven"],
        ["samedi", "saturday", "sam"],
        ["dimanche", "sunday", "dim"],
    ];
    let word = plain(word);
    let word = word
        .strip_suffix('s')
        .filter(|w| w.ends_with("day"))
        .unwrap_or(&word);
    let at = NAMES.iter().position(|names| {
        names.contains(&word) || (word.len() >= 3 && names[1].starts_with(word))
    })?;
    Weekday::try_from(u8::try_from(at).ok()?).ok()
}

/// A number written in figures or words (French or English, cardinal or ordinal), up to 31.
pub fn number(word: &str) -> Option<i64> {
    const WORDS: [(&str, &str, &str); 31] = [
        ("un", "one", "first"),
        ("deux", "two", "second"),
        ("trois", "three", "third"),
        ("quatre", "four", "fourth"),
        ("cinq", "five", "fifth"),
        ("six", "six", "sixth"),
        ("sept", "seven", "seventh"),
        ("huit", "eight", "eighth"),
        ("neuf", "nine", "ninth"),
        ("dix", "ten", "tenth"),
        ("onze", "eleven", "eleventh"),
        ("douze", "twelve", "twelfth"),
        ("treize", "thirteen", "thirteenth"),
        ("quatorze", "fourteen", "fourteenth"),
        ("quinze", "fifteen", "fifteenth"),
        ("seize", "sixteen", "sixteenth"),
        ("dix-sept", "seventeen", "seventeenth"),
        ("dix-huit", "eighteen", "eighteenth"),
        ("dix-neuf", "nineteen", "nineteenth"),
        ("vingt", "twenty", "twentieth"),
        ("vingt-et-un", "twenty-one", "twenty-first"),
        ("vingt-deux", "twenty-two", "twenty-second"),
        ("vingt-trois", "twenty-three", "twenty-third"),
        ("vingt-quatre", "twenty-four", "twenty-fourth"),
        ("vingt-cinq", "twenty-five", "twenty-fifth"),
        ("vingt-six", "twenty-six", "twenty-sixth"),
        ("vingt-sept", "twenty-seven", "twenty-seventh"),
        ("vingt-huit", "twenty-eight", "twenty-eighth"),
        ("vingt-neuf", "twenty-nine", "twenty-ninth"),
        ("trente", "thirty", "thirtieth"),
        ("trente-et-un", "thirty-one", "thirty-first"),
    ];
    let word = plain(word);
    match word.as_str() {
        "premier" | "premiere" | "1er" | "1re" | "une" | "a" | "an" => return Some(1),
        "deuxieme" | "seconde" => return Some(2),
        "troisieme" => return Some(3),
        "quatrieme" => return Some(4),
        _ => {}
    }
    let digits = word.trim_end_matches(|c: char| c.is_alphabetic());
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.parse().ok();
    }
    let at = WORDS
        .iter()
        .position(|(fr, en, nth)| *fr == word || *en == word || *nth == word)?;
    i64::try_from(at + 1).ok()
}

/// The unit a word of time names.
pub fn unit(word: &str) -> Option<Grain> {
    let word = plain(word);
    Some(match word.as_str() {
        w if w.starts_with("jour") || w.starts_with("day") => Grain::Day,
        w if w.starts_with("semaine") || w.starts_with("week") => Grain::Week,
        w if w.starts_with("mois") || w.starts_with("month") => Grain::Month,
        w if w.starts_with("trimestre") || w.starts_with("quarter") || w.starts_with("qtr") => {
            Grain::Quarter
        }
        "an" | "ans" | "annee" | "annees" => Grain::Year,
        w if w.starts_with("year") || w.starts_with("yr") => Grain::Year,
        _ => return None,
    })
}

/// A year of two or four figures: two figures fall in the century that puts them nearest
/// `around` ("74" in a text of 2013 is 1974, "14" is 2014).
pub fn year(figures: &str, around: i32) -> Option<i32> {
    let n: i32 = figures.parse().ok()?;
    if figures.len() != 2 {
        return Some(n);
    }
    let century = around - around.rem_euclid(100);
    [century - 100, century, century + 100]
        .into_iter()
        .map(|c| c + n)
        .min_by_key(|y| (y - around).abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_words_of_both_languages_are_read() {
        assert_eq!(month("févr."), Some(2));
        assert_eq!(month("Sept"), Some(9));
        assert_eq!(month("jui"), Some(7));
        assert_eq!(month("mardi"), None);
        assert_eq!(weekday("thu."), Some(Weekday::Thu));
        assert_eq!(weekday("Fridays"), Some(Weekday::Fri));
        assert_eq!(weekday("mer."), Some(Weekday::Wed));
        assert_eq!(number("dix-huit"), Some(18));
        assert_eq!(number("15th"), Some(15));
        assert_eq!(number("troisième"), Some(3));
        assert_eq!(unit("années"), Some(Grain::Year));
        assert_eq!(year("74", 2013), Some(1974));
        assert_eq!(year("14", 2013), Some(2014));
    }
}
