//! Places from any RFC 7946 GeoJSON text: a FeatureCollection, one Feature or a bare Geometry.
//! Each feature and ring is read with its place in the text, so a problem points at it; shapes are
//! checked as the RFC says (a ring closed, of four positions or more) and never repaired; properties
//! Chronomap does not use are kept to be written back. Messages speak GeoJSON, not Rust types.

use super::error::Problem;
use super::raw::{FeatureMembers, RawPlaceProperties};
use crate::model::PlaceKind;
use geo::{Coord, Geometry, LineString, Polygon, Validation};
use geojson::GeometryValue;
use serde::Deserialize;
use serde_json::value::RawValue;

/// A feature that passed the GeoJSON checks; its figures' quote ids are resolved by the caller.
pub struct ParsedPlace {
    pub id: String,
    pub properties: RawPlaceProperties,
    pub geometry: Geometry<f64>,
}

/// A problem with a feature: where it is in the text and the id it has, if any (references to it
/// are then not reported again as unknown).
pub struct PlaceProblem {
    pub id: Option<String>,
    pub at: usize,
    pub problem: Problem,
}

/// What a GeoJSON text holds as places.
#[derive(Default)]
pub struct ParsedPlaces {
    pub places: Vec<ParsedPlace>,
    pub problems: Vec<PlaceProblem>,
    /// What was done that the file did not say (ids made from names), for the person to know.
    pub notices: Vec<String>,
}

#[derive(Deserialize)]
#[serde(expecting = "a GeoJSON object (a FeatureCollection, a Feature or a Geometry)")]
struct Top<'a> {
    #[serde(rename = "type")]
    kind: String,
    #[serde(borrow, default)]
    features: Option<Vec<&'a RawValue>>,
    #[serde(borrow, default)]
    bbox: Option<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(expecting = "a GeoJSON Feature object")]
struct RawFeature<'a> {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(borrow, default)]
    properties: Option<&'a RawValue>,
    #[serde(borrow, default)]
    geometry: Option<&'a RawValue>,
    #[serde(borrow, default)]
    bbox: Option<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(expecting = "a GeoJSON Geometry object")]
struct RawGeometry<'a> {
    #[serde(rename = "type")]
    kind: String,
    #[serde(borrow, default)]
    coordinates: Option<&'a RawValue>,
    #[serde(borrow, default)]
    geometries: Option<Vec<&'a RawValue>>,
}

/// A feature's properties as any GeoJSON may give them: Chronomap's own when present.
#[derive(Deserialize, Default)]
#[serde(expecting = "a JSON object of properties")]
struct ReadProperties {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    kind: Option<PlaceKind>,
    #[serde(default)]
    approximate: bool,
    #[serde(default)]
    transient: bool,
    #[serde(default)]
    notes: String,
    #[serde(default)]
    reported_area_km2: Option<super::raw::RawFigure>,
    #[serde(default)]
    reported_length_km: Option<super::raw::RawFigure>,
    #[serde(flatten)]
    other: serde_json::Map<String, serde_json::Value>,
}

/// A problem at a byte offset of the text.
type Located = (usize, String);

const GEOMETRY_TYPES: [&str; 7] = [
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
];

/// Properties other tools name their features by, tried in this order after Chronomap's `name`.
const NAME_PROPERTIES: [&str; 12] = [
    "title",
    "Name",
    "NAME",
    "nom",
    "NOM",
    "label",
    "Label",
    "NAME_EN",
    "name_en",
    "NAME_LONG",
    "ADMIN",
    "NAMELSAD",
];

/// Ids made from names are cut to this many characters.
const MAX_MADE_ID_CHARS: usize = 60;

/// Nesting of GeometryCollections read (the RFC advises against nesting them at all).
const MAX_NESTING: usize = 8;

/// Parses any GeoJSON text; a JSON syntax error comes back with serde's line and column. Ids made
/// for features without one avoid `taken` (the ids of the story it is imported into).
pub fn parse(text: &str, taken: &[&str]) -> Result<ParsedPlaces, serde_json::Error> {
    let top: Top = serde_json::from_str(text)?;
    // The text as one raw value, read again only for a lone Feature or Geometry.
    let whole = || serde_json::from_str::<&RawValue>(text);
    let mut out = ParsedPlaces::default();
    if let Some(bbox) = top.bbox {
        report(&mut out, check_bbox(text, bbox), 0, None);
    }
    let features = match top.kind.as_str() {
        "FeatureCollection" => match top.features {
            Some(features) => features,
            None => {
                let reason = "a FeatureCollection needs a \"features\" array (RFC 7946 §3.3)";
                out.problems.push(PlaceProblem {
                    id: None,
                    at: 0,
                    problem: Problem::GeoJson(reason.to_owned()),
                });
                return Ok(out);
            }
        },
        "Feature" => vec![whole()?],
        // A bare Geometry is a valid file: one place, named as an unnamed feature is.
        kind if GEOMETRY_TYPES.contains(&kind) => {
            let shape = geometry(text, whole()?, 0)
                .and_then(|g| check_geometry(&g).map(|()| g).map_err(|e| (0, e)));
            match shape {
                Ok(shape) => {
                    let name = unnamed_name(0);
                    let kind = kind_of(&shape);
                    out.notices.push(format!(
                        "the file is a bare {} with no name: it is one place, \"{name}\"",
                        top.kind
                    ));
                    let properties = RawPlaceProperties::named(name, kind, "");
                    name_ids(&mut out, vec![(properties, shape)], taken);
                }
                Err(problem) => report(&mut out, Err(problem), 0, None),
            }
            return Ok(out);
        }
        kind => {
            out.problems.push(PlaceProblem {
                id: None,
                at: 0,
                problem: Problem::GeoJson(format!(
                    "\"type\" is \"{kind}\"; GeoJSON's are FeatureCollection, Feature and the geometry types"
                )),
            });
            return Ok(out);
        }
    };
    let mut unnamed = Vec::new();
    let mut names = Names::default();
    for (position, raw) in features.into_iter().enumerate() {
        let at = offset_of(text, raw);
        match feature(text, raw, position, &mut names) {
            Ok(None) => {}
            Ok(Some((Some(id), properties, geometry))) => out.places.push(ParsedPlace {
                id,
                properties,
                geometry,
            }),
            Ok(Some((None, properties, geometry))) => unnamed.push((properties, geometry)),
            Err((id, (at_problem, reason))) => {
                let problem = match &id {
                    Some(id) => Problem::Geometry {
                        id: id.clone(),
                        reason,
                    },
                    None => Problem::GeoJson(reason),
                };
                out.problems.push(PlaceProblem {
                    id,
                    at: at_problem.max(at),
                    problem,
                });
            }
        }
    }
    names.tell(&mut out.notices);
    name_ids(&mut out, unnamed, taken);
    Ok(out)
}

/// The name a feature with none gets: by its place in the file, so the same file gives the same
/// names.
fn unnamed_name(position: usize) -> String {
    format!("Unnamed feature {}", position + 1)
}

/// What the kind of a place is when the file does not say: by its shape.
fn kind_of(geometry: &Geometry<f64>) -> PlaceKind {
    match geometry {
        Geometry::Point(_) | Geometry::MultiPoint(_) => PlaceKind::Site,
        Geometry::LineString(_) | Geometry::MultiLineString(_) => PlaceKind::Corridor,
        _ => PlaceKind::Region,
    }
}

/// How features without Chronomap's "name" were named, and those left out for having no shape,
/// told in one notice each.
#[derive(Default)]
struct Names {
    /// (property, how many features it named).
    from_properties: Vec<(&'static str, usize)>,
    made: Vec<String>,
    unlocated: Vec<String>,
}

impl Names {
    fn named_by(&mut self, property: &'static str) {
        match self
            .from_properties
            .iter_mut()
            .find(|(p, _)| *p == property)
        {
            Some((_, count)) => *count += 1,
            None => self.from_properties.push((property, 1)),
        }
    }

    fn tell(self, notices: &mut Vec<String>) {
        let listed = |names: &[String]| {
            let shown: Vec<&str> = names.iter().take(5).map(String::as_str).collect();
            let more = names.len().saturating_sub(shown.len());
            let more = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            format!("{}{more}", shown.join(", "))
        };
        if !self.from_properties.is_empty() {
            let how: Vec<String> = self
                .from_properties
                .iter()
                .map(|(property, count)| format!("{count} by \"{property}\""))
                .collect();
            notices.push(format!(
                "features without a \"name\" were named by another property: {}",
                how.join(", ")
            ));
        }
        if !self.made.is_empty() {
            notices.push(format!(
                "{} feature{} had no name, title or id and {} named by {} place in the file ({})",
                self.made.len(),
                if self.made.len() == 1 { "" } else { "s" },
                if self.made.len() == 1 { "is" } else { "are" },
                if self.made.len() == 1 { "its" } else { "their" },
                listed(&self.made)
            ));
        }
        if !self.unlocated.is_empty() {
            let one = self.unlocated.len() == 1;
            notices.push(format!(
                "{} feature{} with no geometry (null) {} left out, as a map cannot show {}: {}",
                self.unlocated.len(),
                if one { "" } else { "s" },
                if one { "is" } else { "are" },
                if one { "it" } else { "them" },
                listed(&self.unlocated)
            ));
        }
    }
}

/// A `bbox`: 4 or 6 numbers (RFC 7946 §5).
fn check_bbox(text: &str, raw: &RawValue) -> Result<(), Located> {
    let at = offset_of(text, raw);
    let numbers = serde_json::from_str::<Vec<serde_json::Value>>(raw.get())
        .ok()
        .filter(|values| values.iter().all(serde_json::Value::is_number))
        .map(|values| values.len());
    match numbers {
        Some(4 | 6) => Ok(()),
        _ => Err((
            at,
            "\"bbox\" must be 4 or 6 numbers (RFC 7946 §5)".to_owned(),
        )),
    }
}

fn report(out: &mut ParsedPlaces, result: Result<(), Located>, at: usize, id: Option<String>) {
    if let Err((at_problem, reason)) = result {
        out.problems.push(PlaceProblem {
            id,
            at: at_problem.max(at),
            problem: Problem::GeoJson(reason),
        });
    }
}

/// Features without an id get one from their name ("Goris" → "goris", then "goris-2"), stable
/// from one load to the next, and a notice says so.
fn name_ids(
    out: &mut ParsedPlaces,
    unnamed: Vec<(RawPlaceProperties, Geometry<f64>)>,
    taken: &[&str],
) {
    if unnamed.is_empty() {
        return;
    }
    let own = out.places.iter().map(|p| p.id.clone());
    let mut ids = crate::ids::IdMaker::new(own.chain(taken.iter().map(|&id| id.to_owned())));
    let mut made = Vec::new();
    for (properties, geometry) in unnamed {
        let id = ids.make(&properties.name, "place", MAX_MADE_ID_CHARS);
        made.push(id.clone());
        out.places.push(ParsedPlace {
            id,
            properties,
            geometry,
        });
    }
    let shown: Vec<&str> = made.iter().take(5).map(String::as_str).collect();
    let more = made.len().saturating_sub(shown.len());
    out.notices.push(format!(
        "{} place{} had no id and got one from {} name ({}{}); saving the story writes them",
        made.len(),
        if made.len() == 1 { "" } else { "s" },
        if made.len() == 1 { "its" } else { "their" },
        shown.join(", "),
        if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        },
    ));
}

/// Byte offset of a raw value inside the text it was borrowed from.
fn offset_of(text: &str, raw: &RawValue) -> usize {
    (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// A serde error inside `raw` as a problem at its place in the whole text, in GeoJSON's words.
fn json_problem(text: &str, raw: &RawValue, error: &serde_json::Error) -> Located {
    let inner = raw.get();
    let line_start = memchr::memchr_iter(b'\n', inner.as_bytes())
        .nth(error.line().saturating_sub(2))
        .map_or(0, |i| i + 1);
    let line_start = if error.line() <= 1 { 0 } else { line_start };
    let column = inner
        .get(line_start..)
        .and_then(|line| line.char_indices().nth(error.column().saturating_sub(1)))
        .map_or(0, |(i, _)| i);
    let message = error.to_string();
    let message = message.split(" at line ").next().unwrap_or(&message);
    (
        offset_of(text, raw) + line_start + column,
        speak_geojson(message),
    )
}

/// serde's names for JSON shapes, as a GeoJSON reader would say them.
fn speak_geojson(message: &str) -> String {
    [
        ("f64", "a number"),
        ("a sequence", "an array"),
        ("a map", "an object"),
        ("struct ", ""),
        ("usize", "a whole number"),
    ]
    .iter()
    .fold(message.to_owned(), |m, (from, to)| m.replace(from, to))
}

type FeatureRead = Option<(Option<String>, RawPlaceProperties, Geometry<f64>)>;

/// One feature: its id (none when it has none), properties and checked geometry, or what is wrong
/// with it and the id to name it by.
/// A feature with a null geometry (RFC 7946 allows it: an unlocated feature) is left out, named in
/// `names`: none comes back.
fn feature(
    text: &str,
    raw: &RawValue,
    position: usize,
    names: &mut Names,
) -> Result<FeatureRead, (Option<String>, Located)> {
    let read: RawFeature =
        serde_json::from_str(raw.get()).map_err(|e| (None, json_problem(text, raw, &e)))?;
    let at = offset_of(text, raw);
    if read.kind != "Feature" {
        let reason = format!(
            "a member of \"features\" has \"type\": \"{}\"; it must be \"Feature\"",
            read.kind
        );
        return Err((None, (at, reason)));
    }
    let id = match &read.id {
        Some(serde_json::Value::String(id)) if !id.trim().is_empty() => Some(id.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        None | Some(serde_json::Value::Null) => None,
        Some(_) => {
            let reason = "a Feature's \"id\" must be a string or a number (RFC 7946 §3.2)";
            return Err((None, (at, reason.to_owned())));
        }
    };
    let fail = |located: Located| (id.clone(), located);
    if let Some(bbox) = read.bbox {
        check_bbox(text, bbox).map_err(fail)?;
    }
    let properties = match read.properties {
        Some(raw_properties) if raw_properties.get() != "null" => {
            serde_json::from_str::<ReadProperties>(raw_properties.get())
                .map_err(|e| fail(json_problem(text, raw_properties, &e)))?
        }
        _ => ReadProperties::default(),
    };
    let Some(raw_geometry) = read.geometry else {
        let own = properties.name.clone().filter(|n| !n.trim().is_empty());
        names.unlocated.push(
            own.or_else(|| id.clone())
                .unwrap_or_else(|| unnamed_name(position)),
        );
        return Ok(None);
    };
    let geometry = geometry(text, raw_geometry, 0).map_err(fail)?;
    check_geometry(&geometry).map_err(|reason| fail((offset_of(text, raw_geometry), reason)))?;
    // The name: Chronomap's, else one of the properties other tools name by, else the id, else
    // the feature's place in the file.
    let own = properties.name.clone().filter(|n| !n.trim().is_empty());
    let by_property = || {
        NAME_PROPERTIES.iter().find_map(|&key| {
            let value = properties.other.get(key)?.as_str()?.trim();
            (!value.is_empty()).then(|| (key, value.to_owned()))
        })
    };
    let name = match (own, by_property(), &id) {
        (Some(name), _, _) => name,
        (None, Some((key, name)), _) => {
            names.named_by(key);
            name
        }
        (None, None, Some(id)) => id.clone(),
        (None, None, None) => {
            let name = unnamed_name(position);
            names.made.push(name.clone());
            name
        }
    };
    let kind = properties.kind.unwrap_or(kind_of(&geometry));
    let properties = RawPlaceProperties {
        name,
        aliases: properties.aliases,
        kind,
        approximate: properties.approximate,
        transient: properties.transient,
        notes: properties.notes,
        reported_area_km2: properties.reported_area_km2,
        reported_length_km: properties.reported_length_km,
        other: properties.other,
        feature: feature_members(raw, matches!(read.id, Some(serde_json::Value::Number(_)))),
    };
    Ok(Some((id, properties, geometry)))
}

/// A feature's members besides its type, id, properties and geometry (a `bbox`, foreign members),
/// and whether its id is a number, to be written back as read.
fn feature_members(raw: &RawValue, numeric_id: bool) -> FeatureMembers {
    const OWN: [&str; 4] = ["type", "id", "properties", "geometry"];
    let all: std::collections::BTreeMap<String, &RawValue> =
        serde_json::from_str(raw.get()).unwrap_or_default();
    let members = all
        .into_iter()
        .filter(|(key, _)| !OWN.contains(&key.as_str()))
        .filter_map(|(key, value)| Some((key, serde_json::from_str(value.get()).ok()?)))
        .collect();
    FeatureMembers {
        members,
        numeric_id,
    }
}

/// Reads a coordinate array of the shape `T` from `raw`, located on failure.
fn read<'a, T: Deserialize<'a>>(text: &str, raw: &'a RawValue) -> Result<T, Located> {
    serde_json::from_str(raw.get()).map_err(|e| json_problem(text, raw, &e))
}

/// A GeoJSON position read straight into a coordinate, without an array of its own: longitude
/// and latitude, an altitude (or more numbers) read and set aside; none if it has fewer than two.
struct Position(Option<Coord<f64>>);

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
                while seq.next_element::<f64>()?.is_some() {}
                Ok(Position(x.zip(y).map(|(x, y)| Coord { x, y })))
            }
        }
        deserializer.deserialize_seq(Numbers)
    }
}

fn coord(at: usize, position: &Position) -> Result<Coord<f64>, Located> {
    position.0.ok_or_else(|| {
        (
            at,
            "a position has fewer than two numbers; GeoJSON positions are [longitude, latitude]"
                .to_owned(),
        )
    })
}

/// Positions of a line (or ring): at least `least` of them, or none at all (an empty part), as
/// the RFC's section `rule` says.
fn line(
    text: &str,
    raw: &RawValue,
    least: usize,
    what: &str,
    rule: &str,
) -> Result<LineString<f64>, Located> {
    let at = offset_of(text, raw);
    let positions: Vec<Position> = read(text, raw)?;
    if positions.len() < least && !positions.is_empty() {
        return Err((
            at,
            format!(
                "{what} needs at least {least} positions (RFC 7946 {rule}); this one has {}",
                positions.len()
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
fn ring(text: &str, raw: &RawValue) -> Result<LineString<f64>, Located> {
    let ring = line(text, raw, 4, "a Polygon ring", "§3.1.6")?;
    if ring.0.first() != ring.0.last() {
        return Err((
            offset_of(text, raw),
            "a Polygon ring must end at the position it starts from (RFC 7946 §3.1.6); this one is not closed"
                .to_owned(),
        ));
    }
    Ok(ring)
}

fn polygon(text: &str, raw: &RawValue) -> Result<Polygon<f64>, Located> {
    let rings: Vec<&RawValue> = read(text, raw)?;
    let mut rings = rings.into_iter().map(|r| ring(text, r));
    let exterior = rings
        .next()
        .transpose()?
        .unwrap_or_else(|| LineString::new(Vec::new()));
    Ok(Polygon::new(exterior, rings.collect::<Result<_, _>>()?))
}

/// A geometry object, its coordinates read as the RFC shapes them for its type.
fn geometry(text: &str, raw: &RawValue, depth: usize) -> Result<Geometry<f64>, Located> {
    let at = offset_of(text, raw);
    let read_geometry: RawGeometry = read(text, raw)?;
    let kind = read_geometry.kind.as_str();
    if kind == "GeometryCollection" {
        if depth >= MAX_NESTING {
            return Err((
                at,
                format!("GeometryCollections nested more than {MAX_NESTING} deep"),
            ));
        }
        let members = read_geometry.geometries.unwrap_or_default();
        return members
            .into_iter()
            .map(|m| geometry(text, m, depth + 1))
            .collect::<Result<Vec<_>, _>>()
            .map(|parts| Geometry::GeometryCollection(geo::GeometryCollection(parts)));
    }
    if !GEOMETRY_TYPES.contains(&kind) {
        return Err((at, format!("\"{kind}\" is not a GeoJSON geometry type")));
    }
    let Some(coordinates) = read_geometry.coordinates else {
        return Err((at, format!("a {kind} needs \"coordinates\"")));
    };
    Ok(match kind {
        "Point" => {
            let position: Position = read(text, coordinates)?;
            Geometry::Point(coord(offset_of(text, coordinates), &position)?.into())
        }
        "MultiPoint" => Geometry::MultiPoint(
            line(text, coordinates, 0, "a MultiPoint", "§3.1.3")?
                .0
                .into_iter()
                .map(geo::Point::from)
                .collect(),
        ),
        "LineString" => Geometry::LineString(line(text, coordinates, 2, "a LineString", "§3.1.4")?),
        "MultiLineString" => {
            let lines: Vec<&RawValue> = read(text, coordinates)?;
            let lines = lines
                .into_iter()
                .map(|l| line(text, l, 2, "a line of a MultiLineString", "§3.1.5"))
                .collect::<Result<Vec<_>, _>>()?;
            Geometry::MultiLineString(geo::MultiLineString(lines))
        }
        "Polygon" => Geometry::Polygon(polygon(text, coordinates)?),
        _ => {
            let parts: Vec<&RawValue> = read(text, coordinates)?;
            let parts = parts
                .into_iter()
                .map(|p| polygon(text, p))
                .collect::<Result<Vec<_>, _>>()?;
            Geometry::MultiPolygon(geo::MultiPolygon(parts))
        }
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
