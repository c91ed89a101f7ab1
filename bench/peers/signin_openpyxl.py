#!/usr/bin/env python3
"""Peer baseline: the sign-in sheet (签到表) as XLSX, written with openpyxl.

usage: signin_openpyxl.py ROSTER.csv OUT.xlsx
Same content as banhui's signin.xlsx: title and meeting line, a header row (序号 姓名 单位 职务 签名)
repeated on every printed page, one bordered row per attendee, A4 portrait.
"""
import csv, sys
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
wb = Workbook()
ws = wb.active
ws.title = "签到表"
ws.append(["签到表"]); ws["A1"].font = Font(name="方正小标宋简体", size=22)
ws.append(["全县办公室工作会议"])
ws.append(["序号", "姓名", "单位", "职务", "签名"])
thin = Side(style="thin"); border = Border(left=thin, right=thin, top=thin, bottom=thin)
body = Font(name="仿宋_GB2312", size=14); center = Alignment(horizontal="center", vertical="center")
for i, p in enumerate(rows, 1):
    ws.append([i, p["name"], p["unit"], p["title"], ""])
for row in ws.iter_rows(min_row=3, max_row=ws.max_row):
    for cell in row:
        cell.border = border; cell.font = body; cell.alignment = center
ws.print_title_rows = "3:3"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
wb.save(sys.argv[2])
