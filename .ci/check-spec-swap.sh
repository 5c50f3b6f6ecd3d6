#!/usr/bin/env bash
# Updates the spec the way a user does (drop a new spec/v2-openapi.yaml in, run the build) with the
# fixtures of spec/src/test/resources/fixtures, on scratch copies of the tree:
#   1. a larger, valid spec builds green and every one of its operations is exercised;
#   2. a spec with breaking changes gets a change report naming each change, and
#      -Dspec.requireAccepted=true refuses it until it is accepted;
#   3. a malformed spec (invalid YAML, dangling $ref) stops the build with file, line and problem
#      before any generated code is compiled;
#   4. a spec the recordings no longer conform to fails the build naming the recording, the
#      operation and the rule.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
fixtures="$root/spec/src/test/resources/fixtures"
scratch_root=$(mktemp -d)
trap 'rm -rf "$scratch_root"' EXIT

fail() { echo "FAIL: $*"; exit 1; }

# A fresh copy of the tree (without build output) with the given fixture as the spec.
tree_with_spec() {
  local dir="$scratch_root/$1"
  mkdir -p "$dir"
  tar -C "$root" --exclude=./.git --exclude='*/target' --exclude=./target --exclude=node_modules -cf - . \
    | tar -C "$dir" -xf -
  cp "$fixtures/$2" "$dir/spec/v2-openapi.yaml"
  echo "$dir"
}

expect_in_log() {
  local log=$1 pattern=$2 what=$3
  grep -Eq -- "$pattern" "$log" || { tail -60 "$log"; fail "$what (no line matching: $pattern)"; }
  echo "ok: $what"
}

echo "== 1. a larger valid spec"
dir=$(tree_with_spec larger multi-operation.yaml)
log="$scratch_root/larger.log"
(cd "$dir" && ./mvnw -B -ntp verify >"$log" 2>&1) || { tail -80 "$log"; fail "the build is not green with multi-operation.yaml"; }
echo "ok: ./mvnw verify is green with multi-operation.yaml"
expect_in_log "$log" "not the accepted spec" "the changed spec is reported"
for api in OrganizationsApi GroupsApi ApiKeysApi AuditLogsApi ConsumptionApi SessionsApi; do
  [ -f "$dir/generated-client/target/classes/io/github/devinapi/client/api/$api.class" ] \
    || fail "no compiled $api for the larger spec"
done
echo "ok: an API interface is compiled for every tag"
report="$dir/contract-tests/target/contract-report/contract-report.json"
[ -f "$report" ] || fail "no contract report at $report"
python3 - "$report" <<'PY' || fail "not every operation was exercised by the schema-driven scenarios"
import json, sys
report = json.load(open(sys.argv[1]))
if report["uncovered"]:
    print("operations with no exchange:", [op["operation"] for op in report["uncovered"]])
    sys.exit(1)
missing = [op["operation"] for op in report["operations"]
           if not any(status["scenarios"].get("generated") for status in op["statuses"])]
if missing:
    print("operations without a schema-driven scenario:", missing)
    sys.exit(1)
print("ok: every operation of the larger spec was exercised (%d operations, %d exchanges)"
      % (len(report["operations"]), report["totals"]["exchangesValidated"]))
PY
log="$scratch_root/strict.log"
if (cd "$dir" && ./mvnw -B -ntp -pl contract-tests -am verify -Dcontract.strictCoverage=true >"$log" 2>&1); then
  fail "-Dcontract.strictCoverage=true must fail when operations have only schema-driven scenarios"
fi
expect_in_log "$log" "operation\(s\) of the spec have no recorded or hand-written scenario" \
  "-Dcontract.strictCoverage=true names the operations without a real scenario"

echo "== 2. a spec with breaking changes"
log="$scratch_root/breaking.log"
(cd "$dir" && ./mvnw -B -ntp -q -pl spec verify -DskipTests -Dspec.accept=true >/dev/null 2>&1) || fail "accepting the larger spec failed"
cp "$fixtures/breaking-change.yaml" "$dir/spec/v2-openapi.yaml"
(cd "$dir" && ./mvnw -B -ntp -pl spec verify -DskipTests >"$log" 2>&1) || { tail -60 "$log"; fail "a changed spec must not fail the build by default"; }
expect_in_log "$log" "7 change\(s\), 5 breaking for client users" "the change summary is printed"
expect_in_log "$log" "BREAKING  DELETE /v2/enterprise/organizations/\{org_id\}: operation removed" "a removed operation is named"
expect_in_log "$log" "BREAKING  POST /v2/enterprise/organizations \| request body: region: required field added" "a new required field is named"
expect_in_log "$log" "member_count: type changed from integer to string" "a type change is named"
expect_in_log "$log" "enum value 'viewer' removed" "a removed enum value is named"
[ -f "$dir/spec/target/spec-changes/spec-changes.md" ] || fail "no change report under spec/target/spec-changes"
log="$scratch_root/required.log"
if (cd "$dir" && ./mvnw -B -ntp -pl spec verify -DskipTests -Dspec.requireAccepted=true >"$log" 2>&1); then
  fail "-Dspec.requireAccepted=true must fail on an unaccepted spec"
fi
expect_in_log "$log" "not the accepted spec and spec.requireAccepted is set" "spec.requireAccepted refuses the unaccepted spec"

echo "== 3. malformed specs"
for fixture in malformed-yaml.yaml dangling-ref.yaml; do
  dir=$(tree_with_spec "${fixture%.yaml}" "$fixture")
  log="$scratch_root/${fixture%.yaml}.log"
  if (cd "$dir" && ./mvnw -B -ntp verify >"$log" 2>&1); then
    fail "the build must stop on $fixture"
  fi
  expect_in_log "$log" "spec/v2-openapi.yaml:[0-9]+:[0-9]+: " "$fixture: the error names file and line"
  [ ! -d "$dir/generated-client/target/classes" ] || fail "$fixture: generated code was compiled before the spec was refused"
  echo "ok: $fixture stops the build before any generated code is compiled"
done
grep -h "\[spec\] ERROR" "$scratch_root"/malformed-yaml.log "$scratch_root"/dangling-ref.log | sed 's#^#  #'

echo "== 4. recordings against a spec they no longer conform to"
dir=$(tree_with_spec recordings single-operation.yaml)
# ValidationError gains a required field: every recorded 422 (FastAPI's detail without it) now breaks the spec.
python3 - "$dir/spec/v2-openapi.yaml" <<'PY'
import sys
path = sys.argv[1]
spec = open(path).read()
old = "      required:\n        - loc\n        - msg\n        - type\n"
assert old in spec, "the single-operation fixture changed: update this check"
new = "      required:\n        - loc\n        - msg\n        - type\n        - ctx\n"
declared = "        type:\n          title: Error Type\n          type: string\n"
assert declared in spec, "the single-operation fixture changed: update this check"
spec = spec.replace(declared, declared + "        ctx:\n          title: Context\n          type: object\n")
open(path, "w").write(spec.replace(old, new))
PY
log="$scratch_root/recordings.log"
if (cd "$dir" && ./mvnw -B -ntp verify >"$log" 2>&1); then
  fail "recordings that break the new spec must fail the build"
fi
expect_in_log "$log" "Recording contract-tests/src/test/resources/scenarios/[^ ]+\.json breaks the spec" "the broken recording is named"
expect_in_log "$log" "operation: addOrganizationMembers" "its operation is named"
expect_in_log "$log" "response body at /detail/0: .*ctx.* \[rule validation.response.body.schema.required" \
  "the rule it breaks is named"

echo "Spec swap check passed."
