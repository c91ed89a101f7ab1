#!/usr/bin/env python3
"""Writes the same roster as UTF-8 CSV, UTF-8-with-BOM CSV, GB18030 CSV and XLSX (openpyxl).

The fixtures are committed; run this only to re-record them on purpose:
    pip install openpyxl && python3 make_rosters.py
"""
import csv, datetime, io
import openpyxl

HEADER = ["编号", "姓名", "单位", "职务", "职级", "排序", "任职时间", "性别", "电话", "备注"]
ROWS = [
    ["R1", "张建国", "县委", "县委书记", "正处", 1, datetime.date(2021, 3, 15), "男", "13800000001", "主持"],
    ["R2", "欧阳晓东", "县政府", "副县长", "副县级", None, datetime.date(2019, 7, 1), "女", "", ""],
    ["R3", "王　强", "县委办公室", "主任", "正科", None, None, "男", "0000-1234567", "备注, 含逗号"],
    ["R4", "李\"文\"华", "县政府办公室", "科员", "科员", None, datetime.date(2024, 12, 31), "", "", ""],
]

def csv_text():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(HEADER)
    for r in ROWS:
        w.writerow(["" if v is None else (v.isoformat() if isinstance(v, datetime.date) else v) for v in r])
    return out.getvalue()

text = csv_text()
open("roster-utf8.csv", "wb").write(text.encode("utf-8"))
open("roster-bom.csv", "wb").write(b"\xef\xbb\xbf" + text.encode("utf-8"))
open("roster-gb18030.csv", "wb").write(text.encode("gb18030"))

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "名单"
ws.append(HEADER)
for r in ROWS:
    ws.append(r)
wb.create_sheet("其他").append(["不读这一页"])
wb.save("roster.xlsx")

# The same roster as Excel itself stores it: shared strings (one with rich-text runs and a
# phonetic run that must not be read), numbers and date serials, the sheet behind a relationship.
import zipfile
from xml.sax.saxutils import escape

def col(i):
    return "ABCDEFGHIJ"[i]

strings, index = [], {}
def sid(s):
    if s not in index:
        index[s] = len(strings); strings.append(s)
    return index[s]

rows_xml = []
for r, values in enumerate([HEADER] + ROWS, start=1):
    cells = []
    for c, v in enumerate(values):
        ref = f"{col(c)}{r}"
        if v is None or v == "":
            continue
        if isinstance(v, datetime.date):
            serial = (v - datetime.date(1899, 12, 30)).days
            cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
        elif isinstance(v, int):
            cells.append(f'<c r="{ref}"><v>{v}</v></c>')
        else:
            cells.append(f'<c r="{ref}" t="s"><v>{sid(v)}</v></c>')
    rows_xml.append(f'<row r="{r}">{"".join(cells)}</row>')

def si(s):
    if s == "张建国":  # rich text runs plus a phonetic guide, as Excel writes for some cells
        return '<si><r><t>张</t></r><r><rPr><b/></rPr><t>建国</t></r><rPh sb="0" eb="1"><t>ZHANG</t></rPh></si>'
    return f"<si><t>{escape(s)}</t></si>"

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
parts = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {NS} {RNS}><sheets><sheet name="名单" sheetId="7" r:id="rId3"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    "xl/worksheets/data.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {NS}><sheetData>{"".join(rows_xml)}</sheetData></worksheet>',
    "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {NS} count="{len(strings)}" uniqueCount="{len(strings)}">{"".join(si(s) for s in strings)}</sst>',
}
with zipfile.ZipFile("roster-excel.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, xml in parts.items():
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, xml)
