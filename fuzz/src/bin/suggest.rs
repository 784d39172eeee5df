//! The suggestion extractor on any text: the first byte picks the language (even: French, odd:
//! English), the rest is the article, published on Wednesday 17 April 2024. It never panics, and
//! every suggestion's quote is its sentence of the text word for word.
fn main() {
    // The rules' patterns and the gazetteer's index are built once, before the fork server starts
    // (afl.rs defers it to `fuzz!`), so each run does not pay for them.
    if let Ok(day) = chronomap::suggest::publication_day("2024-04-17") {
        for language in ["fr", "en"] {
            let _ = chronomap::suggest::suggest("Le 17 avril 2024, à Goris. On 3 June, in Goris.", day, language, None);
        }
    }
    afl::fuzz!(|data: &[u8]| {
        let Some((&first, rest)) = data.split_first() else {
            return;
        };
        let Ok(text) = std::str::from_utf8(rest) else {
            return;
        };
        let language = if first % 2 == 0 { "fr" } else { "en" };
        let Ok(published) = chronomap::suggest::publication_day("2024-04-17") else {
            return;
        };
        if let Ok(found) = chronomap::suggest::suggest(text, published, language, None) {
            for s in found {
                assert_eq!(text.get(s.bytes.clone()), Some(s.quote.as_str()));
            }
        }
    });
}

