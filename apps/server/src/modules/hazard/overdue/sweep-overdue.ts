import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { tablesOf, type WithTables } from '../../../kernel/index.ts';
import { addDays, getWorkingDayCalendar, shanghaiCivilDate } from '../../../platform/calendar/index.ts';
import type { PlatformTables } from '../../../platform/db/platform-tables.ts';
import type { DB, Trx } from '../hazard.database.ts';
import { notifyHazard } from '../hazard-notices.ts';
import { recordHazard, systemAudit } from '../hazard-record.ts';
import { openStates } from '../hazard.state.ts';
import { deadlineApproaching, escalationLevel, newTargets, type EscalationTarget } from './escalation.ts';

const audit = systemAudit('hazard.overdue-sweep');

const targetNames: Record<EscalationTarget, string> = {
  owner: '整改责任人',
  unitLead: '风险单元负责人',
  safetyManager: '安全管理人员',
  enterprisePrincipal: '主要负责人',
};

async function peopleWithRole(trx: Trx, enterpriseId: string, role: 'safetyManager' | 'enterprisePrincipal') {
  const rows = await trx
    .selectFrom('users')
    .innerJoin('userRoles', 'userRoles.userId', 'users.id')
    .select('users.id')
    .where('users.enterpriseId', '=', enterpriseId)
    .where('users.status', '=', 'active')
    .where('userRoles.role', '=', role)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * 逾期: marks open hazards past their deadline and escalates them up the organisation on the
 * working-day schedule (owner → unit lead → safety manager → principal). Every level between the
 * stored one and today's is notified, so a sweep that did not run for days catches up; a second
 * sweep on the same day changes nothing. Returns the hazards whose level moved.
 */
export async function sweepOverdueHazards(
  handle: WithTables<PlatformTables>,
  today: string = shanghaiCivilDate(),
): Promise<number> {
  const db = tablesOf<DB>(handle);
  const calendar = await getWorkingDayCalendar(handle);
  const candidates = await db
    .selectFrom('hazards')
    .select(['enterpriseId', 'id', 'deadline', 'escalationLevel'])
    .where('state', 'in', [...openStates])
    .where('deadline', '<', today)
    .execute();
  let moved = 0;
  for (const c of candidates) {
    const level = escalationLevel(calendar, c.deadline!, today);
    if (level <= c.escalationLevel) continue;
    const changed = await db.transaction().execute(async (trx) => {
      const h = await trx
        .selectFrom('hazards')
        .selectAll()
        .where('enterpriseId', '=', c.enterpriseId)
        .where('id', '=', c.id)
        .forUpdate()
        .executeTakeFirst();
      // Accepted, extended or swept by another runner in the meantime.
      if (!h || !openStates.includes(h.state) || h.deadline === null || h.deadline >= today) return false;
      const now = escalationLevel(calendar, h.deadline, today);
      if (now <= h.escalationLevel) return false;
      const targets = newTargets(h.escalationLevel, now);
      const unit = h.unitId
        ? await trx
            .selectFrom('riskUnits')
            .select(['responsibleUserId'])
            .where('enterpriseId', '=', h.enterpriseId)
            .where('id', '=', h.unitId)
            .executeTakeFirst()
        : undefined;
      const recipients: string[] = [];
      for (const t of targets) {
        if (t === 'owner' && h.ownerUserId) recipients.push(h.ownerUserId);
        if (t === 'unitLead' && unit?.responsibleUserId) recipients.push(unit.responsibleUserId);
        if (t === 'safetyManager')
          recipients.push(...(await peopleWithRole(trx, h.enterpriseId, 'safetyManager')));
        if (t === 'enterprisePrincipal')
          recipients.push(...(await peopleWithRole(trx, h.enterpriseId, 'enterprisePrincipal')));
      }
      const overdueSince = h.overdueSince ?? addDays(h.deadline, 1);
      await trx
        .updateTable('hazards')
        .set({ overdueSince, escalationLevel: now, updatedAt: new Date() })
        .where('enterpriseId', '=', h.enterpriseId)
        .where('id', '=', h.id)
        .execute();
      const reached = targets.map((t) => targetNames[t]).join('、');
      await trx
        .insertInto('hazardSteps')
        .values({
          enterpriseId: h.enterpriseId,
          id: randomUUID(),
          hazardId: h.id,
          action: h.escalationLevel === 0 ? 'overdue' : 'escalate',
          fromState: h.state,
          toState: h.state,
          actorId: null,
          actorName: audit.actorName,
          note: `整改期限 ${h.deadline} 已过，通知${reached}`,
        })
        .execute();
      await notifyHazard(trx, h, {
        userIds: recipients,
        kind: 'overdue',
        title: `隐患整改逾期：${h.name}`,
        body: `整改期限 ${h.deadline}，已逾期，请尽快整改。`,
        params: { deadline: h.deadline },
      });
      await recordHazard(trx, audit, {
        action: 'hazard.overdue',
        entityType: 'hazard',
        entityId: h.id,
        enterpriseId: h.enterpriseId,
        before: { escalationLevel: h.escalationLevel, overdueSince: h.overdueSince },
        after: { escalationLevel: now, overdueSince },
        facts: { deadline: h.deadline, escalationLevel: now },
      });
      return true;
    });
    if (changed) moved += 1;
  }
  return moved;
}

/**
 * 即将到期: on the last working day before a deadline the owner is reminded, once per deadline
 * (an extension's new deadline gets its own reminder). Returns how many reminders went out.
 */
export async function remindApproachingDeadlines(
  handle: WithTables<PlatformTables>,
  today: string = shanghaiCivilDate(),
): Promise<number> {
  const db = tablesOf<DB>(handle);
  const calendar = await getWorkingDayCalendar(handle);
  // The last working day before a deadline is at most a long holiday (9 days) ahead.
  const open = await db
    .selectFrom('hazards')
    .select(['enterpriseId', 'id', 'name', 'deadline', 'ownerUserId'])
    .where('state', 'in', ['rectifying'])
    .where('ownerUserId', 'is not', null)
    .where('deadline', '>', today)
    .where('deadline', '<=', addDays(today, 10))
    .execute();
  let sent = 0;
  for (const h of open) {
    if (!deadlineApproaching(calendar, h.deadline!, today)) continue;
    const done = await db.transaction().execute(async (trx) => {
      const already = await trx
        .selectFrom('notifications')
        .select('id')
        .where('userId', '=', h.ownerUserId!)
        .where('kind', '=', 'hazard.deadline-approaching')
        .where('link', '=', `/hazards/${h.id}`)
        .where(sql<boolean>`params->>'deadline' = ${h.deadline}`)
        .executeTakeFirst();
      if (already) return false;
      await notifyHazard(trx, h, {
        userIds: [h.ownerUserId],
        kind: 'deadline-approaching',
        title: `隐患整改即将到期：${h.name}`,
        body: `整改期限 ${h.deadline}，请按期完成并提交验收。`,
        params: { deadline: h.deadline! },
      });
      return true;
    });
    if (done) sent += 1;
  }
  return sent;
}
