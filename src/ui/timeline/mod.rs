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
mod state;
mod strip;

use super::state::{Command, Scene};
pub use state::TimelineState;

pub fn timeline_ui(
    ui: &mut egui::Ui,
    state: &mut TimelineState,
    scene: Scene,
    date_field: &mut String,
    commands: &mut Vec<Command>,
) {
    controls::controls_ui(ui, scene.view, date_field, commands);
    ui.add_space(2.0);
    strip::strip_ui(ui, state, scene, commands);
}
