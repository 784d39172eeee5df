//! The window: one file (or folder) per panel, the shared UI types in `state` below them, and
//! `app`, which owns the state and applies the commands panels return.

mod app;
mod check;
mod claim_form;
mod compare;
mod conflicts;
mod dialogs;
mod differ;
mod event_form;
mod evidence;
mod excerpts;
mod file_dialog;
mod filters;
mod find;
mod form;
mod history;
mod hover_tag;
mod lists;
mod map;
mod menu;
mod navigation;
mod object_words;
mod opening;
mod path_prompt;
mod picture;
mod place_card;
mod place_form;
pub mod probe;
mod quote;
mod quote_links;
mod quote_removal;
mod reader;
mod review;
mod screenshot;
mod source_form;
mod state;
mod step_form;
mod story_forms;
mod style;
mod suggestions;
mod timeline;
mod tour;

pub use app::ChronomapApp;
pub use app::ahead::window_context;
pub use compare::MIN_COLUMN_WIDTH;
pub use dialogs::Problems;
pub use screenshot::ScreenshotJob;
pub use state::{
    Command, FileAction, FormCommand, ListTab, SAVED_STATE_KEY, SavedState, Tab, TeamCommand,
    TourCommand, View,
};

use std::path::PathBuf;
use std::process::ExitCode;

/// What the command line asks the window to show.
#[derive(Debug, Clone, Default)]
pub struct Launch {
    pub path: Option<PathBuf>,
    pub screenshot: Option<PathBuf>,
    pub at: Option<String>,
    pub select: Option<String>,
    pub size: Option<[f32; 2]>,
    /// A street map (PMTiles) to draw under the story.
    pub base_map: Option<PathBuf>,
}

pub fn run(launch: Launch) -> anyhow::Result<ExitCode> {
    // The window speaks the system's language until the saved state says otherwise.
    crate::i18n::set_language(crate::i18n::Language::of_system());
    // A story that does not open still opens the window, on the shipped story, listing its problems.
    let mut app = ChronomapApp::open(None)?;
    if let Some(path) = &launch.path {
        // A screenshot, a date or a place asked for needs the story now; otherwise a large one
        // opens in the background while the window shows.
        if launch.screenshot.is_some() || launch.at.is_some() || launch.select.is_some() {
            app.open_now(path);
        } else {
            app.apply(Command::File(FileAction::Open(path.clone())));
        }
    }
    if let Some(at) = &launch.at {
        app.apply(Command::GoToDate(at.clone()));
        if let Some(error) = app.date_error() {
            anyhow::bail!("--at {at}: {error}");
        }
    }
    if let Some(key) = &launch.select {
        let place = chronomap_place(&app, key)
            .ok_or_else(|| anyhow::anyhow!("--select {key}: no place has this id or name"))?;
        app.apply(Command::SelectPlace(Some(place)));
    }
    if let Some(file) = &launch.base_map {
        let map = crate::base_map::streets::StreetMap::open(file)
            .map_err(|e| anyhow::anyhow!("--base-map: {e}"))?;
        app.show_street_map(map);
    }
    let screenshot_mode = launch.screenshot.is_some();
    let story_asked = launch.path.is_some() || launch.at.is_some() || launch.select.is_some();
    let job = launch.screenshot.map(|path| ScreenshotJob::new(path, true));
    let outcome = job.as_ref().map(ScreenshotJob::outcome);
    app.set_screenshot(job);
    let size = launch.size.unwrap_or([1400.0, 900.0]);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Chronomap")
            .with_inner_size(size)
            .with_min_inner_size([900.0, 600.0]),
        // A size asked for on the command line is for this run: it is not saved for the next.
        persist_window: launch.size.is_none(),
        // The fonts are the app's own (DejaVu backs up the default for the story's scripts):
        // eframe's fallback without system fonts only logs, and adding it would make the
        // first frame build the fonts again, losing the frame drawn ahead.
        system_font_fallback: false,
        ..Default::default()
    };
    // eframe makes the window and its GL context (~80 ms) before it asks for the app: the first
    // frame is drawn meanwhile, on the other core, into the context eframe is handed.
    let egui_ctx = window_context();
    let ahead = app.draw_ahead(egui_ctx.clone(), egui::Vec2::from(size));
    eframe::run_native_ext(
        "Chronomap",
        options,
        Some(egui_ctx),
        Box::new(move |cc| {
            let mut app = ahead
                .join()
                .map_err(|_| anyhow::anyhow!("the first frame, drawn ahead, failed"))?
                .into_app(&cc.egui_ctx, cc.storage);
            // eframe restores the last session's window size over the one asked for: ask again.
            if let Some([width, height]) = launch.size {
                let size = egui::vec2(width, height);
                cc.egui_ctx
                    .send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
            }
            // A screenshot shows exactly what the command line asked for, not the last session.
            if !screenshot_mode
                && let Some(saved) = cc.storage.and_then(|s| s.get_string(SAVED_STATE_KEY))
            {
                app.restore(&saved, !story_asked);
            }
            app.style(&cc.egui_ctx);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))?;
    match outcome.map(|o| o.take()) {
        Some(Some(Err(error))) => anyhow::bail!(error),
        Some(None) => anyhow::bail!("the window closed before the screenshot was taken"),
        _ => Ok(ExitCode::SUCCESS),
    }
}

fn chronomap_place(app: &ChronomapApp, key: &str) -> Option<usize> {
    crate::query::find_place(app.story(), key)
}
