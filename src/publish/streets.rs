//! The person's street map in a published page (`publish --base-map FILE`, or the window's street
//! map): the tiles around the story's places at the zoom the page's closer views draw, clipped to
//! the places' box with a margin, simplified to a pixel of that zoom and written as SVG paths, the
//! tiles nearest the places first until the page's budget is spent (what is left out is said).

use super::svg;
use crate::base_map::streets::{StreetKind, StreetMap};
use crate::model::Story;
use crate::spatial::Projection;
use geo::{BooleanOps, MultiLineString, Simplify};
use serde::Serialize;

/// The street map's paths take at most this many bytes of a page.
pub const BUDGET_BYTES: usize = 1_000_000;
/// Margin around the story's places: the larger of their extent times this and `MIN_MARGIN`.
const MARGIN: f64 = 0.3;
/// At least this many degrees (a few kilometres) on each side.
const MIN_MARGIN: f64 = 0.03;
/// The page's map is about this many pixels wide when it fits the places; streets are taken at
/// the zoom of twice that, so the first zoom in stays sharp.
const PAGE_PIXELS: f64 = 1800.0;
/// Names written at most.
const MAX_NAMES: usize = 60;

#[derive(Serialize, Debug, Default)]
pub struct PageStreets {
    pub water: String,
    pub buildings: String,
    pub rivers: String,
    pub major: String,
    pub minor: String,
    pub names: Vec<PageStreetName>,
    /// Whose the data is, shown wherever the streets are.
    pub attribution: String,
}

#[derive(Serialize, Debug)]
pub struct PageStreetName {
    pub name: String,
    pub at: [f64; 2],
    pub water: bool,
}

/// The street map around the story's places, with a notice when tiles were left out (the budget,
/// or tiles that did not read); none when no tile covers them.
pub fn page_streets(
    story: &Story,
    projection: &Projection,
    map: &StreetMap,
) -> (Option<PageStreets>, Vec<String>) {
    let Some(places) = crate::spatial::places_bounds(story.places.iter()) else {
        return (None, Vec::new());
    };
    let area = super::detail::around(places, MARGIN, MIN_MARGIN);
    let view = [area.min().x, area.min().y, area.max().x, area.max().y];
    // The zoom the page's closer views draw, or a coarser one when that takes too many tiles.
    let Some(wanted) = map.zoom_for(2.0 * PAGE_PIXELS / area.width().max(1e-6)) else {
        return (None, Vec::new());
    };
    let Some((zoom, mut tiles)) = (map.min_zoom..=wanted)
        .rev()
        .map(|z| (z, map.tiles(z, view)))
        .find(|(_, tiles)| !tiles.is_empty())
    else {
        return (None, Vec::new());
    };
    // Nearest the places' centre first, so the budget keeps what the story is about.
    let centre = places.center();
    let distance = |t: &pmtiles::TileCoord| {
        let n = f64::from(1u32 << t.z());
        let lon = (f64::from(t.x()) + 0.5) / n * 360.0 - 180.0;
        let lat = (std::f64::consts::PI * (1.0 - 2.0 * (f64::from(t.y()) + 0.5) / n))
            .sinh()
            .atan()
            .to_degrees();
        (lon - centre.x).hypot(lat - centre.y)
    };
    tiles.sort_by(|a, b| distance(a).total_cmp(&distance(b)));
    let epsilon = 360.0 / (512.0 * f64::from(1u32 << zoom));
    let clip = area.to_polygon();
    let mut page = PageStreets {
        attribution: map.attribution.clone(),
        ..PageStreets::default()
    };
    let (total, mut left_out, mut unreadable) = (tiles.len(), 0, Vec::new());
    for tile in tiles {
        let size = |p: &PageStreets| {
            p.water.len() + p.buildings.len() + p.rivers.len() + p.major.len() + p.minor.len()
        };
        if size(&page) > BUDGET_BYTES {
            left_out += 1;
            continue;
        }
        let features = match map.features(tile) {
            Ok(features) => features,
            Err(e) => {
                unreadable.push(e.to_string());
                continue;
            }
        };
        for (kind, polygon) in features.areas {
            let path = match kind {
                StreetKind::Building => &mut page.buildings,
                _ => &mut page.water,
            };
            for part in clip.intersection(&polygon).simplify(epsilon) {
                for ring in std::iter::once(part.exterior()).chain(part.interiors()) {
                    let ring = projection.project_path(&ring.0);
                    svg::map_ring(path, &ring, svg::BASE_DECIMALS, true);
                }
            }
        }
        for (kind, line) in features.lines {
            let path = match kind {
                StreetKind::River => &mut page.rivers,
                StreetKind::MajorRoad => &mut page.major,
                _ => &mut page.minor,
            };
            for part in clip
                .clip(&MultiLineString::new(vec![line]), false)
                .simplify(epsilon)
            {
                let line = projection.project_path(&part.0);
                svg::map_ring(path, &line, svg::BASE_DECIMALS, false);
            }
        }
        page.names.extend(
            features
                .names
                .into_iter()
                .filter(|n| geo::Intersects::intersects(&area, &n.at))
                .map(|n| PageStreetName {
                    name: n.name,
                    at: svg::point(projection.project(n.at)),
                    water: n.water,
                }),
        );
    }
    let own = |name: &str| {
        story.places.iter().any(|p| {
            p.name.eq_ignore_ascii_case(name)
                || p.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
        })
    };
    // A name once a spot: a river's may be written at more than one of its spots.
    let mut seen = std::collections::HashSet::new();
    page.names
        .retain(|n| !own(&n.name) && seen.insert((n.name.clone(), n.at.map(f64::to_bits))));
    page.names.truncate(MAX_NAMES);
    let mut notices = Vec::new();
    if left_out > 0 {
        notices.push(format!(
            "The street map took {left_out} of its {total} tiles around the story out of the page \
             (those farthest from the story's places), to keep the page under {} MB more.",
            BUDGET_BYTES / 1_000_000
        ));
    }
    notices.extend(unreadable);
    (Some(page), notices)
}
