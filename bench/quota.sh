#!/usr/bin/env bash
# Times `banhui quota DIR` against `banhui check` (parsing only) over the same generated plans.
# Usage: bench/quota.sh [COUNT]   (default 2000). Builds release into .build-release.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-2000}"
swift build -c release --scratch-path .build-release --product banhui >/dev/null
banhui=.build-release/release/banhui
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT

python3 bench/quota_plans.py "$dir" "$count"

time_of() {  # seconds (wall clock) of one run of "$@", output discarded
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

files=$(find "$dir" -name '*.yaml' | sort)
# Warm the file cache once, then take the best of three runs of each.
$banhui quota "$dir" >/dev/null 2>&1 || true
best() { local best=999; for _ in 1 2 3; do t=$("$@"); best=$(echo "if ($t < $best) $t else $best" | bc); done; echo "$best"; }
quota_s=$(best time_of $banhui quota "$dir")
check_s=$(best time_of $banhui check $files)
findings=$($banhui quota "$dir" 2>/dev/null | tail -1 || true)

echo "plans:            $count"
echo "banhui check:     ${check_s}s (parse and validate only)"
echo "banhui quota:     ${quota_s}s"
echo "ratio quota/check: $(echo "scale=2; $quota_s / $check_s" | bc)"
echo "quota summary:    $findings"
ok=$(echo "$quota_s < 5 && $quota_s <= 1.5 * $check_s" | bc)
[ "$ok" = 1 ] && echo "PASS: under 5 s and within 1.5x of parsing" || { echo "FAIL: budget is < 5 s and <= 1.5x parsing"; exit 1; }
