// Ballot casting load for the Appraisal host (and any server that implements the same GraphQL operations).
//
//   node drive.mjs setup  <graphql-url> <admin-key> <codes-file> <code-count>
//       creates and opens a 人民满意机关 campaign (3 agencies × 6 indicators, one rater group) and writes the
//       issued codes, one per line, to <codes-file>; prints {"campaignId": …} on stdout.
//   node drive.mjs cast   <graphql-url> <codes-file> <first-code> <connections> <warmup-s> <duration-s>
//       casts one full ballot per request, each with the next unused code, from <connections> keep-alive
//       connections for warm-up + duration seconds; prints one JSON line with what the measured part did.
//       <graphql-url> may list several hosts' URLs, comma-separated: connection n talks to URL n mod their count,
//       as a round-robin balancer in front of them would (tests/bench/cluster/run.sh).
//   node drive.mjs finish <graphql-url> <admin-key> <campaign-id>
//       closes the campaign and prints its turnout (returned) and the report's ballot count.
//
// The driver is plain node:http with a fixed pool of sockets, so every request waits for its own answer: the
// measured latency is what a voter would see, and a refused or failed ballot is counted, never retried.
import http from 'node:http';
import fs from 'node:fs';

const INDICATORS = ['attitude', 'efficiency', 'lawful', 'integrity', 'openness', 'conduct'];
const OPTIONS = ['satisfied', 'fairly-satisfied', 'basically-satisfied', 'dissatisfied', 'unknown'];
const AGENCIES = ['a1', 'a2', 'a3'];
const SUBMIT = 'mutation($code: String!, $answers: [AnswerInput!]!) { submitBallot(code: $code, answers: $answers) { accepted receipt { position } problems { code } } }';

function post(agent, url, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(JSON.stringify(body));
    const request = http.request(url, {
      method: 'POST', agent,
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'content-length': payload.length, ...headers },
    }, (response) => {
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(payload);
  });
}

async function admin(url, key, query, variables) {
  const { status, text } = await post(undefined, url, { query, variables }, { authorization: `Bearer ${key}` });
  const json = JSON.parse(text);
  if (status !== 200 || json.errors) throw new Error(`${status} ${text.slice(0, 500)}`);
  return json.data;
}

async function setup(url, key, codesFile, count) {
  const created = await admin(url, key,
    'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
    { input: { typeKey: 'people-satisfied-agency', title: '投票压力测试 ballot load' } });
  const id = created.createCampaign.id;
  await admin(url, key, 'mutation($id: ID!, $s: [SubjectInput!]!) { addSubjects(campaignId: $id, subjects: $s) { id } }',
    { id, s: AGENCIES.map((a, i) => ({ id: a, name: `第${i + 1}局`, unitClass: '政府部门' })) });
  await admin(url, key, 'mutation($id: ID!, $g: [RaterGroupInput!]!) { addRaterGroups(campaignId: $id, groups: $g) { id } }',
    { id, g: [{ key: 'service', nameZhCn: '服务对象', nameEn: 'Service users', weight: 1 }] });
  const out = fs.openSync(codesFile, 'w');
  for (let left = count; left > 0;) {
    const batch = Math.min(left, 50_000);
    const data = await admin(url, key,
      'mutation($id: ID!, $input: IssueBallotsInput!) { issueBallots(campaignId: $id, input: $input) { ballots { code } } }',
      { id, input: { groupKey: 'service', strategy: 'SLIPS', count: batch } });
    fs.writeSync(out, data.issueBallots.ballots.map((b) => b.code).join('\n') + '\n');
    left -= batch;
  }
  fs.closeSync(out);
  await admin(url, key, 'mutation($id: ID!) { openCampaign(id: $id) { status } }', { id });
  console.log(JSON.stringify({ campaignId: id, codes: count }));
}

// The answers of ballot n: every indicator of every agency, options spread deterministically.
function answers(n) {
  const list = [];
  let k = n;
  for (const subjectId of AGENCIES) {
    for (const itemKey of INDICATORS) {
      k = (k * 1103515245 + 12345) >>> 0;
      list.push({ itemKey, subjectId, optionKeys: [OPTIONS[(k >>> 16) % OPTIONS.length]] });
    }
  }
  return list;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function cast(urlList, codesFile, first, connections, warmup, duration) {
  const urls = urlList.split(',');
  const codes = fs.readFileSync(codesFile, 'utf8').split('\n').filter(Boolean);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  let next = first;
  const start = performance.now();
  const measureFrom = start + warmup * 1000;
  const end = measureFrom + duration * 1000;
  const latencies = [];
  const counts = { accepted: 0, refused: 0, failed: 0, acceptedTotal: 0, errors: {} };
  const note = (key) => { counts.errors[key] = (counts.errors[key] ?? 0) + 1; };

  async function loop(connection) {
    const url = urls[connection % urls.length];
    for (;;) {
      const now = performance.now();
      if (now >= end) return;
      if (next >= codes.length) throw new Error(`ran out of codes after ${next}; issue more`);
      const n = next++;
      const sent = performance.now();
      let outcome;
      try {
        const { status, text } = await post(agent, url, { query: SUBMIT, variables: { code: codes[n], answers: answers(n) } });
        const json = status === 200 ? JSON.parse(text) : null;
        const result = json?.data?.submitBallot;
        if (result?.accepted === true) outcome = 'accepted';
        else { outcome = 'refused'; note(result?.problems?.[0]?.code ?? json?.errors?.[0]?.extensions?.code ?? `HTTP ${status}`); }
      } catch (error) {
        outcome = 'failed';
        note(error.code ?? String(error.message).slice(0, 60));
      }
      const done = performance.now();
      if (outcome === 'accepted') counts.acceptedTotal++;
      if (sent >= measureFrom && done <= end) {
        counts[outcome]++;
        if (outcome === 'accepted') latencies.push(done - sent);
      }
    }
  }

  await Promise.all(Array.from({ length: connections }, (_, connection) => loop(connection)));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  console.log(JSON.stringify({
    connections, duration,
    ballotsPerSecond: counts.accepted / duration,
    p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99),
    accepted: counts.accepted, refused: counts.refused, failed: counts.failed,
    acceptedIncludingWarmup: counts.acceptedTotal, codesUsed: next - first, errors: counts.errors,
  }));
}

async function finish(url, key, id) {
  await admin(url, key, 'mutation($id: ID!) { closeCampaign(id: $id) { status } }', { id });
  const data = await admin(url, key,
    'query($id: ID!) { campaign(id: $id) { turnout { returned } report { ballotsCast } } }', { id });
  const c = data.campaign;
  console.log(JSON.stringify({ returned: c.turnout.reduce((s, t) => s + t.returned, 0), ballotsCast: c.report?.ballotsCast ?? null }));
}

const [verb, ...args] = process.argv.slice(2);
const run = { setup: () => setup(args[0], args[1], args[2], Number(args[3])),
  cast: () => cast(args[0], args[1], Number(args[2]), Number(args[3]), Number(args[4]), Number(args[5])),
  finish: () => finish(args[0], args[1], args[2]) }[verb];
if (!run) { console.error('usage: node drive.mjs setup|cast|finish …'); process.exit(2); }
run().catch((error) => { console.error(error.stack ?? String(error)); process.exit(1); });
