#!/usr/bin/env bash
# The GraphQL engine against graphql-js, measured side by side in one run (docs/benchmarks.md):
#   1. builds Appraisal.Benchmarks (Release) and checks each fixture document's response equals graphql-js's,
#   2. runs BenchmarkDotNet (a bounded job, one benchmark at a time),
#   3. then runs graphql-js/bench.mjs on the same documents, schema and resolvers,
#   4. prints one comparison table.
# Usage: bash tests/bench/engine.sh [BenchmarkDotNet arguments, e.g. --filter '*Execute*']
# Results go to artifacts/bench/<UTC time>/ (or $BENCH_OUT). About 5 minutes on 2 cores (up to 2 more waiting for
# the machine to quieten down).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${BENCH_OUT:-$root/artifacts/bench/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
# Waits (at most BENCH_IDLE_WAIT seconds, default 60) for the 1-minute load average to drop below the core
# count, so other work on the machine disturbs the run less; the load is recorded either way.
wait_idle() {
  local deadline=$((SECONDS + ${BENCH_IDLE_WAIT:-60}))
  while [ $SECONDS -lt $deadline ] && awk -v n="$(nproc)" '{ exit !($1 >= n) }' /proc/loadavg; do
    sleep 5
  done
}
load() { echo "$(date -u +%H:%M:%S) load average: $(cut -d' ' -f1-3 /proc/loadavg) ($1)" | tee -a "$out/load.txt"; }

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
  echo "memory: $(free -h | awk '/^Mem:/ { print $2 }')"
  echo "dotnet sdk: $(dotnet --version)"
  echo "dotnet runtime: $(dotnet --list-runtimes | grep Microsoft.NETCore.App | tail -1)"
  echo "node: $(node --version)"
  echo "commit: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- host tests/bench || echo ' (+ local changes)')"
} | tee "$out/machine.txt"

echo "== build"
dotnet build "$here/Appraisal.Benchmarks/Appraisal.Benchmarks.csproj" -c Release --nologo -v quiet
if [ ! -d "$here/graphql-js/node_modules/graphql" ]; then
  (cd "$here/graphql-js" && npm ci --no-audit --no-fund)
fi
bench="$here/Appraisal.Benchmarks/bin/Release/net10.0/Appraisal.Benchmarks.dll"
dotnet "$bench" --check

echo "== BenchmarkDotNet"
wait_idle
load "before BenchmarkDotNet"
args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  args=(--filter '*')
fi
(cd "$out" && dotnet "$bench" "${args[@]}" --artifacts "$out/bdn" > "$out/bdn.log" 2>&1) || { tail -50 "$out/bdn.log"; exit 1; }
sed -n '/^| Method/,/^$/p' "$out/bdn.log"
load "after BenchmarkDotNet"

echo "== graphql-js"
wait_idle
load "before graphql-js"
node "$here/graphql-js/bench.mjs" > "$out/graphql-js.json"
load "after graphql-js"

echo "== comparison"
node "$here/compare.mjs" "$out"/bdn/results/*-report-full.json "$out/graphql-js.json" | tee "$out/table.md"
echo
echo "results: $out"
