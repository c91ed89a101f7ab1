#!/usr/bin/env bash
# Render check (CI runs it after `swift test`): renders the bundled example and the fixture
# notices of Tests/CLITests/Fixtures/notices/ with LibreOffice in DOCX and ODT, and has
# `banhui export --format pdf` write its own PDFs of them; then measures every notice against
# GB/T 9704 (scripts/measure-notice.py prints the table of measured values) and checks the page
# counts of the example's documents, in both renderings.
# Needs: the built banhui (swift build), LibreOffice (soffice), poppler-utils (pdfinfo), python3
# with pdfplumber and Pillow (measure-cards.py), and the Fandol faces installed system-wide
# (scripts/install-fonts.sh, as root; run here, it changes nothing when they are installed).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BANHUI:-.build/debug/banhui}
scripts/install-fonts.sh >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fixtures=Tests/CLITests/Fixtures/notices
faces=FandolFang,FandolSong,FandolHei,FandolKai

status=0
check_notice() { # name plan [phrase...]
  local name=$1 plan=$2; shift 2
  local phrases=(); for phrase in "$@"; do phrases+=(--phrase "$phrase"); done
  "$bin" export "$plan" --out "$work/$name" --only notice >/dev/null 2>"$work/$name.stderr"
  mkdir -p "$work/$name/in"
  cp "$work/$name/notice.docx" "$work/$name/in/$name.docx"; cp "$work/$name/notice.odt" "$work/$name/in/$name.odt"
  scripts/render-pdf.sh "$work/pdf" "$work/$name/in/$name.docx" "$work/$name/in/$name.odt" >/dev/null
  python3 scripts/measure-notice.py "$work/pdf/$name-docx.pdf" --fonts "$faces" "${phrases[@]}" || status=1
  python3 scripts/measure-notice.py "$work/pdf/$name-odt.pdf" --fonts "$faces" "${phrases[@]}" || status=1
  # The PDF a user gets: banhui's own conversion, with no font set-up but the system's.
  "$bin" export "$plan" --out "$work/$name-pdf" --only notice --format pdf >/dev/null 2>"$work/$name-pdf.stderr" \
    || { echo "FAIL $name: banhui export --format pdf: $(cat "$work/$name-pdf.stderr")"; status=1; return; }
  if grep -q "DOC004" "$work/$name-pdf.stderr"; then echo "FAIL $name: $(grep DOC004 "$work/$name-pdf.stderr")"; status=1; fi
  python3 scripts/measure-notice.py "$work/$name-pdf/notice.pdf" --fonts "$faces" "${phrases[@]}" || status=1
}
check_notice example examples/county-office-meeting/meeting.yaml 0000-1234567 县委办发〔2026〕12号 抄送：县人大常委会办公室
check_notice short "$fixtures/short.yaml" 0000-7654321
check_notice full-page "$fixtures/full-page.yaml" 0000-7654321
check_notice long-body "$fixtures/long-body.yaml" 0000-7654321
check_notice header-attachments "$fixtures/header-attachments.yaml" 县自然资源局、 0000-2345678 李喆 附件3
check_notice two-day "$fixtures/two-day.yaml" 报到时间：12月16日 县宾馆大厅 是否住宿 抵离时间 全县乡村振兴工作推进会日程
check_notice standing-meeting "$fixtures/standing-meeting.yaml" 是否住宿 抵离时间 12月8日（星期二） 县政府第一会议室
# 份号, 密级★保密期限, 紧急程度 (measured: top-left, lines 1–3), 签发人 on the 发文字号's line, a
# 印发机关 apart from the organizer, and four attachments: 回执, the 日程 table, a CSV table, text.
check_notice headed "$fixtures/headed.yaml" 000012 秘密★1年 签发人：李文华 分组讨论名单 县农业农村局 会议材料目录 ××县人民政府办公室
# A 联合行文 with five 签发人 (§7.2.6): two a line, first names aligned, the 发文字号 on the last line
# (the 签发人 row of measure-notice.py).
check_notice signers "$fixtures/signers.yaml" 签发人：李文华 欧阳晓东 孙立新 ××政发〔2026〕15号

# Table cells that must stay on one line (columns fitted to their text): each phrase is found
# whole on one line of the rendered page.
one_line() { # pdf phrase...
  python3 - "$@" <<'PY' || status=1
import sys, pdfplumber
path, phrases = sys.argv[1], sys.argv[2:]
with pdfplumber.open(path) as pdf:
    lines = [line.replace("\u2060", "").replace(" ", "") for page in pdf.pages for line in (page.extract_text() or "").splitlines()]
missing = [p for p in phrases if not any(p in line for line in lines)]
for p in missing:
    print(f"FAIL {path.split('/')[-1]}: “{p}” is not on one line")
sys.exit(1 if missing else 0)
PY
}
# The notice with its own attachments: 2 pages of text, 4 attachment pages, a blank page, the 版记页.
for format in docx odt; do
  pages=$(pdfinfo "$work/pdf/headed-$format.pdf" | awk '/^Pages:/ {print $2}')
  [ "$pages" = 8 ] || { echo "FAIL headed-$format.pdf: expected 8 pages, got $pages"; status=1; }
done
for format in docx odt; do
  one_line "$work/pdf/standing-meeting-$format.pdf" 是否住宿 抵离时间 "12月8日（星期二）" 单位及职务
  one_line "$work/pdf/two-day-$format.pdf" "12月16日（星期三）" "12月17日（星期四）"
done

# `--format pdf`: the PDFs banhui writes itself carry the faces, the bookmarks tree and the language.
FONTCONFIG_FILE=$PWD/scripts/fonts/fonts.conf "$bin" export "$fixtures/two-day.yaml" --out "$work/pdf-direct" --format pdf --only notice >/dev/null 2>&1
python3 scripts/measure-notice.py "$work/pdf-direct/notice.pdf" --fonts "$faces" --phrase 全县乡村振兴工作推进会日程 || status=1

# Page counts of the example's documents: the notice is 2 pages of text, 参会回执, 会议议程, a blank
# page and the 版记页 (an even page); one tent card per seated person.
"$bin" export examples/county-office-meeting/meeting.yaml --out "$work/example-all" >/dev/null
scripts/render-pdf.sh "$work/pdf-all" "$work"/example-all/*.docx "$work"/example-all/*.odt > "$work/render.log"
expect_pages() { # file pages
  grep -qE "/$1 pages=$2$" "$work/render.log" || { echo "FAIL $1: expected $2 pages: $(grep "/$1 " "$work/render.log")"; status=1; }
}
# The second version against the first (README: When things change): the change documents.
"$bin" export examples/county-office-meeting/meeting-v2.yaml --changes-from examples/county-office-meeting/meeting.yaml --out "$work/v2" >/dev/null
scripts/render-pdf.sh "$work/pdf-v2" "$work"/v2/changes.* "$work"/v2/cards-changed.* "$work"/v2/notice-change.* >> "$work/render.log"
for format in docx odt; do
  expect_pages "changes-$format.pdf" 2          # rostrum and hall tables, people, meeting changes, cards
  expect_pages "cards-changed-$format.pdf" 4    # the four newcomers only
  expect_pages "notice-change-$format.pdf" 4    # 版头 and 原定…现调整为… (1), closing lines with 署名 (2), blank (3), 版记页 (4, even)
done
# receipt.xlsx opens in LibreOffice Calc with the form's header row.
soffice --headless --convert-to "csv:Text - txt - csv (StarCalc):44,34,76" --outdir "$work/receipt" "$work/example-all/receipt.xlsx" >/dev/null 2>&1 || true
grep -q "序号,姓名,性别,单位,职务,职级,联系电话,备注" "$work/receipt/receipt.csv" 2>/dev/null \
  || { echo "FAIL receipt.xlsx: LibreOffice Calc did not read the form"; status=1; }
# The same documents as `banhui export --format pdf` writes them.
"$bin" export examples/county-office-meeting/meeting.yaml --out "$work/example-pdf" --format pdf >/dev/null 2>&1 \
  || { echo "FAIL banhui export --format pdf of the example"; status=1; }
for file in "$work"/example-pdf/*.pdf; do
  echo "$work/pdf-all/$(basename "${file%.pdf}")-banhui.pdf pages=$(pdfinfo "$file" | awk '/^Pages:/ {print $2}')" >> "$work/render.log"
done
for format in docx odt banhui; do
  expect_pages "notice-$format.pdf" 6
  expect_pages "cards-$format.pdf" 17
  expect_pages "signin-$format.pdf" 1
done
# 桌签: both faces of every card in one face and size (measure-cards.py: the turned half of each
# rendered page against the upright half), the example's cards and a plan with 列席, whose cards
# say 列席 under the name on both faces.
"$bin" export Tests/CLITests/Fixtures/seating/observers/meeting.yaml --only cards --format docx,odt --out "$work/observer-cards" >/dev/null
scripts/render-pdf.sh "$work/pdf-cards" "$work"/observer-cards/cards.docx "$work"/observer-cards/cards.odt >> "$work/render.log"
for pdf in "$work"/pdf-all/cards-docx.pdf "$work"/pdf-all/cards-odt.pdf "$work"/pdf-cards/cards-docx.pdf "$work"/pdf-cards/cards-odt.pdf; do
  python3 scripts/measure-cards.py "$pdf" > "$pdf.faces" \
    || { echo "FAIL $pdf: the faces of a card differ"; grep FAIL "$pdf.faces" | head -5; status=1; }
done
for format in docx odt; do
  expect_pages "cards-$format.pdf" 93
  [ "$(pdftotext "$work/pdf-cards/cards-$format.pdf" - | grep -c 列席)" -ge 18 ] \
    || { echo "FAIL cards-$format.pdf: fewer than 18 列席 labels"; status=1; }
done
# A 400-seat hall of 3 | 14 | 3 seats a row: the 3-seat side sections print with their neighbours
# (10 pages before, with each side section its own table).
"$bin" export Tests/CLITests/Fixtures/seating/big-hall-aisles/meeting.yaml --only seating --format docx,odt --out "$work/aisle-hall" >/dev/null
scripts/render-pdf.sh "$work/pdf-aisle-hall" "$work"/aisle-hall/seating.docx "$work"/aisle-hall/seating.odt >> "$work/render.log"
# Measured after: 5 pages DOCX, 6 ODT (Writer's rows are taller); at most 6 either way.
for format in docx odt; do
  pages=$(sed -n "s|.*pdf-aisle-hall/seating-$format.pdf pages=||p" "$work/render.log")
  [ -n "$pages" ] && [ "$pages" -le 6 ] || { echo "FAIL aisle hall seating-$format.pdf: ${pages:-no} pages, expected at most 6"; status=1; }
done
# A 400-seat hall in `mode: blocks` (28 units, 列席 in the back row): its 座次表 on a handful of
# landscape pages (29 before issue 18), each unit named once per block.
"$bin" export Tests/CLITests/Fixtures/seating/big-hall/meeting.yaml --only seating --format docx,odt --out "$work/big-hall" >/dev/null
scripts/render-pdf.sh "$work/pdf-big-hall" "$work"/big-hall/seating.docx "$work"/big-hall/seating.odt >> "$work/render.log"
for format in docx odt; do
  expect_pages "seating-$format.pdf" 5
done
# The banquet chart of the 8-table delegation banquet: Chromium renders it (BANHUI_RENDER_DIR keeps
# the PNG) and no two seat boxes overlap (interpreters and note-takers behind their principals).
"$bin" seat examples/delegation-banquet/meeting.yaml --format svg > "$work/banquet.svg" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1600,1200 \
  --screenshot="$work/banquet.png" "file://$work/banquet.svg" >/dev/null 2>&1 || true
[ -s "$work/banquet.png" ] || { echo "FAIL banquet.svg: Chromium did not render it"; status=1; }
[ -n "${BANHUI_RENDER_DIR:-}" ] && mkdir -p "$BANHUI_RENDER_DIR" && cp "$work/banquet.png" "$work"/pdf-big-hall/*.pdf "$BANHUI_RENDER_DIR"/ 2>/dev/null || true
python3 - "$work/banquet.svg" <<'PY' || status=1
import re, sys
svg = open(sys.argv[1], encoding="utf-8").read()
boxes = []
for rect in re.findall(r"<rect ([^>]*)/?>", svg):
    values = dict(re.findall(r'([\w-]+)="([^"]*)"', rect))
    if values.get("width") == "18":
        boxes.append(tuple(float(values[key]) for key in ("x", "y", "width", "height")))
behind = svg.count(">后<")
overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a[0] < b[0] + b[2] - 0.01 and b[0] < a[0] + a[2] - 0.01 and a[1] < b[1] + b[3] - 0.01 and b[1] < a[1] + a[3] - 0.01]
print(f"banquet.svg: {len(boxes)} seat boxes, {behind} behind, {len(overlaps)} overlapping")
sys.exit(1 if overlaps or behind != 4 or len(boxes) != 84 else 0)
PY
[ $status -eq 0 ] && echo "render-check: ok"
exit $status
