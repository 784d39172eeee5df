//! Pictures on the published page (issue 36, item 4), in headless Chromium: a photo embedded and
//! checked against its original's hash, a region quote shown as its crop beside its caption and
//! credited with its region, the picture whole in the reader with its regions, a printed step
//! keeping its picture; a photo over 2 MiB embedded as a reduced copy that says so; a changed
//! picture caught. Run by `.ci/run` with `--ignored`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/browser.rs"]
#[allow(dead_code)]
mod browser;
mod common;

use browser::Browser;
use chronomap::document::Document;
use chronomap::i18n::Language;
use std::path::{Path, PathBuf};

const REGION: [u32; 4] = [360, 496, 480, 32];

/// The shipped story with `picture` added as the source "Checkpoint photo", a region quote of it
/// backing a new event and resting the tour's first step, published in English.
fn published_with(picture: &Path) -> (tempfile::TempDir, PathBuf) {
    published_with_region(picture, REGION)
}

fn published_with_region(picture: &Path, region: [u32; 4]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story");
    common::copy_dir(Path::new("data/karabakh"), &story);
    let out = common::chronomap(&[
        "add-source",
        story.to_str().unwrap(),
        picture.to_str().unwrap(),
        "--published",
        "2024-04-18",
        "--label",
        "Checkpoint photo",
    ]);
    assert!(out.status.success(), "{}", common::said(&out));
    common::edit_json(&story.join("story.json"), |value| {
        value["quotes"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
            "id": "q-barrier", "source": "checkpoint-photo", "xywh": region,
            "caption": "The red barrier across the road", "mentions": []}));
        value["events"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
            "id": "e-barrier", "title": "A barrier closes the road", "date": "2024-04-17",
            "status": "reported", "places": [], "quotes": ["q-barrier"]}));
        value["steps"][0]["quotes"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!("q-barrier"));
    });
    let page = dir.path().join("page.html");
    let doc = Document::open(&story).unwrap();
    chronomap::publish::write(&doc, &page, None, Some(Language::English)).unwrap();
    (dir, page)
}

fn open(page: &Path, width: u32, height: u32) -> Browser {
    let mut browser = Browser::open(&format!("file://{}", page.display()), width, height);
    browser.wait_for("document.documentElement.hasAttribute('data-pictures-total')");
    browser
}

fn attribute(browser: &mut Browser, name: &str) -> String {
    browser.text(&format!("document.documentElement.getAttribute('{name}')"))
}

#[test]
#[ignore = "needs Chromium: run by .ci/run with --ignored"]
fn a_photo_is_embedded_checked_and_its_region_quote_shown_as_its_crop() {
    let (_dir, page) = published_with(Path::new("tests/pictures/checkpoint.jpg"));
    let mut browser = open(&page, 1400, 900);
    // Every quote holds (the region's too), every source and the picture are unchanged.
    assert_eq!(attribute(&mut browser, "data-quotes-verified"), "29");
    assert_eq!(attribute(&mut browser, "data-quotes-total"), "29");
    assert_eq!(attribute(&mut browser, "data-sources-verified"), "3");
    assert_eq!(attribute(&mut browser, "data-pictures-verified"), "1");
    assert_eq!(attribute(&mut browser, "data-pictures-total"), "1");
    let banner = browser.text("document.getElementById('verification').textContent");
    assert!(banner.starts_with('✓'), "{banner}");
    assert!(
        banner.contains("1 of 1 picture checked against the original's hash"),
        "{banner}"
    );

    // The event's card: the crop (its viewBox the region), the caption, the credit with the region.
    browser.click("[data-tab='events']");
    browser.wait_for("!document.getElementById('panel-events').hidden");
    let index = browser.text(
        "String(JSON.parse(document.getElementById('chronomap-data').textContent).events.findIndex(e => e.id === 'e-barrier'))",
    );
    let row = format!("button.event[data-event='{index}']");
    browser.eval(&format!(
        "document.querySelector(\"{row}\").scrollIntoView()"
    ));
    browser.click(&row);
    let figure =
        format!("document.querySelector(\".event-card[data-event='{index}'] figure.quote\")");
    browser.wait_for(&format!("{figure} !== null"));
    assert_eq!(
        browser.text(&format!(
            "{figure}.querySelector('svg.region-crop').getAttribute('viewBox')"
        )),
        "360 496 480 32"
    );
    let words = browser.text(&format!("{figure}.querySelector('blockquote').textContent"));
    assert_eq!(
        words,
        "Region of the picture: The red barrier across the road"
    );
    let credit = browser.text(&format!("{figure}.querySelector('figcaption').textContent"));
    assert!(
        credit.contains("Checkpoint photo, 18 Apr 2024, region 480 × 32 px @ 360, 496"),
        "{credit}"
    );
    // The picture is drawn: its embedded original decodes to its size.
    browser.wait_for(&format!(
        "(() => {{ const i = new Image(); i.src = {figure}.querySelector('image').getAttribute('href'); window.__probe = i; return true; }})()"
    ));
    browser.wait_for("window.__probe.complete && window.__probe.naturalWidth === 1200");

    // The reader: what the file says, the original checked, the picture whole with its region.
    browser.click("[data-tab='source']");
    browser.wait_for("!document.getElementById('panel-source').hidden");
    // The picker's button is clicked as an element (the panel's sticky tabs may cover its place).
    browser.eval("document.querySelector(\".source-picker button[data-source='2']\").click()");
    browser.wait_for("document.querySelector('#reader svg.picture-whole rect.region') !== null");
    let says = browser.text("document.querySelector('#reader .picture-says').textContent");
    assert!(
        says.contains("The file says it was taken at 2024-04-17T10:32:05+04:00"),
        "{says}"
    );
    assert!(says.contains("No Content Credentials"), "{says}");
    let state =
        browser.text("document.querySelector('#reader .picture-source .capture').textContent");
    assert!(
        state.starts_with("✓ The picture shown is the original"),
        "{state}"
    );
    // A region is reached with the keyboard too: focused, Enter opens the event it backs.
    let region = "document.querySelector('#reader svg.picture-whole rect.region')";
    assert_eq!(
        browser.text(&format!("{region}.getAttribute('aria-label')")),
        "Region of the picture: The red barrier across the road"
    );
    browser.click("[data-tab='source']");
    browser.eval(&format!("{region}.focus()"));
    assert_eq!(
        browser.eval("document.getElementById('panel-events').hidden"),
        serde_json::json!(true)
    );
    browser.press("Enter");
    browser.wait_for("!document.getElementById('panel-events').hidden");
    browser.wait_for(&format!(
        "document.querySelector(\".event-card[data-event='{index}']\") !== null"
    ));

    // The printed tour keeps the picture of the step it rests on: on the first printed page, the
    // photo (drawn cropped) and its caption and credit.
    let images = browser::printed_images(&page);
    assert!(images.contains(&(1, 1200, 800)), "{images:?}");
    let printed = browser::printed_text(&page);
    assert!(
        printed.contains("Region of the picture: The red barrier across the road"),
        "{printed}"
    );
    assert!(
        printed.contains("region 480 × 32 px @ 360, 496"),
        "{printed}"
    );
}

#[test]
#[ignore = "needs Chromium: run by .ci/run with --ignored"]
fn a_photo_over_2_mib_is_a_reduced_copy_that_says_so_and_a_changed_picture_is_caught() {
    // Noise does not compress: a 1 400 × 1 000 PNG of it is over 4 MB.
    let dir = tempfile::tempdir().unwrap();
    let large = dir.path().join("large.png");
    let mut seed = 7u32;
    let noise = image::RgbImage::from_fn(1400, 1000, |_, _| {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        let [r, g, b, _] = seed.to_le_bytes();
        image::Rgb([r, g, b])
    });
    noise.save(&large).unwrap();
    assert!(std::fs::metadata(&large).unwrap().len() > 2 << 20);
    let (_page_dir, page) = published_with(&large);
    let html = std::fs::read_to_string(&page).unwrap();
    let original = std::fs::metadata(&large).unwrap().len() as usize;
    assert!(
        html.len() < original,
        "the copy is reduced: {} bytes",
        html.len()
    );
    let mut browser = open(&page, 412, 915);
    assert_eq!(attribute(&mut browser, "data-pictures-verified"), "0");
    assert_eq!(attribute(&mut browser, "data-pictures-total"), "1");
    let banner = browser.text("document.getElementById('verification').textContent");
    assert!(
        banner.contains("1 shown as a reduced copy, which cannot be"),
        "{banner}"
    );
    assert_eq!(attribute(&mut browser, "data-quotes-verified"), "29");

    // One letter of the embedded photo changed: the page says the picture is not the original.
    let (_dir, page) = published_with(Path::new("tests/pictures/checkpoint.jpg"));
    let html = std::fs::read_to_string(&page).unwrap();
    let at = html.find("\"mime\":\"image/jpeg\",\"data\":\"").unwrap() + 5000;
    let mut changed = html.clone().into_bytes();
    changed[at] = if changed[at] == b'A' { b'B' } else { b'A' };
    std::fs::write(&page, changed).unwrap();
    let mut browser = open(&page, 1400, 900);
    assert_eq!(attribute(&mut browser, "data-pictures-verified"), "0");
    let banner = browser.text("document.getElementById('verification').textContent");
    assert!(banner.starts_with('✗'), "{banner}");
    assert!(banner.contains("is not the original captured"), "{banner}");
}

#[test]
#[ignore = "needs Chromium: run by .ci/run with --ignored"]
fn a_phone_photo_is_shown_turned_with_its_region_where_the_turned_picture_shows_it() {
    // Stored 1200 × 800 with EXIF orientation 6: the browser shows it 800 × 1200.
    let (_dir, page) = published_with_region(
        Path::new("tests/pictures/rotated.jpg"),
        [300, 400, 300, 200],
    );
    let mut browser = open(&page, 1400, 900);
    assert_eq!(attribute(&mut browser, "data-quotes-verified"), "29");
    assert_eq!(attribute(&mut browser, "data-pictures-verified"), "1");
    let crop = "document.querySelector('#print-steps svg.region-crop')";
    assert_eq!(
        browser.text(&format!("{crop}.getAttribute('viewBox')")),
        "200 300 200 300"
    );
    assert_eq!(
        browser.text(&format!(
            "{crop}.querySelector('image').getAttribute('width')"
        )),
        "800"
    );
}
