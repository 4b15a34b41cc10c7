import { appendFileSync, closeSync, existsSync, fsyncSync, openSync, readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { PlatformTables } from '../db/platform-tables.ts';

/** One line of the anchor file: a chain's head as it stood at a moment. */
export type Anchor = { at: string; chain: string; seq: number; hash: string };

type AuditTables = Pick<PlatformTables, 'auditChainHeads'>;

/**
 * Appends every chain head that moved since its last anchor to an append-only file outside the
 * database. Someone who holds the database (and even the key) cannot rewrite history behind an
 * anchor without the file disagreeing; `audit:verify` checks each anchor. Returns the lines written.
 */
export async function anchorChainHeads<DB extends AuditTables>(
  db: Kysely<DB>,
  file: string,
): Promise<number> {
  const last = new Map<string, number>();
  for (const [chain, list] of readAnchors(file)) last.set(chain, list[list.length - 1]?.seq ?? 0);
  const heads = await (db as unknown as Kysely<AuditTables>)
    .selectFrom('auditChainHeads')
    .select(['chain', 'seq', 'hash'])
    .where('seq', '>', 0)
    .orderBy('chain')
    .execute();
  const at = new Date().toISOString();
  const lines = heads
    .filter((h) => h.seq > (last.get(h.chain) ?? 0))
    .map((h) => JSON.stringify({ at, chain: h.chain, seq: h.seq, hash: h.hash } satisfies Anchor));
  if (lines.length === 0) return 0;
  appendFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return lines.length;
}

/** The anchors of a file by chain, in the order written; a missing file has none. */
export function readAnchors(file: string): Map<string, Anchor[]> {
  const byChain = new Map<string, Anchor[]>();
  if (!existsSync(file)) return byChain;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const anchor = parseAnchor(line);
    if (!anchor) continue; // a torn last line after a crash: the earlier lines still count
    const list = byChain.get(anchor.chain) ?? [];
    list.push(anchor);
    byChain.set(anchor.chain, list);
  }
  return byChain;
}

function parseAnchor(line: string): Anchor | null {
  try {
    const v = JSON.parse(line) as Partial<Anchor>;
    if (typeof v.chain === 'string' && typeof v.seq === 'number' && typeof v.hash === 'string') {
      return { at: String(v.at ?? ''), chain: v.chain, seq: v.seq, hash: v.hash };
    }
    return null;
  } catch {
    return null;
  }
}
