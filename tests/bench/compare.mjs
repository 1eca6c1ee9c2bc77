// Joins one run's BenchmarkDotNet results (JSON "full" exporter) and graphql-js/bench.mjs's output into the
// comparison tables of docs/benchmarks.md. Usage: node compare.mjs BDN-full.json graphql-js.json
import { readFileSync } from 'node:fs';

const [bdnPath, jsPath] = process.argv.slice(2);
const bdn = JSON.parse(readFileSync(bdnPath, 'utf8'));
const js = JSON.parse(readFileSync(jsPath, 'utf8'));

const ours = new Map();
for (const b of bdn.Benchmarks) {
  const document = /Document=([^&]+)/.exec(b.Parameters)[1];
  const s = b.Statistics;
  ours.set(`${document}/${b.Method}`, {
    medianUs: s.Median / 1000,
    minUs: s.Min / 1000,
    maxUs: s.Max / 1000,
    q1Us: s.Q1 / 1000,
    q3Us: s.Q3 / 1000,
    allocated: b.Memory?.BytesAllocatedPerOperation,
  });
}
const theirs = new Map(js.results.map((r) => [`${r.document}/${r.method}`, r]));

const documents = ['three-field', 'fragments', 'introspection'];
const us = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const ops = (medianUs) => Math.round(1e6 / medianUs).toLocaleString('en-US');
const spread = (m) => `${us(m.minUs)}–${us(m.maxUs)}`;
const kb = (bytes) => (bytes === undefined ? '' : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`);
const ratio = (a, b) => `**${(b.medianUs / a.medianUs).toFixed(1)}×**`;

const lines = [];
lines.push(`Ours: BenchmarkDotNet ${bdn.HostEnvironmentInfo.BenchmarkDotNetVersion}, ${bdn.HostEnvironmentInfo.RuntimeVersion}; graphql-js ${js.graphql} on Node ${js.node}. Median µs per operation (min–max of the samples); ratio = our throughput ÷ graphql-js's = their median ÷ ours.`);
lines.push('');
lines.push('| document | case | ours µs (min–max) | ours ops/s | ours alloc/op | graphql-js case | graphql-js µs (min–max) | graphql-js ops/s | ratio |');
lines.push('|---|---|---:|---:|---:|---|---:|---:|---:|');
const row = (document, method, jsMethod, label, jsLabel) => {
  const a = ours.get(`${document}/${method}`);
  const b = theirs.get(`${document}/${jsMethod}`);
  if (!a || !b) {
    return;
  }
  lines.push(`| ${document} | ${label} | ${us(a.medianUs)} (${spread(a)}) | ${ops(a.medianUs)} | ${kb(a.allocated)} | ${jsLabel} | ${us(b.medianUs)} (${spread(b)}) | ${ops(b.medianUs)} | ${ratio(a, b)} |`);
};
for (const document of documents) {
  row(document, 'Execute', 'Execute', 'Execute (cached document)', '`execute()`, pre-parsed');
  row(document, 'Pipeline', 'CachedPipeline', 'Pipeline (cache warm) + JSON', '`execute()` pre-parsed + `JSON.stringify`');
  row(document, 'Pipeline', 'Pipeline', 'Pipeline (cache warm) + JSON', '`graphql()` + `JSON.stringify` (no cache)');
}
lines.push('');
lines.push('Phases without a cache:');
lines.push('');
lines.push('| document | phase | ours µs (min–max) | ours alloc/op | graphql-js µs (min–max) | ratio |');
lines.push('|---|---|---:|---:|---:|---:|');
for (const document of documents) {
  for (const method of ['Parse', 'Validate']) {
    const a = ours.get(`${document}/${method}`);
    const b = theirs.get(`${document}/${method}`);
    if (a && b) {
      lines.push(`| ${document} | ${method} | ${us(a.medianUs)} (${spread(a)}) | ${kb(a.allocated)} | ${us(b.medianUs)} (${spread(b)}) | ${ratio(a, b)} |`);
    }
  }
}
console.log(lines.join('\n'));
