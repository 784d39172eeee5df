#!/usr/bin/env bash
# Runs one fuzz target for a while, resuming its queue if it ran before, and prints what it did.
#   fuzz/run.sh TARGET SECONDS      TARGET: load, csv, geojson, timelinejs, html, suggest, archive, pdf, picture,
#                                    timestamp, cache or parquet
# Needs `cargo install cargo-afl` once; builds the targets; crashes land in fuzz/out/TARGET/default/crashes.
set -euo pipefail
cd "$(dirname "$0")"
target=$1; seconds=$2
binary=$target; format=
case $target in csv|geojson|timelinejs) binary=import; format=$target ;; esac
cargo afl build --release --quiet
[ -d out/seeds ] || ./make-seeds.sh >/dev/null
# A target that ran before resumes from its queue (kept in fuzz/corpus when committed).
input=out/seeds/$target
[ -d corpus/$target ] && input=corpus/$target
[ -d out/$target/default/queue ] && input=-
export AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 FUZZ_FORMAT=$format
timeout $((seconds + 60)) cargo afl fuzz -i "$input" -o "out/$target" -V "$seconds" -t 2000 \
  "target/release/$binary" >"out/$target.log" 2>&1 || true
grep -E "^(execs_done|execs_per_sec|corpus_count|bitmap_cvg|edges_found|saved_crashes|saved_hangs)" \
  "out/$target/default/fuzzer_stats"
