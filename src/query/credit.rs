//! A quote as every place that shows it says it: its words (a passage in its language's quotation
//! marks, a picture's region by its caption, said to be one) and its credit (its source's, with the
//! page of a PDF or the region of a picture).

use crate::model::Story;

/// How a quote is credited wherever it is shown: its source's credit and, for a PDF, the page its
/// words start on ("Rapport, 17 Apr 2024, p. 2").
pub fn quote_credit(story: &Story, quote: usize) -> String {
    let Some(source) = story
        .quotes
        .get(quote)
        .and_then(|q| story.sources.get(q.source))
    else {
        return String::new();
    };
    if let Some(region) = story.quotes[quote].region {
        return crate::i18n::tr_with(
            "quote-credit-region",
            &[
                ("credit", source.credit().into()),
                ("region", region_words(region).into()),
            ],
        );
    }
    match quote_page(story, quote) {
        Some(page) => crate::i18n::tr_with(
            "quote-credit-page",
            &[("credit", source.credit().into()), ("page", page.into())],
        ),
        None => source.credit(),
    }
}

/// A region `[x, y, w, h]` as people read it: "480 × 32 px at 360, 496".
pub fn region_words([x, y, w, h]: [u32; 4]) -> String {
    format!("{w} × {h} px @ {x}, {y}")
}

/// A quote's words as every panel shows them: a passage in its language's quotation marks; a
/// region of a picture by its caption, said to be one (the caption is the editor's, not the source's).
pub fn quote_words(story: &Story, quote: usize) -> String {
    quote_words_within(story, quote, usize::MAX)
}

/// [`quote_words`], the words or caption cut after `max_chars` (at a word's end) for a list.
pub fn quote_words_within(story: &Story, quote: usize, max_chars: usize) -> String {
    let Some(q) = story.quotes.get(quote) else {
        return String::new();
    };
    let words = crate::quotation::shortened(&q.exact, max_chars);
    if q.region.is_some() {
        return crate::i18n::tr_with("quote-region-caption", &[("caption", words.into())]);
    }
    let language = story
        .sources
        .get(q.source)
        .map_or("", |s| s.language.as_str());
    crate::quotation::quoted(language, &words)
}

/// The page a quote of a PDF source starts on (none for other sources).
pub fn quote_page(story: &Story, quote: usize) -> Option<usize> {
    let quote = story.quotes.get(quote)?;
    let source = story.sources.get(quote.source)?;
    let original = source.capture.as_ref()?.original.as_ref()?;
    let pdf = crate::provenance::pdf::is_pdf(&original.file);
    pdf.then(|| crate::provenance::pdf::page_of(&source.text, quote.bytes.start))
}
