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

/// An article's title and main text.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    pub title: String,
    pub text: String,
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
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
