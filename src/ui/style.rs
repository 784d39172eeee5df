//! Colours and strokes shared by the map, the timeline and their legends.

use crate::model::{PlaceKind, Status};
use egui::Color32;

pub const WATER: Color32 = Color32::from_rgb(0xdc, 0xe6, 0xee);
pub const LAND: Color32 = Color32::from_rgb(0xf4, 0xf1, 0xea);
pub const BORDER: Color32 = Color32::from_rgb(0x9a, 0x94, 0x88);
pub const COUNTRY_LABEL: Color32 = Color32::from_rgb(0x8a, 0x84, 0x78);
pub const INK: Color32 = Color32::from_rgb(0x22, 0x22, 0x22);
pub const SELECTION: Color32 = Color32::from_rgb(0x00, 0x6d, 0xd6);
pub const CURRENT: Color32 = Color32::from_rgb(0xd9, 0x48, 0x1c);
/// The title bar's "unsaved changes" mark.
pub const UNSAVED: Color32 = Color32::from_rgb(0xc0, 0x6a, 0x00);
/// A sentence suggested as an event, in the reader.
pub const SUGGESTION_BACKGROUND: Color32 = Color32::from_rgb(0xd6, 0xf0, 0xd0);
pub const QUOTE_BACKGROUND: Color32 = Color32::from_rgb(0xff, 0xf0, 0xb3);
pub const MENTION_BACKGROUND: Color32 = Color32::from_rgb(0xdd, 0xea, 0xf7);
/// Words a later version of an article removed, and words it inserted.
pub const REMOVED: Color32 = Color32::from_rgb(0xb0, 0x20, 0x20);
pub const INSERTED: Color32 = Color32::from_rgb(0x1b, 0x7a, 0x2e);
pub const FOCUSED_QUOTE_BACKGROUND: Color32 = Color32::from_rgb(0xff, 0xc8, 0x6b);

/// Base colour of a place kind on the map.
pub fn place_color(kind: PlaceKind) -> Color32 {
    match kind {
        PlaceKind::Country => COUNTRY_LABEL,
        PlaceKind::Region => Color32::from_rgb(0xc2, 0x7c, 0x0e),
        PlaceKind::District => Color32::from_rgb(0x7b, 0x4f, 0x9d),
        PlaceKind::Corridor => Color32::from_rgb(0xb8, 0x1d, 0x24),
        PlaceKind::Deployment => Color32::from_rgb(0x1f, 0x5f, 0xbf),
        PlaceKind::Site => Color32::from_rgb(0x6b, 0x2e, 0x12),
        PlaceKind::City => INK,
    }
}

pub fn status_color(status: Status) -> Color32 {
    match status {
        Status::Occurred => Color32::from_rgb(0x2b, 0x5c, 0x9e),
        Status::Reported => Color32::from_rgb(0xb7, 0x6e, 0x00),
        Status::Planned => Color32::from_rgb(0x70, 0x70, 0x70),
    }
}

/// Makes a label a polite live region: a screen reader says it again when its text changes (the
/// time cursor's date, the selected place's name).
pub fn announce_changes(ui: &egui::Ui, label: &egui::Response) {
    ui.ctx().accesskit_node_builder(label.id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
}
