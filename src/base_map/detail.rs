//! The world's finer base map: Natural Earth 1:10m (land, lakes, coastline, land borders,
//! first-level divisions) and the same simplified to about 1:50m, with 1:50m rivers, cut into tiles
//! (`assets/world/detail.bin`, made by `assets/world/make_detail.py`). Only the tiles a view needs
//! are decoded, projected and triangulated, once each, and kept while they are used.

use super::kept::KeptTiles;
use crate::spatial::{self, Projection};
use geo::{Coord, Geometry, LineString, Polygon, Rect};
use std::sync::Arc;

/// The layers of a tile, in the file's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DetailLayer {
    Land,
    Lakes,
    Coast,
    /// Borders between countries, on land.
    Borders,
    /// The lines between first-level divisions (regions, states, provinces, counties).
    Divisions,
    /// Natural Earth's 1:50m rivers and lake centrelines, at both levels (no finer ones are
    /// shipped by a registry package).
    Rivers,
}

const LAYERS: [DetailLayer; 6] = [
    DetailLayer::Land,
    DetailLayer::Lakes,
    DetailLayer::Coast,
    DetailLayer::Borders,
    DetailLayer::Divisions,
    DetailLayer::Rivers,
];

impl DetailLayer {
    fn is_area(self) -> bool {
        matches!(self, DetailLayer::Land | DetailLayer::Lakes)
    }
}

/// Views at most this many degrees across use the 1:10m level…
const FINE_DEGREES: f64 = 12.0;
/// …and at most this many the 1:50m one; wider views keep the world's 1:110m countries alone.
const MEDIUM_DEGREES: f64 = 60.0;
/// The scale of each level, as the map says it.
const LEVEL_SCALES: [&str; 2] = ["1:10m", "1:50m"];
/// Coordinates are stored in 1e-4 degrees.
const SCALE: f64 = 10_000.0;
/// Decoded tiles kept at most (a fine view needs up to nine, a medium one up to six).
const KEPT_TILES: usize = 48;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DetailError {
    #[error("the detail base map is not one (no CMDT header)")]
    NotDetail,
    #[error("the detail base map ends early, at byte {0}")]
    Truncated(usize),
}

/// One level's tiles: their size and where each is in the data.
#[derive(Debug, Clone)]
struct Level {
    degrees: f64,
    cols: usize,
    rows: usize,
    /// Byte offset of this level's table of (offset, length) pairs.
    table: usize,
}

/// The tile file, read in place: only its tables are parsed up front.
#[derive(Debug, Clone)]
pub struct DetailMap {
    bytes: &'static [u8],
    levels: Vec<Level>,
    data: usize,
}

/// A tile of a level: its column (which may run past the file's columns across the antimeridian:
/// drawn shifted by 360°) and row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TileId {
    pub level: usize,
    pub col: i64,
    pub row: usize,
}

/// A tile's shapes in map units: each area's triangles and each line's points, with their bounds
/// (so a view draws only what it can see).
#[derive(Debug, Default)]
pub struct DetailTile {
    pub areas: Vec<(DetailLayer, Rect, Vec<geo::Triangle<f64>>)>,
    pub lines: Vec<(DetailLayer, Rect, Vec<Coord>)>,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, DetailError> {
        let b = *self
            .bytes
            .get(self.at)
            .ok_or(DetailError::Truncated(self.at))?;
        self.at += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, DetailError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(DetailError::Truncated(self.at))
    }

    fn count(&mut self) -> Result<usize, DetailError> {
        let n = self.varint()?;
        // A count can never exceed the bytes left (each item takes at least one).
        let left = self.bytes.len() - self.at.min(self.bytes.len());
        usize::try_from(n)
            .ok()
            .filter(|&n| n <= left)
            .ok_or(DetailError::Truncated(self.at))
    }

    fn line(&mut self) -> Result<Vec<Coord>, DetailError> {
        let n = self.count()?;
        let mut points = Vec::with_capacity(n);
        let (mut x, mut y) = (0i64, 0i64);
        for _ in 0..n {
            x += unzigzag(self.varint()?);
            y += unzigzag(self.varint()?);
            points.push(Coord {
                x: x as f64 / SCALE,
                y: y as f64 / SCALE,
            });
        }
        Ok(points)
    }

    fn u32_at(&self, at: usize) -> Result<usize, DetailError> {
        let b = self
            .bytes
            .get(at..at + 4)
            .ok_or(DetailError::Truncated(at))?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }
}

fn unzigzag(n: u64) -> i64 {
    ((n >> 1) as i64) ^ -((n & 1) as i64)
}

impl DetailMap {
    /// Reads the file's header and tables.
    pub fn parse(bytes: &'static [u8]) -> Result<Self, DetailError> {
        if bytes.get(..5) != Some(b"CMDT\x02") {
            return Err(DetailError::NotDetail);
        }
        let mut reader = Reader { bytes, at: 5 };
        let count = reader.byte()?;
        let mut levels = Vec::new();
        for _ in 0..count {
            let at = reader.at;
            let head = bytes.get(at..at + 8).ok_or(DetailError::Truncated(at))?;
            let degrees = f32::from_le_bytes([head[0], head[1], head[2], head[3]]);
            let cols = usize::from(u16::from_le_bytes([head[4], head[5]]));
            let rows = usize::from(u16::from_le_bytes([head[6], head[7]]));
            let table = at + 8;
            reader.at = table + cols * rows * 8;
            if reader.at > bytes.len() || cols == 0 || rows == 0 {
                return Err(DetailError::Truncated(at));
            }
            levels.push(Level {
                degrees: f64::from(degrees),
                cols,
                rows,
                table,
            });
        }
        Ok(DetailMap {
            bytes,
            levels,
            data: reader.at,
        })
    }

    /// The level for a view this many degrees of longitude across: none for wide views.
    pub fn level_for(&self, [west, south, east, north]: [f64; 4]) -> Option<usize> {
        // Near a pole a degree east is short: a view is as wide as the ground it shows.
        let middle = ((south + north) / 2.0)
            .clamp(-85.0, 85.0)
            .to_radians()
            .cos();
        let degrees_across = (east - west) * middle;
        let level = if degrees_across <= FINE_DEGREES {
            0
        } else if degrees_across <= MEDIUM_DEGREES {
            1
        } else {
            return None;
        };
        (level < self.levels.len()).then_some(level)
    }

    /// The tiles of `level` that a view of [west, south, east, north] degrees touches.
    pub fn tiles(&self, level: usize, [west, south, east, north]: [f64; 4]) -> Vec<TileId> {
        let Some(l) = self.levels.get(level) else {
            return Vec::new();
        };
        let col = |lon: f64| ((lon + 180.0) / l.degrees).floor() as i64;
        let row = |lat: f64| (((lat + 90.0) / l.degrees).floor().max(0.0) as usize).min(l.rows - 1);
        let (first, last) = (col(west), col(east));
        // A view is never wider than the medium level's limit: at most a few columns.
        if last - first > 2 * l.cols as i64 {
            return Vec::new();
        }
        let mut tiles = Vec::new();
        for row in row(south)..=row(north) {
            for col in first..=last {
                tiles.push(TileId { level, col, row });
            }
        }
        tiles
    }

    /// A tile's shapes in degrees (shifted by 360° for a column past the antimeridian).
    pub fn decode(&self, id: TileId) -> Result<Vec<(DetailLayer, Geometry<f64>)>, DetailError> {
        let Some(l) = self.levels.get(id.level) else {
            return Ok(Vec::new());
        };
        let cols = l.cols as i64;
        let (col, turns) = (id.col.rem_euclid(cols) as usize, id.col.div_euclid(cols));
        let entry = l.table + (id.row * l.cols + col) * 8;
        let reader = Reader {
            bytes: self.bytes,
            at: 0,
        };
        let (offset, length) = (reader.u32_at(entry)?, reader.u32_at(entry + 4)?);
        let start = self.data + offset;
        let block = self
            .bytes
            .get(start..start + length)
            .ok_or(DetailError::Truncated(start))?;
        let mut reader = Reader {
            bytes: block,
            at: 0,
        };
        let shift = turns as f64 * 360.0;
        let shifted = |points: Vec<Coord>| -> LineString<f64> {
            LineString::new(
                points
                    .into_iter()
                    .map(|c| Coord {
                        x: c.x + shift,
                        y: c.y,
                    })
                    .collect(),
            )
        };
        let mut shapes = Vec::new();
        for layer in LAYERS {
            for _ in 0..reader.count()? {
                if layer.is_area() {
                    let rings = reader.count()?;
                    let mut lines = Vec::with_capacity(rings);
                    for _ in 0..rings {
                        lines.push(shifted(reader.line()?));
                    }
                    let mut lines = lines.into_iter();
                    let exterior = lines.next().unwrap_or_else(|| LineString::new(Vec::new()));
                    let polygon = Polygon::new(exterior, lines.collect());
                    shapes.push((layer, Geometry::Polygon(polygon)));
                } else {
                    shapes.push((layer, Geometry::LineString(shifted(reader.line()?))));
                }
            }
        }
        Ok(shapes)
    }

    /// A tile projected and triangulated for the map.
    fn project(&self, id: TileId, projection: &Projection) -> Result<DetailTile, DetailError> {
        use geo::BoundingRect;
        let mut tile = DetailTile::default();
        for (layer, shape) in self.decode(id)? {
            let projected = projection.project_shape(&shape);
            let Some(bounds) = projected.bounding_rect() else {
                continue;
            };
            match projected {
                Geometry::LineString(line) if line.0.len() >= 2 => {
                    tile.lines.push((layer, bounds, line.0))
                }
                Geometry::Polygon(_) => {
                    let triangles = spatial::fill_triangles(&projected);
                    if !triangles.is_empty() {
                        tile.areas.push((layer, bounds, triangles));
                    }
                }
                _ => {}
            }
        }
        Ok(tile)
    }
}

/// The decoded tiles of one projection, the most recently used kept.
pub struct DetailCache {
    map: Option<DetailMap>,
    projection: Projection,
    tiles: KeptTiles<TileId, DetailTile>,
}

impl DetailCache {
    /// A cache over the built-in detail map; a file that does not read is left out (with a line on
    /// stderr) and the map drawn without it.
    pub fn new(projection: Projection) -> Self {
        let map = DetailMap::parse(crate::shipped::DETAIL_MAP)
            .inspect_err(|e| eprintln!("chronomap: {e}; drawing the world at 1:110m"))
            .ok();
        DetailCache {
            map,
            projection,
            tiles: KeptTiles::new(KEPT_TILES),
        }
    }

    pub fn projection(&self) -> Projection {
        self.projection
    }

    /// The tiles a view of [west, south, east, north] degrees needs, decoded on first use, with the
    /// scale they are drawn at ("1:10m", "1:50m"); none for a view too wide for detail.
    pub fn visible(&mut self, view: [f64; 4]) -> Option<(&'static str, Vec<Arc<DetailTile>>)> {
        let map = self.map.as_ref()?;
        let level = map.level_for(view)?;
        let projection = self.projection;
        let shown = self.tiles.take(map.tiles(level, view), |id| {
            map.project(id, &projection).unwrap_or_else(|e| {
                eprintln!("chronomap: a detail tile did not read ({e})");
                DetailTile::default()
            })
        });
        let scale = LEVEL_SCALES.get(level).copied().unwrap_or("1:10m");
        Some((scale, shown))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> DetailMap {
        DetailMap::parse(crate::shipped::DETAIL_MAP).unwrap()
    }

    #[test]
    fn a_view_picks_its_level_by_its_width() {
        let map = map();
        assert_eq!(map.level_for([0.0, 0.0, 0.5, 0.5]), Some(0));
        assert_eq!(map.level_for([0.0, 0.0, 30.0, 20.0]), Some(1));
        assert_eq!(map.level_for([-100.0, 0.0, 100.0, 50.0]), None);
        // Near the pole, 200° of longitude is less ground than 30° at the equator.
        assert_eq!(map.level_for([0.0, -88.0, 200.0, -80.0]), Some(1));
    }

    #[test]
    fn englands_tile_holds_the_north_sea_coast_and_the_county_lines() {
        let map = map();
        // Retford, 53.32° N 0.94° W, and the coast 60 km east: two tiles, either side of 0°.
        let tiles = map.tiles(0, [-1.3, 52.6, 0.6, 53.5]);
        assert_eq!(tiles.len(), 2);
        let shapes: Vec<_> = tiles.iter().flat_map(|&t| map.decode(t).unwrap()).collect();
        let count = |layer| shapes.iter().filter(|(l, _)| *l == layer).count();
        assert!(count(DetailLayer::Coast) > 10, "coastlines");
        assert!(count(DetailLayer::Divisions) > 20, "county lines");
        assert!(count(DetailLayer::Land) > 0 && count(DetailLayer::Lakes) > 0);
        // The coast follows the Wash: points between 52.7° and 53.1° N, east of 0.2° E.
        let wash = shapes.iter().any(|(layer, shape)| {
            *layer == DetailLayer::Coast
                && geo::CoordsIter::coords_iter(shape)
                    .any(|c| (52.7..53.1).contains(&c.y) && (0.2..0.6).contains(&c.x))
        });
        assert!(wash, "the Wash's coast");
    }

    #[test]
    fn across_the_antimeridian_tiles_are_shifted_a_turn() {
        let map = map();
        // Fiji is drawn east of 180° when a story unwraps it so.
        let tiles = map.tiles(0, [177.0, -19.0, 182.0, -16.0]);
        assert!(tiles.iter().any(|t| t.col == 36), "{tiles:?}");
        let east = tiles.iter().find(|t| t.col == 36).unwrap();
        let shapes = map.decode(*east).unwrap();
        assert!(
            shapes
                .iter()
                .flat_map(|(_, s)| geo::CoordsIter::coords_iter(s))
                .all(|c| c.x >= 180.0),
            "drawn past 180° E"
        );
    }

    #[test]
    fn the_shipped_region_is_left_to_its_own_map() {
        let map = map();
        let tiles = map.tiles(0, [45.0, 39.0, 47.0, 41.0]);
        for id in tiles {
            for (_, shape) in map.decode(id).unwrap() {
                for c in geo::CoordsIter::coords_iter(&shape) {
                    let inside = (43.001..50.999).contains(&c.x) && (38.201..42.199).contains(&c.y);
                    assert!(!inside, "{c:?} is in the regional box");
                }
            }
        }
    }

    #[test]
    fn a_damaged_file_is_an_error_not_a_crash() {
        assert_eq!(
            DetailMap::parse(b"nope").unwrap_err(),
            DetailError::NotDetail
        );
        let full = crate::shipped::DETAIL_MAP;
        for cut in [5, 6, 20, full.len() / 2] {
            let bytes: &'static [u8] = Box::leak(full[..cut].to_vec().into_boxed_slice());
            match DetailMap::parse(bytes) {
                Err(_) => {}
                Ok(map) => {
                    for id in map.tiles(0, [-10.0, 40.0, 10.0, 60.0]) {
                        let _ = map.decode(id);
                    }
                }
            }
        }
    }

    #[test]
    fn the_cache_gives_each_view_its_tiles_at_the_scale_of_its_width() {
        let mut cache = DetailCache::new(Projection::new(0.0, 50.0));
        for lon in (-170..170).step_by(10) {
            let west = f64::from(lon);
            let (scale, shown) = cache.visible([west, 40.0, west + 5.0, 45.0]).unwrap();
            assert_eq!(scale, "1:10m");
            assert!(!shown.is_empty());
        }
        assert_eq!(cache.visible([-20.0, 30.0, 20.0, 60.0]).unwrap().0, "1:50m");
        assert!(cache.visible([-120.0, -60.0, 120.0, 60.0]).is_none());
    }
}
