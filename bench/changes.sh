#!/usr/bin/env bash
# Times the 办会 loop end to end in a release build (whole processes, best of RUNS):
#   banhui diff of two 3,000-person plans (3 withdrawn, 3 added, 1 title renamed, the start
#   moved; a hall of 55 × 60 seated by unit), plain and with `stable: true`
#   (target < 0.5 s each);
#   banhui receipts of 45 returned receipt.xlsx files of 60 rows each (target < 0.5 s).
#
# usage: bench/changes.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
swift build -c release --scratch-path .build-release --product banhui >/dev/null 2>&1
banhui="$PWD/.build-release/release/banhui"
bench="$PWD/bench"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 bench/make_roster.py 3000 > "$work/roster-v1.csv"
python3 - "$work" "$banhui" "$bench" <<'PY'
import csv, os, subprocess, sys
work, banhui, bench = sys.argv[1:]
sys.path.insert(0, bench)
from fill_receipt import fill
rows = list(csv.DictReader(open(f"{work}/roster-v1.csv", encoding="utf-8")))
units = []
for row in rows:
    if row["unit"] not in units: units.append(row["unit"])

def roster(name, people):
    with open(f"{work}/{name}", "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["姓名", "单位", "职务", "职级", "性别"])  # no id column: rows are matched by name and unit
        for p in people: out.writerow([p["name"], p["unit"], p["title"], p["rank"], p["gender"]])

v2 = [dict(p) for p in rows if p not in rows[100:103]]
v2[500]["title"] += "（主持工作）"
for index, name in enumerate(["贺新民", "柏文静", "邬海涛"]):
    v2.insert(1000 * index + 7, {"name": name, "unit": units[index + 5], "title": "副局长", "rank": "副科", "gender": "男"})
roster("roster-v1.csv", rows)
roster("roster-v2.csv", v2)

def plan(name, start, roster_file, stable):
    text = [f"version: 1", f"meeting: {{id: bench-changes, title: 基准测试会议, start: {start}, end: 2026-12-03 18:00}}",
            "units: [" + ", ".join(units) + "]", f"people: [{roster_file}]", "seating:",
            "  - {zone: 台下, kind: hall, rows: [" + ", ".join(["60"] * 55) + "], group: unit, people: rest" + (", stable: true" if stable else "") + "}"]
    open(f"{work}/{name}", "w", encoding="utf-8").write("\n".join(text) + "\n")

plan("v1.yaml", "2026-12-03 09:00", "roster-v1.csv", False)
plan("v2.yaml", "2026-12-03 14:30", "roster-v2.csv", False)
plan("v2-stable.yaml", "2026-12-03 14:30", "roster-v2.csv", True)

# 45 units' 回执 of 60 rows each, filled into the exported form.
with open(f"{work}/receipts.yaml", "w", encoding="utf-8") as f:
    f.write("version: 1\nmeeting: {id: bench-receipts, title: 基准测试会议, start: 2026-12-03 09:00, end: 2026-12-03 18:00}\n")
    f.write("units: [" + ", ".join(units) + "]\n")
    f.write("notice: {reply_by: 2026-12-01 17:00}\n")
subprocess.run([banhui, "export", f"{work}/receipts.yaml", "--format", "xlsx", "--only", "notice", "--out", f"{work}/form"], check=True, capture_output=True)
os.makedirs(f"{work}/回执")
for number, unit in enumerate(units[:45]):
    people = [[f"{p['name']}{i}", p["gender"], "", p["title"], p["rank"], f"138{number:04d}{i:04d}", "", "", "", ""]
              for i, p in enumerate(rows[number * 60:(number + 1) * 60])]
    fill(f"{work}/form/receipt.xlsx", f"{work}/回执/{number:02d}-{unit}.xlsx", unit, people)
PY

best() {
  local label=$1; shift
  local best_s="" best_kb="" s kb
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1
    read -r s kb < "$work/time.txt"
    if [ -z "$best_s" ] || awk "BEGIN { exit !($s < $best_s) }"; then best_s=$s; best_kb=$kb; fi
  done
  echo "$label: $best_s s, $((best_kb / 1024)) MB peak (best of $runs, whole process)"
}
cd "$work"
"$banhui" diff v1.yaml v2.yaml --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print('diff: %d added, %d removed, %d changed, %d seat changes' % (len(d['people']['added']), len(d['people']['removed']), len(d['people']['changed']), len(d['seats'])))"
"$banhui" diff v1.yaml v2-stable.yaml --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print('diff (stable): %d seat changes' % len(d['seats']))"
"$banhui" receipts receipts.yaml 回执 --out roster.csv > summary.txt; head -1 summary.txt
best "banhui diff, 3,000 people" "$banhui" diff v1.yaml v2.yaml --format json
best "banhui diff, 3,000 people, stable hall" "$banhui" diff v1.yaml v2-stable.yaml --format json
best "banhui receipts, 45 files × 60 rows" "$banhui" receipts receipts.yaml 回执 --out roster.csv
