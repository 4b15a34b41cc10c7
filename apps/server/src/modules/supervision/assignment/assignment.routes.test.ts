import { beforeAll, describe, expect, it } from 'vitest';
import { tablesOf } from '../../../kernel/index.ts';
import { shanghaiCivilDate, addDays, getWorkingDayCalendar } from '../../../platform/calendar/index.ts';
import { buildRegulator, buildUser } from '../../../../test/factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';
import {
  buildControlMeasure,
  buildRiskEvent,
  buildRiskObject,
  buildRiskUnit,
} from '../../../../test/risk-factories.ts';
import { loginAs, TEST_PASSWORD, type Session } from '../../../../test/test-app.ts';
import { systemAudit } from '../supervision-record.ts';
import type { DB } from '../supervision.database.ts';
import { syncRegistrations } from './registration/sync-registrations.ts';

let w: RegisterWorld;
let call: ReturnType<typeof requester>;
let principal: Session;
let otherRegulator: Session;
let unitId: string;
let majorUnitId: string;
let assignmentId: string;
let majorAssignmentId: string;
const today = shanghaiCivilDate();

const db = () => tablesOf<DB>(w.t.db);
const sync = () => syncRegistrations(db(), systemAudit('test'));
const setUnit = (
  id: string,
  values: { currentLevel: 'major' | 'significant' | 'general' | 'low'; status?: 'approved' | 'draft' },
) =>
  w.t.db
    .updateTable('riskUnits')
    .set({ currentLevel: values.currentLevel, status: values.status ?? 'approved' })
    .where('id', '=', id)
    .execute();

beforeAll(async () => {
  w = await buildRegisterWorld();
  call = requester(w.t);
  const principalUser = await buildUser(w.t.db, { roles: ['enterprisePrincipal'], enterpriseId: w.ent.id });
  principal = await loginAs(w.t.app, principalUser.username);
  const sameCounty = await buildRegulator(w.t.db, { kind: 'housingBureau' });
  otherRegulator = await loginAs(
    w.t.app,
    (await buildUser(w.t.db, { roles: ['inspector'], regulatorId: sameCounty.id })).username,
  );
  const object = await buildRiskObject(w.t.db, w.ent.id, { name: '液氯罐区' });
  unitId = await buildRiskUnit(w.t.db, w.ent.id, object.id, {
    name: '液氯储罐',
    status: 'approved',
    currentLevel: 'significant',
  }).then((u) => u.id);
  const event = await buildRiskEvent(w.t.db, w.ent.id, unitId, {
    inherentLevel: 'significant',
    residualLevel: 'significant',
  });
  await buildControlMeasure(w.t.db, w.ent.id, event.id, { content: '设置有毒气体检测报警并与紧急切断联锁' });
  majorUnitId = await buildRiskUnit(w.t.db, w.ent.id, object.id, {
    name: '氯化反应釜',
    status: 'approved',
    currentLevel: 'major',
  }).then((u) => u.id);
  // A general risk and a significant one still in draft are not registered.
  await buildRiskUnit(w.t.db, w.ent.id, object.id, { status: 'approved', currentLevel: 'general' });
  await buildRiskUnit(w.t.db, w.ent.id, object.id, { status: 'draft', currentLevel: 'significant' });
});

describe('登记造册', () => {
  it('registers the approved significant and major risks once, with the 3-working-day deadline', async () => {
    expect(await sync()).toEqual({ registered: 2, tracked: 0, lapsed: 0 });
    expect(await sync()).toEqual({ registered: 0, tracked: 0, lapsed: 0 });
    const res = await call(w.regulatorIn, 'GET', '/supervision/assignments');
    expect(res.statusCode).toBe(200);
    const list = res.json().data as {
      id: string;
      unitId: string;
      state: string;
      assignDueOn: string;
      due: { workingDaysLeft: number };
    }[];
    expect(list.map((a) => a.unitId).sort()).toEqual([unitId, majorUnitId].sort());
    const calendar = await getWorkingDayCalendar(db());
    for (const a of list) {
      expect(a.state).toBe('toAssign');
      expect(a.assignDueOn).toBe(calendar.addWorkingDays(today, 3));
      expect(a.due.workingDaysLeft).toBe(3);
    }
    assignmentId = list.find((a) => a.unitId === unitId)!.id;
    majorAssignmentId = list.find((a) => a.unitId === majorUnitId)!.id;
  });

  it('shows nothing to an out-of-remit regulator, and 404 on the entry', async () => {
    const res = await call(w.regulatorOut, 'GET', '/supervision/assignments');
    expect(res.json().data).toEqual([]);
    expect((await call(w.regulatorOut, 'GET', `/supervision/assignments/${assignmentId}`)).statusCode).toBe(
      404,
    );
    expect(
      (
        await call(w.regulatorOut, 'POST', `/supervision/assignments/${assignmentId}/assign`, {
          respondBy: today,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('is not the enterprises’ list: they get 403', async () => {
    expect((await call(w.manager, 'GET', '/supervision/assignments')).statusCode).toBe(403);
  });
});

describe('交办', () => {
  it('refuses a respond-by date in the past with its field', async () => {
    const res = await call(w.regulatorIn, 'POST', `/supervision/assignments/${assignmentId}/assign`, {
      respondBy: addDays(today, -1),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('body.respondBy');
  });

  it('issues the letter with the next document number of the year, into the enterprise’s inbox', async () => {
    const year = today.slice(0, 4);
    const first = await call(w.regulatorIn, 'POST', `/supervision/assignments/${assignmentId}/assign`, {
      respondBy: addDays(today, 14),
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().data.state).toBe('issued');
    const second = await call(w.regulatorIn, 'POST', `/supervision/assignments/${majorAssignmentId}/assign`, {
      respondBy: addDays(today, 14),
    });
    const n1 = first.json().data.docNumber as string;
    const n2 = second.json().data.docNumber as string;
    expect(n1).toMatch(new RegExp(`交〔${year}〕1号$`));
    expect(n2).toMatch(new RegExp(`交〔${year}〕2号$`));
    // Twice is refused, and the refusal spends no number.
    const again = await call(w.regulatorIn, 'POST', `/supervision/assignments/${assignmentId}/assign`, {
      respondBy: addDays(today, 14),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SUPERVISION_ASSIGNMENT_INVALID_TRANSITION');
    const counter = await db()
      .selectFrom('supervisionDocumentCounters')
      .select('lastSeq')
      .executeTakeFirstOrThrow();
    expect(counter.lastSeq).toBe(2);
    const inbox = await w.t.db
      .selectFrom('notifications')
      .select(['kind', 'userId'])
      .where('kind', '=', 'supervision.letter-issued')
      .execute();
    expect(inbox.map((n) => n.userId)).toContain(w.managerUser.id);
    expect(inbox.map((n) => n.userId)).not.toContain(w.workerUser.id);
  });

  it('the letter names the unit, level, accident types and measures', async () => {
    const res = await call(w.regulatorIn, 'GET', `/supervision/assignments/${assignmentId}`);
    const letter = res.json().data.letter;
    expect(letter.addressee).toBe('宏达化工');
    expect(letter.title).toContain('较大安全风险');
    expect(letter.accidentTypes).toEqual(['瓦斯爆炸']);
    expect(letter.measures).toEqual(['设置有毒气体检测报警并与紧急切断联锁']);
  });
});

describe('the enterprise’s letters', () => {
  it('another enterprise and an out-of-remit regulator get 404', async () => {
    for (const s of [w.otherManager, w.regulatorOut]) {
      expect((await call(s, 'GET', `/enterprises/${w.ent.id}/supervision/assignments`)).statusCode).toBe(404);
      expect(
        (await call(s, 'GET', `/enterprises/${w.ent.id}/supervision/assignments/${assignmentId}`)).statusCode,
      ).toBe(404);
      expect(
        (
          await call(
            s,
            'POST',
            `/enterprises/${w.ent.id}/supervision/assignments/${assignmentId}/acknowledge`,
          )
        ).statusCode,
      ).toBe(404);
    }
    // The other enterprise asking its own route for this id learns nothing either.
    expect(
      (
        await call(
          w.otherManager,
          'GET',
          `/enterprises/${w.other.id}/supervision/assignments/${assignmentId}`,
        )
      ).statusCode,
    ).toBe(404);
  });

  it('opening it marks it received; the regulator reading it does not', async () => {
    await call(w.regulatorIn, 'GET', `/enterprises/${w.ent.id}/supervision/assignments/${assignmentId}`);
    let a = await db()
      .selectFrom('supervisionAssignments')
      .selectAll()
      .where('id', '=', assignmentId)
      .executeTakeFirstOrThrow();
    expect(a.state).toBe('issued');
    const res = await call(
      w.manager,
      'GET',
      `/enterprises/${w.ent.id}/supervision/assignments/${assignmentId}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().data.state).toBe('received');
    expect(res.json().data.abilities.acknowledge).toBe(true);
    a = await db()
      .selectFrom('supervisionAssignments')
      .selectAll()
      .where('id', '=', assignmentId)
      .executeTakeFirstOrThrow();
    expect(a.receivedBy).toBe(w.managerUser.id);
  });

  it('a worker cannot sign for it; the safety manager does', async () => {
    expect(
      (
        await call(
          w.worker,
          'POST',
          `/enterprises/${w.ent.id}/supervision/assignments/${assignmentId}/acknowledge`,
        )
      ).statusCode,
    ).toBe(403);
    const res = await call(
      w.manager,
      'POST',
      `/enterprises/${w.ent.id}/supervision/assignments/${assignmentId}/acknowledge`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().data.state).toBe('acknowledged');
  });
});

describe('销号', () => {
  it('is refused while the level in force is still significant', async () => {
    const res = await call(
      principal,
      'POST',
      `/enterprises/${w.ent.id}/supervision/assignments/${assignmentId}/close-out`,
      {
        statement: '已完成联锁改造',
        password: TEST_PASSWORD,
      },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('SUPERVISION_ASSIGNMENT_LEVEL_NOT_LOWERED');
  });

  it('a level lowered in a draft is not in force yet', async () => {
    await setUnit(unitId, { currentLevel: 'general', status: 'draft' });
    expect((await sync()).tracked).toBe(0);
    const res = await call(
      principal,
      'POST',
      `/enterprises/${w.ent.id}/supervision/assignments/${assignmentId}/close-out`,
      {
        statement: '已完成联锁改造',
        password: TEST_PASSWORD,
      },
    );
    expect(res.json().error.code).toBe('SUPERVISION_ASSIGNMENT_LEVEL_NOT_LOWERED');
  });

  it('once approved as general: only the principal signs, with the password', async () => {
    await setUnit(unitId, { currentLevel: 'general' });
    expect((await sync()).tracked).toBe(1);
    const body = { statement: '已完成紧急切断联锁改造，经重新评估降为一般风险', password: TEST_PASSWORD };
    const url = `/enterprises/${w.ent.id}/supervision/assignments/${assignmentId}/close-out`;
    expect((await call(w.manager, 'POST', url, body)).statusCode).toBe(403);
    const wrong = await call(principal, 'POST', url, { ...body, password: 'nope-nope' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe('body.password');
    const res = await call(principal, 'POST', url, body);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.state).toBe('closeOutRequested');
    const detail = await call(w.regulatorIn, 'GET', `/supervision/assignments/${assignmentId}`);
    const calendar = await getWorkingDayCalendar(db());
    expect(detail.json().data.verifyDueOn).toBe(calendar.addWorkingDays(today, 10));
    expect(detail.json().data.closeOuts[0].signatureVerified).toBe(true);
  });

  it('only the assigning regulator verifies; a return needs a reason', async () => {
    const url = `/supervision/assignments/${assignmentId}/close-out/verify`;
    const other = await call(otherRegulator, 'POST', url, { decision: 'approved' });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('SUPERVISION_ASSIGNMENT_NOT_ASSIGNING_REGULATOR');
    expect((await call(w.regulatorOut, 'POST', url, { decision: 'approved' })).statusCode).toBe(404);
    expect((await call(w.regulatorIn, 'POST', url, { decision: 'returned' })).statusCode).toBe(400);
    const returned = await call(w.regulatorIn, 'POST', url, {
      decision: 'returned',
      reason: '现场联锁未投用',
    });
    expect(returned.json().data.state).toBe('closeOutReturned');
  });

  it('requested again and approved: out of the active list, in history, not public (significant)', async () => {
    await call(
      principal,
      'POST',
      `/enterprises/${w.ent.id}/supervision/assignments/${assignmentId}/close-out`,
      {
        statement: '联锁已投用',
        password: TEST_PASSWORD,
      },
    );
    const res = await call(
      w.regulatorIn,
      'POST',
      `/supervision/assignments/${assignmentId}/close-out/verify`,
      {
        decision: 'approved',
      },
    );
    expect(res.json().data.state).toBe('closed');
    const active = await call(w.regulatorIn, 'GET', '/supervision/assignments');
    expect(active.json().data.map((a: { id: string }) => a.id)).not.toContain(assignmentId);
    const history = await call(w.regulatorIn, 'GET', '/supervision/assignments?view=history');
    expect(history.json().data.map((a: { id: string }) => a.id)).toContain(assignmentId);
    const rounds = (await call(w.regulatorIn, 'GET', `/supervision/assignments/${assignmentId}`)).json().data
      .closeOuts;
    expect(rounds.map((r: { decision: string }) => r.decision)).toEqual(['approved', 'returned']);
    expect((await call(null, 'GET', '/public/close-outs')).json().data).toEqual([]);
  });

  it('a major risk’s close-out is published, with published fields only, without a session', async () => {
    await call(
      w.manager,
      'POST',
      `/enterprises/${w.ent.id}/supervision/assignments/${majorAssignmentId}/acknowledge`,
    );
    await setUnit(majorUnitId, { currentLevel: 'low' });
    await sync();
    await call(
      principal,
      'POST',
      `/enterprises/${w.ent.id}/supervision/assignments/${majorAssignmentId}/close-out`,
      {
        statement: '反应釜已停用拆除',
        password: TEST_PASSWORD,
      },
    );
    await call(w.regulatorIn, 'POST', `/supervision/assignments/${majorAssignmentId}/close-out/verify`, {
      decision: 'approved',
    });
    const res = await call(null, 'GET', '/public/close-outs');
    expect(res.statusCode).toBe(200);
    const [entry] = res.json().data;
    expect(Object.keys(entry).sort()).toEqual(
      ['closedOn', 'docNumber', 'enterpriseName', 'gradedLevel', 'regulatorName', 'unitName'].sort(),
    );
    expect(entry).toMatchObject({ enterpriseName: '宏达化工', unitName: '氯化反应釜', gradedLevel: 'major' });
  });

  it('a risk raised again after its close-out is registered anew', async () => {
    await setUnit(unitId, { currentLevel: 'significant' });
    expect((await sync()).registered).toBe(1);
  });

  it('a risk lowered before it was assigned lapses', async () => {
    await setUnit(unitId, { currentLevel: 'low' });
    expect((await sync()).lapsed).toBe(1);
  });
});

describe('通报', () => {
  it('issues a weekly dispatch with its own numbering, published to the enterprise; the enterprise reads its own section', async () => {
    // Due until issued: this week's dispatch and this month's notice are on the regulator's to-dos.
    const todoKeys = async (s: Session) =>
      ((await call(s, 'GET', '/todos')).json().data as { key: string }[]).map((t) => t.key);
    expect(await todoKeys(w.regulatorIn)).toEqual(
      expect.arrayContaining(['supervisionDispatchDue', 'supervisionNoticeDue']),
    );
    // A regulator with no registered risk in its remit has nothing to report, so nothing is due.
    expect(await todoKeys(w.regulatorOut)).not.toContain('supervisionDispatchDue');
    const res = await call(w.regulatorIn, 'POST', '/supervision/bulletins', {
      kind: 'weeklyDispatch',
      periodStart: addDays(today, -6),
      periodEnd: today,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.docNumber).toMatch(/调〔\d{4}〕1号$/);
    const id = res.json().data.id as string;
    const after = await todoKeys(w.regulatorIn);
    expect(after).not.toContain('supervisionDispatchDue');
    expect(after).toContain('supervisionNoticeDue');
    const list = await call(w.manager, 'GET', `/enterprises/${w.ent.id}/supervision/bulletins`);
    expect(list.json().data.map((b: { id: string }) => b.id)).toEqual([id]);
    const detail = await call(w.manager, 'GET', `/enterprises/${w.ent.id}/supervision/bulletins/${id}`);
    expect(
      detail.json().data.snapshot.enterprises.map((e: { enterpriseId: string }) => e.enterpriseId),
    ).toEqual([w.ent.id]);
    expect(
      (await call(w.otherManager, 'GET', `/enterprises/${w.other.id}/supervision/bulletins/${id}`))
        .statusCode,
    ).toBe(404);
    expect((await call(w.regulatorOut, 'GET', `/supervision/bulletins/${id}`)).statusCode).toBe(404);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const res = await call(w.regulatorIn, 'POST', '/supervision/bulletins', {
      kind: 'monthlyNotice',
      periodStart: today,
      periodEnd: addDays(today, -3),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('body.periodEnd');
  });

  it('an out-of-remit regulator has nothing to report', async () => {
    const res = await call(w.regulatorOut, 'POST', '/supervision/bulletins', {
      kind: 'monthlyNotice',
      periodStart: addDays(today, -20),
      periodEnd: today,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('SUPERVISION_BULLETIN_EMPTY');
  });
});
