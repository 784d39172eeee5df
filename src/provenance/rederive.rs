//! The text of a source re-derived from its original (a saved page, a web archive, a PDF or a picture) and compared,
//! byte for byte, with the text the story keeps: a text edited and given a fresh capture record
//! no longer matches what its original says.

use super::{archive, extract, pdf, picture};
use crate::load::{LoadError, Problem};
use crate::model::Source;
use std::path::Path;

/// A problem for each source of `sources` (in the story folder `folder`) whose text is not what
/// its original gives when extracted again by this build's extractor (sources extracted by
/// another are not compared).
pub fn check(sources: &[Source], folder: &Path) -> Rederived {
    let mut problems = Vec::new();
    let mut not_compared = Vec::new();
    for source in sources {
        let (Some(capture), Some(bytes)) = (&source.capture, &source.original) else {
            continue;
        };
        let Some(original) = &capture.original else {
            continue;
        };
        let text_file = folder.join(&source.file).display().to_string();
        let is_pdf = pdf::is_pdf(&original.file);
        let is_picture = picture::is_picture(&original.file);
        let extractor = if is_pdf {
            pdf::EXTRACTED_BY
        } else if is_picture {
            picture::EXTRACTED_BY
        } else {
            extract::EXTRACTED_BY
        };
        // Another extractor (an older build's) may give other text: it is said, not compared.
        if original.extracted_by != extractor {
            not_compared.push(format!(
                "{text_file}: not extracted again: its text was extracted by \"{}\", this build extracts with \"{extractor}\"",
                original.extracted_by,
            ));
            continue;
        }
        let original_file = folder.join(&original.file).display().to_string();
        let derived = if is_pdf {
            pdf::text(bytes).map(|document| extract::Extracted {
                text: document.text,
                ..extract::Extracted::default()
            })
        } else if is_picture {
            picture::read(&original.file, bytes).map(|read| {
                compare_picture(source, &read.record, &mut problems, &mut not_compared);
                extract::Extracted {
                    text: read.text,
                    ..extract::Extracted::default()
                }
            })
        } else if archive::is_archive(&original.file) {
            let url = capture.archive.as_ref().map(|a| a.url.as_str());
            archive::page(&original.file, bytes, url)
                .map_err(|e| e.to_string())
                .and_then(|page| extract::main_text(&page.html))
        } else {
            std::str::from_utf8(bytes)
                .map_err(|e| e.to_string())
                .and_then(extract::main_text)
        };
        let problem = match derived {
            Err(why) => Some((
                None,
                crate::i18n::tr_with(
                    "rederive-fails",
                    &[
                        ("original", original_file.to_string().into()),
                        ("why", why.into()),
                    ],
                ),
            )),
            Ok(page) if page.text == source.text => None,
            Ok(page) => {
                let at = first_difference(&source.text, &page.text);
                Some((
                    Some(at),
                    crate::i18n::tr_with(
                        "rederive-differs",
                        &[
                            ("original", original_file.to_string().into()),
                            ("by", original.extracted_by.clone().into()),
                        ],
                    ),
                ))
            }
        };
        if let Some((line_column, what)) = problem {
            problems.push(LoadError::at(
                text_file,
                line_column,
                Problem::Invalid(what),
            ));
        }
    }
    Rederived {
        problems,
        not_compared,
    }
}

/// What a picture's file says now against its capture record: its size and metadata must be what
/// the record says (a problem naming story.json otherwise); its Content Credentials, validated
/// again today, may fare otherwise (a certificate expired, a trust list changed), which is said.
fn compare_picture(
    source: &Source,
    now: &crate::load::raw::RawPicture,
    problems: &mut Vec<LoadError>,
    notes: &mut Vec<String>,
) {
    let Some(recorded) = source.picture() else {
        return;
    };
    if (recorded.width, recorded.height, &recorded.says) != (now.width, now.height, &now.says) {
        problems.push(LoadError::at(
            "story.json".to_owned(),
            None,
            Problem::Invalid(crate::i18n::tr_with(
                "rederive-picture-record-differs",
                &[("source", source.id.clone().into())],
            )),
        ));
    }
    let state = |c: Option<&crate::load::raw::RawCredentials>| {
        c.map_or_else(
            || "none".to_owned(),
            |c| {
                format!(
                    "{} ({})",
                    c.state,
                    if c.bound { "bound" } else { "unbound" }
                )
            },
        )
    };
    let (then, today) = (
        state(recorded.credentials.as_ref()),
        state(now.credentials.as_ref()),
    );
    if then != today {
        notes.push(crate::i18n::tr_with(
            "rederive-credentials-differ",
            &[
                ("source", source.id.clone().into()),
                ("then", then.into()),
                ("now", today.into()),
            ],
        ));
    }
}

/// What extracting every source's text again from its original found.
pub struct Rederived {
    /// Texts that differ from what their original gives.
    pub problems: Vec<LoadError>,
    /// Sources whose original was extracted by another extractor, which this build cannot repeat.
    pub not_compared: Vec<String>,
}

/// Line and column (from 1, columns in characters) of the first character where `a` and `b` differ.
fn first_difference(a: &str, b: &str) -> (usize, usize) {
    let (mut line, mut column) = (1, 1);
    for (x, y) in a.chars().zip(b.chars()) {
        if x != y {
            break;
        }
        if x == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_first_difference_is_located_by_line_and_column() {
        assert_eq!(super::first_difference("ab\ncd", "ab\ncx"), (2, 2));
        assert_eq!(super::first_difference("abc", "abc and more"), (1, 4));
    }
}
