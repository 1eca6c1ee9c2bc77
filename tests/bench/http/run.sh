#!/usr/bin/env bash
# HTTP GraphQL throughput: the Appraisal host (Release, Production) against Apollo Server (standalone, default
# document cache) on this machine, one server at a time, loopback only, autocannon POST application/json,
# 50 connections, 2 s warm-up then 8 s measured, 3 repetitions per server and workload.
# Setup mirrors /work/shared/GRAPHQL.md §5.3. Results: docs/benchmarks.md "## HTTP throughput".
#
#   bash tests/bench/http/run.sh            # build, verify both answer identically, load, print the table
#   bash tests/bench/http/run.sh --capture  # first refresh peer/appraisal-types.json from the host's answer
#
# Environment: HOST_PORT (5180), PEER_PORT (5181), CONNECTIONS (50), WARMUP (2), DURATION (8), REPS (3),
# SKIP_BUILD=1 to reuse an existing Release build, RESULTS=<file> to keep the raw JSON lines,
# QUIET (20) and QUIET_WAIT (180): before each repetition wait up to QUIET_WAIT seconds until other processes keep
# at most QUIET % of the CPUs busy; the table shows the background load each measurement actually had.
# ORDER=interleaved restarts the servers and alternates them per repetition (host, Apollo, host, …) so that a
# machine shared with other work disturbs both alike, but every restart measures a partly jitted host again (2 s of
# warm-up is short for .NET tiered compilation on a busy machine); the default (sequential) runs all host
# repetitions first.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
peer="$here/peer"
HOST_PORT="${HOST_PORT:-5180}"
PEER_PORT="${PEER_PORT:-5181}"
CONNECTIONS="${CONNECTIONS:-50}"
WARMUP="${WARMUP:-2}"
DURATION="${DURATION:-8}"
REPS="${REPS:-3}"
QUIET="${QUIET:-20}"
ORDER="${ORDER:-sequential}"
QUIET_WAIT="${QUIET_WAIT:-180}"
capture=0
[[ "${1:-}" == "--capture" ]] && capture=1

TYPENAME='{ __typename }'
REALISTIC='{ appraisalTypes { key name { zhCn en } distribution { strategy } templates { key questionnaire { items { key kind scope required } } } } }'

work="$(mktemp -d)"
server_pid=""   # the one server running now, if any (servers run one at a time)
cleanup() {
  local status=$?
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

die() { echo "run.sh: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }

for port in "$HOST_PORT" "$PEER_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "127.0.0.1:$port is already in use; set HOST_PORT/PEER_PORT"
  fi
done

# ---- build ------------------------------------------------------------------------------------------------
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  log "dotnet build -c Release host/Appraisal.Host"
  (cd "$root" && dotnet build -c Release host/Appraisal.Host -nologo -v q) >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; die "host build failed"; }
  log "npm ci (peer)"
  (cd "$peer" && npm ci --ignore-scripts --no-audit --no-fund) >"$work/npm.log" 2>&1 \
    || { cat "$work/npm.log" >&2; die "npm ci failed"; }
fi
host_dll="$root/host/Appraisal.Host/bin/Release/net10.0/Appraisal.Host.dll"
[[ -f "$host_dll" ]] || die "$host_dll is missing"
[[ -d "$peer/node_modules/autocannon" ]] || die "peer/node_modules is missing; run without SKIP_BUILD=1"

# ---- servers ----------------------------------------------------------------------------------------------
wait_http() { # url seconds
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}

start_host() {
  local data; data="$(mktemp -d "$work/data.XXXX")"
  ASPNETCORE_ENVIRONMENT=Production dotnet "$host_dll" --urls "http://127.0.0.1:$HOST_PORT" \
    --Appraisal:DataDirectory="$data" --Logging:LogLevel:Default=Warning >"$work/host.log" 2>&1 &
  server_pid=$!
  wait_http "http://127.0.0.1:$HOST_PORT/healthz" 60 || { cat "$work/host.log" >&2; die "host did not answer /healthz"; }
}
start_peer() {
  (cd "$peer" && NODE_ENV=production exec node server.mjs "$PEER_PORT") >"$work/peer.log" 2>&1 &
  server_pid=$!
  # Apollo answers GET / with its landing page; any HTTP answer means it listens.
  local deadline=$((SECONDS + 30))
  until curl -sS -o /dev/null --max-time 2 "http://127.0.0.1:$PEER_PORT/" 2>/dev/null; do
    ((SECONDS < deadline)) || { cat "$work/peer.log" >&2; die "apollo peer did not start"; }
    sleep 0.2
  done
}
stop_server() {
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

post() { # port query -> body on stdout
  curl -fsS --max-time 10 -H 'content-type: application/json' \
    -H 'accept: application/graphql-response+json, application/json;q=0.9' \
    --data-binary "$(jq -cn --arg q "$2" '{query: $q}')" "http://127.0.0.1:$1/graphql"
}

# ---- verify: both answer the realistic query with byte-identical `data` ---------------------------------
log "verify: realistic query, host vs apollo peer"
start_host
post "$HOST_PORT" "$REALISTIC" >"$work/host.json" || die "host did not answer the realistic query"
post "$HOST_PORT" "$TYPENAME" >"$work/host-typename.json" || die "host did not answer { __typename }"
if ((capture)); then
  jq '.data' "$work/host.json" >"$peer/appraisal-types.json"
  log "captured peer/appraisal-types.json from the host"
fi
stop_server
start_peer
post "$PEER_PORT" "$REALISTIC" >"$work/peer.json" || die "apollo peer did not answer the realistic query"
post "$PEER_PORT" "$TYPENAME" >"$work/peer-typename.json" || die "apollo peer did not answer { __typename }"
stop_server
node "$peer/compare-data.mjs" "$work/host.json" "$work/peer.json" \
  || die "host and apollo peer answer the realistic query differently (rerun with --capture if the bundled plugins changed)"
grep -q '"__typename":"Query"' "$work/host-typename.json" || die "host: unexpected { __typename } answer: $(cat "$work/host-typename.json")"
grep -q '"__typename":"Query"' "$work/peer-typename.json" || die "peer: unexpected { __typename } answer: $(cat "$work/peer-typename.json")"

# ---- load -------------------------------------------------------------------------------------------------
# shellcheck source=../common.sh
source "$here/../common.sh" # cpu_busy

results="${RESULTS:-$work/results.jsonl}"
: >"$results"
load() { # server port workload query first-rep last-rep
  local rep line bg
  for ((rep = $5; rep <= $6; rep++)); do
    local deadline=$((SECONDS + QUIET_WAIT))
    bg="$(cpu_busy)"
    while ((bg > QUIET && SECONDS < deadline)); do
      bg="$(cpu_busy)"
    done
    ((bg <= QUIET)) || log "machine still busy (${bg} % CPU used by other processes); measuring anyway"
    line="$(cd "$peer" && node load.mjs "http://127.0.0.1:$2/graphql" "$4" "$CONNECTIONS" "$WARMUP" "$DURATION" 1 "$server_pid")" \
      || die "load against $1 failed"
    echo "$line" | jq -c --arg s "$1" --arg w "$3" --argjson r "$rep" --argjson bg "$bg" \
      '. + {server: $s, workload: $w, rep: $r, backgroundCpu: $bg}' | tee -a "$results" >&2
  done
}
load_host() { # first-rep last-rep
  log "load: appraisal host (Release, Production) on 127.0.0.1:$HOST_PORT, repetitions $1..$2"
  start_host
  load appraisal "$HOST_PORT" typename "$TYPENAME" "$1" "$2"
  load appraisal "$HOST_PORT" realistic "$REALISTIC" "$1" "$2"
  stop_server
}
load_peer() { # first-rep last-rep
  log "load: apollo server (standalone, NODE_ENV=production) on 127.0.0.1:$PEER_PORT, repetitions $1..$2"
  start_peer
  load apollo "$PEER_PORT" typename "$TYPENAME" "$1" "$2"
  load apollo "$PEER_PORT" realistic "$REALISTIC" "$1" "$2"
  stop_server
}

if [[ "$ORDER" == interleaved ]]; then
  for ((r = 1; r <= REPS; r++)); do
    load_host "$r" "$r"
    load_peer "$r" "$r"
  done
else
  load_host 1 "$REPS"
  load_peer 1 "$REPS"
fi

# ---- table ------------------------------------------------------------------------------------------------
echo
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, $CONNECTIONS connections, ${WARMUP} s warm-up + ${DURATION} s measured, $REPS repetitions ($ORDER)"
node "$peer/table.mjs" "$results"
