//! Places as an RFC 7946 FeatureCollection: written in the story format, read from the story format
//! or from any GeoJSON (a feature's `name`, `kind` and `aliases` are used when present).

use super::story_out::StoryOut;
use crate::load::raw::RawPlaceProperties;
use crate::load::{self, LoadErrors, Problem};
use crate::model::{PlaceKind, Story};
use geo::Geometry;
use geojson::{Feature, FeatureCollection, GeometryValue, feature::Id};

/// The FeatureCollection of a story's places.
pub fn export(story: &Story) -> String {
    write(&StoryOut::from_story(story).places)
}

pub fn write(places: &[(String, RawPlaceProperties, Geometry<f64>)]) -> String {
    let features = places
        .iter()
        .map(|(id, properties, geometry)| Feature {
            bbox: None,
            geometry: Some(geojson::Geometry::new(GeometryValue::from(geometry))),
            id: Some(Id::String(id.clone())),
            properties: match serde_json::to_value(properties) {
                Ok(serde_json::Value::Object(map)) => Some(map),
                _ => None,
            },
            foreign_members: None,
        })
        .collect::<Vec<_>>();
    let collection = FeatureCollection {
        bbox: None,
        features,
        foreign_members: None,
    };
    serde_json::to_string_pretty(&collection).unwrap_or_default()
}

/// Merges the places of a GeoJSON file into the story: same ids replace, new ids are added.
pub fn import(story: &Story, text: &str, file: &str) -> Result<Story, LoadErrors> {
    let located = |problem| LoadErrors::one(file, None, problem);
    let collection: FeatureCollection = text
        .parse()
        .map_err(|e: geojson::Error| located(Problem::GeoJson(e.to_string())))?;
    let mut out = StoryOut::from_story(story);
    for (n, feature) in collection.features.into_iter().enumerate() {
        let id = match &feature.id {
            Some(Id::String(id)) => id.clone(),
            Some(Id::Number(n)) => n.to_string(),
            None => feature
                .property("id")
                .and_then(|v| v.as_str())
                .map_or_else(|| format!("place-{}", n + 1), str::to_owned),
        };
        let geometry = feature
            .geometry
            .as_ref()
            .ok_or_else(|| {
                located(Problem::Geometry {
                    id: id.clone(),
                    reason: "has no geometry".to_owned(),
                })
            })
            .and_then(|g| {
                load::to_geometry(&g.value).map_err(|reason| {
                    located(Problem::Geometry {
                        id: id.clone(),
                        reason,
                    })
                })
            })?;
        let properties = properties_from(&feature, &id, &geometry);
        match out.places.iter_mut().find(|(existing, ..)| *existing == id) {
            Some(place) => *place = (id, properties, geometry),
            None => out.places.push((id, properties, geometry)),
        }
    }
    super::reload(out, file)
}

/// Story-format properties when the feature has them; otherwise the usual GeoJSON ones, and a kind
/// guessed from the geometry.
fn properties_from(feature: &Feature, id: &str, geometry: &Geometry<f64>) -> RawPlaceProperties {
    let object = serde_json::Value::Object(feature.properties.clone().unwrap_or_default());
    if let Ok(properties) = serde_json::from_value::<RawPlaceProperties>(object.clone()) {
        return properties;
    }
    let text = |key: &str| object.get(key).and_then(|v| v.as_str()).map(str::to_owned);
    let kind = object
        .get("kind")
        .and_then(|k| serde_json::from_value::<PlaceKind>(k.clone()).ok())
        .unwrap_or(match geometry {
            Geometry::Point(_) | Geometry::MultiPoint(_) => PlaceKind::Site,
            Geometry::LineString(_) | Geometry::MultiLineString(_) => PlaceKind::Corridor,
            _ => PlaceKind::Region,
        });
    RawPlaceProperties {
        name: text("name")
            .or_else(|| text("NAME"))
            .or_else(|| text("title"))
            .unwrap_or_else(|| id.to_owned()),
        aliases: object
            .get("aliases")
            .and_then(|a| a.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default(),
        kind,
        approximate: object
            .get("approximate")
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        transient: false,
        notes: text("notes")
            .or_else(|| text("description"))
            .unwrap_or_default(),
        reported_area_km2: None,
        reported_length_km: None,
    }
}
