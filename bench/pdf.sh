#!/usr/bin/env bash
# Times `banhui export --format pdf` of the congress of bench/make_congress.py (whole process,
# wall clock and CPU of banhui and the LibreOffice processes it waits for), in a release build,
# and prints the pages of each PDF. Target: the 3,000-delegate congress in under 2 minutes,
# linear in the number of 桌签.
#
# usage: bench/pdf.sh [N...]          (default: 1000 3000; N ≥ 1000, the generator pins every 97th)
#   BANHUI=path/to/banhui uses that binary instead of building one.
# Needs LibreOffice (soffice), poppler-utils (pdfinfo, pdfunite) and the fonts of
# scripts/install-fonts.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BANHUI:-}" ]; then
  swift build -c release --scratch-path .build-release --product banhui >/dev/null 2>&1
  BANHUI="$PWD/.build-release/release/banhui"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ $# -gt 0 ] || set -- 1000 3000
printf '%-7s %-9s %-9s %s\n' N wall_s cpu_s pages
for n in "$@"; do
  dir="$work/$n"; mkdir -p "$dir"
  python3 bench/make_roster.py "$n" > "$dir/roster.csv"
  python3 bench/make_congress.py "$dir" blocks "$n" 60 $(( (n + 59) / 60 > 60 ? (n + 59) / 60 : 60 )) 30
  /usr/bin/time -f "%e %U %S" -o "$dir/time.txt" "$BANHUI" export "$dir/plan.yaml" --format pdf --out "$dir/out" >/dev/null 2>"$dir/stderr" \
    || { echo "export failed:"; cat "$dir/stderr"; exit 1; }
  read -r wall user system < "$dir/time.txt"
  pages=$(for pdf in "$dir"/out/*.pdf; do printf '%s=%s ' "$(basename "$pdf" .pdf)" "$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"; done)
  printf '%-7s %-9s %-9s %s\n' "$n" "$wall" "$(awk "BEGIN { print $user + $system }")" "$pages"
done
