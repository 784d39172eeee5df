//! A story published as one web page: a single HTML file that holds everything it shows (map,
//! timeline, events, places, sources, comparison, tour) and loads nothing from anywhere else, so
//! it opens from a disk with no network. Its scripts check, when it opens, that each source still
//! hashes to its recorded SHA-256 and each quote is still found at its anchor.
//!
//! The page is a template (`assets/publish/`) filled with the story's data, worked out here
//! (`data`), and the scripts and styles, which live in their own files in the repository.

mod data;
mod detail;
mod streets;
pub mod svg;
pub mod words;

pub use data::{PageData, page_data};

use crate::base_map::streets::StreetMap;
use crate::document::Document;
use crate::i18n::{self, Language};
use crate::model::{PlaceKind, Status, Story};
use crate::palette;

const TEMPLATE: &str = include_str!("../../assets/publish/page.html");
const STYLE: &str = include_str!("../../assets/publish/page.css");
/// The page's scripts, in the order they run: each adds to one `Chronomap` object.
const SCRIPTS: [(&str, &str); 10] = [
    ("words.js", include_str!("../../assets/publish/words.js")),
    (
        "embedded.js",
        include_str!("../../assets/publish/embedded.js"),
    ),
    ("verify.js", include_str!("../../assets/publish/verify.js")),
    (
        "pictures.js",
        include_str!("../../assets/publish/pictures.js"),
    ),
    ("axis.js", include_str!("../../assets/publish/axis.js")),
    ("map.js", include_str!("../../assets/publish/map.js")),
    (
        "timeline.js",
        include_str!("../../assets/publish/timeline.js"),
    ),
    ("panels.js", include_str!("../../assets/publish/panels.js")),
    ("tour.js", include_str!("../../assets/publish/tour.js")),
    ("main.js", include_str!("../../assets/publish/main.js")),
];

/// The script a site puts beside the page's frame.
const EMBED_PARENT: &str = include_str!("../../assets/publish/embed-parent.js");

/// A page and what it says it left out.
pub struct Published {
    pub html: String,
    /// What the page could not carry (street tiles past its budget, tiles that did not read).
    pub notices: Vec<String>,
}

/// Writes the story as one web page with this street map around its places, if any, opening in
/// `language` (by default the one most of its sources are in); its size and what it left out.
pub fn write(
    doc: &Document,
    path: &std::path::Path,
    streets: Option<&StreetMap>,
    language: Option<Language>,
) -> Result<(usize, Vec<String>), crate::load::LoadErrors> {
    let language = language.unwrap_or_else(|| story_language(doc.story()));
    let page = page(doc, streets, language);
    std::fs::write(path, &page.html).map_err(|e| {
        crate::load::LoadErrors::one(
            path.display().to_string(),
            None,
            crate::load::Problem::Unwritable(e.to_string()),
        )
    })?;
    Ok((page.html.len(), page.notices))
}

/// The whole page for the open story, opening in `language` (the other one a click away), with
/// the person's street map around its places when given.
pub fn page(doc: &Document, streets: Option<&StreetMap>, language: Language) -> Published {
    let mut data = page_data(doc, language);
    let mut notices = Vec::new();
    if let Some(map) = streets {
        let (page_streets, said) = streets::page_streets(doc.story(), doc.projection(), map);
        data.streets = page_streets;
        notices = said;
    }
    let json = serde_json::to_string(&data).unwrap_or_else(|_| "{}".to_owned());
    let template = i18n::in_language(language, || say_template(language));
    Published {
        html: fill(&template, &doc.story().title, &json),
        notices,
    }
}

/// What another site puts in its page to show this one: an `<iframe>` of the page's file (beside
/// it on the same server, or wherever the site puts it) that sizes itself to the page, which tells
/// its parent its height (`embedded.js`, `embed-parent.js`).
pub fn embed_snippet(page: &std::path::Path, title: &str) -> String {
    let file = page.file_name().map_or_else(
        || page.display().to_string(),
        |f| f.to_string_lossy().into_owned(),
    );
    format!(
        "<iframe src=\"{}\" title=\"{} — Chronomap\" data-chronomap loading=\"lazy\" \
         style=\"width: 100%; height: 760px; border: 0;\"></iframe>\n<script>\n{}</script>\n",
        escape_html(&file),
        escape_html(title),
        EMBED_PARENT
    )
}

/// The language a story's page opens in: the story's own, else the one most of its sources are
/// written in (the first such when they tie), else English.
pub fn story_language(story: &Story) -> Language {
    if let Some(language) = story.language.as_deref().and_then(Language::of_locale) {
        return language;
    }
    let mut counts: Vec<(Language, usize)> = Vec::new();
    for language in story
        .sources
        .iter()
        .filter_map(|s| Language::of_locale(&s.language))
    {
        match counts.iter_mut().find(|(l, _)| *l == language) {
            Some((_, n)) => *n += 1,
            None => counts.push((language, 1)),
        }
    }
    counts
        .iter()
        .fold(
            None,
            |best: Option<(Language, usize)>, &(l, n)| match best {
                Some((_, most)) if most >= n => best,
                _ => Some((l, n)),
            },
        )
        .map_or(Language::English, |(l, _)| l)
}

/// The template with its own words (`{{say:ID}}`) in the current language and `<html lang>` set,
/// so it reads in that language before its script runs, and without one.
fn say_template(language: Language) -> String {
    let mut page = String::with_capacity(TEMPLATE.len());
    let mut rest = TEMPLATE;
    while let Some((before, after)) = rest.split_once("{{say:") {
        page.push_str(before);
        let Some((id, after)) = after.split_once("}}") else {
            rest = after;
            break;
        };
        page.push_str(&escape_html(&i18n::tr(id)));
        rest = after;
    }
    page.push_str(rest);
    let other = Language::ALL
        .into_iter()
        .find(|&l| l != language)
        .unwrap_or(language);
    page.replacen("{{LANG}}", language.code(), 1)
        .replace("{{OTHER_LANG}}", other.code())
}

/// The template with the story's title, its data and the styles and scripts put in place.
fn fill(template: &str, title: &str, json: &str) -> String {
    let scripts: String = SCRIPTS
        .iter()
        .map(|(name, code)| format!("// {name}\n{code}\n"))
        .collect();
    let style = format!("{}\n{STYLE}", colour_variables());
    // Each placeholder is replaced once, in order, so nothing in the story's data can be taken
    // for a placeholder.
    let mut page = String::with_capacity(template.len() + style.len() + scripts.len() + json.len());
    let mut rest = template;
    for (mark, value) in [
        ("{{TITLE}}", escape_html(title)),
        ("/*STYLE*/", style),
        ("{{DATA}}", script_safe(json)),
        ("/*SCRIPTS*/", scripts),
    ] {
        let Some((before, after)) = rest.split_once(mark) else {
            continue;
        };
        page.push_str(before);
        page.push_str(&value);
        rest = after;
    }
    page.push_str(rest);
    page
}

/// The shared palette as CSS custom properties, so the page and the window use the same colours.
fn colour_variables() -> String {
    let mut css = String::from(":root {\n");
    for (name, rgb) in [
        ("water", palette::WATER),
        ("land", palette::LAND),
        ("border", palette::BORDER),
        ("country-label", palette::COUNTRY_LABEL),
        ("division", palette::DIVISION),
        ("town", palette::TOWN),
        ("river", palette::RIVER),
        ("water-name", palette::WATER_NAME),
        ("building", palette::BUILDING),
        ("road", palette::ROAD),
        ("road-edge", palette::ROAD_EDGE),
        ("ink", palette::INK),
        ("selection", palette::SELECTION),
        ("current", palette::CURRENT),
        ("quote", palette::QUOTE_BACKGROUND),
        ("mention", palette::MENTION_BACKGROUND),
        ("focused-quote", palette::FOCUSED_QUOTE_BACKGROUND),
    ] {
        css.push_str(&format!("  --{name}: {};\n", palette::css(rgb)));
    }
    css.push_str("}\n");
    for kind in PlaceKind::ALL {
        let color = palette::css(palette::place(kind));
        css.push_str(&format!(".kind-{} {{ --kind: {color}; }}\n", kind.label()));
    }
    for status in Status::ALL {
        let color = palette::css(palette::status(status));
        css.push_str(&format!(
            ".status-{} {{ --status: {color}; }}\n",
            status.label()
        ));
    }
    css
}

/// Text for an HTML element or attribute.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON that cannot end its `<script>` element: every `<` written as `\u003c` (the same string
/// to JSON.parse).
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_cannot_close_its_script_element() {
        let json = serde_json::to_string("</script><script>alert(1)</script>").unwrap();
        let safe = script_safe(&json);
        assert!(!safe.contains('<'));
        assert_eq!(
            serde_json::from_str::<String>(&safe).unwrap(),
            "</script><script>alert(1)</script>"
        );
    }

    #[test]
    fn a_title_is_escaped_and_a_placeholder_in_the_data_stays_data() {
        let page = fill(
            TEMPLATE,
            "Fish & <chips>",
            r#"{"title": "{{DATA}} /*SCRIPTS*/"}"#,
        );
        assert!(page.contains("<title>Fish &amp; &lt;chips&gt; — Chronomap</title>"));
        assert!(page.contains(r#"{"title": "{{DATA}} /*SCRIPTS*/"}"#));
        assert!(page.contains("// main.js"), "the scripts follow the data");
    }
}
