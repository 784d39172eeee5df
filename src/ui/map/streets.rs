//! The person's street map (a PMTiles file, File → Street map…) under the story: water, rivers,
//! roads and buildings in the still layer in the map's quiet colours, its names where there is
//! room after the story's own, and its attribution wherever it is drawn.

use super::labels::Labels;
use super::layer::{Layer, fill_areas, of_kind, stroke_lines};
use super::view::MapView;
use crate::base_map::streets::{StreetKind, StreetTile};
use crate::ui::style;
use egui::{Align2, Color32, FontId, Rect, Stroke, vec2};
use std::sync::Arc;

/// Draws the street tiles' areas and lines into the still layer, under the story's places.
pub(super) fn paint(layer: &mut Layer, tiles: &[Arc<StreetTile>], t: &MapView) {
    let areas = |kind| of_kind(tiles.iter().map(|tile| &tile.areas), kind);
    let lines = |kind| of_kind(tiles.iter().map(|tile| &tile.lines), kind);
    fill_areas(layer, areas(StreetKind::Water), t, style::WATER);
    fill_areas(layer, areas(StreetKind::Building), t, style::BUILDING);
    stroke_lines(
        layer,
        lines(StreetKind::River),
        t,
        Stroke::new(2.0, style::RIVER),
    );
    // Roads: pale lines with a darker edge, as schematic maps draw them.
    for (kind, width) in [(StreetKind::MinorRoad, 1.6), (StreetKind::MajorRoad, 3.2)] {
        stroke_lines(
            layer,
            lines(kind),
            t,
            Stroke::new(width + 1.4, style::ROAD_EDGE),
        );
        stroke_lines(layer, lines(kind), t, Stroke::new(width, style::ROAD));
    }
}

/// Writes the street map's names (quarters, villages, rivers, lakes) where there is room, after
/// the story's labels and never a name the story's own places bear; returns those written.
pub(super) fn label_names(
    labels: &mut Labels,
    painter: &egui::Painter,
    view: &MapView,
    doc: &crate::document::Document,
    tiles: &[Arc<StreetTile>],
) -> Vec<String> {
    const MAX_NAMES: usize = 30;
    let story = doc.story();
    let own = |name: &str| {
        story.places.iter().any(|p| {
            p.name.eq_ignore_ascii_case(name)
                || p.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
        })
    };
    let visible = painter.clip_rect().shrink(4.0);
    let mut named: Vec<String> = Vec::new();
    for name in tiles.iter().flat_map(|tile| &tile.names) {
        if named.len() >= MAX_NAMES || named.contains(&name.name) || own(&name.name) {
            continue;
        }
        let at = view.screen_from_map(doc.projection().project(name.at));
        if !visible.contains(at) {
            continue;
        }
        let (font, color) = if name.water {
            (FontId::proportional(11.0), style::WATER_NAME)
        } else {
            (FontId::proportional(11.5), style::TOWN)
        };
        if labels.try_place(
            painter,
            &name.name,
            font,
            color,
            &[(at, Align2::CENTER_CENTER)],
        ) {
            named.push(name.name.clone());
        }
    }
    named
}

/// Says whose the street map's data is, at the foot of the map, right of the legend's corner:
/// wherever the tiles are drawn. Returns where it went, for labels to keep clear of.
pub(super) fn paint_attribution(painter: &egui::Painter, map: Rect, text: &str) -> Rect {
    let galley = painter.layout_no_wrap(
        text.to_owned(),
        FontId::proportional(10.5),
        Color32::from_gray(70),
    );
    let at = Align2::CENTER_BOTTOM.anchor_size(map.center_bottom() - vec2(0.0, 4.0), galley.size());
    painter.rect_filled(at.expand(2.0), 2.0, Color32::from_white_alpha(200));
    painter.galley(at.min, galley, Color32::from_gray(70));
    at.expand(2.0)
}
