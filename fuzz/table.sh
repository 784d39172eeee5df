#!/usr/bin/env bash
# Prints RELIABILITY.md's table of fuzzing totals from fuzz/out/TARGET/default/fuzzer_stats
# (AFL++ keeps execs_done and run_time across resumed runs).
set -euo pipefail
cd "$(dirname "$0")"
echo "| target | executions | execs/s (last run) | corpus | edges | map coverage | crashes | hangs | fuzzing time |"
echo "|---|---|---|---|---|---|---|---|---|"
for target in load csv geojson timelinejs html suggest timestamp archive-before-fix archive cache parquet-before-fix parquet-second parquet; do
  stats=out/$target/default/fuzzer_stats
  [ -f "$stats" ] || continue
  field() { awk -v k="$1" '$1 == k {print $3}' "$stats"; }
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s min |\n' "$target" \
    "$(field execs_done | sed ':a;s/\B[0-9]\{3\}\>/ &/;ta')" "$(field execs_per_sec | cut -d. -f1)" \
    "$(field corpus_count)" "$(field edges_found)" "$(field bitmap_cvg)" \
    "$(field saved_crashes)" "$(field saved_hangs)" "$(( $(field run_time) / 60 ))"
done
