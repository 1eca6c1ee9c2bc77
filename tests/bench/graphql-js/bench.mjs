// graphql-js side of tests/bench/engine.sh: the documents of ../fixture against the same schema and resolvers as
// Appraisal.Benchmarks. Per document: parse, validate, execute with a pre-parsed document, the full graphql()
// (graphql-js has no document cache) with JSON.stringify, and execute of a cached document with JSON.stringify
// (what a server with a document cache does per request).
// Each case: warm-up, then timed samples of a fixed batch size; prints JSON with the median µs/op and spread.
// Usage: node bench.mjs [--sample-ms=200] [--samples=10] [--warmup-ms=1000] [--only=three-field,fragments]
import { readFileSync } from 'node:fs';
import { execute, graphql, parse, validate, version } from 'graphql';
import { documents, expectedPath, schema } from './fixture.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
const sampleMs = Number(args['sample-ms'] ?? 200);
const samples = Number(args.samples ?? 10);
const warmupMs = Number(args['warmup-ms'] ?? 1000);
const only = args.only ? new Set(args.only.split(',')) : null;

const now = () => Number(process.hrtime.bigint()) / 1e6; // ms

/** Runs fn n times; awaits only results that are promises, as graphql-js returns plain values when it can. */
async function runBatch(fn, n) {
  for (let i = 0; i < n; i++) {
    const result = fn();
    if (result !== null && typeof result === 'object' && typeof result.then === 'function') {
      await result;
    }
  }
}

async function measure(fn) {
  // Warm-up, growing the batch until one batch takes about a tenth of a sample.
  let batch = 1;
  const warmupEnd = now() + warmupMs;
  while (now() < warmupEnd) {
    const start = now();
    await runBatch(fn, batch);
    if (now() - start < sampleMs / 10) {
      batch *= 2;
    }
  }
  // Calibrate: operations per sample.
  const start = now();
  await runBatch(fn, batch);
  const perOp = (now() - start) / batch;
  const perSample = Math.max(1, Math.round(sampleMs / perOp));
  const microseconds = [];
  for (let s = 0; s < samples; s++) {
    const t0 = now();
    await runBatch(fn, perSample);
    microseconds.push(((now() - t0) * 1000) / perSample);
  }
  const sorted = [...microseconds].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const mean = microseconds.reduce((a, b) => a + b, 0) / microseconds.length;
  return {
    medianUs: median,
    meanUs: mean,
    minUs: sorted[0],
    maxUs: sorted[sorted.length - 1],
    opsPerSec: 1e6 / median,
    opsPerSample: perSample,
    samples: microseconds.length,
  };
}

const results = [];
for (const [name, { source, variables }] of Object.entries(documents)) {
  if (only && !only.has(name)) {
    continue;
  }
  const document = parse(source);
  const errors = validate(schema, document);
  if (errors.length > 0) {
    throw new Error(`${name}: invalid document: ${errors.map((e) => e.message).join('; ')}`);
  }
  // Never benchmark a wrong answer: the response must be the committed one.
  const expected = readFileSync(expectedPath(name), 'utf8').trim();
  const actual = JSON.stringify(await graphql({ schema, source, variableValues: variables }));
  if (actual !== expected) {
    throw new Error(`${name}: graphql-js answer differs from ${expectedPath(name).pathname}; run node generate.mjs?`);
  }

  const cases = {
    Parse: () => parse(source),
    Validate: () => validate(schema, document),
    Execute: () => execute({ schema, document, variableValues: variables }),
    Pipeline: async () => JSON.stringify(await graphql({ schema, source, variableValues: variables })),
    CachedPipeline: () => {
      const result = execute({ schema, document, variableValues: variables });
      return typeof result.then === 'function' ? result.then((r) => JSON.stringify(r)) : JSON.stringify(result);
    },
  };
  for (const [method, fn] of Object.entries(cases)) {
    const m = await measure(fn);
    results.push({ document: name, method, ...m });
    process.stderr.write(`graphql-js ${name.padEnd(14)} ${method.padEnd(15)} ${m.medianUs.toFixed(2).padStart(10)} µs/op  (min ${m.minUs.toFixed(2)}, max ${m.maxUs.toFixed(2)})\n`);
  }
}

console.log(JSON.stringify({ graphql: version, node: process.version, sampleMs, samples, warmupMs, results }, null, 2));
