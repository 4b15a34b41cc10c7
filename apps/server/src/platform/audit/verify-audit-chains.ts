import type { Kysely } from 'kysely';
import type { DB } from '../../app/db-schema.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';

export type ChainBreak = { chain: string; seq: number; reason: string };
export type VerifyResult = { chains: number; events: number; breaks: ChainBreak[] };

const PAGE = 5000;

/** Recomputes every chain and names the first broken link of each. */
export async function verifyAuditChains(db: Kysely<DB>): Promise<VerifyResult> {
  const heads = await db.selectFrom('auditChainHeads').selectAll().orderBy('chain').execute();
  const breaks: ChainBreak[] = [];
  let events = 0;
  for (const head of heads) {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let broken: ChainBreak | null = null;
    for (let after = 0; !broken;) {
      const rows = await db
        .selectFrom('auditEvents')
        .selectAll()
        .where('chain', '=', head.chain)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(PAGE)
        .execute();
      if (rows.length === 0) break;
      for (const row of rows) {
        events += 1;
        if (row.seq !== expectedSeq) {
          broken = { chain: head.chain, seq: expectedSeq, reason: 'missing event' };
          break;
        }
        if (row.prevHash !== prevHash) {
          broken = { chain: head.chain, seq: row.seq, reason: 'previous hash does not match' };
          break;
        }
        const hash = auditHash({ ...row, occurredAt: new Date(row.occurredAt) });
        if (hash !== row.hash) {
          broken = { chain: head.chain, seq: row.seq, reason: 'content does not match its hash' };
          break;
        }
        prevHash = row.hash;
        expectedSeq += 1;
      }
      after = rows[rows.length - 1]?.seq ?? after;
    }
    if (!broken && expectedSeq - 1 !== head.seq) {
      broken = { chain: head.chain, seq: expectedSeq, reason: 'chain is shorter than its head' };
    }
    if (!broken && head.seq > 0 && head.hash !== prevHash) {
      broken = { chain: head.chain, seq: head.seq, reason: 'head hash does not match' };
    }
    if (broken) breaks.push(broken);
  }
  return { chains: heads.length, events, breaks };
}
