//! Map geometry without a window: the schematic projection and hit testing of places (geo).

use crate::model::{Place, Story};
use geo::{BoundingRect, Contains, Coord, Distance, Euclidean, Geometry, MapCoords, Point, Rect};

/// Equirectangular projection about a reference latitude, so a degree east and a degree north have
/// their true ratio there (about 0.77 at 40° N). Map units are degrees of latitude, y pointing north.
/// Longitudes are taken the short way round from the centre, so a story across the antimeridian
/// (Fiji, Chukotka, the Aleutians) lies together, and the world is seen from the story's side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    pub lon0: f64,
    pub lat0: f64,
    cos_lat0: f64,
}

/// The reference latitude is held this far from a pole, where a degree east has no width.
const MAX_REFERENCE_LATITUDE: f64 = 85.0;

/// A difference of longitudes brought into [-180, 180).
pub fn wrapped(degrees: f64) -> f64 {
    (degrees + 180.0).rem_euclid(360.0) - 180.0
}

/// Whether a longitude lies in [west, east], either side of the antimeridian (east may run past
/// 180°, as a view across it does).
pub fn lon_within(lon: f64, west: f64, east: f64) -> bool {
    west + (lon - west).rem_euclid(360.0) <= east
}

impl Projection {
    pub fn new(lon0: f64, lat0: f64) -> Self {
        let reference = lat0.clamp(-MAX_REFERENCE_LATITUDE, MAX_REFERENCE_LATITUDE);
        Projection {
            lon0,
            lat0,
            cos_lat0: reference.to_radians().cos(),
        }
    }

    /// How many map units a degree of longitude spans.
    pub fn degree_east(&self) -> f64 {
        self.cos_lat0
    }

    /// A point, its longitude the short way round from the centre.
    pub fn project(&self, lon_lat: Coord) -> Coord {
        self.project_after(lon_lat, None)
    }

    /// A point of a line or ring: the short way round from the point before it (when there is
    /// one), so a shape that crosses the far side of the globe is not torn across the map.
    fn project_after(&self, lon_lat: Coord, before: Option<f64>) -> Coord {
        let east = wrapped(lon_lat.x - self.lon0);
        let east = before.map_or(east, |b| b + wrapped(east - b));
        Coord {
            x: east * self.cos_lat0,
            y: lon_lat.y - self.lat0,
        }
    }

    /// A line or ring, each point continuing from the one before.
    pub fn project_path(&self, path: &[Coord]) -> Vec<Coord> {
        let mut before = None;
        path.iter()
            .map(|&c| {
                let map = self.project_after(c, before);
                before = Some(map.x / self.cos_lat0);
                map
            })
            .collect()
    }

    /// A shape, each of its lines and rings continuing from the point before (see `project_path`).
    pub fn project_shape(&self, shape: &Geometry<f64>) -> Geometry<f64> {
        let before = std::cell::Cell::new(None);
        shape.map_coords(|c| {
            let map = self.project_after(c, before.get());
            before.set(Some(map.x / self.cos_lat0));
            map
        })
    }

    /// A box of [west, south, east, north] degrees in map units: its west the short way round from
    /// the centre, its width kept (a west greater than its east crosses the antimeridian; an east
    /// past 180° continues across it).
    pub fn project_box(&self, [west, south, east, north]: [f64; 4]) -> Rect<f64> {
        let low = self.project(Coord { x: west, y: south });
        let width = match east - west {
            w if w > 0.0 && w <= 360.0 => w,
            w => w.rem_euclid(360.0),
        };
        Rect::new(
            low,
            Coord {
                x: low.x + width * self.cos_lat0,
                y: north - self.lat0,
            },
        )
    }

    /// Longitude and latitude of a map position, the longitude within [-180, 180).
    pub fn unproject(&self, map: Coord) -> Coord {
        let lon_lat = self.unproject_unwrapped(map);
        Coord {
            x: wrapped(lon_lat.x),
            ..lon_lat
        }
    }

    /// Longitude and latitude of a map position, the longitude continuing past ±180° (for the
    /// edges of a view across the antimeridian).
    pub fn unproject_unwrapped(&self, map: Coord) -> Coord {
        Coord {
            x: map.x / self.cos_lat0 + self.lon0,
            y: map.y + self.lat0,
        }
    }
}

/// How big a place is as a target: points and lines are hit by distance, areas by containment;
/// smaller targets are drawn over, labelled before and hit before larger ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TargetSize {
    Point,
    Line,
    Area,
}

impl TargetSize {
    pub fn of(shape: &Geometry<f64>) -> Self {
        match shape {
            Geometry::Point(_) | Geometry::MultiPoint(_) => TargetSize::Point,
            Geometry::Line(_) | Geometry::LineString(_) | Geometry::MultiLineString(_) => {
                TargetSize::Line
            }
            Geometry::Polygon(_)
            | Geometry::MultiPolygon(_)
            | Geometry::Rect(_)
            | Geometry::Triangle(_)
            | Geometry::GeometryCollection(_) => TargetSize::Area,
        }
    }
}

/// The projection for a story: centred on the places it draws as areas or lines, or on all of them.
pub fn projection_for(story: &Story) -> Projection {
    let center = focus_bounds(story).map_or(Coord { x: 0.0, y: 0.0 }, |r| r.center());
    Projection::new(center.x, center.y)
}

/// Bounds (lon/lat) of the story's areas and lines, where the story happens; all places if it has none.
/// A story across the antimeridian gets the narrow box across it: its east runs past 180°.
pub fn focus_bounds(story: &Story) -> Option<Rect<f64>> {
    let shaped = |p: &&Place| TargetSize::of(&p.geometry) != TargetSize::Point;
    places_bounds(story.places.iter().filter(shaped)).or_else(|| places_bounds(story.places.iter()))
}

/// The box (lon/lat) holding these places, the narrow way round: across the antimeridian when
/// that is narrower, its east then past 180°; places with latitudes past the poles are left out.
pub fn places_bounds<'a>(places: impl Iterator<Item = &'a Place>) -> Option<Rect<f64>> {
    // A place outside WGS84 (kept, with a notice, as its file had it) is not where a story happens.
    let inside = |b: &Rect<f64>| {
        (-540.0..=540.0).contains(&b.min().x)
            && (-540.0..=540.0).contains(&b.max().x)
            && (-90.0..=90.0).contains(&b.min().y)
            && (-90.0..=90.0).contains(&b.max().y)
    };
    let boxes: Vec<Rect<f64>> = places
        .filter_map(|p| p.geometry.bounding_rect())
        .filter(inside)
        .collect();
    let (west, east) = lon_span(boxes.iter().flat_map(|b| [b.min().x, b.max().x]))?;
    let south = boxes
        .iter()
        .map(|b| b.min().y)
        .fold(f64::INFINITY, f64::min);
    let north = boxes
        .iter()
        .map(|b| b.max().y)
        .fold(f64::NEG_INFINITY, f64::max);
    Some(Rect::new(
        Coord { x: west, y: south },
        Coord { x: east, y: north },
    ))
}

/// The narrowest stretch of longitudes holding all these, as (west, east): the circle less its
/// widest gap, so places either side of the antimeridian give east past 180°.
fn lon_span(lons: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    let mut lons: Vec<f64> = lons.filter(|l| l.is_finite()).map(wrapped).collect();
    lons.sort_by(f64::total_cmp);
    let (&first, &last) = (lons.first()?, lons.last()?);
    // The gap past the last one, round to the first, is where a box not crossing 180° ends.
    let mut widest = (first + 360.0 - last, last, first + 360.0);
    for pair in lons.windows(2) {
        if pair[1] - pair[0] > widest.0 {
            widest = (pair[1] - pair[0], pair[0], pair[1]);
        }
    }
    let (_, gap_west, gap_east) = widest;
    Some((
        wrapped(gap_east),
        wrapped(gap_east) + (gap_west + 360.0 - gap_east).rem_euclid(360.0),
    ))
}

/// The centres (longitude, latitude) of at most `limit` of the story's places, spread over its list.
pub fn place_centres(story: &Story, limit: usize) -> impl Iterator<Item = (f64, f64)> + '_ {
    let step = story.places.len().div_ceil(limit.max(1)).max(1);
    story
        .places
        .iter()
        .step_by(step)
        .filter_map(|p| p.geometry.bounding_rect())
        .map(|b| (b.center().x, b.center().y))
}

/// The smallest box holding both.
pub fn union(a: Rect<f64>, b: Rect<f64>) -> Rect<f64> {
    Rect::new(
        Coord {
            x: a.min().x.min(b.min().x),
            y: a.min().y.min(b.min().y),
        },
        Coord {
            x: a.max().x.max(b.max().x),
            y: a.max().y.max(b.max().y),
        },
    )
}

/// How much larger than what it fits a view is (the app's Fit and a step's view alike).
pub const FIT_MARGIN: f64 = 1.45;
/// A view is never narrower than this many map units (about 100 km), so a story of one town
/// shows its surroundings, not a speck.
pub const MIN_FIT_SPAN: f64 = 1.0;

/// The box, in map units, that shows `fitted` (map units) with the app's margin; the world when
/// there is nothing to fit.
pub fn fit_box(fitted: Option<Rect<f64>>) -> Rect<f64> {
    let (center, width, height) = match fitted {
        Some(b) => (
            b.center(),
            b.width().max(MIN_FIT_SPAN) * FIT_MARGIN,
            b.height().max(MIN_FIT_SPAN) * FIT_MARGIN,
        ),
        None => (
            Coord { x: 10.0, y: 25.0 },
            250.0 * FIT_MARGIN,
            100.0 * FIT_MARGIN,
        ),
    };
    Rect::new(
        Coord {
            x: center.x - width / 2.0,
            y: center.y - height / 2.0,
        },
        Coord {
            x: center.x + width / 2.0,
            y: center.y + height / 2.0,
        },
    )
}

/// The story's focus (see [`focus_bounds`]) in map units.
pub fn focus_in_map(story: &Story, projection: &Projection) -> Option<Rect<f64>> {
    focus_bounds(story)
        .map(|r| projection.project_box([r.min().x, r.min().y, r.max().x, r.max().y]))
}

/// The box, in map units, the map shows for a step's view: its box as given, or the places it
/// fits (the story's focus when it fits none) as the app's Fit frames them.
pub fn step_view(
    story: &Story,
    index: &PlaceIndex,
    projection: &Projection,
    view: &crate::model::StepView,
) -> Rect<f64> {
    use crate::model::StepView;
    match view {
        StepView::Bounds(bounds) => projection.project_box(*bounds),
        StepView::Fit(places) => fit_box(
            places
                .iter()
                .filter_map(|&p| index.bounds(p))
                .reduce(union)
                .or_else(|| focus_in_map(story, projection)),
        ),
    }
}

/// Places in map units with their bounding boxes, built once per story.
pub struct PlaceIndex {
    shapes: Vec<Geometry<f64>>,
    bounds: Vec<Option<Rect<f64>>>,
    sizes: Vec<TargetSize>,
    areas: Vec<f64>,
    /// Per place, where its label goes.
    anchors: Vec<Option<Coord>>,
    /// Per place: full detail, then simplified to 1/200, 1/50 and 1/12 of its size.
    levels: Vec<[Detail; 4]>,
    draw_order: Vec<usize>,
}

/// Simplification of each level, as a fraction of the shape's size (the first is full detail).
const LEVEL_FRACTIONS: [f64; 4] = [0.0, 1.0 / 200.0, 1.0 / 50.0, 1.0 / 12.0];

/// What the map draws of a place at one level of detail, in map units: rings and lines to stroke,
/// triangles to fill, points to mark. Built once, so no frame triangulates.
#[derive(Debug, Clone, Default)]
pub struct Detail {
    pub lines: Vec<Vec<Coord>>,
    pub triangles: Vec<geo::Triangle<f64>>,
    pub points: Vec<Coord>,
}

impl Detail {
    fn of(shape: &Geometry<f64>) -> Self {
        Detail {
            lines: lines_of(shape),
            triangles: fill_triangles(shape),
            points: points_of(shape),
        }
    }
}

/// Past this many points a shape is thinned (every n-th point kept) before Ramer–Douglas–Peucker,
/// whose worst case is quadratic: the simplified levels of a 150 000-point border stay cheap to make.
const MAX_SIMPLIFY_POINTS: usize = 10_000;

/// A shape simplified (Ramer–Douglas–Peucker, geo's `Simplify`) by `epsilon` map units.
fn simplified(shape: &Geometry<f64>, epsilon: f64) -> Geometry<f64> {
    use geo::{CoordsIter, Simplify};
    let stride = shape.coords_count().div_ceil(MAX_SIMPLIFY_POINTS).max(1);
    let shape = if stride > 1 {
        &thinned(shape, stride)
    } else {
        shape
    };
    match shape {
        Geometry::Polygon(p) => Geometry::Polygon(p.simplify(epsilon)),
        Geometry::MultiPolygon(p) => Geometry::MultiPolygon(p.simplify(epsilon)),
        Geometry::LineString(l) => Geometry::LineString(l.simplify(epsilon)),
        Geometry::MultiLineString(l) => Geometry::MultiLineString(l.simplify(epsilon)),
        other => other.clone(),
    }
}

/// Every `stride`-th point of each line and ring, keeping ends (and rings closed, with at least four
/// points), for drawing at a scale where the points dropped are far under a pixel apart anyway.
fn thinned(shape: &Geometry<f64>, stride: usize) -> Geometry<f64> {
    use geo::{LineString, MultiLineString, MultiPolygon, Polygon};
    let line = |l: &LineString<f64>| {
        let points = &l.0;
        if points.len() <= 4 * stride {
            return l.clone();
        }
        let mut kept: Vec<Coord> = points.iter().step_by(stride).copied().collect();
        if let Some(&last) = points.last()
            && kept.last() != Some(&last)
        {
            kept.push(last);
        }
        LineString(kept)
    };
    let polygon = |p: &Polygon<f64>| {
        Polygon::new(line(p.exterior()), p.interiors().iter().map(line).collect())
    };
    match shape {
        Geometry::LineString(l) => Geometry::LineString(line(l)),
        Geometry::MultiLineString(ml) => {
            Geometry::MultiLineString(MultiLineString(ml.0.iter().map(line).collect()))
        }
        Geometry::Polygon(p) => Geometry::Polygon(polygon(p)),
        Geometry::MultiPolygon(mp) => {
            Geometry::MultiPolygon(MultiPolygon(mp.0.iter().map(polygon).collect()))
        }
        other => other.clone(),
    }
}

/// Rings of areas and the lines of linear shapes.
fn lines_of(shape: &Geometry<f64>) -> Vec<Vec<Coord>> {
    let rings = |p: &geo::Polygon<f64>| {
        std::iter::once(p.exterior())
            .chain(p.interiors())
            .filter(|r| !r.0.is_empty())
            .map(|r| r.0.clone())
            .collect::<Vec<_>>()
    };
    match shape {
        Geometry::Polygon(p) => rings(p),
        Geometry::MultiPolygon(mp) => mp.0.iter().flat_map(rings).collect(),
        Geometry::LineString(l) => vec![l.0.clone()],
        Geometry::MultiLineString(ml) => ml.0.iter().map(|l| l.0.clone()).collect(),
        _ => Vec::new(),
    }
}

fn points_of(shape: &Geometry<f64>) -> Vec<Coord> {
    match shape {
        Geometry::Point(p) => vec![p.0],
        Geometry::MultiPoint(mp) => mp.0.iter().map(|p| p.0).collect(),
        _ => Vec::new(),
    }
}

impl PlaceIndex {
    pub fn new(places: &[Place], projection: &Projection) -> Self {
        use geo::Area;
        let shapes: Vec<Geometry<f64>> = places
            .iter()
            .map(|p| projection.project_shape(&p.geometry))
            .collect();
        let bounds: Vec<Option<Rect<f64>>> =
            shapes.iter().map(BoundingRect::bounding_rect).collect();
        let sizes: Vec<TargetSize> = shapes.iter().map(TargetSize::of).collect();
        let areas: Vec<f64> = shapes.iter().map(|g| g.unsigned_area()).collect();
        let levels = shapes
            .iter()
            .zip(&bounds)
            .map(|(shape, rect)| {
                let size = rect.map_or(0.0, |r| r.width().max(r.height()));
                LEVEL_FRACTIONS.map(|fraction| {
                    if fraction == 0.0 {
                        Detail::of(shape)
                    } else {
                        Detail::of(&simplified(shape, size * fraction))
                    }
                })
            })
            .collect();
        let anchors = shapes.iter().map(label_anchor).collect();
        // Areas first, largest first, so smaller ones stay on top; then lines; then points.
        let mut draw_order: Vec<usize> = (0..shapes.len()).collect();
        draw_order.sort_by(|&a, &b| sizes[b].cmp(&sizes[a]).then(areas[b].total_cmp(&areas[a])));
        PlaceIndex {
            shapes,
            bounds,
            sizes,
            areas,
            anchors,
            levels,
            draw_order,
        }
    }

    /// Where the place's label goes, in map units.
    pub fn label_anchor(&self, place: usize) -> Option<Coord> {
        self.anchors[place]
    }

    /// Every place in the order the map paints them.
    pub fn draw_order(&self) -> &[usize] {
        &self.draw_order
    }

    /// The place's shape simplified as far as it can be at `pixels` (its size on screen) without
    /// an error over `max_error` pixels.
    pub fn detail(&self, place: usize, pixels: f64, max_error: f64) -> &Detail {
        let level = LEVEL_FRACTIONS
            .iter()
            .rposition(|&fraction| fraction * pixels <= max_error)
            .unwrap_or(0);
        &self.levels[place][level]
    }

    /// How big the place is as a target, for hit testing, drawing order and label priority alike.
    pub fn target_size(&self, place: usize) -> TargetSize {
        self.sizes[place]
    }

    pub fn bounds(&self, place: usize) -> Option<Rect<f64>> {
        self.bounds[place]
    }

    /// The place under a map point: points and lines within `tolerance` (map units) first, nearest
    /// wins; otherwise the smallest area containing the point. Only places `shown` are candidates.
    pub fn hit(&self, at: Coord, tolerance: f64, shown: impl Fn(usize) -> bool) -> Option<usize> {
        let point = Point(at);
        let mut best: Option<(TargetSize, f64, usize)> = None;
        for (i, shape) in self.shapes.iter().enumerate() {
            let Some(rect) = self.bounds[i] else { continue };
            let near = rect.min().x - tolerance <= at.x
                && at.x <= rect.max().x + tolerance
                && rect.min().y - tolerance <= at.y
                && at.y <= rect.max().y + tolerance;
            if !near || !shown(i) {
                continue;
            }
            let size = self.sizes[i];
            let score = match size {
                TargetSize::Area => shape.contains(&point).then_some(self.areas[i]),
                _ => Some(Euclidean.distance(&point, shape)).filter(|&d| d <= tolerance),
            };
            if let Some(score) = score
                && best.is_none_or(|(s, b, _)| (size, score) < (s, b))
            {
                best = Some((size, score, i));
            }
        }
        best.map(|(_, _, i)| i)
    }
}

/// A polygon cut into triangles (geo's earcut), so the map can fill concave shapes and holes.
/// Empty members of a MultiPolygon (valid GeoJSON) are skipped: earcut panics on them.
pub fn fill_triangles(shape: &Geometry<f64>) -> Vec<geo::Triangle<f64>> {
    use geo::TriangulateEarcut;
    let fill = |p: &geo::Polygon<f64>| {
        if p.exterior().0.len() < 4 {
            Vec::new()
        } else {
            p.earcut_triangles()
        }
    };
    match shape {
        Geometry::Polygon(p) => fill(p),
        Geometry::MultiPolygon(mp) => mp.0.iter().flat_map(fill).collect(),
        _ => Vec::new(),
    }
}

/// Where to write a place's label: the point itself, the middle vertex of a line, inside an area
/// (its centroid when that is inside, which is cheap; geo's interior point otherwise).
pub fn label_anchor(shape: &Geometry<f64>) -> Option<Coord> {
    use geo::{Centroid, InteriorPoint};
    match shape {
        Geometry::LineString(l) => l.0.get(l.0.len() / 2).copied(),
        Geometry::Polygon(_) | Geometry::MultiPolygon(_) => shape
            .centroid()
            .filter(|c| shape.contains(c))
            .or_else(|| shape.interior_point())
            .map(|p| p.0),
        other => other.interior_point().map(|p| p.0),
    }
}

#[cfg(test)]
mod tests;
