import type { Kysely } from 'kysely';
import type { DB, Db } from '../risk.database.ts';
import type { VisibleEnterprise } from '../risk-scope.ts';

/**
 * The latest approved version of every unit still in the register. A unit being re-edited after
 * approval keeps its last approved version in force until the new one is approved.
 */
export async function latestApprovedVersions(db: Kysely<DB>, enterprise: VisibleEnterprise) {
  return db
    .selectFrom('riskUnits as u')
    .innerJoin('riskUnitVersions as v', (j) =>
      j
        .onRef('v.enterpriseId', '=', 'u.enterpriseId')
        .onRef('v.unitId', '=', 'u.id')
        .onRef('v.version', '=', 'u.version'),
    )
    .select(['u.id as unitId', 'v.version', 'v.snapshot'])
    .where('u.enterpriseId', '=', enterprise.id)
    .where('u.archivedAt', 'is', null)
    .where('u.version', '>', 0)
    .orderBy('u.code')
    .execute();
}

/** The newest revision with its snapshot, if any. */
export async function latestRevision(db: Kysely<DB>, enterprise: VisibleEnterprise) {
  return db
    .selectFrom('riskRegisterRevisions')
    .select(['revision', 'snapshot'])
    .where('enterpriseId', '=', enterprise.id)
    .orderBy('revision', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

const listColumns = [
  'r.revision',
  'r.note',
  'r.summary',
  'r.publishedBy',
  'u.name as publishedByName',
  'r.publishedAt',
] as const;

/** Every revision, newest first, without snapshots. */
export async function listRevisions(db: Db, enterprise: VisibleEnterprise) {
  return db
    .selectFrom('riskRegisterRevisions as r')
    .leftJoin('users as u', 'u.id', 'r.publishedBy')
    .select(listColumns)
    .where('r.enterpriseId', '=', enterprise.id)
    .orderBy('r.revision', 'desc')
    .execute();
}

/** One revision with its snapshot. */
export async function findRevision(db: Kysely<DB>, enterprise: VisibleEnterprise, revision: number) {
  return db
    .selectFrom('riskRegisterRevisions as r')
    .leftJoin('users as u', 'u.id', 'r.publishedBy')
    .select([...listColumns, 'r.snapshot'])
    .where('r.enterpriseId', '=', enterprise.id)
    .where('r.revision', '=', revision)
    .executeTakeFirst();
}
