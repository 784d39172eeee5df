//! The app's state, its layout, and the one place where commands change it.

use super::screenshot::ScreenshotJob;
use super::{compare, excerpts, lists, map, place_card, reader, timeline};
use crate::axis::TimeAxis;
use crate::date::{self, Day};
use crate::load::{self, LoadErrors, StoryFiles};
use crate::model::Story;
use crate::query;
use crate::shipped;
use crate::spatial::{PlaceIndex, Projection};
use std::path::Path;

/// A loaded story with what the panels derive from it once, not every frame.
pub struct OpenStory {
    pub story: Story,
    pub files: StoryFiles,
    pub axis: TimeAxis,
    pub projection: Projection,
    pub index: PlaceIndex,
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
        let index = PlaceIndex::new(&story.places, &projection);
        OpenStory {
            story,
            files,
            axis,
            projection,
            index,
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
}

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
    date_field: String,
    screenshot: Option<ScreenshotJob>,
    styled: bool,
}

/// DejaVu Sans backs up egui's default font for the scripts the story's names use (ə, Armenian, arrows).
const FALLBACK_FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Fonts and a light theme: the map's colours and the highlighted passages are designed for a light page.
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
    ctx.set_visuals(egui::Visuals::light());
}

impl ChronomapApp {
    /// Opens the story at `path`, or the shipped story.
    pub fn open(path: Option<&Path>) -> Result<Self, LoadErrors> {
        let files = path.map_or_else(shipped::karabakh, StoryFiles::from_path);
        let story = match path {
            Some(path) => load::load_path(path)?,
            None => load::load(&files)?,
        };
        Ok(Self::with_story(OpenStory::new(story, files)))
    }

    pub fn with_story(open: OpenStory) -> Self {
        let cursor = open
            .story
            .events
            .last()
            .map_or(0.0, |e| f64::from(e.date.earliest));
        // Start on the latest event that has happened, the story's news, not on a planned one.
        let news = open
            .story
            .events
            .iter()
            .rev()
            .find(|e| e.status != crate::model::Status::Planned)
            .map_or(cursor, |e| f64::from(e.date.latest));
        ChronomapApp {
            view: View {
                cursor: news,
                playing: false,
                looping: false,
                speed: 1.0,
                selected_place: None,
                selected_event: None,
                tab: Tab::Now,
                reader_source: 0,
                focused_quote: None,
                scroll_to_quote: false,
                date_error: None,
            },
            open,
            map: map::MapState::default(),
            date_field: String::new(),
            screenshot: None,
            styled: false,
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
        query::events_at(&self.open.story, self.cursor_day())
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
                    Tab::Place => place_card::place_card_ui(
                        ui,
                        &open.story,
                        view.selected_place,
                        &mut commands,
                    ),
                    Tab::Reader => reader::reader_ui(ui, &open.story, view, &mut commands),
                    Tab::Compare => compare::compare_ui(ui, &open.story, &mut commands),
                }
            });
        egui::CentralPanel::default().show(ui, |ui| {
            map::map_ui(ui, &mut self.map, open, view, &current, &mut commands);
        });
        commands
    }
}

impl eframe::App for ChronomapApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if !self.styled {
            style_context(&ctx);
            self.styled = true;
        }
        self.advance_playback(&ctx);
        let mut commands = self.draw(ui);
        Self::keyboard_commands(&ctx, &mut commands);
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
    }
}
