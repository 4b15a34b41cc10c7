import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../../test/factories.ts';
import { buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { TEST_PASSWORD } from '../../../../test/test-app.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';
import { remindApproachingDeadlines, sweepOverdueHazards } from './sweep-overdue.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let principalId: string;
let unitLeadId: string;
let hazardId: string;

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  principalId = (await buildUser(w.t.db, { roles: ['enterprisePrincipal'], enterpriseId: w.ent.id })).id;
  unitLeadId = (await buildUser(w.t.db, { roles: ['unitLead'], enterpriseId: w.ent.id })).id;
  const object = await buildRiskObject(w.t.db, w.ent.id);
  const unitId = (
    await buildRiskUnit(w.t.db, w.ent.id, object.id, { responsibleUserId: unitLeadId, residualLevel: 'low' })
  ).id;
  const base = `/enterprises/${w.ent.id}/hazards`;
  hazardId = (
    await req(w.worker, 'POST', base, {
      name: '泵房地沟盖板缺失',
      description: '盖板缺失两块',
      dangerSrc: 1,
      unitId,
    })
  ).json().data.id;
  await req(w.manager, 'POST', `${base}/${hazardId}/confirm`, {
    grade: 'general',
    hazardType: 1,
    managementClassification: 2,
    occurrenceLink: 7,
    rectificationType: 'deadline',
    password: TEST_PASSWORD,
  });
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  await req(w.manager, 'POST', `${base}/${hazardId}/assign`, {
    ownerUserId: w.workerUser.id,
    deadline: today,
    measures: '补齐盖板',
  });
  // Due on Friday 20 November 2026.
  await w.t.db.updateTable('hazards').set({ deadline: '2026-11-20' }).where('id', '=', hazardId).execute();
});
afterAll(async () => {
  await w.t.app.close();
});

const inbox = (userId: string) =>
  w.t.db
    .selectFrom('notifications')
    .select('kind')
    .where('userId', '=', userId)
    .where('kind', '=', 'hazard.overdue')
    .execute();
const hazard = () =>
  w.t.db
    .selectFrom('hazards')
    .select(['overdueSince', 'escalationLevel'])
    .where('id', '=', hazardId)
    .executeTakeFirstOrThrow();

describe('the overdue sweep', () => {
  it('waits for the first working day past the deadline: the weekend does not count', async () => {
    expect(await sweepOverdueHazards(w.t.db, '2026-11-22')).toBe(0);
    expect(await hazard()).toEqual({ overdueSince: null, escalationLevel: 0 });
  });

  it('tells the owner on Monday, and only once that day', async () => {
    expect(await sweepOverdueHazards(w.t.db, '2026-11-23')).toBe(1);
    expect(await sweepOverdueHazards(w.t.db, '2026-11-23')).toBe(0);
    expect(await hazard()).toEqual({ overdueSince: '2026-11-21', escalationLevel: 1 });
    expect(await inbox(w.workerUser.id)).toHaveLength(1);
    expect(await inbox(unitLeadId)).toHaveLength(0);
  });

  it('after days without a sweep, reaches every level it skipped, up to the principal', async () => {
    expect(await sweepOverdueHazards(w.t.db, '2026-11-27')).toBe(1);
    expect(await hazard()).toEqual({ overdueSince: '2026-11-21', escalationLevel: 4 });
    for (const id of [unitLeadId, w.managerUser.id, principalId]) expect(await inbox(id)).toHaveLength(1);
    expect(await inbox(w.workerUser.id)).toHaveLength(1);
    const d = (await req(w.manager, 'GET', `/enterprises/${w.ent.id}/hazards/${hazardId}`)).json().data;
    expect(d.timeline.map((s: { action: string }) => s.action).slice(-2)).toEqual(['overdue', 'escalate']);
    expect(d.overdue).toBe(true);
  });

  it('an approved extension starts the count again', async () => {
    await w.t.db.updateTable('hazards').set({ deadline: '2026-12-31' }).where('id', '=', hazardId).execute();
    expect(await sweepOverdueHazards(w.t.db, '2026-11-30')).toBe(0);
  });

  it('reminds the owner on the last working day before the deadline, once', async () => {
    // Due Monday 30 November: the reminder goes out on Friday the 27th, not on Thursday.
    await w.t.db.updateTable('hazards').set({ deadline: '2026-11-30' }).where('id', '=', hazardId).execute();
    const reminders = () =>
      w.t.db
        .selectFrom('notifications')
        .select('kind')
        .where('userId', '=', w.workerUser.id)
        .where('kind', '=', 'hazard.deadline-approaching')
        .execute();
    expect(await remindApproachingDeadlines(w.t.db, '2026-11-26')).toBe(0);
    expect(await remindApproachingDeadlines(w.t.db, '2026-11-27')).toBe(1);
    expect(await remindApproachingDeadlines(w.t.db, '2026-11-27')).toBe(0);
    expect(await reminders()).toHaveLength(1);
  });
});
