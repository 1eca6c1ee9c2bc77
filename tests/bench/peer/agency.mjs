// The 人民满意机关 (people-satisfied-agency) type in the Node peer: the questionnaire of the bundled plugin's first
// template (six indicators on the satisfaction scale, a reason after 不满意, suggestions), its ballot rules, and its
// tally (group score = mapped mean of the valid answers, composite = weighted mean of the groups, tiers, ranking in
// class, minimum cell size) computed by SQL over the stored sheets at close.
//
// Not in the peer (the bench's campaign uses none of them; the plugin's defaults leave them off): nested group
// weights (`weight.a`), trimmed means (`trim.groups`), 一票否决 (`veto`), `missingGroups=withhold`, dense ranking,
// other templates. A campaign whose settings ask for one is refused at creation rather than tallied differently; a
// subject attribute `veto` is not read (`ranked=false` is).
export const TYPE_KEY = 'people-satisfied-agency';

// Defaults of plugins/PeopleSatisfiedAgency/plugin.json that the peer reads; campaign settings override them.
const DEFAULTS = {
  mapping: '100,85,70,40', dontKnowOption: 'true', reasonRequired: 'false', minBallots: '0', decimals: '2',
  'tiers.thresholds': '85,75,60', 'tiers.names': '满意,比较满意,基本满意,不满意',
  'tiers.namesEn': 'Satisfied,Fairly satisfied,Basically satisfied,Dissatisfied', uniformBallots: 'accept',
};
// Campaign settings that would make the host tally differently from what the peer implements (their defaults are
// the only values the peer supports).
const SUPPORTED_ONLY = { 'trim.groups': '', veto: '', missingGroups: 'renormalise', 'ranking.ties': 'competition' };

const INDICATORS = [
  ['attitude', '服务态度', 'Service attitude'],
  ['efficiency', '办事效率', 'Efficiency'],
  ['lawful', '依法行政', 'Lawful administration'],
  ['integrity', '廉洁自律', 'Integrity'],
  ['openness', '政务公开', 'Openness'],
  ['conduct', '作风建设', 'Work style'],
];

const setting = (settings, key) => settings[key] ?? DEFAULTS[key];

/** Settings the peer cannot honour (it would tally differently from the host), or null. */
export function unsupportedSetting(settings) {
  return Object.keys(settings).find((k) => k.startsWith('weight.')
    || (k in SUPPORTED_ONLY && settings[k].trim() !== SUPPORTED_ONLY[k])) ?? null;
}

/** The questionnaire a new campaign starts from, in the GraphQL shape of `Questionnaire`. */
export function template() {
  const points = DEFAULTS.mapping.split(',').map(Number);
  const option = (key, zhCn, en, value, extra = {}) => ({
    key, label: { zhCn, en }, value, countsAsSatisfied: false, isAbstain: false, asksReason: false, ...extra,
  });
  const scale = {
    key: 'satisfaction', name: { zhCn: '满意程度', en: 'Satisfaction' },
    options: [
      option('satisfied', '满意', 'Satisfied', points[0], { countsAsSatisfied: true }),
      option('fairly-satisfied', '比较满意', 'Fairly satisfied', points[1], { countsAsSatisfied: true }),
      option('basically-satisfied', '基本满意', 'Basically satisfied', points[2], { countsAsSatisfied: true }),
      option('dissatisfied', '不满意', 'Dissatisfied', points[3], { asksReason: true }),
      option('unknown', '不了解', "Don't know", null, { isAbstain: true }),
    ],
  };
  const item = (key, zhCn, en, kind, extra = {}) => ({
    key, text: { zhCn, en }, kind, scope: 'PER_SUBJECT', scaleKey: null, required: true, weight: 1, showWhen: null, maxLength: 500, ...extra,
  });
  const items = [];
  for (const [key, zhCn, en] of INDICATORS) {
    items.push(item(key, zhCn, en, 'CHOICE', { scaleKey: 'satisfaction' }));
    items.push(item(`${key}-reason`, `对“${zhCn}”不满意的原因`, `Why dissatisfied with: ${en}`, 'TEXT',
      { required: false, showWhen: { itemKey: key, optionKeys: ['dissatisfied'] } }));
  }
  items.push(item('suggestions', '意见建议', 'Suggestions', 'TEXT', { required: false }));
  return { scales: [scale], items };
}

/** The type's own ballot rules: no rating of one's own agency (`self`), optionally no uniform ballots. */
export function checkRules(settings, questionnaire, answers) {
  const problems = [];
  const self = setting(settings, 'self');
  if (self) {
    for (const a of answers) {
      if (a.subjectId === self && (a.optionKeys ?? []).length > 0) {
        problems.push({ code: 'SELF_RATING', message: { zhCn: '本单位不参与自评。', en: 'An agency does not rate itself.' }, itemKey: a.itemKey, subjectId: a.subjectId });
      }
    }
  }
  if (setting(settings, 'uniformBallots').trim() === 'reject') {
    const scored = new Set(questionnaire.scales.flatMap((s) => s.options.filter((o) => !o.isAbstain && o.value != null).map((o) => o.key)));
    const picks = answers.filter((a) => a.subjectId != null && (a.optionKeys ?? []).length === 1 && scored.has(a.optionKeys[0])).map((a) => a.optionKeys[0]);
    if (picks.length >= 2 && picks.every((p) => p === picks[0])) {
      problems.push({ code: 'UNIFORM_ANSWERS', message: { zhCn: '每一项的评价都一样，请逐项作答。', en: 'All answers are identical; rate each item separately.' }, itemKey: null, subjectId: null });
    }
  }
  return problems;
}

// Rounds half away from zero, as the host publishes decimals (a hair of tolerance for binary fractions).
const round = (value, decimals) => {
  const f = 10 ** decimals;
  return Math.sign(value) * Math.floor(Math.abs(value) * f + 0.5 + 1e-9) / f;
};

/**
 * The report of a closed campaign, from its stored sheets. Two aggregate queries over the sheets' JSON: the valid
 * scored answers per (group, agency, item, option), and the sheets holding at least one of them per (group, agency).
 */
export function tally(db, campaign, subjects, groups) {
  const settings = campaign.settings;
  const decimals = Number(setting(settings, 'decimals'));
  const minCell = campaign.minimumCellSize;
  const combinedAt = Math.max(Number(setting(settings, 'minBallots')), minCell);
  const questionnaire = campaign.questionnaire;
  const scales = new Map(questionnaire.scales.map((s) => [s.key, s]));
  const items = questionnaire.items
    .filter((i) => i.kind === 'CHOICE' && i.scope === 'PER_SUBJECT' && i.weight > 0 && scales.has(i.scaleKey))
    .map((item, index) => ({
      item, index,
      points: new Map(scales.get(item.scaleKey).options.filter((o) => !o.isAbstain && o.value != null).map((o) => [o.key, o.value])),
    }));
  const byKey = new Map(items.map((i) => [i.item.key, i]));
  const scoredPairs = JSON.stringify(items.flatMap((i) => [...i.points.keys()].map((o) => `${i.item.key}\u0000${o}`)));

  const answerCounts = db.prepare(`
    SELECT b.group_key, a.value ->> '$[1]' AS subject, a.value ->> '$[0]' AS item, a.value ->> '$[2][0]' AS option, COUNT(*) AS n
    FROM ballots b, json_each(b.answers) a
    WHERE b.campaign_id = ? AND json_array_length(a.value, '$[2]') = 1
    GROUP BY 1, 2, 3, 4`).raw().all(campaign.id);
  const sheetCounts = db.prepare(`
    SELECT b.group_key, a.value ->> '$[1]' AS subject, COUNT(DISTINCT b.ballot_id) AS sheets
    FROM ballots b, json_each(b.answers) a
    WHERE b.campaign_id = ? AND json_array_length(a.value, '$[2]') = 1
      AND (a.value ->> '$[0]') || char(0) || (a.value ->> '$[2][0]') IN (SELECT value FROM json_each(?))
    GROUP BY 1, 2`).raw().all(campaign.id, scoredPairs);
  const { sheets: sheetsCounted } = db.prepare('SELECT COUNT(*) AS sheets FROM ballots WHERE campaign_id = ?').get(campaign.id);
  const { casts } = db.prepare('SELECT casts FROM box_state WHERE campaign_id = ?').get(campaign.id);

  const cells = new Map(); // `${agency}\u0000${group}` → cell
  const cellOf = (agency, group) => {
    const key = `${agency}\u0000${group}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, cell = { sheets: 0, points: 0, weight: 0, itemPoints: new Array(items.length).fill(0), itemAnswers: new Array(items.length).fill(0) });
    return cell;
  };
  for (const [group, agency, itemKey, option, n] of answerCounts) {
    const scored = byKey.get(itemKey);
    const value = scored?.points.get(option);
    if (value === undefined) continue;
    const cell = cellOf(agency, group);
    cell.itemPoints[scored.index] += n * value;
    cell.itemAnswers[scored.index] += n;
    cell.points += n * scored.item.weight * value;
    cell.weight += n * scored.item.weight;
  }
  for (const [group, agency, sheets] of sheetCounts) cellOf(agency, group).sheets = sheets;

  const thresholds = setting(settings, 'tiers.thresholds').split(',').map(Number);
  const tierNames = setting(settings, 'tiers.names').split(',');
  const tierOf = (score) => (score == null ? null : tierNames[thresholds.findIndex((t) => score >= t)] ?? tierNames[thresholds.length]);
  // Weighted mean over the groups that have a value, weights renormalised among them.
  const combine = (values) => {
    const present = values.filter((v) => v.value != null && v.weight != null);
    const total = present.reduce((s, v) => s + v.weight, 0);
    if (present.length === 0 || total <= 0) return { value: null, shares: new Map() };
    return {
      value: present.reduce((s, v) => s + v.weight * v.value, 0) / total,
      shares: new Map(present.map((v) => [v.key, v.weight / total])),
    };
  };

  const agencies = subjects.map((agency) => {
    const rows = groups.map((group) => {
      const cell = cells.get(`${agency.id}\u0000${group.key}`);
      const sheets = cell?.sheets ?? 0;
      const shown = sheets > 0 && sheets >= minCell;
      const weight = group.weightsByUnitClass[agency.unitClass ?? ''] ?? group.weight;
      const indicators = items.map((i) => (shown && cell.itemAnswers[i.index] > 0 && cell.itemAnswers[i.index] >= minCell
        ? cell.itemPoints[i.index] / cell.itemAnswers[i.index] : null));
      return { group, sheets, shown, weight, score: shown ? cell.points / cell.weight : null, indicators, combined: shown && sheets >= combinedAt };
    });
    const composite = combine(rows.map((r) => ({ key: r.group.key, weight: r.weight, value: r.combined ? r.score : null })));
    const indicatorMeans = items.map((i) => combine(rows.map((r) => ({ key: r.group.key, weight: r.weight, value: r.combined ? r.indicators[i.index] : null }))).value);
    const score = composite.value == null ? null : round(composite.value, decimals);
    return { agency, rows, shares: composite.shares, score, tier: tierOf(score), indicatorMeans, rank: null };
  });

  // Competition ranking (1, 2, 2, 4) within each unit class on the published score, ties in campaign order.
  const classes = new Map();
  for (const a of agencies) {
    const key = a.agency.unitClass ?? '';
    if (!classes.has(key)) classes.set(key, []);
    classes.get(key).push(a);
  }
  const rankingRows = [];
  for (const [unitClass, members] of classes) {
    const standing = members.filter((a) => a.score != null && a.agency.ranked).sort((x, y) => y.score - x.score);
    standing.forEach((a, i) => { a.rank = i > 0 && standing[i - 1].score === a.score ? standing[i - 1].rank : i + 1; });
    for (const a of standing) rankingRows.push([unitClass, a]);
  }

  const str = (t) => ({ text: t, number: null, suppressed: false });
  const num = (n) => ({ text: null, number: n, suppressed: false });
  const hidden = { text: null, number: null, suppressed: true };
  const maybe = (n) => (n == null ? hidden : num(round(n, decimals)));
  const col = (zhCn, en) => ({ zhCn, en });
  const agencyCol = col('单位', 'Agency');
  const classCol = col('类别', 'Class');
  const itemCols = items.map((i) => i.item.text);
  const tables = [
    {
      key: 'agencies', title: col('各单位综合得分', 'Score per agency'),
      columns: [agencyCol, classCol, col('综合得分', 'Score'), col('类内名次', 'Rank in class'), col('等次', 'Tier'), col('一票否决', 'Veto')],
      rows: agencies.map((a) => [str(a.agency.name), str(a.agency.unitClass ?? ''), a.score == null ? hidden : num(a.score),
        a.rank == null ? str('不参与排名') : num(a.rank), str(a.tier ?? ''), str('')]),
    },
    {
      key: 'groups', title: col('各评议群体得分', 'Score per rater group'),
      columns: [agencyCol, classCol, col('评议群体', 'Rater group'), col('权重', 'Weight'), col('计入综合的占比', 'Share of the score'),
        col('有效票', 'Sheets'), col('得分', 'Score'), col('去掉最高最低（张）', 'Trimmed sheets'), ...itemCols],
      rows: agencies.flatMap((a) => a.rows.map((r) => [
        str(a.agency.name), str(a.agency.unitClass ?? ''), str(r.group.name.zhCn),
        r.weight == null ? str('参考，不计入') : num(r.weight),
        a.shares.has(r.group.key) ? num(round(a.shares.get(r.group.key), 4)) : str('—'),
        r.shown ? num(r.sheets) : hidden, maybe(r.score), r.shown ? num(0) : hidden, ...r.indicators.map(maybe),
      ])),
    },
    {
      key: 'indicators', title: col('各单位分项得分', 'Score per indicator'),
      columns: [agencyCol, classCol, ...itemCols],
      rows: agencies.map((a) => [str(a.agency.name), str(a.agency.unitClass ?? ''), ...a.indicatorMeans.map(maybe)]),
    },
    {
      key: 'ranking', title: col('分类排名', 'Ranking within class'),
      columns: [classCol, col('名次', 'Rank'), agencyCol, col('综合得分', 'Score'), col('等次', 'Tier'), col('一票否决', 'Veto')],
      rows: rankingRows.map(([unitClass, a]) => [str(unitClass), num(a.rank), str(a.agency.name), num(a.score), str(a.tier ?? ''), str('')]),
    },
    { key: 'rules', title: col('计分规则', 'Rules applied'), columns: [col('规则', 'Rule'), col('说明', 'Description (Chinese)'), col('Description', 'Description')], rows: rules(questionnaire, items, groups, settings, minCell, combinedAt, decimals) },
  ];
  return { ballotsCast: casts, sheetsCounted, minimumCellSize: minCell, error: null, tables };
}

const tierText = (settings, namesKey, atLeast, separator, otherwise) => {
  const names = setting(settings, namesKey).split(',');
  const thresholds = setting(settings, 'tiers.thresholds').split(',');
  return [...thresholds.map((t, i) => `${atLeast}${t} ${names[i]}`), `${otherwise} ${names[thresholds.length]}`].join(separator);
};

// The rules the tally applied, in the peer's own words (the host's plugin words them differently).
function rules(questionnaire, items, groups, settings, minCell, combinedAt, decimals) {
  const row = (key, zhCn, en) => [key, zhCn, en].map((t) => ({ text: t, number: null, suppressed: false }));
  const options = questionnaire.scales[0].options;
  return [
    row('mapping', `分值：${options.map((o) => `${o.label.zhCn} ${o.value ?? '不计分'}`).join('，')}；不计分的选项不进入分母`,
      `Points: ${options.map((o) => `${o.label.en} ${o.value ?? 'none'}`).join(', ')}; options without points stay out of every mean`),
    row('indicator-weights', `指标权重：${items.map((i) => `${i.item.text.zhCn} ${i.item.weight}`).join('，')}`,
      `Indicator weights: ${items.map((i) => `${i.item.text.en} ${i.item.weight}`).join(', ')}`),
    row('group-score', '群体得分为该群体对该单位所有有效回答按指标权重的平均分。', "A group's score is the indicator-weighted mean of its valid answers about the agency."),
    row('trim', '不做去掉最高、最低分的处理。', 'No trimmed mean.'),
    ...groups.map((g) => row('weight', `${g.name.zhCn}（${g.key}）权重 ${g.weight ?? '参考'}`, `${g.name.en} (${g.key}) weight ${g.weight ?? 'advisory'}`)),
    row('composite', '综合得分为各计入群体得分的加权平均，缺少得分的群体其权重按比例分给其余群体。', 'The composite is the weighted mean of the combined groups; a missing group\'s weight is spread over the others.'),
    row('minimum', `有效票少于 ${minCell} 张的格不公布；少于 ${combinedAt} 张的不计入综合。`, `Cells with fewer than ${minCell} sheets are not shown; fewer than ${combinedAt} are not combined.`),
    row('rounding', `公布的得分四舍五入保留 ${decimals} 位小数，等次与名次按公布值确定。`, `Published scores are rounded half away from zero to ${decimals} decimals; tiers and ranks use them.`),
    row('tiers', tierText(settings, 'tiers.names', '≥', '；', '其余'), tierText(settings, 'tiers.namesEn', '>= ', '; ', 'otherwise')),
    row('ranking', '按单位类别分别排名，同分并列，其后名次顺延。', 'Ranked within each class; equal scores share a place and the next is skipped.'),
    row('veto', '本次没有一票否决。', 'No veto this time.'),
  ];
}
