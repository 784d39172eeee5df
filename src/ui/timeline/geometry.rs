//! Where things are on the timeline's strip in a frame, and the colours it is drawn in: what the
//! strip, its marks and its scale share.

use crate::axis::{TimeAxis, TimeWindow};
use egui::{Color32, Rect};

/// Where things are on the strip in this frame.
pub(super) struct StripGeometry<'a> {
    /// The whole panel area the strip was given.
    pub full: Rect,
    /// The part the axis spans, inside a margin.
    pub strip: Rect,
    /// The axis line's height on screen.
    pub axis_y: f32,
    pub axis: &'a TimeAxis,
    /// The part of the axis shown (all of it unless zoomed).
    pub window: TimeWindow,
}

impl StripGeometry<'_> {
    pub fn x_of(&self, day: f64) -> f32 {
        self.x_of_position(self.axis.position(day))
    }

    /// Where a position on the collapsed axis (0 to 1) is on screen.
    pub fn x_of_position(&self, position: f64) -> f32 {
        self.strip.left() + self.window.fraction(position) as f32 * self.strip.width()
    }

    pub fn day_of_x(&self, x: f32) -> f64 {
        let fraction = f64::from((x - self.strip.left()) / self.strip.width());
        self.axis
            .day_at(self.window.position(fraction).clamp(0.0, 1.0))
    }
}

/// The colours of the strip, from the theme so it reads in light and dark alike.
pub(super) struct Ink {
    pub text: Color32,
    pub weak: Color32,
    pub axis: Color32,
    pub gap: Color32,
}

impl Ink {
    pub fn of(ui: &egui::Ui) -> Self {
        Ink {
            text: ui.visuals().text_color(),
            weak: ui.visuals().weak_text_color(),
            axis: ui.visuals().widgets.noninteractive.fg_stroke.color,
            gap: if ui.visuals().dark_mode {
                Color32::from_gray(48)
            } else {
                Color32::from_gray(232)
            },
        }
    }
}
