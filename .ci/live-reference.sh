#!/usr/bin/env bash
# The live profile against the reference tenant (.ci/tenant: a real FastAPI application, FastAPI 0.92 and
# pydantic 1 from Debian), as a user points it at production:
#   1. read-only: passes, and the tenant's state is unchanged;
#   2. with writes, a test group and organizations created: passes, the membership, group and organization
#      lifecycles ran, and the tenant's state after the run equals its state before;
#   3. read-only against a tenant that accepts everything: fails (it accepted invalid requests), and no
#      request that is not a read named the configured organization or users;
#   4. with writes against a tenant whose member lists hide the members a bulk add made: the membership
#      lifecycle fails, naming the member list it checked;
#   5. the key (a canary made here) appears in no build output, report, log or the tenant's files.
# Needs Debian's python3-fastapi and python3-uvicorn (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

out=$PWD/target/live-reference
rm -rf "$out"
mkdir -p "$out"
fail() { echo "FAIL: $*"; exit 1; }

random=$(head -c 64 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9')
export TENANT_API_KEY="apk_user_${random:0:32}"
org=org-ref-0001
users=user-ref-0004,user-ref-0005
writes=(DEVIN_TEST_USER_IDS=$users DEVIN_LIVE_ALLOW_WRITES=true)

tenant_dir=""
stop_tenant() {
  [ -z "$tenant_dir" ] || .ci/tenant/stop.sh "$tenant_dir" >/dev/null 2>&1 || true
  tenant_dir=""
}
trap stop_tenant EXIT

start_tenant() { # MODE
  tenant_dir="$out/tenant-$1"
  mkdir -p "$tenant_dir"
  eval "$(.ci/tenant/start.sh --mode "$1" --dir "$tenant_dir")"
  echo "Reference tenant ($1) on 127.0.0.1:$port"
}

state() { curl -sf "http://127.0.0.1:$port/__tenant/state"; }

# The contract suite only: the client's and the spec module's own tests ran in ./mvnw verify already.
live() { # LOG [ENV...]
  local log=$1
  shift
  live_tests "$log" 'io/github/devinapi/scenarios/**' "$@"
}

live_tests() { # LOG TESTS [ENV...]
  local log=$1 tests=$2
  shift 2
  env DEVIN_API_BASE_URL="http://127.0.0.1:$port" DEVIN_API_KEY="$TENANT_API_KEY" DEVIN_TEST_ORG_ID=$org "$@" \
    ./mvnw -B -ntp verify -Plive -pl contract-tests -am -Dtest="$tests" \
    -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
}

keep_report() { cp -r contract-tests/target/contract-report "$out/report-$1"; }

echo "== 1. read-only against the reference tenant"
start_tenant reference
state >"$out/state-before.json"
live "$out/read-only.log" || { tail -80 "$out/read-only.log"; fail "the read-only live run against the reference tenant failed"; }
keep_report read-only
state | diff "$out/state-before.json" - || fail "the read-only run changed the tenant's state"
echo "ok: read-only passed, state unchanged"

echo "== 2. with writes against the reference tenant"
# Invitations, role updates and group creation are not served by the reference tenant: not opted in.
live "$out/writes.log" "${writes[@]}" DEVIN_TEST_GROUP=ref-contractors DEVIN_LIVE_CREATE_ORGANIZATIONS=true \
  || { tail -80 "$out/writes.log"; fail "the live run with writes against the reference tenant failed"; }
keep_report writes
state | diff "$out/state-before.json" - || fail "the run with writes did not restore the tenant's state"
grep -q "writes allowed" "$out/writes.log" || fail "the run with writes did not say it wrote"
/usr/bin/python3 - "$out/report-writes/contract-report.json" <<'PY' || fail "a lifecycle did not run with writes"
import json, sys
skipped = [s["scenario"] for s in json.load(open(sys.argv[1]))["skipped"]]
lifecycles = ("OrganizationMembershipLifecycleTest", "OrganizationGroupLifecycleTest", "OrganizationLifecycleTest")
missed = [name for name in skipped if name.startswith(lifecycles)]
print("\n".join("skipped: " + name for name in missed) or "ok: the membership, group and organization lifecycles ran")
sys.exit(1 if missed else 0)
PY
echo "ok: with writes passed, state after the run equals the state before"
stop_tenant

echo "== 3. read-only against a tenant that accepts everything"
start_tenant accept-everything
if live "$out/accept-everything.log"; then
  fail "a read-only run against a tenant that accepts everything must fail"
fi
grep -q "the server accepted an invalid request" "$out/accept-everything.log" \
  || { tail -60 "$out/accept-everything.log"; fail "the run did not say the server accepted an invalid request"; }
/usr/bin/python3 - "$tenant_dir/requests.jsonl" "$org" "${users//,/ }" <<'PY' || fail "a write named the configured ids"
import json, sys
log, ids = sys.argv[1], [sys.argv[2]] + sys.argv[3].split()
writes = [json.loads(line) for line in open(log) if line.strip()]
writes = [r for r in writes if r["method"] not in ("GET", "HEAD", "OPTIONS")]
touching = [r for r in writes if any(i in (r["path"] + " " + (r["query"] or "") + " " + (r["body"] or "")) for i in ids)]
for r in touching:
    print("touched:", r["method"], r["path"], r["body"])
print("ok: %d requests that are not reads reached the tenant, none named the configured organization or users" % len(writes))
sys.exit(1 if touching else 0)
PY
stop_tenant

echo "== 4. with writes against a tenant that hides the members a bulk add made"
start_tenant hides-added-member
if live_tests "$out/hides-added-member.log" '**/OrganizationMembershipLifecycleTest' "${writes[@]}"; then
  fail "the membership lifecycle must fail against a tenant whose member list does not show an added member"
fi
grep -q "the member list of $org after adding" "$out/hides-added-member.log" \
  || { tail -60 "$out/hides-added-member.log"; fail "the membership lifecycle failed, but not naming the member list"; }
echo "ok: the membership lifecycle failed, naming the member list"
stop_tenant

echo "== 5. the canary key in build output, reports, logs and the tenant's files"
leaks=$(grep -rlF -- "$TENANT_API_KEY" "$out" contract-tests/target spec/target generated-client/target 2>/dev/null || true)
[ -z "$leaks" ] || { echo "$leaks"; fail "the API key was written to the files above"; }
echo "Live runs against the reference tenant passed; the key appears nowhere."
