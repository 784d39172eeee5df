//! The published page for every reader: in the story's language with the other a click away,
//! passing axe-core's WCAG 2.1 A and AA rules at a desktop's and a phone's width in both languages,
//! saying the step and the cursor's day to a screen reader, and shown inside another site's frame
//! served over plain http (sized to the page, its evidence checked by its own SHA-256).
//! Needs Chromium and axe-core (`npm ci --prefix tests/axe`): `.ci/run` installs them and runs
//! these with `--ignored`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/browser.rs"]
#[allow(dead_code)]
mod browser;

use browser::Browser;
use chronomap::document::Document;
use chronomap::i18n::Language;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};

/// The shipped story with its own language taken out: its sources are French, so its page is.
fn french_story() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("story");
    let mut doc = Document::shipped().unwrap();
    doc.save(Some(&folder)).unwrap();
    let story_file = folder.join("story.json");
    let json = std::fs::read_to_string(&story_file).unwrap();
    assert!(json.contains("\"language\": \"en\""));
    std::fs::write(&story_file, json.replace("  \"language\": \"en\",\n", "")).unwrap();
    (dir, folder)
}

fn publish(folder: &Path, language: Option<Language>) -> PathBuf {
    let page = folder.parent().unwrap().join("page.html");
    let doc = Document::open(folder).unwrap();
    chronomap::publish::write(&doc, &page, None, language).unwrap();
    page
}

fn file_url(page: &Path) -> String {
    format!("file://{}", page.display())
}

fn ready(browser: &mut Browser) {
    browser.wait_for("document.documentElement.hasAttribute('data-quotes-total')");
}

#[test]
#[ignore = "needs Chromium: run by .ci/run with --ignored"]
fn a_french_story_opens_in_french_and_reads_in_english_on_a_click() {
    let (_dir, folder) = french_story();
    let page = publish(&folder, None);
    let html = std::fs::read_to_string(&page).unwrap();
    // Before any script runs, the page is already French (and says so).
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains(">Sources comparées</button>"));
    let mut browser = Browser::open(&file_url(&page), 1400, 900);
    ready(&mut browser);
    browser.wait_for(
        "document.getElementById('verification').textContent === \
         '✓ 28 citations sur 28 trouvées dans leurs sources, 2 sources sur 2 inchangées depuis leur capture.'",
    );
    let tabs = browser.text(
        "Array.from(document.querySelectorAll('#tabs button')).map(b => b.textContent).join('|')",
    );
    assert_eq!(tabs, "Visite|Événements|Lieux|Sources|Sources comparées");
    browser.wait_for(
        "document.getElementById('cursor-date').textContent === 'Curseur\u{a0}: 17 avr. 2024'",
    );
    assert_eq!(
        browser.text("document.getElementById('next-step').textContent"),
        "Commencer la visite →"
    );
    // The base map names its countries in French.
    browser.wait_for(
        "Array.from(document.querySelectorAll('#map text.country-label')).some(t => t.textContent === 'AZERBAÏDJAN')",
    );
    // The events list writes their dates the French way, the timeline its months.
    browser.click("#tabs button[data-tab='events']");
    browser.wait_for(
        "Array.from(document.querySelectorAll('.event-list button')).some(b => b.textContent.startsWith('10 nov. 2020 · '))",
    );
    // A place no event happens at and no quote names says so in French too.
    let stepanakert = browser.text(
        "String(JSON.parse(document.getElementById('chronomap-data').textContent).places.findIndex(p => p.id === 'stepanakert'))",
    );
    browser.click(&format!("#map [data-place='{stepanakert}'] circle.point"));
    browser.wait_for(
        "(document.getElementById('place-card') || {}).textContent?.startsWith('Stepanakert')",
    );
    let card = browser.text("document.getElementById('place-card').textContent");
    assert!(card.contains("aucun") && !card.contains("none"), "{card}");
    // A step, then the other language: the same step, in English.
    browser.press("PageDown");
    browser.wait_for("location.hash === '#step-1'");
    assert_eq!(
        browser.text("document.getElementById('other-language').textContent"),
        "Read in English"
    );
    browser.click("#other-language");
    browser.wait_for("location.search === '?lang=en' && location.hash === '#step-1'");
    browser.wait_for("document.documentElement.lang === 'en'");
    browser.wait_for("document.getElementById('step-count').textContent === 'Step 1 of 7'");
    browser.wait_for(
        "document.getElementById('verification').textContent.startsWith('✓ 28 of 28 quotes found')",
    );
    assert_eq!(
        browser.text("document.getElementById('other-language').textContent"),
        "Lire en français"
    );
    // And what a screen reader hears once the step is shown.
    browser.wait_for(
        "document.getElementById('announce').textContent === 'Step 1 of 7: Autumn 2020: a six-week war'",
    );
    assert_eq!(
        browser.text("document.getElementById('announce').getAttribute('aria-live')"),
        "polite"
    );
}

#[test]
#[ignore = "needs Chromium: run by .ci/run with --ignored"]
fn the_story_s_own_language_wins_and_the_command_line_can_choose() {
    let shipped = Document::shipped().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let english = dir.path().join("en.html");
    chronomap::publish::write(&shipped, &english, None, None).unwrap();
    assert!(
        std::fs::read_to_string(&english)
            .unwrap()
            .contains("<html lang=\"en\">")
    );
    let french = dir.path().join("fr.html");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_chronomap"))
        .args(["publish", "--language", "fr", "--embed", "-o"])
        .arg(&french)
        .output()
        .unwrap();
    assert!(run.status.success(), "{run:?}");
    let html = std::fs::read_to_string(&french).unwrap();
    assert!(html.contains("<html lang=\"fr\">"));
    let printed = String::from_utf8(run.stdout).unwrap();
    assert!(
        printed.contains("<iframe src=\"fr.html\" title=\"Russia&#39;s peacekeepers leave Karabakh (April 2024) — Chronomap\" data-chronomap"),
        "{printed}"
    );
    assert!(
        printed.contains("addEventListener(\"message\""),
        "{printed}"
    );
}

/// axe-core's WCAG 2.1 A and AA violations on the page as it is now, one line each.
fn axe_violations(browser: &mut Browser) -> Vec<String> {
    let axe =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/axe/node_modules/axe-core/axe.min.js");
    let script = std::fs::read_to_string(&axe)
        .unwrap_or_else(|e| panic!("{} ({e}): npm ci --prefix tests/axe", axe.display()));
    browser.eval(&format!("{script};\ntrue"));
    let found = browser.eval(
        "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }) \
         .then(r => r.violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))",
    );
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[test]
#[ignore = "needs Chromium and axe-core: run by .ci/run with --ignored"]
fn the_page_passes_wcag_2_1_aa_in_both_languages_at_both_widths() {
    let (_dir, folder) = french_story();
    let page = publish(&folder, None);
    let mut checked = 0;
    for (width, height) in [(1400, 900), (390, 844)] {
        for query in ["", "?lang=en"] {
            let mut browser = Browser::open(&format!("{}{query}", file_url(&page)), width, height);
            ready(&mut browser);
            // The panels as a reader finds them, then a step and a place's card open.
            let mut violations = axe_violations(&mut browser);
            browser.press("PageDown");
            browser.wait_for("location.hash === '#step-1'");
            browser.click("#tabs button[data-tab='places']");
            browser.wait_for("document.querySelector('.place-list button')");
            browser.click(".place-list button");
            browser.wait_for("document.querySelector('#place-card h2')");
            violations.extend(axe_violations(&mut browser));
            browser.click("#tabs button[data-tab='source']");
            browser.wait_for("document.querySelector('#reader mark')");
            violations.extend(axe_violations(&mut browser));
            assert!(
                violations.is_empty(),
                "{width} px{query}: {}",
                violations.join("\n")
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 4);
}

/// Serves the files of `folder` over plain http on the loopback until the test ends; its port.
/// Each connection has its own thread: a browser opens connections ahead of its requests.
fn serve(folder: PathBuf) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let folder = folder.clone();
            std::thread::spawn(move || answer(stream, &folder));
        }
    });
    port
}

/// One request: a file of the folder by its name, or 404.
fn answer(stream: std::net::TcpStream, folder: &Path) {
    let mut reader = BufReader::new(stream);
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    // The headers, up to the blank line.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let path = request.split(' ').nth(1).unwrap_or("/");
    let name = path
        .trim_start_matches('/')
        .split(['?', '#'])
        .next()
        .unwrap_or("");
    let mut stream = reader.into_inner();
    let body = (!name.contains(['/', '\\']) && !name.starts_with('.'))
        .then(|| std::fs::read(folder.join(name)).ok())
        .flatten();
    let _ = match body {
        Some(body) => stream
            .write_all(
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\
                     Content-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                )
                .as_bytes(),
            )
            .and_then(|()| stream.write_all(&body)),
        None => stream
            .write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
    };
}

#[test]
#[ignore = "needs Chromium: run by .ci/run with --ignored"]
fn inside_another_site_s_frame_over_plain_http_the_page_sizes_its_frame_and_checks_its_evidence() {
    let (dir, folder) = french_story();
    let page = publish(&folder, None);
    let snippet = chronomap::publish::embed_snippet(&page, "Karabakh");
    std::fs::write(
        dir.path().join("parent.html"),
        format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A newsroom</title></head>\
             <body><h1>Our story</h1><p>Before the frame.</p>\n{}\n<p id=\"after\">After the frame.</p></body></html>",
            // The page is on another origin than the site around it.
            snippet.replace("src=\"page.html\"", "src=\"http://chronomap.test:PORT/page.html\"")
        ),
    )
    .unwrap();
    let port = serve(dir.path().to_path_buf());
    let parent = dir.path().join("parent.html");
    let text = std::fs::read_to_string(&parent)
        .unwrap()
        .replace("PORT", &port.to_string());
    std::fs::write(&parent, text).unwrap();
    let rules = "MAP chronomap.test 127.0.0.1, MAP newsroom.test 127.0.0.1, ";
    // Alone over plain http the page has no Web Crypto, and checks its evidence with its own hash.
    let mut browser = Browser::open_resolving(
        &format!("http://chronomap.test:{port}/page.html"),
        1400,
        900,
        rules,
    );
    ready(&mut browser);
    assert_eq!(
        browser.eval("window.isSecureContext || Boolean(window.crypto && window.crypto.subtle)"),
        serde_json::json!(false)
    );
    assert_eq!(
        browser.text("document.documentElement.getAttribute('data-quotes-verified')"),
        "28"
    );
    assert_eq!(
        browser.text("document.documentElement.getAttribute('data-sources-verified')"),
        "2"
    );
    // In the site's page, the frame takes the page's own height, told across the origins.
    browser.navigate(&format!("http://newsroom.test:{port}/parent.html"));
    browser.wait_for(
        "document.querySelector('iframe[data-chronomap]') && \
         parseInt(document.querySelector('iframe[data-chronomap]').style.height) !== 760",
    );
    let height =
        browser.eval("parseInt(document.querySelector('iframe[data-chronomap]').style.height)");
    let height = height.as_f64().unwrap();
    assert!((700.0..1200.0).contains(&height), "frame height {height}");
    assert!(
        browser.requests.iter().all(|r| r.contains("newsroom.test")
            || r.contains("chronomap.test")
            || r.starts_with("data:")),
        "{:?}",
        browser.requests
    );
}

#[test]
#[ignore = "needs Chromium: run by .ci/run with --ignored"]
fn a_story_with_no_sources_yet_says_it_has_nothing_to_check() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("story");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("story.json"),
        r#"{"format": "chronomap-story/1", "title": "Crues", "language": "fr",
            "events": [{"id": "e", "title": "L'Oudon déborde", "date": "2024-06-20",
                        "status": "occurred", "places": ["craon"]}]}"#,
    )
    .unwrap();
    std::fs::write(
        folder.join("places.geojson"),
        r#"{"type": "FeatureCollection", "features": [{"type": "Feature", "id": "craon",
            "properties": {"name": "Craon", "kind": "city"},
            "geometry": {"type": "Point", "coordinates": [-0.949, 47.848]}}]}"#,
    )
    .unwrap();
    let page = publish(&folder, None);
    let mut browser = Browser::open(&file_url(&page), 1400, 900);
    ready(&mut browser);
    browser.wait_for(
        "document.getElementById('verification').textContent === \
         'Pas encore de source\u{a0}: ce récit n\\'a aucune citation à vérifier.'",
    );
}
