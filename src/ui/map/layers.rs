//! The places as drawn: a still layer (base map and every place in its plain style) tessellated
//! once per view, and the marked places (current, selected, hovered, transient) drawn over it.

use super::layer::{Layer, fill, fill_areas, of_kind, screen_points, stroke_lines};
use super::view::MapView;
use crate::base_map::BaseMap;
use crate::base_map::detail::{DetailLayer, DetailTile};
use crate::base_map::streets::StreetTile;
use crate::document::Document;
use crate::model::PlaceKind;
use crate::ui::style;
use egui::{Color32, Pos2, Rect, Shape, Stroke, Vec2, vec2};
use geo::{Coord, Intersects};
use std::sync::Arc;

/// Smaller than this on screen, an area or line is a dot.
const TINY_PIXELS: f32 = 3.0;
/// Schematic outlines are dashed when the shape is at least this large on screen.
const DASH_PIXELS: f32 = 60.0;
/// Shapes smaller than this on screen are filled without an outline.
const OUTLINE_PIXELS: f32 = 16.0;
/// With more places than this on screen the map is an overview: fills without outlines, plain
/// lines, and squares for towns and sites, except where marked.
const MANY_PLACES: usize = 2000;

/// What the still layer was drawn for: the same view gives the same picture.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct LayerKey {
    pub rect: Rect,
    pub center: [f64; 2],
    pub scale: f64,
    pub pixels_per_point: f32,
    /// The places' version: an edit of a place redraws them.
    pub version: u64,
    /// The filter's generation: a place filter hides places.
    pub filter: u64,
}

/// The base map and every non-transient place in its plain style, tessellated once per view.
pub(super) struct StillLayer {
    pub key: LayerKey,
    /// The base map and the places' fills and strokes.
    pub mesh: std::sync::Arc<egui::Mesh>,
    /// Town and site markers, painted after the marked places so no corridor or area drawn
    /// over them hides a town.
    pub markers: std::sync::Arc<egui::Mesh>,
    /// Places on screen, in paint order, with their screen bounds.
    pub visible: Vec<(usize, Rect)>,
    /// In a crowded view, the visible places drawn on their own, and the groups the others are
    /// drawn as, with what they hold said (empty otherwise).
    ungrouped: Vec<(usize, Rect)>,
    pub clusters: Vec<super::clusters::Cluster>,
    pub grouping: Option<String>,
    /// The scale of the detail map drawn under the places, if any ("1:10m", "1:50m").
    pub detail_scale: Option<&'static str>,
    /// The street map's tiles drawn, for their names.
    pub streets: Vec<Arc<StreetTile>>,
    /// Town and site markers, which labels avoid.
    pub obstacles: Vec<Rect>,
    pub crowded: bool,
}

/// How a place is drawn: plain, or marked as current, selected or hovered.
#[derive(Clone, Copy)]
pub(super) struct Look {
    pub current: bool,
    pub highlight: Option<Color32>,
    pub crowded: bool,
}

/// Small enough on screen to be marked by a dot in an overview.
pub(super) fn is_small(screen: Rect) -> bool {
    screen.width().max(screen.height()) < OUTLINE_PIXELS
}

/// A current place in an overview: a small square of the current colour, edged in white.
pub(super) fn mark_current(layer: &mut Layer, screen: Rect) {
    let at = screen.center();
    layer
        .markers
        .add_colored_rect(Rect::from_center_size(at, Vec2::splat(7.0)), Color32::WHITE);
    layer
        .markers
        .add_colored_rect(Rect::from_center_size(at, Vec2::splat(5.0)), style::CURRENT);
}

pub(super) fn on_screen(
    doc: &Document,
    t: &MapView,
    view_rect: Rect,
    place: usize,
) -> Option<Rect> {
    let b = doc.place_index().bounds(place)?;
    let screen = Rect::from_two_pos(t.screen_from_map(b.min()), t.screen_from_map(b.max()));
    view_rect.intersects(screen).then_some(screen)
}

/// What the base map is drawn from: the countries, the detail tiles a view needs, and the street
/// map's tiles when the person has one.
pub(super) struct BaseLayers<'a> {
    pub countries: Option<&'a BaseMap>,
    pub detail: &'a [Arc<DetailTile>],
    pub streets: &'a [Arc<StreetTile>],
}

pub(super) fn still_layer(
    key: LayerKey,
    layers: BaseLayers<'_>,
    doc: &Document,
    t: &MapView,
    filter_shows: impl Fn(usize) -> bool,
) -> StillLayer {
    let story = doc.story();
    let mut layer = Layer::default();
    layer.fills.add_colored_rect(t.rect, style::WATER);
    // Past a pole there is no Earth: the map stops there rather than showing sea.
    let lat0 = doc.projection().lat0;
    let at_latitude = |lat: f64| {
        t.screen_from_map(Coord {
            x: 0.0,
            y: lat - lat0,
        })
        .y
    };
    let (north, south) = (at_latitude(90.0), at_latitude(-90.0));
    for band in [
        Rect::from_x_y_ranges(t.rect.x_range(), t.rect.top()..=north),
        Rect::from_x_y_ranges(t.rect.x_range(), south..=t.rect.bottom()),
    ] {
        let band = band.intersect(t.rect);
        if band.is_positive() {
            layer.fills.add_colored_rect(band, style::OFF_THE_GLOBE);
        }
    }
    let detail = layers.detail;
    let areas = |kind| of_kind(detail.iter().map(|tile| &tile.areas), kind);
    let lines = |kind| of_kind(detail.iter().map(|tile| &tile.lines), kind);
    if let Some(base) = layers.countries {
        let tints = [
            style::LAND,
            Color32::from_rgb(0xee, 0xea, 0xdf),
            Color32::from_rgb(0xf0, 0xed, 0xe4),
        ];
        // Closer up, the land, coasts and borders are the detail map's (1:10m or 1:50m) and the
        // world's coarse 1:110m countries give way to it; the regional countries stay as they are.
        fill_areas(&mut layer, areas(DetailLayer::Land), t, style::LAND);
        let coarse = detail.is_empty();
        let mut outlines: Vec<&(geo::Rect<f64>, Vec<Coord>)> = Vec::new();
        for (i, country) in base.countries.iter().enumerate() {
            let (triangles, rings) = if coarse {
                (&country.triangles[..], &country.rings[..])
            } else {
                (
                    &country.triangles[..country.regional_triangles.min(country.triangles.len())],
                    &country.rings[..country.regional_rings.min(country.rings.len())],
                )
            };
            fill(&mut layer.fills, triangles, t, tints[i % tints.len()]);
            outlines.extend(rings);
        }
        fill_areas(&mut layer, areas(DetailLayer::Lakes), t, style::WATER);
        stroke_lines(
            &mut layer,
            lines(DetailLayer::Rivers),
            t,
            Stroke::new(1.2, style::RIVER),
        );
        super::streets::paint(&mut layer, layers.streets, t);
        let seen = t.map_bounds();
        for (_, ring) in outlines.into_iter().filter(|(b, _)| b.intersects(&seen)) {
            layer.strokes.push(Shape::closed_line(
                screen_points(ring, t),
                Stroke::new(1.0, style::BORDER),
            ));
        }
        stroke_lines(
            &mut layer,
            lines(DetailLayer::Divisions),
            t,
            Stroke::new(0.7, style::DIVISION),
        );
        stroke_lines(
            &mut layer,
            lines(DetailLayer::Coast),
            t,
            Stroke::new(1.0, style::BORDER),
        );
        stroke_lines(
            &mut layer,
            lines(DetailLayer::Borders),
            t,
            Stroke::new(1.3, style::BORDER),
        );
    }
    let view_rect = t.rect.expand(8.0);
    let visible: Vec<(usize, Rect)> = doc
        .place_index()
        .draw_order()
        .iter()
        .filter(|&&p| story.places[p].kind != PlaceKind::Country && !story.places[p].transient)
        .filter(|&&p| filter_shows(p))
        .filter_map(|&p| Some((p, on_screen(doc, t, view_rect, p)?)))
        .collect();
    // A crowded view is an overview: fills without outlines, plain lines, squares for towns.
    let crowded = visible.len() > MANY_PLACES;
    let plain = Look {
        current: false,
        highlight: None,
        crowded,
    };
    // An overview groups the places small on screen; the rest are drawn as they are.
    let (clusters, ungrouped) = if crowded {
        super::clusters::gather(&visible, t)
    } else {
        (Vec::new(), Vec::new())
    };
    let drawn = if crowded { &ungrouped } else { &visible };
    for &(p, screen) in drawn {
        draw_place(&mut layer, doc, t, p, screen, plain);
    }
    super::clusters::draw(&clusters, &mut layer.points, &mut layer.obstacles);
    let obstacles = std::mem::take(&mut layer.obstacles);
    let (mesh, markers) = layer.tessellate(key.pixels_per_point);
    StillLayer {
        key,
        mesh: std::sync::Arc::new(mesh),
        markers: std::sync::Arc::new(markers),
        visible,
        ungrouped,
        grouping: super::clusters::describe(&clusters),
        detail_scale: None,
        streets: layers.streets.to_vec(),
        clusters,
        obstacles,
        crowded,
    }
}

impl StillLayer {
    /// The visible places drawn on their own, which labels name: all of them unless crowded.
    pub fn labelled(&self) -> &[(usize, Rect)] {
        if self.crowded {
            &self.ungrouped
        } else {
            &self.visible
        }
    }
}

/// One place: shapes small on screen simplified, tiny ones a dot, schematic ones dashed where the
/// dashes can be seen.
pub(super) fn draw_place(
    layer: &mut Layer,
    doc: &Document,
    t: &MapView,
    p: usize,
    screen: Rect,
    look: Look,
) {
    let place = &doc.story().places[p];
    let size = screen.width().max(screen.height());
    // An overview may simplify more: shapes there are small and many.
    let max_error = if look.crowded { 6.0 } else { 1.5 };
    let detail = doc.place_index().detail(p, f64::from(size), max_error);
    let color = style::place_color(place.kind);
    let marked = look.highlight.is_some();
    let emphasis = match look.highlight {
        Some(_) if !look.current => 2.0,
        Some(_) => 1.5,
        None => 1.0,
    };
    let dashed = place.approximate && size > DASH_PIXELS && !look.crowded;
    if detail.points.is_empty() && size < TINY_PIXELS {
        layer.markers.add_colored_rect(
            Rect::from_center_size(screen.center(), Vec2::splat(TINY_PIXELS)),
            color,
        );
        return;
    }
    // Small shapes are drawn without an outline: a fill reads as well and costs far less.
    let outlined = marked || (size >= OUTLINE_PIXELS && !look.crowded);
    let stroke_line = |layer: &mut Layer, points: Vec<Pos2>, stroke: Stroke| {
        if dashed {
            layer
                .strokes
                .extend(Shape::dashed_line(&points, stroke, 7.0, 4.0));
        } else {
            layer.strokes.push(Shape::line(points, stroke));
        }
    };
    if !detail.triangles.is_empty() {
        let alpha = if look.current {
            95
        } else if outlined {
            45
        } else {
            80
        };
        fill(
            &mut layer.fills,
            &detail.triangles,
            t,
            color.gamma_multiply_u8(alpha),
        );
        if outlined {
            for ring in &detail.lines {
                stroke_line(
                    layer,
                    screen_points(ring, t),
                    Stroke::new(1.3 * emphasis, color),
                );
            }
        }
    } else {
        for line in &detail.lines {
            let points = screen_points(line, t);
            if outlined {
                layer.strokes.push(Shape::line(
                    points.clone(),
                    Stroke::new(5.0 * emphasis, Color32::from_white_alpha(200)),
                ));
            }
            stroke_line(
                layer,
                points,
                Stroke::new(if outlined { 3.0 * emphasis } else { 1.5 }, color),
            );
        }
    }
    for &c in &detail.points {
        let at = t.screen_from_map(c);
        if look.crowded && !marked {
            // Thousands of towns: squares in one mesh, not thousands of circles.
            layer
                .markers
                .add_colored_rect(Rect::from_center_size(at, Vec2::splat(5.0)), color);
            continue;
        }
        let radius = if place.kind == PlaceKind::City {
            3.5
        } else {
            5.5
        } * emphasis.min(1.5);
        if place.kind == PlaceKind::Site {
            let diamond = vec![
                at + vec2(0.0, -radius),
                at + vec2(radius, 0.0),
                at + vec2(0.0, radius),
                at + vec2(-radius, 0.0),
            ];
            layer.points.push(Shape::convex_polygon(
                diamond,
                color,
                Stroke::new(1.5, Color32::WHITE),
            ));
        } else {
            layer.points.push(Shape::circle_filled(at, radius, color));
            layer.points.push(Shape::circle_stroke(
                at,
                radius,
                Stroke::new(1.5, Color32::WHITE),
            ));
        }
        layer
            .obstacles
            .push(Rect::from_center_size(at, Vec2::splat(radius * 2.0)));
    }
    if let Some(highlight) = look.highlight {
        let width = if detail.triangles.is_empty() {
            1.5
        } else {
            2.5
        };
        for ring in &detail.lines {
            layer.strokes.push(Shape::line(
                screen_points(ring, t),
                Stroke::new(width, highlight),
            ));
        }
        for &c in &detail.points {
            layer.points.push(Shape::circle_stroke(
                t.screen_from_map(c),
                9.0,
                Stroke::new(2.0, highlight),
            ));
        }
    }
}
