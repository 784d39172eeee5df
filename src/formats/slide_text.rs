//! The text of a TimelineJS slide, which is HTML: read as plain text for an event's notes (the app
//! shows text, never markup), its paragraphs and links kept, and its first words for a title.

/// TimelineJS HTML as text, for notes (the app shows text, never markup): paragraphs and line
/// breaks stay breaks, a link keeps its address after its words ("words (https://…)").
pub fn plain_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    let mut link: Option<String> = None;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            rest = &rest[open..];
            break;
        };
        let tag = &rest[open + 1..open + close];
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace())
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match (tag.starts_with('/'), name.as_str()) {
            (false, "a") => link = href(tag),
            (true, "a") => {
                if let Some(url) = link.take() {
                    text.push_str(&format!(" ({url})"));
                }
            }
            (true, "p" | "div" | "li" | "h1" | "h2" | "h3" | "h4") => text.push_str("\n\n"),
            (false, "br" | "br/") => text.push('\n'),
            _ => {}
        }
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    // Runs of blank lines made by nested blocks become one.
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim_end) {
        if !(line.is_empty() && lines.last().is_none_or(|l| l.is_empty())) {
            lines.push(line);
        }
    }
    lines.join("\n").trim().to_owned()
}

/// The address an `<a …>` tag links to.
pub fn href(tag: &str) -> Option<String> {
    let at = tag.find("href=")? + "href=".len();
    let value = &tag[at..];
    let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let end = value[1..].find(quote)?;
    Some(value[1..1 + end].to_owned())
}

/// The first words of a text, for a slide with no headline.
pub fn first_words(text: &str) -> Option<String> {
    const WORDS: usize = 8;
    let words: Vec<&str> = text.split_whitespace().take(WORDS + 1).collect();
    match words.len() {
        0 => None,
        n if n > WORDS => Some(format!("{}…", words[..WORDS].join(" "))),
        _ => Some(words.join(" ")),
    }
}
