// Refreshes validation-cases.json: our documents with the errors graphql-js 17.1.0, the reference
// implementation, reports for them against schema.graphql (the same schema as SpecTestSchema.cs).
// Documents: seeds.graphql (hand-written, separated by "# ---" lines), every """...""" document in the
// rule tests (../Rules/*Tests.cs), and mutants of both made by small random edits (fixed seed, so the
// output is stable). graphql-js only supplies the expected errors.
// Usage: npm install graphql@17.1.0 in any folder, then
//   node generate.mjs <that folder>
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node generate.mjs <folder with node_modules/graphql>');
  process.exit(2);
}
const graphql = createRequire(join(folder, 'package.json'))('graphql');
const here = new URL('.', import.meta.url).pathname;
const schema = graphql.buildSchema(readFileSync(join(here, 'schema.graphql'), 'utf8'));
// graphql-js 17's specifiedRules minus the @defer/@stream rules, which the September 2025 spec lacks.
const rules = graphql.specifiedRules.filter((rule) => !/Defer|Stream/.test(rule.name));

const seeds = readFileSync(join(here, 'seeds.graphql'), 'utf8')
  .split(/^# ---.*$/m)
  .map((s) => s.trim())
  .filter((s) => s !== '');

// Raw string literals of the rule tests: the lines between two """ lines, minus the closing line's indent.
const rulesDir = join(here, '..', 'Rules');
for (const file of readdirSync(rulesDir).filter((f) => f.endsWith('Tests.cs')).sort()) {
  const text = readFileSync(join(rulesDir, file), 'utf8');
  for (const match of text.matchAll(/"""\n([\s\S]*?)\n([ \t]*)"""/g)) {
    const indent = match[2].length;
    seeds.push(match[1].split('\n').map((line) => line.slice(indent)).join('\n'));
  }
}

// A small deterministic PRNG (mulberry32).
let state = 20250901;
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (items) => items[Math.floor(random() * items.length)];

const fieldNames = [...new Set(Object.values(schema.getTypeMap())
  .filter((t) => !t.name.startsWith('__') && 'getFields' in t && !graphql.isInputObjectType(t))
  .flatMap((t) => Object.keys(t.getFields())))].sort();
const typeNames = ['Dog', 'Cat', 'Pet', 'Human', 'Alien', 'CatOrDog', 'Box', 'TextBox', 'NumberBox', 'String', 'FurColor', 'ComplexInput', 'Nope'];
const variableTypes = ['Int', 'Int!', 'String', 'Boolean!', '[String]', '[String!]!', 'FurColor', 'ComplexInput', 'OneOfInput', 'OneOfInput!', 'Dog', 'Unknown'];
const literals = ['1', '-7', '2147483648', '1.5', '"x"', '"""block"""', 'true', 'null', 'SIT', 'BROWN', 'brown', '[1, 2]', '["a", null]', '[]',
  '{ requiredField: true }', '{ requiredField: null }', '{ byName: "x" }', '{ byName: "x", byId: 1 }', '{ byId: null }', '{ nope: 1 }', '$v', '$x'];
const directives = ['@skip(if: true)', '@include(if: $v)', '@onField', '@tag(name: "t")', '@cost(weight: 1)', '@cost', '@onQuery', '@onFragment', '@unknown', '@skip(if: 1)'];

const parseLiteral = (text) => graphql.parseValue(text);
const parseType = (text) => graphql.parseType(text);
const directive = (text) => graphql.parse(`{ a ${text} }`).definitions[0].selectionSet.selections[0].directives[0];

// Each mutation edits one random node of one kind; a mutation that finds no such node does nothing.
const mutations = [
  ['Field', (n) => ({ ...n, name: { ...n.name, value: pick(fieldNames) } })],
  ['Field', (n) => ({ ...n, alias: { kind: 'Name', value: pick(fieldNames) } })],
  ['Field', (n) => ({ ...n, arguments: n.arguments?.slice(1) })],
  ['Field', (n) => ({ ...n, selectionSet: undefined })],
  ['Field', (n) => ({ ...n, directives: [...(n.directives ?? []), directive(pick(directives))] })],
  ['Argument', (n) => ({ ...n, value: parseLiteral(pick(literals)) })],
  ['Argument', (n) => ({ ...n, name: { ...n.name, value: pick(['value', 'x', 'y', 'dogCommand', 'if', 'surname', 'nope']) } })],
  ['ObjectField', (n) => ({ ...n, value: parseLiteral(pick(literals)) })],
  ['ListValue', (n) => ({ ...n, values: [...n.values, parseLiteral(pick(literals))] })],
  ['VariableDefinition', (n) => ({ ...n, type: parseType(pick(variableTypes)) })],
  ['VariableDefinition', (n) => ({ ...n, defaultValue: parseLiteral(pick(literals.filter((l) => !l.startsWith('$')))) })],
  ['OperationDefinition', (n) => ({ ...n, variableDefinitions: n.variableDefinitions?.slice(1) })],
  ['OperationDefinition', (n) => ({ ...n, operation: pick(['query', 'mutation', 'subscription']) })],
  ['InlineFragment', (n) => ({ ...n, typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: pick(typeNames) } } })],
  ['FragmentDefinition', (n) => ({ ...n, typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: pick(typeNames) } } })],
  ['FragmentSpread', (n) => ({ ...n, name: { ...n.name, value: pick(['F', 'G', 'Frag', 'Missing', n.name.value]) } })],
  ['SelectionSet', (n) => ({ ...n, selections: n.selections.length > 1 ? n.selections.slice(1) : n.selections })],
  ['SelectionSet', (n) => ({ ...n, selections: [...n.selections, pick(n.selections)] })],
  ['Directive', (n) => directive(pick(directives))],
];

function mutate(document) {
  const [kind, edit] = pick(mutations);
  const nodes = [];
  graphql.visit(document, { [kind]: (node) => void nodes.push(node) });
  if (nodes.length === 0) {
    return undefined;
  }
  const target = pick(nodes);
  return graphql.visit(document, { [kind]: (node) => (node === target ? edit(node) : undefined) });
}

const sources = new Set();
for (const seed of seeds) {
  sources.add(seed);
}
for (const seed of seeds) {
  let document;
  try {
    document = graphql.parse(seed);
  } catch {
    continue;
  }
  for (let i = 0; i < 5; i++) {
    let mutant = document;
    const edits = 1 + Math.floor(random() * 2);
    for (let e = 0; e < edits && mutant; e++) {
      mutant = mutate(mutant) ?? mutant;
    }
    try {
      const printed = graphql.print(mutant);
      graphql.parse(printed);
      sources.add(printed);
    } catch {
      // an edit can make an unprintable or unparsable document; skip it
    }
  }
}

const cases = [];
for (const source of sources) {
  // Introspection types are not in SpecTestSchema (the type model has none yet); leave such documents out.
  if (/__(schema|type)\b/.test(source)) {
    continue;
  }
  let document;
  try {
    document = graphql.parse(source);
  } catch {
    continue; // syntax errors are the parser's business
  }
  const errors = graphql.validate(schema, document, rules).map((error) => ({
    message: error.message,
    locations: (error.locations ?? []).map(({ line, column }) => [line, column]),
  }));
  cases.push({ source, errors });
}
writeFileSync(join(here, 'validation-cases.json'), JSON.stringify(cases, null, 1) + '\n');
const invalid = cases.filter((c) => c.errors.length > 0).length;
console.log(`${cases.length} documents (${invalid} invalid, ${cases.length - invalid} valid)`);
