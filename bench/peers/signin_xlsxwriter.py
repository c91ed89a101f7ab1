#!/usr/bin/env python3
"""Peer baseline: the sign-in sheet (签到表) as XLSX, written with XlsxWriter.

usage: signin_xlsxwriter.py ROSTER.csv OUT.xlsx
Same content as signin_openpyxl.py.
"""
import csv, sys
import xlsxwriter

rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
wb = xlsxwriter.Workbook(sys.argv[2])
ws = wb.add_worksheet("签到表")
title = wb.add_format({"font_name": "方正小标宋简体", "font_size": 22})
cell = wb.add_format({"font_name": "仿宋_GB2312", "font_size": 14, "border": 1, "align": "center", "valign": "vcenter"})
ws.write(0, 0, "签到表", title)
ws.write(1, 0, "全县办公室工作会议")
ws.write_row(2, 0, ["序号", "姓名", "单位", "职务", "签名"], cell)
for i, p in enumerate(rows, 1):
    ws.write_row(2 + i, 0, [i, p["name"], p["unit"], p["title"], ""], cell)
ws.repeat_rows(2)
ws.set_paper(9)
wb.close()
