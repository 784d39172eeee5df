"""Makes the street maps the tests draw: a schematic Retford (Nottinghamshire) as vector tiles in
a PMTiles archive, once in Protomaps' basemap schema and once in OpenMapTiles' schema; and, for
the benchmark, a dense city of ten thousand buildings on a street grid (`dense-city.pmtiles`).

The shapes are invented (a river through the town, an A road, a grid of streets, a few buildings,
a lake), placed where Retford is so the tests' stories lie on them; only the layer and property
names follow the two schemas. Run: python3 make_streets.py (pip install mapbox-vector-tile pmtiles).
"""

import gzip
import math
import os

import mapbox_vector_tile
from pmtiles.tile import Compression, TileType, zxy_to_tileid
from pmtiles.writer import Writer
import shapely
from shapely.geometry import LineString, Point, Polygon, box

HERE = os.path.dirname(os.path.abspath(__file__))
CENTRE = (-0.94, 53.32)
ZOOMS = range(10, 15)
ATTRIBUTION = '<a href="https://www.openstreetmap.org/copyright" target="_blank">&copy; OpenStreetMap</a> contributors'


def offset(dx_km, dy_km):
    lon, lat = CENTRE
    return (lon + dx_km / (111.32 * math.cos(math.radians(lat))), lat + dy_km / 110.57)


def dense_features():
    """A dense city for the benchmark: a 4 km grid of streets, four buildings a block (about
    as many as a Protomaps tile of a city centre holds), a river through it."""
    blocks = 50
    size = 4.0 / blocks
    shapes = [("river", LineString([offset(-0.2, -2.5), offset(0.3, 0), offset(-0.1, 2.5)]), "River Idle")]
    for i in range(blocks + 1):
        x = -2.0 + i * size
        kind = "major" if i % 10 == 0 else "minor"
        shapes.append((kind, LineString([offset(x, -2.0), offset(x, 2.0)]), None))
        shapes.append((kind, LineString([offset(-2.0, x), offset(2.0, x)]), None))
    for i in range(blocks):
        for j in range(blocks):
            x0, y0 = -2.0 + i * size, -2.0 + j * size
            for dx, dy in ((0.1, 0.1), (0.55, 0.1), (0.1, 0.55), (0.55, 0.55)):
                x, y = x0 + dx * size, y0 + dy * size
                w = 0.35 * size
                shapes.append(("building", Polygon([offset(x, y), offset(x + w, y), offset(x + w, y + w), offset(x, y + w)]), None))
    return shapes


def features():
    """(kind, shapely geometry in lon/lat, name) of the schematic town."""
    river = LineString([offset(-0.3, -6), offset(0.2, -2), offset(-0.1, 0), offset(0.3, 2), offset(0.1, 6)])
    a_road = LineString([offset(-6, 0.4), offset(-1, 0.3), offset(1, 0.5), offset(6, 0.6)])
    streets = [LineString([offset(x, -1.5), offset(x, 1.5)]) for x in (-1.2, -0.6, 0.6, 1.2)]
    streets += [LineString([offset(-1.5, y), offset(1.5, y)]) for y in (-0.8, 1.0)]
    buildings = [
        Polygon([offset(x, y), offset(x + 0.08, y), offset(x + 0.08, y + 0.06), offset(x, y + 0.06)])
        for x in (-0.5, -0.35, 0.4, 0.55)
        for y in (-0.4, 0.6)
    ]
    lake = Polygon([offset(2.0, -2.0), offset(2.8, -2.1), offset(3.0, -1.4), offset(2.2, -1.2)])
    return (
        [("river", river, "River Idle"), ("major", a_road, "A620"), ("water", lake, "Idle Valley Lake")]
        + [("minor", s, None) for s in streets]
        + [("building", b, None) for b in buildings]
        + [("town", Point(CENTRE), "Retford"), ("suburb", Point(offset(-1.0, -1.6)), "Ordsall")]
    )


SCHEMAS = {
    # kind -> (layer, properties)
    "protomaps": {
        "river": ("water", {"kind": "river"}),
        "water": ("water", {"kind": "water"}),
        "major": ("roads", {"kind": "major_road"}),
        "minor": ("roads", {"kind": "minor_road"}),
        "building": ("buildings", {"kind": "building"}),
        "town": ("places", {"kind": "locality"}),
        "suburb": ("places", {"kind": "neighbourhood"}),
    },
    "openmaptiles": {
        "river": ("waterway", {"class": "river"}),
        "water": ("water", {"class": "lake"}),
        "major": ("transportation", {"class": "primary"}),
        "minor": ("transportation", {"class": "minor"}),
        "building": ("building", {}),
        "town": ("place", {"class": "town"}),
        "suburb": ("place", {"class": "suburb"}),
    },
}


def mercator(lon, lat):
    x = lon * 20037508.34 / 180
    y = math.log(math.tan((90 + lat) * math.pi / 360)) * 20037508.34 / math.pi
    return x, y


def to_mercator(geom):
    return shapely.transform(geom, lambda coords: [mercator(x, y) for x, y in coords])


def tile_bounds(z, x, y):
    n = 2**z
    size = 2 * 20037508.34 / n
    minx = -20037508.34 + x * size
    maxy = 20037508.34 - y * size
    return minx, maxy - size, minx + size, maxy


def tile_of(lon, lat, z):
    n = 2**z
    x = int((lon + 180) / 360 * n)
    lat_r = math.radians(lat)
    y = int((1 - math.log(math.tan(lat_r) + 1 / math.cos(lat_r)) / math.pi) / 2 * n)
    return x, y


def write(schema, path, made=features, zooms=ZOOMS):
    shapes = [(kind, to_mercator(geom), name) for kind, geom, name in made()]
    tiles = []
    west, south = offset(-6, -6)
    east, north = offset(6, 6)
    for z in zooms:
        x0, y0 = tile_of(west, north, z)
        x1, y1 = tile_of(east, south, z)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                bounds = tile_bounds(z, x, y)
                clip = box(*bounds)
                layers = {}
                for kind, geom, name in shapes:
                    part = geom.intersection(clip)
                    if part.is_empty:
                        continue
                    layer, props = SCHEMAS[schema][kind]
                    props = dict(props, **({"name": name} if name else {}))
                    layers.setdefault(layer, []).append({"geometry": part.wkt, "properties": props})
                if not layers:
                    continue
                data = mapbox_vector_tile.encode(
                    [{"name": n, "features": f} for n, f in layers.items()],
                    default_options={"quantize_bounds": bounds, "extents": 4096},
                )
                tiles.append((zxy_to_tileid(z, x, y), gzip.compress(data, mtime=0)))
    tiles.sort()
    with open(path, "wb") as f:
        writer = Writer(f)
        for tile_id, data in tiles:
            writer.write_tile(tile_id, data)
        writer.finalize(
            {
                "tile_type": TileType.MVT,
                "tile_compression": Compression.GZIP,
                "min_zoom": min(zooms),
                "max_zoom": max(zooms),
                "min_lon_e7": int(west * 1e7),
                "min_lat_e7": int(south * 1e7),
                "max_lon_e7": int(east * 1e7),
                "max_lat_e7": int(north * 1e7),
                "center_zoom": 13,
                "center_lon_e7": int(CENTRE[0] * 1e7),
                "center_lat_e7": int(CENTRE[1] * 1e7),
            },
            {"attribution": ATTRIBUTION, "name": f"Schematic Retford ({schema} schema)"},
        )
    print(path, len(tiles), "tiles", os.path.getsize(path), "bytes")


if __name__ == "__main__":
    for schema in SCHEMAS:
        write(schema, os.path.join(HERE, f"retford-{schema}.pmtiles"))
    # The benchmark's dense city, at the zooms a view a few kilometres across draws.
    write("protomaps", os.path.join(HERE, "dense-city.pmtiles"), dense_features, range(12, 15))
