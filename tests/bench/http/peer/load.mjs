// Load for tests/bench/http/run.sh: autocannon against one GraphQL endpoint on loopback, POST application/json.
// Each repetition = a warm-up run (discarded) then a measured run with the same connection count.
// Prints one JSON line per repetition: { reps: n, rps, p50, p99, ... } and fails on any error, timeout or non-2xx.
//
// With a server pid, also reports the server's CPU time per request over the measured run (from /proc/<pid>/stat),
// which other processes on a shared machine disturb much less than req/s.
//
//   node load.mjs <url> <graphql query> [connections=50] [warmupSeconds=2] [seconds=8] [repetitions=3] [server pid]
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const [url, query, connections = '50', warmup = '2', duration = '8', repetitions = '3', pid] = process.argv.slice(2);
const TICKS_PER_SECOND = 100; // USER_HZ on Linux
const cpuSeconds = () => {
  if (!pid) return NaN;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from #3 (state) on
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime (#14) + stime (#15)
};
const target = new URL(url);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) {
  throw new Error(`refusing to load ${url}: loopback only`);
}

const options = {
  url,
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json;q=0.9',
  },
  body: JSON.stringify({ query }),
  connections: Number(connections),
  pipelining: 1,
  timeout: 10,
};

const run = (seconds) => new Promise((resolve, reject) => {
  autocannon({ ...options, duration: Number(seconds) }, (error, result) => (error ? reject(error) : resolve(result)));
});

for (let i = 0; i < Number(repetitions); i++) {
  await run(warmup);
  const cpuBefore = cpuSeconds();
  const r = await run(duration);
  const serverCpu = cpuSeconds() - cpuBefore;
  const line = {
    rep: i + 1,
    rps: r.requests.total / r.duration,   // completed requests per second of the measured window
    rpsAverage: r.requests.average,       // autocannon's per-second-sample mean
    p50: r.latency.p50,
    p99: r.latency.p99,
    latencyAverage: r.latency.average,
    requests: r.requests.total,
    serverCpuUsPerRequest: r.requests.total ? Math.round((serverCpu * 1e6) / r.requests.total) : null,
    serverCpuCores: serverCpu / r.duration,
    bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
  console.log(JSON.stringify(line));
  if (r.errors || r.timeouts || r.non2xx) {
    console.error(`load failed: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx responses`);
    process.exit(1);
  }
}
