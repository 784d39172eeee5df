//! Chronomap at scale: prints one figure per line as `name: value unit` (see BENCHMARKS.md).
//! Run with `cargo bench --features bench --bench scale`; start-up figures need a display (or xvfb-run on the PATH).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chronomap::document::Document;
use chronomap::edit::make;
use chronomap::generate::{self, Size};
use chronomap::load::{self, StoryFiles};
use chronomap::model::Story;
use chronomap::query;
use chronomap::spatial::{PlaceIndex, Projection};
use chronomap::ui::{ChronomapApp, Command};
use std::hint::black_box;
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

#[path = "scale/acled.rs"]
mod acled;
#[path = "scale/base_map.rs"]
mod base_map;
#[path = "scale/publish.rs"]
mod publish;
#[path = "scale/versions.rs"]
mod versions;

/// Median of `runs` timings of `f`.
pub(crate) fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

pub(crate) fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn us(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn file<'a>(files: &'a StoryFiles, name: &str) -> &'a [u8] {
    match files {
        StoryFiles::Memory { files, .. } => files
            .iter()
            .find(|(n, _)| n == name)
            .map_or(&[], |(_, b)| b.as_slice()),
        _ => &[],
    }
}

fn load_vs_parse(events: usize, runs: usize) {
    let files = generate::story(Size::events(events), 42);
    let story_bytes = file(&files, "story.json");
    let places_bytes = file(&files, "places.geojson");
    let parse = median(runs, || {
        let story: serde_json::Value =
            serde_json::from_slice(story_bytes).expect("generated JSON parses");
        let places: serde_json::Value =
            serde_json::from_slice(places_bytes).expect("generated JSON parses");
        (story, places)
    });
    let load = median(runs, || load::load(&files).expect("generated story loads"));
    let label = if events >= 1000 {
        format!("{}k", events / 1000)
    } else {
        events.to_string()
    };
    println!(
        "story_bytes_{label}: {} bytes",
        story_bytes.len() + places_bytes.len()
    );
    println!("raw_parse_{label}: {:.1} ms", ms(parse));
    println!("load_validate_{label}: {:.1} ms", ms(load));
    println!(
        "load_vs_parse_{label}: {:.2} ratio",
        load.as_secs_f64() / parse.as_secs_f64()
    );
}

fn frame_queries(story: &Story) {
    let (first, last) = query::span(story).unwrap_or((0, 1));
    let mut day = first;
    let step = ((last - first) / 97).max(1);
    let index = query::StoryIndex::new(story);
    let time = median(101, || {
        day = if day + step > last { first } else { day + step };
        let current = index.events_at(story, day);
        let places = query::places_of_events(story, &current);
        let quotes = query::quotes_of_events(story, &current);
        let shown = (0..story.places.len())
            .filter(|&p| query::place_is_shown(story, p, &current))
            .count();
        (current.len(), places.len(), quotes.len(), shown)
    });
    println!("frame_queries_100k: {:.1} us", us(time));
}

fn hit_test(story: &Story) {
    let projection = Projection::new(45.0, 40.0);
    let index = PlaceIndex::new(&story.places, &projection);
    let mut rng = fastrand::Rng::with_seed(3);
    let time = median(1001, || {
        let at = projection.project(geo::Coord {
            x: 40.0 + rng.f64() * 10.0,
            y: 37.0 + rng.f64() * 6.0,
        });
        index.hit(at, 0.01, |_| true)
    });
    println!("hit_test_10k_places: {:.1} us", us(time));
}

/// How the pointer moves during a measured frame.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Motion {
    /// Over the map: hover hit testing and tags each frame, the view still.
    Hover,
    /// Dragging the map: the view changes every frame, so nothing drawn can be reused.
    Pan,
}

/// A full frame of the real app with no window: egui's run and tessellation.
pub(crate) fn ui_frame(name: &str, doc: Document, motion: Motion) -> Duration {
    ui_frame_of(name, &mut ChronomapApp::with_story(doc), motion, 1.0)
}

/// The same for an app set up by the caller, its map first zoomed in `zoom` times about the
/// story's first place.
pub(crate) fn ui_frame_of(
    name: &str,
    app: &mut ChronomapApp,
    motion: Motion,
    zoom: f32,
) -> Duration {
    let ctx = egui::Context::default();
    let size = egui::vec2(1400.0, 900.0);
    let frame = |app: &mut ChronomapApp, events: Vec<egui::Event>| {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
            events,
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| app.update(ui));
        let primitives =
            ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
        output.textures_delta.clear();
        primitives.len()
    };
    let pointer = |at: egui::Pos2| vec![egui::Event::PointerMoved(at)];
    for _ in 0..5 {
        frame(app, pointer(egui::pos2(700.0, 300.0)));
    }
    if zoom != 1.0 {
        // About the story's first place, so the zoomed view is where the story is.
        let place = app.story().places.first().map(|p| p.geometry.clone());
        let centre = place
            .and_then(|g| geo::BoundingRect::bounding_rect(&g))
            .map(|b| b.center());
        let at = centre
            .and_then(|c| app.map_screen_position(c.x, c.y))
            .unwrap_or(egui::pos2(700.0, 300.0));
        frame(app, pointer(at));
        frame(app, vec![egui::Event::Zoom(zoom)]);
        frame(app, pointer(egui::pos2(700.0, 300.0)));
    }
    if motion == Motion::Pan {
        let press = egui::Event::PointerButton {
            pos: egui::pos2(700.0, 300.0),
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: egui::Modifiers::NONE,
        };
        frame(app, vec![press]);
    }
    let mut x = 500.0;
    let time = median(41, || {
        x = if x > 900.0 { 500.0 } else { x + 7.0 };
        frame(app, pointer(egui::pos2(x, 320.0)))
    });
    println!("ui_frame_{name}: {:.2} ms", ms(time));
    time
}

/// An edit on a big story: a change of an event's title applied (story changed, derived indexes
/// brought up to date), then the same followed by the frame that shows it (the edit's latency).
pub(crate) fn edit_latency(name: &str, doc: Document) {
    let ctx = egui::Context::default();
    let mut app = ChronomapApp::with_story(doc);
    let size = egui::vec2(1400.0, 900.0);
    let frame = |app: &mut ChronomapApp| {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
            events: vec![egui::Event::PointerMoved(egui::pos2(700.0, 300.0))],
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| app.update(ui));
        ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point)
            .len()
    };
    for _ in 0..5 {
        frame(&mut app);
    }
    let mut n = 0;
    let mut retitle = |app: &mut ChronomapApp| {
        n += 1;
        let event = n * 7919 % app.story().events.len();
        let mut draft = make::EventDraft::of(&app.story().events[event]);
        draft.record.title = format!("Retitled {n}");
        let edit = make::change_event(app.story(), event, &draft).expect("a valid edit");
        app.apply(Command::Edit(Box::new(edit)));
    };
    let still = median(21, || frame(&mut app));
    println!("frame_without_edit_{name}: {:.2} ms", ms(still));
    let apply = median(21, || retitle(&mut app));
    println!("edit_apply_{name}: {:.2} ms", ms(apply));
    let with_frame = median(21, || {
        retitle(&mut app);
        frame(&mut app)
    });
    println!("edit_and_frame_{name}: {:.2} ms", ms(with_frame));
    let undo = median(21, || {
        app.apply(Command::Undo);
        frame(&mut app)
    });
    println!("undo_and_frame_{name}: {:.2} ms", ms(undo));
    // The editor's main act: a passage quoted as the evidence of a new event in the middle of the
    // story; its parts are timed too (the quote anchored, the edit made, applied, the frame drawn).
    let mut k = 0;
    let mut parts = Vec::new();
    let add = median(21, || {
        k += 1;
        let story = app.story();
        let source = k % story.sources.len();
        let text = &story.sources[source].text;
        let start = text.len() / 3;
        let start = (start..text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        let end = (start + 60..text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(text.len());
        let started = Instant::now();
        let quote = make::quote(story, source, start..end).expect("a quote");
        let quoted = started.elapsed();
        let mut draft = make::EventDraft::new(&format!("Added {k}"), "2021-06-15");
        draft.record.places = vec![k % story.places.len()];
        let edit = make::add_event(story, &draft, Some(quote)).expect("an event");
        let made = started.elapsed();
        app.apply(Command::Edit(Box::new(edit)));
        let applied = started.elapsed();
        let drawn = frame(&mut app);
        parts.push([
            quoted,
            made - quoted,
            applied - made,
            started.elapsed() - applied,
        ]);
        drawn
    });
    println!("add_quoted_event_and_frame_{name}: {:.2} ms", ms(add));
    let part = |i: usize| {
        let mut times: Vec<Duration> = parts.iter().map(|p| p[i]).collect();
        times.sort();
        ms(times[times.len() / 2])
    };
    println!(
        "add_quoted_event_parts_{name}: quote {:.2} ms, edit made {:.2} ms, applied {:.2} ms, frame {:.2} ms",
        part(0),
        part(1),
        part(2),
        part(3)
    );
}

/// How many times each binary is started: in turn, the app then the bare window, so that a
/// machine that speeds up or slows down while they run weighs on both alike.
const STARTUP_RUNS: usize = 11;

/// One start of a release binary: the time from being spawned to its first frame painted (as
/// the probe in the process reads the clock) and its peak memory, in KiB.
fn start_once(binary: &std::path::Path, data: &std::path::Path) -> Option<(Duration, u64)> {
    let display =
        std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some();
    let mut command = if display {
        Process::new(binary)
    } else {
        let mut c = Process::new("xvfb-run");
        c.args(["-a", "-s", "-screen 0 1400x900x24"]).arg(binary);
        c
    };
    let output = command
        .env(chronomap::ui::probe::ENV, "1")
        .env(
            chronomap::ui::probe::SPAWNED_AT_ENV,
            chronomap::ui::probe::now_ns().to_string(),
        )
        .env("XDG_DATA_HOME", data)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().find(|l| l.starts_with("first-frame"))?;
    let figure = |name: &str| {
        let after = line.split(name).nth(1)?;
        after.split_whitespace().next()?.parse::<u64>().ok()
    };
    let first_frame = Duration::from_micros(figure("since-spawn-us=")?);
    Some((first_frame, figure("peak-rss-kib=")?))
}

/// Each binary's median start (time and peak memory), started in turn [`STARTUP_RUNS`] times
/// and printed as `startup_NAME` and `peak_rss_NAME`.
fn startups(binaries: &[(&str, &std::path::Path)]) -> Option<Vec<(Duration, u64)>> {
    // A fresh data folder: no saved state, so the app opens the shipped story, not the last one
    // a person opened on this machine.
    let data = tempfile::tempdir().ok()?;
    let mut runs = vec![Vec::new(); binaries.len()];
    for _ in 0..STARTUP_RUNS {
        for ((_, binary), runs) in binaries.iter().zip(&mut runs) {
            runs.push(start_once(binary, data.path())?);
        }
    }
    let mut medians = Vec::new();
    for ((name, _), mut runs) in binaries.iter().zip(runs) {
        runs.sort();
        let (time, rss) = runs[runs.len() / 2];
        println!("startup_{name}: {:.0} ms", ms(time));
        println!("peak_rss_{name}: {:.1} MiB", rss as f64 / 1024.0);
        medians.push((time, rss));
    }
    Some(medians)
}

/// The worst anchoring input found: a source of two million "a"s and 500 quotes "aaaa" that each
/// need a suffix no occurrence has (before the occurrence cap: 6.8 s).
fn worst_case_anchoring() {
    let text = "a".repeat(2_000_000);
    let quotes: Vec<serde_json::Value> = (0..500)
        .map(|i| serde_json::json!({"id": format!("q{i}"), "source": "s1", "exact": "aaaa", "suffix": "b"}))
        .collect();
    let files = story_around(&text, quotes);
    let took = median(3, || load::load(&files).is_err());
    println!("load_worst_case_anchoring: {:.1} ms", ms(took));
}

/// A story near the size cap: a 200 MiB source of numbered sentences, 5 000 of them quoted.
fn load_at_size_cap() {
    let sentence = |n: usize| {
        format!("Phrase {n} : le convoi a quitté la ville mercredi soir, selon les autorités. ")
    };
    let mut text = String::with_capacity(200 << 20);
    let mut count = 0;
    while text.len() < 200 << 20 {
        text.push_str(&sentence(count));
        count += 1;
    }
    let quotes: Vec<serde_json::Value> = (0..5_000)
        .map(|i| {
            let n = i * (count / 5_000);
            serde_json::json!({"id": format!("q{i}"), "source": "s1", "exact": sentence(n).trim_end()})
        })
        .collect();
    let files = story_around(&text, quotes);
    let total: usize = match &files {
        StoryFiles::Memory { files, .. } => files.iter().map(|(_, b)| b.len()).sum(),
        _ => 0,
    };
    let took = median(1, || {
        load::load(&files).expect("the story at the cap loads")
    });
    println!(
        "load_at_size_cap: {:.2} s for {:.0} MiB",
        took.as_secs_f64(),
        total as f64 / f64::from(1 << 20)
    );
}

/// A one-source story in memory with these quotes and no events.
fn story_around(text: &str, quotes: Vec<serde_json::Value>) -> StoryFiles {
    let story = serde_json::json!({"format": "chronomap-story/1", "title": "Bench",
        "sources": [{"id": "s1", "title": "S", "publisher": "P", "published": "2024-04-17",
                     "language": "fr", "file": "sources/a.txt"}],
        "quotes": quotes});
    let places = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"p1","geometry":{"type":"Point","coordinates":[46.7,39.8]},"properties":{"name":"Town","kind":"city"}}]}"#;
    StoryFiles::Memory {
        name: "bench".to_owned(),
        files: vec![
            (
                "story.json".to_owned(),
                serde_json::to_vec(&story).expect("JSON"),
            ),
            ("places.geojson".to_owned(), places.as_bytes().to_vec()),
            ("sources/a.txt".to_owned(), text.as_bytes().to_vec()),
        ],
    }
}

/// 100 000 events, 10 000 places, 1 000 sources, loaded by the real loader.
fn big_story() -> (Story, StoryFiles) {
    let files = generate::story(
        Size {
            events: 100_000,
            places: 10_000,
            sources: 1_000,
        },
        42,
    );
    let story = load::load(&files).expect("the generated story loads");
    (story, files)
}

fn main() {
    println!("# Chronomap benchmarks (release build); medians");
    // `cargo bench … -- edit` runs only the editing lines, `-- load` only the loading ones,
    // `-- publish` only the published pages', `-- startup` the start-up against a bare window.
    let only: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    if only.as_deref().is_some_and(|o| "edit".contains(o)) {
        let (big, files) = big_story();
        edit_latency("100k_events_10k_places", Document::new(big, files));
        return;
    }
    // `-- acled` prints every line of issue 21; `-- acled:open`, `acled:find`, `acled:frames`,
    // `acled:edit` or `acled:import` one group, to profile it alone.
    if let Some(part) = only.as_deref().and_then(|o| o.strip_prefix("acled")) {
        acled::acled_lines(part.trim_start_matches(':'));
        return;
    }
    // `-- versions`: issue 35's diff and merge lines (the 1300k ones in child processes);
    // `-- versions:shipped` the shipped story's merge alone.
    if only.as_deref() == Some(versions::CHILD) {
        let args: Vec<String> = std::env::args()
            .skip_while(|a| a != versions::CHILD)
            .skip(1)
            .collect();
        versions::run_child(&args);
        return;
    }
    if let Some(part) = only.as_deref().and_then(|o| o.strip_prefix("versions")) {
        versions::versions_lines(part.trim_start_matches(':'));
        return;
    }
    if only.as_deref().is_some_and(|o| "publish".contains(o)) {
        publish::publish_lines();
        return;
    }
    // `-- base` prints the base map's and the gazetteer's lines alone.
    if only.as_deref() == Some("startup") {
        startup_lines();
        return;
    }
    if only.as_deref().is_some_and(|o| "base".contains(o)) {
        base_map::gazetteer_lines();
        base_map::base_map_lines();
        return;
    }
    // First, while nothing has read the gazetteer's towns, so that its weight is all its own.
    if only.is_none() {
        base_map::gazetteer_lines();
    }
    load_vs_parse(1_000, 9);
    load_vs_parse(10_000, 5);
    load_vs_parse(100_000, 3);
    if only.as_deref().is_some_and(|o| "load".contains(o)) {
        return;
    }
    worst_case_anchoring();
    load_at_size_cap();

    let (big, big_files) = big_story();
    frame_queries(&big);
    hit_test(&big);

    let shipped = Document::shipped().expect("shipped story");
    let small = ui_frame("shipped", shipped, Motion::Hover);
    let big_open = || Document::new(big.clone(), big_files.clone());
    let large = ui_frame("100k_events_10k_places", big_open(), Motion::Hover);
    println!(
        "ui_frame_100k_vs_shipped: {:.2} ratio",
        large.as_secs_f64() / small.as_secs_f64()
    );
    ui_frame("100k_events_10k_places_panning", big_open(), Motion::Pan);
    edit_latency("100k_events_10k_places", big_open());
    publish::publish_lines();
    base_map::base_map_lines();

    startup_lines();
}

/// Start-up against a bare eframe window: built here so the figures are of the release binaries
/// of this tree.
fn startup_lines() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let built = Process::new(cargo)
        .args([
            "build",
            "--release",
            "--quiet",
            "--bin",
            "chronomap",
            "--example",
            "bare_window",
        ])
        .status()
        .is_ok_and(|s| s.success());
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release");
    let (app, bare) = (
        target.join("chronomap"),
        target.join("examples/bare_window"),
    );
    let measured = built
        .then(|| startups(&[("chronomap", &app), ("bare_window", &bare)]))
        .flatten();
    match measured.as_deref() {
        Some(&[(app_time, app_rss), (bare_time, bare_rss)]) => {
            println!(
                "startup_vs_bare: {:.2} ratio",
                app_time.as_secs_f64() / bare_time.as_secs_f64()
            );
            println!(
                "peak_rss_vs_bare: {:.2} ratio",
                app_rss as f64 / bare_rss as f64
            );
        }
        _ => {
            println!("startup: skipped (no display and no xvfb-run, or the release build failed)")
        }
    }
}
