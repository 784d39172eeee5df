//! Polygon and MultiPolygon validity in O(n log n): every ring's segments go through one sweep
//! (geo's simplified Bentley–Ottmann), instead of geo's validation, which compares every pair of
//! segments and takes seconds on a detailed coastline or a MultiPolygon of thousands of parts.
//! The rules are OGC's, as RFC 7946 expects: rings closed, at least three distinct points and some
//! area; no ring crossing itself or another; holes inside their exterior; parts not overlapping.

use geo::sweep::{Cross, Intersections};
use geo::{Area, Contains, Coord, Line, LineIntersection, LineString, Polygon, Rect};

/// One segment of one ring, so the sweep can say whose segments meet.
#[derive(Debug, Clone, Copy)]
struct Segment {
    ring: usize,
    index: usize,
    /// Segments in the ring, to know that its last and first segments are neighbours.
    of: usize,
    line: Line<f64>,
}

impl Cross for Segment {
    type Scalar = f64;
    fn line(&self) -> Line<f64> {
        self.line
    }
}

/// Why the polygons (the parts of a MultiPolygon, or one Polygon) are not a valid shape.
pub fn check_polygons(polygons: &[Polygon<f64>]) -> Result<(), String> {
    let multi = polygons.len() > 1;
    let mut rings: Vec<(&LineString<f64>, String)> = Vec::new();
    for (p, polygon) in polygons.iter().enumerate() {
        let part = if multi {
            format!("part {} ", p + 1)
        } else {
            String::new()
        };
        rings.push((polygon.exterior(), format!("{part}exterior ring")));
        for (h, hole) in polygon.interiors().iter().enumerate() {
            rings.push((hole, format!("{part}hole {}", h + 1)));
        }
    }
    for (ring, name) in &rings {
        check_points(ring, name)?;
    }
    let segments = rings.iter().enumerate().flat_map(|(r, (ring, _))| {
        let of = ring.0.len() - 1;
        ring.lines().enumerate().map(move |(index, line)| Segment {
            ring: r,
            index,
            of,
            line,
        })
    });
    for (a, b, meeting) in Intersections::from_iter(segments) {
        let (name_a, name_b) = (&rings[a.ring].1, &rings[b.ring].1);
        if a.ring == b.ring {
            let neighbours =
                a.index.abs_diff(b.index) == 1 || a.index.abs_diff(b.index) == a.of - 1;
            let at_shared_end = matches!(meeting, LineIntersection::SinglePoint { is_proper: false, intersection }
                if intersection == a.line.start || intersection == a.line.end);
            if !(neighbours && at_shared_end) {
                return Err(format!("invalid shape: {name_a} has a self-intersection"));
            }
        } else {
            match meeting {
                LineIntersection::SinglePoint {
                    is_proper: false, ..
                } => {}
                LineIntersection::SinglePoint { .. } => {
                    return Err(format!("invalid shape: {name_a} crosses {name_b}"));
                }
                LineIntersection::Collinear { .. } => {
                    return Err(format!(
                        "invalid shape: {name_a} and {name_b} share an edge"
                    ));
                }
            }
        }
    }
    for (ring, name) in &rings {
        if Polygon::new((*ring).clone(), Vec::new()).unsigned_area() == 0.0 {
            return Err(format!(
                "invalid shape: {name} encloses no area (its points fold back on one line)"
            ));
        }
    }
    // No rings cross: a hole is inside its exterior, or outside it altogether; parts are nested
    // or apart. One vertex tells which.
    for (p, polygon) in polygons.iter().enumerate() {
        let exterior = Polygon::new(polygon.exterior().clone(), Vec::new());
        for (h, hole) in polygon.interiors().iter().enumerate() {
            if !hole.0.iter().any(|&c| exterior.contains(&c)) {
                let part = if multi {
                    format!("part {} ", p + 1)
                } else {
                    String::new()
                };
                return Err(format!(
                    "invalid shape: {part}hole {} is outside its exterior ring",
                    h + 1
                ));
            }
        }
    }
    check_parts_apart(polygons)
}

/// At least four positions, three of them distinct.
fn check_points(ring: &LineString<f64>, name: &str) -> Result<(), String> {
    let points = &ring.0;
    if points.len() < 4 || points.windows(2).filter(|w| w[0] != w[1]).count() < 3 {
        return Err(format!(
            "invalid shape: {name} must have at least 3 distinct points"
        ));
    }
    Ok(())
}

/// No part of a MultiPolygon inside another: parts whose bounding boxes overlap (found by a sweep
/// over the boxes) are tested with one vertex each way.
fn check_parts_apart(polygons: &[Polygon<f64>]) -> Result<(), String> {
    if polygons.len() < 2 {
        return Ok(());
    }
    let boxes: Vec<Rect<f64>> = polygons
        .iter()
        .map(|p| {
            geo::BoundingRect::bounding_rect(p).unwrap_or(Rect::new(Coord::zero(), Coord::zero()))
        })
        .collect();
    let mut order: Vec<usize> = (0..polygons.len()).collect();
    order.sort_by(|&a, &b| boxes[a].min().x.total_cmp(&boxes[b].min().x));
    let inside = |a: usize, b: usize| {
        polygons[a]
            .exterior()
            .0
            .first()
            .is_some_and(|c| polygons[b].contains(c))
    };
    for (i, &a) in order.iter().enumerate() {
        for &b in &order[i + 1..] {
            if boxes[b].min().x > boxes[a].max().x {
                break;
            }
            let overlap_y =
                boxes[b].min().y <= boxes[a].max().y && boxes[a].min().y <= boxes[b].max().y;
            if overlap_y && (inside(a, b) || inside(b, a)) {
                let (first, second) = (a.min(b) + 1, a.max(b) + 1);
                return Err(format!("invalid shape: parts {first} and {second} overlap"));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{Validation, polygon};

    fn square(x: f64, y: f64, size: f64) -> Vec<(f64, f64)> {
        vec![
            (x, y),
            (x + size, y),
            (x + size, y + size),
            (x, y + size),
            (x, y),
        ]
    }

    fn shape(exterior: Vec<(f64, f64)>, holes: Vec<Vec<(f64, f64)>>) -> Polygon<f64> {
        Polygon::new(
            LineString::from(exterior),
            holes.into_iter().map(LineString::from).collect(),
        )
    }

    #[test]
    fn it_agrees_with_geo_validation_on_holes_and_parts() {
        let cases: Vec<Vec<Polygon<f64>>> = vec![
            vec![shape(square(0.0, 0.0, 4.0), vec![square(1.0, 1.0, 1.0)])],
            vec![shape(square(0.0, 0.0, 4.0), vec![square(3.0, 3.0, 2.0)])],
            vec![shape(square(0.0, 0.0, 4.0), vec![square(5.0, 5.0, 1.0)])],
            vec![
                shape(square(0.0, 0.0, 1.0), vec![]),
                shape(square(2.0, 0.0, 1.0), vec![]),
            ],
            vec![
                shape(square(0.0, 0.0, 2.0), vec![]),
                shape(square(1.0, 1.0, 2.0), vec![]),
            ],
            vec![
                shape(square(0.0, 0.0, 4.0), vec![]),
                shape(square(1.0, 1.0, 1.0), vec![]),
            ],
            vec![
                shape(square(0.0, 0.0, 1.0), vec![]),
                shape(square(1.0, 0.0, 1.0), vec![]),
            ],
            vec![polygon![(x: 0.0, y: 0.0), (x: 2.0, y: 2.0), (x: 2.0, y: 0.0), (x: 0.0, y: 2.0)]],
        ];
        for polygons in cases {
            let geo_says = geo::MultiPolygon(polygons.clone()).is_valid();
            assert_eq!(check_polygons(&polygons).is_ok(), geo_says, "{polygons:?}");
        }
    }

    #[test]
    fn a_ring_without_area_is_refused() {
        // Folding back on itself along one line: its edges overlap, so it intersects itself.
        let flat = shape(vec![(0.0, 0.0), (1.0, 1.0), (2.0, 2.0), (0.0, 0.0)], vec![]);
        let error = check_polygons(&[flat]).unwrap_err();
        assert!(error.contains("has a self-intersection"), "{error}");
        // A ring of repeated points around no area at all.
        let spike = shape(
            vec![(0.0, 0.0), (1.0, 0.0), (0.0, 0.0), (1.0, 0.0), (0.0, 0.0)],
            vec![],
        );
        assert!(check_polygons(&[spike]).is_err());
    }
}
