//! Issue 21's lines at ACLED's size (`cargo bench --features bench --bench scale -- acled`): a
//! generated ACLED-shaped story of 1 300 000 events at 50 000 places, and the same rows as an ACLED
//! CSV. Frames are the real app's (egui run and tessellation, no window); scrubbing moves the cursor
//! a day per frame.

use super::{edit_latency, median, ms};
use chronomap::document::Document;
use chronomap::generate::acled;
use chronomap::load;
use chronomap::ui::{ChronomapApp, Command};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const EVENTS: usize = 1_300_000;
const PLACES: usize = 50_000;

/// The 95th percentile of `samples`.
fn p95(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[(samples.len() * 95 / 100).min(samples.len() - 1)]
}

/// The process's peak resident memory so far, in MiB (Linux's VmHWM).
pub(super) fn peak_rss_mib() -> Option<f64> {
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

/// The lines of `part` ("" for all of them).
pub fn acled_lines(part: &str) {
    if part == OPEN_CHILD {
        if let Some(folder) = std::env::args().nth(2) {
            open_child(std::path::Path::new(&folder));
        }
        return;
    }
    let wants = |group: &str| part.is_empty() || part == group;
    let generated = Instant::now();
    let (files, csv) = acled::story_and_csv(EVENTS, PLACES, 21);
    println!(
        "# generated in {:.1} s ({} MiB of CSV); opening and its peak memory are a fresh process's",
        generated.elapsed().as_secs_f64(),
        csv.len() >> 20
    );
    if wants("open") {
        open_lines(&files);
    }
    let mut story = load::load(&files).expect("the generated story loads");
    if wants("find") {
        // Find folds the story once per version (on the first query after an edit), then each
        // query is one scan of the folded text.
        let start = Instant::now();
        let index = chronomap::search::Index::new(&story);
        let built = start.elapsed();
        let find = median(5, || index.find(&story, "Locality 4321"));
        println!("find_1300k: {:.1} ms", ms(find));
        println!(
            "find_index_build_1300k: {:.0} ms (on the window's opening thread)",
            ms(built)
        );
        let start = Instant::now();
        story.prepare_lookups();
        let lookups = start.elapsed();
        println!(
            "lookups_build_1300k: {:.0} ms (on the window's opening thread)",
            ms(lookups)
        );
        let scan = median(3, || chronomap::search::find(&story, "Locality 4321"));
        println!("find_without_index_1300k: {:.0} ms", ms(scan));
        // The first Find after an edit: the index follows the edit (an event added in the
        // middle of the story), then answers.
        let mut index = index;
        let mut draft =
            chronomap::edit::make::EventDraft::of(&story.events[story.events.len() / 2]);
        draft.record.title = "Added in the middle".to_owned();
        let edit = chronomap::edit::make::add_event(&story, &draft, None).expect("an event");
        chronomap::edit::apply(&mut story, &edit).expect("it applies");
        let start = Instant::now();
        chronomap::query::find_index::follow(&mut index, &edit);
        let found = index.find(&story, "Added in the middle");
        let after_edit = start.elapsed();
        assert_eq!(found.1, 1, "the added event is found");
        println!("find_after_edit_1300k: {:.0} ms", ms(after_edit));
        chronomap::edit::apply(&mut story, &edit.inverse()).expect("it is undone");
    }
    if wants("frames") {
        frame_lines(&story, &files);
    }
    if wants("edit") {
        edit_latency("1300k", Document::new(story.clone(), files));
    }
    if wants("import") {
        // Beside the story, to import by hand (File → Import) as the line below does.
        let _ = std::fs::write(story_folder().with_extension("csv"), &csv);
        import_line(&csv);
    }
}

/// Where the generated story is written to be opened as a user opens it.
fn story_folder() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("acled-1300k")
}

/// The story written to a folder and opened twice by a fresh process each time, as the app opens a
/// story (read, parse, anchor, index: `Document::open`), so the peak memory is the opening's alone.
fn open_lines(files: &load::StoryFiles) {
    let folder = story_folder();
    let load::StoryFiles::Memory { files, .. } = files else {
        return;
    };
    for (name, bytes) in files {
        let path = folder.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("a folder for the story");
        }
        std::fs::write(&path, bytes).expect("the story written");
    }
    // The first open finds no cache and writes one; the second opens from it.
    let cache = folder.with_file_name("acled-1300k-cache");
    let _ = std::fs::remove_dir_all(&cache);
    let opened = |line: &str| -> Option<(f64, f64)> {
        let exe = std::env::current_exe().ok()?;
        let output = std::process::Command::new(exe)
            .arg(format!("acled:{OPEN_CHILD}"))
            .arg(&folder)
            .env(chronomap::load::cache::ENV, &cache)
            .output()
            .ok()?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        let line_opened = stdout.lines().find(|l| l.starts_with("opened"))?;
        let mut words = line_opened.split(' ');
        let seconds: f64 = words.nth(1)?.parse().ok()?;
        let mib: f64 = words.next()?.parse().ok()?;
        let how = line_opened
            .split_once('(')
            .and_then(|(_, rest)| rest.rsplit_once(')'))
            .map_or("", |(how, _)| how);
        println!("{line}: {seconds:.1} s ({how})");
        Some((seconds, mib))
    };
    let first = opened("open_first_1300k");
    let repeat = opened("open_repeat_1300k");
    let peak = first
        .into_iter()
        .chain(repeat)
        .map(|(_, mib)| mib)
        .fold(0.0, f64::max);
    println!("peak_rss_1300k: {peak:.0} MiB");
}

/// The part a child process runs: open the folder given, say how long it took and the peak memory.
pub const OPEN_CHILD: &str = "open-child";

pub fn open_child(folder: &std::path::Path) {
    let start = Instant::now();
    let cache = chronomap::load::cache::StoryCache::user();
    let cancel = chronomap::load::Cancel::default();
    let (doc, opened, writing) = Document::open_with_cache(folder, &cancel, cache.as_ref())
        .expect("the written story opens");
    // The story is there for the window now; its cache is written behind, waited for here so
    // the repeat open finds it (and its time said apart).
    let took = start.elapsed();
    let written = writing.map(|w| w.finish().is_ok());
    let write_took = start.elapsed() - took;
    println!(
        "opened {:.3} {:.1} ({} events, {opened:?}; cache written {written:?} {:.1} s after)",
        took.as_secs_f64(),
        peak_rss_mib().unwrap_or(0.0),
        doc.story().events.len(),
        write_took.as_secs_f64()
    );
}

/// Scrubbing, and panning and zooming the map: p95 of full frames.
fn frame_lines(story: &chronomap::model::Story, files: &load::StoryFiles) {
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
    let button = |x: f32, y: f32, pressed: bool| egui::Event::PointerButton {
        pos: egui::pos2(x, y),
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    frame(&ctx, &mut app, vec![button(700.0, 300.0, true)]);
    let mut frames: Vec<Duration> = (0..60)
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
    frame(&ctx, &mut app, vec![button(845.0, 320.0, false)]);
    // Zooming in four steps and out again about the pointer, as a pinch or the wheel does: the
    // groups come apart into places and gather again.
    let scale_of = |app: &ChronomapApp| {
        let (a, b) = (
            app.map_screen_position(20.0, 10.0),
            app.map_screen_position(21.0, 10.0),
        );
        a.zip(b).map(|(a, b)| b.x - a.x)
    };
    let before = scale_of(&app);
    frames.extend((0..60).map(|i| {
        let factor = if i % 8 < 4 { 1.3 } else { 1.0 / 1.3 };
        let start = Instant::now();
        frame(&ctx, &mut app, vec![egui::Event::Zoom(factor)]);
        start.elapsed()
    }));
    // Four steps in, four out, seven times, and four in: the map ends 1.3⁴ closer.
    let after = scale_of(&app);
    let zoomed = before.zip(after).map(|(b, a)| a / b);
    assert!(
        zoomed.is_some_and(|z| (z - 1.3f32.powi(4)).abs() < 0.1),
        "the map zoomed: {zoomed:?}"
    );
    println!("frame_p95_pan_1300k: {:.1} ms", ms(p95(frames)));
}

/// The ACLED CSV imported into an empty story.
fn import_line(csv: &str) {
    let empty = load::load(&chronomap::shipped::karabakh()).expect("the shipped story");
    let start = Instant::now();
    let imported = chronomap::formats::import(
        &empty,
        chronomap::formats::Format::EventsCsv,
        csv,
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
