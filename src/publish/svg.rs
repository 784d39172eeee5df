//! Shapes as SVG path data in the map's units (the app's projection; y turned to point down, as SVG
//! draws), so a published page draws exactly what the window draws.

use crate::spatial::Projection;
use geo::{Coord, Geometry, LineString};
use std::fmt::Write;

/// Decimals kept of a map unit (a degree of latitude): 4 is about 10 m, finer than any shape here.
const PLACE_DECIMALS: usize = 4;
/// The base map is drawn at 1:10m at best: 3 decimals (about 100 m) lose nothing visible.
pub const BASE_DECIMALS: usize = 3;

/// A number with at most `decimals` decimals, without trailing zeros ("46.5", "-0.125", "3").
pub fn number(value: f64, decimals: usize) -> String {
    let mut text = format!("{value:.decimals$}");
    if text.contains('.') {
        let trimmed = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(trimmed);
    }
    if text == "-0" {
        text = "0".to_owned();
    }
    text
}

/// A point in SVG coordinates: map units, y down.
pub fn point(map: Coord) -> [f64; 2] {
    [map.x, -map.y]
}

/// What a place's shape becomes on the page: a path (areas and lines) and the points it marks.
#[derive(Debug, Default, PartialEq)]
pub struct PageShape {
    /// Path data of its areas (closed rings, drawn even-odd so holes stay holes).
    pub area: String,
    /// Path data of its lines.
    pub line: String,
    /// Its points, each [x, y] rounded.
    pub points: Vec<[f64; 2]>,
}

/// A place's shape in `projection`, as SVG path data.
pub fn shape(geometry: &Geometry<f64>, projection: &Projection) -> PageShape {
    let mut out = PageShape::default();
    add_shape(geometry, projection, &mut out);
    out
}

fn add_shape(geometry: &Geometry<f64>, projection: &Projection, out: &mut PageShape) {
    let ring = |path: &mut String, line: &LineString<f64>, close: bool| {
        rings(
            path,
            std::iter::once(line),
            projection,
            PLACE_DECIMALS,
            close,
        )
    };
    match geometry {
        Geometry::Point(p) => out.points.push(rounded(projection.project(p.0))),
        Geometry::MultiPoint(points) => out
            .points
            .extend(points.iter().map(|p| rounded(projection.project(p.0)))),
        Geometry::Line(l) => ring(
            &mut out.line,
            &LineString::from(vec![l.start, l.end]),
            false,
        ),
        Geometry::LineString(l) => ring(&mut out.line, l, false),
        Geometry::MultiLineString(lines) => {
            lines.iter().for_each(|l| ring(&mut out.line, l, false))
        }
        Geometry::Polygon(p) => {
            std::iter::once(p.exterior())
                .chain(p.interiors())
                .for_each(|r| ring(&mut out.area, r, true));
        }
        Geometry::MultiPolygon(polygons) => {
            for p in polygons {
                std::iter::once(p.exterior())
                    .chain(p.interiors())
                    .for_each(|r| ring(&mut out.area, r, true));
            }
        }
        Geometry::Rect(r) => ring(&mut out.area, r.to_polygon().exterior(), true),
        Geometry::Triangle(t) => ring(&mut out.area, t.to_polygon().exterior(), true),
        Geometry::GeometryCollection(c) => c.iter().for_each(|g| add_shape(g, projection, out)),
    }
}

fn rounded(map: Coord) -> [f64; 2] {
    let scale = 10f64.powi(PLACE_DECIMALS as i32);
    point(map).map(|v| (v * scale).round() / scale)
}

/// Appends each line, projected, to `path` ("M x y L x y … Z").
fn rings<'a>(
    path: &mut String,
    lines: impl Iterator<Item = &'a LineString<f64>>,
    projection: &Projection,
    decimals: usize,
    close: bool,
) {
    for line in lines {
        let projected = projection.project_path(&line.0);
        map_ring(path, &projected, decimals, close);
    }
}

/// Appends a line already in map units to `path`, leaving out points that round to the previous one.
pub fn map_ring(path: &mut String, ring: &[Coord], decimals: usize, close: bool) {
    let mut last = String::new();
    let mut written = 0;
    for (i, &c) in ring.iter().enumerate() {
        let [x, y] = point(c);
        let at = format!("{} {}", number(x, decimals), number(y, decimals));
        if at == last {
            continue;
        }
        let _ = write!(path, "{}{at}", if i == 0 { "M" } else { "L" });
        last = at;
        written += 1;
    }
    if close && written > 0 {
        path.push('Z');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_lose_trailing_zeros_and_never_read_minus_zero() {
        assert_eq!(number(46.5, 4), "46.5");
        assert_eq!(number(3.0, 3), "3");
        assert_eq!(number(-0.00001, 3), "0");
        assert_eq!(number(-0.125, 3), "-0.125");
    }

    #[test]
    fn a_polygon_becomes_a_closed_path_with_y_pointing_down() {
        let projection = Projection::new(0.0, 0.0);
        let c = |x, y| geo::Coord { x, y };
        let square: Geometry<f64> = geo::Polygon::new(
            LineString::from(vec![c(0.0, 0.0), c(1.0, 0.0), c(1.0, 1.0), c(0.0, 0.0)]),
            vec![],
        )
        .into();
        let page = shape(&square, &projection);
        assert_eq!(page.area, "M0 0L1 0L1 -1L0 0Z");
        assert!(page.line.is_empty() && page.points.is_empty());
        let point = shape(&geo::Point::new(2.0, 3.0).into(), &projection);
        assert_eq!(point.points, [[2.0, -3.0]]);
    }
}
