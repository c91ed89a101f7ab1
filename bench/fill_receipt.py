#!/usr/bin/env python3
"""Fills an exported receipt.xlsx the way a unit does: the 单位 cell (B3) and rows from row 6.

usage as a module: fill(src, dst, unit, rows), each row the texts of columns B… (姓名 性别 单位 …).
Cells are written as inline strings, as scripts and some spreadsheet programs write them.
"""
import re, zipfile
from xml.sax.saxutils import escape

def fill(src, dst, unit, rows):
    values = {"B3": unit}
    for index, row in enumerate(rows):
        for column, text in zip("BCDEFGHIJK", row):
            if text: values[f"{column}{6 + index}"] = text
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode()
                for ref, text in values.items():
                    cell = f'<c r="{ref}" s="\\1" t="inlineStr"><is><t>{escape(text)}</t></is></c>'
                    xml, count = re.subn(f'<c r="{ref}" s="([0-9]+)"/>', cell, xml)
                    if count == 0:
                        # Beyond the boxed form rows: add the cell at the end of the sheet data.
                        cell = cell.replace(' s="\\1"', "")
                        row = int(ref[1:])
                        if f'<row r="{row}">' in xml:
                            xml = xml.replace(f'<row r="{row}">', f'<row r="{row}">{cell}', 1)
                        else:
                            xml = xml.replace("</sheetData>", f'<row r="{row}">{cell}</row></sheetData>', 1)
                data = xml.encode()
            zout.writestr(item, data)
