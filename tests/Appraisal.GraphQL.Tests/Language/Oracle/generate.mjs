// Refreshes the expected results in graphql-js-cases.json from graphql-js, the reference implementation.
// The sources in that file are our own cases; graphql-js only supplies the expected output.
// Usage: npm install graphql@17.1.0 in any folder, then
//   node generate.mjs <that folder>
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node generate.mjs <folder with node_modules/graphql>');
  process.exit(2);
}
const graphql = createRequire(join(folder, 'package.json'))('graphql');
const file = new URL('./graphql-js-cases.json', import.meta.url);
const parsers = {
  document: graphql.parse,
  value: graphql.parseValue,
  type: graphql.parseType,
  coordinate: graphql.parseSchemaCoordinate,
};
const cases = JSON.parse(readFileSync(file, 'utf8')).map(({ kind, source }) => {
  try {
    return { kind, source, printed: graphql.print(parsers[kind](source)) };
  } catch (error) {
    const [location] = error.locations ?? [];
    return { kind, source, error: error.message, line: location?.line, column: location?.column };
  }
});
writeFileSync(file, JSON.stringify(cases, null, 2) + '\n');
console.log(`${cases.length} cases from graphql ${graphql.version}`);
