#!/usr/bin/env bash
# Starts the reference tenant in the background on a free loopback port and waits until it answers.
#
#   TENANT_API_KEY=... .ci/tenant/start.sh [--mode MODE] [--dir DIR] [--request-log FILE]
#
# MODE: reference (default), accept-everything, overlapping-pages, hides-added-member (or TENANT_MODE).
# DIR (or TENANT_DIR; default: a new temporary directory) receives `port`, `pid`, `server.log` and,
# unless --request-log says otherwise, the request log `requests.jsonl`. On success the only line on
# stdout is `port=NNNN pid=NNNN dir=DIR`; stop the tenant with `.ci/tenant/stop.sh DIR`.
# TENANT_API_KEY is the key clients must send as a bearer token (not needed for accept-everything);
# it is handed to the server through the environment only and never printed.
# Needs Debian's packages: apt-get install -y python3-fastapi python3-uvicorn
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
python=${TENANT_PYTHON:-/usr/bin/python3}
mode=${TENANT_MODE:-reference}
dir=${TENANT_DIR:-}
request_log=""
timeout=30

while [ $# -gt 0 ]; do
  case "$1" in
    --mode) mode=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --request-log) request_log=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "start.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

if ! "$python" -c 'import fastapi, uvicorn' 2>/dev/null; then
  echo "start.sh: $python cannot import fastapi and uvicorn; install them with:" >&2
  echo "  apt-get install -y python3-fastapi python3-uvicorn" >&2
  exit 1
fi

if [ -z "$dir" ]; then
  dir=$(mktemp -d "${TMPDIR:-/tmp}/reference-tenant.XXXXXX")
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
request_log=${request_log:-$dir/requests.jsonl}
rm -f "$dir/port" "$dir/pid"

"$python" -B "$here/tenant.py" --mode "$mode" --port-file "$dir/port" --request-log "$request_log" \
  >"$dir/server.log" 2>&1 </dev/null &
pid=$!
echo "$pid" >"$dir/pid"

fail() {
  echo "start.sh: $1" >&2
  kill "$pid" 2>/dev/null || true
  echo "--- server log ($dir/server.log, last 40 lines) ---" >&2
  tail -40 "$dir/server.log" >&2 || true
  exit 1
}

answers() {
  "$python" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' \
    "http://127.0.0.1:$1/__tenant/health" 2>/dev/null
}

# Ready when the server has written its port (it does so once it listens) and answers there.
deadline=$((SECONDS + timeout))
while :; do
  kill -0 "$pid" 2>/dev/null || fail "the tenant exited before it answered"
  if [ -s "$dir/port" ]; then
    port=$(cat "$dir/port")
    answers "$port" && break
  fi
  [ "$SECONDS" -lt "$deadline" ] || fail "the tenant did not answer within ${timeout} s"
  sleep 0.1
done

echo "port=$port pid=$pid dir=$(printf %q "$dir")"
