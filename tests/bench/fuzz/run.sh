#!/usr/bin/env bash
# The long fuzz run (docs/benchmarks.md, "Fuzzing"): the GraphQL engine and endpoint, and the ballot forms.
#   1. builds Release;
#   2. ballot forms in-process (the whole host under TestServer): up to FORMS_INPROC_INPUTS (200,000) or
#      FORMS_INPROC_SECONDS (120 s); then `verify` on its data directory;
#   3. starts the host on a loopback port (admin key, public rate limits raised) and sends, sampling its RSS:
#      GraphQL: up to HTTP_REQUESTS (200,000) fuzzed requests or HTTP_SECONDS (180 s), HTTP_WORKERS (4) clients;
#      ballot forms: up to FORMS_HTTP_INPUTS (100,000) or FORMS_HTTP_SECONDS (120 s), FORMS_WORKERS (4) clients;
#      then stops the host and runs `verify` on its data directory;
#   4. GraphQL in-process last, as many documents as the total still needs to reach FUZZ_TARGET (1,000,000; at least
#      FUZZ_DOCUMENTS_MIN, 100,000), at most FUZZ_SECONDS (360 s) - so the total does not hang on luck;
#   5. prints a summary; exits non-zero when anything threw, got a 5xx, went unanswered, stored a refused ballot,
#      grew without bound, the host died or logged a crash, `verify` did not print OK, or the total is short.
# FUZZ_SEED replays a run (printed at the start); by default a new seed each time.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$(pwd)

seed=${FUZZ_SEED:-$(( (RANDOM << 15 | RANDOM) ))}
target=${FUZZ_TARGET:-1000000}
echo "== fuzz seed $seed; $(date -u +%Y-%m-%dT%H:%MZ); load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"
started=$(date +%s)

echo "== build (Release)"
dotnet build -c Release -nologo -v q tests/bench/fuzz/Appraisal.Fuzz.csproj
dotnet build -c Release -nologo -v q host/Appraisal.Host/Appraisal.Host.csproj
fuzz="dotnet $root/tests/bench/fuzz/bin/Release/net10.0/Appraisal.Fuzz.dll"
host_out="$root/host/Appraisal.Host/bin/Release/net10.0"
admin_key="fuzz-admin-key-$seed-0123456789"

log=$(mktemp -d)
data=$(mktemp -d)
inproc_data=$(mktemp -d)
host_pid=
cleanup() {
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; fi
  rm -rf "$data" "$inproc_data"
}
trap cleanup EXIT

failed=0
verify() { # data directory, name: `verify` must print OK
  local out
  out=$(cd "$host_out" && dotnet Appraisal.Host.dll verify "--Appraisal:DataDirectory=$1" "--Appraisal:AdminKey=$admin_key" 2>&1) || true
  echo "verify ($2): $out" | tee -a "$log/verify.txt"
  grep -q 'OK:' <<<"$out" || { echo "verify ($2) did not print OK"; failed=1; }
}
field() { # file, name: a number from the file's RESULT line (0 when missing)
  local v
  v=$(grep '^RESULT' "$1" 2>/dev/null | grep -o " $2=[0-9]*" | head -n1 | cut -d= -f2 || true)
  echo "${v:-0}"
}

echo "== ballot forms in-process: up to ${FORMS_INPROC_INPUTS:-200000} inputs or ${FORMS_INPROC_SECONDS:-120} s"
# The in-process host reads its settings from the environment (WebApplicationFactory passes no arguments).
Appraisal__DataDirectory="$inproc_data" Appraisal__AdminKey="$admin_key" Appraisal__Demo=false \
  Appraisal__RateLimits__PublicPerMinute=1000000000 Appraisal__RateLimits__PublicBurst=100000000 \
  Appraisal__BundledPluginDirectory="$host_out/plugins" ASPNETCORE_TEST_CONTENTROOT_APPRAISAL_HOST="$root/host/Appraisal.Host" \
  Logging__LogLevel__Default=Warning \
  $fuzz forms-inproc --seed "$seed" --requests "${FORMS_INPROC_INPUTS:-200000}" --seconds "${FORMS_INPROC_SECONDS:-120}" \
  --workers "${FORMS_WORKERS:-4}" --codes 20000 --admin-key "$admin_key" >"$log/forms-inproc.txt" 2>&1 || failed=1
grep -v '^  …' "$log/forms-inproc.txt" | grep -vE '^(info|warn|      )' | tail -n 12
verify "$inproc_data" in-process

echo "== HTTP: host on loopback"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$host_out" && exec dotnet Appraisal.Host.dll --urls "http://127.0.0.1:$port" "--Appraisal:DataDirectory=$data" \
  --Appraisal:GraphQL:Introspection=true "--Appraisal:AdminKey=$admin_key" --Appraisal:Demo=false \
  --Appraisal:RateLimits:PublicPerMinute=1000000000 --Appraisal:RateLimits:PublicBurst=100000000) >"$log/host.txt" 2>&1 &
host_pid=$!
for _ in $(seq 1 300); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$host_pid" 2>/dev/null || { echo "the host exited:"; cat "$log/host.txt"; exit 1; }
  sleep 0.1
done
echo "host pid $host_pid on port $port"

echo "== GraphQL over HTTP: up to ${HTTP_REQUESTS:-200000} requests or ${HTTP_SECONDS:-180} s"
$fuzz http --seed "$seed" --requests "${HTTP_REQUESTS:-200000}" --seconds "${HTTP_SECONDS:-180}" --workers "${HTTP_WORKERS:-4}" \
  --url "http://127.0.0.1:$port/" --pid "$host_pid" >"$log/http.txt" 2>&1 || failed=1
grep -v '^  …' "$log/http.txt" | tail -n 6

echo "== ballot forms over HTTP: up to ${FORMS_HTTP_INPUTS:-100000} inputs or ${FORMS_HTTP_SECONDS:-120} s"
$fuzz forms-http --seed "$seed" --requests "${FORMS_HTTP_INPUTS:-100000}" --seconds "${FORMS_HTTP_SECONDS:-120}" \
  --workers "${FORMS_WORKERS:-4}" --codes 20000 --admin-key "$admin_key" --url "http://127.0.0.1:$port/" --pid "$host_pid" \
  >"$log/forms-http.txt" 2>&1 || failed=1
grep -v '^  …' "$log/forms-http.txt" | tail -n 12

alive=no
kill -0 "$host_pid" 2>/dev/null && alive=yes
kill "$host_pid" && wait "$host_pid" 2>/dev/null || true
host_pid=
crashes=$(grep -ciE 'unhandled exception|fatal|stack overflow' "$log/host.txt" || true)
verify "$data" HTTP

so_far=$(( $(field "$log/forms-inproc.txt" inputs) + $(field "$log/http.txt" requests) + $(field "$log/forms-http.txt" inputs) ))
documents=$(( target - so_far ))
[ "$documents" -lt "${FUZZ_DOCUMENTS_MIN:-100000}" ] && documents=${FUZZ_DOCUMENTS_MIN:-100000}
echo "== GraphQL in-process: $documents documents (the rest of $target) or ${FUZZ_SECONDS:-360} s"
$fuzz inproc --seed "$seed" --documents "$documents" --seconds "${FUZZ_SECONDS:-360}" >"$log/inproc.txt" 2>&1 || failed=1
grep -v '^  …' "$log/inproc.txt" | tail -n 4

graphql_inproc=$(( $(field "$log/inproc.txt" documents) + $(field "$log/inproc.txt" byteParses) ))
total=$(( so_far + graphql_inproc ))
status5xx=$(( $(field "$log/http.txt" status5xx) + $(field "$log/forms-http.txt" status5xx) + $(field "$log/forms-inproc.txt" status5xx) ))

echo
echo "== summary (seed $seed, $(( $(date +%s) - started )) s, load average now $(cut -d' ' -f1-3 /proc/loadavg))"
for f in forms-inproc http forms-http inproc; do grep '^RESULT' "$log/$f.txt" || echo "$f printed no result"; done
echo "inputs: GraphQL in-process $graphql_inproc, GraphQL HTTP $(field "$log/http.txt" requests), forms in-process $(field "$log/forms-inproc.txt" inputs), forms HTTP $(field "$log/forms-http.txt" inputs); total $total (target $target)"
echo "5xx: $status5xx; host alive after the run: $alive; crash lines in the host log: $crashes"
if [ "$failed" -ne 0 ] || [ "$alive" != yes ] || [ "$crashes" -ne 0 ] || [ "$status5xx" -ne 0 ] || [ "$total" -lt "$target" ]; then
  echo "FUZZ FAILED (logs in $log)"
  exit 1
fi
echo "FUZZ PASSED"
rm -rf "$log"
