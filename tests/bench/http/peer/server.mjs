// Apollo Server peer for tests/bench/http/run.sh: the product's core SDL (read from the host project at start),
// resolvers that serve the `appraisalTypes` data captured once from our host (appraisal-types.json), standalone
// server with its defaults (in-memory LRU document cache of parsed + validated documents).
//
//   node server.mjs [port]      (default 4100; listens on 127.0.0.1 only)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const typeDefs = readFileSync(here('../../../../host/Appraisal.Host/Api/schema.graphql'), 'utf8');
const captured = JSON.parse(readFileSync(here('./appraisal-types.json'), 'utf8'));
if (!Array.isArray(captured?.appraisalTypes)) {
  throw new Error('appraisal-types.json must hold the `data` of the realistic query ({ "appraisalTypes": [...] })');
}

// Default field resolvers read the captured objects' properties; enum values arrive as their names.
const resolvers = {
  Query: {
    appraisalTypes: () => captured.appraisalTypes,
    appraisalType: (_, { key }) => captured.appraisalTypes.find((t) => t.key === key) ?? null,
    plugins: () => [],
  },
};

const port = Number(process.argv[2] ?? 4100);
const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port } });
const apolloVersion = JSON.parse(readFileSync(here('./node_modules/@apollo/server/package.json'), 'utf8')).version;
console.log(`apollo peer ready at ${url} (@apollo/server ${apolloVersion}, NODE_ENV=${process.env.NODE_ENV ?? ''})`);
