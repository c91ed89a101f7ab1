#!/usr/bin/env python3
"""Measures a rendered 会议通知 (PDF from LibreOffice) against GB/T 9704 and prints one row per
item of the checklist, with the measured values, so a regression reads like the table:

    | item | GB/T 9704 | measured | ok |

Glyph boxes, font names and drawn rules come from the PDF (pdfplumber). Exit 1 when a row fails.
scripts/render-check.sh measures both its own renderings (scripts/render-pdf.sh) and the PDFs
`banhui export --format pdf` writes, which are set in whatever faces the system's fontconfig
gives LibreOffice (scripts/install-fonts.sh installs the Fandol faces system-wide).

    measure-notice.py NOTICE.pdf [--phrase TEXT]... [--fonts FandolFang,FandolSong,FandolHei,FandolKai]

"""
import argparse
import re
import sys

import pdfplumber

MM = 72 / 25.4                      # points per millimetre
LEFT, RIGHT = 28 * MM, (28 + 156) * MM           # the 版心, from the paper's top-left corner
TOP, BOTTOM = 37 * MM, (37 + 225) * MM
PITCH = 28.95                       # the 22-line grid
CHARACTER = 16.0                    # one 字 of 三号
TOLERANCE = 1 * MM                  # GB/T 9704: ±1 mm
NO_LINE_START = set("，。、；：！？）》」』”’…")
NO_LINE_END = set("（《「『“‘")
DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
PAGE_NUMBER = re.compile(r"^—\s*\d+\s*—$")


class Line:
    def __init__(self, chars):
        self.chars = sorted(chars, key=lambda c: c["x0"])
        self.text = "".join(c["text"] for c in self.chars).replace("\u2060", "").strip()
        self.x0 = min(c["x0"] for c in chars)
        self.x1 = max(c["x1"] for c in chars)
        self.top = min(c["top"] for c in chars)
        self.bottom = max(c["bottom"] for c in chars)
        self.size = max(round(c["size"]) for c in chars)

    def x_after(self, prefix):
        """Left edge of the first glyph after `prefix` (e.g. after `抄送：`)."""
        seen = ""
        for char in self.chars:
            if seen == prefix and char["text"].strip():
                return char["x0"]
            if char["text"].strip():
                seen += char["text"]
        return None

    def fonts(self):
        return {family(c["fontname"]) for c in self.chars if c["text"].strip()}


def family(fontname):
    """`BAAAAA+FandolFang-Regular` → `FandolFang`."""
    return fontname.split("+")[-1].split("-")[0]


def lines_of(page):
    """Text lines of a page, top to bottom: glyphs grouped by their baseline."""
    chars = [c for c in page.chars if c["text"].strip()]
    groups = []
    for char in sorted(chars, key=lambda c: c["bottom"]):
        if groups and abs(groups[-1][-1]["bottom"] - char["bottom"]) < 4:
            groups[-1].append(char)
        else:
            groups.append([char])
    return [Line(group) for group in groups]


def mm(points):
    return f"{points / MM:.1f} mm"


class Notice:
    def __init__(self, path):
        with pdfplumber.open(path) as pdf:
            self.pages = []
            for page in pdf.pages:
                lines = lines_of(page)
                body = [line for line in lines if line.top < BOTTOM + 2]
                footer = [line for line in lines if line.top >= BOTTOM + 2]
                rules = [l for l in page.lines + page.rects if abs(l["top"] - l["bottom"]) < 2.5 and l["x1"] - l["x0"] > 100]
                self.pages.append({"lines": body, "footer": footer, "rules": rules})
            # The document language in the catalog (/Lang): zh-CN.
            language = pdf.doc.catalog.get("Lang")
            self.language = language.decode("latin-1") if isinstance(language, bytes) else str(language or "")
            self.outline = []
            try:
                # A title's line breaks read as spaces or line feeds in its bookmark.
                self.outline = [(level, re.sub(r"[\s\u2060]", "", title))
                                for level, title, *_ in pdf.doc.get_outlines()]
            except Exception:  # no outline
                pass
        starts = [i for i, p in enumerate(self.pages) if p["lines"] and re.fullmatch(r"附件\d*", p["lines"][0].text)]
        self.main_pages = range(0, starts[0] if starts else len(self.pages))


def measure(notice, phrases, fonts):
    rows = []

    def row(item, rule, measured, ok):
        rows.append((item, rule, measured, ok))

    pages = notice.pages
    count = len(pages)
    numbers = {i + 1: p["footer"][0].text for i, p in enumerate(pages) if p["footer"]}

    # 版记: last rule on the bottom edge of the 版心 of the last page, an even page; no number on
    # the 版记 page and on a blank page before it.
    last = pages[-1]
    record_lines = [l for l in last["lines"] if "印发" in l.text]
    if record_lines and last["rules"]:
        rule = max(last["rules"], key=lambda r: r["bottom"])
        offset = (rule["top"] + rule["bottom"]) / 2 - BOTTOM
        blank = [i + 1 for i, p in enumerate(pages) if not p["lines"]]
        unnumbered = [n for n in [count] + blank if n in numbers]
        ok = abs(offset) <= TOLERANCE and count % 2 == 0 and not unnumbered
        detail = f"last rule {mm(offset)} from the 版心 bottom; page {count} of {count} ({'even' if count % 2 == 0 else 'odd'})"
        if blank:
            detail += f"; blank page {','.join(map(str, blank))}"
        detail += f"; numbered: {', '.join(f'{n}:{t}' for n, t in sorted(numbers.items())) or 'none'}"
        if unnumbered:
            detail += f" (should be none on {unnumbered})"
        row("版记", "last rule on the 版心 bottom ±1 mm, last page even, no number on it or a blank page", detail, ok)
    else:
        row("版记", "present on the last page", "no 版记 (印发 line and rules) on the last page", False)

    # Lines per page: every full page of the main text fills the 22 lines of the grid (its last
    # line in the 22nd row; blank lines count), fewer only when the next page opens with what is
    # kept together: a heading with its text, or the last body lines with the 署名 and 成文日期.
    details, ok = [], True
    main = list(notice.main_pages)
    pitches = []
    heading = re.compile(r"^[一二三四五六七八九十]+、")
    for index in main:
        lines = pages[index]["lines"]
        small = [l for l in lines if l.size <= 16]
        pitches += [b.bottom - a.bottom for a, b in zip(small, small[1:]) if b.bottom - a.bottom < 2 * PITCH]
        full = index != main[-1]
        if not lines:
            continue
        if any(l.size > 22 for l in lines):  # the 版头 page: reported, not counted
            details.append(f"p{index + 1}: 版头 and {len(lines)} lines, {mm(BOTTOM - lines[-1].bottom)} below the last")
            continue
        used = int((lines[-1].bottom - TOP) // PITCH) + 1
        details.append(f"p{index + 1}: {used} rows ({len(lines)} with text)" + ("" if full else " (last)"))
        following = pages[index + 1]["lines"] if full else []
        kept = bool(following) and (heading.match(following[0].text) or (index + 1 == main[-1] and len(following) <= 12))
        if full and used < 22 and kept:
            details[-1] += " (the rest kept with the next page)"
        ok &= (used == 22 or (kept and used >= 18)) if full else used <= 22
    pitches.sort()
    pitch = pitches[len(pitches) // 2] if pitches else 0
    ok &= abs(pitch - PITCH) < 0.3
    row("lines per page", "22 (pitch 28.95 pt)", f"pitch {pitch:.2f} pt; " + "; ".join(details), ok)

    # 订口: the left white margin is 28 mm on every page. Estimates, the least wins: flush-left
    # lines and rules, full justified lines (right end less 156 mm), the page number (1 字 of
    # 四号 from the edge of the 版心).
    lefts, ok = [], True
    for index, page in enumerate(pages):
        edges = [l.x0 for l in page["lines"]] + [r["x0"] for r in page["rules"]]
        edges += [l.x1 - 156 * MM for l in page["lines"] if l.size == 16 and l.x1 - l.x0 > 148 * MM]
        for number in page["footer"]:
            edges.append(number.x0 - 14 if (index + 1) % 2 == 0 else number.x1 + 14 - 156 * MM)
        if not edges:
            lefts.append(f"p{index + 1}: blank")
            continue
        left = min(edges)
        lefts.append(f"p{index + 1}: {mm(left)}")
        ok &= abs(left - LEFT) <= TOLERANCE
    row("订口（左白边）", "28 mm on every page", "; ".join(lefts), ok)

    # 署名 and 成文日期 (sealed): date 右空四字, 署名 centred over it, body text on their page.
    found = None
    for index in reversed(main):
        lines = pages[index]["lines"]
        for position in range(len(lines) - 1, 0, -1):
            if DATE.match(lines[position].text):
                found = (index, position)
                break
        if found:
            break
    if found:
        index, position = found
        lines = pages[index]["lines"]
        date, signature = lines[position], lines[position - 1]
        gap = (RIGHT - date.x1) / CHARACTER
        centre = ((signature.x0 + signature.x1) - (date.x0 + date.x1)) / 2
        above = [l for l in lines[:position - 1] if not l.text.startswith("附件：") and not re.match(r"^\d+\.", l.text)
                 and l.size <= 16]
        attachment_note = [l for l in lines[:position - 1] if l.text.startswith("附件：")]
        body = [l for l in above if not attachment_note or l.top < attachment_note[0].top]
        ok = abs(RIGHT - date.x1 - 4 * CHARACTER) <= TOLERANCE and abs(centre) <= TOLERANCE and len(body) > 0
        row("署名 / 成文日期", "date 右空四字, 署名 centred over it, body text on their page",
            f"date {date.text} 右空 {gap:.2f} 字; 署名 {signature.text} centre {mm(centre)} off the date's; "
            f"{len(body)} body lines on page {index + 1}", ok)
    else:
        row("署名 / 成文日期", "present", "no 成文日期 line found", False)

    # 避头尾, nothing outside the 版心, numbers and dates unbroken, expected phrases present.
    problems = []
    for index, page in enumerate(pages):
        lines = page["lines"]
        for number, line in enumerate(lines):
            where = f"p{index + 1} line {number + 1}"
            if line.text[0] in NO_LINE_START:
                problems.append(f"{where} starts with {line.text[0]}")
            if line.text[-1] in NO_LINE_END:
                problems.append(f"{where} ends with {line.text[-1]}")
            if line.x1 > RIGHT + 0.5 or line.x0 < LEFT - 0.5:
                problems.append(f"{where} {mm(max(line.x1 - RIGHT, LEFT - line.x0))} outside the 版心 ({line.text[-3:]})")
            if number + 1 < len(lines):
                after = lines[number + 1]
                continues = after.bottom - line.bottom < 1.5 * PITCH and abs(after.x0 - LEFT) < 2
                if continues and re.search(r"[0-9\-:]$", line.text) and re.match(r"[0-9\-:年月日时分号]", after.text):
                    problems.append(f"{where} breaks {line.text[-5:]}/{after.text[:5]}")
    text = "".join(l.text for p in pages for l in p["lines"]).replace(" ", "").replace("\u2060", "")
    for phrase in phrases:
        if phrase.replace(" ", "") not in text:
            problems.append(f"“{phrase}” missing")
    row("避头尾", "no line starts with ，。、 etc.; nothing outside the 版心; numbers unbroken",
        "; ".join(problems) or "no breach", not problems)

    # 附件说明: later lines aligned under the first name (after `附件：`).
    for index in main:
        lines = pages[index]["lines"]
        starts = [i for i, l in enumerate(lines) if l.text.startswith("附件：")]
        if starts:
            first = lines[starts[0]]
            anchor = first.x_after("附件：")
            block = [first]
            for line in lines[starts[0] + 1:]:
                if line.bottom - block[-1].bottom > 1.5 * PITCH or DATE.match(line.text):
                    break
                block.append(line)
            offsets = [line.x0 - anchor for line in block[1:]]
            ok = all(abs(o) <= TOLERANCE for o in offsets)
            row("附件说明", "line 2 on aligned under `1.`",
                f"`1.` at {anchor - LEFT:.1f} pt; " + (", ".join(f"line {n + 2} at {l.x0 - LEFT:.1f} pt" for n, l in enumerate(block[1:])) or "one line"), ok)
            break
    else:
        row("附件说明", "present", "no 附件说明", False)

    # 抄送: continuation lines after the colon.
    copy = [i for i, l in enumerate(last["lines"]) if l.text.startswith("抄送：")]
    if copy:
        first = last["lines"][copy[0]]
        anchor = first.x_after("抄送：")
        rest = []
        for line in last["lines"][copy[0] + 1:]:
            if "印发" in line.text:
                break
            rest.append(line)
        ok = all(abs(l.x0 - anchor) <= TOLERANCE for l in rest)
        row("抄送", "continuation lines after the colon",
            f"text after `抄送：` at {anchor - LEFT:.1f} pt; " + (", ".join(f"line {n + 2} at {l.x0 - LEFT:.1f} pt" for n, l in enumerate(rest)) or "one line"), ok)
    else:
        row("抄送", "(when the plan has copy_to)", "no 抄送", True)

    # 标题: several lines break between words, balanced (梯形/菱形), no orphan.
    title = [l for l in pages[0]["lines"] if 20 <= l.size <= 24]
    if title:
        lengths = [len(l.text) for l in title]
        problems = []
        if len(title) > 1:
            if min(lengths) < max(lengths) / 2:
                problems.append("unbalanced")
            for a, b in zip(title, title[1:]):
                for word in ("会议", "通知", "常务会议", "全体会议", "人民政府", "委员会"):
                    if any(a.text.endswith(word[:k]) and b.text.startswith(word[k:]) for k in range(1, len(word))):
                        problems.append(f"breaks {word}")
        row("标题", "several lines: between words, balanced 梯形/菱形",
            " / ".join(f"{l.text} ({len(l.text)})" for l in title) + ("; " + ", ".join(problems) if problems else ""), not problems)
    else:
        row("标题", "二号 title on page 1", "no title", False)

    # Fonts: the faces of the four styles, each where it belongs.
    used = set()
    for page in pages:
        for line in page["lines"] + page["footer"]:
            used |= line.fonts()
    roles, ok = [], True
    body = [l for i in main for l in pages[i]["lines"] if l.size == 16 and l.x1 - l.x0 > 148 * MM]  # full body lines
    for name, lines in (("title", title), ("body", body[:1]),
                        ("一、", [l for i in main for l in pages[i]["lines"] if re.match(r"^[一二三四五六七八九十]+、", l.text)][:1])):
        faces = set().union(*(l.fonts() for l in lines)) if lines else set()
        roles.append(f"{name}: {'/'.join(sorted(faces)) or '—'}")
    missing = [face for face in fonts if face not in used]
    ok = not missing
    row("fonts", "仿宋 body, 小标宋 title, 黑体 / 楷体 headings",
        "; ".join(roles) + f"; in the PDF: {', '.join(sorted(used))}" + (f"; missing {', '.join(missing)}" if missing else ""), ok)

    # 版头 elements (§7.2): 份号, 密级和保密期限, 紧急程度 flush left at the top of the 版心, one a
    # line in this order from the first grid line, 三号 (份号 digits, the others 黑体); a 签发人
    # 1 字 from the right on the 发文字号's line (name 楷体), the 发文字号 then 1 字 from the left.
    first = pages[0]["lines"]
    marks = [(name, line) for line in first[:4] for name, pattern in
             (("份号", r"^\d{6}$"), ("密级", r"^(秘密|机密|绝密)(★.+)?$"), ("紧急程度", r"^(特急|加急)$")) if re.match(pattern, line.text)]
    if marks:
        details, ok = [], True
        for place, (name, line) in enumerate(marks):
            grid_row = (line.bottom - TOP) / PITCH
            face = "/".join(sorted(line.fonts()))
            details.append(f"{name} {line.text} at line {grid_row:.2f}, x {mm(line.x0 - LEFT)} from the 版心 left, {line.size} pt {face}")
            ok &= abs(line.x0 - LEFT) <= TOLERANCE and line.size == 16 and place < grid_row <= place + 1.05
            ok &= name == "份号" or "FandolHei" in line.fonts()
        order = [name for name, _ in marks]
        ok &= order == [n for n in ("份号", "密级", "紧急程度") if n in order]
        row("份号 / 密级 / 紧急程度", "top-left, lines 1, 2, 3 in this order, 三号 (密级, 紧急程度 黑体)", "; ".join(details), ok)
    # 签发人 (§7.2.5–7.2.6): names in 楷体, two a line at most, each line's first name under the
    # first line's, the block 1 字 from the right; the 发文字号 1 字 from the left on the last line.
    start = next((i for i, l in enumerate(first) if "签发人：" in l.text), None)
    if start is not None:
        end = next((i for i in range(start, len(first)) if abs(first[i].x0 - LEFT - CHARACTER) <= TOLERANCE), None)
        block = first[start:end + 1] if end is not None else first[start:start + 1]
        label = block[0].chars[:block[0].text.index("签发人：") + 4]
        label_end = max(c["x1"] for c in label)
        names, kai = [], set()
        for line in block:
            chars = [c for c in line.chars if family(c["fontname"]) == "FandolKai"]
            kai |= {family(c["fontname"]) for c in chars}
            words = []
            for c in chars:
                if words and c["x0"] - words[-1][-1]["x1"] < CHARACTER / 2:
                    words[-1].append(c)
                else:
                    words.append([c])
            names.append(words)
        starts = [line[0][0]["x0"] for line in names if line]
        right = max(l.x1 for l in block)
        number_left = (block[-1].x0 - LEFT) / CHARACTER
        ok = (end is not None and abs(RIGHT - right - CHARACTER) <= TOLERANCE and abs(number_left - 1) * CHARACTER <= TOLERANCE
              and kai == {"FandolKai"} and all(1 <= len(line) <= 2 for line in names)
              and max(starts) - min(starts) <= TOLERANCE and abs(label_end - starts[0]) <= TOLERANCE)
        shown = " / ".join("　".join("".join(c["text"] for c in word) for word in line) for line in names)
        row("签发人", "右空一字, names 楷体 two a line, each line's first name under the first's; 发文字号 左空一字 on the last line",
            f"签发人：{shown}: {len(block)} lines, 右空 {(RIGHT - right) / CHARACTER:.2f} 字, first names at "
            f"{', '.join(f'{(x - LEFT) / CHARACTER:.2f}' for x in starts)} 字, 发文字号 左空 {number_left:.2f} 字, names in {'/'.join(sorted(kai))}", ok)

    # Attachments (§7.3.6 / §8): each page opening with 附件N has the label flush left on line 1 in
    # 黑体 and its title centred on line 3; numbered 1, 2, … as many as the 附件说明 lists.
    labels = [(i, p["lines"]) for i, p in enumerate(pages) if p["lines"] and re.fullmatch(r"附件\d+", p["lines"][0].text)]
    if labels:
        details, ok = [], True
        for expected, (index, lines) in enumerate(labels, start=1):
            label, title_line = lines[0], lines[1] if len(lines) > 1 else None
            number = int(label.text[2:])
            centre = ((title_line.x0 + title_line.x1) / 2 - (LEFT + RIGHT) / 2) if title_line else float("nan")
            title_row = (title_line.bottom - TOP) / PITCH if title_line else 0
            good = (number == expected and abs(label.x0 - LEFT) <= TOLERANCE and "FandolHei" in label.fonts()
                    and label.bottom - TOP <= PITCH + 2 and abs(centre) <= TOLERANCE and 2 < title_row <= 3.3)
            details.append(f"p{index + 1} {label.text} at {mm(label.x0 - LEFT)}, title {title_line.text if title_line else '—'} "
                           f"centre {mm(centre)}, line {title_row:.1f}" + ("" if good else " (wrong)"))
            ok &= good
        listed = sum(1 for i in main for l in pages[i]["lines"] if re.match(r"^(附件：)?\d+\. ?", l.text))
        ok &= listed in (0, len(labels))
        row("附件", "附件N 黑体 flush left on line 1, title centred on line 3, numbered as the 附件说明",
            f"{len(labels)} attachments, {listed} in the 附件说明: " + "; ".join(details), ok)

    # Bookmarks: the titles at level 1, the 一、 headings under the title before them; one entry
    # per title however many lines it has.
    outline = notice.outline
    depth = max((level for level, _ in outline), default=0)
    titles = [text for level, text in outline if level == 1]
    ok = bool(outline) and depth <= 2 and all(not text.startswith(("一、", "二、")) for text in titles)
    if title:
        ok = ok and titles[:1] == ["".join(l.text for l in title)]
    row("书签", "titles at level 1, 一、 headings at level 2",
        f"{len(outline)} entries, depth {depth}: " + "; ".join(f"{'  ' * (level - 1)}{text}" for level, text in outline[:4]) + (" …" if len(outline) > 4 else ""), ok)
    row("语言", "the PDF's /Lang is zh-CN", f"/Lang {notice.language or '—'}", notice.language == "zh-CN")
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf")
    parser.add_argument("--phrase", action="append", default=[])
    parser.add_argument("--fonts", default="")
    args = parser.parse_args()
    rows = measure(Notice(args.pdf), args.phrase, [f for f in args.fonts.split(",") if f])
    print(f"{args.pdf}")
    print("| item | GB/T 9704 | measured | ok |")
    print("|---|---|---|---|")
    for item, rule, measured, ok in rows:
        print(f"| {item} | {rule} | {measured} | {'ok' if ok else 'FAIL'} |")
    sys.exit(0 if all(r[3] for r in rows) else 1)


if __name__ == "__main__":
    main()
