// Prints the markdown table of a ballots run (tests/bench/ballots/run.sh): per connection count the median and
// spread of ballots/s, p50 and p99 latency, refusals and failures, host CPU per ballot and host cores.
import fs from 'node:fs';

const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const spread = (xs, digits) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
const n = (x) => Math.round(x).toLocaleString('en-US');

console.log('| connections | ballots/s median (min–max) | p50 ms | p99 ms | refused | failed | host CPU µs/ballot | host cores |');
console.log('|---:|---|---|---|---:|---:|---:|---:|');
for (const c of [...new Set(lines.map((l) => l.connections))]) {
  const runs = lines.filter((l) => l.connections === c);
  const rates = runs.map((r) => r.ballotsPerSecond);
  console.log(`| ${c} | ${n(median(rates))} (${n(Math.min(...rates))}–${n(Math.max(...rates))}) | ${spread(runs.map((r) => r.p50), 1)} | ${spread(runs.map((r) => r.p99), 1)} | ${runs.reduce((s, r) => s + r.refused, 0)} | ${runs.reduce((s, r) => s + r.failed, 0)} | ${n(median(runs.map((r) => r.hostCpuMicrosPerBallot)))} | ${median(runs.map((r) => r.hostCores)).toFixed(2)} |`);
}
