import { sql, type Kysely } from 'kysely';
import type { DB, Db } from '../risk.database.ts';
import type { VisibleEnterprise } from '../risk-scope.ts';

/** The recorded full re-assessment date and the first approval, the two starts of the cycle. */
export async function loadReviewFacts(db: Db, enterprise: VisibleEnterprise) {
  const [settings, first] = await Promise.all([
    db
      .selectFrom('riskSettings')
      .select('lastFullReviewAt')
      .where('enterpriseId', '=', enterprise.id)
      .executeTakeFirst(),
    db
      .selectFrom('riskUnitVersions')
      .select(sql<Date | null>`min(approved_at)`.as('at'))
      .where('enterpriseId', '=', enterprise.id)
      .executeTakeFirst(),
  ]);
  return {
    lastFullReviewAt: settings?.lastFullReviewAt ?? null,
    firstApprovedAt: first?.at ? new Date(first.at) : null,
  };
}

/** Units flagged for re-assessment, by code. */
export async function unitsNeedingReassessment(db: Db, enterprise: VisibleEnterprise) {
  return db
    .selectFrom('riskUnits')
    .select(['id as unitId', 'code', 'name', 'reassessmentReason'])
    .where('enterpriseId', '=', enterprise.id)
    .where('needsReassessment', '=', true)
    .where('archivedAt', 'is', null)
    .orderBy('code')
    .execute();
}

/** Records the date of a completed full re-assessment (creating the settings row if needed). */
export async function saveLastFullReview(
  trx: Kysely<DB>,
  enterprise: VisibleEnterprise,
  completedAt: string,
) {
  await trx
    .insertInto('riskSettings')
    .values({ enterpriseId: enterprise.id, lastFullReviewAt: completedAt, updatedAt: new Date() })
    .onConflict((oc) =>
      oc.column('enterpriseId').doUpdateSet({ lastFullReviewAt: completedAt, updatedAt: new Date() }),
    )
    .execute();
}

/** Of the given ids, the live units of the enterprise. */
export async function liveUnits(trx: Kysely<DB>, enterprise: VisibleEnterprise, unitIds: readonly string[]) {
  return trx
    .selectFrom('riskUnits')
    .select(['id', 'code', 'name'])
    .where('enterpriseId', '=', enterprise.id)
    .where('id', 'in', [...unitIds])
    .where('archivedAt', 'is', null)
    .execute();
}

/** Recorded changes, newest first, with the units each flagged. */
export async function listChanges(db: Kysely<DB>, enterprise: VisibleEnterprise, changeId?: string) {
  let q = db
    .selectFrom('riskChanges as c')
    .leftJoin('users as u', 'u.id', 'c.recordedBy')
    .select(['c.id', 'c.kind', 'c.description', 'c.recordedBy', 'u.name as recordedByName', 'c.recordedAt'])
    .select(
      sql<
        { unitId: string; code: string; name: string }[]
      >`(select coalesce(json_agg(json_build_object('unitId', ru.id, 'code', ru.code, 'name', ru.name) order by ru.code), '[]')
        from risk_change_units cu join risk_units ru on ru.enterprise_id = cu.enterprise_id and ru.id = cu.unit_id
        where cu.enterprise_id = c.enterprise_id and cu.change_id = c.id)`.as('units'),
    )
    .where('c.enterpriseId', '=', enterprise.id)
    .orderBy('c.recordedAt', 'desc')
    .orderBy('c.id');
  if (changeId) q = q.where('c.id', '=', changeId);
  return q.execute();
}
