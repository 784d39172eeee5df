//! The base map: Natural Earth country outlines, projected and triangulated once per projection.

use crate::shipped::BASE_MAP_GEOJSON;
use crate::spatial::{self, Projection};
use geo::{Coord, Geometry, MapCoords};

pub(super) struct BaseCountry {
    pub name: String,
    pub rings: Vec<Vec<Coord>>,
    pub triangles: Vec<geo::Triangle<f64>>,
    pub label_at: Option<Coord>,
}

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
    let label_at = largest.and_then(|p| spatial::label_anchor(&Geometry::Polygon(p.clone())));
    BaseCountry {
        name,
        rings,
        triangles: spatial::fill_triangles(shape),
        label_at,
    }
}
