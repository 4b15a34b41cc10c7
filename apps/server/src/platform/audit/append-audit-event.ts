import { randomUUID } from 'node:crypto';
import { sql, type OperationNodeSource } from 'kysely';
import type { PlatformTables } from '../db/platform-tables.ts';
import { tablesOf, type WithTables } from '../../kernel/index.ts';
import { canonicalJson } from './canonical-json.ts';
import { auditHash, auditKey, GENESIS_HASH } from './audit-hash.ts';

import type { AuditContext } from '../../kernel/index.ts';

export type { AuditContext };

export type AuditEntry = {
  /** The tenant whose chain gets the event; null for platform-level data. */
  enterpriseId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

export const PLATFORM_CHAIN = 'platform';

/**
 * Appends one event to its chain. Call it inside the transaction that makes the change, so the
 * change and its record commit together; the head row lock serialises writers of one chain.
 *
 * Two statements, because every audited write of an enterprise queues on its head from the first
 * to the commit: one takes the head (creating it the first time), one writes the link and moves
 * the head, with `alsoInsert` (the change's domain event) in the same statement.
 */
export async function appendAuditEvent(
  trxHandle: WithTables<PlatformTables>,
  ctx: AuditContext,
  entry: AuditEntry,
  alsoInsert?: OperationNodeSource,
): Promise<void> {
  const trx = tablesOf(trxHandle);
  const chain = entry.enterpriseId ?? PLATFORM_CHAIN;
  // ON CONFLICT DO UPDATE locks the existing head row and returns its current values; a concurrent
  // writer of the same chain waits here and then sees this one's link.
  const { rows } = await sql<{ seq: number | string; hash: string }>`
    insert into audit_chain_heads (chain, seq, hash) values (${chain}, 0, ${GENESIS_HASH})
    on conflict (chain) do update set chain = excluded.chain
    returning seq, hash`.execute(trx);
  const head = rows[0]!;
  // A jsonb round-trip must give back what was hashed, so values are normalised first.
  const before = normalise(entry.before);
  const after = normalise(entry.after);
  const fields = {
    chain,
    seq: Number(head.seq) + 1,
    id: randomUUID(),
    enterpriseId: entry.enterpriseId,
    actorId: ctx.actorId,
    actorName: ctx.actorName,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before,
    after,
    requestId: ctx.requestId,
    ip: ctx.ip,
    occurredAt: new Date(),
    prevHash: head.hash,
  };
  const hash = auditHash(fields, auditKey());
  const link = trx.insertInto('auditEvents').values({
    ...fields,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
    hash,
    keyed: true,
  });
  const advance = trx
    .updateTable('auditChainHeads')
    .set({ seq: fields.seq, hash })
    .where('chain', '=', chain);
  await (
    alsoInsert
      ? sql`with audit_link as (${link}), also_row as (${alsoInsert}) ${advance}`
      : sql`with audit_link as (${link}) ${advance}`
  ).execute(trx);
}

function normalise(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(canonicalJson(value));
}
