//! The timeline panel: playback controls, a date field, and an axis with long gaps collapsed, events
//! as ticks (days) or bars (longer), styled by status and precision, and a draggable cursor.
//! `controls` holds the buttons and date field, `layout` places the marks, `strip` draws the axis
//! (`scale` for gaps and ticks, `marks` for events and the cursor) and turns clicks into commands.

mod access;
mod controls;
mod geometry;
mod layout;
mod legend;
mod marks;
mod scale;
mod strip;

use super::state::{Command, View};
use crate::axis::TimeWindow;
use crate::document::Document;
use layout::Layout;

/// Kept between frames: the layout depends only on the story and the strip's size.
pub struct TimelineState {
    key: Option<([u32; 2], [u64; 2])>,
    layout: Layout,
    /// The document version the layout was made for: an edit lays it out again only when it
    /// changed what the layout shows.
    version: u64,
    /// The part of the axis shown: all of it, or a zoomed stretch.
    window: TimeWindow,
}

impl TimelineState {
    pub fn is_zoomed(&self) -> bool {
        !self.window.is_whole()
    }

    /// Shows the days `first` to `last` in the middle of the strip, with room around them.
    pub fn show_days(&mut self, axis: &crate::axis::TimeAxis, first: f64, last: f64) {
        self.window = TimeWindow::around(axis.position(first), axis.position(last), 0.15);
    }

    /// The days the strip shows when zoomed (first and last), none when it shows the whole story.
    pub fn shown_days(&self, axis: &crate::axis::TimeAxis) -> Option<(f64, f64)> {
        let (from, to) = self.window.shown();
        (!self.window.is_whole()).then(|| (axis.day_at(from), axis.day_at(to)))
    }

    /// Lays the marks out again on the next frame (the events shown changed).
    pub fn relayout(&mut self) {
        self.key = None;
    }

    /// Whether the layout still holds after the edits made since it was made: a histogram counts
    /// only the events' days, so edits that neither add, remove nor re-date an event leave it as
    /// it is (a retitled event among a million redraws nothing); marks show titles and badges,
    /// and a filter's kept events may change with any edit.
    fn holds_after_edits(&self, doc: &Document, filtered: bool) -> bool {
        matches!(self.layout, Layout::Density { .. })
            && !filtered
            && doc
                .edits_since(self.version)
                .is_some_and(|mut edits| edits.all(|edit| !edit.touched().event_dates))
    }
}

impl Default for TimelineState {
    fn default() -> Self {
        TimelineState {
            key: None,
            layout: Layout::Marks {
                marks: Vec::new(),
                lanes: 1,
            },
            version: 0,
            window: TimeWindow::default(),
        }
    }
}

pub fn timeline_ui(
    ui: &mut egui::Ui,
    state: &mut TimelineState,
    doc: &Document,
    view: &View,
    current: &[usize],
    date_field: &mut String,
    commands: &mut Vec<Command>,
) {
    controls::controls_ui(ui, view, date_field, commands);
    ui.add_space(2.0);
    strip::strip_ui(ui, state, doc, view, current, commands);
}
