//! The finer base map a published page carries: the detail map's land, lakes, rivers, coasts,
//! borders and divisions, and the gazetteer's largest towns, around the story's places only (clipped to their
//! box with a margin and simplified to what the page's zooms show), so a page stays small.

use super::svg;
use crate::base_map::detail::{DetailLayer, DetailMap};
use crate::model::Story;
use crate::spatial::Projection;
use geo::{BooleanOps, Coord, Geometry, MultiLineString, Rect, Simplify};
use serde::Serialize;

/// Margin around the story's places: the larger of their extent times this and `MIN_MARGIN`.
const MARGIN: f64 = 1.5;
/// At least this many degrees on each side, so a story of one town shows its region.
const MIN_MARGIN: f64 = 3.0;
/// Simplified to this many degrees (about 200 m), finer than the page's closest zoom draws.
const SIMPLIFY_DEGREES: f64 = 0.002;
/// Towns named at most.
const MAX_TOWNS: usize = 80;

#[derive(Serialize, Debug, Default)]
pub struct PageDetail {
    /// The scale of the detail ("1:10m", "1:50m").
    pub scale: &'static str,
    /// The box the detail covers, [x, y, width, height] in map units (y down); outside it the
    /// page draws the world's 1:110m countries.
    pub bounds: [f64; 4],
    /// The shipped region's box, which keeps its own countries, in the same units.
    pub region: [f64; 4],
    pub land: String,
    pub lakes: String,
    pub coast: String,
    pub borders: String,
    pub divisions: String,
    /// Natural Earth's 1:50m rivers (no names).
    pub rivers: String,
    pub towns: Vec<PageTown>,
}

#[derive(Serialize, Debug)]
pub struct PageTown {
    pub name: String,
    pub at: [f64; 2],
}

/// The detail around the story's places, or none when they spread wider than detail is drawn
/// for (or the story has no place).
pub fn page_detail(story: &Story, projection: &Projection) -> Option<PageDetail> {
    let places = crate::spatial::places_bounds(story.places.iter())?;
    // A story of the shipped region keeps the regional map it was drawn on.
    let [x0, y0, x1, y1] = crate::shipped::BASE_MAP_BOX;
    let region = Rect::new(Coord { x: x0, y: y0 }, Coord { x: x1, y: y1 });
    if geo::Contains::contains(&region, &places) {
        return None;
    }
    let area = around(places, MARGIN, MIN_MARGIN);
    let map = DetailMap::parse(crate::shipped::DETAIL_MAP).ok()?;
    let view = [area.min().x, area.min().y, area.max().x, area.max().y];
    let level = map.level_for(view)?;
    let clip = area.to_polygon();
    let mut detail = PageDetail {
        scale: if level == 0 { "1:10m" } else { "1:50m" },
        bounds: view_box(area, projection),
        region: view_box(region, projection),
        ..PageDetail::default()
    };
    let epsilon = SIMPLIFY_DEGREES * if level == 0 { 1.0 } else { 5.0 };
    for id in map.tiles(level, view) {
        for (layer, shape) in map.decode(id).ok()? {
            let path = match layer {
                DetailLayer::Land => &mut detail.land,
                DetailLayer::Lakes => &mut detail.lakes,
                DetailLayer::Coast => &mut detail.coast,
                DetailLayer::Borders => &mut detail.borders,
                DetailLayer::Divisions => &mut detail.divisions,
                DetailLayer::Rivers => &mut detail.rivers,
            };
            match shape {
                Geometry::Polygon(polygon) => {
                    for part in clip.intersection(&polygon).simplify(epsilon) {
                        for ring in std::iter::once(part.exterior()).chain(part.interiors()) {
                            let ring = projection.project_path(&ring.0);
                            svg::map_ring(path, &ring, svg::BASE_DECIMALS, true);
                        }
                    }
                }
                Geometry::LineString(line) => {
                    let inside = clip.clip(&MultiLineString::new(vec![line]), false);
                    for part in inside.simplify(epsilon) {
                        let line = projection.project_path(&part.0);
                        svg::map_ring(path, &line, svg::BASE_DECIMALS, false);
                    }
                }
                _ => {}
            }
        }
    }
    detail.towns = towns(story, area, projection);
    Some(detail)
}

/// The box around `places` with a margin on each side of `times` their extent, at least `least`
/// degrees, short of the poles.
pub(super) fn around(places: Rect<f64>, times: f64, least: f64) -> Rect<f64> {
    let margin = |extent: f64| (extent * times).max(least);
    let (dx, dy) = (margin(places.width()), margin(places.height()));
    Rect::new(
        Coord {
            x: places.min().x - dx,
            y: (places.min().y - dy).max(-89.9),
        },
        Coord {
            x: places.max().x + dx,
            y: (places.max().y + dy).min(89.9),
        },
    )
}

/// The largest towns of the gazetteer in the box, but those the story shows itself.
fn towns(story: &Story, area: Rect<f64>, projection: &Projection) -> Vec<PageTown> {
    let own = |name: &str| {
        story.places.iter().any(|p| {
            p.name.eq_ignore_ascii_case(name)
                || p.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
        })
    };
    crate::gazetteer::towns()
        .iter()
        .filter(|t| {
            crate::spatial::lon_within(t.lon, area.min().x, area.max().x)
                && (area.min().y..=area.max().y).contains(&t.lat)
        })
        .filter(|t| !own(t.name))
        .take(MAX_TOWNS)
        .map(|t| PageTown {
            name: t.name.to_owned(),
            at: svg::point(projection.project(Coord { x: t.lon, y: t.lat })),
        })
        .collect()
}

/// A lon/lat box as [x, y, width, height] in map units, y down.
fn view_box(area: Rect<f64>, projection: &Projection) -> [f64; 4] {
    let projected =
        projection.project_box([area.min().x, area.min().y, area.max().x, area.max().y]);
    let [x0, y0] = svg::point(projected.min());
    let [x1, y1] = svg::point(projected.max());
    [x0.min(x1), y0.min(y1), (x1 - x0).abs(), (y1 - y0).abs()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::make;

    fn story_at(towns: &[(&str, f64, f64)]) -> crate::document::Document {
        let mut doc = crate::document::Document::empty("Here", std::path::Path::new("here"));
        for &(name, lon, lat) in towns {
            let draft = make::PlaceDraft::town(name, lon, lat);
            let edit = make::add_place(doc.story(), &draft).unwrap();
            doc.edit(edit).unwrap();
        }
        doc
    }

    #[test]
    fn a_story_in_england_carries_its_coast_counties_and_towns_in_under_a_megabyte() {
        let doc = story_at(&[("Retford", -0.94, 53.32), ("Chesterfield", -1.42, 53.24)]);
        let detail = page_detail(doc.story(), doc.projection()).unwrap();
        assert_eq!(detail.scale, "1:10m");
        // The Thames lies within the margin: Natural Earth's 1:50m rivers.
        assert!(detail.rivers.starts_with('M') && detail.rivers.len() > 100);
        for (what, path) in [
            ("land", &detail.land),
            ("coast", &detail.coast),
            ("divisions", &detail.divisions),
        ] {
            assert!(
                path.starts_with('M') && path.len() > 1000,
                "{what}: {}",
                path.len()
            );
        }
        let names: Vec<&str> = detail.towns.iter().map(|t| t.name.as_str()).collect();
        assert!(
            names.contains(&"Sheffield") && names.contains(&"Nottingham"),
            "{names:?}"
        );
        assert!(
            !names.contains(&"Retford"),
            "the story's own town is its own"
        );
        let size = serde_json::to_string(&detail).unwrap().len();
        assert!(size < 1_000_000, "{size} bytes");
    }

    #[test]
    fn the_shipped_story_keeps_its_regional_map() {
        let doc = crate::document::Document::shipped().unwrap();
        assert!(page_detail(doc.story(), doc.projection()).is_none());
    }

    #[test]
    fn a_story_spread_over_continents_carries_no_detail() {
        let doc = story_at(&[("Lisbon", -9.14, 38.72), ("Tokyo", 139.69, 35.69)]);
        assert!(page_detail(doc.story(), doc.projection()).is_none());
    }

    #[test]
    fn a_story_across_the_antimeridian_carries_the_detail_of_both_sides_in_one_narrow_box() {
        let doc = story_at(&[("Suva", 178.44, -18.14), ("Lakeba", -178.8, -18.2)]);
        let detail = page_detail(doc.story(), doc.projection()).unwrap();
        let [_, _, width, _] = detail.bounds;
        assert!(width < 15.0, "{:?}", detail.bounds);
        let names: Vec<&str> = detail.towns.iter().map(|t| t.name.as_str()).collect();
        // Nasinu lies west of 180°, Tubou (on Lakeba) east of it.
        assert!(
            names.contains(&"Nasinu") && names.contains(&"Tubou"),
            "{names:?}"
        );
        // Every point of the coast lies inside the box, none at the world's far end.
        let [x0, _, width, _] = detail.bounds;
        let xs = detail
            .coast
            .split(['M', 'L'])
            .filter_map(|pair| pair.split_whitespace().next()?.parse::<f64>().ok());
        for x in xs {
            assert!(
                x >= x0 - 0.01 && x <= x0 + width + 0.01,
                "{x} outside {:?}",
                detail.bounds
            );
        }
    }
}
