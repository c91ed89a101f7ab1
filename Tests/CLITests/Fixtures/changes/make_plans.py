#!/usr/bin/env python3
"""Writes the two versions of the 200-person plan that the diff tests compare (run from this folder).

v1: 10 leaders on the rostrum, 190 people from roster-v1.csv (no id column: rows get R<line>) in the hall.
v2: P7 withdrawn from the rostrum, one person inserted in the middle of the roster (every later row's
R<line> shifts by one), one title renamed, the meeting moved from 09:00 to 14:30.
v2-stable: v2 with `stable: true` on the hall.
"""
import csv, io, subprocess, sys

roster = subprocess.run([sys.executable, "../../../../bench/make_roster.py", "190", "13"], capture_output=True, text=True, check=True).stdout
rows = list(csv.reader(io.StringIO(roster)))[1:]
header = ["姓名", "单位", "职务", "职级", "性别"]
people = [[r[1], r[2], r[3], r[4], r[5]] for r in rows]

def write(name, data):
    with open(name, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(data)

write("roster-v1.csv", people)
v2 = [list(p) for p in people]
v2[99][2] = v2[99][2] + "（主持工作）"            # a renamed title, after the inserted row
v2.insert(60, ["贺新民", "县财政局", "副局长", "副科", "男"])  # an addition in the hall
write("roster-v2.csv", v2)

units = ["县委", "县政府"] + sorted({p[1] for p in people if p[1] not in ("县委", "县政府")}, key=lambda u: [p[1] for p in people].index(u))
leaders = [("张建国", "县委", "县委书记", "县处级正职"), ("李文华", "县政府", "县长", "县处级正职"),
           ("王海波", "县委", "县委副书记", "县处级副职"), ("赵明", "县委", "县委常委、办公室主任", "县处级副职"),
           ("欧阳晓东", "县政府", "常务副县长", "县处级副职"), ("陈立新", "县委", "县委常委、组织部部长", "县处级副职"),
           ("周国平", "县委", "县委常委、宣传部部长", "县处级副职"), ("吴晓燕", "县政府", "副县长", "县处级副职"),
           ("郑和", "县政府", "副县长", "县处级副职"), ("孙志刚", "县政府", "副县长", "县处级副职")]

def plan(start, end, roster_file, withdrawn, stable):
    lines = ["version: 1", "meeting:", "  id: xian-200", "  title: 全县经济工作会议", "  organizer: 中共××县委办公室",
             f"  start: {start}", f"  end: {end}", "  venue: {name: 县委大礼堂, address: ××县人民路1号}", "units:"]
    lines += [f"  - {u}" for u in units]
    lines.append("people:")
    for i, (n, u, t, r) in enumerate(leaders, 1):
        if f"P{i}" in withdrawn: continue
        lines.append(f"  - {{id: P{i}, name: {n}, unit: {u}, title: {t}, rank: {r}, order: {i}}}")
    lines.append(f"  - {roster_file}")
    ids = ", ".join(f"P{i}" for i in range(1, 11) if f"P{i}" not in withdrawn)
    lines += ["seating:", "  - zone: 主席台", "    kind: rostrum", "    rows: [10]", f"    people: [{ids}]",
              "  - zone: 台下", "    kind: hall", "    rows: [20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20]", "    mode: rows",
              "    group: unit", "    people: rest"]
    if stable: lines.append("    stable: true")
    lines += ["agenda:", "  - {item: 主持人宣布会议开始, by: P3}", "  - {item: 县长讲话, by: P2, minutes: 30, speech: true}",
              "  - {item: 县委书记讲话, by: P1, minutes: 40, speech: true}",
              "notice:", "  number: 县委办发〔2026〕30号", "  to: [各乡镇党委、政府, 县直各部门]",
              "  contact: {name: 王五, phone: 0000-1234567}", "  reply_by: 2026-12-01 17:00", "  issued: 2026-11-25", ""]
    return "\n".join(lines)

open("plan-v1.yaml", "w").write(plan("2026-12-03 09:00", "2026-12-03 11:30", "roster-v1.csv", set(), False))
open("plan-v2.yaml", "w").write(plan("2026-12-03 14:30", "2026-12-03 17:00", "roster-v2.csv", {"P7"}, False))
open("plan-v2-stable.yaml", "w").write(plan("2026-12-03 14:30", "2026-12-03 17:00", "roster-v2.csv", {"P7"}, True))
