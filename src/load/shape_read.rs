//! Whether a feature's geometry holds more than the map keeps of it, told in one pass over its
//! text without building it as a JSON value (a large places file has thousands of shapes).

use serde::Deserialize;
use serde_json::value::RawValue;

/// Whether `geometry` carries more than its shape (an altitude, a `bbox`, foreign members): then
/// it is kept as read, to be written back.
pub(super) fn carries_more(geometry: &RawValue) -> bool {
    serde_json::from_str::<ShapeRead>(geometry.get()).is_ok_and(|read| read == ShapeRead::More)
}

/// Whether a GeoJSON value holds what the map's shapes set aside, read without building it: a
/// position with more than longitude and latitude (an altitude), or members besides a geometry's
/// type and coordinates (a `bbox`, foreign members).
#[derive(PartialEq)]
pub(super) enum ShapeRead {
    Number,
    Plain,
    More,
}

impl<'de> Deserialize<'de> for ShapeRead {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ShapeVisitor)
    }
}

struct ShapeVisitor;

impl<'de> serde::de::Visitor<'de> for ShapeVisitor {
    type Value = ShapeRead;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_f64<E>(self, _: f64) -> Result<ShapeRead, E> {
        Ok(ShapeRead::Number)
    }

    fn visit_i64<E>(self, _: i64) -> Result<ShapeRead, E> {
        Ok(ShapeRead::Number)
    }

    fn visit_u64<E>(self, _: u64) -> Result<ShapeRead, E> {
        Ok(ShapeRead::Number)
    }

    fn visit_str<E>(self, _: &str) -> Result<ShapeRead, E> {
        Ok(ShapeRead::Plain)
    }

    fn visit_bool<E>(self, _: bool) -> Result<ShapeRead, E> {
        Ok(ShapeRead::Plain)
    }

    fn visit_unit<E>(self) -> Result<ShapeRead, E> {
        Ok(ShapeRead::Plain)
    }

    /// An array of numbers is a position: more than two is more than a shape; any other array
    /// carries more when one of its items does.
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<ShapeRead, A::Error> {
        let (mut count, mut all_numbers, mut more) = (0, true, false);
        while let Some(item) = seq.next_element::<ShapeRead>()? {
            count += 1;
            all_numbers &= item == ShapeRead::Number;
            more |= item == ShapeRead::More;
        }
        Ok(match (all_numbers, more) {
            (true, _) if count > 2 => ShapeRead::More,
            (false, true) => ShapeRead::More,
            _ => ShapeRead::Plain,
        })
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<ShapeRead, A::Error> {
        const SHAPE: [&str; 3] = ["type", "coordinates", "geometries"];
        let mut more = false;
        while let Some(key) = map.next_key::<String>()? {
            more |= !SHAPE.contains(&key.as_str());
            more |= map.next_value::<ShapeRead>()? == ShapeRead::More;
        }
        Ok(if more {
            ShapeRead::More
        } else {
            ShapeRead::Plain
        })
    }
}

#[cfg(test)]
mod tests {
    use super::carries_more;
    use serde_json::value::RawValue;

    fn more(json: &str) -> bool {
        let raw: Box<RawValue> = serde_json::from_str(json).expect("test JSON");
        carries_more(&raw)
    }

    #[test]
    fn only_altitudes_and_members_beyond_the_shape_carry_more() {
        let ring = "[[0,0],[1,0],[1,1],[0,0]]";
        assert!(!more(r#"{"type":"Point","coordinates":[44.1,39.8]}"#));
        assert!(!more(&format!(
            r#"{{"type":"Polygon","coordinates":[{ring}]}}"#
        )));
        assert!(!more(r#"{"type":"LineString","coordinates":[]}"#));
        assert!(!more(
            r#"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]}]}"#
        ));
        assert!(more(r#"{"type":"Point","coordinates":[44.1,39.8,1200]}"#));
        assert!(more(
            r#"{"type":"Polygon","coordinates":[[[0,0,5],[1,0,5],[1,1,5],[0,0,5]]]}"#
        ));
        assert!(more(&format!(
            r#"{{"type":"Polygon","bbox":[0,0,1,1],"coordinates":[{ring}]}}"#
        )));
        assert!(more(
            r#"{"type":"Point","coordinates":[1,2],"crs":{"type":"name"}}"#
        ));
        assert!(more(
            r#"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2,3]}]}"#
        ));
        assert!(!more(r#""a string""#));
    }
}
