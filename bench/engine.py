#!/usr/bin/env python3
"""The engine benchmark of issue 17: every command and document at 3,000 and 30,000 delegates, the
fixed start, `check` against `quota` over 2,000 plans, grouped quota findings, and the peers on the
same 签到表 content. Whole processes of a release build, CPU seconds (user + sys from wait4),
median of RUNS; with two binaries the runs alternate A, B, A, B … so both see the same machine load.

usage: bench/engine.py BANHUI_A [BANHUI_B] [--runs 3] [--sizes 3000,30000] [--plans 2000] [--quick]
  Build with `/work/tools/swiftlock build -c release` (or `swift build -c release`) first; to compare
  before/after, build the older commit into another folder and pass both binaries.
Peers need python-docx, odfpy, openpyxl and XlsxWriter (pip).
"""
import argparse, os, statistics, subprocess, sys, tempfile, zipfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)


def measure(command, cwd, runs_of):
    """user+sys CPU seconds and peak RSS (MB) of one run of `command`, from the kernel's account of
    the process (wait4: microseconds, where /usr/bin/time prints hundredths, too coarse for a
    0.1 s command whose 30,000 figure is read as a multiple of it)."""
    with open(os.devnull, "w") as null:
        process = subprocess.Popen(command, cwd=cwd, stdout=null, stderr=null)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode


def series(commands, cwd, runs):
    """Median CPU and peak RSS for each command of `commands` (one per binary), alternating."""
    cpu = [[] for _ in commands]; rss = [0.0 for _ in commands]; codes = [set() for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            seconds, mb, code = measure(command, cwd, runs)
            cpu[index].append(seconds); rss[index] = max(rss[index], mb); codes[index].add(code)
    return [(statistics.median(c), r, k) for c, r, k in zip(cpu, rss, codes)]


def congress(folder, n, title="全县代表大会"):
    """A congress of n delegates: a 32-seat rostrum, the rest in a hall by unit, notice, agenda,
    schedule, cards and sign-in sheet for everybody (make_roster.py's roster)."""
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "roster.csv"), "w") as roster:
        subprocess.check_call([sys.executable, os.path.join(here, "make_roster.py"), str(n)], stdout=roster)
    import csv
    ids, units = [], []
    for row in csv.DictReader(open(os.path.join(folder, "roster.csv"), encoding="utf-8")):
        ids.append(row["id"])
        if row["unit"] not in units: units.append(row["unit"])
    cols = 60
    rows = (n - 32) // cols + 2
    plan = f"""version: 1
meeting:
  id: congress-{n}
  title: {title}
  organizer: 中共××县委办公室
  start: 2026-12-03 09:00
  end: 2026-12-04 17:30
  venue: {{name: 县人民会堂, address: 城关镇人民路1号}}
units: [{", ".join(units)}]
people: [roster.csv]
seating:
  - {{zone: 主席台, kind: rostrum, rows: [15, 17], people: [{", ".join(ids[:32])}]}}
  - {{zone: 台下, kind: hall, rows: [{", ".join([str(cols)] * rows)}], mode: rows, people: rest}}
agenda:
  - {{item: 开幕, by: {ids[1]}}}
  - {{item: 工作报告, by: {ids[0]}, minutes: 60, speech: true}}
  - {{item: 分组讨论, minutes: 120}}
schedule:
  - {{date: 2026-12-03, start: "09:00", end: "11:30", item: 开幕大会, place: 县人民会堂}}
  - {{date: 2026-12-03, start: "14:30", end: "17:30", item: 分组讨论, place: 各代表团驻地}}
  - {{date: 2026-12-04, start: "09:00", end: "11:30", item: 闭幕大会, place: 县人民会堂}}
notice:
  number: ×办发〔2026〕1号
  to: [各乡镇党委、政府, 县直各单位]
  purpose: 经研究，决定召开全县代表大会。
  attendees: 全体代表
  requirements: [请准时参会, 会议期间手机调至静音]
  contact: {{name: 王明, phone: 0000-1234567}}
"""
    open(os.path.join(folder, "plan.yaml"), "w").write(plan)
    open(os.path.join(folder, "plan-v2.yaml"), "w").write(plan.replace("start: 2026-12-03 09:00", "start: 2026-12-03 08:30")
                                                        .replace(title, title + "（第二次通知）"))


def quota_plans(folder, count):
    subprocess.check_call([sys.executable, os.path.join(here, "quota_plans.py"), os.path.join(folder, "plans"), str(count)])


def overlapping(folder, copies):
    """`copies` copies of one plan, all at the same time, sharing their rostrum."""
    os.makedirs(folder, exist_ok=True)
    for index in range(copies):
        open(os.path.join(folder, f"copy-{index:04d}.yaml"), "w").write(f"""version: 1
meeting: {{id: copy-{index}, title: 第{index}次会议, start: 2026-03-10 09:00, end: 2026-03-10 11:30, staff: 2}}
people:
  - {{id: P1, name: 张明, unit: 省交通运输厅, title: 厅长}}
  - {{id: P2, name: 李强, unit: 省交通运输厅, title: 副厅长}}
seating: [{{zone: 主席台, kind: rostrum, rows: [2], people: [P1, P2]}}]
""")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binaries", nargs="+")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="3000,30000")
    parser.add_argument("--plans", type=int, default=2000)
    parser.add_argument("--overlapping", type=int, default=400)
    parser.add_argument("--quick", action="store_true", help="only the fixed start and the first size's check and export")
    args = parser.parse_args()
    binaries = [os.path.abspath(b) for b in args.binaries]
    names = ["A", "B"][:len(binaries)]
    work = tempfile.mkdtemp(prefix="banhui-bench-")
    header = "| what | " + " | ".join(f"{n} CPU s" for n in names) + (" | B/A" if len(binaries) == 2 else "") + " | peak MB |"
    print(header); print("|" + "---|" * (header.count("|") - 1))

    sizes = [int(s) for s in args.sizes.split(",")]
    by_size = {}  # size → {what: [CPU per binary]}, for the growth table at the end

    def row(label, per_binary, cwd=work, runs=args.runs):
        results = series([[b] + per_binary for b in binaries], cwd, runs)
        size, _, what = label.partition(": ")
        if what and size.replace(",", "").isdigit():
            by_size.setdefault(int(size.replace(",", "")), {})[what] = [cpu for cpu, _, _ in results]
        cells = [f"{cpu:.3f}" + ("" if codes <= {0, 1} else f" (exit {sorted(codes)})") for cpu, _, codes in results]
        ratio = [f"{results[1][0] / max(results[0][0], 1e-9):.2f}"] if len(results) == 2 else []
        print(f"| {label} | " + " | ".join(cells + ratio) + f" | {max(r for _, r, _ in results):.0f} |", flush=True)
        return results

    def peer(label, command, cwd=work):
        cpu, mb, codes = series([command], cwd, args.runs)[0]
        print(f"| {label} | {cpu:.3f} |" + (" |" if len(binaries) == 2 else "") + ("" if len(binaries) == 1 else " |") + f" {mb:.0f} |", flush=True)
        return cpu

    open(os.path.join(work, "name.txt"), "w").write("张三\n")
    version = row("`--version`", ["--version"])
    row("`sort` of one name", ["sort", "name.txt"])
    row("`check` of the example", ["check", os.path.join(root, "examples/county-office-meeting/meeting.yaml")])

    for n in sizes:
        folder = os.path.join(work, str(n)); congress(folder, n)
        out = os.path.join(folder, "out")
        row(f"{n:,}: `check`", ["check", "plan.yaml"], folder)
        row(f"{n:,}: `export` docx, odt, svg, ics", ["export", "plan.yaml", "--out", out, "--format", "docx,odt"], folder)
        if args.quick: break
        row(f"{n:,}: `seat --format json`", ["seat", "plan.yaml", "--format", "json"], folder)
        row(f"{n:,}: `diff` v1 v2", ["diff", "plan.yaml", "plan-v2.yaml"], folder)
        for kind, fmt in [("notice", "docx"), ("notice", "odt"), ("agenda", "docx"), ("seating", "docx"), ("seating", "odt"),
                          ("seating", "xlsx"), ("cards", "docx"), ("cards", "odt"), ("signin", "docx"), ("signin", "odt"),
                          ("signin", "xlsx")]:
            row(f"{n:,}: `{kind}.{fmt}`", ["export", "plan.yaml", "--out", out, "--only", kind, "--format", fmt], folder)
        row(f"{n:,}: `meeting.ics`", ["export", "plan.yaml", "--out", out, "--only", "ics"], folder)
        # The peers on the same 签到表 content.
        roster = os.path.join(folder, "roster.csv")
        peer(f"{n:,}: python-docx 签到表", [sys.executable, os.path.join(here, "peers/signin_python_docx.py"), roster, "p.docx"], folder)
        peer(f"{n:,}: odfpy 签到表", [sys.executable, os.path.join(here, "peers/signin_odfpy.py"), roster, "p.odt"], folder)
        peer(f"{n:,}: openpyxl 签到表", [sys.executable, os.path.join(here, "peers/signin_openpyxl.py"), roster, "p.xlsx"], folder)
        peer(f"{n:,}: XlsxWriter 签到表", [sys.executable, os.path.join(here, "peers/signin_xlsxwriter.py"), roster, "w.xlsx"], folder)
        for binary, name in zip(binaries, names):
            subprocess.call([binary, "export", "plan.yaml", "--out", out + name, "--only", "signin", "--format", "docx"], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            ours = len(zipfile.ZipFile(os.path.join(out + name, "signin.docx")).read("word/document.xml"))
            theirs = len(zipfile.ZipFile(os.path.join(folder, "p.docx")).read("word/document.xml"))
            print(f"| {n:,}: {name} `signin.docx` document.xml | {ours / 1e6:.2f} MB = {ours / theirs:.1f}× python-docx's {theirs / 1e6:.2f} MB | | |")

    # Growth: each command's CPU at every further size as a multiple of the first size's (issue 17:
    # 30,000 delegates in at most 12× the 3,000 figure).
    for n in sizes[1:]:
        if n not in by_size or sizes[0] not in by_size: continue
        print(f"\n| what | " + " | ".join(f"{name} {n:,} / {sizes[0]:,}" for name in names) + " |")
        print("|---|" + "---|" * len(names))
        for what, cpus in by_size[n].items():
            first = by_size[sizes[0]].get(what)
            if first: print(f"| {what} | " + " | ".join(f"{c / max(f, 1e-9):.1f}×" for c, f in zip(cpus, first)) + " |")
        print()

    if args.plans:
        folder = os.path.join(work, "plans"); os.makedirs(folder); quota_plans(folder, args.plans)
        files = sorted(os.path.relpath(os.path.join(d, f), folder) for d, _, fs in os.walk(os.path.join(folder, "plans")) for f in fs)
        row(f"`check` of {args.plans:,} plans", ["check"] + files, folder, runs=1)
        row(f"`quota` of {args.plans:,} plans", ["quota", "plans"], folder, runs=1)
    if args.overlapping:
        folder = os.path.join(work, "overlap"); overlapping(folder, args.overlapping)
        row(f"`quota` of {args.overlapping} overlapping copies", ["quota", ".", "--format", "json", "--output", "report.json"], folder, runs=1)
        for binary, name in zip(binaries, names):
            subprocess.call([binary, "quota", ".", "--format", "json", "--output", "report.json"], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            report = open(os.path.join(folder, "report.json")).read()
            print(f"| {name}: MTG-ROSTRUM-CONFLICT findings for {args.overlapping} copies | {report.count('MTG-ROSTRUM-CONFLICT')}, report {len(report) / 1e6:.1f} MB | | |")
    subprocess.call(["rm", "-rf", work])


main()
