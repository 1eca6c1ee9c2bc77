// `node server.mjs verify DIR`: the peer's counterpart of the host's `verify` for the tables it has. Per campaign
// with a ballot box: the receipt chain recomputed from its genesis matches every stored head and the box's head,
// receipts = casts = spent codes, and the stored sheets = the box's sheet count. Prints one line; true when sound.
import { join } from 'node:path';
import { openStore } from './store.mjs';
import { genesis, nextHead } from './ballots.mjs';

export function verify(dataDirectory) {
  const { db, statements: st } = openStore(join(dataDirectory, 'peer.db'));
  const faults = [];
  let ballots = 0;
  let campaigns = 0;
  for (const id of st.allCampaigns.all()) {
    const box = db.prepare('SELECT casts, sheets, head FROM box_state WHERE campaign_id = ?').get(id);
    if (!box) continue;
    campaigns++;
    let head = genesis(id);
    let count = 0;
    for (const r of st.receipts.iterate(id)) {
      count++;
      head = nextHead(head, r.digest);
      if (r.seq !== count || !head.equals(r.head)) { faults.push(`${id}: receipt ${r.seq} breaks the chain`); break; }
    }
    if (!head.equals(box.head)) faults.push(`${id}: the box head is not the chain's head`);
    if (count !== box.casts) faults.push(`${id}: ${count} receipts, ${box.casts} casts`);
    const spent = st.spentCodes.get(id);
    if (spent !== box.casts) faults.push(`${id}: ${spent} spent codes, ${box.casts} casts`);
    const sheets = st.sheetCount.get(id);
    if (sheets !== box.sheets) faults.push(`${id}: ${sheets} sheets stored, ${box.sheets} counted`);
    ballots += count;
  }
  db.close();
  console.log(faults.length === 0
    ? `verify: OK (${campaigns} ballot boxes, ${ballots} ballots, chains and counts agree)`
    : `verify: FAILED: ${faults.join('; ')}`);
  return faults.length === 0;
}
