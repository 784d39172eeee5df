//! The real window under a display (Xvfb in CI): `--screenshot` renders the app and writes a PNG.
//! Ignored by default because it needs a display server; `.ci/run` installs Xvfb and runs it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

#[test]
#[ignore = "needs a display: run with xvfb-run (see .ci/run)"]
fn the_window_renders_and_writes_a_screenshot() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("shot.png");
    let status = Command::new(env!("CARGO_BIN_EXE_chronomap"))
        .args([
            "--screenshot",
            png.to_str().unwrap(),
            "--at",
            "2024-04-17",
            "--select",
            "kalbajar-district",
            "--size",
            "1200x800",
        ])
        .status()
        .expect("the binary runs");
    assert!(status.success(), "chronomap --screenshot failed");
    let image = image::open(&png).expect("a PNG was written").to_rgba8();
    assert!(
        image.width() >= 1000 && image.height() >= 600,
        "{}x{}",
        image.width(),
        image.height()
    );
    // A rendered window has many colours: the map, the timeline, the text.
    let mut colours: Vec<[u8; 4]> = image.pixels().step_by(97).map(|p| p.0).collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(
        colours.len() > 50,
        "only {} colours: nothing was drawn",
        colours.len()
    );
    // The panels leave their background to the window's clear: under the events list, the lists
    // panel shows the clear, which must be the panels' colour.
    let panel = egui::Visuals::light().panel_fill;
    assert_eq!(
        image.get_pixel(20, 540).0,
        [panel.r(), panel.g(), panel.b(), 255],
        "the window is not cleared in the panels' colour"
    );
}

#[test]
#[ignore = "needs a display: run with xvfb-run (see .ci/run)"]
fn a_size_asked_for_wins_over_the_size_the_last_session_saved() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let shot = |name: &str, size: Option<&str>| {
        let png = dir.path().join(name);
        let mut command = Command::new(env!("CARGO_BIN_EXE_chronomap"));
        // Its own place for the saved state, so this test neither reads nor changes the user's.
        command
            .env("XDG_DATA_HOME", data.path())
            .env("HOME", data.path())
            .args(["--screenshot", png.to_str().unwrap()]);
        if let Some(size) = size {
            command.args(["--size", size]);
        }
        assert!(command.status().expect("the binary runs").success());
        image::image_dimensions(&png).expect("a PNG was written")
    };
    // The first session saves its window (the default 1400×900); the next asks for another size.
    let (width, height) = shot("first.png", None);
    assert!(width >= 1300 && height >= 800, "{width}x{height}");
    assert_eq!(shot("second.png", Some("1100x700")), (1100, 700));
}

#[test]
#[ignore = "needs a display: run with xvfb-run (see .ci/run)"]
fn the_window_s_first_frame_begins_with_the_glyphs_drawn_ahead() {
    let data = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_chronomap"))
        .env(chronomap::ui::probe::ENV, "1")
        .env("XDG_DATA_HOME", data.path())
        .output()
        .expect("the binary runs");
    assert!(output.status.success(), "chronomap failed");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout
        .lines()
        .find(|l| l.starts_with("first-frame"))
        .expect("the probe printed its line");
    let galleys: usize = line
        .split("galleys-at-start=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .expect("the probe printed the texts held");
    // None when eframe made the fonts anew for the window (a font provider added, say), so that
    // its first frame laid out every text and rasterised every glyph again.
    assert!(galleys > 100, "{line}");
}
