#!/usr/bin/env bash
# The long fuzz run of the GraphQL engine and endpoint (docs/benchmarks.md, "Fuzzing"):
#   1. builds Release;
#   2. in-process: generated and mutated documents with random variables through GraphQLService and the byte
#      parser, up to FUZZ_DOCUMENTS (1,000,000) or FUZZ_SECONDS (180 s), whichever comes first;
#   3. HTTP: starts the host on a loopback port and sends up to HTTP_REQUESTS (200,000) fuzzed requests for at
#      most HTTP_SECONDS (240 s) with HTTP_WORKERS (4) concurrent clients, sampling the host's RSS from /proc;
#   4. prints a summary; exits non-zero when anything threw, got a 5xx, went unanswered, or the host died.
# FUZZ_SEED replays a run (printed at the start); by default a new seed each time.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$(pwd)

seed=${FUZZ_SEED:-$(( (RANDOM << 15 | RANDOM) ))}
documents=${FUZZ_DOCUMENTS:-1000000}
seconds=${FUZZ_SECONDS:-180}
requests=${HTTP_REQUESTS:-200000}
http_seconds=${HTTP_SECONDS:-240}
http_workers=${HTTP_WORKERS:-4}
echo "== fuzz seed $seed"

echo "== build (Release)"
dotnet build -c Release -nologo -v q tests/bench/fuzz/Appraisal.Fuzz.csproj
dotnet build -c Release -nologo -v q host/Appraisal.Host/Appraisal.Host.csproj
fuzz="dotnet $root/tests/bench/fuzz/bin/Release/net10.0/Appraisal.Fuzz.dll"

log=$(mktemp -d)
data=$(mktemp -d)
host_pid=
cleanup() {
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; fi
  rm -rf "$data"
}
trap cleanup EXIT

echo "== in-process: up to $documents documents or $seconds s"
inproc_status=0
$fuzz inproc --seed "$seed" --documents "$documents" --seconds "$seconds" | tee "$log/inproc.txt" || inproc_status=$?

echo "== HTTP: host on loopback"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
host_out="$root/host/Appraisal.Host/bin/Release/net10.0"
(cd "$host_out" && exec dotnet Appraisal.Host.dll --urls "http://127.0.0.1:$port" "--Appraisal:DataDirectory=$data" \
  --Appraisal:GraphQL:Introspection=true) >"$log/host.txt" 2>&1 &
host_pid=$!
for _ in $(seq 1 300); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$host_pid" 2>/dev/null || { echo "the host exited:"; cat "$log/host.txt"; exit 1; }
  sleep 0.1
done
echo "host pid $host_pid on port $port"

http_status=0
$fuzz http --seed "$seed" --requests "$requests" --seconds "$http_seconds" --workers "$http_workers" \
  --url "http://127.0.0.1:$port/" --pid "$host_pid" | tee "$log/http.txt" || http_status=$?

alive=no
kill -0 "$host_pid" 2>/dev/null && alive=yes
crashes=$(grep -ciE 'unhandled exception|fatal|stack overflow' "$log/host.txt" || true)

echo
echo "== summary (seed $seed)"
grep '^RESULT' "$log/inproc.txt" || echo "in-process run printed no result"
grep '^RESULT' "$log/http.txt" || echo "HTTP run printed no result"
echo "host alive after the run: $alive; crash lines in the host log: $crashes"
if [ "$inproc_status" -ne 0 ] || [ "$http_status" -ne 0 ] || [ "$alive" != yes ] || [ "$crashes" -ne 0 ]; then
  echo "FUZZ FAILED (logs in $log)"
  exit 1
fi
echo "FUZZ PASSED"
rm -rf "$log"
