//! A layer of the map being drawn: fills gathered in one mesh under the strokes, markers in one
//! mesh over them, and the fills and strokes of what the view can see, for the base map, the
//! street map and the places alike.

use super::view::MapView;
use egui::{Color32, Pos2, Rect, Shape, Stroke};
use geo::Coord;

/// Fills are gathered in one mesh: one shape for the tessellator instead of thousands.
pub(super) fn fill(
    mesh: &mut egui::Mesh,
    triangles: &[geo::Triangle<f64>],
    t: &MapView,
    color: Color32,
) {
    mesh.reserve_triangles(triangles.len());
    mesh.reserve_vertices(triangles.len() * 3);
    for triangle in triangles {
        let base = mesh.vertices.len() as u32;
        for c in triangle.to_array() {
            mesh.colored_vertex(t.screen_from_map(c), color);
        }
        mesh.add_triangle(base, base + 1, base + 2);
    }
}

/// The shapes of one kind, with their bounds, in tiles' lists of `(kind, bounds, shape)`.
pub(super) fn of_kind<'a, K: PartialEq + Copy + 'a, T: 'a>(
    lists: impl Iterator<Item = &'a Vec<(K, geo::Rect<f64>, T)>>,
    kind: K,
) -> impl Iterator<Item = (&'a geo::Rect<f64>, &'a T)> {
    lists
        .flatten()
        .filter(move |m| m.0 == kind)
        .map(|(_, bounds, shape)| (bounds, shape))
}

/// Areas (bounds and triangles in map units) the view can see, filled in one colour.
pub(super) fn fill_areas<'a>(
    layer: &mut Layer,
    areas: impl Iterator<Item = (&'a geo::Rect<f64>, &'a Vec<geo::Triangle<f64>>)>,
    t: &MapView,
    color: Color32,
) {
    use geo::Intersects;
    let seen = t.map_bounds();
    for (_, triangles) in areas.filter(|(bounds, _)| bounds.intersects(&seen)) {
        fill(&mut layer.fills, triangles, t, color);
    }
}

/// Lines (bounds and points in map units) the view can see, with no two points closer than a
/// pixel: a 1:10m coast seen from afar costs what the screen can show, not its every point.
pub(super) fn stroke_lines<'a>(
    layer: &mut Layer,
    lines: impl Iterator<Item = (&'a geo::Rect<f64>, &'a Vec<Coord>)>,
    t: &MapView,
    stroke: Stroke,
) {
    use geo::Intersects;
    let seen = t.map_bounds();
    for (_, line) in lines.filter(|(bounds, _)| bounds.intersects(&seen)) {
        let mut points: Vec<Pos2> = Vec::with_capacity(line.len());
        for (i, &c) in line.iter().enumerate() {
            let p = t.screen_from_map(c);
            let last = i + 1 == line.len();
            if points.last().is_none_or(|q| last || q.distance(p) >= 1.0) {
                points.push(p);
            }
        }
        if points.len() >= 2 {
            layer.strokes.push(Shape::line(points, stroke));
        }
    }
}

/// Shapes being gathered: fills in one mesh under the strokes, markers in one mesh over them.
#[derive(Default)]
pub(super) struct Layer {
    pub fills: egui::Mesh,
    pub strokes: Vec<Shape>,
    pub markers: egui::Mesh,
    /// Towns and sites, drawn over every fill and stroke.
    pub points: Vec<Shape>,
    pub obstacles: Vec<Rect>,
}

impl Layer {
    /// Paints the fills and strokes, and gives back the markers and points, to paint above what
    /// comes next.
    pub fn paint_shapes(self, painter: &egui::Painter) -> Vec<Shape> {
        painter.add(Shape::mesh(self.fills));
        painter.extend(self.strokes);
        let mut points = vec![Shape::mesh(self.markers)];
        points.extend(self.points);
        points
    }

    /// The fills and strokes as one mesh, tessellated here rather than by egui every frame, and
    /// the markers as another.
    pub(super) fn tessellate(self, pixels_per_point: f32) -> (egui::Mesh, egui::Mesh) {
        let options = egui::epaint::TessellationOptions::default();
        let mut tessellator =
            egui::epaint::Tessellator::new(pixels_per_point, options, [1, 1], Vec::new());
        let mut mesh = self.fills;
        for shape in self.strokes {
            tessellator.tessellate_shape(shape, &mut mesh);
        }
        let mut markers = self.markers;
        for shape in self.points {
            tessellator.tessellate_shape(shape, &mut markers);
        }
        (mesh, markers)
    }
}
