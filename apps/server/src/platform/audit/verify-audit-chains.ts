import type { PlatformTables } from '../db/platform-tables.ts';
import { tablesOf, type WithTables } from '../../kernel/index.ts';
import { auditHash, auditKey, GENESIS_HASH } from './audit-hash.ts';
import { readAnchors, type Anchor } from './anchor-chain-heads.ts';

export type ChainBreak = { chain: string; seq: number; reason: string };
export type VerifyResult = { chains: number; events: number; breaks: ChainBreak[] };

const PAGE = 5000;

export type VerifyOptions = {
  /** The append-only anchor file; every anchored head must still be in its chain with its hash. */
  anchorFile?: string;
};

/** Recomputes every chain (keyed links with the audit key) and names the first broken link of each. */
export async function verifyAuditChains(
  dbHandle: WithTables<PlatformTables>,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const db = tablesOf(dbHandle);
  const key = auditKey();
  const anchors = options.anchorFile ? readAnchors(options.anchorFile) : new Map<string, Anchor[]>();
  const heads = await db.selectFrom('auditChainHeads').selectAll().orderBy('chain').execute();
  const breaks: ChainBreak[] = [];
  let events = 0;
  for (const head of heads) {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let broken: ChainBreak | null = null;
    let sawKeyed = false;
    const pending = [...(anchors.get(head.chain) ?? [])].sort((a, b) => a.seq - b.seq);
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
        if (sawKeyed && !row.keyed) {
          broken = { chain: head.chain, seq: row.seq, reason: 'unkeyed link after keyed links' };
          break;
        }
        sawKeyed ||= row.keyed;
        const hash = auditHash({ ...row, occurredAt: new Date(row.occurredAt) }, row.keyed ? key : null);
        if (hash !== row.hash) {
          broken = { chain: head.chain, seq: row.seq, reason: 'content does not match its hash' };
          break;
        }
        while (pending[0] && pending[0].seq === row.seq) {
          const anchor = pending.shift();
          if (anchor && anchor.hash !== row.hash) {
            broken = {
              chain: head.chain,
              seq: row.seq,
              reason: `differs from the anchor written at ${anchor.at}`,
            };
          }
        }
        if (broken) break;
        prevHash = row.hash;
        expectedSeq += 1;
      }
      after = rows[rows.length - 1]?.seq ?? after;
    }
    if (!broken && expectedSeq - 1 !== head.seq) {
      broken = { chain: head.chain, seq: expectedSeq, reason: 'chain is shorter than its head' };
    }
    if (!broken && pending[0]) {
      broken = {
        chain: head.chain,
        seq: pending[0].seq,
        reason: `anchored at ${pending[0].at} but missing from the chain`,
      };
    }
    if (!broken && head.seq > 0 && head.hash !== prevHash) {
      broken = { chain: head.chain, seq: head.seq, reason: 'head hash does not match' };
    }
    if (broken) breaks.push(broken);
  }
  for (const [chain, list] of anchors) {
    if (!heads.some((h) => h.chain === chain) && list[0]) {
      breaks.push({ chain, seq: list[0].seq, reason: 'anchored chain is missing from the database' });
    }
  }
  return { chains: heads.length, events, breaks };
}
