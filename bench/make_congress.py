#!/usr/bin/env python3
"""make_congress.py DIR MODE N ROWS COLS TABLES: the plan of a congress of N delegates in
DIR/plan.yaml over DIR/roster.csv (bench/make_roster.py): a 2-row rostrum of 32 with a swap, a
banquet of TABLES tables of 10 (an event of its own), and a ROWS × COLS hall seated by MODE
(`blocks` by unit, or `rows`) with ten pins and two held seats. bench/seating.sh and
bench/pdf.sh use it; `3000 60 60 30 blocks` is the 3,000-delegate congress."""
import csv, sys
directory, mode, (n, rows, cols, tables) = sys.argv[1], sys.argv[2], map(int, sys.argv[3:])
ids, units = [], []
with open(f"{directory}/roster.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        ids.append(row["id"])
        if row["unit"] not in units: units.append(row["unit"])
rostrum, banquet = ids[:32], ids[32:32 + 10 * tables]
with open(f"{directory}/plan.yaml", "w", encoding="utf-8") as out:
    out.write(f"version: 1\nmeeting: {{id: bench-{n}, title: 基准测试, start: 2026-12-03 09:00, end: 2026-12-03 11:00}}\n")
    out.write("units: [" + ", ".join(units) + "]\npeople: [roster.csv]\nseating:\n")
    out.write(f"  - {{zone: 主席台, kind: rostrum, rows: [15, 17], people: [{', '.join(rostrum)}], swap: [[{rostrum[3]}, {rostrum[4]}]]}}\n")
    if tables:
        out.write(f"  - {{zone: 宴会厅, kind: banquet, tables: [{', '.join(['10'] * tables)}], people: [{', '.join(banquet)}]}}\n")
    hall = ids[32:]
    pins = ", ".join(f"{{person: {hall[i * 97]}, row: {1 + i}, seat: {1 + 3 * i}}}" for i in range(10))
    out.write(f"  - {{zone: 台下, kind: hall, rows: [{', '.join([str(cols)] * rows)}], mode: {mode}, people: rest,\n")
    out.write(f"     pins: [{pins}], hold: [{{row: 1, seat: {cols}}}, {{row: 2, seat: {cols}}}]}}\n")
