//! The UI's shared types, below every panel and the app: what the user looks at ([`View`]), what a
//! click or key asks for ([`Command`]), and what survives a restart ([`SavedState`]). Panels read
//! these and return commands; only the app changes them.

use crate::document::Document;
use crate::edit::Edit;
use crate::filter::EventFilter;
use crate::formats::Format;
use crate::i18n::{tr, tr_with};
use crate::playback::{Playback, PlaybackCommand};
use std::path::PathBuf;

/// What a frame draws: the open story, what the user looks at, and the events current at the
/// cursor (worked out once a frame). The panels and the forms read it.
#[derive(Clone, Copy)]
pub struct Scene<'a> {
    pub doc: &'a Document,
    pub view: &'a View,
    pub current: &'a [usize],
}

/// The tabs of the right-hand panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// The guided tour, a step at a time.
    Tour,
    /// Quotes of the events current at the cursor ("At the cursor").
    AtCursor,
    Place,
    Reader,
    Compare,
}

/// The tabs of the left-hand lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListTab {
    #[default]
    Events,
    Places,
    Sources,
    Find,
}

/// File work asked of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum FileAction {
    Open(PathBuf),
    OpenShipped,
    Import(Format, PathBuf),
    Export(Format, PathBuf),
    /// Save as: into this folder, which becomes the story's.
    SaveFolder(PathBuf),
    /// Save in the story's own folder (Ctrl+S).
    Save,
    /// Start an empty story kept in `folder`.
    NewStory {
        title: String,
        folder: PathBuf,
    },
    ExportPng(PathBuf),
    /// Write the story as one web page.
    Publish(PathBuf),
    /// Draw this street map (a PMTiles file) under every story, or none.
    StreetMap(Option<PathBuf>),
}

/// What a path is asked for: the file action it will be given to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PathFor {
    Open,
    Import(Format),
    Export(Format),
    ExportPng,
    Publish,
    SaveFolder,
    StreetMap,
}

impl PathFor {
    /// The file action on `path`.
    pub fn action(self, path: PathBuf) -> FileAction {
        match self {
            PathFor::Open => FileAction::Open(path),
            PathFor::Import(format) => FileAction::Import(format, path),
            PathFor::Export(format) => FileAction::Export(format, path),
            PathFor::ExportPng => FileAction::ExportPng(path),
            PathFor::Publish => FileAction::Publish(path),
            PathFor::SaveFolder => FileAction::SaveFolder(path),
            PathFor::StreetMap => FileAction::StreetMap(Some(path)),
        }
    }

    /// The title of the prompt that asks for the path.
    pub fn title(self) -> String {
        match self {
            PathFor::Open => tr("path-open"),
            PathFor::Import(format) => tr_with("path-import", &[("format", format.label().into())]),
            PathFor::Export(format) => tr_with("path-export", &[("format", format.label().into())]),
            PathFor::ExportPng => tr("path-export-png"),
            PathFor::Publish => tr("path-publish"),
            PathFor::SaveFolder => tr("path-save-folder"),
            PathFor::StreetMap => tr("path-street-map"),
        }
    }

    /// The button that carries the action out on the path typed.
    pub fn button(self) -> String {
        match self {
            PathFor::Open => tr("path-open-button"),
            PathFor::Import(format) => {
                tr_with("path-import-button", &[("format", format.label().into())])
            }
            PathFor::Export(format) => {
                tr_with("path-export-button", &[("format", format.label().into())])
            }
            PathFor::ExportPng => tr("path-export-png-button"),
            PathFor::Publish => tr("path-publish-button"),
            PathFor::SaveFolder => tr("path-save-folder-button"),
            PathFor::StreetMap => tr("path-street-map-button"),
        }
    }

    /// The file a new one is written to by default, in the story's folder; none where the person
    /// names what exists (a story to open, a file to import, a folder to save into).
    pub fn default_file(self) -> Option<String> {
        match self {
            PathFor::Export(format) => Some(match format {
                Format::PlacesGeoJson => "places.export.geojson".to_owned(),
                Format::EventsCsv => "events.csv".to_owned(),
                Format::TimelineJs => "timeline.json".to_owned(),
                Format::ClaimsCsv => "claims.csv".to_owned(),
            }),
            PathFor::ExportPng => Some("view.png".to_owned()),
            PathFor::Publish => Some("story.html".to_owned()),
            PathFor::Open | PathFor::Import(_) | PathFor::SaveFolder | PathFor::StreetMap => None,
        }
    }

    /// Every action the general prompt (File → Open or import a path…) offers.
    pub fn all() -> Vec<PathFor> {
        let mut all = vec![PathFor::Open];
        all.extend(Format::IMPORTS.map(PathFor::Import));
        all.push(PathFor::Publish);
        all.push(PathFor::ExportPng);
        all.extend(Format::ALL.map(PathFor::Export));
        all.push(PathFor::SaveFolder);
        all.push(PathFor::StreetMap);
        all
    }
}

/// What the tour panel and its keys ask for.
#[derive(Debug, Clone, PartialEq)]
pub enum TourCommand {
    /// Show this step (the timeline and the map go to it); none leaves the tour.
    Show(Option<usize>),
    Next,
    Previous,
    /// Open the step form on a new step made of what is shown now: the timeline's window, the
    /// map's view and the selection.
    NewFromView,
    /// Open the step form on an existing step.
    Edit(usize),
    /// Move a step to another place in the tour; it stays the one shown.
    Move {
        from: usize,
        to: usize,
    },
    CloseForm,
}

/// Everything a click or key can ask for; applied after the frame is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Playback(PlaybackCommand),
    /// An EDTF date typed by the user: the cursor goes to its first day.
    GoToDate(String),
    SelectPlace(Option<usize>),
    SelectEvent(usize),
    /// Open the quote's article scrolled to it.
    OpenQuote(usize),
    /// Open a source's text scrolled to a passage Find found.
    ShowFoundText {
        source: usize,
        bytes: std::ops::Range<usize>,
    },
    /// Show Find with the keyboard in its field (Ctrl+F).
    StartFind,
    /// Open "Sources compared" at this claim.
    ShowClaim(usize),
    /// Show or hide the window where a path is typed by hand.
    ShowPathPrompt(bool),
    /// A native file dialog could not be shown: say so and ask for the path in a field, for the
    /// command that wanted it.
    NoFileDialog(PathFor),
    OpenSource(usize),
    ShowTab(Tab),
    ShowList(ListTab),
    File(FileAction),
    /// Close the problems window or the notice.
    CloseMessages,
    /// Escape: close the dialog on top (a form, a prompt, a message), as its Cancel would.
    CloseTopDialog,
    SetDarkTheme(bool),
    /// Speak this language, or the system's (none); remembered.
    SetLanguage(Option<crate::i18n::Language>),
    ShowAbout(bool),
    /// Stop waiting for a story being opened in the background; the open story stays.
    CancelOpening,
    /// Panels back to their default sizes, the map refitted.
    ResetLayout,
    /// Show only the events this filter keeps, on the map, the timeline and the lists.
    SetFilter(EventFilter),
    /// Apply a change to the story (recorded for undo).
    Edit(Box<Edit>),
    /// Teamwork: checks, conflicts, reviews and histories.
    Team(TeamCommand),
    Undo,
    Redo,
    /// Show the reader's text as selectable, to quote from it, or as highlights to follow.
    SetQuoting(bool),
    /// What is selected in the reader's text: (source, bytes).
    SelectText(Option<(usize, std::ops::Range<usize>)>),
    /// Open the event form with the selected passage as the quote (Ctrl+Q).
    QuoteSelection,
    /// The region drawn on the reader's picture: (source, [x, y, w, h] in its pixels).
    SelectRegion(Option<(usize, [u32; 4])>),
    /// Open the event form with the drawn region as the quote.
    QuoteRegion,
    /// Quote the selected passage into the claim being made, or into a new one (Ctrl+Shift+Q).
    QuoteIntoClaim,
    /// Open or close one of the editor's forms.
    Form(FormCommand),
    /// Suggest the dated sentences of this source as events.
    SuggestEvents(usize),
    /// Open the event form on a suggestion (by its number in the list).
    AcceptSuggestion(usize),
    DismissSuggestion(usize),
    CloseSuggestions,
    /// What to do with unsaved changes before the story is replaced or the window closed.
    Unsaved(UnsavedChoice),
    /// Restore (true) or give up (false) the edits the recovery journal kept after a crash.
    Recover(bool),
    Tour(TourCommand),
}

/// Teamwork's requests, applied in `ui/app/versions.rs`.
#[derive(Debug, Clone, PartialEq)]
pub enum TeamCommand {
    /// Mark an event or a claim checked by this person (remembered as the one who checks).
    MarkChecked {
        what: crate::checks::Checkable,
        by: String,
    },
    /// Settle a conflict a merge left by taking one side (recorded for undo).
    SettleConflict {
        id: String,
        take: crate::versions::resolve::Side,
    },
    /// Show or hide the Conflicts window.
    ShowConflicts(bool),
    /// Compare the open story with a revision, a day's last commit or a story folder.
    Review(String),
    /// Show or hide Review changes.
    ShowReview(bool),
    /// Show who changed an object, commit by commit; none closes the window.
    ShowHistory(Option<(crate::versions::objects::Section, String)>),
}

/// The editor's forms, opened on something to make or change, and closed.
#[derive(Debug, Clone, PartialEq)]
pub enum FormCommand {
    /// The event form on a new event (none) or on an existing one.
    Event(Option<usize>),
    CloseEvent,
    /// The place form on a shape just drawn.
    NewPlace(geo::Geometry<f64>),
    /// The place form, to find a town by name in the gazetteer.
    PlaceByName,
    /// The place form on the position a picture's metadata give (source).
    PlaceFromPicture(usize),
    /// The place form on an existing place.
    Place(usize),
    ClosePlace,
    /// "Sources differ": a new claim (none) or an existing one.
    Claim(Option<usize>),
    CloseClaim,
    /// A source's details (never its text).
    Source(usize),
    CloseSource,
    /// What removing this quote would take with it, to confirm.
    RemoveQuote(usize),
    CloseRemoveQuote,
    NewStory,
    AddSource,
    /// Close New story and Add source.
    CloseStoryForms,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsavedChoice {
    Save,
    Discard,
    Cancel,
}

impl FileAction {
    /// Whether the action replaces the open story (so unsaved changes would be lost).
    pub fn replaces_story(&self) -> bool {
        matches!(
            self,
            FileAction::Open(_) | FileAction::OpenShipped | FileAction::NewStory { .. }
        )
    }
}

/// What the user is looking at.
pub struct View {
    pub playback: Playback,
    pub selected_place: Option<usize>,
    pub selected_event: Option<usize>,
    pub tab: Tab,
    pub list: ListTab,
    pub reader_source: usize,
    pub focused_quote: Option<usize>,
    /// The claim "Sources compared" scrolls to, once.
    pub focused_claim: Option<usize>,
    /// A passage of the reader's source that Find found, highlighted and scrolled to.
    pub found_text: Option<std::ops::Range<usize>>,
    /// The reader scrolls to the focused quote on the next frame, once.
    pub scroll_to_quote: bool,
    pub date_error: Option<String>,
    pub filter: EventFilter,
    /// The events the filter keeps, in story order (all of them when it keeps everything).
    pub kept_events: Vec<usize>,
    /// With a place filter, the places the map shows (see `EventFilter::places_shown`).
    pub filter_places: Option<Vec<bool>>,
    /// Counts the changes of the places the filter shows, so the map redraws what it hides.
    pub filter_generation: u64,
    /// The reader's text is selectable, to quote from it.
    pub quoting: bool,
    /// The passage selected in the reader: (source, bytes).
    pub selection: Option<(usize, std::ops::Range<usize>)>,
    /// The region drawn on the reader's picture: (source, [x, y, w, h] in its pixels).
    pub region: Option<(usize, [u32; 4])>,
    /// The tour's step being shown, if any.
    pub step: Option<usize>,
    /// What Review changes found added or changed: events and places, sorted, marked on the
    /// timeline and the map.
    pub reviewed: Reviewed,
}

/// The events and places a review found added or changed (positions in the story, sorted).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reviewed {
    pub events: Vec<usize>,
    pub places: Vec<usize>,
}

impl Reviewed {
    pub fn event(&self, e: usize) -> bool {
        self.events.binary_search(&e).is_ok()
    }

    pub fn place(&self, p: usize) -> bool {
        self.places.binary_search(&p).is_ok()
    }
}

impl View {
    /// Brings what the filter keeps in line with the story, after the filter or the story changed.
    pub fn refilter(&mut self, story: &crate::model::Story) {
        self.kept_events = self.filter.kept(story);
        let places = self.filter.places_shown(story, &self.kept_events);
        // The map's still layer is drawn again only when the places it shows change.
        if places != self.filter_places {
            self.filter_places = places;
            self.filter_generation += 1;
        }
    }

    /// Whether the place filter leaves this place on the map.
    pub fn filter_shows(&self, place: usize) -> bool {
        self.filter_places
            .as_ref()
            .is_none_or(|shown| shown.get(place).copied().unwrap_or(false))
    }

    /// A fresh view of a story of `events` events, the cursor on `cursor_day`.
    pub fn new(cursor_day: f64, events: usize) -> Self {
        View {
            playback: Playback::new(cursor_day),
            selected_place: None,
            selected_event: None,
            tab: Tab::AtCursor,
            list: ListTab::Events,
            reader_source: 0,
            focused_quote: None,
            found_text: None,
            focused_claim: None,
            scroll_to_quote: false,
            date_error: None,
            filter: EventFilter::default(),
            kept_events: (0..events).collect(),
            filter_places: None,
            filter_generation: 0,
            quoting: false,
            selection: None,
            region: None,
            step: None,
            reviewed: Reviewed::default(),
        }
    }
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
    /// The street map drawn under stories (a PMTiles file), if the person chose one.
    #[serde(default)]
    pub street_map: Option<PathBuf>,
    /// The language chosen in View → Language; none follows the system's.
    #[serde(default)]
    pub language: Option<crate::i18n::Language>,
    /// The name checks are made under, once given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub checker: String,
}

/// The key of [`SavedState`] in eframe's storage.
pub const SAVED_STATE_KEY: &str = "chronomap-state";
