#!/usr/bin/env bash
# CPU seconds and peak RSS of `banhui quota` over COUNT generated plans (bench/quota_plans.py), for
# each report format: text to standard output (discarded), json, sarif and junit to a file. With two
# binaries, runs are alternated A, B and the reports compared byte for byte.
# Usage: bench/quota-memory.sh BANHUI_A [BANHUI_B] [COUNT] [FORMATS]   (default 100000, "text json sarif junit")
# The generated folder (about 400 MB for 100,000 plans) is made under $TMPDIR and removed at the end.
set -euo pipefail
a="$(realpath "$1")"; b="${2:+$(realpath "$2")}"; count="${3:-100000}"; formats="${4:-text json sarif junit}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$(dirname "$0")/quota_plans.py" "$work/plans" "$count"
cd "$work"
measure() {  # measure LABEL BINARY FORMAT: one run, its report in out-LABEL.FORMAT
  local label=$1 binary=$2 format=$3
  if [ "$format" = text ]; then
    /usr/bin/time -f "%U %S %M" -o time "$binary" quota plans >"out-$label.$format" 2>/dev/null || true
  else
    /usr/bin/time -f "%U %S %M" -o time "$binary" quota plans --format "$format" --output "out-$label.$format" >/dev/null 2>&1 || true
  fi
  read -r user sys peak < <(tail -1 time)
  printf '%s %-6s %7.2f s CPU  peak %5d MB  report %5d MB\n' "$label" "$format" "$(echo "$user + $sys" | bc)" \
    $((peak / 1024)) $(($(stat -c %s "out-$label.$format") / 1048576))
}
echo "plans: $count"
for format in $formats; do
  measure A "$a" "$format"
  if [ -n "$b" ]; then
    measure B "$b" "$format"
    cmp -s "out-A.$format" "out-B.$format" && echo "   $format reports identical" || echo "   $format reports DIFFER"
  fi
  rm -f out-*."$format"
done
