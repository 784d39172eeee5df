//! The main text of a saved web page (readability.js's algorithm, via dom_smoothie), so an HTML
//! article can become a source whose original is kept beside the text extracted from it.

use dom_smoothie::{Config, Readability, TextMode};

/// What extracts the text, as capture records name it (a test holds it to Cargo.lock).
pub const EXTRACTED_BY: &str =
    "dom_smoothie 0.19.0 (readability.js port, formatted text; cookie and consent notices removed)";
/// Page furniture readability.js keeps when it sits beside the article: cookie and consent notices.
const NOTICES: &str = "[class*=cookie], [id*=cookie], [class*=consent], [id*=consent], [class*=gdpr], [id*=gdpr], [aria-label*=cookie i]";
/// Pages with more elements than this are refused rather than parsed at length.
const MAX_ELEMENTS: usize = 100_000;

/// An article's title and main text, and its publication date where the page's metadata gives one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    pub title: String,
    pub text: String,
    /// EDTF, from `article:published_time` or JSON-LD's `datePublished` (see [`edtf_of_timestamp`]).
    pub published: Option<String>,
}

/// The article in `html`: its title and its main text with paragraphs kept, or why there is none.
pub fn main_text(html: &str) -> Result<Extracted, String> {
    let config = Config {
        text_mode: TextMode::Formatted,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let document = dom_query::Document::from(html);
    document.select(NOTICES).remove();
    let mut readability =
        Readability::with_document(document, None, Some(config)).map_err(|e| e.to_string())?;
    let article = readability.parse().map_err(|e| e.to_string())?;
    let text = article.text_content.trim().to_owned();
    if text.is_empty() {
        return Err("the page has no main text".to_owned());
    }
    Ok(Extracted {
        title: article.title.trim().to_owned(),
        text: text + "\n",
        published: article
            .published_time
            .as_deref()
            .and_then(edtf_of_timestamp),
    })
}

/// A page's or an archive's time stamp as EDTF: an RFC 3339 date-time to the second with its
/// offset ("2023-10-22T14:05:00.000Z" → "2023-10-22T14:05:00Z"), or a bare day; none for anything
/// else, which is then asked of the person rather than guessed.
pub fn edtf_of_timestamp(stamp: &str) -> Option<String> {
    let stamp = stamp.trim();
    if let Ok(time) = chrono::DateTime::parse_from_rfc3339(stamp) {
        let offset = time.offset().local_minus_utc();
        let day_and_time = time.format("%Y-%m-%dT%H:%M:%S");
        return Some(if offset == 0 {
            format!("{day_and_time}Z")
        } else {
            format!("{day_and_time}{}", time.format("%:z"))
        });
    }
    chrono::NaiveDate::parse_from_str(stamp, "%Y-%m-%d")
        .ok()
        .map(|day| day.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pages_publication_time_is_read_from_its_metadata_as_edtf() {
        let page = |head: &str| {
            format!(
                "<html><head><title>Crue</title>{head}</head><body><article><p>{}</p></article></body></html>",
                "La rivière est sortie de son lit dans la nuit. ".repeat(8)
            )
        };
        let meta = page(
            r#"<meta property="article:published_time" content="2023-10-22T14:05:00.000+01:00">"#,
        );
        assert_eq!(
            main_text(&meta).unwrap().published.as_deref(),
            Some("2023-10-22T14:05:00+01:00")
        );
        let ld = page(
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Crue","datePublished":"2024-10-30T08:00:00Z"}</script>"#,
        );
        assert_eq!(
            main_text(&ld).unwrap().published.as_deref(),
            Some("2024-10-30T08:00:00Z")
        );
        assert_eq!(main_text(&page("")).unwrap().published, None);
        let nonsense = page(r#"<meta property="article:published_time" content="last Tuesday">"#);
        assert_eq!(main_text(&nonsense).unwrap().published, None);
        assert_eq!(
            edtf_of_timestamp("2024-04-17").as_deref(),
            Some("2024-04-17")
        );
        assert_eq!(
            edtf_of_timestamp("20240417080000"),
            None,
            "a WARC 1.0 date is RFC 3339; anything else is asked for"
        );
    }

    #[test]
    fn the_article_is_kept_and_the_page_furniture_dropped() {
        let html = r#"<!doctype html><html><head><title>Retrait russe</title></head><body>
            <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
            <article><h1>Les soldats russes quittent le Karabakh</h1>
            <p>Les premiers soldats russes de maintien de la paix ont quitté le Haut-Karabagh mercredi, a confirmé le Kremlin dans un communiqué publié dans la soirée.</p>
            <p>Le contingent comptait près de deux mille hommes depuis novembre 2020, selon l'accord de cessez-le-feu signé par l'Arménie et l'Azerbaïdjan.</p>
            <p>Le retrait devait initialement intervenir en 2025, à l'expiration du mandat de cinq ans prévu par la déclaration trilatérale.</p>
            </article><div class="cookie-banner">Nous utilisons des cookies. Accepter</div>
            <footer>© Journal — Tous droits réservés</footer></body></html>"#;
        let extracted = main_text(html).expect("an article");
        assert!(
            extracted
                .text
                .contains("ont quitté le Haut-Karabagh mercredi")
        );
        assert!(
            extracted
                .text
                .contains("à l'expiration du mandat de cinq ans")
        );
        assert!(!extracted.text.contains("Tous droits réservés"));
        assert!(!extracted.text.contains("cookies"));
        assert!(!extracted.text.contains("Accueil"));
        // Readability takes the headline over the page title.
        assert_eq!(extracted.title, "Les soldats russes quittent le Karabakh");
    }

    #[test]
    fn the_named_extractor_is_the_one_built_in() {
        let lock = std::fs::read_to_string("Cargo.lock").unwrap();
        let at = lock.find("name = \"dom_smoothie\"").unwrap();
        let version = lock[at..].lines().nth(1).unwrap();
        let version = version.trim_start_matches("version = ").trim_matches('"');
        assert!(
            EXTRACTED_BY.starts_with(&format!("dom_smoothie {version} ")),
            "{version}"
        );
    }
}
