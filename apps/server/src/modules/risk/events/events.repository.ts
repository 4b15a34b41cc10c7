import type { Selectable } from 'kysely';
import type { DB, Db, Trx } from '../risk.database.ts';
import type { EnterpriseScope } from '../units/enterprise-ref.ts';

export type EventRow = Selectable<DB['riskEvents']>;
export type FactorRow = { eventId: string; code: string; note: string };

export async function findEvent(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  eventId: string,
): Promise<EventRow | undefined> {
  return db
    .selectFrom('riskEvents')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', eventId)
    .executeTakeFirst();
}

/** A unit's events in display order. */
export async function findEventsOfUnit(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  unitId: string,
): Promise<EventRow[]> {
  return db
    .selectFrom('riskEvents')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .where('unitId', '=', unitId)
    .orderBy('sort')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** The GB/T 13861 factors of some events, in one query. */
export async function findFactors(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  eventIds: readonly string[],
): Promise<FactorRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .selectFrom('riskEventFactors')
    .select(['eventId', 'code', 'note'])
    .where('enterpriseId', '=', enterprise.id)
    .where('eventId', 'in', eventIds)
    .orderBy('code')
    .execute();
}

export async function replaceFactors(
  trx: Trx,
  enterprise: EnterpriseScope,
  eventId: string,
  factors: readonly { code: string; note?: string }[],
): Promise<void> {
  await trx
    .deleteFrom('riskEventFactors')
    .where('enterpriseId', '=', enterprise.id)
    .where('eventId', '=', eventId)
    .execute();
  if (factors.length === 0) return;
  await trx
    .insertInto('riskEventFactors')
    .values(factors.map((f) => ({ enterpriseId: enterprise.id, eventId, code: f.code, note: f.note ?? '' })))
    .execute();
}

/** 400 unless the step belongs to the unit (an event hangs under one of its own unit's steps). */
export async function isStepOfUnit(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  unitId: string,
  stepId: string,
) {
  const row = await db
    .selectFrom('riskUnitSteps')
    .select('id')
    .where('enterpriseId', '=', enterprise.id)
    .where('unitId', '=', unitId)
    .where('id', '=', stepId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Writes the event's accident types in both GB 6441 editions. */
export async function setAccidentTypes(
  trx: Trx,
  enterprise: EnterpriseScope,
  eventId: string,
  types: { accidentTypes1986: readonly string[]; accidentTypes2025: readonly string[] },
): Promise<void> {
  await trx
    .updateTable('riskEvents')
    .set({ accidentTypes1986: [...types.accidentTypes1986], accidentTypes2025: [...types.accidentTypes2025] })
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', eventId)
    .execute();
}
