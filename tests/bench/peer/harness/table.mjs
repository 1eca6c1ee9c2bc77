// The host-vs-peer table of tests/bench/run.sh from its JSON lines: per figure the median of the repetitions with
// their range, and how many times better the host is (throughput: host ÷ peer; latency, start time and memory:
// peer ÷ host; so above 1 always favours the host).
//
//   node table.mjs <results.jsonl>
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, digits) => (digits === 0 ? Math.round(x).toLocaleString('en-US') : x.toFixed(digits));

const lines = [];
lines.push('| figure | Appraisal host: median (min–max) | Node peer: median (min–max) | host advantage |');
lines.push('|---|---|---|---:|');
function figure(label, select, value, digits, higherIsBetter) {
  const cell = (server) => {
    const xs = rows.filter((r) => r.server === server && select(r)).map(value).filter((x) => typeof x === 'number' && Number.isFinite(x));
    if (xs.length === 0) return { text: '–', median: null };
    const m = median(xs);
    const range = xs.length > 1 ? ` (${fmt(Math.min(...xs), digits)}–${fmt(Math.max(...xs), digits)})` : '';
    return { text: `${fmt(m, digits)}${range}`, median: m };
  };
  const host = cell('host');
  const peer = cell('peer');
  let advantage = '';
  if (host.median && peer.median) {
    const r = higherIsBetter ? host.median / peer.median : peer.median / host.median;
    advantage = `**${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×**`;
  }
  lines.push(`| ${label} | ${host.text} | ${peer.text} | ${advantage} |`);
}

const counts = [...new Set(rows.filter((r) => r.kind === 'cast').map((r) => r.connections))].sort((a, b) => a - b);
for (const c of counts) figure(`ballots/s, ${c} connection${c === 1 ? '' : 's'}`, (r) => r.kind === 'cast' && r.connections === c, (r) => r.ballotsPerSecond, 0, true);
for (const c of counts) figure(`ballot p50 ms, ${c}`, (r) => r.kind === 'cast' && r.connections === c, (r) => r.p50, 1, false);
for (const c of counts) figure(`ballot p99 ms, ${c}`, (r) => r.kind === 'cast' && r.connections === c, (r) => r.p99, 1, false);
for (const c of counts) figure(`server CPU µs/ballot, ${c}`, (r) => r.kind === 'cast' && r.connections === c, (r) => r.serverCpuUsPerBallot, 0, false);
const loadConnections = rows.find((r) => r.kind === 'report')?.connections ?? '?';
figure(`report query req/s, ${loadConnections} connections`, (r) => r.kind === 'report', (r) => r.rps, 0, true);
figure('report query p99 ms', (r) => r.kind === 'report', (r) => r.p99, 1, false);
figure('`{ __typename }` req/s', (r) => r.kind === 'typename', (r) => r.rps, 0, true);
figure('`{ __typename }` p99 ms', (r) => r.kind === 'typename', (r) => r.p99, 1, false);
figure('cold start to first answer, ms', (r) => r.kind === 'coldstart', (r) => r.coldStartMs, 0, false);
const top = counts.at(-1);
figure(`peak RSS under load MiB (${top} connections)`, (r) => r.kind === 'cast' && r.connections === top, (r) => r.peakRssKiB / 1024, 0, false);
figure('peak RSS of the whole run MiB (VmHWM)', (r) => r.kind === 'hwm', (r) => r.vmHwmKiB / 1024, 0, false);
console.log(lines.join('\n'));

const refusedOrFailed = rows.filter((r) => r.kind === 'cast' && (r.refused || r.failed));
const bytes = (server) => rows.find((r) => r.server === server && r.kind === 'report')?.bytesPerResponse ?? '–';
const bg = rows.map((r) => r.backgroundCpu).filter((x) => typeof x === 'number');
console.log();
console.log(`Report answer: ${bytes('host')} bytes (host) and ${bytes('peer')} bytes (peer) per response, headers included. `
  + `Background CPU (other processes, in the second before each repetition): ${bg.length ? `${Math.min(...bg)}–${Math.max(...bg)} %` : 'not measured'}. `
  + (refusedOrFailed.length
    ? `Ballots refused or failed in ${refusedOrFailed.length} runs: ${refusedOrFailed.map((r) => `${r.server}@${r.connections} ${JSON.stringify(r.errors)}`).join('; ')}.`
    : 'No ballot was refused or failed.'));
