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
}
