#!/usr/bin/env bash
# render-pdf.sh OUTDIR FILE...: converts documents to PDF with LibreOffice (soffice on the PATH or
# $BANHUI_SOFFICE), with the GB/T 9704 faces installed system-wide by scripts/install-fonts.sh
# (run it first) and a throw-away LibreOffice profile. notice.docx becomes
# OUTDIR/notice-docx.pdf (so a DOCX and an ODT of one name both survive); prints `PDF pages=N`.
set -euo pipefail
out=$1; shift
soffice=${BANHUI_SOFFICE:-soffice}
command -v "$soffice" >/dev/null || { echo "render-pdf: $soffice not found (apt-get install libreoffice-writer-nogui)" >&2; exit 1; }
case "$(fc-match -f '%{family}' 仿宋_GB2312)" in
  *Fandol*) ;;
  *) echo "render-pdf: the GB/T 9704 faces are not installed, run scripts/install-fonts.sh (as root)" >&2; exit 1 ;;
esac
profile=$(mktemp -d); trap 'rm -rf "$profile"' EXIT
mkdir -p "$out" "$profile/in"
inputs=()
for file in "$@"; do
  base=$(basename "$file"); copy="$profile/in/${base%.*}-${base##*.}.${base##*.}"
  cp "$file" "$copy"; inputs+=("$copy")
done
# Keep the blank page Writer inserts before an even 版记页; bookmarks from the outline.
filter='pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"},"ExportBookmarks":{"type":"boolean","value":"true"}}'
"$soffice" -env:UserInstallation="file://$profile/user" --headless --convert-to "$filter" --outdir "$out" "${inputs[@]}" >/dev/null 2>&1
for file in "$@"; do
  base=$(basename "$file"); name="${base%.*}-${base##*.}.pdf"
  [ -f "$out/$name" ] || { echo "render-pdf: no PDF for $file" >&2; exit 1; }
  echo "$out/$name pages=$(pdfinfo "$out/$name" | awk '/^Pages:/ {print $2}')"
done
