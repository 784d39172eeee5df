"""Makes world_countries_110m.geojson from the npm package world-atlas 2.0.2 (Natural Earth 1:110m
Admin 0 countries, public domain; package ISC licence, Mike Bostock):

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 assets/world/make.py package/countries-110m.json > assets/world/world_countries_110m.geojson

Decodes the TopoJSON (quantized, delta-encoded arcs) into RFC 7946 GeoJSON with each country's
`name`, coordinates rounded to 3 decimals; rings crossing the antimeridian are unwrapped past
180° E, and Antarctica is left out. The app draws the South Caucasus from its finer regional
file instead, and these outlines everywhere else.
"""
import json
import sys

topo = json.load(open(sys.argv[1], encoding="utf-8"))
(sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
arcs = []
for arc in topo["arcs"]:
    x = y = 0
    points = []
    for dx, dy in arc:
        x += dx
        y += dy
        points.append([round(x * sx + tx, 3), round(y * sy + ty, 3)])
    arcs.append(points)


def ring(indices):
    points = []
    for i in indices:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    # A ring that crosses the antimeridian (Fiji, Chukotka) is unwrapped eastwards past 180°, so no
    # edge runs across the whole map.
    for a, b in zip(points, points[1:]):
        if abs(a[0] - b[0]) > 180:
            return [[x + 360 if x < 0 else x, y] for x, y in points]
    return points


features = []
for geometry in topo["objects"]["countries"]["geometries"]:
    kind = geometry.get("type")
    # Antarctica's ring closes along the south pole's edge of the map: left out.
    if geometry.get("properties", {}).get("name") == "Antarctica":
        continue
    if kind == "Polygon":
        coordinates = [ring(r) for r in geometry["arcs"]]
    elif kind == "MultiPolygon":
        coordinates = [[ring(r) for r in polygon] for polygon in geometry["arcs"]]
    else:
        continue
    features.append({
        "type": "Feature",
        "properties": {"name": geometry.get("properties", {}).get("name", "")},
        "geometry": {"type": kind, "coordinates": coordinates},
    })
json.dump({"type": "FeatureCollection", "features": features}, sys.stdout, separators=(",", ":"),
          ensure_ascii=False)
sys.stdout.write("\n")
