//! Published pages: their size, how long Chronomap takes to write them, and in headless Chromium
//! (when installed) how soon the page answers and how long a redraw takes while the cursor is
//! dragged across the timeline.

use super::{median, ms};
use chronomap::document::Document;
use chronomap::generate::{self, Size};
use serde_json::json;

#[path = "../../tests/common/browser.rs"]
#[allow(dead_code)]
mod browser;

fn kib(bytes: usize) -> f64 {
    bytes as f64 / 1024.0
}

pub fn publish_lines() {
    let shipped = Document::shipped().expect("shipped story");
    let page = chronomap::publish::page(&shipped, None, chronomap::i18n::Language::English).html;
    println!("page_size_shipped: {:.0} KiB", kib(page.len()));
    let files = generate::story(Size::events(10_000), 42);
    let big = Document::new(chronomap::load::load(&files).expect("loads"), files);
    let time = median(5, || {
        chronomap::publish::page(&big, None, chronomap::i18n::Language::English).html
    });
    let big_page = chronomap::publish::page(&big, None, chronomap::i18n::Language::English).html;
    println!("page_size_10k_events: {:.0} KiB", kib(big_page.len()));
    println!("page_write_10k_events: {:.1} ms", ms(time));

    if std::process::Command::new(browser::chromium())
        .arg("--version")
        .output()
        .is_err()
    {
        println!("page_in_browser: skipped (no chromium)");
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (name, html) in [("shipped", &page), ("10k_events", &big_page)] {
        let path = dir.path().join(format!("{name}.html"));
        std::fs::write(&path, html).expect("the page is written");
        in_browser(name, &path);
    }
}

/// Opens the page in headless Chromium: when it answers, when its evidence is checked, and the
/// redraws while the cursor is dragged across the whole timeline.
fn in_browser(name: &str, path: &std::path::Path) {
    let mut ready = Vec::new();
    let mut verified = Vec::new();
    let mut browser = browser::Browser::open("about:blank", 1400, 900);
    for _ in 0..3 {
        browser.navigate(&format!("file://{}", path.display()));
        browser.wait_for("document.documentElement.hasAttribute('data-quotes-total')");
        ready.push(browser.eval("Number(document.documentElement.getAttribute('data-ready-ms'))"));
        verified.push(browser.eval("performance.now()"));
    }
    let median_of = |values: &mut Vec<serde_json::Value>| {
        let mut numbers: Vec<f64> = values.iter().filter_map(|v| v.as_f64()).collect();
        numbers.sort_by(f64::total_cmp);
        numbers[numbers.len() / 2]
    };
    println!("page_interactive_{name}: {:.0} ms", median_of(&mut ready));
    println!(
        "page_verified_{name}: {:.0} ms (at most)",
        median_of(&mut verified)
    );

    let strip = browser.eval(
        "(() => { const r = document.getElementById('timeline').getBoundingClientRect(); \
         return [r.left, r.right, r.top + r.height / 2]; })()",
    );
    let (left, right, y) = (
        strip[0].as_f64().unwrap_or(0.0) + 10.0,
        strip[1].as_f64().unwrap_or(0.0) - 10.0,
        strip[2].as_f64().unwrap_or(0.0),
    );
    browser.eval("Chronomap.renderMs.length = 0; Chronomap.renderAt.length = 0");
    let mouse = |browser: &mut browser::Browser, kind: &str, x: f64| {
        browser.call(
            "Input.dispatchMouseEvent",
            json!({ "type": kind, "x": x, "y": y, "button": "left", "buttons": 1, "clickCount": 1 }),
        );
    };
    // A drag across the whole timeline, a move every few pixels, sent as fast as the page takes
    // them: the page draws a frame whenever it can, each showing the latest cursor.
    mouse(&mut browser, "mousePressed", left);
    let moves = 400;
    let started = std::time::Instant::now();
    for i in 0..=moves {
        mouse(
            &mut browser,
            "mouseMoved",
            left + (right - left) * i as f64 / moves as f64,
        );
    }
    browser.eval(
        "new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))",
    );
    let drag_ms = started.elapsed().as_secs_f64() * 1e3;
    mouse(&mut browser, "mouseReleased", right);
    let numbers = |browser: &mut browser::Browser, what: &str| -> Vec<f64> {
        browser
            .eval(what)
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_f64()).collect())
            .unwrap_or_default()
    };
    let p95 = |mut values: Vec<f64>| {
        values.sort_by(f64::total_cmp);
        values
            .get(values.len() * 95 / 100)
            .copied()
            .unwrap_or(f64::NAN)
    };
    let redraws = numbers(&mut browser, "Chronomap.renderMs");
    let starts = numbers(&mut browser, "Chronomap.renderAt");
    let intervals: Vec<f64> = starts.windows(2).map(|w| w[1] - w[0]).collect();
    println!(
        "page_drag_redraw_script_p95_{name}: {:.2} ms ({} frames for {} moves in {drag_ms:.0} ms)",
        p95(redraws.clone()),
        redraws.len(),
        moves + 1
    );
    println!(
        "page_drag_frame_interval_p95_{name}: {:.1} ms (between frames while dragging: script, style, layout, paint)",
        p95(intervals)
    );
}
