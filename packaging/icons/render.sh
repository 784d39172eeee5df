#!/usr/bin/env bash
# Renders the icon (drawn as SVG) at the hicolor theme's sizes: apt-get install librsvg2-bin.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" io.github.chronomap.Chronomap.svg -o "io.github.chronomap.Chronomap-$size.png"
done
