//! The base map: Natural Earth country outlines, projected and triangulated once per projection.

use crate::shipped::BASE_MAP_GEOJSON;
use crate::spatial::{self, Projection};
use geo::{Coord, Geometry, MapCoords};

pub(super) struct BaseCountry {
    pub name: String,
    pub rings: Vec<Vec<Coord>>,
    pub triangles: Vec<geo::Triangle<f64>>,
    /// Where its name can go, best first: the interior point of its largest part, then points of a
    /// grid over it that fall inside, so the name finds room when the best spot is taken or off screen.
    pub label_spots: Vec<Coord>,
}

/// Grid points tried across a country for its label (the grid is this many points a side).
const LABEL_GRID: usize = 7;

pub(super) struct BaseMap {
    pub projection: Projection,
    pub countries: Vec<BaseCountry>,
}

impl BaseMap {
    /// The built-in countries in `projection`; none (with a line on stderr) if they do not parse.
    pub fn new(projection: Projection) -> BaseMap {
        let collection = match BASE_MAP_GEOJSON.parse::<geojson::FeatureCollection>() {
            Ok(c) => c,
            Err(e) => {
                eprintln!(
                    "chronomap: the built-in base map did not parse ({e}); drawing without it"
                );
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
                Some(country(
                    name,
                    &geometry.map_coords(|c| projection.project(c)),
                ))
            })
            .collect();
        BaseMap {
            projection,
            countries,
        }
    }
}

/// A country's rings, fill and label position (on its largest part), in map units.
fn country(name: String, shape: &Geometry<f64>) -> BaseCountry {
    use geo::Area;
    let polygons: Vec<geo::Polygon<f64>> = match shape {
        Geometry::Polygon(p) => vec![p.clone()],
        Geometry::MultiPolygon(mp) => mp.0.clone(),
        _ => Vec::new(),
    };
    let rings = polygons
        .iter()
        .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
        .map(|ring| ring.0.clone())
        .collect();
    let largest = polygons
        .iter()
        .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()));
    let best = largest.and_then(|p| spatial::label_anchor(&Geometry::Polygon(p.clone())));
    let mut label_spots: Vec<Coord> = best.into_iter().collect();
    if let Some(bounds) = geo::BoundingRect::bounding_rect(shape) {
        use geo::Contains;
        let step =
            |i: usize, min: f64, size: f64| min + size * (i as f64 + 0.5) / LABEL_GRID as f64;
        for i in 0..LABEL_GRID {
            for j in 0..LABEL_GRID {
                let spot = Coord {
                    x: step(i, bounds.min().x, bounds.width()),
                    y: step(j, bounds.min().y, bounds.height()),
                };
                if shape.contains(&spot) {
                    label_spots.push(spot);
                }
            }
        }
    }
    BaseCountry {
        name,
        rings,
        triangles: spatial::fill_triangles(shape),
        label_spots,
    }
}
