//! A PDF document's text, page by page, extracted by `pdf-extract` (over `lopdf`): the pages joined
//! by a form feed (U+000C, as `pdftotext` separates them) on a line of its own, so every position of the source's text
//! knows its page from the text alone — a quote's page is one more than the form feeds before it.
//! A word hyphenated at a line's end is joined again when the next line goes on in lower case.
//! What extraction does not handle (columns read across, tables cell by cell, text drawn as
//! pictures) is said in the README. An encrypted PDF, and one with no text on any page (a scan),
//! are refused; pages without text in a PDF that has some are named in a notice.

use crate::i18n::tr_with;

/// What extracted a PDF's text, as a capture record names it (re-derived only by the same).
pub const EXTRACTED_BY: &str = "pdf-extract 0.10 (lopdf 0.38)";

/// The separator between two pages of a PDF's text.
pub const PAGE_BREAK: char = '\u{c}';

/// A PDF's text, and the pages that gave none.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfText {
    pub text: String,
    /// 1-based.
    pub pages_without_text: Vec<usize>,
    pub pages: usize,
    /// The title the document's metadata gives (its Info dictionary), if any.
    pub title: Option<String>,
}

pub fn is_pdf(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".pdf")
}

/// The page (from 1) of a byte position of a PDF source's text.
pub fn page_of(text: &str, byte: usize) -> usize {
    let before = text.get(..byte).unwrap_or(text);
    1 + before.matches(PAGE_BREAK).count()
}

/// Deeper than this, arrays and dictionaries nested in one another are refused before parsing
/// (the parser recurses once per level: 100 000 levels in 200 kB overflow its stack).
const MAX_NESTING: usize = 64;
/// More pages than this are refused (extraction time grows faster than the page count).
pub const MAX_PAGES: usize = 2_000;
/// A stream may inflate to this much, and all of them together to four times as much: a content
/// stream of a few kilobytes can inflate to gigabytes.
const MAX_STREAM: u64 = 32 << 20;

/// The text of the PDF `bytes`, or why it cannot be a source. Time and memory stay bounded: nesting,
/// pages and inflated streams are checked before any text is extracted.
pub fn text(bytes: &[u8]) -> Result<PdfText, String> {
    let unreadable = |why: String| tr_with("pdf-unreadable", &[("why", why.into())]);
    if nesting(bytes) > MAX_NESTING {
        return Err(unreadable(format!(
            "objects nested more than {MAX_NESTING} deep"
        )));
    }
    let document = lopdf::Document::load_mem(bytes).map_err(|e| unreadable(e.to_string()))?;
    if document.is_encrypted() {
        return Err(crate::i18n::tr("pdf-encrypted"));
    }
    let numbers: Vec<u32> = document.get_pages().into_keys().collect();
    if numbers.len() > MAX_PAGES {
        return Err(tr_with(
            "pdf-too-many-pages",
            &[("count", numbers.len().into()), ("most", MAX_PAGES.into())],
        ));
    }
    inflated_within_bounds(&document).map_err(unreadable)?;
    // Each page of the document already read (not read again from the bytes); a page that fails
    // refuses the file rather than ending it there. The extractor may panic on a malformed file:
    // that is a refusal, never a crash.
    let page_text = |number: u32| {
        let mut text = String::new();
        let mut output = pdf_extract::PlainTextOutput::new(&mut text);
        pdf_extract::output_doc_page(&document, &mut output, number)
            .map_err(|e| unreadable(format!("page {number}: {e}")))?;
        Ok::<String, String>(text)
    };
    let pages = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        numbers
            .iter()
            .map(|&n| page_text(n))
            .collect::<Result<Vec<_>, _>>()
    }))
    .map_err(|_| unreadable("its text extractor failed".to_owned()))??;
    let pages: Vec<String> = pages.iter().map(|page| tidy(page)).collect();
    let without: Vec<usize> = pages
        .iter()
        .enumerate()
        .filter(|(_, page)| page.trim().is_empty())
        .map(|(n, _)| n + 1)
        .collect();
    if without.len() == pages.len() {
        let list = page_list(&without);
        return Err(tr_with(
            "pdf-no-text",
            &[("pages", list.into()), ("count", pages.len().into())],
        ));
    }
    Ok(PdfText {
        text: pages.join(&format!("\n{PAGE_BREAK}\n")),
        pages_without_text: without,
        pages: pages.len(),
        title: title(&document),
    })
}

/// How deep arrays (`[`) and dictionaries (`<<`) nest in the file, outside strings, comments and
/// streams' data: one pass over the bytes.
fn nesting(bytes: &[u8]) -> usize {
    let (mut depth, mut deepest, mut at) = (0usize, 0usize, 0usize);
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'[' => depth += 1,
            b'<' if bytes.get(at + 1) == Some(&b'<') => {
                depth += 1;
                at += 1;
            }
            b']' => depth = depth.saturating_sub(1),
            b'>' if bytes.get(at + 1) == Some(&b'>') => {
                depth = depth.saturating_sub(1);
                at += 1;
            }
            // A literal string: balanced parentheses, with backslash escapes.
            b'(' => {
                let mut open = 1;
                while open > 0 && at + 1 < bytes.len() {
                    at += 1;
                    match bytes[at] {
                        b'\\' => at += 1,
                        b'(' => open += 1,
                        b')' => open -= 1,
                        _ => {}
                    }
                }
            }
            b'%' => {
                while bytes.get(at).is_some_and(|&b| b != b'\n' && b != b'\r') {
                    at += 1;
                }
            }
            // A stream's data is not syntax: skip to its end.
            b's' if bytes[at..].starts_with(b"stream") => {
                let data = &bytes[at..];
                at += memchr::memmem::find(data, b"endstream").unwrap_or(data.len());
            }
            _ => {}
        }
        deepest = deepest.max(depth);
        at += 1;
    }
    deepest
}

/// Every Flate stream inflated into nothing (counted, not kept), each up to [`MAX_STREAM`] and all
/// together up to four times that; or what went past.
fn inflated_within_bounds(document: &lopdf::Document) -> Result<(), String> {
    use std::io::Read as _;
    let mut total = 0;
    for object in document.objects.values() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        let flate = stream
            .filters()
            .is_ok_and(|filters| filters.contains(&b"FlateDecode".as_slice()));
        if !flate {
            continue;
        }
        let decoder = flate2::read::ZlibDecoder::new(stream.content.as_slice());
        let size =
            std::io::copy(&mut decoder.take(MAX_STREAM + 1), &mut std::io::sink()).unwrap_or(0);
        total += size;
        if size > MAX_STREAM || total > 4 * MAX_STREAM {
            return Err(format!(
                "its streams inflate past {} MiB",
                (if size > MAX_STREAM {
                    MAX_STREAM
                } else {
                    4 * MAX_STREAM
                }) >> 20
            ));
        }
    }
    Ok(())
}

/// The title in the document's Info dictionary.
fn title(document: &lopdf::Document) -> Option<String> {
    let info = match document.trailer.get(b"Info").ok()? {
        lopdf::Object::Reference(id) => document.get_object(*id).ok()?,
        other => other,
    };
    let title = info.as_dict().ok()?.get(b"Title").ok()?;
    let title = pdf_extract::decode_text_string(title).ok()?;
    Some(title.trim().to_owned()).filter(|t| !t.is_empty())
}

/// A page's text with line ends made LF, its edges trimmed, and words hyphenated at a line's end
/// joined again when the next line goes on in lower case ("gou-\nvernement").
fn tidy(page: &str) -> String {
    let page = page.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(page.len());
    let mut rest = page.as_str();
    while let Some(at) = rest.find("-\n") {
        let (before, after) = (&rest[..at], &rest[at + 2..]);
        let joins = before.chars().next_back().is_some_and(char::is_alphabetic)
            && after.chars().next().is_some_and(char::is_lowercase);
        out.push_str(before);
        if !joins {
            out.push_str("-\n");
        }
        rest = after;
    }
    out.push_str(rest);
    out.replace(PAGE_BREAK, " ").trim().to_owned()
}

/// "1, 2 and 5" as a short list of page numbers (the first ten, then how many more).
pub fn page_list(pages: &[usize]) -> String {
    let shown: Vec<String> = pages.iter().take(10).map(usize::to_string).collect();
    match pages.len().saturating_sub(10) {
        0 => shown.join(", "),
        more => format!("{} (+{more})", shown.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_knows_its_page_from_the_form_feeds_before_it() {
        let text = "one\u{c}two\u{c}three";
        assert_eq!(page_of(text, 0), 1);
        assert_eq!(page_of(text, text.find("two").unwrap_or(0)), 2);
        assert_eq!(page_of(text, text.find("three").unwrap_or(0)), 3);
    }

    #[test]
    fn a_word_hyphenated_at_a_line_s_end_is_joined_but_a_compound_name_is_kept() {
        assert_eq!(tidy("le gou-\nvernement a"), "le gouvernement a");
        assert_eq!(tidy("Nagorno-\nKarabakh"), "Nagorno-\nKarabakh");
        assert_eq!(tidy("  a\r\nb  "), "a\nb");
    }

    #[test]
    fn what_is_not_a_pdf_is_refused_in_words() {
        let refused = text(b"not a pdf at all");
        assert!(refused.is_err());
    }
}
