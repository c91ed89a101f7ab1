#!/usr/bin/env bash
# Times `banhui serve` on a 3,000-seat plan (release build, whole process): the first state
# (process start → URL printed → `GET /api/state` answered; target < 1 s) and a swap's round trip
# (`POST /api/swap` → plan written → new state answered; target < 200 ms), best and median of RUNS,
# and the server's own CPU time per swap (user + sys from /proc, less dependent on the machine's
# load than the wall time when other builds share the cores).
#
# usage: [BANHUI=release/banhui] bench/serve.sh [RUNS]
#   The roster comes from bench/make_roster.py (deterministic): 32 on a 2-row rostrum, 2,968 in a
#   60-seat-wide hall by unit blocks, with a pin, a hold and a swap in the plan.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"

# BANHUI=path/to/release/banhui skips the build (on a shared machine, build through its lock first).
if [ -z "${BANHUI:-}" ]; then
  swift build -c release --scratch-path .build-release --product banhui >/dev/null 2>&1
fi
banhui="${BANHUI:-$PWD/.build-release/release/banhui}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 bench/make_roster.py 3000 > "$work/roster.csv"
python3 - "$work" <<'PY'
import csv, sys
directory = sys.argv[1]
ids, units = [], []
with open(f"{directory}/roster.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        ids.append(row["id"])
        if row["unit"] not in units: units.append(row["unit"])
with open(f"{directory}/meeting.yaml", "w", encoding="utf-8") as out:
    out.write("# 基准：3,000 座\nversion: 1\nmeeting: {id: bench-serve, title: 基准测试, start: 2026-12-03 09:00, end: 2026-12-03 11:00}\n")
    out.write("units: [" + ", ".join(units) + "]\npeople: [roster.csv]\nseating:\n")
    out.write(f"  - zone: 主席台\n    kind: rostrum\n    rows: [15, 17]\n    people: [{', '.join(ids[:32])}]\n")
    out.write("  - zone: 台下\n    kind: hall\n    rows: [" + ", ".join(["60"] * 50) + "]\n    group: unit\n    people: rest\n")
    out.write(f"    pins:\n      - {{person: {ids[100]}, row: 1, seat: 2}}   # 便于上台\n    hold: [{{row: 1, seat: 60}}]\n    swap: [[{ids[200]}, {ids[201]}]]\n")
PY

python3 - "$banhui" "$work" "$runs" <<'PY'
import http.client, json, os, signal, statistics, subprocess, sys, time
banhui, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
ids = [line.split(",")[0] for line in open(f"{work}/roster.csv", encoding="utf-8").read().splitlines()[1:]]
first, swaps, cpu = [], [], []
def cpu_ms(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
for run in range(runs):
    started = time.perf_counter()
    server = subprocess.Popen([banhui, "serve", "meeting.yaml", "--port", "0"], cwd=work, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = server.stdout.readline().strip()
    host = url.split("/")[2]
    token = url.split("token=")[1]
    connection = http.client.HTTPConnection(host)
    connection.request("GET", "/api/state", headers={"X-Banhui-Token": token})
    state = json.loads(connection.getresponse().read())
    first.append(time.perf_counter() - started)
    revision = state["revision"]
    spent = cpu_ms(server.pid)
    for pair in range(5):
        a, b = ids[300 + 2 * pair + 10 * run], ids[301 + 2 * pair + 10 * run]
        body = json.dumps({"revision": revision, "zone": "台下", "a": a, "b": b})
        started = time.perf_counter()
        connection.request("POST", "/api/swap", body=body.encode(), headers={"X-Banhui-Token": token, "Content-Type": "application/json"})
        response = connection.getresponse()
        answer = json.loads(response.read())
        swaps.append(time.perf_counter() - started)
        assert response.status == 200, (response.status, answer)
        assert f"[{a}, {b}]" in open(f"{work}/meeting.yaml", encoding="utf-8").read()
        revision = answer["revision"]
    cpu.append((cpu_ms(server.pid) - spent) / 5)
    server.send_signal(signal.SIGINT)
    assert server.wait(timeout=10) == 0
    # Back to the plan as generated, for the next run.
    lines = open(f"{work}/meeting.yaml", encoding="utf-8").read()
    import re
    open(f"{work}/meeting.yaml", "w", encoding="utf-8").write(re.sub(r"swap: \[\[([^\]]+)\](, \[[^\]]+\])*\]", r"swap: [[\1]]", lines))
ms = lambda values: f"best {min(values) * 1000:.0f} ms, median {statistics.median(values) * 1000:.0f} ms"
print(f"first state, 3,000 seats (target < 1000 ms): {ms(first)} ({runs} runs)")
print(f"swap round trip, 3,000 seats (target < 200 ms): {ms(swaps)} ({len(swaps)} swaps)")
print(f"server CPU per swap: median {statistics.median(cpu):.0f} ms (load average {os.getloadavg()[0]:.1f})")
PY
