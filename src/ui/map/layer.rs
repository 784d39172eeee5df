//! A layer of the map being drawn: fills gathered in one mesh under the strokes, markers in one
//! mesh over them, and the fills and strokes of what the view can see, for the base map, the
//! street map and the places alike.

use super::view::MapView;
use egui::{Color32, Pos2, Rect, Shape, Stroke};
use geo::Coord;

/// Fills are gathered in one mesh: one shape for the tessellator instead of thousands. Only the
/// triangles the view can see are added: the world's countries seen from one region are a few.
pub(super) fn fill(
    mesh: &mut egui::Mesh,
    triangles: &[geo::Triangle<f64>],
    t: &MapView,
    color: Color32,
) {
    use geo::{BoundingRect, Intersects};
    let seen = t.map_bounds();
    for triangle in triangles
        .iter()
        .filter(|triangle| triangle.bounding_rect().intersects(&seen))
    {
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
        let points = screen_points(line, t);
        if points.len() >= 2 {
            layer.strokes.push(Shape::line(points, stroke));
        }
    }
}

/// A line or ring (in map units) on screen, with no two points closer than a pixel but its ends
/// kept: a detailed coast or border seen from afar costs what the screen can show.
pub(super) fn screen_points(line: &[Coord], t: &MapView) -> Vec<Pos2> {
    let mut points: Vec<Pos2> = Vec::with_capacity(line.len());
    for (i, &c) in line.iter().enumerate() {
        let p = t.screen_from_map(c);
        let last = i + 1 == line.len();
        if points.last().is_none_or(|q| last || q.distance(p) >= 1.0) {
            points.push(p);
        }
    }
    points
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

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{Triangle, coord};

    /// A 200 × 100 pixel view of the map units (0, 0) to (20, 10).
    fn view() -> MapView {
        MapView {
            rect: Rect::from_min_size(Pos2::ZERO, egui::vec2(200.0, 100.0)),
            center: coord! { x: 10.0, y: 5.0 },
            scale: 10.0,
        }
    }

    fn triangle(x: f64, y: f64) -> Triangle<f64> {
        Triangle::new(
            coord! { x: x, y: y },
            coord! { x: x + 1.0, y: y },
            coord! { x: x, y: y + 1.0 },
        )
    }

    #[test]
    fn only_what_the_view_sees_is_filled_and_lines_keep_a_point_a_pixel() {
        let mut mesh = egui::Mesh::default();
        let far_away = triangle(100.0, 100.0);
        let across_the_edge = triangle(19.5, 4.0);
        fill(
            &mut mesh,
            &[triangle(2.0, 2.0), far_away, across_the_edge],
            &view(),
            Color32::RED,
        );
        assert_eq!(mesh.vertices.len(), 6, "two triangles seen, one left out");

        // Two clusters of points each within a pixel, 20 pixels apart, and an end: each cluster's
        // first point and the end are kept.
        let cluster = |x: f64| (0..50).map(move |i| coord! { x: x + f64::from(i) * 0.001, y: 1.0 });
        let mut line: Vec<Coord> = cluster(1.0).chain(cluster(3.0)).collect();
        line.push(coord! { x: 5.0, y: 1.0 });
        let points = screen_points(&line, &view());
        let xs: Vec<f32> = points.iter().map(|p| p.x).collect();
        assert_eq!(xs, [10.0, 30.0, 50.0]);
    }
}
