import type { Actor } from '../../../identity/index.ts';
import { enterpriseVisibleTo } from '../../../identity/index.ts';
import type { Db } from '../../supervision.database.ts';

/** The assignment with its enterprise, unit and object names, as the presenter wants it. */
export function assignmentRows(db: Db) {
  return db
    .selectFrom('supervisionAssignments as a')
    .innerJoin('enterprises as e', 'e.id', 'a.enterpriseId')
    .innerJoin('riskUnits as u', (j) =>
      j.onRef('u.enterpriseId', '=', 'a.enterpriseId').onRef('u.id', '=', 'a.unitId'),
    )
    .innerJoin('riskObjects as o', (j) =>
      j.onRef('o.enterpriseId', '=', 'u.enterpriseId').onRef('o.id', '=', 'u.objectId'),
    )
    .select([
      'a.id',
      'a.enterpriseId',
      'e.name as enterpriseName',
      'a.unitId',
      'u.name as unitName',
      'o.name as objectName',
      'a.state',
      'a.gradedLevel',
      'a.currentLevel as trackedLevel',
      'u.status as unitStatus',
      'u.currentLevel as unitLevel',
      'u.archivedAt as unitArchivedAt',
      'a.gradedOn',
      'a.assignDueOn',
      'a.regulatorId',
      'a.regulatorName',
      'a.docNumber',
      'a.issuedAt',
      'a.respondBy',
      'a.receivedAt',
      'a.acknowledgedAt',
      'a.verifyDueOn',
      'a.closedAt',
    ])
    .where('e.status', '=', 'approved');
}

/** The same, limited to the enterprises the actor may see (a regulator's remit). */
export function visibleAssignmentRows(db: Db, actor: Actor) {
  return assignmentRows(db).where(enterpriseVisibleTo(actor));
}
