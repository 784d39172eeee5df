//! GeoJSON geometries read and checked: coordinates straight from the text (each problem at its
//! offset, with the RFC 7946 rule it breaks), converted to geo's types, then checked as a map
//! needs them (closed rings, no self-intersection; what lies outside WGS84 is said, not refused).

use super::located::{Located, json_problem, offset_of};
use geo::{Coord, Geometry, LineString, Polygon, Validation};
use geojson::GeometryValue;
use serde::Deserialize;
use serde_json::value::RawValue;

/// The geometry types of RFC 7946 §3.1.
pub(super) const GEOMETRY_TYPES: [&str; 7] = [
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
];

#[derive(Deserialize)]
#[serde(expecting = "a GeoJSON Geometry object")]
struct RawGeometry<'a> {
    #[serde(rename = "type")]
    kind: String,
    #[serde(borrow, default)]
    coordinates: Option<&'a RawValue>,
    #[serde(borrow, default)]
    geometries: Option<Vec<&'a RawValue>>,
    // Members a geometry must not have: they mean something else in GeoJSON (RFC 7946 §7.1).
    #[serde(borrow, default)]
    geometry: Option<&'a RawValue>,
    #[serde(borrow, default)]
    properties: Option<&'a RawValue>,
    #[serde(borrow, default)]
    features: Option<&'a RawValue>,
}

/// Nesting of GeometryCollections read (the RFC advises against nesting them at all).
const MAX_NESTING: usize = 8;

/// Reads a coordinate array of the shape `T` from `raw`, located on failure.
fn read<'a, T: Deserialize<'a>>(text: &str, raw: &'a RawValue) -> Result<T, Located> {
    serde_json::from_str(raw.get()).map_err(|e| json_problem(text, raw, &e))
}

/// A GeoJSON position read straight into a coordinate, without an array of its own: longitude
/// and latitude, an altitude (or more numbers) read and set aside; none if it has fewer than two.
/// Its count of numbers is kept: one geometry's positions all have the same.
struct Position(Option<Coord<f64>>, usize);

impl<'de> Deserialize<'de> for Position {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Numbers;
        impl<'de> serde::de::Visitor<'de> for Numbers {
            type Value = Position;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a position: an array of numbers, [longitude, latitude]")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Position, A::Error> {
                let x: Option<f64> = seq.next_element()?;
                let y: Option<f64> = seq.next_element()?;
                let mut count = usize::from(x.is_some()) + usize::from(y.is_some());
                while seq.next_element::<f64>()?.is_some() {
                    count += 1;
                }
                Ok(Position(x.zip(y).map(|(x, y)| Coord { x, y }), count))
            }
        }
        deserializer.deserialize_seq(Numbers)
    }
}

/// The size of a geometry's positions, set by its first one: a position of another size is refused
/// (an altitude on some positions and not others has no meaning; geojsonhint refuses it too).
#[derive(Default)]
struct Size(Option<usize>);

impl Size {
    fn check(&mut self, at: usize, position: &Position) -> Result<(), Located> {
        match self.0 {
            Some(size) if size != position.1 => Err((
                at,
                crate::i18n::tr_with(
                    "geometry-position-sizes",
                    &[("first", size.into()), ("then", position.1.into())],
                ),
            )),
            _ => {
                self.0 = Some(position.1);
                Ok(())
            }
        }
    }
}

fn coord(at: usize, position: &Position) -> Result<Coord<f64>, Located> {
    position
        .0
        .ok_or_else(|| (at, crate::i18n::tr("geometry-position-short")))
}

/// Positions of a line (or ring): at least `least` of them, or none at all (an empty part), as
/// the RFC's section `rule` says.
fn line(
    text: &str,
    raw: &RawValue,
    (least, what, rule): (usize, &'static str, &str),
    size: &mut Size,
) -> Result<LineString<f64>, Located> {
    let at = offset_of(text, raw);
    let positions: Vec<Position> = read(text, raw)?;
    positions.iter().try_for_each(|p| size.check(at, p))?;
    if positions.len() < least && !positions.is_empty() {
        return Err((
            at,
            crate::i18n::tr_with(
                "geometry-too-few-positions",
                &[
                    ("what", what.into()),
                    ("least", least.into()),
                    ("rule", rule.to_owned().into()),
                    ("count", positions.len().into()),
                ],
            ),
        ));
    }
    positions
        .iter()
        .map(|p| coord(at, p))
        .collect::<Result<Vec<_>, _>>()
        .map(LineString::new)
}

/// A linear ring as RFC 7946 §3.1.6 says: four positions or more, the last the same as the first
/// (or none at all: an empty part, GEOS's POLYGON EMPTY, skipped when drawn).
fn ring(text: &str, raw: &RawValue, size: &mut Size) -> Result<LineString<f64>, Located> {
    let ring = line(text, raw, (4, "ring", "§3.1.6"), size)?;
    if ring.0.first() != ring.0.last() {
        return Err((
            offset_of(text, raw),
            crate::i18n::tr("geometry-ring-not-closed"),
        ));
    }
    Ok(ring)
}

fn polygon(text: &str, raw: &RawValue, size: &mut Size) -> Result<Polygon<f64>, Located> {
    let rings: Vec<&RawValue> = read(text, raw)?;
    let mut rings = rings.into_iter().map(|r| ring(text, r, size));
    let exterior = rings
        .next()
        .transpose()?
        .unwrap_or_else(|| LineString::new(Vec::new()));
    Ok(Polygon::new(exterior, rings.collect::<Result<_, _>>()?))
}

/// A geometry object, its coordinates read as the RFC shapes them for its type.
pub(super) fn geometry(text: &str, raw: &RawValue, depth: usize) -> Result<Geometry<f64>, Located> {
    let at = offset_of(text, raw);
    let read_geometry: RawGeometry = read(text, raw)?;
    let kind = read_geometry.kind.as_str();
    let misplaced = [
        ("geometry", read_geometry.geometry),
        ("properties", read_geometry.properties),
        ("features", read_geometry.features),
    ];
    if let Some((member, value)) = misplaced.into_iter().find_map(|(m, v)| Some((m, v?))) {
        return Err(changed_meaning(text, value, kind, member));
    }
    if kind == "GeometryCollection" {
        if depth >= MAX_NESTING {
            return Err((
                at,
                crate::i18n::tr_with("geometry-nested", &[("depth", MAX_NESTING.into())]),
            ));
        }
        if let Some(coordinates) = read_geometry.coordinates {
            return Err(changed_meaning(text, coordinates, kind, "coordinates"));
        }
        let members = read_geometry.geometries.unwrap_or_default();
        return members
            .into_iter()
            .map(|m| geometry(text, m, depth + 1))
            .collect::<Result<Vec<_>, _>>()
            .map(|parts| Geometry::GeometryCollection(geo::GeometryCollection(parts)));
    }
    if !GEOMETRY_TYPES.contains(&kind) {
        return Err((
            at,
            crate::i18n::tr_with("geometry-unknown-type", &[("kind", kind.to_owned().into())]),
        ));
    }
    if read_geometry.geometries.is_some() {
        return Err((at, changed_meaning_reason(kind, "geometries")));
    }
    let Some(coordinates) = read_geometry.coordinates else {
        let needs = crate::i18n::tr_with(
            "geometry-needs-coordinates",
            &[("kind", kind.to_owned().into())],
        );
        return Err((at, needs));
    };
    let mut size = Size::default();
    Ok(match kind {
        "Point" => {
            let position: Position = read(text, coordinates)?;
            Geometry::Point(coord(offset_of(text, coordinates), &position)?.into())
        }
        "MultiPoint" => Geometry::MultiPoint(
            line(text, coordinates, (0, "multipoint", "§3.1.3"), &mut size)?
                .0
                .into_iter()
                .map(geo::Point::from)
                .collect(),
        ),
        "LineString" => Geometry::LineString(line(
            text,
            coordinates,
            (2, "linestring", "§3.1.4"),
            &mut size,
        )?),
        "MultiLineString" => {
            let lines: Vec<&RawValue> = read(text, coordinates)?;
            let what = (2, "multilinestring", "§3.1.5");
            let lines = lines
                .into_iter()
                .map(|l| line(text, l, what, &mut size))
                .collect::<Result<Vec<_>, _>>()?;
            Geometry::MultiLineString(geo::MultiLineString(lines))
        }
        "Polygon" => Geometry::Polygon(polygon(text, coordinates, &mut size)?),
        _ => {
            let parts: Vec<&RawValue> = read(text, coordinates)?;
            let parts = parts
                .into_iter()
                .map(|p| polygon(text, p, &mut size))
                .collect::<Result<Vec<_>, _>>()?;
            Geometry::MultiPolygon(geo::MultiPolygon(parts))
        }
    })
}

/// A member that means something else in GeoJSON where it is (a "properties" on a geometry, a
/// "coordinates" on a Feature), located at its value.
pub(super) fn changed_meaning(text: &str, value: &RawValue, kind: &str, member: &str) -> Located {
    (offset_of(text, value), changed_meaning_reason(kind, member))
}

fn changed_meaning_reason(kind: &str, member: &str) -> String {
    crate::i18n::tr_with(
        "geometry-changed-meaning",
        &[
            ("kind", kind.to_owned().into()),
            ("member", member.to_owned().into()),
        ],
    )
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
        return Err(crate::i18n::tr("geometry-position-short-coordinates"));
    }
    Geometry::<f64>::try_from(value).map_err(|e| e.to_string())
}

/// The first coordinate outside WGS84's ranges (longitude −180 to 180, latitude −90 to 90), if
/// any. Such a shape is kept with a notice, not refused: files that validators accept have them
/// (longitudes past 180° across the antimeridian, other systems' numbers, swapped pairs).
pub fn outside_wgs84(geometry: &Geometry<f64>) -> Option<Coord<f64>> {
    use geo::CoordsIter;
    geometry
        .coords_iter()
        .find(|c| !(-180.0..=180.0).contains(&c.x) || !(-90.0..=90.0).contains(&c.y))
}

/// Shapes non-empty and valid (no self-intersection, closed rings).
pub fn check_geometry(geometry: &Geometry<f64>) -> Result<(), String> {
    use geo::CoordsIter;
    if geometry.coords_count() == 0 {
        return Err(crate::i18n::tr("shape-empty"));
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
            .map_err(|e| crate::i18n::tr_with("shape-invalid", &[("why", e.to_string().into())])),
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
