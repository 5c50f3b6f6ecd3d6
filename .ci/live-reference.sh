#!/usr/bin/env bash
# The live profile against the reference tenant (.ci/tenant: a real FastAPI application, FastAPI 0.92 and
# pydantic 1 from Debian), as a user points it at production (its own /openapi.json is first compared
# with the spec: no breaking difference for the operations it serves):
#   1. read-only: passes, and the tenant's state is unchanged;
#   2. with writes, a test group and organizations created: passes, the membership, group and organization
#      lifecycles ran, and the tenant's state after the run equals its state before;
#   3. read-only against a tenant that accepts everything: fails (it accepted invalid requests), and no
#      request that is not a read named the configured organization or users;
#   4. with writes against a tenant whose member lists hide the members a bulk add made: the membership
#      lifecycle fails, naming the member list it checked;
#   5. the sweep against a tenant whose pages overlap: fails naming pagination.overlap;
#   6. clean-up: an organization an interrupted run left (contract-run-...) is deleted, nothing else;
#   7. the key (a canary made here) appears in no build output, report, log or the tenant's files.
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
# TESTS narrows it further (a surefire -Dtest pattern).
live() { # LOG [ENV...] [-Dproperty...]
  local log=$1
  shift
  local vars=() props=()
  for arg in "$@"; do
    case $arg in -D*) props+=("$arg") ;; *) vars+=("$arg") ;; esac
  done
  env DEVIN_API_BASE_URL="http://127.0.0.1:$port" DEVIN_API_KEY="$TENANT_API_KEY" DEVIN_TEST_ORG_ID=$org "${vars[@]}" \
    ./mvnw -B -ntp verify -Plive -pl contract-tests -am -Dtest="${TESTS:-io/github/devinapi/scenarios/**}" \
    -Dsurefire.failIfNoSpecifiedTests=false "${props[@]}" >"$log" 2>&1
}

keep_report() { cp -r contract-tests/target/contract-report "$out/report-$1"; }

echo "== 1. read-only against the reference tenant"
start_tenant reference
state >"$out/state-before.json"
curl -sf "http://127.0.0.1:$port/openapi.json" >"$out/tenant-openapi.json"
./mvnw -B -ntp -q -pl spec compile exec:java -Dexec.mainClass=io.github.devinapi.spec.SpecTool \
  -Dexec.args="compare-implementation --spec=$PWD/spec/v2-openapi.yaml --implementation=$out/tenant-openapi.json" \
  >"$out/openapi-compare.log" 2>&1 || { cat "$out/openapi-compare.log"; fail "the tenant's own openapi.json breaks the spec"; }
grep "\[spec\]" "$out/openapi-compare.log" | tail -3
echo "ok: the tenant's own /openapi.json has no breaking difference from the spec for the operations it serves"
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
if TESTS='**/OrganizationMembershipLifecycleTest' live "$out/hides-added-member.log" "${writes[@]}"; then
  fail "the membership lifecycle must fail against a tenant whose member list does not show an added member"
fi
grep -q "the member list of $org after adding" "$out/hides-added-member.log" \
  || { tail -60 "$out/hides-added-member.log"; fail "the membership lifecycle failed, but not naming the member list"; }
echo "ok: the membership lifecycle failed, naming the member list"
stop_tenant

echo "== 5. the sweep against a tenant whose pages overlap"
start_tenant overlapping-pages
if TESTS='io/github/devinapi/scenarios/LiveSweepTest' live "$out/overlapping-pages.log"; then
  fail "the sweep against a tenant whose second pages repeat items of the first must fail"
fi
grep -q "pagination.overlap" "$out/overlapping-pages.log" \
  || { tail -60 "$out/overlapping-pages.log"; fail "the sweep did not name pagination.overlap"; }
echo "ok: the sweep failed naming pagination.overlap"
stop_tenant

echo "== 6. clean-up of what an interrupted run left"
start_tenant reference
curl -sf -X POST -H "Authorization: Bearer $TENANT_API_KEY" -H 'Content-Type: application/json' \
  -d '{"display_name": "contract-run-19700101000000-interrupted"}' \
  "http://127.0.0.1:$port/v2/enterprise/organizations" >/dev/null || fail "could not create the leftover organization"
state >"$out/state-leftover.json"
TESTS='io/github/devinapi/scenarios/LiveCleanupTest' live "$out/cleanup.log" "${writes[@]}" -Dcontract.live.cleanup=true \
  || { tail -80 "$out/cleanup.log"; fail "the clean-up run failed"; }
/usr/bin/python3 - "$out/state-leftover.json" <(state) <<'PY' || fail "the clean-up run did not delete exactly the leftover"
import json, sys
before, after = (json.load(open(path)) for path in sys.argv[1:3])
names = lambda state: {org["org_id"]: org["org_name"] for org in state["organizations"]}
gone = set(names(before)) - set(names(after))
left = [n for n in names(after).values() if (n or "").startswith("contract-run-")]
print("deleted:", sorted(gone), "left named contract-run-:", left)
sys.exit(0 if len(gone) == 1 and names(before)[gone.pop()].startswith("contract-run-") and not left
         and set(names(after)) <= set(names(before)) else 1)
PY
echo "ok: the clean-up deleted the leftover organization and nothing else"
stop_tenant

echo "== 7. the canary key in build output, reports, logs and the tenant's files"
leaks=$(grep -rlF -- "$TENANT_API_KEY" "$out" contract-tests/target spec/target generated-client/target 2>/dev/null || true)
[ -z "$leaks" ] || { echo "$leaks"; fail "the API key was written to the files above"; }
echo "Live runs against the reference tenant passed; the key appears nowhere."
