//! The shipped story published as one web page, opened in a real browser (headless Chromium,
//! network unreachable): it shows the tour, the places and the quotes, answers clicks and keys,
//! checks its own evidence (and catches a changed letter), and prints one page per step.
//! Needs Debian's `chromium` and `poppler-utils`: `.ci/run` installs them and runs these with
//! `cargo test --test published_page -- --ignored`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/browser.rs"]
#[allow(dead_code)]
mod browser;
mod common;

use browser::Browser;
use chronomap::document::Document;
use chronomap::i18n::Language;
use std::path::{Path, PathBuf};

/// The shipped story published into a temporary folder.
fn published() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("karabakh.html");
    let doc = Document::shipped().unwrap();
    chronomap::publish::write(&doc, &page, None, Some(Language::English)).unwrap();
    (dir, page)
}

fn url(page: &Path) -> String {
    format!("file://{}", page.display())
}

/// Opens the page and waits for its evidence check.
fn open(page: &Path, width: u32, height: u32) -> Browser {
    let mut browser = Browser::open(&url(page), width, height);
    browser.wait_for("document.documentElement.hasAttribute('data-quotes-total')");
    browser
}

fn attribute(browser: &mut Browser, name: &str) -> String {
    browser.text(&format!("document.documentElement.getAttribute('{name}')"))
}

#[test]
#[ignore = "needs Chromium and pdfinfo: run by .ci/run with --ignored"]
fn the_page_opens_with_no_network_and_verifies_every_quote_and_source() {
    let (_dir, page) = published();
    let mut browser = open(&page, 1400, 900);
    assert_eq!(attribute(&mut browser, "data-quotes-verified"), "28");
    assert_eq!(attribute(&mut browser, "data-quotes-total"), "28");
    assert_eq!(attribute(&mut browser, "data-sources-verified"), "2");
    assert_eq!(attribute(&mut browser, "data-sources-total"), "2");
    let banner = browser.text("document.getElementById('verification').textContent");
    assert_eq!(
        banner,
        "✓ 28 of 28 quotes found in their sources, 2 of 2 sources unchanged since capture."
    );
    // Nothing but the page itself was asked for.
    let page_url = url(&page);
    let others: Vec<&String> = browser
        .requests
        .iter()
        .filter(|r| **r != page_url && !r.starts_with("data:"))
        .collect();
    assert!(others.is_empty(), "the page asked for {others:?}");
    // The map is drawn, with the places' names (placed again once the marks settle).
    for name in ["Karabakh (schematic)", "Stepanakert", "Goris", "AZERBAIJAN"] {
        browser.wait_for(&format!(
            "Array.from(document.querySelectorAll('#map text:not(.hidden)')).some(t => t.textContent === '{name}')"
        ));
    }
    // The places of the events at the cursor are marked over the map.
    let marked = browser.text(
        "Array.from(document.querySelectorAll('#map-marks .current title')).map(t => t.textContent).join('|')",
    );
    assert!(marked.contains("Karabakh"), "{marked}");
}

#[test]
#[ignore = "needs Chromium and pdfinfo: run by .ci/run with --ignored"]
fn stepping_through_the_tour_moves_the_cursor_and_the_map_and_shows_the_quotes() {
    let (_dir, page) = published();
    let mut browser = open(&page, 1400, 900);
    let steps = browser.text(
        "Array.from(document.querySelectorAll('.step-list a')).map(a => a.textContent).join('|')",
    );
    assert!(steps.starts_with("Autumn 2020: a six-week war|10 November 2020: the declaration"));
    assert_eq!(steps.split('|').count(), 7);

    browser.press("PageDown");
    browser.wait_for("location.hash === '#step-1'");
    browser.wait_for(
        "document.querySelector('#step h2').textContent === 'Autumn 2020: a six-week war'",
    );
    browser.click("#next-step");
    browser.wait_for("location.hash === '#step-2'");
    browser.wait_for(
        "document.querySelector('#step h2').textContent === '10 November 2020: the declaration'",
    );
    // The cursor is drawn on the next frame: waited for, not read at once (it flaked on a busy machine).
    browser
        .wait_for("document.getElementById('cursor-date').textContent === 'Cursor: 10 Nov 2020'");
    // The step's quotes, in French quotation marks, each with its source.
    let quotes = browser.text(
        "Array.from(document.querySelectorAll('#step figure.quote')).map(f => f.textContent).join('|')",
    );
    assert!(
        quotes.contains("« conformément à la déclaration tripartite du 10 novembre 2020"),
        "{quotes}"
    );
    assert!(
        quotes.contains("— La Gazette (Paris), 17 Apr 2024"),
        "{quotes}"
    );
    // The map eases to the step's view.
    browser.wait_for(
        "(() => { const v = document.getElementById('map').getAttribute('viewBox').split(' ').map(Number); \
         const s = JSON.parse(document.getElementById('chronomap-data').textContent).steps[1].view; \
         return v.every((x, i) => Math.abs(x - s[i]) < 1e-6); })()",
    );
    // "Read in source" opens the article at that quote.
    browser.click("#step figure.quote button.link");
    browser.wait_for(
        "document.querySelector('#reader mark.focused') && document.querySelector('#reader mark.focused').textContent.startsWith('conformément à la déclaration tripartite')",
    );

    browser.press("PageUp");
    browser.wait_for("location.hash === '#step-1'");
    browser.wait_for(
        "document.querySelector('#step h2').textContent === 'Autumn 2020: a six-week war'",
    );
    // A link to a step opens at that step.
    browser.navigate(&format!("{}#step-6", url(&page)));
    browser.wait_for("document.querySelector('#step h2') && document.querySelector('#step h2').textContent === '17 April 2024: the Kremlin confirms'");
}

#[test]
#[ignore = "needs Chromium and pdfinfo: run by .ci/run with --ignored"]
fn clicking_a_town_on_the_map_opens_its_card_and_arrows_step_between_events() {
    let (_dir, page) = published();
    let mut browser = open(&page, 1400, 900);
    let stepanakert = browser.text(
        "String(JSON.parse(document.getElementById('chronomap-data').textContent).places.findIndex(p => p.id === 'stepanakert'))",
    );
    browser.click(&format!("#map [data-place='{stepanakert}'] circle.point"));
    browser.wait_for("!document.getElementById('panel-places').hidden");
    browser.wait_for(
        "(document.getElementById('place-card') || {}).textContent?.startsWith('Stepanakert')",
    );
    let card = browser.text("document.getElementById('place-card').textContent");
    assert!(card.starts_with("Stepanakert"), "{card}");
    assert!(card.contains("Also written:"), "{card}");
    assert!(card.contains("Quotes that name it"), "{card}");

    // ← and → go from event to event, as in the app.
    browser.press("Home");
    browser.press("ArrowRight");
    browser.wait_for("document.getElementById('cursor-date').textContent === 'Cursor: 1 Sep 2020'");
    browser.press("ArrowRight");
    browser.wait_for("document.getElementById('cursor-date').textContent === 'Cursor: 1 Nov 2020'");
    browser.press("ArrowLeft");
    browser.wait_for("document.getElementById('cursor-date').textContent === 'Cursor: 1 Sep 2020'");
}

/// A copy of the page with `from` replaced by `to` in the story's data.
fn tampered(page: &Path, from: &str, to: &str) -> PathBuf {
    let html = std::fs::read_to_string(page).unwrap();
    // The sources come first in the data: the first occurrence is in a source's text.
    let first = html.find(from).expect("the words are in the page");
    assert!(
        first < html.find("\"quotes\":").unwrap(),
        "{from} is in a source's text"
    );
    let copy = page.with_file_name("tampered.html");
    std::fs::write(&copy, html.replacen(from, to, 1)).unwrap();
    copy
}

#[test]
#[ignore = "needs Chromium and pdfinfo: run by .ci/run with --ignored"]
fn a_copy_with_one_letter_of_a_source_changed_shows_the_failure() {
    let (_dir, page) = published();
    // A letter of the Gazette's text outside every quote: the source fails, the quotes hold.
    let copy = tampered(&page, "Loading...", "Loadinh...");
    let mut browser = open(&copy, 1400, 900);
    assert_eq!(attribute(&mut browser, "data-sources-verified"), "1");
    assert_eq!(attribute(&mut browser, "data-quotes-verified"), "28");
    let banner = browser.text("document.getElementById('verification').textContent");
    assert!(
        banner.starts_with("✗ 28 of 28 quotes found in their sources, 1 of 2 sources"),
        "{banner}"
    );
    assert!(
        banner.contains("Source changed: La Gazette (Paris), 17 Apr 2024"),
        "{banner}"
    );
    drop(browser);

    // A letter inside a quote (in the text, not in the quote): that quote fails too.
    let copy = tampered(&page, "faisant 6 500 morts", "faisant 6 600 morts");
    let mut browser = open(&copy, 1400, 900);
    assert_eq!(attribute(&mut browser, "data-sources-verified"), "1");
    assert_eq!(attribute(&mut browser, "data-quotes-verified"), "27");
    let banner = browser.text("document.getElementById('verification').textContent");
    assert!(
        banner.contains("Quote not found at its place: a-war-2020"),
        "{banner}"
    );
}

#[test]
#[ignore = "needs Chromium and pdfinfo: run by .ci/run with --ignored"]
fn the_page_reads_at_a_phone_s_width_and_its_own_sha256_agrees_with_web_crypto() {
    let (_dir, page) = published();
    let mut browser = open(&page, 360, 800);
    let overflow = browser.eval("document.documentElement.scrollWidth");
    assert!(
        overflow.as_f64().unwrap() <= 360.0,
        "no sideways scrolling: {overflow}"
    );
    let map_width = browser.eval("document.getElementById('map').getBoundingClientRect().width");
    assert!(
        map_width.as_f64().unwrap() >= 330.0,
        "the map spans the phone: {map_width}"
    );
    // The page's own SHA-256 (for pages served over plain http) gives Web Crypto's digests.
    let agree = browser.eval(
        "(async () => { const data = JSON.parse(document.getElementById('chronomap-data').textContent); \
         for (const text of ['', 'abc', 'a'.repeat(1000), data.sources[0].text, data.sources[1].text]) { \
           const bytes = new TextEncoder().encode(text); \
           const web = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))).map(b => b.toString(16).padStart(2, '0')).join(''); \
           if (web !== Chronomap.sha256Fallback(bytes)) return text.length; } return true; })()",
    );
    assert_eq!(agree, serde_json::json!(true));
}

#[test]
#[ignore = "needs Chromium and pdfinfo: run by .ci/run with --ignored"]
fn printing_gives_one_page_per_step() {
    let (_dir, page) = published();
    assert_eq!(browser::printed_pages(&page), 7);
}

/// A story of a few days in England, as a newcomer makes one: Chesterfield flooded on Friday 20
/// October 2023, Retford on the 21st and 22nd, a clean-up over three days; one step about Retford
/// whose window opens on the 20th (when only Chesterfield's event is at the cursor).
fn babet() -> (tempfile::TempDir, PathBuf) {
    babet_with(None)
}

/// The same story, published with this street map around its places.
fn babet_with(
    streets: Option<&chronomap::base_map::streets::StreetMap>,
) -> (tempfile::TempDir, PathBuf) {
    use chronomap::edit::{make, tour};
    let dir = tempfile::tempdir().unwrap();
    let mut doc = Document::empty("Storm Babet", &dir.path().join("babet"));
    for (name, lon, lat) in [("Chesterfield", -1.42, 53.24), ("Retford", -0.94, 53.32)] {
        let town = make::PlaceDraft::town(name, lon, lat);
        doc.edit(make::add_place(doc.story(), &town).unwrap())
            .unwrap();
    }
    for (title, date, place) in [
        ("Chesterfield flooded", "2023-10-20", 0),
        ("Retford evacuated", "2023-10-21", 1),
        ("The Idle peaks at Retford", "2023-10-22", 1),
        ("Clean-up in Retford", "2023-10-23/2023-10-25", 1),
    ] {
        let mut draft = make::EventDraft::new(title, date);
        draft.record.places = vec![place];
        doc.edit(make::add_event(doc.story(), &draft, None).unwrap())
            .unwrap();
    }
    let retford = doc
        .story()
        .places
        .iter()
        .position(|p| p.name == "Retford")
        .unwrap();
    let mut step = tour::StepDraft::new("2023-10-20/2023-10-22", vec![], vec![retford], vec![]);
    step.record.title = "Retford under water".to_owned();
    step.record.text = "The River Idle rose through the weekend.".to_owned();
    step.record.view = chronomap::model::StepView::Fit(vec![retford]);
    doc.edit(tour::add_step(doc.story(), &step, 0).unwrap())
        .unwrap();
    let page = dir.path().join("babet.html");
    chronomap::publish::write(&doc, &page, streets, None).unwrap();
    (dir, page)
}

#[test]
#[ignore = "needs Chromium and pdfinfo: run by .ci/run with --ignored"]
fn a_step_marks_its_own_places_and_a_story_of_days_reads_by_its_days() {
    let (_dir, page) = babet();
    let mut browser = open(&page, 1400, 900);
    browser.navigate(&format!("{}#step-1", url(&page)));
    browser
        .wait_for("document.getElementById('cursor-date').textContent === 'Cursor: 20 Oct 2023'");
    // Retford is the step's place: marked, though only Chesterfield's event is at the cursor.
    browser.wait_for(
        "Array.from(document.querySelectorAll('#map-marks .current title')).some(t => t.textContent === 'Retford')",
    );
    // The axis names the days; a day's event is a tick, the three days' clean-up a bar.
    browser.wait_for(
        "Chronomap.timelineView.axisLabels && Chronomap.timelineView.axisLabels.length > 0",
    );
    let labels = browser.text("Chronomap.timelineView.axisLabels.join('|')");
    for day in ["21", "22", "23"] {
        assert!(
            labels.split('|').any(|l| l == day),
            "day {day} on the axis: {labels}"
        );
    }
    let ticks = browser.text(
        "JSON.parse(document.getElementById('chronomap-data').textContent).events.map((e, i) => Chronomap.timelineView.box(i).tick ? 'tick' : 'bar').join('|')",
    );
    assert_eq!(ticks, "tick|tick|tick|bar");
    // A day's dot stands at the day's start (where the axis names the day and the cursor goes to
    // it), as a bar starts there: pixels between each mark and its first day's start.
    let offsets = browser.text(
        "JSON.parse(document.getElementById('chronomap-data').textContent).events.map((e, i) => { const v = Chronomap.timelineView, b = v.box(i); return Math.round((b.tick ? b.x + b.w / 2 : b.x) - v.x(e.from)); }).join('|')",
    );
    assert_eq!(offsets, "0|0|0|0");
    assert_eq!(
        browser.text("document.getElementById('step-count').textContent"),
        "Step 1 of 1"
    );
}

/// A story of a few days across a month's end: the page's axis writes every day, names the
/// month where it begins and names the first stretch by its own first month.
#[test]
#[ignore = "needs Chromium and pdfinfo: run by .ci/run with --ignored"]
fn a_story_of_days_across_a_month_s_end_names_each_day_and_month_where_it_begins() {
    use chronomap::edit::make;
    let dir = tempfile::tempdir().unwrap();
    let mut doc = Document::empty("Floods", &dir.path().join("floods"));
    let town = make::PlaceDraft::town("Nairobi", 36.82, -1.29);
    doc.edit(make::add_place(doc.story(), &town).unwrap())
        .unwrap();
    // One day's event: the axis runs a few days either side of it, from late April.
    let mut draft = make::EventDraft::new("Floods in Nairobi", "2024-05-01");
    draft.record.places = vec![0];
    doc.edit(make::add_event(doc.story(), &draft, None).unwrap())
        .unwrap();
    let page = dir.path().join("floods.html");
    chronomap::publish::write(&doc, &page, None, Some(Language::English)).unwrap();
    let mut browser = open(&page, 1400, 900);
    browser.wait_for(
        "Chronomap.timelineView.axisLabels && Chronomap.timelineView.axisLabels.length > 0",
    );
    let labels = browser.text("Chronomap.timelineView.axisLabels.join('|')");
    let written: Vec<&str> = labels.split('|').collect();
    assert!(
        written[0].starts_with("Apr"),
        "the first stretch is April's: {labels}"
    );
    for label in ["29", "30", "May", "2", "3"] {
        assert!(written.contains(&label), "{label} on the axis: {labels}");
    }
}

#[test]
#[ignore = "needs Chromium and pdfinfo: run by .ci/run with --ignored"]
fn a_printed_step_carries_the_evidence_line() {
    let (_dir, page) = published();
    let printed = browser::printed_text(&page);
    // The line may wrap in the PDF; its start does not.
    let lines = printed.matches("Evidence, checked by this page").count();
    assert_eq!(lines, 7, "one evidence line a step:\n{printed}");
    assert_eq!(printed.matches("28 of 28 quotes").count(), 7, "{printed}");
}

#[test]
#[ignore = "needs Chromium and pdfinfo: run by .ci/run with --ignored"]
fn a_story_in_england_is_drawn_on_its_coasts_counties_and_towns() {
    let (_dir, page) = babet();
    let mut browser = open(&page, 1400, 900);
    for layer in ["land", "coast", "divisions"] {
        let length = browser.eval(&format!(
            "document.querySelector('#map .detail-{layer}').getAttribute('d').length"
        ));
        assert!(length.as_f64().unwrap() > 1000.0, "{layer}: {length}");
    }
    // The towns around, named where there is room; the story's own towns are its own labels.
    for town in ["Sheffield", "Nottingham"] {
        browser.wait_for(&format!(
            "Array.from(document.querySelectorAll('#map .town-label:not(.hidden)')).some(t => t.textContent === '{town}')"
        ));
    }
    let towns = browser.text(
        "Array.from(document.querySelectorAll('#map .town-label')).map(t => t.textContent).join('|')",
    );
    assert!(!towns.split('|').any(|t| t == "Retford"), "{towns}");
    // The page stays one file of a few hundred kilobytes.
    let bytes = std::fs::metadata(&page).unwrap().len();
    assert!(bytes < 1_500_000, "{bytes} bytes");
}

#[test]
#[ignore = "needs Chromium and pdfinfo: run by .ci/run with --ignored"]
fn a_page_with_a_street_map_draws_its_river_and_roads_and_credits_them() {
    let file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/streets/retford-openmaptiles.pmtiles");
    let map = chronomap::base_map::streets::StreetMap::open(&file).unwrap();
    let (_dir, page) = babet_with(Some(&map));
    let mut browser = open(&page, 1400, 900);
    for class in [
        "street-rivers",
        "street-road street-major",
        "street-buildings",
        "street-water",
    ] {
        let length = browser.text(&format!(
            "String(document.querySelector('#map path[class=\\'{class}\\']').getAttribute('d').length)"
        ));
        assert!(length.parse::<usize>().unwrap() > 20, "{class}: {length}");
    }
    let names = browser.text(
        "Array.from(document.querySelectorAll('#map .street-label')).map(t => t.textContent).join('|')",
    );
    assert!(names.split('|').any(|n| n == "River Idle"), "{names}");
    assert!(
        !names.split('|').any(|n| n == "Retford"),
        "the story's own place is its own: {names}"
    );
    for id in ["map-note", "credits"] {
        let said = browser.text(&format!("document.getElementById('{id}').textContent"));
        assert!(
            said.contains("Streets: © OpenStreetMap contributors."),
            "{id}: {said}"
        );
    }
    // Zoomed in on Retford (6 km across), the river's name is written on the map, not hidden.
    browser.eval(
        "(function () { var data = JSON.parse(document.getElementById('chronomap-data').textContent); \
         var at = data.places.find(p => p.name === 'Retford').points[0]; \
         Chronomap.mapView.show([at[0] - 0.03, at[1] - 0.02, 0.06, 0.04]); })()",
    );
    browser.wait_for(
        "Array.from(document.querySelectorAll('#map .water-label')).some(t => t.textContent === 'River Idle' && !t.classList.contains('hidden'))",
    );
}

#[test]
#[ignore = "needs Chromium and pdfinfo: run by .ci/run with --ignored"]
fn far_out_a_story_s_towns_share_one_label_and_closer_each_has_its_own() {
    let (_dir, page) = babet();
    let mut browser = open(&page, 1400, 900);
    let shown = "Array.from(document.querySelectorAll('#map .place-label')).filter(t => !t.classList.contains('hidden')).map(t => t.textContent).sort().join('|')";
    browser.wait_for(&format!("{shown} === 'Chesterfield|Retford'"));
    browser.eval(
        "Chronomap.mapView.show(JSON.parse(document.getElementById('chronomap-data').textContent).world)",
    );
    browser.wait_for(&format!(
        "['Chesterfield +1', 'Retford +1'].includes({shown})"
    ));
    // The towns around are left out so far out; back at the story, each is named again.
    assert_eq!(
        browser.text("String(document.querySelectorAll('#map .town-dot:not(.hidden)').length)"),
        "0"
    );
    browser.eval("Chronomap.mapView.show(JSON.parse(document.getElementById('chronomap-data').textContent).view)");
    browser.wait_for(&format!("{shown} === 'Chesterfield|Retford'"));
}

#[test]
#[ignore = "needs Chromium and pdfinfo: run by .ci/run with --ignored"]
fn the_page_says_who_checked_each_event_and_claim_and_what_changed_since() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story");
    common::copy_dir(Path::new("data/karabakh"), &story);
    let folder = story.to_str().unwrap();
    for id in ["war-2020", "who-announced"] {
        let out = common::chronomap(&["checked", folder, id, "--by", "Ana Diaz"]);
        assert!(out.status.success(), "{out:?}");
    }
    // The event changes after its check, as any editor of the files might change it.
    let file = story.join("story.json");
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text.replacen("Six-week war between", "A six-week war between", 1);
    std::fs::write(&file, text).unwrap();
    let page = dir.path().join("page.html");
    let doc = Document::open(&story).unwrap();
    chronomap::publish::write(&doc, &page, None, Some(Language::English)).unwrap();

    let mut browser = open(&page, 1400, 900);
    let header = browser.text("document.getElementById('checks').textContent");
    assert_eq!(
        header,
        "1 of 18 events and claims checked by an editor. 1 changed since its check."
    );
    open_event_card(&mut browser, "war-2020");
    let check = "document.querySelector(\".event-card[data-event='0'] .check\")";
    browser.wait_for(&format!("{check} !== null"));
    let card = browser.text(&format!("{check}.textContent"));
    assert!(
        card.starts_with("⚠ Changed since checked by Ana Diaz on "),
        "{card}"
    );
    browser.click("[data-tab='compare']");
    browser.wait_for("!document.getElementById('panel-compare').hidden");
    browser.wait_for("document.querySelector('.claim .check.holds') !== null");
    let claim = browser.text("document.querySelector('.claim .check.holds').textContent");
    assert!(claim.starts_with("✔ Checked by Ana Diaz on "), "{claim}");
}

#[test]
#[ignore = "needs Chromium and pdfinfo: run by .ci/run with --ignored"]
fn a_quote_of_a_pdf_is_credited_with_its_page() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story");
    common::copy_dir(Path::new("data/karabakh"), &story);
    let folder = story.to_str().unwrap();
    let args = [
        "add-source",
        folder,
        "tests/pdf/report.pdf",
        "--published",
        "2024-06-20",
    ];
    let out = common::chronomap(&args);
    assert!(out.status.success(), "{out:?}");
    common::quote_page_two_of_the_report(&story, "rapport-sur-le-retrait");
    let page = dir.path().join("page.html");
    let doc = Document::open(&story).unwrap();
    chronomap::publish::write(&doc, &page, None, Some(Language::English)).unwrap();

    let mut browser = open(&page, 1400, 900);
    // Every quote, the PDF's too, is found in its source by the page's own check.
    assert_eq!(attribute(&mut browser, "data-quotes-verified"), "29");
    let index = open_event_card(&mut browser, "e-june");
    let caption =
        format!("document.querySelector(\".event-card[data-event='{index}'] figcaption\")");
    browser.wait_for(&format!("{caption} !== null"));
    let credit = browser.text(&format!("{caption}.textContent"));
    assert!(
        credit.contains("«Rapport sur le retrait», 20 Jun 2024, p. 2"),
        "{credit}"
    );
}

/// Opens the Events tab and the card of the event `id` from its row; the event's index.
fn open_event_card(browser: &mut Browser, id: &str) -> String {
    browser.click("[data-tab='events']");
    browser.wait_for("!document.getElementById('panel-events').hidden");
    let index = browser.text(&format!(
        "String(JSON.parse(document.getElementById('chronomap-data').textContent).events.findIndex(e => e.id === '{id}'))"
    ));
    let row = format!("button.event[data-event='{index}']");
    browser.eval(&format!(
        "document.querySelector(\"{row}\").scrollIntoView()"
    ));
    browser.click(&row);
    index
}
