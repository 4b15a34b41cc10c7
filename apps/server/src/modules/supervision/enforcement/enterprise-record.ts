import type { Insertable, Selectable } from 'kysely';
import type { AppError } from '../../../kernel/index.ts';
import type { CommandContext, DB, Trx } from '../supervision.database.ts';
import { recordSupervision } from '../supervision-record.ts';
import type { SupervisionDomainEvent } from '../supervision.events.ts';
import { enterpriseInRemit } from './enforcement-scope.ts';

// Records a regulator keeps about one enterprise of its remit and ends later with a reason, never
// deleting them (the history stays): a blacklist entry (黑名单) and a conflict of interest (回避).
// Both are added, refused as duplicates, ended and audited alike; only their columns differ.
type EnterpriseRecordTable = 'blacklistEntries' | 'enforcementConflicts';

type Action = SupervisionDomainEvent['type'];
type Facts<A extends Action> = Omit<Extract<SupervisionDomainEvent, { type: A }>, 'type'>;
/** How the audit names the change and the record. */
type Audit<A extends Action> = { action: A; entityType: string };

/** A table with its new row (the pairing keeps each table's columns checked). */
type NewRecord = {
  [T in EnterpriseRecordTable]: { table: T; row: Insertable<DB[T]> & { id: string } };
}[EnterpriseRecordTable];

/** A table with what the audit tells subscribers of a record's end, read from the record. */
type EndedRecord<A extends Action> = {
  [T in EnterpriseRecordTable]: { table: T; facts: (before: Selectable<DB[T]>) => Facts<A> };
}[EnterpriseRecordTable];

/**
 * Adds a record about an enterprise in the actor's remit, refused while an active one already
 * shares the enterprise and `activeOncePer`; audited in the same transaction.
 */
export async function addEnterpriseRecord<A extends Action>(
  ctx: CommandContext,
  o: NewRecord & {
    /** Besides the enterprise, what no two active records share; `ifActive` when one would. */
    activeOncePer: { regulatorId: string } | { inspectorId: string };
    ifActive: () => AppError;
    /** The record's own refusals that need the transaction, after the remit and before the duplicate. */
    check?: (trx: Trx) => Promise<void>;
    audit: Audit<A>;
    facts: Facts<A>;
  },
): Promise<{ id: string }> {
  await ctx.db.transaction().execute(async (trx) => {
    await enterpriseInRemit(trx, ctx.actor, o.row.enterpriseId);
    await o.check?.(trx);
    const active = await trx
      .selectFrom(o.table)
      .select('id')
      .where('enterpriseId', '=', o.row.enterpriseId)
      .where((eb) => eb.and(o.activeOncePer))
      .where('removedAt', 'is', null)
      .executeTakeFirst();
    if (active) throw o.ifActive();
    await trx.insertInto(o.table).values(o.row).execute();
    await recordSupervision(trx, ctx.audit, {
      action: o.audit.action,
      entityType: o.audit.entityType,
      entityId: o.row.id,
      enterpriseId: o.row.enterpriseId,
      after: o.row,
      facts: o.facts,
    });
  });
  return { id: o.row.id };
}

/**
 * Ends an active record with the reason, keeping the row. Only the regulator that added it ends it:
 * another regulator's record, or one of an enterprise outside the remit, is not found.
 */
export async function removeEnterpriseRecord<A extends Action>(
  ctx: CommandContext,
  o: EndedRecord<A> & {
    regulatorId: string;
    enterpriseId: string;
    id: string;
    reason: string;
    now: Date;
    ifMissing: () => AppError;
    ifRemoved: () => AppError;
    audit: Audit<A>;
  },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await enterpriseInRemit(trx, ctx.actor, o.enterpriseId);
    const before = await trx
      .selectFrom(o.table)
      .selectAll()
      .where('enterpriseId', '=', o.enterpriseId)
      .where('id', '=', o.id)
      .where('regulatorId', '=', o.regulatorId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw o.ifMissing();
    if (before.removedAt !== null) throw o.ifRemoved();
    const after = { removedAt: o.now, removedBy: ctx.actor.userId, removalReason: o.reason };
    await trx
      .updateTable(o.table)
      .set(after)
      .where('enterpriseId', '=', o.enterpriseId)
      .where('id', '=', o.id)
      .execute();
    await recordSupervision(trx, ctx.audit, {
      action: o.audit.action,
      entityType: o.audit.entityType,
      entityId: o.id,
      enterpriseId: o.enterpriseId,
      before,
      after,
      facts: o.facts(before),
    });
  });
}
