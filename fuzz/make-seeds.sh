#!/usr/bin/env bash
# Seed corpora for the fuzz targets, from the project's own stories and exports (in fuzz/out/seeds).
set -euo pipefail
cd "$(dirname "$0")/.."
out=fuzz/out/seeds
rm -rf "$out"; mkdir -p "$out"/{load,csv,geojson,timelinejs,html,suggest,archive,pdf,picture,timestamp,cache,parquet}
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
# PDFs: the fixtures of tests/pdf/ (made by make_pdfs.py).
cp tests/pdf/report.pdf tests/pdf/scan.pdf tests/pdf/encrypted.pdf "$out/pdf/"
# Pictures: the fixtures of tests/pictures/ (made by make_pictures.py), behind the byte that names
# their kind (0 .jpg, 1 .png, 2 .webp).
for jpg in tests/pictures/*.jpg; do { printf '\x00'; cat "$jpg"; } > "$out/picture/$(basename "$jpg")"; done
{ printf '\x01'; cat tests/pictures/plain.png; } > "$out/picture/plain.png"
# Web archives: a kind byte (0 WACZ, 1 WARC, 2 gzipped WARC), then the archive (tests/archives/, made by
# warcio and py-wacz), and the WARC inside the WACZ on its own.
{ printf '\x00'; cat tests/archives/article.wacz; } > "$out/archive/article.wacz"
{ printf '\x02'; cat tests/archives/article.warc.gz; } > "$out/archive/article.warc.gz"
{ printf '\x01'; gzip -dc tests/archives/article.warc.gz; } > "$out/archive/article.warc"
# A time-stamp response from a private authority made with OpenSSL, as tests/timestamp.rs makes one.
tsa=$(mktemp -d)
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tsa/key.pem" -out "$tsa/cert.pem" -days 30 \
  -subj "/CN=Fuzz TSA" -addext "extendedKeyUsage=critical,timeStamping" 2>/dev/null
printf 'oid_section = oids\n[oids]\ntsa_policy1 = 1.2.3.4.1\n[tsa]\ndefault_tsa = tsa_config\n[tsa_config]\nserial = %s/serial\nsigner_cert = %s/cert.pem\nsigner_key = %s/key.pem\nsigner_digest = sha256\ndefault_policy = tsa_policy1\ndigests = sha256\ncerts = %s/cert.pem\ness_cert_id_alg = sha256\n' \
  "$tsa" "$tsa" "$tsa" "$tsa" > "$tsa/tsa.cnf"
echo 01 > "$tsa/serial"
openssl ts -query -data data/karabakh/sources/000_dfcbaef0274c1e9b.txt -sha256 -cert -out "$tsa/q.tsq" 2>/dev/null
openssl ts -reply -config "$tsa/tsa.cnf" -queryfile "$tsa/q.tsq" -out "$out/timestamp/response.tsr" 2>/dev/null || true
rm -rf "$tsa"
# The story cache's payload and the events' Parquet table, written by their own targets.
(cd fuzz && cargo afl build --release --quiet)
FUZZ_WRITE_SEED="$out/cache/shipped.postcard" fuzz/target/release/cache
FUZZ_WRITE_SEED="$out/parquet/shipped.parquet" fuzz/target/release/parquet
ls "$out"/* | head -60
