import type { FastifyInstance } from 'fastify';
import type { CheckAnswer } from '@shuangkong/contracts';
import type { Db } from '../seed-database.ts';
import { addDays } from '../../platform/calendar/index.ts';
import {
  generateTasks,
  inspectionSystemAudit,
  markMissedChecks,
  recordPastChecksForDemo,
  shanghaiDate,
  shanghaiInstant,
  syncChecklist,
  type PastCheck,
} from '../../modules/inspection/index.ts';
import { appendAuditEvent } from '../../platform/audit/index.ts';
import { outOfControlFromChecks } from '../../modules/risk/index.ts';
import { DEMO_PASSWORD, demoCounty } from '../demo-county/index.ts';
import { demoIds } from '../demo-ids.ts';
import { castOf, type EnterpriseCast } from '../risk/demo-people.ts';
import { SeedClient } from '../risk/seed-client.ts';
import { seedDemoPlans } from './seed-inspection-plans.ts';

/** The enterprises with a month of inspection history (their registers must be seeded first). */
export const INSPECTION_HISTORY_IN = ['hongda-chemical', 'baishi-lpg'] as const;
/** How far back the history goes. */
export const HISTORY_DAYS = 30;
/** How many units per enterprise are left with yesterday's and today's checks missed (失控). */
export const OUT_OF_CONTROL_UNITS = 2;

const HOUR = 3_600_000;
const MINUTE = 60_000;
const audit = inspectionSystemAudit('demo seed');

export type InspectionSeedOptions = { enterpriseKeys?: readonly string[]; now?: Date };

/**
 * A month of inspection history for the demo enterprises, written through the inspection module:
 * the checklist synced from the register a month ago, two out-of-service periods (through the API),
 * the month's tasks, the past checks (mostly on time, some late, a few with a hazard found, a few
 * missed and made up the next day) through the seed-only past-check path, the missed-check sweep
 * day by day, and today's tasks left open. Two units per enterprise keep their missed checks from
 * yesterday on, so the register shows them 失控 once risk's subscriber has read the events.
 * Deterministic for a given day: every choice is by position in a stable order, never random.
 */
export async function seedDemoInspection(
  app: FastifyInstance,
  db: Db,
  options: InspectionSeedOptions = {},
): Promise<void> {
  const now = options.now ?? new Date();
  const keys = options.enterpriseKeys ?? INSPECTION_HISTORY_IN;
  const casts = demoCounty.enterprises
    .filter((e) => e.status === 'approved' && keys.includes(e.key))
    .map(castOf)
    .filter((c): c is EnterpriseCast => c !== null);
  const client = new SeedClient(app);
  for (const cast of casts) await seedEnterprise(client, db, cast, now);
}

type PastTask = {
  id: string;
  unitId: string;
  unitCode: string;
  measureContent: string;
  periodStart: string;
  startsAt: Date;
  endsAt: Date;
  responsibleUserId: string | null;
};

async function seedEnterprise(client: SeedClient, db: Db, cast: EnterpriseCast, now: Date): Promise<void> {
  const enterpriseId = cast.enterpriseId;
  const today = shanghaiDate(now);
  const from = addDays(today, -HISTORY_DAYS);
  const units = await db
    .selectFrom('riskUnits')
    .select(['id', 'code'])
    .where('enterpriseId', '=', enterpriseId)
    .where('archivedAt', 'is', null)
    .orderBy('code')
    .execute();
  if (units.length === 0) return;
  const worker = demoCounty.users.find(
    (u) => u.enterpriseKey === cast.enterprise.key && u.roles.includes('worker'),
  );
  if (worker) await givePatrolsToWorker(db, enterpriseId, demoIds.user(worker.username), units);
  // The checklist as it stood a month ago: its items are active from then on.
  await syncChecklist(db, audit, enterpriseId, shanghaiInstant(from, '08:00'));

  // 检维修 and 停用 periods, entered by the safety manager before the tasks exist, so generation
  // leaves those days without tasks.
  const sm = await client.login(cast.safetyManager.username, DEMO_PASSWORD);
  const stops = [
    { unit: units[Math.min(4, units.length - 1)]!, start: -14, end: -11, reason: '检维修：换热器清洗及试压' },
    {
      unit: units[Math.min(6, units.length - 1)]!,
      start: -22,
      end: -20,
      reason: '停用：原料短缺，装置临时停车',
    },
  ];
  for (const stop of stops) {
    await client.call(sm, 'POST', `/enterprises/${enterpriseId}/inspection/out-of-service`, {
      unitId: stop.unit.id,
      startAt: shanghaiInstant(addDays(today, stop.start), '08:00').toISOString(),
      endAt: shanghaiInstant(addDays(today, stop.end), '18:00').toISOString(),
      reason: stop.reason,
    });
  }
  await generateTasks(db, { from, to: today, enterpriseId });

  const codeOf = new Map(units.map((u) => [u.id, u.code]));
  const tasks: PastTask[] = (
    await db
      .selectFrom('inspectionTasks as t')
      .innerJoin('inspectionItems as i', (j) =>
        j.onRef('i.enterpriseId', '=', 't.enterpriseId').onRef('i.id', '=', 't.itemId'),
      )
      .select([
        't.id',
        't.unitId',
        't.periodStart',
        't.startsAt',
        't.endsAt',
        'i.measureContent',
        'i.responsibleUserId',
      ])
      .where('t.enterpriseId', '=', enterpriseId)
      .where('t.status', '=', 'pending')
      .where('t.endsAt', '<=', now)
      .execute()
  )
    .map((t) => ({ ...t, unitCode: codeOf.get(t.unitId) ?? '' }))
    // A stable order (ids are random): unit, measure, period.
    .sort(
      (a, b) =>
        a.unitCode.localeCompare(b.unitCode) ||
        a.measureContent.localeCompare(b.measureContent) ||
        a.periodStart.localeCompare(b.periodStart),
    );

  const people = await db
    .selectFrom('users')
    .select(['id', 'username', 'name'])
    .where('enterpriseId', '=', enterpriseId)
    .execute();
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  // Items without an owner are the shift's: the enterprise's first worker checks them.
  const fallback = people.find((p) => p.username === worker?.username) ?? people[0]!;

  // The units left out of control: the last ones in code order, from yesterday's checks on.
  const lost = new Set(units.slice(-OUT_OF_CONTROL_UNITS).map((u) => u.id));
  const lostSince = shanghaiInstant(addDays(today, -1), '00:00');

  const checks: PastCheck[] = [];
  for (const [i, task] of tasks.entries()) {
    if (lost.has(task.unitId) && task.endsAt > lostSince) continue;
    const k = i % 40;
    if (k === 0) continue; // missed: the sweep marks it 未排查, a later check clears the mark
    const window = task.endsAt.getTime() - task.startsAt.getTime();
    const onTime = new Date(
      window >= 12 * HOUR
        ? task.startsAt.getTime() + 8.5 * HOUR + (i % 90) * MINUTE
        : task.startsAt.getTime() + window * 0.3 + (i % 10) * MINUTE,
    );
    const late = new Date(task.endsAt.getTime() + 90 * MINUTE + (i % 30) * MINUTE);
    const checkedAt = (k === 1 || k === 2) && late < now ? late : onTime;
    const answer: CheckAnswer = k === 3 ? 'abnormal' : 'normal';
    const by = task.responsibleUserId ?? fallback.id;
    checks.push({
      taskId: task.id,
      // An on-time check stays inside its window even for short ones.
      checkedAt:
        checkedAt === late || checkedAt < task.endsAt ? checkedAt : new Date(task.endsAt.getTime() - MINUTE),
      checkedBy: { id: by, name: nameOf.get(by) ?? fallback.name },
      answer,
      note: answer === 'abnormal' ? abnormalNote(i) : '',
      byMobile: i % 5 !== 0,
    });
  }

  // Day by day, so the outbox reads like the month did: the day's checks, then the sweep that
  // marks what was not checked, then the next day's checks (which clear those marks).
  const endOfDay = (t: Date) => shanghaiDate(new Date(t.getTime() - 1));
  const byDay = new Map<string, PastCheck[]>();
  const endOf = new Map(tasks.map((t) => [t.id, t.endsAt]));
  for (const check of checks) {
    const day = endOfDay(endOf.get(check.taskId)!);
    byDay.set(day, [...(byDay.get(day) ?? []), check]);
  }
  for (let day = from; day <= today; day = addDays(day, 1)) {
    await recordPastChecksForDemo(db, audit, enterpriseId, byDay.get(day) ?? []);
    const sweep = shanghaiInstant(day, '24:00');
    await markMissedChecks(db, sweep < now ? sweep : now);
  }
  await deliverMissedChecks(db, enterpriseId);
  await seedDemoPlans(client, db, {
    sm,
    enterpriseId,
    today,
    safetyManagerId: demoIds.user(cast.safetyManager.username),
    workerId: worker ? demoIds.user(worker.username) : null,
    workerUsername: worker?.username ?? null,
    leadId: cast.unitLeads[0] ? demoIds.user(cast.unitLeads[0].username) : null,
  });
}

/**
 * The month's missed checks handed to risk's subscriber now, so the register shows 失控 from the
 * first page (and with jobs off). Misses made up later mark nothing; when the job runner delivers
 * the same events again they change nothing (the subscriber is idempotent).
 */
async function deliverMissedChecks(db: Db, enterpriseId: string): Promise<void> {
  const events = await db
    .selectFrom('domainEvents')
    .selectAll()
    .where('enterpriseId', '=', enterpriseId)
    .where('type', '=', 'inspection.check-missed')
    .orderBy('seq')
    .execute();
  for (const event of events) {
    await outOfControlFromChecks.handle(event, { db, idempotencyKey: `${event.id}:demo-seed`, attempt: 1 });
  }
}

/**
 * The field worker owns the control measures of every other unit (and so their check items): the
 * post patrols the phone shows. Written like the register seed's measure owners, with its audit
 * row, because the API would send approved units back through approval for an owner change.
 */
async function givePatrolsToWorker(
  db: Db,
  enterpriseId: string,
  workerId: string,
  units: readonly { id: string }[],
): Promise<void> {
  const patrolled = units.filter((_, i) => i % 2 === 0).map((u) => u.id);
  if (patrolled.length === 0) return;
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('riskControlMeasures as m')
      .from('riskEvents as ev')
      .set({ responsibleUserId: workerId })
      .whereRef('ev.enterpriseId', '=', 'm.enterpriseId')
      .whereRef('ev.id', '=', 'm.eventId')
      .where('m.enterpriseId', '=', enterpriseId)
      .where('ev.unitId', 'in', patrolled)
      .executeTakeFirst();
    await appendAuditEvent(
      trx,
      { actorId: null, actorName: 'system', requestId: null, ip: null },
      {
        enterpriseId,
        action: 'risk.demo-measure-owners-assigned',
        entityType: 'enterprise',
        entityId: enterpriseId,
        after: { measures: Number(updated.numUpdatedRows), responsibleUserId: workerId },
      },
    );
  });
}

const ABNORMAL_NOTES = [
  '呼吸阀锈蚀，已报修',
  '可燃气体报警仪显示值漂移',
  '防火堤排水阀未关闭',
  '静电接地线松动',
  '压力表超过检定有效期',
];
function abnormalNote(i: number): string {
  return ABNORMAL_NOTES[i % ABNORMAL_NOTES.length]!;
}
