# shellcheck shell=bash
# Sourced by the ballot benchmarks (ballots/run.sh, run.sh, cluster/run.sh): one casting run, whichever load tool.
#
#   cast_ballots <graphql-url> <codes-file> <first-code> <connections> <warmup-s> <duration-s>
#
# prints one JSON line: connections, duration, ballotsPerSecond, p50, p99 (ms, measured part only), accepted,
# refused, failed (measured part), acceptedIncludingWarmup, codesUsed (codes sent, warm-up included) and unanswered
# (requests still in flight when the tool stopped: their ballots may or may not be stored, so a box holds between
# acceptedIncludingWarmup and acceptedIncludingWarmup + unanswered ballots of the run).
#
# CASTER picks the tool: `wrk` (the default; tests/bench/ballots/cast.lua, one C event loop, about 35 µs of CPU a
# ballot here) or `node` (drive.mjs, plain node:http, 100–180 µs of CPU a ballot: on this 2-core machine that is CPU
# the measured server does not get). wrk is installed with apt-get when missing and we are root.

cast_tool_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CASTER="${CASTER:-wrk}"

ensure_caster() {
  [[ "$CASTER" == node ]] && return 0
  [[ "$CASTER" == wrk ]] || { echo "cast.sh: CASTER must be wrk or node, not $CASTER" >&2; return 1; }
  command -v wrk >/dev/null && return 0
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "== installing wrk (apt-get)" >&2
    { apt-get install -y wrk || { apt-get update && apt-get install -y wrk; }; } >/dev/null 2>&1
  fi
  command -v wrk >/dev/null || { echo "cast.sh: wrk is not installed and could not be; set CASTER=node" >&2; return 1; }
}

# One wrk run of <seconds> from <first-code>: its JSON line (see cast.lua).
wrk_run() { # url codes first connections seconds
  wrk -t1 -c"$4" -d"$5"s --timeout 30s -s "$cast_tool_dir/cast.lua" "$1" -- "$2" "$3" | tail -n 1
}

cast_ballots() { # url codes first connections warmup duration
  local url=$1 codes=$2 first=$3 connections=$4 warmup=$5 duration=$6 warm measured
  if [[ "$CASTER" == node ]]; then
    node "$cast_tool_dir/drive.mjs" cast "$url" "$codes" "$first" "$connections" "$warmup" "$duration" \
      | jq -c '. + {unanswered: 0}'
    return
  fi
  warm='{"accepted":0,"sent":0,"answered":0}'
  if ((warmup > 0)); then
    warm="$(wrk_run "$url" "$codes" "$first" "$connections" "$warmup")" || return 1
  fi
  measured="$(wrk_run "$url" "$codes" "$((first + $(jq .sent <<<"$warm")))" "$connections" "$duration")" || return 1
  jq -c -n --argjson w "$warm" --argjson m "$measured" --argjson c "$connections" '{
      connections: $c, duration: $m.duration, ballotsPerSecond: $m.ballotsPerSecond, p50: $m.p50, p99: $m.p99,
      accepted: $m.accepted, refused: $m.refused, failed: $m.failed,
      acceptedIncludingWarmup: ($w.accepted + $m.accepted), codesUsed: ($w.sent + $m.sent),
      unanswered: (($w.sent - $w.answered) + ($m.sent - $m.answered)), tool: "wrk"}'
}
