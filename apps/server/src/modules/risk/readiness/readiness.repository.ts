import type { Db } from '../risk.database.ts';
import type { VisibleEnterprise } from '../risk-scope.ts';
import type { ReadinessRegister } from './readiness-rules.ts';

/**
 * The live register of a visible enterprise as readiness reads it: objects and units not archived
 * (deleted events and measures are tombstones, not rows), with the responsible persons' names.
 */
export async function loadReadinessRegister(
  db: Db,
  enterprise: VisibleEnterprise,
): Promise<ReadinessRegister> {
  const [objects, units, events, measures] = await Promise.all([
    db
      .selectFrom('riskObjects as o')
      .leftJoin('users as p', 'p.id', 'o.responsibleUserId')
      .select([
        'o.id',
        'o.code',
        'o.name',
        'o.kind',
        'o.responsibleUnitId',
        'o.responsibleUserId',
        'p.name as responsibleUserName',
        'o.isMajorSource',
        'o.majorSourceCode',
        'o.majorSourceKind',
        'o.filingDate',
        'o.filingValidUntil',
        'o.lat',
        'o.lng',
      ])
      .where('o.enterpriseId', '=', enterprise.id)
      .where('o.archivedAt', 'is', null)
      .orderBy('o.sort')
      .orderBy('o.code')
      .execute(),
    db
      .selectFrom('riskUnits as u')
      .leftJoin('users as p', 'p.id', 'u.responsibleUserId')
      .select([
        'u.id',
        'u.objectId',
        'u.code',
        'u.name',
        'u.responsibleUnitId',
        'u.responsibleUserId',
        'p.name as responsibleUserName',
        'u.currentLevel',
      ])
      .where('u.enterpriseId', '=', enterprise.id)
      .where('u.archivedAt', 'is', null)
      .orderBy('u.sort')
      .orderBy('u.code')
      .execute(),
    db
      .selectFrom('riskEvents')
      .select([
        'id',
        'unitId',
        'name',
        'accidentTypes1986',
        'accidentTypes2025',
        'inherentLevel',
        'residualLevel',
      ])
      .where('enterpriseId', '=', enterprise.id)
      .orderBy('sort')
      .orderBy('createdAt')
      .execute(),
    db
      .selectFrom('riskControlMeasures')
      .select([
        'id',
        'eventId',
        'content',
        'dataSrc',
        'classify1',
        'classify2',
        'classify3',
        'troubleshootContent',
      ])
      .where('enterpriseId', '=', enterprise.id)
      .orderBy('kind')
      .orderBy('sort')
      .orderBy('createdAt')
      .execute(),
  ]);
  return { objects, units, events, measures };
}
