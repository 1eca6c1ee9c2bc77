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
# shellcheck source=common.sh
source "$here/common.sh"
{
  describe_machine
  echo "node: $(node --version)"
} | tee "$out/machine.txt"

echo "== build"
dotnet build "$here/Appraisal.Benchmarks/Appraisal.Benchmarks.csproj" -c Release --nologo -v quiet
if [ ! -d "$here/graphql-js/node_modules/graphql" ]; then
  (cd "$here/graphql-js" && npm ci --no-audit --no-fund)
fi
bench="$here/Appraisal.Benchmarks/bin/Release/net10.0/Appraisal.Benchmarks.dll"
dotnet "$bench" --check

echo "== BenchmarkDotNet"
run_benchmarkdotnet "$bench" "$@"
sed -n '/^| Method/,/^$/p' "$out/bdn.log"

echo "== graphql-js"
wait_idle
record_load "before graphql-js"
node "$here/graphql-js/bench.mjs" > "$out/graphql-js.json"
record_load "after graphql-js"

echo "== comparison"
node "$here/compare.mjs" "$out"/bdn/results/*-report-full.json "$out/graphql-js.json" | tee "$out/table.md"
echo
echo "results: $out"
