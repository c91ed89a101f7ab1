#!/usr/bin/env python3
"""Seeded mutation fuzzer for banhui's input side (plans, CSV and XLSX rosters).

Every input is a folder holding meeting.yaml and perhaps a roster. For each, the built banhui runs
`check` and `quota` (and `export --out` and `seat --output` when check passes), and the run must
hold what plan-format.md promises: exit 0 or 2 (quota also 1; 4 for an output path that cannot be
written), every diagnostic line located (file:line:col, or file plus a key path or part in
（…）), nothing written on exit 2, no signal, under 10 s and 1 GB, and no forged line: text
fields and output paths are mutated to hold every line-break character (\n, \r, U+0085,
U+2028, U+2029) followed by `FORGED…`, and no printed line (split as Python's splitlines
does) may start with it. Output paths are also drawn from short and odd names (`o`, `会`,
`./o`, absolute, `a/b/c`). Plans with logistics sections (groups, lodging, meals, transport,
registration) are drawn one time in three, and their keys and the schedule slot's `id:`/`zones:`
get values odd for each key (unknown references, repeated ids, out-of-range sizes). Any input that breaks this is copied to the regression folder, which
`FuzzRegressionTests` (Tests/CLITests/HostileInputTests.swift) replays.

    scripts/fuzz.py --banhui .build/debug/banhui --count 2000 --seed 1      # CI
    scripts/fuzz.py --banhui .build-release/release/banhui --count 100000   # long run

Only the standard library; Python 3.8+.
"""
import argparse
import concurrent.futures
import io
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REGRESSIONS = os.path.join(ROOT, "Tests/CLITests/Fixtures/fuzz-regressions")
TIME_LIMIT = 10.0
MEMORY_LIMIT_KB = 1024 * 1024

# A located line: `file:line:col: ` or `file: error|warning: [CODE] … （where）`.
LOCATED = re.compile(r"^.+?:\d+:\d+: (error|warning|info): \[[A-Z]+\d+\] ")
PATH_LOCATED = re.compile(r"^.+?: (error|warning|info): \[[A-Z]+\d+\] .*（[^（）]+）$")
COUNT_LINE = re.compile(r"^.+?: (error|warning): \[DIAG001\] ")
FILE_LEVEL = re.compile(r"^.+?: error: \[(PLAN016|LIMIT001)\] ")
# An output that cannot be written (exit 4, docs/output.md): `path: error: 无法写入：reason（EISDIR: …）`.
OUTPUT_FAILURE = re.compile(r"^.+?: error: [^\[].*（E[A-Z]+: [^（）]+）$")

HOSTILE = ["\u200b", "\u202e", "\ufeff", "\u2066", "\x1b[31m", "\n", "\u0085", "\u2028", "\x00", "\x07",
           "\r", "\t", "\"", "'", "*", "&", "!!", "%", "@", "`", "{", "}", "[", "]", ":", "- ", "#",
           "=cmd|' /C calc'!A0", "../../..", "/etc/passwd", "𠮷", "\ufffd"]
LINE_BREAKS = ["\n", "\r", "\u0085", "\u2028", "\u2029"]
# YAML double-quoted escapes of each line break (YAML 1.1 §5.7: \N, \L, \P).
YAML_BREAKS = {"\n": "\\n", "\r": "\\r", "\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P"}
FORGED = "FORGED"
FORGERIES = ["FORGED:1:1: error: [PLAN001] 伪造", "FORGED::error::伪造", "FORGED 已报 99 个单位"]
TEXT_KEYS = ["title", "name", "unit", "system", "item", "place", "organizer", "zone", "by", "address", "city", "id",
             "rank", "phone", "number", "to", "from", "plate", "driver", "duty", "meal", "hotel", "room", "convener",
             "deputy", "liaison", "notes", "zones", "purpose"]
# The logistics sections (docs/logistics.md) and the schedule slot's keys: each key with values
# that are odd for it (wrong type, unknown reference, out of range, repeated ids).
LOGISTICS_KEYS = {
    "id": ["g1", "h1", "v1", "t1", "d1-lunch", "P1", "a b", "../x", "", "会"],
    "convener": ["P1", "P999", "S1", "[P1, P2]", "~"],
    "deputy": ["P1", "P999", "S1"],
    "liaison": ["P1", "P999", "S1"],
    "members": ["rest", "all", "[]", "[P1, P1]", "{units: [无此单位]}", "{roles: [staff]}", "{units: []}", "P1"],
    "groups": ["0", "-1", "1", "500", "501", "99999", "x"],
    "places": ["[]", "[第一会议室]", "x"],
    "rooms": ["{single: 0, double: 0}", "{single: -1}", "{single: 20001}", "[]", "[{number: \"1\", type: suite}]",
              "[{number: \"1\", type: single}, {number: \"1\", type: single}]", "{double: 1e9}"],
    "single_from": ["县处级正职", "无此职级", "", "~"],
    "nights": ["[]", "[2026-12-14, 2026-12-14]", "[2026-02-30]", "[1999-01-01]", "2026-12-14"],
    "exclude": ["{units: [县委]}", "{units: [无此单位]}", "[]", "all"],
    "date": ["2026-12-14", "2026-02-30", "1970-01-01", "9999-12-31", "x"],
    "time": ["\"12:00\"", "\"25:61\"", "2026-12-14 08:10", "2026-12-14 24:00", "x"],
    "style": ["table", "buffet", "banquet", ""],
    "table_size": ["1", "2", "30", "31", "0", "-4", "1e9"],
    "tables": ["0", "1", "-1", "100000", "x"],
    "by": ["group", "unit", "rank", ""],
    "seats": ["1", "2", "7", "100", "101", "0"],
    "vehicles": ["[]", "[v1, v1]", "[v9]", "v1"],
    "people": ["all", "[]", "[P1, P999]", "{units: [县委]}", "{roles: [staff]}", "none"],
    "own_car_from": ["县处级正职", "无此职级"],
    "start": ["\"14:00\"", "\"25:00\"", "2026-12-14 09:00", "x"],
    "end": ["\"08:00\"", "\"20:00\"", "x"],
    "zones": ["[主席台, 台下]", "[无此区域]", "[]", "[主席台, 主席台]", "主席台"],
    "lodging": ["false", "true", "是", "否", "x"],
    "arrive": ["2026-12-14 08:00", "2026-12-20 08:00", "2026-02-30 08:00", "x"],
    "leave": ["2026-12-13 08:00", "2026-12-14 18:00", "x"],
    "hotel": ["h1", "h9", ""],
    "room": ["\"101\"", "\"999\"", "single", "double"],
    "stable": ["true", "false", "x"],
    "registration": ["{}", "{date: 2026-02-30}", "[]", "x"],
    "notes": ["[]", "[\"\"]", "x"],
    "signin": ["{per: session}", "{per: x}"],
}
OUT_NAMES = ["o", "会", "./o", "{abs}/o", "a/b/c", "o/", "./会/", "x{brk}FORGED", "{brk}FORGED"]
ODD_VALUES = ["", "~", "null", "-1", "0", "1e309", "99999999999999999999999", "2026-02-30 09:00",
              "25:61", "yes", "正军级", "all", "rest", "{role: guest}", "[]", "{}", "&a x", "*a", "!!binary x",
              "? x", "|-\n  x", ">\n  x"]


def seeds():
    plans, csvs, xlsxs = [], [], []
    for folder in ["examples", "Tests/MeetingPlanTests/Fixtures", "Tests/CLITests/Fixtures"]:
        for base, _, names in os.walk(os.path.join(ROOT, folder)):
            if "fuzz-regressions" in base:
                continue
            for name in sorted(names):
                path = os.path.join(base, name)
                if os.path.getsize(path) > 200_000:
                    continue
                data = open(path, "rb").read()
                if name.endswith(".yaml"):
                    # A plan keeps the roster beside it (the two-day congress needs its own).
                    sibling = os.path.join(base, "roster.csv")
                    plans.append((data, open(sibling, "rb").read() if b"roster.csv" in data and os.path.exists(sibling) else None))
                elif name.endswith(".csv"):
                    csvs.append(data)
                elif name.endswith(".xlsx"):
                    xlsxs.append(data)
    return plans, csvs, xlsxs


ROSTER_PLAN = """version: 1
meeting: {{id: fuzz, title: 名单测试会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}}
units: [县委, 县政府, 县委办公室, 县政府办公室]
people:
  - {{id: P1, name: 张建国, unit: 县委, title: 县委书记, rank: 县处级正职}}
  - {roster}
seating:
  - {{zone: 会场, kind: hall, rows: [20, 20], people: all}}
"""


# --- mutations -------------------------------------------------------------------------------

def flip_bytes(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def truncate(rng, data):
    return data[: rng.randrange(len(data) + 1)]


def lines_op(rng, data):
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 4)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        op = rng.randrange(3)
        if op == 0:
            lines.insert(i, lines[i])
        elif op == 1:
            del lines[i]
        else:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def insert_text(rng, data, text):
    data = bytearray(data)
    at = rng.randrange(len(data) + 1)
    data[at:at] = text.encode("utf-8", "surrogatepass")
    return bytes(data)


def hostile_unicode(rng, data):
    return insert_text(rng, data, "".join(rng.choice(HOSTILE) for _ in range(rng.randint(1, 4))))


def huge_value(rng, data):
    unit = rng.choice(["x", "县", "\u200b", "a,b", "\\", "正处"])
    return insert_text(rng, data, unit * rng.choice([100, 5000, 200_000]))


def replace_value(rng, data):
    lines = data.split(b"\n")
    candidates = [i for i, line in enumerate(lines) if b": " in line]
    if not candidates:
        return hostile_unicode(rng, data)
    i = rng.choice(candidates)
    key, _, _ = lines[i].partition(b": ")
    lines[i] = key + b": " + rng.choice(ODD_VALUES + HOSTILE).encode("utf-8", "surrogatepass")
    return b"\n".join(lines)


def deep_nesting(rng, data):
    depth = rng.choice([60, 64, 65, 200, 5000])
    style = rng.randrange(3)
    if style == 0:
        text = "[" * depth + "]" * depth
    elif style == 1:
        text = "{a: " * depth + "x" + "}" * depth
    else:
        text = "\n" + "".join("  " * i + "- \n" for i in range(min(depth, 300))) + "  " * min(depth, 300) + "x\n"
    return insert_text(rng, data, text)


def alias_bomb(rng, data):
    width = rng.choice([3, 9, 10])
    levels = rng.choice([3, 6, 9])
    lines = ["x0: &a0 [" + ",".join(["lol"] * width) + "]"]
    for level in range(1, levels):
        lines.append(f"x{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * width) + "]")
    text = "\n".join(lines) + "\n"
    if rng.random() < 0.5:
        return text.encode() + data
    return data + b"\n" + text.encode()


def forged_text(rng):
    return "前" + rng.choice(LINE_BREAKS) + rng.choice(FORGERIES)


def line_break_field(rng, data):
    """A text field's value becomes a YAML double-quoted string holding a line break and a forgery."""
    text = data.decode("utf-8", "replace")
    pattern = re.compile(r"\b(" + "|".join(TEXT_KEYS) + r"): ([^,}\n]*)")
    matches = list(pattern.finditer(text))
    if not matches:
        return hostile_unicode(rng, data)
    match = rng.choice(matches)
    value = forged_text(rng)
    quoted = '"' + "".join(YAML_BREAKS.get(c, c) for c in value) + '"'
    return (text[: match.start(2)] + quoted + text[match.end(2):]).encode("utf-8")


def forged_cell(rng, data):
    """A roster cell holds a line break and a forgery (quoted, as CSV allows)."""
    lines = data.split(b"\n")
    if len(lines) < 2:
        return hostile_unicode(rng, data)
    i = rng.randrange(1, len(lines))
    cells = lines[i].split(b",")
    j = rng.randrange(len(cells))
    cells[j] = b'"' + forged_text(rng).replace('"', '""').encode("utf-8") + b'"'
    lines[i] = b",".join(cells)
    return b"\n".join(lines)


LOGISTICS_SECTION = re.compile(rb"^(groups|group_assign|lodging|meals|transport|registration):", re.M)


def logistics_value(rng, data):
    """A logistics or schedule-slot key (flow or block style) gets a value that is odd for it."""
    text = data.decode("utf-8", "replace")
    pattern = re.compile(r"(?<![\w-])(" + "|".join(LOGISTICS_KEYS) + r"): ((?:\[[^\]\n]*\]|\{[^}\n]*\}|[^,}\n])*)")
    matches = list(pattern.finditer(text))
    if not matches:
        return replace_value(rng, data)
    match = rng.choice(matches)
    value = rng.choice(LOGISTICS_KEYS[match.group(1)] + ODD_VALUES[:8])
    return (text[: match.start(2)] + value + text[match.end(2):]).encode("utf-8")


def logistics_entry(rng, data):
    """A list entry of a logistics section (a group, hotel, meal, vehicle, trip, slot) is repeated,
    dropped or given a key it does not take (a slot's `id:`/`zones:` included)."""
    lines = data.split(b"\n")
    entries = [i for i, line in enumerate(lines) if line.lstrip().startswith(b"- {")]
    if not entries:
        return logistics_value(rng, data)
    i = rng.choice(entries)
    op = rng.randrange(4)
    if op == 0:
        lines.insert(i, lines[i])
    elif op == 1:
        del lines[i]
    else:
        extra = rng.choice([b"id: s1", b"id: s1, zones: [\xe4\xb8\xbb\xe5\xb8\xad\xe5\x8f\xb0]", b"zones: [x, y]",
                            b"members: rest", b"stable: true", b"by: group", b"hotel: h2, room: \"102\"",
                            b"lodging: false, arrive: 2026-12-15 08:00", b"unknown_key: 1"])
        lines[i] = lines[i].replace(b"- {", b"- {" + extra + b", ", 1)
    return b"\n".join(lines)


PLAN_MUTATIONS = [flip_bytes, truncate, lines_op, hostile_unicode, huge_value, replace_value, deep_nesting, alias_bomb,
                  line_break_field, line_break_field, logistics_value, logistics_value, logistics_entry]
TEXT_MUTATIONS = [flip_bytes, truncate, lines_op, hostile_unicode, huge_value]


def mutate(rng, data, mutations):
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        data = rng.choice(mutations)(rng, data)
    return data


def mutate_csv(rng, data):
    if rng.random() < 0.2:
        header = "编号,姓名,单位,职务,职级,排序,任职时间\n"
        row = rng.choice(["R{i},,县委,,,,\n", "R{i},张{i},县委,科员,正科,{i},2020-01-01\n", "R{i},\"a\n"])
        data = (header + "".join(row.format(i=i) for i in range(rng.choice([150, 2000])))).encode()
    return mutate(rng, data, TEXT_MUTATIONS + [replace_value, forged_cell, forged_cell])


SHEET_ODDITIES = [
    lambda rng: '<c r="' + "A" * rng.choice([4, 20, 100]) + '1" t="inlineStr"><is><t>x</t></is></c>',
    lambda rng: '<c r="A' + rng.choice(["-7", "0", "1048577", "99999999999999999999"]) + '"><v>1</v></c>',
    lambda rng: '<c r="XFE1"><v>1</v></c>',
    lambda rng: '<c r="1A"><v>1</v></c>',
    lambda rng: '<c t="s"><v>' + rng.choice(["-1", "999999", "x", "1e9"]) + "</v></c>",
    lambda rng: '<c t="inlineStr"><is><t>' + rng.choice(["\u200b", "&#27;", "&#x202E;张三", "张" * 40]) + "</t></is></c>",
]


def mutate_xlsx(rng, data):
    if rng.random() < 0.3:
        return mutate(rng, data, [flip_bytes, truncate])
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        parts = {info.filename: source.read(info) for info in source.infolist()}
    except Exception:
        return flip_bytes(rng, data)
    sheets = [name for name in parts if name.startswith("xl/worksheets/")] or list(parts)
    name = rng.choice(sheets + ["xl/sharedStrings.xml", "xl/workbook.xml"])
    part = parts.get(name, b"")
    choice = rng.randrange(6)
    if choice == 5 and b"<t>" in part:
        forged = forged_text(rng).replace("\r", "&#13;").replace("&", "&amp;") if rng.random() < 0.5 else forged_text(rng)
        part = part.replace(b"<t>", b"<t>" + forged.encode("utf-8"), 1)
    elif choice == 0 and b"<row" in part:
        oddity = rng.choice(SHEET_ODDITIES)(rng).encode()
        at = part.index(b"<row")
        end = part.index(b">", at) + 1
        part = part[:end] + oddity + part[end:]
    elif choice == 1 and b'<row r="' in part:
        part = part.replace(b'<row r="', b'<row r="' + rng.choice([b"-7", b"0", b"1048577", b"x"]), 1)
    elif choice == 2 and b"<sheetData>" in part:
        rows = rng.choice([200, 5000])
        extra = "".join(f'<row r="{i + 10}"><c r="C{i + 10}" t="inlineStr"><is><t>县委</t></is></c></row>' for i in range(rows))
        part = part.replace(b"</sheetData>", extra.encode() + b"</sheetData>", 1)
    else:
        part = mutate(rng, part, TEXT_MUTATIONS)
    parts[name] = part
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for key, value in parts.items():
            target.writestr(key, value)
    return out.getvalue()


def make_case(rng, corpus, folder):
    plans, csvs, xlsxs = corpus
    kind = rng.choice(["plan", "plan", "csv", "xlsx"])
    if kind == "plan":
        # One plan in three has logistics sections, so their keys are mutated often.
        logistics = [plan for plan in plans if LOGISTICS_SECTION.search(plan[0])]
        plan, roster = rng.choice(logistics if logistics and rng.random() < 0.33 else plans)
        files = {"meeting.yaml": mutate(rng, plan, PLAN_MUTATIONS)}
        # Plans naming roster.csv find their own (or, without one, some valid roster) beside them.
        files["roster.csv"] = roster if roster is not None and rng.random() < 0.8 else rng.choice(csvs)
    elif kind == "csv":
        files = {"meeting.yaml": ROSTER_PLAN.format(roster="roster.csv").encode(), "roster.csv": mutate_csv(rng, rng.choice(csvs))}
    else:
        files = {"meeting.yaml": ROSTER_PLAN.format(roster="roster.xlsx").encode(), "roster.xlsx": mutate_xlsx(rng, rng.choice(xlsxs))}
    os.makedirs(folder)
    for name, data in files.items():
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(data)
    return kind


# --- running ---------------------------------------------------------------------------------

def snapshot(folder):
    return sorted((base, name) for base, dirs, names in os.walk(folder) for name in names + dirs)


def run_measured(banhui, args, folder):
    """Runs banhui in `folder`; returns exit code (negative: signal), stdout and stderr together
    (both are judged for forged lines), seconds, peak memory and whether it was killed."""
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.chdir(folder)
            outfile = os.open(os.path.join(folder, "..", os.path.basename(folder) + ".out"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
            errfile = os.open(os.path.join(folder, "..", os.path.basename(folder) + ".err"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
            os.dup2(outfile, 1)
            os.dup2(errfile, 2)
            os.environ.update(LC_ALL="C.UTF-8", TZ="UTC")
            resource.setrlimit(resource.RLIMIT_CPU, (int(TIME_LIMIT) + 2, int(TIME_LIMIT) + 3))
            os.execv(banhui, [banhui] + args)
        finally:
            os._exit(127)
    timed_out = False
    while True:
        finished, status, usage = os.wait4(pid, os.WNOHANG)
        if finished:
            break
        if time.monotonic() - started > TIME_LIMIT:
            os.kill(pid, 9)
            timed_out = True
            _, status, usage = os.wait4(pid, 0)
            break
        time.sleep(0.005)
    seconds = time.monotonic() - started
    code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    errpath = os.path.join(folder, "..", os.path.basename(folder) + ".err")
    outpath = os.path.join(folder, "..", os.path.basename(folder) + ".out")
    err = open(errpath, "rb").read().decode("utf-8", "replace")
    out = open(outpath, "rb").read().decode("utf-8", "replace")
    os.remove(errpath)
    os.remove(outpath)
    return code, (out, err), seconds, usage.ru_maxrss, timed_out


def output_name(rng, folder):
    """An output path inside the case's own folder: exports into one parent folder take turns
    (output.md), so cases running side by side must not share one."""
    if rng.random() < 0.5:
        return os.path.join(folder, "exported"), True
    name = rng.choice(OUT_NAMES).format(abs=folder, brk=rng.choice(LINE_BREAKS))
    return name, "FORGED" not in name


def check_case(banhui, folder, rng):
    """Returns a list of problems (empty when the run kept every promise) and whether check passed."""
    problems = []
    before = snapshot(folder)
    code, texts, seconds, peak, timed_out = run_measured(banhui, ["check", "meeting.yaml"], folder)
    problems += judge("check", code, texts, seconds, peak, timed_out)
    if snapshot(folder) != before:
        problems.append("check wrote files")
    passed = code == 0
    code, texts, seconds, peak, timed_out = run_measured(banhui, ["quota", "meeting.yaml"], folder)
    problems += judge("quota", code, texts, seconds, peak, timed_out, allowed=(0, 1, 2))
    if passed:
        out, plain = output_name(rng, folder)
        before = snapshot(folder)
        code, texts, seconds, peak, timed_out = run_measured(banhui, ["export", "meeting.yaml", "--out", out], folder)
        problems += judge("export", code, texts, seconds, peak, timed_out, allowed=(0, 2) if plain else (0, 2, 4))
        if code != 0 and snapshot(folder) != before:
            problems.append(f"export exited {code} but wrote files")
        name, plain = output_name(rng, folder)
        # `o`, `./o` and `{abs}/o` are one place: seat must not write onto the export's folder.
        same_place = os.path.normpath(os.path.join(folder, name)) == os.path.normpath(os.path.join(folder, out))
        seat_out = "seats.txt" if same_place else name
        code, texts, seconds, peak, timed_out = run_measured(banhui, ["seat", "meeting.yaml", "--output", seat_out.rstrip("/")], folder)
        problems += judge("seat", code, texts, seconds, peak, timed_out, allowed=(0, 2) if plain else (0, 2, 4))
    return problems, passed


def judge(command, code, texts, seconds, peak, timed_out, allowed=(0, 2)):
    out, err = texts
    problems = []
    if timed_out:
        problems.append(f"{command}: hang (over {TIME_LIMIT:.0f} s)")
    elif code < 0:
        problems.append(f"{command}: killed by signal {-code}")
    elif code not in allowed:
        problems.append(f"{command}: exit {code}")
    if peak > MEMORY_LIMIT_KB:
        problems.append(f"{command}: peak memory {peak // 1024} MB")
    # splitlines() breaks at every character a reader may take for a line end (LF, CR, VT, FF,
    # FS, GS, RS, NEL, LS, PS): a line starting with the planted text was forged.
    for line in (out + err).splitlines():
        if line.startswith(FORGED):
            problems.append(f"{command}: forged line: {line[:200]}")
            break
    for line in err.splitlines():
        if not (LOCATED.match(line) or PATH_LOCATED.match(line) or COUNT_LINE.match(line) or FILE_LEVEL.match(line)
                or (code == 4 and OUTPUT_FAILURE.match(line))):
            problems.append(f"{command}: unlocated line: {line[:200]}")
            break
    return problems


def keep(folder, index, seed, problems):
    target = os.path.join(REGRESSIONS, f"seed{seed}-{index}")
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder, target)
    with open(os.path.join(target, "PROBLEM.txt"), "w") as handle:
        handle.write("\n".join(problems) + "\n")
    return target


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--banhui", default=os.path.join(ROOT, ".build/debug/banhui"))
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--no-keep", action="store_true", help="do not copy failing inputs into the regression folder")
    options = parser.parse_args()
    banhui = os.path.abspath(options.banhui)
    corpus = seeds()
    work = tempfile.mkdtemp(prefix="banhui-fuzz-")
    started = time.monotonic()
    totals = {"inputs": 0, "passed check": 0, "crashes": 0, "hangs": 0, "memory": 0, "unlocated": 0, "forged": 0, "other": 0}
    failures = []

    def one(index):
        rng = random.Random(options.seed * 1_000_003 + index)
        folder = os.path.join(work, f"case{index}")
        kind = make_case(rng, corpus, folder)
        problems, passed = check_case(banhui, folder, rng)
        kept = keep(folder, index, options.seed, problems) if problems and not options.no_keep else None
        shutil.rmtree(folder, ignore_errors=True)
        return index, kind, problems, passed, kept

    try:
        run_all(options, one, totals, failures, started)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    elapsed = time.monotonic() - started
    print(", ".join(f"{key} {value}" for key, value in totals.items()) + f"; {elapsed:.0f} s (seed {options.seed})")
    sys.exit(1 if failures else 0)


def run_all(options, one, totals, failures, started):
    with concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs) as pool:
        for index, kind, problems, passed, kept in pool.map(one, range(options.count)):
            totals["inputs"] += 1
            if totals["inputs"] % 5000 == 0:
                print(f"… {totals['inputs']} inputs, {len(failures)} failing, {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
            totals["passed check"] += passed
            for problem in problems:
                if "signal" in problem:
                    totals["crashes"] += 1
                elif "hang" in problem:
                    totals["hangs"] += 1
                elif "memory" in problem:
                    totals["memory"] += 1
                elif "unlocated" in problem:
                    totals["unlocated"] += 1
                elif "forged" in problem:
                    totals["forged"] += 1
                else:
                    totals["other"] += 1
            if problems:
                failures.append((index, kind, problems, kept))
                print(f"FAIL case {index} ({kind}): {'; '.join(problems)}" + (f" → {os.path.relpath(kept, ROOT)}" if kept else ""),
                      file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
