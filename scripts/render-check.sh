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
