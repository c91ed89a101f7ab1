#!/usr/bin/env bash
# Benchmark: load and validate a plan whose people come from an N-person CSV roster
# (`banhui check`, whole process, release build). Target (issue 2): N = 10,000 under 0.5 s and 200 MB.
# usage: bench/load.sh [N=10000] [RUNS=5]   (roster from bench/make_roster.py)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}; runs=${2:-5}
swift build -c release --scratch-path .build-release --product banhui >/dev/null
bin=.build-release/release/banhui
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 bench/make_roster.py "$n" > "$work/roster.csv"
cat > "$work/plan.yaml" <<YAML
version: 1
meeting: {id: bench, title: 全县大会, start: 2026-12-03 09:00, end: 2026-12-03 11:30}
people: [roster.csv]
YAML
best=999; peak=0
for _ in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/t" "$bin" check "$work/plan.yaml" > /dev/null
  read -r s k < "$work/t"
  best=$(python3 -c "print(min($best, $s))"); peak=$(( k > peak ? k : peak ))
done
echo "banhui check, $n-person CSV roster: best ${best} s of $runs, peak $(( peak / 1024 )) MB"
