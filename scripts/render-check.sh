#!/usr/bin/env bash
# Render check (run after `swift test`): exports the bundled example, opens every DOCX and ODT in
# LibreOffice (scripts/render-pdf) and checks the notice's rendered text and page count.
# Needs: libreoffice-writer, poppler-utils, the built banhui (swift build).
set -euo pipefail
cd "$(dirname "$0")/.."
render=scripts/render-pdf
[ -x "$render" ] || { echo "render-check: $render is missing" >&2; exit 1; }
bin=${BANHUI:-.build/debug/banhui}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

"$bin" export examples/county-office-meeting/meeting.yaml --out "$work/out" >/dev/null
"$render" "$work/pdf" "$work"/out/*.docx "$work"/out/*.odt | tee "$work/render.log"

status=0
expect_pages() { # file pages
  grep -qE "/$1 pages=$2( |$)" "$work/render.log" || { echo "FAIL $1: expected $2 pages"; status=1; }
}
# The second version against the first (README: When things change): the change documents.
"$bin" export examples/county-office-meeting/meeting-v2.yaml --changes-from examples/county-office-meeting/meeting.yaml --out "$work/v2" >/dev/null
"$render" "$work/pdf-v2" "$work"/v2/changes.* "$work"/v2/cards-changed.* "$work"/v2/notice-change.* | tee -a "$work/render.log"
for format in docx odt; do
  expect_pages "changes.$format" 2          # rostrum and hall tables, people, meeting changes, cards
  expect_pages "cards-changed.$format" 4    # the four newcomers only
  expect_pages "notice-change.$format" 2    # 版头, 原定…现调整为…, 署名 with its closing lines, 版记
done
# receipt.xlsx opens in LibreOffice Calc with the form's header row.
soffice --headless --convert-to "csv:Text - txt - csv (StarCalc):44,34,76" --outdir "$work/receipt" "$work/out/receipt.xlsx" >/dev/null 2>&1 || true
grep -q "序号,姓名,性别,单位,职务,职级,联系电话,备注" "$work/receipt/receipt.csv" 2>/dev/null \
  || { echo "FAIL receipt.xlsx: LibreOffice Calc did not read the form"; status=1; }
for format in docx odt; do
  expect_pages "notice.$format" 4      # main text 2 pages, 参会回执, 会议议程 with the 版记
  expect_pages "cards.$format" 17      # one tent card per seated person
  expect_pages "signin.$format" 1
done
for format in docx odt; do
  cp "$work/out/notice.$format" "$work/notice-$format.$format"
  "$render" "$work/pdf-$format" "$work/notice-$format.$format" >/dev/null
  text=$(pdftotext "$work/pdf-$format/notice-$format.pdf" - | tr -d ' \n\t\f')
  for needle in 关于召开全县办公室工作会议的通知 县委办发〔2026〕12号 2026年11月20日 —1— 抄送：县人大常委会办公室; do
    case "$text" in *"$needle"*) ;; *) echo "FAIL notice.$format: rendered text lacks $needle"; status=1 ;; esac
  done
done
[ $status -eq 0 ] && echo "render-check: ok"
exit $status
