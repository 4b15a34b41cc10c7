import type { RegionalMajorHazard, RegionalMajorHazardQuery } from '@shuangkong/contracts';
import { enterpriseVisibleTo, type Actor } from '../../identity/index.ts';
import { getWorkingDayCalendar, shanghaiCivilDate } from '../../../platform/calendar/index.ts';
import type { Db } from '../hazard.database.ts';
import { isOverdue } from '../hazard.state.ts';
import { hazardDue } from './hazard-due.ts';

/** How many a regulator's list shows; a county has tens, not thousands, of open major hazards. */
const LIMIT = 500;

/**
 * 重大事故隐患 of every enterprise in the regulator's remit, from the moment the enterprise
 * confirms one (seed 002: 重大事故隐患报告): open ones first by deadline, with whether the
 * principal has signed the treatment plan. Rejected, voided and merged reports are not hazards.
 */
export async function regionalMajorHazards(
  db: Db,
  actor: Actor,
  query: RegionalMajorHazardQuery,
): Promise<RegionalMajorHazard[]> {
  const today = shanghaiCivilDate();
  const calendar = await getWorkingDayCalendar(db);
  let q = db
    .selectFrom('hazards as h')
    .innerJoin('enterprises as e', 'e.id', 'h.enterpriseId')
    .leftJoin('riskUnits as u', (j) =>
      j.onRef('u.enterpriseId', '=', 'h.enterpriseId').onRef('u.id', '=', 'h.unitId'),
    )
    .leftJoin('hazardRectificationPlans as p', (j) =>
      j.onRef('p.enterpriseId', '=', 'h.enterpriseId').onRef('p.hazardId', '=', 'h.id'),
    )
    .select([
      'h.id',
      'h.enterpriseId',
      'e.name as enterpriseName',
      'h.name',
      'h.state',
      'h.majorCriterionKey',
      'u.name as unitName',
      'h.registeredAt',
      'h.deadline',
      'p.approvedAt',
      'h.foundBy',
    ])
    .where(enterpriseVisibleTo(actor))
    .where('h.grade', '=', 'major')
    .where(
      'h.state',
      'in',
      query.scope === 'open'
        ? ['confirmed', 'rectifying', 'accepting']
        : ['confirmed', 'rectifying', 'accepting', 'closed', 'handedOver'],
    );
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('h.name', 'ilike', like), eb('e.name', 'ilike', like)]));
  }
  const rows = await q.orderBy('h.deadline', 'asc').orderBy('h.registeredAt', 'desc').limit(LIMIT).execute();
  return rows.map((r) => ({
    id: r.id,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterpriseName,
    name: r.name,
    state: r.state,
    majorCriterionKey: r.majorCriterionKey,
    unitName: r.unitName,
    registeredAt: new Date(r.registeredAt).toISOString(),
    deadline: r.deadline,
    overdue: isOverdue(r.state, r.deadline, today),
    due: hazardDue(calendar, r.state, r.deadline, today),
    planApproved: r.approvedAt !== null,
    foundBy: r.foundBy,
  }));
}
