//! Places as an RFC 7946 FeatureCollection: written in the story format, read from the story format
//! or from any GeoJSON (a feature's `name`, `kind` and `aliases` are used when present).

use super::story_out::StoryOut;
use crate::load::raw::RawPlaceProperties;
use crate::load::to_geometry;
use crate::load::{self, LoadErrors};
use crate::model::Story;
use geo::Geometry;
use geojson::{Feature, FeatureCollection, GeometryValue, feature::Id};

/// The FeatureCollection of a story's places.
pub fn export(story: &Story) -> String {
    write(&StoryOut::from_story(story).places)
}

pub fn write(places: &[(String, RawPlaceProperties, Geometry<f64>)]) -> String {
    let features = places
        .iter()
        .map(|(id, properties, geometry)| {
            // The feature's own bbox, foreign members and numeric id, as the file had them.
            let mut members = properties.feature.members.clone();
            let bbox = members
                .remove("bbox")
                .and_then(|bbox| serde_json::from_value(bbox).ok());
            let number = properties
                .feature
                .numeric_id
                .then(|| serde_json::from_str::<serde_json::Number>(id).ok())
                .flatten();
            Feature {
                bbox,
                geometry: Some(as_read_if_unchanged(properties, geometry)),
                id: Some(number.map_or_else(|| Id::String(id.clone()), Id::Number)),
                properties: match serde_json::to_value(properties) {
                    Ok(serde_json::Value::Object(map)) => Some(map),
                    _ => None,
                },
                foreign_members: (!members.is_empty()).then_some(members),
            }
        })
        .collect::<Vec<_>>();
    let collection = FeatureCollection {
        bbox: None,
        features,
        foreign_members: None,
    };
    serde_json::to_string_pretty(&collection).unwrap_or_default()
}

/// The geometry as the file had it, altitudes and all, unless the shape has been changed since.
fn as_read_if_unchanged(
    properties: &RawPlaceProperties,
    geometry: &Geometry<f64>,
) -> geojson::Geometry {
    properties
        .feature
        .geometry_as_read
        .as_ref()
        .and_then(|read| serde_json::from_value::<geojson::Geometry>(read.clone()).ok())
        .filter(|read| to_geometry(&read.value).is_ok_and(|flat| flat == *geometry))
        .unwrap_or_else(|| geojson::Geometry::new(GeometryValue::from(geometry)))
}

/// Merges the places of any GeoJSON file (a FeatureCollection, a Feature) into the story: same ids
/// replace, new ids are added.
pub fn import(story: &Story, text: &str, file: &str) -> Result<Story, LoadErrors> {
    let taken: Vec<&str> = story.places.iter().map(|p| p.id.as_str()).collect();
    let parsed = load::read_places(text, file, &taken)?;
    let mut out = StoryOut::from_story(story);
    for place in parsed.places {
        let id = place.id;
        let entry = (id, place.properties, place.geometry);
        match out
            .places
            .iter_mut()
            .find(|(existing, ..)| *existing == entry.0)
        {
            Some(existing) => *existing = entry,
            None => out.places.push(entry),
        }
    }
    let mut story = super::reload(out, file)?;
    // What the merged story says again of the file's own places is said once, of the file.
    story
        .notices
        .retain(|said| !parsed.notices.iter().any(|n| said.ends_with(n.as_str())));
    story
        .notices
        .extend(parsed.notices.into_iter().map(|n| format!("{file}: {n}")));
    Ok(story)
}
