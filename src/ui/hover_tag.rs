//! The tag by the pointer that names what it is over, on the map and the timeline.

use super::style;
use egui::{FontId, Pos2, Rect, vec2};

/// Painted rather than an egui tooltip: a tooltip that changes as the pointer moves over thousands
/// of places makes egui lay the whole window out twice.
pub fn paint_hover_tag(painter: &egui::Painter, within: Rect, pointer: Pos2, text: &str) {
    let galley = painter.layout_no_wrap(text.to_owned(), FontId::proportional(13.0), style::INK);
    let size = galley.size() + vec2(12.0, 8.0);
    let mut at = pointer + vec2(14.0, 14.0);
    at.x = at.x.min(within.right() - size.x).max(within.left());
    at.y = at.y.min(within.bottom() - size.y).max(within.top());
    let frame = Rect::from_min_size(at, size);
    style::paint_card(painter, frame, 245);
    painter.galley(frame.min + vec2(6.0, 4.0), galley, style::INK);
}
