#!/usr/bin/env bash
# Ballots per second through submitBallot over HTTP on loopback (issue 4): the host in Release/Production with
# its durable store (WAL, synchronous=FULL, group commit), one fresh code per request, every request a full
# 人民满意机关 ballot (3 agencies × 6 indicators). Per connection count: REPS runs of WARMUP + DURATION seconds.
# After the runs the campaign is closed, its turnout compared with the ballots the driver saw accepted, and
# `verify` run on the data directory. Results: docs/benchmarks.md "## Ballots".
#
#   bash tests/bench/ballots/run.sh
#
# Environment: PORT (5190), CONNECTIONS ("64"; e.g. "64 16 1"), REPS (3), WARMUP (2), DURATION (8),
# JIT_WARMUP (5: one unmeasured run first), SKIP_BUILD=1 to reuse the Release build, RESULTS=<file> for the JSON lines,
# CASTER (wrk: see cast.sh; node for the older drive.mjs load).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
PORT="${PORT:-5190}"
CONNECTIONS="${CONNECTIONS:-64}"
REPS="${REPS:-3}"
WARMUP="${WARMUP:-2}"
DURATION="${DURATION:-8}"
JIT_WARMUP="${JIT_WARMUP:-5}"
KEY="bench-admin-key-0123456789abcdef"
url="http://127.0.0.1:$PORT/graphql"

work="$(mktemp -d)"
host_pid=""
cleanup() {
  local status=$?
  [[ -n "$host_pid" ]] && { kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; }
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
die() { echo "run.sh: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }
# shellcheck source=cast.sh
source "$here/cast.sh"
ensure_caster || die "no load tool"

(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && die "127.0.0.1:$PORT is already in use; set PORT"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  log "dotnet build -c Release host/Appraisal.Host"
  (cd "$root" && dotnet build -c Release host/Appraisal.Host -nologo -v q) >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; die "host build failed"; }
fi
host_dll="$root/host/Appraisal.Host/bin/Release/net10.0/Appraisal.Host.dll"
[[ -f "$host_dll" ]] || die "$host_dll is missing"

# Codes: enough for every run at well above the target rate.
runs=0; for c in $CONNECTIONS; do runs=$((runs + REPS)); done
codes=$(( (runs * (WARMUP + DURATION) + JIT_WARMUP + 2) * 9000 ))
data="$work/data"
mkdir -p "$data"
log "host on 127.0.0.1:$PORT, data in $data"
ASPNETCORE_ENVIRONMENT=Production dotnet "$host_dll" --urls "http://127.0.0.1:$PORT" \
  --Appraisal:DataDirectory="$data" --Appraisal:AdminKey="$KEY" --Appraisal:Demo=false \
  --Appraisal:RateLimits:PublicPerMinute=100000000 --Appraisal:RateLimits:PublicBurst=10000000 \
  --Logging:LogLevel:Default=Warning >"$work/host.log" 2>&1 &
host_pid=$!
deadline=$((SECONDS + 60))
until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/healthz" 2>/dev/null; do
  ((SECONDS < deadline)) || { cat "$work/host.log" >&2; die "host did not answer /healthz"; }
  sleep 0.2
done

log "setup: one campaign, $codes codes"
campaign="$(node "$here/drive.mjs" setup "$url" "$KEY" "$work/codes.txt" "$codes" | jq -r .campaignId)"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$host_pid/stat"; }
results="${RESULTS:-$work/results.jsonl}"
: >"$results"
next=0
accepted=0
unanswered=0
line=""
cast() { # connections warmup duration -> $line (JSON); counts the codes used and the ballots acknowledged
  line="$(cast_ballots "$url" "$work/codes.txt" "$next" "$1" "$2" "$3")" || die "driver failed"
  next=$((next + $(jq .codesUsed <<<"$line")))
  accepted=$((accepted + $(jq .acceptedIncludingWarmup <<<"$line")))
  unanswered=$((unanswered + $(jq .unanswered <<<"$line")))
}

if ((JIT_WARMUP > 0)); then
  log "JIT warm-up: ${JIT_WARMUP} s at 16 connections (not measured)"
  cast 16 0 "$JIT_WARMUP"
fi
hz="$(getconf CLK_TCK)"
for c in $CONNECTIONS; do
  for ((rep = 1; rep <= REPS; rep++)); do
    before="$(cpu_ticks)"; t0="$(date +%s.%N)"
    cast "$c" "$WARMUP" "$DURATION"
    after="$(cpu_ticks)"; t1="$(date +%s.%N)"
    # Host CPU over the whole run (warm-up included), per accepted ballot and in cores.
    line="$(jq -c --argjson rep "$rep" --argjson ticks "$((after - before))" --argjson hz "$hz" --argjson secs "$(echo "$t1 - $t0" | bc)" \
      '. + {rep: $rep, hostCores: (($ticks / $hz) / $secs), hostCpuMicrosPerBallot: (if .acceptedIncludingWarmup > 0 then ($ticks / $hz) * 1e6 / .acceptedIncludingWarmup else null end)}' <<<"$line")"
    echo "$line" | tee -a "$results" >&2
  done
done

log "close, compare, verify"
finish="$(node "$here/drive.mjs" finish "$url" "$KEY" "$campaign")"
kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=""
verify="$(dotnet "$host_dll" verify --Appraisal:DataDirectory="$data" 2>&1 | tail -1)"

echo
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, ${WARMUP} s warm-up + ${DURATION} s measured, $REPS repetitions"
node "$here/table.mjs" "$results"
echo "load tool: $CASTER; accepted by the driver: $accepted (plus $unanswered unanswered when the tool stopped); returned in the turnout: $(jq .returned <<<"$finish"); counted in the report: $(jq .ballotsCast <<<"$finish"); verify: $verify"
returned="$(jq .returned <<<"$finish")"
# Every acknowledged ballot is in the box; beyond them only ballots whose answer the tool never waited for.
((returned >= accepted && returned <= accepted + unanswered)) || die "turnout ($returned) is not between the ballots acknowledged ($accepted) and those plus the unanswered ($unanswered)"
