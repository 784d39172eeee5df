#!/usr/bin/env bash
# Runs targets in turn: fuzz/campaign.sh SECONDS TARGET [TARGET …]; totals go to fuzz/out/campaign.tsv.
# Two campaigns on disjoint targets use both cores.
set -uo pipefail
cd "$(dirname "$0")"
seconds=$1; shift
for target in "$@"; do
  ./run.sh "$target" "$seconds" | awk -v t="$target" '{print t "\t" $0}' >> out/campaign.tsv
done
