// Runs graphql-http's GraphQL-over-HTTP audit suite against a server, one audit at a time.
// Usage: node audit.mjs <url>    Prints one JSON array of { id, name, status, reason, httpStatus, body }.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url>');
  process.exit(2);
}

// Bounded: every request gives up after 5 s.
const fetchFn = (input, init = {}) => fetch(input, { ...init, signal: AbortSignal.timeout(5000) });
const results = [];
for (const audit of serverAudits({ url, fetchFn })) {
  const result = await audit.fn().catch((e) => ({ id: audit.id, name: audit.name, status: 'fatal', reason: String(e) }));
  let body = '';
  if (result.response) {
    try {
      body = (await result.response.text()).slice(0, 300);
    } catch {
      body = '(body already read)';
    }
  }
  results.push({
    id: result.id ?? audit.id,
    name: result.name ?? audit.name,
    status: result.status,
    reason: result.reason ?? null,
    httpStatus: result.response?.status ?? null,
    body,
  });
}
console.log(JSON.stringify(results, null, 2));
