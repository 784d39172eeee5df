//! Streets when the user has them: a local PMTiles file of vector tiles (Protomaps' basemap or the
//! OpenMapTiles schema), read tile by tile (`pmtiles`) and decoded (`mvt-reader`) into water,
//! rivers, roads, buildings and place names in degrees, for the window and the published page.

use super::kept::KeptTiles;
use crate::i18n::tr_with;
use crate::spatial::{self, Projection};
use geo::{BoundingRect, Coord, Geometry, LineString, MultiPolygon, Polygon, Rect};
use pmtiles::{
    AsyncBackend, AsyncPmTilesReader, BackendResponse, Compression, PmtError, TileCoord,
};
use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// What a street map's feature is drawn as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StreetKind {
    Water,
    Building,
    River,
    MajorRoad,
    MinorRoad,
}

/// A name the street map writes: a town, village or quarter, or a river or lake.
#[derive(Debug, Clone, PartialEq)]
pub struct StreetName {
    pub name: String,
    /// Longitude and latitude (a river's name at the middle of its longest stretch in the tile,
    /// and a quarter either way, each a place it may be written; a lake's inside it).
    pub at: Coord,
    pub water: bool,
}

/// One tile's features in degrees.
#[derive(Debug, Default, Clone)]
pub struct StreetFeatures {
    pub areas: Vec<(StreetKind, Polygon<f64>)>,
    pub lines: Vec<(StreetKind, LineString<f64>)>,
    pub names: Vec<StreetName>,
}

#[derive(Debug, thiserror::Error)]
pub enum StreetError {
    #[error("{}", tr_with("streets-unreadable", &[("path", .path.display().to_string().into()), ("why", .source.to_string().into())]))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", tr_with("streets-not-pmtiles", &[("path", .path.display().to_string().into()), ("why", .source.to_string().into())]))]
    NotPmtiles { path: PathBuf, source: PmtError },
    #[error("{}", tr_with("streets-not-vector", &[("path", .path.display().to_string().into()), ("kind", .kind.to_string().into())]))]
    NotVector { path: PathBuf, kind: String },
    #[error("{}", tr_with("streets-tile", &[("path", .path.display().to_string().into()), ("tile", .tile.to_string().into()), ("why", .reason.to_string().into())]))]
    Tile {
        path: PathBuf,
        tile: String,
        reason: String,
    },
}

/// Tiles larger than this, packed or unpacked, are refused rather than read (a city's densest
/// Protomaps tile is a few hundred kilobytes).
const MAX_TILE_BYTES: u64 = 8 << 20;
/// A view drawing more tiles than this draws none (it is too far out for streets).
pub const MAX_VIEW_TILES: usize = 36;
/// A tile is drawn about this many pixels wide, as vector map styles draw them.
const TILE_PIXELS: f64 = 512.0;

/// Reads the archive's bytes from its file, a range at a time, never past its end.
struct FileBackend {
    file: Mutex<std::fs::File>,
    length: u64,
}

impl AsyncBackend for FileBackend {
    fn read(
        &self,
        offset: u64,
        length: usize,
    ) -> impl Future<Output = pmtiles::PmtResult<BackendResponse>> + Send {
        let read = || -> std::io::Result<Vec<u8>> {
            let available = self.length.saturating_sub(offset);
            let wanted = (length as u64).min(available);
            let mut file = self
                .file
                .lock()
                .map_err(|_| std::io::Error::other("the file was left mid-read"))?;
            file.seek(SeekFrom::Start(offset))?;
            let mut bytes = Vec::new();
            (&mut *file).take(wanted).read_to_end(&mut bytes)?;
            Ok(bytes)
        };
        std::future::ready(
            read()
                .map(|bytes| BackendResponse::new(bytes.into()))
                .map_err(PmtError::Reading),
        )
    }
}

/// A PMTiles archive of vector tiles, opened: its header and root directory read.
pub struct StreetMap {
    path: PathBuf,
    reader: AsyncPmTilesReader<FileBackend>,
    pub min_zoom: u8,
    pub max_zoom: u8,
    /// [west, south, east, north] the archive covers.
    pub bounds: [f64; 4],
    /// Who the tiles' data is owed to, as the archive says (tags taken out), or OpenStreetMap's.
    pub attribution: String,
}

impl StreetMap {
    pub fn open(path: &Path) -> Result<Self, StreetError> {
        let file = std::fs::File::open(path).map_err(|source| StreetError::Read {
            path: path.to_owned(),
            source,
        })?;
        let length = file
            .metadata()
            .map_err(|source| StreetError::Read {
                path: path.to_owned(),
                source,
            })?
            .len();
        let backend = FileBackend {
            file: Mutex::new(file),
            length,
        };
        let reader =
            pollster::block_on(AsyncPmTilesReader::try_from_source(backend)).map_err(|source| {
                StreetError::NotPmtiles {
                    path: path.to_owned(),
                    source,
                }
            })?;
        let header = reader.get_header();
        if header.tile_type != pmtiles::TileType::Mvt {
            return Err(StreetError::NotVector {
                path: path.to_owned(),
                kind: format!("{:?}", header.tile_type),
            });
        }
        let (min_zoom, max_zoom) = (header.min_zoom, header.max_zoom);
        let bounds = [
            header.min_longitude,
            header.min_latitude,
            header.max_longitude,
            header.max_latitude,
        ];
        let metadata = pollster::block_on(reader.get_metadata()).unwrap_or_default();
        let attribution = attribution_of(&metadata);
        Ok(StreetMap {
            path: path.to_owned(),
            reader,
            min_zoom,
            max_zoom,
            bounds,
            attribution,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The zoom whose tiles a view of `pixels_per_degree` (east–west, on screen) draws about
    /// 512 pixels wide, within the archive's zooms; none when the view is too far out for them.
    pub fn zoom_for(&self, pixels_per_degree: f64) -> Option<u8> {
        let wanted = (pixels_per_degree * 360.0 / TILE_PIXELS).log2().round();
        if !wanted.is_finite() || wanted < f64::from(self.min_zoom) {
            return None;
        }
        Some(wanted.min(f64::from(self.max_zoom)) as u8)
    }

    /// The tiles of `zoom` a box of [west, south, east, north] degrees touches, inside the
    /// archive's bounds; none when there would be more than [`MAX_VIEW_TILES`].
    pub fn tiles(&self, zoom: u8, view: [f64; 4]) -> Vec<TileCoord> {
        let [west, south, east, north] = view;
        let [bw, bs, be, bn] = self.bounds;
        let (west, east) = (west.max(bw), east.min(be));
        let (south, north) = (south.max(bs), north.min(bn));
        if west >= east || south >= north {
            return Vec::new();
        }
        let n = 1u64 << zoom;
        let column = |lon: f64| (((lon + 180.0) / 360.0 * n as f64).floor() as u64).min(n - 1);
        let row = |lat: f64| {
            let lat = lat.clamp(-85.05, 85.05).to_radians();
            let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0;
            ((y * n as f64).floor().max(0.0) as u64).min(n - 1)
        };
        let (x0, x1, y0, y1) = (column(west), column(east), row(north), row(south));
        if (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_VIEW_TILES as u64 {
            return Vec::new();
        }
        (y0..=y1)
            .flat_map(|y| (x0..=x1).map(move |x| (x, y)))
            .filter_map(|(x, y)| TileCoord::new(zoom, x as u32, y as u32).ok())
            .collect()
    }

    /// A tile's features in degrees; an absent tile has none.
    pub fn features(&self, tile: TileCoord) -> Result<StreetFeatures, StreetError> {
        let failed = |reason: String| StreetError::Tile {
            path: self.path.clone(),
            tile: format!("{}/{}/{}", tile.z(), tile.x(), tile.y()),
            reason,
        };
        let Some(packed) =
            pollster::block_on(self.reader.get_tile(tile)).map_err(|e| failed(e.to_string()))?
        else {
            return Ok(StreetFeatures::default());
        };
        if packed.len() as u64 > MAX_TILE_BYTES {
            return Err(failed(format!("{} bytes, over the limit", packed.len())));
        }
        let bytes = match self.reader.get_header().tile_compression {
            Compression::Gzip => {
                let mut bytes = Vec::new();
                flate2::read::GzDecoder::new(&packed[..])
                    .take(MAX_TILE_BYTES + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|e| failed(e.to_string()))?;
                if bytes.len() as u64 > MAX_TILE_BYTES {
                    return Err(failed("unpacks past the limit".to_owned()));
                }
                bytes
            }
            Compression::None | Compression::Unknown => packed.to_vec(),
            other => return Err(failed(format!("{other:?} compression is not read"))),
        };
        decode(&bytes, tile).map_err(failed)
    }
}

/// The archive's `attribution` as text (it is often HTML: a link, `&copy;`); OpenStreetMap's when
/// it has none.
fn attribution_of(metadata: &str) -> String {
    let said = serde_json::from_str::<serde_json::Value>(metadata)
        .ok()
        .and_then(|m| m.get("attribution")?.as_str().map(str::to_owned))
        .unwrap_or_default();
    let text = dom_query::Document::from(said.as_str()).root().text();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        "© OpenStreetMap contributors".to_owned()
    } else {
        text
    }
}

/// What a feature of a layer is, in either schema: Protomaps' (`water`, `roads`, `buildings`,
/// `places`) or OpenMapTiles' (`water`, `waterway`, `transportation`, `building`, `place`).
fn kind_of(layer: &str, properties: &HashMap<String, mvt_reader::feature::Value>) -> Option<Kind> {
    let class = ["kind", "class"]
        .iter()
        .find_map(|key| match properties.get(*key) {
            Some(mvt_reader::feature::Value::String(s)) => Some(s.as_str()),
            _ => None,
        })
        .unwrap_or("");
    Some(match layer {
        "water" | "waterway" => Kind::Water,
        "building" | "buildings" => Kind::Drawn(StreetKind::Building),
        "roads" | "transportation" => match class {
            "highway" | "major_road" | "motorway" | "trunk" | "primary" | "secondary" => {
                Kind::Drawn(StreetKind::MajorRoad)
            }
            "minor_road" | "tertiary" | "minor" | "service" | "residential" | "unclassified" => {
                Kind::Drawn(StreetKind::MinorRoad)
            }
            _ => return None,
        },
        "places" | "place" => match class {
            "country" | "region" | "state" | "province" | "continent" | "ocean" | "sea" => {
                return None;
            }
            _ => Kind::Place,
        },
        _ => return None,
    })
}

enum Kind {
    /// An area of water, or a river, canal or stream as a line.
    Water,
    Drawn(StreetKind),
    Place,
}

/// A vector tile's features of the kinds drawn, in degrees.
fn decode(bytes: &[u8], tile: TileCoord) -> Result<StreetFeatures, String> {
    let reader = mvt_reader::Reader::new(bytes.to_vec()).map_err(|e| e.to_string())?;
    let layers = reader.get_layer_metadata().map_err(|e| e.to_string())?;
    let mut out = StreetFeatures::default();
    for (index, layer) in layers.iter().enumerate() {
        let Ok(features) = reader.get_features_as::<f64>(index) else {
            continue;
        };
        let extent = f64::from(layer.extent.max(1));
        let to_degrees = |c: Coord| tile_degrees(tile, c.x / extent, c.y / extent);
        for feature in features {
            let properties = feature.properties.unwrap_or_default();
            let Some(kind) = kind_of(&layer.name, &properties) else {
                continue;
            };
            let name = match properties.get("name") {
                Some(mvt_reader::feature::Value::String(s)) if !s.trim().is_empty() => {
                    Some(s.trim().to_owned())
                }
                _ => None,
            };
            let shape = geo::MapCoords::map_coords(&feature.geometry, to_degrees);
            add_feature(&mut out, kind, shape, name);
        }
    }
    Ok(out)
}

fn add_feature(out: &mut StreetFeatures, kind: Kind, shape: Geometry<f64>, name: Option<String>) {
    let polygons = |shape: Geometry<f64>| -> Vec<Polygon<f64>> {
        match shape {
            Geometry::Polygon(p) => vec![p],
            Geometry::MultiPolygon(MultiPolygon(ps)) => ps,
            _ => Vec::new(),
        }
    };
    let lines = |shape: &Geometry<f64>| -> Vec<LineString<f64>> {
        match shape {
            Geometry::LineString(l) => vec![l.clone()],
            Geometry::MultiLineString(ls) => ls.0.clone(),
            _ => Vec::new(),
        }
    };
    match kind {
        Kind::Place => {
            let at = match &shape {
                Geometry::Point(p) => Some(p.0),
                Geometry::MultiPoint(points) => points.0.first().map(|p| p.0),
                _ => None,
            };
            if let (Some(name), Some(at)) = (name, at) {
                out.names.push(StreetName {
                    name,
                    at,
                    water: false,
                });
            }
        }
        Kind::Water
            if matches!(
                shape,
                Geometry::LineString(_) | Geometry::MultiLineString(_)
            ) =>
        {
            let rivers = lines(&shape);
            // A river's name may go at its middle, or a quarter either way when that is taken.
            if let (Some(name), Some(longest)) = (name, rivers.iter().max_by_key(|l| l.0.len())) {
                let n = longest.0.len();
                for at in [n / 2, n / 4, 3 * n / 4] {
                    out.names.push(StreetName {
                        name: name.clone(),
                        at: longest.0[at.min(n - 1)],
                        water: true,
                    });
                }
            }
            out.lines
                .extend(rivers.into_iter().map(|l| (StreetKind::River, l)));
        }
        Kind::Water => {
            let inside = geo::InteriorPoint::interior_point(&shape);
            if let (Some(name), Some(at)) = (name, inside) {
                out.names.push(StreetName {
                    name,
                    at: at.0,
                    water: true,
                });
            }
            out.areas
                .extend(polygons(shape).into_iter().map(|p| (StreetKind::Water, p)));
        }
        Kind::Drawn(StreetKind::Building) => out.areas.extend(
            polygons(shape)
                .into_iter()
                .map(|p| (StreetKind::Building, p)),
        ),
        Kind::Drawn(kind) => out
            .lines
            .extend(lines(&shape).into_iter().map(|l| (kind, l))),
    }
}

/// Longitude and latitude of a point of a web-mercator tile, given as fractions of its width.
fn tile_degrees(tile: TileCoord, x: f64, y: f64) -> Coord {
    let n = f64::from(1u32 << tile.z());
    let lon = (f64::from(tile.x()) + x) / n * 360.0 - 180.0;
    let mercator = std::f64::consts::PI * (1.0 - 2.0 * (f64::from(tile.y()) + y) / n);
    Coord {
        x: lon,
        y: mercator.sinh().atan().to_degrees(),
    }
}

/// A tile's features in map units: each area's triangles and each line's points with their
/// bounds, and its names.
#[derive(Debug, Default)]
pub struct StreetTile {
    pub areas: Vec<(StreetKind, Rect, Vec<geo::Triangle<f64>>)>,
    pub lines: Vec<(StreetKind, Rect, Vec<Coord>)>,
    pub names: Vec<StreetName>,
}

impl StreetTile {
    fn of(features: StreetFeatures, projection: &Projection) -> Self {
        let mut tile = StreetTile {
            names: features.names,
            ..StreetTile::default()
        };
        for (kind, polygon) in features.areas {
            let shape = projection.project_shape(&Geometry::Polygon(polygon));
            let (Some(bounds), triangles) =
                (shape.bounding_rect(), spatial::fill_triangles(&shape))
            else {
                continue;
            };
            if !triangles.is_empty() {
                tile.areas.push((kind, bounds, triangles));
            }
        }
        for (kind, line) in features.lines {
            let points = projection.project_path(&line.0);
            if let (Some(bounds), true) = (
                LineString::new(points.clone()).bounding_rect(),
                points.len() >= 2,
            ) {
                tile.lines.push((kind, bounds, points));
            }
        }
        tile
    }
}

/// Tiles kept decoded at most.
const KEPT_TILES: usize = 64;

/// A street map's tiles for one projection, decoded on first use, the most recently used kept.
pub struct StreetCache {
    pub map: Arc<StreetMap>,
    projection: Projection,
    tiles: KeptTiles<TileCoord, StreetTile>,
    /// The last tile that did not read, said to the person (and on stderr).
    pub problem: Option<String>,
}

impl StreetCache {
    pub fn new(map: Arc<StreetMap>, projection: Projection) -> Self {
        StreetCache {
            map,
            projection,
            tiles: KeptTiles::new(KEPT_TILES),
            problem: None,
        }
    }

    pub fn projection(&self) -> &Projection {
        &self.projection
    }

    /// The tiles a view needs ([west, south, east, north] degrees, `pixels_per_degree` east–west
    /// on screen); none when it is too far out for streets or outside the archive.
    pub fn visible(&mut self, view: [f64; 4], pixels_per_degree: f64) -> Vec<Arc<StreetTile>> {
        let Some(zoom) = self.map.zoom_for(pixels_per_degree) else {
            return Vec::new();
        };
        let (map, projection, problem) = (&*self.map, self.projection, &mut self.problem);
        self.tiles.take(map.tiles(zoom, view), |id| {
            let features = map.features(id).unwrap_or_else(|e| {
                eprintln!("chronomap: {e}");
                *problem = Some(e.to_string());
                StreetFeatures::default()
            });
            StreetTile::of(features, &projection)
        })
    }
}
