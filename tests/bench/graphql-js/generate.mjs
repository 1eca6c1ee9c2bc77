// Regenerates ../fixture/introspection.graphql (graphql-js's getIntrospectionQuery with every option on) and
// ../fixture/expected/*.json (graphql-js's answers, which both benchmark programs check before measuring).
// Where graphql-js 17 goes beyond the September 2025 spec, the engine follows the spec (Types/Introspection.cs);
// for those documents expected/NAME.engine.json is graphql-js's answer less exactly those extras (specOnly below),
// and the C# benchmark checks against it.
// Run: node generate.mjs   (after npm ci)
import { writeFileSync } from 'node:fs';
import { getIntrospectionQuery, graphql } from 'graphql';

const introspection = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
writeFileSync(new URL('../fixture/introspection.graphql', import.meta.url), `${introspection.trim()}\n`);

const { schema, documents, expectedPath } = await import('./fixture.mjs');
for (const [name, { source, variables }] of Object.entries(documents)) {
  const result = await graphql({ schema, source, variableValues: variables });
  if (result.errors) {
    throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  }
  writeFileSync(expectedPath(name), `${JSON.stringify(result)}\n`);
  console.log(`${name}: ${JSON.stringify(result).length} bytes`);
  if (result.data.__schema) {
    const engine = specOnly(structuredClone(result));
    writeFileSync(new URL(`../fixture/expected/${name}.engine.json`, import.meta.url), `${JSON.stringify(engine)}\n`);
    console.log(`${name}.engine: ${JSON.stringify(engine).length} bytes`);
  }
}

/**
 * graphql-js 17.1.0's introspection less what the September 2025 spec does not have: deprecated directives
 * (__Directive.isDeprecated/deprecationReason, __Schema.directives(includeDeprecated:), @deprecated on
 * DIRECTIVE_DEFINITION), the locations FRAGMENT_VARIABLE_DEFINITION and DIRECTIVE_DEFINITION, and
 * @deprecated(reason: String!) where the engine has reason: String.
 */
function specOnly(result) {
  const schema = result.data.__schema;
  const type = (name) => schema.types.find((t) => t.name === name);
  const directivesField = type('__Schema').fields.find((f) => f.name === 'directives');
  directivesField.args = directivesField.args.filter((a) => a.name !== 'includeDeprecated');
  const directive = type('__Directive');
  directive.fields = directive.fields.filter((f) => f.name !== 'isDeprecated' && f.name !== 'deprecationReason');
  const locations = type('__DirectiveLocation');
  const extra = new Set(['FRAGMENT_VARIABLE_DEFINITION', 'DIRECTIVE_DEFINITION']);
  locations.enumValues = locations.enumValues.filter((v) => !extra.has(v.name));
  const deprecated = schema.directives.find((d) => d.name === 'deprecated');
  deprecated.locations = deprecated.locations.filter((l) => !extra.has(l));
  const reason = deprecated.args.find((a) => a.name === 'reason');
  if (reason.type.kind === 'NON_NULL') {
    reason.type = { kind: reason.type.ofType.kind, name: reason.type.ofType.name, ofType: null };
  }
  return result;
}
