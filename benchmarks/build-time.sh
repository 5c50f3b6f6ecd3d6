#!/usr/bin/env bash
# Wall time of ./mvnw verify, on a scratch copy of the tree (the checkout's target/ folders are never touched),
# with a warm local repository: one priming build first, then for each run a full build from no target/
# folders and a rebuild with nothing changed. Prints the times and writes them as JSON.
#
#   benchmarks/build-time.sh [--runs N] [--out FILE] [--smoke]
#
# --smoke times ./mvnw validate instead (seconds, not minutes), to keep the script itself working in CI.
# Maven runs on whatever java ./mvnw finds (JAVA_HOME or PATH), as it does for a developer.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=2
out=$root/benchmarks/target/build-time.json
smoke=false
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --smoke) smoke=true; shift ;;
    *) echo "usage: $0 [--runs N] [--out FILE] [--smoke]" >&2; exit 2 ;;
  esac
done
goal=verify
if [ "$smoke" = true ]; then
  goal=validate
  runs=1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tar -C "$root" --no-wildcards-match-slash --exclude=./.git --exclude='./*/target' --exclude=./target \
  --exclude=node_modules -cf - . \
  | tar -C "$scratch" -xf -
cd "$scratch"
log=$scratch/.build-time.log

# Seconds that "./mvnw <goal>" takes; the build's output goes to the log, and is shown if it fails.
timed() {
  local start end
  start=$(date +%s.%N)
  if ! ./mvnw -B -ntp "$goal" >"$log" 2>&1; then
    tail -60 "$log" >&2
    echo "build-time.sh: ./mvnw $goal failed in the scratch copy" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}

clean() {
  rm -rf ./target ./*/target
}

version=$(./mvnw -v 2>/dev/null)
maven=$(sed -n 's/^\(Apache Maven [^ ]*\).*/\1/p' <<<"$version" | head -1)
java=$(sed -n 's/^Java version: \([^,]*\).*/\1/p' <<<"$version" | head -1)
echo "build-time: $maven on Java $java, ./mvnw $goal, $runs run(s), scratch copy in $scratch"

priming=null
if [ "$smoke" = false ]; then
  priming=$(timed)
  echo "build-time: priming build $priming s"
fi
full=()
no_change=()
for ((i = 1; i <= runs; i++)); do
  clean
  full+=("$(timed)")
  no_change+=("$(timed)")
  echo "build-time: run $i: full ${full[-1]} s, no-change rebuild ${no_change[-1]} s"
done

join() { local IFS=,; echo "$*"; }
mkdir -p "$(dirname "$out")"
cat >"$out" <<EOF
{
  "smoke": $smoke,
  "goal": "$goal",
  "maven": "$maven",
  "mavenJava": "$java",
  "runs": $runs,
  "primingSeconds": $priming,
  "fullSeconds": [$(join "${full[@]}")],
  "noChangeSeconds": [$(join "${no_change[@]}")]
}
EOF
echo "build-time: wrote $out"
