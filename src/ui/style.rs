//! Colours and strokes shared by the map, the timeline and their legends, as egui colours (the
//! shared ones from `palette`).

use crate::model::{PlaceKind, Status};
use crate::palette;
use egui::Color32;

const fn color(rgb: palette::Rgb) -> Color32 {
    Color32::from_rgb(rgb[0], rgb[1], rgb[2])
}

pub const WATER: Color32 = color(palette::WATER);
pub const LAND: Color32 = color(palette::LAND);
pub const BORDER: Color32 = color(palette::BORDER);
pub const RIVER: Color32 = color(palette::RIVER);
/// Past a pole, where the map has no Earth to show.
pub const OFF_THE_GLOBE: Color32 = Color32::from_rgb(0xe6, 0xe6, 0xe6);
pub const DIVISION: Color32 = color(palette::DIVISION);
pub const TOWN: Color32 = color(palette::TOWN);
pub const WATER_NAME: Color32 = color(palette::WATER_NAME);
pub const BUILDING: Color32 = color(palette::BUILDING);
pub const ROAD: Color32 = color(palette::ROAD);
pub const ROAD_EDGE: Color32 = color(palette::ROAD_EDGE);
pub const COUNTRY_LABEL: Color32 = color(palette::COUNTRY_LABEL);
pub const INK: Color32 = color(palette::INK);
pub const SELECTION: Color32 = color(palette::SELECTION);
pub const CURRENT: Color32 = color(palette::CURRENT);
/// The title bar's "unsaved changes" mark.
pub const UNSAVED: Color32 = Color32::from_rgb(0xc0, 0x6a, 0x00);
/// A sentence suggested as an event, in the reader.
pub const SUGGESTION_BACKGROUND: Color32 = Color32::from_rgb(0xd6, 0xf0, 0xd0);
pub const QUOTE_BACKGROUND: Color32 = color(palette::QUOTE_BACKGROUND);
pub const MENTION_BACKGROUND: Color32 = color(palette::MENTION_BACKGROUND);
/// Words a later version of an article removed, and words it inserted.
/// A reworded quote in a later version of its article.
pub const CHANGED_BACKGROUND: Color32 = Color32::from_rgb(0xf6, 0xd8, 0xc8);
/// The tag that says how a quote fared in a later version.
pub const FATE_TAG_BACKGROUND: Color32 = Color32::from_rgb(0xe4, 0xe4, 0xe4);
pub const REMOVED: Color32 = Color32::from_rgb(0xb0, 0x20, 0x20);
pub const INSERTED: Color32 = Color32::from_rgb(0x1b, 0x7a, 0x2e);
/// An editor's check that still holds, and one its object changed since.
pub const CHECK_HOLDS: Color32 = INSERTED;
pub const CHECK_CHANGED: Color32 = UNSAVED;
/// What Review changes found added or changed, on the map and the timeline.
pub const REVIEWED: Color32 = Color32::from_rgb(0x7b, 0x2c, 0xbf);
pub const FOCUSED_QUOTE_BACKGROUND: Color32 = color(palette::FOCUSED_QUOTE_BACKGROUND);

/// Base colour of a place kind on the map.
pub fn place_color(kind: PlaceKind) -> Color32 {
    color(palette::place(kind))
}

pub fn status_color(status: Status) -> Color32 {
    color(palette::status(status))
}

/// Makes a label a polite live region: a screen reader says it again when its text changes (the
/// time cursor's date, the selected place's name).
pub fn announce_changes(ui: &egui::Ui, label: &egui::Response) {
    ui.ctx().accesskit_node_builder(label.id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
}

/// A button labelled by the message `key` with its hint `KEY-hint` on hover, greyed out unless
/// `enabled`.
pub fn hinted_button(ui: &mut egui::Ui, enabled: bool, key: &str) -> egui::Response {
    ui.add_enabled(enabled, egui::Button::new(crate::i18n::tr(key)))
        .on_hover_text(crate::i18n::tr(&format!("{key}-hint")))
}

/// A light card with a thin border over the map or the timeline (`opacity` of its white, 0–255),
/// for what is written on it.
pub fn paint_card(painter: &egui::Painter, frame: egui::Rect, opacity: u8) {
    let fill = Color32::from_white_alpha(opacity);
    let border = egui::Stroke::new(1.0, BORDER);
    painter.rect(frame, 4.0, fill, border, egui::StrokeKind::Inside);
}

/// A row of tabs, each labelled by its message, `shown` marked: the tab clicked, if any.
pub fn tab_row<T: Copy + PartialEq>(ui: &mut egui::Ui, shown: T, tabs: &[(T, &str)]) -> Option<T> {
    let mut clicked = None;
    ui.horizontal(|ui| {
        for &(tab, key) in tabs {
            if ui
                .selectable_label(shown == tab, crate::i18n::tr(key))
                .clicked()
            {
                clicked = Some(tab);
            }
        }
    });
    clicked
}
