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

/**
 * The deletion feed of an enterprise, oldest first, from an instant on: tombstoned events and
 * measures, and archived objects and units (which stay in their tables, marked).
 */
export async function listTombstones(
  db: Db,
  enterprise: EnterpriseScope,
  since: string | undefined,
): Promise<RiskTombstone[]> {
  const from = since ? new Date(since) : new Date(0);
  const [tombstones, objects, units] = await Promise.all([
    db
      .selectFrom('riskTombstones')
      .selectAll()
      .where('enterpriseId', '=', enterprise.id)
      .where('deletedAt', '>=', from)
      .execute(),
    db
      .selectFrom('riskObjects')
      .select(['id', 'code', 'name', 'archivedAt', 'archivedBy', 'archivedByName', 'archiveReason'])
      .where('enterpriseId', '=', enterprise.id)
      .where('archivedAt', '>=', from)
      .execute(),
    db
      .selectFrom('riskUnits')
      .select([
        'id',
        'objectId',
        'code',
        'name',
        'archivedAt',
        'archivedBy',
        'archivedByName',
        'archiveReason',
      ])
      .where('enterpriseId', '=', enterprise.id)
      .where('archivedAt', '>=', from)
      .execute(),
  ]);
  const archived = (row: {
    archivedAt: Date | null;
    archivedBy: string | null;
    archivedByName: string | null;
    archiveReason: string;
  }) => ({
    deletedAt: new Date(row.archivedAt ?? 0).toISOString(),
    deletedBy: row.archivedBy,
    deletedByName: row.archivedByName,
    reason: row.archiveReason,
  });
  const feed: RiskTombstone[] = [
    ...objects.map((o) => ({
      entityType: 'riskObject' as const,
      entityId: o.id,
      objectId: null,
      unitId: null,
      eventId: null,
      name: `${o.code} ${o.name}`,
      ...archived(o),
    })),
    ...units.map((u) => ({
      entityType: 'riskUnit' as const,
      entityId: u.id,
      objectId: u.objectId,
      unitId: null,
      eventId: null,
      name: `${u.code} ${u.name}`,
      ...archived(u),
    })),
    ...tombstones.map((row) => ({
      entityType: row.entityType,
      entityId: row.entityId,
      objectId: null,
      unitId: row.unitId,
      eventId: row.eventId,
      name: row.name,
      ...deletionOf(row),
    })),
  ];
  return feed
    .sort((a, b) => a.deletedAt.localeCompare(b.deletedAt) || a.entityId.localeCompare(b.entityId))
    .slice(0, 5000);
}
