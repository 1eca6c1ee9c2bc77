// Same semantics, checked: run.sh plays this fixed script against the host and against the peer and requires the
// two outputs to be equal. Two rater groups (weights 1 and 2) rate three agencies; valid ballots with 不了解,
// 不满意 with and without a reason, and suggestions; refused ballots of every kind the driver could meet (unknown
// item, unknown subject, option off the scale, two options, a missing required answer, a reason for an item that
// is not 不满意, a duplicate answer); code errors (wrong length, bad check character, unknown, already used); then
// close, turnout, and the report's tables (all but `rules`, whose wording is each server's own).
//
//   node check.mjs <graphql-url> <admin-key>     prints the JSON to compare
const [url, key] = process.argv.slice(2);

async function call(query, variables, admin = false) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(admin ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = await response.json();
  return { status: response.status, json };
}
async function admin(query, variables) {
  const { status, json } = await call(query, variables, true);
  if (status !== 200 || json.errors) throw new Error(`${status} ${JSON.stringify(json).slice(0, 400)}`);
  return json.data;
}

const AGENCIES = [['a1', '第一局', '政府部门'], ['a2', '第二局', '政府部门'], ['a3', '第三局', '垂直管理']];
const INDICATORS = ['attitude', 'efficiency', 'lawful', 'integrity', 'openness', 'conduct'];
const OPTIONS = ['satisfied', 'fairly-satisfied', 'basically-satisfied', 'dissatisfied', 'unknown'];

const { createCampaign: { id } } = await admin('mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
  { i: { typeKey: 'people-satisfied-agency', title: '口径核对 semantics check' } });
await admin('mutation($id: ID!, $s: [SubjectInput!]!) { addSubjects(campaignId: $id, subjects: $s) { id } }',
  { id, s: AGENCIES.map(([sid, name, unitClass]) => ({ id: sid, name, unitClass })) });
await admin('mutation($id: ID!, $g: [RaterGroupInput!]!) { addRaterGroups(campaignId: $id, groups: $g) { id } }', {
  id,
  g: [{ key: 'service', nameZhCn: '服务对象', nameEn: 'Service users', weight: 1 }, { key: 'deputies', nameZhCn: '人大代表', nameEn: 'Deputies', weight: 2 }],
});
const issue = async (groupKey, count) => (await admin(
  'mutation($id: ID!, $i: IssueBallotsInput!) { issueBallots(campaignId: $id, input: $i) { ballots { code } } }',
  { id, i: { groupKey, strategy: 'SLIPS', count } })).issueBallots.ballots.map((b) => b.code);
const service = await issue('service', 40);
const deputies = await issue('deputies', 12);
await admin('mutation($id: ID!) { openCampaign(id: $id) { status } }', { id });

// Ballot n of a group: every indicator of every agency, options spread by a fixed recurrence; 不满意 gets a reason
// on odd n; every fifth ballot leaves a suggestion. `only` restricts who is rated (the rest answer 不了解).
function ballot(n, only = null) {
  const answers = [];
  let k = n * 7919 + 17;
  for (const [subjectId] of AGENCIES) {
    for (const itemKey of INDICATORS) {
      k = (k * 48271) % 2147483647;
      const option = only && !only.includes(subjectId) ? 'unknown' : OPTIONS[k % OPTIONS.length];
      answers.push({ itemKey, subjectId, optionKeys: [option] });
      if (option === 'dissatisfied' && n % 2 === 1) answers.push({ itemKey: `${itemKey}-reason`, subjectId, text: `第${n}张票：办事拖沓` });
    }
    if (n % 5 === 0) answers.push({ itemKey: 'suggestions', subjectId, text: '希望延长周末办事时间 😀' });
  }
  return answers;
}

const SUBMIT = 'mutation($c: String!, $a: [AnswerInput!]!) { submitBallot(code: $c, answers: $a) { accepted receipt { position } problems { code itemKey subjectId } } }';
const outcome = async (code, answers) => {
  const { status, json } = await call(SUBMIT, { c: code, a: answers });
  const result = json.data?.submitBallot;
  return result
    ? { accepted: result.accepted, position: result.receipt ? 'yes' : null, problems: result.problems }
    : { status, error: json.errors?.map((e) => [e.extensions?.code, e.extensions?.field ?? null]) };
};

const log = [];
for (let n = 0; n < 30; n++) log.push(await outcome(service[n], ballot(n)));
for (let n = 0; n < 10; n++) log.push(await outcome(deputies[n], ballot(100 + n, n < 2 ? ['a1', 'a2', 'a3'] : ['a1', 'a2'])));

const good = ballot(7);
const refused = {
  unknownItem: [...good, { itemKey: 'speed', subjectId: 'a1', optionKeys: ['satisfied'] }],
  unknownSubject: [...good, { itemKey: 'attitude', subjectId: 'a9', optionKeys: ['satisfied'] }],
  noSubject: good.map((a, i) => (i === 0 ? { ...a, subjectId: null } : a)),
  offScale: good.map((a, i) => (i === 0 ? { ...a, optionKeys: ['excellent'] } : a)),
  twoOptions: good.map((a, i) => (i === 0 ? { ...a, optionKeys: ['satisfied', 'dissatisfied'] } : a)),
  missing: good.filter((a) => !(a.itemKey === 'lawful' && a.subjectId === 'a2')),
  reasonNotShown: [...good.filter((a) => !a.itemKey.endsWith('-reason')).map((a) => (a.itemKey === 'attitude' ? { ...a, optionKeys: ['satisfied'] } : a)),
    { itemKey: 'attitude-reason', subjectId: 'a1', text: '不该出现' }],
  textOnChoice: good.map((a, i) => (i === 0 ? { ...a, text: '附言' } : a)),
  duplicate: [...good, good[0]],
  tooMany: Array.from({ length: 200 }, () => good[0]),
};
for (const [name, answers] of Object.entries(refused)) log.push({ name, ...(await outcome(service[30], answers)) });
log.push({ name: 'wrongLength', ...(await outcome('ABCDE-12345', good)) });
const typo = service[31].slice(0, -1) + (service[31].endsWith('0') ? '1' : '0');
log.push({ name: 'badCheck', ...(await outcome(typo, good)) });
log.push({ name: 'loose', ...(await outcome(service[31].toLowerCase().replace(/-/g, ' '), good)) });
log.push({ name: 'unknownCode', ...(await outcome('00000-00000-00000', good)) });
log.push({ name: 'used', ...(await outcome(service[0], good)) });

await admin('mutation($id: ID!) { closeCampaign(id: $id) { status } }', { id });
log.push({ name: 'closed', ...(await outcome(service[35], good)) });
const data = await admin(`query($id: ID!) { campaign(id: $id) { status turnout { groupKey issued returned voided }
  report { ballotsCast sheetsCounted minimumCellSize error tables { key title { zhCn en } columns { zhCn en } rows { text number suppressed } } } } }`, { id });
const { report } = data.campaign;
report.tables = report.tables.filter((t) => t.key !== 'rules');
// The agency names in the host's first table come from the subjects; nothing here depends on ids or randomness.
console.log(JSON.stringify({ casts: log, status: data.campaign.status, turnout: data.campaign.turnout, report }, null, 1));
