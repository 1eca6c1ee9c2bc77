#!/usr/bin/env bash
# Hot swap under load, the long version (issue 7 item 5, docs/benchmarks.md "Faults"; the quick one is
# tests/Appraisal.Host.Tests/Faults/HotSwapTests.cs). The Release host takes ballots from 64 connections for
# DURATION seconds (tests/bench/ballots/drive.mjs `cast`, a 人民满意机关 campaign whose plugin is not touched)
# while, every SWAP_EVERY seconds, the drop folder gets a new version of two other plugins (the bundled
# declarative plugins/Performance and a compiled copy of the fixture plugin, each with a higher version in
# plugin.json, the previous folder deleted); the first swap also removes a third plugin (another compiled copy).
# Passes when no request failed or was refused, every new version became Active, the removed plugin is gone,
# every retired compiled version's load context was collected (the catalog logs it at Debug) and none leaked,
# and the turnout equals the ballots the driver saw accepted. Prints one summary line.
#
#   bash tests/bench/hotswap/run.sh
#
# Environment: PORT (5191), CONNECTIONS (64), DURATION (60), SWAP_EVERY (8), SKIP_BUILD=1 to reuse the Release build.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$(pwd)
PORT=${PORT:-5191} CONNECTIONS=${CONNECTIONS:-64} DURATION=${DURATION:-60} SWAP_EVERY=${SWAP_EVERY:-8}
KEY="hotswap-admin-key-0123456789abcdef"
base="http://127.0.0.1:$PORT"
fixture="$root/artifacts/plugins/Release/Appraisal.Fixtures.TestPlugin"

work="$(mktemp -d)"
host_pid=""
cast_pid=""
cleanup() {
  local status=$?
  [[ -n "$cast_pid" ]] && { kill "$cast_pid" 2>/dev/null || true; }
  [[ -n "$host_pid" ]] && { kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; }
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
die() { echo "hotswap: $*" >&2; [[ -f "$work/host.log" ]] && tail -40 "$work/host.log" >&2; exit 1; }
log() { echo "== $*" >&2; }
now_ms() { date +%s%3N; }

(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && die "127.0.0.1:$PORT is already in use; set PORT"
log "load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  log "dotnet build -c Release (host, fixture plugin)"
  (cd "$root" && dotnet build -c Release host/Appraisal.Host -nologo -v q \
    && dotnet build -c Release tests/fixtures/Appraisal.Fixtures.TestPlugin -nologo -v q) >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; die "build failed"; }
fi
host_dll="$root/host/Appraisal.Host/bin/Release/net10.0/Appraisal.Host.dll"
[[ -f "$host_dll" && -f "$fixture/plugin.json" ]] || die "Release build output missing"

data="$work/data"
drop="$data/plugins"
mkdir -p "$drop"

# drop_plugin <source folder> <target folder name> <jq edit of plugin.json>: the manifest is written last, as a
# copy tool finishing the folder would leave it.
drop_plugin() {
  local target="$drop/$2"
  mkdir -p "$work/stage"
  rm -rf "$work/stage/$2"
  cp -r "$1" "$work/stage/$2"
  rm "$work/stage/$2/plugin.json"
  jq "$3" "$1/plugin.json" >"$work/manifest.json"
  mv "$work/stage/$2" "$target"
  mv "$work/manifest.json" "$target/plugin.json"
}
drop_fixture() { # id type version folder
  drop_plugin "$fixture" "$4" ".id = \"$1\" | .version = \"$3\" | .appraisalTypes = [\"$2\"] | .settings = {typeKey: \"$2\", aggregator: \"ok\"}"
}
plugin_status() { # id version -> status, or nothing when absent
  curl -fsS --max-time 5 "$base/healthz" | jq -r --arg id "$1" --arg v "$2" '.plugins[] | select(.id == $id and .version == $v) | .status'
}
wait_for() { # id version status (status "gone": absent) -> waits at most 60 s
  local deadline=$((SECONDS + 60)) got
  while :; do
    got="$(plugin_status "$1" "$2" || true)"
    [[ "$3" == gone && -z "$got" ]] && return 0
    [[ "$got" == "$3" ]] && return 0
    ((SECONDS < deadline)) || die "$1 $2 is '${got:-absent}', not $3, after 60 s"
    sleep 0.1
  done
}

log "host on $base (catalog logging at Debug), data in $data"
ASPNETCORE_ENVIRONMENT=Production dotnet "$host_dll" --urls "$base" \
  --Appraisal:DataDirectory="$data" --Appraisal:AdminKey="$KEY" --Appraisal:Demo=false \
  --Appraisal:RateLimits:PublicPerMinute=100000000 --Appraisal:RateLimits:PublicBurst=10000000 \
  --Logging:LogLevel:Default=Warning --Logging:LogLevel:Appraisal.Core.Plugins=Debug >"$work/host.log" 2>&1 &
host_pid=$!
deadline=$((SECONDS + 60))
until curl -fsS -o /dev/null --max-time 2 "$base/healthz" 2>/dev/null; do
  ((SECONDS < deadline)) || die "host did not answer /healthz"
  sleep 0.2
done

log "before the load: compiled copies test.swapped 1.0.0 (to be upgraded) and test.removed 1.0.0 (to be removed)"
drop_fixture test.swapped swapped-type 1.0.0 swapped-1.0.0
drop_fixture test.removed removed-type 1.0.0 removed
wait_for test.swapped 1.0.0 Active
wait_for test.removed 1.0.0 Active

codes=$((DURATION * 5000 + 20000)) # above the rate this machine reaches
log "setup: one campaign, $codes codes"
campaign="$(node "$root/tests/bench/ballots/drive.mjs" setup "$base/graphql" "$KEY" "$work/codes.txt" "$codes" | jq -r .campaignId)"

log "cast: $CONNECTIONS connections for $DURATION s; a swap every $SWAP_EVERY s"
node "$root/tests/bench/ballots/drive.mjs" cast "$base/graphql" "$work/codes.txt" 0 "$CONNECTIONS" 0 "$DURATION" >"$work/cast.json" &
cast_pid=$!
start=$SECONDS
swap_ms=()
retired=()
previous=""
version=1
sleep 2 # the load is up before the first swap
while ((SECONDS - start + SWAP_EVERY / 2 < DURATION)); do
  v="1.$version.0"
  t0=$(now_ms)
  drop_plugin "$root/plugins/Performance" "performance-$v" ".version = \"$v\""
  drop_fixture test.swapped swapped-type "$v" "swapped-$v"
  if [[ -z "$previous" ]]; then
    rm -rf "$drop/swapped-1.0.0" "$drop/removed"
    retired+=(test.swapped@1.0.0 test.removed@1.0.0)
  else
    rm -rf "$drop/performance-$previous" "$drop/swapped-$previous"
    retired+=("test.swapped@$previous")
  fi
  wait_for appraisal.performance "$v" Active
  wait_for test.swapped "$v" Active
  [[ -z "$previous" ]] && wait_for test.removed 1.0.0 gone
  ms=$(($(now_ms) - t0))
  swap_ms+=("$ms")
  log "swap to $v applied in $ms ms"
  previous="$v"
  version=$((version + 1))
  sleep "$SWAP_EVERY"
done
wait "$cast_pid" || die "the driver failed"
cast_pid=""
cat "$work/cast.json" >&2

collected=0
for name in "${retired[@]}"; do
  deadline=$((SECONDS + 60))
  until grep -qF "Plugin $name unloaded and collected." "$work/host.log"; do
    ((SECONDS < deadline)) || { echo "hotswap: $name was not collected" >&2; break; }
    sleep 0.2
  done
  grep -qF "Plugin $name unloaded and collected." "$work/host.log" && collected=$((collected + 1))
done
leaks="$(curl -fsS "$base/healthz" | jq -c .unloadLeaks)"
finish="$(node "$root/tests/bench/ballots/drive.mjs" finish "$base/graphql" "$KEY" "$campaign")"

accepted=$(jq .acceptedIncludingWarmup "$work/cast.json")
refused=$(jq .refused "$work/cast.json")
failed=$(jq .failed "$work/cast.json")
requests=$((accepted + refused + failed))
returned=$(jq .returned <<<"$finish")
echo "hot swap: $(date -u +%Y-%m-%dT%H:%MZ) connections=$CONNECTIONS seconds=$DURATION requests=$requests accepted=$accepted refused=$refused failed=$failed" \
  "ballots/s=$(jq '.ballotsPerSecond | floor' "$work/cast.json") swaps=${#swap_ms[@]} swap-ms=[${swap_ms[*]}] collected=$collected/${#retired[@]} leaks=$leaks" \
  "returned=$returned load=$(cut -d' ' -f1-3 /proc/loadavg)"
((refused == 0 && failed == 0)) || die "requests failed during the swaps: $(jq -c .errors "$work/cast.json")"
((collected == ${#retired[@]})) || die "not every retired load context was collected"
[[ "$leaks" == "[]" ]] || die "unload leaks: $leaks"
[[ "$returned" == "$accepted" ]] || die "turnout $returned differs from the $accepted ballots acknowledged"
