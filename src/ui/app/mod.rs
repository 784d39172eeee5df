//! The app's state, its layout, and the one place where commands change it (the editor's
//! commands in `editing`).

// Named by the window's start (`ui::run`), not here: it draws this file's app ahead.
pub(super) mod ahead;
mod commands;
mod editing;
mod files;
mod forms;
mod input;
mod tour;
mod versions;

use super::dialogs::{self, Problems};
use super::find::FindState;
use super::opening::Opening;
use super::path_prompt::PathPrompt;
use super::screenshot::ScreenshotJob;
use super::state::{Command, FileAction, SAVED_STATE_KEY, Scene, Tab, View};
use super::suggestions::Suggestions;
use super::{compare, excerpts, lists, map, menu, place_card, reader, timeline};
use crate::date::{self, Day};
use crate::document::Document;
use crate::i18n::{tr, tr_with};
use crate::load::LoadErrors;
use crate::model::Story;
use crate::playback::Playback;
use std::path::{Path, PathBuf};

/// How many recent stories the File menu offers.
const RECENT_STORIES: usize = 8;

pub struct ChronomapApp {
    doc: Document,
    view: View,
    map: map::MapState,
    timeline: timeline::TimelineState,
    date_field: String,
    find: FindState,
    screenshot: Option<ScreenshotJob>,
    styled: bool,
    /// Where the open story was read from; none for the shipped one.
    story_path: Option<PathBuf>,
    recent: Vec<PathBuf>,
    dark_theme: bool,
    /// The language chosen in View → Language; none follows the system's.
    language: Option<crate::i18n::Language>,
    /// The name an editor's checks are made under, kept between sessions.
    checker: String,
    problems: Option<Problems>,
    notice: Option<String>,
    show_about: bool,
    /// The Conflicts window: shown when a story with conflicts opens, and from the View menu.
    show_conflicts: bool,
    /// Review changes, while shown.
    review: Option<super::review::Review>,
    /// An object's history, while shown.
    history: Option<super::history::History>,
    png_export: Option<ScreenshotJob>,
    /// A large story being opened off the UI thread.
    opening: Option<Opening>,
    /// The path typed in "Open or import a path", while that window is shown.
    path_prompt: Option<PathPrompt>,
    /// Bumped by View → Reset layout: the panels get fresh ids, and so their default sizes.
    layout_generation: u32,
    probe: super::probe::StartupProbe,
    /// The event being made or changed, while its form is open.
    /// What the last edit, undo, redo or save did, shown in the title bar.
    status: Option<String>,
    /// The window title last sent, so it is sent only when it changes.
    window_title: String,
    /// Events suggested for a source of the reader, while shown.
    suggestions: Option<Suggestions>,
    /// What waits on the answer to "unsaved changes": a story to open, or closing the window.
    pending: Option<Pending>,
    /// The user chose to close without saving.
    close_confirmed: bool,
    /// Edits found in the recovery journal of the story just opened, until restored or discarded.
    recovery: Option<Vec<crate::edit::Edit>>,
    /// The step being made or changed, while its form is open.
    /// The editor's open forms.
    forms: forms::Forms,
}

/// What was asked while the story had unsaved changes.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    File(FileAction),
    Close,
}

/// DejaVu Sans backs up egui's default font for the scripts the story's names use (ə, Armenian, arrows).
const FALLBACK_FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-subset.ttf");

/// Fonts with the fallback for names the default font lacks.
fn style_context(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "dejavu".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(FALLBACK_FONT)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("dejavu".to_owned());
    }
    ctx.set_fonts(fonts);
}

impl ChronomapApp {
    /// Opens the story at `path`, or the shipped story.
    pub fn open(path: Option<&Path>) -> Result<Self, LoadErrors> {
        let doc = match path {
            Some(path) => Document::open(path)?,
            None => Document::shipped()?,
        };
        let mut app = Self::with_story(doc);
        app.story_path = path.map(Path::to_path_buf);
        app.default_checker();
        Ok(app)
    }

    /// The day of the story's news (see [`crate::query::news_day`]); today for an empty story.
    fn news_day(story: &Story) -> f64 {
        let today = date::day_of(chrono::Local::now().date_naive());
        f64::from(crate::query::news_day(story).unwrap_or(today))
    }

    pub fn with_story(doc: Document) -> Self {
        let news = Self::news_day(doc.story());
        // Edits journaled but never saved are offered back (after a crash or a killed process).
        let (recovery, status) = match doc.unsaved_edits() {
            Ok(edits) if edits.is_empty() => (None, None),
            Ok(edits) => (Some(edits), None),
            Err(error) => (
                None,
                Some(tr_with(
                    "app-journal-unread",
                    &[("error", error.to_string().into())],
                )),
            ),
        };
        let show_conflicts = !doc.story().conflicts.is_empty();
        ChronomapApp {
            view: View::new(news, doc.story().events.len()),
            doc,
            map: map::MapState::default(),
            timeline: timeline::TimelineState::default(),
            date_field: String::new(),
            find: FindState::default(),
            screenshot: None,
            styled: false,
            story_path: None,
            recent: Vec::new(),
            dark_theme: false,
            language: None,
            checker: String::new(),
            problems: None,
            notice: None,
            show_about: false,
            show_conflicts,
            review: None,
            history: None,
            png_export: None,
            opening: None,
            layout_generation: 0,
            path_prompt: None,
            probe: super::probe::StartupProbe::from_env(),
            status,
            window_title: String::new(),
            suggestions: None,
            pending: None,
            close_confirmed: false,
            recovery,
            forms: forms::Forms::default(),
        }
    }

    pub fn story(&self) -> &Story {
        self.doc.story()
    }

    pub fn view(&self) -> &View {
        &self.view
    }

    pub fn playback(&self) -> &Playback {
        &self.view.playback
    }

    /// The stories opened last, newest first.
    pub fn recent(&self) -> &[PathBuf] {
        &self.recent
    }

    pub fn dark_theme(&self) -> bool {
        self.dark_theme
    }

    /// The problems window's title and lines, while it is shown.
    pub fn problems(&self) -> Option<&Problems> {
        self.problems.as_ref()
    }

    pub fn cursor_day(&self) -> Day {
        self.view.playback.cursor_day()
    }

    /// The events at the cursor that the filter keeps.
    pub fn current_events(&self) -> Vec<usize> {
        let story = self.doc.story();
        let mut current = self.doc.story_index().events_at(story, self.cursor_day());
        if self.view.filter.is_active() {
            current.retain(|&e| self.view.filter.keeps(story, e));
        }
        current
    }

    pub fn date_error(&self) -> Option<&str> {
        self.view.date_error.as_deref()
    }

    pub fn set_screenshot(&mut self, job: Option<ScreenshotJob>) {
        self.screenshot = job;
    }

    /// What the map shows, as longitude and latitude: [west, south, east, north].
    pub fn map_view_box(&self) -> Option<[f64; 4]> {
        self.map.visible_box(self.doc.projection())
    }

    /// How many tiles of the street map the map's last view drew (for tests and benchmarks).
    pub fn map_street_tiles(&self) -> usize {
        self.map.street_tiles_drawn()
    }

    /// Where the map last drew a longitude/latitude, for tests that click the map by position.
    pub fn map_screen_position(&self, lon: f64, lat: f64) -> Option<egui::Pos2> {
        self.map.screen_position(self.doc.projection(), lon, lat)
    }

    /// Draws every panel and returns the commands they asked for.
    pub fn draw(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let current = self.current_events();
        let doc = &self.doc;
        let view = &self.view;
        let scene = Scene {
            doc,
            view,
            current: &current,
        };

        unfilled(egui::Panel::top("title"), ui, |ui| {
            let street_map = self.map.street_map().map(|m| m.path());
            menu::menu_ui(
                ui,
                doc,
                &self.recent,
                self.dark_theme,
                street_map,
                self.language,
                &mut commands,
            );
            // The map's places come next in Tab order, before the panels.
            map::places_focus_ui(ui, &self.map, doc, &mut commands);
            ui.horizontal(|ui| {
                ui.heading(&doc.story().title);
                ui.label(egui::RichText::new(doc.files().display_name()).weak());
                if doc.is_dirty() {
                    ui.label(egui::RichText::new(tr("app-unsaved")).color(super::style::UNSAVED))
                        .on_hover_text(tr("app-save-hint"));
                }
                if let Some(status) = &self.status {
                    ui.label(egui::RichText::new(status).weak());
                }
            });
        });
        // Restored sizes can never squeeze the map below a usable size; Reset layout gives panels
        // new ids, so they start again from their defaults.
        let (width, height) = (ui.available_width(), ui.available_height());
        let generation = self.layout_generation;
        let timeline = egui::Panel::bottom(("timeline", generation));
        let timeline = sized(timeline, 230.0, 170.0, (height * 0.45).max(170.0));
        unfilled(timeline, ui, |ui| {
            let date_field = &mut self.date_field;
            timeline::timeline_ui(ui, &mut self.timeline, scene, date_field, &mut commands);
        });
        let lists = egui::Panel::left(("lists", generation));
        let lists = sized(lists, 250.0, 180.0, (width * 0.25).max(180.0));
        unfilled(lists, ui, |ui| {
            lists::lists_ui(ui, doc, &mut self.find, view, &current, &mut commands);
        });
        // Sources compared asks for a column per source: the panel then has its own, wider size
        // (remembered apart from the other tabs'), so three sources stand side by side on a
        // desktop-sized window.
        let comparing = view.tab == Tab::Compare;
        let (details_size, details_max) = if comparing {
            let sources = doc.story().sources.len().max(2) as f32;
            let max = (width * 0.45).max(320.0);
            (
                (sources * (compare::MIN_COLUMN_WIDTH + 12.0) + 30.0).min(max),
                max,
            )
        } else {
            (440.0, (width * 0.38).max(320.0))
        };
        let details = egui::Panel::right(("details", generation, comparing));
        let details = sized(details, details_size, 320.0, details_max);
        unfilled(details, ui, |ui| {
            let tabs = [
                (Tab::Tour, "tab-tour"),
                (Tab::AtCursor, "tab-at-cursor"),
                (Tab::Place, "tab-place"),
                (Tab::Reader, "tab-source"),
                (Tab::Compare, "tab-compare"),
            ];
            if let Some(tab) = super::style::tab_row(ui, view.tab, &tabs) {
                commands.push(Command::ShowTab(tab));
            }
            ui.separator();
            match view.tab {
                Tab::Tour => super::tour::tour_ui(ui, doc, view, &mut commands),
                Tab::AtCursor => {
                    let checker = &self.checker;
                    excerpts::excerpts_ui(ui, doc, view, &current, checker, &mut commands)
                }
                Tab::Place => {
                    place_card::place_card_ui(ui, doc, view.selected_place, &mut commands)
                }
                Tab::Reader => {
                    let shown = self
                        .suggestions
                        .as_ref()
                        .filter(|s| s.source == view.reader_source);
                    reader::reader_ui(ui, doc, view, shown, &mut commands)
                }
                Tab::Compare => {
                    let (story, focused) = (doc.story(), view.focused_claim);
                    compare::compare_ui(ui, story, focused, &self.checker, &mut commands)
                }
            }
        });
        let central = egui::Frame::central_panel(ui.style()).fill(egui::Color32::TRANSPARENT);
        egui::CentralPanel::default().frame(central).show(ui, |ui| {
            in_panel_colour(ui, |ui| {
                map::map_ui(ui, &mut self.map, scene, &mut commands)
            });
        });
        self.draw_windows(&ui.ctx().clone(), &current, &mut commands);
        commands
    }

    /// The windows over the panels: messages, prompts, teamwork's windows and the editor's forms.
    fn draw_windows(
        &mut self,
        ctx: &egui::Context,
        current: &[usize],
        commands: &mut Vec<Command>,
    ) {
        if let Some(problems) = &self.problems {
            dialogs::problems_ui(ctx, problems, commands);
        } else if let Some(notice) = &self.notice {
            dialogs::notice_ui(ctx, notice, commands);
        }
        if let Some(opening) = &self.opening {
            super::opening::opening_ui(ctx, opening, commands);
        }
        if let Some(prompt) = &mut self.path_prompt {
            super::path_prompt::path_prompt_ui(ctx, prompt, commands);
        }
        if self.show_about {
            dialogs::about_ui(ctx, commands);
        }
        if self.show_conflicts {
            super::conflicts::conflicts_ui(ctx, self.doc.story(), commands);
        }
        if let Some(review) = &mut self.review {
            super::review::review_ui(ctx, self.doc.story(), review, commands);
        }
        if let Some(history) = &mut self.history {
            super::history::history_ui(ctx, self.doc.story(), history, commands);
        }
        let (doc, view) = (&self.doc, &self.view);
        let scene = Scene { doc, view, current };
        self.forms.draw(ctx, scene, commands);
        if self.pending.is_some() {
            dialogs::unsaved_ui(ctx, &self.doc.story().title, commands);
        }
        if let Some(edits) = &self.recovery {
            dialogs::recovery_ui(ctx, edits.len(), commands);
        }
    }
}

impl eframe::App for ChronomapApp {
    /// The panels' colour: the panels leave their background to it (see [`unfilled`]).
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.update(ui);
    }

    /// A screenshot shows the state the command line asked for, not what a stray pointer hovers.
    /// Textures stay within [`MAX_TEXTURE_SIDE`].
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        raw_input.max_texture_side = raw_input.max_texture_side.map(|s| s.min(MAX_TEXTURE_SIDE));
        if self.screenshot.is_some() {
            raw_input.events.retain(|e| {
                !matches!(
                    e,
                    egui::Event::PointerMoved(_) | egui::Event::PointerButton { .. }
                )
            });
            raw_input.events.push(egui::Event::PointerGone);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        match serde_json::to_string(&self.saved_state()) {
            Ok(text) => storage.set_string(SAVED_STATE_KEY, text),
            Err(e) => eprintln!("chronomap: could not save the state ({e})"),
        }
    }
}

/// The widest texture the window makes, whatever the GPU allows: egui's font atlas is as wide
/// as this (a software renderer allows 16 384: an image of 2 MiB at its smallest to clear, fill
/// and upload), and pictures are decoded at most this large.
const MAX_TEXTURE_SIDE: usize = super::picture::SHOWN_SIDE as usize;

/// Shows a panel that leaves its background to the window, which is cleared in the panels'
/// colour ([`ChronomapApp::clear_color`]): filled, the panels painted the whole window over its
/// clear once more each frame, which software renderers (virtual machines, remote desktops) pay
/// for in full.
fn unfilled(panel: egui::Panel, ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    let frame = egui::Frame::side_top_panel(ui.style()).fill(egui::Color32::TRANSPARENT);
    panel.frame(frame).show(ui, |ui| in_panel_colour(ui, add));
}

/// What a panel holds still knows the panels' colour as its background, though no frame paints
/// it: a scroll area fades its cut-off edge into it.
fn in_panel_colour(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    let background = egui::Frame::NONE.fill(ui.visuals().panel_fill);
    let info = egui::UiStackInfo::new(egui::UiKind::Frame).with_frame(background);
    ui.scope_builder(egui::UiBuilder::new().ui_stack_info(info), add);
}

/// A panel the person can resize, from `default` between `min` and `max`.
fn sized(panel: egui::Panel, default: f32, min: f32, max: f32) -> egui::Panel {
    panel
        .resizable(true)
        .default_size(default)
        .min_size(min)
        .max_size(max)
}

impl ChronomapApp {
    /// The window's title names the story and says when it has unsaved changes.
    fn show_title(&mut self, ctx: &egui::Context) {
        let dirty = if self.doc.is_dirty() { "● " } else { "" };
        let title = format!("{dirty}{} — Chronomap", self.doc.story().title);
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// Closing the window with unsaved changes asks first; once answered, it closes.
    fn hold_close(&mut self, ctx: &egui::Context) {
        let asked = ctx.input(|i| i.viewport().close_requested());
        if self.close_confirmed {
            if !asked {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        } else if asked && self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending = Some(Pending::Close);
        }
    }

    /// The app's fonts and theme. The window sets them before its first frame (new fonts take
    /// effect on the frame after they are set: set during the first, they would lay it out and
    /// rasterise its glyphs twice); a headless run sets them on its first frame.
    pub fn style(&mut self, ctx: &egui::Context) {
        style_context(ctx);
        ctx.set_visuals(if self.dark_theme {
            egui::Visuals::dark()
        } else {
            egui::Visuals::light()
        });
        self.styled = true;
    }

    /// One frame: draw, then apply what the frame asked for. Needs no window (benchmarks run it headless).
    pub fn update(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.probe.on_frame(&ctx);
        if !self.styled {
            self.style(&ctx);
        }
        self.advance_playback(&ctx);
        if let Some(opening) = &self.opening {
            match opening.poll() {
                Some(result) => {
                    let path = opening.path.clone();
                    self.opening = None;
                    self.opened(path, result);
                }
                // Keep drawing while the thread works, so the window stays live and sees the result.
                None => ctx.request_repaint_after(std::time::Duration::from_millis(100)),
            }
        }
        self.show_title(&ctx);
        self.hold_close(&ctx);
        let mut commands = self.draw(ui);
        self.keyboard_commands(&ctx, &mut commands);
        Self::dropped_files(&ctx, &mut commands);
        // The reader has just scrolled to its quote, if it was showing; a new OpenQuote sets it again.
        if self.view.tab == Tab::Reader {
            self.view.scroll_to_quote = false;
        }
        if self.view.tab == Tab::Compare {
            self.view.focused_claim = None;
        }
        for command in commands {
            self.apply(command);
        }
        if let Some(job) = &mut self.screenshot {
            job.on_frame(&ctx);
        }
        if let Some(result) = self.png_export.as_mut().and_then(|job| job.on_frame(&ctx)) {
            self.png_export = None;
            match result {
                Ok(()) => self.notice = Some(tr("app-exported-png")),
                Err(error) => {
                    self.problems = Some(Problems {
                        title: tr("app-could-not-export-view"),
                        lines: vec![error],
                    })
                }
            }
        }
    }
}
