import type { Db } from '../risk.database.ts';
import type { VisibleEnterprise } from '../risk-scope.ts';

/** Plans of the enterprise with how many units are drawn on each, newest first. */
export async function listPlans(db: Db, enterprise: VisibleEnterprise) {
  return db
    .selectFrom('riskSitePlans as p')
    .select(['p.id', 'p.name', 'p.fileId', 'p.width', 'p.height', 'p.controlPoints', 'p.createdAt'])
    .select((eb) =>
      eb
        .selectFrom('riskUnitPlacements as pl')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('pl.enterpriseId', '=', 'p.enterpriseId')
        .whereRef('pl.planId', '=', 'p.id')
        .as('placementCount'),
    )
    .where('p.enterpriseId', '=', enterprise.id)
    .orderBy('p.createdAt', 'desc')
    .orderBy('p.id')
    .execute();
}
export type PlanRow = Awaited<ReturnType<typeof listPlans>>[number];

/** One plan of the enterprise; undefined answers 404. */
export async function findPlan(
  db: Db,
  enterprise: VisibleEnterprise,
  planId: string,
): Promise<PlanRow | undefined> {
  return (await listPlans(db, enterprise)).find((p) => p.id === planId);
}

/** The units drawn on a plan with their current levels; archived units are left off the map. */
export async function placementsOf(db: Db, enterprise: VisibleEnterprise, planId: string) {
  return db
    .selectFrom('riskUnitPlacements as pl')
    .innerJoin('riskUnits as u', (j) =>
      j.onRef('u.enterpriseId', '=', 'pl.enterpriseId').onRef('u.id', '=', 'pl.unitId'),
    )
    .innerJoin('riskObjects as o', (j) =>
      j.onRef('o.enterpriseId', '=', 'u.enterpriseId').onRef('o.id', '=', 'u.objectId'),
    )
    .select([
      'pl.unitId',
      'pl.geometry',
      'pl.reviewedOn',
      'u.code',
      'u.name',
      'u.currentLevel',
      'u.outOfControlReason',
      'u.lastAssessedAt',
      'o.name as objectName',
    ])
    .where('pl.enterpriseId', '=', enterprise.id)
    .where('pl.planId', '=', planId)
    .where('u.archivedAt', 'is', null)
    .orderBy('u.code')
    .execute();
}
export type PlacementRow = Awaited<ReturnType<typeof placementsOf>>[number];

/** A stored file of the enterprise (site plans must be its own images). */
export async function findEnterpriseFile(db: Db, enterpriseId: string, fileId: string) {
  return db
    .selectFrom('files')
    .select(['id', 'mimeType'])
    .where('enterpriseId', '=', enterpriseId)
    .where('id', '=', fileId)
    .executeTakeFirst();
}

/** Which of the ids are live units of the enterprise. */
export async function liveUnitIds(
  db: Db,
  enterpriseId: string,
  unitIds: readonly string[],
): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('riskUnits')
    .select('id')
    .where('enterpriseId', '=', enterpriseId)
    .where('id', 'in', [...unitIds])
    .where('archivedAt', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Every live unit with the positions it could be drawn at: its own, its object's, the enterprise's. */
export async function unitPositions(db: Db, enterpriseId: string) {
  return db
    .selectFrom('riskUnits as u')
    .innerJoin('riskObjects as o', (j) =>
      j.onRef('o.enterpriseId', '=', 'u.enterpriseId').onRef('o.id', '=', 'u.objectId'),
    )
    .innerJoin('enterprises as e', 'e.id', 'u.enterpriseId')
    .select([
      'u.id',
      'u.code',
      'u.name',
      'u.currentLevel',
      'u.outOfControlReason',
      'o.name as objectName',
      'u.lat as unitLat',
      'u.lng as unitLng',
      'o.lat as objectLat',
      'o.lng as objectLng',
      'e.lat as enterpriseLat',
      'e.lng as enterpriseLng',
    ])
    .where('u.enterpriseId', '=', enterpriseId)
    .where('u.archivedAt', 'is', null)
    .where('o.archivedAt', 'is', null)
    .orderBy('u.code')
    .execute();
}
export type UnitPositionRow = Awaited<ReturnType<typeof unitPositions>>[number];
