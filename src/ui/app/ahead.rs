//! The first frame drawn ahead, on the other core, while eframe makes the window and its GL
//! context (~80 ms in which the app would wait): the base map is built and every text the
//! frame shows is laid out and its glyphs rasterised (~15 ms of a first frame otherwise) into
//! the context the window then uses, so that its own first frame finds them done.

use super::{ChronomapApp, MAX_TEXTURE_SIDE};
use std::thread::JoinHandle;

/// The app after its frame drawn ahead, and the textures that frame made (the font atlas first
/// of all), which the window has not seen yet.
pub struct DrawnAhead {
    app: ChronomapApp,
    textures: egui::TexturesDelta,
}

/// A context made as eframe makes its own (one window per viewport, and a frame may be drawn
/// twice when a widget's size is learnt): eframe uses it instead when it is handed one, and its
/// saved memory is put back by [`DrawnAhead::into_app`].
pub fn window_context() -> egui::Context {
    let ctx = egui::Context::default();
    ctx.set_embed_viewports(false);
    ctx.options_mut(|o| o.max_passes = std::num::NonZeroUsize::MIN.saturating_add(1));
    ctx
}

/// The key under which eframe keeps egui's memory (panel sizes, scroll positions) between runs
/// (its private `STORAGE_EGUI_MEMORY_KEY`).
const EGUI_MEMORY_KEY: &str = "egui";

impl ChronomapApp {
    /// Draws the first frame into `ctx` on a thread of its own, for a window of `size` points:
    /// the same input as the window's (one point a pixel, textures within
    /// [`MAX_TEXTURE_SIDE`]), and no window command is lost (the title and the probe wait for
    /// the window's frames).
    pub fn draw_ahead(mut self, ctx: egui::Context, size: egui::Vec2) -> JoinHandle<DrawnAhead> {
        std::thread::spawn(move || {
            self.style(&ctx);
            let input = egui::RawInput {
                screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
                max_texture_side: Some(MAX_TEXTURE_SIDE),
                ..Default::default()
            };
            let mut commands = Vec::new();
            let output = ctx.run_ui(input, |ui| commands = self.draw(ui));
            for command in commands {
                self.apply(command);
            }
            DrawnAhead {
                app: self,
                textures: output.textures_delta,
            }
        })
    }
}

impl DrawnAhead {
    /// The app, its textures handed to the window's first frame and egui's memory of the last
    /// run (from eframe's `storage`) put back.
    pub fn into_app(
        mut self,
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
    ) -> ChronomapApp {
        let manager = ctx.tex_manager();
        let mut manager = manager.write();
        let freed = std::mem::take(&mut self.textures.free);
        for (id, images) in std::mem::take(&mut self.textures.set) {
            if freed.contains(&id) {
                continue;
            }
            for image in images {
                manager.set(id, image);
            }
        }
        drop(manager);
        if let Some(memory) =
            storage.and_then(|s| eframe::get_value::<egui::Memory>(s, EGUI_MEMORY_KEY))
        {
            ctx.memory_mut(|m| *m = memory);
        }
        self.app
    }
}
