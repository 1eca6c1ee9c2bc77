// Prints the markdown table of tests/bench/http/run.sh from its JSON lines (one per repetition).
//   node table.mjs <results.jsonl>
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (n) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
const ms = (n) => `${Number.isInteger(n) ? n : n.toFixed(2)} ms`;
const cpu = (rs, key, show) => (rs.every((r) => typeof r[key] === 'number') ? show(median(rs.map((r) => r[key]))) : '–');
const label = { appraisal: 'Appraisal host', apollo: 'Apollo Server' };
const workloads = { typename: '`{ __typename }`', realistic: 'realistic `appraisalTypes`' };

const summary = {};
console.log('| workload | server | req/s median (min–max) | p50 | p99 | server CPU µs/req | server cores | resp. bytes | bg CPU | ratio |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const w of Object.keys(workloads)) {
  for (const s of ['appraisal', 'apollo']) {
    const rs = rows.filter((r) => r.server === s && r.workload === w);
    if (!rs.length) continue;
    const rps = rs.map((r) => r.rps);
    summary[`${s}/${w}`] = median(rps);
    const ratio = s === 'appraisal' && summary[`apollo/${w}`] === undefined
      ? (() => {
          const peer = rows.filter((r) => r.server === 'apollo' && r.workload === w).map((r) => r.rps);
          return peer.length ? `**${(median(rps) / median(peer)).toFixed(2)}×**` : '';
        })()
      : '';
    console.log(`| ${workloads[w]} | ${label[s]} | ${fmt(median(rps))} (${fmt(Math.min(...rps))}–${fmt(Math.max(...rps))}) `
      + `| ${ms(median(rs.map((r) => r.p50)))} | ${ms(median(rs.map((r) => r.p99)))} `
      + `| ${cpu(rs, 'serverCpuUsPerRequest', fmt)} | ${cpu(rs, 'serverCpuCores', (n) => n.toFixed(2))} | ${rs[0].bytesPerResponse} `
      + `| ${Math.max(...rs.map((r) => r.backgroundCpu))} % | ${ratio} |`);
  }
}
console.log('\nratio = Appraisal median req/s ÷ Apollo median req/s; resp. bytes = HTTP response incl. headers; '
  + 'server CPU µs/req = the server process CPU time (user+system) over the measured run ÷ requests; '
  + 'server cores = that CPU time ÷ run time; bg CPU = highest share of both CPUs busy with other processes in the second before a repetition.');
