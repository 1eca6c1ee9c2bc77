# Shared by the benchmark scripts: source it after setting $out, the results folder.

# Prints what the figures depend on: date, cores, CPU, memory, .NET and the commit (with local changes or not).
describe_machine() {
  local root
  root=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
  echo "memory: $(free -h | awk '/^Mem:/ { print $2 }')"
  echo "dotnet sdk: $(dotnet --version)"
  echo "dotnet runtime: $(dotnet --list-runtimes | grep Microsoft.NETCore.App | tail -1)"
  echo "commit: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- host plugins tests/bench || echo ' (+ local changes)')"
}

# Waits (at most BENCH_IDLE_WAIT seconds, default 60) for the 1-minute load average to drop below the core
# count, so other work on the machine disturbs the run less; the load is recorded either way.
wait_idle() {
  local deadline=$((SECONDS + ${BENCH_IDLE_WAIT:-60}))
  while [ $SECONDS -lt $deadline ] && awk -v n="$(nproc)" '{ exit !($1 >= n) }' /proc/loadavg; do
    sleep 5
  done
}

# Appends the load average, with what is about to happen or just happened, to $out/load.txt.
record_load() { echo "$(date -u +%H:%M:%S) load average: $(cut -d' ' -f1-3 /proc/loadavg) ($1)" | tee -a "$out/load.txt"; }

# Runs a BenchmarkDotNet program (its path, then its arguments; none means --filter '*') once the machine is as
# quiet as it gets, with the load recorded before and after; its log goes to $out/bdn.log, its results to $out/bdn/.
run_benchmarkdotnet() {
  local program=$1
  shift
  local args=("$@")
  if [ ${#args[@]} -eq 0 ]; then
    args=(--filter '*')
  fi
  wait_idle
  record_load "before BenchmarkDotNet"
  (cd "$out" && dotnet "$program" "${args[@]}" --artifacts "$out/bdn" > "$out/bdn.log" 2>&1) || { tail -50 "$out/bdn.log"; exit 1; }
  record_load "after BenchmarkDotNet"
}

# Percent of all CPUs busy over one second: called while the measured server idles, what else runs on the machine.
cpu_busy() {
  local a1 a2 a3 a4 a5 a6 a7 a8 b1 b2 b3 b4 b5 b6 b7 b8
  read -r _ a1 a2 a3 a4 a5 a6 a7 a8 _ </proc/stat
  sleep 1
  read -r _ b1 b2 b3 b4 b5 b6 b7 b8 _ </proc/stat
  local busy=$(((b1 + b2 + b3 + b6 + b7 + b8) - (a1 + a2 + a3 + a6 + a7 + a8)))
  local idle=$(((b4 + b5) - (a4 + a5)))
  echo $((100 * busy / (busy + idle > 0 ? busy + idle : 1)))
}

# Stops the script with a message on stderr, prefixed with the script's name.
die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# Polls URL (curl -f) until it answers or SECONDS_LIMIT pass; then prints LOG and dies naming WHAT.
wait_for_url() { # url seconds_limit log what
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; do
    ((SECONDS < deadline)) || { cat "$3" >&2; die "$4 did not answer $1"; }
    sleep 0.2
  done
}

# Builds the host in Release (unless SKIP_BUILD=1) and sets host_dll to it; the build log goes to $work/build.log.
release_host() {
  local root
  root=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
  if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    echo "== dotnet build -c Release host/Appraisal.Host" >&2
    (cd "$root" && dotnet build -c Release host/Appraisal.Host -nologo -v q) >"$work/build.log" 2>&1 \
      || { cat "$work/build.log" >&2; die "host build failed"; }
  fi
  host_dll="$root/host/Appraisal.Host/bin/Release/net10.0/Appraisal.Host.dll"
  [[ -f "$host_dll" ]] || die "$host_dll is missing"
}
