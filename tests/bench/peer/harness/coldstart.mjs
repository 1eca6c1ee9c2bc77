// Cold start to first answer: starts a server, posts `{ __typename }` to its /graphql every 5 ms from the moment
// of the spawn, and prints the milliseconds until the first 200 whose body names Query; then stops the server
// (SIGTERM, SIGKILL after 10 s). The command's environment is this process's.
//
//   node coldstart.mjs <port> <timeout-s> <command> [arguments…]
import { spawn } from 'node:child_process';
import http from 'node:http';

const [port, timeout, command, ...args] = process.argv.slice(2);
const body = JSON.stringify({ query: '{ __typename }' });
const ask = () => new Promise((resolve) => {
  const request = http.request({
    host: '127.0.0.1', port: Number(port), path: '/graphql', method: 'POST', agent: false,
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'content-length': Buffer.byteLength(body) },
  }, (response) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (c) => { text += c; });
    response.on('end', () => resolve(response.statusCode === 200 && text.includes('"Query"')));
    response.on('error', () => resolve(false));
  });
  request.on('error', () => resolve(false));
  request.setTimeout(2000, () => { request.destroy(); resolve(false); });
  request.end(body);
});

const started = performance.now();
const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
let exited = false;
const gone = new Promise((resolve) => child.on('exit', () => { exited = true; resolve(); }));
const deadline = started + Number(timeout) * 1000;
let ms = null;
while (!exited && performance.now() < deadline) {
  if (await ask()) { ms = performance.now() - started; break; }
  await new Promise((resolve) => setTimeout(resolve, 5));
}
if (!exited) {
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await gone;
  clearTimeout(killer);
}
if (ms === null) {
  console.error(`no answer from 127.0.0.1:${port} within ${timeout} s${exited ? ' (the server exited)' : ''}`);
  process.exit(1);
}
console.log(JSON.stringify({ coldStartMs: Math.round(ms) }));
