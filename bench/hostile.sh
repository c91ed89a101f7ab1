#!/usr/bin/env bash
# Benchmark: the worst input of each hostile class (scripts/hostile-inputs.py, full size) through
# `banhui check` on a release build, whole process under /usr/bin/time -v: wall time, peak RSS,
# exit code and stderr size. Target (plan-format.md, "Limits"): every one exit 2, under 10 s and 1 GB.
# usage: bench/hostile.sh [BANHUI=.build-release/release/banhui]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build-release/release/banhui}
if [ "$#" -eq 0 ]; then swift build -c release --scratch-path .build-release --product banhui >/dev/null; fi
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 scripts/hostile-inputs.py "$work"
printf '%-22s %-9s %8s %9s %5s %10s\n' case expect "wall s" "peak MB" exit "stderr B"
for folder in "$work"/*/; do
  name=$(basename "$folder")
  ( cd "$folder" && /usr/bin/time -v -o time.txt "$bin" check meeting.yaml > /dev/null 2> err.txt || true )
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); print t[1] * 60 + t[2]}' "$folder/time.txt")
  peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$folder/time.txt")
  code=$(awk -F': ' '/Exit status/ {print $2}' "$folder/time.txt")
  expect=$(cat "$folder/EXPECT")
  if [ "$expect" != "-" ] && ! grep -q "\[$expect\]" "$folder/err.txt"; then expect="MISSING"; fi
  printf '%-22s %-9s %8s %9s %5s %10s\n' "$name" "$expect" "$wall" "$peak" "$code" "$(wc -c < "$folder/err.txt")"
done
