//! Adding a source to a story: from a text or Markdown file, from pasted text, or from a saved web
//! page (its main text extracted, the page kept unchanged as the original). The new source gets a
//! capture record (now, the SHA-256 of its text and of any original), and the story is checked
//! like one on disk before anything is written.

use super::{archive, extract, now_utc, pdf, picture, sha256_hex};
use crate::formats::story_out::StoryOut;
use crate::ids;
use crate::load::raw::{RawArchive, RawCapture, RawOriginal, RawPicture, RawSource};
use crate::load::{LoadErrors, Problem};
use crate::model::{Source, Story};

/// What the text of a new source is.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceInput {
    /// Plain text or Markdown, kept as it is (`extension` is `txt` or `md`).
    Text { text: String, extension: String },
    /// A saved web page: its main text becomes the source, the page is kept as the original.
    Html { html: String },
    /// A web archive (`.wacz`, `.warc`, `.warc.gz`, by `name`): the main text of its page `page`
    /// (or of its only page) becomes the source, the archive is kept as the original.
    Archive {
        name: String,
        bytes: Vec<u8>,
        page: Option<String>,
    },
    /// A PDF document (`name`): its text, page by page, becomes the source; the PDF is kept as the
    /// original.
    Pdf { name: String, bytes: Vec<u8> },
    /// A photograph (`name`: `.jpg`, `.png`, `.webp`), kept as the original; what its metadata say
    /// becomes the source's text.
    Picture { name: String, bytes: Vec<u8> },
}

impl SourceInput {
    /// A file's bytes by its extension (`.txt`, `.md`, `.html`/`.htm`, `.pdf`, a web archive's), or
    /// why they cannot be a source.
    pub fn from_file(name: &str, bytes: Vec<u8>) -> Result<SourceInput, Problem> {
        if picture::is_picture(name) {
            return Ok(SourceInput::Picture {
                name: name.to_owned(),
                bytes,
            });
        }
        if pdf::is_pdf(name) {
            return Ok(SourceInput::Pdf {
                name: name.to_owned(),
                bytes,
            });
        }
        if archive::is_archive(name) {
            return Ok(SourceInput::Archive {
                name: name.to_owned(),
                bytes,
                page: None,
            });
        }
        let extension = name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        let text =
            String::from_utf8(bytes).map_err(|e| Problem::NotUtf8(e.utf8_error().valid_up_to()))?;
        match extension.as_str() {
            "txt" | "md" => Ok(SourceInput::Text { text, extension }),
            "html" | "htm" => Ok(SourceInput::Html { html: text }),
            other => Err(Problem::Invalid(crate::i18n::tr_with(
                "invalid-source-kind",
                &[("extension", other.to_owned().into())],
            ))),
        }
    }
}

/// What the person adding a source says of it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SourceMeta {
    /// The article's title; taken from the page for HTML when not given.
    pub title: Option<String>,
    pub publisher: Option<String>,
    /// EDTF: a day, or a date-time with its offset.
    pub published: String,
    pub label: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    /// The id of the source this text is a later version of.
    pub revises: Option<String>,
}

/// The publication date: the one given; else the page's own metadata; else a web archive's capture
/// time. With a note saying where a date not given came from, kept in the source's notes.
fn publication_date(
    given: &str,
    page: Option<&extract::Extracted>,
    archived: Option<&RawArchive>,
) -> Option<(String, Option<&'static str>)> {
    if !given.trim().is_empty() {
        return Some((given.trim().to_owned(), None));
    }
    if let Some(published) = page.and_then(|p| p.published.clone()) {
        return Some((
            published,
            Some(
                "Publication date from the page's metadata (article:published_time or JSON-LD datePublished).",
            ),
        ));
    }
    let captured = archived.and_then(|a| extract::edtf_of_timestamp(&a.archived))?;
    Some((
        captured,
        Some(
            "Publication date: the web archive's capture time (the page's metadata gives none); the article may be older.",
        ),
    ))
}

/// The story with the new source added and checked, and the new source's id. `name` is how
/// problems name the input.
pub fn with_source(
    story: &Story,
    input: SourceInput,
    meta: SourceMeta,
    name: &str,
) -> Result<(Story, String), LoadErrors> {
    let refuse = |problem| LoadErrors::one(name, None, problem);
    let no_text = |e: String| {
        refuse(Problem::Invalid(crate::i18n::tr_with(
            "invalid-no-article-text",
            &[("why", e.into())],
        )))
    };
    let Derived {
        text,
        extension,
        original,
        page,
        archived,
        extracted_by,
        notes,
        file_title,
        picture,
    } = derive(input).map_err(|why| match why {
        Refusal::NoText(e) => no_text(e),
        Refusal::Invalid(e) => refuse(Problem::Invalid(e)),
    })?;
    let (published, published_note) =
        publication_date(&meta.published, page.as_ref(), archived.as_ref())
            .ok_or_else(|| refuse(Problem::Invalid(crate::i18n::tr("invalid-give-published"))))?;
    if text.trim().is_empty() {
        return Err(refuse(Problem::Invalid(crate::i18n::tr(
            "invalid-text-empty",
        ))));
    }
    let title = meta
        .title
        .clone()
        .or(page.map(|p| p.title))
        .or(file_title)
        .filter(|t| !t.trim().is_empty())
        .ok_or_else(|| refuse(Problem::Invalid(crate::i18n::tr("invalid-needs-title"))))?;
    let taken = |id: &str| story.sources.iter().any(|s| s.id == id);
    let id = ids::unique_id(
        meta.label.as_deref().unwrap_or(&title),
        "source",
        40,
        |id| {
            taken(id)
                || story
                    .sources
                    .iter()
                    .any(|s| s.file.starts_with(&format!("sources/{id}.")))
        },
    );
    let file = format!("sources/{id}.{extension}");
    let captured = now_utc();
    let original = original.map(|(extension, bytes)| {
        let record = RawOriginal {
            file: format!("sources/original/{id}.{extension}"),
            sha256: sha256_hex(&bytes),
            extracted_by: extracted_by.to_owned(),
        };
        (record, bytes)
    });
    let url = meta
        .url
        .or_else(|| archived.as_ref().map(|a| a.url.clone()));
    let capture = RawCapture {
        captured,
        sha256: sha256_hex(text.as_bytes()),
        original: original.as_ref().map(|(record, _)| record.clone()),
        archive: archived,
        timestamp: None,
        notes: String::new(),
        picture,
    };
    let mut out = StoryOut::from_story(story);
    out.story.sources.push(RawSource {
        id: id.clone(),
        title,
        publisher: meta.publisher,
        published,
        language: meta.language.unwrap_or_default(),
        file: file.clone(),
        url,
        notes: published_note
            .map(str::to_owned)
            .into_iter()
            .chain(notes)
            .collect::<Vec<_>>()
            .join(" "),
        label: meta.label,
        capture: Some(capture),
        revises: meta.revises,
    });
    out.texts.push((file, text));
    if let Some((record, bytes)) = original {
        out.originals.push((record.file, bytes));
    }
    let story = out.reload(name)?;
    Ok((story, id))
}

/// What a source's input gives: its text, the original kept beside it and what the original says.
struct Derived {
    text: String,
    extension: String,
    /// The original's extension and bytes.
    original: Option<(String, Vec<u8>)>,
    page: Option<extract::Extracted>,
    archived: Option<RawArchive>,
    extracted_by: &'static str,
    notes: Vec<String>,
    /// A title the file itself gives (a PDF's metadata, else a PDF's or a picture's file name).
    file_title: Option<String>,
    picture: Option<RawPicture>,
}

/// Why an input gives no source: no article text in a page, or anything else.
enum Refusal {
    NoText(String),
    Invalid(String),
}

fn file_stem(file: &str) -> Option<String> {
    std::path::Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
}

/// The text of an input and what it keeps: each kind of input derived by its own extractor.
fn derive(input: SourceInput) -> Result<Derived, Refusal> {
    let mut derived = Derived {
        text: String::new(),
        extension: "txt".to_owned(),
        original: None,
        page: None,
        archived: None,
        extracted_by: extract::EXTRACTED_BY,
        notes: Vec::new(),
        file_title: None,
        picture: None,
    };
    match input {
        SourceInput::Text { text, extension } => {
            derived.text = text;
            derived.extension = extension;
        }
        SourceInput::Pdf { name: file, bytes } => {
            let document = pdf::text(&bytes).map_err(Refusal::Invalid)?;
            if !document.pages_without_text.is_empty() {
                derived.notes.push(crate::i18n::tr_with(
                    "pdf-pages-without-text",
                    &[
                        ("pages", pdf::page_list(&document.pages_without_text).into()),
                        ("count", document.pages_without_text.len().into()),
                    ],
                ));
            }
            derived.extracted_by = pdf::EXTRACTED_BY;
            derived.file_title = document.title.clone().or_else(|| file_stem(&file));
            derived.original = Some(("pdf".to_owned(), bytes));
            derived.text = document.text;
        }
        SourceInput::Picture { name: file, bytes } => {
            let read = picture::read(&file, &bytes).map_err(Refusal::Invalid)?;
            if let Some(why) = &read.metadata_unreadable {
                derived.notes.push(crate::i18n::tr_with(
                    "picture-metadata-unreadable",
                    &[("why", why.clone().into())],
                ));
            }
            derived.extracted_by = picture::EXTRACTED_BY;
            derived.file_title = file_stem(&file);
            let extension = file
                .rsplit_once('.')
                .map_or("jpg".to_owned(), |(_, e)| e.to_ascii_lowercase());
            derived.original = Some((extension, bytes));
            derived.text = read.text;
            derived.picture = Some(read.record);
        }
        SourceInput::Html { html } => {
            let page = extract::main_text(&html).map_err(Refusal::NoText)?;
            derived.original = Some(("html".to_owned(), html.into_bytes()));
            derived.text = page.text.clone();
            derived.page = Some(page);
        }
        SourceInput::Archive {
            name: file,
            bytes,
            page,
        } => {
            let archived = archive::page(&file, &bytes, page.as_deref())
                .map_err(|e| Refusal::Invalid(e.to_string()))?;
            let page = extract::main_text(&archived.html).map_err(Refusal::NoText)?;
            derived.original = Some((archive_extension(&file).to_owned(), bytes));
            derived.archived = Some(RawArchive {
                url: archived.url,
                archived: archived.archived,
                payload_digest: archived.payload_digest,
            });
            derived.text = page.text.clone();
            derived.page = Some(page);
        }
    }
    Ok(derived)
}

/// How an archive's file name ends, kept for its copy in `sources/original/`.
fn archive_extension(name: &str) -> &'static str {
    let name = name.to_ascii_lowercase();
    if name.ends_with(".wacz") {
        "wacz"
    } else if name.ends_with(".warc.gz") {
        "warc.gz"
    } else {
        "warc"
    }
}

/// The new source as the editor adds it: made and checked as by [`with_source`], then taken out of
/// the checked story, so that adding it is an edit that can be undone.
pub fn new_source(
    story: &Story,
    input: SourceInput,
    meta: SourceMeta,
    name: &str,
) -> Result<Source, LoadErrors> {
    let (checked, id) = with_source(story, input, meta, name)?;
    checked
        .sources
        .into_iter()
        .find(|s| s.id == id)
        .ok_or_else(|| LoadErrors::one(name, None, Problem::Invalid("no source added".to_owned())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QuoteFate;

    fn shipped() -> Story {
        crate::load::load(&crate::shipped::karabakh()).unwrap()
    }

    fn meta(published: &str) -> SourceMeta {
        SourceMeta {
            title: Some("Retrait".to_owned()),
            publisher: Some("Agence X".to_owned()),
            published: published.to_owned(),
            ..SourceMeta::default()
        }
    }

    #[test]
    fn a_text_source_gets_a_capture_record_with_its_hash() {
        let text = "Les soldats sont partis mercredi.\n".to_owned();
        let input = SourceInput::Text {
            text: text.clone(),
            extension: "txt".to_owned(),
        };
        let (story, id) = with_source(&shipped(), input, meta("2024-04-18"), "x.txt").unwrap();
        let source = story.sources.iter().find(|s| s.id == id).unwrap();
        assert_eq!(id, "retrait");
        assert_eq!(source.text, text);
        assert_eq!(source.label, "Agence X, 18 Apr 2024");
        let capture = source.capture.as_ref().unwrap();
        assert_eq!(capture.sha256, sha256_hex(text.as_bytes()));
        assert!(capture.captured.ends_with('Z'));
        assert!(capture.original.is_none());
    }

    #[test]
    fn an_html_source_keeps_its_page_as_the_original() {
        let html = "<html><head><title>Retrait du Karabakh</title></head><body><article><p>Les premiers soldats russes de maintien de la paix ont quitté le Haut-Karabagh mercredi, a confirmé le Kremlin dans un communiqué.</p><p>Le contingent comptait près de deux mille hommes depuis novembre 2020, selon l'accord de cessez-le-feu.</p></article></body></html>";
        let input = SourceInput::from_file("page.html", html.as_bytes().to_vec()).unwrap();
        let meta = SourceMeta {
            title: None,
            ..meta("2024-04-18")
        };
        let (story, id) = with_source(&shipped(), input, meta, "page.html").unwrap();
        let source = story.sources.iter().find(|s| s.id == id).unwrap();
        assert_eq!(source.title, "Retrait du Karabakh");
        assert!(source.text.contains("ont quitté le Haut-Karabagh mercredi"));
        assert!(!source.text.contains("<p>"));
        let original = source.capture.as_ref().unwrap().original.as_ref().unwrap();
        assert_eq!(original.file, format!("sources/original/{id}.html"));
        assert_eq!(original.sha256, sha256_hex(html.as_bytes()));
        assert_eq!(source.original.as_deref(), Some(html.as_bytes()));
    }

    #[test]
    fn a_revised_version_re_anchors_the_quotes_of_the_first() {
        let story = shipped();
        let gazette = story.sources.iter().find(|s| s.id == "gazette").unwrap();
        // The same article with one sentence reworded.
        let revised = gazette
            .text
            .replacen("Près de 2 000 soldats", "Environ 2 000 soldats", 1);
        let input = SourceInput::Text {
            text: revised,
            extension: "txt".to_owned(),
        };
        let meta = SourceMeta {
            label: Some("La Gazette, revised".to_owned()),
            revises: Some("gazette".to_owned()),
            ..meta("2024-04-18")
        };
        let (story, _) = with_source(&story, input, meta, "revised.txt").unwrap();
        let revision = &story.revisions[0];
        assert_eq!(story.sources[revision.earlier].id, "gazette");
        assert!(
            revision
                .quotes
                .iter()
                .any(|(_, f)| *f == QuoteFate::Unchanged)
        );
        assert!(
            revision
                .quotes
                .iter()
                .any(|(_, f)| matches!(f, QuoteFate::Changed { .. }))
        );
    }

    #[test]
    fn a_file_that_is_not_a_text_is_refused() {
        assert!(SourceInput::from_file("a.docx", b"PK".to_vec()).is_err());
        // A PDF is read as one (and refused later if it is not a readable PDF).
        assert!(matches!(
            SourceInput::from_file("a.PDF", b"%PDF".to_vec()),
            Ok(SourceInput::Pdf { .. })
        ));
        assert!(SourceInput::from_file("a.txt", vec![0xff, 0xfe]).is_err());
    }
}
