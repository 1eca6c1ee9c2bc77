// Ballot codes, answer validation, the stored sheet and the receipt chain of the Node peer: the same rules as the
// host's Core/Ballots (BallotCode, AnswerValidator, BallotSheetCodec, ReceiptChain), written the way a Node team
// would write them. Problem codes and the digests' inputs are the host's; the messages are the peer's own words.
import { createHash, randomBytes } from 'node:crypto';

// ---- ballot codes ---------------------------------------------------------------------------------------------
// 14 random symbols of Crockford's base32 plus a check symbol: the code read as a polynomial over GF(32)
// (x^5 + x^2 + 1) must vanish at x. Typed codes forgive case, dashes, spaces, full-width forms and O/I/L/U.
const SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 15;
const VALUE_OF = new Int8Array(128).fill(-1);
for (let v = 0; v < 32; v++) {
  VALUE_OF[SYMBOLS.charCodeAt(v)] = v;
  VALUE_OF[SYMBOLS[v].toLowerCase().charCodeAt(0)] = v;
}
for (const [alike, meant] of [['O', '0'], ['I', '1'], ['L', '1'], ['U', 'V']]) {
  for (const c of [alike, alike.toLowerCase()]) VALUE_OF[c.charCodeAt(0)] = VALUE_OF[meant.charCodeAt(0)];
}
const timesX = (e) => ((e << 1) & 32 ? (e << 1) ^ 0b100101 : e << 1);
const horner = (values, count) => {
  let r = 0;
  for (let i = 0; i < count; i++) r = timesX(r) ^ values[i];
  return r;
};
const SEPARATOR = /[\s\p{Pd}]/u;

export class Problem extends Error {
  constructor(code, zhCn, en, field) {
    super(en);
    this.code = code;
    this.zhCn = zhCn;
    this.en = en;
    this.field = field;
  }
}

/** A typed code → its canonical 15 symbols, or throws Problem INVALID_CODE (unknown character, length, check). */
export function parseCode(typed) {
  const values = new Int32Array(CODE_LENGTH);
  let count = 0;
  for (const ch of String(typed ?? '').normalize('NFKC')) {
    if (SEPARATOR.test(ch)) continue;
    const v = ch.length === 1 && ch.charCodeAt(0) < 128 ? VALUE_OF[ch.charCodeAt(0)] : -1;
    if (v < 0) throw new Problem('INVALID_CODE', `测评码里不应有“${ch}”，请核对。`, `A ballot code cannot contain '${ch}'.`, 'code');
    if (count < CODE_LENGTH) values[count] = v;
    count++;
  }
  if (count === 0) throw new Problem('INVALID_CODE', '没有输入测评码。', 'No ballot code was typed.', 'code');
  if (count !== CODE_LENGTH) {
    throw new Problem('INVALID_CODE', `测评码应为 ${CODE_LENGTH} 位（短横线不计），这里有 ${count} 位。`,
      `A ballot code has ${CODE_LENGTH} characters; ${count} were typed.`, 'code');
  }
  if (horner(values, CODE_LENGTH) !== 0) {
    throw new Problem('INVALID_CODE', '测评码校验不符，可能有一位输错了。', 'The check character does not match: a character may be mistyped.', 'code');
  }
  let canonical = '';
  for (const v of values) canonical += SYMBOLS[v];
  return canonical;
}

/** A fresh code from the CSPRNG: { canonical, display: XXXXX-XXXXX-XXXXX }. */
export function newCode() {
  const bytes = randomBytes(CODE_LENGTH - 1);
  const values = new Int32Array(CODE_LENGTH);
  for (let i = 0; i < CODE_LENGTH - 1; i++) values[i] = bytes[i] & 31;
  values[CODE_LENGTH - 1] = timesX(horner(values, CODE_LENGTH - 1));
  let canonical = '';
  for (const v of values) canonical += SYMBOLS[v];
  return { canonical, display: `${canonical.slice(0, 5)}-${canonical.slice(5, 10)}-${canonical.slice(10)}` };
}

const sha256 = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

/** Where storage finds a code: lower-case hex SHA-256 of its canonical form (the code itself is never stored). */
export const lookupKey = (canonical) => createHash('sha256').update(canonical, 'latin1').digest('hex');

// ---- the receipt chain ----------------------------------------------------------------------------------------
export const genesis = (campaignId) => sha256('appraisal.chain.v1\n' + campaignId);
export const newReceiptToken = () => randomBytes(16).toString('base64url');
export const receiptDigest = (token) => sha256('appraisal.receipt.v1\n' + token);
export const nextHead = (head, digest) => sha256(head, digest);
/** Order-free digest of a box: SHA-256 over the sheet digests sorted bytewise. */
export const boxDigest = (digests) => sha256('appraisal.box.v1\n', ...[...digests].sort(Buffer.compare));

// ---- the stored sheet -------------------------------------------------------------------------------------------
// [[itemKey, subjectId|null, [optionKey…], text|null], …] sorted by item key then subject (null first), as JSON.
const byCell = (x, y) => {
  if (x.itemKey !== y.itemKey) return x.itemKey < y.itemKey ? -1 : 1;
  if (x.subjectId === y.subjectId) return 0;
  if (x.subjectId == null) return -1;
  if (y.subjectId == null) return 1;
  return x.subjectId < y.subjectId ? -1 : 1;
};
export function encodeSheet(answers) {
  const sorted = [...answers].sort(byCell);
  return Buffer.from(JSON.stringify(sorted.map((a) => [a.itemKey, a.subjectId ?? null, a.optionKeys ?? [], a.text ?? null])), 'utf8');
}
export function sheetDigest(groupKey, sheet) {
  const group = Buffer.from(groupKey, 'utf8');
  return sha256('appraisal.ballot.v1\n', `${group.length}\n`, group, '\n', sheet);
}

// ---- answer validation ------------------------------------------------------------------------------------------
const text = (zhCn, en) => ({ zhCn, en });
const MESSAGES = {
  TOO_MANY_ANSWERS: text('答案比题目还多。', 'There are more answers than questions.'),
  NULL_ANSWER: text('有一项答案是空的。', 'An answer is null.'),
  UNKNOWN_ITEM: text('问卷里没有这道题。', 'The questionnaire has no such question.'),
  UNKNOWN_SUBJECT: text('这张票不评这个对象，或没有指明对象。', 'This ballot does not rate that subject, or none was named.'),
  UNEXPECTED_SUBJECT: text('这道题整张票只答一次，不针对对象。', 'This question is asked once per ballot, not per subject.'),
  DUPLICATE_ANSWER: text('同一道题答了两次。', 'The same question is answered twice.'),
  ONE_OPTION: text('这道题只能选一个选项。', 'Pick one option only.'),
  NOT_ON_SCALE: text('选项不属于这道题。', 'That option does not belong to this question.'),
  DUPLICATE_OPTION: text('同一个选项勾了两次。', 'An option is ticked twice.'),
  UNEXPECTED_TEXT: text('这道题只需选择，不填文字。', 'This question takes a choice, not text.'),
  UNEXPECTED_OPTION: text('这道题只填文字，不选选项。', 'This question takes text, not a choice.'),
  TOO_LONG: text('文字太长了。', 'The text is too long.'),
  INVALID_TEXT: text('文字里有无法保存的字符。', 'The text holds characters that cannot be stored.'),
  NOT_SHOWN: text('按前面的回答，这道题不用答。', 'An earlier answer makes this question not apply.'),
  REQUIRED: text('这道题必须回答。', 'This question needs an answer.'),
};
const problem = (code, itemKey = null, subjectId = null) => ({ code, message: MESSAGES[code], itemKey, subjectId });

/** The questionnaire as look-up tables, built once per campaign snapshot. */
export function indexQuestionnaire(questionnaire) {
  const scales = new Map(questionnaire.scales.map((s) => [s.key, new Map(s.options.map((o, i) => [o.key, i]))]));
  const items = questionnaire.items;
  const positions = new Map(items.map((item, i) => [item.key, i]));
  const options = items.map((item) => (item.kind === 'TEXT' ? null : scales.get(item.scaleKey) ?? null));
  const parents = items.map((item) => (item.showWhen ? positions.get(item.showWhen.itemKey) : -1));
  // Every item after the item its condition looks at (the template has no cycles; the host refuses them).
  const order = [];
  const placed = new Array(items.length).fill(false);
  const place = (i) => {
    if (placed[i]) return;
    placed[i] = true;
    if (parents[i] >= 0) place(parents[i]);
    order.push(i);
  };
  items.forEach((_, i) => place(i));
  return { items, positions, options, parents, order };
}

const isBlank = (a) => (a.optionKeys == null || a.optionKeys.length === 0) && (a.text == null || a.text === '');
const HIDDEN = 0, SHOWN = 1, UNDECIDED = 2;

/** Every problem of the answers for a ballot that rates `subjectIds`; [] when the ballot may be stored. */
export function validateAnswers(index, subjectIds, answers) {
  const { items, positions, options: scaleOf } = index;
  if (answers.length > items.length * Math.max(1, subjectIds.length)) return [problem('TOO_MANY_ANSWERS')];
  const problems = [];
  const column = new Map(subjectIds.map((id, i) => [id, i]));
  const columns = items.map((item) => (item.scope === 'PER_SUBJECT' ? subjectIds.length : 1));
  const firstCell = [];
  let cells = 0;
  for (const c of columns) { firstCell.push(cells); cells += c; }
  const answerIn = new Int32Array(cells); // answer index + 1
  const faulty = new Uint8Array(cells);

  answers.forEach((answer, a) => {
    if (answer == null) { problems.push(problem('NULL_ANSWER')); return; }
    const p = positions.get(answer.itemKey);
    if (p === undefined) { problems.push(problem('UNKNOWN_ITEM', answer.itemKey, answer.subjectId ?? null)); return; }
    const item = items[p];
    let col = 0;
    if (item.scope === 'PER_SUBJECT') {
      col = answer.subjectId == null ? undefined : column.get(answer.subjectId);
      if (col === undefined) { problems.push(problem('UNKNOWN_SUBJECT', item.key, answer.subjectId ?? null)); return; }
    } else if (answer.subjectId != null) {
      problems.push(problem('UNEXPECTED_SUBJECT', item.key, answer.subjectId)); return;
    }
    const cell = firstCell[p] + col;
    if (answerIn[cell] !== 0) { problems.push(problem('DUPLICATE_ANSWER', item.key, answer.subjectId ?? null)); return; }
    answerIn[cell] = a + 1;
    const before = problems.length;
    checkContent(item, scaleOf[p], answer, problems);
    faulty[cell] = problems.length !== before ? 1 : 0;
  });

  const visibility = new Uint8Array(cells);
  for (const i of index.order) {
    const condition = items[i].showWhen;
    const parent = index.parents[i];
    const meets = (parentCell) => {
      if (visibility[parentCell] !== SHOWN) return visibility[parentCell];
      if (answerIn[parentCell] === 0) return HIDDEN;
      if (faulty[parentCell]) return UNDECIDED;
      const chosen = answers[answerIn[parentCell] - 1].optionKeys ?? [];
      return chosen.some((k) => condition.optionKeys.includes(k)) ? SHOWN : HIDDEN;
    };
    for (let col = 0; col < columns[i]; col++) {
      let shown;
      if (!condition) shown = SHOWN;
      else if (columns[parent] === columns[i] || columns[parent] === 1) shown = meets(firstCell[parent] + (columns[parent] === 1 ? 0 : col));
      else {
        shown = HIDDEN;
        for (let s = 0; s < columns[parent] && shown !== SHOWN; s++) {
          const met = meets(firstCell[parent] + s);
          if (met !== HIDDEN) shown = met;
        }
      }
      visibility[firstCell[i] + col] = shown;
    }
  }

  items.forEach((item, i) => {
    for (let col = 0; col < columns[i]; col++) {
      const cell = firstCell[i] + col;
      const subjectId = item.scope === 'PER_SUBJECT' ? subjectIds[col] : null;
      const answered = answerIn[cell] !== 0 && !isBlank(answers[answerIn[cell] - 1]);
      if (answered && visibility[cell] === HIDDEN) problems.push(problem('NOT_SHOWN', item.key, subjectId));
      else if (!answered && item.required && visibility[cell] === SHOWN) problems.push(problem('REQUIRED', item.key, subjectId));
    }
  });
  return problems;
}

function checkContent(item, scale, answer, problems) {
  const options = answer.optionKeys ?? [];
  const hasText = answer.text != null && answer.text !== '';
  const subjectId = answer.subjectId ?? null;
  if (item.kind === 'TEXT' || scale == null) {
    if (options.length > 0) problems.push(problem('UNEXPECTED_OPTION', item.key, subjectId));
    if (hasText) checkText(item, answer.text, subjectId, problems);
    return;
  }
  if (item.kind === 'CHOICE') {
    if (options.length > 1) problems.push(problem('ONE_OPTION', item.key, subjectId));
    else if (options.length === 1 && !scale.has(options[0])) problems.push(problem('NOT_ON_SCALE', item.key, subjectId));
  } else if (options.length > 0) {
    const ticked = new Uint8Array(scale.size);
    for (const key of options) {
      const at = scale.get(key);
      if (at === undefined) { problems.push(problem('NOT_ON_SCALE', item.key, subjectId)); break; }
      if (ticked[at]) { problems.push(problem('DUPLICATE_OPTION', item.key, subjectId)); break; }
      ticked[at] = 1;
    }
  }
  if (hasText) problems.push(problem('UNEXPECTED_TEXT', item.key, subjectId));
}

// Length in code points; no lone surrogate and no control character other than \n, \r and \t.
function checkText(item, value, subjectId, problems) {
  const max = Math.max(0, item.maxLength);
  if (value.length > 2 * max) { problems.push(problem('TOO_LONG', item.key, subjectId)); return; }
  let scalars = 0;
  let invalid = false;
  for (let i = 0; i < value.length; i++, scalars++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    else if ((c >= 0xd800 && c <= 0xdfff) || ((c < 0x20 || (c >= 0x7f && c <= 0x9f)) && c !== 10 && c !== 13 && c !== 9)) invalid = true;
  }
  if (invalid) problems.push(problem('INVALID_TEXT', item.key, subjectId));
  if (scalars > max) problems.push(problem('TOO_LONG', item.key, subjectId));
}
