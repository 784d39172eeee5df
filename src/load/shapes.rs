//! Polygon and MultiPolygon validity in O(n log n): every ring's segments go through one
//! Shamos–Hoey sweep that compares each segment only with its neighbours along the sweep line
//! (geo's validation compares every pair; geo's sweep compares each segment with every one a
//! vertical line crosses, which took 11 s on a spiky 150 000-vertex outline).
//! The rules are OGC's, as RFC 7946 expects: rings closed, at least three distinct points and some
//! area; no ring crossing itself or another; holes inside their exterior; parts not overlapping.

use crate::i18n::tr_with;
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

impl Segment {
    /// Its ends, left (smaller x, then smaller y) first.
    fn ends(&self) -> (Coord, Coord) {
        let (a, b) = (self.line.start, self.line.end);
        if (a.x, a.y) <= (b.x, b.y) {
            (a, b)
        } else {
            (b, a)
        }
    }

    /// Where the segment is at `x` (its lower end, for a vertical one).
    fn y_at(&self, x: f64) -> f64 {
        let (a, b) = self.ends();
        if b.x == a.x {
            return a.y.min(b.y);
        }
        let t = ((x - a.x) / (b.x - a.x)).clamp(0.0, 1.0);
        a.y + t * (b.y - a.y)
    }

    fn slope(&self) -> f64 {
        let (a, b) = self.ends();
        if b.x == a.x {
            f64::INFINITY
        } else {
            (b.y - a.y) / (b.x - a.x)
        }
    }
}

/// Whether two segments of the rings may meet as they do: neighbours in a ring at their shared
/// end, or two rings touching at a point.
fn allowed(a: &Segment, b: &Segment, meeting: &LineIntersection<f64>) -> bool {
    if a.ring == b.ring {
        let neighbours = a.index.abs_diff(b.index) == 1 || a.index.abs_diff(b.index) == a.of - 1;
        let at_shared_end = matches!(meeting, LineIntersection::SinglePoint { is_proper: false, intersection }
            if *intersection == a.line.start || *intersection == a.line.end);
        neighbours && at_shared_end
    } else {
        matches!(
            meeting,
            LineIntersection::SinglePoint {
                is_proper: false,
                ..
            }
        )
    }
}

/// The first pair of segments that meet and may not, found by a Shamos–Hoey sweep: segments
/// ordered by where a vertical line crosses them, each compared only with its neighbours in that
/// order when it comes in or leaves. No two segments cross before the first pair that does, so
/// that pair is neighbours at some moment: O(n log n) comparisons for n segments (plus the moves
/// of a sorted list), whatever the shape. `allowed` says which meetings are fine (neighbouring
/// segments of a ring at their shared end; rings touching at a point).
fn first_bad_meeting(
    segments: &[Segment],
    allowed: impl Fn(&Segment, &Segment, &LineIntersection<f64>) -> bool,
) -> Option<(usize, usize, LineIntersection<f64>)> {
    let meets = |i: usize, j: usize| {
        let (a, b) = (&segments[i], &segments[j]);
        let meeting = geo::line_intersection::line_intersection(a.line, b.line)?;
        (!allowed(a, b, &meeting)).then_some((i, j, meeting))
    };
    // A ring through one vertex twice touches itself there; the sweep below lets segments that
    // end at a point leave before those that start there come in, so it is found here.
    if let Some(bad) = repeated_vertex(segments, &meets) {
        return Some(bad);
    }
    let is_vertical = |i: usize| segments[i].line.start.x == segments[i].line.end.x;
    // At each x: verticals against what the line x crosses, then departures, then arrivals, then
    // verticals again (against what arrived, and each other).
    let mut events: Vec<(f64, u8, f64, usize)> = Vec::with_capacity(segments.len() * 2);
    for (i, segment) in segments.iter().enumerate() {
        let (left, right) = segment.ends();
        if is_vertical(i) {
            events.push((left.x, 0, left.y, i));
        } else {
            events.push((right.x, 1, right.y, i));
            events.push((left.x, 2, left.y, i));
        }
    }
    events.sort_by(|a, b| {
        (a.0, a.1, a.2)
            .partial_cmp(&(b.0, b.1, b.2))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut active: Vec<usize> = Vec::new();
    let mut verticals: Vec<usize> = Vec::new();
    let mut next = 0;
    while next < events.len() {
        let x = events[next].0;
        let group_end = next + events[next..].iter().take_while(|e| e.0 == x).count();
        let group = &events[next..group_end];
        next = group_end;
        let key = |j: usize| (segments[j].y_at(x), segments[j].slope());
        // What a vertical segment meets among those crossing the line x within its span: with
        // no crossing so far, a run of the ordered list (two binary searches).
        let against_active = |i: usize, active: &[usize]| {
            let (low, high) = segments[i].ends();
            let from = active.partition_point(|&j| key(j).0 < low.y);
            let to = active.partition_point(|&j| key(j).0 <= high.y);
            let (lower, upper) = (from.saturating_sub(1), (to + 1).min(active.len()));
            active[lower..upper].iter().find_map(|&j| meets(i, j))
        };
        verticals.clear();
        verticals.extend(group.iter().filter(|e| e.1 == 0).map(|e| e.3));
        for &v in &verticals {
            if let Some(bad) = against_active(v, &active) {
                return Some(bad);
            }
        }
        for &(_, kind, _, i) in group.iter().filter(|e| e.1 == 1) {
            debug_assert_eq!(kind, 1);
            let Some(at) = active.iter().position(|&j| j == i) else {
                continue;
            };
            active.remove(at);
            if at > 0
                && let (Some(&below), Some(&above)) = (active.get(at - 1), active.get(at))
                && let Some(bad) = meets(below, above)
            {
                return Some(bad);
            }
        }
        for &(_, _, _, i) in group.iter().filter(|e| e.1 == 2) {
            let (y, slope) = key(i);
            let at = active.partition_point(|&j| {
                let (yj, sj) = key(j);
                yj < y || (yj == y && sj < slope)
            });
            active.insert(at, i);
            // Its neighbours, and any crossing the line x at the same height (a tie, where
            // order alone cannot say who is next).
            let mut from = at;
            while from > 0 && key(active[from - 1]).0 >= y {
                from -= 1;
            }
            let mut to = at + 1;
            while to < active.len() && key(active[to]).0 <= y {
                to += 1;
            }
            let (lower, upper) = (from.saturating_sub(1), (to + 1).min(active.len()));
            for &j in &active[lower..upper] {
                if j != i
                    && let Some(bad) = meets(i, j)
                {
                    return Some(bad);
                }
            }
        }
        // Verticals here in order of their lower ends: each may overlap the one before that
        // reaches highest.
        let mut highest: Option<usize> = None;
        for &v in &verticals {
            if let Some(bad) = against_active(v, &active) {
                return Some(bad);
            }
            if let Some(h) = highest {
                if let Some(bad) = meets(h, v) {
                    return Some(bad);
                }
                if segments[v].ends().1.y > segments[h].ends().1.y {
                    highest = Some(v);
                }
            } else {
                highest = Some(v);
            }
        }
    }
    None
}

/// A vertex a ring passes through twice (other than its closing point): the segments there meet
/// where they may not.
fn repeated_vertex(
    segments: &[Segment],
    meets: &impl Fn(usize, usize) -> Option<(usize, usize, LineIntersection<f64>)>,
) -> Option<(usize, usize, LineIntersection<f64>)> {
    let mut seen: std::collections::HashMap<(usize, u64, u64), usize> =
        std::collections::HashMap::with_capacity(segments.len());
    for (i, segment) in segments.iter().enumerate() {
        let start = segment.line.start;
        let key = (segment.ring, start.x.to_bits(), start.y.to_bits());
        if let Some(&first) = seen.get(&key) {
            // The segments leaving that vertex each time, and those arriving there.
            let before = |k: usize| {
                let s = &segments[k];
                k + s.of - 1 - if s.index == 0 { 0 } else { s.of }
            };
            for (a, b) in [
                (first, i),
                (before(first), i),
                (first, before(i)),
                (before(first), before(i)),
            ] {
                if a != b
                    && let Some(bad) = meets(a, b)
                {
                    return Some(bad);
                }
            }
        } else {
            seen.insert(key, i);
        }
    }
    None
}

/// Why the polygons (the parts of a MultiPolygon, or one Polygon) are not a valid shape.
pub fn check_polygons(polygons: &[Polygon<f64>]) -> Result<(), String> {
    let multi = polygons.len() > 1;
    let mut rings: Vec<(&LineString<f64>, String)> = Vec::new();
    // Part 0 is the only one: its rings are named without it.
    let part_of = |p: usize| if multi { p + 1 } else { 0 };
    for (p, polygon) in polygons.iter().enumerate() {
        let exterior = tr_with("shape-ring-exterior", &[("part", part_of(p).into())]);
        rings.push((polygon.exterior(), exterior));
        for (h, hole) in polygon.interiors().iter().enumerate() {
            rings.push((hole, hole_name(part_of(p), h + 1)));
        }
    }
    for (ring, name) in &rings {
        check_points(ring, name)?;
    }
    let segments: Vec<Segment> = rings
        .iter()
        .enumerate()
        .flat_map(|(r, (ring, _))| {
            let of = ring.0.len() - 1;
            ring.lines().enumerate().map(move |(index, line)| Segment {
                ring: r,
                index,
                of,
                line,
            })
        })
        .collect();
    if let Some((i, j, meeting)) = first_bad_meeting(&segments, allowed) {
        let (a, b) = (&segments[i], &segments[j]);
        let (name_a, name_b) = (&rings[a.ring].1, &rings[b.ring].1);
        return Err(match meeting {
            _ if a.ring == b.ring => tr_with(
                "shape-self-intersection",
                &[("ring", name_a.clone().into())],
            ),
            LineIntersection::Collinear { .. } => tr_with(
                "shape-share-edge",
                &[("a", name_a.clone().into()), ("b", name_b.clone().into())],
            ),
            LineIntersection::SinglePoint { .. } => tr_with(
                "shape-cross",
                &[("a", name_a.clone().into()), ("b", name_b.clone().into())],
            ),
        });
    }
    for (ring, name) in &rings {
        if Polygon::new((*ring).clone(), Vec::new()).unsigned_area() == 0.0 {
            return Err(tr_with("shape-no-area", &[("ring", name.clone().into())]));
        }
    }
    // No rings cross: a hole is inside its exterior, or outside it altogether; parts are nested
    // or apart. One vertex tells which.
    for (p, polygon) in polygons.iter().enumerate() {
        let exterior = Polygon::new(polygon.exterior().clone(), Vec::new());
        for (h, hole) in polygon.interiors().iter().enumerate() {
            if !hole.0.iter().any(|&c| exterior.contains(&c)) {
                let hole = hole_name(part_of(p), h + 1);
                return Err(tr_with("shape-hole-outside", &[("hole", hole.into())]));
            }
        }
    }
    check_parts_apart(polygons)
}

/// A hole's name ("hole 2", "part 3 hole 2"; part 0 when the shape has one).
fn hole_name(part: usize, hole: usize) -> String {
    tr_with(
        "shape-ring-hole",
        &[("part", part.into()), ("hole", hole.into())],
    )
}

/// At least four positions, three of them distinct.
fn check_points(ring: &LineString<f64>, name: &str) -> Result<(), String> {
    let points = &ring.0;
    if points.len() < 4 || points.windows(2).filter(|w| w[0] != w[1]).count() < 3 {
        return Err(tr_with(
            "shape-few-points",
            &[("ring", name.to_owned().into())],
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
                return Err(tr_with(
                    "shape-parts-overlap",
                    &[("first", first.into()), ("second", second.into())],
                ));
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

    /// Two square parts, each `(x, y, size)`.
    fn two_squares(a: (f64, f64, f64), b: (f64, f64, f64)) -> Vec<Polygon<f64>> {
        [a, b]
            .into_iter()
            .map(|(x, y, size)| shape(square(x, y, size), vec![]))
            .collect()
    }

    #[test]
    fn it_agrees_with_geo_validation_on_holes_and_parts() {
        let cases: Vec<Vec<Polygon<f64>>> = vec![
            vec![shape(square(0.0, 0.0, 4.0), vec![square(1.0, 1.0, 1.0)])],
            vec![shape(square(0.0, 0.0, 4.0), vec![square(3.0, 3.0, 2.0)])],
            vec![shape(square(0.0, 0.0, 4.0), vec![square(5.0, 5.0, 1.0)])],
            // Two parts: apart, overlapping, one inside the other, sharing an edge.
            two_squares((0.0, 0.0, 1.0), (2.0, 0.0, 1.0)),
            two_squares((0.0, 0.0, 2.0), (1.0, 1.0, 2.0)),
            two_squares((0.0, 0.0, 4.0), (1.0, 1.0, 1.0)),
            two_squares((0.0, 0.0, 1.0), (1.0, 0.0, 1.0)),
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

    /// Every pair compared: slow, and plainly right.
    fn any_bad_meeting(segments: &[Segment]) -> bool {
        segments.iter().enumerate().any(|(i, a)| {
            segments[i + 1..].iter().any(|b| {
                geo::line_intersection::line_intersection(a.line, b.line)
                    .is_some_and(|m| !allowed(a, b, &m))
            })
        })
    }

    #[test]
    fn the_sweep_finds_a_bad_meeting_exactly_when_comparing_every_pair_does() {
        // Small rings on a coarse grid (a fixed linear congruential sequence), one or two per
        // shape: shared vertices, touching and collinear edges and repeated points are common,
        // the cases a sweep gets wrong first.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 33) % n
        };
        let (mut bad, mut fine) = (0, 0);
        for _ in 0..50_000 {
            let mut segments = Vec::new();
            for ring in 0..1 + next(2) as usize {
                let grid = 4 + next(5);
                let points: Vec<Coord> = (0..3 + next(9))
                    .map(|_| Coord {
                        x: next(grid) as f64,
                        y: next(grid) as f64,
                    })
                    .collect();
                let of = points.len();
                for index in 0..of {
                    let line = Line::new(points[index], points[(index + 1) % of]);
                    segments.push(Segment {
                        ring,
                        index,
                        of,
                        line,
                    });
                }
            }
            let expected = any_bad_meeting(&segments);
            let found = first_bad_meeting(&segments, allowed).is_some();
            assert_eq!(found, expected, "{segments:?}");
            if expected {
                bad += 1;
            } else {
                fine += 1;
            }
        }
        assert!(bad > 1_000 && fine > 1_000, "{bad} bad, {fine} fine");
    }
}
