#!/usr/bin/env python3
"""Writes the returned 回执 the receipts tests read (run from this folder after `swift build`).

good/: 城关镇.xlsx (the form as exported, filled in: inline strings, as a script or Excel fills it,
with a 代会 and a 请假 row), 东关镇.xlsx (filled, then re-saved by LibreOffice Calc), 西关镇.csv;
县委办公室 and 县政府办公室 sent nothing.
bad/: the good files and 县委办公室.xlsx with errors in known cells: C7 性别 男性, F8 职级 处长,
row 9 without a name, row 10 the person of row 6 again, D11 an unknown unit.
"""
import os, shutil, subprocess, sys, tempfile

sys.path.insert(0, "../../../../bench")
from fill_receipt import fill

BANHUI = "../../../../.build/debug/banhui"

def template():
    out = tempfile.mkdtemp()
    subprocess.run([BANHUI, "export", "plan.yaml", "--format", "xlsx", "--only", "notice", "--out", out], check=True, capture_output=True)
    return os.path.join(out, "receipt.xlsx")

# 姓名 性别 单位 职务 职级 联系电话 是否住宿 抵达时间 离开时间 备注 (the plan lasts two days: lodging columns)
chengguan = [["刘志强", "男", "", "镇长", "正科", "13800000001", "是", "2026-12-02 15:00", "2026-12-04 12:00", ""],
             ["陈静", "女", "", "副镇长", "副科", "13800000002", "否", "", "", "代王芳"],
             ["吴涛", "男", "", "党政办主任", "副科", "13800000003", "", "", "", "请假"]]
dongguan = [["孙丽", "女", "", "镇长", "正科", "13800000011", "是", "2026-12-02 16:00", "2026-12-04 12:00", ""],
            ["周磊", "男", "", "副镇长", "副科", "13800000012", "是", "", "", ""]]
errors = [["赵敏", "女", "", "副主任", "正科", "", "", "", "", ""],
          ["钱进", "男性", "", "科长", "正科", "", "", "", "", ""],
          ["李华", "男", "", "科员", "处长", "", "", "", "", ""],
          ["", "男", "", "秘书", "科员", "", "", "", "", ""],
          ["赵敏", "女", "", "副主任", "正科", "", "", "", "", ""],
          ["冯刚", "男", "县委办", "科员", "科员", "", "", "", "", ""]]

form = template()
for folder in ["good", "bad"]:
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    fill(form, f"{folder}/城关镇.xlsx", "城关镇", chengguan)
    with open(f"{folder}/西关镇.csv", "w", encoding="utf-8") as f:
        f.write("序号,姓名,性别,单位,职务,职级,联系电话,是否住宿,抵达时间,离开时间,备注\n1,郑和,男,西关镇,镇长,正科,13800000021,否,,,\n")
# Filled as exported, then opened and saved by LibreOffice Calc.
work = tempfile.mkdtemp()
fill(form, os.path.join(work, "东关镇.xlsx"), "东关镇", dongguan)
convert = ["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", os.path.join(work, "saved"), os.path.join(work, "东关镇.xlsx")]
subprocess.run(["flock", "/tmp/soffice.lock"] + convert, check=True, capture_output=True)
for folder in ["good", "bad"]:
    shutil.copy(os.path.join(work, "saved", "东关镇.xlsx"), f"{folder}/东关镇.xlsx")
fill(form, "bad/县委办公室.xlsx", "县委办公室", errors)
