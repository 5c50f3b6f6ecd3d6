#!/usr/bin/env bash
# Proves that client generation is skipped when neither the spec nor the generator settings changed,
# and happens again when either did. Works on a scratch copy of the tree; the checkout is untouched.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

tar -C "$root" --exclude=./.git --exclude='*/target' --exclude=./target --exclude=node_modules -cf - . \
  | tar -C "$scratch" -xf -
cd "$scratch"

# Runs the generator step and prints "skipped" or "generated".
outcome() {
  local log
  log=$(./mvnw -B -ntp -pl generated-client -am compile -DskipTests 2>&1) || { echo "$log" | tail -40; exit 1; }
  if grep -q "Code generation is skipped because input was unchanged" <<<"$log"; then
    echo skipped
  else
    echo generated
  fi
}

expect() {
  local what=$1 expected=$2 actual
  actual=$(outcome)
  if [ "$actual" != "$expected" ]; then
    echo "FAIL: $what: expected generation to be $expected, but it was $actual"
    exit 1
  fi
  echo "ok: $what -> $actual"
}

expect "first build of a fresh tree" generated
expect "rebuild with nothing changed" skipped

# A generator setting changes: one configOption more in generated-client/pom.xml.
sed -i 's#<hideGenerationTimestamp>true</hideGenerationTimestamp>#<hideGenerationTimestamp>false</hideGenerationTimestamp>#' \
  generated-client/pom.xml
expect "rebuild after a generator setting changed" generated
expect "rebuild after that, nothing changed" skipped

# The spec changes.
sed -i 's#^  version: 2.0.0#  version: 2.0.1#' spec/v2-openapi.yaml
expect "rebuild after the spec changed" generated
expect "rebuild after that, nothing changed" skipped

echo "Regeneration check passed."
