// Load for tests/bench/http/run.sh: autocannon against one GraphQL endpoint on loopback, POST application/json.
// Each repetition = a warm-up run (discarded) then a measured run with the same connection count.
// Prints one JSON line per repetition: { reps: n, rps, p50, p99, ... } and fails on any error, timeout or non-2xx.
//
//   node load.mjs <url> <graphql query> [connections=50] [warmupSeconds=2] [seconds=8] [repetitions=3]
import autocannon from 'autocannon';

const [url, query, connections = '50', warmup = '2', duration = '8', repetitions = '3'] = process.argv.slice(2);
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
  const r = await run(duration);
  const line = {
    rep: i + 1,
    rps: r.requests.total / r.duration,   // completed requests per second of the measured window
    rpsAverage: r.requests.average,       // autocannon's per-second-sample mean
    p50: r.latency.p50,
    p99: r.latency.p99,
    latencyAverage: r.latency.average,
    requests: r.requests.total,
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
