// Refreshes the expected results in schema-cases.json from graphql-js, the reference implementation.
// The SDL modules in that file are our own cases; graphql-js only supplies the expected output:
// buildSchema's SDL errors, else validateSchema's errors, else printSchema's text and the type map order.
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
const file = new URL('./schema-cases.json', import.meta.url);
const cases = JSON.parse(readFileSync(file, 'utf8')).map(({ name, modules }) => {
  let schema;
  try {
    schema = graphql.buildSchema(modules.join('\n'));
  } catch (error) {
    return { name, modules, sdlErrors: error.message.split('\n\n') };
  }
  const errors = graphql.validateSchema(schema).map((error) => error.message);
  if (errors.length > 0) {
    return { name, modules, errors };
  }
  return { name, modules, printed: graphql.printSchema(schema), types: Object.keys(schema.getTypeMap()) };
});
writeFileSync(file, JSON.stringify(cases, null, 2) + '\n');
console.log(`${cases.length} cases from graphql ${graphql.version}`);
