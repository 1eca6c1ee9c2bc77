// The Node peer of the side-by-side benchmark (issue 7, tests/bench/run.sh): what a team would build instead of the
// host. Apollo Server (standalone, its default in-memory document cache of parsed and validated documents) over
// graphql-js, serving the product's own SDL (read from host/Appraisal.Host/Api/*.graphql, so the schema is the same
// text), and better-sqlite3 for storage. It implements what tests/bench/ballots/drive.mjs and the report query use:
// createCampaign (people-satisfied-agency), addSubjects, addRaterGroups, issueBallots (SLIPS), openCampaign,
// closeCampaign (seals the box and tallies), submitBallot, campaign(id) { turnout report … }, ballot(code).
// Every other field answers the error "not implemented in the peer".
//
// Casting has the host's semantics and durability: the code is parsed and checked, looked up by its SHA-256, the
// answers are validated against the questionnaire (item keys, subjects, options of the scale, required and
// conditional items, text rules) and the type's rules; then ONE transaction spends the code (only if still unused
// in an open campaign), stores the sheet with a random id and no reference to the code, and appends the receipt to
// the hash chain; WAL with synchronous=FULL, so "accepted" is only said after the commit is on disk.
//
// Where it differs from the host, on purpose or for want of need (none of it is on the measured path):
// - Each submitBallot runs in its own synchronous transaction, one fsync each: the usual better-sqlite3 design,
//   and what a Node team builds. `--group-commit` (off by default, not what run.sh measures) instead commits the
//   casts that arrived during one event-loop turn together, each in its own savepoint, like the host's
//   GroupCommitWriter; it is there to show how much of the gap is batching.
// - No per-address rate limit on public operations (run.sh raises the host's limits out of the way).
// - No audit log of admin actions, no accounts or sessions: only the admin key (Authorization: Bearer <key>).
// - Draws: SLIPS only; the seed is committed and stored, but the print order is not replayable from it.
// - The tally supports the plugin's defaults only (see agency.mjs); the report is computed at close and stored as
//   JSON, and `campaign.report` reads and parses it per request, as the host does.
//
//   NODE_ENV=production node server.mjs [--port 4200] [--data DIR] [--admin-key KEY] [--group-commit]
//   node server.mjs verify DIR     checks every campaign's receipt chain and counts; prints one line
import { readFileSync, mkdirSync } from 'node:fs';
import { randomBytes, randomInt, createHash, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import { openStore } from './store.mjs';
import {
  Problem, parseCode, newCode, lookupKey, genesis, newReceiptToken, receiptDigest, nextHead, boxDigest,
  encodeSheet, sheetDigest, indexQuestionnaire, validateAnswers,
} from './ballots.mjs';
import { TYPE_KEY, template, checkRules, tally, unsupportedSetting } from './agency.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '4200' },
    data: { type: 'string', default: './peer-data' },
    'admin-key': { type: 'string', default: process.env.APPRAISAL_ADMIN_KEY ?? '' },
    'group-commit': { type: 'boolean', default: false },
  },
});

if (positionals[0] === 'verify') {
  const { verify } = await import('./verify.mjs');
  process.exit(verify(positionals[1] ?? options.data) ? 0 : 1);
}

mkdirSync(options.data, { recursive: true });
const { db, statements: st } = openStore(join(options.data, 'peer.db'));
const MAX_BATCH = 100_000;

// ---- errors ---------------------------------------------------------------------------------------------------
const fail = (code, zhCn, en, field) =>
  new GraphQLError(zhCn, { extensions: { code, messageEn: en, ...(field ? { field } : {}) } });
const fromProblem = (p) => fail(p.code, p.zhCn, p.en, p.field);
const guard = (fn) => (...args) => {
  try {
    return fn(...args);
  } catch (e) {
    if (e instanceof Problem) throw fromProblem(e);
    throw e;
  }
};
const invalid = (field, zhCn, en) => new Problem('INVALID_INPUT', zhCn, en, field);
const notImplemented = () => { throw fail('NOT_IMPLEMENTED', '对比服务未实现此字段。', 'not implemented in the peer'); };

// ---- access -----------------------------------------------------------------------------------------------------
const adminHeader = options['admin-key'] ? Buffer.from(`Bearer ${options['admin-key']}`) : null;
const isAdmin = (authorization) => {
  if (!adminHeader || !authorization) return false;
  const given = Buffer.from(authorization);
  return given.length === adminHeader.length && timingSafeEqual(given, adminHeader);
};
const requireAdmin = (ctx) => {
  if (!ctx.admin) throw new Problem('UNAUTHENTICATED', '需要管理员密钥。', 'This operation needs the admin key.');
};

// ---- campaigns --------------------------------------------------------------------------------------------------
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const newId = () => {
  const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
  return [...randomBytes(12)].map((b) => alphabet[b & 31]).join('');
};
// The questionnaire and settings columns are JSON, parsed only if a query (or casting) reads them.
class CampaignRow {
  constructor(row) {
    Object.assign(this, {
      id: row.id, typeKey: row.type_key, title: row.title, period: row.period, opensOn: row.opens_on, closesOn: row.closes_on,
      status: row.status.toUpperCase(), testMode: row.test_mode === 1, minimumCellSize: row.min_cell_size,
      createdOn: row.created_on, revision: row.revision,
      chainHead: row.chain_head?.toString('hex') ?? null, boxDigest: row.box_digest?.toString('hex') ?? null,
    });
    this.questionnaireJson = row.questionnaire;
    this.settingsJson = row.settings;
  }

  get questionnaire() { return (this.parsedQuestionnaire ??= JSON.parse(this.questionnaireJson)); }

  get settings() { return (this.parsedSettings ??= JSON.parse(this.settingsJson)); }
}
const toCampaign = (row) => row && new CampaignRow(row);
const findCampaign = (id) => {
  const campaign = toCampaign(st.campaign.get(id));
  if (!campaign) throw new Problem('CAMPAIGN_NOT_FOUND', `没有活动 ${id}。`, `No campaign ${id}.`, 'campaignId');
  return campaign;
};
const subjectsOf = (id) => st.subjects.all(id).map((r) => {
  const attributes = JSON.parse(r.attributes);
  return { id: r.subject_id, name: r.name, unitClass: r.unit_class, attributes, ranked: !/^(false|no|0|否)$/i.test((attributes.ranked ?? '').trim()) };
});
const groupsOf = (id) => st.groups.all(id).map((r) => ({
  key: r.group_key, name: { zhCn: r.name_zh, en: r.name_en }, weight: r.weight, weightsByUnitClass: JSON.parse(r.weights_by_class), plannedSize: r.planned_size,
}));
const isRated = (s) => s.attributes.membership !== 'probationary' && s.attributes.rated !== 'false';

/** Runs a change of a campaign in one transaction when its status allows, bumps the revision, returns it anew. */
const change = (id, allowed, zhAction, enAction, body) => db.transaction(() => {
  const campaign = findCampaign(id);
  if (!allowed.includes(campaign.status)) {
    throw new Problem('CAMPAIGN_WRONG_STATUS', `活动处于 ${campaign.status} 状态，不能${zhAction}。`,
      `The campaign is ${campaign.status}; cannot ${enAction}.`, 'id');
  }
  body(campaign);
  st.bump.run(id);
  return findCampaign(id);
})();

const isText = (v, max) => typeof v === 'string' && v.trim().length > 0 && [...v].length <= max;
const isKey = (v) => typeof v === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(v);

function createCampaign(input) {
  if (input.typeKey !== TYPE_KEY) throw invalid('typeKey', `对比服务只有测评类型 ${TYPE_KEY}。`, `The peer only has the type ${TYPE_KEY}.`);
  if (input.templateKey != null && input.templateKey !== 'core-indicators') throw invalid('templateKey', '对比服务只有 core-indicators 模板。', 'The peer only has the core-indicators template.');
  if (!isText(input.title, 200)) throw invalid('title', '标题须为 1 至 200 个字符。', 'The title must be 1 to 200 characters.');
  if (input.minimumCellSize != null && (input.minimumCellSize < 1 || input.minimumCellSize > 100)) throw invalid('minimumCellSize', '最小单元格须在 1 至 100 之间。', 'The minimum cell size is 1 to 100.');
  const settings = Object.fromEntries((input.settings ?? []).map((s) => [s.key, s.value]));
  const unsupported = unsupportedSetting(settings);
  if (unsupported) throw invalid('settings', `对比服务不支持设置 ${unsupported}。`, `The peer does not support the setting ${unsupported}.`);
  const id = newId();
  st.insertCampaign.run({
    id, typeKey: TYPE_KEY, title: input.title.trim(), period: input.period?.trim() ?? null, opensOn: input.opensOn ?? null,
    closesOn: input.closesOn ?? null, minimumCellSize: input.minimumCellSize ?? 3, questionnaire: JSON.stringify(template()),
    settings: JSON.stringify(settings), createdOn: today(),
  });
  return findCampaign(id);
}

function addSubjects(id, subjects) {
  if (subjects.length === 0 || subjects.length > MAX_BATCH) throw invalid('subjects', `每次添加 1 至 ${MAX_BATCH} 个对象。`, `Add 1 to ${MAX_BATCH} subjects at a time.`);
  return change(id, ['DRAFT'], '添加评议对象', 'add subjects', () => {
    const existing = new Set(subjectsOf(id).map((s) => s.id));
    let ordinal = existing.size;
    subjects.forEach((s, i) => {
      if (!isText(s.id, 64) || s.id !== s.id.trim() || existing.has(s.id)) throw invalid(`subjects[${i}].id`, `第 ${i + 1} 行的编号无效或重复。`, `Row ${i + 1}: the id is invalid or repeated.`);
      if (!isText(s.name, 100)) throw invalid(`subjects[${i}].name`, `第 ${i + 1} 行的名称无效。`, `Row ${i + 1}: the name is invalid.`);
      existing.add(s.id);
      const attributes = Object.fromEntries((s.attributes ?? []).map((a) => [a.key, a.value]));
      st.insertSubject.run(id, s.id, ordinal++, s.name.trim(), s.unitClass?.trim() ?? null, JSON.stringify(attributes));
    });
  });
}

function addRaterGroups(id, groups) {
  if (groups.length === 0 || groups.length > 50) throw invalid('raterGroups', '每次添加 1 至 50 个群体。', 'Add 1 to 50 rater groups at a time.');
  return change(id, ['DRAFT'], '添加评议群体', 'add rater groups', () => {
    const existing = new Set(groupsOf(id).map((g) => g.key));
    let ordinal = existing.size;
    groups.forEach((g, i) => {
      if (!isKey(g.key) || existing.has(g.key)) throw invalid(`raterGroups[${i}].key`, `第 ${i + 1} 个群体的键无效或重复。`, `Group ${i + 1}: the key is invalid or repeated.`);
      if (!isText(g.nameZhCn, 100) || !isText(g.nameEn, 100)) throw invalid(`raterGroups[${i}].name`, `第 ${i + 1} 个群体须有中英文名称。`, `Group ${i + 1} needs both names.`);
      const weights = g.weightsByUnitClass ?? [];
      if ((g.weight != null && (g.weight < 0 || g.weight > 1000)) || weights.some((w) => w.weight < 0 || w.weight > 1000)) {
        throw invalid(`raterGroups[${i}].weight`, `第 ${i + 1} 个群体的权重须在 0 至 1000 之间。`, `Group ${i + 1}: weights are 0 to 1000.`);
      }
      existing.add(g.key);
      st.insertGroup.run(id, g.key, ordinal++, g.nameZhCn.trim(), g.nameEn.trim(), g.weight ?? null,
        JSON.stringify(Object.fromEntries(weights.map((w) => [w.unitClass, w.weight]))), g.plannedSize ?? null);
    });
  });
}

function issueBallots(id, input) {
  if (input.strategy !== 'SLIPS') throw invalid('strategy', '对比服务只支持 SLIPS。', 'The peer only issues SLIPS.');
  const count = input.count;
  if (!(count >= 1 && count <= MAX_BATCH)) throw invalid('count', `数量须在 1 至 ${MAX_BATCH} 之间。`, `The number of codes must be 1 to ${MAX_BATCH}.`);
  const seed = randomBytes(32);
  const commitment = createHash('sha256').update(seed).digest('hex');
  const codes = Array.from({ length: count }, newCode);
  let drawNo = 0;
  change(id, ['DRAFT', 'OPEN'], '发放测评码', 'issue codes', (campaign) => {
    if (!groupsOf(campaign.id).some((g) => g.key === input.groupKey)) throw invalid('groupKey', `没有群体 ${input.groupKey}。`, `No rater group ${input.groupKey}.`);
    drawNo = st.lastDraw.get(campaign.id).n + 1;
    st.insertDraw.run(campaign.id, drawNo, input.groupKey, 'SLIPS', commitment, seed.toString('hex'), count);
    for (const code of codes) st.insertCode.run(lookupKey(code.canonical), campaign.id, input.groupKey);
    st.countIssued.run(campaign.id, input.groupKey, count);
  });
  // Slips go out in a shuffled print order, so the order says nothing about the order of issue.
  for (let i = codes.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [codes[i], codes[j]] = [codes[j], codes[i]];
  }
  return {
    drawNo, commitment,
    ballots: codes.map((c) => ({ code: c.display, path: `/b/${c.canonical}`, groupKey: input.groupKey, raterId: null, subjectIds: [] })),
  };
}

function openCampaign(id, testMode) {
  return change(id, ['DRAFT'], '开始投票', 'open', (campaign) => {
    if (groupsOf(campaign.id).length === 0) throw invalid('raterGroups', '请先添加评议群体。', 'Add a rater group first.');
    st.open.run(testMode ? 1 : 0, campaign.id);
    st.openBox.run(campaign.id, genesis(campaign.id));
  });
}

function closeCampaign(id) {
  change(id, ['OPEN'], '结束投票', 'close', (campaign) => {
    st.close.run({ digest: boxDigest(st.digests.all(campaign.id)), id: campaign.id });
  });
  return change(id, ['CLOSED'], '计票', 'tally', (campaign) => {
    const report = tally(db, campaign, subjectsOf(campaign.id).filter(isRated), groupsOf(campaign.id));
    st.storeReport.run(JSON.stringify(report), campaign.id);
  });
}

// ---- casting ----------------------------------------------------------------------------------------------------
// The campaign as casting needs it, cached per revision (the host keeps the same snapshot per revision).
const snapshots = new Map();
function snapshot(campaignId, revision) {
  const cached = snapshots.get(campaignId);
  if (cached?.campaign.revision === revision) return cached;
  const campaign = findCampaign(campaignId);
  const subjects = subjectsOf(campaignId).filter(isRated);
  const fresh = {
    campaign, subjects, subjectIds: subjects.map((s) => s.id), groups: groupsOf(campaignId),
    index: indexQuestionnaire(campaign.questionnaire),
  };
  snapshots.set(campaignId, fresh);
  return fresh;
}
const accepting = (c) => c.status === 'OPEN' && (c.opensOn == null || today() >= c.opensOn) && (c.closesOn == null || today() <= c.closesOn);
const notOpen = () => new Problem('CAMPAIGN_NOT_OPEN', '现在不在投票时间内。', 'This appraisal is not accepting ballots now.', 'code');
const codeProblem = (state) => (state === 'voided'
  ? new Problem('CODE_VOIDED', '这个测评码已被作废。', 'This ballot code has been voided.', 'code')
  : new Problem('CODE_ALREADY_USED', '这个测评码已经投过票了，每个码只能用一次。', 'This ballot code has already been used; each code votes once.', 'code'));

function openCode(typed) {
  const key = lookupKey(parseCode(typed));
  const found = st.lookupCode.get(key);
  if (!found) throw new Problem('CODE_NOT_FOUND', '找不到这个测评码，请核对后再输入。', 'There is no such ballot code; check it and type it again.', 'code');
  if (found.state !== 'unused') throw codeProblem(found.state);
  const snap = snapshot(found.campaign_id, found.revision);
  if (!accepting(snap.campaign)) throw notOpen();
  return { key, snap, groupKey: found.group_key };
}

// Spend, store, chain: the one transaction of a cast (a savepoint when run inside a group commit).
const appendCast = db.transaction((key, campaignId, groupKey, sheet, digest, receipt) => {
  if (st.spend.run(key, campaignId).changes !== 1) {
    const state = st.codeState.get(key);
    throw state === 'unused' ? notOpen() : codeProblem(state); // lost a race, or the campaign closed meanwhile
  }
  st.insertSheet.run(campaignId, randomBytes(16), groupKey, sheet, digest);
  const box = st.boxState.get(campaignId);
  const position = box.casts + 1;
  const head = nextHead(box.head, receipt);
  st.insertReceipt.run(campaignId, position, receipt, head);
  st.advanceBox.run(position, 1, head, campaignId);
  st.countSpent.run(campaignId, groupKey);
  return { position, head };
});

// --group-commit: casts that arrive during one turn of the event loop commit together (at most 256).
const queue = [];
const commitQueued = db.transaction((jobs) => jobs.map((job) => {
  try {
    return { value: appendCast(...job.args) };
  } catch (error) {
    return { error };
  }
}));
function flushQueue() {
  const jobs = queue.splice(0, 256);
  if (queue.length > 0) setImmediate(flushQueue);
  let outcomes;
  try {
    outcomes = commitQueued(jobs);
  } catch (error) {
    for (const job of jobs) job.reject(error);
    return;
  }
  jobs.forEach((job, i) => (outcomes[i].error ? job.reject(outcomes[i].error) : job.resolve(outcomes[i].value)));
}
const appendQueued = (...args) => new Promise((resolve, reject) => {
  queue.push({ args, resolve, reject });
  if (queue.length === 1) setImmediate(flushQueue);
});

function submitBallot(typed, answers) {
  const { key, snap, groupKey } = openCode(typed);
  const { campaign } = snap;
  let problems = validateAnswers(snap.index, snap.subjectIds, answers);
  if (problems.length === 0) problems = checkRules(campaign.settings, campaign.questionnaire, answers);
  if (problems.length > 0) return { accepted: false, receipt: null, problems };
  const sheet = encodeSheet(answers);
  const token = newReceiptToken();
  const receipt = receiptDigest(token);
  const args = [key, campaign.id, groupKey, sheet, sheetDigest(groupKey, sheet), receipt];
  const outcome = ({ position, head }) => ({
    accepted: true, problems: [],
    receipt: { campaignId: campaign.id, token, digest: receipt.toString('hex'), position, chainHead: head.toString('hex') },
  });
  if (!options['group-commit']) return outcome(appendCast(...args));
  return appendQueued(...args).then(outcome, (e) => { throw e instanceof Problem ? fromProblem(e) : e; });
}

// ---- GraphQL ----------------------------------------------------------------------------------------------------
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const typeDefs = ['schema', 'campaigns', 'accounts', 'public']
  .map((name) => readFileSync(here(`../../../host/Appraisal.Host/Api/${name}.graphql`), 'utf8'));
const settingList = (object) => Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, value]) => ({ key, value: String(value) }));
const visible = (ctx, campaign) => (campaign && (ctx.admin || campaign.status === 'PUBLISHED') ? campaign : null);

const resolvers = {
  Query: {
    appraisalTypes: notImplemented,
    appraisalType: notImplemented,
    plugins: notImplemented,
    campaigns: guard((_, __, ctx) => { requireAdmin(ctx); return st.allCampaigns.all().map(findCampaign); }),
    campaign: (_, { id }, ctx) => visible(ctx, toCampaign(st.campaign.get(id))),
    ballot: guard((_, { code }) => {
      const { snap, groupKey } = openCode(code);
      const group = snap.groups.find((g) => g.key === groupKey);
      return {
        campaignId: snap.campaign.id, campaignTitle: snap.campaign.title, typeKey: snap.campaign.typeKey, groupKey,
        groupName: group?.name ?? { zhCn: groupKey, en: groupKey }, questionnaire: snap.campaign.questionnaire,
        subjects: snap.subjects, closesOn: snap.campaign.closesOn,
      };
    }),
    ballotBox: notImplemented,
    me: notImplemented,
    accounts: notImplemented,
    auditLog: notImplemented,
    publicSurvey: notImplemented,
  },
  Mutation: {
    createCampaign: guard((_, { input }, ctx) => { requireAdmin(ctx); return createCampaign(input); }),
    addSubjects: guard((_, { campaignId, subjects }, ctx) => { requireAdmin(ctx); return addSubjects(campaignId, subjects); }),
    addRaterGroups: guard((_, { campaignId, groups }, ctx) => { requireAdmin(ctx); return addRaterGroups(campaignId, groups); }),
    issueBallots: guard((_, { campaignId, input }, ctx) => { requireAdmin(ctx); return issueBallots(campaignId, input); }),
    openCampaign: guard((_, { id, testMode }, ctx) => { requireAdmin(ctx); return openCampaign(id, testMode); }),
    closeCampaign: guard((_, { id }, ctx) => { requireAdmin(ctx); return closeCampaign(id); }),
    submitBallot: guard((_, { code, answers }) => submitBallot(code, answers)),
    setQuestionnaire: notImplemented,
    voidBallotCodes: notImplemented,
    retallyCampaign: notImplemented,
    publishResults: notImplemented,
    resetTestCampaign: notImplemented,
    recordCommitteeGrades: notImplemented,
    login: notImplemented,
    logout: notImplemented,
    createAccount: notImplemented,
    setAccountDisabled: notImplemented,
    submitPublicBallot: notImplemented,
  },
  Campaign: {
    appraisalType: notImplemented,
    settings: (c) => settingList(c.settings),
    subjects: (c) => subjectsOf(c.id).map((s) => ({ ...s, attributes: settingList(s.attributes) })),
    raterGroups: (c) => groupsOf(c.id).map((g) => ({
      ...g, advisory: g.weight == null,
      weightsByUnitClass: Object.entries(g.weightsByUnitClass).sort().map(([unitClass, weight]) => ({ unitClass, weight })),
    })),
    draws: notImplemented,
    turnout: (c) => st.turnout.all(c.id),
    report: (c) => {
      const json = st.report.get(c.id);
      return json == null ? null : JSON.parse(json);
    },
    committeeGrades: notImplemented,
    publicPath: () => null,
  },
  BallotForm: {
    subjects: (form) => form.subjects.map((s) => ({ ...s, attributes: settingList(s.attributes) })),
  },
};

// Tuning: Apollo's cache-control plugin (on by default) hooks every field resolution to compute HTTP cache hints;
// nothing here is cacheable by HTTP, and without any willResolveField hook Apollo leaves resolvers unwrapped.
const server = new ApolloServer({ typeDefs, resolvers, plugins: [ApolloServerPluginCacheControlDisabled()] });
const port = Number(options.port);
const { url } = await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port },
  context: async ({ req }) => ({ admin: isAdmin(req.headers.authorization) }),
});
const versions = ['@apollo/server', 'graphql', 'better-sqlite3']
  .map((name) => `${name} ${JSON.parse(readFileSync(here(`./node_modules/${name}/package.json`), 'utf8')).version}`).join(', ');
console.log(`ballot peer ready at ${url} (${versions}, SQLite ${db.prepare('SELECT sqlite_version()').pluck().get()}, `
  + `node ${process.version}, NODE_ENV=${process.env.NODE_ENV ?? ''}, ${options['group-commit'] ? 'group commit' : 'one transaction per ballot'})`);

const shutdown = () => server.stop().finally(() => { db.close(); process.exit(0); });
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
