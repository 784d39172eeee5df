//! The map panel: Natural Earth countries under the story's places, drawn schematically, with pan,
//! zoom, hover, click-to-select, non-colliding labels, a legend and a scale bar.
//! `view` converts between map and screen, `backdrop` keeps what lies under the story (the
//! countries, the detail tiles, the street map), `layers` draws the places, `labels` names them and
//! `chrome` adds the buttons, legend and scale bar.

mod backdrop;
mod chrome;
mod clusters;
pub mod drawing;
mod keyboard;
pub use keyboard::places_focus_ui;
mod labels;
mod layer;
mod layers;
mod moving;
mod streets;
mod view;

use super::hover_tag::paint_hover_tag;
use super::state::{Command, Scene, View};
use super::style;
use crate::base_map::BaseMap;
use crate::base_map::detail::DetailCache;
use crate::base_map::streets::{StreetCache, StreetMap};
use crate::document::Document;
use crate::i18n::{tr, tr_with};
use crate::model::PlaceKind;
use crate::query;
use egui::{Rect, Sense, Shape};
use geo::Coord;
use labels::{LabelPriority, Labels};
use layer::Layer;
use layers::{LayerKey, Look, StillLayer};
use std::sync::Arc;

/// Screen pixels within which a click still hits a point or a line.
const HIT_PIXELS: f64 = 7.0;
/// A click on a group of places zooms in this much about it.
const GROUP_ZOOM: f64 = 3.0;

impl MapState {
    /// The still layer for a view: the base map (countries, the detail and street tiles it needs)
    /// and every place in its plain style.
    fn draw_still(
        &mut self,
        key: LayerKey,
        map_view: &view::MapView,
        doc: &Document,
        view: &View,
    ) -> StillLayer {
        let (scale, tiles) = self.detail_tiles(map_view.lon_lat_box(doc.projection()));
        let streets = self.street_tiles(map_view, doc);
        let base = layers::BaseLayers {
            countries: self.base.as_ref(),
            detail: &tiles,
            streets: &streets,
        };
        let mut still = layers::still_layer(key, base, doc, map_view, |p| view.filter_shows(p));
        still.detail_scale = (!tiles.is_empty()).then_some(scale);
        still
    }

    /// What the legend explains, worked out again when the places change.
    fn legend(&mut self, doc: &Document) -> chrome::Legend {
        let stale = self
            .legend
            .as_ref()
            .is_none_or(|l| l.version != doc.places_version());
        if stale {
            self.legend = Some(chrome::Legend::of(doc));
        }
        self.legend
            .clone()
            .unwrap_or_else(|| chrome::Legend::of(doc))
    }
}

/// Names the street map's quarters and waters, then the gazetteer's towns around the story, where
/// there is room (closer up; not in the shipped region, which keeps its own look), and returns the
/// map's accessible name: what the groups hide and what the base map shows, for a screen reader
/// (and tests).
fn name_and_towns(
    labels: &mut Labels,
    painter: &egui::Painter,
    map_view: &view::MapView,
    doc: &Document,
    still: &layers::StillLayer,
    street_map: Option<&StreetMap>,
) -> String {
    let seen = map_view.lon_lat_box(doc.projection());
    let streets_drawn = street_map.filter(|_| !still.streets.is_empty());
    let street_names = match streets_drawn {
        Some(_) => streets::label_names(labels, painter, map_view, doc, &still.streets),
        None => Vec::new(),
    };
    let near = seen[2] - seen[0] <= TOWN_DEGREES && !in_shipped_region(seen) && !still.crowded;
    let towns = if near {
        labels::label_towns(
            labels,
            painter,
            map_view,
            doc.projection(),
            seen,
            doc.story(),
        )
    } else {
        Vec::new()
    };
    let mut name = still.grouping.as_ref().map_or_else(
        || tr("map-name"),
        |g| tr_with("map-name-grouped", &[("grouping", g.clone().into())]),
    );
    if let Some(scale) = still.detail_scale {
        name.push_str(&tr_with(
            "map-name-detail",
            &[("scale", scale.to_string().into())],
        ));
    }
    if let Some(map) = streets_drawn {
        let file = map.path().file_name().unwrap_or_default().to_string_lossy();
        name.push_str(&tr_with(
            "map-name-streets",
            &[
                ("file", file.into_owned().into()),
                ("attribution", map.attribution.clone().into()),
            ],
        ));
        if !street_names.is_empty() {
            name.push_str(&tr_with(
                "map-name-street-names",
                &[("names", street_names.join(", ").into())],
            ));
        }
    }
    if !towns.is_empty() {
        name.push_str(&tr_with(
            "map-name-towns",
            &[("towns", towns.join(", ").into())],
        ));
    }
    name
}

/// Whether a view of [west, south, east, north] degrees lies inside the shipped story's region,
/// which its own regional map covers.
fn in_shipped_region([west, south, east, north]: [f64; 4]) -> bool {
    let [x0, y0, x1, y1] = crate::shipped::BASE_MAP_BOX;
    west >= x0 && east <= x1 && south >= y0 && north <= y1
}

/// Views at most this many degrees across name the gazetteer's towns around the story.
const TOWN_DEGREES: f64 = 25.0;

/// Where the map looks, kept between frames (and reset when a story opens).
#[derive(Default)]
pub struct MapState {
    center: Option<Coord>,
    /// Pixels per map unit.
    scale: f64,
    /// The last frame's rectangle, to turn positions into pixels outside the frame (tests, labels).
    last_rect: Option<Rect>,
    base: Option<BaseMap>,
    /// The world's finer tiles (1:10m, 1:50m) decoded for the views shown so far.
    detail: Option<DetailCache>,
    /// The person's street map, and its tiles decoded for the story's projection.
    street_map: Option<Arc<StreetMap>>,
    streets: Option<StreetCache>,
    still: Option<StillLayer>,
    /// Whether the user asked for the legend shown or hidden; none lets the room decide.
    legend_asked: Option<bool>,
    /// A new place being drawn.
    drawing: Option<drawing::Drawing>,
    /// The point place being dragged to a new position (longitude/latitude).
    moving: Option<(usize, Coord)>,
    /// A move to a step's view under way.
    easing: Option<view::Easing>,
    /// The places shown last frame as focus targets, registered early in the next frame.
    focus_targets: Vec<(usize, Rect)>,
    /// What the legend explains, for the places' version it was worked out for.
    legend: Option<chrome::Legend>,
}

/// Pan by dragging (unless the drag moves the selected point), zoom with the wheel or a pinch
/// about the pointer; a move to a step's view goes on (at once when animations are off).
fn move_view(
    ui: &egui::Ui,
    response: &egui::Response,
    state: &mut MapState,
    scene: Scene,
    rect: Rect,
    commands: &mut Vec<Command>,
) {
    let moving =
        state.drawing.is_none() && moving::move_point_ui(response, state, scene, rect, commands);
    if response.dragged() && !moving {
        state.pan(response.drag_delta());
    }
    if let (true, Some(pointer)) = (response.hovered(), response.hover_pos()) {
        let (zoom, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta.y));
        let factor = f64::from(zoom) * (f64::from(scroll) * 0.002).exp();
        if (factor - 1.0).abs() > 1e-4 {
            state.zoom_about(rect, pointer, factor);
        }
    }
    let (now, instant) = ui.input(|i| (i.time, ui.style().animation_time <= 0.0));
    if state.advance_easing(rect, now, instant) {
        ui.ctx().request_repaint();
    }
}

/// The places drawn over the still layer each frame (those the cursor, the selection, the hover
/// or the tour bring forward, and transient ones), with the still layer's visible and labelled
/// places and the transient ones added.
type Marked = (Layer, Vec<(usize, Rect)>, Vec<(usize, Rect)>);

fn mark_places(
    doc: &Document,
    map_view: &view::MapView,
    view_rect: Rect,
    still: &StillLayer,
    marks: &LabelPriority,
    shown: impl Fn(usize) -> bool,
) -> Marked {
    let story = doc.story();
    let involved = |p: usize| marks.involved.get(p).copied().unwrap_or(false);
    let mut overlay = Layer::default();
    let mut visible = still.visible.clone();
    let mut labelled = still.labelled().to_vec();
    let marked = (0..story.places.len()).filter(|&p| {
        (involved(p)
            || marks.selected == Some(p)
            || marks.hovered == Some(p)
            || marks.reviewed.place(p)
            || story.places[p].transient)
            && shown(p)
    });
    for p in marked {
        let Some(screen) = layers::on_screen(doc, map_view, view_rect, p) else {
            continue;
        };
        if story.places[p].transient {
            visible.push((p, screen));
            labelled.push((p, screen));
        }
        let chosen = marks.selected == Some(p) || marks.hovered == Some(p);
        if still.crowded && involved(p) && !chosen && layers::is_small(screen) {
            // An overview marks the current places small, so the groups' counts stay readable.
            layers::mark_current(&mut overlay, screen);
            continue;
        }
        let look = Look {
            current: involved(p),
            highlight: if marks.selected == Some(p) {
                Some(style::SELECTION)
            } else if marks.hovered == Some(p) {
                Some(style::INK)
            } else if involved(p) {
                Some(style::CURRENT)
            } else if marks.reviewed.place(p) {
                Some(style::REVIEWED)
            } else {
                None
            },
            crowded: still.crowded,
        };
        layers::draw_place(&mut overlay, doc, map_view, p, screen, look);
    }
    (overlay, visible, labelled)
}

/// Per place, whether the map brings it forward: the places of the events at the cursor, of the
/// selected event, and of the tour's step.
fn involved_places(story: &crate::model::Story, view: &View, current: &[usize]) -> Vec<bool> {
    let mut involved = vec![false; story.places.len()];
    let event_places = view
        .selected_event
        .and_then(|e| story.events.get(e))
        .map(|e| e.places.as_slice());
    let step_places = view
        .step
        .and_then(|s| story.steps.get(s))
        .map(|s| s.places.as_slice());
    for p in query::places_of_events(story, current)
        .into_iter()
        .chain(event_places.into_iter().flatten().copied())
        .chain(step_places.into_iter().flatten().copied())
    {
        if let Some(flag) = involved.get_mut(p) {
            *flag = true;
        }
    }
    involved
}

/// What the pointer is over: a place (its name, kind, and whether its shape is schematic) or a
/// group of places (how many, and that a click zooms in).
fn hover_tags(
    painter: &egui::Painter,
    rect: Rect,
    pointer: egui::Pos2,
    story: &crate::model::Story,
    hovered: Option<usize>,
    group: Option<usize>,
) {
    if let Some(place) = hovered.and_then(|p| story.places.get(p)) {
        let said = tr_with(
            "map-hover-place",
            &[
                ("name", place.name.clone().into()),
                ("kind", place.kind.name().into()),
                (
                    "schematic",
                    if place.approximate { "yes" } else { "no" }.into(),
                ),
            ],
        );
        paint_hover_tag(painter, rect, pointer, &said);
    }
    if let Some(count) = group {
        let said = tr_with("map-places-here", &[("count", count.into())]);
        paint_hover_tag(painter, rect, pointer, &said);
    }
}

pub fn map_ui(ui: &mut egui::Ui, state: &mut MapState, scene: Scene, commands: &mut Vec<Command>) {
    // The map keeps its light colours in the dark theme: what sits on it (the "Add place" bar, the
    // buttons, the legend) keeps the light theme's, or a light label would fade into the land.
    ui.scope(|ui| {
        *ui.visuals_mut() = egui::Visuals::light();
        map_and_chrome_ui(ui, state, scene, commands);
    });
}

fn map_and_chrome_ui(
    ui: &mut egui::Ui,
    state: &mut MapState,
    scene: Scene,
    commands: &mut Vec<Command>,
) {
    let Scene { doc, view, current } = scene;
    let story = doc.story();
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
    state.ensure_base(*doc.projection());
    state.sync_streets(doc.projection());
    move_view(ui, &response, state, scene, rect, commands);
    let map_view = state.view_in(doc, rect);
    let painter = ui.painter_at(rect);

    // The place filter hides the places it leaves out (countries stay, as the base map does).
    let shown = |p: usize| {
        story.places[p].kind != PlaceKind::Country
            && query::place_is_shown(story, p, current)
            && view.filter_shows(p)
    };
    let involved = involved_places(story, view, current);
    let hit = |pos| {
        doc.place_index().hit(
            map_view.map_from_screen(pos),
            HIT_PIXELS / map_view.scale,
            shown,
        )
    };
    let hovered = response.hover_pos().and_then(hit);

    // The still picture (base map and every place in its plain style) is tessellated once per view
    // and reused while only the cursor, the hover or the selection change; marked and transient
    // places are drawn over it each frame.
    let key = LayerKey {
        rect,
        center: [map_view.center.x, map_view.center.y],
        scale: map_view.scale,
        pixels_per_point: ui.ctx().pixels_per_point(),
        version: doc.places_version(),
        filter: view.filter_generation,
    };
    if state.still.as_ref().is_none_or(|still| still.key != key) {
        state.still = Some(state.draw_still(key, &map_view, doc, view));
    }
    let mut legend = state.legend(doc);
    legend.reviewed = !view.reviewed.places.is_empty();
    let Some(still) = &state.still else { return };
    // Over a group, the group is what the pointer names and what a click opens (by zooming in).
    let group = response
        .hover_pos()
        .and_then(|pointer| clusters::at(&still.clusters, pointer))
        .map(|c| (c.at, c.count));
    let hovered = hovered.filter(|_| group.is_none());
    painter.add(Shape::mesh(still.mesh.clone()));
    let crowded = still.crowded;
    let chrome_layout = chrome::ChromeLayout::new(
        ui.ctx(),
        rect,
        state.legend_asked,
        state.drawing.is_some(),
        &legend,
    );
    let mut labels = Labels {
        placed: still
            .obstacles
            .iter()
            .copied()
            .chain(chrome_layout.obstacles())
            .collect(),
        shapes: Vec::new(),
    };
    let priority = LabelPriority {
        selected: view.selected_place,
        hovered,
        involved: &involved,
        reviewed: &view.reviewed,
    };
    let (overlay, visible, labelled) =
        mark_places(doc, &map_view, rect.expand(8.0), still, &priority, shown);
    labels.placed.extend(overlay.obstacles.iter().copied());
    // Town markers go over every shape, the still layer's and the marked places' alike.
    let marked_markers = overlay.paint_shapes(&painter);
    painter.add(Shape::mesh(still.markers.clone()));
    clusters::paint_counts(&painter, &still.clusters);
    if let Some(grouping) = &still.grouping {
        labels
            .placed
            .push(clusters::paint_caption(&painter, rect, grouping.clone()));
    }
    painter.extend(marked_markers);

    state.focus_targets = keyboard::place_targets(ui, rect, &visible);
    labels::label_places(
        &mut labels,
        &painter,
        doc,
        &map_view,
        labelled,
        &priority,
        crowded,
    );
    let street_map = state.street_map.as_deref();
    if let (Some(map), false) = (street_map, still.streets.is_empty()) {
        labels
            .placed
            .push(streets::paint_attribution(&painter, rect, &map.attribution));
    }
    let name = name_and_towns(&mut labels, &painter, &map_view, doc, still, street_map);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, &name));
    if let Some(base) = &state.base {
        labels::label_countries(&mut labels, &painter, base, &map_view, story);
    }
    painter.extend(labels.shapes);

    chrome::legend_ui(ui, &painter, chrome_layout.legend, &legend);
    chrome::paint_scale_bar(&painter, rect, map_view.scale);
    chrome::map_buttons_ui(ui, rect, &chrome_layout, state, doc);

    if let Some(pointer) = response.hover_pos() {
        hover_tags(
            &painter,
            rect,
            pointer,
            story,
            hovered,
            group.map(|(_, n)| n),
        );
    }
    moving::paint_moving(&painter, doc, rect, state);
    drawing::drawing_bar_ui(ui, chrome_layout.drawing_bar, state, commands);
    if state.drawing.is_some() {
        draw_place_ui(ui, &response, state, doc, &map_view, commands);
    } else if let (true, Some((at, _))) = (response.clicked(), group) {
        state.zoom_about(rect, at, GROUP_ZOOM);
    } else if response.clicked() {
        commands.push(Command::SelectPlace(
            hovered.or_else(|| response.interact_pointer_pos().and_then(hit)),
        ));
    }
}

/// While a place is drawn: clicks add vertices, a double-click or Enter finishes, Esc cancels.
fn draw_place_ui(
    ui: &egui::Ui,
    response: &egui::Response,
    state: &mut MapState,
    doc: &Document,
    map_view: &view::MapView,
    commands: &mut Vec<Command>,
) {
    let (enter, escape) = ui.input(|i| {
        (
            i.key_pressed(egui::Key::Enter),
            i.key_pressed(egui::Key::Escape),
        )
    });
    if escape {
        state.drawing = None;
        return;
    }
    if response.double_clicked() || enter {
        drawing::finish_drawing(state, commands);
        return;
    }
    if response.clicked()
        && let Some(at) = response.interact_pointer_pos()
    {
        drawing::add_vertex(state, doc.projection(), map_view, at, commands);
    }
    if let Some(drawing) = &state.drawing {
        let painter = ui.painter_at(map_view.rect);
        // Pointer moves repaint anyway, so the rubber band follows without a repaint loop.
        drawing::paint_drawing(
            &painter,
            doc.projection(),
            map_view,
            drawing,
            response.hover_pos(),
        );
    }
}
