// One measured GraphQL load for tests/bench/run.sh: autocannon against one endpoint on loopback, POST
// application/json with a fixed body (so both servers' document caches see one document), optional
// Authorization header; a warm-up run (discarded), then the measured run. Prints one JSON line; exits 1 on any
// error, timeout or non-2xx. With a server pid, also the server's CPU time per request (from /proc/<pid>/stat).
//
//   node load.mjs <url> <body-json> <connections> <warmup-s> <duration-s> [server-pid] [authorization]
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const [url, body, connections, warmup, duration, pid, authorization] = process.argv.slice(2);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)) throw new Error(`refusing to load ${url}: loopback only`);
const TICKS = 100; // USER_HZ
const cpuSeconds = () => {
  if (!pid) return NaN;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
};

const run = (seconds) => new Promise((resolve, reject) => {
  autocannon({
    url, method: 'POST', body, connections: Number(connections), pipelining: 1, timeout: 10, duration: Number(seconds),
    headers: {
      'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9',
      ...(authorization ? { authorization } : {}),
    },
  }, (error, result) => (error ? reject(error) : resolve(result)));
});

if (Number(warmup) > 0) await run(warmup);
const before = cpuSeconds();
const r = await run(duration);
const cpu = cpuSeconds() - before;
console.log(JSON.stringify({
  connections: Number(connections), duration: r.duration,
  rps: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total,
  serverCpuUsPerRequest: r.requests.total && pid ? Math.round((cpu * 1e6) / r.requests.total) : null,
  bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
  errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx,
}));
if (r.errors || r.timeouts || r.non2xx) {
  console.error(`load failed: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx responses`);
  process.exit(1);
}
