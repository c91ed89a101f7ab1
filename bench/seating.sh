#!/usr/bin/env bash
# Times `banhui seat` end to end (process start, plan and roster loading, stroke data, seating,
# JSON output) on synthetic rosters, in a release build.
#
# usage: bench/seating.sh [RUNS]
#   The rosters come from bench/make_roster.py (deterministic).
# Cases: 3,000 people = 2-row rostrum (32) + 30 banquet tables of 10 + a 60×60 hall by unit blocks
# (target < 0.5 s), with pins: ten people pinned in the hall, two held seats and a swap
# on the rostrum, so the pinned path is what is timed; 10,000 people in a 100×100 hall (target < 2 s); plus 1,000 and 30,000 to show
# how time grows with N. The banquet is an event of its own, so its guests also sit in the hall
# (everybody but the rostrum); the 45-odd unit blocks of the 3,000 roster wrap into bands.
set -euo pipefail
cd "$(dirname "$0")/.."
bench_dir="bench"
runs="${1:-3}"

swift build -c release --scratch-path .build-release --product banhui >/dev/null 2>&1
banhui="$PWD/.build-release/release/banhui"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# plan N ROWS COLS BANQUET_TABLES MODE: writes $work/N/plan.yaml and its roster.
plan() {
  local n=$1 rows=$2 cols=$3 tables=$4 mode=$5 dir="$work/$1"
  mkdir -p "$dir"
  python3 "$bench_dir/make_roster.py" "$n" > "$dir/roster.csv"
  python3 "$bench_dir/make_congress.py" "$dir" "$mode" "$n" "$rows" "$cols" "$tables"
}

# best of $runs wall-clock seconds for one plan
best() {
  local plan=$1 best=""
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    # The pins sit wherever the generator put them: their SEAT101 warnings are not what is timed.
    "$banhui" seat "$plan" --format json > /dev/null 2>&1
    end=$(date +%s.%N)
    best=$(python3 -c "import sys; a=$end-$start; b='$best'; print(f'{min(a, float(b)) if b else a:.3f}')")
  done
  echo "$best"
}

printf '%-8s %-10s %-8s %-7s %s\n' N hall tables mode seconds
for spec in "1000 60 60 30 blocks" "3000 60 60 30 blocks" "10000 100 100 0 rows" "30000 180 180 0 rows"; do
  set -- $spec
  plan "$1" "$2" "$3" "$4" "$5"
  printf '%-8s %-10s %-8s %-7s %s\n' "$1" "$2x$3" "$4" "$5" "$(best "$work/$1/plan.yaml")"
done
