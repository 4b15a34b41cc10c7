import { addDays } from '../../platform/calendar/index.ts';
import type { Db } from '../seed-database.ts';
import { DEMO_PASSWORD } from '../demo-county/index.ts';
import type { SeedClient, SeedSession } from '../risk/seed-client.ts';

type PlanTask = {
  id: string;
  itemId: string;
  planId: string | null;
  status: string;
  startsAt: string;
};

/**
 * Plans as a safety manager makes them, through the API: a winter campaign under way (the worker
 * has checked one of its items), a pre-holiday inspection ahead, and a pre-restart inspection that
 * was cancelled when the restart moved.
 */
export async function seedDemoPlans(
  client: SeedClient,
  db: Db,
  options: {
    sm: SeedSession;
    enterpriseId: string;
    today: string;
    safetyManagerId: string;
    workerId: string | null;
    workerUsername: string | null;
    leadId: string | null;
  },
): Promise<void> {
  const { sm, enterpriseId, today } = options;
  // Units with open check items, in code order: what a plan may cover.
  const units = (
    await db
      .selectFrom('inspectionItems as i')
      .innerJoin('riskUnits as u', (j) =>
        j.onRef('u.enterpriseId', '=', 'i.enterpriseId').onRef('u.id', '=', 'i.unitId'),
      )
      .select(['u.id', 'u.code'])
      .distinct()
      .where('i.enterpriseId', '=', enterpriseId)
      .where('i.retiredAt', 'is', null)
      .orderBy('u.code')
      .execute()
  ).map((u) => u.id);
  if (units.length < 4) return;
  const base = `/enterprises/${enterpriseId}/inspection/plans`;
  const people = (...ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];

  const winter = await client.call<{ data: { id: string } }>(sm, 'POST', base, {
    name: '冬季防冻防凝专项检查',
    kind: 4,
    startDate: addDays(today, -3),
    endDate: addDays(today, 11),
    unitIds: units.slice(0, 3),
    assigneeIds: people(options.workerId, options.safetyManagerId),
    description: '重点检查伴热、保温、低点排凝和消防水系统防冻情况，发现问题当场拍照记录。',
  });
  await client.call(sm, 'POST', base, {
    name: '节前安全大检查',
    kind: 5,
    startDate: addDays(today, 6),
    endDate: addDays(today, 8),
    workStartTime: '08:30',
    workEndTime: '17:30',
    unitIds: units.slice(2, 5),
    assigneeIds: people(options.safetyManagerId, options.leadId),
    description: '节假日前对重点部位、消防设施、值班安排和应急物资进行全面检查。',
  });
  const restart = await client.call<{ data: { id: string } }>(sm, 'POST', base, {
    name: '复产复工前安全检查',
    kind: 7,
    startDate: today,
    endDate: addDays(today, 1),
    unitIds: units.slice(3, 4),
    assigneeIds: people(options.safetyManagerId),
  });
  await client.call(sm, 'POST', `${base}/${restart.data.id}/cancel`, {
    reason: '装置复产推迟至下月，届时重新安排',
  });

  // The worker has done one item of the winter campaign already.
  if (options.workerUsername === null) return;
  const worker = await client.login(options.workerUsername, DEMO_PASSWORD);
  const tasks = await client.call<{ data: PlanTask[] }>(
    worker,
    'GET',
    `/enterprises/${enterpriseId}/inspection/tasks?mine=true&date=${today}`,
  );
  const first = tasks.data.find((t) => t.planId === winter.data.id && t.status === 'pending');
  if (!first) return;
  const record = (task: PlanTask, body: object) =>
    client.call<{ data: { id: string } }>(
      worker,
      'POST',
      `/enterprises/${enterpriseId}/inspection/tasks/${task.id}/records`,
      { byMobile: true, ...body },
    );
  await record(first, { answers: [{ itemId: first.itemId, answer: 'normal', note: '伴热正常，保温完好' }] });
  // The same check sent again from his second phone: kept, waiting for the safety manager's review.
  await record(first, {
    answers: [{ itemId: first.itemId, answer: 'normal', note: '伴热正常（备用手机）' }],
  });
  const [second, third] = tasks.data.filter((t) => t.planId === winter.data.id && t.id !== first.id);
  // Checked in the pump pit where there is no signal, sent when he came back up.
  if (second) {
    const made = new Date(Math.max(new Date(second.startsAt).getTime(), Date.now() - 40 * 60_000));
    await record(second, {
      answers: [{ itemId: second.itemId, answer: 'normal', note: '低点排凝阀保温完好，无结冰' }],
      clientRecordId: crypto.randomUUID(),
      checkedAt: made.toISOString(),
    });
  }
  // Tapped 不适用 by mistake, then corrected: the first record stays, the correction points at it.
  if (third) {
    const wrong = await record(third, {
      answers: [{ itemId: third.itemId, answer: 'notApplicable', note: '' }],
    });
    await record(third, {
      answers: [{ itemId: third.itemId, answer: 'normal', note: '误选不适用，现场已检查，消防水伴热正常' }],
      correctsRecordId: wrong.data.id,
      note: '误选不适用，现场已检查，消防水伴热正常',
    });
  }
}
