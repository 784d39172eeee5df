#!/usr/bin/env bash
# Seed corpora for the fuzz targets, from the project's own stories and exports (in fuzz/out/seeds).
set -euo pipefail
cd "$(dirname "$0")/.."
out=fuzz/out/seeds
rm -rf "$out"; mkdir -p "$out"/{load,csv,geojson,timelinejs,html,suggest}
# A story is its files joined by 0xFF bytes: story.json, places.geojson, then its source texts.
for story in data/karabakh tests/broken/* tests/unusual/*; do
  [ -f "$story/story.json" ] || continue
  name=$(basename "$story")
  {
    cat "$story/story.json"; printf '\xff'
    cat "$story/places.geojson" 2>/dev/null || true
    for text in "$story"/sources/*.txt; do [ -f "$text" ] && { printf '\xff'; cat "$text"; }; done
  } > "$out/load/$name"
done
cargo run --quiet --release -- export --format csv > "$out/csv/shipped.csv"
cargo run --quiet --release -- export --format geojson > "$out/geojson/shipped.geojson"
cargo run --quiet --release -- export --format timelinejs > "$out/timelinejs/shipped.json"
cp assets/south_caucasus_countries.geojson "$out/geojson/natural-earth.geojson"
# The conformance fixtures: GeoJSON valid and invalid, neighbouring tools' CSV and TimelineJS files.
cp tests/conformance/geojson/valid/*.geojson tests/conformance/geojson/invalid/*.geojson "$out/geojson/"
cp tests/conformance/neighbours/*.csv "$out/csv/"
cp tests/conformance/neighbours/*.json "$out/timelinejs/"
printf 'date,title,place,lon,lat,source,quote\n2024-04-18,Convoy,Goris,,,,\n2024-04-19~,Handed over,Aghdam,46.99,39.99,Agence X,"Le poste a été remis."\n' > "$out/csv/acled.csv"
printf '<html><head><title>Retrait</title></head><body><nav>Accueil</nav><article><h1>Les soldats partent</h1><p>Les premiers soldats russes ont quitté le Karabakh mercredi, a confirmé le Kremlin.</p><p>Le contingent comptait près de deux mille hommes.</p></article><footer>©</footer></body></html>\n' > "$out/html/article.html"
# Suggestion seeds: a language byte (0 French, 1 English), then an annotated text.
for text in data/karabakh/sources/*.txt tests/suggest/*.txt; do
  case $(basename "$text") in en-*) byte='\x01' ;; *) byte='\x00' ;; esac
  { printf "$byte"; cat "$text"; } > "$out/suggest/$(basename "$text")"
done
ls "$out"/* | head -50
