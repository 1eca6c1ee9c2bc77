#!/usr/bin/env bash
# The tally of 10^4, 10^5 and 10^6 ballots and the balanced draw of 10^4 and 10^5 raters, with BenchmarkDotNet
# (issues 4 and 7, docs/benchmarks.md):
#   1. builds Appraisal.Benchmarks.Ballots (Release) and runs its --check on the smallest world,
#   2. runs BenchmarkDotNet (1 launch, 2 warm-ups, 6 iterations of one tally or draw each),
#   3. prints the world build lines and BenchmarkDotNet's markdown table.
# Usage: bash tests/bench/ballots/bdn.sh [BenchmarkDotNet arguments, e.g. --filter '*Assignment*']
# Results go to artifacts/bench/<UTC time>/ (or $BENCH_OUT). Worlds are built once into artifacts/bench/worlds/
# (APPRAISAL_BENCH_WORLDS): the 10^6 one takes minutes and about 4 GB; later runs reuse them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bench_dir=$(cd "$here/.." && pwd)
root=$(cd "$here/../../.." && pwd)
out=${BENCH_OUT:-$root/artifacts/bench/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
# shellcheck source=../common.sh
source "$bench_dir/common.sh"
describe_machine | tee "$out/machine.txt"

echo "== build"
dotnet build "$bench_dir/Appraisal.Benchmarks.Ballots/Appraisal.Benchmarks.Ballots.csproj" -c Release --nologo -v quiet
bench="$bench_dir/Appraisal.Benchmarks.Ballots/bin/Release/net10.0/Appraisal.Benchmarks.Ballots.dll"
dotnet "$bench" --check 10000

echo "== BenchmarkDotNet"
run_benchmarkdotnet "$bench" "$@"
# The setup of each tally benchmark says whether it built or reused its world, and how long building took.
grep -h '^world ' "$out/bdn.log" | sort -u || true
echo
cat "$out"/bdn/results/*-report-github.md
echo
echo "results: $out"
