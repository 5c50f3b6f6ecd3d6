#!/usr/bin/env bash
# Stops the tenant that `.ci/tenant/start.sh` started into DIR: .ci/tenant/stop.sh DIR
# SIGTERM first (uvicorn shuts down cleanly), SIGKILL if it is still running after 10 s.
set -euo pipefail

dir=${1:?usage: stop.sh DIR (the directory start.sh printed as dir=...)}
[ -f "$dir/pid" ] || { echo "stop.sh: no $dir/pid; nothing to stop" >&2; exit 0; }
pid=$(cat "$dir/pid")

running() {
  # The pid must still be the tenant's: a recycled pid belongs to someone else.
  kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'tenant\.py'
}

if running; then
  kill -TERM "$pid"
  deadline=$((SECONDS + 10))
  while running && [ "$SECONDS" -lt "$deadline" ]; do
    sleep 0.1
  done
  if running; then
    echo "stop.sh: the tenant (pid $pid) ignored SIGTERM for 10 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
fi
rm -f "$dir/pid" "$dir/port"
