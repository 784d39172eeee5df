//! Drawing a new place on the map: a point with one click, a line or an area vertex by vertex
//! (double-click or Finish ends it, Esc cancels). The shape goes to the place form.

use super::MapState;
use super::view::MapView;
use crate::i18n::{tr, tr_with};
use crate::spatial::Projection;
use crate::ui::state::{Command, FormCommand};
use crate::ui::style;
use egui::{Color32, Pos2, Rect, Shape, Stroke};
use geo::{Coord, Geometry, LineString, Point, Polygon};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DrawShape {
    Point,
    Line,
    Area,
}

impl DrawShape {
    fn label(self) -> &'static str {
        match self {
            DrawShape::Point => "map-point",
            DrawShape::Line => "map-line",
            DrawShape::Area => "map-area",
        }
    }

    fn vertices_needed(self) -> usize {
        match self {
            DrawShape::Point => 1,
            DrawShape::Line => 2,
            DrawShape::Area => 3,
        }
    }
}

/// A shape being drawn: its vertices in longitude/latitude.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    pub shape: DrawShape,
    pub vertices: Vec<Coord>,
}

impl Drawing {
    /// The shape drawn so far, once it has enough vertices (an area's ring is closed here).
    pub fn geometry(&self) -> Option<Geometry<f64>> {
        if self.vertices.len() < self.shape.vertices_needed() {
            return None;
        }
        Some(match self.shape {
            DrawShape::Point => Geometry::Point(Point(self.vertices[0])),
            DrawShape::Line => Geometry::LineString(LineString::new(self.vertices.clone())),
            DrawShape::Area => {
                let mut ring = self.vertices.clone();
                ring.push(self.vertices[0]);
                Geometry::Polygon(Polygon::new(LineString::new(ring), vec![]))
            }
        })
    }
}

/// The "Add place" buttons, or while drawing, what to do next.
pub(super) fn drawing_bar_ui(
    ui: &mut egui::Ui,
    frame: Rect,
    state: &mut MapState,
    commands: &mut Vec<Command>,
) {
    ui.scope_builder(egui::UiBuilder::new().max_rect(frame), |ui| {
        ui.horizontal_wrapped(|ui| match &mut state.drawing {
            None => {
                ui.label(egui::RichText::new(tr("map-add-place")).strong());
                if ui
                    .button(tr("map-by-name"))
                    .on_hover_text(tr("map-by-name-hint"))
                    .clicked()
                {
                    commands.push(Command::Form(FormCommand::PlaceByName));
                }
                for shape in [DrawShape::Point, DrawShape::Line, DrawShape::Area] {
                    if ui
                        .button(tr(shape.label()))
                        .on_hover_text(tr(&format!("{}-hint", shape.label())))
                        .clicked()
                    {
                        state.drawing = Some(Drawing {
                            shape,
                            vertices: Vec::new(),
                        });
                    }
                }
            }
            Some(drawing) => {
                let hint = match drawing.shape {
                    DrawShape::Point => tr("map-click-point"),
                    shape => tr_with(
                        "map-click-vertices",
                        &[
                            ("count", drawing.vertices.len().into()),
                            ("needed", shape.vertices_needed().into()),
                        ],
                    ),
                };
                ui.label(egui::RichText::new(hint).strong().color(style::SELECTION));
                if drawing.shape != DrawShape::Point {
                    let finish = ui.add_enabled(
                        drawing.geometry().is_some(),
                        egui::Button::new(tr("map-finish")),
                    );
                    if finish.on_hover_text(tr("map-finish-hint")).clicked() {
                        finish_drawing(state, commands);
                        return;
                    }
                    if ui
                        .add_enabled(
                            !drawing.vertices.is_empty(),
                            egui::Button::new(tr("map-undo-vertex")),
                        )
                        .clicked()
                    {
                        drawing.vertices.pop();
                    }
                }
                if ui.button(tr("map-cancel")).on_hover_text("Esc").clicked() {
                    state.drawing = None;
                }
            }
        });
    });
}

/// Ends the drawing and opens the place form on its shape.
pub(super) fn finish_drawing(state: &mut MapState, commands: &mut Vec<Command>) {
    if let Some(geometry) = state.drawing.take().and_then(|d| d.geometry()) {
        commands.push(Command::Form(FormCommand::NewPlace(geometry)));
    }
}

/// A click on the map while drawing: a vertex there (a point is then done).
pub(super) fn add_vertex(
    state: &mut MapState,
    projection: &Projection,
    map_view: &MapView,
    at: Pos2,
    commands: &mut Vec<Command>,
) {
    let Some(drawing) = &mut state.drawing else {
        return;
    };
    drawing
        .vertices
        .push(projection.unproject(map_view.map_from_screen(at)));
    if drawing.shape == DrawShape::Point {
        finish_drawing(state, commands);
    }
}

/// The shape drawn so far, with a rubber band to the pointer.
pub(super) fn paint_drawing(
    painter: &egui::Painter,
    projection: &Projection,
    map_view: &MapView,
    drawing: &Drawing,
    pointer: Option<Pos2>,
) {
    let mut points: Vec<Pos2> = drawing
        .vertices
        .iter()
        .map(|&c| map_view.screen_from_map(projection.project(c)))
        .collect();
    let stroke = Stroke::new(2.0, style::SELECTION);
    if let Some(pointer) = pointer {
        points.push(pointer);
    }
    if drawing.shape == DrawShape::Area && points.len() >= 3 {
        painter.add(Shape::closed_line(points.clone(), stroke));
    } else if points.len() >= 2 {
        painter.add(Shape::line(points.clone(), stroke));
    }
    for &p in points.iter().take(drawing.vertices.len()) {
        painter.circle(p, 4.0, Color32::WHITE, stroke);
    }
}
