import { randomUUID } from 'node:crypto';
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
 */
export async function appendAuditEvent(
  trxHandle: WithTables<PlatformTables>,
  ctx: AuditContext,
  entry: AuditEntry,
): Promise<void> {
  const trx = tablesOf(trxHandle);
  const chain = entry.enterpriseId ?? PLATFORM_CHAIN;
  await trx
    .insertInto('auditChainHeads')
    .values({ chain, seq: 0, hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('chain').doNothing())
    .execute();
  const head = await trx
    .selectFrom('auditChainHeads')
    .select(['seq', 'hash'])
    .where('chain', '=', chain)
    .forUpdate()
    .executeTakeFirstOrThrow();
  // A jsonb round-trip must give back what was hashed, so values are normalised first.
  const before = normalise(entry.before);
  const after = normalise(entry.after);
  const fields = {
    chain,
    seq: head.seq + 1,
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
  await trx
    .insertInto('auditEvents')
    .values({
      ...fields,
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
      hash,
      keyed: true,
    })
    .execute();
  await trx
    .updateTable('auditChainHeads')
    .set({ seq: fields.seq, hash })
    .where('chain', '=', chain)
    .execute();
}

function normalise(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(canonicalJson(value));
}
