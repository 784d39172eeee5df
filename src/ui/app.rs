//! The app's state, its layout, and the one place where commands change it.

use super::dialogs::{self, Problems};
use super::document::{self, FileAction, Format};
use super::lists::ListTab;
use super::screenshot::ScreenshotJob;
use super::{compare, excerpts, lists, map, menu, place_card, reader, timeline};
use crate::axis::TimeAxis;
use crate::date::{self, Day};
use crate::load::{self, LoadErrors, StoryFiles};
use crate::model::Story;
use crate::query::{self, StoryIndex};
use crate::shipped;
use crate::spatial::{PlaceIndex, Projection};
use std::path::{Path, PathBuf};

/// A loaded story with what the panels derive from it once, not every frame.
pub struct OpenStory {
    pub story: Story,
    pub files: StoryFiles,
    pub axis: TimeAxis,
    pub projection: Projection,
    pub place_index: PlaceIndex,
    pub story_index: StoryIndex,
}

impl OpenStory {
    pub fn new(story: Story, files: StoryFiles) -> Self {
        let axis = TimeAxis::new(
            story
                .events
                .iter()
                .map(|e| (e.date.earliest, e.date.latest)),
        );
        let projection = map::projection_for(&story);
        let place_index = PlaceIndex::new(&story.places, &projection);
        let story_index = StoryIndex::new(&story);
        OpenStory {
            story,
            files,
            axis,
            projection,
            place_index,
            story_index,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Quotes of the events current at the cursor.
    Now,
    Place,
    Reader,
    Compare,
}

/// Everything a click or key can ask for; applied after the frame is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    SetCursor(f64),
    NextEvent,
    PreviousEvent,
    TogglePlay,
    SetLooping(bool),
    SetSpeed(f32),
    /// An EDTF date typed by the user: the cursor goes to its first day.
    GoToDate(String),
    SelectPlace(Option<usize>),
    SelectEvent(usize),
    /// Open the quote's article scrolled to it.
    OpenQuote(usize),
    OpenSource(usize),
    ShowTab(Tab),
    ShowList(ListTab),
    File(FileAction),
    DismissProblems,
    SetDarkTheme(bool),
    ShowAbout(bool),
}

/// What survives a restart (panel sizes are kept by egui's own memory).
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct SavedState {
    /// The story folder that was open; none for the shipped story.
    pub story: Option<PathBuf>,
    pub cursor: f64,
    #[serde(default)]
    pub recent: Vec<PathBuf>,
    #[serde(default)]
    pub dark_theme: bool,
}

/// The key of [`SavedState`] in eframe's storage.
pub const SAVED_STATE_KEY: &str = "chronomap-state";
/// How many recent stories the File menu offers.
const RECENT_STORIES: usize = 8;

/// What the user is looking at.
pub struct View {
    /// A fractional day, so dragging and playback move smoothly.
    pub cursor: f64,
    pub playing: bool,
    pub looping: bool,
    /// Playback speed, 1.0 crossing the axis in [`PLAY_SECONDS`].
    pub speed: f32,
    pub selected_place: Option<usize>,
    pub selected_event: Option<usize>,
    pub tab: Tab,
    pub list: ListTab,
    pub reader_source: usize,
    pub focused_quote: Option<usize>,
    /// The reader scrolls to the focused quote on the next frame, once.
    pub scroll_to_quote: bool,
    pub date_error: Option<String>,
}

/// Seconds playback takes to cross the whole axis at speed 1.
const PLAY_SECONDS: f64 = 40.0;

pub struct ChronomapApp {
    open: OpenStory,
    pub view: View,
    map: map::MapState,
    timeline: timeline::TimelineState,
    date_field: String,
    screenshot: Option<ScreenshotJob>,
    styled: bool,
    /// Where the open story was read from; none for the shipped one.
    story_path: Option<PathBuf>,
    pub recent: Vec<PathBuf>,
    pub dark_theme: bool,
    pub problems: Option<Problems>,
    pub notice: Option<String>,
    show_about: bool,
    png_export: Option<ScreenshotJob>,
    probe: super::probe::StartupProbe,
}

/// DejaVu Sans backs up egui's default font for the scripts the story's names use (ə, Armenian, arrows).
const FALLBACK_FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-subset.ttf");

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
        let open = match path {
            Some(path) => document::open(path)?,
            None => OpenStory::new(load::load(&shipped::karabakh())?, shipped::karabakh()),
        };
        let mut app = Self::with_story(open);
        app.story_path = path.map(Path::to_path_buf);
        Ok(app)
    }

    /// The day of the story's news: the last event that has happened, not a planned one.
    fn news_day(story: &Story) -> f64 {
        let last = story
            .events
            .last()
            .map_or(0.0, |e| f64::from(e.date.earliest));
        story
            .events
            .iter()
            .rev()
            .find(|e| e.status != crate::model::Status::Planned)
            .map_or(last, |e| f64::from(e.date.latest))
    }

    pub fn with_story(open: OpenStory) -> Self {
        let news = Self::news_day(&open.story);
        ChronomapApp {
            view: View {
                cursor: news,
                playing: false,
                looping: false,
                speed: 1.0,
                selected_place: None,
                selected_event: None,
                tab: Tab::Now,
                list: ListTab::Events,
                reader_source: 0,
                focused_quote: None,
                scroll_to_quote: false,
                date_error: None,
            },
            open,
            map: map::MapState::default(),
            timeline: timeline::TimelineState::default(),
            date_field: String::new(),
            screenshot: None,
            styled: false,
            story_path: None,
            recent: Vec::new(),
            dark_theme: false,
            problems: None,
            notice: None,
            show_about: false,
            png_export: None,
            probe: super::probe::StartupProbe::from_env(),
        }
    }

    /// Shows another story; the view starts afresh on its news.
    fn replace_story(&mut self, open: OpenStory, path: Option<PathBuf>) {
        let fresh = Self::with_story(open);
        self.open = fresh.open;
        self.view = fresh.view;
        self.map = fresh.map;
        self.timeline = fresh.timeline;
        if let Some(path) = &path {
            self.recent.retain(|p| p != path);
            self.recent.insert(0, path.clone());
            self.recent.truncate(RECENT_STORIES);
        }
        self.story_path = path;
    }

    fn report(&mut self, title: String, errors: &LoadErrors) {
        self.problems = Some(Problems {
            title,
            lines: errors.0.iter().map(ToString::to_string).collect(),
        });
    }

    fn apply_file(&mut self, action: FileAction) {
        match action {
            FileAction::Open(path) => match document::open(&path) {
                Ok(open) => self.replace_story(open, Some(path)),
                Err(errors) => self.report(format!("Could not open {}", path.display()), &errors),
            },
            FileAction::OpenShipped => match load::load(&shipped::karabakh()) {
                Ok(story) => self.replace_story(OpenStory::new(story, shipped::karabakh()), None),
                Err(errors) => self.report("Could not open the shipped story".to_owned(), &errors),
            },
            FileAction::Import(format, path) => match document::import(&self.open, format, &path) {
                Ok(open) => {
                    let (cursor, path_kept) = (self.view.cursor, self.story_path.clone());
                    self.replace_story(open, None);
                    self.story_path = path_kept;
                    self.view.cursor = cursor;
                    self.notice = Some(format!(
                        "Imported {} from {}. Save the story as a folder to keep it.",
                        format.label(),
                        path.display()
                    ));
                }
                Err(errors) => self.report(format!("Could not import {}", path.display()), &errors),
            },
            FileAction::Export(format, path) => match document::export(&self.open, format, &path) {
                Ok(()) => {
                    self.notice = Some(format!("Exported {} to {}", format.label(), path.display()))
                }
                Err(errors) => {
                    self.report(format!("Could not export to {}", path.display()), &errors)
                }
            },
            FileAction::SaveFolder(folder) => match document::save_folder(&self.open, &folder) {
                Ok(()) => {
                    self.story_path = Some(folder.clone());
                    self.notice = Some(format!("Saved the story in {}", folder.display()));
                }
                Err(errors) => {
                    self.report(format!("Could not save into {}", folder.display()), &errors)
                }
            },
            FileAction::ExportPng(path) => self.png_export = Some(ScreenshotJob::new(path, false)),
        }
    }

    /// Files dropped on the window: a story folder or story.json opens, other files import.
    fn dropped_files(ctx: &egui::Context, commands: &mut Vec<Command>) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        for path in dropped {
            let action = match Format::of_dropped(&path) {
                Some(format) if path.is_file() => FileAction::Import(format, path),
                _ => FileAction::Open(path),
            };
            commands.push(Command::File(action));
        }
    }

    pub fn saved_state(&self) -> SavedState {
        SavedState {
            story: self.story_path.clone(),
            cursor: self.view.cursor,
            recent: self.recent.clone(),
            dark_theme: self.dark_theme,
        }
    }

    /// Restores what the last session saved. A saved state that does not parse is ignored with a
    /// log line; a saved story that no longer opens leaves the current one.
    /// With `story_too` false (a story or date was asked for on the command line) only the recent
    /// list and the theme are restored.
    pub fn restore(&mut self, saved: &str, story_too: bool) {
        let state: SavedState = match serde_json::from_str(saved) {
            Ok(state) => state,
            Err(e) => {
                eprintln!("chronomap: ignoring the saved state, which does not parse ({e})");
                return;
            }
        };
        self.recent = state.recent;
        self.recent.truncate(RECENT_STORIES);
        self.dark_theme = state.dark_theme;
        if !story_too {
            return;
        }
        if let Some(path) = &state.story {
            match document::open(path) {
                Ok(open) => self.replace_story(open, Some(path.clone())),
                Err(errors) => {
                    eprintln!(
                        "chronomap: the last story ({}) did not open; showing the shipped one:\n{errors}",
                        path.display()
                    );
                    return;
                }
            }
        }
        if state.cursor.is_finite() {
            self.apply(Command::SetCursor(state.cursor));
        }
    }

    pub fn open_story(&self) -> &OpenStory {
        &self.open
    }

    pub fn story(&self) -> &Story {
        &self.open.story
    }

    pub fn cursor_day(&self) -> Day {
        self.view.cursor.floor() as Day
    }

    pub fn current_events(&self) -> Vec<usize> {
        self.open
            .story_index
            .events_at(&self.open.story, self.cursor_day())
    }

    pub fn date_error(&self) -> Option<&str> {
        self.view.date_error.as_deref()
    }

    pub fn set_screenshot(&mut self, job: Option<ScreenshotJob>) {
        self.screenshot = job;
    }

    /// Where the map last drew a longitude/latitude, for tests that click the map by position.
    pub fn map_screen_position(&self, lon: f64, lat: f64) -> Option<egui::Pos2> {
        self.map.screen_position(&self.open.projection, lon, lat)
    }

    pub fn apply(&mut self, command: Command) {
        let story = &self.open.story;
        let view = &mut self.view;
        let first = f64::from(self.open.axis.first_day());
        let last = f64::from(self.open.axis.last_day());
        match command {
            Command::SetCursor(day) => view.cursor = day.clamp(first, last),
            Command::NextEvent => {
                let next =
                    query::next_event_start(story, view.cursor.floor() as Day).or_else(|| {
                        view.looping
                            .then(|| story.events.first().map(|e| e.date.earliest))
                            .flatten()
                    });
                if let Some(day) = next {
                    view.cursor = f64::from(day);
                }
            }
            Command::PreviousEvent => {
                if let Some(day) = query::previous_event_start(story, view.cursor.floor() as Day) {
                    view.cursor = f64::from(day);
                }
            }
            Command::TogglePlay => {
                view.playing = !view.playing;
                if view.playing && view.cursor >= last {
                    view.cursor = first;
                }
            }
            Command::SetLooping(looping) => view.looping = looping,
            Command::SetSpeed(speed) => view.speed = speed.clamp(0.1, 10.0),
            Command::GoToDate(text) => match date::resolve(&text) {
                Ok(span) => {
                    view.cursor = f64::from(span.earliest);
                    view.date_error = None;
                }
                Err(error) => view.date_error = Some(error.to_string()),
            },
            Command::SelectPlace(place) => {
                view.selected_place = place;
                if place.is_some() {
                    view.tab = Tab::Place;
                }
            }
            Command::SelectEvent(event) => {
                if let Some(e) = story.events.get(event) {
                    view.cursor = f64::from(e.date.earliest);
                    view.selected_event = Some(event);
                    view.tab = Tab::Now;
                }
            }
            Command::OpenQuote(quote) => {
                if let Some(q) = story.quotes.get(quote) {
                    view.reader_source = q.source;
                    view.focused_quote = Some(quote);
                    view.scroll_to_quote = true;
                    view.tab = Tab::Reader;
                }
            }
            Command::OpenSource(source) => {
                if source < story.sources.len() {
                    view.reader_source = source;
                    view.focused_quote = None;
                    view.tab = Tab::Reader;
                }
            }
            Command::ShowTab(tab) => view.tab = tab,
            Command::ShowList(list) => view.list = list,
            Command::File(action) => self.apply_file(action),
            Command::DismissProblems => {
                self.problems = None;
                self.notice = None;
            }
            Command::SetDarkTheme(dark) => {
                self.dark_theme = dark;
                self.styled = false;
            }
            Command::ShowAbout(show) => self.show_about = show,
        }
    }

    /// Keys work anywhere except while typing in a text field.
    fn keyboard_commands(ctx: &egui::Context, commands: &mut Vec<Command>) {
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        ctx.input(|i| {
            if i.key_pressed(egui::Key::ArrowRight) {
                commands.push(Command::NextEvent);
            }
            if i.key_pressed(egui::Key::ArrowLeft) {
                commands.push(Command::PreviousEvent);
            }
            if i.key_pressed(egui::Key::Space) {
                commands.push(Command::TogglePlay);
            }
        });
    }

    fn advance_playback(&mut self, ctx: &egui::Context) {
        if !self.view.playing {
            return;
        }
        let dt = f64::from(ctx.input(|i| i.stable_dt)).min(0.1);
        let axis = &self.open.axis;
        let mut position =
            axis.position(self.view.cursor) + dt * f64::from(self.view.speed) / PLAY_SECONDS;
        if position >= 1.0 {
            if self.view.looping {
                position = 0.0;
            } else {
                position = 1.0;
                self.view.playing = false;
            }
        }
        self.view.cursor = axis.day_at(position).min(f64::from(axis.last_day()));
        ctx.request_repaint();
    }

    /// Draws every panel and returns the commands they asked for.
    pub fn draw(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let current = self.current_events();
        let open = &self.open;
        let view = &self.view;

        egui::Panel::top("title").show(ui, |ui| {
            menu::menu_ui(ui, &self.recent, self.dark_theme, &mut commands);
            ui.horizontal(|ui| {
                ui.heading(&open.story.title);
                ui.label(egui::RichText::new(open.files.display_name()).weak());
            });
        });
        egui::Panel::bottom("timeline")
            .resizable(true)
            .default_size(230.0)
            .min_size(170.0)
            .show(ui, |ui| {
                timeline::timeline_ui(
                    ui,
                    &mut self.timeline,
                    open,
                    view,
                    &current,
                    &mut self.date_field,
                    &mut commands,
                );
            });
        egui::Panel::left("lists")
            .resizable(true)
            .default_size(250.0)
            .min_size(180.0)
            .show(ui, |ui| {
                lists::lists_ui(ui, &open.story, view, &current, &mut commands);
            });
        egui::Panel::right("details")
            .resizable(true)
            .default_size(440.0)
            .min_size(320.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    for (tab, label) in [
                        (Tab::Now, "At the cursor"),
                        (Tab::Place, "Place"),
                        (Tab::Reader, "Source"),
                        (Tab::Compare, "Sources compared"),
                    ] {
                        if ui.selectable_label(view.tab == tab, label).clicked() {
                            commands.push(Command::ShowTab(tab));
                        }
                    }
                });
                ui.separator();
                match view.tab {
                    Tab::Now => {
                        excerpts::excerpts_ui(ui, &open.story, view, &current, &mut commands)
                    }
                    Tab::Place => {
                        place_card::place_card_ui(ui, open, view.selected_place, &mut commands)
                    }
                    Tab::Reader => reader::reader_ui(ui, open, view, &mut commands),
                    Tab::Compare => compare::compare_ui(ui, &open.story, &mut commands),
                }
            });
        egui::CentralPanel::default().show(ui, |ui| {
            map::map_ui(ui, &mut self.map, open, view, &current, &mut commands);
        });
        let ctx = ui.ctx().clone();
        if let Some(problems) = &self.problems {
            dialogs::problems_ui(&ctx, problems, &mut commands);
        } else if let Some(notice) = &self.notice {
            dialogs::notice_ui(&ctx, notice, &mut commands);
        }
        if self.show_about {
            dialogs::about_ui(&ctx, &mut commands);
        }
        commands
    }
}

impl eframe::App for ChronomapApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.update(ui);
    }

    /// A screenshot shows the state the command line asked for, not what a stray pointer hovers.
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
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

impl ChronomapApp {
    /// One frame: draw, then apply what the frame asked for. Needs no window (benchmarks run it headless).
    pub fn update(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.probe.on_frame(&ctx);
        if !self.styled {
            style_context(&ctx);
            ctx.set_visuals(if self.dark_theme {
                egui::Visuals::dark()
            } else {
                egui::Visuals::light()
            });
            self.styled = true;
        }
        self.advance_playback(&ctx);
        let mut commands = self.draw(ui);
        Self::keyboard_commands(&ctx, &mut commands);
        Self::dropped_files(&ctx, &mut commands);
        // The reader has just scrolled to its quote, if it was showing; a new OpenQuote sets it again.
        if self.view.tab == Tab::Reader {
            self.view.scroll_to_quote = false;
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
                Ok(()) => self.notice = Some("Exported the current view as PNG".to_owned()),
                Err(error) => {
                    self.problems = Some(Problems {
                        title: "Could not export the view".to_owned(),
                        lines: vec![error],
                    })
                }
            }
        }
    }
}
