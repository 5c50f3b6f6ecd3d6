#!/usr/bin/env bash
# Updates the spec the way a user does (drop a new spec/v2-openapi.yaml in, run the build) with the
# fixtures of spec/src/test/resources/fixtures, on scratch copies of the tree. The project holds
# hand-written code (README samples, typed scenarios, client tests) that calls operations of the
# whole v2 API by name, so every spec built here as a whole is a superset of that API
# (whole-api.yaml): it adds operations, and the 47 keep their names (SupersetFixturesTest).
#   1. a larger, valid spec (router-collisions.yaml: the whole API plus operations whose plain names
#      collide with its own, and dates, enums, 201 and 204) builds green, every one of its operations
#      is exercised, and -Dcontract.strictCoverage=true names those without a real scenario;
#   2. the other spec with name collisions (handler-prefixes.yaml: the whole API with handle_*
#      operationIds, PUT and PATCH on one item, a legacy alias) builds green, every operation exercised;
#   3. a spec with breaking changes (breaking-change.yaml against multi-operation.yaml, in the spec
#      module alone) gets a change report naming each change, and -Dspec.requireAccepted=true
#      refuses it until it is accepted;
#   4. a malformed spec (invalid YAML, dangling $ref) stops the build with file, line and problem
#      before any generated code is compiled;
#   5. a spec the recordings no longer conform to (the whole API, with a required field added to
#      ValidationError) fails the build naming the recording, the operation and the rule.
# Extra Maven options come from MAVEN_ARGS (e.g. MAVEN_ARGS=-o with a warm local repository).
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
  # only the build output of the modules: a source package may be named target too
  tar -C "$root" --exclude=./.git --exclude=node_modules \
      --anchored --no-wildcards-match-slash --exclude=./target --exclude='./*/target' -cf - . \
    | tar -C "$dir" -xf -
  cp "$fixtures/$2" "$dir/spec/v2-openapi.yaml"
  echo "$dir"
}

expect_in_log() {
  local log=$1 pattern=$2 what=$3
  grep -Eq -- "$pattern" "$log" || { tail -60 "$log"; fail "$what (no line matching: $pattern)"; }
  echo "ok: $what"
}

# The full build with the fixture as the spec: green, an API interface compiled for every tag, every
# operation exercised by the schema-driven scenarios; prints the names told apart by the rule.
# Leaves the tree in $built.
build_green_with() {
  local name=$1 fixture=$2 dir log report
  dir=$(tree_with_spec "$name" "$fixture")
  log="$scratch_root/$name.log"
  (cd "$dir" && ./mvnw -B -ntp verify >"$log" 2>&1) || { tail -80 "$log"; fail "the build is not green with $fixture"; }
  echo "ok: ./mvnw verify is green with $fixture"
  expect_in_log "$log" "not the accepted spec" "$fixture: the changed spec is reported"
  python3 - "$dir/spec/v2-openapi.yaml" "$dir/generated-client/target/classes/io/github/devinapi/client/api" <<'PY' \
    || fail "$fixture: not every tag has a compiled API interface"
import os, re, sys
spec, classes = open(sys.argv[1]).read(), sys.argv[2]
tags = set(re.findall(r"^\s+tags:\n\s+- '?([^'\n]+?)'?$", spec, flags=re.M))
apis = {tag: "".join(p.capitalize() for p in re.split("[^A-Za-z0-9]+", tag) if p) + "Api" for tag in tags}
missing = sorted(api for api in apis.values() if not os.path.isfile(os.path.join(classes, api + ".class")))
if not tags or missing:
    print("tags:", sorted(tags), "no compiled:", missing)
    sys.exit(1)
PY
  echo "ok: $fixture: an API interface is compiled for every tag"
  report="$dir/contract-tests/target/contract-report/contract-report.json"
  [ -f "$report" ] || fail "no contract report at $report"
  python3 - "$report" "$fixture" <<'PY' || fail "$fixture: not every operation was exercised by the schema-driven scenarios"
import json, sys
report, fixture = json.load(open(sys.argv[1])), sys.argv[2]
if report["uncovered"]:
    print("operations with no exchange:", [op["operation"] for op in report["uncovered"]])
    sys.exit(1)
missing = [op["operation"] for op in report["operations"]
           if not any(status["scenarios"].get("schema-driven") for status in op["statuses"])]
if missing:
    print("operations without a schema-driven scenario:", missing)
    sys.exit(1)
if report["totals"]["operationsInSpec"] != len(report["operations"]) or len(report["operations"]) <= 47:
    print("not the whole API's 47 operations and more:", report["totals"])
    sys.exit(1)
print("ok: %s: every operation was exercised (%d operations, %d exchanges)"
      % (fixture, len(report["operations"]), report["totals"]["exchangesValidated"]))
PY
  grep -h "^\[spec\] name: " "$log" | sort -u | sed 's#^#  #'
  built=$dir
}

echo "== 1. a larger valid spec: the whole API with router collisions"
build_green_with larger router-collisions.yaml
larger=$built
dir=$larger
log="$scratch_root/strict.log"
if (cd "$dir" && ./mvnw -B -ntp -pl contract-tests -am verify -Dcontract.strictCoverage=true >"$log" 2>&1); then
  fail "-Dcontract.strictCoverage=true must fail when operations have only schema-driven scenarios"
fi
expect_in_log "$log" "operation\(s\) of the spec have no recorded or hand-written scenario" \
  "-Dcontract.strictCoverage=true names the operations without a real scenario"
expect_in_log "$log" "^  addBetaOrganizationMembers \(POST /beta/v2/enterprise/organizations/\{org_id\}/members\)" \
  "-Dcontract.strictCoverage=true names an added operation"

echo "== 2. the other spec with name collisions: the whole API with handler prefixes"
build_green_with handler-prefixes handler-prefixes.yaml

echo "== 3. a spec with breaking changes"
# The report compares a spec with the accepted one: breaking-change.yaml is multi-operation.yaml
# changed, so multi-operation.yaml is accepted first (the spec module alone: nothing is compiled).
dir=$larger
log="$scratch_root/breaking.log"
cp "$fixtures/multi-operation.yaml" "$dir/spec/v2-openapi.yaml"
(cd "$dir" && ./mvnw -B -ntp -q -pl spec verify -DskipTests -Dspec.accept=true >/dev/null 2>&1) || fail "accepting multi-operation.yaml failed"
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

echo "== 4. malformed specs"
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

echo "== 5. recordings against a spec they no longer conform to"
dir=$(tree_with_spec recordings whole-api.yaml)
# ValidationError gains a required field: every recorded 422 (FastAPI's detail without it) now breaks the spec.
python3 - "$dir/spec/v2-openapi.yaml" <<'PY'
import sys
path = sys.argv[1]
spec = open(path).read()
old = "      required:\n      - loc\n      - msg\n      - type\n      title: ValidationError\n"
assert spec.count(old) == 1, "the whole-api fixture changed: update this check"
new = "      required:\n      - loc\n      - msg\n      - type\n      - ctx\n      title: ValidationError\n"
declared = "        type:\n          title: Error Type\n          type: string\n"
assert spec.count(declared) == 1, "the whole-api fixture changed: update this check"
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
