//! Issue 21's lines at ACLED's size (`cargo bench --features bench --bench scale -- acled`): a
//! generated ACLED-shaped story of 1 300 000 events at 50 000 places, and the same rows as an ACLED
//! CSV. Frames are the real app's (egui run and tessellation, no window); scrubbing moves the cursor
//! a day per frame.

use super::{edit_latency, median, ms};
use chronomap::document::Document;
use chronomap::generate::acled;
use chronomap::load;
use chronomap::ui::{ChronomapApp, Command};
use std::time::{Duration, Instant};

const EVENTS: usize = 1_300_000;
const PLACES: usize = 50_000;

/// The 95th percentile of `samples`.
fn p95(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[(samples.len() * 95 / 100).min(samples.len() - 1)]
}

/// The process's peak resident memory so far, in MiB (Linux's VmHWM).
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn frame(ctx: &egui::Context, app: &mut ChronomapApp, events: Vec<egui::Event>) -> usize {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        events,
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| app.update(ui));
    ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point)
        .len()
}

pub fn acled_lines() {
    let generated = Instant::now();
    let (files, csv) = acled::story_and_csv(EVENTS, PLACES, 21);
    println!(
        "# generated in {:.1} s ({} MiB of CSV); peak memory below includes the generated files",
        generated.elapsed().as_secs_f64(),
        csv.len() >> 20
    );
    let start = Instant::now();
    let story = load::load(&files).expect("the generated story loads");
    let first = start.elapsed();
    println!("open_first_1300k: {:.1} s", first.as_secs_f64());
    // No cache of a loaded story exists yet: a second open parses and anchors again.
    let start = Instant::now();
    let again = load::load(&files).expect("the generated story loads");
    println!("open_repeat_1300k: {:.1} s", start.elapsed().as_secs_f64());
    drop(again);
    if let Some(mib) = peak_rss_mib() {
        println!("peak_rss_1300k: {mib:.0} MiB");
    }
    let find = median(5, || chronomap::search::find(&story, "Locality 4321"));
    println!("find_1300k: {:.1} ms", ms(find));

    let ctx = egui::Context::default();
    let mut app = ChronomapApp::with_story(Document::new(story.clone(), files.clone()));
    for _ in 0..5 {
        frame(
            &ctx,
            &mut app,
            vec![egui::Event::PointerMoved(egui::pos2(700.0, 300.0))],
        );
    }
    // The cursor a day further each frame, across a stretch of the range.
    let day0 = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default();
    let scrub: Vec<Duration> = (0..120)
        .map(|d| {
            let day = day0 + chrono::Duration::days(d);
            let start = Instant::now();
            app.apply(Command::GoToDate(day.format("%Y-%m-%d").to_string()));
            frame(&ctx, &mut app, Vec::new());
            start.elapsed()
        })
        .collect();
    println!("frame_p95_scrub_1300k: {:.1} ms", ms(p95(scrub)));
    // Dragging the map.
    let press = egui::Event::PointerButton {
        pos: egui::pos2(700.0, 300.0),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    };
    frame(&ctx, &mut app, vec![press]);
    let pan: Vec<Duration> = (0..60)
        .map(|i| {
            let start = Instant::now();
            frame(
                &ctx,
                &mut app,
                vec![egui::Event::PointerMoved(egui::pos2(
                    700.0 + (i % 30) as f32 * 5.0,
                    320.0,
                ))],
            );
            start.elapsed()
        })
        .collect();
    println!("frame_p95_pan_1300k: {:.1} ms", ms(p95(pan)));
    drop(app);
    edit_latency("1300k", Document::new(story.clone(), files));

    let empty = load::load(&chronomap::shipped::karabakh()).expect("the shipped story");
    let start = Instant::now();
    let imported = chronomap::formats::import(
        &empty,
        chronomap::formats::Format::EventsCsv,
        &csv,
        "acled.csv",
        None,
    );
    let outcome = match imported {
        Ok(story) => format!("{} events", story.events.len()),
        // The story the import makes goes through the loader, with its bounds on file sizes.
        Err(errors) => format!("refused: {errors}"),
    };
    println!(
        "import_acled_csv_1300k: {:.1} s ({outcome})",
        start.elapsed().as_secs_f64()
    );
}
