//! `--screenshot OUT.png`: wait for a settled frame, ask the integration for its pixels, write a PNG, close.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Frames drawn before the picture is taken, so fonts and layout have settled.
const SETTLE_FRAMES: u32 = 4;

/// Whether the PNG was written, shared with the callback that receives the pixels.
#[derive(Clone, Default)]
pub struct Outcome(Arc<Mutex<Option<Result<(), String>>>>);

impl Outcome {
    pub fn take(&self) -> Option<Result<(), String>> {
        self.0.lock().ok().and_then(|mut o| o.take())
    }

    fn is_set(&self) -> bool {
        self.0.lock().map(|o| o.is_some()).unwrap_or(true)
    }

    fn set(&self, result: Result<(), String>) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = Some(result);
        }
    }
}

pub struct ScreenshotJob {
    path: PathBuf,
    frames: u32,
    requested: bool,
    outcome: Outcome,
}

impl ScreenshotJob {
    pub fn new(path: PathBuf) -> Self {
        ScreenshotJob {
            path,
            frames: 0,
            requested: false,
            outcome: Outcome::default(),
        }
    }

    pub fn outcome(&self) -> Outcome {
        self.outcome.clone()
    }

    /// Called once per frame; closes the window once the file is written (or failed).
    pub fn on_frame(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        if self.outcome.is_set() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else if !self.requested && self.frames >= SETTLE_FRAMES {
            self.requested = true;
            let path = self.path.clone();
            let outcome = self.outcome.clone();
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                outcome.set(write_png(&path, &image));
                repaint.request_repaint();
            });
        }
        ctx.request_repaint();
    }
}

fn write_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), String> {
    let [width, height] = image.size;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    let buffer = image::RgbaImage::from_raw(width as u32, height as u32, bytes)
        .ok_or_else(|| "the screenshot has the wrong size".to_owned())?;
    buffer
        .save(path)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}
