#!/usr/bin/env bash
# Benchmark: a 3,000-delegate, three-day meeting with 20 automatic groups, 5 hotels, 12 meals and
# 60 vehicles on 6 trips: `banhui check` and `banhui export` of everything (handbook, slips,
# logistics.xlsx, seating, cards, sign-in; DOCX and ODT), whole process, release build.
# Target (issue 19): each under 3 s.
# usage: bench/logistics.sh [N=3000] [RUNS=3]   (roster from bench/make_roster.py)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-3000}; runs=${2:-3}
# SWIFT_BUILD lets a shared machine build through its lock (`SWIFT_BUILD="/work/tools/swiftlock build"`).
${SWIFT_BUILD:-swift build} -c release --scratch-path .build-release --product banhui >/dev/null
bin=.build-release/release/banhui
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 bench/make_roster.py "$n" > "$work/roster.csv"
python3 - "$work/plan.yaml" "$n" <<'PY'
import sys
path, n = sys.argv[1], int(sys.argv[2])
hall_rows = (n + 39) // 40 + 2
lines = [
    "version: 1",
    "meeting: {id: bench-logistics, title: 全县代表大会, organizer: 中共××县委办公室, start: 2026-12-14 09:00, end: 2026-12-16 11:30}",
    "people: [roster.csv]",
    "seating:",
    f"  - {{zone: 台下, kind: hall, rows: [{', '.join(['40'] * hall_rows)}], people: all}}",
    "schedule:",
    "  - {date: 2026-12-13, start: \"14:00\", end: \"20:00\", item: 报到, place: 县宾馆大厅}",
    "  - {date: 2026-12-14, start: \"09:00\", end: \"11:30\", item: 开幕式, place: 县体育馆}",
    "  - {date: 2026-12-15, start: \"09:00\", end: \"17:30\", item: 分组讨论}",
    "  - {date: 2026-12-16, start: \"09:00\", end: \"11:30\", item: 闭幕式, place: 县体育馆}",
    "group_assign: {groups: 20}",
    "lodging:",
    "  single_from: 县处级副职",
    "  hotels:",
]
for h in range(5):
    lines.append(f"    - {{id: h{h+1}, name: 宾馆{h+1}, rooms: {{single: 40, double: {n // 8 + 20}}}}}")
lines.append("meals:")
days = ["2026-12-13", "2026-12-14", "2026-12-15", "2026-12-16"]
meals = [(d, m) for d in days for m in ["早餐", "午餐", "晚餐"]]
for i, (d, m) in enumerate(meals):
    style = "table, table_size: 10, by: unit" if m != "早餐" else "buffet"
    lines.append(f"  - {{id: m{i+1}, date: {d}, meal: {m}, place: 餐厅, style: {style}}}")
lines += ["transport:", "  vehicles:"]
for v in range(60):
    lines.append(f"    - {{id: v{v+1}, plate: 粤A·{10000 + v}, seats: 55, driver: 师傅{v+1}}}")
lines.append("  trips:")
for t, d in enumerate(["2026-12-14", "2026-12-15", "2026-12-16"]):
    lines.append(f"    - {{id: t{t+1}a, time: {d} 08:00, from: 宾馆, to: 会场, people: all, by: group}}")
    lines.append(f"    - {{id: t{t+1}b, time: {d} 17:40, from: 会场, to: 宾馆, people: all, by: unit}}")
lines.append("registration: {date: 2026-12-13, start: \"14:00\", end: \"20:00\", place: 县宾馆大厅}")
lines.append("handbook: {notes: [请佩戴代表证]}")
open(path, "w").write("\n".join(lines) + "\n")
PY
for command in check export; do
  best=999; peak=0
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    if [ "$command" = check ]; then args=(check "$work/plan.yaml"); else args=(export "$work/plan.yaml" --out "$work/out"); fi
    /usr/bin/time -f "%e %M" -o "$work/t" "$bin" "${args[@]}" > "$work/stdout" 2> "$work/stderr" || { cat "$work/stderr"; exit 1; }
    read -r s k < "$work/t"
    best=$(python3 -c "print(min($best, $s))"); peak=$(( k > peak ? k : peak ))
  done
  echo "banhui $command, $n delegates, 20 groups, 5 hotels, 12 meals, 60 vehicles, 6 trips: best ${best} s of $runs, peak $(( peak / 1024 )) MB"
done
ls "$work/out" | tr '\n' ' '; echo
