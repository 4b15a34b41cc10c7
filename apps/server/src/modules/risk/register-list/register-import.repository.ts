import type { Insertable, Kysely } from 'kysely';
import type { DB, Db } from '../risk.database.ts';
import { getTableSet } from '../engine/factor-tables.ts';
import type { VisibleEnterprise } from '../risk-scope.ts';
import type { ImportLookups } from './parse-register-rows.ts';

// Rows per multi-row INSERT: large enough to make 10,000 events a few dozen statements, small
// enough to stay far below PostgreSQL's 65,535 bind parameters per statement.
const BATCH = 1000;

export function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const group = (pairs: readonly (readonly [string, string])[]) => {
  const map = new Map<string, string[]>();
  for (const [k, id] of pairs) map.set(k, [...(map.get(k) ?? []), id]);
  return map;
};

/** What an import is checked against, read once for the whole file. */
export async function loadImportLookups(db: Db, enterprise: VisibleEnterprise) {
  const [orgUnits, users, units, objects, settings] = await Promise.all([
    db.selectFrom('orgUnits').select(['id', 'name']).where('enterpriseId', '=', enterprise.id).execute(),
    db
      .selectFrom('users')
      .select(['id', 'name', 'username'])
      .where('enterpriseId', '=', enterprise.id)
      .where('status', '=', 'active')
      .execute(),
    db
      .selectFrom('riskUnits as u')
      .innerJoin('riskObjects as o', (j) =>
        j.onRef('o.enterpriseId', '=', 'u.enterpriseId').onRef('o.id', '=', 'u.objectId'),
      )
      .select(['u.id', 'u.code', 'u.status', 'u.archivedAt', 'o.code as objectCode'])
      .where('u.enterpriseId', '=', enterprise.id)
      .execute(),
    db
      .selectFrom('riskObjects')
      .select(['id', 'code', 'archivedAt'])
      .where('enterpriseId', '=', enterprise.id)
      .execute(),
    db
      .selectFrom('riskSettings')
      .select(['lecTable', 'lsTable', 'mesTable'])
      .where('enterpriseId', '=', enterprise.id)
      .executeTakeFirst(),
  ]);
  const lookups: ImportLookups = {
    orgUnitsByName: group(orgUnits.map((o) => [o.name, o.id] as const)),
    // A person is found by name or by login name; the same person twice counts once.
    usersByName: new Map(
      [...group(users.flatMap((u) => [[u.name, u.id] as const, [u.username, u.id] as const]))].map(
        ([k, ids]) => [k, [...new Set(ids)]],
      ),
    ),
    existingUnits: new Map(
      units.map((u) => [
        u.code,
        { objectCode: u.objectCode, status: u.status, isArchived: u.archivedAt !== null },
      ]),
    ),
    archivedObjectCodes: new Set(objects.filter((o) => o.archivedAt !== null).map((o) => o.code)),
    tables: {
      lec: getTableSet('lec', settings?.lecTable),
      ls: getTableSet('ls', settings?.lsTable),
      mes: getTableSet('mes', settings?.mesTable),
    },
  };
  return {
    lookups,
    objectIdByCode: new Map(objects.map((o) => [o.code, o.id])),
    unitIdByCode: new Map(units.map((u) => [u.code, u.id])),
  };
}

export type EventInsert = Omit<Insertable<DB['riskEvents']>, 'enterpriseId'>;

/** Inserts risk events in multi-row statements of BATCH rows. */
export async function insertEvents(
  trx: Kysely<DB>,
  enterpriseId: string,
  events: readonly EventInsert[],
): Promise<void> {
  for (const batch of chunks(events)) {
    await trx
      .insertInto('riskEvents')
      .values(batch.map((e) => ({ ...e, enterpriseId })))
      .execute();
  }
}
