#!/usr/bin/env bash
# Ballots per second on PostgreSQL (issue 8): a throwaway PostgreSQL cluster on loopback, then
#   1. one Release host on it (the figure to compare with), and
#   2. two Release hosts on one database, the driver's connections alternating between them (round robin),
# each with CONNECTIONS connections for REPS runs of WARMUP + DURATION seconds, one fresh code and one full
# 人民满意机关 ballot per request (tests/bench/ballots/drive.mjs). After each part the campaign is closed, the turnout
# compared with the ballots the driver saw accepted, and `verify` run on the database. Everything listens on
# 127.0.0.1 only; the cluster and its folder are removed at the end, on error and on Ctrl-C.
#
#   bash tests/bench/cluster/run.sh
#
# Environment: PORTS ("5210 5211"), PG_PORT (5212), CONNECTIONS (64), REPS (3), WARMUP (2), DURATION (10),
# JIT_WARMUP (5: one unmeasured run first), RATE_CEILING (1500: codes issued per second of running),
# SKIP_BUILD=1 to reuse the Release build. With the defaults it takes about five minutes on 2 cores (the build, and
# issuing the codes through GraphQL, take half of that).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
drive="$root/tests/bench/ballots/drive.mjs"
read -r -a ports <<<"${PORTS:-5210 5211}"
PG_PORT="${PG_PORT:-5212}"
CONNECTIONS="${CONNECTIONS:-64}"
REPS="${REPS:-3}"
WARMUP="${WARMUP:-2}"
DURATION="${DURATION:-10}"
JIT_WARMUP="${JIT_WARMUP:-5}"
RATE_CEILING="${RATE_CEILING:-1500}"
KEY="bench-admin-key-0123456789abcdef"

# shellcheck source=../common.sh
source "$root/tests/bench/common.sh"   # die, wait_for_url, release_host
log() { echo "== $*" >&2; }

work="$(mktemp -d)"
pg_bin=""
host_pids=()
stop_hosts() {
  for pid in "${host_pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  host_pids=()
}
# On every way out: the hosts, then the cluster (immediate: nothing in it is worth keeping), then the folder.
on_exit() {
  local status=$?
  stop_hosts
  if [[ -n "$pg_bin" && -f "$work/pg/data/postmaster.pid" ]]; then
    as_postgres "$pg_bin/pg_ctl" -D "$work/pg/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap on_exit EXIT
trap 'exit 130' INT TERM
# initdb and postgres refuse to run as root; Debian's package made the postgres user for them.
as_postgres() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

for port in "${ports[@]}" "$PG_PORT"; do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && die "127.0.0.1:$port is already in use; set PORTS / PG_PORT"
done
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[[ -x "$pg_bin/initdb" ]] || die "no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)"

release_host   # sets host_dll

log "PostgreSQL ($pg_bin) on 127.0.0.1:$PG_PORT, cluster in $work/pg"
mkdir -p "$work/pg/data"
[[ "$(id -u)" == 0 ]] && chown -R postgres "$work/pg"
chmod 755 "$work"
as_postgres "$pg_bin/initdb" -D "$work/pg/data" -A trust -U postgres -E UTF8 --locale=C >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; die "initdb failed"; }
as_postgres "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w -t 60 \
  -o "-p $PG_PORT -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null \
  || { cat "$work/pg/server.log" >&2; die "PostgreSQL did not start"; }
for database in single pair; do
  "$pg_bin/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "CREATE DATABASE $database" >/dev/null
done
connection() { echo "Host=127.0.0.1;Port=$PG_PORT;Database=$1;Username=postgres"; }

start_host() { # index database
  local port="${ports[$1]}" data="$work/host$1-$2"
  mkdir -p "$data"
  ASPNETCORE_ENVIRONMENT=Production dotnet "$host_dll" --urls "http://127.0.0.1:$port" \
    --Appraisal:DataDirectory="$data" --Appraisal:AdminKey="$KEY" --Appraisal:Demo=false \
    --Appraisal:Database:Provider=postgres --Appraisal:Database:ConnectionString="$(connection "$2")" \
    --Appraisal:RateLimits:PublicPerMinute=100000000 --Appraisal:RateLimits:PublicBurst=10000000 \
    --Logging:LogLevel:Default=Warning >"$work/host$1-$2.log" 2>&1 &
  host_pids+=($!)
  wait_for_url "http://127.0.0.1:$port/healthz" 60 "$work/host$1-$2.log" "the host on $port"
}

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hosts_ticks() { local sum=0; for pid in "${host_pids[@]}"; do sum=$((sum + $(ticks "$pid"))); done; echo "$sum"; }
# The server's CPU: the postmaster with its reaped children (fields 16-17) and the backends alive now.
db_ticks() {
  local postmaster sum
  postmaster="$(head -1 "$work/pg/data/postmaster.pid")"
  sum="$(awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat")"
  for child in $(pgrep -P "$postmaster"); do sum=$((sum + $(ticks "$child" 2>/dev/null || echo 0))); done
  echo "$sum"
}

hz="$(getconf CLK_TCK)"
codes=$(( (REPS * (WARMUP + DURATION) + JIT_WARMUP + 2) * RATE_CEILING ))
part() { # name database url-list -> results in $work/<name>.jsonl, summary line in $work/<name>.txt
  local name="$1" database="$2" urls="$3" admin_url="${3%%,*}" next=0 accepted=0 line
  log "$name: setup, one campaign, $codes codes"
  local campaign
  campaign="$(node "$drive" setup "$admin_url" "$KEY" "$work/codes-$name.txt" "$codes" | jq -r .campaignId)"
  cast() {
    line="$(node "$drive" cast "$urls" "$work/codes-$name.txt" "$next" "$CONNECTIONS" "$1" "$2")" || die "driver failed"
    next=$((next + $(jq .codesUsed <<<"$line")))
    accepted=$((accepted + $(jq .acceptedIncludingWarmup <<<"$line")))
  }
  if ((JIT_WARMUP > 0)); then
    log "$name: JIT warm-up, ${JIT_WARMUP} s (not measured)"
    cast 0 "$JIT_WARMUP"
  fi
  : >"$work/$name.jsonl"
  for ((rep = 1; rep <= REPS; rep++)); do
    local before db_before t0 after db_after t1
    before="$(hosts_ticks)"; db_before="$(db_ticks)"; t0="$(date +%s.%N)"
    cast "$WARMUP" "$DURATION"
    after="$(hosts_ticks)"; db_after="$(db_ticks)"; t1="$(date +%s.%N)"
    # CPU over the whole run (warm-up included) per accepted ballot: the hosts together, and PostgreSQL.
    line="$(jq -c --argjson rep "$rep" --argjson ticks "$((after - before))" --argjson db "$((db_after - db_before))" \
      --argjson hz "$hz" --argjson secs "$(echo "$t1 - $t0" | bc)" \
      '. + {rep: $rep, hostCores: (($ticks / $hz) / $secs),
            hostCpuMicrosPerBallot: (if .acceptedIncludingWarmup > 0 then ($ticks / $hz) * 1e6 / .acceptedIncludingWarmup else null end),
            dbCpuMicrosPerBallot: (if .acceptedIncludingWarmup > 0 then ($db / $hz) * 1e6 / .acceptedIncludingWarmup else null end)}' <<<"$line")"
    echo "$line" | tee -a "$work/$name.jsonl" >&2
  done
  log "$name: close, compare, verify"
  local finish verify
  finish="$(node "$drive" finish "$admin_url" "$KEY" "$campaign")"
  stop_hosts
  verify="$(dotnet "$host_dll" verify --Appraisal:DataDirectory="$work/verify-$name" \
    --Appraisal:Database:Provider=postgres --Appraisal:Database:ConnectionString="$(connection "$database")" 2>&1 | tail -1)"
  echo "accepted by the driver: $accepted; returned in the turnout: $(jq .returned <<<"$finish"); counted in the report: $(jq .ballotsCast <<<"$finish"); verify: $verify" >"$work/$name.txt"
  [[ "$(jq .returned <<<"$finish")" == "$accepted" ]] || { cat "$work/$name.txt" >&2; die "$name: turnout differs from the ballots acknowledged"; }
  [[ "$verify" == OK* ]] || { cat "$work/$name.txt" >&2; die "$name: verify failed"; }
}

log "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start_host 0 single
part single single "http://127.0.0.1:${ports[0]}/graphql"
start_host 0 pair
start_host 1 pair
part pair pair "http://127.0.0.1:${ports[0]}/graphql,http://127.0.0.1:${ports[1]}/graphql"

echo
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}'), ${WARMUP} s warm-up + ${DURATION} s measured, $REPS repetitions"
for name in single pair; do
  echo
  [[ "$name" == single ]] && echo "### One host on PostgreSQL" || echo "### Two hosts on one PostgreSQL database (connections alternate)"
  node "$root/tests/bench/ballots/table.mjs" "$work/$name.jsonl"
  echo "PostgreSQL CPU µs/ballot (median): $(jq -s 'map(.dbCpuMicrosPerBallot) | sort | .[length / 2 | floor] | round' "$work/$name.jsonl")"
  cat "$work/$name.txt"
done
