//! Places from any RFC 7946 GeoJSON text: a FeatureCollection, one Feature or a bare Geometry.
//! Each feature and ring is read with its place in the text, so a problem points at it; shapes are
//! checked as the RFC says (a ring closed, of four positions or more) and never repaired; properties
//! Chronomap does not use are kept to be written back. Messages speak GeoJSON, not Rust types.

use super::error::Problem;
use super::geometry::{GEOMETRY_TYPES, check_geometry, geometry};
use super::located::{Located, json_problem, offset_of};
use super::place_notices::Names;
use super::raw::{FeatureMembers, RawPlaceProperties};
use crate::model::PlaceKind;
use geo::Geometry;
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
    /// The collection's conflicts, left by a merge.
    pub conflicts: Vec<super::raw::RawConflict>,
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
    /// What a merge could not settle about places (a foreign member, RFC 7946 §6.1).
    #[serde(default)]
    conflicts: Vec<super::raw::RawConflict>,
    // Members a collection must not have (RFC 7946 §7.1).
    #[serde(borrow, default)]
    geometry: Option<&'a RawValue>,
    #[serde(borrow, default)]
    properties: Option<&'a RawValue>,
    #[serde(borrow, default)]
    coordinates: Option<&'a RawValue>,
    #[serde(borrow, default)]
    geometries: Option<&'a RawValue>,
    /// Foreign members (a collection's `name`, `crs`…), read in the same pass.
    #[serde(flatten)]
    foreign: std::collections::BTreeMap<String, serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
#[serde(expecting = "a GeoJSON Feature object")]
struct RawFeature<'a> {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    id: Option<serde_json::Value>,
    /// Missing (`None`), null (`Some(None)`) or given: RFC 7946 asks for it, null or an object.
    #[serde(borrow, default, deserialize_with = "present")]
    properties: Option<Option<&'a RawValue>>,
    #[serde(borrow, default)]
    geometry: Option<&'a RawValue>,
    #[serde(borrow, default)]
    bbox: Option<&'a RawValue>,
    // Members a Feature must not have (RFC 7946 §7.1).
    #[serde(borrow, default)]
    coordinates: Option<&'a RawValue>,
    #[serde(borrow, default)]
    geometries: Option<&'a RawValue>,
    #[serde(borrow, default)]
    features: Option<&'a RawValue>,
}

/// A member that may be null, told apart from a missing one (which `default` leaves `None`).
fn present<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Option<&'de RawValue>>, D::Error> {
    Option::<&RawValue>::deserialize(deserializer).map(Some)
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
    let left_out = collection_members_left_out(&top);
    out.conflicts = top.conflicts;
    if top.kind == "FeatureCollection" {
        let misplaced = [
            ("geometry", top.geometry),
            ("properties", top.properties),
            ("coordinates", top.coordinates),
            ("geometries", top.geometries),
        ];
        if let Some((member, value)) = misplaced.into_iter().find_map(|(m, v)| Some((m, v?))) {
            let located = super::geometry::changed_meaning(text, value, &top.kind, member);
            report(&mut out, Err(located), 0, None);
            return Ok(out);
        }
    }
    let features = match top.kind.as_str() {
        "FeatureCollection" => match top.features {
            Some(features) => {
                out.notices.extend(left_out);
                features
            }
            None => {
                let reason = crate::i18n::tr("geojson-needs-features");
                out.problems.push(PlaceProblem {
                    id: None,
                    at: 0,
                    problem: Problem::GeoJson(reason),
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
                    let mut names = Names::default();
                    if let Some(outside) = super::geometry::outside_wgs84(&shape) {
                        names.outside.push((name.clone(), outside));
                    }
                    names.tell(&mut out.notices);
                    out.notices.push(crate::i18n::tr_with(
                        "notice-bare-geometry",
                        &[
                            ("kind", top.kind.to_string().into()),
                            ("name", name.clone().into()),
                        ],
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
                problem: Problem::GeoJson(crate::i18n::tr_with(
                    "geojson-unknown-type",
                    &[("kind", kind.to_owned().into())],
                )),
            });
            return Ok(out);
        }
    };
    let mut unnamed = Vec::new();
    let mut names = Names::default();
    // Features are read on every core (a large places file is a third of a story's load), then
    // taken in file order.
    let read = crate::parallel::map(&features, |position, raw| {
        let mut names = Names::default();
        (feature(text, raw, position, &mut names), names)
    });
    for (raw, (read, read_names)) in features.into_iter().zip(read) {
        let at = offset_of(text, raw);
        names.add(read_names);
        match read {
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

/// A `bbox`: 4 or 6 numbers (RFC 7946 §5).
fn check_bbox(text: &str, raw: &RawValue) -> Result<(), Located> {
    let at = offset_of(text, raw);
    let numbers = serde_json::from_str::<Vec<serde_json::Value>>(raw.get())
        .ok()
        .filter(|values| values.iter().all(serde_json::Value::is_number))
        .map(|values| values.len());
    match numbers {
        Some(4 | 6) => Ok(()),
        _ => Err((at, crate::i18n::tr("geojson-bbox"))),
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
    out.notices.push(crate::i18n::tr_with(
        "notice-ids-made",
        &[
            ("count", made.len().into()),
            (
                "names",
                super::place_notices::listed(made.iter().map(String::as_str)).into(),
            ),
        ],
    ));
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
        let reason = crate::i18n::tr_with(
            "geojson-member-not-feature",
            &[("kind", read.kind.clone().into())],
        );
        return Err((None, (at, reason)));
    }
    let id = match &read.id {
        Some(serde_json::Value::String(id)) if !id.trim().is_empty() => Some(id.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        None | Some(serde_json::Value::Null) => None,
        Some(_) => {
            return Err((None, (at, crate::i18n::tr("geojson-feature-id"))));
        }
    };
    let fail = |located: Located| (id.clone(), located);
    let misplaced = [
        ("coordinates", read.coordinates),
        ("geometries", read.geometries),
        ("features", read.features),
    ];
    if let Some((member, value)) = misplaced.into_iter().find_map(|(m, v)| Some((m, v?))) {
        return Err(fail(super::geometry::changed_meaning(
            text, value, "Feature", member,
        )));
    }
    if read.properties.is_none() {
        return Err(fail((at, crate::i18n::tr("geojson-feature-properties"))));
    }
    if let Some(bbox) = read.bbox {
        check_bbox(text, bbox).map_err(fail)?;
    }
    let properties = match read.properties.flatten() {
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
    if let Some(outside) = super::geometry::outside_wgs84(&geometry) {
        names.outside.push((name.clone(), outside));
    }
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
    // Built as a value only when it carries more (rare): a shape's positions are read once.
    let geometry_as_read = all
        .get("geometry")
        .filter(|geometry| super::shape_read::carries_more(geometry))
        .and_then(|geometry| serde_json::from_str(geometry.get()).ok());
    let members = all
        .into_iter()
        .filter(|(key, _)| !OWN.contains(&key.as_str()))
        .filter_map(|(key, value)| Some((key, serde_json::from_str(value.get()).ok()?)))
        .collect();
    FeatureMembers {
        members,
        numeric_id,
        geometry_as_read,
    }
}

/// What a FeatureCollection has besides its type and features (its `bbox`, foreign members such
/// as `name` or `crs`): places keep their own features' members, not the collection's.
fn collection_members_left_out(top: &Top) -> Option<String> {
    let known = [
        ("bbox", top.bbox),
        ("coordinates", top.coordinates),
        ("geometries", top.geometries),
        ("geometry", top.geometry),
        ("properties", top.properties),
    ];
    let known = known.into_iter().filter(|(_, value)| value.is_some());
    let mut left_out: Vec<&str> = known.map(|(key, _)| key).collect();
    left_out.extend(top.foreign.keys().map(String::as_str));
    left_out.sort_unstable();
    let left_out: Vec<String> = left_out.iter().map(|key| format!("\"{key}\"")).collect();
    (!left_out.is_empty()).then(|| {
        crate::i18n::tr_with(
            "notice-collection-members",
            &[
                ("members", left_out.join(", ").into()),
                ("count", left_out.len().into()),
            ],
        )
    })
}
