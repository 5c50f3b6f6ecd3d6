#!/usr/bin/env bash
# After ./mvnw verify on the embedded tenant: no test was skipped or aborted. A scenario the embedded
# tenant cannot serve, or an engine test whose requests a target refused, would otherwise pass unseen.
set -euo pipefail
cd "$(dirname "$0")/.."

reports=$(find . -path '*/target/surefire-reports/TEST-*.xml' -not -path './.ci/*')
[ -n "$reports" ] || { echo "FAIL: no surefire reports: run ./mvnw verify first"; exit 1; }
skipped=$(grep -l "<skipped" $reports || true)
if [ -n "$skipped" ]; then
  echo "FAIL: tests were skipped in the default build ($(grep -ho "<skipped" $skipped | wc -l) tests):"
  for report in $skipped; do
    grep -B1 "<skipped" "$report" | grep -o 'name="[^"]*" classname="[^"]*"' | sed "s#^#  $(basename "$report"): #"
  done | head -20
  exit 1
fi
echo "ok: no test skipped in $(echo "$reports" | wc -l) test reports"
