#!/usr/bin/env python3
"""Writes neutralised/ for the XLSX round trip of the `'` that keeps a value from running as a
formula (run from this folder after `swift build`):

neutralised/回执/城关镇.xlsx: the exported form filled with `'=1+1` as a 姓名 and `'+8613900000001`
as a 联系电话, as a spreadsheet keeps them when the user types the `'`.
neutralised/roster.xlsx: the roster.csv `banhui receipts` writes from it (`'=1+1`, `'+86…`),
opened (UTF-8, comma) and saved as XLSX by LibreOffice Calc, which keeps the `'` as text.
"""
import os, shutil, subprocess, sys, tempfile

sys.path.insert(0, "../../../../bench")
from fill_receipt import fill

BANHUI = "../../../../.build/debug/banhui"
work = tempfile.mkdtemp()
subprocess.run([BANHUI, "export", "plan.yaml", "--format", "xlsx", "--only", "notice", "--out", os.path.join(work, "form")],
               check=True, capture_output=True)
shutil.rmtree("neutralised", ignore_errors=True)
os.makedirs("neutralised/回执")
fill(os.path.join(work, "form", "receipt.xlsx"), "neutralised/回执/城关镇.xlsx", "城关镇",
     [["'=1+1", "男", "", "镇长", "正科", "'+8613900000001", "否", "", "", ""],
      ["刘志强", "男", "", "副镇长", "副科", "13800000002", "否", "", "", ""]])
subprocess.run([BANHUI, "receipts", "plan.yaml", "neutralised/回执", "--out", os.path.join(work, "roster.csv")], check=True)
convert = ["soffice", "--headless", "--infilter=CSV:44,34,76", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", work, os.path.join(work, "roster.csv")]
subprocess.run(["flock", "/tmp/soffice.lock"] + convert, check=True, capture_output=True)
shutil.copy(os.path.join(work, "roster.xlsx"), "neutralised/roster.xlsx")
shutil.rmtree(work)
