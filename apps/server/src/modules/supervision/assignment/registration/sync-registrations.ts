import { randomUUID } from 'node:crypto';
import type { RiskLevel } from '@shuangkong/contracts';
import { tablesOf, type AuditContext, type WithTables } from '../../../../kernel/index.ts';
import { getWorkingDayCalendar, shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import { recordSupervision } from '../../supervision-record.ts';
import type { DB } from '../../supervision.database.ts';
import { assignDueOn } from '../assignment-deadlines.ts';
import { decideAssignment } from '../assignment.state.ts';

export type SyncScope = {
  enterpriseId?: string;
  unitId?: string;
  /** The grading date of newly registered risks (the day the level took effect); today by default. */
  on?: string;
};

export type SyncResult = { registered: number; tracked: number; lapsed: number };

const GRADED: RiskLevel[] = ['major', 'significant'];

/**
 * 登记造册 (seed 002 分级制): every significant or major risk unit in force in an enterprise's
 * register — approved, not archived — has one active registration. A unit's level is in force once
 * approved: a unit being reassessed keeps its approved level until its new one is approved. Later
 * changes are tracked on the registration; a risk lowered before it was assigned lapses. Idempotent:
 * run it for one unit on each of the register's events, and for all of them as a sweep.
 */
export async function syncRegistrations(
  handle: WithTables<DB>,
  audit: AuditContext,
  scope: SyncScope = {},
): Promise<SyncResult> {
  const db = tablesOf<DB>(handle);
  const calendar = await getWorkingDayCalendar(db);
  const gradedOn = scope.on ?? shanghaiCivilDate();
  return db.transaction().execute(async (trx) => {
    const result: SyncResult = { registered: 0, tracked: 0, lapsed: 0 };

    // Risks in force without an active registration: register them.
    let fresh = trx
      .selectFrom('riskUnits as u')
      .innerJoin('enterprises as e', 'e.id', 'u.enterpriseId')
      .select(['u.enterpriseId', 'u.id', 'u.currentLevel'])
      .where('e.status', '=', 'approved')
      .where('u.status', '=', 'approved')
      .where('u.archivedAt', 'is', null)
      .where('u.currentLevel', 'in', GRADED)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('supervisionAssignments as a')
              .select('a.id')
              .whereRef('a.enterpriseId', '=', 'u.enterpriseId')
              .whereRef('a.unitId', '=', 'u.id')
              .where('a.state', 'not in', ['closed', 'lapsed']),
          ),
        ),
      );
    if (scope.enterpriseId) fresh = fresh.where('u.enterpriseId', '=', scope.enterpriseId);
    if (scope.unitId) fresh = fresh.where('u.id', '=', scope.unitId);
    for (const u of await fresh.forUpdate('u').execute()) {
      const level = u.currentLevel as 'major' | 'significant';
      const row = {
        enterpriseId: u.enterpriseId,
        id: randomUUID(),
        unitId: u.id,
        state: 'toAssign' as const,
        gradedLevel: level,
        currentLevel: level,
        gradedOn,
        assignDueOn: assignDueOn(calendar, gradedOn),
      };
      await trx.insertInto('supervisionAssignments').values(row).execute();
      await recordSupervision(trx, audit, {
        action: 'supervision.risk-registered',
        entityType: 'riskAssignment',
        entityId: row.id,
        enterpriseId: u.enterpriseId,
        after: row,
        facts: { unitId: u.id, level, gradedOn },
      });
      result.registered += 1;
    }

    // Active registrations: follow the level in force.
    let active = trx
      .selectFrom('supervisionAssignments as a')
      .innerJoin('riskUnits as u', (j) =>
        j.onRef('u.enterpriseId', '=', 'a.enterpriseId').onRef('u.id', '=', 'a.unitId'),
      )
      .select([
        'a.enterpriseId',
        'a.id',
        'a.unitId',
        'a.state',
        'a.currentLevel',
        'a.version',
        'u.status as unitStatus',
        'u.currentLevel as unitLevel',
        'u.archivedAt',
      ])
      .where('a.state', 'not in', ['closed', 'lapsed']);
    if (scope.enterpriseId) active = active.where('a.enterpriseId', '=', scope.enterpriseId);
    if (scope.unitId) active = active.where('a.unitId', '=', scope.unitId);
    for (const a of await active.forUpdate('a').execute()) {
      // An archived unit is no risk any more; a unit being reworked keeps its approved level.
      const inForce: RiskLevel | null =
        a.archivedAt !== null ? null : a.unitStatus === 'approved' ? a.unitLevel : a.currentLevel;
      if (inForce === a.currentLevel) continue;
      const lapse = decideAssignment(a.state, 'lapse', {
        currentLevel: inForce,
        actorIsAssigningRegulator: false,
        hasReason: false,
      });
      const state = lapse.ok ? lapse.to : a.state;
      await trx
        .updateTable('supervisionAssignments')
        .set({
          currentLevel: inForce,
          state,
          ...(lapse.ok ? { lapsedAt: new Date() } : {}),
          version: a.version + 1,
          updatedAt: new Date(),
        })
        .where('enterpriseId', '=', a.enterpriseId)
        .where('id', '=', a.id)
        .execute();
      const entry = {
        entityType: 'riskAssignment',
        entityId: a.id,
        enterpriseId: a.enterpriseId,
        before: { currentLevel: a.currentLevel, state: a.state },
        after: { currentLevel: inForce, state },
      };
      if (lapse.ok)
        await recordSupervision(trx, audit, {
          ...entry,
          action: 'supervision.registration-lapsed',
          facts: { unitId: a.unitId },
        });
      else
        await recordSupervision(trx, audit, {
          ...entry,
          action: 'supervision.risk-level-tracked',
          facts: { unitId: a.unitId, from: a.currentLevel, to: inForce },
        });
      if (lapse.ok) result.lapsed += 1;
      else result.tracked += 1;
    }
    return result;
  });
}
