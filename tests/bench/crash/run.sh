#!/usr/bin/env bash
# The long crash loop (issue 7 item 3, docs/benchmarks.md "Faults"): on one data directory, CYCLES times (start
# the Release host, cast fresh codes from VOTERS concurrent voters, kill -9 at a seeded random moment, run
# `verify`, read the file), then a last start that resubmits the codes that died in flight, closes and publishes.
# Prints a line per cycle and one summary line (cycles, acknowledged, lost, spent-without-ballot, time); exits
# non-zero when an acknowledged ballot was lost, a code was spent without its ballot, or any other rule broke.
# The harness is the quick test's (tests/Appraisal.Host.Tests/Faults), run longer.
#
#   bash tests/bench/crash/run.sh
#
# Environment: CYCLES (20), VOTERS (64), CODES (12000 fresh codes a cycle), LONGEST_MS (3000: the kill comes
# 50 ms to this long after the cycle's first acknowledged ballot), CRASH_SEED (random; printed, replays the kill
# moments), SKIP_BUILD=1 to reuse the Release build.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$(pwd)

seed=${CRASH_SEED:-$(( (RANDOM << 15 | RANDOM) ))}
echo "== crash loop seed $seed; load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== build (Release)"
  dotnet build -c Release -nologo -v q host/Appraisal.Host/Appraisal.Host.csproj
  dotnet build -c Release -nologo -v q tests/bench/crash/Appraisal.CrashLoop.csproj
fi

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
status=0
dotnet "$root/tests/bench/crash/bin/Release/net10.0/Appraisal.CrashLoop.dll" --data "$data" --seed "$seed" \
  --cycles "${CYCLES:-20}" --voters "${VOTERS:-64}" --codes "${CODES:-12000}" --longest-ms "${LONGEST_MS:-3000}" || status=$?
echo "== $(date -u +%Y-%m-%dT%H:%MZ), load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
