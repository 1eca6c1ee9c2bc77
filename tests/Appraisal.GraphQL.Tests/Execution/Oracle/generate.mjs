// Regenerates graphql-js-execution.json: run with graphql@17.1.0 installed (npm install graphql@17.1.0)
// from a directory whose node_modules has it, e.g. `NODE_PATH=/tmp/oracle/node_modules node generate.mjs`.
import { writeFileSync } from 'node:fs';
import { graphql, printSchema } from 'graphql';
import { schema, createRoot } from './fixture.mjs';
import { operations } from './operations.mjs';

const cases = [];
for (const [name, source, variables, operationName] of operations) {
  const result = await graphql({ schema, source, variableValues: variables, operationName, rootValue: createRoot() });
  cases.push({ name, source, variables: variables ?? null, operationName: operationName ?? null, expected: JSON.stringify(result) });
}

writeFileSync(new URL('./graphql-js-execution.json', import.meta.url), JSON.stringify(cases, null, 2) + '\n');
// The fixture's SDL as graphql-js prints it: the C# twin must print the same (SDL identical after a round trip).
writeFileSync(new URL('./fixture-printed.graphql', import.meta.url), printSchema(schema) + '\n');
console.log(`${cases.length} cases`);
