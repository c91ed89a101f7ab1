#!/usr/bin/env python3
"""Writes the worst input of each hostile class into OUT/<case>/ (meeting.yaml and its roster).

    scripts/hostile-inputs.py OUT            # the worst inputs (bench/hostile.sh measures them)
    scripts/hostile-inputs.py --small OUT    # the same shapes, smaller (Tests/CLITests/HostileInputTests)

Each case folder has EXPECT: the diagnostic code `banhui check meeting.yaml` must print (exit 2),
or `-` for the largest input that is valid (exit 0).
Big inputs are generated, never committed. Only the standard library.
"""
import argparse
import io
import os
import zipfile

PLAN = """version: 1
meeting: {{id: hostile, title: 测试会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}}
units: [县委, 县政府]
people:
  - {{id: P1, name: 张建国, unit: 县委, title: 县委书记, rank: 县处级正职}}
{people}
"""

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>')
HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c>'
              '<c r="C1" t="inlineStr"><is><t>单位</t></is></c></row>')


def sheet_chunks(rows):
    """The worksheet XML as chunks: the header row, then `rows` (an iterable of row XML)."""
    yield ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<sheetData>' + HEADER_ROW).encode()
    for row in rows:
        yield row.encode()
    yield b"</sheetData></worksheet>"


def xlsx(path, rows):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for chunk in sheet_chunks(rows):
                sheet.write(chunk)


def write(out, name, expect, files):
    folder = os.path.join(out, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "EXPECT"), "w") as handle:
        handle.write(expect + "\n")
    for file_name, content in files.items():
        target = os.path.join(folder, file_name)
        if callable(content):
            content(target)
        else:
            with open(target, "wb") as handle:
                handle.write(content if isinstance(content, bytes) else content.encode("utf-8"))


def roster_plan(name):
    return PLAN.format(people=f"  - {name}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--small", action="store_true")
    options = parser.parse_args()
    out, small = options.out, options.small
    mb = 1024 * 1024

    # Plans.
    write(out, "deep-nesting", "LIMIT002", {"meeting.yaml": "a: " + "[" * 5000 + "]" * 5000 + "\n"})
    depth = 3000 if not small else 300
    write(out, "deep-block-nesting", "LIMIT002", {"meeting.yaml": "".join("  " * i + "- \n" for i in range(depth)) + "  " * depth + "x\n"})
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 9):
        previous, name = chr(96 + level), chr(97 + level)
        bomb.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    write(out, "alias-bomb", "LIMIT003", {"meeting.yaml": "\n".join(bomb) + "\n"})
    write(out, "plan-too-large", "LIMIT001", {"meeting.yaml": lambda path: big_plan(path, 16 * mb + 1)})
    long_rank = "正" * (900_000 if not small else 200_000)  # 2.7 MB of UTF-8 at full size
    write(out, "long-unknown-rank", "LIMIT010", {"meeting.yaml": PLAN.format(people=f"  - {{id: P2, name: 李四, rank: {long_rank}}}")})
    # A 1.2 MB unit name (the fuzzer's case 456 of seed 1), in the units list and a person's unit.
    long_unit = "县" * (400_000 if not small else 1_000)
    write(out, "long-unit", "LIMIT010", {"meeting.yaml": PLAN.format(people=f"  - {{id: P2, name: 李四, unit: {long_unit}}}")
                                         .replace("units: [县委, 县政府]", f"units: [县委, {long_unit}]")})
    forged = "meeting.yaml:1:1: error: [PLAN001] forged"
    write(out, "escape-sequences", "PLAN021",
          {"meeting.yaml": PLAN.format(people=f'  - {{id: P2, name: 李四, rank: "x\\n{forged}"}}\n  - {{id: P3, name: 王五, "\\e[2J\\n{forged}": 1}}')})
    write(out, "next-line-separator", "PLAN006",
          {"meeting.yaml": "version: 1\nmeeting:\n  title: \"一\u0085二\u2028三\u2029四\"\n  start: 2026-12-03 09:00\n  end: 2026-13-03 11:00\n"})
    write(out, "not-utf8", "YAML002", {"meeting.yaml": "version: 1\nmeeting:\n  title: 会议\n  organizer: ".encode() + "县委办".encode("gb18030") + b"\n"})
    write(out, "invisible-name", "PLAN017", {"meeting.yaml": PLAN.format(people='  - {id: P2, name: "\\u200B"}\n  - {id: P3, name: "李\\u202E四"}\n  - {id: P4, name: "王\\uFEFF五"}')})
    write(out, "long-name", "PLAN018", {"meeting.yaml": PLAN.format(people="  - {id: P2, name: " + "张" * 33 + "}")})

    # CSV rosters.
    header = "编号,姓名,单位\n"
    write(out, "csv-too-large", "LIMIT004", {"meeting.yaml": roster_plan("roster.csv"),
                                             "roster.csv": lambda path: big_csv(path, 64 * mb + 1)})
    write(out, "csv-too-many-rows", "LIMIT005", {"meeting.yaml": roster_plan("roster.csv"),
                                                 "roster.csv": header + "".join(f"R{i},张{i % 10},县委\n" for i in range(100_001))})
    write(out, "csv-many-errors", "DIAG001", {"meeting.yaml": roster_plan("roster.csv"),
                                              "roster.csv": header + "".join(f"R{i},,县委\n" for i in range(100_000 if not small else 500))})
    if not small:
        # The largest roster that passes: just under 64 MB in 100,000 rows (a long ignored column).
        note = "备" * 200
        write(out, "csv-largest-valid", "-", {"meeting.yaml": roster_plan("roster.csv"),
                                              "roster.csv": "编号,姓名,单位,备注\n" + "".join(f"R{i},张{i % 10},县委,{note}\n" for i in range(100_000))})
    write(out, "csv-too-many-columns", "LIMIT007", {"meeting.yaml": roster_plan("roster.csv"),
                                                    "roster.csv": header + "R1,张三,县委" + "," * (60 * mb if not small else 20_000) + "\n"})
    if not small:
        # As many cells as 64 MB holds, in 4,000 rows of 16,000 columns: only known columns are kept.
        write(out, "csv-wide-valid", "-", {"meeting.yaml": roster_plan("roster.csv"),
                                           "roster.csv": header + "".join(f"R{i},张{i % 10},县委" + "," * 16_000 + "\n" for i in range(4_000))})
    write(out, "csv-long-unit", "LIMIT010", {"meeting.yaml": roster_plan("roster.csv"), "roster.csv": header + f"R1,张三,{long_unit}\n"})
    write(out, "csv-hostile-names", "PLAN017", {"meeting.yaml": roster_plan("roster.csv"),
                                                "roster.csv": header + "R1,\u200b,县委\nR2,李\u202e四,县委\nR3,王五,\u2066县委\n"})

    # XLSX rosters.
    empty_rows = 3_000_000 if not small else 100_000
    write(out, "xlsx-empty-rows", "LIMIT007", {"meeting.yaml": roster_plan("roster.xlsx"), "roster.xlsx": lambda path: xlsx(
        path, ['<row r="-7"><c r="B-7" t="inlineStr"><is><t>x</t></is></c></row>'] + [f'<row r="{i}"/>' for i in range(2, empty_rows)])})
    write(out, "xlsx-part-too-large", "LIMIT006", {"meeting.yaml": roster_plan("roster.xlsx"), "roster.xlsx": lambda path: xlsx(
        path, ("<row>" + "<c><v>0</v></c>" * 1000 + "</row>" for _ in range(4_500)))})
    write(out, "xlsx-lying-directory", "LIMIT006", {"meeting.yaml": roster_plan("roster.xlsx"), "roster.xlsx": lambda path: lying_xlsx(path, 13_000 if not small else 100)})
    write(out, "xlsx-long-column", "LIMIT007", {"meeting.yaml": roster_plan("roster.xlsx"), "roster.xlsx": lambda path: xlsx(
        path, ['<row r="2"><c r="' + "A" * 100_000 + '2" t="inlineStr"><is><t>张三</t></is></c></row>'])})
    write(out, "xlsx-many-errors", "DIAG001", {"meeting.yaml": roster_plan("roster.xlsx"), "roster.xlsx": lambda path: xlsx(
        path, (f'<row r="{i}"><c r="C{i}" t="inlineStr"><is><t>县委</t></is></c></row>' for i in range(2, 100_002 if not small else 600)))})
    write(out, "xlsx-long-unit", "LIMIT010", {"meeting.yaml": roster_plan("roster.xlsx"), "roster.xlsx": lambda path: xlsx(
        path, [f'<row r="2"><c r="B2" t="inlineStr"><is><t>张三</t></is></c><c r="C2" t="inlineStr"><is><t>{long_unit}</t></is></c></row>'])})
    write(out, "xlsx-malformed-part", "ROSTER003", {"meeting.yaml": roster_plan("roster.xlsx"), "roster.xlsx": lambda path: xlsx(
        path, ['<row r="2"><c r="A2"><v>1</v></row>'])})


def lying_xlsx(path, rows):
    """A workbook whose zip directory says the sheet is 1,000 bytes while it inflates to 15 KB a row
    (200 MB at full size)."""
    xlsx(path, ("<row>" + "<c><v>0</v></c>" * 1000 + "</row>" for _ in range(rows)))
    data = bytearray(open(path, "rb").read())
    name = b"xl/worksheets/sheet1.xml"
    directory = data.rindex(b"PK\x01\x02", 0, data.rindex(name))
    data[directory + 24:directory + 28] = (1000).to_bytes(4, "little")
    with open(path, "wb") as handle:
        handle.write(data)


def big_plan(path, size):
    with open(path, "wb") as handle:
        line = b"# " + b"x" * 1021 + b"\n"
        for _ in range(size // len(line) + 1):
            handle.write(line)


def big_csv(path, size):
    with open(path, "wb") as handle:
        handle.write("编号,姓名,单位\n".encode())
        line = "R1,张三,县委\n".encode()
        block = line * 10_000
        written = 0
        while written < size:
            handle.write(block)
            written += len(block)


if __name__ == "__main__":
    main()
