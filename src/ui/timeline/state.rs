//! What the timeline keeps between frames (its layout, the axis it was made on, the part of the
//! axis shown) and where a day falls on the strip.

use super::layout::{self, Layout};
use crate::axis::TimeWindow;
use crate::document::Document;

/// Kept between frames: the layout depends only on the story and the strip's size.
pub struct TimelineState {
    pub(super) key: Option<([u32; 2], [u64; 2])>,
    pub(super) layout: Layout,
    /// The document version the layout was made for, and the axis it placed days on: an edit
    /// lays it out again only when it changed what the layout shows.
    pub(super) version: u64,
    pub(super) axis: Option<crate::axis::TimeAxis>,
    /// The part of the axis shown: all of it, or a zoomed stretch.
    pub(super) window: TimeWindow,
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

    /// Whether the layout still holds after the edits made since it was made, followed in it: a
    /// histogram counts only the events' days, so each edited event is counted out and in again
    /// (a million events are not counted again for one) while the axis places days as it did;
    /// marks show titles and badges, and a filter's kept events may change with any edit, so
    /// those are laid out again.
    pub(super) fn follows_edits(&mut self, doc: &Document, filtered: bool, width: f32) -> bool {
        let stretches = self.axis.as_ref().map(crate::axis::TimeAxis::stretches);
        if filtered || stretches != Some(doc.axis().stretches()) {
            return false;
        }
        let Some(edits) = doc.edits_since(self.version) else {
            return false;
        };
        let x_of = day_x(self.window, doc.axis(), width);
        layout::follow_edits(&mut self.layout, edits, x_of, width)
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
            axis: None,
            window: TimeWindow::default(),
        }
    }
}

/// Where a day falls on a strip `width` wide showing `window` of `axis` (0 at its left edge).
pub(super) fn day_x(
    window: TimeWindow,
    axis: &crate::axis::TimeAxis,
    width: f32,
) -> impl Fn(f64) -> f32 + '_ {
    move |day| window.fraction(axis.position(day)) as f32 * width
}
