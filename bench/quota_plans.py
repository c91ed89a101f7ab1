#!/usr/bin/env python3
"""COUNT generated plans for bench/quota.sh and bench/quota-memory.sh: varied categories, durations,
head-counts, costs, speeches and rostrums, so that per-meeting and cross-meeting rules both do real work
(some plans break rules; every 2,100th plan shares a rostrum person at the same time, so from 2,100
plans on MTG-ROSTRUM-CONFLICT reports groups of overlapping meetings).

Usage: quota_plans.py DIR COUNT"""
import os, sys
out, count = sys.argv[1], int(sys.argv[2])
systems = ["交通运输", "教育", "卫生健康", "农业农村", "财政"]
for i in range(count):
    month, day = i % 12 + 1, i % 28 + 1
    hour = 9 if i % 2 == 0 else 14
    end_hour = hour + (2 if i % 5 else 8)
    category = i % 4 + 1
    sub = os.path.join(out, systems[i % 5])
    os.makedirs(sub, exist_ok=True)
    people = "\n".join(
        f"  - {{id: P{j}, name: 人员{(i * 7 + j) % 300}, unit: 单位{j % 9}, title: 职务, rank: 县处级正职, principal: {'true' if j < 2 else 'false'}}}"
        for j in range(1, 31))
    with open(os.path.join(sub, f"plan-{i:05d}.yaml"), "w") as f:
        f.write(f"""version: 1
meeting:
  title: 第{i}次工作会议
  organizer: {systems[i % 5]}厅
  level: provincial
  organizer_kind: department
  type: {"comprehensive_work" if i % 50 == 0 else "business"}
  system: {systems[i % 5]}
  category: {category}
  start: 2026-{month:02d}-{day:02d} {hour:02d}:00
  end: 2026-{month:02d}-{day:02d} {min(end_hour, 23):02d}:30
  venue: {{name: 会议室{i % 10}, city: 杭州, star: {3 + i % 3}}}
  in_annual_plan: {"true" if i % 9 else "false"}
  reaches: [municipal]
  staff: {i % 7}
  costs: {{lodging: {0 if i % 3 else 300}, meals: 100, other: 60}}
people:
{people}
seating:
  - {{zone: 主席台, kind: rostrum, rows: [5], people: [P1, P2, P3, P4, P5]}}
  - {{zone: 台下, kind: hall, rows: [10, 10, 10], people: rest}}
agenda:
  - {{item: 主持人讲话, by: P2}}
  - {{item: 主要负责同志讲话, by: P1, minutes: {30 + i % 40}, speech: true}}
notice:
  to: [各市{systems[i % 5]}局]
  purpose: 为部署{systems[i % 5]}重点工作，经研究，决定召开本次会议。
""")
