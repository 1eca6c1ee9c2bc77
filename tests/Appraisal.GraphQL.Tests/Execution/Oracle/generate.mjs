// Regenerates graphql-js-execution.json: run with graphql@17.1.0 installed (npm install graphql@17.1.0)
// from a place whose node_modules has it: ES modules ignore NODE_PATH, so copy Execution/ under tests/conformance
// (after `npm ci` there) and run this copy, as the host tests' GraphQLJsOracleTests do.
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
