//! Places from an RFC 7946 FeatureCollection: each feature's id, properties and a geometry checked
//! for WGS84 range and validity (geo's `Validation`).

use super::error::Problem;
use super::raw::RawPlaceProperties;
use geo::{Geometry, Validation};
use geojson::GeometryValue;
use serde::Deserialize;

#[derive(Deserialize)]
struct RawCollection {
    #[serde(rename = "type")]
    kind: String,
    features: Vec<geojson::Feature>,
}

/// A feature that passed the GeoJSON checks; its figures' quote ids are resolved by the caller.
pub struct ParsedPlace {
    pub id: String,
    pub properties: RawPlaceProperties,
    pub geometry: Geometry<f64>,
}

/// A problem with a feature, and the id to find it by in the file (references to it are then not
/// reported again as unknown).
pub struct PlaceProblem {
    pub id: Option<String>,
    pub problem: Problem,
}

/// Parses the collection; a JSON error comes back with serde's line and column.
pub fn parse(text: &str) -> Result<(Vec<ParsedPlace>, Vec<PlaceProblem>), serde_json::Error> {
    let collection: RawCollection = serde_json::from_str(text)?;
    let mut places = Vec::new();
    let mut problems = Vec::new();
    if collection.kind != "FeatureCollection" {
        problems.push(PlaceProblem {
            id: None,
            problem: Problem::GeoJson(format!(
                "expected a FeatureCollection, found \"{}\"",
                collection.kind
            )),
        });
    }
    for (n, feature) in collection.features.into_iter().enumerate() {
        match parse_feature(feature) {
            Ok(place) => places.push(place),
            Err((id, reason)) => {
                let problem = match &id {
                    Some(id) => Problem::Geometry {
                        id: id.clone(),
                        reason,
                    },
                    None => Problem::GeoJson(format!("feature {}: {reason}", n + 1)),
                };
                problems.push(PlaceProblem { id, problem });
            }
        }
    }
    Ok((places, problems))
}

fn parse_feature(feature: geojson::Feature) -> Result<ParsedPlace, (Option<String>, String)> {
    let id = match &feature.id {
        Some(geojson::feature::Id::String(id)) if !id.trim().is_empty() => id.clone(),
        Some(geojson::feature::Id::Number(n)) => n.to_string(),
        _ => {
            return Err((
                None,
                "has no \"id\": every place needs a stable string id".to_owned(),
            ));
        }
    };
    let fail = |reason: String| (Some(id.clone()), reason);
    let properties = serde_json::Value::Object(feature.properties.clone().unwrap_or_default());
    let properties: RawPlaceProperties =
        serde_json::from_value(properties).map_err(|e| fail(format!("properties: {e}")))?;
    let geometry = feature
        .geometry
        .as_ref()
        .ok_or_else(|| fail("has no geometry".to_owned()))?;
    let geometry = to_geometry(&geometry.value).map_err(fail)?;
    check_geometry(&geometry).map_err(fail)?;
    Ok(ParsedPlace {
        id,
        properties,
        geometry,
    })
}

/// Converts GeoJSON to geo types, first checking every position has two coordinates (the
/// conversion indexes them without checking, and a short position would panic).
pub fn to_geometry(value: &GeometryValue) -> Result<Geometry<f64>, String> {
    fn short<'a>(mut positions: impl Iterator<Item = &'a geojson::Position>) -> bool {
        positions.any(|p| p.len() < 2)
    }
    let has_short =
        match value {
            GeometryValue::Point { coordinates } => coordinates.len() < 2,
            GeometryValue::MultiPoint { coordinates }
            | GeometryValue::LineString { coordinates } => short(coordinates.iter()),
            GeometryValue::MultiLineString { coordinates }
            | GeometryValue::Polygon { coordinates } => short(coordinates.iter().flatten()),
            GeometryValue::MultiPolygon { coordinates } => {
                short(coordinates.iter().flatten().flatten())
            }
            GeometryValue::GeometryCollection { geometries } => {
                return geometries
                    .iter()
                    .map(|g| to_geometry(&g.value))
                    .collect::<Result<Vec<_>, _>>()
                    .map(|parts| Geometry::GeometryCollection(geo::GeometryCollection(parts)));
            }
        };
    if has_short {
        return Err(
            "a position has fewer than two coordinates; GeoJSON positions are [lon, lat]"
                .to_owned(),
        );
    }
    Geometry::<f64>::try_from(value).map_err(|e| e.to_string())
}

/// Coordinates inside WGS84, shapes non-empty and valid (no self-intersection, closed rings).
pub fn check_geometry(geometry: &Geometry<f64>) -> Result<(), String> {
    use geo::CoordsIter;
    if geometry.coords_count() == 0 {
        return Err("the geometry is empty".to_owned());
    }
    if let Some(c) = geometry
        .coords_iter()
        .find(|c| !(-180.0..=180.0).contains(&c.x) || !(-90.0..=90.0).contains(&c.y))
    {
        return Err(format!(
            "coordinate [{}, {}] is outside WGS84 (longitude −180 to 180, latitude −90 to 90; GeoJSON order is [lon, lat])",
            c.x, c.y
        ));
    }
    match geometry {
        Geometry::Polygon(polygon) => super::shapes::check_polygons(std::slice::from_ref(polygon)),
        Geometry::MultiPolygon(parts) => {
            // Empty parts are valid GeoJSON; they are skipped when drawing.
            let parts: Vec<geo::Polygon<f64>> = parts
                .0
                .iter()
                .filter(|p| !p.exterior().0.is_empty())
                .cloned()
                .collect();
            super::shapes::check_polygons(&parts)
        }
        Geometry::GeometryCollection(members) => members.iter().try_for_each(check_geometry),
        // Points and lines: geo's checks are linear (finite coordinates, enough distinct points).
        _ => geometry
            .check_validation()
            .map_err(|e| format!("invalid shape: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{LineString, Polygon};

    fn ring(points: &[(f64, f64)]) -> Geometry<f64> {
        Geometry::Polygon(Polygon::new(LineString::from(points.to_vec()), Vec::new()))
    }

    #[test]
    fn the_fast_check_agrees_with_geo_validation() {
        let shapes = [
            ring(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]),
            ring(&[(0.0, 0.0), (1.0, 1.0), (1.0, 0.0), (0.0, 1.0)]),
            ring(&[(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (1.0, -1.0), (0.0, 2.0)]),
            ring(&[(0.0, 0.0), (1.0, 0.0), (0.0, 0.0)]),
            ring(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (1.0, 0.0), (0.0, 1.0)]),
        ];
        for shape in &shapes {
            assert_eq!(check_geometry(shape).is_ok(), shape.is_valid(), "{shape:?}");
        }
    }

    #[test]
    fn a_position_without_two_coordinates_is_refused_not_a_panic() {
        let value = GeometryValue::Point {
            coordinates: geojson::Position::from(vec![46.0]),
        };
        assert!(to_geometry(&value).is_err());
        let line = GeometryValue::LineString {
            coordinates: vec![
                geojson::Position::from(vec![1.0, 2.0]),
                geojson::Position::from(vec![]),
            ],
        };
        assert!(to_geometry(&line).is_err());
    }
}
