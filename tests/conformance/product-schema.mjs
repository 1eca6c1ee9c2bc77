// Checks the product's schema as graphql-js sees it: the server's introspection must build a client schema
// that validates, and must print the same as the schema files the host is built from (joined in order).
// Usage: node product-schema.mjs <url> <schema.graphql> [more.graphql …]   Prints { errors: [...], remote, expected }.
import { readFileSync } from 'node:fs';
import {
  buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, validateSchema,
} from 'graphql';

const [url, ...sdlFiles] = process.argv.slice(2);
const query = getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
  inputValueDeprecation: true, oneOf: true,
});
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
  signal: AbortSignal.timeout(10000),
});
const body = await response.json();
const errors = [];
let remote = '';
try {
  const client = buildClientSchema(body.data);
  errors.push(...validateSchema(client).map((e) => e.message));
  remote = printSchema(lexicographicSortSchema(client));
} catch (e) {
  errors.push(`buildClientSchema: ${e.message}`);
}
const expected = printSchema(lexicographicSortSchema(buildSchema(sdlFiles.map((file) => readFileSync(file, 'utf8')).join('\n'))));
console.log(JSON.stringify({ status: response.status, errors, remote, expected }));
