// Checks the product's schema as graphql-js sees it: the server's introspection must build a client schema
// that validates, and must print the same as the schema files the host is built from (joined in order).
// Usage: node product-schema.mjs <url> <schema.graphql> [more.graphql …]   Prints { errors: [...], remote, expected }.
import { readFileSync } from 'node:fs';
import {
  buildASTSchema, buildClientSchema, buildSchema, getIntrospectionQuery, Kind, lexicographicSortSchema, parse, printSchema,
  validateSchema,
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
const core = buildSchema(sdlFiles.map((file) => readFileSync(file, 'utf8')).join('\n'));
const expected = printSchema(lexicographicSortSchema(core));
let remote = '';
let extensions = '';
try {
  const client = buildClientSchema(body.data);
  errors.push(...validateSchema(client).map((e) => e.message));
  // Plugins extend the schema (their report types, `extend type Report { … }`): compare the core part with the
  // files, and return the additions separately.
  const printed = parse(printSchema(lexicographicSortSchema(client)));
  const coreTypes = core.getTypeMap();
  const coreDefinitions = [];
  const added = [];
  for (const definition of printed.definitions) {
    const name = definition.name?.value;
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || name in coreTypes || definition.kind === Kind.SCHEMA_DEFINITION) {
      if (definition.kind === Kind.OBJECT_TYPE_DEFINITION && name in coreTypes) {
        const known = coreTypes[name].getFields();
        added.push(...definition.fields.filter((f) => !(f.name.value in known)).map((f) => `${name}.${f.name.value}`));
        coreDefinitions.push({ ...definition, fields: definition.fields.filter((f) => f.name.value in known) });
      } else if (!name || name in coreTypes || definition.kind === Kind.DIRECTIVE_DEFINITION) {
        coreDefinitions.push(definition);
      } else {
        added.push(name);
      }
    } else {
      added.push(name);
    }
  }
  remote = printSchema(lexicographicSortSchema(buildASTSchema({ kind: Kind.DOCUMENT, definitions: coreDefinitions })));
  extensions = added.sort().join('\n');
} catch (e) {
  errors.push(`buildClientSchema: ${e.message}`);
}
console.log(JSON.stringify({ status: response.status, errors, remote, expected, extensions }));
