// Fails unless two GraphQL response bodies are both exactly {"data": ...} and their `data` texts are byte-identical.
//   node compare-data.mjs <host body> <peer body>
import { readFileSync } from 'node:fs';

const rawData = (file) => {
  const text = readFileSync(file, 'utf8').trimEnd();
  const parsed = JSON.parse(text);
  const keys = Object.keys(parsed);
  if (keys.length !== 1 || keys[0] !== 'data' || !text.startsWith('{"data":') || !text.endsWith('}')) {
    throw new Error(`${file}: expected exactly {"data":...}, got ${text.slice(0, 300)}`);
  }
  return Buffer.from(text.slice('{"data":'.length, -1), 'utf8');
};

const [a, b] = process.argv.slice(2).map(rawData);
if (a.equals(b)) {
  console.error(`data identical: ${a.length} bytes`);
} else {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  console.error(`data differs at byte ${i} (host ${a.length} bytes, peer ${b.length} bytes)`);
  console.error(`  host: …${a.subarray(Math.max(0, i - 60), i + 60).toString()}…`);
  console.error(`  peer: …${b.subarray(Math.max(0, i - 60), i + 60).toString()}…`);
  process.exit(1);
}
