//! The base map under every story, in the window and on published pages: Natural Earth country
//! outlines, projected and triangulated once per projection: the regional 1:10m outlines where
//! they exist, the world's 1:110m outlines (with that region cut out, so no border is drawn twice)
//! everywhere else.

pub mod detail;
mod kept;
pub mod streets;

use crate::shipped::{BASE_MAP_BOX, BASE_MAP_GEOJSON, WORLD_MAP_GEOJSON};
use crate::spatial::{self, Projection};
use geo::{Coord, Geometry};

pub struct BaseCountry {
    pub name: String,
    /// Each ring's box and points: the map skips a ring its view does not meet without reading it.
    pub rings: Vec<(geo::Rect<f64>, Vec<Coord>)>,
    /// How many of `rings` (the first) come from the regional 1:10m file: closer up, the world's
    /// 1:110m outlines give way to the detail map's coasts and borders, and these stay.
    pub regional_rings: usize,
    /// The same for `triangles`: closer up, the detail map's land replaces the world's fills.
    pub regional_triangles: usize,
    pub triangles: Vec<geo::Triangle<f64>>,
    /// Where its name can go, best first: the interior point of its largest part, then points of a
    /// grid over it that fall inside, so the name finds room when the best spot is taken or off screen.
    pub label_spots: Vec<Coord>,
}

/// Grid points tried across a country for its label (the grid is this many points a side).
const LABEL_GRID: usize = 7;

pub struct BaseMap {
    pub projection: Projection,
    pub countries: Vec<BaseCountry>,
}

impl BaseMap {
    /// The built-in countries in `projection`; a file that does not parse is left out (with a
    /// line on stderr).
    pub fn new(projection: Projection) -> BaseMap {
        let [x0, y0, x1, y1] = BASE_MAP_BOX;
        let region = geo::Rect::new(Coord { x: x0, y: y0 }, Coord { x: x1, y: y1 });
        let outside_region = |shape: Geometry<f64>| -> Option<Geometry<f64>> {
            use geo::{BooleanOps, BoundingRect, Intersects};
            let bounds = shape.bounding_rect()?;
            if !bounds.intersects(&region) {
                return Some(shape);
            }
            let polygons = match shape {
                Geometry::Polygon(p) => geo::MultiPolygon::new(vec![p]),
                Geometry::MultiPolygon(mp) => mp,
                _ => return None,
            };
            let rest = polygons.difference(&region.to_polygon());
            (!rest.0.is_empty()).then_some(Geometry::MultiPolygon(rest))
        };
        let mut countries: Vec<BaseCountry> = Vec::new();
        let regional: Vec<_> = features(BASE_MAP_GEOJSON).collect();
        let regional_count = regional.len();
        let shapes = regional.into_iter().chain(
            features(WORLD_MAP_GEOJSON)
                .filter_map(|(name, shape)| Some((name, outside_region(shape)?))),
        );
        for (i, (name, shape)) in shapes.enumerate() {
            let mut part = country(name, &projection.project_shape(&shape));
            if i < regional_count {
                part.regional_rings = part.rings.len();
                part.regional_triangles = part.triangles.len();
            }
            // A country in both files (Russia, Iran, Turkey) is one country, named once.
            match countries.iter_mut().find(|c| c.name == part.name) {
                Some(whole) => {
                    whole.regional_rings += part.regional_rings;
                    whole.regional_triangles += part.regional_triangles;
                    whole.rings.extend(part.rings);
                    whole.triangles.extend(part.triangles);
                    whole.label_spots.extend(part.label_spots);
                }
                None => countries.push(part),
            }
        }
        BaseMap {
            projection,
            countries,
        }
    }
}

/// (name, shape) of each country of a built-in GeoJSON file.
fn features(text: &str) -> impl Iterator<Item = (String, Geometry<f64>)> {
    let collection = text
        .parse::<geojson::FeatureCollection>()
        .inspect_err(|e| {
            eprintln!("chronomap: a built-in base map did not parse ({e}); drawing without it")
        })
        .ok();
    collection
        .into_iter()
        .flat_map(|c| c.features)
        .filter_map(|feature| {
            let name = feature
                .property("name")
                .and_then(|n| n.as_str())
                .unwrap_or_default()
                .to_owned();
            let geometry = crate::load::to_geometry(&feature.geometry.as_ref()?.value).ok()?;
            Some((name, geometry))
        })
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
        .filter_map(|ring| {
            let bounds = geo::BoundingRect::bounding_rect(ring)?;
            Some((bounds, without_spikes(&ring.0)))
        })
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
        regional_rings: 0,
        regional_triangles: 0,
        triangles: spatial::fill_triangles(shape),
        label_spots,
    }
}

/// The ring without repeated points and without spikes (a point where the outline turns back on
/// itself, as Sudan's does at 1:110m): a stroke's mitred join there shoots across the whole map.
fn without_spikes(ring: &[Coord]) -> Vec<Coord> {
    let mut kept: Vec<Coord> = Vec::with_capacity(ring.len());
    for &c in ring {
        if kept.last() == Some(&c) {
            continue;
        }
        kept.push(c);
        while kept.len() >= 3 {
            let [a, b, c] = [
                kept[kept.len() - 3],
                kept[kept.len() - 2],
                kept[kept.len() - 1],
            ];
            let (u, v) = (b - a, c - b);
            let turns_back = u.x * v.x + u.y * v.y < -0.99 * (u.x.hypot(u.y) * v.x.hypot(v.y));
            if !turns_back {
                break;
            }
            kept.remove(kept.len() - 2);
        }
    }
    kept
}

/// The French names of the countries the base map names, keyed by the English names its files
/// carry (`assets/world/make_country_names.py`, from the npm packages world-atlas and
/// i18n-iso-countries).
const COUNTRY_NAMES_FR: &str = include_str!("../../assets/world/country_names_fr.json");

/// A country's name in the app's language: the base map's files carry Natural Earth's English.
pub fn country_name(english: &str) -> String {
    static FRENCH: std::sync::OnceLock<std::collections::HashMap<String, String>> =
        std::sync::OnceLock::new();
    match crate::i18n::language() {
        crate::i18n::Language::French => FRENCH
            .get_or_init(|| serde_json::from_str(COUNTRY_NAMES_FR).unwrap_or_default())
            .get(english)
            .cloned()
            .unwrap_or_else(|| english.to_owned()),
        _ => english.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_country_the_base_map_names_has_a_french_name() {
        let names: std::collections::HashMap<String, String> =
            serde_json::from_str(super::COUNTRY_NAMES_FR).unwrap();
        let base = super::BaseMap::new(crate::spatial::Projection::new(45.0, 40.0));
        assert!(base.countries.len() > 150);
        for country in &base.countries {
            assert!(names.contains_key(&country.name), "{}", country.name);
        }
        crate::i18n::set_language(crate::i18n::Language::French);
        assert_eq!(super::country_name("Armenia"), "Arménie");
        crate::i18n::set_language(crate::i18n::Language::English);
        assert_eq!(super::country_name("Armenia"), "Armenia");
    }

    use super::*;

    #[test]
    fn a_ring_that_turns_back_on_itself_loses_the_spike() {
        let c = |x, y| Coord { x, y };
        let ring = [
            c(0.0, 0.0),
            c(1.0, 0.0),
            c(1.0, 1.0),
            c(1.0, 1.0),
            c(1.0, 5.0),
            c(1.0, 2.0),
            c(0.0, 2.0),
        ];
        assert_eq!(
            without_spikes(&ring),
            [
                c(0.0, 0.0),
                c(1.0, 0.0),
                c(1.0, 1.0),
                c(1.0, 2.0),
                c(0.0, 2.0)
            ]
        );
    }

    #[test]
    fn the_world_is_drawn_once_with_finite_shapes() {
        let map = BaseMap::new(Projection::new(0.0, 20.0));
        let mut names: Vec<&str> = map.countries.iter().map(|c| c.name.as_str()).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(names.len(), before, "each country once");
        assert!(names.contains(&"Brazil") && names.contains(&"Armenia"));
        for country in &map.countries {
            for t in &country.triangles {
                for c in t.to_array() {
                    assert!(
                        c.x.is_finite() && c.y.abs() < 100.0,
                        "{}: triangle {t:?}",
                        country.name
                    );
                }
            }
            for c in &country.label_spots {
                assert!(
                    c.x.is_finite() && c.y.is_finite(),
                    "{}: label at {c:?}",
                    country.name
                );
            }
            for c in country.rings.iter().flat_map(|(_, ring)| ring) {
                assert!(
                    c.x.is_finite() && c.y.is_finite() && c.y.abs() < 100.0,
                    "{}: {c:?}",
                    country.name
                );
            }
        }
    }
}
