//! The map panel: Natural Earth countries under the story's places, drawn schematically, with pan,
//! zoom, hover, click-to-select, non-colliding labels, a legend and a scale bar.

use super::app::{Command, OpenStory, View};
use super::style;
use crate::model::{PlaceKind, Story};
use crate::query;
use crate::shipped::BASE_MAP_GEOJSON;
use crate::spatial::{self, Projection};
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, Vec2, pos2, vec2};
use geo::{BoundingRect, Coord, Geometry, MapCoords};

/// Screen pixels within which a click still hits a point or a line.
const HIT_PIXELS: f64 = 7.0;
/// Smaller than this on screen, an area or line is a dot.
const TINY_PIXELS: f32 = 3.0;
/// Schematic outlines are dashed when the shape is at least this large on screen.
const DASH_PIXELS: f32 = 60.0;
/// A point's label starts this far from it: clear of its marker even when the marker is enlarged for a
/// selected or current place (otherwise the selected place's own marker would push its label out).
const POINT_LABEL_GAP: f32 = 11.0;
/// Shapes smaller than this on screen are filled without an outline.
const OUTLINE_PIXELS: f32 = 16.0;
/// With more places than this on screen the map is an overview: fills without outlines, plain
/// lines, and squares for towns and sites, except where marked.
const MANY_PLACES: usize = 2000;
/// Label placement stops after this many places, the most important first (fewer in an overview,
/// where most would not fit anyway).
const MAX_LABEL_TRIES: usize = 300;
const MAX_LABEL_TRIES_CROWDED: usize = 100;
/// Kilometres in one map unit (a degree of latitude).
const KM_PER_MAP_UNIT: f64 = 111.32;

/// Where the map looks, kept between frames (and reset when a story opens).
#[derive(Default)]
pub struct MapState {
    center: Option<Coord>,
    /// Pixels per map unit.
    scale: f64,
    /// The last frame's rectangle, to turn positions into pixels outside the frame (tests, labels).
    last_rect: Option<Rect>,
    base: Option<BaseMap>,
    still: Option<StillLayer>,
}

struct BaseCountry {
    name: String,
    rings: Vec<Vec<Coord>>,
    triangles: Vec<geo::Triangle<f64>>,
    label_at: Option<Coord>,
}

struct BaseMap {
    projection: Projection,
    countries: Vec<BaseCountry>,
}

/// The projection for a story: centred on the places it draws as areas or lines, or on all of them.
pub fn projection_for(story: &Story) -> Projection {
    let center = focus_bounds(story).map_or(Coord { x: 0.0, y: 0.0 }, |r| r.center());
    Projection::new(center.x, center.y)
}

/// Bounds (lon/lat) of the story's areas and lines, where the story happens; all places if it has none.
fn focus_bounds(story: &Story) -> Option<geo::Rect<f64>> {
    let shaped = |p: &&crate::model::Place| {
        !matches!(p.geometry, Geometry::Point(_) | Geometry::MultiPoint(_))
    };
    let union = |places: &mut dyn Iterator<Item = &crate::model::Place>| {
        places
            .filter_map(|p| p.geometry.bounding_rect())
            .reduce(|a, b| {
                geo::Rect::new(
                    Coord {
                        x: a.min().x.min(b.min().x),
                        y: a.min().y.min(b.min().y),
                    },
                    Coord {
                        x: a.max().x.max(b.max().x),
                        y: a.max().y.max(b.max().y),
                    },
                )
            })
    };
    union(&mut story.places.iter().filter(shaped)).or_else(|| union(&mut story.places.iter()))
}

fn parse_base_map(projection: Projection) -> BaseMap {
    let collection = match BASE_MAP_GEOJSON.parse::<geojson::FeatureCollection>() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("chronomap: the built-in base map did not parse ({e}); drawing without it");
            return BaseMap {
                projection,
                countries: Vec::new(),
            };
        }
    };
    let countries = collection
        .features
        .iter()
        .filter_map(|feature| {
            let name = feature
                .property("name")
                .and_then(|n| n.as_str())
                .unwrap_or_default()
                .to_owned();
            let geometry = crate::load::to_geometry(&feature.geometry.as_ref()?.value).ok()?;
            let shape = geometry.map_coords(|c| projection.project(c));
            let polygons: Vec<geo::Polygon<f64>> = match &shape {
                Geometry::Polygon(p) => vec![p.clone()],
                Geometry::MultiPolygon(mp) => mp.0.clone(),
                _ => Vec::new(),
            };
            let rings = polygons
                .iter()
                .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
                .map(|ring| ring.0.clone())
                .collect();
            let largest = polygons.iter().max_by(|a, b| {
                use geo::Area;
                a.unsigned_area().total_cmp(&b.unsigned_area())
            });
            let label_at =
                largest.and_then(|p| spatial::label_anchor(&Geometry::Polygon(p.clone())));
            Some(BaseCountry {
                name,
                rings,
                triangles: spatial::fill_triangles(&shape),
                label_at,
            })
        })
        .collect();
    BaseMap {
        projection,
        countries,
    }
}

struct Transform {
    rect: Rect,
    center: Coord,
    scale: f64,
}

impl Transform {
    fn to_screen(&self, c: Coord) -> Pos2 {
        let middle = self.rect.center();
        pos2(
            middle.x + ((c.x - self.center.x) * self.scale) as f32,
            middle.y - ((c.y - self.center.y) * self.scale) as f32,
        )
    }

    fn to_map(&self, p: Pos2) -> Coord {
        let middle = self.rect.center();
        Coord {
            x: self.center.x + f64::from(p.x - middle.x) / self.scale,
            y: self.center.y - f64::from(p.y - middle.y) / self.scale,
        }
    }
}

impl MapState {
    /// Fits the story's focus in the rectangle.
    fn fit(&mut self, open: &OpenStory, rect: Rect) {
        let bounds =
            focus_bounds(&open.story).map(|b| b.map_coords(|c| open.projection.project(c)));
        let (center, size) =
            bounds.map_or((Coord { x: 0.0, y: 0.0 }, Coord { x: 1.0, y: 1.0 }), |b| {
                (
                    b.center(),
                    Coord {
                        x: b.width().max(0.01),
                        y: b.height().max(0.01),
                    },
                )
            });
        let margin = 1.45;
        self.scale = (f64::from(rect.width()) / (size.x * margin))
            .min(f64::from(rect.height()) / (size.y * margin));
        self.center = Some(center);
    }

    pub fn screen_position(&self, projection: &Projection, lon: f64, lat: f64) -> Option<Pos2> {
        let transform = Transform {
            rect: self.last_rect?,
            center: self.center?,
            scale: self.scale,
        };
        Some(transform.to_screen(projection.project(Coord { x: lon, y: lat })))
    }
}

fn ring_points(ring: &[Coord], t: &Transform) -> Vec<Pos2> {
    ring.iter().map(|&c| t.to_screen(c)).collect()
}

/// Fills are gathered in one mesh: one shape for the tessellator instead of thousands.
fn fill(mesh: &mut egui::Mesh, triangles: &[geo::Triangle<f64>], t: &Transform, color: Color32) {
    mesh.reserve_triangles(triangles.len());
    mesh.reserve_vertices(triangles.len() * 3);
    for triangle in triangles {
        let base = mesh.vertices.len() as u32;
        for c in triangle.to_array() {
            mesh.colored_vertex(t.to_screen(c), color);
        }
        mesh.add_triangle(base, base + 1, base + 2);
    }
}

/// Map labels are placed greedily by priority; one that would overlap another (or a marker) moves or is dropped.
struct Labels {
    placed: Vec<Rect>,
    shapes: Vec<Shape>,
}

impl Labels {
    fn try_place(
        &mut self,
        painter: &egui::Painter,
        text: &str,
        font: FontId,
        color: Color32,
        candidates: &[(Pos2, Align2)],
    ) -> bool {
        let galley = painter.layout_no_wrap(text.to_owned(), font, color);
        for &(anchor, align) in candidates {
            let rect = align.anchor_size(anchor, galley.size());
            if painter.clip_rect().contains_rect(rect)
                && !self.placed.iter().any(|r| r.expand(1.0).intersects(rect))
            {
                self.placed.push(rect);
                // A halo keeps labels readable over shapes and borders.
                self.shapes.push(Shape::rect_filled(
                    rect.expand(1.5),
                    3.0,
                    Color32::from_white_alpha(190),
                ));
                self.shapes.push(Shape::galley(rect.min, galley, color));
                return true;
            }
        }
        false
    }
}

pub fn map_ui(
    ui: &mut egui::Ui,
    state: &mut MapState,
    open: &OpenStory,
    view: &View,
    current: &[usize],
    commands: &mut Vec<Command>,
) {
    let story = &open.story;
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, "Map"));
    if state.center.is_none() || state.scale <= 0.0 {
        state.fit(open, rect);
    }
    if state
        .base
        .as_ref()
        .is_none_or(|b| b.projection != open.projection)
    {
        state.base = Some(parse_base_map(open.projection));
    }
    // Pan by dragging, zoom with the wheel or a pinch about the pointer.
    if response.dragged() {
        let delta = response.drag_delta();
        if let Some(center) = &mut state.center {
            center.x -= f64::from(delta.x) / state.scale;
            center.y += f64::from(delta.y) / state.scale;
        }
    }
    if let (true, Some(pointer)) = (response.hovered(), response.hover_pos()) {
        let (zoom, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta.y));
        let factor = f64::from(zoom) * (f64::from(scroll) * 0.002).exp();
        if (factor - 1.0).abs() > 1e-4 {
            zoom_about(state, rect, pointer, factor);
        }
    }
    state.last_rect = Some(rect);
    let t = Transform {
        rect,
        center: state.center.unwrap_or(Coord { x: 0.0, y: 0.0 }),
        scale: state.scale,
    };
    let painter = ui.painter_at(rect);

    let shown = |p: usize| {
        story.places[p].kind != PlaceKind::Country && query::place_is_shown(story, p, current)
    };
    let mut involved = vec![false; story.places.len()];
    let event_places = view
        .selected_event
        .and_then(|e| story.events.get(e))
        .map(|e| e.places.as_slice());
    for p in query::places_of_events(story, current)
        .into_iter()
        .chain(event_places.into_iter().flatten().copied())
    {
        involved[p] = true;
    }
    let hovered = response.hover_pos().and_then(|pos| {
        open.place_index
            .hit(t.to_map(pos), HIT_PIXELS / state.scale, shown)
    });

    // The still picture (base map and every place in its plain style) is tessellated once per view
    // and reused while only the cursor, the hover or the selection change; marked and transient
    // places are drawn over it each frame.
    let key = LayerKey {
        rect,
        center: [t.center.x, t.center.y],
        scale: t.scale,
        pixels_per_point: ui.ctx().pixels_per_point(),
    };
    if state.still.as_ref().is_none_or(|still| still.key != key) {
        state.still = Some(still_layer(key, state.base.as_ref(), open, &t));
    }
    let Some(still) = &state.still else { return };
    painter.add(Shape::mesh(still.mesh.clone()));
    let crowded = still.crowded;
    let mut labels = Labels {
        placed: still.obstacles.clone(),
        shapes: Vec::new(),
    };
    let mut overlay = Layer::default();
    let view_rect = rect.expand(8.0);
    let marked_places = (0..story.places.len()).filter(|&p| {
        (involved[p]
            || view.selected_place == Some(p)
            || hovered == Some(p)
            || story.places[p].transient)
            && shown(p)
    });
    let mut visible = still.visible.clone();
    for p in marked_places {
        let Some(screen) = on_screen(open, &t, view_rect, p) else {
            continue;
        };
        if story.places[p].transient {
            visible.push((p, screen));
        }
        let look = Look {
            current: involved[p],
            highlight: if view.selected_place == Some(p) {
                Some(style::SELECTION)
            } else if hovered == Some(p) {
                Some(style::INK)
            } else if involved[p] {
                Some(style::CURRENT)
            } else {
                None
            },
            crowded,
        };
        draw_place(&mut overlay, open, &t, p, screen, look);
    }
    labels.placed.extend(overlay.obstacles.iter().copied());
    overlay.paint(&painter);

    // Labels by priority: the selected or hovered place, places of current events, then points
    // before lines before areas (an area's label can move, a town's cannot go far).
    let rank = |p: usize| match open.place_index.shape(p) {
        Geometry::Polygon(_) | Geometry::MultiPolygon(_) => 0,
        Geometry::LineString(_) | Geometry::MultiLineString(_) => 1,
        _ => 2,
    };
    let priority = |p: usize| {
        let selected = view.selected_place == Some(p) || hovered == Some(p);
        100 * u32::from(selected) + 10 * u32::from(involved[p]) + rank(p)
    };
    // Only the most important few are sorted: a selection, not a sort of every place.
    let tries = if crowded {
        MAX_LABEL_TRIES_CROWDED
    } else {
        MAX_LABEL_TRIES
    };
    let by_priority = |a: &(usize, Rect), b: &(usize, Rect)| priority(b.0).cmp(&priority(a.0));
    if visible.len() > tries {
        visible.select_nth_unstable_by(tries, by_priority);
        visible.truncate(tries);
    }
    visible.sort_by(by_priority);
    for &(p, screen) in &visible {
        let place = &story.places[p];
        // An area too small to carry its name is left to its tooltip.
        if rank(p) < 2 && screen.width().max(screen.height()) < TINY_PIXELS * 4.0 {
            continue;
        }
        let Some(anchor) = open.place_index.label_anchor(p) else {
            continue;
        };
        let at = t.to_screen(anchor);
        let strong = involved[p] || view.selected_place == Some(p);
        let color = if strong {
            style::INK
        } else {
            Color32::from_gray(60)
        };
        let font = FontId::proportional(if strong { 14.0 } else { 12.5 });
        let text = if place.approximate && rank(p) < 2 {
            format!("{} (schematic)", place.name)
        } else {
            place.name.clone()
        };
        let candidates: Vec<(Pos2, Align2)> = match rank(p) {
            2 => vec![
                (at + vec2(POINT_LABEL_GAP, 0.0), Align2::LEFT_CENTER),
                (at - vec2(POINT_LABEL_GAP, 0.0), Align2::RIGHT_CENTER),
                (at - vec2(0.0, POINT_LABEL_GAP), Align2::CENTER_BOTTOM),
                (at + vec2(0.0, POINT_LABEL_GAP), Align2::CENTER_TOP),
            ],
            1 => vec![
                (at + vec2(10.0, 0.0), Align2::LEFT_CENTER),
                (at - vec2(10.0, 0.0), Align2::RIGHT_CENTER),
            ],
            _ => [
                (0.0, 0.0),
                (0.0, 22.0),
                (0.0, -22.0),
                (0.0, 44.0),
                (0.0, -44.0),
                (-50.0, 0.0),
                (50.0, 0.0),
            ]
            .into_iter()
            .map(|(dx, dy)| (at + vec2(dx, dy), Align2::CENTER_CENTER))
            .collect(),
        };
        labels.try_place(&painter, &text, font, color, &candidates);
    }
    // Country names are background: they go where no place label or marker is.
    if let Some(base) = &state.base {
        for country in &base.countries {
            if let Some(at) = country.label_at {
                let name: String = country
                    .name
                    .to_uppercase()
                    .chars()
                    .flat_map(|c| [c, '\u{2009}'])
                    .collect();
                labels.try_place(
                    &painter,
                    name.trim_end(),
                    FontId::proportional(12.0),
                    style::COUNTRY_LABEL,
                    &[(t.to_screen(at), Align2::CENTER_CENTER)],
                );
            }
        }
    }
    painter.extend(labels.shapes);

    legend_ui(&painter, rect);
    scale_bar(&painter, rect, state.scale);
    map_buttons(ui, rect, state, open);

    if let (Some(p), Some(pointer)) = (hovered, response.hover_pos()) {
        let place = &story.places[p];
        let shape = if place.approximate {
            ", schematic shape"
        } else {
            ""
        };
        hover_tag(
            &painter,
            rect,
            pointer,
            &format!("{}\n{}{shape}", place.name, place.kind.label()),
        );
    }
    if response.clicked() {
        commands.push(Command::SelectPlace(hovered.or_else(|| {
            response.interact_pointer_pos().and_then(|pos| {
                open.place_index
                    .hit(t.to_map(pos), HIT_PIXELS / state.scale, shown)
            })
        })));
    }
}

/// What the still layer was drawn for: the same view gives the same picture.
#[derive(Debug, Clone, Copy, PartialEq)]
struct LayerKey {
    rect: Rect,
    center: [f64; 2],
    scale: f64,
    pixels_per_point: f32,
}

/// The base map and every non-transient place in its plain style, tessellated once per view.
struct StillLayer {
    key: LayerKey,
    mesh: std::sync::Arc<egui::Mesh>,
    /// Places on screen, in paint order, with their screen bounds.
    visible: Vec<(usize, Rect)>,
    /// Town and site markers, which labels avoid.
    obstacles: Vec<Rect>,
    crowded: bool,
}

/// Shapes being gathered: fills in one mesh under the strokes, markers in one mesh over them.
#[derive(Default)]
struct Layer {
    fills: egui::Mesh,
    strokes: Vec<Shape>,
    markers: egui::Mesh,
    obstacles: Vec<Rect>,
}

impl Layer {
    fn paint(self, painter: &egui::Painter) {
        painter.add(Shape::mesh(self.fills));
        painter.extend(self.strokes);
        painter.add(Shape::mesh(self.markers));
    }

    /// All of it as one mesh, tessellated here rather than by egui every frame.
    fn tessellate(self, pixels_per_point: f32) -> egui::Mesh {
        let options = egui::epaint::TessellationOptions::default();
        let mut tessellator =
            egui::epaint::Tessellator::new(pixels_per_point, options, [1, 1], Vec::new());
        let mut mesh = self.fills;
        for shape in self.strokes {
            tessellator.tessellate_shape(shape, &mut mesh);
        }
        mesh.append(self.markers);
        mesh
    }
}

/// How a place is drawn: plain, or marked as current, selected or hovered.
#[derive(Clone, Copy)]
struct Look {
    current: bool,
    highlight: Option<Color32>,
    crowded: bool,
}

fn on_screen(open: &OpenStory, t: &Transform, view_rect: Rect, place: usize) -> Option<Rect> {
    let b = open.place_index.bounds(place)?;
    let screen = Rect::from_two_pos(t.to_screen(b.min()), t.to_screen(b.max()));
    view_rect.intersects(screen).then_some(screen)
}

fn still_layer(
    key: LayerKey,
    base: Option<&BaseMap>,
    open: &OpenStory,
    t: &Transform,
) -> StillLayer {
    let story = &open.story;
    let mut layer = Layer::default();
    layer.fills.add_colored_rect(t.rect, style::WATER);
    if let Some(base) = base {
        let tints = [
            style::LAND,
            Color32::from_rgb(0xee, 0xea, 0xdf),
            Color32::from_rgb(0xf0, 0xed, 0xe4),
        ];
        for (i, country) in base.countries.iter().enumerate() {
            fill(
                &mut layer.fills,
                &country.triangles,
                t,
                tints[i % tints.len()],
            );
        }
        for ring in base.countries.iter().flat_map(|c| &c.rings) {
            layer.strokes.push(Shape::closed_line(
                ring_points(ring, t),
                Stroke::new(1.0, style::BORDER),
            ));
        }
    }
    let view_rect = t.rect.expand(8.0);
    let visible: Vec<(usize, Rect)> = open
        .place_index
        .draw_order()
        .iter()
        .filter(|&&p| story.places[p].kind != PlaceKind::Country && !story.places[p].transient)
        .filter_map(|&p| Some((p, on_screen(open, t, view_rect, p)?)))
        .collect();
    // A crowded view is an overview: fills without outlines, plain lines, squares for towns.
    let crowded = visible.len() > MANY_PLACES;
    let plain = Look {
        current: false,
        highlight: None,
        crowded,
    };
    for &(p, screen) in &visible {
        draw_place(&mut layer, open, t, p, screen, plain);
    }
    let obstacles = std::mem::take(&mut layer.obstacles);
    StillLayer {
        key,
        mesh: std::sync::Arc::new(layer.tessellate(key.pixels_per_point)),
        visible,
        obstacles,
        crowded,
    }
}

/// One place: shapes small on screen simplified, tiny ones a dot, schematic ones dashed where the
/// dashes can be seen.
fn draw_place(
    layer: &mut Layer,
    open: &OpenStory,
    t: &Transform,
    p: usize,
    screen: Rect,
    look: Look,
) {
    let place = &open.story.places[p];
    let size = screen.width().max(screen.height());
    // An overview may simplify more: shapes there are small and many.
    let max_error = if look.crowded { 6.0 } else { 1.5 };
    let detail = open.place_index.detail(p, f64::from(size), max_error);
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
                    ring_points(ring, t),
                    Stroke::new(1.3 * emphasis, color),
                );
            }
        }
    } else {
        for line in &detail.lines {
            let points = ring_points(line, t);
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
        let at = t.to_screen(c);
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
            layer.strokes.push(Shape::convex_polygon(
                diamond,
                color,
                Stroke::new(1.5, Color32::WHITE),
            ));
        } else {
            layer.strokes.push(Shape::circle_filled(at, radius, color));
            layer.strokes.push(Shape::circle_stroke(
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
                ring_points(ring, t),
                Stroke::new(width, highlight),
            ));
        }
        for &c in &detail.points {
            layer.strokes.push(Shape::circle_stroke(
                t.to_screen(c),
                9.0,
                Stroke::new(2.0, highlight),
            ));
        }
    }
}

/// A tag by the pointer, painted rather than an egui tooltip: a tooltip that changes as the pointer
/// moves over thousands of places makes egui lay the whole window out twice.
pub fn hover_tag(painter: &egui::Painter, within: Rect, pointer: Pos2, text: &str) {
    let galley = painter.layout_no_wrap(text.to_owned(), FontId::proportional(13.0), style::INK);
    let size = galley.size() + vec2(12.0, 8.0);
    let mut at = pointer + vec2(14.0, 14.0);
    at.x = at.x.min(within.right() - size.x).max(within.left());
    at.y = at.y.min(within.bottom() - size.y).max(within.top());
    let frame = Rect::from_min_size(at, size);
    painter.rect(
        frame,
        4.0,
        Color32::from_white_alpha(245),
        Stroke::new(1.0, style::BORDER),
        egui::StrokeKind::Inside,
    );
    painter.galley(frame.min + vec2(6.0, 4.0), galley, style::INK);
}

fn zoom_about(state: &mut MapState, rect: Rect, pointer: Pos2, factor: f64) {
    let Some(center) = state.center else { return };
    let t = Transform {
        rect,
        center,
        scale: state.scale,
    };
    let under = t.to_map(pointer);
    let scale = (state.scale * factor).clamp(5.0, 50_000.0);
    // Keep the point under the pointer where it is.
    let offset = pointer - rect.center();
    state.scale = scale;
    state.center = Some(Coord {
        x: under.x - f64::from(offset.x) / scale,
        y: under.y + f64::from(offset.y) / scale,
    });
}

fn map_buttons(ui: &mut egui::Ui, rect: Rect, state: &mut MapState, open: &OpenStory) {
    let area = Rect::from_min_size(rect.right_top() + vec2(-120.0, 8.0), vec2(112.0, 28.0));
    ui.scope_builder(egui::UiBuilder::new().max_rect(area), |ui| {
        ui.horizontal(|ui| {
            if ui.button("+").on_hover_text("Zoom in").clicked() {
                zoom_about(state, rect, rect.center(), 1.5);
            }
            if ui.button("−").on_hover_text("Zoom out").clicked() {
                zoom_about(state, rect, rect.center(), 1.0 / 1.5);
            }
            if ui
                .button("Fit")
                .on_hover_text("Show the whole story")
                .clicked()
            {
                state.fit(open, rect);
            }
        });
    });
}

fn legend_ui(painter: &egui::Painter, rect: Rect) {
    let entries: [(&str, PlaceKind); 6] = [
        ("region", PlaceKind::Region),
        ("district", PlaceKind::District),
        ("corridor", PlaceKind::Corridor),
        ("peacekeeping deployment", PlaceKind::Deployment),
        ("site", PlaceKind::Site),
        ("town", PlaceKind::City),
    ];
    let row = 17.0;
    let size = vec2(210.0, row * (entries.len() as f32 + 2.6) + 8.0);
    let frame = Rect::from_min_size(rect.left_bottom() + vec2(8.0, -size.y - 8.0), size);
    painter.rect(
        frame,
        4.0,
        Color32::from_white_alpha(225),
        Stroke::new(1.0, style::BORDER),
        egui::StrokeKind::Inside,
    );
    let font = FontId::proportional(12.0);
    let mut y = frame.top() + 6.0 + row / 2.0;
    for (label, kind) in entries {
        let x = frame.left() + 16.0;
        let color = style::place_color(kind);
        match kind {
            PlaceKind::Corridor => {
                painter.line_segment(
                    [pos2(x - 8.0, y), pos2(x + 8.0, y)],
                    Stroke::new(3.0, color),
                );
            }
            PlaceKind::Site | PlaceKind::City => {
                painter.circle(pos2(x, y), 4.0, color, Stroke::new(1.0, Color32::WHITE));
            }
            _ => {
                painter.rect(
                    Rect::from_center_size(pos2(x, y), vec2(16.0, 11.0)),
                    2.0,
                    color.gamma_multiply_u8(70),
                    Stroke::new(1.0, color),
                    egui::StrokeKind::Inside,
                );
            }
        }
        painter.text(
            pos2(x + 16.0, y),
            Align2::LEFT_CENTER,
            label,
            font.clone(),
            style::INK,
        );
        y += row;
    }
    let x = frame.left() + 8.0;
    painter.extend(Shape::dashed_line(
        &[pos2(x, y), pos2(x + 16.0, y)],
        Stroke::new(1.5, style::INK),
        4.0,
        3.0,
    ));
    painter.text(
        pos2(x + 24.0, y),
        Align2::LEFT_CENTER,
        "schematic shape (approximate)",
        font.clone(),
        style::INK,
    );
    y += row;
    painter.line_segment(
        [pos2(x, y), pos2(x + 16.0, y)],
        Stroke::new(2.5, style::CURRENT),
    );
    painter.text(
        pos2(x + 24.0, y),
        Align2::LEFT_CENTER,
        "concerned by events at the cursor",
        font,
        style::INK,
    );
}

fn scale_bar(painter: &egui::Painter, rect: Rect, scale: f64) {
    let km_per_pixel = KM_PER_MAP_UNIT / scale;
    let target = km_per_pixel * 120.0;
    let nice = [
        1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0,
    ]
    .into_iter()
    .rev()
    .find(|&k| k <= target)
    .unwrap_or(1.0);
    let width = (nice / km_per_pixel) as f32;
    let right = rect.right_bottom() + vec2(-16.0, -16.0);
    let left = right - vec2(width, 0.0);
    let stroke = Stroke::new(2.0, style::INK);
    painter.line_segment([left, right], stroke);
    painter.line_segment([left, left - vec2(0.0, 6.0)], stroke);
    painter.line_segment([right, right - vec2(0.0, 6.0)], stroke);
    painter.text(
        left + vec2(width / 2.0, -4.0),
        Align2::CENTER_BOTTOM,
        format!("{nice} km"),
        FontId::proportional(12.0),
        style::INK,
    );
}
