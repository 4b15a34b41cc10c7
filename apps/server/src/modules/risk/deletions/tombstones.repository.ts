import type { RiskDeletion, RiskTombstone } from '@shuangkong/contracts';
import type { Selectable } from 'kysely';
import { validationFailed } from '../../../kernel/index.ts';
import type { CommandContext, DB, Db, Trx } from '../risk.database.ts';
import type { EnterpriseScope } from '../units/enterprise-ref.ts';

type TombstoneRow = Selectable<DB['riskTombstones']>;
export type TombstoneKind = TombstoneRow['entityType'];

export type NewTombstone = {
  entityType: TombstoneKind;
  entityId: string;
  unitId: string;
  eventId: string | null;
  name: string;
  /** The entity as the API presented it, so reading it by id later shows what was deleted. */
  snapshot: unknown;
};

/** The reason from a DELETE body: optional, trimmed, at most 500 characters. */
export function deletionReason(body: unknown): string {
  const reason = (body as { reason?: unknown } | null | undefined)?.reason;
  if (reason === undefined || reason === null) return '';
  if (typeof reason !== 'string') throw validationFailed('body.reason', 'must be text');
  if (reason.trim().length > 500) throw validationFailed('body.reason', 'at most 500 characters');
  return reason.trim();
}

/** Marks entities deleted, in the transaction that removes them from the register. */
export async function writeTombstones(
  trx: Trx,
  ctx: Pick<CommandContext, 'actor'>,
  enterprise: EnterpriseScope,
  reason: string,
  tombstones: readonly NewTombstone[],
): Promise<void> {
  if (tombstones.length === 0) return;
  await trx
    .insertInto('riskTombstones')
    .values(
      tombstones.map((t) => ({
        enterpriseId: enterprise.id,
        entityType: t.entityType,
        entityId: t.entityId,
        unitId: t.unitId,
        eventId: t.eventId,
        name: t.name.slice(0, 300),
        snapshot: JSON.stringify(t.snapshot),
        deletedBy: ctx.actor.userId,
        deletedByName: ctx.actor.name,
        reason,
      })),
    )
    .execute();
}

const deletionOf = (row: TombstoneRow): RiskDeletion => ({
  deletedAt: new Date(row.deletedAt).toISOString(),
  deletedBy: row.deletedBy,
  deletedByName: row.deletedByName,
  reason: row.reason,
});

/** A deleted entity's tombstone: its snapshot and its deletion mark. */
export async function findTombstone(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  entityType: TombstoneKind,
  entityId: string,
): Promise<{ snapshot: unknown; deletion: RiskDeletion } | undefined> {
  const row = await db
    .selectFrom('riskTombstones')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .where('entityType', '=', entityType)
    .where('entityId', '=', entityId)
    .executeTakeFirst();
  return row ? { snapshot: row.snapshot, deletion: deletionOf(row) } : undefined;
}

/** The deletion feed of an enterprise, oldest first, from an instant on. */
export async function listTombstones(
  db: Db,
  enterprise: EnterpriseScope,
  since: string | undefined,
): Promise<RiskTombstone[]> {
  let query = db
    .selectFrom('riskTombstones')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .orderBy('deletedAt')
    .orderBy('entityId')
    .limit(5000);
  if (since) query = query.where('deletedAt', '>=', new Date(since));
  const rows = await query.execute();
  return rows.map((row) => ({
    entityType: row.entityType,
    entityId: row.entityId,
    unitId: row.unitId,
    eventId: row.eventId,
    name: row.name,
    ...deletionOf(row),
  }));
}
