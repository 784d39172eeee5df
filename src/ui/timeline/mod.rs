//! The timeline panel: playback controls, a date field, and an axis with long gaps collapsed, events
//! as ticks (days) or bars (longer), styled by status and precision, and a draggable cursor.
//! `controls` holds the buttons and date field, `layout` places the marks, `strip` draws the axis
//! (`scale` for gaps and ticks, `marks` for events and the cursor) and turns clicks into commands.

mod controls;
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
    /// The part of the axis shown: all of it, or a zoomed stretch.
    window: TimeWindow,
}

impl TimelineState {
    pub fn is_zoomed(&self) -> bool {
        !self.window.is_whole()
    }

    /// Lays the marks out again on the next frame (the events shown changed).
    pub fn relayout(&mut self) {
        self.key = None;
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
