#!/usr/bin/env bash
# The live profile against an independent implementation of the spec: Prism's mock of
# spec/v2-openapi.yaml plays the tenant, with no flag telling the suite so. Runs ./mvnw verify -Plive
# against it read-only (the README's command) and with writes allowed, records from it with -Precord,
# replays those recordings on the embedded tenant, and checks that the key (a canary made here) appears
# in no build output, recording, report or console log.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/live-prism
rm -rf "$out" contract-tests/target/recordings
mkdir -p "$out"

(cd .ci/prism && npm ci --no-audit --no-fund --loglevel=error)

port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
.ci/prism/node_modules/.bin/prism mock -h 127.0.0.1 -p "$port" spec/v2-openapi.yaml >"$out/prism.log" 2>&1 &
prism_pid=$!
stop_prism() {
  local status=$?
  kill "$prism_pid" 2>/dev/null && wait "$prism_pid" 2>/dev/null || true
  if [ "$status" -ne 0 ]; then
    echo "--- Prism's log (last 40 lines) ---"
    tail -40 "$out/prism.log" || true
  fi
}
trap stop_prism EXIT

# Ready when it answers at all (404 for /); bounded, and given up at once if Prism exits.
deadline=$((SECONDS + 30))
until curl -s -o /dev/null "http://127.0.0.1:$port/"; do
  kill -0 "$prism_pid" 2>/dev/null || { echo "FAIL: Prism exited before it answered"; exit 1; }
  [ "$SECONDS" -lt "$deadline" ] || { echo "FAIL: Prism did not answer on port $port within 30 s"; exit 1; }
  sleep 0.2
done
echo "Prism is serving spec/v2-openapi.yaml on 127.0.0.1:$port"

# A fresh key of the real shape, never printed: if it shows up anywhere below, it leaked.
random=$(head -c 64 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9')
canary="apk_user_${random:0:32}"
live() {
  DEVIN_API_BASE_URL="http://127.0.0.1:$port" DEVIN_API_KEY="$canary" DEVIN_TEST_ORG_ID=org-prism-0001 "$@"
}
writes=(env DEVIN_TEST_USER_IDS=user-prism-0001,user-prism-0002 DEVIN_LIVE_ALLOW_WRITES=true)
# Prism answers from the spec's schemas, not from a state: the lifecycles, which check that what they did is
# what the tenant shows, would fail on it by design. They run against the reference tenant (.ci/live-reference.sh).
contract_tests_only=(-pl contract-tests -am -Dtest='io/github/devinapi/scenarios/**,!**/*LifecycleTest'
  -Dsurefire.failIfNoSpecifiedTests=false)

echo "== ./mvnw verify -Plive against Prism (read-only, the README's command)"
live ./mvnw -B -ntp verify -Plive 2>&1 | tee "$out/live.log"

echo "== ./mvnw verify -Plive against Prism with writes (contract suite only)"
live "${writes[@]}" ./mvnw -B -ntp verify -Plive "${contract_tests_only[@]}" 2>&1 | tee "$out/live-writes.log"
grep -q "writes allowed" "$out/live-writes.log" || { echo "FAIL: the run with writes did not say it wrote"; exit 1; }

echo "== ./mvnw verify -Precord against Prism (contract suite only)"
live "${writes[@]}" ./mvnw -B -ntp verify -Precord "${contract_tests_only[@]}" 2>&1 | tee "$out/record.log"

recorded=$(find contract-tests/target/recordings -mindepth 1 -maxdepth 1 -type d | wc -l)
[ "$recorded" -gt 0 ] || { echo "FAIL: the record run wrote no scenario folder"; exit 1; }

echo "== the $recorded recorded scenario folders, replayed on the embedded tenant as they are"
./mvnw -B -ntp verify -pl contract-tests -am -Dcontract.scenarios.dir="$PWD/contract-tests/target/recordings" \
  -Dtest=RecordedScenariosTest -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee "$out/replay.log"

echo "== the canary key in build output, recordings, reports and console logs"
leaks=$(find . -path ./.ci/prism/node_modules -prune -o -type d -name target -print0 \
  | xargs -0 grep -rlF -- "$canary" 2>/dev/null || true)
if [ -n "$leaks" ]; then
  echo "FAIL: the API key was written to:"
  echo "$leaks"
  exit 1
fi
echo "Live run against Prism passed; the key appears nowhere under target/."
