#!/usr/bin/env bash
# Screenshots the contract report (index.html) with headless Chromium.
#
#   contract-tests/report-screenshot.sh OUTPUT.png [WIDTH,HEIGHT] [REPORT.html]
#
# WIDTH,HEIGHT defaults to 1400,900 (the overview: totals and the operation x status matrix);
# a taller window, e.g. 1400,4000, takes the whole page. The report defaults to the one the last
# `./mvnw -B -ntp -pl contract-tests -am verify` wrote. CHROMIUM overrides the browser's command.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 3 || "$1" != *.png ]]; then
  echo "usage: $0 OUTPUT.png [WIDTH,HEIGHT] [REPORT.html]" >&2
  exit 2
fi
output="$1"
size="${2:-1400,900}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
report="${3:-$here/target/contract-report/index.html}"
chromium="${CHROMIUM:-chromium}"

if [[ ! "$size" =~ ^[0-9]+,[0-9]+$ ]]; then
  echo "window size must read WIDTH,HEIGHT (e.g. 1400,900), not: $size" >&2
  exit 2
fi
if ! command -v "$chromium" >/dev/null 2>&1; then
  echo "chromium is not installed; on Debian: apt-get install -y --no-install-recommends chromium" >&2
  exit 1
fi
if [[ ! -f "$report" ]]; then
  echo "no report at $report: run ./mvnw -B -ntp -pl contract-tests -am verify first" >&2
  exit 1
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$(dirname "$output")"
output="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"
rm -f "$output"

# The flags keep Chromium off the network: the page needs none, and it loads nothing from outside.
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
  --user-data-dir="$profile" --window-size="$size" --screenshot="$output" \
  "file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")" >"$profile/chromium.log" 2>&1 || {
  cat "$profile/chromium.log" >&2
  echo "chromium failed to screenshot $report" >&2
  exit 1
}
if [[ ! -s "$output" ]]; then
  cat "$profile/chromium.log" >&2
  echo "chromium wrote no screenshot to $output" >&2
  exit 1
fi
echo "$output ($size) from $report"
