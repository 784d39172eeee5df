#!/usr/bin/env bash
# Builds target/debian/chronomap_VERSION_ARCH.deb: the release program with its manual pages and
# shell completions (generated from its own command line), menu entry, icons, AppStream metadata,
# story file type and the shipped story. Install it with: sudo apt install ./target/debian/chronomap_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-deb >/dev/null 2>&1 || cargo install cargo-deb --locked
cargo build --release --locked
rm -rf target/package
cargo run --release --locked --example package_assets -- target/package
gzip -9n target/package/*.1
cargo deb --no-build --locked
