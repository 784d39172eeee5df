//! A PNG of the window: wait for a settled frame, ask the integration for its pixels, write the file.
//! `--screenshot` then closes the window; File → Export → Current view keeps it open.

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

    fn peek(&self) -> Option<Result<(), String>> {
        self.0.lock().ok().and_then(|o| o.clone())
    }

    fn set(&self, result: Result<(), String>) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = Some(result);
        }
    }
}

pub struct ScreenshotJob {
    path: PathBuf,
    close_when_done: bool,
    frames: u32,
    requested: bool,
    outcome: Outcome,
}

impl ScreenshotJob {
    pub fn new(path: PathBuf, close_when_done: bool) -> Self {
        ScreenshotJob {
            path,
            close_when_done,
            frames: 0,
            requested: false,
            outcome: Outcome::default(),
        }
    }

    pub fn outcome(&self) -> Outcome {
        self.outcome.clone()
    }

    /// Called once per frame; closes the window once the file is written (or failed).
    /// Called once per frame; once the file is written (or failed) returns how it went, and closes
    /// the window if this job was asked to.
    pub fn on_frame(&mut self, ctx: &egui::Context) -> Option<Result<(), String>> {
        self.frames += 1;
        if let Some(result) = self.outcome.peek() {
            if self.close_when_done {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            return Some(result);
        }
        if !self.requested && self.frames >= SETTLE_FRAMES {
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
        None
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
