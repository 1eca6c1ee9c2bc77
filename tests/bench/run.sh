#!/usr/bin/env bash
# Issue 7's side-by-side run: the Appraisal host against the Node peer a team would build instead
# (tests/bench/peer: Apollo Server + graphql-js + better-sqlite3, same SDL, same casting rules and durability),
# on this machine, one server at a time, loopback only, the same load tools for both:
#   - ballots/s and p50/p99 latency of submitBallot at 1, 16 and 64 connections (wrk with ballots/cast.lua, or
#     drive.mjs with CASTER=node: every request a full 人民满意机关 ballot with a fresh code), with the server's CPU
#     per ballot,
#   - report query throughput (autocannon, admin key, the stored tally's tables: what a results page asks for),
#   - `{ __typename }` throughput (autocannon),
#   - cold start: process start → first 200 on /graphql, fresh data directory,
#   - peak RSS under the ballot load (VmRSS sampled during the runs at the most connections) and VmHWM,
# each figure the median of REPS repetitions with its range, then one markdown table host vs peer. Before any
# load both servers play the same fixed script (peer/harness/check.mjs: valid and refused ballots, code errors,
# close, turnout, report tables) and must answer it identically; after it each server's `verify` must pass and
# its turnout must equal the ballots the driver saw accepted. Optionally (on by default) the engine
# micro-benchmarks against graphql-js (engine.sh) and the tally/assignment BenchmarkDotNet (ballots/bdn.sh) run
# too and their summaries are printed after the table.
#
#   bash tests/bench/run.sh [--skip-build] [--skip-engine] [--skip-bdn]
#
# Environment (defaults): HOST_PORT (5200), PEER_PORT (5201), CONNECTIONS ("1 16 64"), REPS (3), WARMUP (2) and
# DURATION (8) seconds per measured run, JIT_WARMUP (5: unmeasured casting first), LOAD_CONNECTIONS (50, for the
# report and `{ __typename }` loads), CODE_RATE (9000: codes issued per second of casting, must exceed the host's
# rate), PEER_FLAGS ("": e.g. --group-commit to measure the peer with batched commits instead), CASTER (wrk; node
# for drive.mjs: see ballots/cast.sh), SKIP_BUILD,
# SKIP_ENGINE, SKIP_BDN (=1), BENCH_OUT (artifacts/bench/<UTC time>/: logs, JSON lines, the table; the servers'
# data directories are made there too, so on the repository's disk: not on a tmpfs, where fsync costs nothing).
# Quiet machine: before each repetition wait up to QUIET_WAIT (60) seconds until other processes keep at most
# QUIET (20) % of the CPUs busy, but never more than QUIET_BUDGET (180) seconds in all; the table says how busy
# the machine was. With the defaults the side-by-side part takes about 10–15 minutes on 2 cores, engine.sh about
# 5–7 more, bdn.sh 5–10 more (its 10^6-ballot world is built once, minutes, and reused afterwards).
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench/../.." && pwd)"
peer="$bench/peer"
harness="$peer/harness"
driver="$bench/ballots/drive.mjs"

for arg in "$@"; do
  case "$arg" in
    --skip-build) SKIP_BUILD=1 ;;
    --skip-engine) SKIP_ENGINE=1 ;;
    --skip-bdn) SKIP_BDN=1 ;;
    -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $arg (try --help)" >&2; exit 2 ;;
  esac
done

HOST_PORT="${HOST_PORT:-5200}"
PEER_PORT="${PEER_PORT:-5201}"
CONNECTIONS="${CONNECTIONS:-1 16 64}"
REPS="${REPS:-3}"
WARMUP="${WARMUP:-2}"
DURATION="${DURATION:-8}"
JIT_WARMUP="${JIT_WARMUP:-5}"
LOAD_CONNECTIONS="${LOAD_CONNECTIONS:-50}"
CODE_RATE="${CODE_RATE:-9000}"
PEER_FLAGS="${PEER_FLAGS:-}"
QUIET="${QUIET:-20}"
QUIET_WAIT="${QUIET_WAIT:-60}"
QUIET_BUDGET="${QUIET_BUDGET:-180}"
KEY="bench-admin-key-0123456789abcdef"
out="${BENCH_OUT:-$root/artifacts/bench/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
results="$out/side-by-side.jsonl"
: >"$results"

# shellcheck source=common.sh
source "$bench/common.sh" # describe_machine, cpu_busy
# shellcheck source=ballots/cast.sh
source "$bench/ballots/cast.sh" # cast_ballots: wrk (CASTER=wrk, the default) or drive.mjs (CASTER=node)
log() { echo "== $(date -u +%H:%M:%S) $*" >&2; }
die() { echo "run.sh: $*" >&2; exit 1; }
ensure_caster || die "no load tool for casting"
server_pid=""
sampler_pid=""
end_process() { # pid, if any: stops it and waits for it
  [[ -z "$1" ]] || { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
}
on_exit() {
  local status=$?
  end_process "$sampler_pid"
  end_process "$server_pid"
  exit "$status"
}
trap on_exit EXIT
trap 'exit 130' INT TERM
for port in "$HOST_PORT" "$PEER_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then die "127.0.0.1:$port is already in use; set HOST_PORT/PEER_PORT"; fi
done
[[ "$(stat -f -c %T "$out")" == tmpfs ]] && log "warning: $out is on a tmpfs, where fsync is free: durability costs nothing there"

# ---- build ------------------------------------------------------------------------------------------------------
host_dll="$root/host/Appraisal.Host/bin/Release/net10.0/Appraisal.Host.dll"
# better-sqlite3 compiles its native addon when no prebuilt binary can be downloaded; node-gyp then needs the
# headers of the running Node, which distributions install beside it (<prefix>/include/node): point node-gyp
# there instead of letting it download them, and skip the prebuilt download, which cannot work offline.
peer_install() {
  local prefix
  prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  if [[ -z "${npm_config_nodedir:-}" && -f "$prefix/include/node/node.h" ]]; then
    export npm_config_nodedir="$prefix"
  fi
  export npm_config_build_from_source=true
  local stamp
  stamp="$(cat "$peer/package-lock.json" <(node -p 'process.version + " " + process.versions.modules') | sha256sum | cut -c1-64)"
  if [[ "$(cat "$peer/node_modules/.bench-stamp" 2>/dev/null)" == "$stamp" ]]; then
    log "peer: node_modules matches package-lock.json and this Node; npm ci skipped"
    return
  fi
  log "npm ci (peer; better-sqlite3 compiles from source: a few minutes)"
  (cd "$peer" && npm ci --no-audit --no-fund) >"$out/npm.log" 2>&1 || { tail -40 "$out/npm.log" >&2; die "npm ci failed (see $out/npm.log)"; }
  (cd "$peer" && node -e "new (require('better-sqlite3'))(':memory:').close()") || die "better-sqlite3 does not load"
  echo "$stamp" >"$peer/node_modules/.bench-stamp"
}
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  log "dotnet build -c Release host/Appraisal.Host"
  (cd "$root" && dotnet build -c Release host/Appraisal.Host -nologo -v q) >"$out/build.log" 2>&1 \
    || { tail -40 "$out/build.log" >&2; die "host build failed (see $out/build.log)"; }
  peer_install
fi
[[ -f "$host_dll" ]] || die "$host_dll is missing; run without --skip-build"
[[ -d "$peer/node_modules/better-sqlite3" && -d "$peer/node_modules/autocannon" ]] || die "$peer/node_modules is missing; run without --skip-build"

# ---- servers ----------------------------------------------------------------------------------------------------
server_command() { # server data-directory -> the global array cmd
  if [[ "$1" == host ]]; then
    cmd=(dotnet "$host_dll" --urls "http://127.0.0.1:$HOST_PORT" --Appraisal:DataDirectory="$2" --Appraisal:AdminKey="$KEY"
      --Appraisal:Demo=false --Appraisal:RateLimits:PublicPerMinute=100000000 --Appraisal:RateLimits:PublicBurst=10000000
      --Logging:LogLevel:Default=Warning)
  else
    local flags
    read -ra flags <<<"$PEER_FLAGS"
    cmd=(node "$peer/server.mjs" --port "$PEER_PORT" --data "$2" --admin-key "$KEY" "${flags[@]}")
  fi
}
port_of() { [[ "$1" == host ]] && echo "$HOST_PORT" || echo "$PEER_PORT"; }
answers() { # port: a POST { __typename } gets 200
  curl -fsS -o /dev/null --max-time 2 -H 'content-type: application/json' --data-binary '{"query":"{ __typename }"}' \
    "http://127.0.0.1:$1/graphql" 2>/dev/null
}
start() { # server data-directory
  local port; port="$(port_of "$1")"
  server_command "$1" "$2"
  ASPNETCORE_ENVIRONMENT=Production NODE_ENV=production "${cmd[@]}" >"$out/$1.log" 2>&1 &
  server_pid=$!
  local deadline=$((SECONDS + 90))
  until answers "$port"; do
    kill -0 "$server_pid" 2>/dev/null || { tail -30 "$out/$1.log" >&2; die "$1 exited while starting"; }
    ((SECONDS < deadline)) || { tail -30 "$out/$1.log" >&2; die "$1 did not answer on 127.0.0.1:$port"; }
    sleep 0.2
  done
}
stop() {
  end_process "$server_pid"
  server_pid=""
}
verify_data() { # server data-directory -> one line
  if [[ "$1" == host ]]; then
    dotnet "$host_dll" verify --Appraisal:DataDirectory="$2" 2>&1 | tail -1
  else
    node "$peer/server.mjs" verify "$2" 2>&1 | tail -1
  fi
}

# ---- quiet machine ----------------------------------------------------------------------------------------------
waited=0
bg=0
quiet() { # sets $bg: the background CPU measured last
  local started=$SECONDS
  bg="$(cpu_busy)"
  while ((bg > QUIET && SECONDS - started < QUIET_WAIT && waited + SECONDS - started < QUIET_BUDGET)); do
    bg="$(cpu_busy)"
  done
  waited=$((waited + SECONDS - started))
  ((bg <= QUIET)) || log "machine busy (${bg} % CPU used by other processes); measuring anyway"
}
record() { # server kind JSON-line
  jq -c --arg s "$1" --arg k "$2" --argjson bg "$bg" '. + {server: $s, kind: $k, backgroundCpu: $bg}' <<<"$3" | tee -a "$results" >&2
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
rss_sampler() { # file: the highest VmRSS (KiB) seen every 100 ms until killed
  local top=0 kib
  while kib="$(awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status" 2>/dev/null)" && [[ -n "$kib" ]]; do
    ((kib > top)) && { top=$kib; echo "$top" >"$1"; }
    sleep 0.1
  done
}

# ---- same semantics ---------------------------------------------------------------------------------------------
log "same-semantics check: one fixed script against each server"
for server in host peer; do
  data="$(mktemp -d "$out/check-$server.XXXX")"
  start "$server" "$data"
  node "$harness/check.mjs" "http://127.0.0.1:$(port_of "$server")/graphql" "$KEY" >"$out/check-$server.json" \
    || { stop; die "the check script failed against the $server"; }
  stop
  rm -rf "$data"
done
diff -u "$out/check-host.json" "$out/check-peer.json" >"$out/check.diff" \
  || { head -60 "$out/check.diff" >&2; die "host and peer answer the check script differently (see $out/check.diff)"; }
check_line="same-semantics check: host and peer gave identical answers to $(jq '.casts | length' "$out/check-host.json") submissions, the turnout and the report tables"
log "$check_line"

# ---- load -------------------------------------------------------------------------------------------------------
read -ra counts <<<"$CONNECTIONS"
codes_needed=$(((${#counts[@]} * REPS * (WARMUP + DURATION) + JIT_WARMUP + 2) * CODE_RATE))
hz="$(getconf CLK_TCK)"
TYPENAME_BODY='{"query":"{ __typename }"}'
REPORT_QUERY='query($id: ID!) { campaign(id: $id) { id title status turnout { groupKey issued returned } report { ballotsCast sheetsCounted minimumCellSize error tables { key title { zhCn en } columns { zhCn en } rows { text number suppressed } } } } }'
declare -A verdict

measure() { # server
  local server=$1 port url data codes campaign next=0 accepted=0 unanswered=0 line c rep
  port="$(port_of "$server")"
  url="http://127.0.0.1:$port/graphql"
  data="$(mktemp -d "$out/data-$server.XXXX")"
  codes="$out/codes-$server.txt"
  start "$server" "$data"
  log "$server: pid $server_pid; setup: one campaign, $codes_needed codes"
  campaign="$(node "$driver" setup "$url" "$KEY" "$codes" "$codes_needed" | jq -r .campaignId)" || die "$server: setup failed"

  cast() { # connections warmup duration -> $line
    line="$(cast_ballots "$url" "$codes" "$next" "$1" "$2" "$3")" || die "$server: the load tool failed"
    next=$((next + $(jq .codesUsed <<<"$line")))
    accepted=$((accepted + $(jq .acceptedIncludingWarmup <<<"$line")))
    unanswered=$((unanswered + $(jq .unanswered <<<"$line")))
  }
  if ((JIT_WARMUP > 0)); then
    log "$server: warm-up, ${JIT_WARMUP} s at 16 connections (not measured)"
    cast 16 0 "$JIT_WARMUP"
  fi
  for c in "${counts[@]}"; do
    for ((rep = 1; rep <= REPS; rep++)); do
      quiet
      local before after t0 t1 rss="$out/rss-$server.txt"
      echo 0 >"$rss"
      rss_sampler "$rss" &
      sampler_pid=$!
      before="$(cpu_ticks)"; t0="$(date +%s.%N)"
      cast "$c" "$WARMUP" "$DURATION"
      after="$(cpu_ticks)"; t1="$(date +%s.%N)"
      end_process "$sampler_pid"
      sampler_pid=""
      # Server CPU over the whole run (warm-up included) per ballot accepted in it.
      record "$server" cast "$(jq -c --argjson rep "$rep" --argjson ticks "$((after - before))" --argjson hz "$hz" \
        --argjson secs "$(echo "$t1 - $t0" | bc)" --argjson rss "$(cat "$rss")" \
        '. + {rep: $rep, peakRssKiB: $rss, serverCores: (($ticks / $hz) / $secs),
              serverCpuUsPerBallot: (if .acceptedIncludingWarmup > 0 then ($ticks / $hz) * 1e6 / .acceptedIncludingWarmup else null end)}' <<<"$line")"
    done
  done

  log "$server: close (tally), turnout"
  local finish returned
  finish="$(node "$driver" finish "$url" "$KEY" "$campaign")" || die "$server: finish failed"
  returned="$(jq .returned <<<"$finish")"

  local body
  body="$(jq -cn --arg q "$REPORT_QUERY" --arg id "$campaign" '{query: $q, variables: {id: $id}}')"
  curl -fsS -H 'content-type: application/json' -H "authorization: Bearer $KEY" --data-binary "$body" "$url" >"$out/report-$server.json"
  jq -e '(.errors | not) and (.data.campaign.report.tables | length > 0)' "$out/report-$server.json" >/dev/null \
    || die "$server: the report query did not answer with the report's tables: $(head -c 300 "$out/report-$server.json")"
  for ((rep = 1; rep <= REPS; rep++)); do
    quiet
    line="$(node "$harness/load.mjs" "$url" "$body" "$LOAD_CONNECTIONS" "$WARMUP" "$DURATION" "$server_pid" "Bearer $KEY")" \
      || die "$server: report query load failed"
    record "$server" report "$(jq -c --argjson rep "$rep" '. + {rep: $rep}' <<<"$line")"
  done
  for ((rep = 1; rep <= REPS; rep++)); do
    quiet
    line="$(node "$harness/load.mjs" "$url" "$TYPENAME_BODY" "$LOAD_CONNECTIONS" "$WARMUP" "$DURATION" "$server_pid")" \
      || die "$server: { __typename } load failed"
    record "$server" typename "$(jq -c --argjson rep "$rep" '. + {rep: $rep}' <<<"$line")"
  done
  record "$server" hwm "{\"vmHwmKiB\": $(awk '/^VmHWM:/ { print $2 }' "/proc/$server_pid/status")}"
  stop

  local verified
  verified="$(verify_data "$server" "$data")"
  verdict[$server]="$server: $accepted ballots acknowledged to the load tool ($CASTER; $unanswered more unanswered when it stopped), $returned returned in the turnout; $verified"
  log "${verdict[$server]}"
  # Every acknowledged ballot is in the box; beyond them only ballots whose answer the tool never waited for.
  ((returned >= accepted && returned <= accepted + unanswered)) \
    || die "$server: the turnout ($returned) is not between the ballots acknowledged ($accepted) and those plus the unanswered ($unanswered)"
  rm -rf "$data" "$codes"
}

measure host
measure peer

log "cold starts: $REPS per server, alternating, fresh data directories"
for ((rep = 1; rep <= REPS; rep++)); do
  for server in host peer; do
    quiet
    data="$(mktemp -d "$out/cold-$server.XXXX")"
    server_command "$server" "$data"
    line="$(ASPNETCORE_ENVIRONMENT=Production NODE_ENV=production node "$harness/coldstart.mjs" "$(port_of "$server")" 90 "${cmd[@]}")" \
      || die "$server: no cold start"
    record "$server" coldstart "$(jq -c --argjson rep "$rep" '. + {rep: $rep}' <<<"$line")"
    rm -rf "$data"
  done
done

# ---- engine and BenchmarkDotNet ---------------------------------------------------------------------------------
engine_summary="engine micro-benchmarks: skipped (SKIP_ENGINE=1 or --skip-engine)"
if [[ "${SKIP_ENGINE:-0}" != 1 ]]; then
  log "engine micro-benchmarks against graphql-js (tests/bench/engine.sh, several minutes)"
  if BENCH_OUT="$out/engine" bash "$bench/engine.sh" >"$out/engine.log" 2>&1; then
    engine_summary="$(cat "$out/engine/table.md")"
  else
    engine_summary="engine micro-benchmarks: FAILED, see $out/engine.log"
  fi
fi
bdn_summary="tally and assignment BenchmarkDotNet: skipped (SKIP_BDN=1 or --skip-bdn)"
if [[ "${SKIP_BDN:-0}" != 1 ]]; then
  log "tally of 10^4..10^6 ballots and balanced assignment (tests/bench/ballots/bdn.sh, several minutes)"
  if BENCH_OUT="$out/bdn" bash "$bench/ballots/bdn.sh" >"$out/bdn.log" 2>&1; then
    bdn_summary="$(sed -n '/^== BenchmarkDotNet/,/^results:/p' "$out/bdn.log" | grep -v '^== \|^results:\|load average')"
  else
    bdn_summary="tally and assignment BenchmarkDotNet: FAILED, see $out/bdn.log"
  fi
fi

# ---- table ------------------------------------------------------------------------------------------------------
{
  echo "## Side by side: Appraisal host vs Node peer"
  echo
  describe_machine | sed 's/^/    /'
  echo "    node: $(node --version); peer: $(grep -m1 '^ballot peer ready' "$out/peer.log" | sed 's/^ballot peer ready at [^ ]* //')"
  echo "    load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); waited ${waited} s for a quiet machine"
  echo "    ${WARMUP} s warm-up + ${DURATION} s measured, $REPS repetitions; ballots: ${CONNECTIONS// /, } connections; report and \`{ __typename }\`: $LOAD_CONNECTIONS connections"
  echo
  node "$harness/table.mjs" "$results"
  echo
  echo "- $check_line."
  echo "- ${verdict[host]}"
  echo "- ${verdict[peer]}"
  echo
  echo "### Engine against graphql-js"
  echo
  echo "$engine_summary"
  echo
  echo "### Tally and balanced assignment (BenchmarkDotNet)"
  echo
  echo "$bdn_summary"
} | tee "$out/summary.md"
echo
echo "results: $out"
