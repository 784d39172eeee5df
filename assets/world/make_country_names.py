"""Makes country_names_fr.json: the French name of every country the base map names, keyed by the
name its files carry (Natural Earth's English short name), from the npm packages world-atlas 2.0.2
(each 1:110m country's ISO 3166 numeric code; ISC) and i18n-iso-countries 7.14.0 (names of
countries by ISO code in some eighty languages; MIT, widdix GmbH):

    npm pack world-atlas@2.0.2 i18n-iso-countries@7.14.0
    mkdir atlas names && tar xzf world-atlas-2.0.2.tgz -C atlas && tar xzf i18n-iso-countries-7.14.0.tgz -C names
    python3 assets/world/make_country_names.py atlas/package/countries-110m.json names/package \
        > assets/world/country_names_fr.json

The regional file (assets/south_caucasus_countries.geojson) carries its own codes (`iso_n3`). Three
1:110m shapes have no ISO code; their French names are the usual ones (below).
"""
import json
import sys

atlas = json.load(open(sys.argv[1], encoding="utf-8"))
names = sys.argv[2]
codes = json.load(open(f"{names}/codes.json", encoding="utf-8"))
french = json.load(open(f"{names}/langs/fr.json", encoding="utf-8"))["countries"]
alpha2_of = {numeric: alpha2 for alpha2, _, numeric, _ in codes}

WITHOUT_CODE = {"N. Cyprus": "Chypre du Nord", "Somaliland": "Somaliland", "Kosovo": "Kosovo"}


def french_name(numeric, english):
    if numeric is None:
        return WITHOUT_CODE[english]
    name = french[alpha2_of[numeric]]
    # Some countries have several names (the official one, the usual one): the first is kept.
    return name[0] if isinstance(name, list) else name


out = {}
for geometry in atlas["objects"]["countries"]["geometries"]:
    english = geometry["properties"]["name"]
    out[english] = french_name(geometry.get("id"), english)
regional = json.load(open("assets/south_caucasus_countries.geojson", encoding="utf-8"))
for feature in regional["features"]:
    properties = feature["properties"]
    out[properties["name"]] = french_name(properties["iso_n3"], properties["name"])
json.dump(dict(sorted(out.items())), sys.stdout, ensure_ascii=False, indent=0)
print()
