//! The projection and the place index, tested without a window.
use super::*;
use geo::{LineString, MultiPolygon, Polygon, polygon};

#[test]
fn a_multipolygon_with_an_empty_member_is_drawn_from_its_other_members() {
    let square =
        polygon![(x: 46.0, y: 40.0), (x: 46.5, y: 40.0), (x: 46.5, y: 40.5), (x: 46.0, y: 40.5)];
    let empty = Polygon::new(LineString::new(Vec::new()), Vec::new());
    let shape = Geometry::MultiPolygon(MultiPolygon(vec![empty.clone(), square, empty]));
    let place = place("P", shape);
    let index = PlaceIndex::new(&[place], &Projection::new(46.0, 40.0));
    let detail = index.detail(0, 500.0, 1.0);
    assert_eq!(detail.triangles.len(), 2);
    assert_eq!(detail.lines.len(), 1);
    assert!(index.label_anchor(0).is_some());
}

fn town(name: &str, lon: f64, lat: f64) -> Place {
    place(name, Geometry::Point(Point::new(lon, lat)))
}

fn place(name: &str, geometry: Geometry<f64>) -> Place {
    Place {
        id: name.to_lowercase(),
        name: name.to_owned(),
        aliases: Vec::new(),
        kind: crate::model::PlaceKind::Region,
        approximate: false,
        transient: false,
        notes: String::new(),
        geometry,
        reported_area_km2: None,
        reported_length_km: None,
        other: Default::default(),
        feature: Default::default(),
    }
}

#[test]
fn places_either_side_of_the_antimeridian_are_one_narrow_box_and_lie_together() {
    let places = [
        town("Suva", 178.44, -18.14),
        town("Lakeba", -178.8, -18.2),
        town("Labasa", 179.39, -16.43),
    ];
    let bounds = places_bounds(places.iter()).unwrap();
    assert_eq!(bounds.min().x, 178.44);
    assert!((bounds.max().x - 181.2).abs() < 1e-9, "{bounds:?}");
    let projection = Projection::new(bounds.center().x, bounds.center().y);
    let suva = projection.project(Coord {
        x: 178.44,
        y: -18.14,
    });
    let lakeba = projection.project(Coord {
        x: -178.8,
        y: -18.2,
    });
    assert!(
        (lakeba.x - suva.x) > 2.5 && (lakeba.x - suva.x) < 3.0,
        "{suva:?} {lakeba:?}"
    );
    // Back from the map, a longitude is one a GeoJSON file can hold.
    assert!((projection.unproject(lakeba).x + 178.8).abs() < 1e-9);
    // A box across the antimeridian, as RFC 7946 writes it (west > east), keeps its width.
    let view = projection.project_box([178.0, -19.0, -178.0, -16.0]);
    assert!(
        (view.width() - 4.0 * projection.cos_lat0).abs() < 1e-9,
        "{view:?}"
    );
}

#[test]
fn a_ring_across_the_far_side_of_the_globe_is_not_torn_across_the_map() {
    // Seen from Karabakh, the far side runs through Canada: a ring there stays whole.
    let projection = Projection::new(46.5, 40.0);
    let ring = [
        Coord { x: -120.0, y: 60.0 },
        Coord { x: -140.0, y: 60.0 },
        Coord { x: -140.0, y: 65.0 },
        Coord { x: -120.0, y: 65.0 },
    ];
    let projected = projection.project_path(&ring);
    let widest = projected
        .windows(2)
        .map(|w| (w[1].x - w[0].x).abs())
        .fold(0.0, f64::max);
    assert!(widest < 20.0, "{projected:?}");
    // Each point alone is taken the short way round: both ends of the world map.
    let alone: Vec<f64> = ring.iter().map(|&c| projection.project(c).x).collect();
    assert!(alone[0] < 0.0 && alone[1] > 0.0, "{alone:?}");
}

#[test]
fn a_story_at_the_pole_keeps_a_map_with_width() {
    let projection = Projection::new(0.0, -90.0);
    let station = projection.project(Coord {
        x: 139.27,
        y: -89.99,
    });
    assert!(
        station.x.is_finite() && station.x.abs() > 1.0,
        "{station:?}"
    );
    let back = projection.unproject(station);
    assert!((back.x - 139.27).abs() < 1e-9 && (back.y + 89.99).abs() < 1e-9);
}
